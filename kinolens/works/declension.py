"""Titles in the nominative: a declined title («Зелёной Миле», «Городе грехов») read back to
the form a card writes (Зелёная Миля, Город грехов), with pymorphy3's readings of its words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..people.names import choose as choose_name, morph, parse, recase
from ..people.shapes import common_word


PART_AFTER_HYPHEN = re.compile(r"([А-ЯЁ][а-яё]+(?: [А-ЯЁа-яё]+)*)-(\d+)")
OBLIQUE_ORDINAL = re.compile(r"(\d+)-(?:го|му|м|ом|ой|ую)")
ORDINAL_ENDING = {"masc": "й", "femn": "я", "neut": "е"}


def ordinal_title(words: list[str]) -> str:
    """A title opening with an ordinal in figures, declined: the ordinal takes the ending of
    the nominative noun after it («25-го часа» → 25-й час, «9-ой роты» → 9-я рота)."""
    written = " ".join(words[1:])
    rest = nominative(written[0].upper() + written[1:], True)  # a title's first word is capitalised
    rest = written[0] + rest[1:]
    noun = next((p for p in parse(rest.split()[0].lower()) if p.tag.POS == "NOUN"), None)
    if noun is None or noun.tag.gender not in ORDINAL_ENDING or rest == written:
        return " ".join(words)
    number = OBLIQUE_ORDINAL.fullmatch(words[0]).group(1)
    return f"{number}-{ORDINAL_ENDING[noun.tag.gender]} {rest}"


@lru_cache(maxsize=20_000)
def nominative(title: str, force: bool = False) -> str:
    """A declined title in the nominative; other titles as written.

    «Траффиком» → Траффик, «Тихому берегу» → Тихий берег, «Зелёной Миле» → Зелёная Миля;
    a title any of whose readings is nominative («Чужие», «Поле битвы») stays as written
    unless `force`: then its other readings are tried too («Матрицы» → Матрица). Only the
    head phrase declines where dependents follow it: a preposition («Побега из Шоушенка» →
    Побег из Шоушенка) or a genitive («Городе грехов» → Город грехов, «Жизни этого парня» →
    Жизнь этого парня, not "Жизнь эта парень").
    """
    head, colon, tail = title.partition(":")
    if colon and head.strip() and tail.strip():  # «Чужом: Завете» → Чужой: Завет, each side alone
        space = tail[:len(tail) - len(tail.lstrip())]
        return nominative(head, force) + colon + space + nominative(tail.strip(), force)
    words = title.split()
    if words and any(p.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") for p in parse(words[0].lower())[:1]):
        return title  # «О дивный новый мир», «Это всего лишь спектакль»
    if " и " in title:  # «Гарри Поттера и узника Азкабана»: both sides in one case
        left, right = title.split(" и ", 1)
        read = nominative(left, force)
        if read != left:
            return f"{read} и {conjunct(right, force, case_read(left.split()[-1], read.split()[-1]))}"
    prep = next((i for i, w in enumerate(words[1:4], 1) if w.isalpha()
                 and any(p.tag.POS == "PREP" for p in parse(w.lower())[:1])), 0)
    if prep and prep < len(words) - 1:  # «Побега из Шоушенка», «Забытой мелодии для флейты»
        head = " ".join(words[:prep])
        return " ".join([nominative(head, force), *words[prep:]])
    if len(words) >= 2 and OBLIQUE_ORDINAL.fullmatch(words[0]):  # «25-го часа» → 25-й час
        return ordinal_title(words)
    if len(words) >= 2 and re.fullmatch(r"\d+|[IVX]+", words[-1]):  # «Терминаторе 2» → Терминатор 2
        return f"{nominative(' '.join(words[:-1]), force)} {words[-1]}"
    numbered = PART_AFTER_HYPHEN.fullmatch(title)
    if numbered:  # «Брата-2» → Брат-2
        return f"{nominative(numbered.group(1), force)}-{numbered.group(2)}"
    if not words or not all(w.replace("-", "").isalpha() for w in words) or not re.match("[А-ЯЁ]", words[0]):
        return title
    options = [[p for p in parse(w) if p.tag.POS in ("NOUN", "ADJF", "PRTF")
                and (p.score >= 0.05 or "Fixd" in p.tag.grammemes) and not pronoun_beside_name(w, p)][:6]
               for w in words]
    # the first word that declines tells the case («Гарри Поттера»: the name Гарри does not;
    # «Шоу Трумэна»: the noun шоу heads its genitive)
    lead = next((i for i, opts in enumerate(options) if not all({"Fixd", "Name"} <= p.tag.grammemes for p in opts)), 0)
    if not options[lead] or not force and any(p.tag.case == "nomn" and p.score >= 0.1 - 1e-6 for p in options[lead]):
        return title
    if person_like(words):
        return choose_name(words)[0]  # «Индианы Джонса» → Индиана Джонс, «Форреста Гампа» → Форрест Гамп
    for size in range(min(len(words), 3), 0, -1):  # the whole title, else a head phrase and its dependents
        if size < len(words) and not dependent(words[size]):
            continue
        declined = declined_phrase(words[:size], options[:size])
        if declined is not None:
            return " ".join([declined, *words[size:]])
    return title


def pronoun_beside_name(word: str, reading) -> bool:
    """A pronoun's reading of a capitalised word that is also a first name: «Том и Джерри» is
    Tom's, not тот's (в том)."""
    return "Apro" in reading.tag and word[:1].isupper() and any("Name" in p.tag for p in parse(word))


def case_read(written: str, read: str) -> str:
    """The case in which `written` reads as the nominative `read` ("Тельму", Тельма: accs)."""
    for p in parse(written):
        form = p.inflect({"nomn"})
        if form is not None and form.word == read.lower() and p.tag.case:
            return p.tag.case
    return "gent"


def conjunct(words: str, force: bool, case: str) -> str:
    """The second side of «… и узника Азкабана» in the nominative: one capitalised word as a
    name in the `case` the first side was read in (Луизу → Луиза), other sides as a title, lower
    case kept (настоящего лидера → настоящий лидер), a capitalised word after the first as
    written (узник Азкабана)."""
    parts = words.split()
    if len(parts) == 1 and parts[0][:1].isupper() and not common_word(parts[0]):
        return choose_name(parts, hint=frozenset({case}))[0]
    if len(parts) == 1 and parts[0].isalpha():  # «Скафандра и бабочки»: the noun in the first side's case
        for p in parse(parts[0].lower()):
            if p.tag.POS == "NOUN" and p.tag.case == case and p.score >= 0.05:
                form = p.inflect({"nomn", p.tag.number or "sing"})
                if form is not None:
                    return recase(parts[0], form.word)
    read = nominative(words[:1].upper() + words[1:], force).split()
    if len(read) != len(parts) or any(w[:1].isupper() and r != w for w, r in zip(parts[1:], read[1:])):
        read = [nominative(parts[0][:1].upper() + parts[0][1:], force), *parts[1:]]
    return " ".join([recase(parts[0], read[0]) if parts[0][:1].isupper() else read[0].lower(), *read[1:]])


def person_like(words: list[str]) -> bool:
    """Two capitalised words, neither a common word nor an adjective: a person's name used as
    a title, read as names are (`people.names.choose`)."""
    return len(words) == 2 and all(w[:1].isupper() and not common_word(w) for w in words) \
        and not any(p.tag.POS in ("ADJF", "PRTF") for p in parse(words[0]))


def dependent(word: str) -> bool:
    """A word that can hang on a head noun: a genitive or instrumental, or a name that does not
    decline («Людях Икс»)."""
    parses = parse(word)
    return any(p.tag.case in ("gent", "ablt") or "Fixd" in p.tag.grammemes for p in parses) \
        or word[:1].isupper() and not any(p.tag.case == "loct" for p in parses)


def declined_phrase(words: list[str], options: list[list]) -> str | None:
    """The words, adjectives and a head noun (and a name beside it: «Андрее Рублёве») in one
    oblique case, agreeing in number and gender, in the nominative; None where they do not.
    Where several cases fit, the head's likeliest reading wins («Парке»: парк, not парка)."""
    if not all(options):
        return None
    found = []
    for case in ("gent", "datv", "accs", "ablt", "loct"):
        picked = pick_agreeing(words, [sorted(opts, key=reading_order) for opts in options], case)
        if picked is None:
            continue
        noun = next((p for p in picked if p.tag.POS == "NOUN"), picked[0])
        name = {"Fixd", "Name"} <= noun.tag.grammemes  # «Великого Гэтсби»: masc, «Последнего танго»: neut
        gender = noun.tag.gender if noun.tag.POS == "NOUN" and not name else None
        forms = [inflect_nominative(p, gender or "masc") for p in picked]
        if all(forms) and all(hyphen_read(w, f) for w, f in zip(words, forms)):
            found.append((reading_order(noun), " ".join(recase(w, f) for w, f in zip(words, forms))))
    return min(found, key=lambda f: f[0])[1] if found else None


