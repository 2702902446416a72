"""The `opinions` stage: what the review judges (aspects) and whose work (people), with evidence.

Each clause (`clauses.py`) that holds an aspect cue or a person's mention and
a judgement — an evaluative word (`data/evaluative.json`) or a strong score
from the sentiment model — gets a score in (-1, 1); an aspect's or a person's
polarity is the balance of its clauses. An opinion on an actor is also one on
`acting`, on a director one on `directing` (`data/opinions.json`).

Five refinements, each named in the debug view: an evaluative word right
before a cue decides that aspect ("next-to:"); a strong cue (`strong` in
`data/aspects.json`) names its aspect even unjudged, with the review's verdict
("strong cue:"); a sentence that opens with a pronoun passes its judgement to
the people the sentence before named ("person (оба)"); a clear verdict passes
to the actors no clause judged ("unjudged actor"); the verdict weighs less on what a
review is often against its own verdict about: a panned film's acting and music (`panned`), a
praised film's length (`praised`) ("(leaning)").
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..data import load_lexicon
from ..doc import Doc
from ..people.cues import LIST_JOINED
from ..pipeline import Stage
from ..sentiment.features import grams as ngrams
from ..sentiment.model import ModelStage
from .clauses import Clause, split_clauses
from .lexicon import ASPECTS, aspect_cues, aspects_in, attribute_of, listed, polarities


@dataclass
class Judged:
    score: float
    start: int
    stop: int
    rule: str


@dataclass
class Verdicts:
    """Judgements gathered for one aspect or person; `polarity` sums them up."""

    items: list[Judged] = field(default_factory=list)

    def polarity(self, mixed_share: float) -> str:
        pos = sum(1 for j in self.items if j.score > 0)
        neg = sum(1 for j in self.items if j.score < 0)
        if pos and neg and min(pos, neg) / (pos + neg) >= mixed_share:
            return "mixed"
        return "positive" if pos >= neg else "negative"

    @property
    def score(self) -> float:
        return round(sum(j.score for j in self.items) / len(self.items), 3)

    def evidence(self) -> list[tuple[int, int]]:
        return sorted({(j.start, j.stop) for j in self.items})


@dataclass
class Judgement:
    """A stage result: polarity, mean score and the evidence spans (offsets into Doc.text)."""

    polarity: str
    score: float
    evidence: list[tuple[int, int]]


def params() -> dict:
    return load_lexicon("opinions")


FIRST_WORD = re.compile(r"\W*(\w+)")


def opening_word(doc: Doc, sentence: tuple[int, int]) -> str:
    first = FIRST_WORD.match(doc.text, sentence[0], sentence[1])
    return first.group(1).lower() if first else ""


def carried(doc: Doc, on_people: list, pronouns: dict) -> list[tuple[Clause, list, Optional[tuple], str]]:
    """Judgements of a sentence that opens with a pronoun and names no one, or not all of
    them, carried to the people the sentence before named: "… играют Сазерленд и Гарнер. Оба
    сыграли великолепно". A plural pronoun takes everyone named there, a singular one only a
    lone person. (clause, people, judgement, why) like the clauses that name them."""
    by_sentence: dict[tuple[int, int], list] = {}
    for clause, named, judged in on_people:
        by_sentence.setdefault(clause.sentence, []).append((clause, named, judged))
    out, before = [], []
    for sentence in sorted(by_sentence):
        items = by_sentence[sentence]
        here = [n for _, named, _ in items for n in named]
        word = opening_word(doc, sentence)
        earlier = list(dict.fromkeys(before))
        people = earlier if word in pronouns["plural"] else \
            earlier if word in pronouns["singular"] and len({n for n, _ in earlier}) == 1 else []
        people = [n for n in people if n not in here]
        out += [(clause, people, judged, f"person ({word})") for clause, _, judged in items if judged and people]
        before = here
    return out


def credited(doc: Doc, span: tuple[int, int]) -> bool:
    """The name stands alone in parentheses after its character: "Ким Фоули (Майкл Шеннон)"."""
    start, stop = span
    return doc.text[max(0, start - 2):start].rstrip().endswith("(") and \
        doc.text[stop:stop + 2].lstrip().startswith(")")


NO_WORDS = frozenset({"нет", "ничего", "ни", "никакой", "ничто"})
PART_BREAK = re.compile(r"[,;:(—–]|\s-\s")


def part_words(doc: Doc, clause: Clause, indices: list[int]) -> int:
    """The evaluative words' balance in the parts of the clause (cut at commas, semicolons,
    colons, dashes, brackets) that hold the lemmas at `indices`; 0 where they hold none."""
    cuts = [clause.start] + [m.end() for m in PART_BREAK.finditer(doc.text, clause.start, clause.stop)]
    part = [bisect.bisect_right(cuts, start) for start, _ in clause.spans]
    wanted = {part[i] for i in indices}
    return sum(sign for sign, k in zip(polarities(clause.lemmas), part) if k in wanted)


def share_along_lists(doc: Doc, clause: Clause, spans: dict[str, list[tuple[int, int]]], near: dict) -> None:
    """Names listed one after another ("Отличная игра Сэмюэла Л. Джексона, Джона Траволты, Умы
    Турман") share the word beside the list: a name without a word of its own takes the first
    word a name of its list has."""
    order = sorted((s, e, name) for name, found in spans.items() for s, e in found)
    runs: list[list[str]] = []
    for k, (start, _, name) in enumerate(order):
        joined = k and LIST_JOINED.match(doc.text[order[k - 1][1]:start])
        if joined:
            runs[-1].append(name)
        else:
            runs.append([name])
    for run in runs:
        judged = next((near[clause.start, n] for n in run if near.get((clause.start, n))), None)
        for name in run if judged else ():
            if not near.get((clause.start, name)):
                near[clause.start, name] = (judged[0], judged[1] + " (list)")


@lru_cache(maxsize=1)
def fans_before() -> re.Pattern:
    """`fans` of data/opinions.json as a pattern that ends where a name starts; the names joined
    to the first count too ("поклонникам Мэтта Дэймона и Пенелопы Крус")."""
    stems = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in params()["fans"])
    return re.compile(rf"\b(?:{stems})\w*\s+(?:(?:творчества|таланта|игры)\s+)?(?:[А-ЯЁ][\w-]*,?\s+){{0,3}}(?:и\s+)?$")


def of_fans(doc: Doc, span: tuple[int, int]) -> bool:
    """The name follows "поклонникам / фанатам / любителям (творчества)": the review speaks to
    the actor's fans, not of the actor's work."""
    return fans_before().search(doc.text[max(0, span[0] - 80):span[0]]) is not None


class Opinions(ModelStage, Stage):
    name = "opinions"
    requires = ("text", "sentences", "people", "sentiment")
    assigns = ("aspects", "opinions")

    def process(self, doc: Doc) -> None:
        p = params()
        doc.aspects, doc.opinions = {}, {}
        if doc.sentiment.prediction is None:
            return
        probs = doc.sentiment.prediction.probabilities
        prior = probs.get("positive", 0.0) - probs.get("negative", 0.0)
        clauses = split_clauses(doc)
        grams = [ngrams(c.lemmas) for c in clauses]  # the clause's own lemmas: no second tokenising
        model_scores = self.model.score_grams(grams)
        holders = self.opinion_holders(doc, p)
        person_scores = self.model.score_grams(grams, clause_model=True) if holders else model_scores
        aspects: dict[str, Verdicts] = {}
        people: dict[str, Verdicts] = {}
        on_people: list[tuple[Clause, list[tuple[str, str]], Optional[tuple[float, str]]]] = []
        near: dict[tuple[int, str], Optional[tuple[float, str]]] = {}  # (clause, name) → the word beside the name
        unjudged: dict[str, tuple[Clause, str]] = {}  # aspect → first clause naming it with a strong cue
        strong = aspect_cues().strong
        pronouns = {*p["pronouns"]["plural"], *p["pronouns"]["singular"]}
        pronoun_opened = {s for s in {c.sentence for c in clauses} if opening_word(doc, s) in pronouns} \
            if holders else set()
        leaning = p["panned"] if prior < 0 else p["praised"]  # aspects a review often judges against its verdict
        for clause, model_score, person_score in zip(clauses, model_scores, person_scores):
            judged = self.judge(clause, float(model_score), prior, p)
            if judged:
                self.judge_cues(doc, aspects, clause, judged, float(model_score), prior, p, leaning)
            else:
                for aspect, cue, _ in aspects_in(clause.lemmas):
                    if cue in strong:
                        unjudged.setdefault(aspect, (clause, cue))
            here = {name: [(s, e) for s, e in spans if clause.start <= s < clause.stop and not of_fans(doc, (s, e))]
                    for name, _, spans in holders}
            named = [(name, aspect) for name, aspect, _ in holders if here[name]]
            asked = named or clause.sentence in pronoun_opened
            on_people.append((clause, named, self.judge(clause, float(person_score), prior, p["people"])
                              if asked else None))
            for name, _ in named:
                near[clause.start, name] = self.next_to_name(clause, here[name], prior, p["people"]["next_to"])
            share_along_lists(doc, clause, {name: here[name] for name, _ in named}, near)
        for clause, named, on_person, why in [(c, n, o, "person") for c, n, o in on_people] + \
                carried(doc, on_people, p["pronouns"]):
            for name, aspect in (named if on_person else ()):
                judged = near.get((clause.start, name)) if why == "person" else None
                self.add(doc, people, name, judged or on_person, clause, why)
                self.add(doc, aspects, aspect, judged or on_person, clause, f"person:{name}")
        def verdict(weight: float = 1.0) -> tuple[float, str]:
            return math.tanh(p["prior_weight"] * prior * weight), "the review's verdict"

        if abs(prior) >= p["verdict_people"]["min_balance"]:
            self.share_verdict(doc, people, holders, clauses, verdict(), p["verdict_people"]["aspects"])
        for aspect, (clause, cue) in unjudged.items():  # "актёры", "сценарий": named, so judged somewhere
            if aspect not in aspects:
                self.add(doc, aspects, aspect, verdict(leaning.get(aspect, 1.0)), clause, f"strong cue:{cue}")
        # a review that is neither for nor against: a judgement on both sides makes it mixed
        share = p["mixed_share_neutral"] if doc.sentiment.prediction.label == "neutral" else p["mixed_share"]
        doc.aspects = {a: Judgement(v.polarity(share), v.score, v.evidence())
                       for a, v in sorted(aspects.items(), key=lambda kv: ASPECTS.index(kv[0]))}
        doc.opinions = {n: Judgement(v.polarity(share), v.score, v.evidence()) for n, v in people.items()}

    def judge_cues(self, doc: Doc, aspects: dict, clause: Clause, judged: tuple[float, str], model_score: float,
                   prior: float, p: dict, leaning: dict) -> None:
        """The aspects a judged clause's cues name, each judged once for the clause and counted
        once per cue: an evaluative word right before any of its cues decides it for all of them
        ("Посредственная игра актёров": игра and актёр both); an aspect in `leaning` is judged
        again with the verdict's weight cut; in a clause naming several aspects, one whose part of
        the clause (between commas, colons, dashes) holds evaluative words is judged by those
        alone; a clause that faults an aspect only through its `mocking` cues ("смешно смотреть
        на это", "смеётся над нами") does not judge it."""
        found: dict[str, list[tuple[str, int]]] = {}
        for aspect, cue, index in aspects_in(clause.lemmas):
            found.setdefault(aspect, []).append((cue, index))
        for aspect, hits in found.items():
            here = prior * leaning.get(aspect, 1.0)
            word = next(filter(None, (self.attributive(doc, clause, i, here, p["attributive"]) for _, i in hits)), None)
            on_aspect = word or (self.judge(clause, model_score, here, p) if aspect in leaning else judged)
            part = part_words(doc, clause, [i for _, i in hits]) if not word and len(found) > 1 else 0
            if part:  # "Игра никудышная, а звук хорош": each aspect by the words of its own part
                on_aspect = (math.tanh(p["lexicon_weight"] * part + p["prior_weight"] * here), f"part:{part:+d}")
            if on_aspect[0] < 0 and all(cue in p["mocking"].get(aspect, ()) for cue, _ in hits) \
                    and not NO_WORDS.intersection(clause.lemmas):  # "смешного тут нет" still judges
                doc.note("opinions", "mocking", f"{aspect} «{doc.text[clause.start:clause.stop][:60]}»")
                continue  # "Очень смешно смотреть …": the film is laughable, its humour not judged
            tag = " (leaning)" if aspect in leaning else ""
            for cue, _ in hits:
                self.add(doc, aspects, aspect, on_aspect, clause, f"cue:{cue}{tag}")

    def share_verdict(self, doc: Doc, people: dict, holders: list, clauses: list[Clause],
                      verdict: tuple[float, str], aspects: list[str]) -> None:
        """A review with a clear verdict (|P(positive) − P(negative)| ≥ `min_balance` of
        `verdict_people`) passes it to the actors it names that no clause judged: they are
        named to be praised or blamed."""
        for name, aspect, spans in holders:
            if name in people or aspect not in aspects or all(credited(doc, s) or of_fans(doc, s) for s in spans):
                continue  # judged already, "Ким Фоули (Майкл Шеннон)" (a credit), "поклонникам Мэтта Дэймона"
            clause = next((c for c in clauses if c.start <= spans[0][0] < c.stop), None)
            if clause is not None:
                self.add(doc, people, name, verdict, clause, "unjudged actor")

    @staticmethod
    def opinion_holders(doc: Doc, p: dict) -> list[tuple[str, str, list[tuple[int, int]]]]:
        """(name, aspect, mention spans) of the people whose work can be judged."""
        out = []
        for person in doc.people:
            kinds = [k for k in person.kinds if k in p["opinion_kinds"]]
            if kinds:
                out.append((person.name, p["opinion_kinds"][kinds[0]],
                            [(m.start, m.stop) for m in person.mentions]))
        return out

    @staticmethod
    def judge(clause: Clause, model_score: float, prior: float, p: dict) -> Optional[tuple[float, str]]:
        """The clause's score in (-1, 1) and why, or None where it judges nothing."""
        words = list(zip(clause.lemmas, polarities(clause.lemmas)))
        lexicon = sum(v for _, v in words)
        fired = [l for l, v in words if v]
        if not fired and abs(model_score) < p["strong_model"]:
            return None
        raw = (p["lexicon_weight"] * lexicon + p["model_weight"] * model_score + p["prior_weight"] * prior)
        rule = f"words:{','.join(fired)}" if fired else f"model:{model_score:+.1f}"
        return math.tanh(raw), rule

    @staticmethod
    def next_to_name(clause: Clause, spans: list[tuple[int, int]], prior: float,
                     p: dict) -> Optional[tuple[float, str]]:
        """The judgement of the evaluative word nearest the name, at most `reach` words away
        ("потрясающего Виктора Сухорукова", "Нил Бёргер тоже хорошо поработал"); None where
        no such word stands beside it. A word judged only by its `не_` ("не зря") does not count, and
        a negation up to `negation_reach` words before the word flips it (0 in data/opinions.json:
        "не интересует глупый символизм Линча" is no praise)."""
        inside = [i for i, (s, e) in enumerate(clause.spans) if any(s < stop and e > start for start, stop in spans)]
        if not inside or not p["reach"]:
            return None
        for distance in range(1, p["reach"] + 1):
            for i in (inside[-1] + distance, inside[0] - distance):
                if 0 <= i < len(clause.lemmas) and i not in inside:
                    sign, word = attribute_of(clause.lemmas, i + 1, p.get("negation_reach", 2))
                    if sign and (listed(word) or not word.startswith("не_")):
                        return math.tanh(p["weight"] * sign + p["prior_weight"] * prior), f"next-to-name:{word}"
        return None

    @staticmethod
    def attributive(doc: Doc, clause: Clause, index: int, prior: float, p: dict) -> Optional[tuple[float, str]]:
        """The judgement of the evaluative word right before the cue at `index`, if there is one
        and no comma or dash stands between them ("Сюжет нелепый, музыка …": not the music's)."""
        if index and PART_BREAK.search(doc.text, clause.spans[index - 1][1], clause.spans[index][0]):
            return None
        sign, word = attribute_of(clause.lemmas, index, p["negation_reach"])
        if not sign:
            return None
        return math.tanh(p["weight"] * sign + p["prior_weight"] * prior), f"next-to:{word}"

    @staticmethod
    def add(doc: Doc, table: dict, key: str, judged: tuple[float, str], clause: Clause, why: str) -> None:
        score, rule = judged
        table.setdefault(key, Verdicts()).items.append(Judged(score, clause.start, clause.stop, rule))
        doc.note("opinions", f"{why} {rule}", f"{key} {score:+.2f} «{doc.text[clause.start:clause.stop][:60]}»")
