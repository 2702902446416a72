"""Person names in the nominative, however the review declines them.

Each word of a name gets candidate readings (nominative form, the cases it
could be in, the gender): from pymorphy3's dictionary where it knows the word
as a name, and from suffix rules for the foreign names it does not know
("Дакоты" → Дакота, gent; "Кэвизела" → Кэвизел, gent masc). The words of one
name must agree in case and gender; the agreeing reading with the best score
wins, helped by forms the same review also writes in full.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from types import MappingProxyType
from typing import Mapping

from ..text.spelling import fold, loose_name  # case, ё, punctuation and hyphens folded, as the name lists are

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
ALL = frozenset(CASES)
OBLIQUE = frozenset({"datv", "ablt", "loct"})  # where a man's surname in -а written as is shows
CASE_PRIOR = {"nomn": 0.12, "gent": 0.08, "accs": 0.04, "datv": 0.02, "ablt": 0.02, "loct": 0.0}
PARTICLES = {"ди", "де", "да", "дель", "дэ", "ван", "фон", "дер", "ла", "ле", "дю", "мак", "о", "эль", "аль", "бен"}
VOWELS = set("аеёиоуыэюя")
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
LATIN = re.compile(r"^[A-Za-z][A-Za-z'’.-]*$")
INITIAL = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]{0,2}\.$")


@dataclass(frozen=True)
class Candidate:
    """One reading of a name word."""

    form: str
    cases: frozenset
    gender: str  # 'm', 'f' or '' for either
    score: float
    rule: str


@lru_cache(maxsize=1)
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20_000)  # about 17 MB when full
def parse(word: str) -> tuple:
    """pymorphy3's readings of a word, cached: names, cues and titles ask about the same
    words again and again."""
    return tuple(morph().parse(word))


def finite_verb(word: str) -> bool:
    """pymorphy3 reads the word first as a finite verb ("перепутал", "полюбила", "судят")."""
    tag = parse(word.lower())[0].tag
    return tag.POS == "VERB" and "indc" in tag


def recase(template: str, form: str) -> str:
    """Give `form` the capitalisation of `template` (UPPER, Title or lower), each part of a
    hyphenated word its own (Жан-Клода → Жан-Клод, Рок-звезду → Рок-звезда)."""
    if template.isupper() and len(template) > 1:
        return form.upper()
    parts, form_parts = template.split("-"), form.split("-")
    if len(parts) > 1 and len(parts) == len(form_parts) and all(parts):
        return "-".join(recase(t, f) for t, f in zip(parts, form_parts))
    return form[:1].upper() + form[1:] if template[:1].isupper() else form


def dictionary_readings(word: str) -> list[Candidate]:
    """Readings of a word pymorphy3 knows as a first name, surname or patronymic."""
    analyzer = morph()
    if not analyzer.word_is_known(word.lower()):
        return []
    parses = [p for p in analyzer.parse(word)
              if p.tag.POS == "NOUN" and {"Name", "Surn", "Patr"} & p.tag.grammemes
              and p.tag.number != "plur"]
    mass = sum(p.score for p in parses) or 1.0
    # "Нику": pymorphy3 knows an indeclinable Нику and Ник in the dative; -у/-ю is the dative, and
    # so is -е where a declined name reads it ("Анне Михалковой": Анна, not an indeclinable Анне)
    declined = word[-1:].lower() in "юуе" and any("Fixd" not in p.tag.grammemes for p in parses)
    found = []
    for parse in parses:
        tag = parse.tag
        nominative = parse.inflect({"nomn", "sing"}) or parse
        gender = {"masc": "m", "femn": "f"}.get(tag.gender, "")
        fixed = "Fixd" in tag.grammemes
        cases = ALL if fixed else frozenset([tag.case]) & ALL
        if cases:
            found.append(Candidate(recase(word, nominative.word), cases, gender,
                                   0.5 + parse.score / mass - (0.1 if fixed and declined else 0.0), "dict"))
        if gender == "m" and tag.case == "nomn" and CONSONANT_END.search(word.lower()):
            # a woman's surname ending in a consonant is not declined: "Норы Джонс"
            found.append(Candidate(word, ALL, "f", 0.5 + parse.score / mass, "dict:f"))
    return found


# (ending, replacement, cases, gender, score); applied to the word's end
SUFFIX_RULES = [
    # adjectival surnames (Маковецкого → Маковецкий, Боярской → Боярская) and -младший
    ("ского", "ский", {"gent", "accs"}, "m", 0.6), ("цкого", "цкий", {"gent", "accs"}, "m", 0.6),
    ("скому", "ский", {"datv"}, "m", 0.6), ("цкому", "цкий", {"datv"}, "m", 0.6),
    ("ским", "ский", {"ablt"}, "m", 0.6), ("цким", "цкий", {"ablt"}, "m", 0.6),
    ("ском", "ский", {"loct"}, "m", 0.6), ("цком", "цкий", {"loct"}, "m", 0.6),
    ("ской", "ская", {"gent", "datv", "ablt", "loct"}, "f", 0.6),
    ("цкой", "цкая", {"gent", "datv", "ablt", "loct"}, "f", 0.6),
    ("скую", "ская", {"accs"}, "f", 0.6), ("цкую", "цкая", {"accs"}, "f", 0.6),
    ("ного", "ный", {"gent", "accs"}, "m", 0.55), ("ному", "ный", {"datv"}, "m", 0.55),  # Дыховичного, Прилучному
    ("ным", "ный", {"ablt"}, "m", 0.45),
    ("ого", "ый", {"gent", "accs"}, "m", 0.4), ("ому", "ый", {"datv"}, "m", 0.4),  # "Саши Белого" → Белый
    ("овой", "ова", {"gent", "datv", "ablt", "loct"}, "f", 0.6),  # Алентовой → Алентова
    ("евой", "ева", {"gent", "datv", "ablt", "loct"}, "f", 0.6),
    ("иной", "ина", {"gent", "datv", "ablt", "loct"}, "f", 0.6),
    ("шего", "ший", {"gent", "accs"}, "m", 0.5), ("шему", "ший", {"datv"}, "m", 0.5),
    ("шим", "ший", {"ablt"}, "m", 0.5), ("шем", "ший", {"loct"}, "m", 0.5),
    ("ой", "а", {"ablt"}, "m", 0.25),  # a man's surname in -а: "Домиником Сеной" → Доминик Сена
    ("ом", "", {"ablt"}, "m", 0.5),
    ("ем", "й", {"ablt"}, "m", 0.3),
    ("ем", "ь", {"ablt"}, "m", 0.2),
    ("ем", "", {"ablt"}, "m", 0.4),  # after ж, ш, ч, щ, ц: "Кейджем" → Кейдж
    ("овым", "ов", {"ablt"}, "m", 0.6),
    ("евым", "ев", {"ablt"}, "m", 0.6),
    ("иным", "ин", {"ablt"}, "m", 0.6),
    ("ой", "а", {"gent", "datv", "ablt", "loct"}, "f", 0.45),
    ("ей", "я", {"gent", "datv", "ablt", "loct"}, "f", 0.3),
    ("ы", "а", {"gent"}, "", 0.45),
    ("ии", "ия", {"gent", "datv", "loct"}, "f", 0.45),
    ("у", "", {"datv"}, "m", 0.4),
    ("у", "а", {"accs"}, "f", 0.4),
    ("у", "а", {"accs"}, "m", 0.2),
    ("ю", "й", {"datv"}, "m", 0.3),
    ("ю", "я", {"accs"}, "f", 0.35),
    ("ю", "ь", {"datv"}, "m", 0.25),  # "Хиршбигелю" → Хиршбигель
    ("ью", "ь", {"ablt"}, "f", 0.35),  # "Галадриэлью" → Галадриэль
    ("е", "", {"loct", "datv"}, "m", 0.3),
    ("е", "а", {"datv", "loct"}, "", 0.3),
    ("я", "й", {"gent", "accs"}, "m", 0.35),
    ("я", "ь", {"gent", "accs"}, "m", 0.2),
    ("а", "", {"gent", "accs"}, "m", 0.42),
]


def adjective_nominative(word: str) -> str | None:
    """A masculine adjective's nominative, where pymorphy3 knows the word as one ("Белого" → Белый)."""
    if not morph().word_is_known(word.lower()):
        return None
    for p in parse(word):
        if p.tag.POS == "ADJF" and p.tag.gender in ("masc", None) and p.tag.number == "sing":
            form = p.inflect({"nomn", "masc", "sing"})
            if form is not None:
                return recase(word, form.word)
    return None


