"""Characters named after a role noun: "в роли Джокера — Хит Леджер", "Даг Хатчинсон в роли
противного Перси", "образ Зверюги". The NER misses such a name when it is also a word (Джокер,
Пугало, Двуликий) or when an adjective stands before it; mid-sentence and capitalised right
after "роль" / "образ" it is a name whatever the word. Such a word that pymorphy3 knows as a
common noun or adjective is read back to the nominative by its own declension (Зверюги →
Зверюга, Двуликого → Двуликий), which the name readings do not cover.
"""
from __future__ import annotations

import re

from ..doc import Doc, NameMention, spanned
from . import names
from .shapes import lexicon

AFTER_ROLE_RULE = "after a role noun"
AFTER_ROLE = re.compile(r"\b(?:[Рр]ол(?:ь|и|ью|е)|[Оо]браз(?:е|ом|а)?)\s+(?:[а-яё]+(?:ого|его|ой|ей|ую|юю)\s+)?"
                        r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ0-9][а-яё0-9]*)?(?:\s[А-ЯЁ][а-яё]+)?)(?![\w-])")
NOT_CHARACTERS = frozenset({"антагонист", "антагониста", "протагонист", "протагониста", "злодей", "злодея",
                            "героя", "героини", "бога", "господа"})
WORD_CLASSES = ("NOUN", "ADJF")


def after_role_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, stop, rule) of each capitalised word (or two) right after a role noun, where no
    other rule found a name and no quoted title stands."""
    covered = spanned(taken)
    titled = spanned((t.start, t.stop) for t in doc.titles)
    found = []
    for m in AFTER_ROLE.finditer(doc.text):
        a, b = m.span(1)
        first = m.group(1).split()[0].lower()
        if any(i in covered or i in titled for i in range(a, b)) or first in lexicon()["not_names"] \
                or first in NOT_CHARACTERS or place_word(first):
            continue
        found.append((a, b, AFTER_ROLE_RULE))
        covered.update(range(a, b))
    return found


def place_word(word: str) -> bool:
    """pymorphy3's likeliest reading is a place ("образ Америки")."""
    parses = names.parse(word)
    return bool(parses) and "Geox" in parses[0].tag.grammemes


def read_role_word(doc: Doc, mention: NameMention) -> NameMention:
    """The mention with a one-word common noun or adjective read back to the nominative where
    the name readings left it as written ("Зверюги" → Зверюга); else unchanged."""
    if " " in mention.text.strip() or mention.normal != mention.text:
        return mention
    form = common_nominative(mention.text)
    if form is None or form == mention.text:
        return mention
    doc.note("names", AFTER_ROLE_RULE, f"{mention.text} → {form} (as a word)")
    return NameMention(mention.start, mention.stop, mention.text, form, mention.candidates, mention.rule, "gent")


def common_nominative(word: str) -> str | None:
    """The nominative singular of a word read as an oblique noun or adjective, capitalised."""
    parses = sorted(names.parse(word), key=lambda p: p.tag.gender == "neut")  # Чужого: Чужой, not Чужое
    for p in parses:
        if p.score < 0.05 or p.tag.POS not in WORD_CLASSES or p.tag.case == "nomn":
            continue
        wanted = {"nomn", "sing"} if p.tag.POS == "NOUN" else {"nomn", "sing", "femn" if p.tag.gender == "femn" else "masc"}
        form = p.inflect(wanted)
        if form is not None:
            return names.recase(word, form.word)
    return None
