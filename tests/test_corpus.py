"""The corpus store on SQLite and PostgreSQL: ingest, identity, queries, search, export, report."""
from __future__ import annotations

import csv
import io
import json
import os
import uuid

import pytest

from corpus_data import REVIEWS, write_jsonl
from kinolens.corpus.export import export
from kinolens.corpus.ingest import ingest
from kinolens.corpus.queries import film_profile, find_film, list_errors, list_films, person_profile
from kinolens.corpus.report import render_report
from kinolens.corpus.search import search
from kinolens.corpus.store import Store
from kinolens.errors import InputError

PG_URL = os.environ.get("KINOLENS_TEST_PG")


def fresh_postgres() -> str:
    """A new empty database on the test server; its URL."""
    from sqlalchemy import create_engine, text

    from kinolens.corpus.store import normalise_url

    name = f"kl_{uuid.uuid4().hex[:10]}"
    engine = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return PG_URL.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store_url(request, tmp_path_factory):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('store') / 'k.db'}"
    if not PG_URL:
        pytest.skip("no PostgreSQL: set KINOLENS_TEST_PG (scripts/test.sh starts one on 127.0.0.1)")
    return fresh_postgres()


@pytest.fixture(scope="module")
def filled(store_url, tmp_path_factory):
    source = write_jsonl(tmp_path_factory.mktemp("in") / "reviews.jsonl")
    store = Store(store_url)
    first = ingest(str(source), store, workers=1)
    again = ingest(str(source), store, workers=1)
    return store, first, again


def test_ingest_is_idempotent(filled):
    store, first, again = filled
    assert (first.stored, first.errors, first.skipped) == (len(REVIEWS), 2, 0)
    assert (again.stored, again.errors, again.skipped) == (0, 0, len(REVIEWS) + 2)
    assert store.counts()["reviews"] == len(REVIEWS)


def test_errors_are_listed_with_reasons(filled):
    rows = {e["id"]: e["reason"] for e in list_errors(filled[0])}
    assert rows["no-text"] == "record has no 'text' field"
    assert any("not valid JSON" in reason for reason in rows.values())


@pytest.mark.parametrize("title", ["Северный ветер", "северный ВЕТЕР", "«Северный ветер»", "Northern Wind"])
def test_one_film_however_written(filled, title):
    assert find_film(filled[0], title)["title"] == "Северный ветер"


def test_films_list(filled):
    films = {f["title"]: f for f in list_films(filled[0])}
    wind, harbour = films["Северный ветер"], films["Тихая гавань"]
    assert wind["reviews"] == 4 and harbour["reviews"] == 2
    assert wind["positive"] + wind["neutral"] + wind["negative"] == pytest.approx(1.0)
    assert wind["stated_rating"] == pytest.approx(6.0)  # 9 and 3


def test_film_profile(filled):
    p = film_profile(filled[0], "Северный ветер")
    cast = {c["actor"]: c for c in p["cast"]}
    assert cast["Ирина Белова"]["character"] == "Анна Лебедева"
    assert cast["Ирина Белова"]["character_votes"] == 2
    assert {"name": "Пётр Волков", "kind": "director", "reviews": 2} in p["crew"]
    aspects = {a["aspect"] for a in p["aspects"]}
    assert {"acting", "story"} <= aspects
    assert p["best"][0]["label"] == "positive"


def test_person_profile(filled):
    p = person_profile(filled[0], "Белова")
    assert p["name"] == "Ирина Белова"
    (film,) = p["films"]
    assert film["film"] == "Северный ветер" and film["kinds"]["actor"] >= 2
    with pytest.raises(InputError):
        person_profile(filled[0], "Никто Никтоевич")


@pytest.mark.parametrize("query, filters, ids", [
    ("финал", {}, {"r1", "r2"}),                  # "финалом" matches "финал"
    ("шутки", {}, {"r5", "r6"}),
    ("шутка", {"sentiment": "negative"}, {"r6"}),
    ("музыка", {"film": "Northern Wind"}, {"r2", "r4"}),
    ("фильм", {"person": "Волков"}, {"r1", "r3"}),
    ("финал", {"aspect": "humor"}, set()),
])
def test_search_matches_word_forms(filled, query, filters, ids):
    hits = search(filled[0], query, **filters)
    assert {h["id"] for h in hits} == ids
    for h in hits:
        assert h["highlights"]
        for a, b in h["highlights"]:
            assert h["snippet"][a:b]


def test_export_round_trips(filled, tmp_path):
    out = io.StringIO()
    assert export(filled[0], "jsonl", out) == len(REVIEWS)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == [r[0] for r in REVIEWS]
    assert rows[0]["card"]["film"]["title"] == "Северный ветер" and rows[0]["meta"] == {"film_id": 1}
    out = io.StringIO()
    export(filled[0], "csv", out)
    assert len(list(csv.DictReader(io.StringIO(out.getvalue())))) == len(REVIEWS)
    import pyarrow.parquet as pq
    path = tmp_path / "x.parquet"
    assert export(filled[0], "parquet", io.StringIO(), str(path)) == len(REVIEWS)
    assert pq.read_table(path).num_rows == len(REVIEWS)


@pytest.mark.parametrize("title", [None, "Тихая гавань"])
def test_report_is_self_contained(filled, title):
    html = render_report(filled[0], title)
    assert html.startswith("<!doctype html>") and "<svg" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    assert "<script" not in html
