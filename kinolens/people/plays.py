"""Actor–character pairs from the verb cues of `data/roles.json`: "X сыграл Y", "Y в исполнении
X", "X в роли Y", "X, играющий Y", "Марти (играемый X)", "выбор X на роль Y" — which side names
the actor, and the guards that keep a cue from reaching a name of another clause, a relation
("роль матери Тревора"), a quoted title or a name after a preposition.
"""
from __future__ import annotations

import re

from ..doc import Doc
from .actors import SAID_BY, in_sentence
from .cues import WORDS, Finder, Placed, rules
from .names import finite_verb, parse
from .pairs import antecedent, previous_actor, relation_between
from .sides import RELATIVE, can_be_role, declined_object

CLAUSE_END = re.compile(r";")
ROLE_BEFORE = re.compile(r"\b(?:[Рр]ол[ьи]|[Оо]браз)\s+$")
DASH_NAME = re.compile(r"\s*[—–-]\s*")
# the cue ends in the role taken ("вошёл в роль", "за роль", "подходит на роль", "с ролью"): a lone name
# after it is the character, never the actor
ROLE_TAKEN = re.compile(r"(?:\bв\s+роль|\b(?:за|на|для)\s+рол[ьи]|ролью)$", re.I)
PLAY_BREAK = re.compile(r"[.!?;]|,\s*(?:а(?!\s+именно)|но|и|однако|зато|хотя|что|котор\w+|зачем|почему|где|когда|если|то)\b",
                        re.I)  # "…, а именно Майкл Гэмбон" goes on
PREPOSITION_BEFORE = re.compile(r"\b(?:от|с|со|у|к|ко|о|об|про|против|перед|над|под|из|без|при|после|до|через|"
                                r"между|вместо|кроме|чем)\s+$", re.I)
# a participle with its doer after it, in the instrumental ("героя, играемого Патриком Фьюджитом"): the
# doer acts; not "в исполнении" (a song's singer) nor "исполненный" (a plan); "сыгранный им … (Карл)"
# names the character
PLAYED_BY = re.compile(r"(?:сыгран|отыгран|играем|исполняем|воплощ)", re.I)
# "учитель в исполнении Такеши Китано": the actor of a part the review leaves unnamed
IN_PERFORMANCE_WHY = "in the performance of, the part unnamed"
NEGATED = re.compile(r"\s*не\s", re.I)
QUOTE_BEFORE = re.compile(r"[«\"'„“]\s*$")
AGENT_BEFORE = re.compile(r"\bв\s+лице\s+$", re.I)  # "воплотил … в лице Фрэнка Дарабонта": the doer
WORKS_BEFORE = re.compile(r"(?:фильм|картин|лент|работ)\w*\s+$", re.I)  # "в фильмах Нолана играют": the maker
VERB_CUE = re.compile(r"(?:сыгра|игра|исполни|воплоти|озвучи|изобрази)\w*$", re.I)  # a finite verb, not "в роли" / participle
# "актёра, играющего Дамблдора", "Кейт Бланшетт, исполняющая Галадриэль", "актер, игравший Шутэ": a
# name after it is the character; with none, it is a thing's part ("играющее первичную роль")
OBJECT_STEMS = "исполняющ|играющ|игравш|исполнявш"
OBJECT_PARTICIPLE = re.compile(rf"(?:{OBJECT_STEMS})\w*", re.I)
PARTICIPLE = re.compile(rf"(?:сыгравш|исполнивш|воплотивш|озвучивш|изобразивш|{OBJECT_STEMS})\w*", re.I)
# "Барри Пеппер, играющий лучшего друга героя": a present participle with no name after still makes the
# actor; not "играющий на свирели", "игравший в «Матрице»" (another film), "игравший эту роль прежде"
PRESENT_PART = re.compile(r"(?:играющ|исполняющ)", re.I)
UNNAMED_PART = re.compile(r"\s+(?!(?:в|во|на|у|с|со|за|под|над|при)\s)[а-яё]+[^.!?;«»\"'“„]{0,60}?(?:[.!?;]|$)")
JOB_AFTER = re.compile(r"\s+(?:сценарист|режисс[её]р|продюсер|оператор|композитор|постановщик|монтаж[её]р)\w*",
                       re.I)
