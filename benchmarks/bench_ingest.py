"""Ingest throughput: reviews per second and peak RSS for 1 and 2 workers and a 2-worker Dask LocalCluster.

    .venv/bin/python benchmarks/bench_ingest.py [--n 20000] [--modes 1,2,dask] [--shared ../shared]

Input: the shared sentiment texts (all four files) repeated with new ids up to `--n` records,
written to a temporary JSONL; each mode ingests it into a fresh SQLite store (store writes
included) in a fresh subprocess, so the models load inside the measured time as a user sees it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ("kinopoisk-3class-train", "kinopoisk-binary-train", "kinopoisk-3class-dev", "kinopoisk-binary-dev")


def make_input(shared: Path, n: int, path: Path) -> int:
    texts = []
    for name in FILES:
        with open(shared / "data" / "sentiment" / f"{name}.jsonl", encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    chars = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)]
            chars += len(text)
            out.write(json.dumps({"id": f"b{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    return chars


RUNNER = """
import sys, threading, time
import psutil
from kinolens.corpus.ingest import ingest
from kinolens.corpus.store import Store
source, url, mode = sys.argv[1:4]
peak = {"main": 0, "worker": 0, "total": 0}
def sample():
    me = psutil.Process()
    while True:
        try:
            kids = me.children(recursive=True)
            main = me.memory_info().rss
            sizes = [k.memory_info().rss for k in kids]
        except psutil.Error:
            continue
        peak["main"] = max(peak["main"], main)
        peak["worker"] = max([peak["worker"]] + sizes)
        peak["total"] = max(peak["total"], main + sum(sizes))
        time.sleep(0.5)
threading.Thread(target=sample, daemon=True).start()
t = time.time()
if mode == "dask":
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        s = ingest(source, Store(url), dask=cluster.scheduler_address)
else:
    s = ingest(source, Store(url), workers=int(mode))
wall = time.time() - t
mb = 1024 * 1024
print(f"{s.stored} {s.errors} {wall:.1f} {peak['main'] / mb:.0f} {peak['worker'] / mb:.0f} {peak['total'] / mb:.0f}")
"""


def run_mode(source: Path, mode: str, workdir: Path) -> dict:
    db = workdir / f"bench-{mode}.db"
    if db.exists():
        db.unlink()
    out = subprocess.run([sys.executable, "-c", RUNNER, str(source), f"sqlite:///{db}", mode],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    stored, errors, wall, own, kids, total = out.stdout.split()[-6:]
    return {"mode": mode, "stored": int(stored), "errors": int(errors), "wall_s": float(wall),
            "rate": int(stored) / float(wall), "rss_main_mb": float(own), "rss_worker_max_mb": float(kids),
            "rss_total_mb": float(total)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--modes", default="1,2,dask")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "input.jsonl"
        chars = make_input(args.shared, args.n, source)
        print(f"machine: {os.cpu_count()} cores; {args.n} reviews, {chars / args.n:.0f} chars on average", flush=True)
        print("| mode | reviews | wall s | reviews/s | peak RSS main MB | peak RSS per worker MB | peak RSS all MB |")
        print("|---|---|---|---|---|---|---|", flush=True)
        results = {}
        for mode in args.modes.split(","):
            r = run_mode(source, mode, work)
            results[mode] = r
            label = {"1": "1 worker (in process)", "2": "2 worker processes", "dask": "Dask LocalCluster, 2 workers"}[mode]
            print(f"| {label} | {r['stored']} | {r['wall_s']:.0f} | {r['rate']:.1f} | {r['rss_main_mb']:.0f} | "
                  f"{r['rss_worker_max_mb']:.0f} | {r['rss_total_mb']:.0f} |", flush=True)
        if "1" in results:
            for mode in ("2", "dask"):
                if mode in results:
                    print(f"speed-up {mode} vs 1 worker: {results[mode]['rate'] / results['1']['rate']:.2f}×")


if __name__ == "__main__":
    main()
