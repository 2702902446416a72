"""Is it a name? Word-shape checks the mention finder applies to what the NER and the other
sources propose: listed words, shouting, digits, common words, interjections, verb and plural
forms, adjectives made from names, a first word that is no name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_lexicon
from ..doc import Doc, NameMention
from ..text.spelling import fold
from . import names
from .cues import rules
from .directors import listed_names


def lexicon() -> dict:
    return load_lexicon("people")


def words_of(text: str) -> list[str]:
    return text.split()


def is_stopword(text: str) -> bool:
    """Not a name: listed words, shouting, digits, one letter, a plural, or one common word."""
    stop = lexicon()["not_names"]
    words = words_of(text)
    if all(w.lower().rstrip(".") in stop for w in words) or any(w.isupper() and len(w) > 3 for w in words):
        return True
    if any(ch.isdigit() for ch in text) or len(text.replace(".", "")) < 2:
        return True
    if len(words) == 1 and (NOT_A_NAME_END.search(words[0]) or SHOUT.search(words[0].lower())):
        return True  # "Сайклосами", "Тусовался", "Фактологические"; "Чтооо", "Эхх"
    if any(CENSORED.match(w) for w in words):
        return True  # "Бо-ьей воли", "Всевы-ний": a word with letters left out, no name
    return len(words) == 1 and (common_word(words[0]) or hyphened_common(words[0]))


# a word written with letters left out for piety or politeness ("Бо-ьей", "Всевы-ний"): the
# part after the hyphen is an ending (Пон Джун-хо, Юань Ву-пин are syllables)
CENSORED = re.compile(r"^[А-ЯЁ][а-яё]*-(?:[ьъы][а-яё]*|ний|ий|ей|ой|ого|его|ему|ому|ая|ое)$")


# a franchise named after its hero: "Бэтменианы", "Поттериану", "Бондиана" (Диана, Адриана,
# Мариана end in -иана after a vowel or one consonant)
FRANCHISE = re.compile(r"(?:ер|ен|нд)иан(?:а|ы|е|у|ой)$")


def franchise_word(word: str) -> bool:
    return FRANCHISE.search(word.lower()) is not None


# plural instrumentals (a people, a tribe), reflexive verbs, infinitives, plural and -ический
# adjectives: never a person
NOT_A_NAME_END = re.compile(r"[а-яё]{3}(?:ами|ями|ся|сь|ыми|ые|ские)$|[а-яё]{4}ть$"
                            r"|[а-яё]ическ(?:ий|ая|ое|ие|ого|их|ими|ом|ой|ую|ому)$")
SHOUT = re.compile(r"([а-яё])\1\1|хх$")


def hyphened_common(word: str) -> bool:
    """A hyphened word with a lower-case common-word part: "Ютуб-сериале", "Давным-давно",
    "Буси-до" (but not "Мамин-Сибиряк", whose parts are capitalised)."""
    parts = [p for p in word.split("-") if p]
    return len(parts) >= 2 and any(p[0].islower() and common_word(p) for p in parts)


@lru_cache(maxsize=50_000)
def common_word(word: str) -> bool:
    """pymorphy3 knows the word, and never as a name."""
    if not re.match("[А-ЯЁа-яё]", word) or not names.morph().word_is_known(word.lower()):
        return False
    return not any({"Name", "Surn", "Patr"} & p.tag.grammemes
                   for p in names.parse(word) if p.score >= 0.05)


def first_name_like(word: str) -> bool:
    """pymorphy3 knows the word and has a first-name reading for it, however unlikely ("Том")."""
    return len(word) >= 3 and name_mass(word) > 0


CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


FUNCTION_POS = {"PREP", "CONJ", "PRCL", "INTJ", "ADVB", "NPRO", "PRED"}
HONORIFIC_POSSESSIVES = frozenset({"его", "ее", "их"})  # Его Величество


NAME_PARTICLES = names.PARTICLES - {"о", "да"}  # "О Голлуме", "Да, …" open sentences


PRONOUN_GLUED = re.compile(r"(.+?)-(?:он|она|оно|они|это)")
ABBREVIATION = re.compile(r"[А-ЯЁ]{2,4}")  # ГГ (главный герой), США: no part of a name


def trim_function_words(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    """Drop a first word that is no name: a capitalised preposition or particle a sentence
    starts with ("О Голлуме"), a family word ("Братья Вачовски"), an interjection ("Браво Джексону"), a place noun in the
    genitive before its owner ("Средиземья Толкина"), an adjective ("Христообразный …"), a
    common word that opens the sentence ("Гению Нолану"); and a pronoun glued to the last word by a
    hyphen typed for a dash ("Кхан-он актер от Бога")."""
    words = list(re.finditer(r"\S+", doc.text[start:stop]))
    glued = PRONOUN_GLUED.fullmatch(words[-1].group(0)) if words else None
    if glued:  # "Шах Рукх Кхан-он актер от Бога": a dash typed as a hyphen, then a pronoun
        return trim_function_words(doc, start, start + words[-1].start() + len(glued.group(1)))
    if len(words) >= 2 and ABBREVIATION.fullmatch(words[-1].group(0)):  # "в книге Альтена ГГ Джонас"
        return trim_function_words(doc, start, start + words[-2].end())
    if len(words) >= 2 and fold(words[0].group(0)) in family_words():  # "Братья Вачовски": the surname
        return start + words[1].start(), stop
    if len(words) >= 2 and fold(words[0].group(0)) in never_first_words():
        return start + words[1].start(), stop  # "Камео Сэндлера", "Музыка Дашкевича", "Молодчина Хит"
    if len(words) >= 2 and head_of_genitive(words[0].group(0), words[-1].group(0), len(words)) \
            and not words[1].group(0).islower():  # "Волан де Морта": a first name before its particle
        return start + words[1].start(), stop  # "Джокер Леджера", "Мир Эквилибриума"
    if len(words) == 2 and film_of_filmmaker(words[0].group(0), words[1].group(0)):
        return start + words[1].start(), stop  # "Солярисом Тарковского": a known film, then its maker
    if len(words) >= 3 and owner_after(words[0].group(0), words[1].group(0)):
        return start + words[1].start(), stop  # "Роман Даниеля Дефо": a novel, then its author
    if len(words) >= 2 and words[0].group(0).lower() not in NAME_PARTICLES:  # "Ди Каприо" keeps "Ди"
        first = words[0].group(0)
        parses = names.parse(first)
        known = "-" in first or names.morph().word_is_known(first.lower())  # "Метью": a guessed adverb is no word
        pronoun = not any("Name" in p.tag for p in parses) and fold(first) not in HONORIFIC_POSSESSIVES
        # "Этому Френк научился", not "Тому Хэнксу" (a name) nor "Его Воробейшество" (a title)
        function = sum(p.score for p in parses if p.tag.POS in FUNCTION_POS or pronoun and "Apro" in p.tag) \
            if known else 0.0
        if parses and (function >= 0.5 or thing_in_genitive(parses) or plain_adjective(first, parses)
                       or opens_sentence_as_common_word(doc, start, first)
                       or opens_as_epithet(doc, start, stop, [w.group(0) for w in words])):
            return start + words[1].start(), stop
    return start, stop


def opens_sentence(doc: Doc, start: int) -> bool:
    """Nothing but quotes and dashes stands before `start` in its sentence."""
    sent = doc.sentence_at(start)
    return sent is not None and not doc.text[sent.start:start].strip(" \t\n«\"'“„—–-")


def opens_sentence_as_common_word(doc: Doc, start: int, word: str) -> bool:
    """A word capitalised only because it opens the sentence, never a name, and a verb or
    a singular noun in an oblique case ("Гению Нолану спасибо", "Композитора Нино Роту", "Сними Нолан
    это раньше"); a nominative noun may be a name pymorphy does not know as one (Том, Хит)
    and stays, as does a title before a name ("Агент Смит"; a being's noun: `opens_as_epithet`)."""
    if not opens_sentence(doc, start):
        return False
    if word.lower() in rules()["honorifics"] or "-" in word or not common_word(word):
        return False
    parses = [p for p in names.parse(word) if p.score >= 0.05]
    return bool(parses) and all(p.tag.POS in ("VERB", "INFN", "GRND") or (
        p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case not in ("nomn", None)) for p in parses)


CREDIT_AFTER = re.compile(r"\s*(?:\(|(?:и|,)\s+[А-ЯЁ])")


def opens_as_epithet(doc: Doc, start: int, stop: int, words: list[str]) -> bool:
    """A being's noun in the nominative that opens the sentence before one name ("Трусишка Тихиро",
    "Красавица Хелен", "Олигарх Маковецкий"): a word, not a first name; not a title (`honorifics`:
    "Агент Смит"), nor a name in a row of credits ("Красавчик Роб (Джейсон Стэтхэм)", "Шулер Грант
    и Грег Споттисвуд"), nor before a longer run ("Протагонист Бэтмена Джокер")."""
    word = words[0]
    if len(words) != 2 or not opens_sentence(doc, start) or word.lower() in rules()["honorifics"] \
            or "-" in word or not common_word(word) or CREDIT_AFTER.match(doc.text, stop):
        return False
    return all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "sing" and p.tag.case == "nomn"
               and not NAME_TAGS & p.tag.grammemes for p in names.parse(word))


def plain_adjective(word: str, parses) -> bool:
    """A dictionary adjective or participle that is never a name ("Христообразный Эрик Столц",
    "Тёмного Лорда")."""
    return names.morph().word_is_known(word.lower()) and all(
        p.tag.POS in ("ADJF", "PRTF") and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def thing_in_genitive(parses) -> bool:
    """Every reading an inanimate noun, none of them a name, and a neuter genitive among them
    ("Средиземья"; a first name is never neuter, "Дакоты" stays); not an indeclinable word,
    whose genitive looks like its nominative ("Марго Робби")."""
    return all(p.tag.POS == "NOUN" and "inan" in p.tag and not {"Name", "Surn", "Patr"} & p.tag.grammemes
               for p in parses) and any(p.tag.case == "gent" and p.tag.number == "sing"
                                        and p.tag.gender == "neut" and "Fixd" not in p.tag for p in parses)


NAME_ADJECTIVE = re.compile(r"(?:ов|ев|ин|)ск(?:ий|ая|ое|ие|ого|ой|ую|ому|им|ими|их|ом|ай)$")


def drop_name_adjectives(mentions: list[NameMention]) -> list[NameMention]:
    """"Гайдаевский юмор", "не Кинговская линия" is no person: a one-word -ский form unknown to
    the dictionary that starts like another name of the review, or whose stem is one (Кинг)."""
    words = {w.lower() for m in mentions for w in m.normal.split() if not NAME_ADJECTIVE.search(w.lower())}
    stems = {w[:5] for w in words if len(w) >= 5}
    return [m for m in mentions if not (
        " " not in m.text.strip() and NAME_ADJECTIVE.search(m.text.lower())
        and not names.morph().word_is_known(m.text.lower())
        and (m.text.lower()[:5] in stems or NAME_ADJECTIVE.sub("", m.text.lower()) in words))]


def place_like(word: str) -> bool:
    """pymorphy3 reads the word as a place at least as often as a first name ("Риму": Рим or Рима)."""
    parses = names.parse(word)
    place = sum(p.score for p in parses if "Geox" in p.tag.grammemes)
    return place > 0 and place >= sum(p.score for p in parses if "Name" in p.tag.grammemes)


HEADING = re.compile(r"[^\n]{1,60}(?=\n)")


def drop_heading_words(doc: Doc, mentions: list[NameMention], listed: frozenset) -> list[NameMention]:
    """A review's heading line is often one coined word ("Псевдодрама", "Интеркомпот") the NER
    reads as a person: a one-word name standing only there, no first name pymorphy3 knows and
    no listed surname (`listed`, folded), is dropped ("Нолан банален" stays)."""
    heading = HEADING.match(doc.text)
    if heading is None:
        return mentions
    kept = []
    for m in mentions:
        alone = m.stop <= heading.end() and " " not in m.text.strip() and sum(
            o.normal == m.normal for o in mentions) == 1
        if alone and name_mass(m.text) == 0 and fold(m.normal) not in listed:
            doc.note("names", "a word alone in the heading line", m.text)
            continue
        kept.append(m)
    return kept


def head_of_genitive(first: str, last: str, words: int = 2) -> bool:
    """A common noun in the nominative before a name in the genitive: the name's owner, not its
    first name ("Джокер Леджера", "Поцелуй Рона"); not "Хит Леджер", whose words agree, nor a
    first word in -а / -я before one more word, which may be a first name declined alike ("Роба
    Шнайдера", "Спайка Джонса"); a longer one before a full name is a word ("Харизма Хьюго Уивинга")."""
    low = first.lower()
    if low.endswith(("а", "я")) and not low.endswith(("ая", "яя")) and (len(low) < 6 or words < 3):
        return False  # (-ая is no first name's: "Вселенная Терминатора")
    parses = names.parse(low)
    if not names.morph().word_is_known(low) or any(NAME_TAGS & p.tag.grammemes for p in parses[:3]):
        return False
    if not any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses) \
            or any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses):
        return False
    readings = names.parse(last.lower())
    genitive = sum(p.score for p in readings if p.tag.case == "gent" and p.tag.gender == "masc")
    unknown = names.nominative_alone(last) != last and not any(p.tag.case == "nomn" and p.score >= 0.3 for p in readings)
    return last.lower().endswith(("а", "я")) and (genitive >= 0.3 or unknown)  # "Подружка Харви Дента"


