"""Sentiment: stated ratings, measures, the shipped model, the card's `sentiment`, training."""
from __future__ import annotations

import json

import numpy as np
import pytest

from kinolens.sentiment.metrics import expected_calibration_error, macro_f1, sentiment_metrics
from kinolens.sentiment.model import MODEL_DIR, load_model
from kinolens.sentiment.stated import find_stated_rating

POSITIVE = ("Потрясающий фильм! Актёры сыграли великолепно, сюжет держит в напряжении до последней минуты, "
            "музыка прекрасна. Обязательно пересмотрю и всем советую.")
NEGATIVE = ("Скучный и бессмысленный фильм. Актёры играют ужасно, сюжет глупый и предсказуемый, "
            "зря потраченное время. Не советую никому, полное разочарование.")


# -- stated ratings: text → value on 1–10 (None: no rating stated) ---------------
@pytest.mark.parametrize("text, value", [
    ("Хороший фильм.\n\n8 из 10", 8.0),
    ("Хороший фильм.\nОценка: 7/10", 7.0),
    ("Шедевр.\n10/10", 10.0),
    ("Неплохо.\n9,5 из 10", 9.5),
    ("Неплохо.\n4 из 5", 8.0),
    ("Так себе.\n6 из 10 баллов.", 6.0),
    ("Итог: 3 из 10. Не смотрите.", 3.0),
    ("Смотрели в 1/2 финала, и это было долго.\nФильм хороший, но длинный.\nКонец.\nВсё.", None),
    ("Он получил 12 из 10 возможных?\nНет.", None),
    ("Без оценки.", None),
])
def test_stated_rating(text, value):
    found = find_stated_rating(text)
    assert (found.value if found else None) == value
    if found:
        assert text[found.start:found.stop][0].isdigit()


def test_stated_rating_mid_text_needs_a_cue():
    body = "Первая строка.\n" + "Середина текста, где 5 из 10 сцен скучны.\n" + "a\nb\nc\n"
    assert find_stated_rating(body) is None
    assert find_stated_rating(body.replace("где 5", "ставлю 5")).value == 5.0


# -- measures ---------------------------------------------------------------------
@pytest.mark.parametrize("conf, correct, ece", [
    ([1.0, 1.0], [1, 1], 0.0),
    ([0.9, 0.9], [0, 0], 0.9),
    ([0.75, 0.75, 0.75, 0.75], [1, 1, 1, 0], 0.0),
])
def test_expected_calibration_error(conf, correct, ece):
    assert expected_calibration_error(np.array(conf), np.array(correct)) == pytest.approx(ece)


def test_macro_f1_and_metrics():
    gold = ["positive", "positive", "negative", "neutral"]
    pred = ["positive", "negative", "negative", "neutral"]
    assert macro_f1(gold, pred, ["positive", "neutral", "negative"]) == pytest.approx((2 / 3 + 1 + 2 / 3) / 3)
    probs = [{"positive": .8, "neutral": .1, "negative": .1}, {"positive": .3, "neutral": .1, "negative": .6},
             {"positive": .1, "neutral": .1, "negative": .8}, {"positive": .2, "neutral": .6, "negative": .2}]
    m = sentiment_metrics(gold, pred, probs, ratings=[9, 4, 2, 6], scores=[10, None, 1, 5], stated=[10, None, None, 5],
                          liked=[0.9, 0.6, 0.2, 0.5])
    assert m["accuracy"] == 0.75 and m["binary_accuracy"] == pytest.approx(2 / 3)
    assert m["liked_accuracy"] == pytest.approx(1.0)  # 0.6 > 0.5: the good/bad head reads the second right
    assert m["confusion"]["positive"]["negative"] == 1
    assert m["rating_mae"] == pytest.approx(1.0) and m["rating_mae_with_stated"] == pytest.approx(1 / 3)


# -- ordinal regression on ratings: the latent score orders the ratings ---------------
@pytest.mark.parametrize("alpha", [0.1, 1.0])
def test_ordinal_fit_orders_ratings(alpha):
    from scipy.sparse import csr_matrix

    from kinolens.sentiment.ordinal import fit_ordinal

    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 5))
    truth = np.array([2.0, -1.0, 0.0, 0.0, 0.5])
    ratings = np.clip(np.round(5.5 + 1.5 * (X @ truth) + rng.normal(scale=0.5, size=400)), 1, 10)
    w, thresholds = fit_ordinal(csr_matrix(X), ratings, alpha=alpha)
    assert np.all(np.diff(thresholds) > 0)
    assert np.corrcoef(X @ w, ratings)[0, 1] > 0.9
    assert np.sign(w[:2]).tolist() == [1.0, -1.0]


# -- the shipped lemma table: pymorphy3's lemmas, looked up ---------------------------
def test_lemma_table_agrees_with_pymorphy():
    import random

    from kinolens.sentiment.features import lemma_table, parsed_lemma

    table = lemma_table()
    assert len(table) > 50_000
    for form in random.Random(0).sample(sorted(table), 300):
        assert (table[form] or form) == parsed_lemma(form)


def test_write_lemma_table(tmp_path):
    import gzip

    from kinolens.sentiment.features import write_lemma_table

    path = tmp_path / "lemmas.tsv.gz"
    assert write_lemma_table(["Актёры сыграли, актёры сыграли!", "Фильм один раз"], path) == 2
    with gzip.open(path, "rt", encoding="utf-8") as f:
        assert f.read().splitlines() == ["актеры\tактёр", "сыграли\tсыграть"]


