"""Which title group is the reviewed film: a ranking model learned from the train reviews.

Each review's title groups, and the titles it writes without quotes (`unquoted.py`), compete
in a conditional logit (one softmax over the groups of a review) with one more alternative,
"no film named"; the weights were fit on the train reviews whose records name their film
(`kinolens train film`, `film_train.py`).
A group is described by how often and where it is written (count, first and last place,
the heading line, the sentence it opens), the cues the works stage already reads
(listed with other titles, named as a source / sequel / comparison, a kind other than a
film) and the lemmas of the words right before and after its mentions («фильм», «как»,
«прошлая работа», «рецензия на» …); a title written without quotes also by how it looks
(a known word, a name, a place, its head word). Inference is a dot product per group.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..doc import Doc, TitleMention
from ..people.names import morph, parse
from ..sentiment.features import lemma as looked_up
from .context import kind_of, relation_of, sentence_of
from .keys import title_key
from .titles import WORD

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "film"
LEFT_WORDS, RIGHT_WORDS = 3, 2


def lemma(word: str) -> str:
    """pymorphy3's lemma, looked up in the sentiment model's table where it has the form."""
    return looked_up(word).replace("ё", "е") if word.isalpha() else word


def fold_word(word: str) -> str:
    return word.lower().replace("ё", "е")


def context_lemmas(doc: Doc, mention: TitleMention) -> list[str]:
    """The lemmas of the words just before (L1 nearest) and after (R1) a mention, inside its
    sentence, each also without its place (L:, R:); <s> / </s> where the sentence ends."""
    a, b = sentence_of(doc, mention.start)
    left = [lemma(fold_word(w)) for w in WORD.findall(doc.text[max(a, mention.start - 80):mention.start])][-LEFT_WORDS:]
    right = [lemma(fold_word(w)) for w in WORD.findall(doc.text[mention.stop:min(b, mention.stop + 60)])][:RIGHT_WORDS]
    found = [f"L{len(left) - i}:{w}" for i, w in enumerate(left)] + [f"R{i + 1}:{w}" for i, w in enumerate(right)]
    found += [f"L:{w}" for w in left] + [f"R:{w}" for w in right]
    return found + (["L:<s>"] if not left else []) + (["R:</s>"] if not right else [])


def group_features(doc: Doc, group: list[TitleMention], groups: list[list[TitleMention]],
                   heading: Optional[str]) -> dict[str, float]:
    """The features of one title group among the review's groups (`heading`: the key of the
    review's heading line, if it has one). No feature tells a Latin title from a Cyrillic one:
    the training reviews are those whose film's title is Cyrillic, so such a feature would
    learn that a Latin title is never the film."""
    from .relate import film_signs, listed

    size = len(doc.text) or 1
    mentions = sorted(group, key=lambda t: t.start)
    first, last = mentions[0], mentions[-1]
    counts = [len(g) for g in groups]
    n = len(group)
    f = {"n": float(n), "logn": math.log1p(n), "is_max": float(n == max(counts)),
         "n_minus_max": float(n - max(counts)), "share": n / sum(counts),
         "is_first": float(first.start == min(min(t.start for t in g) for g in groups)),
         "first_pos": first.start / size, "last_pos": last.stop / size,
         "early": float(first.start < 300), "in_last": float(last.start > 0.75 * size),
         "second_half": sum(m.start > size / 2 for m in group) / n,
         "opens": min(2.0, sum(film_signs(doc, m) for m in group)),
         "listed": float(any(listed(doc, m) for m in group)),
         "nwords": float(min(6, len(first.normal.split()))), "ngroups": math.log1p(len(groups)),
         "heading": float(heading is not None and heading == title_key(first.normal)),
         "aliased": float(len({m.normal for m in group}) > 1),
         "paren_after": float(any(re.match(r"\s*\(", doc.text[m.stop:m.stop + 3]) for m in group))}
    if first.rule == "unquoted":
        f.update(unquoted_features(doc, group))
    relations = Counter(relation_of(doc, m)[0] for m in group)
    for relation in ("source", "franchise", "compared"):
        f["rel_" + relation] = relations[relation] / n
    f["kind_" + kind_of(doc, first)[0]] = 1.0
    words = Counter(w for m in group for w in context_lemmas(doc, m))
    for word, count in words.items():
        f["l=" + word] = count / n
    return f


def unquoted_features(doc: Doc, group: list[TitleMention]) -> dict[str, float]:
    """What a candidate written without quotes looks like: written capitalised inside a
    sentence how often, a name, a place, a common word, tagged by the NER."""
    from .unquoted import opening_mention

    head = group[0].text.split()[0]
    reading = parse(head.lower())[0] if head.isalpha() else None
    tags = reading.tag.grammemes if reading else frozenset()
    inside = sum(not opening_mention(doc, m) for m in group)
    ner = {s.type for s in doc.ner or () for m in group if s.start < m.stop and m.start < s.stop}
    return {"unq": 1.0, "unq_inside": math.log1p(inside), "unq_words": float(len(group[0].text.split())),
            "unq_name": float(bool({"Name", "Surn", "Patr"} & tags)), "unq_geo": float("Geox" in tags),
            "unq_known": float(bool(reading) and morph().word_is_known(head.lower())),
            "unq_adj": float(len(group[0].text.split()) == 1 and bool(reading) and reading.tag.POS == "ADJF"),
            "h=" + (reading.normal_form if reading else head.lower()): 1.0,
            **{f"unq_ner_{t}": 1.0 for t in ner}}


def none_features(groups: list[list[TitleMention]]) -> dict[str, float]:
    """The "no film named" alternative."""
    return {"null": 1.0, "null_ngroups": math.log1p(len(groups)),
            "null_maxn": math.log1p(max(len(g) for g in groups))}


@dataclass
class FilmModel:
    weights: dict[str, float]
    none_margin: float  # subtracted from "no film": a miss costs more than a wrong pick when unnamed

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def explain(self, features: dict[str, float], top: int = 3) -> str:
        parts = sorted(((self.weights.get(k, 0.0) * v, k) for k, v in features.items()), key=lambda p: -abs(p[0]))
        return ", ".join(f"{k} {c:+.2f}" for c, k in parts[:top] if c)

    def choose(self, doc: Doc, groups: list[list[TitleMention]], heading: Optional[str]) -> Optional[int]:
        """The index of the film's group, or None where no group beats "no film named"."""
        if not groups:
            return None
        features = [group_features(doc, g, groups, heading) for g in groups]
        scores = [self.score(f) for f in features]
        best = max(range(len(groups)), key=lambda i: (scores[i], -groups[i][0].start))
        none = self.score(none_features(groups)) - self.none_margin
        if scores[best] <= none:
            doc.note("works", f"film: none (best {scores[best]:.2f} ≤ no film {none:.2f})", groups[best][0].normal)
            return None
        doc.note("works", f"film: model {scores[best]:.2f} ({self.explain(features[best])})", groups[best][0].normal)
        return best


def write_film_model(model: FilmModel, meta: dict, out: Path) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    weights = {k: round(v, 5) for k, v in sorted(model.weights.items()) if abs(v) >= 1e-5}
    body = {"none_margin": model.none_margin, "weights": weights}
    (out / "model.json").write_text(json.dumps(body, ensure_ascii=False, indent=0), encoding="utf-8")
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def read_film_model(folder: Path = MODEL_DIR) -> FilmModel:
    """The shipped model (read once)."""
    path = Path(folder) / "model.json"
    if not path.exists():
        raise FileNotFoundError(f"no film model at {path}: run `kinolens train film`")
    body = json.loads(path.read_text(encoding="utf-8"))
    return FilmModel({k: float(v) for k, v in body["weights"].items()}, float(body["none_margin"]))
