"""Titles: quoted strings that read as titles, and Latin titles after a cue word.

A quoted string is a title when it starts with a capital or a digit, is short,
is not speech (no first/second-person pronouns, no question), and no
"not a work" cue (группа, студия, премия …) stands right before it. A declined
title outside apposition is put in the nominative (`declension.py`: «Траффиком» →
Траффик, but фильм «Чужие» stays).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..data import load_lexicon
from ..doc import Doc, TitleMention, spanned
from ..people.names import finite_verb, morph, parse
from ..people.shapes import known_first_name
from ..pipeline import Stage
from ..text.spelling import fold
from .declension import nominative
from .keys import whole_line
from .title_case import RELATIONAL_KINDS, case_read, known_film

# a backtick glued to the next word opens a quote ("написано `От режиссёра фильма `Идеальный шторм`")
QUOTED = re.compile(r"«([^«»\n]{1,100})»|“([^“”\n]{1,100})”|„([^„“\n]{1,100})“"
                    r"|\"([^\"\n]{1,100})\"|(?<![\w])'([^'\n]{1,100})'(?![\w])|`([^`\n]{1,100})`(?!\w)")
LATIN_RUN = re.compile(r"[A-Z][\w'’]*(?:[ ,:&-]+(?:[A-Z][\w'’]*|of|the|is|in|a|an|and|to|for|on|at|de|la))*")
WORD = re.compile(r"[\w-]+")
RANKING = re.compile(r"(?:топ|top)[а-яё]{0,3}(?:[- ]?\d+)?", re.I)  # "Топ-250", 'Топ 250': a chart, no title


def lexicon() -> dict:
    return load_lexicon("works")


@lru_cache(maxsize=1)
def kind_of_cue() -> dict[str, str]:
    return {word: kind for kind, words in lexicon()["kind_cues"].items() for word in words}


def words_before(text: str, start: int, n: int = 3, lower: bool = True) -> list[str]:
    """The last `n` words before `start`, nearest last, within the sentence."""
    left = re.split(r"[.!?\n]", text[max(0, start - 80):start])[-1]
    return [w.lower() if lower else w for w in WORD.findall(left)][-n:]


SENTENCE_INSIDE = re.compile(r"\w{3}[.!?](?:\s+[А-ЯЁA-Z]|\s*$)")
PART_TAIL = re.compile(r"[.:]\s+(?:[Чч]асть|[Гг]лава|[Ээ]пизод|[Сс]езон|[Кк]нига|[Pp]art|[Cc]hapter|[Ee]pisode)\s+[\wIVX]+$")


def is_speech(title: str) -> bool:
    """A quote that reads as speech: a pronoun, a question or a cry, two sentences or a full
    stop after a word («Океан не имеет памяти.», «Как напиток. Только пишется иначе»), a comma
    in a long quote."""
    title = PART_TAIL.sub("", title.strip())  # «Крестный отец. Часть вторая»: a part, not a second sentence
    words = [w.lower() for w in WORD.findall(title)]
    if any(w in lexicon()["pronouns"] for w in words) or SENTENCE_INSIDE.search(title):
        return True
    end = title.rstrip()
    return spoken_end(end) and (len(words) >= 2 or not end.endswith("!")) or (len(words) > 5 and "," in title)
    # a cry of two words or more: 'And here we go!'; not «Браво!»


SCORE_OR_AGE = re.compile(r"\d{1,2}(?:\s*\+|\s*[-–]\s*\d{1,2})?")


ENGLISH_MINOR = frozenset("a an the and or of in on at to for from with by as but nor vs".split())


def english_title_case(title: str) -> bool:
    """An English title as titles are written, every word capitalised but the small ones
    ("Harry Potter and the Prisoner of Azkaban"): a long quote that is a name, not speech."""
    words = title.split()
    return bool(re.fullmatch(r"[A-Za-z0-9' :&.-]+", title)) and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in ENGLISH_MINOR for w in words)


def spoken_end(title: str) -> bool:
    """A question, a cry or a trailing off: speech even after a kind cue (where a full stop
    may part a title from its subtitle: «Крестный отец. Часть 2»)."""
    return title.endswith(("?", "!", "…", "..."))


def looks_title(title: str, before: list[str], repeated: bool = False, apposed: bool | None = None,
                cued: bool | None = None) -> str:
    """'' when `title` may be a title; else the reason it is not. A quote written again word
    for word (`repeated`) is a name rather than speech, pronouns and commas or not ("Я, снова я
    и Ирэн", "Поймай меня, если сможешь"). `apposed`: a kind cue stands before it (by default
    the word right before, `in_apposition`); `cued`: one stands before it across a colon too
    (by default `apposed`), enough for a long title or a comma, not for speech."""
    apposed = in_apposition(before) if apposed is None else apposed
    cued = apposed if cued is None else cued
    stripped = title.strip()
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return "lowercase"
    if len(stripped) < 2:
        return "one letter"
    if SCORE_OR_AGE.fullmatch(stripped) and not apposed:
        return "a score or an age"  # "мои '10'", «18+», '14-18'; not "фильм «21»"
    n_words = len(WORD.findall(stripped))
    if n_words > 8 or (n_words > 5 and not cued and not english_title_case(stripped)):
        return "too long"
    if not repeated and "," in stripped and not cued:
        return "speech"
    if not repeated and (spoken_end(stripped) if apposed else is_speech(stripped)):
        return "speech"  # after a kind cue pronouns may be a title's: "режиссёров «Я, снова я и Ирэн»"
    if not repeated and not apposed and first_person(stripped) and not (before and is_verb(before[-1])) \
            and not known_stems(stripped):
        return "speech"  # "кричать извечное 'Не верю'" (not "увидели «Трою»", a verb's object)
    if stripped.lower() in not_titles() or RANKING.fullmatch(stripped) \
            or nominative(stripped).lower() in not_titles():  # «Кинопоиска»
        return "not a title"
    if any(w in lexicon()["not_work_cues"] for w in before[-2:]):
        return "organisation cue"
    if n_words == 1 and judging_word(stripped):
        return "a judgement"  # между 'Великолепно' и 'Непревзойденно', этот 'Шедевр' (not «Прочь», «Вверх»)
    if n_words == 1 and parse(stripped.lower())[0].tag.POS == "INTJ":
        return "an interjection"  # "эффект 'Вау'", «Ура»
    if n_words == 1 and not apposed and parse(stripped.lower())[0].tag.POS in ("PRCL", "CONJ", "PRED"):
        return "a particle"  # "Ответ: «Да»" (not "фильм «Да»")
    if n_words == 1 and parse(stripped.lower())[0].tag.POS == "INFN" and not known_film(stripped):
        return "a verb"  # "«Нарисовать» мегаполисы теперь легко" (not «Жить», a known film)
    if described_film(stripped):
        return "a description"  # «Лучший фильм», «Культовый фильм» (not «Очень страшное кино»)
    if award_category(stripped):
        return "an award's category"  # за «Лучшую мужскую роль», «Лучшие визуальные эффекты»
    return ""


def first_person(title: str) -> bool:
    """A word of the title is a verb in the first person and nothing else ('Верю', «Меняемся»)."""
    return any(morph().word_is_known(w) and all(p.tag.POS == "VERB" and "1per" in p.tag for p in parse(w)
                                                if p.score >= 0.05)
               for w in WORD.findall(title.lower()))  # a guess for an unknown word is no verb: Гэтсби


def judging_word(word: str) -> bool:
    """An adverb or short adjective that judges ("Великолепно", "Скучно"), or a noun that does
    and names no known film ("Шедевр", "Бред"): said in scare quotes."""
    reading = parse(word.lower())[0]
    if not judges(reading):
        return False
    return reading.tag.POS in ("ADVB", "ADJS", "PRED") or reading.tag.POS == "NOUN" and not known_film(word)


FILM_WORDS = frozenset({"фильм", "фильмы", "фильмец", "кино", "картина", "лента", "сериал", "мультфильм"})


def described_film(title: str) -> bool:
    """A word for a film after adjectives (and a pronoun or adverb: «Это интеллектуальное кино»),
    no known film's title: what the film is, not its name."""
    words = title.lower().split()
    return 2 <= len(words) <= 4 and words[-1] in FILM_WORDS and parse(words[-2])[0].tag.POS == "ADJF" \
        and all(parse(w)[0].tag.POS in DESCRIBING for w in words[:-1]) \
        and not (known_film(title) or known_stems(title))  # «Очень страшного кино» is a film's


