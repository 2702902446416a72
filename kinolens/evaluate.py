"""`kinolens eval cards`: write cards for reviews, score them with the shared scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Optional

from . import errors
from .batch import run_batch
from .reader import read_records


def find_scorer(gold: Path, scorer: Optional[Path] = None) -> Path:
    candidates = [scorer] if scorer else [gold.parent / "score_cards.py",
                                          Path(__file__).resolve().parents[2] / "shared" / "gold" / "score_cards.py"]
    for path in candidates:
        if path and path.exists():
            return path
    raise errors.InputError("cannot find score_cards.py: pass --scorer PATH")


def write_cards(reviews: str, out: Path, workers: int = 1) -> None:
    with open(out, "w", encoding="utf-8") as f:
        run_batch(read_records(reviews), lambda line: f.write(line + "\n"), workers=workers)


def score_cards(gold: Path, predicted: Path, scorer: Optional[Path] = None, show_errors: bool = False) -> dict:
    """The scorer's figures as a dict (and its table on stdout)."""
    script = find_scorer(gold, scorer)
    cmd = [sys.executable, str(script), str(gold), str(predicted), "--json"]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", check=True)
    if show_errors:
        table = subprocess.run(cmd[:-1] + ["--show-errors"], capture_output=True, text=True, encoding="utf-8")
        sys.stderr.write(table.stderr)
    return json.loads(result.stdout)


def format_scores(scores: dict) -> str:
    lines = [f'{"field":<13} {"P":>6} {"R":>6} {"F1":>6} {"right":>6} {"pred":>6} {"gold":>6}']
    for name in ("film", "people", "cast", "crew", "works", "aspects", "aspects (any)", "opinions"):
        s = scores.get(name)
        if not s or (not s["gold"] and not s["predicted"]):
            continue
        lines.append(f'{name:<13} {s["precision"]:>6.3f} {s["recall"]:>6.3f} {s["f1"]:>6.3f} '
                     f'{s["right"]:>6} {s["predicted"]:>6} {s["gold"]:>6}')
    sentiment = scores.get("sentiment") or {}
    if sentiment.get("n"):
        lines.append(f'sentiment accuracy {sentiment["accuracy"]:.3f}  macro-F1 {sentiment["macro_f1"]:.3f}'
                     f'  (n={sentiment["n"]})')
    lines.append(f'film accuracy {scores["film"]["accuracy"]:.3f}; card F1 {scores["card_f1"]:.3f}; '
                 f'cards {scores["cards"]}, missing {scores["missing_cards"]}')
    return "\n".join(lines)
