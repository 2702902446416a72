"""navec → BiGRU (or conv) → attention + max pooling, as a fourth base scorer of the sentiment stack.

Three steps, so the training can run on a GPU machine that has torch but neither natasha nor `../shared`:

    .venv/bin/python benchmarks/sentiment_rnn.py prep DIR        # here: token ids, navec rows, folds → DIR/data.npz
    python3 benchmarks/sentiment_rnn.py train DIR gru 0,1,2      # torch: out-of-fold + dev scores → DIR/gru_S.npz
    .venv/bin/python benchmarks/sentiment_rnn.py stack DIR       # here: second level with and without them

The folds are the shipped model's (GroupKFold by film, 5), so the network's out-of-fold scores sit
beside the linear scorers' out-of-fold scores in the same second level (`kinolens.sentiment.train`).
Results: docs/benchmarks.md, "Sentiment", session 20.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "sentiment"
WORD = re.compile(r"[а-яёa-z]+|[!?]")
MAXLEN, HEAD = 1024, 256  # longer reviews keep their first 256 and last 768 words


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("ё", "е"))


def read_rows():
    sys.path.insert(0, str(ROOT))
    from kinolens.sentiment.data import read_labelled
    from kinolens.sentiment.train import DEV_FILES, TRAIN_FILES

    rows = [r for n in TRAIN_FILES for r in read_labelled(SHARED / f"{n}.jsonl")]
    dev = [r for n in DEV_FILES for r in read_labelled(SHARED / f"{n}.jsonl")]
    return rows, dev


def prep(out: Path, vocab_size: int = 60_000) -> None:
    """Token ids over the train reviews' commonest navec words, their navec rows, the folds."""
    import collections

    import natasha
    from navec import Navec
    from sklearn.model_selection import GroupKFold

    rows, dev = read_rows()
    navec = Navec.load(str(Path(natasha.__file__).parent / "data/emb/navec_news_v1_1B_250K_300d_100q.tar"))
    counts = collections.Counter(w for r in rows for w in tokens(r.text))
    vocab = ["<pad>", "<unk>"] + [w for w, c in counts.most_common() if c >= 2 and (w in navec or w in "!?")][:vocab_size]
    index = {w: i for i, w in enumerate(vocab)}
    emb = np.zeros((len(vocab), 300), np.float16)
    for w, i in index.items():
        if w in navec:
            emb[i] = navec[w]
    fold = np.zeros(len(rows), np.int8)
    films = np.array([r.film for r in rows])
    for k, (_, test) in enumerate(GroupKFold(n_splits=5).split(np.zeros(len(rows)), groups=films)):
        fold[test] = k
    arrays = {}
    for name, rs in (("tr", rows), ("dv", dev)):
        seqs = [[index.get(w, 1) for w in tokens(r.text)] or [1] for r in rs]
        arrays[f"{name}_flat"] = np.concatenate([np.array(s, np.uint16) for s in seqs])
        arrays[f"{name}_lens"] = np.array([len(s) for s in seqs])
        arrays[f"{name}_label"] = np.array([("positive", "neutral", "negative").index(r.label) for r in rs], np.int8)
        arrays[f"{name}_score"] = np.array([np.nan if r.score is None else r.score for r in rs], np.float32)
        arrays[f"{name}_three"] = np.array([r.source.startswith("kinopoisk-3class") for r in rs])
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "data.npz", E=emb, fold=fold, **arrays)
    print(f"{len(rows)} train, {len(dev)} dev reviews, {len(vocab)} words → {out / 'data.npz'}")


def clip(flat: np.ndarray, lens: np.ndarray) -> list[np.ndarray]:
    seqs = np.split(flat.astype(np.int64), np.cumsum(lens)[:-1])
    return [s if len(s) <= MAXLEN else np.concatenate([s[:HEAD], s[-(MAXLEN - HEAD):]]) for s in seqs]


