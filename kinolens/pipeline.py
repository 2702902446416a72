"""The ordered stages a review passes through, and their contract.

A stage declares the `Doc` fields it `requires` and `assigns`; `Pipeline`
checks the order when it is built, so a missing stage is reported in words,
not as a TypeError three calls deep. Every stage handles one doc
(`__call__`) and a batch (`map`) on one code path.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from .doc import Doc
from .errors import PipelineError


class Stage:
    """One step of the pipeline; subclasses set `name`, `requires`, `assigns`."""

    name: str = "stage"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        self.process(doc)
        return doc

    def process(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def map(self, docs: Sequence[Doc]) -> list[Doc]:
        """Process a batch; model stages override this to batch their model."""
        return [self(doc) for doc in docs]


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineError when a stage needs a field no earlier stage assigns."""
    have = {"source", "id", "meta", "warnings", "debug"}
    for stage in stages:
        missing = [f for f in stage.requires if f not in have]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, "
                f"which no stage before it assigns"
            )
        have.update(stage.assigns)


def check_doc(stage: Stage, doc: Doc) -> None:
    """Raise PipelineError when a doc reaches a stage without what it requires."""
    missing = [f for f in stage.requires if getattr(doc, f, None) is None]
    if missing:
        raise PipelineError(f"stage {stage.name!r} got a doc without {', '.join(missing)}")


def chop(items: Iterable, size: int) -> Iterator[list]:
    """Cut a stream into lists of at most `size` items."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Pipeline:
    """Stages in order; `__call__` for one doc, `map` for a stream."""

    def __init__(self, stages: Sequence[Stage], batch_size: int = 16):
        check_order(stages)
        self.stages = list(stages)
        self.batch_size = batch_size

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Doc) -> Doc:
        return self.process_batch([doc])[0]

    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        for stage in self.stages:
            for doc in docs:
                check_doc(stage, doc)
            docs = stage.map(docs)
        return docs

    def map(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """Process a stream of docs batch by batch, in order."""
        for batch in chop(docs, self.batch_size):
            yield from self.process_batch(batch)
