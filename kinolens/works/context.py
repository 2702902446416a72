"""Where a title stands in its sentence: the sentence, the text before the title, and the
kind and relation the cue words there give it (роман → book; по роману → source)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, TitleMention
from ..people.names import parse
from .titles import WORD, kind_of_cue, lexicon


def sentence_of(doc: Doc, start: int) -> tuple[int, int]:
    """(start, stop) of the sentence holding `start` (a window where none does)."""
    sent = doc.sentence_at(start)
    return (sent.start, sent.stop) if sent else (max(0, start - 200), start + 200)


LEFT_REACH = 300  # characters of the sentence before a title that cues are looked for in


def sentence_left(doc: Doc, start: int) -> str:
    """The sentence's text before `start` (at most `LEFT_REACH` characters: a run-on
    "sentence" of thousands of titles must not make every look-up scan all of it)."""
    a, _ = sentence_of(doc, start)
    return doc.text[max(a, start - LEFT_REACH):start]


def kind_of(doc: Doc, title: TitleMention) -> tuple[str, str]:
    """The kind a cue word among the eight before the title names (роман → book), and that
    word; a capitalised word inside the sentence is a name, no cue ("Роман и Брайан")."""
    words = WORD.findall(sentence_left(doc, title.start))
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
        kind = kind_of_cue().get(words[k].lower())
        if kind and not (k > 0 and words[k][:1].isupper()):
            return kind, words[k].lower()
    return "film", ""


@lru_cache(maxsize=1)
def relation_patterns() -> list[tuple[str, re.Pattern]]:
    """One pattern a relation (source, franchise, compared), its cues as alternatives,
    longest first; a cue ending in * is a stem; "по X" lets two words stand between ("по
    короткому рассказу")."""
    found = []
    for relation in ("source", "franchise", "compared"):
        cues = sorted(lexicon()["relation_cues"][relation], key=len, reverse=True)
        parts = [(r"по\s+(?:[а-яё-]+\s+){0,2}?" + re.escape(c[3:]) if c.startswith("по ") else re.escape(c.rstrip("*")))
                 + ("" if c.endswith("*") else r"(?!\w)") for c in cues]
        found.append((relation, re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")))
    return found


SOURCE_REACH = 100


def source_cue_before(left: str, pattern: re.Pattern) -> re.Match | None:
    """The last source cue before a title, with no verb between them ("основан на книге
    вокалистки группы - Черри Кьюрри: «…»"; not "экранизация комикса заняла …, потеснив «…»",
    where the cue names another source)."""
    hits = list(pattern.finditer(left))
    hit = hits[-1] if hits else None
    if hit is None or len(left) - hit.end() > SOURCE_REACH:
        return None
    verbs = ("VERB", "INFN", "GRND")
    return None if any(parse(w)[0].tag.POS in verbs for w in WORD.findall(left[hit.end():])) else hit


def relation_of(doc: Doc, title: TitleMention) -> tuple[str, str]:
    """The title's relation from cues in its sentence before it (a source's with no verb
    between, `source_cue_before`; or right after it), and the cue that said so."""
    left = " ".join(sentence_left(doc, title.start).lower().split())
    _, stop = sentence_of(doc, title.start)
    right = " ".join(doc.text[title.stop:min(stop, title.stop + 60)].lower().split())
    for relation, pattern in relation_patterns():
        hit = source_cue_before(left, pattern) if relation == "source" else pattern.search(left)
        hit = hit or (pattern.search(right) if relation == "source" else None)
        if hit:
            return relation, hit.group(0)
    return "other", ""
