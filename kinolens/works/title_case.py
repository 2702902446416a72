"""The nominative a card writes for a quoted title, read from the words before it: after a
preposition of the genitive («из «Матрицы»»), a noun it complements («трилогии «Матрицы»»)
or another word that is no verb nor conjunction («знаменитой «Матрицы»»), a title that reads
as a plural too is the singular genitive of its head.
"""
from __future__ import annotations

from ..people.names import parse
from .declension import attested_nominative, genitive_head, nominative


def known_film(title: str) -> bool:
    """The quote is a known film's title as spelled there (`works.known`, imported here late:
    it reads titles itself)."""
    from .known import is_known_title

    return is_known_title(title)


def case_read(text: str, title: str, before: list[str]) -> tuple[str, bool]:
    """(nominative, whether a preposition of the genitive gave it: "из «Матрицы»" has no
    nominative there) for a quoted `title` with the sentence's `before` words (lower case)."""
    normal = nominative(title)
    if normal == title:
        normal = attested_nominative(text, title)
    if normal != title or not before:
        return normal, False
    head = genitive_head(title)
    while len(before) > 1 and before[-1] in ASIDES:
        before = before[:-1]  # "от, например, 'Предстояния'"
    if before[-1] in GENITIVE_PREPOSITIONS:
        return head, head != title
    if head_noun(before[-1]) and plural_or_genitive(title):
        return head, False  # "трилогии «Матрицы»": the title a noun's complement
    if parse(before[-1])[0].tag.POS not in CLAUSE_WORDS and not known_film(title) and known_film(head):
        return head, False  # "знаменитой «Матрицы»", "лучше «Матрицы»": a known film's genitive
    return normal, False


# after these a title is a plural subject or object as written ("посмотрел «Зеркала»", "Но «Зеркала» глубже")
CLAUSE_WORDS = frozenset({"VERB", "INFN", "CONJ", "PRCL", "PRED", "NPRO", "INTJ"})


def plural_or_genitive(title: str) -> bool:
    """The title's first word reads as a plural nominative and a singular genitive alike
    («Матрицы», «Красотки»), and the title as written is no known film's («Хроники Сары Коннор»)."""
    readings = parse(title.split()[0].lower())
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in readings) and any(
        p.tag.case == "nomn" and p.tag.number == "plur" for p in readings) and not known_film(title)


# kinds of work that a title complements rather than names: "ремейк «Соляриса»", "трилогии «Матрицы»"
RELATIONAL_KINDS = frozenset("ремейк ремейка ремейков сиквел сиквела приквел сага саги франшиза франшизы трилогия "
                             "трилогию трилогии экранизация экранизацию".split())


def head_noun(word: str) -> bool:
    """A common noun, no name, that a title right after it complements in the genitive
    ("трилогии «Матрицы»", "создатели «Игры престолов»"); a kind of work before a title in
    apposition ("фильм «Красотки»") never gets here (`in_apposition`)."""
    readings = parse(word)
    return bool(readings) and readings[0].tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox"} & \
        readings[0].tag.grammemes


# words that may stand between a preposition and its title ("от, например, «Предстояния»")
ASIDES = frozenset("например скажем допустим даже хотя хоть бы".split())
GENITIVE_PREPOSITIONS = frozenset("из от до без у для после кроме вместо около против среди возле".split())


