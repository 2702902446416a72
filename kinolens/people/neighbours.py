"""Name spans found by their neighbours where the NER missed them: either side of
"Маккелена(Гэндальф)" (`pair`), a name joined by "и" to one found (`coordinated`), the role after a
dash (`role after a dash`), the actor before "в роли" (`before 'в роли'`); and what the span
finders share: where sentences start, whether a span sits inside a quoted title."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..doc import Doc, spanned
from ..text.spelling import fold
from .cues import HERO_BEFORE, SLASH_DASH
from .shapes import common_word, lexicon, place_like


def sentence_starts(doc: Doc) -> set[int]:
    """Where sentences start, lines too (a heading without a full stop runs on into the next line
    as one sentence), and after a quote, a dash or a bracket that opens one."""
    starts = {s.start for s in doc.sentences} | {m.start(1) for m in LINE_START.finditer(doc.text)}
    for i, tok in enumerate(doc.tokens[:-1]):
        if tok.text in ("«", '"', "—", "-", "(", "“") and tok.start in starts:
            starts.add(doc.tokens[i + 1].start)
    return starts


LINE_START = re.compile(r"\n[ \t]*(\S)")


def inside_title(doc: Doc, start: int, stop: int) -> bool:
    """Within a quoted title longer than the name («Сид и Нэнси» is no person)."""
    i = bisect_right(doc.titles, start, key=lambda t: t.start)  # titles do not overlap
    return any(t.start <= start and stop <= t.stop and (t.start, t.stop) != (start, stop)
               for t in doc.titles[max(0, i - 2):i])


PAIR = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s?\(([А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)?)\)")
COORDINATED = re.compile(r"\s+и\s+([А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+)(?![\w-])")
COORDINATED_ONE = re.compile(r"\s+и\s+([А-ЯЁ][а-яё]{2,})(?![\w-]|\s[А-ЯЁ])")


def paired_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Both sides of "Маккелена(Гэндальф)": an actor and a role, where the NER missed one; after a
    name already found, the bracketed word may be a common word ("Хит Леджер (Джокер)")."""
    covered = spanned(taken)
    found = []
    for m in PAIR.finditer(doc.text):
        named = m.start(1) in covered  # "Леджер (Джокер)": in brackets after a name, a name even if a word
        for group in (1, 2):
            a, b = m.span(group)
            if group == 1 and a not in covered:
                a = first_name_before(doc, a, covered)  # "Кэрри-Энн Мосс (Тринити)", not "Также Мосс (…)"
            word = doc.text[a:b].split()[0]
            if a not in covered and not (common_word(word) and not (group == 2 and named and bracketed_name(doc, m))) \
                    and not inside_title(doc, a, b):
                found.append((a, b, "pair"))
                covered.update(range(a, b))
    return found


NAME_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) $")


def first_name_before(doc: Doc, start: int, covered: set[int]) -> int:
    """Where a name that ends with the word at `start` begins: one more capitalised word right
    before it that is no common word and no name found already."""
    m = NAME_WORD_BEFORE.search(doc.text, max(0, start - 30), start)
    if m is None or m.start(1) in covered or common_word(m.group(1).split("-")[0]):
        return start
    return m.start(1)


def bracketed_name(doc: Doc, m: re.Match) -> bool:
    """The common word in brackets after a name is a character ("Леджер (Джокер)"): no place,
    no not-a-name word, no title the review quotes, not two common words («Зеленая Миля»)."""
    words = m.group(2).split()
    return not place_like(words[0]) and words[0].lower() not in lexicon()["not_names"] \
        and not (len(words) == 2 and common_word(words[1])) \
        and fold(m.group(2)) not in {fold(t.normal) for t in doc.titles}


def coordinated_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A name joined by "и" to a name already found ("Бриджитт Бардо и Игги Попа", "Сарумане
    и Гриме")."""
    covered = spanned(taken)
    found = []
    for a, b in taken:
        one = " " not in doc.text[a:b].strip()  # "Сарумане и Гриме": one word joins one word
        m = COORDINATED.match(doc.text, b)
        if m is None and one:  # capitalised mid-sentence beside a name: a name even if a word ("Гриме")
            m = COORDINATED_ONE.match(doc.text, b)
            if m and m.group(1).lower() in lexicon()["not_names"]:
                m = None
        elif m and common_word(m.group(1).split()[0]):
            m = None
        if m and m.start(1) not in covered and not inside_title(doc, m.start(1), m.end(1)):
            found.append((m.start(1), m.end(1), "coordinated"))
    return found


DASH_ROLE = re.compile(SLASH_DASH + r"([A-ZА-ЯЁ][\w'’-]+(?:\s[A-ZА-ЯЁ][\w'’-]+){0,2})")


def dash_role_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The role in "героя Такеши Китано/ Takeshi Kitano — Aniki Yamamoto", which the NER
    misses when it is Latin."""
    covered = spanned(taken)
    found = []
    for a, b in taken:
        m = DASH_ROLE.match(doc.text, b) if HERO_BEFORE.search(doc.text[max(0, a - 12):a]) else None
        if m and m.start(1) not in covered:
            found.append((m.start(1), m.end(1), "role after a dash"))
    return found


IN_ROLE_AFTER = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?=\s+в\s+(?:роли|роле|образе)\s+[А-ЯЁа-яё])")


def in_role_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The actor's surname in "Бин в роли Хикса", which the NER misses when alone."""
    covered = spanned(taken)
    starts = sentence_starts(doc)
    found = []
    for m in IN_ROLE_AFTER.finditer(doc.text):
        a, b = m.span(1)
        if a in covered or (a in starts and common_word(m.group(1))) or inside_title(doc, a, b) \
                or m.group(1).lower() in lexicon()["not_names"]:
            continue  # mid-sentence, a capitalised word before "в роли" is a name even if a word
        found.append((a, b, "before 'в роли'"))
    return found