FLEETING_E = re.compile(r"^([А-ЯЁ][а-яё]{2,})ь(я|ю|ем|е)$")
FLEETING_CASES = {"я": frozenset({"gent", "accs"}), "ю": frozenset({"datv"}), "ем": frozenset({"ablt"}),
                  "е": frozenset({"loct"})}


def suffix_readings(word: str) -> list[Candidate]:
    low = word.lower()
    found = []
    for ending, repl, cases, gender, score in SUFFIX_RULES:
        stem = word[: len(word) - len(ending)]
        if not low.endswith(ending) or len(stem) < 2:
            continue
        if ending in ("а", "у", "е", "ом") and not CONSONANT_END.search(stem.lower()):
            continue
        if ending in ("я", "ю", "ем") and repl == "й" and stem.lower()[-1] not in VOWELS:
            continue
        if ending in ("я", "ю", "ем") and repl == "ь" and (stem.lower()[-1] in VOWELS or stem.lower()[-1] in "ьъ"):
            continue  # "Средиземья" is no Средиземьь
        if ending == "ю" and repl == "ь" and stem.lower()[-1] != "л":
            continue  # "Хиршбигелю" → Хиршбигель, but "Дрю" is no Дрь
        if ending == "ем" and repl == "" and stem.lower()[-1] not in "жшчщц":
            continue
        if ending == "ы" and stem.lower()[-1] in "гкхжшчщ":
            continue
        if repl in ("ый", "ный"):
            if len(stem) < 3:
                continue  # "Дрого": a short name as written
            form = adjective_nominative(word)  # Чужого → Чужой, Двуликого → Двуликий, Белого → Белый
            if form is not None:
                found.append(Candidate(form, frozenset(cases), gender, score, f"suffix:-{ending}:adj"))
                continue
            if ending in ("ого", "ому") and stem.lower()[-1] in "гкхжшчщ":
                repl = "ий"
        if ending == "ю" and repl == "я" and stem.lower()[-1] in "аеоу":
            score = 0.25  # "Малфою" is Малфой's dative rather than a Малфоя's accusative
        if ending == "ю" and repl == "я" and stem.lower()[-1] == "л":
            score = 0.2  # "Гэбриэлю": Гэбриэль's dative (a -ля name the dictionary knows: Юлю, Олю)
        found.append(Candidate(stem + repl, frozenset(cases), gender, score, f"suffix:-{ending}"))
    fleeting = FLEETING_E.match(word)  # "Джека Воробья" → Воробей, "Соловью" → Соловей
    if fleeting:
        cases = FLEETING_CASES[fleeting.group(2).lower()]
        found.append(Candidate(fleeting.group(1) + "ей", cases, "m", 0.3, "suffix:-ь-е-"))
    if low.endswith("и") and len(low) > 2 and low[-2] in "гкхжшчщ":
        found.append(Candidate(word[:-1] + "а", frozenset({"gent"}), "", 0.4, "suffix:-и"))
    found.extend(base_readings(word))
    return found


