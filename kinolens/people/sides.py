"""Which side of a pair plays: case, gender and cue evidence for "X сыграл Y", "X (Y)"."""
from __future__ import annotations

import re

from ..doc import Doc
from .cues import Placed, rules
from .names import CONSONANT_END, parse
from .shapes import known_first_name


RELATIVE = re.compile(r"\bкотор(?:ого|ой|ую|ых)\b|\bчь(?:ю|я|ей|и)\b|\bчей\b", re.I)  # "…, чью роль исполнял"


def plainly_nominative(doc: Doc, placed: Placed) -> bool:
    """A masculine name written in the nominative where a declined form would show
    ("Джек Николсон", not "Эллен Рипли" or "Шурик" in a case that looks the same)."""
    m = placed.mention
    words = m.text.split()
    return (m.case == "nomn" and m.text == m.normal and CONSONANT_END.search(words[-1].lower()) is not None
            and gender_of(doc.people[placed.person].name) != "femn" and len(words) >= 2)


def declined_object(placed: Placed) -> bool:
    """A name visibly declined into the accusative or genitive: the one who is played."""
    m = placed.mention
    return m.case in ("accs", "gent") and m.text != m.normal


def can_be_role(doc: Doc, placed: Placed) -> bool:
    """The name after "сыграл / в образе" may be the character: not in the instrumental
    ("образ, сыгранный Марлоном Брандо") nor plainly nominative."""
    return placed.mention.case != "ablt" and not plainly_nominative(doc, placed)


def gender_of(name: str) -> str:
    """'masc' / 'femn' from a first name pymorphy3 knows, else '' (a vocative reading does not
    count: "Аль" of Аля is no reading of Аль Пачино's first name)."""
    for reading in parse(name.split()[0])[:3]:
        if "Name" in reading.tag and "voct" not in reading.tag and reading.tag.gender in ("masc", "femn"):
            return str(reading.tag.gender)
    return ""


def actor_likeness(doc: Doc, placed: Placed, cue_counts: bool = True) -> float:
    """How much a mention looks like an actor's; `cue_counts=False` for the inner name of a
    pair, since an actor cue before "X (Y)" speaks of X."""
    person = doc.people[placed.person]
    score = 1.0 if len(person.name.split()) >= 2 else 0.0
    window = doc.text[max(0, placed.start - 60):placed.start]
    if cue_counts and rules()["actor_cues"].search(window):
        score += 1.0
    if rules()["character_cues"].search(doc.text[max(0, placed.start - 25):placed.start]):
        score -= 1.0
    if len(person.name.split()) == 1 and known_first_name(person.name):
        score -= 0.5
    if person.name.split()[0].lower() in rules()["honorifics"]:
        score -= 1.5  # "Дон Вито Корлеоне", "Шериф Берингер": a title belongs to a character
    if any(m.start != placed.start and acts_there(doc, m) for m in person.mentions):
        score += 1.0  # "актёр X" or "X сыграл" elsewhere in the review
    return score


ACTOR_NOUN_BEFORE = re.compile(r"\b(?:актёр|актер|актрис)\w*\s+$", re.I)


def acts_there(doc: Doc, mention) -> bool:
    """The mention follows "актёр/актриса" or goes on with "сыграл/играет/исполнил…"."""
    if ACTOR_NOUN_BEFORE.search(doc.text[max(0, mention.start - 20):mention.start]):
        return True
    return rules()["plays_after"].match(doc.text, mention.stop + 1) is not None \
        and doc.text[mention.stop:mention.stop + 1].isspace()
