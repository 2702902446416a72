"""Shared fixtures: the pipeline loads once a session; ../shared is optional."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from kinolens.analyzer import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold" / "seed.jsonl").exists():
        pytest.skip(f"../shared data not found at {SHARED}: tests on the shared corpus are skipped")
    return SHARED


@pytest.fixture(scope="session")
def seed_card(shared):
    from kinolens import analyze

    text = (shared / "data" / "seed" / "the-runaways.txt").read_text(encoding="utf-8")
    return analyze(text, id="seed-the-runaways"), text


@pytest.fixture(scope="session")
def example_text() -> str:
    return (ROOT / "examples" / "review.txt").read_text(encoding="utf-8")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A real `kinolens serve` on 127.0.0.1 over a store holding the corpus test reviews."""
    from corpus_data import write_jsonl
    from server_util import Server

    from kinolens.corpus.ingest import ingest
    from kinolens.corpus.store import Store

    tmp = tmp_path_factory.mktemp("server")
    url = f"sqlite:///{tmp / 'store.db'}"
    ingest(str(write_jsonl(tmp / "in.jsonl")), Store(url), workers=1)
    srv = Server(url, tmp / "server.log").wait()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def client(server):
    import httpx

    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c
