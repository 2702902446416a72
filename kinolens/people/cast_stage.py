"""The cast stage: the known parts of the reviewed film (`casts.py`), the film a review does
not name found by its people (`unnamed.py`), and the film's characters found in the text as
written, in any case ("Терминатора", "Гриму"), where the name finder missed them or read them
in another nominative."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from typing import Optional

from ..doc import Doc, NameMention, PersonEntry, spanned
from ..pipeline import Stage
from ..text.spelling import one_edit
from .casts import Part, cast_of, known_actor_names, known_character_names, part_of, played_as, plays_part
from .cues import rules
from .directors import listed_names
from .merge import diminutives, fold
from .names import morph, parse
from .shapes import first_name_like
from .unnamed import eponymous_film, film_by_hero, film_by_people, series_cast


# the endings a name takes in the other cases, by how its nominative ends
ENDINGS = {"а": "(?:а|ы|и|е|у|ой|ою)", "я": "(?:я|и|е|ю|ей|ею)", "й": "(?:й|я|ю|ем|е)", "ь": "(?:ь|я|ю|ем|е|и)"}
CONSONANT_ENDING = "(?:а|у|ом|е|ым|ем)?"


def declined(word: str) -> str:
    """A pattern for the word in any case: Максимус, Максимуса, Максимусом; Грима, Гриму."""
    last = word[-1].lower()
    if last in ENDINGS:
        return re.escape(word[:-1]) + ENDINGS[last]
    if re.match(r"[бвгджзклмнпрстфхцчшщ]", last):
        return re.escape(word) + CONSONANT_ENDING
    return re.escape(word)  # Фродо, Т-1000: not declined


@lru_cache(maxsize=4096)
def spelling_pattern(spelling: str) -> Optional[re.Pattern]:
    """Where a character's spelling may stand in a review; None for one too short to tell
    from a word (Ру, По) or written in lower case (агент Смит: its name is spelled apart)."""
    if len(spelling) < 4 or not spelling[:1].isupper():
        return None
    words = r"\s+".join(declined(w) for w in spelling.split())
    return re.compile(rf"(?:(?<![\w-])|(?<=[а-яё]-)){words}(?![\w-])")  # "робота-Бишопа" too


def common_word(word: str) -> bool:
    """A word the dictionary knows as something other than a name (Смерть, Водитель), so its
    capital at a sentence's start says nothing."""
    return morph().word_is_known(word.lower()) and any(
        p.score >= 0.3 and not {"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in parse(word.lower()))


def character_mentions(doc: Doc, parts: tuple[Part, ...]) -> list[tuple[tuple[str, ...], NameMention]]:
    """(the character's spellings, a mention) for each place the review names a known character
    that no person's mention or title covers."""
    taken = spanned([(m.start, m.stop) for p in doc.people for m in p.mentions]
                    + [(t.start, t.stop) for t in doc.titles or []])
    found = []
    for _, spellings in parts:
        for spelling in sorted(spellings, key=len, reverse=True):
            pattern = spelling_pattern(spelling)
            for m in pattern.finditer(doc.text) if pattern else ():
                sentence = doc.sentence_at(m.start())
                opens = sentence is None or not doc.text[sentence.start:m.start()].strip(" «\"'(—-")
                if taken & set(range(m.start(), m.end())) or opens and common_word(m.group().split()[0]):
                    continue
                taken |= set(range(m.start(), m.end()))
                found.append((spellings, NameMention(m.start(), m.end(), m.group(), normal=spelling, rule="cast")))
    return found


def add_characters(doc: Doc, parts: tuple[Part, ...]) -> None:
    """Join the known characters' mentions to the person who already plays under that name,
    or make them a person (named by the fullest spelling the review uses)."""
    for spellings, group in groupby(sorted(character_mentions(doc, parts), key=lambda x: x[0]), key=lambda x: x[0]):
        mentions = [m for _, m in group]
        person = next((p for p in doc.people if played_as([p.name, *p.aliases], spellings)), None)
        if person is None:
            normals = sorted({m.normal for m in mentions}, key=lambda s: (-len(s.split()), -len(s), s))
            person = PersonEntry(normals[0], aliases=normals[1:])
            doc.people.append(person)
        person.mentions = sorted(person.mentions + mentions, key=lambda m: m.start)
        doc.note("cast", "a character of the known cast", f"{person.name}: {', '.join(m.text for m in mentions)}")


def misread(name: str, alias: str) -> bool:
    """One word read a case ending short of the alias (Юбаб, Юбаба; Данил, Данила)."""
    return " " not in name and " " not in alias and alias.startswith(name) and 0 < len(alias) - len(name) <= 2


def rename_characters(doc: Doc, parts: tuple[Part, ...]) -> None:
    """A person whose name spells no known part, though an alias does, or every mention is a
    case form of one character's spelling, is that character as the cast writes it: "Гриму",
    "Грима" read as Грим are Грима (Червеуст) of «Две крепости»."""
    for person in doc.people:
        names = [person.name, *person.aliases]
        if part_of(names, parts) is not None or plays_part([person.name], parts):
            continue
        words = person.name.split()
        tail = next((" ".join(words[k:]) for k in range(1, len(words)) if plays_part([" ".join(words[k:])], parts)), "")
        if tail and len(words[0]) >= 5 and common_word(words[0]) and not first_name_like(words[0]) \
                and words[0].lower() not in rules()["honorifics"]:
            # "Философ Морфеус", "Кадиллак Тони": a common word the NER glued to a known character
            doc.note("cast", "a common word glued to a known character", f"{person.name} → {tail}")
            person.name = tail
            continue
        alias = next((a for a in person.aliases if misread(person.name, a) and plays_part([a], parts)), None)
        if alias:  # "Юбабы", "Юбаба" read as Юбаб, with Юбаба beside it: the cast's spelling leads
            doc.note("cast", "a known character's spelling among the aliases", f"{person.name} → {alias}")
            person.name, person.aliases = alias, [a for a in person.aliases if a != alias]
            continue
        for spelling in (s for part in parts for s in part[1]):
            pattern = spelling_pattern(spelling)
            if pattern and all(pattern.fullmatch(m.text) for m in person.mentions):
                doc.note("cast", "a known character's case forms", f"{person.name} → {spelling}")
                person.name, person.aliases = spelling, []
                break


JOB_BEFORE = re.compile(r"\b(?:режисс[её]р|сценарист|продюсер|оператор|композитор|писател)[а-яё]*\s+$", re.I)


def merge_characters(doc: Doc, parts: tuple[Part, ...]) -> None:
    """People the name finder kept apart who spell one known character, and no other part and no
    actor ("Форрест", "Форест", "Гамп"; "Ред", "Реддинг"), are one person: the longest name
    leads, the others become its aliases."""
    by_part: dict[int, list[PersonEntry]] = {}
    for p in doc.people:
        if any(JOB_BEFORE.search(doc.text, max(0, m.start - 30), m.start) for m in p.mentions):
            continue  # "сценаристы Валлелонга": the writer, not the character Тони Валлелонга
        played = [i for i, part in enumerate(parts) if plays_part([p.name], (part,))]
        if len(played) == 1 and part_of([p.name, *p.aliases], parts) is None:
            by_part.setdefault(played[0], []).append(p)
    for same in by_part.values():
        if len(same) < 2:
            continue
        keep = max(same, key=lambda p: (len(p.name.split()), len(p.mentions), -p.mentions[0].start))
        for p in same:
            if p is not keep:
                keep.aliases += [n for n in [p.name, *p.aliases] if n not in keep.forms]
                keep.mentions = sorted(keep.mentions + p.mentions, key=lambda m: m.start)
                doc.people.remove(p)
                doc.note("cast", "one known character written two ways", f"{p.name} → {keep.name}")


@lru_cache(maxsize=1)
def known_full_names() -> frozenset:
    """The full names of the well-known actors, directors and writers and of the known casts, folded."""
    listed = (listed_names(key, False)[0] for key in ("actors", "directors", "authors"))
    return frozenset().union(*listed, known_actor_names().keys())


def join_first_names(doc: Doc, cast: tuple = ()) -> None:
    """A first name written alone and a surname written alone that make one well-known full
    name are one person ("Тим сдулся" … "Бёртон снова снимает", "Хелена" … "Бонем Картер"): the
    first name becomes the surname's alias where it makes a known name with no one else, and
    is not the name of a part that actor plays ("Дэнни" beside "Ллойд": Дэнни Ллойд plays Дэнни)
    or of a character of the film's known `cast` ("андроид Дэвид" in «Завет» is no Дэвид
    Финчер); nor is a surname that names a known character ("Купер" in «Интерстеллар» is no
    Крис Купер). Run by the cast stage, which knows the film."""
    known, parts, characters = known_full_names(), known_actor_names(), known_character_names()
    for first in [p for p in doc.people if len(p.name.split()) == 1 and not p.aliases]:
        word = fold(first.name)
        if plays_part([first.name], cast):
            continue
        words = {word, diminutives().get(word, word)}  # "Лео" … "Ди Каприо": Леонардо Ди Каприо
        homes = [p for p in doc.people if p is not first and fold(p.name) not in characters and any(
            f"{w} {fold(p.name)}" in known and word not in parts.get(f"{w} {fold(p.name)}", ()) for w in words)]
        if len(homes) != 1:
            continue
        home = homes[0]
        home.aliases = [*home.aliases, first.name]
        home.mentions = sorted(home.mentions + first.mentions, key=lambda m: m.start)
        doc.people.remove(first)
        doc.note("names", "a first name alone that makes a known name with a surname alone",
                 f"{first.name} → {home.name}")


def actors_by_first_name(doc: Doc, cast: tuple = ()) -> None:
    """A first name written alone, no character's, that is the first name of one actor of the
    film's known cast is that actor ("Жюльетт и Джонни великолепные актёры" in «Шоколад»:
    Жюльет Бинош, Джонни Депп; "Шарлиз", which no dictionary knows), named as the cast writes
    him; a known first name may be one letter off (Жюльетт)."""
    for person in [p for p in doc.people if len(p.name.split()) == 1 and not p.aliases]:
        known_first = first_name_like(person.name)
        if plays_part([person.name], cast) or not known_first and common_word(person.name):
            continue  # a character's name, or a common word ("Рая")
        word = fold(person.name)
        words = {word, diminutives().get(word, word)}
        actors = {spelling for part in cast for spelling in part[0] if len(spelling) >= 2 and any(
            w == spelling[0] or known_first and len(w) >= 5 and one_edit(w, spelling[0]) for w in words)}
        if len({a[-1] for a in actors}) != 1:
            continue
        full = " ".join(w.capitalize() for w in max(actors, key=len))
        if any(fold(p.name) == fold(full) for p in doc.people):
            continue  # the actor is named in full too: `join_first_names` joins them
        doc.note("cast", "a first name alone of one actor of the known cast", f"{person.name} → {full}")
        person.aliases = [person.name]
        person.name = full


class KnownCast(Stage):
    """The known parts of the reviewed film (`data/casts.json`) — of the film the review names,
    or else of the known film whose people it names (`unnamed.py`) — and its characters the
    name finder missed added to the people ("влюбилась в Терминатора"): they need the film,
    which the works stage chooses after the people are merged."""

    name = "cast"
    requires = ("text", "sentences", "people", "works")
    assigns = ("cast", "cast_film")

    def process(self, doc: Doc) -> None:
        doc.cast_film = film_by_people(doc) if doc.film is None else None
        if doc.cast_film:
            doc.note("cast", "the film the review does not name, by the people it names", doc.cast_film)
        elif doc.film is None:
            doc.cast_film = film_by_hero(doc) or eponymous_film(doc)
            if doc.cast_film:
                doc.note("cast", "the film the review names by its hero", doc.cast_film)
        doc.cast = cast_of(doc) or (series_cast(doc) if doc.film is None and not doc.cast_film else ())
        rename_characters(doc, doc.cast)
        add_characters(doc, doc.cast)
        merge_characters(doc, doc.cast)
        join_first_names(doc, doc.cast)
        actors_by_first_name(doc, doc.cast)
