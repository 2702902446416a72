"""`kinolens ingest`: analyse reviews and store them with their cards, resumably."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from ..batch import analyze_chunk, run_chunks
from ..reader import InputRecord, read_records
from .keys import lemmas
from .store import Store


def analyze_for_store(chunk: list[InputRecord]) -> list[tuple[bool, str, str]]:
    """Cards plus the search lemmas, both made on the worker (the writer only writes)."""
    return [(ok, line, " ".join(lemmas(r.text)) if ok and r.text else "")
            for r, (ok, line) in zip(chunk, analyze_chunk(chunk))]


@dataclass
class IngestSummary:
    stored: int = 0
    errors: int = 0
    skipped: int = 0


def count_records(source: str) -> Optional[int]:
    """How many records the input holds (for the progress bar's ETA); None for stdin."""
    if source == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.txt"))
    if path.suffix.lower() == ".csv":
        return sum(1 for _ in read_records(source))
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    return 1


def _counting(records: Iterable[InputRecord], store: Store, summary: IngestSummary) -> Iterator[InputRecord]:
    """The records the store lacks; the others are counted as skipped."""
    def seen(records):
        for r in records:
            summary.skipped += 1
            yield r
    for record in store.unknown(seen(records)):
        summary.skipped -= 1
        yield record


def ingest(source: str, store: Store, workers: int = 1, dask: Optional[str] = None,
           text_column: str = "text", id_column: str = "id",
           progress: Optional[Callable[[int], None]] = None) -> IngestSummary:
    """Analyse what `store` does not hold yet and write it, one transaction a chunk."""
    summary = IngestSummary()
    records = _counting(read_records(source, text_column, id_column), store, summary)
    reported = 0
    for chunk, results in run_chunks(records, workers, dask, fn=analyze_for_store):
        ok, bad = store.write(chunk, results)
        summary.stored += ok
        summary.errors += bad
        summary.skipped += len(chunk) - ok - bad  # stored meanwhile by another run
        if progress:
            done = summary.stored + summary.errors + summary.skipped
            progress(done - reported)
            reported = done
    return summary
