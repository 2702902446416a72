"""Well-known actors and composers named without any cue (`actors`, `composers` in
`data/filmmakers.json`).

Weaker than a cue: a listed actor becomes an `actor` of the reviewed film only
where no cue gave the person a role, and only through a mention that stands
outside a comparison (как у, в духе, фильмы X) and in a sentence that names no
other work ("как Том Круз в «Миссия невыполнима-2»" names an actor of another
film, who stays `other`).
"""
from __future__ import annotations

from ..doc import Doc, NameMention
from .directors import NOT_HERE, is_listed


def is_known_actor(name: str) -> bool:
    """On the list in full, or a surname the list writes alone (Хэнкс), not a common one."""
    return is_listed(name, "actors", False)


def is_known_composer(name: str) -> bool:
    """On the list in full, or a surname the list writes alone (Циммер, Морриконе)."""
    return is_listed(name, "composers", False)


def listed_composers(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for listed composers with no role yet, named outside a comparison: in a
    film review Ханс Циммер is there for the music ("гений звука Ханс Циммер")."""
    found = []
    for i, person in enumerate(doc.people):
        if kinds[i] or not any(is_known_composer(n) for n in [person.name, *person.aliases]):
            continue
        if any(not NOT_HERE.search(doc.text[max(0, m.start - 40):m.start]) for m in person.mentions):
            found.append((i, "composer: a known composer"))
    return found


def listed_actors(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for listed actors with no role yet, named here for this film."""
    others = [t for w in (doc.works or []) for t in w.mentions]
    found = []
    for i, person in enumerate(doc.people):
        if kinds[i] or not any(is_known_actor(n) for n in [person.name, *person.aliases]):
            continue
        if any(here(doc, m, others) for m in person.mentions):
            found.append((i, "actor: a known actor named for this film"))
    return found


def here(doc: Doc, mention: NameMention, other_titles: list) -> bool:
    """Not after a comparison word, and not in a sentence that names another work."""
    if NOT_HERE.search(doc.text[max(0, mention.start - 40):mention.start]):
        return False
    sent = doc.sentence_at(mention.start)
    start, stop = (sent.start, sent.stop) if sent else (0, len(doc.text))
    return not any(start <= t.start < stop for t in other_titles)
