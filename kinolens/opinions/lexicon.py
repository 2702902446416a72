"""Aspect cues and evaluative words, from `kinolens/data/aspects.json` and `evaluative.json`."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_lexicon

ASPECTS = ("acting", "directing", "story", "visuals", "music", "atmosphere", "pacing", "humor", "meaning")
CONTRAST = frozenset({"но", "однако", "хотя", "зато", "впрочем", "правда"})


def fold(lemma: str) -> str:
    return lemma.replace("ё", "е")


@dataclass(frozen=True)
class Cues:
    single: dict   # lemma → aspects
    double: dict   # "lemma lemma" → aspects


@lru_cache(maxsize=1)
def aspect_cues() -> Cues:
    raw = load_lexicon("aspects")
    single: dict[str, set] = {}
    double: dict[str, set] = {}
    for aspect in ASPECTS:
        for cue in raw[aspect]:
            (double if " " in cue else single).setdefault(cue, set()).add(aspect)
    return Cues(single, double)


@lru_cache(maxsize=1)
def evaluative() -> tuple[frozenset, frozenset]:
    raw = load_lexicon("evaluative")
    return raw["positive"], raw["negative"]


def polarity_of(lemma: str) -> int:
    """+1 praise, -1 fault, 0 neither; `не_` flips a word that has no entry of its own."""
    positive, negative = evaluative()
    lemma = fold(lemma)
    if lemma in positive:
        return 1
    if lemma in negative:
        return -1
    if lemma.startswith("не_"):
        return -polarity_of(lemma[3:])
    return 0


def aspects_in(lemmas: list[str]) -> list[tuple[str, str]]:
    """(aspect, cue) for each cue among the lemmas (bigrams first)."""
    cues = aspect_cues()
    folded = [fold(l) for l in lemmas]
    found = []
    for a, b in zip(folded, folded[1:]):
        for aspect in cues.double.get(f"{a} {b}", ()):
            found.append((aspect, f"{a} {b}"))
    for lemma in folded:
        for aspect in cues.single.get(lemma.removeprefix("не_"), ()):
            found.append((aspect, lemma))
    return found
