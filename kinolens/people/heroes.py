"""Actor–character pairs told through the hero or the role rather than a "сыграл" verb.

- "героя Омара Эппса/ Omar Epps — Denny", "героиня Кейт Хадсон, Пэни Лэйн, …", "персонаж
  Энди Серкиса Уилис Кло", "герой Делроя Линдо (детектив Роланд Кастлбэк)": a hero noun, the
  actor in the genitive, then the character in the nominative (`hero_pairs`);
- "Кобб, герой Леонардо ДиКаприо, …": the same the other way round;
- "… Мэттью Макконахи, ведь его персонаж Микки Пирсон …": a possessive pronoun stands for the
  last actor named before it;
- "Роль Дженни досталась Робин Райт", "Роль профессора Люпина получил Дэвид Тьюлис": a role
  given to an actor (`given_pairs`).
"""
from __future__ import annotations

import re
from typing import Optional

from ..doc import Doc
from .actors import is_known_actor
from .cues import HERO_BEFORE, SLASH_DASH, Finder, Placed, rules
from .names import parse
from .pairs import plain_words, relation_between
from .sides import actor_likeness, gender_of

HERO_NOUN = r"(?:геро(?:й|я|ю|ем|е)|героин(?:я|и|ю|ей|е)|персонаж(?:а|у|ем|е)?)"
HERO_NOUN_BEFORE = re.compile(r"\b" + HERO_NOUN + r"\s+$", re.I)
HERO_AFTER = re.compile(r"^\s*,\s*(?:[а-яё]+\s+)?" + HERO_NOUN + r"\s+$", re.I)  # "Кобб, герой "
DASH_AFTER = re.compile(SLASH_DASH + "$")
# between the actor and the character: a comma, a bracket or a dash and up to two plain words
APPOSED = re.compile(r"^\s*[,(—–-]\s*((?:[а-яё-]+\s+){0,2})$")
CLOSED = re.compile(r"^\s*(?:[,.;:!?)—–]|-\s|$)")
# "его персонаж Микки Пирсон", "Его герой, Чак Ноланд, …", a sentence opening "Его Максимус —", and
# a clause after a comma or dash ("Майкл Гэмбон – его Дамблдор вышел живым", "…, ее Белла превосходна")
POSSESSIVE_BEFORE = re.compile(r"\b(его|её|ее)\s+(?:[а-яё]+\s+)?(?:персонаж|герой|героиня)\s*(?:,\s*)?$"
                               r"|(?:[.!?…,—–]\s+|\s-\s+|\n\s*)(Его|Её|Ее)\s+$", re.I)
# "в роли правой руки Микки, его Рэймонд …": a name deep in a role's description is no owner
DESCRIBED_ROLE = re.compile(r"\b(?:рол[иь]|образе?)\s+(?:[а-яё-]+\s+){1,5}$", re.I)
ROLE_LEAD = re.compile(r"\b[Рр]ол[ьи]\s+((?:[а-яё]+\s+){0,3})$")
ROLE_AFTER = re.compile(r"\s+(?:[а-яё]+\s+)?роль\s+(?:[а-яё]+\s+){0,2}")  # "досталась (интересная) роль (его) "
GIVEN_GAP = re.compile(r"^\s*(?:[,—–-]\s*)?$")
TO_ACTOR = re.compile(r"^\s+(?:[А-Яа-яЁё]+,?\s+){0,4}$")  # "такому замечательному актеру как "


def hero_pairs(doc: Doc, finder: Finder) -> list[tuple[int, Optional[int], str]]:
    """(actor, character, rule) for a character named beside "герой / персонаж" + actor."""
    found = []
    placed = finder.placed
    for k, actor in enumerate(placed):
        before = doc.text[max(0, actor.start - 14):actor.start]
        if HERO_BEFORE.search(before):  # "героя Омара Эппса/ Omar Epps — Denny"
            nxt = next((p for p in placed[k + 1:] if p.person != actor.person), None)
            if nxt is not None and DASH_AFTER.match(doc.text[actor.stop:nxt.start]):
                found.append((actor.person, nxt.person, "hero of X — character"))
                continue
        if HERO_NOUN_BEFORE.search(before) and k + 1 < len(placed) and owner_like(doc, actor):
            role = placed[k + 1]
            if apposed(doc, actor.stop, role):
                found.append((actor.person, role.person, "hero of X, character"))
        if k > 0 and HERO_AFTER.match(doc.text[placed[k - 1].stop:actor.start]) and owner_like(doc, actor):
            role = placed[k - 1]
            if role.person != actor.person and character_like(doc, role):
                found.append((actor.person, role.person, "character, hero of X"))
    found += possessed(doc, finder)
    return list(dict.fromkeys(found))


def owner_like(doc: Doc, placed: Placed) -> bool:
    """The name after "герой" is the actor's: a full name visibly in the genitive ("герой
    Тома Хэнкса"), or a known actor in a form the genitive may take ("персонаж Серкиса",
    "героиня Кейт Хадсон"); not "герой Купер"."""
    m = placed.mention
    name = doc.people[placed.person].name
    declined = m.case in ("gent", "accs")  # a man's name reads the same in both ("Тома Хенкса")
    if is_known_actor(name):
        return declined or m.text == m.normal
    return declined and m.text != m.normal and len(name.split()) >= 2


def character_like(doc: Doc, placed: Placed) -> bool:
    """A name that may be a character: written in the nominative, no known actor."""
    m = placed.mention
    return m.text == m.normal and not is_known_actor(doc.people[placed.person].name)