DESCRIBING = frozenset({"ADJF", "NPRO", "PRCL", "ADVB"})


def award_category(title: str) -> bool:
    """«Лучший …» in any form with a word for what an award is given for (`award_category_lemmas`)."""
    words = title.lower().split()
    return len(words) >= 2 and words[0].startswith("лучш") and any(
        parse(w)[0].normal_form.replace("ё", "е") in lemma_list("award_category_lemmas") for w in words[1:])


def judges(reading) -> bool:
    """A pymorphy3 reading whose lemma praises or faults (шедевр, великолепно, бред)."""
    from ..opinions.lexicon import polarity_of
    return bool(polarity_of(reading.normal_form.replace("ё", "е")))


@lru_cache(maxsize=1)
def not_titles() -> frozenset:
    """Words no title is (awards, studios, channels, sites: data/works.json `not_titles`)."""
    return frozenset(lexicon()["not_titles"])


ADJACENT_WORD = re.compile(r"([а-яё]+)\s*$")
SPOKEN_WORD = re.compile(r"([а-яё]+)\s*:?\s*$", re.I)  # a colon may follow: "вопрос: «…»"
# a verb of saying, whom it was said to ("сказал мне 'Вот видишь'"), a colon or a comma after it
SAID_WORD = re.compile(r"([а-яё]+)(?:\s+(?:мне|ему|ей|нам|им|вам|тебе|себе))?\s*[:,]?\s*$", re.I)
# "Том «Тайни» Листер", "Майкла «Микки» Пирсона": a nickname between a first name and a surname
NICKNAME_AROUND = (re.compile(r"(?:^|\s)([А-ЯЁ][а-яё]+)\s$"), re.compile(r"^\s[А-ЯЁ][а-яё]+"))
JOINED_QUOTE = re.compile(r"^\s*(?:,|и|или)?\s*$")  # "слова «Честь» и «Грязь»", «Огонь!» «Пли!»: the second goes with the first


