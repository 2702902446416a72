"""Names the filmmaker lists know (`data/filmmakers.json`): a well-known actor's or director's
surname is a name wherever it stands, though the NER misses it at a sentence start or alone."""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, spanned
from ..text.spelling import fold
from . import names
from .directors import LISTED_RULE, common_surnames, listed_names
from .shapes import common_word, first_name_like

CAPITAL = re.compile(r"^[A-ZА-ЯЁ]")
OPENERS = {"«", '"', "“", "'", "(", "—", "-", "\n"}


def listed_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A well-known actor's or director's surname the NER missed, at a sentence start too
    ("Вачовски предлагают нам свой ответ"): a capitalised word reading as a listed surname of
    five letters or more, or four that is no common word ("Питт играет") (a common word only mid-sentence and as a thing: "но Кубрик же"), with
    a capitalised word right before it
    ("на Томе Хэнксе"); none beside a name already found ("Ридли Скотта")."""
    covered = spanned(taken)
    titled = spanned((t.start, t.stop) for t in doc.titles)
    surnames = listed_surnames()
    tokens = doc.tokens
    found = []
    starts = {s.start for s in doc.sentences}
    for i, tok in enumerate(tokens):
        if tok.start in covered or len(tok.text) < 4 or not CAPITAL.match(tok.text):
            continue
        word = common_word(tok.text) and not plural_only(tok.text)  # "Питт": питта's plural, a surname
        if len(tok.text) == 4 and word \
                or word and (tok.start in starts or i and tokens[i - 1].text in OPENERS
                             or not thing_word(tok.text)) \
                or any(k in titled for k in range(tok.start, tok.stop)) \
                or not any(fold(form) in surnames for form in names.forms_of(tok.text)):
            continue
        prev = tokens[i - 1] if i and tok.start - tokens[i - 1].stop == 1 else None
        prev = prev if prev is not None and CAPITAL.match(prev.text) else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].start - tok.stop == 1 else None
        if prev is not None and prev.start in covered or nxt is not None and CAPITAL.match(nxt.text):
            continue
        start = prev.start if prev is not None and first_name_before(prev.text, tok.text) else tok.start
        found.append((start, tok.stop, LISTED_RULE))
    return found


def plural_only(word: str) -> bool:
    """Every pymorphy3 reading is a plural ("Питт" as питта's genitive plural): written with a
    capital, alone, such a word is no common noun but a surname."""
    return all(p.tag.number == "plur" for p in names.parse(word))


def thing_word(word: str) -> bool:
    """pymorphy3's likeliest reading is an inanimate common noun, no place (Кубрик, Дизель): as a
    surname mid-sentence it is still the filmmaker; not Учитель, Младший, Реймс."""
    p = names.parse(word)[0]
    return p.tag.POS == "NOUN" and p.tag.animacy == "inan" and "Geox" not in p.tag.grammemes


def first_name_before(first: str, surname: str) -> bool:
    """The word before a listed surname is its first name: one pymorphy3 knows as a name
    ("Томе"), or one that with it reads as a listed full name ("Хита Леджера")."""
    if first_name_like(first):
        return True
    return fold(names.choose([first, surname], known=listed_full_names())[0]) in listed_full_names()


@lru_cache(maxsize=1)
def listed_surnames() -> frozenset:
    """Surnames of the listed actors and directors, folded, less the common ones (Скотт, Смит)."""
    return (listed_names("actors", True)[1] | listed_names("directors", True)[1]) - common_surnames()


def listed_surname(word: str) -> bool:
    """The word, as written or read alone in the nominative, is a listed actor's or director's surname."""
    return fold(names.nominative_alone(word)) in listed_surnames() or fold(word) in listed_surnames()


@lru_cache(maxsize=1)
def listed_full_names() -> frozenset:
    """The full names of the listed actors and directors, folded."""
    return listed_names("actors", False)[0] | listed_names("directors", False)[0]


# one to three initials, then a surname: "Дж. Р. Р. Толкином", "С.Кинга"
INITIALLED = re.compile(r"(?<![\w.])(?:[А-ЯЁ][а-яё]?\.\s?){1,3}([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)")


def initialled_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A surname after initials the NER missed ("спор лично с… Дж. Р. Р. Толкином"): initials
    make a name of any surname that is no common word, or of a listed one."""
    covered = spanned(taken)
    found = []
    for m in INITIALLED.finditer(doc.text):
        if any(p in covered for p in range(m.start(), m.end())):
            continue
        surname = m.group(1)
        if common_word(surname) and names.nominative_alone(surname).lower() not in listed_surnames():
            continue
        found.append((m.start(), m.end(), "initials"))
    return found
