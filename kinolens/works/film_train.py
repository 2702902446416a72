"""Train the film chooser (`kinolens train film`) on the train reviews, whose records name their film.

Each review with a candidate is one choice among its title groups, the titles it writes
without quotes (`unquoted.py`) and "no film named"; the group whose title is the record's
`film_title` is the right one (where none is, "no film named" is). A conditional logit (one softmax a review) is fit with L-BFGS from zeros:
deterministic. Folds are grouped by film for the out-of-fold figures; the dev files of
other films are measured, not used.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from ..doc import TitleMention
from ..sentiment.data import read_labelled
from .film_model import FilmModel, group_features, none_features, write_film_model
from .keys import title_match_key

TRAIN_FILES = ("kinopoisk-binary-train", "kinopoisk-3class-train")
DEV_FILES = ("kinopoisk-binary-dev", "kinopoisk-3class-dev")
MODEL_VERSION = "1.0"


def default_params() -> dict:
    return {"min_count": 10, "min_films": 5, "l2": 3.0, "none_margin": 2.0, "folds": 5}


def same_title(a: str, b: str) -> bool:
    """Equal after case endings are folded, or one holds the other («Гарри Поттер», Гарри
    Поттер и узник Азкабана)."""
    a, b = title_match_key(a), title_match_key(b)
    return bool(a and b) and (a == b or a in b or b in a)


def names_film(mention: TitleMention, film: str) -> bool:
    """A mention names the record's film: a quoted title by `same_title` (the review may
    shorten it); a title written without quotes only when equal to it (a part of it, Зеленая
    or Уолл-стрит, is the candidate finder's cut, not the review's)."""
    if mention.rule == "unquoted":
        return title_match_key(mention.normal) == title_match_key(film)
    return same_title(mention.normal, film)


Choice = tuple[list[dict], list[int], str]  # features of each alternative (groups, then none), labels, film


def read_choices(data: Path, files: Sequence[str], limit: Optional[int], log: Callable[[str], None],
                 counts: Optional[dict] = None, workers: int = 0) -> list[Choice]:
    """One choice per review whose record names a film in Cyrillic and that has a candidate
    (`counts`, if given, gets the reviews read from each file); `workers` processes (0: all cores)."""
    from concurrent.futures import ProcessPoolExecutor

    rows = [r for name in files for r in read_labelled(Path(data) / f"{name}.jsonl", limit)
            if re.search("[а-яА-Я]", r.film)]
    log(f"{len(rows)} reviews of {len({r.film for r in rows})} films from {', '.join(files)}")
    if counts is not None:
        counts.update(Counter(r.source for r in rows))
    pairs = [(r.text, r.film) for r in rows]
    chunks = [pairs[i:i + CHUNK] for i in range(0, len(pairs), CHUNK)]
    workers = min(workers or os.cpu_count() or 1, len(chunks) or 1)
    if workers == 1:
        found = [choices_of(chunk) for chunk in chunks]
    else:
        with ProcessPoolExecutor(workers) as pool:
            found = list(pool.map(choices_of, chunks))
    return [c for part in found for c in part if c is not None]


CHUNK = 100


@lru_cache(maxsize=1)
def stages_before_works():
    """The stages whose fields the film choice reads (titles, NER spans, name mentions, the
    people its known casts are matched with), once."""
    from ..people.mentions import Names
    from ..people.merge import People
    from ..people.ner import Ner
    from ..pipeline import Pipeline
    from ..text.clean import Clean
    from ..text.segment import Segment
    from .titles import Titles

    return Pipeline([Clean(), Segment(), Titles(), Ner(), Names(), People()])


def choices_of(pairs: list[tuple[str, str]]) -> list[Optional[Choice]]:
    """The choices of some (text, film) pairs, through the stages the works stage needs."""
    from ..analyzer import make_doc

    docs = stages_before_works().map(make_doc(text) for text, _ in pairs)
    return [choice_of(doc, film) for doc, (_, film) in zip(docs, pairs)]


def choice_of(doc, film: str) -> Optional[Choice]:
    from .relate import film_candidates, heading_key

    groups = film_candidates(doc)
    if not groups:
        return None
    heading = heading_key(doc)
    feats = [group_features(doc, g, groups, heading) for g in groups] + [none_features(groups)]
    labels = [int(any(names_film(m, film) for m in g)) for g in groups]
    return feats, labels + [int(not any(labels))], film


def vocabulary(choices: Sequence[Choice], min_count: int, min_films: int) -> list[str]:
    """Every numeric feature; a context lemma or a candidate's head word (l=, h=) only where
    seen at least `min_count` times in reviews of at least `min_films` films (a word of one
    film's story says nothing of another's), and no head word of a training film's own title."""
    seen: Counter = Counter()
    films: dict[str, set] = {}
    for feats, _, film in choices:
        for f in feats:
            for k in f:
                seen[k] += 1
                if k.startswith(("l=", "h=")):
                    films.setdefault(k, set()).add(film)
    own = own_title_heads({film for _, _, film in choices})
    return sorted(k for k, c in seen.items()
                  if not k.startswith(("l=", "h=")) or c >= min_count and len(films[k]) >= min_films and k not in own)


