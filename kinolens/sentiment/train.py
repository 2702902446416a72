"""Train the sentiment model from the labelled Kinopoisk files (`kinolens train sentiment`).

Deterministic: fixed folds (grouped by film, so no film is in two folds),
liblinear / lbfgs solvers with fixed seeds. Needs scikit-learn, which is a
core dependency; inference (`model.py`) runs in numpy alone.
"""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from .data import Labelled, read_labelled
from .features import features, write_lemma_table
from .model import MODEL_DIR, read_model, stage2_inputs, write_model

TRAIN_FILES = ("kinopoisk-binary-train", "kinopoisk-3class-train")
DEV_FILES = ("kinopoisk-binary-dev", "kinopoisk-3class-dev")
MODEL_VERSION = "1.0"


def default_params() -> dict:
    return {"max_features": 150_000, "min_df": 2, "c_positive": 16.0, "c_neutral": 4.0,
            "ordinal_alpha": 0.3, "binary_weight": 0.15, "folds": 5, "neutral_scores": [5, 7]}


def fit_base(X, rows: Sequence[Labelled], idx: np.ndarray, params: dict) -> tuple[np.ndarray, np.ndarray]:
    """Fit the three base scorers on rows `idx`; (coef (3, V), intercept (3,))."""
    from sklearn.linear_model import LogisticRegression

    from .ordinal import fit_ordinal

    label = np.array([r.label for r in rows])
    score = np.array([np.nan if r.score is None else r.score for r in rows])
    three = np.array([r.source.startswith("kinopoisk-3class") for r in rows])
    use = np.zeros(len(rows), bool)
    use[idx] = True
    polar = use & (label != "neutral")
    rated = use & ~np.isnan(score)
    lo, hi = params["neutral_scores"]
    neutral = (label == "neutral") | (~three & (score >= lo) & (score <= hi))
    judged = use & (three | ~np.isnan(score))

    pos = LogisticRegression(C=params["c_positive"], solver="liblinear", random_state=0)
    pos.fit(X[polar], label[polar] == "positive")
    rating, _ = fit_ordinal(X[rated], score[rated], alpha=params["ordinal_alpha"])
    neu = LogisticRegression(C=params["c_neutral"], solver="liblinear", class_weight="balanced", random_state=0)
    neu.fit(X[judged], neutral[judged])
    coef = np.vstack([pos.coef_[0], rating, neu.coef_[0]]).astype(np.float32)
    intercept = np.array([pos.intercept_[0], 0.0, neu.intercept_[0]], np.float32)
    return coef, intercept


def out_of_fold(X, rows: Sequence[Labelled], params: dict, log: Callable[[str], None]) -> np.ndarray:
    """Base scores of each row from scorers that never saw its film."""
    from sklearn.model_selection import GroupKFold

    films = np.array([r.film for r in rows])
    oof = np.zeros((len(rows), 3), np.float32)
    splits = GroupKFold(n_splits=params["folds"]).split(np.zeros(len(rows)), groups=films)
    for k, (train_idx, test_idx) in enumerate(splits, 1):
        coef, intercept = fit_base(X, rows, train_idx, params)
        oof[test_idx] = X[test_idx] @ coef.T + intercept
        log(f"fold {k}/{params['folds']} done")
    return oof


def fit_second_level(oof: np.ndarray, rows: Sequence[Labelled], params: dict) -> dict:
    """Class probabilities, decision weights and rating from the base scores."""
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.model_selection import GroupKFold

    from .metrics import macro_f1

    label = np.array([r.label for r in rows])
    three = np.array([r.source.startswith("kinopoisk-3class") for r in rows])
    films = np.array([r.film for r in rows])
    weight = np.where(three, 1.0, params["binary_weight"])
    x = stage2_inputs(oof)

    def fit(idx):
        return LogisticRegression(C=1.0, max_iter=2000).fit(x[idx], label[idx], sample_weight=weight[idx])

    probs = np.zeros((len(rows), 3))
    for train_idx, test_idx in GroupKFold(n_splits=params["folds"]).split(x, groups=films):
        probs[test_idx] = fit(train_idx).predict_proba(x[test_idx])
    model = fit(np.arange(len(rows)))
    classes = [str(c) for c in model.classes_]
    best, weights = -1.0, np.ones(3)
    grid = [0.5, 1, 1.5, 2, 2.5, 3, 4, 6]
    for w_neutral, w_negative in itertools.product(grid, grid):
        w = np.array([{"negative": w_negative, "neutral": w_neutral}.get(c, 1.0) for c in classes])
        pred = np.array(classes)[(probs[three] * w).argmax(1)]
        f1 = macro_f1(list(label[three]), list(pred), classes)
        if f1 > best + 1e-9:
            best, weights = f1, w
    score = np.array([np.nan if r.score is None else r.score for r in rows])
    rated = ~np.isnan(score)
    ridge = Ridge(alpha=1.0).fit(x[rated], score[rated])
    polar, polar_accuracy = fit_liked(x, label, three, films, params)
    head = {} if polar is None else {"liked_coef": polar.coef_[0], "liked_intercept": np.array(polar.intercept_[0])}
    return {"classes": np.array(classes), "class_coef": model.coef_, "class_intercept": model.intercept_,
            "decision_weights": weights, "rating_coef": ridge.coef_, "rating_intercept": np.array(ridge.intercept_),
            **head, "oof_macro_f1": best, "oof_liked_accuracy": polar_accuracy}


