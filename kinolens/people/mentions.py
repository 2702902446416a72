"""Find person-name mentions and read each in the nominative.

Sources, each a rule of its own (shown in the debug view):
- `ner`: Natasha's PER spans, cut into names at punctuation ("Ким Фоули (" → "Ким Фоули");
- `dict-name`: a capitalised word pymorphy3 knows as a first name, missed by the NER;
- `particle`: a name particle and a capitalised word the NER missed ("Ди Каприо сыграл…");
- `pair`: either side of "Маккелена(Гэндальф)";
- `coordinated`: a name after "и" and a name already found (one word joins one word, and
  takes its case: "о Сарумане и Гриме");
- `role after a dash`: the character in "героя Такеши Китано/ Takeshi Kitano — Aniki Yamamoto";
- `before 'в роли'`: a capitalised word the NER missed ("Бин в роли Хикса");
- `propagate`: a word that declines to a name part already found elsewhere in the review.
Word shapes that are no names are in `shapes.py`; the spans found by their neighbours (pair,
coordinated, role after a dash, before 'в роли') in `neighbours.py`; a head and its owner's
surname read as one name ("Базаров Тургенева") are cut in `owners.py`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..doc import Doc, NameMention, spanned
from ..pipeline import Stage
from ..text.spelling import fold
from . import names
from .heroes import ROLE_LEAD
from .casts import films, known_actor_names
from .listed import initialled_spans, listed_full_names, listed_spans, listed_surname, listed_surnames
from .directors import listed_names
from .ner import insisted_names, insisted_word, joined_names
from .neighbours import (coordinated_spans, dash_role_spans, in_role_spans, inside_title, paired_spans,
                         sentence_starts)
from .owners import GENITIVE, OWNER_RULE, owner_spans
from .rolewords import AFTER_ROLE_RULE, after_role_spans, read_role_word
from .glue import unglue
from .siblings import share_surnames
from .titled import drop_bare_titles, drop_title_phrases, drop_title_tails
from .shapes import (NAME_TAGS, adjective_read_as_name, drop_heading_words, first_name_like,
                     drop_name_adjectives, franchise_word, is_stopword,
                     known_first_name, lexicon, misspelt_word, name_mass, place_like, trim_function_words,
                     without_final_stop, woman_opening_clause, words_of)

WORD = re.compile(r"[A-ZА-ЯЁ][\w'’`]*(?:-[A-ZА-ЯЁ]?[\w'’`]+)*\.?|[a-zа-яё]+")  # О`Коннер: a backtick for ’
CAPITAL = re.compile(r"^[A-ZА-ЯЁ]")
# a word hyphened to a name in a run of two or more ("Том Хэнкс-это", "Морган Фриман-что", "Чак Нолан-победитель",
# "Вице-канцлер Дюпон"); not -младший / -старший nor a syllable, declined or not ("Пон Джун-хо",
# "Юань Ву-пина", "Чоу Юнь-фата")
WORD_TAIL = re.compile(r"-(?:это|то|же|ка|таки|что|вот|как|тут|там|все|всё|(?!(?:младш|старш))[а-яё]{5,}[а-яё-]*)$")
WORD_HEAD = re.compile(r"^[А-ЯЁ][а-яё]+-[а-яё]{4,}$")
QUOTE_CLOSED = re.compile(r"\w{3}['’]$")  # "Амаркорд'" (a title's closing quote), not "О'" of О' Коннор
# a name, a hyphen and a capitalised word that opens a comment: "Стирпайк-О, я аплодирую", "Гертруда-Не особо"
COMMENT_TAIL = re.compile(r"-(?:О|Да|Не|Нет|Жаль|Ну|Это|Вот|Ах|Ох|Эх|Увы)$")


def split_names(text: str, start: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (and name particles) separated by single spaces."""
    runs: list[list[tuple[int, int]]] = []
    for m in WORD.finditer(text):
        word = m.group(0)
        if not CAPITAL.match(word) and word.lower() not in names.PARTICLES:
            runs.append([])
            continue
        gap = text[runs[-1][-1][1]:m.start()] if runs and runs[-1] else None
        if runs and runs[-1] and QUOTE_CLOSED.search(text[runs[-1][-1][0]:runs[-1][-1][1]]):
            gap = None  # "'Амаркорд' Феллини": a closing quote ends a title, no name runs on across it
        if gap is not None and gap.strip() == "" and len(gap) <= 2 and "\n" not in gap:  # a line ends a name
            runs[-1].append(m.span())
        else:
            runs.append([m.span()])
    spans = []
    for run in runs:
        while run and not CAPITAL.match(text[run[-1][0]:run[-1][1]]):
            run.pop()
        while run and not CAPITAL.match(text[run[0][0]:run[0][1]]):
            run.pop(0)
        if len(run) >= 2 and WORD_HEAD.match(text[run[0][0]:run[0][1]]):
            run.pop(0)
        while run and QUOTE_CLOSED.search(text[run[-1][0]:run[-1][1]]):
            run.pop()  # "'Амаркорд' Феллини": the word a quote closes ends a title
        tail = (WORD_TAIL if len(run) >= 2 else COMMENT_TAIL).search(text[run[-1][0]:run[-1][1]]) if run else None
        if tail:
            run[-1] = (run[-1][0], run[-1][0] + tail.start())
        if run:
            spans.append((start + run[0][0], start + run[-1][1]))
    return spans