# -- the shipped model --------------------------------------------------------------
def test_shipped_model_is_small_and_described():
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    assert size < 5_000_000
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert {"name", "version", "created", "train", "params", "dev"} <= set(meta)
    assert meta["dev"]["kinopoisk-binary-dev"]["binary_accuracy"] > 0.8


@pytest.mark.parametrize("text, label", [(POSITIVE, "positive"), (NEGATIVE, "negative")])
def test_model_reads_clear_verdicts(text, label):
    (pred,) = load_model().predict([text])
    assert pred.label == label
    assert sum(pred.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert (pred.rating > 6) == (label == "positive") and 1 <= pred.rating <= 10
    assert (pred.liked > 0.5) == (label == "positive") and 0 <= pred.liked <= 1


def test_model_is_deterministic_and_batch_equals_single():
    model = load_model()
    assert model.predict([POSITIVE, NEGATIVE]) == model.predict([POSITIVE]) + model.predict([NEGATIVE])


# -- the card's sentiment -------------------------------------------------------------
def test_card_sentiment_with_evidence_and_stated_rating():
    from kinolens import analyze

    text = POSITIVE + " Только финал слабый и скучный.\n\nОценка: 9 из 10"
    s = analyze(text).sentiment
    assert s.label == "positive" and s.stated_rating == 9.0
    assert text[s.stated.start:s.stated.stop] == s.stated.text == "9 из 10"
    assert {e.polarity for e in s.evidence} == {"positive", "negative"}
    for e in s.evidence:
        assert text[e.start:e.stop] == e.text


def test_html_review_evidence_points_into_the_source():
    from kinolens import analyze

    html = "<p>" + POSITIVE.replace("великолепно", "<b>великолепно</b>") + "</p>"
    for e in analyze(html).sentiment.evidence:
        assert html[e.start:e.stop] == e.text


@pytest.mark.parametrize("text", ["Отличный фильм!", "A great film, I loved every minute and the cast was superb."])
def test_unjudgeable_text_gets_low_confidence(text):
    from kinolens import analyze

    card = analyze(text)
    assert card.sentiment.confidence == "low"
    assert max(card.sentiment.probabilities.values()) < 0.6
    assert card.warnings


def test_empty_text_has_no_sentiment():
    from kinolens import analyze

    assert analyze("  ").sentiment is None


# -- on the shared data ------------------------------------------------------------------
@pytest.fixture(scope="module")
def sentiment_dir(shared):
    return shared / "data" / "sentiment"


def test_shipped_model_on_dev_files(sentiment_dir):
    """Guards the shipped model's dev figures (docs/benchmarks.md) against regressions."""
    from kinolens.sentiment.evaluate import evaluate_file

    binary = evaluate_file(sentiment_dir / "kinopoisk-binary-dev.jsonl")
    three = evaluate_file(sentiment_dir / "kinopoisk-3class-dev.jsonl")
    assert binary["binary_accuracy"] >= 0.84 and binary["liked_accuracy"] >= 0.85 and binary["liked_ece"] <= 0.05
    assert three["macro_f1"] >= 0.58
    assert three["ece"] <= 0.05
    assert three["rating_mae"] <= 1.2 and binary["rating_mae"] <= 1.6


def test_train_small_model(sentiment_dir, tmp_path):
    from kinolens.sentiment.model import read_model
    from kinolens.sentiment.train import train

    meta = train(sentiment_dir, tmp_path, params={"max_features": 5000, "folds": 3}, limit=150)
    assert meta["train"] == {"kinopoisk-binary-train": 150, "kinopoisk-3class-train": 150}
    assert set(meta["dev"]) == {"kinopoisk-binary-dev", "kinopoisk-3class-dev"}
    model = read_model(tmp_path)
    assert len(model.index) <= 5000
    (pred,) = model.predict([POSITIVE])
    assert sum(pred.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    again = train(sentiment_dir, tmp_path / "again", params={"max_features": 5000, "folds": 3}, limit=150)
    assert again["dev"] == meta["dev"]


def test_cli_eval_and_train(sentiment_dir, tmp_path):
    from typer.testing import CliRunner

    from kinolens.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["eval", "sentiment", str(sentiment_dir / "kinopoisk-3class-dev.jsonl"),
                              "--limit", "40", "--json"])
    assert res.exit_code == 0, res.output
    m = json.loads(res.stdout)[str(sentiment_dir / "kinopoisk-3class-dev.jsonl")]
    assert m["n"] == 40 and 0 <= m["macro_f1"] <= 1
    res = runner.invoke(app, ["train", "sentiment", "--data", str(tmp_path), "-o", str(tmp_path / "m")])
    assert res.exit_code == 2 and "no training files" in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "label": "great"}\n', encoding="utf-8")
    res = runner.invoke(app, ["eval", "sentiment", str(bad)])
    assert res.exit_code == 2 and "bad.jsonl:1" in res.output


@pytest.mark.parametrize("clause, sign", [
    ("Актёр сыграл блестяще и убедительно", 1),
    ("Актриса играет ужасно, фальшиво и скучно", -1),
])
def test_clause_model_reads_praise_and_fault(clause, sign):
    model = load_model()
    assert model.clause_coef is not None and model.meta["clause_sentences"] > 1000
    assert np.sign(model.score_clauses([clause])[0]) == sign
