"""Film-title candidates the review writes without quotes: "Интерстеллар - один из них",
"Вообщем, Темный рыцарь - фильм …", "посмотрел Побег из Шоушенка", "В Интерстелларе все сжато".

A candidate starts at a capitalised word inside a sentence (a capital there is a name, a
place or a title) that is no person's name, no pronoun and no quoted title. It runs on over
capitalised words and a part's number (Сайлент Хилл, Брат 2, Чужой: Завет, Список Шиндлера), a
preposition before a capitalised word (Побег из Шоушенка, Волк с Уолл-стрит), and up to three
lower-case words where a noun follows an adjective (Зеленая миля, Темный рыцарь) or the longer
phrase is written again. All its mentions, sentence openings included, are gathered by a
folded key. Candidates only compete to be the reviewed film (`film_model.py` learns how far to
trust them); they never become works.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..doc import Doc, TitleMention
from ..people.names import morph, parse
from ..people.shapes import franchise_word
from ..text.spelling import fold
from .context import sentence_of
from .declension import nominative
from .keys import UNKNOWN_ENDING
from .titles import FILM_WORDS, RANKING, judges, lexicon, naming_word, not_titles

TOKEN = re.compile(r"[А-ЯЁA-Zа-яёa-z](?:[\w-]*\w)?|\d+")  # no hyphen at the end: "Чужой- это …"
ENDING = re.compile(r"(?:ами|ями|ого|его|ому|ему|ыми|ими|ом|ем|ой|ей|ам|ям|ах|ях|ов|ев|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий|"
                    r"[аяоеыиуюйь])$")
OPENING = re.compile(r"(?:^|[\n«\"'“„(:]|[.!?…]|(?:^|\n)\s*(?:\d{1,2}|[а-яa-z])\))\s*$")  # "2) Любителям …": a list's item
PREPOSITIONS = frozenset("из с со в во на под над для от до без про о об у за по при".split())
MAX_LOWER = 3
LONGEST = 8
MAX_CANDIDATES = 40


@lru_cache(maxsize=50_000)
def token_key(word: str) -> str:
    """A word folded and cut of a case ending: every form of a title's word reads the same
    (Интерстелларом, Интерстеллар; Зеленую милю, Зеленая миля). Cheaper than `keys.title_key`,
    and only used to gather candidates."""
    return " ".join(ENDING.sub("", w) if len(w) > 3 else w for w in fold(word).split())


def key_of(words: list[re.Match]) -> tuple[str, ...]:
    return tuple(token_key(w.group()) for w in words)


@lru_cache(maxsize=1)
def not_title_keys() -> frozenset:
    """The keys of the phrases no title is (`not_titles`), to match them in any case: "во Второй
    Мировой войне" is no candidate."""
    return frozenset(tuple(token_key(w) for w in phrase.split()) for phrase in not_titles())


def capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def overlaps(start: int, stop: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a < stop and start < b for a, b in ranges)


def opens_sentence(doc: Doc, sentence_start: int, start: int) -> bool:
    """A word at a sentence's or line's start, or right after a quote, bracket or colon: its
    capital says nothing."""
    return bool(OPENING.search(doc.text[max(sentence_start, start - 20):start])) or \
        not doc.text[sentence_start:start].strip()


def opening_mention(doc: Doc, mention: TitleMention) -> bool:
    return opens_sentence(doc, sentence_of(doc, mention.start)[0], mention.start)


def function_word(word: str) -> bool:
    """A pronoun (Ваша, Этот), a verb, an adverb, a comparative (Больше), a vocative (Боже), a
    word for a film (Кино) …: capitalised for emphasis, no title."""
    lower = word.lower()
    if RANKING.fullmatch(lower):
        return True  # "месту Топ-250": a chart
    reading = parse(lower)[0]
    if judges(reading) or {lower, reading.normal_form} & not_titles() or franchise_word(lower):
        return True  # "это фильм Шедевр": a judgement written with a capital; Болливуд, Оскар; Бондиана
    return lower in lexicon()["pronouns"] or "Apro" in reading.tag or "voct" in reading.tag \
        or reading.tag.POS == "COMP" or reading.normal_form in FILM_WORDS \
        or not naming_word(lower)  # "Боже, как …"; "такое Кино!"


def predicate(tokens: list[re.Match], i: int) -> bool:
    """The word follows "этот фильм": what the film is, capitalised for emphasis ("Для меня
    этот фильм Легенда"), not its title."""
    return i >= 2 and tokens[i - 1].group().lower() in FILM_WORDS and tokens[i - 2].group().lower() in THIS_WORDS


THIS_WORDS = frozenset({"этот", "это", "эта", "данный", "данная", "сей", "сия"})


def sequel_number(word: str) -> bool:
    """A part's number after a title (Брат 2, Терминатор 3), not a rating or a count (10, 2019)."""
    return len(word) == 1 and word in "23456789"


def adjective(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") and p.score >= 0.1 for p in parse(word.lower())[:3])


def noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.score >= 0.1 for p in parse(word)[:3])


def genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in parse(word.lower())[:3])