def case_hint(doc: Doc, start: int) -> frozenset:
    """Cases the word before a name points to (a preposition, a role noun, an adjective)."""
    before = re.search(r"([А-Яа-яЁё]+)[\s,]*(?:[—–-]\s*)?$", doc.text[max(0, start - 40):start])
    if not before:
        return frozenset()
    word = before.group(1).lower()
    preps = lexicon()["preposition_cases"]
    if word in preps:
        return frozenset(preps[word])
    found = set()
    for parse in names.parse(word)[:4]:
        if parse.score < 0.15:
            continue
        if parse.tag.POS == "PRTF" and "pssv" in parse.tag.grammemes:  # "сыгранный Гэри Синизом": the agent
            found |= {"ablt", "datv"} if "pres" in parse.tag.grammemes else {"ablt"}  # "приписываемую Генри Форду"
            continue
        agrees = parse.tag.POS in ("ADJF", "PRTF") or parse.normal_form in lexicon()["role_nouns"]
        if agrees and parse.tag.case:
            found.add(parse.tag.case)
        if parse.normal_form in lexicon()["owned_nouns"] and not before.group(0)[len(word):].strip():
            found.add("gent")  # "герой Хэнкса", right before the name: the actor who plays him
    if found & {"gent", "accs"} and len(found) <= 3:
        found |= {"gent", "accs"}
    return frozenset(found) if 0 < len(found) <= 3 else frozenset()


def thing_before(doc: Doc, start: int) -> bool:
    """A thing's noun in the nominative right before the name ("Сценарий Бэннона хорош"): the
    name is its owner, and a verb after the name agrees with the noun."""
    before = re.search(r"(?:^|[^а-яё])([а-яё]+)\s+$", doc.text[max(0, start - 30):start], re.I)
    readings = [p for p in names.parse(before.group(1).lower())[:3] if p.score >= 0.2] if before else []
    return bool(readings) and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes
                                  and not NAME_TAGS & p.tag.grammemes for p in readings) \
        and any(p.tag.case == "nomn" for p in readings)


def gender_hint(doc: Doc, start: int, stop: int) -> tuple[str, str]:
    """(gender, case) of an agreeing past verb or participle right after the name,
    or of an adjective right before it; ('', '') when there is none."""
    after = re.match(r"(\s*,)?\s*(?:[-—–]\s*)?([а-яё]+)", doc.text[stop:stop + 40])
    if ROLE_LEAD.search(doc.text[max(0, start - 40):start]) or thing_before(doc, start):
        after = None  # "Роль Пола Эджкомба досталась …", "Сценарий Бэннона хорош": it agrees with the noun
    before = re.search(r"([а-яё]+)\s+$", doc.text[max(0, start - 30):start])
    # after a comma only a participle agrees with the name; a verb there may belong to another subject
    after_kinds = ("PRTF",) if after and after.group(1) else ("VERB", "PRTF", "PRTS", "ADJS")
    for word, kinds in ((after and after.group(2), after_kinds), (before and before.group(1), ("ADJF", "PRTF"))):
        if not word:
            continue
        readings = {(p.tag.gender, p.tag.case or "nomn") for p in names.parse(word)[:3]
                    if p.tag.POS in kinds and p.score >= 0.1 and p.tag.number != "plur"}
        if len(readings) == 1:
            gender, case = next(iter(readings))
            if gender in ("masc", "femn"):
                return ("m" if gender == "masc" else "f"), case
    return "", ""


