"""A name and, after it, its owner's surname in the genitive: two mentions the NER reads as one.

"Базаров Тургенева", "Бэтмэн Бэйла", "Дамблдор Харрисона", "Цыган Питта", "Фильмы Коламбуса":
the first word is in the nominative and is no first name, the second is a man's surname in the
genitive, so the two do not agree and are no one person's name. The surname is cut off as a
mention of its own, read in the genitive; the first word stays a mention where it may be a
name (a character: Базаров, Бэтмэн) and is dropped where it is a dictionary word or a place
(Фильмы, Цыган, Мир). A common noun before a name the dictionary already reads as a genitive is
`shapes.head_of_genitive`'s ("Джокер Леджера"); this one also takes a head the dictionary does
not know or reads as a surname, on the evidence that the owner is a surname: a listed actor's or
director's, one the review writes elsewhere as a word of its own, or pymorphy3's surname reading.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..text.spelling import fold
from . import names
from .listed import listed_full_names, listed_surnames
from .shapes import CONSONANT_END, common_word, first_name_like, place_like, rules

OWNER_RULE = "owner's surname"
GENITIVE = frozenset({"gent"})
# the ending of a word unknown to pymorphy3 that is no nominative head: an oblique case's
OBLIQUE_HEAD = re.compile(r"(?:[ауюеи]|ой|ей|ом|ем|ым|им)$")


def owner_spans(doc: Doc, start: int, stop: int, rule: str) -> list[tuple[int, int, str]]:
    """The span as it is, or cut where a nominative head stands before its owner's surname in
    the genitive: the head (unless a dictionary word or a place) and the surname (`OWNER_RULE`)."""
    words = list(re.finditer(r"\S+", doc.text[start:stop]))
    if len(words) != 2:
        return [(start, stop, rule)]
    head, last = words[0].group(0), words[1].group(0)
    if not (owner_after_head(head, last) and owner_is_surname(doc, last)):
        return [(start, stop, rule)]
    owner = (start + words[1].start(), stop, OWNER_RULE)
    doc.note("names", OWNER_RULE, f"{head} | {last}")
    if common_word(head) or place_like(head):
        return [owner]
    return [(start, start + words[0].end(), rule), owner]


def owner_after_head(head: str, last: str) -> bool:
    """`head` may be a nominative that is no first name, nor a word before the surname in a listed
    full name ("Конан Дойла", "Сеймур Хоффмана" are one name), `last` a man's surname in the genitive."""
    if not (head.isalpha() and last.isalpha() and last[-1:] in ("а", "я") and head[:1].isupper()):
        return False
    low = head.lower()
    if first_name_like(head) or low in rules()["honorifics"] or low in names.PARTICLES \
            or fold(low) in listed_given_names() or fold(last) in listed_surnames():
        return False
    if low.endswith(("а", "я")) and not low.endswith(("ия", "ая", "яя")):
        return False  # both words may be genitives that agree ("игре Роба Шнайдера", "Спайка Джонса")
    if names.morph().word_is_known(low):
        return any(p.tag.case == "nomn" for p in names.parse(low)[:3])
    return CONSONANT_END.search(low) is not None and not OBLIQUE_HEAD.search(low)


def owner_is_surname(doc: Doc, last: str) -> bool:
    """`last` is the genitive of a man's surname: a listed one, one the review writes as a word of
    its own ("Бэйла" beside "Кристиан Бэйл"), or one pymorphy3 reads as a surname's genitive."""
    owner = names.nominative_alone(last)
    if owner == last or not CONSONANT_END.search(owner):
        return False
    if fold(owner) in listed_surnames() or re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", doc.text):
        return True
    return sum(p.score for p in names.parse(last.lower())
               if "Surn" in p.tag.grammemes and p.tag.case == "gent" and p.tag.gender == "masc") >= 0.5


@lru_cache(maxsize=1)
def listed_given_names() -> frozenset:
    """The words before the surname in the listed actors' and directors' full names, folded: an
    exotic first name pymorphy3 does not know (Чиветел, Махершала), a middle one ("Сеймур
    Хоффмана": Филип Сеймур Хоффман)."""
    return frozenset(word for name in listed_full_names() for word in name.split()[:-1])
