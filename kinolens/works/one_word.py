"""Known films of one word written without quotes inside a sentence: "Мне всегда нравились
Мстители", "смесь Звёздных войн и Матрицы", "Кубрик в Сиянии". A capitalised word inside a
clause that is a known film's title in the word's own number (Враги is no «Враг»; Дорогая no
«Дорога») and nothing else a capital there may be: no place (Европа, Рим; Уолл-стрит, a word
no dictionary holds that the NER calls a place), no person's name or surname (Прометей), no
adjective (Чужой человек), and no character of any known cast (Джокер, Тор, Бэтмен, Терминатор
the robot), which the review may mean as well. A capital inside a sentence is also a word
stressed (Добро и Зло, Главный Герой, в ожидании Чуда), so the word must stand where a reader
expects a film: after a preposition of place or likeness
(в, из, после, чем, типа), a verb of watching or recalling, a film's noun, or beside another
title in a list. A word that starts or ends a longer title (Побег из Шоушенка, Двойной Форсаж,
Войны бесконечности) is that title's, not this.
Multi-word known titles are `known.py`'s; this only adds works, never the film. On 5,000 train
reviews it added about 110 works, some seven in ten of them right (a stressed Рай, Любовь, Солнце
still passes, and the film itself where the chooser missed it: Эквилибриум)."""
from __future__ import annotations

import re

from ..doc import Doc, TitleMention
from ..people.casts import known_character_names
from ..people.names import morph, parse
from ..text.spelling import fold
from ..sentiment.features import lemma
from .keys import title_key
from .known import known_index, prefix
from .known_spelling import nominative_reading, one_word_title
from .context import sentence_of
from .unquoted import TOKEN, capitalised, opening_mention, opens_sentence

NOT_TITLE_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "ADJF", "PRTF"})
CUES = frozenset("в во из от до после чем как типа вроде наподобие про смотреть посмотреть пересмотреть "
                 "вспомнить вспоминать напоминать напомнить нравиться любить обожать фильм картина лента мультфильм "
                 "сериал".split())
LIKE = re.compile(r"(?:похож|похожий|похожа|похоже|похожи|уподобиться)\s+на\s+$", re.I)
LIST_GAP = re.compile(r"[»\"'”]?\s*(?:,|,?\s+(?:и|или))\s+[«\"'“]?")


def titled(word: str) -> str | None:
    """The known film of one word the word spells in its own number, or None."""
    title = one_word_title(word)
    if title is None:
        return None
    readings = parse(word.lower())
    if not readings or NOT_TITLE_TAGS & readings[0].tag.grammemes:
        return None
    if fold(word) == fold(title) or any(fold(nominative_reading(r)) == fold(title) for r in readings):
        return title
    return None


def one_word_works(doc: Doc, groups: list[list[TitleMention]], taken: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """The candidates written without quotes (`groups`) that are one known film's one-word title,
    written inside a clause where a film stands, that no title in `taken` (the film, the works
    found) is or starts with («Побег» in a review of «Побег из Шоушенка»); each mention takes the
    known title as its nominative."""
    keys = {title_key(m.normal) for g in taken for m in g}
    spans = [(s.start, s.stop) for s in doc.ner or () if s.type == "LOC"]
    heads = {fold(m.normal).split()[0] for g in taken for m in g if len(m.normal.split()) > 1}
    found = []
    for group in groups:
        word = group[0].text
        if len(word.split()) != 1 or not all(m.rule == "unquoted" for m in group):
            continue
        title = titled(word)
        if title is None or title_key(title) in keys or fold(title) in heads or fold(title) in known_character_names():
            continue
        inside = [m for m in group if not opening_mention(doc, m) and not part_of_longer(doc, m)
                  and not tagged(m, spans) and where_a_film_stands(doc, m, taken)]
        if inside:
            doc.note("works", "a known film of one word written without quotes", f"{word} → {title}")
            found.append([TitleMention(m.start, m.stop, m.text, title, False, "known") for m in inside])
            keys.add(title_key(title))
    return found


def tagged(mention: TitleMention, spans: list[tuple[int, int]]) -> bool:
    """The NER calls the word a place where it is no dictionary word (Уолл-стрит, Зверополис; it calls
    «Сиянии» a place too, and «Мстители» a person)."""
    return any(a < mention.stop and mention.start < b for a, b in spans) and not morph().word_is_known(mention.text.lower())


def part_of_longer(doc: Doc, mention: TitleMention) -> bool:
    """The word has a capitalised neighbour (Двойной Форсаж, Звездные Войны), or it and the next word
    start a known title of more words (Побег из Шоушенка, Войны бесконечности, Остров проклятых)."""
    before = TOKEN.findall(doc.text[max(0, mention.start - 40):mention.start])
    after = TOKEN.findall(doc.text[mention.stop:mention.stop + 40])
    if re.match(r"[ \t]*[-:]?\s*[А-ЯЁA-Z\d]", doc.text[mention.stop:mention.stop + 4]) and after:
        return True
    if before and capitalised(before[-1]) and re.fullmatch(r"[ \t]+", doc.text[mention.start - 1:mention.start]):
        at = mention.start - len(before[-1]) - 1  # the capitalised word before: not a sentence's first
        return not opens_sentence(doc, sentence_of(doc, at)[0], at)
    if not after:
        return False
    head = prefix(mention.text)
    return any(len(entry[0]) > 1 and entry[0][1] == prefix(after[0]) for entry in known_index().get(head, ()))


def where_a_film_stands(doc: Doc, mention: TitleMention, titles: list[list[TitleMention]]) -> bool:
    """A preposition, a verb of watching or a film's noun right before the word, "похож на", or
    another title written next to it in a list."""
    before = doc.text[max(0, mention.start - 40):mention.start]
    words = TOKEN.findall(before)
    if words and re.search(r"[.!?…:;()\n]", before[before.rfind(words[-1]):]) is None \
            and lemma(words[-1].lower()) in CUES or LIKE.search(before):
        return True
    for group in titles:
        for other in group:
            gap = doc.text[other.stop:mention.start] if other.stop <= mention.start else doc.text[mention.stop:other.start]
            if LIST_GAP.fullmatch(gap):
                return True
    return False
