"""The reviewed film and the other works: group titles, pick the film, give kinds and relations.

The film is the title group a model learned from the train reviews ranks first
(`film_model.py`): the title the review keeps coming back to, early and without a
cue that sets it apart (по роману, сиквел, как в …). Every other title is a
work; its kind comes from the nearest cue word before it in the sentence,
its relation from the cues of its sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..doc import Doc, Span, TitleMention, WorkEntry
from ..people.casts import films_titled, known_cast, known_cast_titles, known_character_names
from ..pipeline import Stage
from ..text.spelling import fold, one_edit
from .film_model import read_film_model
from .one_word import one_word_works
from .keys import share_a_word, title_key
from .context import kind_of, relation_of, sentence_of
from .titles import WORD
from .known import all_titles, film_by_cast, film_from_known, is_known_title, known_anyhow, known_titles_in, unquoted_works
from .short import SEQUEL_WORDS, another_known_film, film_by_head, full_known_title, join_short_titles, one_word, with_short_titles
from .unquoted import unquoted_groups


def group_titles(titles: list[TitleMention]) -> list[list[TitleMention]]:
    """The titles gathered by key, each group's likeliest spelling first (`by_spelling`: «Узника
    Азкабана» read Узник Азкабан once and «Узник Азкабана» written once is Узник Азкабана)."""
    groups: dict[str, list[TitleMention]] = {}
    for title in titles:
        groups.setdefault(title_key(title.normal), []).append(title)
    return [by_spelling(g) for g in groups.values()]


ALIAS_GAP = re.compile(r"[»\"'”]?\s*(?:\(|/|или|,\s*или|—|-)?\s*[«\"'“]?")


def join_aliases(doc: Doc, groups: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """Titles written side by side («A» («B»), «A» / «B») name one work. Only neighbours in
    the text are compared, so a review of thousands of titles stays linear."""
    group_of = {id(t): i for i, g in enumerate(groups) for t in g}
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ordered = sorted((t for g in groups for t in g), key=lambda t: t.start)
    for a, b in zip(ordered, ordered[1:]):
        gap = doc.text[a.stop:b.start]
        if ALIAS_GAP.fullmatch(gap) and gap.strip(" »«\"'”“") and (
                "или" not in gap or share_a_word(a.normal, b.normal) or fold(b.normal) in map(fold, known_cast_titles(a.normal))):
            x, y = sorted((root(group_of[id(a)]), root(group_of[id(b)])), key=lambda i: groups[i][0].start)
            parent[y] = x
    merged: dict[int, list[TitleMention]] = {}
    for i in sorted(range(len(groups)), key=lambda i: groups[i][0].start):
        merged.setdefault(root(i), []).extend(groups[i])
    return list(merged.values())


CYRILLIC = re.compile("[а-яё]", re.I)


def leads(new: str, old: str, canonical: str) -> bool:
    """The title `new` should lead a group `old` leads: it is the casts' own title, or Russian
    where `old` is not and is no canonical title either."""
    if fold(old) == fold(canonical):
        return False
    return fold(new) == fold(canonical) or bool(CYRILLIC.search(new)) and not CYRILLIC.search(old)


def join_known(groups: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """Titles the known casts give one film, wherever the review writes them, name one work
    («Интерстеллар» … «Interstellar», «Межзвёздный»); the first Russian one written leads."""
    merged: dict[tuple[str, ...], list[TitleMention]] = {}
    out: list[list[TitleMention]] = []
    for g in groups:
        known = known_cast_titles(g[0].normal)
        if not known:
            out.append(g)
        elif known in merged:  # the casts' own title leads, else a Russian one («Начало», not Inception)
            lead = merged[known]
            lead[:] = g + lead if leads(g[0].normal, lead[0].normal, known[0]) else lead + g
        else:
            merged[known] = list(g)
            out.append(merged[known])
    return out


MAX_SPELLING_GROUPS = 200


def join_misspellings(groups: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """Titles of eight letters or more one letter apart name one work («Джентельмены»,
    «Джентльмены»); the spelling written most often leads the group."""
    if len(groups) > MAX_SPELLING_GROUPS:  # pairs grow with the square: a list of titles, not a review
        return groups
    keys = [(title_key(g[0].normal), fold(g[0].normal)) for g in groups]
    into: dict[int, int] = {}
    for j in range(len(groups)):
        for i in range(j):
            if i not in into and j not in into and len(keys[i][1]) >= 8 and \
                    any(one_edit(a, b) for a, b in zip(keys[i], keys[j])):
                into[j] = i
    return merge_into(groups, into, by_spelling)


def by_spelling(mentions: list[TitleMention]) -> list[TitleMention]:
    """The mentions in text order, those of the spelling written most often first; on a tie, a
    known film's (`known.py`: «Зеленная миля» once and «Зеленой мили» once is Зелёная миля), then
    one the review writes as it is (no declension guessed: «Узника Азкабана», read Узник Азкабан,
    and «Узник Азкабана» once each is Узник Азкабана), then the first written — never a set's
    order, which changes from run to run. Spellings that differ only in case or ё count as one,
    and the first written of them stands for them ("Потемкин" and "Потёмкин" once each tie with
    "Потемкина" twice: the first written wins)."""
    ordered = sorted(mentions, key=lambda t: t.start)
    spellings = list(dict.fromkeys(fold(t.normal) for t in ordered))
    best = max(spellings, key=lambda n: (sum(fold(t.normal) == n for t in ordered),
                                         any(is_known_title(t.normal) for t in ordered if fold(t.normal) == n),
                                         any(t.normal == t.text and fold(t.normal) == n for t in ordered)))
    first = next(t.normal for t in ordered if fold(t.normal) == best)
    return sorted(ordered, key=lambda t: t.normal != first)


def merge_into(groups: list[list[TitleMention]], into: dict[int, int],
               arrange=lambda mentions: mentions) -> list[list[TitleMention]]:
    """Group `j` joined to group `into[j]`, which keeps its place; `arrange` orders the joined
    mentions (the first names the work)."""
    merged = [list(g) for g in groups]
    for j, i in into.items():
        merged[i] = arrange(merged[i] + merged[j])
    return [g for k, g in enumerate(merged) if k not in into]


def join_subtitles(doc: Doc, groups: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """A title written again by its subtitle alone names one work: «Чужой: Завет», «Завет».
    (The part before is mostly the franchise, another film: «Чужой».) A full title only ever
    called a book, and written less often than the short one, joins the short one instead,
    which then names the work: "по рассказу «Рита Хейуорт и побег из Шоушенка»" is an alias of
    the film «Побег из Шоушенка». A subtitle that is another known film's title stays apart."""
    by_key = {title_key(g[0].normal): i for i, g in enumerate(groups)}
    into: dict[int, int] = {}
    for i, group in enumerate(groups):
        for tail in subtitles(group[0].normal):
            j = by_key.get(title_key(tail))
            if j is not None and another_known_film(tail, group[0].normal):
                continue  # «Бэтмен. Начало» and «Начало»: two films
            if j is not None and j != i and j not in into and i not in into:
                if len(groups[j]) > len(group) and all(kind_of(doc, m)[0] == "book" for m in group):
                    into[i] = j
                else:
                    into[j] = i
                break
    return merge_into(groups, into)  # the full title stays first: it names the work


