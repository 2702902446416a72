"""The review card: what kinolens writes for one review, and its JSON schema.

Field names and meanings follow `shared/gold/GUIDE.md`; every mention is a
`(start, stop)` offset pair into the text the user gave (after decoding).
"""
from __future__ import annotations

import json
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

PersonKind = Literal[
    "actor", "director", "writer", "author", "composer",
    "cinematographer", "producer", "character", "other",
]
WorkKind = Literal["film", "series", "book", "song", "album", "game", "play", "other"]
WorkRelation = Literal["source", "franchise", "compared", "other"]
CREW_KINDS = ("director", "writer", "author", "composer", "cinematographer", "producer")


class Record(BaseModel):
    """Base of card records: fixed fields, no extras, lossless JSON round trip."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Mention(Record):
    """One place in the text: `text == source[start:stop]`."""

    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    text: str


class Film(Record):
    """The reviewed film as the review names it."""

    title: str
    aliases: list[str] = []
    named_in_text: bool = True
    mentions: list[Mention] = []


Polarity = Literal["positive", "negative", "mixed"]
Aspect = Literal["acting", "directing", "story", "visuals", "music", "atmosphere", "pacing", "humor", "meaning"]


class Opinion(Record):
    """How the review judges a person's work: polarity, mean score in (-1, 1), evidence clauses."""

    polarity: Polarity
    score: float = Field(ge=-1, le=1)
    evidence: list[Mention] = []


class AspectOpinion(Opinion):
    """How the review judges one aspect of the film."""

    aspect: Aspect


class Person(Record):
    """One person named in the review, however often and in whatever form."""

    name: str
    aliases: list[str] = []
    kinds: list[PersonKind] = []
    characters: list[str] = []
    mentions: list[Mention] = []
    opinion: Optional[Opinion] = None


class Work(Record):
    """Another titled work the review names."""

    title: str
    aliases: list[str] = []
    kind: WorkKind = "other"
    relation: WorkRelation = "other"
    mentions: list[Mention] = []


Label = Literal["positive", "neutral", "negative"]


class Evidence(Mention):
    """A sentence that weighs for (`positive`) or against (`negative`) the film."""

    polarity: Literal["positive", "negative"]
    weight: float


class StatedRating(Mention):
    """The author's own rating as the text states it, brought to 1–10."""

    value: float = Field(ge=0, le=10)


class Sentiment(Record):
    """The reviewer's verdict: label, calibrated probabilities, a 1–10 rating, evidence.

    `liked`: the probability that the author liked the film rather than disliked it, from a
    good/bad head trained on good/bad reviews alone (the three `probabilities` are calibrated
    for reviews at large, where four in five are positive). None from models without the head."""

    label: Label
    probabilities: dict[Label, float]
    rating: float = Field(ge=1, le=10)
    liked: Optional[float] = Field(default=None, ge=0, le=1)
    stated_rating: Optional[float] = None
    stated: Optional[StatedRating] = None
    confidence: Literal["normal", "low"] = "normal"
    evidence: list[Evidence] = []
    model: str = ""


class Card(Record):
    """Everything kinolens writes down for one review."""

    schema_version: str = SCHEMA_VERSION
    id: Optional[str] = None
    film: Optional[Film] = None
    people: list[Person] = []
    works: list[Work] = []
    sentiment: Optional[Sentiment] = None
    aspects: Optional[list[AspectOpinion]] = None
    warnings: list[str] = []
    meta: dict[str, Any] = {}

    def to_dict(self) -> dict:
        """The card as plain JSON-ready data."""
        return self.model_dump(mode="json")

    def to_json(self, indent: Optional[int] = None) -> str:
        """The card as a JSON string (UTF-8 text, Cyrillic kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes | dict) -> "Card":
        """Read a card back from JSON text or a dict; validates the schema."""
        if isinstance(data, dict):
            return cls.model_validate(data)
        return cls.model_validate_json(data)


class ErrorRecord(Record):
    """What `batch` writes for a record it could not analyse."""

    id: Optional[str] = None
    error: str


def card_schema() -> dict:
    """The card's JSON schema, as generated from the records above."""
    schema = Card.model_json_schema()
    schema["$id"] = f"https://kinolens.invalid/schema/card-{SCHEMA_VERSION}.json"
    schema["title"] = "kinolens review card"
    return schema
