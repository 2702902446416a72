"""`kinolens eval cards REVIEWS GOLD`: cards for the reviews, scored against gold cards."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Optional

import typer

from .common import user_errors

eval_app = typer.Typer(no_args_is_help=True, help="Measure kinolens against gold data.")


@eval_app.command("cards")
def eval_cards(
    reviews: str = typer.Argument(..., help="reviews JSONL ({id, text} a line)"),
    gold: Path = typer.Argument(..., help="gold cards JSONL"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="keep the predicted cards here"),
    scorer: Optional[Path] = typer.Option(None, help="score_cards.py (default: beside GOLD)"),
    workers: int = typer.Option(1, "--workers", "-w"),
    show_errors: bool = typer.Option(False, "--show-errors", help="list every missed and extra item"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
) -> None:
    """Write cards for REVIEWS and score them against GOLD with score_cards.py."""
    from ..evaluate import format_scores, score_cards, write_cards

    with user_errors():
        with tempfile.TemporaryDirectory() as tmp:
            predicted = output or Path(tmp) / "cards.jsonl"
            write_cards(reviews, predicted, workers)
            scores = score_cards(gold, predicted, scorer, show_errors)
    typer.echo(json.dumps(scores, ensure_ascii=False) if as_json else format_scores(scores))
