"""Merge name mentions into people: one entry a person, named in full.

Full names are grouped by surname (with agreeing first names); a one-word
mention joins the person one of whose name words it can decline to
("Фэннинг", "Дакоты" → Дакота Фэннинг). The entry's `name` is the fullest
nominative the review writes; every other form is an alias.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..data import load_lexicon
from ..doc import Doc, NameMention, PersonEntry
from ..pipeline import Stage
from ..text.spelling import loose, one_edit
from .directors import listed_names
from .listed import listed_full_names
from .names import PARTICLES, vowel_for_vowel
from .siblings import singular

MIN_MISSPELT = 7  # a surname at least this long may be misspelt by one letter and stay the same


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def first_names_agree(a: list[str], b: list[str]) -> bool:
    """No first names that clash; a particle or a form of address is no first name ("Де Ниро",
    "Роберт Де Ниро"; "Мсье Клеман Матьё"); э and е are one sound ("Мэл", "Мел")."""
    a, b = without_honorific(without_particles(a)), without_honorific(without_particles(b))
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = (fold(w[0]).rstrip(".").replace("э", "е") for w in (a, b))  # Мэл, Мел Гибсон
    return x.startswith(y) or y.startswith(x)


# a man's forms of address: "Миссис Смит" is no Джон Смит
HONORIFICS = frozenset("мсье месье мистер сэр синьор сеньор герр господин".split())


def without_honorific(words: list[str]) -> list[str]:
    """The words after a leading form of address ("Мсье Клеман Матьё" is Клеман Матьё; Дон only
    before a full name: "Дон Вито Корлеоне" is Вито Корлеоне, "Дон Чидл" is a first name)."""
    return words[1:] if len(words) > 1 and honorific(words[0], len(words)) else words


def honorific(word: str, n_words: int) -> bool:
    """`word` opens a name of `n_words` words as a form of address (Дон only before two more)."""
    return fold(word) in HONORIFICS or fold(word) == "дон" and n_words >= 3


def addressed(name: str) -> bool:
    """A full name after a form of address ("Мсье Клеман Матьё"; not "Мистер Джинглс", a name)."""
    words = name.split()
    return len(words) >= 3 and honorific(words[0], len(words))


def without_particles(words: list[str]) -> list[str]:
    """The words after any leading particles (Де, Ди, Ван …), the surname kept."""
    i = 0
    while i < len(words) - 1 and fold(words[i]) in PARTICLES:
        i += 1
    return words[i:]


def same_surname(a: str, b: str) -> bool:
    """Equal, or one letter apart inside a long surname (Шварценеггер, Шварценггер), or one vowel
    for another inside a shorter one, as transliterations differ (Баллок, Буллок); not at its end,
    where a declined form differs (Курзель, Курзеля — one read wrong, not a misspelling)."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    short = min(len(a), len(b)) < MIN_MISSPELT and not vowel_for_vowel(a, b)
    if short or min(len(a), len(b)) < 5 or "-" in a + b or not one_edit(a, b):  # Риз-Майерс declines inside
        return False
    first_diff = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return first_diff < min(len(a), len(b)) - 2


def sounds_alike(a: str, b: str) -> bool:
    """Two long surnames written as they sound alike (`spelling.loose`): doubled letters, э for е,
    й for и, a soft sign ("Брюс Уилисс" and "Брюс Уиллис"); for full names, whose first names agree."""
    a, b = fold(a), fold(b)
    return min(len(a), len(b)) >= 5 and loose(a) == loose(b)


CASE_ENDINGS = {"", "а", "я", "у", "ю", "ы", "и", "ь", "ом", "ем", "е", "ым", "им", "ой", "ою", "ого", "его", "ому",
                "ему", "ий", "ый", "ая", "ую", "ей"}


def declined_alike(a: str, b: str) -> bool:
    """Two forms of one surname that differ only in a case ending, part by part ("Деймон",
    "Деймона"; "Бодров-младший", "Бодровым-младшим")."""
    x, y = fold(a).split("-"), fold(b).split("-")
    return len(x) == len(y) and all(case_stems(p) & case_stems(q) for p, q in zip(x, y))


