"""Directors the roles cues miss: "X сделал упор на … своего произведения", and well-known
directors named without any cue (`data/filmmakers.json`).

Both are weaker than a cue: they give `director` only to a person no cue gave a
role, and the list only where the text named no director and the name does not
stand beside a comparison (в духе, как у, фильмы X).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_lexicon
from ..doc import Doc
from ..text.spelling import fold, loose, one_edit  # fold: case, ё, punctuation and hyphens, as titles are

# the subject of a clause that goes on to "свой фильм / своего произведения / своему ремейку"
OWN_WORK = re.compile(
    r"^[^.!?;()«»\"]{0,90}?\bсво(?:й|его|ему|им|ём|ем|ю|ей|ая|ой|е)\s+(?:\w+\s+)?"
    r"(?:фильм|картин|лент|произведени|ремейк|сиквел|детищ|творени|режисс[её]рск)\w*", re.I)
CREATES = re.compile(r"^\s+(?:\w+\s+)?(?:снимает|выпускает|выпустил|экранизировал|экранизирует|срежиссировал\w*"
                     r"|создал[аи]?\s+(?:\w+\s+){0,2}(?:фильм|картину|ленту|продолжение|сиквел|приквел|шедевр))\b", re.I)
AFTER_TITLE = re.compile(r"[»”\"]\s*$")  # "«Чужие» Кэмерона"
BOOKISH = re.compile(r"(?:книг|роман|повест|рассказ|пьес|комикс|песн|альбом|стих)\w*\s+[«\"„“][^«»]*$", re.I)
LISTED_RULE = "listed surname"  # the rule of a name only the lists found (`listed.py`)
NOT_HERE = re.compile(
    r"(?:как\s+(?:и\s+)?у|в\s+духе|в\s+стиле|а-ля|напомина\w*|сравни\w*|уровн[яе]|подобно|похож\w*(?!,?\s+что\b)|вроде|типа|"
    r"фильм(?:ы|ов|ами|ах)|картин(?:ами|ах)|работ(?:ы|ами|ах)|творчеств\w*|фильмографи\w*|"
    r"отсутстви\w+|(?<!\w)(?<!не\s)без|высказывани\w+|цитат\w+|"
    r"на\s+(?:его|её|ее|их|этом|том)\s+месте|вместо|наряду\s+со?\s+[\w-]+)\s+(?:\w+\s+)?"  # "на его месте Тома Круза",
    # "наряду с Человеком-слоном Линча"
    r"(?:(?:[А-ЯЁ][а-яё-]+\s+){1,2}и\s+)?$"  # "похожих на Гагарина и Высоцкого": the second name too
    # "несмотря на отсутствие Вин Дизеля": not in it ("не без помощи Уилла Смита" is);
    # "высказывания Джорджа Лукаса": quoted, not at work here
    r"|(?<!\w)не\s+$", re.I)  # "не Кэмерон всё-таки снимал"; "похоже, что Нолан …" is no likening


@lru_cache(maxsize=4)
def listed_names(key: str, surnames_of_full: bool) -> tuple[frozenset, frozenset]:
    """(full names, surnames) of list `key` in `data/filmmakers.json`, folded; a full name's
    surname counts alone too where `surnames_of_full`."""
    full, last = set(), set()
    for entry in load_lexicon("filmmakers")[key]:
        for variant in entry.split("|"):
            words = fold(variant).split()
            (full if len(words) > 1 else last).add(" ".join(words))
            if surnames_of_full:
                last.add(words[-1])
    return frozenset(full), frozenset(last)


def is_listed(name: str, key: str, surnames_of_full: bool, full_only: bool = False) -> bool:
    """The name is on list `key` in full, or spelled a little differently (Лайам Нисон, Майкл
    Кларк Данкан, Дэниел Редклифф: `close_to_listed`), or (unless `full_only`) is a listed
    surname written alone, or one of six letters or more that sounds the same, that is not a
    common one (Скорсезе, Хэнкс, Редклифф yes; Скотт, Смит no)."""
    full, last = listed_names(key, surnames_of_full)
    words = fold(name).split()
    if " ".join(words) in full:
        return True
    if len(words) >= 2:
        return close_to_listed(key, loose(words[0]), loose(words[-1]))
    if full_only or len(words) != 1 or words[0] in common_surnames():
        return False
    return words[0] in last or len(words[0]) >= 6 and loose(words[0]) in loose_surnames(key, surnames_of_full)


@lru_cache(maxsize=8)
def loose_surnames(key: str, surnames_of_full: bool) -> frozenset:
    """The surnames list `key` writes alone, as they sound (`loose`): "Редклифф" is Рэдклифф."""
    return frozenset(loose(w) for w in listed_names(key, surnames_of_full)[1] if w not in common_surnames())


def listed_person(person, test) -> bool:
    """Any of the person's names (the name or an alias) passes `test` (is_known_actor…)."""
    return any(test(n) for n in [person.name, *person.aliases])


