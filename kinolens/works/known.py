"""Known films the review names without quotes ("Матрица осталась на вершине, как и Остров
проклятых"): the titles of `data/filmographies.json` looked up in the text, each word in any case
ending (`keys.title_key`), the first one capitalised.

Titles of two words or more, outside quotes and people's names; one made only of dictionary
words ("Главный герой", "Зелёная миля") only where written inside a sentence, since a sentence
opens with a capital anyway (rule "known"; elsewhere "known:opening"). A title of one word is too
often a character's name (Бэтмен) or a word (Остров). They become works beside the quoted ones
where a film was chosen (with none chosen a third of them were the film itself, on 3,000 train
reviews); they do not compete in the film chooser, which was trained without them, but complete
its pick or stand in for none (`film_from_known`). The same list gives declined quoted titles
their nominative (`known_spelling.py`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_lexicon
from ..doc import Doc, TitleMention
from ..people.casts import cast_named, films, films_titled, known_cast, known_cast_titles, plays_part, shared_cast
from ..people.names import morph
from ..people.cues import kin_noun
from ..people.shapes import common_word
from ..people.unnamed import film_by_hero, film_by_people, film_votes, leader
from ..text.spelling import fold
from .keys import title_key, title_match_key
from .opening import alone_on_line, opening_film
from .unquoted import TOKEN, capitalised, overlaps

GLUE = re.compile(r"^(?: |: | - | – |-)$")  # what may stand between two words of one title


@lru_cache(maxsize=1)
def known_index() -> dict[str, tuple[tuple[tuple[str, ...], str, str, bool], ...]]:
    """The first word's first three letters → (each word's first three letters, title,
    `title_key`, all dictionary words) of the known titles, longest first."""
    index: dict[str, set[tuple[tuple[str, ...], str, str, bool]]] = {}
    for title in all_titles():
        words = [m.group() for m in TOKEN.finditer(title)]
        if len(words) > 1:
            common = all(w.isdigit() or morph().word_is_known(w.lower()) for w in words)
            index.setdefault(prefix(words[0]), set()).add((tuple(prefix(w) for w in words), title, title_key(title),
                                                           common))
    return {k: tuple(sorted(v, key=lambda e: (-len(e[0]), e[1]))) for k, v in index.items()}


@lru_cache(maxsize=1)
def all_titles() -> tuple[str, ...]:
    """Every known film's title (the directors' films in `data/filmographies.json`, the Russian
    titles of the films in `data/casts.json`), once each (the first spelling of those that fold
    alike: Зелёная миля, not Зеленая миля too), in a fixed order."""
    directed = (t for titles in load_lexicon("filmographies")["films"].values() for t in titles)
    cast = (t for titles, _ in films() for t in titles if re.search("[а-яё]", t, re.I))
    first: dict[str, str] = {}
    for title in [*directed, *cast]:
        first.setdefault(fold(title), title)
    return tuple(first.values())


@lru_cache(maxsize=1)
def folded_titles() -> frozenset:
    return frozenset(fold(t) for t in all_titles())


def is_known_title(title: str) -> bool:
    """The title is a known film's, as spelled there (ё, case and punctuation aside)."""
    return fold(title) in folded_titles()


def prefix(word: str) -> str:
    return word[:3].lower().replace("ё", "е")


def known_titles_in(doc: Doc) -> list[list[TitleMention]]:
    """Groups of mentions of known films written without quotes, in the order first written
    (rule "known", or "known:opening" where only a sentence's capital tells)."""
    index = known_index()
    taken = sorted((t.start, t.stop) for t in doc.titles)
    people = sorted((m.start, m.stop, fold(m.normal.split()[-1])) for m in doc.names or () if m.normal.strip())
    groups: dict[str, list[TitleMention]] = {}
    for sentence in doc.sentences:
        tokens = list(TOKEN.finditer(doc.text, sentence.start, sentence.stop))
        i = 0
        while i < len(tokens):
            hit = match_at(doc, tokens, i, index.get(prefix(tokens[i].group()), ()), sentence.start) \
                if capitalised(tokens[i].group()) else None
            if hit is None:
                i += 1
                continue
            n, title, clear = hit
            start, stop = tokens[i].start(), tokens[i + n - 1].end()
            if not overlaps(start, stop, taken) and (holds_names(tokens[i].group(), start, stop, people)
                                                     or alone_on_line(doc.text, start, stop)):
                text = doc.text[start:stop]
                rule = "known" if clear else "known:opening"
                groups.setdefault(title, []).append(TitleMention(start, stop, text, title, False, rule))
                doc.note("titles", rule.replace(":", ", ") + " film", f"{text} → {title}")
            i += n
    return list(groups.values())


