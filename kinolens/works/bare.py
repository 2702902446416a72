"""Titles written without quotes that the titles stage takes itself: a capitalised word and a
part's number (Брат-2, "Брата 2"), and a title that opens a sentence and is called a film
("Радиоволна это не просто триллер"). Other unquoted titles only compete to be the film
(`unquoted.py`) or are known films (`known.py`)."""
from __future__ import annotations

import re

from ..doc import Doc, TitleMention, spanned
from ..people.names import morph, parse
from .declension import nominative
from .titles import kind_of_cue, lexicon, naming_word, words_before


NUMBERED = re.compile(r"(?<![\w«\"'“„-])([А-ЯЁ][а-яё]{2,})(?:-|\s)(\d{1,2})(?![\w.,]\d|\w|-[а-яё]|\s?[-–—]\s?(?:\d|х\b|год))"
                      r"(?!\s+(?:лет|год|раз|минут|час|сер|сезон|дн|день|недел|месяц|процент|%|мин\b|бал|очк|звезд|из\b))")
# a count or a mark: "Матрицу 10 лет назад", "Нортону 10 баллов", "Фильму 8 из 10"; a range: "Минут 30-40";
# a decade: "Америки 40 - годов"
UNITS = frozenset({"минута", "час", "секунда", "год", "день", "неделя", "месяц", "раз", "процент", "балл", "очко"})


def not_a_name_word(word: str) -> bool:
    """A kind word (фильм, часть) or a pronoun (этот, каждый): no title by itself."""
    low = word.lower()
    parses = parse(low)
    top = parses[0] if parses else None
    if low in kind_of_cue() or (top and top.normal_form in kind_of_cue()) or \
            (top and top.normal_form in lexicon()["part_words"]):
        return True
    return bool(top) and ("Apro" in top.tag.grammemes or top.tag.POS in ("NPRO", "PREP", "CONJ", "PRCL", "ADVB"))


NEXT_WORD = re.compile(r"\s+([а-яё]+)")


def counted_noun_after(text: str, stop: int) -> bool:
    """A lowercase noun in the genitive (or nominative) right after the number: what it counts."""
    m = NEXT_WORD.match(text, stop)
    if m is None:
        return False
    top = parse(m.group(1))[0]
    return top.tag.POS == "NOUN" and top.tag.case in ("gent", "nomn")


def numbered_titles(doc: Doc, taken: list[TitleMention]) -> list[TitleMention]:
    """Unquoted sequel titles: a capitalised word and a part number ("Брат-2", "Брата 2")."""
    covered = spanned((t.start, t.stop) for t in taken)
    found = []
    for m in NUMBERED.finditer(doc.text):
        if m.start() in covered or (m.group(0)[len(m.group(1))] == " " and not m.group(1)[1:].islower()):
            continue
        if not_a_name_word(m.group(1)) or parse(m.group(1).lower())[0].normal_form in UNITS:
            continue  # "Фильму 14 лет", "Это 3 личности", "Минут 30": a kind word, a pronoun or a unit and a number
        if counted_noun_after(doc.text, m.end()):
            continue  # "у Скарлетт 3 ребенка": a count of what follows
        word = nominative(m.group(1))
        if m.group(0)[len(m.group(1))] == " " and word == m.group(1) and not kind_of_cue().get(
                (words_before(doc.text, m.start(), 1) or [""])[-1]):
            continue  # "Брата 2" declines; a bare "Глава 2" after no cue is no title
        normal = f"{word}{m.group(0)[len(m.group(1))]}{m.group(2)}"
        doc.note("titles", "numbered", f"{m.group(0)} → {normal}")
        found.append(TitleMention(m.start(), m.end(), m.group(0), normal, False, "numbered"))
    return found


COPULA = re.compile(r"([А-ЯЁ][а-яё]+(?:-[а-яё]+)?(?:\s[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)?){0,2}?)\s*"
                    r"(?:[—–-]\s*(?:это\s+)?|это\s+|этот\s+(?=мой|моя|один|самый|лучший|любимый))"
                    r"(?:(?:не|просто|не просто|настоящий|настоящая|очередной|очередная|отличный|отличная|"
                    r"хороший|хорошая|прежде всего|в первую очередь|типичный|типичная|мой|моя|самый|самая|"
                    r"любимый|любимая|лучший|лучшая|один из|одна из|самых|лучших|любимых|моих)\s+)*([а-яё]+)\b")


def copula_titles(doc: Doc, taken: list[TitleMention]) -> list[TitleMention]:
    """An unquoted title that opens a sentence and is called a film ("Радиоволна это не просто
    триллер", "Тихий берег — фильм о ...")."""
    covered = spanned((t.start, t.stop) for t in taken)
    found = []
    for sent in doc.sentences:
        m = COPULA.match(doc.text, sent.start)
        if not m or m.start() in covered or kind_of_cue().get(m.group(2)) not in ("film", "series"):
            continue
        title = m.group(1)
        first = title.split()[0].lower()
        if first in kind_of_cue() or first in lexicon()["pronouns"] or first in lexicon()["copula_skip"] \
                or not all(naming_word(w) or not morph().word_is_known(w.lower()) for w in title.split()) \
                or talks_of_film(title):  # a word no dictionary knows names, whatever pymorphy3 guesses (Форрест)
            continue
        doc.note("titles", "called a film", title)
        found.append(TitleMention(m.start(1), m.end(1), title, title, False, "copula"))
    return found


def talks_of_film(title: str) -> bool:
    """A phrase about a film rather than its title: a kind or aspect word, a judgement, an
    ordinal ("Актерская игра", "Отличная антиутопия", "Второй важный момент")."""
    from ..opinions.lexicon import aspect_cues, polarity_of
    for word in title.lower().split():
        reading = parse(word)[0]
        lemma = reading.normal_form.replace("ё", "е")
        if word in kind_of_cue() or lemma in kind_of_cue() or lemma in aspect_cues().single \
                or lemma in lexicon()["generic_words"] or polarity_of(lemma) \
                or "Anum" in reading.tag or "Apro" in reading.tag:
            return True
    return False
