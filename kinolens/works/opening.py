"""The film named where a review opens: a known title opening one of its first sentences or lines
before a dash ("Апокалипсис сегодня - это фильм с идеей …") or alone on a line under the heading
("Список Шиндлера..."), which outweighs a title the review only likens or lists later."""
from __future__ import annotations

import re

from ..doc import Doc, TitleMention
from .context import relation_of
from .keys import title_match_key, whole_line


def opening_film(doc: Doc, film: list[TitleMention] | None,
                 known: list[list[TitleMention]]) -> list[TitleMention] | None:
    """The known film opening the review (`opening_title`) where it outweighs the chosen `film`:
    none was chosen or the chosen one comes later, and the opener is no phrase of dictionary words
    ("Главный герой - …") unless a film noun follows its dash or the chosen one is only likened."""
    opener = opening_title(doc, known)
    if opener is None or film is not None and (any(m.start < opener[0].start for m in film)
                                               or title_match_key(film[0].normal) == title_match_key(opener[0].normal)):
        return None
    if opener[0].rule == "known" or FILM_AFTER.match(doc.text, opener[0].stop) or film is not None and likened(doc, film):
        doc.note("works", "film: a known film opening the review (before a dash, or a line of its own)", opener[0].normal)
        return opener
    return None


def opening_title(doc: Doc, known: list[list[TitleMention]]) -> list[TitleMention] | None:
    """The known film whose title opens one of the review's first three sentences or lines (the
    first may be a heading) before a dash, or is all its line says: "Апокалипсис сегодня - это
    фильм с идеей …", "Список Шиндлера..." name the film, whatever the review quotes later."""
    lines = {m.start() for m in LINE_TEXT.finditer((doc.text or "")[:400])}
    firsts = sorted({s.start for s in (doc.sentences or [])[:3]} | lines)[:3]
    return next((g for g in known for m in g if m.start in firsts
                 and (DASH_AFTER.match(doc.text, m.stop) or alone_on_line(doc.text, m.start, m.stop))), None)


LINE_TEXT = re.compile(r"(?<![^\n])(?=\S)")  # where a line's text starts
DASH_AFTER = re.compile(r"\s*[-—–]\s")
FILM_AFTER = re.compile(r"\s*[-—–]\s+(?:это\s+)?(?:[а-яё-]+\s+){0,2}(?:фильм|кино|картин|лент|сериал|мультфильм|экранизац)",
                        re.I)  # "Апокалипсис сегодня - это фильм …", not "Главный герой - огромный мужчина"


def alone_on_line(text: str, start: int, stop: int) -> bool:
    """The title is all its line says, stops and dots aside, under the heading ("Список Шиндлера..."),
    not the heading itself: a heading plays on another film's title as often ("Игры разума..." over
    a review of «Бойцовский клуб»)."""
    return text[start - 1:start] == "\n" and whole_line(text, start, stop, ".!?… \t")


def likened(doc: Doc, film: list[TitleMention]) -> bool:
    """Every mention of the chosen title likens it or lists it among others ("как в «Пианисте»,
    «Спасти рядового Райана»"): a title of dictionary words opening the review before a dash
    ("Апокалипсис сегодня - это") outweighs it, but not a phrase ("Главный герой - …") a film the
    review names otherwise."""
    from .relate import listed  # relate imports this module

    return all(listed(doc, m) or relation_of(doc, m)[0] == "compared" for m in film)


