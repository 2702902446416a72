"""Spelling shared by the stages that join variants of one name or title: folding and closeness."""
from __future__ import annotations

import re
from functools import lru_cache


CYRILLIC_LOOKALIKES = "АВЕКМНОРСТУХаеорсухк"
LATIN_LOOKALIKES = "ABEKMHOPCTYXaeopcyxk"
TO_LATIN = str.maketrans(CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES)
TO_CYRILLIC = str.maketrans(LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES)
MIXED = re.compile(r"[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")
WORD_RUN = re.compile(r"\w+")


def one_script(word: str) -> str:
    """A word typed in two alphabets, its look-alike letters in the other one ('Сoco' with a Cyrillic
    С, 'Тeперь' with a Latin e), in one: the alphabet of its letters that have no look-alike,
    else of most of its letters; a word with letters of both that have none stays as it is."""
    if not MIXED.search(word):
        return word
    cyrillic = [c for c in word if "а" <= c.lower() <= "я" or c in "Ёё"]
    latin = [c for c in word if "a" <= c.lower() <= "z"]
    own_cyrillic = any(c not in CYRILLIC_LOOKALIKES for c in cyrillic)
    own_latin = any(c not in LATIN_LOOKALIKES for c in latin)
    if own_cyrillic and own_latin:
        return word
    to_latin = own_latin or (not own_cyrillic and len(latin) > len(cyrillic))
    return word.translate(TO_LATIN if to_latin else TO_CYRILLIC)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case, ё, punctuation and hyphens folded, a word typed in two alphabets in one
    (`one_script`): how titles and name lists are compared."""
    if MIXED.search(text):
        text = WORD_RUN.sub(lambda m: one_script(m.group(0)), text)
    text = text.lower().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@lru_cache(maxsize=100_000)
def loose(word: str) -> str:
    """A surname as it sounds: э as е, й as и, no soft signs, doubled letters once (Дэйнс,
    Дейнс; Редклифф, Рэдклиф)."""
    word = word.replace("э", "е").replace("й", "и").replace("ь", "")
    return re.sub(r"(.)\1+", r"\1", word)


def loose_name(name: str) -> str:
    """A name folded and each word as it sounds (`loose`): "Фрэнсис Форд Кополла" is Коппола."""
    return " ".join(loose(w) for w in fold(name).split())


def one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by one Cyrillic letter added, dropped or changed, and hold no digits
    («Крепкий орешек 2» and «… 3», «Часть I» and «Часть II» are different works)."""
    if abs(len(a) - len(b)) > 1 or a == b or re.search(r"\d", a + b):
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    differing = b[i] + (a[i] if len(a) == len(b) else "")
    return bool(re.fullmatch(r"[а-яё]+", differing)) and a[i + (len(a) == len(b)):] == b[i + 1:]