def match_at(doc: Doc, tokens: list[re.Match], i: int, entries, sentence_start: int):
    """(words, title, clear) of the longest known title whose words start at token `i`, or None;
    not `clear` where the title is all dictionary words opening a sentence, a line or an item."""
    for prefixes, title, key, common in entries:
        n = len(prefixes)
        if i + n > len(tokens) or any(prefix(tokens[i + k].group()) != p for k, p in enumerate(prefixes)):
            continue  # cheap: the words' first letters differ
        if any(not GLUE.match(doc.text[tokens[k].end():tokens[k + 1].start()]) for k in range(i, i + n - 1)):
            continue
        if title_key(doc.text[tokens[i].start():tokens[i + n - 1].end()]) == key:
            return n, title, not common or inside_clause(doc, tokens, i, n)
    return None


def holds_names(first: str, start: int, stop: int, people: list[tuple[int, int, str]]) -> bool:
    """A known title overlaps no name the review writes, or holds it whole after a common word of
    its own, no kin's noun, where the review names that person nowhere else ("Меч короля Артура";
    not "сказки Братьев Гримм", the brothers; not "Список Шиндлера" in a review that writes of
    Шиндлер: its own film, or the list itself)."""
    inside = [(a, b, name) for a, b, name in people if a < stop and start < b]
    if not inside:
        return True
    names = {name for _, _, name in inside}
    return all(start < a and b <= stop for a, b, _ in inside) and common_word(first) \
        and not kin_noun(first) \
        and not any(name in names for a, b, name in people if b <= start or a >= stop)


AFTER_WORD = re.compile(r",?\s+|\s*\(\s*")
ASIDE = re.compile(r"\s*[:/]\s*|\s+[-—–]\s+")  # a colon's list or a dash's aside …
ITEM_END = re.compile(r"\s*(?:[,;().!?…]|и\s|[-—–]\s|$)")  # … of titles: a comma, "и", a dash or the end after each


def inside_clause(doc: Doc, tokens: list[re.Match], i: int, n: int) -> bool:
    """The `n` tokens from `i` follow another word of their sentence across spaces or a comma, or
    open a bracket after one ("блокбастеры (Казино Рояль)"), or stand as an item of a colon's list or
    a dash's aside ("фильмов: Король Лев, Леон", "шедевра - Окно во двор и Психо"): not a sentence's,
    a line's or a list item's first words ("а) Главный Герой"), nor a clause after a colon ("Итак:
    Главный герой снова смел")."""
    if i == 0:
        return False
    gap = doc.text[tokens[i - 1].end():tokens[i].start()]
    if "\n" in gap:
        return False
    return AFTER_WORD.fullmatch(gap) is not None or ASIDE.fullmatch(gap) is not None \
        and ITEM_END.match(doc.text, tokens[i + n - 1].end()) is not None


