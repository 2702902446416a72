"""A part named back: "Среди новых знакомых Анны выделяется Пётр Волков … Актёр Иван Петров
прекрасно справился с этой ролью". A sentence that names one person, an actor, and points back to a
part ("с этой ролью", "эту роль", "этого героя", "этот образ") gives that actor the character the
nearest of the two sentences before it names last, where that may be a character
(`may_be_character`) and is no crew member by a cue (`crew.py`) nor another actor's part by the
other rules.
"""
from __future__ import annotations

import re
from typing import Optional

from ..doc import Doc
from .actors import is_known_actor
from .crew import crew_roles
from .cues import Finder, Placed, rules
from .directors import is_listed
from .shapes import known_first_name
from .sides import actor_likeness, gender_of

BACK_ROLE = re.compile(r"(?<![а-яё])(?:(?:с|в)\s+(?:этой|данной)\s+рол(?:ью|и)|(?:эту|данную)\s+роль"
                       r"|(?:этого|данного)\s+(?:героя|персонажа)|(?:этот|данный)\s+образ)(?![а-яё])", re.I)
WHY = "a part named back (с этой ролью)"
BACK_SENTENCES = 2


def back_pairs(doc: Doc, finder: Finder, pairs: list[tuple[int | None, int | None, str]]
               ) -> list[tuple[int, Optional[int], str]]:
    """(actor, character, why) for each sentence naming one actor and a part named back; a part
    the other rules' `pairs` give an actor already is none of these."""
    found = []
    crew: set[int] | None = None
    paired = {role for _, role, _ in pairs if role is not None}
    for m in BACK_ROLE.finditer(doc.text):
        start, stop = finder.sentence(m.start())
        named = finder.within(start, stop)
        if len({p.person for p in named}) != 1 or not looks_like_actor(doc, named[0]):
            continue
        crew = {i for i, _, _ in crew_roles(doc, finder)} if crew is None else crew
        role = character_before(doc, finder, start, named[0])
        if role is not None and role.person not in crew | paired:
            found.append((named[0].person, role.person, WHY))
    return found


def looks_like_actor(doc: Doc, placed: Placed) -> bool:
    return is_known_actor(doc.people[placed.person].name) or actor_likeness(doc, placed) >= 2


def character_before(doc: Doc, finder: Finder, start: int, actor: Placed) -> Optional[Placed]:
    """The person last named in the nearest of the two sentences before `start` that names anyone
    but the actor, where that may be a character."""
    before = [a for a, b in finder.bounds if b <= start][-BACK_SENTENCES:]
    for at in reversed(before):
        named = [p for p in finder.within(at, start) if p.person != actor.person]
        if named:
            return named[-1] if may_be_character(doc, finder, named[-1], actor) else None
    return None


FILM_WITH = re.compile(r"(?:фильм|картин|лент|кино)\w*\s+с\s+$", re.I)  # "в фильме с Тихоновым": an actor
DIALOGUE_LINE = re.compile(r"(?:^|\n)\s*[-—–]\s[^\n]*$")  # "- Элеонор, не делай этого…": a line of speech
LISTED_WITH = re.compile(r"^\s*(?:,|и|или)\s*$")


def may_be_character(doc: Doc, finder: Finder, placed: Placed, actor: Placed) -> bool:
    """No actor, listed director, part of the actor's own name, name after an actor cue ("которого
    играет Мэл. … Гибсон справился с этой ролью"), actor named with a film ("с Тихоновым") or
    beside a known actor ("к Бэйлу или Гаррелю"), nor a name in a line of speech; of the actor's
    gender where known."""
    name, own = doc.people[placed.person].name, doc.people[actor.person].name
    if looks_like_actor(doc, placed) or is_listed(name, "directors", True) or set(name.split()) & set(own.split()) \
            or len(name.split()) == len(own.split()) == 1 and known_first_name(name):
        return False
    if FILM_WITH.search(doc.text[max(0, placed.start - 30):placed.start]) \
            or rules()["actor_cues"].search(doc.text[max(0, placed.start - 30):placed.start]) \
            or DIALOGUE_LINE.search(doc.text[max(0, placed.start - 200):placed.start]):
        return False
    if any(is_known_actor(doc.people[p.person].name) for p in finder.within(placed.start - 40, placed.stop + 40)
           if LISTED_WITH.match(doc.text[min(p.stop, placed.stop):max(p.start, placed.start)])):
        return False
    mine, theirs = gender_of(own), gender_of(name)
    return not (mine and theirs and mine != theirs)