PRONOUN_AFTER = re.compile(r"\s+(?:его|её|ее|их)\s+")
WORD = re.compile(r"\w+")
NEAR_PRONOUN = re.compile(r"\s*,?\s*(?:как\s+и\s+|и\s+|а\s+)?(?:[а-яё]+\s+)?", re.I)
# "выбор Ивана Петрова на роль Гамлета": a bare "на роль" names a pair only after a choice
BARE_FOR_ROLE = re.compile(r"на\s+роль$", re.I)
CHOSEN_BEFORE = re.compile(r"\bвыбор\w*\s+(?:\w+\s+){0,2}$", re.I)
# ", сыгравший Вито Корлеоне, " / ", заменивший покойного Ричарда Харриса, ": a participle's insertion
INSERTION_OPENS = re.compile(r",\s*[а-яё]+(?:вш|ющ|ящ|ащ|ущ)[а-яё]+\s+(?:[а-яё]+\s+){0,2}$")
AFTER_INSERTION = re.compile(r"^\s*,\s*(?:[а-яё]+\s+){0,3}$")
APPOSITION = re.compile(r"\s*,\s*[а-яё -]+,\s*")  # ", жена главного героя, ": the name's own noun
NEXT_TO_ROLE = re.compile(r"\s+(?:[а-яё-]+\s+){0,2}$")


def played_unnamed(doc: Doc, cue: re.Match, placed: Placed, before: bool) -> bool:
    """A visibly declined name next to a verb cue with no actor named is the character ("Майкла
    Корлеоне не сыграл бы никто", "он сыграл Майкла Корлеоне"); not after "в лице" (the doer) nor
    after a word for films ("в фильмах Нолана играют": their maker),
    not across a comma, not with a participle ("исполнившего его Брэда Питта": the actor)."""
    gap = doc.text[placed.stop:cue.start()] if before else doc.text[cue.end():placed.start]
    left = doc.text[max(0, placed.start - 20):placed.start]
    return (declined_object(placed) and "," not in gap
            and (VERB_CUE.match(cue.group(0)) if before else not PARTICIPLE.match(doc.text, cue.start()))
            and not AGENT_BEFORE.search(left) and not WORKS_BEFORE.search(left))


def barred(gap: str) -> bool:
    """The name after a cue, past `gap`, is not its character: the next clause's subject ("Хэкман
    играет, а Кеану Ривз вжился…"), a relation ("вжилась в роль матери Тревора"), a quoted title
    ("игравшего в 'Джерри'"), a name after a preposition ("в отличие от Якоба"), a negated one
    ("Роб Шнайдер играет не Джессику, а …"), the one who says it ("верю, сказал бы Станиславский")."""
    return bool(PLAY_BREAK.search(gap) or relation_between(gap) or QUOTE_BEFORE.search(gap)
                or PREPOSITION_BEFORE.search(gap) or NEGATED.match(gap) or SAID_BY.search(gap)
                or manner_then_comma(gap))


def manner_then_comma(gap: str) -> bool:
    """The cue's verb took adverbs of manner and a comma closes them ("сыграл неубедительно и
    инфантильно, госпожа Мур — …"): the name after it starts the next clause."""
    head, comma, _ = gap.partition(",")
    words = head.split()
    return bool(comma and words) and all(w.lower() == "и" or manner_word(w.lower()) for w in words)


def manner_word(word: str) -> bool:
    """An adverb, or a short neuter adjective read as one ("инфантильно")."""
    tags = [p.tag for p in parse(word)]
    return any(t.POS == "ADVB" or t.POS == "ADJS" and "neut" in t for t in tags)


def describing(gap: str) -> bool:
    """Only words that may describe a role ("роль мудрого профессора"), if any, stand in `gap`:
    nouns and adjectives, no adverb ("игравшей там …"), no quote mark."""
    return all(str(parse(w)[0].tag.POS) in ("NOUN", "ADJF", "PRTF") for w in gap.split())


def unnamed_part(doc: Doc, m: re.Match) -> bool:
    """A present participle whose object is a part described, not named ("играющий лучшего друга
    главного героя"): no preposition right after it, no quote before its sentence ends."""
    taken = m.group(0).lower().endswith(("роль", "роли", "образ"))  # "исполняющий роль, блистал"
    return bool(PRESENT_PART.search(m.group(0)) and (taken or UNNAMED_PART.match(doc.text[m.end():m.end() + 120])))


def played_pronoun(doc: Doc, finder: Finder, m: re.Match) -> Placed | None:
    """The actor after "сыгравший его" ("Данила Багров, как и сыгравший его Сергей Бодров"): the
    pronoun is the character, named before if anywhere in the sentence."""
    if not PARTICIPLE.match(doc.text, m.start()):
        return None
    tail = PRONOUN_AFTER.match(doc.text, WORD.match(doc.text, m.start()).end())
    return finder.after(tail.end(), 0) if tail else None


