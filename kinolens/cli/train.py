"""`kinolens train sentiment | film`: rebuild the shipped models from the labelled files."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import user_errors

train_app = typer.Typer(no_args_is_help=True, help="Train kinolens models from ../shared data.")
DEFAULT_DATA = Path("../shared/data/sentiment")


def logger(quiet: bool):
    def log(message: str) -> None:
        if not quiet:
            typer.echo(message, err=True)
    return log


def check_data(data: Path, expected: str) -> None:
    if not (data / expected).exists():
        raise FileNotFoundError(f"no training files in {data} (expected {expected})")


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

    with user_errors():
        check_data(data, "kinopoisk-3class-train.jsonl")
        params = {"max_features": max_features} if max_features else None
        meta = train(data, out or MODEL_DIR, params=params, limit=limit, log=logger(quiet))
    typer.echo(json.dumps(meta["dev"], ensure_ascii=False, indent=2))


@train_app.command("film")
def train_film(
    data: Path = typer.Option(DEFAULT_DATA, help="folder with kinopoisk-{binary,3class}-{train,dev}.jsonl"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="model folder (default: the package's own)"),
    limit: Optional[int] = typer.Option(None, help="only the first N reviews of each file (quick runs)"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Fit the film chooser on the train reviews (their records name the film), measure on dev."""
    from ..works.film_model import MODEL_DIR
    from ..works.film_train import train_film as train

    with user_errors():
        check_data(data, "kinopoisk-binary-train.jsonl")
        meta = train(data, out or MODEL_DIR, limit=limit, log=logger(quiet))
    typer.echo(json.dumps({"train_oof": meta["train_oof"], "dev": meta["dev"]}, ensure_ascii=False, indent=2))
