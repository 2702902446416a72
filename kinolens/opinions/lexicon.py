"""Aspect cues and evaluative words, from `kinolens/data/aspects.json` and `evaluative.json`."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..data import load_lexicon
from ..sentiment.features import NEGATIONS

ASPECTS = ("acting", "directing", "story", "visuals", "music", "atmosphere", "pacing", "humor", "meaning")
IDIOM_REACH = 3  # how many lemmas around a cue its idioms look at
OWN_WORDS = frozenset({"немедленный", "немедленно"})  # не… that is no negation of a cue
CONTRAST = frozenset({"но", "однако", "хотя", "зато", "впрочем", "правда"})


class CueHit(NamedTuple):
    aspect: str
    cue: str
    index: int  # the cue's first lemma in the clause


def fold(lemma: str) -> str:
    return lemma.replace("ё", "е")


@dataclass(frozen=True)
class Cues:
    single: dict   # lemma → aspects
    double: dict   # "lemma lemma" → aspects
    strong: frozenset = frozenset()  # cues that name their aspect even unjudged
    words_after: dict = field(default_factory=dict)   # cue → lemmas that, just after it, make it no cue
    words_before: dict = field(default_factory=dict)  # cue → lemmas that, just before it, do (`idioms`)
    words_needed: dict = field(default_factory=dict)  # cue → lemmas one of which must stand just after it
    words_near: dict = field(default_factory=dict)    # cue → lemmas one of which must stand just around it


@lru_cache(maxsize=1)
def aspect_cues() -> Cues:
    raw = load_lexicon("aspects")
    single: dict[str, set] = {}
    double: dict[str, set] = {}
    for aspect in ASPECTS:
        for cue in raw[aspect]:
            (double if " " in cue else single).setdefault(cue, set()).add(aspect)
    idioms = raw.get("idioms", ())
    after = {cue: frozenset(i["after"]) for i in idioms if "after" in i for cue in i["cues"]}
    before = {cue: frozenset(i["before"]) for i in idioms if "before" in i for cue in i["cues"]}
    needed = {cue: frozenset(i["needs_after"]) for i in idioms if "needs_after" in i for cue in i["cues"]}
    near = {cue: frozenset(i["needs_near"]) for i in idioms if "needs_near" in i for cue in i["cues"]}
    return Cues(single, double, frozenset(raw.get("strong", ())), after, before, needed, near)


@lru_cache(maxsize=1)
def evaluative() -> tuple[frozenset, frozenset]:
    raw = load_lexicon("evaluative")
    return raw["positive"], raw["negative"]


@lru_cache(maxsize=1)
def intensifiers() -> frozenset:
    return frozenset(load_lexicon("evaluative").get("intensifiers", ()))


def polarity_of(lemma: str) -> int:
    """+1 praise, -1 fault, 0 neither; `не_` flips a word that has no entry of its own, and so
    does не written together with a listed word ("некачественный", "непредсказуемый")."""
    positive, negative = evaluative()
    lemma = fold(lemma)
    if lemma in positive:
        return 1
    if lemma in negative:
        return -1
    if lemma.startswith("не_"):
        return -polarity_of(lemma[3:])
    stem = fused_not(lemma, lambda w: w in positive or w in negative)
    return -polarity_of(stem) if stem else 0  # "некачественный", "непрофессионально": не written together


def fused_not(lemma: str, known) -> str:
    """The word after a не written together with it, where `known(word)` holds for that word and
    not for the whole ("непредсказуемый" → предсказуемый); "" otherwise, and for a word of its
    own that only starts so ("немедленный")."""
    if lemma.startswith("не") and len(lemma) > 6 and lemma not in OWN_WORDS and not known(lemma) \
            and known(lemma[2:]):
        return lemma[2:]
    return ""


def polarities(lemmas: list[str]) -> list[int]:
    """`polarity_of` each lemma, but an intensifier right before another evaluative word counts
    for nothing ("сильно затянутый": a fault, not praise and fault)."""
    signs = [polarity_of(lemma) for lemma in lemmas]
    for i in range(len(lemmas) - 1):
        if signs[i] and signs[i + 1] and fold(lemmas[i]) in intensifiers():
            signs[i] = 0
    return signs


def listed(lemma: str) -> bool:
    """The lemma has an entry of its own among the evaluative words (not just a flipped `не_`)."""
    positive, negative = evaluative()
    return fold(lemma) in positive or fold(lemma) in negative


def aspects_in(lemmas: list[str]) -> list[CueHit]:
    """Each aspect cue among the lemmas (bigrams first), with where it starts."""
    cues = aspect_cues()
    folded = [fold(l) for l in lemmas]
    found = []
    for i, (a, b) in enumerate(zip(folded, folded[1:])):
        for aspect in cues.double.get(f"{a} {b}", ()):
            found.append(CueHit(aspect, f"{a} {b}", i))
    for i, lemma in enumerate(folded):
        cue = written_with_not(cues, lemma.removeprefix("не_"))
        aspects = cues.single.get(cue)
        if not aspects or idiom(cues, cue, folded, i):
            continue  # "поставлю тройку": a mark, not the staging; "в каком-то смысле": no message
        found.extend(CueHit(aspect, lemma, i) for aspect in aspects)
    return found


def written_with_not(cues: Cues, lemma: str) -> str:
    """The cue inside a word written together with не ("нестрашный", "несмешной",
    "непредсказуемый"), or the lemma itself; not in a word of its own that only starts so
    ("немедленный")."""
    return fused_not(lemma, cues.single.__contains__) or lemma


def idiom(cues: Cues, cue: str, folded: list[str], i: int) -> bool:
    """The cue at `i` is part of a phrase that means something else (`idioms` in aspects.json):
    a lemma of its `after` list up to three words after it ("поставлю трояк", "играет важную
    роль") or of its `before` list up to three words before it ("в каком-то смысле"); or, for a
    cue with a `needs_after` list, none of that list in the three words after it ("глубокая
    атмосфера", where "глубокий фильм" is a message); or, for one with a `needs_near` list,
    none of it in the three words either side ("вопрос к кассиру", where "поднимает важные
    вопросы" is one)."""
    after, before = cues.words_after.get(cue), cues.words_before.get(cue)
    needed, near = cues.words_needed.get(cue), cues.words_near.get(cue)
    return bool(after and after.intersection(folded[i + 1:i + 1 + IDIOM_REACH])
                or before and before.intersection(folded[max(0, i - IDIOM_REACH):i])
                or needed and not needed.intersection(folded[i + 1:i + 1 + IDIOM_REACH])
                or near and not near.intersection(folded[max(0, i - IDIOM_REACH):i + 1 + IDIOM_REACH]))


def attribute_of(lemmas: list[str], index: int, negation_reach: int = 2) -> tuple[int, str]:
    """The polarity of an evaluative word right before the cue at `index` ("отличная игра",
    "хорошо сыграл"), and that word; (0, "") where there is none. A negation up to
    `negation_reach` lemmas before that word flips it ("не имеющий интересной сюжетной линии");
    a word that carries its own `не_` has already taken its negation."""
    if index == 0:
        return 0, ""
    word = lemmas[index - 1]
    if fold(word) in intensifiers() and index < len(lemmas) and polarity_of(lemmas[index]):
        return 0, ""  # "сильно затянутый": the cue judges itself
    sign = polarity_of(word)
    before = lemmas[max(0, index - 1 - negation_reach):index - 1]
    if sign and not word.startswith("не_") and any(l in NEGATIONS or l.startswith("не_") for l in before):
        sign = -sign
    return sign, word
