"""Who did what: actors and their characters from cue words, crew jobs (`crew.py`), the
weaker signs (listed names, `actors.py` / `directors.py`) and a default kind for the rest (`fallback.py`).

Every cue is a pattern in `data/roles.json` (сыграла роль, в исполнении …) with the side its
name stands on; `plays.py` pairs the verb cues' names. "X (Y)" pairs are read both ways: the
one with more signs of being an actor is the actor; `pairs.py` adds "актёр — персонаж" lines
and the check every pair passes. What fired is kept in the debug view.
"""
from __future__ import annotations

import re

from ..doc import Doc
from ..pipeline import Stage
from .actors import is_known_actor, listed_actors, listed_authors, listed_composers, titled_parts
from .backrefs import back_pairs
from .casts import (cast_actors, cast_characters, cast_directors, film_cast, film_directors, is_cast_actor,
                    is_cast_character, known_characters)
from .cues import LIST_JOINED, Finder, Placed, rules
from .crew import crew_roles
from .directors import is_known_director, listed_director, listed_person, own_work_subjects
from .filmography import filmography_directors, made_by_another, made_here, source_authors
from .heroes import HERO_NOUN_BEFORE, given_pairs, hero_pairs, owner_like, title_role
from .names import parse
from .pairs import dash_pairs, settle
from .plays import IN_PERFORMANCE_WHY, play_pairs
from .fallback import default_kind, quoted
from .siblings import shared_jobs
from .sides import actor_likeness, gender_of

PARENS = re.compile(r"\s*\(\s*$")
# the bracket closes after the name, or after a lower-case description ("Джон Казале (Фредо, средний сын)")
CLOSED_AFTER = re.compile(r"\s*(?:,\s*[а-яё][^()«»\n]{0,60})?\)")




def coordinated(doc: Doc, finder: Finder, start: int, stop: int) -> list[list[Placed]]:
    """Runs of two or more names in [start, stop) joined by commas or и."""
    runs: list[list[Placed]] = []
    run: list[Placed] = []
    for p in finder.within(start, stop):
        if run and LIST_JOINED.match(doc.text[run[-1].stop:p.start]):
            run.append(p)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [p]
    if len(run) >= 2:
        runs.append(run)
    return runs


def by_gender(doc: Doc, actors: list[Placed], roles: list[Placed]) -> list[tuple[Placed, Placed]]:
    """Actors to roles in order, or crosswise where only that agrees in gender (two and two)."""
    if len(actors) == 2:
        ga = [gender_of(doc.people[p.person].name) for p in actors]
        gr = [gender_of(doc.people[p.person].name) for p in roles]

        def fit(order):  # genders that agree minus those that clash, where both are known
            return sum((x == y) - (x != y) for x, y in zip(ga, order) if x and y)
        if fit(gr[::-1]) > fit(gr):
            return list(zip(actors, roles[::-1]))
    return list(zip(actors, roles))


def parallel_pairs(doc: Doc, finder: Finder, taken: set[int]) -> list[tuple[int, int | None, str]]:
    """"… Сарумане и Гриме. … Кристофер Ли и Брэд Дуриф сыграли …": coordinated full names
    with an ensemble verb take the characters of the nearest earlier run of as many names
    (up to three sentences back), in order or as genders agree."""
    found = []
    for k, (a, b) in enumerate(finder.bounds):
        if not rules()["ensemble_verbs"].search(doc.text[a:b]):
            continue
        for actors in coordinated(doc, finder, a, b):
            people = [p.person for p in actors]
            if len(set(people)) < len(people) or taken & set(people):
                continue
            if not all(len(doc.people[i].name.split()) >= 2 for i in people):
                continue
            for c, d in reversed(finder.bounds[max(0, k - 3):k]):
                runs = [r for r in coordinated(doc, finder, c, d)
                        if len(r) == len(actors) and not {p.person for p in r} & set(people)
                        and all(len(doc.people[p.person].name.split()) == 1 for p in r)]
                if runs:
                    found += [(x.person, y.person, "parallel: names … names + сыграли")
                              for x, y in by_gender(doc, actors, runs[-1])]
                    break
    return found


