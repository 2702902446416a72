"""Who plays whom in the reviewed film, by the known casts of well-known films (`data/casts.json`):
an actor of the film's cast named in its review acts in it, however the sentence names them
("Рассел Кроу — абсолютно точное попадание в образ" in a review of «Гладиатор»), and where the
review also names the character that actor plays, the pair is the card's ("спросил имя воина
(Кроу)" beside "Максимуса"). Only ever adds: a film the casts do not hold, or a person they do
not list, keeps what the cue rules gave.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..data import load_lexicon
from ..doc import Doc, PersonEntry
from ..text.spelling import fold, loose, one_edit
from ..works.keys import title_match_key
from .directors import is_listed
from .filmography import film_titles, spells

Part = tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]  # (actor's spellings as folded words, character's spellings)


def read_part(entry: str) -> Part:
    actor, character = (side.split("|") for side in entry.split(" = "))
    return tuple(tuple(fold(s).split()) for s in actor), tuple(character)


@lru_cache(maxsize=1)
def films() -> tuple[tuple[tuple[str, ...], tuple[Part, ...]], ...]:
    """(titles, parts) of each known film, read once."""
    return tuple((tuple(titles.split("|")), tuple(read_part(e) for e in entries))
                 for titles, entries in load_lexicon("casts")["films"].items())


@lru_cache(maxsize=1)
def known_actor_names() -> dict[str, frozenset]:
    """Every spelling of every known film's actors, as folded words joined by spaces → the
    folded words of the characters that actor plays ("дэнни ллойд" → дэнни, торранс)."""
    out: dict[str, set] = {}
    for _, parts in films():
        for actor, character in parts:
            for spelling in actor:
                out.setdefault(" ".join(spelling), set()).update(w for c in character for w in fold(c).split())
    return {name: frozenset(words) for name, words in out.items()}


@lru_cache(maxsize=1)
def known_character_names() -> frozenset:
    """Every spelling of every known film's characters, folded ("купер" in «Интерстеллар»)."""
    return frozenset(fold(c) for _, parts in films() for _, character in parts for c in character)


def short_titles(title: str) -> list[str]:
    """What a review may call the film by alone: the subtitle after a colon («Завет»), and the
    words after the hero's name and "и", two or more («Узник Азкабана» for «Гарри Поттер и узник
    Азкабана»)."""
    found = [title.split(":", 1)[1]] if ":" in title else []
    tail = title.split(":")[0].split(" и ", 1)
    if len(tail) == 2 and (len(tail[1].split()) > 1 or "-" in tail[1]):
        found.append(tail[1])
    return found


@lru_cache(maxsize=1)
def short_title_films() -> dict[str, int]:
    """The match key of each short title (`short_titles`) only one known film has, and that film's
    place in `films()`."""
    owners: dict[str, set[int]] = {}
    for i, (titles, _) in enumerate(films()):
        for title in titles:
            for short in short_titles(title):
                owners.setdefault(title_match_key(short), set()).add(i)
    return {key: next(iter(found)) for key, found in owners.items() if len(found) == 1}


@lru_cache(maxsize=1)
def casts() -> dict[str, tuple[Part, ...]]:
    """Each known film's parts, by the match key of every title it is known by; a series'
    name before the colon («Хоббит», «Мстители») holds the parts of all its films; a short title
    (`short_titles`) that no other film has and no film is called («Завет» for «Чужой: Завет»),
    its film's."""
    index: dict[str, tuple[Part, ...]] = {}
    series: dict[str, list[Part]] = {}  # the part before a subtitle's colon: all the films that share it
    for titles, parts in films():
        for title in titles:
            index.setdefault(title_match_key(title), parts)
            if ":" in title:
                series.setdefault(title_match_key(title.split(":")[0]), []).extend(parts)
    for key, parts in series.items():
        index.setdefault(key, tuple(parts))
    for key, i in short_title_films().items():
        index.setdefault(key, films()[i][1])
    return index


def cast_of(doc: Doc) -> tuple[Part, ...]:
    """The known parts of the reviewed film; none where no film was chosen or none is known."""
    return known_cast(film_titles(doc))


@lru_cache(maxsize=200_000)
def close(a: str, b: str) -> bool:
    """Two spellings of one name: the same as they sound, or a letter off in a long one (Белфот)."""
    a, b = loose(a), loose(b)
    return a == b or min(len(a), len(b)) >= 6 and one_edit(a, b)