def case_stems(word: str) -> set[str]:
    """The word without each case ending it may have, four letters at least left."""
    return {word[:len(word) - len(e)] for e in CASE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4}


def spelt_alike(a: list[str], b: list[str]) -> bool:
    """Two full names of one person written a little differently: the same first name and the
    surname in another case read wrong ("Мэтт Деймона"), a letter off ("Чак Ноланд", "Колин
    Фаррел") or written as it sounds ("Ридли Скот"); or the same surname and the first name a
    letter off ("Форест Гамп")."""
    first, last = (fold(a[0]), fold(b[0])), (fold(a[-1]), fold(b[-1]))
    if first[0] == first[1]:  # a letter doubled or not in a short one too: Ридли Скот, Ридли Скотт
        return declined_alike(*last) or min(map(len, last)) >= 5 and one_edit(*last) \
            or all(map(CYRILLIC.fullmatch, last)) and loose(last[0]) == loose(last[1])
    return last[0] == last[1] and min(map(len, first)) >= 4 and one_edit(*first)


def name_words(name: str) -> list[str]:
    """The words of a name, initials glued to the surname split off ("С.Кинг": С., Кинг;
    "Дж.Р.Р.Толкин": Дж., Р., Р., Толкин)."""
    return GLUED_INITIAL.sub(r"\1. ", name).split()


CYRILLIC = re.compile(r"[а-яё]+")  # no Roman numeral: Александр II, Александр III
GLUED_INITIAL = re.compile(r"(\b[А-ЯЁA-Z][а-яё]?)\.(?=[А-ЯЁA-Z])")  # С.Кинг, Дж.Р.Р.Толкин


def surname_run(words: list[str]) -> str:
    """The surname with the particles before it, written as one word: Ди Каприо, Ди-Каприо and
    ДиКаприо read alike."""
    i = len(words) - 1
    while i > 0 and fold(words[i - 1]) in PARTICLES:
        i -= 1
    return fold("".join(words[i:])).replace("-", "")


def same_person(mention: NameMention, person: list[NameMention]) -> bool:
    words = name_words(mention.normal)
    for other in person:
        theirs = name_words(other.normal)
        if len(words) >= 2 and len(theirs) >= 2:
            if (same_surname(words[-1], theirs[-1]) or surname_run(words) == surname_run(theirs)
                    or sounds_alike(words[-1], theirs[-1])) \
                    and first_names_agree(words, theirs):
                return True
            if spelt_alike(words, theirs):
                return True
        elif fold(mention.normal) == fold(other.normal):
            return True
    return False


def word_forms(mention: NameMention) -> set[str]:
    """Every nominative one-word mention could stand for."""
    return {fold(c.form) for c in mention.candidates[0]} | {fold(mention.normal)}


@lru_cache(maxsize=1)
def diminutives() -> dict:
    return load_lexicon("people")["diminutives"]


def joins(mention: NameMention, person: list[NameMention]) -> str:
    """The name word of `person` this one-word mention reads as, or '' (a short first name
    reads as its full form: "Лео" as Леонардо)."""
    forms = word_forms(mention)
    forms |= {diminutives()[f] for f in forms if f in diminutives()}
    families = plural_stems(mention.text)
    surname_hits, first_hits = [], []
    for other in person:
        words = name_words(other.normal)
        if len(words) < 2:
            continue
        if fold("".join(words)) in forms:  # "ДиКаприо" beside "Ди Каприо"
            surname_hits.append(other.normal)
        elif fold(words[-1]) in forms | families or any(same_surname(f, words[-1]) or sounds_alike(f, words[-1])
                                                        for f in forms):  # Шварценнегер: Шварценеггер
            surname_hits.append(words[-1])
        elif fold(words[0]) in forms:
            first_hits.append(words[0])
    hits = surname_hits or first_hits
    return hits[0] if hits else ""


