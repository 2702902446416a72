"""`kinolens batch INPUT -o OUT`: one card a line, streamed, on all cores."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..batch import default_workers, run_batch
from ..reader import read_records
from .common import user_errors


def batch_command(
    source: str = typer.Argument(..., help="JSONL file, CSV file, folder of .txt files, or - (JSONL on stdin)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="output JSONL (default: stdout)"),
    workers: int = typer.Option(0, "--workers", "-w", help="worker processes (default: all cores)"),
    text_column: str = typer.Option("text", help="CSV column with the review text"),
    id_column: str = typer.Option("id", help="CSV column with the review id"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Write a card for every review; bad records become error lines, and the exit code says so."""
    console = Console(stderr=True)
    workers = workers or default_workers()
    with user_errors():
        records = read_records(source, text_column, id_column)
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            summary = run_with_progress(records, out, workers, console, quiet)
        finally:
            if output:
                out.close()
    console.print(f"{summary.ok} cards, {summary.failed} errors" + (f" → {output}" if output else ""))
    raise typer.Exit(1 if summary.failed else 0)


def run_with_progress(records, out, workers: int, console: Console, quiet: bool):
    def write(line: str) -> None:
        out.write(line + "\n")

    if quiet:
        return run_batch(records, write, workers)
    columns = [TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[rate]}")]
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("batch", total=None, rate="")

        def advance(n: int) -> None:
            progress.advance(task, n)
            done = progress.tasks[0].completed
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, rate=f"{done / elapsed:.1f} reviews/s")

        return run_batch(records, write, workers, advance)
