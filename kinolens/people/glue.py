"""Where one run of capitalised words holds two mentions, and where to cut it.

The NER reads "Придирчивость Фрэнсиса Форда Копполы", "Нео Киану Ривза" or "Роберт Земекис
Мастер" as one name; `unglue` cuts such a run into the spans the mention finder reads one by one.
"""
from __future__ import annotations

import re

from ..text.spelling import fold
from . import names
from .cues import rules
from .heroes import HERO_NOUN_BEFORE
from .directors import listed_names
from .listed import listed_full_names, listed_surname
from .shapes import CONSONANT_END, common_word, first_name_like

GENITIVE_END = re.compile(r"[а-яё]{2}[ая]$")


def glued_at(words: list[str]) -> int:
    """Where a run of capitalised words holds two mentions: a word, then a full name opening
    with a first name ("Придирчивость Фрэнсиса Форда Копполы", "Бэтмена Тима Бертона", "За роль
    Форреста Гампа Том Хэнкс"). The word before is a common word (and no title like Мистер), or
    a genitive before a nominative first name, or the surname of a full name before it ("Том
    Хэнкс Дэвид Морс"), or a known first name ends it after a genitive. 0 where the run is one
    name ("Хэйли Джоэл Осмент", "Чоу Юн Фат", "Ф. Гэри Грей": the word before is no dictionary word)."""
    for i in range(1, len(words) - 1):
        before, first = words[i - 1], words[i]
        if not first_name_like(first) or first_name_like(before) or before.lower() in names.PARTICLES:
            continue  # "Рудольф Ван Ден Берг" is one name
        readings = names.parse(before)
        if common_word(before) and readings[0].normal_form not in rules()["honorifics"]:
            return i
        if GENITIVE_END.search(before) and CONSONANT_END.search(first):
            return i
        if i >= 2 and first_name_like(words[i - 2]):
            return i  # "Том Хэнкс Дэвид Морс": two full names, no comma between
    last = words[-1] if len(words) >= 3 else ""
    if known_first(last) and CONSONANT_END.search(last) \
            and any(GENITIVE_END.search(w) and not known_first(w) for w in words[:-1]) and not known_run(words):
        return len(words) - 1  # "за роль Дона Корлеоне Марлон получил": a known first name after a genitive
    return 0


def known_run(words: list[str]) -> bool:
    """The whole run, read in any case, is a well-known full name ("Майкла Кларка Дункан")."""
    known = listed_full_names()
    return names.is_known(names.choose(words, known=known)[0], known)


def known_first(word: str) -> bool:
    """The word is written as the first name of a well-known full name (Марлон, Киану)."""
    return fold(word) in names.first_names_of(listed_full_names())


def owner_at(words: list[str]) -> int:
    """Where a run ends in a well-known full name (an actor's or a director's, in any case) after
    a word that is no part of it: a character or a work of theirs ("Нео Киану Ривза", "Арагорн
    Вигго Мортенсена", "Кобб Леонардо ДиКаприо"); a first name before it only where it is written
    in the nominative and the known name in the genitive ("Артур Джозефа Гордона-Левитта").
    0 where the whole run is a known name ("Дженифер Джейсон Ли") or the word before is a title or
    a name particle ("Сэр Шон Коннери")."""
    if len(words) < 3 or known_run(words):
        return 0
    known = listed_full_names()
    for i in range(1, len(words) - 1):
        before, tail = words[i - 1], words[i:]
        if len(tail) > 3 or before.lower() in names.PARTICLES or before.lower() in rules()["honorifics"]:
            continue
        name, case, _ = names.choose(tail, known=known)
        if not names.is_known(name, known) or fold(tail[0]) in names.PARTICLES:
            continue
        if not first_name_like(before):
            return i
        if case == "gent" and fold(name) != fold(" ".join(tail)) and names.nominative_alone(before) == before:
            return i
    return 0


def declined_surname(word: str) -> bool:
    """The word is a well-known filmmaker's or writer's surname with a case ending (Кинга, Нолана),
    and no well-known first name (Рассела: Рассел Кроу)."""
    nominative = names.nominative_alone(word)
    return nominative != word and GENITIVE_END.search(word) is not None and not known_first(nominative) and (
        listed_surname(nominative) or fold(nominative) in listed_names("authors", True)[1])  # not Рассела Малкэй


def surname_then_name(words: list[str]) -> int:
    """1 where a well-known surname's genitive stands before a name in the nominative ("У Кинга
    Эджкомб не платил": the writer, then his hero; not Мартина Скорсезе, Кэмерона Кроу), else 0."""
    return int(len(words) == 2 and declined_surname(words[0]) and names.nominative_alone(words[1]) == words[1]
               and not first_name_like(words[0]) and not known_run(words))


def common_after_genitive(words: list[str]) -> int:
    """Where a full name in the genitive ends before a common word in the nominative, the
    name of what is theirs ("фильм Оливера Хиршбигела Эксперимент"): the last word's place, or 0."""
    if len(words) < 3 or not common_word(words[-1]) or not first_name_like(words[0]):
        return 0
    head = words[:-1]
    if all(GENITIVE_END.search(w) for w in head) and any(p.tag.case == "nomn" for p in names.parse(words[-1])):
        return len(words) - 1
    return 0


def unglue(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A run the NER read as one name cut where a full name starts (`glued_at`), where a
    well-known full name closes it after a word of another mention (`owner_at`), or where a
    well-known full name ends before a common word ("Роберт Земекис Мастер") or, after a hero
    noun, before a character ("герой Леонардо ДиКаприо Кобб"; not "Робин Райт Пенн"), where a
    genitive full name ends before a common word (`common_after_genitive`) and where a well-known
    surname's genitive stands before a name (`surname_then_name`)."""
    words = list(re.finditer(r"\S+", text[start:stop]))
    hero = HERO_NOUN_BEFORE.search(text[max(0, start - 14):start]) is not None
    written = [w.group(0) for w in words]
    at = next((k for k in (2, 3) if len(words) > k
               and fold(" ".join(written[:k])) in listed_full_names()
               and (hero or common_word(written[k]))), 0) or glued_at(written) or owner_at(written) \
        or common_after_genitive(written) or surname_then_name(written)
    if not at:
        return [(start, stop)]
    return [(start, start + words[at - 1].end())] + unglue(text, start + words[at].start(), stop)
