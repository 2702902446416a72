"""Lexicons, patterns and models shipped with kinolens; one path a file."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    """A JSON lexicon from kinolens/data; lists become sets of lower-case strings."""
    with open(DATA / f"{name}.json", encoding="utf-8") as f:
        raw = json.load(f)
    return {key: _prepare(value) for key, value in raw.items() if not key.startswith("_")}


def _prepare(value):
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(v.lower() for v in value)
    return value
