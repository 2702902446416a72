"""The terminal view of a card: the review with its mentions highlighted, and tables."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .card import Card

STYLES = {
    "film": "bold white on dark_green",
    "work": "bold black on yellow",
    "actor": "bold white on blue",
    "character": "bold white on magenta",
    "crew": "bold black on cyan",
    "other": "underline",
}
CREW = {"director", "writer", "author", "composer", "cinematographer", "producer"}


def person_style(kinds: list[str]) -> str:
    if CREW & set(kinds):
        return STYLES["crew"]
    for kind in ("actor", "character"):
        if kind in kinds:
            return STYLES[kind]
    return STYLES["other"]


def highlighted(card: Card, text: str) -> Text:
    out = Text(text)
    if card.film:
        for m in card.film.mentions:
            out.stylize(STYLES["film"], m.start, m.stop)
    for work in card.works:
        for m in work.mentions:
            out.stylize(STYLES["work"], m.start, m.stop)
    for person in card.people:
        for m in person.mentions:
            out.stylize(person_style(person.kinds), m.start, m.stop)
    return out


def people_table(card: Card) -> Table:
    table = Table(title="People", expand=True)
    for column in ("name", "aliases", "kinds", "characters", "mentions"):
        table.add_column(column)
    for p in card.people:
        table.add_row(Text(p.name, style=person_style(p.kinds)), ", ".join(p.aliases),
                      ", ".join(p.kinds), ", ".join(p.characters), str(len(p.mentions)))
    return table


def works_table(card: Card) -> Table:
    table = Table(title="Works", expand=True)
    for column in ("title", "kind", "relation", "mentions"):
        table.add_column(column)
    for w in card.works:
        table.add_row(w.title, w.kind, w.relation, str(len(w.mentions)))
    return table


def legend() -> Text:
    out = Text("legend: ")
    for name, style in STYLES.items():
        out.append(f" {name} ", style=style)
        out.append(" ")
    return out


def render(card: Card, text: str, console: Console) -> None:
    """Print the highlighted review and the card's tables."""
    film = card.film.title if card.film else "—"
    parts = [legend(), highlighted(card, text)]
    console.print(Panel(Group(*parts), title=f"film: {film}"))
    if card.warnings:
        for warning in card.warnings:
            console.print(f"[yellow]warning:[/] {warning}")
    console.print(people_table(card))
    console.print(works_table(card))
