"""Sentiment measures: accuracy, macro-F1, confusion, binary accuracy, rating MAE, ECE."""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

LABELS = ("positive", "neutral", "negative")


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """Weighted gap between confidence and accuracy over equal-width confidence bins."""
    if len(confidence) == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            total += inside.mean() * abs(confidence[inside].mean() - correct[inside].mean())
    return float(total)


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def sentiment_metrics(gold: Sequence[str], pred: Sequence[str], probs: Sequence[dict],
                      ratings: Sequence[float], scores: Sequence[Optional[float]],
                      stated: Optional[Sequence[Optional[float]]] = None,
                      liked: Optional[Sequence[Optional[float]]] = None) -> dict:
    """All measures for one labelled file; `stated` holds ratings read off the full texts,
    `liked` the good/bad head's P(liked) (measured as `liked_accuracy` / `liked_ece`)."""
    labels = [l for l in LABELS if l in set(gold)]
    n = len(gold)
    out: dict = {"n": n, "labels": labels}
    out["accuracy"] = float(np.mean([g == p for g, p in zip(gold, pred)])) if n else 0.0
    out["macro_f1"] = macro_f1(gold, pred, labels)
    out["confusion"] = {g: {p: sum(1 for a, b in zip(gold, pred) if a == g and b == p) for p in LABELS}
                        for g in labels}
    polar = [i for i, g in enumerate(gold) if g in ("positive", "negative")]
    pos = np.array([probs[i]["positive"] for i in polar])
    neg = np.array([probs[i]["negative"] for i in polar])
    is_pos = np.array([gold[i] == "positive" for i in polar])
    if polar:
        out["binary_accuracy"] = float(np.mean((pos > neg) == is_pos))
        share = pos / np.maximum(pos + neg, 1e-9)
        conf = np.maximum(share, 1 - share)
        out["binary_ece"] = expected_calibration_error(conf, (share > 0.5) == is_pos)
        if liked is not None and all(liked[i] is not None for i in polar):
            good = np.array([liked[i] for i in polar])
            out["liked_accuracy"] = float(np.mean((good > 0.5) == is_pos))
            out["liked_ece"] = expected_calibration_error(np.maximum(good, 1 - good), (good > 0.5) == is_pos)
    top = np.array([max(p.values()) for p in probs])
    top_label = [max(p, key=p.get) for p in probs]
    out["ece"] = expected_calibration_error(top, np.array([g == t for g, t in zip(gold, top_label)]))
    rated = [i for i, s in enumerate(scores) if s is not None]
    out["rated"] = len(rated)
    if rated:
        out["rating_mae"] = float(np.mean([abs(ratings[i] - scores[i]) for i in rated]))
        if stated is not None:
            use = [stated[i] if stated[i] is not None else ratings[i] for i in rated]
            out["stated_found"] = sum(stated[i] is not None for i in rated)
            out["rating_mae_with_stated"] = float(np.mean([abs(u - scores[i]) for u, i in zip(use, rated)]))
    return out


def format_metrics(name: str, m: dict) -> str:
    """A few readable lines for the terminal."""
    lines = [f"{name}: {m['n']} reviews"]
    lines.append(f"  accuracy {m['accuracy']:.3f}   macro-F1 {m['macro_f1']:.3f}   ECE {m['ece']:.3f}")
    if "binary_accuracy" in m:
        lines.append(f"  binary accuracy {m['binary_accuracy']:.3f}   binary ECE {m['binary_ece']:.3f}")
    if "liked_accuracy" in m:
        lines.append(f"  good/bad head (liked): accuracy {m['liked_accuracy']:.3f}   ECE {m['liked_ece']:.3f}")
    if "rating_mae" in m:
        line = f"  rating MAE {m['rating_mae']:.2f} on {m['rated']} stated ratings"
        if "rating_mae_with_stated" in m:
            line += (f"; with the stated rating read off the full text: {m['rating_mae_with_stated']:.2f}"
                     f" ({m['stated_found']} found)")
        lines.append(line)
    head = "  gold \\ pred " + " ".join(f"{p:>9}" for p in LABELS)
    lines.append(head)
    for g, row in m["confusion"].items():
        lines.append(f"  {g:>11} " + " ".join(f"{row[p]:>9}" for p in LABELS))
    return "\n".join(lines)


def pooled_rating_mae(results) -> Optional[float]:
    """Rating MAE over several files' stated ratings together."""
    pairs = [(m["rating_mae"], m["rated"]) for m in results if m.get("rated")]
    total = sum(n for _, n in pairs)
    return sum(mae * n for mae, n in pairs) / total if total else None
