"""Ingest as users run it: a killed run resumed, on worker processes, on a Dask cluster, from the CLI."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text

from corpus_data import REVIEWS, write_jsonl, write_many
from kinolens.corpus.ingest import ingest
from kinolens.corpus.store import Store

KINOLENS = [sys.executable, "-m", "kinolens"]


def stored_ids(db) -> list[str]:
    """Ids stored so far; none while the ingest has created the file but not yet its tables."""
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='reviews'")).first():
            ids = []
        else:
            ids = [row[0] for row in conn.execute(text("SELECT id FROM reviews"))]
    engine.dispose()
    return ids


def test_killed_ingest_resumes_with_each_review_once(tmp_path):
    n = 400
    source = write_many(tmp_path / "many.jsonl", n)
    db = tmp_path / "k.db"
    run = KINOLENS + ["ingest", str(source), "--store", f"sqlite:///{db}", "--workers", "1", "--quiet"]
    proc = subprocess.Popen(run, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and len(stored_ids(db)) >= 48:
            break
        time.sleep(0.2)
    assert proc.poll() is None, proc.stderr.read().decode()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = stored_ids(db)
    assert 0 < len(partial) < n
    done = subprocess.run(run, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    ids = stored_ids(db)
    assert len(ids) == len(set(ids)) == n
    assert set(partial) <= set(ids)


def test_two_workers_store_the_same_as_one(tmp_path):
    source = write_many(tmp_path / "many.jsonl", 40)
    one, two = Store(f"sqlite:///{tmp_path / 'one.db'}"), Store(f"sqlite:///{tmp_path / 'two.db'}")
    assert ingest(str(source), one, workers=1).stored == 40
    assert ingest(str(source), two, workers=2).stored == 40
    card = lambda store: [json.loads(r[0]) for r in store.engine.connect().execute(text("SELECT card FROM reviews ORDER BY seq"))]
    assert card(one) == card(two)


def test_dask_local_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    source = write_jsonl(tmp_path / "in.jsonl")
    store = Store(f"sqlite:///{tmp_path / 'dask.db'}")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = ingest(str(source), store, dask=cluster.scheduler_address)
    assert (summary.stored, summary.errors) == (len(REVIEWS), 2)
    assert store.counts()["films"] == 2


def test_cli_corpus_commands(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl")
    store = f"sqlite:///{tmp_path / 'cli.db'}"
    ingest_run = subprocess.run(KINOLENS + ["ingest", str(source), "--store", store, "-w", "1"],
                                capture_output=True, text=True, timeout=300)
    assert ingest_run.returncode == 0, ingest_run.stderr
    assert "stored 6 reviews, 2 errors" in " ".join(ingest_run.stderr.split())

    def run(*args):
        res = subprocess.run(KINOLENS + list(args) + ["--store", store], capture_output=True, text=True, timeout=120)
        return res

    films = json.loads(run("films", "--format", "json").stdout)
    assert {f["title"] for f in films} == {"Северный ветер", "Тихая гавань"}
    film = json.loads(run("film", "northern wind", "--format", "json").stdout)
    assert film["title"] == "Северный ветер" and film["reviews"] == 4
    assert json.loads(run("person", "Олег Смирнов", "--format", "json").stdout)["films"][0]["film"] == "Тихая гавань"
    hits = json.loads(run("search", "шутки", "--format", "json").stdout)
    assert {h["id"] for h in hits} == {"r5", "r6"}
    assert len(json.loads(run("errors", "--format", "json").stdout)) == 2
    table = run("films")
    assert table.returncode == 0 and "Северный ветер" in table.stdout
    missing = run("film", "Нет такого")
    assert missing.returncode == 2 and "no film 'Нет такого'" in missing.stderr
    report = tmp_path / "r.html"
    assert run("report", "Тихая гавань", "-o", str(report)).returncode == 0
    assert "Тихая гавань" in report.read_text(encoding="utf-8")
    out = tmp_path / "x.csv"
    assert run("export", "--format", "csv", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").count("\nr") == 6
