"""The HTTP API against a real uvicorn server on 127.0.0.1: cards, corpus, bad input, limits, load."""
from __future__ import annotations

import concurrent.futures as cf
import json
import time

import httpx
import pytest



def test_analyze_returns_the_card(client, example_text):
    card = client.post("/v1/analyze", json={"text": example_text, "id": "ex"}).json()
    assert card["id"] == "ex" and card["film"]["title"] == "Тихий берег"
    assert {"Мария Левина", "Анна Соколова"} <= {p["name"] for p in card["people"]}
    assert card["sentiment"]["label"] in ("positive", "neutral", "negative")
    for p in card["people"]:
        for m in p["mentions"]:
            assert example_text[m["start"]:m["stop"]] == m["text"]


def test_batch_keeps_order(client):
    texts = ["Ужасный фильм, скучно и глупо.", "Прекрасный фильм, отличная игра актёров!"]
    cards = client.post("/v1/analyze/batch", json={"texts": texts}).json()["cards"]
    assert [c["sentiment"]["label"] for c in cards] == ["negative", "positive"]


@pytest.mark.parametrize("body, status, words", [
    (b'{"text": ', 422, "JSON"),
    (b'{}', 422, "text: Field required"),
    (b'{"text": 42}', 422, "text: Input should be a valid string"),
    (b'["text"]', 422, "dictionary"),
    ('{"text": "\xff\xfe"}'.encode("latin-1"), 400, "not valid JSON in UTF-8"),
    (json.dumps({"texts": ["a"] * 101}).encode(), 422, "texts"),
])
def test_bad_bodies_get_clear_4xx(client, body, status, words):
    path = "/v1/analyze/batch" if b"texts" in body else "/v1/analyze"
    res = client.post(path, content=body, headers={"content-type": "application/json"})
    assert res.status_code == status
    assert words in res.json()["error"]
    assert client.get("/healthz").json()["status"] == "ok"


def test_huge_body_is_refused(client):
    res = client.post("/v1/analyze", content=b'{"text": "' + b"a" * 2_000_000 + b'"}',
                      headers={"content-type": "application/json"})
    assert res.status_code == 413 and "over" in res.json()["error"]

    def chunks():
        yield b'{"text": "'
        for _ in range(30):
            yield b"b" * 100_000
        yield b'"}'
    res = client.post("/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert res.status_code == 413
    assert client.get("/healthz").json()["status"] == "ok"


def test_corpus_endpoints(client):
    films = client.get("/v1/films").json()["films"]
    key = next(f["key"] for f in films if f["title"] == "Северный ветер")
    film = client.get(f"/v1/films/{key}").json()
    assert film["reviews"] == 4 and film["cast"][0]["actor"] == "Ирина Белова"
    assert client.get("/v1/films/Northern Wind").json()["key"] == key
    missing = client.get("/v1/films/Нет такого фильма")
    assert missing.status_code == 404 and "no film" in missing.json()["error"]
    assert client.get("/v1/people/Белова").json()["name"] == "Ирина Белова"
    hits = client.get("/v1/search", params={"q": "шутки", "sentiment": "negative"}).json()["results"]
    assert [h["id"] for h in hits] == ["r6"]
    assert client.get("/v1/search", params={"q": "x", "sentiment": "great"}).status_code == 422


def test_openapi_and_pages_are_served(client):
    spec = client.get("/openapi.json").json()
    assert "/v1/analyze" in spec["paths"] and "/v1/search" in spec["paths"]
    assert client.get("/docs").status_code == 200
    for page in ("/", "/films", "/film?id=x", "/person?name=x", "/search", "/static/app.js", "/static/style.css"):
        res = client.get(page)
        assert res.status_code == 200, page
        assert "cdn" not in res.text.lower() and "https://" not in res.text


def test_short_load_has_no_failures(server):
    """8 clients for 3 s on loopback (the 30 s run is benchmarks/bench_serve.py)."""
    stop = time.monotonic() + 3
    text = "Хороший фильм. Режиссёр Иван Петров снял его честно, актёры играют отлично."

    def worker():
        ok = bad = 0
        with httpx.Client(base_url=server.url, timeout=30) as c:
            while time.monotonic() < stop:
                res = c.post("/v1/analyze", json={"text": text})
                ok, bad = (ok + 1, bad) if res.status_code == 200 else (ok, bad + 1)
        return ok, bad

    with cf.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: worker(), range(8)))
    assert sum(b for _, b in results) == 0 and sum(o for o, _ in results) > 0