def train(folder: Path, arch: str, seeds: list[int], epochs: int = 6, tune: bool = False) -> None:
    """Out-of-fold and dev scores (positive logit, rating, neutral logit) per seed → FOLDER/ARCH_SEED.npz
    (ARCHt_SEED.npz where the word vectors are tuned too)."""
    import torch
    from torch import nn

    F = nn.functional
    device = "cuda" if torch.cuda.is_available() else "cpu"
    d = np.load(folder / "data.npz")
    tr, dv = clip(d["tr_flat"], d["tr_lens"]), clip(d["dv_flat"], d["dv_lens"])
    lab, score, three, fold = d["tr_label"], d["tr_score"], d["tr_three"], d["fold"]
    rated = ~np.isnan(score)
    neutral = (lab == 1) | (~three & rated & (score >= 5) & (score <= 7))  # as the shipped neutral scorer
    judged = three | rated
    emb = torch.tensor(d["E"].astype(np.float32))

    class Net(nn.Module):
        def __init__(self, hidden: int = 128):
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(emb, freeze=not tune, padding_idx=0)
            self.drop = nn.Dropout(0.3)
            if arch == "gru":
                self.enc = nn.GRU(300, hidden, batch_first=True, bidirectional=True)
                width = 2 * hidden
            else:
                self.convs = nn.ModuleList([nn.Conv1d(300, hidden, k, padding=k // 2) for k in (1, 3, 5)])
                width = 3 * hidden
            self.att = nn.Linear(width, 1)
            self.out = nn.Linear(2 * width, 3)

        def forward(self, x, mask):
            e = self.drop(self.emb(x))
            if arch == "gru":
                h, _ = self.enc(e)
            else:
                h = torch.cat([torch.relu(c(e.transpose(1, 2))) for c in self.convs], 1).transpose(1, 2)
            a = self.att(h).squeeze(-1).masked_fill(~mask, -1e4).softmax(-1)
            pooled = torch.cat([(a.unsqueeze(-1) * h).sum(1), h.masked_fill(~mask.unsqueeze(-1), -1e4).max(1).values], -1)
            return self.out(self.drop(pooled))

    def batch(seqs):
        x = np.zeros((len(seqs), max(map(len, seqs))), np.int64)
        for i, s in enumerate(seqs):
            x[i, :len(s)] = s
        x = torch.tensor(x, device=device)
        return x, x != 0

    def predict(net, seqs):
        net.eval()
        order, out = np.argsort([len(s) for s in seqs]), np.zeros((len(seqs), 3), np.float32)
        with torch.no_grad():
            for i in range(0, len(order), 128):
                idx = order[i:i + 128]
                out[idx] = net(*batch([seqs[j] for j in idx])).float().cpu().numpy()
        return out

    def fit(idx, seed):
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        net = Net().to(device)
        opt = torch.optim.AdamW([p for p in net.parameters() if p.requires_grad], lr=2e-3, weight_decay=1e-2)
        share = neutral[idx][judged[idx]].mean()
        order = idx[np.argsort([len(tr[i]) for i in idx])]
        for _ in range(epochs):
            net.train()
            chunks = [order[i:i + 32] for i in range(0, len(order), 32)]
            rng.shuffle(chunks)
            for c in chunks:
                o = net(*batch([tr[i] for i in c]))
                t = lambda a, dtype=torch.float32: torch.tensor(a, dtype=dtype, device=device)
                polar, r, j, y_n = t(lab[c] != 1), t(rated[c]), t(judged[c]), t(neutral[c])
                w_n = torch.where(y_n > 0, 0.5 / share, 0.5 / (1 - share)) * j
                loss = (F.binary_cross_entropy_with_logits(o[:, 0], t(lab[c] == 0), reduction="none") * polar).sum() / polar.sum().clamp(min=1)
                loss = loss + 0.5 * (((o[:, 1] - t(np.nan_to_num((score[c] - 6) / 3))) ** 2) * r).sum() / r.sum().clamp(min=1)
                loss = loss + 0.5 * (F.binary_cross_entropy_with_logits(o[:, 2], y_n, reduction="none") * w_n).sum() / j.sum().clamp(min=1)
                opt.zero_grad()
                loss.backward()
                opt.step()
        return net

    polar_dev = ~d["dv_three"] & (d["dv_label"] != 1)
    for seed in seeds:
        start, oof = time.time(), np.zeros((len(tr), 3), np.float32)
        for k in range(5):
            test = np.where(fold == k)[0]
            oof[test] = predict(fit(np.where(fold != k)[0], seed), [tr[i] for i in test])
        scores = predict(fit(np.arange(len(tr)), seed), dv)
        polar = ~three & (lab != 1)
        print(f"{arch}{' tuned' if tune else ''} seed {seed}: out-of-fold good/bad {((oof[polar, 0] > 0) == (lab[polar] == 0)).mean():.3f}, "
              f"binary dev {((scores[polar_dev, 0] > 0) == (d['dv_label'][polar_dev] == 0)).mean():.3f}, "
              f"{time.time() - start:.0f} s", flush=True)
        np.savez(folder / f"{arch}{'t' if tune else ''}_{seed}.npz", oof=oof, dev=scores)


def stack(folder: Path) -> None:
    """The shipped second level over the three linear base scores, then with the networks' scores added."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    sys.path.insert(0, str(ROOT))
    from kinolens.sentiment import train as T
    from kinolens.sentiment.features import features
    from kinolens.sentiment.metrics import macro_f1
    from kinolens.sentiment.model import softmax, stage2_inputs

    rows, dev = read_rows()
    params = T.default_params()
    vec = TfidfVectorizer(analyzer=T._identity, min_df=params["min_df"], max_features=params["max_features"],
                          sublinear_tf=True, dtype=np.float32)
    X = vec.fit_transform([features(r.text) for r in rows]).tocsr()
    oof = T.out_of_fold(X, rows, params, lambda s: None)
    coef, intercept = T.fit_base(X, rows, np.arange(len(rows)), params)
    base_dev = vec.transform([features(r.text) for r in dev]) @ coef.T + intercept
    label = np.array([r.label for r in dev])
    three = np.array([r.source.startswith("kinopoisk-3class") for r in dev])
    polar = ~three & (label != "neutral")

    def report(tag, extra_tr=None, extra_dev=None):
        T.stage2_inputs = lambda s: np.c_[stage2_inputs(s[:, :3]), s[:, 3:]]
        train_scores = oof if extra_tr is None else np.c_[oof, extra_tr]
        dev_scores = base_dev if extra_dev is None else np.c_[base_dev, extra_dev]
        second = T.fit_second_level(train_scores, rows, params)
        x = T.stage2_inputs(dev_scores)
        z = x @ second["class_coef"].T + second["class_intercept"]
        classes = list(second["classes"])
        pred = np.array(classes)[(softmax(z) * second["decision_weights"]).argmax(1)]
        f1 = macro_f1(list(label[three]), list(pred[three]), classes)
        binary = ((z[:, classes.index("positive")] > z[:, classes.index("negative")]) == (label == "positive"))[polar].mean()
        liked = ((x @ second["liked_coef"] + second["liked_intercept"] > 0) == (label == "positive"))[polar].mean()
        print(f"{tag:24s} out of fold: 3-class F1 {second['oof_macro_f1']:.3f}, good/bad {second['oof_liked_accuracy']:.3f}"
              f" | dev: 3-class F1 {f1:.3f}, binary {binary:.3f}, liked {liked:.3f}")

    report("three linear (shipped)")
    nets = {p.stem: np.load(p) for p in sorted(folder.glob("*_*.npz"))}
    for name, v in nets.items():
        report(f"+ {name} positive", v["oof"][:, [0]], v["dev"][:, [0]])
    for arch in sorted({n.split("_")[0] for n in nets}):
        o = np.mean([v["oof"] for n, v in nets.items() if n.startswith(arch)], 0)
        s = np.mean([v["dev"] for n, v in nets.items() if n.startswith(arch)], 0)
        print(f"{arch} seeds averaged, alone: binary dev {((s[:, 0] > 0) == (label == 'positive'))[polar].mean():.3f}")
        report(f"+ {arch} mean positive", o[:, [0]], s[:, [0]])
        report(f"+ {arch} mean, 3 heads", o, s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=("prep", "train", "stack"))
    ap.add_argument("folder", type=Path)
    ap.add_argument("arch", nargs="?", default="gru", choices=("gru", "conv"))
    ap.add_argument("seeds", nargs="?", default="0,1,2")
    ap.add_argument("--epochs", type=int, default=int(os.environ.get("EPOCHS", 6)))
    ap.add_argument("--tune", action="store_true", help="train the word vectors too")
    args = ap.parse_args()
    if args.step == "prep":
        prep(args.folder)
    elif args.step == "train":
        train(args.folder, args.arch, [int(s) for s in args.seeds.split(",")], args.epochs, args.tune)
    else:
        stack(args.folder)


if __name__ == "__main__":
    main()