RESPECTIVELY = re.compile(r"(?<![а-яё])соответственно(?![а-яё])", re.I)
HYPOTHETICAL = re.compile(r"(?<![а-яё])(?:предполага\w*|планирова\w*|рассматрива\w*|прочил\w*|хотел\w*|мог(?:ли|ла)?\s+бы)",
                          re.I)
PARTS_BEFORE = re.compile(r"(?:рол(?:и|ей|ях|ями)|образ(?:ы|ов)|персонаж(?:ей|и))\s*$", re.I)


def respective_pairs(doc: Doc, finder: Finder) -> list[tuple[int, int | None, str]]:
    """"Роли Энди и Рэда сыграли Тим Роббинс и Морган Фримен соответственно": in a sentence
    that says "соответственно", two runs of as many names pair in order; the actors are the
    run of full names beside one with a single name, or the run not right after "роли"."""
    found = []
    for a, b in finder.bounds:
        if not RESPECTIVELY.search(doc.text, a, b) or HYPOTHETICAL.search(doc.text, a, b):
            continue  # "Райнер предполагал на роли Реда и Энди … Форда и Круза": a casting that was not
        runs = coordinated(doc, finder, a, b)
        if len(runs) != 2 or len(runs[0]) != len(runs[1]) or \
                {p.person for p in runs[0]} & {p.person for p in runs[1]}:
            continue
        full = [all(len(doc.people[p.person].name.split()) >= 2 for p in run) for run in runs]
        parts = [bool(PARTS_BEFORE.search(doc.text[max(a, run[0].start - 12):run[0].start])) for run in runs]
        if full[0] != full[1]:
            actors, roles = (runs[0], runs[1]) if full[0] else (runs[1], runs[0])
        elif parts[0] != parts[1]:
            actors, roles = (runs[1], runs[0]) if parts[0] else (runs[0], runs[1])
        else:
            continue
        found += [(x.person, y.person, "respectively: X и Y … A и B соответственно") for x, y in zip(actors, roles)]
    return found


def two_filmmakers(doc: Doc, outer: Placed, inner: Placed) -> bool:
    """A listed director with a listed filmmaker in brackets after him is a likening explained
    ("с японским Михалковым (Такеши Китано)"), no part and its actor."""
    a, b = doc.people[outer.person], doc.people[inner.person]
    return listed_person(a, is_known_director) and (listed_person(b, is_known_director) or listed_person(b, is_known_actor))


def paren_pairs(doc: Doc, finder: Finder) -> list[tuple[int, int | None, str]]:
    """"X (Y)" pairs; the one more like an actor plays the other."""
    found = []
    placed = finder.placed
    for outer, inner in zip(placed, placed[1:]):
        between = doc.text[outer.stop:inner.start]
        if not PARENS.match(between) or not CLOSED_AFTER.match(doc.text, inner.stop):
            continue
        if outer.person == inner.person or two_filmmakers(doc, outer, inner):
            continue
        if HERO_NOUN_BEFORE.search(doc.text[max(0, outer.start - 14):outer.start]) and owner_like(doc, outer):
            found.append((outer.person, inner.person, "pair: hero of actor (character)"))  # "герой Хатчинсона (Перси)"
        elif actor_likeness(doc, outer) > actor_likeness(doc, inner, cue_counts=False):
            found.append((outer.person, inner.person, "pair: actor (character)"))
        else:
            found.append((inner.person, outer.person, "pair: character (actor)"))
    for p in placed:
        before = doc.text[max(0, p.start - 40):p.start]
        after = doc.text[p.stop:p.stop + 2]
        full = len(doc.people[p.person].name.split()) >= 2  # "героя (Максимус)" names a character
        if full and re.search(r"[а-яё]\s*\(\s*$", before) and after.lstrip().startswith(")"):
            if not any(p.person in (a, c) for a, c, _ in found):
                found.append((p.person, None, "pair: role (actor)"))
    return found