def split_franchise(doc: Doc, film: list[TitleMention]) -> list[TitleMention] | None:
    """A sequel's film group that took in its franchise's short title («Двойной форсаж» with
    «Форсаж», joined by `join_subtitles` so the film is chosen right) gives the short title's
    mentions back as a work of their own (removed from `film` in place)."""
    words = film[0].normal.split()
    if len(words) < 2 or fold(words[0]) not in SEQUEL_WORDS:
        return None
    tail = title_key(" ".join(words[1:]))
    short = [m for m in film if title_key(m.normal) == tail]
    if not short or len(short) == len(film):
        return None
    film[:] = [m for m in film if m not in short]
    doc.note("works", "a sequel's franchise written alone is a work of its own", short[0].normal)
    return short


def subtitles(title: str) -> list[str]:
    """What a title may be written again as: the part after a colon (Чужой: Завет → Завет), or
    with no colon its last words, four letters at least («Мстители Финал», «Финал»; «Гарри
    Поттер и узник Азкабана», «Узник Азкабана»)."""
    head, colon, tail = title.partition(":")
    if colon:
        return [tail.strip()] if head.strip() and len(tail.strip()) >= 3 else []
    words = title.split()
    tails = [" ".join(words[k:]) for k in range(1, len(words))]
    return [t for t in tails if sum(ch.isalpha() for ch in t) >= 4]


SUBJECT_START = re.compile(r"^[\s«\"'“„]*$")


def film_signs(doc: Doc, mention: TitleMention) -> float:
    """A title that opens its sentence is what the review talks about."""
    a, _ = sentence_of(doc, mention.start)
    return float(SUBJECT_START.match(doc.text[a:mention.start]) is not None)


