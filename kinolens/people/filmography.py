"""Who directed the reviewed film, and whose book it was made from, by the films of the listed
directors and the adaptations of the listed authors' books (`data/filmographies.json`): a listed
director named in a review of one of their films made it, however the sentence names them
("Предыдущие фильмы Криса Нолана оказались шедеврами" in a review of «Начало»); a listed author
named in a review of a film made from their book wrote its source ("Стивен Кинг" in a review of
«Зелёная миля», beside «Побега из Шоушенка»). Only ever adds: the lists are not complete, and the
film a review names is not always the one it reviews, so one whose films seem not to hold it
keeps what the other rules gave (measured: as a veto it took 164 right directors of 2,000 reviews).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..data import load_lexicon
from ..doc import Doc
from ..text.spelling import fold, loose
from ..works.keys import title_match_key
from .directors import common_surnames

Films = tuple[frozenset, frozenset]  # (whole title keys, keys of the part before a subtitle's colon)
Entry = tuple[tuple[tuple[str, ...], ...], Films]  # (spellings, each as folded words; films)
# the list of data/filmmakers.json → the films written down for its people in data/filmographies.json
WRITTEN = {"directors": "films", "authors": "adaptations"}


@lru_cache(maxsize=2)
def filmographies(listed: str = "directors") -> tuple[Entry, ...]:
    """The people of list `listed` whose films are written down, with their films."""
    films = {name.lower(): titles for name, titles in load_lexicon("filmographies")[WRITTEN[listed]].items()}
    found = []
    for entry in sorted(load_lexicon("filmmakers")[listed]):  # lower-cased by the loader
        spellings = entry.split("|")
        titles = films.get(spellings[0])
        if not titles:
            continue
        whole = frozenset(title_match_key(t) for t in titles)
        heads = frozenset(title_match_key(t.split(":")[0]) for t in titles if ":" in t)
        found.append((tuple(tuple(fold(s).split()) for s in spellings), (whole, heads)))
    return tuple(found)


def spells(words: list[str], spelling: tuple[str, ...]) -> bool:
    """The name's words are this spelling of the person, or its surname alone (no common one:
    Скотт), or a short first name before the surname (Крис Нолан)."""
    if list(spelling) == words:
        return True
    if loose(words[-1]) != loose(spelling[-1]):
        return False
    if len(words) == 1:
        return len(spelling) > 1 and words[0] not in common_surnames()
    return len(spelling) > 1 and (spelling[0].startswith(words[0]) or words[0].startswith(spelling[0]))


@lru_cache(maxsize=2)
def by_surname(listed: str) -> dict[str, tuple[Entry, ...]]:
    """`filmographies` by the sound (`loose`) of each spelling's last word."""
    index: dict[str, list] = {}
    for spellings, films in filmographies(listed):
        for surname in dict.fromkeys(loose(s[-1]) for s in spellings):
            index.setdefault(surname, []).append((spellings, films))
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=20_000)
def films_of(name: str, listed: str = "directors") -> Optional[Films]:
    """The films of the person of list `listed` the name spells; None where none are written down.
    A surname alone two people share spells both (Коппола: Фрэнсис Форд and София)."""
    words = fold(name).split()
    if not words:
        return None
    found = [films for spellings, films in by_surname(listed).get(loose(words[-1]), ())
             if any(spells(words, s) for s in spellings)]
    if not found:
        return None
    return frozenset().union(*(f[0] for f in found)), frozenset().union(*(f[1] for f in found))


def made(films: Films, title: str) -> bool:
    key = title_match_key(title)
    return bool(key) and (key in films[0] or key in films[1])


def film_titles(doc: Doc) -> list[str]:
    """The reviewed film's titles: those the review writes, or the known film its people name;
    and the known film a slip means («Джентельмены»: Гай Ричи directed «Джентльмены») or a short title
    names («Узник Азкабана»: Куарон directed «Гарри Поттер и узник Азкабана»)."""
    from ..works.known_spelling import spelled_as_known  # the works package reads the people's lists: imported late
    from .casts import films_titled  # casts reads this module's lists: imported late

    if doc.film is None:
        return [doc.cast_film] if doc.cast_film else []
    written = [doc.film.title, *doc.film.aliases]
    known = [k for t in written if (k := spelled_as_known(t))] + [k for t in written for k in films_titled(t)]
    return written + [k for k in dict.fromkeys(known) if k not in written]  # «Узник Азкабана»: «Гарри Поттер и …»


def made_by_another(doc: Doc, names: list[str]) -> bool:
    """The reviewed film, written twice or more, is a known director's (`filmographies`, `casts.json`
    directors), and none of these names is his, however spelled (Дэрабонт, Френсис Форд Коппола):
    «Начало» is Нолан's, whatever Вачовски the review names."""
    from .casts import directors, known_cast_titles  # casts reads this module's lists: imported late
    from .merge import same_surname  # one surname however transliterated or slipped (Дарабонт, Дэрабонт)

    if doc.film is None or len(doc.film.mentions) < 2 or made_here(doc, names):
        return False
    # the film's other known titles too: «Неприкасаемые» is «1+1» (Накаш) as well as De Palma's
    keys = {title_match_key(t) for title in film_titles(doc) for t in (title, *known_cast_titles(title))}
    makers = [s for spellings, films in filmographies() if keys & films[0] for s in spellings]
    makers += [s for k in keys for spellings in directors().get(k, ()) for s in spellings]
    surnames = {fold(n).split()[-1] for n in names if n.strip()}
    return bool(makers) and not any(loose(s[-1]) == loose(surname) or same_surname(s[-1], surname)
                                    for s in makers for surname in surnames)


def made_here(doc: Doc, names: list[str], listed: str = "directors") -> bool:
    """A person of list `listed` the names spell made the reviewed film (or its source)."""
    titles = film_titles(doc)
    return bool(titles) and any(made(f, t) for f in (films_of(n, listed) for n in names) if f is not None
                                for t in titles)


def filmography_directors(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for people who are no character, author or director yet whose known films
    hold the reviewed film (an actor's or a crew job's cue may have found them first: "Музыка в
    фильмах Тарантино")."""
    return [(i, "director: the film is among the known director's films")
            for i, p in enumerate(doc.people)
            if not {"director", "character", "author"} & set(kinds[i]) and made_here(doc, [p.name, *p.aliases])]


def source_authors(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for people no actor-and-part pair gave a role whose books the reviewed film
    was made from; no weaker cue then makes them its director ("творение Стивена Кинга")."""
    return [(i, "author: the film is made from the known author's book")
            for i, p in enumerate(doc.people)
            if not kinds[i] and made_here(doc, [p.name, *p.aliases], "authors")]
