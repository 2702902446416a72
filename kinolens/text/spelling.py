"""Spelling shared by the stages that join variants of one name or title: folding and closeness."""
from __future__ import annotations

import re
from functools import lru_cache


def fold(text: str) -> str:
    """Case, ё, punctuation and hyphens folded: how titles and name lists are compared."""
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