def hyphen_read(written: str, form: str) -> bool:
    """A hyphenated word's nominative only where each part is a word pymorphy3 knows in its
    dictionary form, or one it does not know left as written (Человека-паука → Человек-паук,
    Рок-звезду → Рок-звезда; not Принца-Полукровка, Клоунов-убийцы, Диззь-энерджи, У-ля-ль)."""
    parts, read = written.lower().split("-"), form.lower().split("-")
    if len(parts) == 1:
        return True
    return len(parts) == len(read) and all(map(part_read, parts, read))


def part_read(written: str, read: str) -> bool:
    """One part of a hyphenated word: a dictionary form pymorphy3 knows (a changed one of three
    letters or more), or an unknown word left as written."""
    if not morph().word_is_known(read):
        return written == read
    return any(p.normal_form == read for p in parse(read)) and (written == read or len(read) >= 3)


def pick_agreeing(words: list[str], options: list[list], case: str) -> list | None:
    """One reading a word in `case`, all agreeing with the head, the first word that reads as
    no adjective (an adjective after it too: "Острове проклятых" is no phrase, "проклятых" depends on the island); a
    second noun only as a name beside it (`name_beside`).
    Adjectives alone are read as adjectives («Чужих» → Чужие, «Загнанного» → Загнанный)."""
    adjectives = [next((p for p in opts if p.tag.case == case and p.tag.POS in ("ADJF", "PRTF")), None)
                  for opts in options]
    if all(adjectives):
        return adjectives
    at = next((i for i, a in enumerate(adjectives) if a is None), None)  # the head: no adjective
    noun = next((p for p in options[at] if p.tag.case == case and p.tag.POS == "NOUN"), None)
    if noun is None:
        return None
    picked = []
    for i, opts in enumerate(options):
        hit = noun if i == at else next((p for p in opts if p.tag.case == case and agrees(p, noun) and (
            p.tag.POS in ("ADJF", "PRTF") or i > at and name_beside(words[i], p, noun))), None)
        if hit is None:
            return None
        picked.append(hit)
    return picked


