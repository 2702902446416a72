"""`kinolens eval sentiment`: the shipped model against a labelled file."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from .data import Labelled, read_labelled
from .metrics import sentiment_metrics
from .model import SentimentModel, load_model
from .stated import find_stated_rating


def evaluate_rows(model: SentimentModel, rows: Sequence[Labelled]) -> dict:
    """Measures of `model` on labelled rows (texts with the rating line cut off)."""
    preds = model.predict([r.text for r in rows])
    stated = []
    for r in rows:
        found = find_stated_rating(r.full_text)
        stated.append(found.value if found else None)
    return sentiment_metrics(
        gold=[r.label for r in rows], pred=[p.label for p in preds],
        probs=[p.probabilities for p in preds], ratings=[p.rating for p in preds],
        scores=[r.score for r in rows], stated=stated, liked=[p.liked for p in preds])


def evaluate_file(path: Path, model_dir: Optional[str] = None, limit: Optional[int] = None) -> dict:
    return evaluate_rows(load_model(model_dir), read_labelled(Path(path), limit))