def credited_alone(doc: Doc, start: int, stop: int) -> bool:
    """The name stands alone in parentheses after a name in the nominative: "Челищев (Певцов)",
    "Катя (Дроздова)" credit an actor; "деда Кайло (Дарта Вейдера)", "героя (Энди Дюфрейна)"
    are appositions in the case of the word before."""
    if not doc.text[stop:stop + 2].lstrip().startswith(")"):
        return False
    outer = re.search(r"([А-ЯЁ][а-яё]+)\s*\(\s*$", doc.text[max(0, start - 30):start])
    if outer is None:
        return False
    best = names.parse(outer.group(1))[:1]
    return any({"Name", "Surn"} & set(p.tag.grammemes) and p.tag.case == "nomn" for p in best)


@lru_cache(maxsize=1)
def spelled_names() -> frozenset:
    """The names a name's reading should spell, folded: the listed actors', directors', authors' and
    composers' full names ("у Конан Дойла": Конан Дойл), every spelling of the known casts' actors
    and of their characters ("игру Альфреда Молина": Альфред Молина, not Молин; "Юбаба", not
    Юбаб), save a character called by a first name alone, which would pull every such name the
    review writes to its spelling ("Адриан", "Уилла")."""
    characters = {fold(spelling) for _, parts in films() for part in parts for spelling in part[1]
                  if spelling[:1].isupper() and len(spelling) > 2 and (" " in spelling or not first_name_like(spelling))}
    authors = listed_names("authors", False)[0] | listed_names("composers", False)[0]
    return listed_full_names() | authors | frozenset(name for name in known_actor_names() if " " in name) | characters


def read_name(doc: Doc, start: int, stop: int, attested: dict, rule: str,
              hint: frozenset | None = None) -> NameMention:
    text = doc.text[start:stop]
    cases = case_hint(doc, start) if hint is None else hint
    if hint is None and credited_alone(doc, start, stop):
        cases = frozenset({"nomn"})  # "Катя (Дроздова)": a credit, written in the nominative
    elif not cases and woman_opening_clause(doc, start, text):
        cases = frozenset({"nomn"})  # "Алентова очень убедительно играет": the subject, a woman
    # the word before sets the case ("в роли Максимуса"); a verb after then agrees with another
    # name ("…Максимуса великолепен" is Кроу), so it tells nothing of this one
    agreeing = gender_hint(doc, start, stop) if not cases or "nomn" in cases else ("", "")
    normal, case, picked = names.choose(words_of(text), attested, cases, agreeing, spelled_names())
    doc.note("names", rule, f"{text} → {normal} ({', '.join(c.rule for c in picked)})")
    return NameMention(start, stop, text, normal, [names.readings(w) for w in words_of(text)], rule, case)


def ner_spans(doc: Doc) -> list[tuple[int, int, str]]:
    found = []
    for span in joined_names(doc):
        for start, stop in split_names(doc.text[span.start:span.stop], span.start):
            for a, b in unglue(doc.text, start, stop):
                found += owner_spans(doc, *trim_function_words(doc, a, without_final_stop(doc.text, a, b)), "ner")
    return found


SURELY_A_NAME = 0.95  # pymorphy3's share of first-name readings for a word alone at a sentence's start


PLURAL_END = re.compile(r"[а-яё]{2}(?:ов|ев|ами|ями|ах|ях)$")


def plural_name(word: str) -> bool:
    """A plural ending, and every first-name reading of the word a plural: "с тысячами Смитов"
    are copies of Смит (Джен, Рин, Перси read as plurals too, and are names)."""
    return PLURAL_END.search(word) is not None \
        and all(p.tag.number == "plur" for p in names.parse(word) if "Name" in p.tag.grammemes)


def dictionary_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    starts = sentence_starts(doc)
    covered = spanned(taken)
    found = []
    tokens = doc.tokens
    for i, tok in enumerate(tokens):
        if tok.start in covered or not CAPITAL.match(tok.text) or not known_first_name(tok.text) \
                or inside_title(doc, tok.start, tok.stop) or place_like(tok.text) or plural_name(tok.text):
            continue
        stop = tok.stop
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt and nxt.start - stop == 1 and CAPITAL.match(nxt.text) and nxt.text.isalpha():
            stop = nxt.stop
        if tok.start in starts and stop == tok.stop and name_mass(tok.text) < SURELY_A_NAME:
            continue  # "Вера", "Лев" open a sentence as words; "Джек", "Чарли" as names
        found.append((tok.start, stop, "dict-name"))
        covered.update(range(tok.start, stop))
    return found


PARTICLE_NAME = re.compile(r"(?<![\w-])(?:Ди|Де|Ван|Фон|Дель|Дю)\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")


