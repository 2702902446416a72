"""Aspects and opinions on *train* reviews annotated here (`benchmarks/data/aspect-check.jsonl`), a check on
the opinions stage that no rule was tuned on: 40 reviews of 40 films, each annotated by the
GUIDE's definitions before the stage was run on it — 20 of the 3-class train file (8 positive,
6 neutral, 6 negative; 900–2,200 characters; random, seed 2026) and 20 of the binary train file
(10 positive, 10 negative; 900–2,000 characters; random, seed 2027; films not in the first 20).
The file holds ids and labels only; the texts are read from ../shared.

    .venv/bin/python benchmarks/aspect_check.py [--shared ../shared] [--show] [--set check|heldout]
    .venv/bin/python benchmarks/aspect_check.py --cards [--set heldout|heldout2|heldout3|heldout4]    # whole cards

`--set heldout`: 16 more train reviews of 16 other films (seed 2028; 700–1,500 characters),
annotated the same way late in session 4 (docs/benchmarks.md names the two edits it prompted).
`--set fresh`: 12 more of 12 other films (seed 2029; 700–1,300 characters; 5 of the 3-class
file — 2 positive, 2 neutral, 1 negative — and 7 of the binary file — 3 positive, 4 negative),
annotated at the end of session 5 after its changes were made; nothing was tuned on them.
`--set fresh2`: 14 more of 14 other films (seed 2030; 700–1,400 characters; 5 of the 3-class file
— 2 positive, 2 neutral, 1 negative — and 9 of the binary file — 4 positive, 5 negative),
annotated at the start of session 6 before any change.
`--set heldout2` / `--set heldout3`: whole cards (`benchmarks/data/heldout2-cards.jsonl`,
`heldout3-cards.jsonl`) for 16 + 16 train reviews of 32 other films (seeds 2031 and 2032; 800–2,000
characters), written in session 17 — heldout2 before any change, heldout3 late, to measure it; their
aspects and the people's opinions are read off the cards, and `--cards --set heldout2|heldout3`
scores the whole cards with the shared scorer. `--set heldout4`: 14 more whole cards of 14 other
films (seed 2033; 800–1,800 characters; 5 of the 3-class file — 2 positive, 2 neutral, 1 negative —
and 9 of the binary file — 4 positive, 5 negative), written in session 18 after its opinion
changes had been chosen on the other sets, to measure them. `--set heldout5`: aspects and
opinions (no whole cards) for 14 more train reviews of 14 other films (seed 2034; 700–1,400
characters; 4 of the 3-class file — 2 positive, 2 neutral — and 10 of the binary file — 4
positive, 6 negative), annotated in session 19 after its changes, to measure them.
`--set heldout6`: aspects and opinions for 12 more train reviews of 12 other films (seed 2035;
700–1,400 characters; 2 of the 3-class file — both positive — and 10 of the binary file — 5
positive, 5 negative; the draw ran out of unused 3-class films of that length), annotated at the
start of session 20 before any change. `--set heldout7`: 11 more of 11 other films (seed 2036;
2 of the 3-class file, both positive, and 9 of the binary file — 4 positive, 5 negative),
annotated late in session 20 after its changes, to measure them. `--set heldout8`: 8 more of 8
other films (seed 2037; 600–2,000 characters — the unused films of 700–1,400 had run out; 3 of
the 3-class file — 1 positive, 2 neutral — and 5 of the binary file — 1 positive, 4 negative),
annotated in session 21 before its later opinion changes were measured on it.

Prints aspects F1 and aspects-regardless-of-polarity F1 as `kinolens eval cards` does, for
kinolens and for the issue's trivial baseline (an aspect is present when one of its cue words
occurs; its polarity is the review's own verdict from the data, "mixed" for a neutral one), and
opinions F1: (person, polarity) pairs, a person matched by surname (the last word, case and ё
folded) — for kinolens, and for kinolens's own people with opinions given the review's verdict.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kinolens.analyzer import default_pipeline, make_doc  # noqa: E402
from kinolens.opinions.clauses import split_clauses  # noqa: E402
from kinolens.opinions.lexicon import aspects_in  # noqa: E402
from kinolens.people.merge import surname_run  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SETS = {"check": DATA / "aspect-check.jsonl", "heldout": DATA / "aspect-heldout.jsonl",
        "fresh": DATA / "aspect-fresh.jsonl", "fresh2": DATA / "aspect-fresh2.jsonl",
        "heldout2": DATA / "heldout2-cards.jsonl", "heldout3": DATA / "heldout3-cards.jsonl",
        "heldout4": DATA / "heldout4-cards.jsonl", "heldout5": DATA / "aspect-heldout5.jsonl",
        "heldout6": DATA / "aspect-heldout6.jsonl", "heldout7": DATA / "aspect-heldout7.jsonl",
        "heldout8": DATA / "aspect-heldout8.jsonl"}
CARDS = {"heldout": DATA / "heldout-cards.jsonl", "heldout2": DATA / "heldout2-cards.jsonl",
         "heldout3": DATA / "heldout3-cards.jsonl", "heldout4": DATA / "heldout4-cards.jsonl"}
TRAIN_FILES = ("kinopoisk-3class-train", "kinopoisk-binary-train")


def as_check_row(card: dict) -> dict:
    """A whole card as an aspects set's record: its aspects and its people's opinions."""
    opinions = {p["name"]: p["opinion"] for p in card["people"] if p.get("opinion")}
    return {"id": card["id"], "aspects": card.get("aspects", {}), "opinions": opinions}


def read_check(shared: Path, name: str = "check") -> list[dict]:
    """The annotated records with their texts and verdicts from ../shared."""
    rows = [json.loads(line) for line in open(SETS[name], encoding="utf-8") if line.strip()]
    if not SETS[name].name.startswith("aspect-"):  # a set of whole cards
        rows = [as_check_row(card) for card in rows]
    wanted = {r["id"] for r in rows}
    found = {}
    for name in {r.get("file") for r in rows} - {None} or TRAIN_FILES:
        with open(shared / "data" / "sentiment" / f"{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in wanted:
                    found[rec["id"]] = rec
    return [{**r, "text": found[r["id"]]["text"], "label": found[r["id"]]["label"]} for r in rows]


def pair_f1(gold: list[dict], pred: list[dict], any_polarity: bool) -> tuple[float, int, int, int]:
    def pairs(maps):
        return {(i, a, "" if any_polarity else p) for i, m in enumerate(maps) for a, p in m.items()}
    g, p = pairs(gold), pairs(pred)
    right = len(g & p)
    f1 = 2 * right / (len(g) + len(p)) if g or p else 1.0
    return f1, right, len(p), len(g)


def surname(name: str) -> str:
    """The surname with its particles, folded: Ди Каприо, Ди-Каприо and ДиКаприо alike."""
    return surname_run(name.split()).replace("ё", "е")


def opinion_f1(gold: list[dict], pred: list[dict]) -> tuple[float, int, int, int]:
    """F1 over (review, surname, polarity)."""
    def pairs(maps):
        return {(i, surname(n), p) for i, m in enumerate(maps) for n, p in m.items()}
    g, p = pairs(gold), pairs(pred)
    right = len(g & p)
    return (2 * right / (len(g) + len(p)) if g or p else 1.0), right, len(p), len(g)


def baseline(doc, label: str) -> dict:
    found = {hit.aspect for clause in split_clauses(doc) for hit in aspects_in(clause.lemmas)}
    return {a: "mixed" if label == "neutral" else label for a in found}


def score_heldout_cards(shared: Path, name: str = "heldout") -> None:
    """Cards for a held-out set's reviews, scored against the whole cards written here."""
    import tempfile

    from kinolens.evaluate import format_scores, score_cards, write_cards

    rows = read_check(shared, name)
    with tempfile.TemporaryDirectory() as tmp:
        reviews, predicted = Path(tmp) / "reviews.jsonl", Path(tmp) / "cards.jsonl"
        with open(reviews, "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
        write_cards(str(reviews), predicted)
        gold = CARDS[name]
        print(format_scores(score_cards(gold, predicted, shared / "gold" / "score_cards.py")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print each review's gold and predicted aspects")
    ap.add_argument("--cards", action="store_true",
                    help="score whole cards (film, people, crew, works, aspects, opinions) of the held-out "
                         "reviews against benchmarks/data/heldout-cards.jsonl with the shared scorer")
    ap.add_argument("--set", choices=sorted(SETS), default=None,
                    help="check: the 40 reviews the session-4 changes were checked on; heldout: 16 more, "
                         "annotated late in session 4; fresh: 12 more, annotated after session 5's "
                         "changes; fresh2: 14 more, annotated at the start of session 6; heldout2: 16 whole "
                         "cards written at the start of session 17; heldout3: 16 more, written late in session 17; "
                         "heldout4: 14 more, written in session 18; heldout5: 14 more, aspects and opinions only, "
                         "annotated in session 19; heldout6: 12 more, annotated at the start of session 20; "
                         "heldout7: 11 more, annotated late in session 20; heldout8: 8 more, annotated in session 21 "
                         "(docs/benchmarks.md)")
    args = ap.parse_args()
    args.set = args.set or ("heldout" if args.cards else "check")
    if args.cards:
        if args.set not in CARDS:
            ap.error(f"--cards needs --set {' or '.join(sorted(CARDS))}")
        return score_heldout_cards(args.shared, args.set)
    rows = read_check(args.shared, args.set)
    pipe = default_pipeline()
    gold, ours, base = [], [], []
    gold_ops, our_ops, verdict_ops = [], [], []
    for r in rows:
        doc = pipe(make_doc(r["text"], r["id"]))
        gold.append(r["aspects"])
        ours.append({a: j.polarity for a, j in doc.aspects.items()})
        base.append(baseline(doc, r["label"]))
        gold_ops.append(r["opinions"])
        our_ops.append({n: j.polarity for n, j in doc.opinions.items()})
        verdict_ops.append({n: "mixed" if r["label"] == "neutral" else r["label"] for n in doc.opinions})
        if args.show:
            print(r["id"], r["label"], "gold", r["aspects"], "\n    kinolens", ours[-1])
            print("    gold opinions", r["opinions"], "\n    kinolens", our_ops[-1])
    print(f"{len(rows)} annotated train reviews, {sum(map(len, gold))} gold aspects, "
          f"{sum(map(len, gold_ops))} gold opinions")
    print("| system | aspects F1 | aspects (any) F1 | right / predicted / gold (any) |")
    print("|---|---|---|---|")
    for name, pred in (("kinolens", ours), ("trivial baseline", base)):
        f1, _, _, _ = pair_f1(gold, pred, False)
        f1_any, right, n_pred, n_gold = pair_f1(gold, pred, True)
        print(f"| {name} | {f1:.3f} | {f1_any:.3f} | {right} / {n_pred} / {n_gold} |")
    print("\n| system | opinions F1 | right / predicted / gold |")
    print("|---|---|---|")
    for name, pred in (("kinolens", our_ops), ("kinolens's people, the review's verdict", verdict_ops)):
        f1, right, n_pred, n_gold = opinion_f1(gold_ops, pred)
        print(f"| {name} | {f1:.3f} | {right} / {n_pred} / {n_gold} |")


if __name__ == "__main__":
    main()
