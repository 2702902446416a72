"""Crew jobs from cue words (режиссёр X, по роману X, музыка X …): every rule is a pattern in
`data/roles.json` with the side its name stands on, the gap it may reach and the case it wants."""
from __future__ import annotations

import re

from ..doc import Doc
from .authors import author_barred
from .cues import LIST_JOINED, WORDS, Finder, Placed, rules, visibly_genitive
from .directors import is_known_director
from .names import finite_verb, parse
from .siblings import JOINED


def crew_roles(doc: Doc, finder: Finder) -> list[tuple[int, str, str]]:
    """(person, job, why) for every crew cue of `data/roles.json` that reaches a name."""
    found = []
    for rule in rules()["crew"]:
        if rule["requires_word"] is not None and not rule["requires_word"].search(doc.text):
            continue
        for m in rule["cue"].finditer(doc.text):
            hit = finder.after(m.end(), rule["gap"]) if rule["side"] == "after" else finder.before(m.start(), rule["gap"])
            if hit is None or finder.inside(m.start()) or barred(doc, rule, m, hit):
                continue  # inside: "Романа Пирса" is a name, not a book
            found.append((hit.person, rule["kind"], f"{rule['kind']}: {m.group(0).strip()!r}"))
            joined = joined_after(doc, finder, m, hit) if rule["side"] == "after" and rule["gap"] > 1 else []
            for other in joined:  # "сценарий, написанный Стэном Реддингом и Джеффом Натансоном"
                found.append((other.person, rule["kind"], f"{rule['kind']}: {m.group(0).strip()!r}, and X и Y"))
    return found


def barred(doc: Doc, rule: dict, m: re.Match, hit: Placed) -> bool:
    """The name `hit` a cue reached is not the one the cue speaks of."""
    if not case_fits(rule.get("case"), hit, m.group(0)) and not APPOSITION.search(doc.text[m.end() - 3:hit.start]):
        return True
    if rule["side"] == "before":
        if re.search(r"[.!?]", doc.text[hit.stop:m.start()]):
            return True  # "Спилберг. - Самый лучший актер - Том Хэнкс": the cue opens another sentence
        if rule["kind"] != "director":
            return False
        # "Оператор Уолли Пфистер снял фильм": the camera, not the direction
        return OTHER_JOB_BEFORE.search(doc.text[max(0, hit.start - 30):hit.start]) is not None \
            or made_other_work(doc, m.end())
    if rule.get("case") == "nomn_as_written" and other_work_before(doc, m.start()):
        return True  # "Первые два снял Крис Коламбус", "«Чужого» снял Ридли Скотт": another film's maker
    gap = doc.text[m.end():hit.start]
    # the cue took the comma: "писатель, а Фрэнк Дарабонт" ("роман, который написал X" stays)
    took_comma = re.search(r"[,;]\s*$", m.group(0)) and (NEXT_CLAUSE.match(gap) or ONLY_AND.fullmatch(gap))
    if CLAUSE_BREAK.search(gap) or took_comma or aside_between(gap):
        return True  # "Режиссер безусловно идеальный, а Лиам Нисон…", "романа (в нем Форрест …": another clause
    if ROLE_GAP.search(gap):
        return True  # "непоследовательность режиссера в образе Линди": a character
    if PREPOSITION_GAP.search(gap) and not HANDED_TO.search(gap):
        return True  # "режиссёров ещё одного, в компанию к Кубрику": the name hangs on a preposition
    words = WORDS.findall(gap.lower())
    if hit.mention.case in ("gent", "accs") and owned_by_phrase(words):
        return True  # "спасибо режиссёру за приглашение Тома Беренджера": the noun's, not the crew
    if hit.mention.case in ("accs", "gent") and words and parse(words[-1])[0].tag.POS == "VERB":
        return True  # "сценаристы выставляют Питера Гаретта супергероем": the object of what the crew does
    if "и" in words and any(finite_verb(w) for w in words[words.index("и") + 1:]):
        return True  # "играет музыка и говорит Дарси": the subject of another verb
    if any(parse(w)[0].tag.POS == "GRND" for w in words):
        return True  # "режиссер, меняя Гарри на женщину": the gerund's object, not the crew
    if hit.mention.case in ("datv", "ablt", "loct") and not HANDED_TO.search(gap) and any(
            finite_verb(w) and parse(w)[0].normal_form not in LINKING_VERBS for w in words):
        return True  # "Смена режиссера пошла Гарри Поттеру на пользу": the verb's, not the crew
    if QUOTE_OPENS.search(gap):
        return True  # "режиссером 'Гарри Поттера...' стал X": a title in quotes, no person
    inside_word = gap[:1].isalpha() and doc.text[m.end() - 1:m.end()].isalpha()  # "оператор|скую работу"
    if verb_then_noun(words[1:] if inside_word else words):
        return True  # "сценарист перепутал двух девушек - Арвен и Эовин": the verb's object, not the crew
    return rule["kind"] == "author" and author_barred(doc, m, hit, gap)