def film_of_filmmaker(first: str, second: str) -> bool:
    """A known film's title in any case, then a listed director's or actor's surname in the
    genitive ("Солярисом Тарковского", "Сталкер Тарковского"): the film and its maker, no
    name of two words. (The works read names themselves: imported late.)"""
    if len(first) < 4 or not first.isalpha() or first_name_like(first):
        return False  # "М. Ефремов", "Кэрри Фишер": an initial or a first name, however a film is called
    owner = names.nominative_alone(second)
    if owner == second or fold(owner) not in filmmaker_surnames():
        return False  # the surname not declined, or no filmmaker's
    from ..works.declension import nominative
    from ..works.known import is_known_title

    return is_known_title(first) or is_known_title(nominative(first, force=True))


@lru_cache(maxsize=1)
def filmmaker_surnames() -> frozenset:
    """The listed directors' and actors' surnames, folded."""
    return listed_names("directors", True)[1] | listed_names("actors", True)[1]


def owner_after(first: str, second: str) -> bool:
    """A nominative noun before a first name in the genitive: the noun's owner follows, not the
    rest of one name ("Роман Даниеля Дефо", "Фильм Дэвида Финчера"); the words of one name agree
    in case ("Роман Полански")."""
    if not names.morph().word_is_known(first.lower()):
        return False
    head = names.parse(first.lower())[0]  # read first as a thing: Роман, not Билли (Билли Боба Торнтона)
    if head.tag.POS != "NOUN" or head.tag.case != "nomn" or NAME_TAGS & head.tag.grammemes:
        return False
    owner = [p for p in names.parse(second.lower()) if p.score >= 0.3]
    return bool(owner) and all("Name" in p.tag.grammemes and p.tag.case in ("gent", "accs") for p in owner) \
        and any(p.tag.case == "gent" for p in owner)


NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox"})  # a place may be a transliterated name (Чен)


@lru_cache(maxsize=1)
def never_first_words() -> frozenset:
    """Words written before a name and never part of it (data/people.json): indeclinable things
    (`thing_heads`: камео, шоу), someone's work (`work_heads`: музыка, игра) and words of praise
    or pity (`address_words`: молодчина)."""
    return frozenset().union(*(lexicon()[key] for key in ("thing_heads", "work_heads", "address_words")))


@lru_cache(maxsize=1)
def family_words() -> frozenset:
    """Words that make a name a family ("Братья Вачовски"), folded (`family_words` in data/people.json)."""
    return frozenset(lexicon()["family_words"])


@lru_cache(maxsize=50_000)
def known_first_name(word: str) -> bool:
    """pymorphy3 reads the word as a first name more than as anything else."""
    return word.lower() not in lexicon()["not_names"] and name_mass(word) >= 0.5


def name_mass(word: str) -> float:
    """How much of pymorphy3's reading of a word it knows is a first name (0 for a guess)."""
    if not names.morph().word_is_known(word.lower()):
        return 0.0
    return sum(p.score for p in names.parse(word) if "Name" in p.tag.grammemes)


FEMININE_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына)")


def opens_clause(doc: Doc, start: int) -> bool:
    """`start` opens its sentence, or a clause after a comma ("Считаю, что Дроздова — …")."""
    sent = doc.sentence_at(start)
    return sent is not None and CLAUSE_START.search(doc.text[sent.start:start]) is not None