LIST_JOIN = re.compile(r"^[»\"'”]?\s*(?:,|и|,\s*и|или)\s*[«\"'“„]$")


def listed(doc: Doc, mention: TitleMention) -> bool:
    """The title stands in a list with the title before or after it."""
    i = bisect_right(doc.titles, mention.start, key=lambda t: t.start) - 1
    before = doc.titles[i - 1] if i >= 1 else None
    after = doc.titles[i + 1] if i + 1 < len(doc.titles) else None
    return bool(after and LIST_JOIN.match(doc.text[mention.stop:after.start])
                or before and LIST_JOIN.match(doc.text[before.stop:mention.start]))


HEADING_LINE = re.compile(r"^[ \t]*([^\n]{2,60}?)[ \t]*$", re.M)


def heading_title(doc: Doc) -> TitleMention | None:
    """A short line of its own among the first three, without final punctuation: the film
    where a quoted title agrees (alone it is mostly the review's own headline)."""
    for i, m in enumerate(HEADING_LINE.finditer(doc.text)):
        if i >= 3:
            break
        line = m.group(1)
        if not line or line.endswith((".", "!", "?", ":", "…", ",")) or not line[0].isupper():
            continue
        if len(line.split()) <= 6:
            return TitleMention(m.start(1), m.end(1), line, line, False, "heading")
    return None


def heading_key(doc: Doc) -> str | None:
    heading = heading_title(doc)
    return title_key(heading.text) if heading else None


def choose_film(doc: Doc, groups: list[list[TitleMention]]) -> list[TitleMention] | None:
    """The film's group by the learned chooser (`film_model.py`) among the quoted titles and
    the candidates written without quotes (`unquoted.py`); a heading line that names it
    becomes its first mention."""
    heading = heading_title(doc)
    key = title_key(heading.text) if heading else None
    best = read_film_model().choose(doc, groups, key)
    if best is None:
        return None
    film = groups[best]
    if heading and key == title_key(film[0].normal):
        film.insert(0, heading)
    return film


def is_band(doc: Doc, title: TitleMention, ner: list[Span]) -> bool:
    """A Latin title the NER calls an organisation, with no kind cue: a band or studio."""
    if not re.match(r"[A-Za-z]", title.text) or kind_of(doc, title)[1]:
        return False
    return any(s.type == "ORG" and s.start <= title.start and title.stop <= s.stop for s in ner)


def to_work(doc: Doc, mentions: list[TitleMention]) -> WorkEntry:
    kind, cue = kind_of(doc, mentions[0])
    relation, why = "other", ""
    for mention in mentions:
        relation, why = relation_of(doc, mention)
        if relation != "other":
            break
    doc.note("works", f"kind {kind} (cue {cue!r}); relation {relation} ({why!r})", mentions[0].normal)
    aliases = list(dict.fromkeys(m.normal for m in mentions if m.normal != mentions[0].normal))
    return WorkEntry(mentions[0].normal, aliases, kind, relation, sorted(mentions, key=lambda m: m.start))


def film_entry(doc: Doc, mentions: list[TitleMention]) -> WorkEntry:
    names = list(dict.fromkeys(m.normal for m in mentions))  # the lead's title first, the mentions in text order
    full = full_known_title(doc, names[0]) if len(names) == 1 else None
    if full:  # «Волк» alone, in a review naming Ди Каприо: «Волк с Уолл-стрит», written short
        doc.note("works", "the film written short: its known title", f"{names[0]} → {full}")
        names = [full, *names]
    return WorkEntry(names[0], names[1:], "film", "other", sorted(mentions, key=lambda m: m.start))


def title_groups(doc: Doc) -> list[list[TitleMention]]:
    """The review's titles, one group per work (case endings, aliases, misspellings and
    subtitles joined), in the order first written."""
    return join_abbreviations(join_subtitles(doc, join_known(join_misspellings(join_aliases(doc, group_titles(
        doc.titles))))))


ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,5}|[А-ЯЁA-Z]{1,4}\d{1,2}")  # МД; Т2 for «Терминатор 2»
SMALL_WORDS = frozenset("и в на с по из от к о у за для the of and a".split())


def initials(title: str) -> set[str]:
    """A title's initials, with its small words and without them: «Малхолланд драйв» → МД,
    «Властелин колец: Возвращение короля» → ВКВК."""
    words = WORD.findall(title)
    return {"".join(w[0] for w in ws).upper() for ws in (words, [w for w in words if w.lower() not in SMALL_WORDS])}


