"""Adapter to Natasha's news NER (slovnet): text → PER/LOC/ORG spans.

The model sees sentences, not whole reviews: sentences of a whole batch of
docs are sorted by length and tagged together, so padding stays small, and a
sentence without a capital that could start a name is not tagged at all. Only
`Span` records leave this module.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from ..doc import Doc, Span
from ..pipeline import Stage
from ..text.spelling import fold
from .names import parse
from .shapes import common_word

MAX_CHUNK = 1000  # characters the model sees at once


@lru_cache(maxsize=1)
def load_tagger(batch_size: int = 32):
    """The Natasha NER tagger (model files ship inside the natasha package)."""
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = batch_size
    return tagger


def chunks_of(doc: Doc) -> Iterable[tuple[int, int]]:
    """Sentence spans, long ones cut at a space, as (start, stop)."""
    for sent in doc.sentences:
        start = sent.start
        while sent.stop - start > MAX_CHUNK:
            cut = doc.text.rfind(" ", start, start + MAX_CHUNK)
            cut = cut if cut > start else start + MAX_CHUNK
            yield start, cut
            start = cut
        if doc.text[start:sent.stop].strip():
            yield start, sent.stop


# "подобраны идеально-Хит Леджер": a dash typed without spaces; the tagger sees a space there
# (same length, so its offsets still fit the text)
GLUED_DASH = re.compile(r"(?<=[а-яё])[-—–](?=[А-ЯЁ][а-яё])")
# "Брайан О`Коннер", "Т`Чалла": a backtick typed for the apostrophe; the tagger sees the apostrophe
BACKTICK = re.compile(r"(?<=[А-ЯЁA-Z])`(?=[А-ЯЁA-Z])")
CAPITAL_WORD = re.compile(r"(?<!\w)[A-ZА-ЯЁ][\w-]*")


def tagger_view(text: str) -> str:
    """The text as the tagger sees it: a glued dash as a space, a backtick as an apostrophe
    (same length, so the tagger's offsets fit the text)."""
    return BACKTICK.sub("'", GLUED_DASH.sub(" ", text))


def may_name(text: str) -> bool:
    """A name can only be capitalised: a sentence whose one capital opens it, on a word
    pymorphy3 knows as no name ("Фильм хороший."), needs no NER."""
    words = CAPITAL_WORD.findall(text)
    if len(words) != 1:
        return bool(words)
    first = re.search(r"[\w-]+", text)
    return first is None or first.group(0) != words[0] or not common_word(words[0])


def tag_spans(texts: list[str]) -> list[list[Span]]:
    """NER spans for each text, offsets local to that text."""
    if not texts:
        return []
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    tagger = load_tagger()
    found: list[list[Span]] = [[] for _ in texts]
    for i, markup in zip(order, tagger.map([texts[i] for i in order])):
        found[i] = [Span(s.start, s.stop, s.type) for s in markup.spans]
    return found


class Ner(Stage):
    name = "ner"
    requires = ("text", "sentences")
    assigns = ("ner",)

    def process(self, doc: Doc) -> None:
        self.map([doc])

    def map(self, docs):
        pieces = [(doc, start, stop) for doc in docs for start, stop in chunks_of(doc)
                  if may_name(doc.text[start:stop])]
        spans = tag_spans([tagger_view(doc.text[start:stop]) for doc, start, stop in pieces])
        for doc in docs:
            doc.ner = []
        for (doc, start, _), found in zip(pieces, spans):
            doc.ner.extend(Span(start + s.start, start + s.stop, s.type) for s in found)
        return docs


def joined_names(doc: Doc) -> list[Span]:
    """The NER's person spans, a lone first name and the lone word right after it made one
    ("стихотворения Дилана Томаса" tagged as two people: Дилан Томас)."""
    out: list[Span] = []
    for span in (s for s in doc.ner if s.type == "PER"):
        last = out[-1] if out else None
        if last is not None and span.start == last.stop + 1 and doc.text[last.stop] == " " \
                and lone_words_agree(doc.text[last.start:last.stop], doc.text[span.start:span.stop]):
            out[-1] = Span(last.start, span.stop, "PER")
        else:
            out.append(span)
    return out


def lone_words_agree(first: str, second: str) -> bool:
    """Two single words, no hyphen, the first a first name in the second's case."""
    return not {" ", "-"} & set(first + second) and same_case_name(first, second)


def same_case_name(first: str, second: str) -> bool:
    """`first` reads first as a first name, in a case `second` reads in too (Дилана Томаса; not
    "брат Нолана Джонатан", a surname's genitive and a nominative)."""
    top = parse(first.lower())[0]
    return {"Name", "sing"} <= top.tag.grammemes and (top.tag.case, "sing") in {
        (p.tag.case, p.tag.number) for p in parse(second.lower())}


SENTENCE_OPENING = re.compile(r"(?:^|[.!?…:;\"«»()—–-]\s*|\n\s*)$")
# a character's word and at most a word after it, a comma between: "главный герой, Сет", "героиню Пенни"
HERO_BEFORE = re.compile(r"(?:геро[йяюеи]\w*|героин\w+|персонаж\w*)(?:\s+[а-яё]+)?,?\s+$", re.I)
LOWER_WORD = re.compile(r"(?<![\w-])[а-яё]+")


def insisted_names(doc: Doc) -> frozenset[str]:
    """Stems (four letters) of common words the NER tags as a person twice or more inside a
    sentence, once right after a character's word, which the review never writes in lower case
    nor as a title: a name that is also a word ("главный герой, Сет, хочет", "Сету повезло"),
    where `shapes.is_stopword` would drop it."""
    counts: Counter = Counter()
    named: set[str] = set()  # stems of words once named a character ("главный герой, Сет")
    for span in (s for s in doc.ner if s.type == "PER"):
        word = doc.text[span.start:span.stop]
        if word.isalpha() and word[0].isupper() and common_word(word) and singular_noun(word) \
                and not SENTENCE_OPENING.search(doc.text[max(0, span.start - 3):span.start]):
            counts[word[:4].lower()] += 1
            if HERO_BEFORE.search(doc.text[max(0, span.start - 30):span.start]):
                named.add(word[:4].lower())
    if not named:
        return frozenset()
    lower = {w[:4] for w in LOWER_WORD.findall(doc.text)} | {fold(t.normal)[:4] for t in doc.titles or ()}
    return frozenset(stem for stem, n in counts.items() if n >= 2 and stem in named and stem not in lower)


def singular_noun(word: str) -> bool:
    """pymorphy3 reads the word first as a singular noun (Сет, Пенни; not Избранный, Мстителям)."""
    top = parse(word.lower())[0]
    return top.tag.POS == "NOUN" and top.tag.number != "plur"


def insisted_word(text: str, stems: frozenset[str]) -> bool:
    """One word, of a stem `insisted_names` found, and no known film's title (Титаник, Дюна)."""
    from ..works.known import is_known_title

    return text.isalpha() and text[:4].lower() in stems and not is_known_title(text)
