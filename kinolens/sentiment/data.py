"""Labelled review files (`../shared/data/sentiment/*.jsonl`) as records."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import InputError

LABELS = ("positive", "neutral", "negative")


@dataclass
class Labelled:
    id: str
    text: str
    label: str
    score: Optional[float]
    score_line: str
    film: str
    source: str  # file stem, e.g. kinopoisk-3class-train

    @property
    def full_text(self) -> str:
        """The review as published: the text with its rating line put back."""
        return self.text + ("\n\n" + self.score_line if self.score_line else "")


def read_labelled(path: Path, limit: Optional[int] = None) -> list[Labelled]:
    """Rows of a labelled JSONL file; a bad line stops the run, named with its number."""
    path = Path(path)
    rows: list[Labelled] = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                label = raw["label"]
                if label not in LABELS:
                    raise ValueError(f"label {label!r} is not one of {', '.join(LABELS)}")
                rows.append(Labelled(
                    id=str(raw.get("id", f"{path.stem}:{number}")), text=raw["text"], label=label,
                    score=None if raw.get("score") is None else float(raw["score"]),
                    score_line=raw.get("score_line") or "", film=str(raw.get("film_title") or raw.get("id")),
                    source=path.stem))
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(f"{path}:{number}: {e}") from None
            if limit and len(rows) >= limit:
                break
    return rows
