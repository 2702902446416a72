"""`kinolens train sentiment`: rebuild the shipped model from the labelled files."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import user_errors

train_app = typer.Typer(no_args_is_help=True, help="Train kinolens models from ../shared data.")
DEFAULT_DATA = Path("../shared/data/sentiment")


@train_app.command("sentiment")
def train_sentiment(
    data: Path = typer.Option(DEFAULT_DATA, help="folder with kinopoisk-{binary,3class}-{train,dev}.jsonl"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="model folder (default: the package's own)"),
    limit: Optional[int] = typer.Option(None, help="only the first N reviews of each file (quick runs)"),
    max_features: Optional[int] = typer.Option(None, help="n-gram vocabulary size"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Fit on the train files, measure on the dev files, write model.npz, vocab.txt.gz, meta.json."""
    from ..sentiment.model import MODEL_DIR
    from ..sentiment.train import train

    def log(message: str) -> None:
        if not quiet:
            typer.echo(message, err=True)

    with user_errors():
        if not (data / "kinopoisk-3class-train.jsonl").exists():
            raise FileNotFoundError(f"no training files in {data} (expected kinopoisk-3class-train.jsonl)")
        params = {"max_features": max_features} if max_features else None
        meta = train(data, out or MODEL_DIR, params=params, limit=limit, log=log)
    typer.echo(json.dumps(meta["dev"], ensure_ascii=False, indent=2))