def base_readings(word: str) -> list[Candidate]:
    """The word as written, read as a nominative (or an indeclinable)."""
    low = word.lower()
    if not low:
        return []
    last = low[-1]
    if last == "е" and CONSONANT_END.search(low[:-1]):  # mostly "о Сарумане", "к Фродо" is -о
        return [Candidate(word, ALL, "", 0.28, "indeclinable:-е")]
    if low.endswith("ого") and len(low) > 5:  # "Белого": an adjectival surname's genitive, seldom a name as is
        return [Candidate(word, ALL, "", 0.2, "indeclinable")]
    if last in "оиэеё":
        return [Candidate(word, ALL, "", 0.45, "indeclinable")]
    if re.search(r"[аеиоу]ю$|.лю$", low):  # Амелию, Малфою, Гэбриэлю: Амелия, Малфой, Гэбриэль; not Лю
        return [Candidate(word, ALL, "", 0.1, "indeclinable")]
    if last in "ую":
        return [Candidate(word, ALL, "", 0.3, "indeclinable")]
    if last == "ы":  # Духовны: a dictionary word too (a short adjective), still a surname as written
        return [Candidate(word, ALL, "", 0.1, "as written")]
    if morph().word_is_known(low) and not any(p.tag.case == "nomn" for p in parse(word)):
        return [Candidate(word, frozenset({"nomn"}), "f", 0.2, "nominative:known")] if last in "ая" else []
    if last in "ая":
        return [Candidate(word, frozenset({"nomn"}), "f", 0.35, "nominative:-а"),
                Candidate(word, frozenset({"nomn"}), "m", 0.15, "nominative:-а:m"),
                Candidate(word, OBLIQUE, "m", 0.15, "indeclinable:-а")]
    if last == "й":  # a woman's foreign surname in -й is not declined: "Марису Томей", "Джен Грей"
        return [Candidate(word, frozenset({"nomn"}), "m", 0.45, "nominative"),
                Candidate(word, ALL, "f", 0.3, "indeclinable:f")]
    if last == "ь":
        return [Candidate(word, frozenset({"nomn"}), "m", 0.45, "nominative")]
    oblique = re.search(r"(ом|ем|ым|им)$", low) is not None
    return [Candidate(word, frozenset({"nomn"}), "m", 0.2 if oblique else 0.5, "nominative"),
            Candidate(word, ALL, "f", 0.35, "indeclinable:f")]


