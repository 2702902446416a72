"""Two first names sharing one surname: "Энди и Ларри Вачовски", "Джонатан и Кристофер Ноланы".

The first name alone before "и" and a full name takes that surname, where the review names it
nowhere else (so "Энди и Джон Коффи", with Энди Дюфрейн elsewhere, stays as it is); a surname
in the plural ("Ноланы") is given in the singular to both.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Doc, NameMention
from .names import choose
from .shapes import known_first_name

JOINED = re.compile(r"^\s+и\s+$")
CONSONANT_STEM = r"(?P<stem>[А-ЯЁ][а-яё]{2,}[бвгдзклмнпрстфхцчшщ])"
PLURAL = re.compile(CONSONANT_STEM + r"ы$")  # "Ноланы", "Коэны"
# after a declined first name: "Джеймса Поттеров", "Оливеру Фелпсам", "Фелпсами", "Фелпсах"
PLURAL_OBLIQUE = re.compile(CONSONANT_STEM + r"(?P<ending>ов|ам|ами|ах|ых|ым|ыми)$")
ENDING_CASES = {"ов": {"gent", "accs"}, "ых": {"gent", "accs", "loct"}, "ам": {"datv"}, "ым": {"datv"},
                "ами": {"ablt"}, "ыми": {"ablt"}, "ах": {"loct"}}
ROLE_BEFORE = re.compile(r"\b(?:рол[ьи]|образе?|геро[йяюе]\w*|персонаж\w*)\s+(?:[а-яё]+\s+){0,2}$", re.I)


def share_surnames(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions with the first name of a "X и Y Surname" pair completed (a debug note each)."""
    out = list(mentions)
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for i, j in zip(order, order[1:]):
        first, full = out[i], out[j]
        words = full.normal.split()
        if len(words) < 2 or len(first.normal.split()) != 1 or not JOINED.match(doc.text[first.stop:full.start]):
            continue
        if not known_first_name(first.text) or not known_first_name(full.text.split()[0]):
            continue
        if named_elsewhere(first, out) or ROLE_BEFORE.search(doc.text[max(0, first.start - 40):first.start]):
            continue  # "в роли дворецкого Альфреда и Гэри Олдмана": a character, then an actor
        written = full.text.split()
        declined = written[0] != words[0]
        surname, cases = singular(written[-1] if declined else words[-1], declined)
        if surname != words[-1]:
            given = [nominative(w, cases) for w in written[:-1]] if cases else words[:-1]
            out[j] = replace(full, normal=" ".join(given + [surname]))
        given = nominative(first.text, cases) if cases else first.normal
        out[i] = replace(first, normal=f"{given} {surname}")
        doc.note("names", "one surname for two first names (X и Y Surname)", f"{first.text} → {out[i].normal}")
    return out


def nominative(word: str, cases: frozenset) -> str:
    """A first name read in the cases a plural surname shows ("Оливеру … Фелпсам": Оливер)."""
    return choose([word], hint=cases)[0]


def named_elsewhere(first: NameMention, mentions: list[NameMention]) -> bool:
    """The first name stands in another mention too ("Энди" alone, or "Энди Дюфрейн")."""
    return any(m is not first and first.normal == m.normal.split()[0] for m in mentions)


def singular(surname: str, declined: bool) -> tuple[str, frozenset]:
    """The surname in the singular nominative, with the cases its plural ending shows (for the
    first names): "Ноланы" → Нолан; after a declined first name "Фелпсам" → Фелпс (dative); a
    singular surname is kept ("Вачовски", "Фаррелли")."""
    m = (PLURAL_OBLIQUE if declined else PLURAL).match(surname)
    if m is None:
        return surname, frozenset()
    return m.group("stem"), frozenset(ENDING_CASES.get(m.groupdict().get("ending") or "", ()))


CREW = ("director", "writer", "producer", "composer")


def shared_jobs(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, job): of two people joined by "и" under one surname ("Энди и Ларри Вачовски"),
    one with a crew job and the other with no kind yet, the other shares the job."""
    placed = sorted((m.start, m.stop, i) for i, p in enumerate(doc.people) for m in p.mentions)
    found = []
    for (_, stop, i), (start, _, j) in zip(placed, placed[1:]):
        if i == j or not JOINED.match(doc.text[stop:start]):
            continue
        a, b = doc.people[i].name.split(), doc.people[j].name.split()
        if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
            continue
        for x, y in ((i, j), (j, i)):
            if not kinds[y]:
                found += [(y, job) for job in kinds[x] if job in CREW]
    return found