def subject_of_insertion(doc: Doc, finder: Finder, near: Placed, cue_start: int) -> Placed:
    """The name before a participle's insertion that holds `near` ("Майкл Гэмбон, заменивший
    покойного Ричарда Харриса, справляется с ролью", "Брандо, сыгравший Вито Корлеоне, воплотил"):
    the cue's subject, not the name inside; else `near` itself."""
    if not AFTER_INSERTION.match(doc.text[near.stop:cue_start]):
        return near
    opened = INSERTION_OPENS.search(doc.text[max(0, near.start - 60):near.start])
    if opened is None:
        return near
    comma = near.start - len(opened.group(0))
    subject = finder.before(comma + 1, 2)
    return subject if subject is not None and subject.person != near.person else near


def chosen_for_role(doc: Doc, m: re.Match, actor: Placed | None, role: Placed | None) -> bool:
    """A bare "на роль" names a pair only after a choice, the actor right before the cue and the
    character right after it ("выбор Ивана Петрова на роль Гамлета"; not "уговорить Шона Бина на
    роль", nor "выбор Куарона на роль режиссера «…», как и выбор Джексона")."""
    return (actor is not None and role is not None and not doc.text[actor.stop:m.start()].strip()
            and CHOSEN_BEFORE.search(doc.text[max(0, actor.start - 40):actor.start]) is not None
            and NEXT_TO_ROLE.match(doc.text[m.end():role.start]) is not None)


def actor_of(doc: Doc, finder: Finder, cue: re.Match, role: Placed) -> Placed | None:
    """Who plays a character named after the cue: a name right after it ("В роли Максимуса
    Рассел Кроу"), else the one a pronoun before the cue stands for, else the one actor the
    sentence before names."""
    follows = finder.after(role.stop, 3)
    if follows is not None and not doc.text[role.stop:follows.start].strip():
        return follows
    return antecedent(doc, finder, cue.start(), role) or previous_actor(doc, finder, cue.start(), role)


def play_pairs(doc: Doc, finder: Finder) -> list[tuple[int | None, int | None, str]]:
    """(actor, character, rule) from сыграл/в роли/в исполнении cues; either side may be None."""
    found = []
    others = [t for w in (doc.works or []) for t in w.mentions]  # another film's sentence names its cast
    for m in rules()["plays_after"].finditer(doc.text):
        pair = play_after(doc, finder, m)
        if pair is not None and None not in pair and other_work_between(doc, finder, pair, m, others):
            doc.note("roles", "another work named between the actor and the cue", doc.text[m.start():m.end() + 30])
            continue
        if pair is not None:
            found.append((*pair, f"plays: {m.group(0)!r}" if pair[0] is not None
                          else f"played, by no one named: {m.group(0)!r}"))
    for m in rules()["plays_before"].finditer(doc.text):
        actor = finder.after(m.end(), 40)
        role = finder.before(m.start(), 90)
        if role is not None and across_brackets(doc.text[role.stop:m.start()]):
            role = None  # "журналисте (Домогаров), … Барона (сыгранным Лавровым)": not Домогаров
        if role is not None and in_performance(m.group(0)) and being_before(doc, m.start(), written_low=True) \
                and not APPOSITION.fullmatch(doc.text[role.stop:m.start()]):
            role = None  # "о хитроумном воре, в исполнении Ди Каприо": the part is the noun, unnamed; not
            # "Россалин Пирсон, жена главного героя, в исполнении …"
        if actor is not None and role is not None and role.person != actor.person:
            found.append((actor.person, role.person, f"played by: {m.group(0)!r}"))
        elif actor is not None and PLAYED_BY.match(m.group(0)) and actor.mention.case == "ablt":
            found.append((actor.person, None, f"played by, no one named: {m.group(0)!r}"))  # "героя, играемого X"
        elif actor is not None and in_performance(m.group(0)) and not doc.text[m.end():actor.start].strip() \
                and being_before(doc, m.start()) and not in_sentence(doc, actor.mention, others):
            found.append((actor.person, None, f"{IN_PERFORMANCE_WHY}: {m.group(0)!r}"))
            # "учитель в исполнении Такеши Китано"
    return found


