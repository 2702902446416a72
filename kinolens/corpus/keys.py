"""Normalised keys: one film or person however the reviews write it (case, ё, quotes, spaces)."""
from __future__ import annotations

import re

from ..sentiment.features import lemma
from ..text.spelling import fold  # the same folding as titles in cards: case, ё, punctuation

__all__ = ["fold", "lemmas", "word_spans"]

WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


def _lemma(word: str) -> str:
    return lemma(word).replace("ё", "е")


def lemmas(text: str) -> list[str]:
    """Plain lemmas of the words (no negation joining), for full-text search."""
    return [_lemma(w) for w in WORD.findall(text.lower())]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, lemma) of each word, to highlight matches in the original text."""
    return [(m.start(), m.end(), _lemma(m.group().lower())) for m in WORD.finditer(text)]
