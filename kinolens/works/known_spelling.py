"""Known films' titles as the review spells them: a declined quoted title takes the known film's
words as its nominative (`known_spellings`), a case form of one word its known title
(`one_word_title`), and a slip tells which known film it means (`spelled_as_known`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..doc import Doc, TitleMention
from ..people.names import CONSONANT_END, morph, parse
from ..text.spelling import fold, one_edit
from .known import all_titles, is_known_title
from .unquoted import TOKEN, token_key


@lru_cache(maxsize=1)
def spellings_by_stems() -> dict[tuple[str, ...], str]:
    """The known titles by their words' stems (`unquoted.token_key`); stems two titles share
    (Чужой, Чужие) name neither."""
    found: dict[tuple[str, ...], set[str]] = {}
    for title in all_titles():
        found.setdefault(tuple(token_key(m.group()) for m in TOKEN.finditer(title)), set()).add(title)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


@lru_cache(maxsize=1)
def one_word_folded() -> dict[str, str]:
    """The known titles of one word by their folded spelling."""
    return {fold(t): t for t in all_titles() if len(TOKEN.findall(t)) == 1}


def nominative_reading(reading) -> str:
    """A reading's nominative in its own number («Мстителей» → мстители, not Мститель; «Зеркалах»
    → зеркала, not Зеркало), or its lemma where it has none."""
    same_number = reading.inflect({"nomn"})
    return same_number.word if same_number else reading.normal_form


def one_word_title(word: str) -> str | None:
    """The known title of one word this word is a case form of, by its stem and its readings'
    nominatives (создателям «Триггера» → Триггер; «Изгоя» → Изгой, not Изгои, a stem alike)."""
    if fold(word) in one_word_folded():
        return one_word_folded()[fold(word)]  # «Мстители», «Чужие» as written, no plural of another
    readings = [t for p in parse(word.lower()) if (t := one_word_folded().get(fold(nominative_reading(p))))]
    if readings:
        return readings[0]
    spelled = spellings_by_stems().get((token_key(word),))
    if spelled is None:
        return None
    known, written = fold(spelled), fold(word)
    return spelled if written.startswith(known) and written[len(known):] in ENDINGS \
        or len(known) > 4 and written[:-1] == known[:-1] else None  # «Трою», «Интерстелларь»


MISSPELT_MIN = 8  # letters a one-word title needs before a letter added, dropped or changed is read as a slip


def misspelt_title(word: str) -> str | None:
    """The one known title of one word, of eight letters or more, that the word or its
    nominative misses by one letter («Джентельмены» for Джентльмены), or None; not a word the
    dictionary holds (Спаситель is no slip for «Спасатель»)."""
    if len(word) < MISSPELT_MIN - 1 or morph().word_is_known(word.lower()):
        return None
    forms = {fold(word)} | {fold(nominative_reading(p)) for p in parse(word.lower())}
    found = {t for form in forms if len(form) >= MISSPELT_MIN for k, t in one_word_by_initial().get(form[:1], ())
             if one_edit(form, k)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def one_word_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """The known titles of one word (folded, as spelled) by their first letter."""
    index: dict[str, list[tuple[str, str]]] = {}
    for k, t in one_word_folded().items():
        index.setdefault(k[:1], []).append((k, t))
    return {letter: tuple(found) for letter, found in index.items()}


@lru_cache(maxsize=4096)  # asked for the film's titles by every role rule
def spelled_as_known(title: str) -> str | None:
    """The known film a title no list knows as written means: its words' stems a known title's
    («Однажды в Америки»), or one word a letter off one («Джентельмены»)."""
    if is_known_title(title):
        return None
    words = [m.group() for m in TOKEN.finditer(title)]
    if len(words) == 1:
        return one_word_title(words[0]) or misspelt_title(words[0])
    return known_by_stems(title)


def known_by_stems(text: str) -> str | None:
    """The known film of two words or more whose words' stems the text's are, or None."""
    words = [m.group() for m in TOKEN.finditer(text)]
    return spellings_by_stems().get(tuple(token_key(w) for w in words)) if len(words) > 1 else None


def known_spellings(doc: Doc, titles: list[TitleMention]) -> list[TitleMention]:
    """A quoted title, written declined, whose words' stems are a known film's takes that film's
    words as its nominative (создателям «Триггера» → Триггер; «Торе: Рагнарёк» → Тор: Рагнарёк, not Тора:
    Рагнарёк; "Малхолланд драйва" → Малхолланд Драйв); one written in the nominative, or whose
    nominative differs from the known one only in ё, case or punctuation, keeps the review's
    spelling («Брат Якудзы» stays, whatever the list says; so does a slip, «Однажды в Америки»,
    «Джентельмены»: the GUIDE keeps a title as the review writes it, and the dev cards keep
    «Каматозники»), unless a word of it shows an oblique ending the known title's word has not
    ("Малхолланд драйве", read as written). `spelled_as_known` still tells which film a slip means."""
    found = []
    for t in titles:
        words = [m.group() for m in TOKEN.finditer(t.text)]
        spelled = known_by_stems(t.text) if len(words) > 1 else one_word_title(words[0]) if words else None
        if spelled and fold(spelled) != fold(t.normal) and (fold(t.text) != fold(t.normal) or oblique(words, spelled)
                                                            or plural_genitive(words, spelled)):
            doc.note("titles", "a known film's spelling", f"{t.normal} → {spelled}")
            t = replace(t, normal=spelled)
        found.append(t)
    return found


def plural_genitive(words: list[str], spelled: str) -> bool:
    """One word written with no ending where the known title has one: a plural's genitive
    («Сумерок» for Сумерки, which pymorphy3 reads as a noun "сумерок" as written)."""
    return len(words) == 1 and (words[0][-1:].lower() == "й" or CONSONANT_END.search(words[0].lower()) is not None) \
        and re.search("[аяиыеуюоэ]$", spelled.lower()) is not None


OBLIQUE = re.compile(r"(?:е|у|ю|ом|ем|ой|ей|ами|ями|ах|ях|ого|его|ому|ему|ым|им)$")


ENDINGS = frozenset("а я у ю е и ы ом ем ой ей ам ям ами ями ах ях ов".split())


def oblique(words: list[str], spelled: str) -> bool:
    """A word of the title as written is the known title's word at its place with a case ending
    added ("Властелина" for Властелин), or ends in an oblique ending that word does not end in,
    or, in a title of more words, is a case form, not the nominative, of that very word («Цели номер
    один», «Хижины в лесу»; not «Однажды в Америки», a slip: Америки is no form of Америке; one word
    alone may be a plural's nominative: «Зеркала» is not «Зеркало»)."""
    known = [m.group() for m in TOKEN.finditer(spelled)]
    return len(known) == len(words) and any(
        fold(w).startswith(fold(k)) and fold(w)[len(fold(k)):] in ENDINGS
        or OBLIQUE.search(w.lower()) and not OBLIQUE.search(k.lower()) or len(words) > 1 and declined_form(w, k)
        for w, k in zip(words, known))


def declined_form(word: str, known: str) -> bool:
    """`word` is an oblique case of `known`, read as a word of its own number."""
    return fold(word) != fold(known) and word.isalpha() and any(
        p.tag.case not in (None, "nomn") and fold(nominative_reading(p)) == fold(known) for p in parse(word.lower()))