def other_work_between(doc: Doc, finder: Finder, pair: tuple[int, int], cue: re.Match, others: list) -> bool:
    """A title of another work stands between the actor and the part a cue paired, in one
    sentence, and a verb of its own follows the title ("видеть Рокуэлла в роли, так как до этого
    я смотрела «Автостопом по галактике» и полюбила его в роли Зафода": a part in that work; not
    "Майкл Джитер, известный по фильму «Мышиная охота», отлично играет Эдуарда Деллекруа")."""
    start, stop = finder.sentence(cue.start())
    here = [p for p in finder.placed if start <= p.start < stop]
    actors = [p.start for p in here if p.person == pair[0]]
    roles = [p.start for p in here if p.person == pair[1]]
    if not actors or not roles:
        return False
    a, r = min(((a, r) for a in actors for r in roles), key=lambda ar: abs(ar[0] - ar[1]))  # the nearest two
    for t in others:
        if min(a, r) < t.start and t.stop <= max(a, r):
            after = doc.text[t.stop:cue.start()] + " " + doc.text[cue.end():max(a, r)] if t.stop < cue.start() \
                else doc.text[t.stop:max(a, r)]
            if any(finite_verb(w) for w in WORDS.findall(after.lower())):
                return True
    return False


SUBJECT_AFTER = re.compile(r"\s+(?:он|она)\s+(?:[а-яё]+\s+){0,2}", re.I)  # the verb's subject after it
NEAR_OBJECT = re.compile(r"\s+(?:[а-яё]+\s+){0,2}")  # "сыграл (роль) Нео", not "сыграл сильно, да в фильмах Нолана"
# "Зорка (его блистательно играет Гари Олдман)": the object pronoun stands for the name before it
OBJECT_PRONOUN = re.compile(r"\s*[(,]?\s*(?:его|её|ее|их)\s+(?:[а-яё]+\s+){0,2}", re.I)
IN_ROLE = re.compile(r"в\s+рол[иье]\b", re.I)  # a noun phrase, no verb: its actor stands in its own clause,
ROLE_BREAK = re.compile(r"[.!?;]|,\s*(?:а|но|однако|зато|хотя|что|зачем|почему|где|когда|если)\b", re.I)  # "…, который" goes on
FINITE_PLAY = re.compile(r"(?:сыграл|играл|исполнил|изобразил|воплотил)[аи]?|игра(?:ет|ют)", re.I)