def directs_here(doc: Doc, i: int | None) -> bool:
    """The person is a known director of the reviewed film (`data/filmographies.json`) whom its
    known cast has not act: "экранизация романа Кинга в исполнении Дарабонта" is his film, no part.
    Where the cast is not known, he may act in it too (Такеши Китано in «Брат якудзы»)."""
    if i is None or not film_cast(doc):
        return False
    person = doc.people[i]
    return made_here(doc, [person.name, *person.aliases]) and not is_cast_actor(doc, person)


JOB_RIGHT_BEFORE = re.compile(r"(?:режисс[её]р|сценарист|композитор|продюсер|оператор)\w*\s+$", re.I)


def job_right_before(doc: Doc, person) -> bool:
    """A crew noun stands right before one of the person's mentions ("сценаристы Валлелонга"): the job
    is theirs even where a hero of the known cast shares the name."""
    return any(JOB_RIGHT_BEFORE.search(doc.text[max(0, m.start - 20):m.start]) for m in person.mentions)


def cast_hero(doc: Doc, person) -> bool:
    """A hero of the film's known cast, no known director, with no crew noun right before a mention:
    a crew cue further off is not theirs ("режиссера третьей части приключений Гарри Поттера")."""
    return is_cast_character(doc, person) and not job_right_before(doc, person) \
        and not listed_person(person, is_known_director)


def foreign_directors(doc: Doc, kinds: list[list[str]]) -> list[int]:
    """People read as directors who are well-known directors but not of the reviewed film, whose
    own known director the review names as often or more ("к свежему фильму Альфонсо Куарона" in
    a review of «Интерстеллар» that names Нолан; a film chosen wrong names its director seldom), or
    that names no director of it at all where the film is written twice or more (`made_by_another`:
    Коламбус in a review of «Узник Азкабана»), or well-known actors who are no known directors
    ("после фильма Сэма Рокуэлла")."""
    own = set(film_directors(doc)) | {i for i, p in enumerate(doc.people) if made_here(doc, [p.name, *p.aliases])}
    most = max((len(doc.people[i].mentions) for i in own), default=0)

    def foreign(i: int, person) -> bool:
        if "director" not in kinds[i] or i in own:
            return False
        known = listed_person(person, is_known_director)
        if own:
            return known and len(person.mentions) <= most or not known and listed_person(person, is_known_actor)
        return known and made_by_another(doc, [person.name, *person.aliases])

    return [i for i, p in enumerate(doc.people) if foreign(i, p)]


