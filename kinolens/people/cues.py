"""What the roles rules share: the cue patterns of `data/roles.json` and a finder of the
person mentions around a position."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_lexicon
from ..doc import Doc, NameMention
from .names import CONSONANT_END, parse

HERO_BEFORE = re.compile(r"\bгеро(?:я|ини|ю|ем|ев)\s+$", re.I)  # "героя Омара Эппса — Denny"
# after that name: an optional Latin transliteration after a slash, then a dash
SLASH_DASH = r"(?:\s*/\s*[A-Za-z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})?\s+[—–-]\s+"


@dataclass
class Placed:
    start: int
    stop: int
    person: int
    mention: NameMention


# what joins the names of a list: "X, Y и Z", "X, а также Y"
LIST_JOINED = re.compile(r"^\s*(?:,|и|,\s*и|,?\s*а также)\s*$")
WORDS = re.compile(r"[а-яё]+")  # the lower-case Cyrillic words of a stretch of text


@lru_cache(maxsize=1)
def rules() -> dict:
    raw = load_lexicon("roles")
    compiled = {key: re.compile(value, re.I) for key, value in raw.items() if isinstance(value, str)}
    compiled["honorifics"] = frozenset(raw["honorifics"])
    compiled["relation_nouns"] = frozenset(raw["relation_nouns"])
    compiled["crew"] = [dict(rule, cue=re.compile(rule["cue"], re.I),
                             requires_word=re.compile(rule["requires_word"], re.I) if "requires_word" in rule else None)
                        for rule in raw["crew"]]
    return compiled


def kin_noun(word: str) -> bool:
    """pymorphy3's likeliest lemma of the word is a kin's or other relation's noun (брат, сын, друг):
    a name after it is that person, not the word's own ("сказки Братьев Гримм")."""
    return parse(word.lower())[0].normal_form in rules()["relation_nouns"]


class Finder:
    """Person mentions in text order, with look-ups to either side of a position."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.placed = sorted((Placed(m.start, m.stop, i, m) for i, p in enumerate(doc.people)
                              for m in p.mentions), key=lambda x: x.start)
        self.bounds = [(s.start, s.stop) for s in doc.sentences]

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding `pos` (the whole text where none does)."""
        sent = self.doc.sentence_at(pos)
        return (sent.start, sent.stop) if sent else (0, len(self.doc.text))

    def after(self, pos: int, gap: int) -> Placed | None:
        _, stop = self.sentence(max(pos - 1, 0))
        i = bisect_left(self.placed, pos, key=lambda p: p.start)
        return next((p for p in self.placed[i:i + 4] if pos <= p.start <= pos + gap and p.start < stop), None)

    def before(self, pos: int, gap: int) -> Placed | None:
        start, _ = self.sentence(pos)
        i = bisect_right(self.placed, pos, key=lambda p: p.start)
        found = [p for p in self.placed[max(0, i - 4):i] if pos - gap <= p.stop <= pos and p.start >= start]
        return found[-1] if found else None

    def inside(self, pos: int) -> bool:
        """`pos` falls inside a person mention."""
        i = bisect_right(self.placed, pos, key=lambda p: p.start)
        return any(p.start <= pos < p.stop for p in self.placed[max(0, i - 2):i])

    def within(self, start: int, stop: int) -> list[Placed]:
        """Mentions inside [start, stop)."""
        i = bisect_left(self.placed, start, key=lambda p: p.start)
        j = bisect_left(self.placed, stop, key=lambda p: p.start)
        return [p for p in self.placed[i:j] if p.stop <= stop]


def visibly_genitive(placed: Placed) -> bool:
    """Read in the genitive, and not a masculine name left plainly in the nominative
    ("фильм Форрест Гамп" names a film, "фильм Тарантино" a director)."""
    m = placed.mention
    return m.case == "gent" and not (m.text == m.normal and CONSONANT_END.search(m.text.split()[-1].lower()))