def play_after(doc: Doc, finder: Finder, m: re.Match) -> tuple[int | None, int | None] | None:
    """(actor, character) for one "X сыграл Y" cue; None where it names no pair."""
    actor = finder.before(m.start(), 80)
    if JOB_AFTER.match(doc.text, m.end()):
        return None  # "В роли сценариста выступает X": a job, not a part
    pronoun = played_pronoun(doc, finder, m)
    if pronoun is not None and actor is not None and actor.person != pronoun.person and \
            NEAR_PRONOUN.fullmatch(doc.text[actor.stop:m.start()]) is not None:
        return pronoun.person, actor.person
    if actor is not None:
        actor = subject_of_insertion(doc, finder, actor, m.start())
    if actor is not None and declined_object(actor) and relation_between(doc.text[max(0, actor.start - 40):actor.start]):
        actor = None  # "роль старого друга и партнёра Кейджа сыграл X": the part's kin, neither side
    role = finder.after(m.end(), 90)
    if BARE_FOR_ROLE.match(m.group(0)) and not chosen_for_role(doc, m, actor, role):
        return None
    if actor is not None and CLAUSE_END.search(doc.text[actor.stop:m.start()]):
        actor = None  # "… с Рипли; уникальную атмосферу; образ Чужого": another clause's name
    if actor is not None and IN_ROLE.match(m.group(0)) and ROLE_BREAK.search(doc.text[actor.stop:m.start()]):
        actor = None  # "доказать Мостоу, что не может такой дохляк в роли Коннора": another clause's name
    if actor is not None and doc.text[actor.stop:m.start()].lstrip().startswith(")"):
        return None  # "Джейсон Айзекс (Уильям Тавингтон) справился с ролью": the pair is in the brackets
    if role is not None and barred(doc.text[m.end():role.start]):
        role = None
    if actor is None and role is not None and FINITE_PLAY.fullmatch(m.group(0)) \
            and NEAR_OBJECT.fullmatch(doc.text[m.end():role.start]):
        pronoun = antecedent(doc, finder, m.start(), role)  # "Киану Ривз. Он снова замечательно сыграл Нео."
        if pronoun is not None:
            return pronoun.person, role.person
    if actor is None and role is not None and FINITE_PLAY.fullmatch(m.group(0)) \
            and SUBJECT_AFTER.fullmatch(doc.text[m.end():role.start]):
        return None, role.person  # "И неважно, играет он ковбоя Вуди": a part; "он" may be anyone's
    relative = actor is not None and (RELATIVE.search(doc.text[actor.stop:m.start()]) is not None or bool(
        FINITE_PLAY.fullmatch(m.group(0)) and OBJECT_PRONOUN.fullmatch(doc.text[actor.stop:m.start()])))
    if actor is not None and role is not None and (
            ROLE_BEFORE.search(doc.text[max(0, actor.start - 12):actor.start])  # "Роль Шурика исполнил Демьяненко"
            or relative  # "Дон Корлеоне, роль которого сыграл Брандо"
            or declined_object(actor) and role.mention.case == "nomn"):  # "Шурика сыграл Демьяненко"
        actor, role = role, actor
    if role is None and actor is not None and (played_unnamed(doc, m, actor, before=True) or ROLE_BEFORE.search(
            doc.text[max(0, actor.start - 12):actor.start])):  # "роль Монти играл любой другой актер": the part
        return None, actor.person
    if role is None and actor is not None and declined_object(actor) and FINITE_PLAY.fullmatch(m.group(0)):
        return None  # "предавала Форреста, играла его чувствами": the object of another verb, no actor
    if role is not None and not relative and not can_be_role(doc, role):  # "Героя сыграл Николас Кейдж"
        actor, role = (role, None) if actor is None else (actor, None)  # "Сэндлер сыграл…, а Николсон —"
    if actor is None and role is not None and PARTICIPLE.match(doc.text, m.start()):
        follows = finder.after(role.stop, 3)  # "Сыгравший Максимуса Рассел Кроу": the actor follows
        if follows is not None and not doc.text[role.stop:follows.start].strip():
            actor = follows
    if OBJECT_PARTICIPLE.match(m.group(0)):
        if actor is not None and doc.text[actor.stop:m.start()].strip() not in ("", ","):
            actor = None  # "у Кэрри начался роман с игравшей …": the participle is not Кэрри's
        if role is not None and not describing(doc.text[m.end():role.start]):
            role = None  # "роман с игравшей там Лорен Холли": no object of the verb
        if role is None and actor is not None and unnamed_part(doc, m):
            return actor.person, None
        if role is None or actor is None:
            return None if role is None else (None, role.person)
    image = "образ" in m.group(0).lower()
    if role is None and image:
        return None  # "видит образ человека": an image, not a role
    if actor is None and role is not None:
        named = DASH_NAME.match(doc.text, role.stop)  # "В роли Шурика — Демьяненко"
        after = finder.after(named.end(), 2) if named else None
        if after is None and image:
            return None  # "образу Веры", "в образе Aniki" without an actor: a character
        if after is None and (played_unnamed(doc, m, role, before=False) or ROLE_TAKEN.search(m.group(0))):
            actor = actor_of(doc, finder, m, role)
            if actor is None:
                return None, role.person
        else:
            actor, role = (after, role) if after is not None else (role, None)
    if actor is None or role is not None and role.person == actor.person:
        return None
    return actor.person, role.person if role is not None else None


def being_before(doc: Doc, pos: int, written_low: bool = False) -> bool:
    """The word before `pos` is an animate noun: a part ("учитель в исполнении X"), not a song;
    `written_low`: a common noun as written, a comma allowed after it ("о хитроумном воре, в
    исполнении Ди Каприо"), not a name ("Стирпайк в исполнении …")."""
    window = doc.text[max(0, pos - 30):pos]
    before = re.search(r"(?<![\w-])([а-яё]+),?\s*$", window) if written_low else re.search(r"([а-яё]+)\s*$", window.lower())
    return before is not None and any(p.tag.POS == "NOUN" and "anim" in p.tag and not (written_low and "Name" in p.tag)
                                      for p in parse(before.group(1))[:2])


def in_performance(cue: str) -> bool:
    """A `plays_before` cue that is "в … исполнении" (the pattern is data/roles.json's, not written twice)."""
    return cue.lower().endswith("исполнении")


def across_brackets(between: str) -> bool:
    """The name is itself a credit in brackets ("журналисте (Домогаров), …"), or the cue stands
    in brackets opened further on ("… Барона (сыгранным Лавровым)"); an aside closed before the
    cue is no bar ("Шурик - архетип (человек и пароход), воплощённый Демьяненко")."""
    if between.lstrip().startswith(")"):
        return True
    opened = between.rfind("(")
    return opened > between.rfind(")") and bool(between[:opened].strip(" ,"))  # "Монти, (в … исполнении": its own
