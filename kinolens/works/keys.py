"""Keys that tell two spellings of one title apart from two titles: each word in the
nominative («Головокружения», Головокружение), letters and digits only for matching a card's
film to a record's or a known film's title."""
from __future__ import annotations

import re
from functools import lru_cache

from ..people.names import morph, parse
from ..text.spelling import fold


@lru_cache(maxsize=20_000)
def title_key(title: str) -> str:
    """Titles that differ only in case endings share a key («Головокружения», Головокружение;
    «Волку с Уолл-стрит», Волк с Уолл-стрит): each word in the nominative, its number kept
    («Чужие» is not «Чужой»)."""
    words = fold(title).split()
    if len(words) > 6:
        return " ".join(words)
    return " ".join(word_key(w) if w.isalpha() else w for w in words)


def whole_line(text: str, start: int, stop: int, around: str) -> bool:
    """The span `start:stop` is all its line says but characters of `around`, on a line other than
    the first (a section's heading, a title under the review's heading)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", stop)
    return first > 0 and not (text[first:start] + text[stop:len(text) if last < 0 else last]).strip(around)


def share_a_word(a: str, b: str) -> bool:
    """Two titles have a word in common, case endings aside: «Бегущий по лезвию» или «Бегущий по
    лезвию бритвы» may name one film, 'Изгой' или 'Форест Гамп' are two."""
    return bool({w for w in title_key(a).split() if len(w) > 2} & {w for w in title_key(b).split() if len(w) > 2})


def title_match_key(title: str) -> str:
    """`title_key` with ё as е and nothing but letters and digits: how a card's film is matched
    to a record's or a known film's title; a part written out is its number («Крестный отец.
    Часть вторая», Крестный отец 2; "The Godfather: Part II")."""
    key = PART_WORDS.sub(lambda m: PART_NUMBERS[m.group(1)], title_key(title).replace("ё", "е"))
    return re.sub(r"[^а-яa-z0-9]", "", key)


PART_NUMBERS = {"первая": "1", "вторая": "2", "третья": "3", "четвертая": "4", "пятая": "5", "шестая": "6",
                "седьмая": "7", "i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
                **{str(n): str(n) for n in range(1, 10)}}
PART_WORDS = re.compile(r"[.:,]?\s+(?:часть|part)\s+(" + "|".join(PART_NUMBERS) + r")$")


UNKNOWN_ENDING = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ами|ями|ом|ой|ою|ей|ем|ам|ах|у|а|е|ы|и)$")


def word_key(word: str) -> str:
    """A title word's nominative that keeps number and an adjective's gender («Чужих» →
    чужие, «Чужого» → чужой, «Чужая» stays); a word pymorphy3 does not know loses its ending."""
    parses = parse(word)
    if not morph().word_is_known(word):  # pymorphy3 only guesses: cut a case ending after a consonant
        return UNKNOWN_ENDING.sub("", word.replace("ё", "е"))  # «Интерстеллару», Интерстеллар → интерстеллар
    adjectives = [p for p in parses if p.tag.POS in ("ADJF", "PRTF") and p.score >= 0.05]
    if any(p.tag.case == "nomn" for p in adjectives):
        return word.replace("ё", "е")
    if adjectives:
        reading = max(adjectives, key=lambda p: (p.tag.gender == "masc" or p.tag.number == "plur", p.score))
        wanted = {"nomn", reading.tag.number} | ({reading.tag.gender} if reading.tag.number == "sing" else set())
    else:  # of readings as likely as the first, a common noun's before a name's («Миле»: миля, not Мила)
        tied = [p for p in parses if p.score >= parses[0].score - 1e-9]
        reading = next((p for p in tied if not {"Name", "Surn", "Patr"} & p.tag.grammemes), parses[0])
        wanted = {"nomn", reading.tag.number} if reading.tag.number else set()
    form = reading.inflect(wanted) if wanted else None
    return (form.word if form else reading.normal_form).replace("ё", "е")
