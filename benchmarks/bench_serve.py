"""Load test of `kinolens serve` on loopback: N concurrent clients for T seconds.

    .venv/bin/python benchmarks/bench_serve.py [--clients 32] [--seconds 30]

Starts a real server on 127.0.0.1 (a fresh process, models loaded before the clock starts),
sends POST /v1/analyze with review-sized texts (the bundled example and the corpus test
reviews) from asyncio clients, and reports throughput, p50/p95/p99 latency and failures.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus_data import REVIEWS  # noqa: E402
from server_util import Server  # noqa: E402


async def client(url: str, texts: list[str], stop: float, latencies: list, failures: list, k: int) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=120) as c:
        i = k
        while time.monotonic() < stop:
            t = time.monotonic()
            try:
                res = await c.post("/v1/analyze", json={"text": texts[i % len(texts)]})
                if res.status_code == 200:
                    latencies.append(time.monotonic() - t)
                else:
                    failures.append(res.status_code)
            except httpx.HTTPError as exc:
                failures.append(type(exc).__name__)
            i += 1


async def load(url: str, clients: int, seconds: float, texts: list[str]):
    latencies: list = []
    failures: list = []
    start = time.monotonic()
    await asyncio.gather(*(client(url, texts, start + seconds, latencies, failures, k) for k in range(clients)))
    return latencies, failures, time.monotonic() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--texts", type=Path, help="JSONL with a `text` a line (e.g. ../shared/gold/dev-reviews.jsonl)")
    args = ap.parse_args()
    if args.texts:
        import json
        with open(args.texts, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
    else:
        texts = [(ROOT / "examples" / "review.txt").read_text(encoding="utf-8")] + [r[1] for r in REVIEWS]
    with tempfile.TemporaryDirectory() as tmp:
        srv = Server(f"sqlite:///{tmp}/s.db", Path(tmp) / "server.log").wait()
        try:
            latencies, failures, wall = asyncio.run(load(srv.url, args.clients, args.seconds, texts))
        finally:
            srv.stop()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    print(f"{args.clients} clients × {args.seconds:g} s on 127.0.0.1: {len(latencies)} requests ok, "
          f"{len(failures)} failed; {len(latencies) / wall:.1f} req/s; latency p50 {q[49] * 1000:.0f} ms, "
          f"p95 {q[94] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms; mean text {sum(map(len, texts)) / len(texts):.0f} chars")


if __name__ == "__main__":
    main()
