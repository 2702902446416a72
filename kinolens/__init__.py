"""kinolens: Russian film reviews in, review cards out.

    >>> from kinolens import analyze
    >>> card = analyze("Режиссёр Иван Петров снял «Тихий берег».")
    >>> card.film.title
    'Тихий берег'

Models load on the first call, not on import.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from .card import SCHEMA_VERSION, Card

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_many", "Card", "SCHEMA_VERSION", "__version__"]


def analyze(text: Union[str, bytes], id: Optional[str] = None, meta: Optional[dict] = None) -> Card:
    """Analyse one review: text (str, or bytes in UTF-8 or cp1251) → its card."""
    from .analyzer import analyze_docs, make_doc

    return next(analyze_docs([make_doc(text, id, meta)]))


def analyze_many(texts: Iterable[Union[str, bytes]]) -> Iterator[Card]:
    """Analyse a stream of reviews in batches; yields cards in input order."""
    from .analyzer import analyze_docs, make_doc

    return analyze_docs(make_doc(text) for text in texts)
