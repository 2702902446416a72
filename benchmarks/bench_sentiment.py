"""Sentiment approaches side by side on the dev files, and the stage's share of a card's CPU time.

    .venv/bin/python benchmarks/bench_sentiment.py [--shared ../shared] [--nn]

Approaches (all trained on the two train files, measured on the two dev files):
  tfidf-lr   TF-IDF word 1–2 + char 2–5 grams, logistic regression (the issue's baseline)
  nbsvm      naive-Bayes-weighted lemma n-grams (features.py), logistic regression
  navec-lr   mean+max of navec news embeddings (shipped inside natasha), logistic regression
  navec-cnn  (--nn, needs torch) navec → conv → attention + max pooling, trained in torch
  kinolens   the shipped stacked model (kinolens/models/sentiment)
Binary accuracy is on the binary dev file (positive vs negative); macro-F1 on the 3-class
dev file. For the two-class approaches the 3-class F1 is from a 3-class logistic model on
the same features. Speed is texts per CPU second at inference, features included.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kinolens.sentiment.data import read_labelled  # noqa: E402
from kinolens.sentiment.features import features  # noqa: E402
from kinolens.sentiment.metrics import macro_f1  # noqa: E402

FILES = ("kinopoisk-binary-train", "kinopoisk-3class-train", "kinopoisk-binary-dev", "kinopoisk-3class-dev")


def cpu() -> float:
    return time.process_time()


def report(name, binary_acc, f1, size_mb, rate, note=""):
    print(f"| {name} | {binary_acc:.3f} | {f1:.3f} | {size_mb:.1f} | {rate:.0f} | {note} |", flush=True)


def fit_linear(Xtr, ytr, Xbd, ybd, Xtd, ytd, C=16.0):
    from sklearn.linear_model import LogisticRegression

    polar = ytr != "neutral"
    two = LogisticRegression(C=C, solver="liblinear").fit(Xtr[polar], ytr[polar])
    three = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(Xtr, ytr)
    acc = float(np.mean(two.predict(Xbd) == ybd))
    f1 = macro_f1(list(ytd), list(three.predict(Xtd)), ["positive", "neutral", "negative"])
    return acc, f1, two


def tfidf_lr(rows):
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    tr, bd, td = rows
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200_000, sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=300_000, sublinear_tf=True)
    texts = [r.text for r in tr]
    Xtr = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
    vec = lambda rs: hstack([word.transform([r.text for r in rs]), char.transform([r.text for r in rs])]).tocsr()
    Xbd, Xtd = vec(bd), vec(td)
    acc, f1, model = fit_linear(Xtr, labels(tr), Xbd, labels(bd), Xtd, labels(td))
    t = cpu()
    model.predict(vec(td))
    return acc, f1, model.coef_.size * 4 / 1e6, len(td) / (cpu() - t)


def nbsvm(rows):
    from scipy.sparse import diags
    from sklearn.feature_extraction.text import TfidfVectorizer

    tr, bd, td = rows
    vec = TfidfVectorizer(analyzer=lambda x: x, min_df=2, max_features=150_000, sublinear_tf=True)
    Xtr = vec.fit_transform([features(r.text) for r in tr])
    y = labels(tr)
    polar = y != "neutral"
    B = (Xtr[polar] > 0).astype(np.float32)
    pos = y[polar] == "positive"
    p = np.asarray(B[pos].sum(0)).ravel() + 1
    q = np.asarray(B[~pos].sum(0)).ravel() + 1
    R = diags(np.log((p / p.sum()) / (q / q.sum())))
    Xbd, Xtd = vec.transform([features(r.text) for r in bd]), vec.transform([features(r.text) for r in td])
    acc, f1, model = fit_linear(Xtr @ R, y, Xbd @ R, labels(bd), Xtd @ R, labels(td))
    t = cpu()
    model.predict(vec.transform([features(r.text) for r in td]) @ R)
    return acc, f1, model.coef_.size * 8 / 1e6, len(td) / (cpu() - t)


def navec_matrix():
    import natasha
    from navec import Navec

    path = Path(natasha.__file__).parent / "data" / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"
    navec = Navec.load(str(path))
    index = {w: i for i, w in enumerate(navec.vocab.words)}
    W = np.stack([navec[w] for w in navec.vocab.words]).astype(np.float32)
    return index, W


WORD = re.compile(r"[а-яёa-z]+")


def navec_ids(index, text):
    return [index[w] for w in WORD.findall(text.lower()) if w in index]


def navec_lr(rows, index, W):
    from sklearn.preprocessing import StandardScaler

    def embed(rs):
        out = np.zeros((len(rs), 600), np.float32)
        for i, r in enumerate(rs):
            ids = navec_ids(index, r.text)
            if ids:
                out[i, :300], out[i, 300:] = W[ids].mean(0), W[ids].max(0)
        return out

    tr, bd, td = rows
    scaler = StandardScaler().fit(embed(tr))
    acc, f1, model = fit_linear(scaler.transform(embed(tr)), labels(tr), scaler.transform(embed(bd)), labels(bd),
                                scaler.transform(embed(td)), labels(td), C=0.1)
    t = cpu()
    model.predict(scaler.transform(embed(td)))
    return acc, f1, model.coef_.size * 4 / 1e6, len(td) / (cpu() - t)


def navec_cnn(rows, index, W, epochs=6, hidden=128, max_len=800):
    import torch
    from torch import nn

    torch.manual_seed(0)
    np.random.seed(0)
    tr, bd, _ = rows
    cut = lambda ids: (ids[: max_len // 4] + ids[-(max_len - max_len // 4):] if len(ids) > max_len else ids) or [0]
    polar = [r for r in tr if r.label != "neutral"]
    X = [cut(navec_ids(index, r.text)) for r in polar]
    y = torch.tensor([r.label == "positive" for r in polar], dtype=torch.float32)
    Xd = [cut(navec_ids(index, r.text)) for r in bd]
    yd = np.array([r.label == "positive" for r in bd])

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(torch.tensor(W), freeze=True)
            self.conv = nn.Conv1d(300, hidden, 3, padding=1)
            self.att = nn.Linear(hidden, 1)
            self.out = nn.Linear(2 * hidden, 1)
            self.drop = nn.Dropout(0.3)

        def forward(self, x, mask):
            h = torch.relu(self.conv(self.drop(self.emb(x)).transpose(1, 2))).transpose(1, 2)
            a = self.att(h).squeeze(-1).masked_fill(~mask, -1e9).softmax(-1)
            pooled = torch.cat([(a.unsqueeze(-1) * h).sum(1), h.masked_fill(~mask.unsqueeze(-1), -1e9).max(1).values], -1)
            return self.out(self.drop(pooled)).squeeze(-1)

    def batch(seqs):
        T = max(map(len, seqs))
        x = torch.zeros(len(seqs), T, dtype=torch.long)
        m = torch.zeros(len(seqs), T, dtype=torch.bool)
        for i, s in enumerate(seqs):
            x[i, :len(s)] = torch.tensor(s)
            m[i, :len(s)] = True
        return x, m

    net = Net()
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=2e-3)
    order = np.argsort([len(s) for s in X])
    best = 0.0
    for _ in range(epochs):
        net.train()
        chunks = [order[i:i + 32] for i in range(0, len(order), 32)]
        np.random.shuffle(chunks)
        for c in chunks:
            loss = nn.functional.binary_cross_entropy_with_logits(net(*batch([X[i] for i in c])), y[c])
            opt.zero_grad()
            loss.backward()
            opt.step()
        net.eval()
        t = cpu()
        with torch.no_grad():
            p = np.concatenate([torch.sigmoid(net(*batch(Xd[i:i + 64]))).numpy() for i in range(0, len(Xd), 64)])
        rate = len(Xd) / (cpu() - t)
        best = max(best, float(np.mean((p > 0.5) == yd)))
    size = sum(p.numel() for p in net.parameters() if p.requires_grad) * 4 / 1e6
    return best, float("nan"), size, rate


def shipped(rows):
    from kinolens.sentiment.model import MODEL_DIR, load_model

    _, bd, td = rows
    model = load_model()
    pb = model.predict([r.text for r in bd])
    acc = float(np.mean([(p.probabilities["positive"] > p.probabilities["negative"]) == (r.label == "positive")
                         for p, r in zip(pb, bd)]))
    t = cpu()
    pt = model.predict([r.text for r in td])
    rate = len(td) / (cpu() - t)
    f1 = macro_f1([r.label for r in td], [p.label for p in pt], ["positive", "neutral", "negative"])
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir()) / 1e6
    return acc, f1, size, rate


def stage_share(shared: Path):
    """CPU seconds each stage spends on the 40 dev reviews, run stage by stage over the same
    docs (best of five rounds per stage, models loaded beforehand, word caches emptied before
    each round): `base` sums every stage
    before sentiment, then `sentiment` and `opinions` on their own. Timing the stages inside one
    run keeps the shared machine's drift out of the ratios."""
    import json

    from kinolens.analyzer import build_pipeline, make_doc
    from kinolens.people import names
    from kinolens.sentiment import features

    with open(shared / "gold" / "dev-reviews.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    pipe = build_pipeline()
    list(pipe.map([make_doc(t) for t in texts[:2]]))  # load models
    best: dict[str, float] = {}
    for _ in range(5):
        for cache in (features.lemma, names.parse, names.readings):  # every round starts cold
            cache.cache_clear()
        docs = [make_doc(t) for t in texts]
        for stage in pipe.stages:
            t = cpu()
            docs = stage.map(docs)
            best[stage.name] = min(best.get(stage.name, float("inf")), cpu() - t)
    base = sum(v for k, v in best.items() if k not in ("sentiment", "opinions"))
    return {"base": base, "sentiment": base + best["sentiment"],
            "opinions": base + best["sentiment"] + best["opinions"]}


def labels(rows):
    return np.array([r.label for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--nn", action="store_true", help="also train the navec CNN (needs torch)")
    ap.add_argument("--only", default="", help="comma-separated approaches to run")
    args = ap.parse_args()
    data = args.shared / "data" / "sentiment"
    loaded = {name: read_labelled(data / f"{name}.jsonl") for name in FILES}
    rows = (loaded[FILES[0]] + loaded[FILES[1]], loaded[FILES[2]], loaded[FILES[3]])
    only = set(filter(None, args.only.split(",")))
    print(f"machine: {os.cpu_count()} cores; train {len(rows[0])}, binary dev {len(rows[1])}, 3-class dev {len(rows[2])}")
    print("| approach | binary acc | 3-class macro-F1 | size MB | texts / CPU s | note |")
    print("|---|---|---|---|---|---|")
    runs = [("kinolens", shipped), ("tfidf-lr", tfidf_lr), ("nbsvm", nbsvm)]
    for name, fn in runs:
        if not only or name in only:
            report(name, *fn(rows))
    if not only or "navec-lr" in only or (args.nn and "navec-cnn" in only):
        index, W = navec_matrix()
        if not only or "navec-lr" in only:
            report("navec-lr", *navec_lr(rows, index, W))
        if args.nn:
            report("navec-cnn", *navec_cnn(rows, index, W), note="best dev epoch of 6; binary only")
    if not only or "share" in only:
        t = stage_share(args.shared)
        print(f"\ncards for the 40 dev reviews, CPU s: {t['base']:.2f} without sentiment and opinions, "
              f"{t['sentiment']:.2f} with sentiment (+{t['sentiment'] / t['base'] - 1:.0%}), "
              f"{t['opinions']:.2f} with opinions too (+{t['opinions'] / t['sentiment'] - 1:.0%} over sentiment)")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