def not_work_before(text: str, start: int) -> str:
    """"organisation cue" where the word right before the quote, in any form, names what is no
    work ("премий «Энни»", "журналом «…»", "экипаж «Навуходоносора»"); not across another
    quote ("«Бойцовские Клубы», «Большие Куши»")."""
    return "organisation cue" if word_before_in(text, start, ADJACENT_WORD, "not_work_lemmas") else ""


def speech_before(text: str, start: int) -> str:
    """"speech cue" where the word right before the quote (a colon may follow it) names a saying,
    a word or a name: "фразы «Баран начихал»", "вопросом «Это конец?»", "под именем «…»"; or is
    a verb of saying ("я сказал, «Ну и чушь»", "спрашивает: «…»")."""
    said = word_before_in(text, start, SPOKEN_WORD, "speech_lemmas") or \
        word_before_in(text, start, SAID_WORD, "saying_lemmas")
    return "speech cue" if said else ""


COLON_BEFORE = re.compile(r":\s*[«\"'“„`]?$")


def sentence_after_colon(text: str, start: int, title: str) -> str:
    """"speech cue" where a colon stands right before the quote and the quote is a sentence of
    four words or more with a finite verb: direct speech ("соглашаешься со словами Геринга …:
    «Всегда победители судят побежденных»") or a cry ("одно и то же: «Открыть огонь!»"); not a
    list of titles ("фильмы: «Пролетая над гнездом кукушки», …"), nor a book after its author
    ("книге … Черри Кьюрри: «Неоновый ангел»"), nor a known film."""
    words = WORD.findall(title)
    if not COLON_BEFORE.search(text[max(0, start - 4):start]) or known_film(title):
        return ""
    if title.rstrip().endswith("!"):
        return "speech cue"  # "одно и то же: «Открыть огонь!»"
    return "speech cue" if len(words) >= 4 and any(map(finite_verb, words)) else ""


def said_before_colon(text: str, start: int, before: list[str]) -> str:
    """"speech cue" where a colon stands right before the quote and a word for a saying among the
    three before it ("фраза из фильма: «Пусть художник творит»"), however short the quote."""
    return "speech cue" if COLON_BEFORE.search(text[max(0, start - 4):start]) and said_near(before) else ""