CLAUSE_START = re.compile(r"(?:^|[,;:]\s*(?:что|а|но)\s)[\s«\"'“„—–(-]*$", re.I)  # not a list: "Эйнштейна, Гершвина"


def woman_opening_clause(doc: Doc, start: int, text: str) -> bool:
    """A surname in -ова / -ина opening a sentence or a clause ("Алентова очень убедительно
    играет"): a woman's, in the nominative, not a man's in the genitive."""
    return FEMININE_SURNAME.fullmatch(text) is not None and opens_clause(doc, start)


def without_final_stop(text: str, start: int, stop: int) -> int:
    """A name of two words or more ends before a full stop the tagger took in ("в исполнении
    Омара Су. Французы …"): an initial opens a name, it never ends one, unless the name is all
    initials ("J. C.")."""
    words = text[start:stop].split()
    return stop - 1 if len(words) > 1 and words[-1].endswith(".") and len(words[-1]) > 2 else stop


ADJECTIVE_READ_AS_NAME = re.compile(r"(?:н|ск|цк)ай$")


def adjective_read_as_name(written: str, normal: str) -> bool:
    """A feminine adjective capitalised at a sentence's start ("Безбашная и романтичная", "Гейская
    натура") that the name reader turned into a man's -най / -скай: no name ends so (a woman's
    surname, "Боярская", reads as written)."""
    return written.strip().lower().endswith("ая") and ADJECTIVE_READ_AS_NAME.search(normal.lower()) is not None


