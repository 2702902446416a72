"""How often the works stage picks the right film, on reviews whose records name their film
(`film_title`): by default the dev files (films the chooser never saw); `--train` a random
sample of the train reviews it was fit on (in-sample, a check of the wiring).

    .venv/bin/python benchmarks/film_choice.py [--train] [--n 1500] [--seed 11]

Only records whose `film_title` is in Cyrillic count. "named" means the title (or a title that
contains it, or that it contains, after folding case endings) is among the titles the review
quotes, or equals a title it writes without quotes (`kinolens/works/unquoted.py`); `named accuracy` = right / named, which is what the shared scorer's film accuracy measures
(it scores the film only where the text names it). `kinolens train film` reports the same
figures out of fold (grouped by film) and on dev while it trains.
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kinolens.analyzer import make_doc  # noqa: E402
from kinolens.works import relate  # noqa: E402
from kinolens.works.film_train import DEV_FILES, TRAIN_FILES, names_film, stages_before_works  # noqa: E402


def load(shared: Path, files: tuple[str, ...], n: int | None, seed: int) -> list[dict]:
    rows = []
    for name in files:
        with open(shared / "data" / "sentiment" / f"{name}.jsonl", encoding="utf-8") as f:
            rows += [r for r in map(json.loads, f) if re.search("[а-яА-Я]", r.get("film_title") or "")]
    if n:
        random.Random(seed).shuffle(rows)
        rows = rows[:n]
    return rows


def evaluate(docs: list, rows: list[dict]) -> Counter:
    tally: Counter = Counter()
    for doc0, row in zip(docs, rows):
        doc = copy.copy(doc0)
        doc.debug = []
        relate.Works()(doc)
        gold = row["film_title"]
        named = any(names_film(m, gold) for g in relate.film_candidates(doc) for m in g)
        if doc.film is None:
            tally["none, named" if named else "none, not named"] += 1
        elif any(names_film(m, gold) for m in doc.film.mentions):
            tally["right"] += 1
        else:
            tally["wrong, named" if named else "wrong, not named"] += 1
    return tally


def report(label: str, tally: Counter) -> None:
    named = tally["right"] + tally["wrong, named"] + tally["none, named"]
    print(f"{label}: named accuracy {tally['right'] / max(named, 1):.3f} ({tally['right']}/{named}); {dict(tally)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", action="store_true", help="a sample of the train reviews instead of dev")
    parser.add_argument("--n", type=int, default=1500, help="sample size with --train")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    files = TRAIN_FILES if args.train else DEV_FILES
    rows = load(args.shared, files, args.n if args.train else None, args.seed)
    docs = list(stages_before_works().map(make_doc(r["text"]) for r in rows))
    report(f"{', '.join(files)} ({len(rows)} reviews)", evaluate(docs, rows))


if __name__ == "__main__":
    main()