def name_beside(word: str, reading, head) -> bool:
    """A capitalised name, or a word pymorphy3 does not know, after a head that is a name or a
    being: «Шерлоке Холмсе», «Короля Артура», «Кролике Роджере»; not «Иронии Судьбы» or
    «Властелине Колец» (common nouns there depend on the head), nor «Списка Шиндлера» (a
    thing's owner)."""
    names = {"Name", "Surn", "Patr"}
    head_is_name = bool(names & head.tag.grammemes) or "anim" in head.tag or not morph().word_is_known(head.word)
    return head_is_name and word[:1].isupper() and (bool(names & reading.tag.grammemes)
                                                    or not morph().word_is_known(word.lower()))


def agrees(word, noun) -> bool:
    """Same number, and same gender where both are singular and the word has one (any gender
    beside an indeclinable noun)."""
    if word.tag.number and noun.tag.number and word.tag.number != noun.tag.number:
        return False
    return "Fixd" in noun.tag.grammemes or not (word.tag.number == "sing" and word.tag.gender and noun.tag.gender
                and word.tag.gender != noun.tag.gender)


def reading_order(parse) -> tuple[bool, bool, float, bool, bool]:
    """Adjectives first, then common nouns before names: «Зелёной Миле» is the mile (миля),
    not Мила; then the likelier reading, and where readings tie masculine first («Властелине
    колец»: властелин, not властелина; «Парке»: парк) and no soft sign guessed on
    («Интерстелларе»: Интерстеллар)."""
    return (parse.tag.POS != "ADJF", bool({"Name", "Surn", "Patr"} & parse.tag.grammemes),
            -round(parse.score, 2), parse.tag.gender != "masc", parse.normal_form.endswith("ь"))


def inflect_nominative(parse, gender: str = "masc") -> str | None:
    number = parse.tag.number or "sing"
    wanted = {"nomn", number}
    if parse.tag.POS in ("ADJF", "PRTF") and number == "sing":
        wanted.add(gender if gender in ("masc", "femn", "neut") else "masc")
    form = parse.inflect(wanted)
    return form.word if form else None


def genitive_head(title: str) -> str:
    """A title after a preposition of the genitive, read with its head as a singular genitive
    («Матрицы» → Матрица, «Игры разума» → Игра разума, «Мастера и Маргариты»); only the
    head and the words after "и" change ("Острова проклятых" and "Человек в железной
    маске" stay as written)."""
    words = title.split()
    heads = [p for p in parse(words[0].lower()) if p.tag.case == "gent"
             and (p.tag.number == "sing" or p.tag.POS == "NUMR")]  # «Семи» → Семь
    if not heads or len(words) > 1 and words[1][:1].isupper() and all("anim" in p.tag for p in heads):
        return title  # «Доктора Хауса»: a being and its name, declined alike
    if len(words) == 1 and "-" not in title:  # «Предложения»: the singular genitive, though a plural reads likelier
        form = heads[0].inflect({"nomn"} if heads[0].tag.POS == "NUMR" else {"nomn", "sing"})
        return recase(title, form.word) if form is not None else title
    read = nominative(title, force=True).split()
    joined = words.index("и") if "и" in words else len(words)
    if len(read) != len(words) or any(a != b for k, (a, b) in enumerate(zip(words, read)) if 0 < k < joined):
        return title
    return " ".join(read)


def attested_nominative(text: str, title: str) -> str:
    """A title that reads as a nominative too («Матрицы», «Леона»), or one whose head alone
    declines («Побега из Шоушенка», «Властелина колец»), in the nominative where the review
    writes that form itself (продолжением «Матрицы» … «Матрица»)."""
    words = title.split()
    head = " ".join([nominative(words[0], force=True), *words[1:]]) if len(words) > 1 else title
    for other in (nominative(title, force=True), head):  # "Побега из Шоушенка": only the head declines
        if other != title and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", text):
            return other
    return title
