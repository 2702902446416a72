"""Cards for a stream of records: in process or on worker processes, in input order.

Memory stays flat: records are read lazily, at most a few chunks per worker
are in flight, and each card is written as soon as its turn comes. A record
that fails becomes an error line `{"id", "error"}`; the batch goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from . import errors
from .card import ErrorRecord
from .pipeline import chop
from .reader import InputRecord

CHUNK = 16


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.ok + self.failed


def analyze_chunk(records: list[InputRecord]) -> list[tuple[bool, str]]:
    """(ok, JSON line) for each record; one record's failure never spoils the rest."""
    from .analyzer import analyze_docs, make_doc

    results: list[Optional[tuple[bool, str]]] = [None] * len(records)
    docs, places = [], []
    for i, record in enumerate(records):
        if record.error:
            results[i] = (False, error_line(record.id, record.error))
            continue
        try:
            docs.append(make_doc(record.text, record.id, record.meta))
            places.append(i)
        except errors.KinolensError as exc:
            results[i] = (False, error_line(record.id, str(exc)))
    try:
        for i, card in zip(places, analyze_docs(docs)):
            results[i] = (True, card.to_json())
    except Exception:  # one bad doc: redo the chunk one doc at a time
        for i, doc in zip(places, docs):
            results[i] = analyze_one(doc)
    return results


def analyze_one(doc) -> tuple[bool, str]:
    from .analyzer import analyze_docs

    try:
        return True, next(analyze_docs([doc])).to_json()
    except Exception as exc:  # noqa: BLE001 - the batch reports it and goes on
        return False, error_line(doc.id, errors.ANALYSIS_FAILED.format(reason=f"{type(exc).__name__}: {exc}"))


def error_line(rid: Optional[str], reason: str) -> str:
    return ErrorRecord(id=rid, error=reason).model_dump_json()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def limit_blas_threads() -> None:
    """One BLAS thread in a worker process: N workers on N cores, not N × cores threads fighting."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _warm() -> None:
    from .analyzer import default_pipeline
    from .people.ner import load_tagger

    limit_blas_threads()
    default_pipeline()
    load_tagger()


def run_chunks(records: Iterable[InputRecord], workers: int, dask: Optional[str] = None,
               fn: Callable[[list[InputRecord]], list] = analyze_chunk) -> Iterator[tuple[list[InputRecord], list]]:
    """(chunk, fn(chunk)) in input order: in process, on `workers` processes, or on a Dask
    cluster at address `dask`; at most a few chunks a worker are in flight. `fn` must be a
    module-level function (it travels to the workers by name)."""
    chunks = chop(records, CHUNK)
    if dask:
        yield from _dask_chunks(chunks, dask, fn)
        return
    if workers <= 1:
        for chunk in chunks:
            yield chunk, fn(chunk)
        return
    context = mp.get_context("forkserver" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_warm) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, pool.apply_async(fn, (chunk,))))
            if len(pending) >= workers * 3:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()


def _dask_chunks(chunks: Iterable[list[InputRecord]], address: str, fn: Callable = analyze_chunk):
    """The same analysis on a Dask distributed cluster (`dask.distributed` must be installed)."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise errors.InputError("--dask needs dask.distributed: pip install 'kinolens[dask]'") from exc
    with Client(address) as client:
        client.run(limit_blas_threads)
        slots = max(1, sum(client.nthreads().values())) * 3
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, client.submit(fn, chunk, pure=False)))
            if len(pending) >= slots:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def run_batch(records: Iterable[InputRecord], write: Callable[[str], None], workers: int = 1,
              progress: Optional[Callable[[int], None]] = None) -> Summary:
    """Analyse `records`, call `write` with each output line in input order."""
    summary = Summary()
    for _, results in run_chunks(records, workers):
        for ok, line in results:
            write(line)
            if ok:
                summary.ok += 1
            else:
                summary.failed += 1
        if progress:
            progress(len(results))
    return summary