RUSSIAN_FEMININE = re.compile(r"(ова|ева|ёва|ина|ына|ская|цкая|ая)$")


def adjust(cand: Candidate, position: str) -> float:
    """Position-dependent score: -а nominatives are common first names, rare foreign surnames;
    a first name ending in -у/-ю is seldom left undeclined (Дженну, Спайку are Дженна, Спайк), nor
    a surname after a first name in consonant + -у (Гэри Олдмэну);
    a man's name read as a woman's undeclined one is a surname, not a first name."""
    if cand.rule == "indeclinable" and position == "first" and cand.form[-1:].lower() in "ую":
        return 0.1
    if cand.rule == "indeclinable" and position == "last" and re.search(r"[бвгджзклмнпрстфхцчшщ]у$", cand.form.lower()):
        return 0.25  # "Гэри Олдмэну": a surname in consonant + -у is mostly a dative
    if cand.rule == "suffix:-а" and re.search(r"[шчжщ]к$", cand.form.lower()):
        return 0.1  # "Чебурашка", "Машка": a diminutive in -ка, no man's name in -шк
    if cand.rule == "suffix:-ей" and position == "last" and CONSONANT_END.search(cand.form.lower()[:-1]):
        return 0.25  # "Марисы Томей": a woman's surname in consonant + -ей is written as is, not Томя
    if cand.rule == "indeclinable:-а" and position != "last":  # only a man's surname: "Альфреду Молина"
        return -0.3
    if cand.rule == "dict:f" and position == "first":  # "Джонс" is a woman's surname, not her first name
        return 0.1
    if cand.rule != "nominative:-а":
        return cand.score
    if position == "first":
        return 0.5
    if position == "last" and not RUSSIAN_FEMININE.search(cand.form.lower()):
        return 0.3
    return cand.score


def is_known(name: str, known: frozenset) -> bool:
    """`name` is one of the `known` full names, or sounds like one ("Фрэнсис Форд Кополла"), or
    is a full name one of whose words has one vowel for another ("Джин Хэкман" for Хэкмен,
    "Кеану Ривз" for Киану: a transliteration's unstressed vowel)."""
    loose = loose_name(name)
    if fold(name) in known or loose in loose_names(known):
        return True
    words = loose.split()
    return len(words) > 1 and any(
        sum(a != b for a, b in zip(words, other.split())) == 1 and all(
            a == b or vowel_for_vowel(a, b) and a[-1] == b[-1] for a, b in zip(words, other.split()))
        for other in by_skeleton(known).get(skeleton(loose), ()))  # not an ending: "Киана" is no Киану