def film_from_known(doc: Doc, film: list[TitleMention] | None,
                    known: list[list[TitleMention]]) -> list[TitleMention] | None:
    """The film completed by the known titles: a film chosen among the candidates written
    without quotes that is part of a known film's title written there ("Волк с Уолл-стрит -
    интересный или нет?": the sentence's first word starts no candidate, so Уолл-стрит was one)
    is that film; one written once that no list knows gives way to the one known film the review
    writes (not only at a sentence's opening: "Главный герой", "Второй шанс" are phrases there). Where
    none was chosen, a known film written twice or more, once opening a
    sentence, is ("Назад в будущее относится к тем фильмам…"; written once, such a title was the
    film 12 times and not 11 on 3,000 train reviews, so that stays no film)."""
    opener = opening_film(doc, film, known)
    if opener is not None:
        return opener
    if film is None:
        found = next((g for g in known if len(g) >= 2 and any(m.rule == "known:opening" for m in g)), None)
        if found:
            doc.note("works", "film: a known film written twice, once opening a sentence", found[0].normal)
        return found
    if film[0].rule != "unquoted":
        return film
    for group in known:
        if any(m.start <= film[0].start and film[0].stop <= m.stop and m.stop - m.start > len(film[0].text)
               for m in group):
            doc.note("works", "film: the known title it is part of", f"{film[0].text} → {group[0].normal}")
            return group
    if len(known) == 1 and len(film) == 1 and film[0].rule == "unquoted" and not known_anyhow(film) \
            and any(m.rule == "known" for m in known[0]):  # not only a sentence's opening ("Главный герой")
        doc.note("works", "film: the one known film written, not a word no list knows", known[0][0].normal)
        return known[0]
    return film


STRONG = 4  # people of one known film's cast that outweigh a chosen title no list knows
STRONG_OVER_KNOWN = 5  # … and a known title whose cast no list holds
CAST_NAMED = 2  # people of a candidate's known cast the review must name before it is the film …
CAST_MARGIN = 2  # … and how many more than of the chosen film's known cast


def known_titles(group: list[TitleMention]) -> list[str]:
    """The titles the casts know the group's film by."""
    return [t for m in group for t in known_cast_titles(m.normal)]


def film_by_cast(doc: Doc, film: list[TitleMention] | None,
                 candidates: list[list[TitleMention]]) -> list[TitleMention] | None:
    """The candidate whose known cast (`data/casts.json`) the review names — two people or
    more outside the sentences that name the candidate, and two more than of the chosen film's
    cast — is the film: a review of «Чужие» that names Хикс, Бишоп and Ньют is not about
    «Терминатор», written once in a comparison. Only where the chosen film's cast is known
    too: a sequel the casts do not hold shares its
    people with the earlier parts they do (a review of an unlisted «Чужие» would go to «Чужой»;
    measured with the dev films' casts left out: 31 films set wrong, 4 right, in 685 reviews).
    With it: 7 films set right and 2 wrong on 1,500 train reviews; 9 right, none wrong on dev.
    A chosen title no list knows gives way to a strong cast, though (`by_strong_cast`).
    A candidate that shares half its cast with the chosen film is a part of its series, which the
    people named cannot tell apart («Скайуокер. Восход» stays, whatever «Пробуждение силы» has)."""
    def named(group: list[TitleMention], apart: bool) -> int | None:
        parts = known_cast([m.normal for m in group])
        return cast_named(doc, parts, tuple(group) if apart else ()) if parts else None

    if film is None:
        return film_of_cast_named(doc, [(named(g, False) or 0, i) for i, g in enumerate(candidates)], candidates)
    chosen = named(film, False)
    if chosen is None and not film:
        return film
    if chosen is None:  # a known title whose cast no list holds gives way to a stronger cast only
        return by_strong_cast(doc, film, candidates, STRONG_OVER_KNOWN if known_anyhow(film) else 0)
    parts = known_cast([m.normal for m in film])  # a part of the same series is no candidate
    scored = [(n, i) for i, g in enumerate(candidates) if g is not film
              and not shared_cast(known_cast([m.normal for m in g]), parts) and (n := named(g, True)) is not None]
    best, i = max(scored, default=(0, -1))
    if best >= max(CAST_NAMED, chosen + CAST_MARGIN):
        doc.note("works", f"film: {best} of its known cast named", candidates[i][0].normal)
        return candidates[i]
    named_as = frozenset(t for m in film for name in {m.normal, m.normal.split(":")[0]} for t in films_titled(name))
    # the film as named, and the films of its series («Две крепости» the data may not hold, «Братство кольца» it does)
    unnamed = film_by_people(doc, named_as)
    if not unnamed or unnamed in named_as or unnamed in known_titles(film):
        return film
    written = written_as(unnamed, candidates)
    doc.note("works", f"film: the people named are {unnamed}'s", written[0].normal if written else "(not written)")
    return written


