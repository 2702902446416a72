"""Characters named after a role noun: "в роли Джокера — Хит Леджер", "Даг Хатчинсон в роли
противного Перси", "образ Зверюги". The NER misses such a name when it is also a word (Джокер,
Пугало, Двуликий) or when an adjective stands before it; mid-sentence and capitalised right
after "роль" / "образ" it is a name whatever the word. Such a word that pymorphy3 knows as a
common noun or adjective is read back to the nominative as a title's words are (Зверюги →
Зверюга, Двуликого → Двуликий), which the name readings do not cover.
"""
from __future__ import annotations

import re

from ..doc import Doc, NameMention, spanned
from ..works.declension import nominative
from . import names
from .shapes import NAME_TAGS, common_word, lexicon, place_like

AFTER_ROLE_RULE = "after a role noun"
AFTER_ROLE = re.compile(r"\b(?:[Рр]ол(?:ь|и|ью|е)|[Оо]браз(?:е|ом|а)?)\s+(?:[а-яё]+(?:ого|его|ой|ей|ую|юю)\s+)?"
                        r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ0-9][а-яё0-9]*)?(?:\s[А-ЯЁ][а-яё]+)?)(?![\w-])")
NOT_CHARACTERS = frozenset({"антагонист", "антагониста", "протагонист", "протагониста", "злодей", "злодея",
                            "героя", "героини", "бога", "господа"})
JOINED_WORD = re.compile(r"\s+(?:и|или)\s+[а-яё]")  # "в роли Старого и мудрого дона": an adjective


def not_character(word: str) -> bool:
    """A word after a role noun that names no character: a not-a-name word in any form
    ("образ цифрового Христа"), a role word (антагонист), a place ("образ Америки")."""
    stop = lexicon()["not_names"]
    return word in stop or word in NOT_CHARACTERS or place_like(word) \
        or any(p.normal_form in stop for p in names.parse(word)[:1])


def after_role_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, stop, rule) of each capitalised word (or two) right after a role noun, where no
    other rule found a name and no quoted title stands."""
    covered = spanned(taken)
    titled = spanned((t.start, t.stop) for t in doc.titles)
    found = []
    for m in AFTER_ROLE.finditer(doc.text):
        a, b = m.span(1)
        words = m.group(1).split()
        if len(words) == 2 and b - len(words[1]) in covered and b in covered:
            b = a + len(words[0])  # "в роли Джокера Хит Леджер": the second word opens a longer name
        first = words[0].lower()
        if any(i in covered or i in titled for i in range(a, b)) or not_character(first) \
                or JOINED_WORD.match(doc.text, b) or adjective_before_noun(doc, words, b):
            continue
        found.append((a, b, AFTER_ROLE_RULE))
        covered.update(range(a, b))
    return found


LOWER_WORD_AFTER = re.compile(r"\s+[а-яё]{3,}")


def adjective_before_noun(doc: Doc, words: list[str], stop: int) -> bool:
    """One capitalised adjective before a lower-case word: a title or a description ("в роли
    Темного рыцаря", "роль Крестного отца"), no name."""
    if len(words) != 1 or not LOWER_WORD_AFTER.match(doc.text, stop):
        return False
    parses = names.parse(words[0].lower())[:3]
    return bool(parses) and all(p.tag.POS in ("ADJF", "PRTF") and not NAME_TAGS & p.tag.grammemes for p in parses)


def read_role_word(doc: Doc, mention: NameMention) -> NameMention:
    """The mention with common words read back to the nominative as a title's words are
    (`works.declension`), where the name readings left it as written ("Зверюги" → Зверюга) or
    read them as names ("Крестного Отца" → Крестный Отец); else unchanged."""
    words = mention.text.split()
    as_words = len(words) == 2 and all(common_word(w) for w in words)
    if not (as_words or len(words) == 1 and mention.normal == mention.text):
        return mention
    form = nominative(mention.text, force=True)  # read as a title's words are: Чужого → Чужой
    if form == mention.text:
        return mention
    doc.note("names", AFTER_ROLE_RULE, f"{mention.text} → {form} (as a word)")
    return NameMention(mention.start, mention.stop, mention.text, form, mention.candidates, mention.rule, "gent")
