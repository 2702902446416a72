"""The `sentiment` stage: a review's verdict, probabilities, rating and evidence."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from .. import errors
from ..doc import Doc
from ..pipeline import Stage
from ..text.clean import cyrillic_share
from .features import words
from .model import ModelStage, Prediction
from .stated import StatedRating, find_stated_rating

MIN_TERMS = 4         # fewer known words than this: too short to judge
EVIDENCE_EACH = 2     # sentences for and against
LOW_CONFIDENCE_MIX = 0.8


@dataclass
class Verdict:
    """What the stage assigns to `Doc.sentiment`; spans are offsets into `Doc.text`."""

    prediction: Optional[Prediction]  # None: nothing to judge (empty text)
    stated: Optional[StatedRating] = None
    low_confidence: bool = False
    evidence: list[tuple[int, int, str, float]] = field(default_factory=list)  # start, stop, polarity, weight
    model: str = ""


def soften(prediction: Prediction, mix: float) -> Prediction:
    """Pull probabilities towards uniform (a text too short or not Russian)."""
    probs = {k: round((1 - mix) * v + mix / 3, 4) for k, v in prediction.probabilities.items()}
    liked = None if prediction.liked is None else round((1 - mix) * prediction.liked + mix / 2, 4)
    return Prediction(label=max(probs, key=probs.get), probabilities=probs,
                      rating=round((1 - mix) * prediction.rating + mix * 5.5, 2), scores=prediction.scores,
                      liked=liked)


def pick_evidence(scores: np.ndarray, spans: Sequence) -> list[tuple[int, int, str, float]]:
    """The strongest sentences for and against, in text order."""
    order = np.argsort(scores)
    against = [i for i in order[:EVIDENCE_EACH] if scores[i] < 0]
    favour = [i for i in order[::-1][:EVIDENCE_EACH] if scores[i] > 0]
    chosen = sorted(set(against) | set(favour))
    return [(spans[i].start, spans[i].stop, "positive" if scores[i] > 0 else "negative",
             round(float(scores[i]), 3)) for i in chosen]


class Sentiment(ModelStage, Stage):
    """Scores each review with the shipped model (or one given)."""

    name = "sentiment"
    requires = ("text", "sentences")
    assigns = ("sentiment",)

    @property
    def model_name(self) -> str:
        meta = self.model.meta
        return f"{meta.get('name', 'sentiment')} {meta.get('version', '')} ({meta.get('created', '')})"

    def process(self, doc: Doc) -> None:
        self.map([doc])

    def map(self, docs: Sequence[Doc]) -> list[Doc]:
        judged = [d for d in docs if d.text.strip()]
        for doc in docs:
            if not doc.text.strip():
                doc.sentiment = Verdict(prediction=None, model=self.model_name)
        for doc, prediction in zip(judged, self.model.predict([d.text for d in judged])):
            doc.sentiment = self.verdict(doc, prediction)
        return list(docs)

    def verdict(self, doc: Doc, prediction: Prediction) -> Verdict:
        terms = len(self.model.vector(words(doc.text))[0]) if len(doc.text) < 400 else MIN_TERMS
        low = False
        if terms < MIN_TERMS:
            doc.warnings.append(errors.TOO_SHORT_TO_JUDGE)
            low = True
        elif cyrillic_share(doc.text) < 0.5:
            low = True
        if low:
            prediction = soften(prediction, LOW_CONFIDENCE_MIX)
            doc.note(self.name, "low-confidence", "probabilities pulled towards uniform")
        sentences = [s for s in doc.sentences if s.stop - s.start > 1]
        scores = self.model.score_sentences([doc.text[s.start:s.stop] for s in sentences])
        verdict = Verdict(prediction=prediction, stated=find_stated_rating(doc.text), low_confidence=low,
                          evidence=pick_evidence(scores, sentences), model=self.model_name)
        doc.note(self.name, "model", f"{prediction.label} {prediction.probabilities} rating {prediction.rating}")
        if verdict.stated:
            doc.note(self.name, f"stated:{verdict.stated.rule}", f"{verdict.stated.value}")
        return verdict
