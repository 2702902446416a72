"""Full-text search that matches word forms: SQLite FTS5 over lemmas, PostgreSQL `russian` tsvector."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import exists, select, text

from ..errors import InputError
from . import schema as t
from .keys import fold, lemmas, word_spans
from .store import Store

SNIPPET = 220


def search(store: Store, query: str, film: Optional[str] = None, person: Optional[str] = None,
           sentiment: Optional[str] = None, aspect: Optional[str] = None, limit: int = 20) -> list[dict]:
    """Reviews matching every word of `query` in any form, best first, with a highlighted snippet."""
    terms = lemmas(query)
    if not terms:
        raise InputError("search query has no words")
    ids = _match(store, terms, query, limit * 20)
    if not ids:
        return []
    r = t.reviews
    q = select(r.c.id, r.c.label, r.c.rating, r.c.text, t.films.c.title).join(
        t.films, t.films.c.key == r.c.film_key, isouter=True).where(r.c.id.in_([i for i, _ in ids]))
    if film:
        from .queries import find_film
        q = q.where(r.c.film_key == find_film(store, film)["key"])
    if sentiment:
        q = q.where(r.c.label == sentiment)
    if person:
        key = fold(person)
        p = t.review_people
        q = q.where(exists().where((p.c.review_id == r.c.id) & ((p.c.name_key == key) | p.c.name_key.like(f"% {key}"))))
    if aspect:
        a = t.review_aspects
        q = q.where(exists().where((a.c.review_id == r.c.id) & (a.c.aspect == aspect)))
    with store.engine.connect() as conn:
        rows = {row["id"]: row for row in conn.execute(q).mappings()}
    out = []
    for rid, rank in ids:
        if rid in rows:
            row = rows[rid]
            snippet, marks = highlight(row["text"], set(terms))
            out.append({"id": rid, "film": row["title"], "label": row["label"], "rating": row["rating"],
                        "rank": round(rank, 4), "snippet": snippet, "highlights": marks})
        if len(out) >= limit:
            break
    return out


def _match(store: Store, terms: list[str], query: str, limit: int) -> list[tuple[str, float]]:
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            fts = " ".join('"' + term.replace('"', "") + '"' for term in terms)
            rows = conn.execute(text("SELECT review_id, bm25(review_fts) AS rank FROM review_fts "
                                     "WHERE review_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": fts, "n": limit})
            return [(row[0], -float(row[1])) for row in rows]
        tsq = "(plainto_tsquery('russian', :q) || plainto_tsquery('simple', :lemmas))"
        rows = conn.execute(text(f"SELECT id, ts_rank(tsv, {tsq}) AS rank FROM reviews "
                                 f"WHERE tsv @@ {tsq} ORDER BY rank DESC LIMIT :n"),
                            {"q": query, "lemmas": " ".join(terms), "n": limit})
        return [(row[0], float(row[1])) for row in rows]


def highlight(text_: str, terms: set[str]) -> tuple[str, list[list[int]]]:
    """A window of the text around the first match; (snippet, [start, stop] of matches in it)."""
    spans = [(a, b) for a, b, lemma in word_spans(text_) if lemma in terms]
    if not spans:
        return " ".join(text_[:SNIPPET].split()), []
    start = max(0, spans[0][0] - SNIPPET // 3)
    stop = min(len(text_), start + SNIPPET)
    snippet = text_[start:stop]
    marks = [[a - start, b - start] for a, b in spans if a >= start and b <= stop]
    return snippet, marks
