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
VERDICT_STYLES = {"positive": "bold green", "neutral": "bold yellow", "negative": "bold red"}
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
    if card.sentiment:
        for e in card.sentiment.evidence:
            out.stylize("green" if e.polarity == "positive" else "red", e.start, e.stop)
    for aspect in card.aspects or []:
        for m in aspect.evidence:
            out.stylize("underline", m.start, m.stop)
    return out


POLARITY_STYLES = {"positive": "green", "negative": "red", "mixed": "yellow"}


def signed_bar(score: float, width: int = 10) -> Text:
    """A bar left of the middle for negative scores, right of it for positive ones."""
    n = round(abs(score) * width)
    left = " " * (width - n) + "█" * n if score < 0 else " " * width
    right = "█" * n + " " * (width - n) if score > 0 else " " * width
    return Text(left, style="red") + Text("│") + Text(right, style="green")


def aspects_table(card: Card) -> Table:
    table = Table(title="Aspects", expand=True)
    for column in ("aspect", "polarity", "score", "evidence"):
        table.add_column(column)
    for a in card.aspects or []:
        quote = a.evidence[0].text if a.evidence else ""
        more = f" (+{len(a.evidence) - 1})" if len(a.evidence) > 1 else ""
        table.add_row(a.aspect, Text(a.polarity, style=POLARITY_STYLES[a.polarity]), signed_bar(a.score),
                      Text(quote, style="underline") + Text(more, style="dim"))
    return table


def bar(share: float, width: int = 20) -> str:
    filled = round(share * width)
    return "█" * filled + "·" * (width - filled)


def verdict_table(card: Card) -> Table:
    """The verdict, its probabilities as bars, the rating, and the evidence."""
    s = card.sentiment
    table = Table(title="Verdict", expand=True, show_header=False)
    table.add_column("what")
    table.add_column("value")
    label = Text(s.label, style=VERDICT_STYLES[s.label])
    if s.confidence == "low":
        label.append(" (low confidence)", style="dim")
    table.add_row("verdict", label)
    for name in ("positive", "neutral", "negative"):
        p = s.probabilities.get(name, 0.0)
        table.add_row(f"  {name}", Text(f"{bar(p)} {p:.0%}", style=VERDICT_STYLES[name]))
    if s.liked is not None:
        table.add_row("liked it", Text(f"{bar(s.liked)} {s.liked:.0%}", style="green" if s.liked > 0.5 else "red"))
    stated = f"   stated by the author: {s.stated_rating:g}" if s.stated_rating is not None else ""
    table.add_row("rating", f"{s.rating:.1f} / 10{stated}")
    for e in s.evidence:
        table.add_row("for" if e.polarity == "positive" else "against",
                      Text(e.text, style="green" if e.polarity == "positive" else "red"))
    return table


def people_table(card: Card) -> Table:
    table = Table(title="People", expand=True)
    for column in ("name", "aliases", "kinds", "characters", "opinion", "mentions"):
        table.add_column(column)
    for p in card.people:
        opinion = Text(p.opinion.polarity, style=POLARITY_STYLES[p.opinion.polarity]) if p.opinion else Text("")
        table.add_row(Text(p.name, style=person_style(p.kinds)), ", ".join(p.aliases),
                      ", ".join(p.kinds), ", ".join(p.characters), opinion, str(len(p.mentions)))
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
    if card.sentiment:
        console.print(verdict_table(card))
    if card.aspects:
        console.print(aspects_table(card))
    console.print(people_table(card))
    console.print(works_table(card))