def assign_roles(doc: Doc) -> None:
    finder = Finder(doc)
    people = doc.people
    kinds: list[list[str]] = [[] for _ in people]
    characters: list[list[str]] = [[] for _ in people]
    pairs = play_pairs(doc, finder) + paren_pairs(doc, finder) + hero_pairs(doc, finder) \
        + given_pairs(doc, finder) + dash_pairs(doc, finder)
    pairs += back_pairs(doc, finder, pairs)
    respective = respective_pairs(doc, finder)
    paired = {i for actor, role, _ in respective for i in (actor, role)}
    pairs = [pair for pair in pairs if not {pair[0], pair[1]} & paired] + respective
    pairs = [settled(doc, actor, role, why) for actor, role, why in pairs if not directs_here(doc, actor)]
    pairs = [pair for pair in pairs if not supposed(doc, pair[0])]
    taken = {i for actor, role, _ in pairs if role is not None and actor is not None for i in (actor, role)}
    for actor, role, why in pairs + parallel_pairs(doc, finder, taken):
        if actor is not None:
            _add(kinds[actor], "actor")
        if role is not None:
            _add(kinds[role], "character")
        if actor is not None and role is not None:
            _add(characters[actor], people[role].name)
        doc.note("roles", why, f"{people[actor].name if actor is not None else '?'} → "
                               f"{people[role].name if role is not None else '?'}")
    authors = dict(listed_authors(doc))
    authors.update((i, why) for i, why in source_authors(doc, kinds) if i not in authors)
    for i, why in authors.items():
        kinds[i], characters[i] = ["author"], []
        doc.note("roles", why, people[i].name)
    for i, kind, why in crew_roles(doc, finder):
        if "character" in kinds[i] and kind not in ("author",) or i in authors \
                or kind != "author" and cast_hero(doc, people[i]):
            continue
        _add(kinds[i], kind)
        doc.note("roles", why, people[i].name)
    for i, why in filmography_directors(doc, kinds) + cast_directors(doc, kinds):
        _add(kinds[i], "director")
        doc.note("roles", why, people[i].name)
    weaker = [(i, w) for i, w in own_work_subjects(doc) if not kinds[i]]
    weaker += [hit for hit in [listed_director(doc, kinds)] if hit is not None and not weaker
               and not is_cast_actor(doc, people[hit[0]])]  # Китано acts in «Королевская битва»
    for i, why in weaker:
        _add(kinds[i], "director")
        doc.note("roles", why, people[i].name)
    for i in foreign_directors(doc, kinds):
        kinds[i].remove("director")
        doc.note("roles", "a well-known director of other films, the film's own named: not directing", people[i].name)
    for i, job in shared_jobs(doc, kinds):
        _add(kinds[i], job)
        doc.note("roles", "a brother or sister named with one (X и Y Surname)", f"{people[i].name}: {job}")
    for i, why in listed_composers(doc, kinds):
        _add(kinds[i], "composer")
        doc.note("roles", why, people[i].name)
    for found in (cast_actors, listed_actors):  # the second sees what the first gave
        for i, why in found(doc, kinds):
            _add(kinds[i], "actor")
            doc.note("roles", why, people[i].name)
    for i, person in enumerate(people):
        if not kinds[i]:
            kind, why = default_kind(doc, person, finder)
            kinds[i].append(kind)
            doc.note("roles", why, f"{person.name}: {kind}")
    for i, j in beside_actors(doc, finder, kinds):
        kinds[i] = ["actor"]
        doc.note("roles", "named beside an actor (и у Кэвизела, и у Куэйда)", f"{people[i].name}: actor")
    for i, j in beside_characters(doc, finder, kinds):
        kinds[i] = ["character"]
        doc.note("roles", "named beside a character (Руди и Марти)", f"{people[i].name}: character")
    performing = {a for a, _, why in pairs if a is not None and why.startswith(IN_PERFORMANCE_WHY)}
    for i, stray, why in one_job(doc, kinds, characters, performing):
        kinds[i].remove(stray)
        doc.note("roles", why, people[i].name)
    for i, why in known_characters(doc, kinds, characters):
        kinds[i] = ["character"]
        doc.note("roles", why, people[i].name)
    for i, j, name in cast_characters(doc, kinds, characters):
        characters[i].append(name)
        doc.note("roles", "the known cast of the film pairs them", f"{people[i].name} → {name}")
    for i, why in titled_parts(doc, kinds, characters):
        kinds[i] = ["character"]
        doc.note("roles", why, people[i].name)
    title_role(doc, kinds, characters, {actor for actor, _, _ in pairs if actor is not None})
    for i, person in enumerate(people):
        person.kinds, person.characters = kinds[i], characters[i]


SUPPOSITION = re.compile(r"\bесли\s+б(?:ы)?\b(?!\s+не\b)", re.I)  # "если бы не X" credits X


def supposed(doc: Doc, i: int | None) -> bool:
    """Person `i` is named only in suppositions: no part for them (noted)."""
    if i is None or not all(hypothetical(doc, m.start) for m in doc.people[i].mentions):
        return False
    doc.note("roles", "only named in a supposition (если бы …): no part", doc.people[i].name)
    return True


def hypothetical(doc: Doc, start: int) -> bool:
    """The sentence around `start` supposes what did not happen ("Если бы тут сыграл Роуэн
    Аткинсон в роли Эджкомба, это было бы ошибкой"); "если бы не" credits what did."""
    sentence = doc.sentence_at(start)
    return sentence is not None and SUPPOSITION.search(doc.text, sentence.start, start) is not None


