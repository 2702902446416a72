"""Review text → the tokens the sentiment model counts.

Words are lemmatised with pymorphy3 and a negation (не, ни, нет, без) is
joined to the word after it ("не понравился" → "не_понравиться"); runs of
"!", "?" and emoticon brackets are tokens too. The last `TAIL_CHARS` of a
review, where reviewers sum up, are counted again under a `T:` prefix.

pymorphy3 takes most of the time of a cold review, so the model folder ships
the lemmas of the word forms seen at least twice in the training reviews
(`lemmas.tsv.gz`, written by `kinolens train sentiment`): the same lemmas
pymorphy3 gives, looked up instead of parsed; other words are parsed.
"""
from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

TOKEN = re.compile(r"[а-яёa-z]+|[!?]+|\)\)+|\(\(+", re.IGNORECASE)
NEGATIONS = frozenset({"не", "ни", "нет", "без"})
TAIL_CHARS = 400
LEMMA_TABLE = Path(__file__).resolve().parent.parent / "models" / "sentiment" / "lemmas.tsv.gz"


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """Word form → lemma ("" where the form is its own lemma); empty without the file."""
    if not LEMMA_TABLE.exists():
        return {}
    with gzip.open(LEMMA_TABLE, "rt", encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if "\t" in line)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    known = lemma_table().get(word)
    return (known or word) if known is not None else parsed_lemma(word)


def parsed_lemma(word: str) -> str:
    from ..people.names import morph
    return morph().parse(word)[0].normal_form


def write_lemma_table(texts: Iterable[str], path: Path, min_count: int = 2) -> int:
    """The lemmas of the word forms seen at least `min_count` times in `texts`; their number."""
    counts = Counter(m.group() for t in texts for m in TOKEN.finditer(t.lower().replace("ё", "е"))
                     if m.group()[0].isalpha())
    forms = sorted(w for w, n in counts.items() if n >= min_count)
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        lemmas = [parsed_lemma(w) for w in forms]  # pymorphy3's own, not an older table's
        f.write("".join(f"{w}\t{'' if m == w else m}\n" for w, m in zip(forms, lemmas)).encode("utf-8"))
    return len(forms)


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