SAID_AFTER = re.compile(r"\s*,?\s*[—–-]\s*(?:так\s+|как\s+)?([а-яё]+)")


CITED_AFTER = re.compile(r"\s?(?:\([сcСC]\)|©)")  # "'Это как-то... Не круто'(с)": a quotation's mark


def speech_after(text: str, stop: int) -> str:
    """"speech cue" where a verb of saying follows the quote across a dash ("«Тюрьма – это не
    сказочный мир» - так говорит Рэд", "«Всегда!», — сказал он"; not "«Тихий берег», говорят, хорош"),
    or a quotation's mark (с), ©."""
    m = SAID_AFTER.match(text, stop, stop + 40)
    cited = CITED_AFTER.match(text, stop) is not None
    return "speech cue" if cited or m and lemma_in(m.group(1), "saying_lemmas") else ""


def said_near(before: list[str]) -> bool:
    """A word for a saying among the words before the quote ("словами из фильма", "слоган
    оригинальной ленты")."""
    return any(parse(w)[0].normal_form.replace("ё", "е") in lemma_list("speech_lemmas") for w in before[-3:])


def word_before_in(text: str, start: int, pattern: re.Pattern, key: str) -> bool:
    """The word `pattern` finds right before `start` has its likeliest lemma in list `key`."""
    m = pattern.search(text[max(0, start - 30):start])
    return bool(m) and lemma_in(m.group(1), key)


def lemma_in(word: str, key: str) -> bool:
    """The word's likeliest lemma, or its likeliest as a noun, is in list `key` of
    `data/works.json` ("судном": судный first, the noun судно after it)."""
    readings = parse(word.lower())[:3]
    nouns = [p for p in readings if p.tag.POS == "NOUN"][:1]
    return any(p.normal_form.replace("ё", "е") in lemma_list(key) for p in [*readings[:1], *nouns])


def nickname(text: str, m: re.Match) -> str:
    """"nickname" for a quote between a first name and a capitalised word ("Том «Тайни» Листер")."""
    before = NICKNAME_AROUND[0].search(text[max(0, m.start() - 30):m.start()])
    if before and known_first_name(before.group(1)) and NICKNAME_AROUND[1].match(text[m.end():m.end() + 30]):
        return "nickname"
    return ""


@lru_cache(maxsize=8)
def lemma_list(key: str) -> frozenset:
    """A lemma list of `data/works.json`, ё folded."""
    return frozenset(w.replace("ё", "е") for w in lexicon()[key])


def modifier(doc: Doc, title: str, stop: int) -> str:
    """«Чужая» матка: a quoted adjective before a lower-case noun it agrees with is no title;
    nor is one joined to a lower-case adjective that agrees with it before a name ("'Бешеный' и
    неуправляемый Сэм Рокуэлл")."""
    nxt = re.match(r"\s+([а-яё]{3,})", doc.text[stop:stop + 30])
    joined = re.match(r"\s*(?:,|и)\s+([а-яё]{3,})\s+[А-ЯЁ]", doc.text[stop:stop + 40])  # … a name
    if " " in title.strip() or not (nxt or joined):
        return ""
    adj = {(p.tag.case, p.tag.number) for p in parse(title.strip().lower()) if p.tag.POS in ("ADJF", "PRTF")}
    noun = {(p.tag.case, p.tag.number) for p in parse(nxt.group(1)) if p.tag.POS == "NOUN" and p.score >= 0.2} \
        if nxt else set()
    other = {(p.tag.case, p.tag.number) for p in parse(joined.group(1)) if p.tag.POS in ("ADJF", "PRTF")
             and p.score >= 0.2} if joined else set()
    return "modifier of a noun" if adj & noun else "one of two adjectives" if adj & other else ""


def in_apposition(before: list[str]) -> bool:
    return bool(before) and before[-1] in kind_of_cue()


FINAL_STOP = re.compile(r"\w\.$")