def one_job(doc: Doc, kinds: list[list[str]], characters: list[list[str]],
            performing: set[int] = frozenset()) -> list[tuple[int, str, str]]:
    """(person, kind to drop, why) for people read as both actor and director, where the lists
    know them for one job: a listed director, no listed actor and no character is not acting
    ("воплотил на экране … в лице Фрэнка Дарабонта"), unless a part cue names them
    (`performing`: "учитель в исполнении Такеши Китано"); a listed actor, no listed director, is not
    directing ("фильм Кристиана Бэйла"; Шон Пенн directing «Обещание», named as no actor there,
    keeps his director)."""
    found = []
    for i, p in enumerate(doc.people):
        if not {"actor", "director"} <= set(kinds[i]):
            continue
        actor, director = listed_person(p, is_known_actor), listed_person(p, is_known_director)
        if director and not actor and not characters[i] and i not in performing:
            found.append((i, "actor", "a known director, no known actor, and no character: not acting"))
        elif actor and not director:
            found.append((i, "director", "a known actor, no known director, acting here: not directing"))
    return found


def settled(doc: Doc, actor: int | None, role: int | None, why: str) -> tuple[int | None, int | None, str]:
    """The pair after the known-actor check (`pairs.settle`), its note added to the rule."""
    actor, role, note = settle(doc, actor, role)
    return actor, role, why + note


BESIDE = re.compile(r"^\s*(?:,|и|,\s*и)\s*(?:(?:у|с|со|для|от)\s+)?$")
# "Колин Фаррелл и превосходная Бриджет Мойнэан": after "и", one adjective may stand before the name
# (not "заканчивая Рэкел Уэлч", a verb form; nor "Джессика Честейн, взрослая Мёрф", her part)
AND_ADJECTIVE = re.compile(r"^\s*,?\s*и\s+([а-яё]+)\s+$")


def beside(doc: Doc, between: str) -> bool:
    """Two names stand side by side in a list."""
    if BESIDE.match(between):
        return True
    m = AND_ADJECTIVE.match(between)
    return m is not None and parse(m.group(1))[0].tag.POS == "ADJF"


def beside_actors(doc: Doc, finder: Finder, kinds: list[list[str]]) -> list[tuple[int, int]]:
    """(person, actor): a person no cue typed ("other"), named right beside an actor in a list."""
    return [(i, j) for i, j in side_by_side(doc, finder, kinds)
            if "actor" in kinds[j] and len(doc.people[i].name.split()) + 1 >= len(doc.people[j].name.split())
            and not is_known_director(doc.people[i].name) and not is_cast_character(doc, doc.people[i])]


def beside_characters(doc: Doc, finder: Finder, kinds: list[list[str]]) -> list[tuple[int, int]]:
    """(person, character): a lone name no cue typed ("other"), named right beside a character
    ("история Энди Дюфрейна и Рэда", "Руди и Марти"), and known as no actor or director."""
    return [(i, j) for i, j in side_by_side(doc, finder, kinds)
            if kinds[j] == ["character"] and len(doc.people[i].name.split()) == 1
            and not is_known_actor(doc.people[i].name) and not is_known_director(doc.people[i].name)]


def side_by_side(doc: Doc, finder: Finder, kinds: list[list[str]]) -> list[tuple[int, int]]:
    """(person typed "other", the person beside them) for two names side by side in a list,
    neither inside a quote."""
    found = []
    for a, b in zip(finder.placed, finder.placed[1:]):
        if a.person == b.person or not beside(doc, doc.text[a.stop:b.start]):
            continue
        if quoted(doc, a) or quoted(doc, b):
            continue
        found += [(i, j) for i, j in ((a.person, b.person), (b.person, a.person)) if kinds[i] == ["other"]]
    return found


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


class Roles(Stage):
    name = "roles"
    requires = ("text", "sentences", "people", "works")  # works: the film is chosen
    assigns = ("roles",)

    def process(self, doc: Doc) -> None:
        assign_roles(doc)
        doc.roles = [(p.name, k, c) for p in doc.people for k in p.kinds for c in (p.characters or [""])]
