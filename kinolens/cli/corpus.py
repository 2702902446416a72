"""Corpus commands: ingest, films, film, person, search, report, export, errors."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table

from .common import user_errors

STORE = typer.Option("sqlite:///kinolens.db", "--store", envvar="KINOLENS_STORE",
                     help="sqlite:///FILE or postgresql://user@host/db")
FORMAT = typer.Option("table", "--format", "-f", help="table or json")


def open_store(url: str):
    from ..corpus.store import Store
    return Store(url)


def emit(data, fmt: str, table: Table | None = None) -> None:
    if fmt == "json":
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif table is not None:
        Console().print(table)


def make_table(title: str, columns: list[str], rows: list[list]) -> Table:
    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    return table


def ingest_command(
    source: str = typer.Argument(..., help="JSONL, CSV, folder of .txt files, or - (JSONL on stdin)"),
    store: str = STORE,
    workers: int = typer.Option(0, "--workers", "-w", help="worker processes (default: all cores)"),
    dask: Optional[str] = typer.Option(None, "--dask", help="Dask scheduler address, e.g. tcp://host:8786"),
    text_column: str = typer.Option("text", help="CSV column with the review text"),
    id_column: str = typer.Option("id", help="CSV column with the review id"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Analyse and store reviews; re-running skips what is stored (a killed run resumes)."""
    from ..batch import default_workers
    from ..corpus.ingest import count_records, ingest

    console = Console(stderr=True)
    with user_errors():
        st = open_store(store)
        total = count_records(source)
        if quiet:
            summary = ingest(source, st, workers or default_workers(), dask, text_column, id_column)
        else:
            columns = [TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                       TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
            with Progress(*columns, console=console) as progress:
                task = progress.add_task("ingest", total=total, rate="")

                def advance(n: int) -> None:
                    progress.advance(task, n)
                    t = progress.tasks[0]
                    progress.update(task, rate=f"{t.completed / max(t.elapsed or 1e-9, 1e-9):.1f}/s")

                summary = ingest(source, st, workers or default_workers(), dask, text_column, id_column, advance)
        counts = st.counts()
    console.print(f"stored {summary.stored} reviews, {summary.errors} errors, skipped {summary.skipped} already "
                  f"stored; the store holds {counts['reviews']} reviews of {counts['films']} films, "
                  f"{counts['errors']} errors")


def films_command(store: str = STORE, fmt: str = FORMAT, limit: Optional[int] = typer.Option(None)) -> None:
    """Films with review counts, verdict shares, mean predicted and stated rating."""
    from ..corpus.queries import list_films

    with user_errors():
        rows = list_films(open_store(store), limit)
    emit(rows, fmt, make_table("Films", ["film", "reviews", "positive", "neutral", "negative", "rating", "stated"],
                               [[f["title"], f["reviews"], f"{f['positive']:.0%}", f"{f['neutral']:.0%}",
                                 f"{f['negative']:.0%}", f["rating"], f["stated_rating"]] for f in rows]))


def film_command(title: str = typer.Argument(...), store: str = STORE, fmt: str = FORMAT) -> None:
    """A film's profile: cast voted across reviews, crew, aspects, people, works, best and worst reviews."""
    from ..corpus.queries import film_profile

    with user_errors():
        p = film_profile(open_store(store), title)
    if fmt == "json":
        return emit(p, fmt)
    console = Console()
    v = p["verdicts"]
    console.print(f"[bold]{p['title']}[/] — {p['reviews']} reviews: {v['positive']} positive, {v['neutral']} neutral, "
                  f"{v['negative']} negative; rating {p['rating']} (stated {p['stated_rating']})")
    console.print(make_table("Cast", ["actor", "character", "reviews"],
                             [[c["actor"], c["character"], c["reviews"]] for c in p["cast"]]))
    console.print(make_table("Crew", ["name", "kind", "reviews"], [[c["name"], c["kind"], c["reviews"]] for c in p["crew"]]))
    console.print(make_table("Aspects", ["aspect", "reviews", "positive", "negative", "mixed", "quote"],
                             [[a["aspect"], a["reviews"], f"{a['positive']:.0%}", f"{a['negative']:.0%}",
                               f"{a['mixed']:.0%}", a["quotes"][0]["text"] if a["quotes"] else ""] for a in p["aspects"]]))
    console.print(make_table("People", ["name", "+", "−", "mixed"],
                             [[x["name"], x["positive"], x["negative"], x["mixed"]] for x in p["people"]]))
    console.print(make_table("Works", ["title", "relation", "reviews"],
                             [[w["title"], w["relation"], w["reviews"]] for w in p["works"]]))


def person_command(name: str = typer.Argument(...), store: str = STORE, fmt: str = FORMAT) -> None:
    """A person's films, roles and the opinions on their work across the corpus."""
    from ..corpus.queries import person_profile

    with user_errors():
        p = person_profile(open_store(store), name)
    emit(p, fmt, make_table(p["name"], ["film", "reviews", "kinds", "characters", "opinions"],
                            [[f["film"], f["reviews"], ", ".join(f["kinds"]), ", ".join(f["characters"]),
                              ", ".join(f"{k} {v}" for k, v in f["opinions"].items())] for f in p["films"]]))


def search_command(
    query: str = typer.Argument(...), store: str = STORE, fmt: str = FORMAT,
    film: Optional[str] = typer.Option(None), person: Optional[str] = typer.Option(None),
    sentiment: Optional[str] = typer.Option(None, help="positive, neutral or negative"),
    aspect: Optional[str] = typer.Option(None), limit: int = typer.Option(20),
) -> None:
    """Full-text search over the reviews (any word form), ranked, with highlighted snippets."""
    from rich.text import Text

    from ..corpus.search import search

    with user_errors():
        hits = search(open_store(store), query, film, person, sentiment, aspect, limit)
    if fmt == "json":
        return emit(hits, fmt)
    table = Table(title=f"{len(hits)} reviews for {query!r}")
    for c in ("id", "film", "verdict", "snippet"):
        table.add_column(c)
    for h in hits:
        snippet = Text(" ".join(h["snippet"].split("\n")))
        for a, b in h["highlights"]:
            snippet.stylize("bold reverse", a, b)
        table.add_row(h["id"], h["film"] or "", h["label"] or "", snippet)
    Console().print(table)


def report_command(title: Optional[str] = typer.Argument(None, help="a film (default: the whole corpus)"),
                   store: str = STORE, output: Path = typer.Option(Path("report.html"), "--output", "-o")) -> None:
    """One self-contained HTML report (charts inline, no network) for a film or the corpus."""
    from ..corpus.report import render_report

    with user_errors():
        html = render_report(open_store(store), title)
        output.write_text(html, encoding="utf-8")
    Console(stderr=True).print(f"report written to {output}")


def export_command(store: str = STORE, fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet"),
                   output: Optional[Path] = typer.Option(None, "--output", "-o")) -> None:
    """Reviews with their cards, one record a review (stdout without -o)."""
    from ..corpus.export import export

    with user_errors():
        st = open_store(store)
        if fmt == "parquet" or output is None:
            n = export(st, fmt, sys.stdout, str(output or ""))
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = export(st, fmt, out)
    Console(stderr=True).print(f"{n} reviews exported")


def errors_command(store: str = STORE, fmt: str = FORMAT, limit: Optional[int] = typer.Option(None)) -> None:
    """Records that could not be analysed, with the reason."""
    from ..corpus.queries import list_errors

    with user_errors():
        rows = list_errors(open_store(store), limit)
    emit(rows, fmt, make_table("Errors", ["id", "reason"], [[r["id"], r["reason"]] for r in rows]))


def register(app: typer.Typer) -> None:
    for name, fn in (("ingest", ingest_command), ("films", films_command), ("film", film_command),
                     ("person", person_command), ("search", search_command), ("report", report_command),
                     ("export", export_command), ("errors", errors_command)):
        app.command(name)(fn)