def quoted_titles(doc: Doc) -> list[TitleMention]:
    quotes = []
    for m in QUOTED.finditer(doc.text):
        group = group_of(m)
        raw = m.group(group)
        start = m.start(group) + (len(raw) - len(raw.lstrip()))
        quotes.append((m, start, re.split(r"\s*/\s*", raw.strip())[0] or raw.strip()))
    seen = Counter(title for _, _, title in quotes)
    found = []
    heads: dict[str, str] = {}
    spoken_end = -1
    companies: set[str] = set()
    for m, start, title in quotes:
        before = words_before(doc.text, m.start())
        cued, apposed = cues_of(doc, m, before)
        if apposed and FINAL_STOP.search(title):
            title = title[:-1]  # "повести Стивена Кинга 'Рита Хейуорт и спасение из Шоушенка.'"
        spoken = speech_before(doc.text, m.start()) or (
            "speech cue" if spoken_end >= 0 and JOINED_QUOTE.match(doc.text[spoken_end:m.start()]) else "")
        reason = looks_title(title, before, seen[title] >= 2, apposed, cued)
        if reason == "speech" and len(title.split()) >= 2 and known_film(title):
            reason = ""  # "Уилл Смит в «Я — легенда»": a known film's title, pronoun and all
        reason = reason or not_work_before(doc.text, m.start()) \
            or spoken or (speech_after(doc.text, m.end()) if not apposed else "") or nickname(doc.text, m) \
            or (sentence_after_colon(doc.text, m.start(), title) if not apposed else "") \
            or said_before_colon(doc.text, m.start(), before) \
            or modifier(doc, title, m.end()) or \
            ("headline" if seen[title] < 2 and is_headline(doc.text, m) else "")
        spoken_end = m.end() if spoken or reason == "speech cue" else -1  # a quote joined to it is speech too
        cue = lemma_before(before) if reason == "organisation cue" else ""
        if cue in lemma_list("award_lemmas") and known_stems(title):
            reason = ""  # "статуэтка «Зеленой миле» не досталась": a known film, the award's recipient
        if reason:
            doc.note("titles", f"rejected: {reason}", title)
            if cue in lemma_list("company_lemmas"):  # not a ship's: «Завет», «Ковенант» name their films
                companies.add(fold(nominative(title)))
            continue
        normal, genitive = read_quoted(doc, title, before)
        if genitive:
            heads[title] = normal
        doc.note("titles", "quoted", f"{title} → {normal}")
        found.append(TitleMention(start, start + len(title), title, normal, True, "quoted"))
    return read_alike(drop_companies(doc, found, companies), heads)


def drop_companies(doc: Doc, found: list[TitleMention], companies: set[str]) -> list[TitleMention]:
    """A name the review once gives a company, a ship, a band ("корпорации «Амбрелла»") is
    that thing wherever else it is quoted ("Поезд «Амбреллы»")."""
    for t in found:
        if fold(t.normal) in companies:
            doc.note("titles", "rejected: an organisation's name elsewhere", t.text)
    return [t for t in found if fold(t.normal) not in companies]


def cues_of(doc: Doc, m: re.Match, before: list[str]) -> tuple[bool, bool]:
    """(cued, apposed) for a quote: a kind cue or the film's makers stand before it (across a
    name or a dash too), and that with no colon or word for a saying between ("мораль фильма:
    «…»", "словами из фильма «…»" are speech)."""
    cued = in_apposition(before) or bool(before) and before[-1] in lexicon()["maker_cues"] \
        or cue_before(doc.text, m.start(), dash=True) is not None
    apposed = cued and ":" not in doc.text[max(0, m.start() - 3):m.start()] and not said_near(before)
    return cued, apposed


def read_quoted(doc: Doc, title: str, before: list[str]) -> tuple[str, bool]:
    """The nominative a card writes for a quoted title, and whether a preposition of the
    genitive gave it (`title_case.case_read`). Right after a kind cue, as written (not across
    a name: "экранизацией … Кинга – «Побегом из Шоушенка»" declines)."""
    if in_apposition(before) and before[-1] not in RELATIONAL_KINDS:
        return title, False
    return case_read(doc.text, title, before)


def read_alike(titles: list[TitleMention], heads: dict[str, str]) -> list[TitleMention]:
    """A title written alike elsewhere, where a preposition read it as a genitive («Матрицы»
    after "из"; `heads`), takes that reading where it was left as written ("в трилогии «Матрицы»")."""
    return [replace(t, normal=heads[t.text]) if t.normal == t.text and t.text in heads else t for t in titles]


