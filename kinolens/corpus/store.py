"""The store: reviews, cards and errors, written chunk by chunk, each chunk one transaction.

Idempotent by review id: `unknown` filters out what is stored, inserts skip
what a concurrent or earlier run committed, so a run killed at any moment
(SIGKILL included) is finished by the next one with each review stored once.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator, Optional, Sequence

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Connection, Engine

from ..pipeline import chop
from ..reader import InputRecord
from . import schema as t
from .keys import fold, lemmas

DEFAULT_URL = "sqlite:///kinolens.db"


def normalise_url(url: str) -> str:
    """postgresql:// → the psycopg (v3) driver; other URLs as given."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    engine = create_engine(normalise_url(url), future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _):  # WAL: readers don't block the writer; commits survive a kill
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
    return engine


def insert_ignore(conn: Connection, table, rows: list[dict]) -> int:
    """Insert rows, skipping those whose primary key is stored; how many went in."""
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    result = conn.execute(insert(table).on_conflict_do_nothing(), rows)
    return result.rowcount if result.rowcount is not None and result.rowcount >= 0 else len(rows)


class Store:
    """A SQLite or PostgreSQL store, created or migrated on open."""

    def __init__(self, url: str = DEFAULT_URL):
        self.url = url
        self.engine = make_engine(url)
        self.version = t.migrate(self.engine)
        self.dialect = self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- what is stored ------------------------------------------------
    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        with self.engine.connect() as conn:
            found = set(conn.execute(select(t.reviews.c.id).where(t.reviews.c.id.in_(ids))).scalars())
            found |= set(conn.execute(select(t.errors.c.id).where(t.errors.c.id.in_(ids))).scalars())
        return found

    def unknown(self, records: Iterable[InputRecord], size: int = 500) -> Iterator[InputRecord]:
        """The records not yet stored (checked a few hundred at a time: memory stays flat)."""
        for group in chop(records, size):
            stored = self.stored_ids([r.id for r in group])
            seen: set[str] = set()
            for record in group:
                if record.id not in stored and record.id not in seen:
                    seen.add(record.id)
                    yield record

    def counts(self) -> dict:
        with self.engine.connect() as conn:
            return {"reviews": conn.execute(select(func.count()).select_from(t.reviews)).scalar_one(),
                    "errors": conn.execute(select(func.count()).select_from(t.errors)).scalar_one(),
                    "films": conn.execute(select(func.count()).select_from(t.films)).scalar_one()}

    # -- writing -------------------------------------------------------
    def write(self, chunk: Sequence[InputRecord], results: Sequence[tuple]) -> tuple[int, int]:
        """Store one analysed chunk in one transaction; (cards stored, errors stored).
        `results` are (ok, card or error JSON line[, search lemmas]) a record."""
        ok = bad = 0
        with self.engine.begin() as conn:
            seq = conn.execute(select(func.coalesce(func.max(t.reviews.c.seq), 0))).scalar_one()
            for record, result in zip(chunk, results):
                success, line = result[0], result[1]
                seq += 1
                if success:
                    words = result[2] if len(result) > 2 else " ".join(lemmas(record.text))
                    ok += self._write_card(conn, record, json.loads(line), seq, words)
                else:
                    reason = json.loads(line).get("error", "unknown error")
                    bad += insert_ignore(conn, t.errors, [{"id": record.id, "seq": seq, "reason": reason}])
        return ok, bad

    def _write_card(self, conn: Connection, record: InputRecord, card: dict, seq: int, words: str) -> int:
        s = card.get("sentiment") or {}
        probs = s.get("probabilities") or {}
        row = {"id": record.id, "seq": seq, "film_key": self._film_key(conn, card, record.meta),
               "label": s.get("label"), "p_positive": probs.get("positive"), "p_neutral": probs.get("neutral"),
               "p_negative": probs.get("negative"), "rating": s.get("rating"),
               "stated_rating": s.get("stated_rating"), "text": record.text,
               "meta": json.dumps(record.meta, ensure_ascii=False), "card": json.dumps(card, ensure_ascii=False)}
        if not insert_ignore(conn, t.reviews, [row]):
            return 0
        rid = record.id
        people = [{"review_id": rid, "name": p["name"], "name_key": fold(p["name"]),
                   "kinds": ",".join(p.get("kinds") or []), "characters": "|".join(p.get("characters") or []),
                   "opinion": (p.get("opinion") or {}).get("polarity"),
                   "opinion_score": (p.get("opinion") or {}).get("score"),
                   "quote": _quote(p.get("opinion"))} for p in card.get("people") or []]
        aspects = [{"review_id": rid, "aspect": a["aspect"], "polarity": a["polarity"], "score": a.get("score"),
                    "quote": _quote(a)} for a in card.get("aspects") or []]
        works = [{"review_id": rid, "title": w["title"], "kind": w.get("kind"), "relation": w.get("relation")}
                 for w in card.get("works") or []]
        for table, rows in ((t.review_people, people), (t.review_aspects, aspects), (t.review_works, works)):
            if rows:
                conn.execute(table.insert(), rows)
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO review_fts (review_id, lemmas) VALUES (:id, :lemmas)"),
                         {"id": rid, "lemmas": words})
        elif self.dialect == "postgresql":
            # the `russian` stemmer, plus our lemmas (the stemmer alone misses forms like финал / финалом)
            conn.execute(text("UPDATE reviews SET tsv = to_tsvector('russian', text) || "
                              "to_tsvector('simple', :lemmas) WHERE id = :id"),
                         {"id": rid, "lemmas": words})
        return 1

    @staticmethod
    def _film_key(conn: Connection, card: dict, meta: dict) -> Optional[str]:
        """One key a film: metadata id or title first, then the card's title and its aliases;
        a title already stored as any film's alias joins that film."""
        film = card.get("film") or {}
        titles = [str(meta[k]) for k in ("film_title", "film") if meta.get(k)]
        titles += [x for x in [film.get("title"), *(film.get("aliases") or [])] if x]
        keys = [(fold(x), x) for x in titles if fold(x)]
        if meta.get("film_id") is not None:
            keys.insert(0, (f"id:{meta['film_id']}", titles[0] if titles else str(meta["film_id"])))
        if not keys:
            return None
        known = conn.execute(select(t.film_aliases.c.film_key)
                             .where(t.film_aliases.c.alias_key.in_([k for k, _ in keys]))).scalars().first()
        key = known or keys[0][0]
        if not known:
            title = titles[0] if titles else keys[0][1]
            insert_ignore(conn, t.films, [{"key": key, "title": title}])
        insert_ignore(conn, t.film_aliases, [{"alias_key": k, "film_key": key, "alias": x} for k, x in dict(keys).items()])
        return key


def _quote(opinion: Optional[dict]) -> Optional[str]:
    if not opinion or not opinion.get("evidence"):
        return None
    return opinion["evidence"][0]["text"]