def film_of_cast_named(doc: Doc, scored: list[tuple[int, int]],
                       candidates: list[list[TitleMention]]) -> list[TitleMention] | None:
    """Where no title was chosen, the one candidate of the review two people or more of whose known
    cast it names ("Угнать за 60 секунд комплектуется актерами ранга Николаса Кейджа и Анджелины
    Джоли"), if no other candidate's cast, nor any other known film's, is named as often (a review
    of «Тёмный рыцарь» that writes «Американский психопат» names Бейл for both, and Леджер)."""
    ranked = sorted(scored, reverse=True)
    if not ranked or ranked[0][0] < CAST_NAMED or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    own = set(known_cast_titles(candidates[ranked[0][1]][0].normal))
    if any(n >= ranked[0][0] and title not in own for title, n in film_votes(doc)[0].items()):
        return None
    doc.note("works", f"film: {ranked[0][0]} of its known cast named, no title chosen", candidates[ranked[0][1]][0].normal)
    return candidates[ranked[0][1]]


def written_as(title: str, candidates: list[list[TitleMention]]) -> list[TitleMention] | None:
    """The candidate that writes the known film `title` (or its series' name), or None."""
    keys = {title_match_key(t.split(":")[0] if head else t) for t in known_cast_titles(title) for head in (0, 1)}
    return next((g for g in candidates if any(title_match_key(m.normal) in keys for m in g)), None)


def known_anyhow(film: list[TitleMention]) -> bool:
    """A title some list knows (a director's film, a known film's words): a real film whose cast
    the data may just not hold («Чужие», «Брат 2» — their people are the earlier parts')."""
    from .known_spelling import known_by_stems  # it reads this module's list: imported late

    return any(is_known_title(m.normal) or known_by_stems(m.normal) for m in film)


def by_strong_cast(doc: Doc, film: list[TitleMention], candidates: list[list[TitleMention]],
                   strongest: int = 0) -> list[TitleMention] | None:
    """The chosen title no list knows («Межзвёздный», «Агонии», a book in a P.S.) gives way to the
    known film four people or more of whose cast the review names (`unnamed.leader`): to its
    candidate where the review writes it, else to no film, which the cast stage then fills.
    Dev film choice 0.865 → 0.888 when it came in; with the dev films' casts left out, right picks
    323 either way. Short of such a cast, the one known film whose hero the review names by full
    name twice or more (`unnamed.film_by_hero`) wins the same way («Спешите любить…» in a review
    that writes Энди Дюфрейн five times; 1,500 train reviews: 2 films more right, 9 wrong picks fewer).
    `strongest`, where set, is the cast a known title yields to, with no hero to yield to."""
    people, _, voters = film_votes(doc)
    strong = leader(people, voters)
    if strongest and (not strong or people[strong] < strongest):
        return film  # a known title («Дуэль») yields to five of another's cast («Список Шиндлера»), no hero
    if not strong or people[strong] < STRONG:
        hero = film_by_hero(doc)
        if hero is None:
            return film
        written = written_as(hero, candidates)
        doc.note("works", f"film: the hero named is {hero}'s, not the unknown title's",
                 written[0].normal if written else "(not written)")
        return written
    written = written_as(strong, candidates)
    doc.note("works", f"film: the people named are {strong}'s, not the unknown title's",
             written[0].normal if written else "(not written)")
    return written


def unquoted_works(named: list[list[TitleMention]], known: list[list[TitleMention]],
                   film: list[TitleMention]) -> list[list[TitleMention]]:
    """Known films written inside a sentence without quotes that are neither the film nor a work
    the review also quotes, nor a character of the film's known cast (Капитан Марвел in a review
    of «Мстители: Финал» is the heroine)."""
    keys = {title_key(m.normal) for g in named for m in g}
    parts = known_cast([m.normal for m in film])
    return [[m for m in g if m.rule == "known"] for g in known
            if title_key(g[0].normal) not in keys and any(m.rule == "known" for m in g)
            and not plays_part([g[0].normal], parts)]