def is_headline(text: str, m: re.Match) -> bool:
    """A quote that is the whole first line, a blank line after it, and says something (a
    verb, a dash, ! or ?): the review's own headline («Вещие сны пробуждают иную реальность»,
    «Джокер – красавчик!»), not a title, unless the review quotes it again. A bare name
    there («Бойцовский клуб») is the film's."""
    first = text.split("\n", 1)[0]
    if text[:m.start()].strip() or first[m.end():].strip() or not text[len(first):].startswith("\n\n"):
        return own_line(text, m)
    quote = m.group(0)
    return bool(re.search(r"[!?—–]|\s-\s", quote)) or any(is_verb(w) for w in WORD.findall(quote))


def own_line(text: str, m: re.Match) -> bool:
    """A quote that is a whole line further on, with a finite verb or an infinitive, and no known
    film: a section's heading ("'Фильм, от которого нельзя отказаться'", "'За всё придётся
    платить'"), not a title."""
    if not whole_line(text, m.start(), m.end(), " \t«»\"'“”„`.") or known_film(m.group(0).strip()):
        return False
    return any(is_verb(w) for w in WORD.findall(m.group(0)))


def is_verb(word: str) -> bool:
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN") and parses[0].score >= 0.3


def group_of(m: re.Match) -> int:
    return next(i for i in range(1, 7) if m.group(i) is not None)


ORIGINAL_AFTER = re.compile(r"[»\"”]\s*[(/]\s*$")


def cue_before(text: str, start: int, dash: bool = False) -> str | None:
    """A kind cue right before `start`, or before a name in between ("композиция Ханса
    Циммера Dream is Collapsing"); not across other words ("фильма в образе Aniki"); across a
    dash where `dash` (before a quote: "повести Стивена Кинга - «…»")."""
    words = [w for w in words_before(text, start, 4, lower=False) if not dash or w.strip("-")][-3:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in kind_of_cue():
            return words[i].lower()
        if not words[i][:1].isupper():
            return None
    return None


def latin_titles(doc: Doc, taken: list[TitleMention]) -> list[TitleMention]:
    """Latin-script titles right after a cue word (песня, фильм …), not quoted."""
    covered = spanned((t.start - 1, t.stop + 1) for t in taken)
    found = []
    for m in LATIN_RUN.finditer(doc.text):
        if m.start() in covered:
            continue
        before = words_before(doc.text, m.start(), 3)
        cue = cue_before(doc.text, m.start())
        if cue is None and ORIGINAL_AFTER.search(doc.text[max(0, m.start() - 4):m.start()]):
            cue = "original title"  # «Северный ветер» (Northern Wind)
        title = m.group(0).rstrip(" ,:&-")
        if cue and len(title.split()) >= 2 and not looks_title(title, before):
            doc.note("titles", f"latin after {cue!r}", title)
            found.append(TitleMention(m.start(), m.start() + len(title), title, title, False, "latin"))
    return found


def naming_word(word: str) -> bool:
    """A noun, adjective or unknown word: one a title is made of (not "Наверное", "стоит")."""
    return parse(word)[0].tag.POS not in ("VERB", "INFN", "ADVB", "PRCL", "CONJ", "PREP", "NPRO", "PRED",
                                          "INTJ", "GRND")


def lemma_before(before: list[str]) -> str:
    """The likeliest lemma of the word right before a quote, ё folded ("" where there is none)."""
    return parse(before[-1])[0].normal_form.replace("ё", "е") if before else ""


def known_stems(title: str) -> bool:
    from .known_spelling import known_by_stems

    return known_by_stems(title) is not None


def find_titles(doc: Doc) -> list[TitleMention]:
    from .bare import copula_titles, numbered_titles

    quoted = quoted_titles(doc)
    found = quoted + latin_titles(doc, quoted)
    found += copula_titles(doc, found)
    return sorted(found + numbered_titles(doc, found), key=lambda t: t.start)


class Titles(Stage):
    name = "titles"
    requires = ("text", "sentences")
    assigns = ("titles",)

    def process(self, doc: Doc) -> None:
        from .known_spelling import known_spellings

        doc.titles = known_spellings(doc, find_titles(doc))
