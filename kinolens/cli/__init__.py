"""The `kinolens` command: thin commands over plain functions."""
from __future__ import annotations

import typer

from .analyze import analyze_command
from .batch import batch_command
from .corpus import register as register_corpus
from .serve import serve_command
from .evaluate import eval_app
from .train import train_app

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="kinolens: Russian film reviews in, review cards out.")
app.command("analyze")(analyze_command)
app.command("batch")(batch_command)
app.command("serve")(serve_command)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
register_corpus(app)


def main() -> None:
    app()
