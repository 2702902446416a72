"""`kinolens analyze PATH|-`: one review's card, highlighted in a terminal or as JSON."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import InputError
from ..text.clean import decode
from .common import stdout_is_terminal, user_errors


class Format(str, Enum):
    json = "json"
    pretty = "pretty"


def read_input(path: str) -> tuple[str, str]:
    """(id, text) from a file path or '-' for stdin; bytes decoded as UTF-8 or cp1251."""
    if path == "-":
        return "stdin", decode(sys.stdin.buffer.read())
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    return file.stem, decode(file.read_bytes())


def analyze_command(
    path: str = typer.Argument(..., help="review text file, or - for stdin"),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="json (default when piped) or pretty"),
    debug: bool = typer.Option(False, "--debug", help="also show which rule decided what"),
) -> None:
    """Analyse one review and print its card."""
    from ..analyzer import default_pipeline, make_doc, to_card

    with user_errors():
        rid, text = read_input(path)
        doc = default_pipeline()(make_doc(text, rid))
        card = to_card(doc)
    chosen = format or (Format.pretty if stdout_is_terminal() else Format.json)
    if chosen is Format.json:
        typer.echo(card.to_json(indent=2))
    else:
        from ..render import render

        render(card, doc.source, Console())
    if debug:
        console = Console(stderr=True)
        for stage, rule, what in doc.debug:
            console.print(f"{stage:>7} {rule}: {what}", markup=False, highlight=False)
