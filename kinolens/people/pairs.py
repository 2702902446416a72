"""Actor–character pairs beyond the cue verbs of `roles.py`, and the check every pair passes.

- "Киану Ривз — Нео", "Хьюго Уивинг - агент Смит": a name opening its sentence or line, a
  dash, at most two lower-case words that are no verb, and a name closing the clause; the
  side more like an actor plays the other (`dash_pairs`).
- "… заслуживал Аль Пачино. Так как он сыграл Майкла Корлеоне": a pronoun before the cue
  stands for the last actor-like person named before it (`antecedent`).
- "Рассел Кроу просто замечателен. Не вижу никого другого в роли Максимуса": a sentence naming
  only its character takes the one actor the sentence before names (`previous_actor`).
- A well-known actor (`actors` in `data/filmmakers.json`) is nobody's character: a pair that
  says so is turned round, or, where both are known actors, loses its character (`settle`).
"""
from __future__ import annotations

import re
from typing import Optional

from ..doc import Doc
from .actors import is_known_actor
from .casts import film_cast, is_cast_actor, plays_another, plays_part
from .cues import Finder, Placed, rules
from .names import parse
from .sides import actor_likeness, gender_of

DASH_BETWEEN = re.compile(r"^\s*[—–-]\s+((?:[а-яё]+\s+){0,2})$")
OPENS = re.compile(r"(?:^|[\n.!?:;]|^\s*(?:\d+[.)]|[-—–•*]))\s*$")
LIST_GAP = re.compile(r"^\s*[,;]\s*$")
CLOSES = re.compile(r"^\s*(?:[.,;!?)\n(]|[—–-](?:\s|$)|$)")  # "Ник Стал - взрослый Джон Коннор - просто чудовищен"
ACTOR_CONTEXT = re.compile(r"актёр|актер|актрис|рол[ьи]|каст|состав|сыгра|игра", re.I)
PRONOUN_BEFORE = re.compile(r"\b(он|она)\s+(?:[а-яё]+\s+){0,2}$", re.I)
NOT_ROLE_WORDS = {"VERB", "INFN", "PRTF", "PRTS", "GRND", "CONJ", "PRCL", "NPRO"}


def relation_between(text: str) -> bool:
    """A relation word right before a name, or before an adjective before it ("вжилась в роль
    матери маленького Тревора"): the name is someone the character is related to, not the
    character ("роль его друга - Рэда" names him; "начальника тюрьмы Нортона" is a title)."""
    last = re.search(r"([а-яё]+\s+){1,2}$", text.lower())  # "матери маленького Тревора"
    if last is None:
        return False
    words = [parse(w)[0] for w in last.group(0).split()]
    if len(words) == 2 and words[1].tag.POS not in ("ADJF", "PRTF"):
        words = words[1:]  # "начальника тюрьмы Нортона": a title, Нортон is the character
    return any(p.normal_form in rules()["relation_nouns"] for p in words)


def plain_words(words: str) -> bool:
    """Lower-case words between a dash and a name that may describe a character ("агент",
    "добрый", "вылитый"): none is a verb, participle, conjunction, particle or pronoun, nor a
    kinship or other relation (сын, антипод), which links two characters."""
    for word in words.split():
        if word in ("он", "она", "же"):
            continue  # "Кристиан Бэйл - он же Брюс Уэйн"
        first = parse(word)[:1]
        if any(str(r.tag.POS) in NOT_ROLE_WORDS or r.normal_form in rules()["relation_nouns"] for r in first):
            return False  # "Сантино Корлеоне - старший сын Вито": two characters
    return True