def particle_spans(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    covered = spanned(taken)
    return [(m.start(), m.end(), "particle") for m in PARTICLE_NAME.finditer(doc.text)
            if m.start() not in covered and not inside_title(doc, m.start(), m.end())]


def propagated_spans(doc: Doc, mentions: list[NameMention]) -> list[tuple[int, int, str]]:
    """Words that are forms of a part of a name found: a word that is mostly a common noun
    (`not_names`: Вера, Лев) only inside a sentence and as the first name of a full name found
    ("Вера Николаевна …, на что Вера отвечает"); a function word only inside a sentence ("Как
    ни странно" beside a name "Как")."""
    parts = {w for m in mentions for w in m.normal.split() if len(w) >= 3 and CAPITAL.match(w)}
    firsts = {m.normal.split()[0] for m in mentions if " " in m.normal}
    covered = spanned((m.start, m.stop) for m in mentions)
    stop = lexicon()["not_names"]
    starts = sentence_starts(doc)
    found = []
    for tok in doc.tokens:
        if tok.start in covered or not CAPITAL.match(tok.text) or inside_title(doc, tok.start, tok.stop):
            continue
        if tok.text.lower() in stop and (tok.start in starts or tok.text not in firsts):
            continue
        if names.forms_of(tok.text) & parts and not (tok.start in starts and function_like(tok.text)):
            found.append((tok.start, tok.stop, "propagate"))
    return found


PROPAGATE_NEVER = frozenset({"CONJ", "PREP", "PRCL", "ADVB", "NPRO", "PRED", "INTJ"})


@lru_cache(maxsize=20_000)
def function_like(word: str) -> bool:
    """pymorphy3's likeliest reading is a function word or a pronoun's adjective ("Как", "Который"),
    and no reading is a name's ("Том")."""
    parses = names.parse(word.lower())
    return bool(parses) and names.morph().word_is_known(word.lower()) and (
        parses[0].tag.POS in PROPAGATE_NEVER or "Apro" in parses[0].tag) \
        and not any(NAME_TAGS & p.tag.grammemes for p in parses)  # "Том", "Вон" stay names


def as_part(doc: Doc, mention: NameMention, found: list[NameMention]) -> NameMention:
    """A word found because it is a form of a name already found reads as that name ("Форреста
    сыграл …" beside "Форрест": Форрест in the accusative, not a nominative Форреста)."""
    parts = {w for m in found for w in m.normal.split()}
    if mention.normal in parts:
        return mention
    for cand in mention.candidates[0]:
        if cand.form in parts:
            case = next((c for c in names.CASES if c in cand.cases and c != "nomn"), mention.case)
            doc.note("names", "a form of a name found", f"{mention.text} → {cand.form} ({case})")
            return replace(mention, normal=cand.form, case=case)
    return mention


ANIMATE_ACCUSATIVE = frozenset({"gent", "accs"})  # "носить Купера и Амелию": one form, either case


def share_case(doc: Doc, mentions: list[NameMention], attested: dict) -> list[NameMention]:
    """A one-word name joined by "и" to a one-word name before it takes that name's case
    ("о Сарумане и Голлуме"), where that name shows its case (declined, or after a
    preposition); "Рипли" shows none. A full name before it does where it is declined
    ("история Энди Дюфрейна и Рэда": Рэд)."""
    by_stop = {m.stop: m for m in mentions}
    out = []
    for m in mentions:
        joined = re.search(r"\s+и\s+$", doc.text[max(0, m.start - 5):m.start])
        left = by_stop.get(m.start - len(joined.group(0))) if joined else None
        shows_case = left is not None and (left.normal != left.text or case_hint(doc, left.start))
        declined = left is not None and left.normal != left.text  # "Энди Дюфрейна и Рэда": a full name too
        if shows_case and left.case and " " not in m.text.strip() and (" " not in left.text.strip() or declined):
            cases = ANIMATE_ACCUSATIVE if left.case in ANIMATE_ACCUSATIVE else frozenset({left.case})
            m = read_name(doc, m.start, m.stop, attested, m.rule, cases)
        out.append(m)
    return out


def nominatives(words) -> dict[str, frozenset]:
    """Each capitalised word a review writes, read alone in the nominative, with the words
    that read so: "Дакота" backs Дакоты → Дакота, "Кубрика" (Кубрик) backs Кубрику →
    Кубрик, and "Дюфрена", itself Дюфрен in the genitive, does not back Дюфрене → Дюфрена."""
    backed: dict[str, set] = {}
    for word in set(words):
        backed.setdefault(names.nominative_alone(word), set()).add(word)
    return {form: frozenset(ws) for form, ws in backed.items()}


def find_mentions(doc: Doc) -> list[NameMention]:
    attested = nominatives(t.text for t in doc.tokens if CAPITAL.match(t.text))
    insisted = frozenset(s for s in insisted_names(doc)  # not a listed surname's ("Вина Дизеля": the listed rule's)
                         if not any(x.startswith(s) for x in listed_surnames()))
    spans = [s for s in ner_spans(doc) if not inside_title(doc, s[0], s[1]) and (
        not is_stopword(doc.text[s[0]:s[1]]) or insisted_word(doc.text[s[0]:s[1]], insisted))]
    spans += dictionary_spans(doc, [(a, b) for a, b, _ in spans])
    spans += particle_spans(doc, [(a, b) for a, b, _ in spans])
    spans += paired_spans(doc, [(a, b) for a, b, _ in spans])
    spans += coordinated_spans(doc, [(a, b) for a, b, _ in spans])
    spans += dash_role_spans(doc, [(a, b) for a, b, _ in spans])
    spans += in_role_spans(doc, [(a, b) for a, b, _ in spans])
    spans += after_role_spans(doc, [(a, b) for a, b, _ in spans])
    spans += listed_spans(doc, [(a, b) for a, b, _ in spans])
    spans += initialled_spans(doc, [(a, b) for a, b, _ in spans])
    mentions = share_case(doc, [read_name(doc, a, b, attested, rule, GENITIVE if rule == OWNER_RULE else None)
                                for a, b, rule in spans], attested)
    mentions = [read_role_word(doc, m) if m.rule == AFTER_ROLE_RULE else m for m in mentions]
    mentions += [as_part(doc, read_name(doc, a, b, attested, rule), mentions) for a, b, rule in propagated_spans(doc, mentions)]
    mentions = drop_title_phrases(doc, drop_bare_titles(doc, drop_name_adjectives(mentions)), listed_full_names())
    mentions = drop_title_tails(doc, mentions)
    mentions = drop_heading_words(doc, drop_not_people(doc, mentions), listed_surnames())
    return sorted(share_surnames(doc, mentions), key=lambda m: m.start)


@lru_cache(maxsize=1)
def not_people() -> frozenset:
    return frozenset(lexicon()["not_people"])


# one capitalised word with an abstract noun's suffix: "Зацикленности на проблемах не будет",
# "Безбашенностью", "Антимонархизм", "Тарантиномании" — no name ends so (Евгении, Ксении do not)
ABSTRACT = re.compile(r"(?:ост(?:ь|и|ью|ей|ям|ями|ях)|ств(?:о|а|у|ом|е)|изм(?:а|у|ом|е|ы|ов)?|ени(?:е|ем)|мани[ияюей]|мание[йю])$")


def drop_not_people(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """Places, studios, ships and titles read as names (`not_people` in data/people.json),
    one word with an abstract noun's suffix, a franchise named after its hero."""
    kept = []
    starts = sentence_starts(doc)
    for m in mentions:
        single = " " not in m.text.strip()
        lemmas = {p.normal_form.replace("ё", "е") for p in names.parse(m.text)[:3]} if single else set()
        if m.normal.lower().replace("ё", "е") in not_people() or lemmas & not_people():  # "Средиземья"
            doc.note("names", "not a person (not_people)", m.text)
        elif single and ABSTRACT.search(m.text.lower()):
            doc.note("names", "not a person (abstract noun)", m.text)
        elif single and franchise_word(m.text):
            doc.note("names", "not a person (a franchise)", m.text)
        elif single and adjective_read_as_name(m.text, m.normal):
            doc.note("names", "not a person (an adjective in -ная / -ская)", m.text)
        elif single and m.rule == "ner" and m.start in starts and misspelt_word(m.text) and not credited_after(doc, m) \
                and not listed_surname(m.text):
            doc.note("names", "not a person (a misspelt word opening a sentence)", m.text)
        else:
            kept.append(m)
    return kept


PAIRED_AFTER = re.compile(r"\s*(?:\(|и\s+[А-ЯЁ])")


def credited_after(doc: Doc, m: NameMention) -> bool:
    """A bracket or "и" and a capital follow the name: "Сонни (Каан)", "Гензеле и Гретель"."""
    return PAIRED_AFTER.match(doc.text, m.stop) is not None


class Names(Stage):
    name = "names"
    requires = ("text", "tokens", "sentences", "ner", "titles")
    assigns = ("names",)

    def process(self, doc: Doc) -> None:
        doc.names = find_mentions(doc)
