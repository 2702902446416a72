"""Review text → the tokens the sentiment model counts.

Words are lemmatised with pymorphy3 and a negation (не, ни, нет, без) is
joined to the word after it ("не понравился" → "не_понравиться"); runs of
"!", "?" and emoticon brackets are tokens too. The last `TAIL_CHARS` of a
review, where reviewers sum up, are counted again under a `T:` prefix.
"""
from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"[а-яёa-z]+|[!?]+|\)\)+|\(\(+", re.IGNORECASE)
NEGATIONS = frozenset({"не", "ни", "нет", "без"})
TAIL_CHARS = 400


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    from ..people.names import morph
    return morph().parse(word)[0].normal_form


def lemma_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, lemma) a token; a negation is joined to the next word's lemma as `не_`."""
    out: list[tuple[int, int, str]] = []
    negated = False
    for match in TOKEN.finditer(text.lower().replace("ё", "е")):
        word = match.group()
        if word in NEGATIONS:
            out.append((match.start(), match.end(), word))
            negated = True
            continue
        base = lemma(word) if word[0].isalpha() else word
        out.append((match.start(), match.end(), "не_" + base if negated else base))
        negated = False
    return out


def words(text: str) -> list[str]:
    """Lemmas with negation joined, lower case, ё → е."""
    return [t[2] for t in lemma_tokens(text)]


def grams(tokens: list[str], prefix: str = "") -> list[str]:
    """Unigrams and bigrams, each with `prefix`."""
    bigrams = [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
    return [prefix + t for t in tokens + bigrams]


def features(text: str) -> list[str]:
    """All the n-grams of a review, its tail again under `T:`."""
    return grams(words(text)) + grams(words(text[-TAIL_CHARS:]), "T:")


def sentence_features(text: str) -> list[str]:
    """The n-grams of one sentence (no tail block)."""
    return grams(words(text))
