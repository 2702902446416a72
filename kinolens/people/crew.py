"""Crew jobs from cue words (режиссёр X, по роману X, музыка X …): every rule is a pattern in
`data/roles.json` with the side its name stands on, the gap it may reach and the case it wants."""
from __future__ import annotations

import re

from ..doc import Doc
from .cues import Finder, Placed, rules
from .directors import is_known_director
from .names import CONSONANT_END, parse
from .siblings import JOINED


def crew_roles(doc: Doc, finder: Finder) -> list[tuple[int, str, str]]:
    """(person, job, why) for every crew cue of `data/roles.json` that reaches a name."""
    found = []
    for rule in rules()["crew"]:
        if rule["requires_word"] is not None and not rule["requires_word"].search(doc.text):
            continue
        for m in rule["cue"].finditer(doc.text):
            hit = finder.after(m.end(), rule["gap"]) if rule["side"] == "after" else finder.before(m.start(), rule["gap"])
            if hit is None or barred(doc, rule, m, hit):
                continue
            found.append((hit.person, rule["kind"], f"{rule['kind']}: {m.group(0).strip()!r}"))
            joined = joined_after(doc, finder, m, hit) if rule["side"] == "after" and rule["gap"] > 1 else None
            if joined is not None:  # "сценарий, написанный Стэном Реддингом и Джеффом Натансоном"
                found.append((joined.person, rule["kind"], f"{rule['kind']}: {m.group(0).strip()!r}, and X и Y"))
    return found


def barred(doc: Doc, rule: dict, m: re.Match, hit: Placed) -> bool:
    """The name `hit` a cue reached is not the one the cue speaks of."""
    if not case_fits(rule.get("case"), hit) and not APPOSITION.search(doc.text[m.end() - 3:hit.start]):
        return True
    if rule["side"] == "before":
        if re.search(r"[.!?]", doc.text[hit.stop:m.start()]):
            return True  # "Спилберг. - Самый лучший актер - Том Хэнкс": the cue opens another sentence
        return rule["kind"] == "director" and OTHER_JOB_BEFORE.search(doc.text[max(0, hit.start - 30):hit.start]) is not None
        # "Оператор Уолли Пфистер снял фильм": the camera, not the direction
    gap = doc.text[m.end():hit.start]
    # the cue took the comma: "писатель, а Фрэнк Дарабонт" ("роман, который написал X" stays)
    took_comma = re.search(r"[,;]\s*$", m.group(0)) and NEXT_CLAUSE.match(gap)
    if CLAUSE_BREAK.search(gap) or took_comma:
        return True  # "Режиссер безусловно идеальный, а Лиам Нисон…": another clause
    if ROLE_GAP.search(gap):
        return True  # "непоследовательность режиссера в образе Линди": a character
    if PREPOSITION_GAP.search(gap) and not HANDED_TO.search(gap):
        return True  # "режиссёров ещё одного, в компанию к Кубрику": the name hangs on a preposition
    if rule["kind"] == "author" and (clause_between(gap) or compared_before(doc, m.start())):
        return True  # "в книге он хорошо описан – Санни", "напоминает роман Дарьи Донцовой"
    # "экранизация Коламбуса": the director's film of the book
    return m.group(0).lower().startswith("экранизац") and is_known_director(doc.people[hit.person].name)


OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})
PLURAL_CUE = re.compile(r"\s*[а-яё]+(?:ы|ов|ам|ами|ах)(?![а-яё])", re.I)  # "режиссерам Накашу и Толедано"


def joined_after(doc: Doc, finder: Finder, m: re.Match, hit: Placed) -> Placed | None:
    """The name joined to a job cue's name by "и": after a plural cue ("режиссерам Накашу и
    Толедано"), or a full name in the same visible oblique case ("дуэту Оливье Накаша и Эрика
    Толедано"); not a nominative pair after one job ("Режиссёр X и Y сыграли")."""
    nxt = finder.after(hit.stop, 4)
    if nxt is None or nxt.person == hit.person or not JOINED.match(doc.text[hit.stop:nxt.start]):
        return None
    if PLURAL_CUE.match(doc.text, m.start()):
        return nxt
    a, b = hit.mention, nxt.mention
    alike = (a.case == b.case and a.case in OBLIQUE and a.text != a.normal and b.text != b.normal
             and len(a.text.split()) >= 2 and len(b.text.split()) >= 2)
    return nxt if alike else None


# a name hanging on a preposition is no doer; not с / от / у / против: "сценарий, согласованный с X",
# "фильм от X", "поучиться режиссёрам у X", "ничего не имею против X"
PREPOSITION_GAP = re.compile(r"[\s,](?:к|ко|о|об|про|для|без|после|до|вместо|кроме)\s+$", re.I)
# "кресло перешло к X": handed to X, who does the job
HANDED_TO = re.compile(r"(?:перешл\w*|перешёл|перешел|переда\w*|доверил\w*|достал\w*)\s+к\s+$", re.I)
OTHER_JOB_BEFORE = re.compile(r"\b(?:оператор|композитор|сценарист|продюсер|монтаж[её]р|художник)\w*\s+$", re.I)
ROLE_GAP = re.compile(r"\b(?:образ|рол[ьеи])\w*", re.I)
APPOSITION = re.compile(r"[-—–:]\s*$")  # "книге вокалистки группы - Черри Кьюрри"
NEXT_CLAUSE = re.compile(r"\s*(?:а|но|однако|зато|хотя)\s", re.I)
CLAUSE_BREAK = re.compile(r"[.!?;]|,\s*(?:а|но|и|однако|зато|хотя|что|который|которая|которые)\b", re.I)


def clause_between(gap: str) -> bool:
    """A pronoun or a verb other than one of writing stands between a book cue and the name: the
    name is another clause's subject, not the book's author ("роман, который написал X" still is)."""
    for word in re.findall(r"[а-яё]+", gap.lower()):
        pos = parse(word)[0].tag.POS
        if pos == "NPRO" or pos in ("VERB", "PRTS", "INFN") and not WRITING.match(word):
            return True
    return False


WRITING = re.compile(r"(?:на)?(?:писа|созда|сочин|придума|выпусти|издал)")


def case_fits(wanted: str | None, placed: Placed) -> bool:
    """`gent`: visibly genitive (`visibly_genitive`); `not_declined_otherwise`: a genitive or a
    name left as written (книга Марио Пьюзо, книги Дж. К. Роулинг), not one declined into
    another case; `datv`: visibly dative; None: any."""
    m = placed.mention
    if wanted == "gent":
        return visibly_genitive(placed)
    if wanted == "not_declined_otherwise":
        return m.case == "gent" or m.text == m.normal
    if wanted == "datv":  # "Ван Санту удался сильный фильм"
        return m.case == "datv" and m.text != m.normal
    return True


LIKENED = re.compile(r"(?:напомина\w*|напомнил\w*|похож\w*|сродни|подобно|в\s+духе|как\s+в|а-ля|вроде)\s+(?:\w+\s+)?$",
                     re.I)


def compared_before(doc: Doc, pos: int) -> bool:
    """A likening word just before `pos` ("напоминает роман …", "в духе книг …"); not лучше /
    хуже, since "лучше романа Кинга" still names the source."""
    return LIKENED.search(doc.text[max(0, pos - 40):pos]) is not None


def visibly_genitive(placed: Placed) -> bool:
    """Read in the genitive, and not a masculine name left plainly in the nominative
    ("фильм Форрест Гамп" names a film, "фильм Тарантино" a director)."""
    m = placed.mention
    return m.case == "gent" and not (m.text == m.normal and CONSONANT_END.search(m.text.split()[-1].lower()))
