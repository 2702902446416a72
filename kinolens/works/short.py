"""The film and the works written short: «Волк» for «Волк с Уолл-стрит», «Список» for «Список
Шиндлера», «Властелина» after «Властелин Колец» — a title's first words, not where the rest is a
part's number, a subtitle, a second name or a sequel's verb (the short one is then the franchise);
and a common word taken for the film, which the people named rejected, is no work («Борьба»)."""
from __future__ import annotations

import re

from ..doc import Doc, TitleMention
from ..people.casts import films, known_cast_titles
from ..people.names import parse
from ..people.shapes import common_word
from ..people.unnamed import film_votes
from ..text.spelling import fold
from .declension import nominative
from .keys import title_key
from .known import is_known_title

SEQUEL_WORDS = frozenset("второй двойной тройной третий четвертый пятый шестой седьмой новый".split())


def written_short(short: str, full: str, own: bool = False) -> bool:
    """`short` is `full`'s first words («Волк» for «Волк с Уолл-стрит», «Список» for «Список
    Шиндлера»: the film written short); not where the rest is a part's number, a subtitle or a
    second name («Терминатор 2», «Чужой: Завет», «Гарри Поттер и узник Азкабана»: the short one is
    the franchise), nor where the short one is a known film of its own."""
    words = full.split()
    if len(words) < 2 or re.search(r"[:.\d]", full) or any(fold(w) in ("и", "или", "and") for w in words):
        return False
    k = next((k for k in range(1, len(words)) if title_key(" ".join(words[:k])) == title_key(short)), 0)
    if not k or not own and another_known_film(short, full):
        return False  # with `own`, the short title may be a known film of its own too («Побег»)
    follows = parse(words[k].lower())[0]  # «Бэтмен возвращается», «Бэтмен навсегда»: a sequel's verb or adverb
    return follows.tag.POS not in ("VERB", "INFN", "ADVB", "PRTS", "GRND")


def written_by_head(short: str, full: str) -> bool:
    """`short` is the noun that ends `full`, whose other words are adjectives («Милю» for «Зелёная
    миля», «Рыцаря» for «Тёмный рыцарь»)."""
    words = full.split()
    if len(words) < 2 or len(short.split()) != 1 or re.search(r"[:.\d]", full) \
            or title_key(words[-1]) != title_key(short):
        return False
    return all(w.isalpha() and parse(w.lower())[0].tag.POS in ("ADJF", "PRTF") for w in words[:-1])


def film_by_head(doc: Doc, film: list[TitleMention] | None, known: list[list[TitleMention]]) -> list[TitleMention] | None:
    """A film chosen by one quoted word that is the noun ending the one known title the review
    writes in full («Зеленой миле», then «Милю») is that film, written both ways."""
    if not film or not quoted(film) or any(len(m.normal.split()) != 1 for m in film):
        return film
    fulls = [g for g in known if g is not film and written_by_head(film[0].normal, g[0].normal)]
    if len(fulls) != 1:
        return film
    doc.note("works", "film: the noun ending a known title written in full", f"{film[0].normal} → {fulls[0][0].normal}")
    return fulls[0] + film


def another_known_film(short: str, full: str) -> bool:
    """The short title is a known film of its own, not the one the full title is («Начало» is
    Inception, «Бэтмен. Начало» Batman Begins)."""
    if fold(full.split()[0]) in SEQUEL_WORDS:
        return False  # «Двойной форсаж» takes «Форсаж» in, then gives it back (`split_franchise`)
    known = known_cast_titles(short)
    return bool(known) and known != known_cast_titles(full)


def rest_depends(short: str, full: str) -> bool:
    """The words of `full` after `short` hang on it (a preposition, a genitive: «Побег из Шоушенка»,
    «Список Шиндлера»), not a subtitle of their own («Мстители Финал», the short one a franchise)."""
    words = full.split()
    rest = words[len(short.split())] if len(words) > len(short.split()) else ""
    reading = parse(rest.lower())[0] if rest.isalpha() else None
    return reading is not None and (reading.tag.POS == "PREP" or reading.tag.case == "gent")