def owned_by_phrase(words: list[str]) -> bool:
    """A preposition opens the gap and a noun closes it (not "в лице", which names the doer): a
    genitive name after it hangs on that noun."""
    return len(words) >= 2 and parse(words[0])[0].tag.POS == "PREP" and words[-1] != "лице" \
        and parse(words[-1])[0].tag.POS == "NOUN"


LINKING_VERBS = frozenset({"быть", "стать", "являться", "оказаться", "остаться"})  # "был приглашён норвежец X"


def verb_then_noun(words: list[str]) -> bool:
    """A finite verb, then a noun, among the words between a cue and a name: the name belongs to
    what the verb does ("режиссёр снял фильм с X"), not "сценарий написал X"."""
    verb = next((k for k, w in enumerate(words) if finite_verb(w) and parse(w)[0].normal_form not in LINKING_VERBS),
                None)
    return verb is not None and any(parse(w)[0].tag.POS == "NOUN" for w in words[verb + 1:])


QUOTE_OPENS = re.compile(r"[«\"'“„]\s*$")
OBJECT_GAP = re.compile(r"^[\s,]*(?:[а-яё]+\s+){0,2}[«\"'“„]?$", re.I)  # "снял ещё и «…»", "поставил потом «…»"


def made_other_work(doc: Doc, stop: int) -> bool:
    """A work other than the film is the object of the verb that ends at `stop` ("Мэл Гибсон снял
    «Страсти Христовы»" in a review of «Патриот»: he directed that, not the film)."""
    return any(OBJECT_GAP.match(doc.text[stop:t.start]) for w in doc.works or [] for t in w.mentions
               if 0 <= t.start - stop <= 30)


OTHER_PART = re.compile(r"(?<![а-яё])(?:перв|втор|предыдущ|прошл|следующ|оригинал|остальн|друг)\w*[^.!?]{0,25}$", re.I)


SUPPOSED = re.compile(r"(?<![а-яё])если\s+бы?(?![а-яё])[^.!?]*$", re.I)


def other_work_before(doc: Doc, start: int) -> bool:
    """The verb at `start` ("снял X") has another work for its object before it: a part named by
    its place in a series, or a work the review names (not the film) just before; or it is
    supposed ("если бы этот фильм снял Спилберг")."""
    return OTHER_PART.search(doc.text[max(0, start - 30):start]) is not None \
        or SUPPOSED.search(doc.text[max(0, start - 40):start]) is not None \
        or any(start - 30 <= t.stop <= start for w in doc.works or [] for t in w.mentions)


OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})
PLURAL_CUE = re.compile(r"\s*[а-яё]+(?:ы|ов|ам|ами|ах)(?![а-яё])", re.I)  # "режиссерам Накашу и Толедано"


def joined_after(doc: Doc, finder: Finder, m: re.Match, hit: Placed) -> list[Placed]:
    """The names joined to a job cue's name: after a plural cue, a list that closes with "и"
    ("режиссерам Накашу и Толедано", "сценаристы Валлелонга, Карри и Фаррелли"); after any cue, a
    full name joined by "и" in the same visible oblique case ("дуэту Оливье Накаша и Эрика
    Толедано"); not a nominative pair after one job ("Режиссёр X и Y сыграли")."""
    if PLURAL_CUE.match(doc.text, m.start()):  # not examples: "режиссерами, такими как: X, Y и Z"
        return [] if EXAMPLES.search(doc.text[m.end():hit.start]) else listed_after(doc, finder, hit)
    nxt = finder.after(hit.stop, 4)
    if nxt is None or nxt.person == hit.person or not JOINED.match(doc.text[hit.stop:nxt.start]):
        return []
    a, b = hit.mention, nxt.mention
    alike = (a.case == b.case and a.case in OBLIQUE and a.text != a.normal and b.text != b.normal
             and len(a.text.split()) >= 2 and len(b.text.split()) >= 2)
    return [nxt] if alike else []


