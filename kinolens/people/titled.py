"""Names that are titles: a name written only as a whole quoted title («Леон»), the words of a
quoted title read as a name ("в Узнике Азкабана"), a known film's whole title written without
quotes ("экранизация Властелина Колец") or closed by a name ("в Зеленой Миле") — works, not people."""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, NameMention
from ..text.spelling import fold
from . import names
from .cues import kin_noun, rules
from .shapes import NAME_TAGS, common_word


def drop_title_phrases(doc: Doc, mentions: list[NameMention], known: frozenset = frozenset()) -> list[NameMention]:
    """"в Узнике Азкабана" is no person where the review quotes «Гарри Поттер и узник Азкабана":
    a name of two or more words opening with a common word, its words (whatever their case) a
    run inside a quoted title. A name like "Гарри Поттер" stays, as does a well-known name
    (`known`, folded: «Посвящается Хиту Леджеру») and one whose first word is no noun or
    adjective («Вито Корлеоне»: pymorphy3 reads Вито as a form of вить). The same for a known
    film's whole title written without quotes ("во Властелине Колец")."""
    titles = [cut_words(t.text) for t in doc.titles]
    kept, unquoted = [], set()
    for m in mentions:
        words = m.text.split()
        run = cut_words(m.text)
        if len(words) >= 2 and common_word(words[0]) and names.parse(words[0])[0].tag.POS in ("NOUN", "ADJF") \
                and fold(m.normal) not in known and any(
                    title[i:i + len(run)] == run for title in titles for i in range(len(title))):
            doc.note("names", "words of a quoted title", m.text)
        elif len(words) >= 2 and m.rule in ("ner", "dict-name") and word_first(words[0]) and fold(m.normal) not in known \
                and words[0].lower() not in rules()["honorifics"] and known_film_title(m.text):
            # not "в роли Крестного Отца" (a part's name after a role noun), nor "Король Артур" (a title)
            doc.note("names", "a known film's title, unquoted", m.text)  # "экранизация Властелина Колец"
            unquoted.update(run)
        else:
            kept.append(m)
    if unquoted:  # the title's words found again alone ("Властелине", "Колец"): the title's too
        kept = [m for m in kept if " " in m.text.strip() or m.rule not in ("propagate", "dict-name")
                or not set(cut_words(m.text)) <= unquoted]
    return kept


WORDS_BEFORE = re.compile(r"(?:[А-ЯЁа-яё-]+ ){1,3}$")


def drop_title_tails(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """A name of one word that closes a known film's title written without quotes ("в Зеленой Миле"
    is no Мила, "в Мече короля Артура"): one to three words before it, each a noun or adjective
    that is no name (or lower-case), the first no kin ("сказки Братьев Гримм": the brothers),
    make the whole title with it. The name goes where the review writes it nowhere else (the works
    find the title itself, `works.known`)."""
    tails = [m for m in mentions if " " not in m.text.strip() and m.rule in ("ner", "dict-name") and title_tail(doc, m)]
    if not tails:
        return mentions
    cut = {id(m) for m in tails}
    kept = [m for m in mentions if id(m) not in cut]
    elsewhere = {fold(w) for m in kept for w in m.normal.split()}
    for m in tails:
        if fold(m.normal.split()[-1]) in elsewhere:
            kept.append(m)
        else:
            doc.note("names", "the last words of a known film's title", m.text)
    return sorted(kept, key=lambda m: m.start)


def title_tail(doc: Doc, mention: NameMention) -> bool:
    """One to three words on the mention's line right before it make, with it, a known film's title."""
    if tail_key(mention.text) not in known_title_tails():
        return False  # cheap: no known title of two words or more ends with this word
    line = doc.text.rfind("\n", 0, mention.start) + 1
    before = WORDS_BEFORE.search(doc.text[max(line, mention.start - 60):mention.start])
    if before is None:
        return False
    words = before.group(0).split()
    for k in range(len(words), 0, -1):
        if all(word_first(w) or w.islower() for w in words[-k:]) and words[-k].lower() not in rules()["honorifics"] \
                and not kin_noun(words[-k]) \
                and known_film_title(" ".join(words[-k:]) + " " + mention.text):
            return True
    return False


def tail_key(word: str) -> str:
    from ..works.unquoted import token_key

    return token_key(word)


@lru_cache(maxsize=1)
def known_title_tails() -> frozenset:
    """The last words of the known films' titles of two words or more, each cut of a case ending."""
    from ..works.known import all_titles

    return frozenset(tail_key(t.split()[-1]) for t in all_titles() if len(t.split()) >= 2)


def word_first(word: str) -> bool:
    """pymorphy3 knows the word and reads it first as a noun or adjective that is no name
    ("Властелина": властелин before the woman's name Властелина)."""
    top = names.parse(word)[0] if names.morph().word_is_known(word.lower()) else None
    return top is not None and top.tag.POS in ("NOUN", "ADJF") and not NAME_TAGS & top.tag.grammemes


def known_film_title(text: str) -> bool:
    """The words, read in the nominative, are a known film's whole title ("Властелина Колец",
    "Зеленой Миле"). (The works read names themselves: imported late.)"""
    from ..works.declension import nominative
    from ..works.known import is_known_title

    return is_known_title(nominative(text, force=True))


def drop_bare_titles(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """A name written only as a whole quoted title («Леон», «Эрин Брокович») names a work, not a
    person; it stays where the review also writes it outside quotes (the title's hero)."""
    titled = {(t.start, t.stop) for t in doc.titles if t.quoted}
    free = {fold(w) for m in mentions if (m.start, m.stop) not in titled for w in m.normal.split()}
    kept = []
    for m in mentions:
        if (m.start, m.stop) in titled and not any(fold(w) in free for w in m.normal.split()):
            doc.note("names", "only a quoted title", m.text)
        else:
            kept.append(m)
    return kept


def cut_words(text: str) -> list[str]:
    """The words folded and cut before a case ending ("Узнике Азкабана" → узн, азкаб)."""
    return [w[:max(3, len(w) - 3)] for w in fold(text).split()]
