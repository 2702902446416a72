"""The kind of a person no pattern gave a role (`default_kind`): an actor where an actor's word
shares the sentence of a full name, a character after a part's word or as a first name alone,
else other. Mentions inside quoted speech (`quoted`) count for neither.
"""
from __future__ import annotations

import re

from ..doc import Doc, PersonEntry
from .actors import is_known_actor
from .cues import Finder, rules
from .directors import is_known_director, listed_person
from .heroes import HERO_NOUN_BEFORE
from .listed import listed_surname
from .shapes import known_first_name
from .sides import gender_of


# "Кортни Кокс, её героиня больше не стерва", "Пол Уокер и его герой": the name's own character
OWN_HERO_AFTER = re.compile(r"(?:\s*,\s*|\s+и\s+|\s+[—–-]\s+)(?:а\s+)?(?:его|её|ее)\s+(?:[а-яё]+\s+)?(?:геро|персонаж)", re.I)
QUOTE_OPEN = re.compile(r"[«“„]")
QUOTE_REACH = 300  # characters looked back for an opening quote


def quoted(doc: Doc, mention) -> bool:
    """The mention stands inside «…» on its line: words quoted from someone («адская смесь
    Бриджитт Бардо и Игги Попа»), not the review's own account of the cast."""
    line_start = max(doc.text.rfind("\n", max(0, mention.start - QUOTE_REACH), mention.start) + 1,
                     mention.start - QUOTE_REACH)
    before = doc.text[max(0, line_start):mention.start]
    opened = max((m.start() for m in QUOTE_OPEN.finditer(before)), default=-1)
    return opened >= 0 and not re.search(r"[»”]", before[opened:])


MADE_BY = re.compile(r"\b(?:созданн|сыгранн|воплощ[её]нн|исполненн)\w*\s+$", re.I)  # the agent follows


CLAUSE_MARK = re.compile(r"\s[—–-]\s|[;:()]")


def only_directs(person: PersonEntry) -> bool:
    """A well-known director who is no well-known actor: an actor's word near his name speaks of
    his cast ("Джек Николсон в первом фильме Тима Бертона")."""
    return listed_person(person, is_known_director) and not listed_person(person, is_known_actor)


def default_kind(doc: Doc, person: PersonEntry, finder: Finder) -> tuple[str, str]:
    """A person no pattern gave a role: an actor where an actor cue shares a sentence with the
    full name, a character after a character cue or as a bare first name, else other."""
    for m in person.mentions:
        if OWN_HERO_AFTER.match(doc.text, m.stop) and not quoted(doc, m):
            return "actor", "his / her hero right after the name (Кортни Кокс, её героиня …)"
        if HERO_NOUN_BEFORE.search(doc.text[max(0, m.start - 12):m.start]) and m.case == "gent" \
                and len(m.text.split()) >= 2 and (gender_of(person.name) or is_known_actor(person.name.split()[-1])):
            return "actor", "the hero of a full name (героя Джима Кэвизела)"
        start, _ = finder.sentence(m.start)
        cue = rules()["character_cues"].search(doc.text[max(start, m.start - 30):m.start])
        if cue and MADE_BY.search(cue.string[cue.end():]):
            return "actor", "a part made by the name (образы, созданные X)"
        if cue and len(person.name.split()) >= 2 and is_known_actor(person.name):
            return "actor", "a known actor after a part's word (в главной роли Леонардо ДиКаприо)"
        if cue:
            return "character", "character cue before"  # in the same sentence
    if len(person.name.split()) >= 2:
        director = only_directs(person)
        for m in (m for m in person.mentions if len(m.text.split()) >= 2 and not quoted(doc, m)):  # full name
            start, stop = finder.sentence(m.start)
            window = doc.text[min(start, max(0, m.start - 50)):max(stop, m.stop + 40)]
            if director:  # his own clause only: "роли … и даже Кевина Смита", "Джон Фавро и прочие актеры"
                window = CLAUSE_MARK.split(doc.text[start:m.start])[-1] + CLAUSE_MARK.split(doc.text[m.start:stop])[0]
            if rules()["actor_cues"].search(window):
                return "actor", "actor cue in the sentence of a full name"
    if len(person.name.split()) == 1 and known_first_name(person.name) and not listed_surname(person.name):
        return "character", "first name alone"  # not a listed filmmaker's surname ("вместе с Лукасом")
    return "other", "no cue"