EXAMPLES = re.compile(r"(?<![а-яё])(?:как|например|вроде|типа)(?![а-яё])", re.I)


def listed_after(doc: Doc, finder: Finder, hit: Placed, most: int = 5) -> list[Placed]:
    """The names listed after `hit` up to the one "и" joins: "X, Y и Z" → [Y, Z]; commas
    alone ("X, Y сыграл…") list nothing."""
    chain, last = [], hit
    while len(chain) < most:
        nxt = finder.after(last.stop, 4)
        if nxt is None or nxt.person == last.person or not LIST_JOINED.match(doc.text[last.stop:nxt.start]):
            break
        chain.append(nxt)
        if "и" in doc.text[last.stop:nxt.start].split():
            return chain
        last = nxt
    return []


# a name hanging on a preposition is no doer; not с / от / у / против: "сценарий, согласованный с X",
# "фильм от X", "поучиться режиссёрам у X", "ничего не имею против X"
PREPOSITION_GAP = re.compile(r"(?:^|[\s,])(?:к|ко|о|об|про|для|без|после|до|вместо|кроме)\s+$", re.I)
# "кресло перешло к X": handed to X, who does the job
HANDED_TO = re.compile(r"(?:перешл\w*|перешёл|перешел|переда\w*|доверил\w*|достал\w*)\s+к\s+$", re.I)
OTHER_JOB_BEFORE = re.compile(r"\b(?:оператор|композитор|сценарист|продюсер|монтаж[её]р|художник)\w*\s+$", re.I)
ROLE_GAP = re.compile(r"\b(?:образ|рол[ьеи]|геро[йяюеи]|персонаж)\w*", re.I)
APPOSITION = re.compile(r"[-—–:]\s*$")  # "книге вокалистки группы - Черри Кьюрри"
NEXT_CLAUSE = re.compile(r"\s*(?:а|но|однако|зато|хотя)\s", re.I)
ONLY_AND = re.compile(r"\s*и\s+")  # "музыку, и Джереми Левина за сценарий" (not "сценарист, и режиссер - X")
CLAUSE_BREAK = re.compile(r"[.!?;]|,\s*(?:а|но|и|однако|зато|хотя|что|который|которая|которые)\b", re.I)


def aside_between(gap: str) -> bool:
    """A bracket closes between cue and name ("в книге) которого Элронд"), or one opens on a
    clause of its own ("романа (в нем Форрест…", "режиссера (хорошо хоть не Уве Болл)"); not
    a bracketed apposition ("сценаристам (все тем же Братьям Фаррелли)")."""
    if ")" in gap:
        return True
    if "(" not in gap:
        return False
    words = WORDS.findall(gap[gap.rindex("("):].lower())
    return any(w == "не" or parse(w)[0].tag.POS in ("PREP", "ADVB", "VERB", "INFN") for w in words)


def case_fits(wanted: str | None, placed: Placed, cue: str = "") -> bool:
    """`gent`: visibly genitive (`visibly_genitive`); `not_declined_otherwise`: a genitive or a
    name left as written (книга Марио Пьюзо, книги Дж. К. Роулинг), not one declined into
    another case; `nomn_as_written`: the nominative as written, a full name or a listed director's
    ("снял Амистад" names a film); `datv`: visibly dative; None: any."""
    m = placed.mention
    if wanted == "gent":
        return visibly_genitive(placed)
    if wanted == "not_declined_otherwise":
        return m.case == "gent" or m.text == m.normal
    if wanted == "nomn_as_written":  # "фильм снял Олег Кравцов", not "снял Брюса Уиллиса в главной роли"
        return m.text == m.normal and m.case in ("nomn", "") and (" " in m.normal or is_known_director(m.normal))
    if wanted == "datv":  # "Ван Санту удался сильный фильм"
        return m.case == "datv" and m.text != m.normal
    if wanted == "apposed" and NOMINATIVE_JOB.search(cue):  # "X, потрясающий режиссёр": X in the nominative
        return m.case in ("nomn", "") or m.text == m.normal  # not "с … Марком Уолбергом, потрясающий режиссёр"
    return True


NOMINATIVE_JOB = re.compile(r"(?:режисс[её]р|постановщик|акт[её]р|актриса)(?![а-яё])", re.I)
