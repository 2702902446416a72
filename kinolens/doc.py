"""Doc: one review and what the stages add to it.

Each field belongs to one stage (see `pipeline.py`); `None` means "not yet
assigned", so the pipeline can tell a missing stage from an empty result.
All spans are offsets into `Doc.text`; `Doc.to_source` maps them back to the
text the user gave.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional


@dataclass
class Span:
    """A typed stretch of `Doc.text`."""

    start: int
    stop: int
    type: str = ""


@dataclass
class Token:
    start: int
    stop: int
    text: str


@dataclass
class NameMention:
    """A person's name as written, with its nominative candidates."""

    start: int
    stop: int
    text: str
    normal: str = ""
    candidates: list = field(default_factory=list)  # per token: list[Candidate]
    rule: str = "ner"
    case: str = ""


@dataclass
class PersonEntry:
    """A person as merged from mentions; roles are added by the roles stage."""

    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[NameMention] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        return {self.name, *self.aliases}


@dataclass
class TitleMention:
    """A title as written (inside quotes or in Latin script) and its nominative form."""

    start: int
    stop: int
    text: str
    normal: str
    quoted: bool = True
    rule: str = ""


@dataclass
class WorkEntry:
    title: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "other"
    relation: str = "other"
    mentions: list[TitleMention] = field(default_factory=list)


@dataclass
class Doc:
    """One review on its way through the pipeline."""

    source: str
    id: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    debug: list[tuple[str, str, str]] = field(default_factory=list)
    # text stage
    text: Optional[str] = None
    offsets: Optional[list[int]] = None  # offsets[i] = source index of text[i]; None: identity
    # segment stage
    sentences: Optional[list[Span]] = None
    tokens: Optional[list[Token]] = None
    # ner stage
    ner: Optional[list[Span]] = None
    # names stage
    names: Optional[list[NameMention]] = None
    # people stage
    people: Optional[list[PersonEntry]] = None
    # titles stage
    titles: Optional[list[TitleMention]] = None
    # works stage
    film: Optional[WorkEntry] = None
    works: Optional[list[WorkEntry]] = None
    # cast stage
    cast: Optional[tuple] = None  # the known parts of the film (people/casts.py); () where none is known
    cast_film: Optional[str] = None  # the known film the review names no title of, by its people (people/unnamed.py)
    # roles stage
    roles: Optional[list[tuple[str, str, str]]] = None  # (person, kind or 'plays', character)
    # sentiment stage
    sentiment: Any = None  # sentiment.stage.Verdict
    # opinions stage
    aspects: Any = None    # {aspect: opinions.stage.Judgement}
    opinions: Any = None   # {person name: opinions.stage.Judgement}

    def to_source(self, start: int, stop: int) -> tuple[int, int]:
        """Map a span of `text` back to `source`."""
        if self.offsets is None or start >= stop:
            return start, stop
        return self.offsets[start], self.offsets[stop - 1] + 1

    def sentence_index(self, pos: int) -> int:
        """The index of the last sentence starting at or before `pos` (-1 before the first)."""
        return bisect_right(self.sentences or [], pos, key=lambda s: s.start) - 1

    def sentence_at(self, pos: int) -> Optional[Span]:
        """The sentence holding `pos`, or None (between sentences, or before segmenting)."""
        i = self.sentence_index(pos)
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].stop else None

    def note(self, stage: str, rule: str, what: str) -> None:
        """Record which rule decided what (the debug view)."""
        self.debug.append((stage, rule, what))


def spanned(spans: Iterable[tuple[int, int]]) -> set[int]:
    """Every character position inside the (start, stop) spans."""
    return {i for start, stop in spans for i in range(start, stop)}