def dash_pairs(doc: Doc, finder: Finder) -> list[tuple[int, Optional[int], str]]:
    """"Актёр — персонаж" lines; the review must speak of acting near them (an actor cue within
    300 characters before, or the actor well known)."""
    found = []
    placed = finder.placed
    last_stop = -1  # where the last pair accepted ends: "Ривз — Нео, Фишберн — Морфеус" goes on
    for a, b in zip(placed, placed[1:]):
        between = DASH_BETWEEN.match(doc.text[a.stop:b.start])
        if a.person == b.person or between is None or not plain_words(between.group(1)):
            continue
        start, _ = finder.sentence(a.start)
        line_start = doc.text.rfind("\n", 0, a.start) + 1
        listed = last_stop >= 0 and LIST_GAP.match(doc.text[last_stop:a.start]) is not None
        if not listed and not OPENS.search(doc.text[max(start, line_start, a.start - 6):a.start]) \
                and a.start not in (start, line_start):
            continue
        if not CLOSES.match(doc.text[b.stop:b.stop + 2]):
            continue
        outer, inner = (a, b) if actor_likeness(doc, a) >= actor_likeness(doc, b, cue_counts=False) else (b, a)
        known = is_known_actor(doc.people[outer.person].name)
        if not known and not ACTOR_CONTEXT.search(doc.text[max(0, a.start - 300):a.start]):
            continue
        if len(doc.people[outer.person].name.split()) < 2 and not known:
            continue
        found.append((outer.person, inner.person, "dash: actor — character"))
        last_stop = b.stop
    return found


def antecedent(doc: Doc, finder: Finder, cue_start: int, role: Placed) -> Optional[Placed]:
    """The person "он" / "она" right before a cue stands for: the last one named before the
    pronoun (within 300 characters) who has a full name or is a known actor, of the
    pronoun's gender where that is known."""
    pronoun = PRONOUN_BEFORE.search(doc.text[max(0, cue_start - 40):cue_start])
    if pronoun is None:
        return None
    at = cue_start - 40 + pronoun.start() if cue_start >= 40 else pronoun.start()
    wanted = "femn" if pronoun.group(1).lower() == "она" else "masc"
    for p in reversed(finder.within(max(0, at - 300), at)):
        person = doc.people[p.person]
        if p.person == role.person:
            continue
        if len(person.name.split()) < 2 and not is_known_actor(person.name):
            continue
        gender = gender_of(person.name)
        if gender and gender != wanted:
            continue
        return p
    return None


def previous_actor(doc: Doc, finder: Finder, cue_start: int, role: Placed) -> Optional[Placed]:
    """The actor of a sentence that names nobody but its character ("Рассел Кроу просто
    замечателен. Не вижу никого другого в роли Максимуса"; "Майкл Кейн. В роли Альфреда
    хорош"): the one person the sentence before names, where that is a known actor or has an
    actor's signs."""
    start, stop = finder.sentence(cue_start)
    if any(p.person != role.person for p in finder.within(start, stop)) or start == 0:
        return None
    before, _ = finder.sentence(start - 1)
    named = finder.within(before, start)
    if len({p.person for p in named}) != 1 or named[0].person == role.person:
        return None
    actor = named[0]
    name = doc.people[actor.person].name
    return actor if is_known_actor(name) or actor_likeness(doc, actor) >= 2 else None


def plays_parts(doc: Doc, i: int) -> bool:
    """A listed actor, or an actor of the film's known cast."""
    return is_known_actor(doc.people[i].name) or is_cast_actor(doc, doc.people[i])


def settle(doc: Doc, actor: Optional[int], role: Optional[int]) -> tuple[Optional[int], Optional[int], str]:
    """A known actor is nobody's character: (actor, role, note) with the pair turned round or
    the character dropped where the pattern had it the other way; and a character the film's
    known cast gives another actor is not this one's ("тёти Лео (её играет Фэй Данауэй)")."""
    actor, role, note = turned(doc, actor, role)
    if actor is not None and role is not None and plays_another(doc, doc.people[actor], doc.people[role]):
        return actor, None, note + " (the known cast gives the part to another actor)"
    if actor is not None and role is not None and not plays_parts(doc, actor) \
            and plays_part([doc.people[actor].name], film_cast(doc)):  # the name itself, no first-name alias
        return None, None, note + " (a character of the known cast plays no one: Вито Корлеоне (Андолини))"
    return actor, role, note


def turned(doc: Doc, actor: Optional[int], role: Optional[int]) -> tuple[Optional[int], Optional[int], str]:
    if role is None or not plays_parts(doc, role):
        return actor, role, ""
    if actor is None:
        return role, None, " (a known actor plays)"
    if plays_parts(doc, actor):
        return actor, None, " (both known actors: no character)"
    return role, actor, " (turned: a known actor plays)"