def join_abbreviations(groups: list[list[TitleMention]]) -> list[list[TitleMention]]:
    """A title written in capitals that spells the initials of one other title the review
    writes names that work («МД» after «Малхолланд драйв», «Т2» beside «Терминатор 2»)."""
    out = list(groups)
    for g in groups:
        if not ABBREVIATION.fullmatch(g[0].normal.strip()) or g not in out:
            continue
        homes = [h for h in out if h is not g and len(WORD.findall(h[0].normal)) > 1
                 and fold(g[0].normal.strip()) in {fold(i) for i in initials(h[0].normal)}]
        if len(homes) == 1:
            homes[0].extend(g)
            out.remove(g)
    return out


def film_candidates(doc: Doc) -> list[list[TitleMention]]:
    """The title groups, then the candidates written without quotes (not people's names, not a
    known character's name that is no film's: "рядовой Шутник")."""
    people = [(m.start, m.stop) for m in doc.names or ()]
    unquoted = [g for g in unquoted_groups(doc, people) if not a_character(doc, g)]
    return title_groups(doc) + unquoted


@lru_cache(maxsize=1)
def title_heads() -> frozenset:
    """The first words of the known titles, folded (Волк of «Волк с Уолл-стрит»)."""
    return frozenset(fold(words[0]) for t in all_titles() if (words := WORD.findall(t)))


def a_character(doc: Doc, group: list[TitleMention]) -> bool:
    """A word written without quotes that is a character of some known cast and no known film's
    title (Шутник, Кобб; not Джокер, Бэтмен)."""
    title = group[0].normal
    if len(title.split()) > 1 or fold(title) not in known_character_names() \
            or is_known_title(title) or films_titled(title) or fold(title) in title_heads():
        return False
    doc.note("works", "a known character's name, no film", title)
    return True


def unquoted_only(group: list[TitleMention]) -> bool:
    """A candidate written without quotes, the heading line aside ("Рим" heading a review of
    «Гладиатор» that writes Рим again): it competed to be the film, it is no work."""
    return all(m.rule in ("unquoted", "heading") for m in group)


def quoted_hero(group: list[TitleMention], film: list[TitleMention] | None) -> bool:
    """A quoted word that is a character of the film's known cast and no known film's name: the
    hero named in quotes ("помогала 'Ариадна'", «Кобб» in a review of «Начало»), not a work."""
    title = group[0].normal
    if not film or len(title.split()) > 1 or is_known_title(title) or films_titled(title):
        return False
    key = title_key(title)  # any case form: «Коббу», «Коббы»
    return any(title_key(s) == key for part in known_cast([m.normal for m in film]) for s in part[1])


def as_known(chosen: list[TitleMention] | None, known: list[list[TitleMention]]) -> list[TitleMention] | None:
    """A candidate written without quotes that is a known film's title declined where written
    takes that title's group, spelled as known ("у Властелина Колец" → Властелин колец; "Темный
    рыцарь" stays as written)."""
    if chosen is None or not unquoted_only(chosen):
        return chosen
    spans = {(m.start, m.stop) for m in chosen}
    same = next((g for g in known if spans & {(m.start, m.stop) for m in g}), None)
    return same if same is not None and fold(same[0].normal) != fold(chosen[0].normal) else chosen


class Works(Stage):
    name = "works"
    requires = ("text", "sentences", "titles", "ner", "names", "people")  # people: the known casts' vote
    assigns = ("film", "works")

    def process(self, doc: Doc) -> None:
        groups = film_candidates(doc)
        known = known_titles_in(doc)
        chosen = film_by_head(doc, as_known(film_from_known(doc, choose_film(doc, groups), known), known), known)
        film = film_by_cast(doc, chosen, groups + [g for g in known if g not in groups])
        if chosen is not None and film is not chosen and one_word(chosen[0].normal) and not known_anyhow(chosen):
            doc.note("works", "a word taken for the film, no work", chosen[0].normal)
            groups = [g for g in groups if g is not chosen]
        franchise = split_franchise(doc, film) if film else None
        if film:
            film = with_short_titles(doc, film, groups)
        taken = {id(m) for m in film or ()}
        doc.film = film_entry(doc, film) if film else None
        others = [g for g in groups if not any(id(m) in taken for m in g) and not unquoted_only(g)] + \
            ([franchise] if franchise else [])
        others += unquoted_works(others + ([film] if film else []), known, film or [])
        others += one_word_works(doc, [g for g in groups if unquoted_only(g)], others + ([film] if film else []))
        others = join_short_titles(doc, others)
        doc.works = [to_work(doc, g) for g in others if not is_band(doc, g[0], doc.ner) and not quoted_hero(g, film)]