@lru_cache(maxsize=4)
def loose_names(known: frozenset) -> frozenset:
    return frozenset(loose_name(name) for name in known)


def skeleton(loose: str) -> str:
    """A loose name with every vowel as one mark: where names a vowel apart meet."""
    return VOWEL_RUN.sub("*", loose)


VOWEL_RUN = re.compile("[аеёиоуыэюя]")


@lru_cache(maxsize=4)
def by_skeleton(known: frozenset) -> dict[str, tuple[str, ...]]:
    """The known full names (loose) by `skeleton`."""
    index: dict[str, list[str]] = {}
    for name in known:
        loose = loose_name(name)
        if " " in loose:
            index.setdefault(skeleton(loose), []).append(loose)
    return {k: tuple(v) for k, v in index.items()}


def vowel_for_vowel(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter, a vowel in each."""
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) and len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def known_surname(form: str, known: frozenset) -> bool:
    """`form` is the last word of a known full name."""
    return fold(form) in surnames_of(known)


@lru_cache(maxsize=4)
def surnames_of(known: frozenset) -> frozenset:
    return frozenset(name.split()[-1] for name in known)


def surname_read(form: str, word: str, known: frozenset) -> bool:
    """`form`, a reading of `word`, is a well-known surname and the word as written is none,
    nor a Russian woman's form ("Бейла" → Бейл, "Малика" → Малик; not "Миронова")."""
    return known_surname(form, known) and not known_surname(word, known) and not RUSSIAN_FEMININE.search(word.lower())


@lru_cache(maxsize=4)
def first_names_of(known: frozenset) -> frozenset:
    return frozenset(name.split()[0] for name in known if " " in name)


def declined_known(form: str, word: str, place: str, known: frozenset) -> bool:
    """A reading of a full name's word that spells a well-known surname (last) or first name
    (first, a word the dictionary does not know) where the word as written, in -а or -я, spells
    none: "Терренса Малика" is Терренс Малик's genitive, not a woman's name."""
    if word[-1:].lower() not in "ая":
        return False
    if place == "last":
        return surname_read(form, word, known)
    return place == "first" and fold(form) in first_names_of(known) and fold(word) not in first_names_of(known) \
        and not morph().word_is_known(word.lower())


@lru_cache(maxsize=50_000)
def readings(word: str) -> tuple[Candidate, ...]:
    """Every reading of one word of a name."""
    low = word.lower()
    if LATIN.match(word) or INITIAL.match(word) or low in PARTICLES or any(ch.isdigit() for ch in word):
        return (Candidate(word, ALL, "", 0.5, "fixed"),)
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if re.match(r"(?:младш|старш)", tail.lower()):  # "Абигнейла-младшего": both parts decline
            return tuple(Candidate(f"{h.form}-{c.form}", h.cases & c.cases, c.gender, c.score, c.rule)
                         for c in readings(tail) for h in readings(head) if h.cases & c.cases
                         and h.gender in (c.gender, "")) or tuple(
                Candidate(f"{head}-{c.form}", c.cases, c.gender, c.score, c.rule) for c in readings(tail))
        both = tuple(Candidate(f"{h.form}-{c.form}", h.cases & c.cases, c.gender or h.gender, min(h.score, c.score),
                               f"{h.rule}+{c.rule}")
                     for c in readings(tail) for h in readings(head) if h.cases & c.cases
                     and h.gender in (c.gender, "") and h.form != head and h.rule != "as written")
        return both + tuple(Candidate(f"{head}-{c.form}", c.cases, c.gender, c.score, c.rule)
                            for c in readings(tail))
    found = dictionary_readings(word) + suffix_readings(word)
    return tuple(found) if found else (Candidate(word, ALL, "", 0.1, "as written"),)


def positions(n: int) -> list[str]:
    if n == 1:
        return ["single"]
    return ["first"] + ["middle"] * (n - 2) + ["last"]


def choose(words: list[str], attested: Mapping[str, frozenset] = MappingProxyType({}),
           hint: frozenset = frozenset(), gender_hint: tuple[str, str] = ("", ""),
           known: frozenset = frozenset()) -> tuple[str, str, list[Candidate]]:
    """The best agreeing reading of a name's words: (name, case, per-word choices).

    `attested`: nominative forms the review backs, each with the words written that read
    as it (a word does not back its own reading); `hint`: cases the
    context (a preposition, an agreeing word before the name) points to;
    `gender_hint`: (gender, case) of a verb or participle agreeing with the
    name; it rules out the other gender for readings in that case; `known`: well-known
    names (folded), a reading that spells one wins ("Рассела Кроу" → Рассел Кроу), and for a
    name of one word a reading in a case the context points to that spells a well-known surname
    ("Игра Бейла" → Бейл, not Бейла; "Миронова" alone stays a woman's surname) — also where
    the context hints at no case at all, if the word as written is no well-known surname ("взять
    Бейла на роль": Бейла is a woman's first name in the dictionary); one word
    written as a well-known surname is read as written ("Коппола гений", not Коппол), unless it
    is a Russian woman's form, also a man's genitive ("зажатостью Миронова").
    """
    options = [readings(w) for w in words]
    places = positions(len(words))
    best = (-1e9, "nomn", [])
    for case in CASES:
        for gender in ((gender_hint[0],) if gender_hint[0] and case == gender_hint[1] else ("m", "f")):
            total = CASE_PRIOR[case] + (0.3 if case in hint else 0.0)
            if gender_hint[0]:
                total += 0.6 if case == gender_hint[1] else -0.3
            total += 0.05 if gender == "m" else 0.0
            picked = []
            for word, cands, place in zip(words, options, places):
                fits = [(adjust(c, place) + (0.3 if attested.get(c.form, frozenset()) - {word} else 0.0)
                         + (1.0 if place == "single" and case in hint and known and known_surname(c.form, known)
                            else 0.0)
                         + (0.5 if place == "single" and known and fold(c.form) == fold(word)
                            and known_surname(word, known) and not RUSSIAN_FEMININE.search(word.lower())
                            else 0.0)
                         + (1.5 if place == "single" and known and not hint and fold(c.form) != fold(word)
                            and surname_read(c.form, word, known) else 0.0)
                         + (0.4 if known and fold(c.form) != fold(word) and declined_known(c.form, word, place, known)
                            else 0.0), c)
                        for c in cands if case in c.cases and c.gender in (gender, "")]
                if not fits:
                    total -= 1.0
                    picked.append(Candidate(word, ALL, "", 0.0, "unchanged"))
                    continue
                score, top = max(fits, key=lambda pair: pair[0])
                total += score
                picked.append(top)
            if known and len(picked) > 1 and is_known(" ".join(c.form for c in picked), known):
                total += 1.0
            if total > best[0]:
                best = (total, case, picked)
    _, case, picked = best
    if known and len(words) > 1 and not is_known(" ".join(c.form for c in picked), known):
        initials = all(INITIAL.match(w) for w in words[:-1])  # "Р. Земекиса": the surname alone tells
        for cand in options[-1]:  # "роль Том Хэнкса": a first name left undeclined by the writer
            if fold(" ".join(words[:-1] + [cand.form])) in known or initials and known_surname(cand.form, known):
                fixed = [Candidate(w, ALL, "", 0.5, "as written") for w in words[:-1]]
                return " ".join(words[:-1] + [cand.form]), next(c for c in CASES if c in cand.cases), fixed + [cand]
        mixed = mixed_reading(options, known)
        if mixed:
            return " ".join(c.form for c in mixed), case, mixed
    return " ".join(c.form for c in picked), case, picked


def mixed_reading(options: list, known: frozenset) -> list[Candidate]:
    """Readings of each word, in whatever case, that together sound like a known full name:
    the writer declined part of it ("режиссура Фрэнсиса Форд Кополла")."""
    if len(options) > 3 or any(len(o) > 8 for o in options):
        return []
    for combo in product(*options):
        if is_known(" ".join(c.form for c in combo), known):
            return list(combo)
    return []


@lru_cache(maxsize=50_000)
def nominative_alone(word: str) -> str:
    """The word read alone as a name, in the nominative ("Кубрика" → Кубрик)."""
    return choose([word])[0]


def forms_of(word: str) -> set[str]:
    """Every nominative this word could stand for (used to merge mentions)."""
    return {c.form for c in readings(word)}