def plural_stems(word: str) -> set[str]:
    """The surname a plural stands for (`siblings.singular`), to join a person by surname only
    ("Ноланы", "Поттеров" → Нолан, Поттер; never a first name: "Петров" is no Пётр)."""
    word = word.strip()
    return {fold(singular(word, oblique)[0]) for oblique in (False, True)} - {fold(word)}


MAX_SPELLING_CHECKS = 300  # one-word forms compared for a misspelling: beyond, a list of names, not a review


def group(mentions: list[NameMention]) -> list[list[NameMention]]:
    """Mentions into people. Each group is compared through one mention per distinct
    written form, so a review that repeats a name a thousand times stays fast."""
    full = sorted((m for m in mentions if len(name_words(m.normal)) >= 2),
                  key=lambda m: (-len(name_words(m.normal)), m.start))
    groups: list[list[NameMention]] = []
    forms: list[dict[str, NameMention]] = []  # per group: folded normal → one mention
    for mention in full:
        key = fold(mention.normal)
        i = next((k for k, f in enumerate(forms) if key in f or same_person(mention, list(f.values()))), None)
        if i is None:
            groups.append([mention])
            forms.append({key: mention})
        else:
            groups[i].append(mention)
            forms[i].setdefault(key, mention)
    singles: list[list[NameMention]] = []
    single_forms: dict[str, int] = {}  # a single word's forms → its group in `singles`
    for mention in (m for m in mentions if len(name_words(m.normal)) < 2):
        i, word = nearest_match(mention, groups, forms)
        if i is not None:
            mention.normal = word
            groups[i].append(mention)
            continue
        home = min((single_forms[w] for w in word_forms(mention) if w in single_forms), default=None)
        if home is None and len(single_forms) <= MAX_SPELLING_CHECKS:  # "Фарелли" beside "Фаррелли"
            home = min((k for w, k in single_forms.items() if same_surname(w, fold(mention.normal))), default=None)
        if home is None:
            singles.append([mention])
            for w in word_forms(mention):
                single_forms.setdefault(w, len(singles) - 1)
        else:
            singles[home].append(mention)
    return groups + singles


def nearest_match(mention: NameMention, groups: list[list[NameMention]],
                  forms: list[dict[str, NameMention]]) -> tuple[int | None, str]:
    """(group, name word) a one-word mention joins: of several full names it may stand for
    ("Кинга" beside Стивен Кинг and Мартин Лютер Кинг), the one named last before it, else
    the nearest after it."""
    found = [(k, w) for k, f in enumerate(forms) if (w := joins(mention, list(f.values())))]
    if len(found) <= 1:
        return found[0] if found else (None, "")

    def distance(k: int) -> tuple[int, int]:
        before = [mention.start - m.start for m in groups[k] if m.start < mention.start]
        return (0, min(before)) if before else (1, min(m.start - mention.start for m in groups[k]))
    return min(found, key=lambda kw: distance(kw[0]))


def to_person(mentions: list[NameMention]) -> PersonEntry:
    """The person of a group of mentions, named by the fullest nominative (a form of address before
    a full name not counted, the name without it first: Клеман Матьё, not Мсье Клеман Матьё): of those, the one
    with fewer initials ("Джоанн Харрис", not "Дж. Харрис"), a well-known name ("Николас Кейдж",
    not "Никол Кейдж" from "героя Никола Кейджа"), not a form read wrong
    (`declined_form`) unless the review writes the surname one way three times or more, the most
    often read, a full name with the surname as most written
    ("Майкл Корлеоне", not Корлеон from "Майкле Корлеоне"; one word alone is most often written
    declined), the first."""
    counts = Counter(m.normal for m in mentions)
    surnames = Counter(fold(m.text.split()[-1]) for m in mentions)
    written = surnames.most_common(1)[0][0]  # the surname as most written
    uniform = len(mentions) >= 3 and len(surnames) == 1  # never declined: "Фукасаку" six times is no Фукасак
    don = any(addressed(n) for n in counts)  # "Дон Корлеоне" beside "Дон Вито Корлеоне": Дон is a form of address
    name = max(counts, key=lambda n: (len(name_words(n)) - addressed(n),
                                      not honorific(n.split()[0], 3 if don else len(n.split())),
                                      -n.count("."), fold(n) in listed_full_names(),
                                      uniform and fold(n.split()[-1]) == written,
                                      not declined_form(n, counts), counts[n],
                                      " " in n and fold(n.split()[-1]) == written,
                                      -min(m.start for m in mentions if m.normal == n)))
    aliases = [n for n in dict.fromkeys(m.normal for m in sorted(mentions, key=lambda m: m.start)) if n != name]
    return PersonEntry(name=name, aliases=aliases, mentions=sorted(mentions, key=lambda m: m.start))


