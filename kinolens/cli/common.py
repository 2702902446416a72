"""What every command shares: one clear line for user errors."""
from __future__ import annotations

import sys
from contextlib import contextmanager

import typer

from ..errors import KinolensError


@contextmanager
def user_errors():
    """Turn kinolens' own errors into `kinolens: <reason>` and exit code 2."""
    try:
        yield
    except KinolensError as exc:
        typer.echo(f"kinolens: {exc}", err=True)
        raise typer.Exit(2)
    except OSError as exc:
        typer.echo(f"kinolens: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "), err=True)
        raise typer.Exit(2)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
