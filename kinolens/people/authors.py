"""When a book cue (роман X, по книге X, писатель X) reaches a name that is no author of the
source: the guards of the `author` rules of `data/roles.json`, each with the case it answers."""
from __future__ import annotations

import re

from ..doc import Doc
from .actors import is_known_author
from .cues import Placed, visibly_genitive
from .directors import is_known_director
from .names import parse


def author_barred(doc: Doc, m: re.Match, hit: Placed, gap: str) -> bool:
    """The name `hit` that the book cue `m` reached, past `gap`, is not the book's author."""
    name = doc.people[hit.person].name
    weak = FILM_CUE.match(m.group(0)) is not None or not visibly_genitive(hit)
    if weak and is_known_director(name) and not is_known_author(name):
        return True  # "экранизация Коламбуса", "со страниц книги Френсис Форд Коппола": the film's
        # ("роман Алекса Гарланда" stays: a director who wrote the book, in the genitive)
    doer_cue = DOER_CUE.match(m.group(0)) is not None  # "писатель-фантаст X": an apposition
    if clause_between(gap, nouns=not doer_cue) or compared_before(doc, m.start()):
        return True  # "в книге он хорошо описан – Санни", "напоминает роман Дарьи Донцовой"
    if AT_GAP.search(gap) or CONTENT_GAP.search(gap) or in_title(doc, m.start()):
        return True  # "книге у Киды", "экранизация биографии X", «Зелёной книге» братьев Фаррелли
    if m.group(0).rstrip().endswith(",") and not gap.strip() and not visibly_genitive(hit):
        return True  # "По роману, Глазастик!"
    if not doer_cue and hit.mention.text == hit.mention.normal and SUBJECT_AFTER.match(doc.text, hit.stop):
        return True  # "по книге Анадиль — альбинос", "в книге Фродо никогда не был"
    if not doer_cue and not gap.strip() and man_in_nominative(hit.mention.text):
        return True  # "по роману Пол после смерти Коффи сорвал …": a subject, not "Пола"
    if doer_cue and PLAYED_GAP.search(gap):
        return True  # "с затворником писателем в исполнении Шона Коннери": a writer the actor plays
    return doer_cue and credited_after(doc, hit)  # "писателя Эдди (Брэдли Купер)": a character


FILM_CUE = re.compile(r"\s*(?:экранизац|произведени|саг[аеиуо])", re.I)  # "саги Лукаса": a film series' too
PLAYED_GAP = re.compile(r"исполнени|\bв\s+роли\b|сыгранн|играем", re.I)
DOER_CUE = re.compile(r"\s*(?:писател|автор)", re.I)
AT_GAP = re.compile(r"(?:^|\s)(?:у|с|со|от)\s+$", re.I)  # "роман с Лорен Холли", "экранизация от X"
# the name is what the book tells of, not who wrote it
CONTENT_GAP = re.compile(r"(?<![а-яё])(?:биографи|жизн|приключени|истори|судьб|похождени)[а-яё]*\s", re.I)
SUBJECT_AFTER = re.compile(r"\s*(?:[—–-]\s|(?:не|никогда|всегда|уже|ещё|еще|был|была|было|были)\s)", re.I)
QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|'[^']*'")
WRITING = re.compile(r"(?:на)?(?:писа|созда|сочин|придума|выпусти|издал|опублик)")
CLAUSE_POS = frozenset({"NPRO", "VERB", "PRTS", "INFN", "PRTF", "GRND", "ADJS", "PRCL"})
LIKENED = re.compile(r"(?:напомина\w*|напомнил\w*|похож\w*|сродни|подобно|в\s+духе|как\s+в|а-ля|вроде)\s+(?:\w+\s+)?$",
                     re.I)


def clause_between(gap: str, nouns: bool = True) -> bool:
    """A pronoun, a verb or participle other than one of writing, a short adjective, a particle,
    or a noun that cannot be a genitive stands between a book cue and the name: the name is
    another clause's subject or that noun's complement, not the book's author ("роман, который
    написал X" still is; so is "роман американского писателя X"). Quoted titles are skipped
    ("Книга «Пустошь» X")."""
    for word in re.findall(r"[а-яё]+", QUOTED.sub(" ", gap).lower()):
        parses = parse(word)
        pos = parses[0].tag.POS
        if pos in CLAUSE_POS and not WRITING.match(word) or word.startswith("котор") and not WRITING.search(gap):
            return True  # "книги, которые X перелистывает"
        if word in ("как", "чем"):
            return True  # "от книги, как от просмотра шедевра Дарабонта": the name is the other side's
        if nouns and pos == "NOUN" and not any("gent" in p.tag for p in parses):
            return True  # "В романе семья Корлеоне"
    return False


def man_in_nominative(text: str) -> bool:
    """The name is a man's first name in the nominative, which declines ("Пол", not "Пола";
    "Джейн", "Дюма" do not), and so is its surname: no genitive, so no "роман X" ("романа
    Джордж Оруэлла" is a genitive left half undeclined)."""
    words = text.split()
    top = parse(words[0])[0]
    return {"Name", "masc", "nomn"} <= top.tag.grammemes and "Fixd" not in top.tag.grammemes \
        and re.search(r"[бвгджзклмнпрстфхцчшщ]$", words[-1].lower()) is not None


def compared_before(doc: Doc, pos: int) -> bool:
    """A likening word just before `pos` ("напоминает роман …", "в духе книг …"); not лучше /
    хуже, since "лучше романа Кинга" still names the source."""
    return LIKENED.search(doc.text[max(0, pos - 40):pos]) is not None


def in_title(doc: Doc, pos: int) -> bool:
    """The cue word stands inside a title («Зелёной книге»)."""
    return any(t.start <= pos < t.stop for t in doc.titles or ())


def credited_after(doc: Doc, hit: Placed) -> bool:
    """Another person's name stands in brackets right after the name: an actor credited for the
    character the name is."""
    after = re.match(r"\s*\(\s*", doc.text[hit.stop:hit.stop + 6])
    if after is None:
        return False
    pos = hit.stop + after.end()
    return any(o.start == pos for i, p in enumerate(doc.people) if i != hit.person for o in p.mentions)