def own_title_heads(films: set[str]) -> frozenset:
    """The head-word features (h=) of the training films' own title words: such a weight learns
    which films the training reviews are of («Зелёная миля» unquoted is the film), and the films a
    model meets later are others, where that title is only compared with."""
    from ..people.names import parse

    words = {w.lower() for film in films for w in re.findall(r"[^\W\d_]+", film)}
    lemmas = {p[0].normal_form for w in words if (p := parse(w))}
    return frozenset("h=" + w for w in words | lemmas)


def as_matrix(choices: Sequence[Choice], columns: list[str]):
    from scipy import sparse

    index = {k: i for i, k in enumerate(columns)}
    rows, cols, vals, y, owner = [], [], [], [], []
    for c, (feats, labels, _) in enumerate(choices):
        for f, label in zip(feats, labels):
            for k, v in f.items():
                if k in index:
                    rows.append(len(y)), cols.append(index[k]), vals.append(v)
            y.append(label)
            owner.append(c)
    X = sparse.csr_matrix((vals, (rows, cols)), shape=(len(y), len(columns)))
    return X, np.array(y, float), np.array(owner)


def fit_logit(X, y: np.ndarray, owner: np.ndarray, l2: float) -> np.ndarray:
    """Weights of a conditional logit: a softmax over each choice's alternatives."""
    from scipy import sparse
    from scipy.optimize import minimize

    n = int(owner.max()) + 1
    S = sparse.csr_matrix((np.ones(len(owner)), (owner, np.arange(len(owner)))), shape=(n, len(owner)))
    target = y / np.maximum(S.T @ (S @ y), 1e-9)

    def loss(w):
        s = X @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, owner, s)
        e = np.exp(s - top[owner])
        p = e / (S @ e)[owner]
        return -(target * np.log(p + 1e-12)).sum() + 0.5 * l2 * w @ w, X.T @ (p - target) + l2 * w

    return minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def outcomes(choices: Sequence[Choice], scores: np.ndarray, owner: np.ndarray, margin: float) -> dict:
    """right / wrong / none, split by whether the review names its film; named accuracy."""
    tally: Counter = Counter()
    for c, (_, labels, _) in enumerate(choices):
        s = scores[owner == c].copy()
        s[-1] -= margin
        k = int(np.argmax(s[:-1]))
        pick = None if s[k] <= s[-1] else k
        named = not labels[-1]
        if pick is None:
            tally["none, named" if named else "none, not named"] += 1
        elif named:
            tally["right" if labels[pick] else "wrong, named"] += 1
        else:
            tally["wrong, not named"] += 1
    named = tally["right"] + tally["wrong, named"] + tally["none, named"]
    return {"named_accuracy": round(tally["right"] / max(named, 1), 4), "reviews": len(choices), **tally}


def out_of_fold(choices: Sequence[Choice], params: dict) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.model_selection import GroupKFold

    films = [film for _, _, film in choices]
    scores_parts, owners = {}, []
    folds = GroupKFold(min(params["folds"], len(set(films)))).split(np.zeros(len(choices)), groups=films)
    for train_idx, test_idx in folds:
        train = [choices[i] for i in train_idx]
        columns = vocabulary(train, params["min_count"], params["min_films"])
        X, y, owner = as_matrix(train, columns)
        w = fit_logit(X, y, owner, params["l2"])
        Xt, _, owner_t = as_matrix([choices[i] for i in test_idx], columns)
        st = Xt @ w
        for j, i in enumerate(test_idx):
            scores_parts[i] = st[owner_t == j]
    scores = np.concatenate([scores_parts[i] for i in range(len(choices))])
    owners = np.concatenate([np.full(len(scores_parts[i]), i) for i in range(len(choices))])
    return scores, owners


def train_film(data: Path, out: Path, params: Optional[dict] = None, limit: Optional[int] = None,
               log: Callable[[str], None] = lambda m: None) -> dict:
    """Fit on the train files, measure out of fold and on the dev files, write model.json and meta.json."""
    params = {**default_params(), **(params or {})}
    read: dict = {}
    train = read_choices(data, TRAIN_FILES, limit, log, read)
    log(f"{len(train)} reviews have a candidate title; {sum(not c[1][-1] for c in train)} of them name their film")
    oof_scores, oof_owner = out_of_fold(train, params)
    oof = outcomes(train, oof_scores, oof_owner, params["none_margin"])
    log(f"out of fold (grouped by film): {oof}")
    columns = vocabulary(train, params["min_count"], params["min_films"])
    X, y, owner = as_matrix(train, columns)
    w = fit_logit(X, y, owner, params["l2"])
    model = FilmModel(dict(zip(columns, map(float, w))), params["none_margin"])
    dev_files = [name for name in DEV_FILES if (Path(data) / f"{name}.jsonl").exists()]
    dev = {}
    if dev_files:
        choices = read_choices(data, dev_files, limit, log)
        Xd, _, owner_d = as_matrix(choices, columns)
        dev = outcomes(choices, Xd @ w, owner_d, params["none_margin"])
        log(f"dev: {dev}")
    meta = {"name": "kinolens-film", "version": MODEL_VERSION, "created": dt.date.today().isoformat(),
            "method": "conditional logit over a review's title groups, the candidates written without "
                      "quotes and 'no film named' (place, count, cues, context lemmas), L-BFGS",
            "train": {"reviews naming a film in Cyrillic": read},
            "train_choices": len(train), "features": len(columns), "params": params,
            "train_oof": oof, "dev": dev}
    write_film_model(model, meta, out)
    return meta
