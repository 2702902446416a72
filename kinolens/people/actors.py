"""Well-known actors, composers and authors named without any cue (`actors`, `composers`,
`authors` in `data/filmmakers.json`).

Weaker than a cue: a listed actor becomes an `actor` of the reviewed film only
where no cue gave the person a role, and only through a mention that stands
outside a comparison (как у, в духе, фильмы X) and in a sentence that names no
other work ("как Том Круз в «Миссия невыполнима-2»" names an actor of another
film, who stays `other`).
"""
from __future__ import annotations

import re

from ..doc import Doc, NameMention
from ..text.spelling import fold
from ..works.context import sentence_of
from .directors import NOT_HERE, is_listed, listed_names, listed_person

# the review speaks of a book, so a listed writer it names is likely the source's author
BOOK_TALK = re.compile(r"\b(?:книг\w*|книж\w*|произведени\w*|прочита\w*|роман(?:а|у|ом|е|ы|ов|ам|ами|ах)?|повест\w*"
                       r"|экранизац\w*|экранизир\w*"
                       r"|первоисточник\w*|писател\w*|бестселлер\w*|комикс\w*)\b", re.I)
LIKE = re.compile(r"(?:как\s+(?:и\s+)?у|в\s+духе|в\s+стиле|напомина\w*|сравни\w*|подобно|похож\w*|вроде|типа)"
                  r"\s+(?:\w+\s+)?$|(?<!\w)не\s+$", re.I)


def is_known_actor(name: str) -> bool:
    """On the list in full, or a surname the list writes alone (Хэнкс), not a common one."""
    return is_listed(name, "actors", False)


def is_known_composer(name: str) -> bool:
    """On the list in full, or a surname the list writes alone (Циммер, Морриконе)."""
    return is_listed(name, "composers", False)


def listed_composers(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for listed composers with no role yet, named outside a comparison: in a
    film review Ханс Циммер is there for the music ("гений звука Ханс Циммер")."""
    found = []
    for i, person in enumerate(doc.people):
        if kinds[i] or not listed_person(person, is_known_composer):
            continue
        if any(not NOT_HERE.search(doc.text[max(0, m.start - 40):m.start]) for m in person.mentions):
            found.append((i, "composer: a known composer"))
    return found


def listed_actors(doc: Doc, kinds: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for listed actors with no role yet, named here for this film."""
    others = [t for w in (doc.works or []) for t in w.mentions]
    found = []
    for i, person in enumerate(doc.people):
        if kinds[i] or not listed_person(person, is_known_actor):
            continue
        if any(here(doc, m, others) for m in person.mentions):
            found.append((i, "actor: a known actor named for this film"))
    return found


# "верю, сказал бы Станиславский", "как пел Высоцкий": the name right after is the one who says or sings it
SAID_BY = re.compile(r"(?<![а-яё])(?:сказал|говорил|говаривал|заметил|писал)\w*\s+(?:бы\s+)?$", re.I)
SUNG_BY = re.compile(r"(?<![а-яё])(?:пел|поёт|поет|спел|пела)\w*\s+$", re.I)


# "назвать её азиатской Кристен Стюарт": a nation's adjective right before a star's name is a likeness
LIKENESS = re.compile(r"(?<![а-яё])(?:азиатск|русск|российск|советск|отечественн|американск|французск|итальянск|японск|"
                      r"корейск|китайск|индийск|британск|английск|немецк|испанск|мексиканск)\w*\s+$", re.I)


def here(doc: Doc, mention: NameMention, other_titles: list) -> bool:
    """Not after a comparison word, a nation's adjective ("азиатской Кристен Стюарт") or a verb of
    saying or singing ("как пел Высоцкий"), and not in a sentence that names another work."""
    before = doc.text[max(0, mention.start - 40):mention.start]
    if NOT_HERE.search(before) or LIKENESS.search(before) or SAID_BY.search(before) or SUNG_BY.search(before):
        return False
    return not in_sentence(doc, mention, other_titles)


def is_known_author(name: str) -> bool:
    """On the `authors` list in full, or as a surname the list writes alone (Кинг, Толкиен)."""
    full, last = listed_names("authors", False)
    words = fold(name).split()
    return " ".join(words) in full or len(words) == 1 and words[0] in last


def listed_authors(doc: Doc) -> list[tuple[int, str]]:
    """(person, why): the one listed writer of a review that speaks of a book, named more often
    than any other listed writer (a row of classics is a comparison: "Оруэлл, Брэдбери и
    Замятин"), through a mention outside a comparison ("в духе Оруэлла") and outside a sentence
    that names another work ("«Оно» по мотивам Стивена Кинга" in a review of another film), and
    either named twice or in a sentence that speaks of the book. The source's author then,
    whatever weaker cue said ("творение Стивена Кинга" is no director's film)."""
    if not BOOK_TALK.search(doc.text):
        return []
    listed = sorted(((len(p.mentions), i) for i, p in enumerate(doc.people)
                     if listed_person(p, is_known_author)), reverse=True)
    if not listed or len(listed) > 1 and listed[0][0] == listed[1][0]:
        return []
    count, i = listed[0]
    others = [t for w in (doc.works or []) if w.relation != "source" for t in w.mentions]
    fitting = [m for m in doc.people[i].mentions
               if not LIKE.search(doc.text[max(0, m.start - 40):m.start]) and not in_sentence(doc, m, others)]
    beside_book = any(BOOK_TALK.search(doc.text[slice(*sentence_of(doc, m.start))]) for m in fitting)
    if fitting and (count >= 2 or beside_book):
        return [(i, "author: the one known writer, the review speaks of a book")]
    return []


def in_sentence(doc: Doc, mention: NameMention, titles: list) -> bool:
    """A title of `titles` stands in the mention's sentence."""
    start, stop = sentence_of(doc, mention.start)
    return any(start <= t.start < stop for t in titles)



# the `honorifics` of data/roles.json that open no actor's name as the review writes it: not Дон (a first
# name too: Дон Дэвис), Сэр (a knighthood: Сэр Шон Коннери), Дедушка (Дедушка Фримен)
TITLE_WORDS = frozenset("мистер миссис мисс доктор принц принцесса король королева леди лорд граф графиня "
                        "капитан агент профессор инспектор тётя тетя дядя".split())


def titled_parts(doc: Doc, kinds: list[list[str]], characters: list[list[str]]) -> list[tuple[int, str]]:
    """(person, why) for names that open with a title word (Мистер Джинглс, Принц Каспиан, Тетя
    Мардж, Доктор Дон Ширли) that a weak cue made an actor given no part (not "Мистер Керри" as
    Чарли), and that no list knows: a part, not an actor."""
    return [(i, "character: a title word opens the name") for i, p in enumerate(doc.people)
            if kinds[i] == ["actor"] and not characters[i] and len(p.name.split()) >= 2
            and p.name.split()[0].lower() in TITLE_WORDS and not is_known_actor(p.name)]