def apposed(doc: Doc, stop: int, role: Placed) -> bool:
    """The character stands in apposition right after the actor's name ending at `stop`: a
    comma, bracket or dash and plain words, or nothing, and the clause closes after it."""
    between = doc.text[stop:role.start]
    gap = APPOSED.match(between)
    if gap is None and between.strip():
        return False
    if gap is not None and not plain_words(gap.group(1)):
        return False  # "героиня X, а также Y", "герой X, сын Y"
    return character_like(doc, role) and CLOSED.match(doc.text[role.stop:role.stop + 2]) is not None


def possessed(doc: Doc, finder: Finder) -> list[tuple[int, Optional[int], str]]:
    """"… Мэттью Макконахи, ведь его персонаж Микки Пирсон …": the pronoun's owner is the last
    actor-like person named before it (within 300 characters), of its gender where known."""
    found = []
    for role in finder.placed:
        window = ("\n" if role.start <= 40 else "") + doc.text[max(0, role.start - 40):role.start]
        pronoun = POSSESSIVE_BEFORE.search(window)
        if pronoun is None or not character_like(doc, role):
            continue
        at = role.start - len(pronoun.group(0))
        wanted = "masc" if (pronoun.group(1) or pronoun.group(2)).lower() == "его" else "femn"
        # mid-sentence ("…, его Робби") the owner is named in the same sentence
        since = finder.sentence(at)[0] if pronoun.group(0).lstrip()[:1] in ",—–-" else max(0, at - 300)
        for p in reversed(finder.within(max(since, at - 300), at)):
            if p.person == role.person or described_role(doc.text[max(0, p.start - 60):p.start]):
                continue
            name = doc.people[p.person].name
            if gender_of(name) not in ("", wanted):
                continue
            if is_known_actor(name) or actor_likeness(doc, p) >= 2:
                found.append((p.person, role.person, "his / her hero Y"))
            break
    return found


def given_after(doc: Doc, finder: Finder, m: re.Match) -> list[tuple[int, Optional[int], str]]:
    """"Аарону Экхарту досталась роль Белого Рыцаря": the actor (dative) right before the verb,
    the character right after "роль" and its describing words."""
    actor = finder.before(m.start(), 3)
    lead = ROLE_AFTER.match(doc.text, m.end())
    if actor is None or lead is None or doc.text[actor.stop:m.start()].strip() or actor.mention.case != "datv":
        return []
    role = finder.after(lead.end(), 2)
    if role is None or role.person == actor.person or relation_between(lead.group(0)):
        return []  # "Морицу досталась роль главного из «заключённых»", "роль его сына Майкла"
    return [(actor.person, role.person, f"role given: {m.group(0)!r}")]


def described_role(before: str) -> bool:
    """The text before a name ends in a role's description ("в роли правой руки "), no verb in it
    ("роль исполнил " hands the role to the name)."""
    m = DESCRIBED_ROLE.search(before)
    return m is not None and not any(str(parse(w)[0].tag.POS) in ("VERB", "INFN", "PRTS", "GRND")
                                     for w in m.group(0).split()[1:])


def given_pairs(doc: Doc, finder: Finder) -> list[tuple[int, Optional[int], str]]:
    """"Роль Дженни досталась Робин Райт": (actor, character, rule) for a role given to an actor."""
    found = []
    for m in rules()["given_verbs"].finditer(doc.text):
        role = finder.before(m.start(), 40)
        if role is None or not GIVEN_GAP.match(doc.text[role.stop:m.start()]):
            found += given_after(doc, finder, m)
            continue
        lead = ROLE_LEAD.search(doc.text[max(0, role.start - 40):role.start])
        if lead is None:
            found += given_after(doc, finder, m)  # "Аарону Экхарту досталась роль …": the other way round
            continue
        if relation_between(lead.group(0)):
            continue  # "роль его сына Майкла": whose son is unclear
        actor = finder.after(m.end(), 50)
        if actor is None or actor.person == role.person or not TO_ACTOR.match(doc.text[m.end():actor.start]):
            continue
        found.append((actor.person, role.person, f"role given: {m.group(0)!r}"))
    return found


def title_role(doc: Doc, kinds: list[list[str]], characters: list[list[str]], paired: set[int]) -> None:
    """A film named after a person of the review ("Эрин Брокович"): that person is the title
    character (even if a cue nearby made them an actor), played by the one actor the text
    gave no character, or the one such actor of the hero's gender (where genders agree)."""
    if doc.film is None:
        return
    key = doc.film.title.lower().replace("ё", "е")
    hero = next((i for i, p in enumerate(doc.people) if len(p.name.split()) >= 2 and i not in paired
                 and p.name.lower().replace("ё", "е") == key), None)
    if hero is None:
        return
    kinds[hero] = [k for k in kinds[hero] if k not in ("other", "actor")] or ["character"]
    if "character" not in kinds[hero]:
        kinds[hero].append("character")
    free = [i for i, k in enumerate(kinds) if "actor" in k and not characters[i] and i != hero]
    gender = gender_of(doc.people[hero].name)
    if len(free) > 1 and gender:  # the one of the hero's gender ("Эрин Брокович": Джулия Робертс)
        free = [i for i in free if gender_of(doc.people[i].name) == gender]
    if len(free) == 1 and gender_of(doc.people[free[0]].name) in ("", gender):
        characters[free[0]].append(doc.people[hero].name)
        doc.note("roles", "the title character, the one actor (of that gender) without a role",
                 f"{doc.people[free[0]].name} → {doc.people[hero].name}")