# what pymorphy3 guesses an unknown word to be, where it guesses no name so (not ADJS: Махершала, Сонни;
# not VERB for a word ending in a consonant: Форрест, Клювокрыл are guessed as verbs)
NOT_NAME_GUESSES = frozenset({"ADJF", "COMP", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PRED"})


# a Russian surname in any case reads like an adjective: Алентовой, Лобоцкого, Кончаловскому
SURNAME_FORM = re.compile(r"(?:[оеё]в|[иы]н)(?:а|ой|у|ым|ы|ых|ыми)$|[сц]к(?:ий|ая|ой|ого|ому|им|ом|ую|ие|их|ими)$")


def misspelt_word(word: str) -> bool:
    """A word pymorphy3 does not know and guesses to be an adjective, a verb or an adverb: at a
    sentence's start, a misspelling or a coinage the NER took for a name ("Вобщем", "Незнаю",
    "Улетный", "Превосходая"), not a foreign name (those are guessed as nouns, or end in a vowel)."""
    low = word.lower()
    if not re.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", low) or names.morph().word_is_known(low) or SURNAME_FORM.search(low):
        return False
    tag = names.parse(word)[0].tag
    if low[-1] in "аяиоеуюэы":  # a name's as likely to end so: only a full adjective or a finite verb
        return tag.POS in ("ADJF", "PRTF", "PRTS") or tag.POS == "VERB" and "indc" in tag  # not Джени, Гензеле
    return str(tag.POS) in NOT_NAME_GUESSES