def people_say_full(doc: Doc, short: str, full: str) -> bool:
    """The review names people of the full title's known cast and none of the known film the
    short title is by itself («Побег» beside Тим Роббинс: «Побег из Шоушенка», not «Prison Break»)."""
    votes, _, _ = film_votes(doc)
    own = known_cast_titles(full)
    return any(votes.get(t) for t in own) and not any(votes.get(t) for t in known_cast_titles(short) if t not in own)


def quoted(group: list[TitleMention]) -> bool:
    """Every mention of the group is a quoted title, none a candidate written without quotes or the heading."""
    return all(m.rule not in ("unquoted", "heading") for m in group)


def with_short_titles(doc: Doc, film: list[TitleMention], groups: list[list[TitleMention]]) -> list[TitleMention]:
    """The film's mentions with the quoted titles that write it, or one of its names, short («Узник»
    for «Узник Азкабана»); where the film was chosen by its short title («Волк»), the one group that
    writes it in full («Волк с Уолл-стрит») leads. A short title that is a known film of its own
    («Побег») is the film's where the people named say so, or where the film is written twice or more
    and the rest of its title hangs on the short one («Побег из Шоушенка», not «Мстители Финал»)."""
    others = [g for g in groups if g is not film and quoted(g)]
    if quoted(film):
        fulls = [g for g in others if written_short(film[0].normal, g[0].normal)]
        if len(fulls) == 1:
            doc.note("works", "the film chosen by its short title", fulls[0][0].normal)
            others.remove(fulls[0])
            film = fulls[0] + film
    lead = film[0].normal  # and a name of it that starts elsewhere: «Узник Азкабана», not «Мстители Финал»
    names = [lead] + list(dict.fromkeys(m.normal for m in film if len(m.normal.split()) > 1
                                        and fold(m.normal.split()[0]) != fold(lead.split()[0])))
    shorts = [g for g in others if any(films_short(doc, g[0].normal, name, len(film) >= 2) for name in names)]
    for g in shorts:
        doc.note("works", "the film written short", g[0].normal)
    return film + [m for g in shorts for m in g]


def films_short(doc: Doc, short: str, full: str, written_twice: bool) -> bool:
    """`short` writes the film's name `full` short: its first words, and no known film of its own
    unless the people named, or a film written twice whose rest hangs on it, say it is this one."""
    return written_short(short, full, own=True) and (
        not another_known_film(short, full) or people_say_full(doc, short, full)
        or written_twice and rest_depends(short, full))


def join_short_titles(doc: Doc, groups: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """A work written short by its first words joins the one work written in full («Властелина»
    after «Властелин Колец»), as the film does (`with_short_titles`); so does the noun ending a
    title of adjectives and a noun («Миля» after «Зелёная миля»)."""
    out = list(groups)
    for g in groups:
        homes = [h for h in out if h is not g and (written_short(g[0].normal, h[0].normal)
                                                   or written_by_head(g[0].normal, h[0].normal))]
        if len(homes) == 1 and g in out:
            doc.note("works", "a work written short", f"{g[0].normal} → {homes[0][0].normal}")
            homes[0].extend(g)
            out.remove(g)
    return out


def full_known_title(doc: Doc, short: str) -> str | None:
    """The one known film (`data/casts.json`) whose title `short` writes by its first words and
    whose cast the review names someone of; None where none or several are."""
    votes, _, _ = film_votes(doc)
    found = {titles[0] for titles, _ in films() if votes.get(titles[0])
             and any(written_short(short, t) for t in titles)}
    return next(iter(found)) if len(found) == 1 else None


def one_word(title: str) -> bool:
    """A single common word of the dictionary, no name nor place («Борьба», «Сценарный»): where the
    people named show the film is another one, a word quoted for stress («Борьба», ежеминутная
    борьба — вот …), not a work's title."""
    if " " in title or not title.isalpha() or is_known_title(nominative(title, force=True)):
        return False  # «Матрицы»: a known film in the genitive
    return common_word(title) and not any("Geox" in p.tag.grammemes for p in parse(title.lower()))
