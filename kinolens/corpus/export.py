"""`kinolens export`: reviews with their cards, one record a review (JSONL, CSV, Parquet)."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterator

from sqlalchemy import select

from ..errors import InputError
from . import schema as t
from .store import Store

COLUMNS = ("id", "film", "label", "p_positive", "p_neutral", "p_negative", "rating", "stated_rating",
           "text", "meta", "card")


def rows(store: Store, batch: int = 1000) -> Iterator[dict]:
    """Stored reviews in ingest order, streamed in batches (memory stays flat)."""
    r = t.reviews
    last = 0
    with store.engine.connect() as conn:
        while True:
            chunk = conn.execute(select(r, t.films.c.title).join(t.films, t.films.c.key == r.c.film_key, isouter=True)
                                 .where(r.c.seq > last).order_by(r.c.seq).limit(batch)).mappings().all()
            if not chunk:
                return
            for row in chunk:
                yield {"id": row["id"], "film": row["title"], "label": row["label"], "p_positive": row["p_positive"],
                       "p_neutral": row["p_neutral"], "p_negative": row["p_negative"], "rating": row["rating"],
                       "stated_rating": row["stated_rating"], "text": row["text"], "meta": row["meta"],
                       "card": row["card"]}
            last = chunk[-1]["seq"]


def export(store: Store, fmt: str, out: IO, path: str = "") -> int:
    """Write every stored review to `out` (or to `path` for parquet); how many."""
    n = 0
    if fmt == "jsonl":
        for row in rows(store):
            row = {**row, "meta": json.loads(row["meta"]), "card": json.loads(row["card"])}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows(store):
            writer.writerow(row)
            n += 1
    elif fmt == "parquet":
        n = _parquet(store, path)
    else:
        raise InputError(f"unknown export format {fmt!r}: jsonl, csv or parquet")
    return n


def _parquet(store: Store, path: str) -> int:
    if not path:
        raise InputError("parquet export needs -o FILE")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("parquet export needs pyarrow: pip install 'kinolens[parquet]'") from None
    schema = pa.schema([(c, pa.float64() if c.startswith("p_") or "rating" in c else pa.string()) for c in COLUMNS])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for row in rows(store):
            batch.append(row)
            if len(batch) >= 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                n += len(batch)
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema))
            n += len(batch)
    return n