@lru_cache(maxsize=20_000)
def close_to_listed(key: str, first: str, surname: str) -> bool:
    """A full name on list `key` sounds the same (`loose`), or a letter off, in its first word
    (Лайам / Лиам, Хоаким / Хоакин) and in its surname, the surname a letter off only where
    both are long (Данкан / Дункан, Джилленхал / Джилленхол); "Дон Вито" is no Дэнни Де Вито."""
    for their_first, their_surname in loose_full_names(key):
        if their_first != first and not one_edit(their_first, first):
            continue
        if their_surname == surname or min(len(their_surname), len(surname)) >= 6 and one_edit(their_surname, surname):
            return True
    return False


@lru_cache(maxsize=8)
def loose_full_names(key: str) -> tuple[tuple[str, str], ...]:
    """(first word, surname) of each full name on list `key`, as they sound (`loose`)."""
    return tuple((loose(n.split()[0]), loose(n.split()[-1])) for n in sorted(listed_names(key, False)[0]))


@lru_cache(maxsize=1)
def common_surnames() -> frozenset:
    return frozenset(load_lexicon("filmmakers")["common_surnames"])


def is_known_director(name: str, full_only: bool = False) -> bool:
    return is_listed(name, "directors", True, full_only)


def own_work_subjects(doc: Doc) -> list[tuple[int, str]]:
    """People named in the nominative whose clause goes on to their own film, or in the
    genitive right after a title, unless it is another work's ("напоминает «1984» Оруэлла")."""
    others = [t for w in doc.works or [] for t in w.mentions]
    found = []
    for i, person in enumerate(doc.people):
        for m in person.mentions:
            left = doc.text[max(0, m.start - 80):m.start]
            if m.case == "gent" and AFTER_TITLE.search(left) and not BOOKISH.search(left) \
                    and any(0 <= m.start - t.stop <= 3 for t in doc.titles) \
                    and not any(0 <= m.start - t.stop <= 3 for t in others) \
                    and not known_character(doc, person):  # «Чужие», not «отца» Майкла nor «Побегом» Дюфрейна
                found.append((i, "director: genitive after a title"))
                break
            if m.case not in ("", "nomn"):
                continue
            tail = doc.text[m.stop:m.stop + 120]
            hit = OWN_WORK.match(tail) or CREATES.match(tail)
            if hit and not any(o.start < m.stop + hit.end() and o.start > m.stop
                               for p in doc.people for o in p.mentions):
                found.append((i, f"director: subject of {hit.group(0).split()[-1]!r}"))
                break
    return found


def known_character(doc: Doc, person) -> bool:
    """The person is a character of the film's known cast (the cast stage's `doc.cast`)."""
    from .casts import plays_part  # casts reads the directors' lists: imported late

    return bool(doc.cast) and plays_part([person.name, *person.aliases], doc.cast)


ROW_JOIN = re.compile(r"^\s*(?:,|и|,\s*и)\s*$")


def in_row(doc: Doc, mention) -> bool:
    """The mention stands in a row of names joined by commas and "и" that holds three listed
    directors or more ("Ричи, Тарантино и Скорсезе"; not co-directors, "Накашу и Толедано", nor
    "братья Вачовски, К. Ривз, Л. Фишборн", nor "сценаристы Валлелонга, Карри и Фаррелли")."""
    placed = sorted((m for p in doc.people for m in p.mentions), key=lambda m: m.start)
    i = placed.index(mention)
    row = [mention]
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(placed):
            a, b = (placed[k + step], placed[k]) if step < 0 else (placed[k], placed[k + step])
            if not ROW_JOIN.match(doc.text[a.stop:b.start]):
                break
            k += step
            row.append(placed[k])
    return sum(is_known_director(m.normal) for m in row) >= 3


def listed_director(doc: Doc, kinds: list[list[str]]) -> tuple[int, str] | None:
    """The most-named listed director with no role yet (or only an actor's: Китано, Иствуд),
    where no director was found otherwise; not one named mostly for other films ("фильмы
    Скорсезе", `NOT_HERE`), nor one named once and found only by the list (`listed.py`)."""
    from .filmography import made_by_another  # filmography reads this module: imported late

    if any("director" in k for k in kinds):
        return None
    best = None
    for i, person in enumerate(doc.people):
        acts = kinds[i] == ["actor"]  # only a full name is sure enough for an actor (Такеши Китано)
        if kinds[i] not in ([], ["actor"]) or not listed_person(
                person, lambda n: is_known_director(n, full_only=acts)):
            continue
        likened = sum(bool(NOT_HERE.search(doc.text[max(0, m.start - 40):m.start])) for m in person.mentions)
        if 2 * likened > len(person.mentions):
            continue  # mostly "фильмы Скорсезе", "как у Тарантино": named for other films
        if all(m.rule == LISTED_RULE for m in person.mentions) and len(person.mentions) < 2:
            continue  # named once, found only by the list ("'Нечто' Карпентера"): too weak
        if all(in_row(doc, m) for m in person.mentions):
            continue  # "с моими любимыми Ричи, Тарантино и Скорсезе … не сравнится": a row to compare
        if made_by_another(doc, [person.name, *person.aliases]):
            continue  # "Братья Вачовски плачут" in a review of «Начало», Нолан's film
        if best is None or len(person.mentions) > len(doc.people[best].mentions):
            best = i
    return (best, "director: a known director, no other named") if best is not None else None