def spells_actor(words: list[str], spelling: tuple[str, ...]) -> bool:
    """`filmography.spells`, but a surname alone may be a common one (the film's cast tells
    which Кроу the review means), and the words may be joined or split otherwise (ДиКаприо,
    Ди Каприо) or a letter off."""
    if spells(words, spelling):
        return True
    written = "".join(words)
    if close(written, "".join(spelling)):
        return True
    return len(spelling) > 1 and len(words) <= 2 and any(close(written, "".join(spelling[k:]))
                                                         for k in range(1, len(spelling)))


@lru_cache(maxsize=1)
def directors() -> dict[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    """The directors written down for known films (each a tuple of spellings as folded words),
    by the match key of every title the film is known by."""
    index: dict[str, tuple] = {}
    for titles, names in load_lexicon("casts")["directors"].items():
        made_by = tuple(tuple(tuple(fold(s).split()) for s in name.split("|")) for name in names)
        for title in titles.split("|"):
            index.setdefault(title_match_key(title), made_by)
    return index


def film_directors(doc: Doc) -> list[int]:
    """The people whom `directors` names as the reviewed film's directors."""
    made_by = next((directors()[k] for t in film_titles(doc) if (k := title_match_key(t)) in directors()), ())
    return [i for i, p in enumerate(doc.people) if made_by
            and any(spells_actor(fold(n).split(), s) for n in [p.name, *p.aliases] for d in made_by for s in d)]


def cast_directors(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for people with no role yet, or only an actor's, whom `directors` names
    as the director of the reviewed film (Шьямалан in a review of «Шестое чувство»)."""
    return [(i, "director: the known director of the film") for i in film_directors(doc) if kinds[i] in ([], ["actor"])]


@lru_cache(maxsize=1)
def titles_by_key() -> dict[str, tuple[str, ...]]:
    """Every title of a known film by the match key of each of them."""
    return {title_match_key(title): titles for titles, _ in reversed(films()) for title in reversed(titles)}


def known_cast_titles(title: str) -> tuple[str, ...]:
    """The titles the casts know the film of this title by; none where it is not a known film."""
    return titles_by_key().get(title_match_key(title), ())


@lru_cache(maxsize=1)
def heads_by_key() -> dict[str, tuple[str, ...]]:
    """The first title of each known film, by the match key of every title it is known by, of
    its series' name before a colon, and of a subtitle no other film has (`casts`)."""
    index: dict[str, list[str]] = {}
    for titles, _ in films():
        for key in {title_match_key(t) for t in titles} | {title_match_key(t.split(":")[0]) for t in titles if ":" in t}:
            index.setdefault(key, []).append(titles[0])
    for key, i in short_title_films().items():
        index.setdefault(key, [films()[i][0][0]])
    return {key: tuple(found) for key, found in index.items()}


def shared_cast(a: tuple[Part, ...], b: tuple[Part, ...]) -> bool:
    """Half the actors of the smaller cast or more play in the other too: parts of one series
    («Пробуждение силы», «Скайуокер. Восход»; «Братство кольца» and the whole «Властелин колец»),
    where the people a review names tell nothing of which part it is about."""
    actors_a, actors_b = {part[0][0] for part in a}, {part[0][0] for part in b}
    smaller = min(len(actors_a), len(actors_b))
    return smaller > 0 and 2 * len(actors_a & actors_b) >= smaller


def films_titled(title: str) -> tuple[str, ...]:
    """The first titles of the known films this title names: the film, or the films of the
    series it names («Терминатор 3» for «Терминатор 3: Восстание машин»)."""
    return heads_by_key().get(title_match_key(title), ())


def known_cast(titles: list[str]) -> tuple[Part, ...]:
    """The known parts of the film one of the titles names (or of its series, before a colon)."""
    for title in titles:
        for key in dict.fromkeys([title_match_key(title), title_match_key(title.split(":")[0])]):
            if key in casts():
                return casts()[key]
    return ()


def cast_named(doc: Doc, parts: tuple[Part, ...], apart_from: tuple = ()) -> int:
    """How many of the review's people are actors or characters of these parts, named outside
    the sentences of the spans `apart_from` (a title's own: "«Ирландец» (Де Ниро, Пачино)")."""
    beside = {doc.sentence_index(m.start) for m in apart_from}
    return sum(1 for p in doc.people or [] if any(doc.sentence_index(m.start) not in beside for m in p.mentions)
               and (part_of([p.name, *p.aliases], parts) is not None or plays_part([p.name, *p.aliases], parts)))


def film_cast(doc: Doc) -> tuple[Part, ...]:
    """The parts the cast stage found, or found now where it did not run."""
    return doc.cast if doc.cast is not None else cast_of(doc)


def part_of(names: list[str], parts: tuple[Part, ...]) -> Optional[Part]:
    """The part whose actor one of the names spells."""
    for name in names:
        words = fold(name).split()
        for part in parts:
            if words and any(spells_actor(words, s) for s in part[0]):
                return part
    return None


def plays_part(names: list[str], parts: tuple[Part, ...]) -> bool:
    """One of the names spells a character of the parts."""
    return any(played_as(names, part[1]) for part in parts)


def is_cast_character(doc: Doc, person: PersonEntry) -> bool:
    """The person's name spells a character of the film's known cast (Нео, Смит)."""
    return plays_part([person.name, *person.aliases], film_cast(doc))


def is_cast_actor(doc: Doc, person: PersonEntry) -> bool:
    """The person's name spells an actor of the film's known cast, and no one else's character
    (Смит is Agent Smith in «Матрица», not Джада Пинкетт-Смит; Китано plays Китано)."""
    parts = film_cast(doc)
    names = [person.name, *person.aliases]
    part = part_of(names, parts)
    return part is not None and not any(played_as(names, other[1]) for other in parts if other is not part)


def plays_another(doc: Doc, actor: PersonEntry, character: PersonEntry) -> bool:
    """The film's known cast gives the actor a part, and the character to others only."""
    parts = film_cast(doc)
    mine = part_of([actor.name, *actor.aliases], parts)
    theirs = [p for p in parts if played_as([character.name, *character.aliases], p[1])]
    return mine is not None and bool(theirs) and mine not in theirs


def cast_actors(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for people with no role yet who are in the film's known cast."""
    return [(i, "actor: in the known cast of the film") for i, p in enumerate(doc.people)
            if not kinds[i] and is_cast_actor(doc, p)]


def played_as(names: list[str], spellings: tuple[str, ...]) -> Optional[str]:
    """The first of a person's names (name, then aliases) that spells the character as it
    sounds, a letter off in a long one; None where none does."""
    return next((n for n in names if spells_character(n, spellings)), None)


@lru_cache(maxsize=100_000)
def spells_character(name: str, spellings: tuple[str, ...]) -> bool:
    written = "".join(fold(name).split())
    return any(close(written, "".join(fold(s).split())) for s in spellings)


def near(doc: Doc, a: PersonEntry, b: PersonEntry, reach: int = 1, paragraph: bool = False) -> bool:
    """A mention of `a` stands within `reach` sentences of one of `b`: the text puts them together;
    with `paragraph`, also with no line break between them: one paragraph tells of both ("Ретт…
    Сильный, мужественный … Он статен … Кларку Гейблу удалось сотворить своей игрой …")."""
    there = [(doc.sentence_index(n.start), n) for n in b.mentions]
    return any(abs(doc.sentence_index(m.start) - j) <= reach
               and not (paragraph and "\n" in doc.text[min(m.start, n.start):max(m.stop, n.stop)])
               for m in a.mentions for j, n in there)


PARAGRAPH_REACH = 3


def cast_characters(doc: Doc, kinds: list[list[str]], characters: list[list[str]]) -> list[tuple[int, int, str]]:
    """(actor, character, the character's name) for actors of the film with no character yet
    whose known character the review names, no rule made an actor, within a sentence of them
    ("…(Максимуса). … спросил имя воина (Кроу)") or three inside one paragraph (`PARAGRAPH_REACH`:
    on 5,000 train reviews 186 more pairs, among them dev's Пол Райзер as Берк); a character named
    only pages away from the actor is the story's, and the card does not pair them on knowledge alone."""
    parts = film_cast(doc)
    found = []
    for i, p in enumerate(doc.people):
        part = part_of([p.name, *p.aliases], parts) if "actor" in kinds[i] and not characters[i] else None
        if part is None:
            continue
        for j, q in enumerate(doc.people):
            name = played_as([q.name, *q.aliases], part[1]) if j != i and "actor" not in kinds[j] else None
            if name is not None and (near(doc, p, q) or near(doc, p, q, PARAGRAPH_REACH, paragraph=True)):
                found.append((i, j, name))
                break
    return found


def known_characters(doc: Doc, kinds: list[list[str]], characters: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for characters of the film's known cast no rule gave a role, or only
    `other`, or an actor's with no character of their own where the cast knows no such actor
    ("Нео" in a review of «Матрица»; "Перси Уэтмора" beside a cue word in «Зелёная миля»)."""
    return [(i, "character: in the known cast of the film") for i, p in enumerate(doc.people)
            if (kinds[i] in ([], ["other"]) or kinds[i] == ["actor"] and not characters[i]
                and not is_cast_actor(doc, p) and not is_listed(p.name, "actors", False))
            and is_cast_character(doc, p)]
