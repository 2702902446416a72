"""The shipped sentiment model, run in numpy.

Two levels. Base scorers over TF-IDF n-grams (`features.py`): `positive`
(logistic, positive vs negative), `rating` (ordinal regression on the authors'
stated ratings, `ordinal.py`) and `neutral` (logistic, mixed verdicts vs the rest). A small
multinomial logistic model turns the three scores into calibrated
probabilities of positive / neutral / negative, a ridge model into a
1–10 rating, and a logistic good/bad head (fit on the good/bad files alone)
into `liked`, P(liked | liked or disliked). The label is the class with the largest cost-weighted
probability (weights chosen on training folds for macro-F1), so the
probabilities stay calibrated while rare classes are still named.
"""
from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from .features import features, sentence_features

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "sentiment"
BASE = ("positive", "rating", "neutral")


def stage2_inputs(scores: np.ndarray) -> np.ndarray:
    """What the second level sees: the base scores and a squashed positive score."""
    scores = np.atleast_2d(scores)
    return np.c_[scores, np.tanh(scores[:, 0] / 4)]


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class Prediction:
    label: str
    probabilities: dict[str, float]
    rating: float
    scores: dict[str, float]
    liked: Optional[float] = None  # P(liked | liked or disliked), from the good/bad head


class SentimentModel:
    """Load once (`load_model`), then `predict` texts or `score_sentences`."""

    def __init__(self, vocab: Sequence[str], arrays: dict, meta: dict):
        self.index = {term: i for i, term in enumerate(vocab)}
        self.idf = arrays["idf"].astype(np.float32)
        self.coef = arrays["coef"].astype(np.float32)        # (3, V): positive, rating, neutral
        self.intercept = arrays["intercept"].astype(np.float32)
        self.classes = [str(c) for c in arrays["classes"]]
        self.class_coef = arrays["class_coef"]                # (3, 4)
        self.class_intercept = arrays["class_intercept"]
        self.decision_weights = arrays["decision_weights"]
        self.rating_coef = arrays["rating_coef"]
        self.rating_intercept = float(arrays["rating_intercept"])
        self.liked_coef = arrays.get("liked_coef")            # (4,) good/bad head, if trained
        self.liked_intercept = float(arrays.get("liked_intercept", 0.0))
        self.clause_coef = arrays.get("clause_coef")          # (V,) clause polarity, if trained
        self.clause_intercept = float(arrays.get("clause_intercept", 0.0))
        self.meta = meta

    # -- vectors -------------------------------------------------------
    def vector(self, terms: Iterable[str], normalise: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Sparse TF-IDF vector as (column indices, values)."""
        counts = Counter(t for t in terms if t in self.index)
        if not counts:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        cols = np.fromiter((self.index[t] for t in counts), np.int64, len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), np.float32, len(counts)))
        values = tf * self.idf[cols]
        if normalise:
            values /= np.linalg.norm(values)
        return cols, values

    def base_scores(self, text: str) -> np.ndarray:
        cols, values = self.vector(features(text))
        return self.coef[:, cols] @ values + self.intercept

    # -- predictions ---------------------------------------------------
    def predict_scores(self, scores: np.ndarray) -> list[Prediction]:
        """Second level over base scores, shape (n, 3)."""
        x = stage2_inputs(scores)
        probs = softmax(x @ self.class_coef.T + self.class_intercept)
        ratings = np.clip(x @ self.rating_coef + self.rating_intercept, 1.0, 10.0)
        liked = (1 / (1 + np.exp(-(x @ self.liked_coef + self.liked_intercept))) if self.liked_coef is not None
                 else [None] * len(scores))
        out = []
        for row, p, r, good in zip(scores, probs, ratings, liked):
            label = self.classes[int(np.argmax(p * self.decision_weights))]
            out.append(Prediction(
                label=label,
                probabilities={c: round(float(v), 4) for c, v in zip(self.classes, p)},
                rating=round(float(r), 2),
                scores={name: round(float(v), 4) for name, v in zip(BASE, row)},
                liked=None if good is None else round(float(good), 4),
            ))
        return out

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        return self.predict_scores(np.stack([self.base_scores(t) for t in texts]))

    def score_sentences(self, sentences: Sequence[str]) -> np.ndarray:
        """Each sentence's push towards positive (>0) or negative (<0).

        The positive scorer's weights summed over the sentence's n-grams,
        scaled by the square root of their number, so long sentences do not
        win by length alone.
        """
        return self.score_grams([sentence_features(s) for s in sentences])

    def score_grams(self, grams: Sequence[list[str]], clause_model: bool = False) -> np.ndarray:
        """`score_sentences` (or, with `clause_model`, `score_clauses`) over n-grams already made."""
        use_clauses = clause_model and self.clause_coef is not None
        out = np.zeros(len(grams), np.float32)
        for i, terms in enumerate(grams):
            cols, values = self.vector(terms, normalise=use_clauses)
            if not len(cols):
                continue
            if use_clauses:
                out[i] = float(self.clause_coef[cols] @ values) + self.clause_intercept
            else:
                out[i] = float(self.coef[0, cols] @ values) / math.sqrt(len(cols))
        return out

    def score_clauses(self, clauses: Sequence[str]) -> np.ndarray:
        """Log-odds that a clause praises (>0) or faults (<0), from the clause model
        (falls back to `score_sentences` for a model trained without one)."""
        return self.score_grams([sentence_features(c) for c in clauses], clause_model=True)


def read_model(directory: Path) -> SentimentModel:
    """A model from its folder: model.npz, vocab.txt.gz, meta.json."""
    with gzip.open(directory / "vocab.txt.gz", "rt", encoding="utf-8") as f:
        vocab = f.read().split("\n")
    with np.load(directory / "model.npz", allow_pickle=False) as npz:
        arrays = {key: npz[key] for key in npz.files}
    with open(directory / "meta.json", encoding="utf-8") as f:
        meta = json.load(f)
    return SentimentModel(vocab, arrays, meta)


def write_model(directory: Path, vocab: Sequence[str], arrays: dict, meta: dict) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(directory / "vocab.txt.gz", "wb", mtime=0) as f:
        f.write("\n".join(vocab).encode("utf-8"))
    np.savez_compressed(directory / "model.npz", **arrays)
    with open(directory / "meta.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")


@lru_cache(maxsize=4)
def load_model(directory: Optional[str] = None) -> SentimentModel:
    """The model shipped in the package (or one in `directory`), loaded once."""
    return read_model(Path(directory) if directory else MODEL_DIR)


class ModelStage:
    """Mixin for stages that score with a SentimentModel: the one given, or the shipped one,
    loaded on first use (so building a pipeline stays cheap)."""

    def __init__(self, model: Optional[SentimentModel] = None):
        self._model = model

    @property
    def model(self) -> SentimentModel:
        if self._model is None:
            self._model = load_model()
        return self._model