def fit_liked(x: np.ndarray, label: np.ndarray, three: np.ndarray, films: np.ndarray, params: dict):
    """P(liked | positive or negative): logistic over the same base scores, fit on the good/bad
    files alone, whose reviews split about evenly (the class model leans on the 3-class files,
    four in five of them positive). Its out-of-fold accuracy on those files comes with it."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    idx = np.where(~three & (label != "neutral"))[0]
    liked = label == "positive"
    if len(set(liked[idx])) < 2:
        return None, float("nan")  # a sample with one verdict only (small test runs): no head
    right = 0
    for train_idx, test_idx in GroupKFold(n_splits=params["folds"]).split(idx, groups=films[idx]):
        seen = liked[idx[train_idx]]
        guess = (LogisticRegression(C=1.0, max_iter=2000).fit(x[idx[train_idx]], seen).predict(x[idx[test_idx]])
                 if len(set(seen)) == 2 else seen[0])
        right += int((guess == liked[idx[test_idx]]).sum())
    return LogisticRegression(C=1.0, max_iter=2000).fit(x[idx], liked[idx]), right / len(idx)


def fit_clauses(vectorizer, rows: Sequence[Labelled]) -> tuple[dict, int]:
    """Clause polarity from weak labels: every sentence of a positive or negative review that holds
    an evaluative word, labelled with its review's verdict; logistic regression over the same n-grams."""
    from razdel import sentenize
    from sklearn.linear_model import LogisticRegression

    from ..opinions.lexicon import polarity_of
    from .features import sentence_features

    X, y = [], []
    for r in rows:
        if r.label == "neutral":
            continue
        for sent in sentenize(r.text):
            grams = sentence_features(sent.text)
            if any(" " not in g and polarity_of(g) for g in grams):
                X.append(grams)
                y.append(r.label == "positive")
    model = LogisticRegression(C=1.0, solver="liblinear", random_state=0).fit(vectorizer.transform(X), y)
    return {"clause_coef": model.coef_[0].astype(np.float32), "clause_intercept": np.array(model.intercept_[0])}, len(X)


def train(data_dir: Path, out_dir: Path = MODEL_DIR, params: Optional[dict] = None,
          limit: Optional[int] = None, log: Callable[[str], None] = lambda s: None) -> dict:
    """Fit on the train files of `data_dir`, measure on its dev files, write the model; its meta."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .evaluate import evaluate_rows

    params = {**default_params(), **(params or {})}
    data_dir = Path(data_dir)
    rows = [r for name in TRAIN_FILES for r in read_labelled(data_dir / f"{name}.jsonl", limit)]
    log(f"{len(rows)} training reviews; counting n-grams")
    vectorizer = TfidfVectorizer(analyzer=_identity, min_df=params["min_df"], max_features=params["max_features"],
                                 sublinear_tf=True, dtype=np.float32)
    X = vectorizer.fit_transform([features(r.text) for r in rows]).tocsr()
    oof = out_of_fold(X, rows, params, log)
    coef, intercept = fit_base(X, rows, np.arange(len(rows)), params)
    second = fit_second_level(oof, rows, params)
    clauses, n_clauses = fit_clauses(vectorizer, rows)
    log(f"clause model: {n_clauses} sentences")
    vocab = [t for t, _ in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])]
    arrays = {"idf": vectorizer.idf_.astype(np.float32), "coef": coef, "intercept": intercept,
              **{k: v for k, v in second.items() if not k.startswith("oof_")}, **clauses}
    meta = {"name": "kinolens-sentiment", "version": MODEL_VERSION,
            "created": dt.date.today().isoformat(),
            "method": "TF-IDF lemma uni+bigrams (+ review tail) → logistic positive, ordinal (cumulative logit) rating, "
                      "logistic neutral → multinomial logistic + ridge over the three scores; "
                      "a logistic good/bad head (liked) fit on the good/bad files",
            "train": {name: sum(r.source == name for r in rows) for name in TRAIN_FILES},
            "params": params, "vocabulary": len(vocab), "clause_sentences": n_clauses,
            "train_oof_macro_f1": round(second["oof_macro_f1"], 4),
            "train_oof_liked_accuracy": None if np.isnan(second["oof_liked_accuracy"])
            else round(second["oof_liked_accuracy"], 4), "dev": {}}
    write_model(Path(out_dir), vocab, arrays, meta)
    meta["lemma_table"] = write_lemma_table([r.text for r in rows], Path(out_dir) / "lemmas.tsv.gz")
    model = read_model(Path(out_dir))
    for name in DEV_FILES:
        path = data_dir / f"{name}.jsonl"
        if path.exists():
            meta["dev"][name] = _rounded(evaluate_rows(model, read_labelled(path, limit)))
            log(f"{name}: measured")
    write_model(Path(out_dir), vocab, arrays, meta)
    return meta


def _identity(tokens):
    return tokens


def _rounded(value):
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value
