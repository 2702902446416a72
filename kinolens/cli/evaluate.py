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


@eval_app.command("sentiment")
def eval_sentiment(
    files: list[Path] = typer.Argument(..., help="labelled JSONL files ({text, label, score} a line)"),
    model: Optional[Path] = typer.Option(None, help="a model folder (default: the shipped model)"),
    limit: Optional[int] = typer.Option(None, help="only the first N reviews of each file"),
    as_json: bool = typer.Option(False, "--json", help="print the measures as JSON"),
) -> None:
    """Accuracy, macro-F1, confusion, binary accuracy, rating MAE and ECE of the sentiment model."""
    from ..sentiment.evaluate import evaluate_file
    from ..sentiment.metrics import format_metrics, pooled_rating_mae

    with user_errors():
        results = {str(f): evaluate_file(f, str(model) if model else None, limit) for f in files}
    pooled = pooled_rating_mae(results.values())
    if as_json:
        typer.echo(json.dumps({**results, "pooled_rating_mae": pooled} if len(results) > 1 else results,
                              ensure_ascii=False))
    else:
        typer.echo("\n\n".join(format_metrics(name, m) for name, m in results.items()))
        if len(results) > 1 and pooled is not None:
            typer.echo(f"\nrating MAE over all files: {pooled:.2f}")