class Phrases:
    """The sentences' tokens and where people and quoted titles are, for one review."""

    def __init__(self, doc: Doc, person_spans: list[tuple[int, int]]):
        self.doc = doc
        self.people = sorted(person_spans)
        self.titles = sorted((t.start, t.stop) for t in doc.titles)
        self.taken = self.people + self.titles
        self.sentences = [(s.start, list(TOKEN.finditer(doc.text, s.start, s.stop))) for s in doc.sentences]

    def starts(self) -> list[tuple[int, int]]:
        """(sentence, token) of each capitalised word inside a sentence that may start a title."""
        found = []
        for s, (begin, tokens) in enumerate(self.sentences):
            for i, m in enumerate(tokens):
                if capitalised(m.group()) and not opens_sentence(self.doc, begin, m.start()) \
                        and not overlaps(m.start(), m.end(), self.taken) \
                        and not function_word(m.group()) and not predicate(tokens, i):
                    found.append((s, i))
        return found

    def gap(self, a: re.Match, b: re.Match) -> str:
        return self.doc.text[a.end():b.start()]

    def phrase_at(self, s: int, i: int, counts: Counter) -> list[re.Match]:
        """The candidate's words from token `i` of sentence `s` (`counts`: key → times written)."""
        tokens = self.sentences[s][1]
        words, k, lower = [tokens[i]], i + 1, 0
        while k < len(tokens) and not overlaps(tokens[k].start(), tokens[k].end(), self.titles):
            m, word, gap = tokens[k], tokens[k].group(), self.gap(words[-1], tokens[k])
            if (capitalised(word) or sequel_number(word)) and gap in (" ", ": ") and not lower:
                person = overlaps(m.start(), m.end(), self.people)
                if person and not (len(words) == 1 and noun(words[0].group()) and genitive(word)):
                    break  # a name ends the title, unless it hangs on a noun (Список Шиндлера)
                words.append(m)
            elif word in PREPOSITIONS and gap == " " and k + 1 < len(tokens) and not lower \
                    and capitalised(tokens[k + 1].group()) and self.gap(m, tokens[k + 1]) == " ":
                words += [m, tokens[k + 1]]
                k += 1
            elif word.islower() and gap == " " and lower < MAX_LOWER and (
                    adjective(words[-1].group()) and noun(word) or counts[key_of(words + [m])] >= 2):
                words.append(m)
                lower += 1
            else:
                break
            k += 1
        return words

    def keys_at(self) -> dict[tuple[int, int], list[tuple[str, ...]]]:
        """The key of each phrase of 1 … `LONGEST` words from each capitalised word (a title is
        capitalised wherever it is written), by (sentence, token)."""
        found = {}
        for s, (_, tokens) in enumerate(self.sentences):
            keys = [token_key(m.group()) for m in tokens]
            for i, m in enumerate(tokens):
                if m.group()[:1].isupper():
                    found[(s, i)] = [tuple(keys[i:i + n]) for n in range(1, min(LONGEST, len(tokens) - i) + 1)]
        return found


def unquoted_groups(doc: Doc, person_spans: list[tuple[int, int]]) -> list[list[TitleMention]]:
    """Candidate groups (all mentions of each candidate) in the order first written; a
    candidate whose key is a quoted title's is left to that title."""
    phrases = Phrases(doc, person_spans)
    starts = phrases.starts()
    if not starts:
        return []
    at = phrases.keys_at()
    counts = Counter(k for found in at.values() for k in found)
    quoted = {tuple(token_key(w) for w in t.normal.split()) for t in doc.titles}
    sizes: dict[tuple[str, ...], int] = {}
    inside: set[tuple[int, int]] = set()
    for s, i in starts:
        if (s, i) in inside:
            continue  # Шоушенка in Побег из Шоушенка
        words = phrases.phrase_at(s, i, counts)
        inside.update((s, k) for k in range(i, i + len(words)))
        key = key_of(words)
        if key not in quoted and key not in sizes and key not in not_title_keys() and len(sizes) < MAX_CANDIDATES:
            sizes[key] = len(words)
    groups: dict[tuple[str, ...], list[TitleMention]] = {}
    for (s, i), found in sorted(at.items()):
        tokens = phrases.sentences[s][1]
        for key, n in sizes.items():
            if n <= len(found) and found[n - 1] == key:
                words = tokens[i:i + n]
                if not overlaps(words[0].start(), words[-1].end(), phrases.titles) \
                        and not overlaps(words[0].start(), words[0].end(), phrases.people):
                    text = doc.text[words[0].start():words[-1].end()]
                    groups.setdefault(key, []).append(
                        TitleMention(words[0].start(), words[-1].end(), text, text, False, "unquoted"))
    return [by_spelling(g) for g in groups.values()]


def by_spelling(mentions: list[TitleMention]) -> list[TitleMention]:
    """The form written most often leads (the first written on a tie), named by the nominative
    most of its mentions read back to (Тёмным Рыцарем → Тёмный Рыцарь; "первой Матрицы", "в
    Матрице", "Матрица заставляет" → Матрица, not the plural Матрицы)."""
    count = Counter(m.text for m in mentions)
    best = max(count, key=lambda t: (count[t], -next(i for i, m in enumerate(mentions) if m.text == t)))
    lead = next(m for m in mentions if m.text == best)
    votes = Counter(nominative_of(m.text) for m in mentions)
    normal = max(votes, key=lambda n: (votes[n], n == nominative_of(lead.text)))
    return [TitleMention(lead.start, lead.stop, lead.text, normal, False, "unquoted")] + \
        [TitleMention(m.start, m.stop, m.text, normal, False, "unquoted") for m in mentions if m is not lead]


def nominative_of(text: str) -> str:
    """Волка с Уолл-стрит → Волк с Уолл-стрит; a head word pymorphy3 does not know loses its case
    ending (Интерстелларе, Интерстелларом → Интерстеллар, not a guessed Интерстелларь); Гамп,
    Готэм stay."""
    head, _, rest = text.partition(" ")
    if not head.isalpha():
        return text
    if not morph().word_is_known(head.lower()):
        return " ".join(filter(None, [UNKNOWN_ENDING.sub("", head), rest]))
    return nominative(text)