OBLIQUE_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "ым", "им", "ой", "ого", "его", "ому", "ему")  # not -е, -и:
# "Вито Корлеоне" is no declined "Вито Корлеон"


@lru_cache(maxsize=1)
def known_surnames() -> frozenset:
    """The surnames of the well-known actors, directors and writers, folded: "Коппола" is one,
    so no declined form of "Коппол"."""
    return frozenset().union(*(listed_names(key, True)[1] for key in ("actors", "directors", "authors")))


def declined_form(name: str, names) -> bool:
    """A name whose surname another name of the person has shorter, declined alike, and which
    ends as an oblique case does ("Мэтт Деймона" beside Мэтт Деймон, "Олдмана" beside Олдман),
    and is no well-known surname ("Коппола"): a form read wrong."""
    words = name.split()
    surname = fold(words[-1])
    return surname.endswith(OBLIQUE_ENDINGS) and surname not in known_surnames() and any(
        len(other.split()) == len(words) and len(other.split()[-1]) <= len(words[-1]) and other != name
        and declined_alike(other.split()[-1], words[-1]) for other in names)


SLASH = re.compile(r"^\s*/\s*$")
LATIN = re.compile(r"^[A-Za-z]")


def transliterations(text: str, mentions: list[NameMention]) -> dict[int, NameMention]:
    """Latin names written after a Cyrillic one and a slash ("Омара Эппса/ Omar Epps"):
    index of the Latin mention → the Cyrillic one."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {id(b): a for a, b in zip(ordered, ordered[1:])
            if LATIN.match(b.text) and not LATIN.match(a.text) and SLASH.match(text[a.stop:b.start])}


INITIAL = re.compile(r"[A-ZА-ЯЁ](?:[a-zа-яё]?\.)?")  # К. / Дж. / И; not Ли, Со (words)


def initials_only(mention: NameMention) -> str:
    """The initials' letters of a mention written in initials alone ("К. Т." → КТ), else ''."""
    words = name_words(mention.normal)
    return "".join(w[0] for w in words) if len(words) >= 2 and all(map(INITIAL.fullmatch, words)) else ""


def initials_home(letters: str, groups: list[list[NameMention]]) -> list[NameMention] | None:
    """The one person whose full name has these initials ("К. Т." after Квентин Тарантино), or None:
    initials no name of the review spells out are a film's or a stand-in ("после выхода К. О.")."""
    homes = [g for g in groups if any("".join(w[0] for w in name_words(m.normal)) == letters
                                      and not initials_only(m) for m in g)]
    return homes[0] if len(homes) == 1 else None


def merge_people(mentions: list[NameMention], text: str = "") -> list[PersonEntry]:
    latin = transliterations(text, mentions) if text else {}
    initials = {id(m): letters for m in mentions if (letters := initials_only(m))}
    groups = group([m for m in mentions if id(m) not in latin and id(m) not in initials])
    for m in mentions:
        home = initials_home(initials[id(m)], groups) if id(m) in initials else None
        if home is not None:
            home.append(m)
    where = {id(x): g for g in groups for x in g}
    for m in mentions:
        home = where.get(id(latin[id(m)])) if id(m) in latin else None
        if home is not None:
            home.append(m)
    people = [to_person(g) for g in groups]
    return sorted(people, key=lambda p: p.mentions[0].start)


class People(Stage):
    name = "people"
    requires = ("text", "names")
    assigns = ("people",)

    def process(self, doc: Doc) -> None:
        doc.people = merge_people(doc.names, doc.text)
