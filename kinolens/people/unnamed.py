"""The film a review never names, known by the people it names (`data/casts.json`): a review
that speaks of Джон Коффи, Эдуард Делакруа, Майкл Кларк Дункан and Дэвид Морс is about «Зелёная
миля» whether or not it writes the title. The card then carries that film with `named_in_text`
false, and the roles stage reads its cast and its directors as it would a named film's.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Optional

from ..doc import Doc
from ..text.spelling import fold, loose
from .casts import Part, films, part_of, played_as, shared_cast

NAMED = 3   # people of one film's cast a review must name before it is taken for that film …
MARGIN = 2  # … and how many more than of any other film's


@lru_cache(maxsize=1)
def parts_by_word() -> dict[str, tuple[tuple[str, Part], ...]]:
    """(film title, part) of the known films, by the sound (`loose`) of each word of the part's
    actor's and character's spellings, and of the actor's name written as one word (ДиКаприо):
    where to look for a name's film."""
    index: dict[str, list[tuple[str, Part]]] = {}
    for titles, parts in films():
        for part in parts:
            actor, character = part
            words = {w for s in [*(" ".join(a) for a in actor), *character] for w in fold(s).split()}
            words |= {"".join(a[k:]) for a in actor for k in range(len(a))}
            for word in words:
                index.setdefault(loose(word), []).append((titles[0], part))
    return {w: tuple(parts) for w, parts in index.items()}


@lru_cache(maxsize=20_000)
def named_parts(name: str) -> frozenset:
    """(film title, part, "actor" or "character") of the known films' parts whose actor or
    character the name spells."""
    found = set()
    words = fold(name).split()
    for word in dict.fromkeys([*words, "".join(words)]):
        for title, part in parts_by_word().get(loose(word), ()):
            if part_of([name], (part,)) is not None:
                found.add((title, part, "actor"))
            elif played_as([name], part[1]):
                found.add((title, part, "character"))
    return frozenset(found)


def film_votes(doc: Doc) -> tuple[Counter, Counter, dict[str, set[int]]]:
    """Per known film, the people the review names of its cast; the same with one more for each
    of its parts whose actor and character the review both names (Джим Керри … Чарли); and which
    of the review's people name it."""
    voters: dict[str, set[int]] = {}
    sides: dict[tuple[str, Part], set[str]] = {}
    for i, p in enumerate(doc.people or []):
        for title, part, side in sorted(set().union(*(named_parts(n) for n in [p.name, *p.aliases]))):
            voters.setdefault(title, set()).add(i)
            sides.setdefault((title, part), set()).add(side)
    people = Counter({title: len(who) for title, who in voters.items()})
    paired = people + Counter(title for (title, _), seen in sides.items() if len(seen) == 2)
    return people, paired, voters


def leader(votes: Counter, voters: dict[str, set[int]], chosen: frozenset = frozenset()) -> Optional[str]:
    """The film with the most votes, three or more and two more than any other film that someone
    names whom the leader's people do not (a film named only by some of them is no rival: Ольга
    Будина and Евгений Миронов play in «Идиот» too, Иван Бунин only in «Дневник его жены»); the
    film the review names (`chosen`) is always one: «Терминатор 3» is not «Терминатор 2» because
    the review also names the people of the earlier part."""
    if not votes:
        return None
    best, count = votes.most_common(1)[0]
    rivals = [n for title, n in votes.items() if title != best and (title in chosen or not voters[title] < voters[best])]
    return best if count >= NAMED and count >= max(rivals, default=0) + MARGIN else None


def film_by_people(doc: Doc, chosen: frozenset = frozenset()) -> Optional[str]:
    """The known film whose cast the review names — three people or more, two more than of any
    other film's — or None (also where two films tie: the parts of a series share their cast).
    Where the people alone do not tell, an actor named with his part counts one more: two
    first names another film's characters share weigh less than Джим Керри and his Чарли
    (with the rivals of `leader`, on the seed-11 and seed-5 train samples, 3,000 reviews: 64
    films set, 61 of them the record's, one a sibling of its series and two another film)."""
    people, paired, voters = film_votes(doc)
    return leader(people, voters, chosen) or leader(paired, voters, chosen)


def eponymous_film(doc: Doc) -> Optional[str]:
    """The one known film whose title a person the review names twice or more spells and who is
    its hero («Форрест Гамп»): a review that names no film but writes of Форрест Гамп is about it.
    Once is not enough: Элвис, Джокер, Мистер Бин are likenings (3,000 train reviews: named twice
    or more, 8 films found right; once, 1 right and 7 wrong)."""
    found = {title for p in doc.people or [] if len(p.mentions) > 1 for n in [p.name, *p.aliases]
             for title, _, side in named_parts(n) if side == "character" and fold(n) == fold(title)}
    return next(iter(found)) if len(found) == 1 else None


def film_by_hero(doc: Doc) -> Optional[str]:
    """The one known film a character's full name the review writes belongs to, where that film's
    characters so named are written twice or more in all (Энди Дюфрейн, Джек Торренс, Тони
    Валлелонга): 3,000 train reviews naming no film, 16 films found, all right; written once,
    right about half the time (Фродо Бэггинс in a review of «Дюна», Уинстон Черчилль, Том Харди)."""
    written: Counter = Counter()
    for p in doc.people or []:
        if len(p.name.split()) > 1:
            titles = {title for title, _, side in named_parts(p.name) if side == "character"}
            if len(titles) == 1:
                written[next(iter(titles))] += len(p.mentions)
    return next(iter(written)) if len(written) == 1 and sum(written.values()) > 1 else None


def series_cast(doc: Doc) -> tuple[Part, ...]:
    """The parts of the known films whose people the review names (three or more) where they tie
    because they share their cast — parts of one series, «Пробуждение силы», «Последние джедаи»:
    the film stays unknown, but Кайло Рен is a character of it whichever it is."""
    people, _, _ = film_votes(doc)
    if not people or people.most_common(1)[0][1] < NAMED:
        return ()
    best, count = people.most_common(1)[0]
    parts_of = {titles[0]: parts for titles, parts in films()}
    tied = [t for t, n in people.items() if n > count - MARGIN]
    if not all(shared_cast(parts_of[t], parts_of[best]) for t in tied):
        return ()
    return tuple(dict.fromkeys(part for t in tied for part in parts_of[t]))
