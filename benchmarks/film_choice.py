"""How often the works stage picks the right film, on the *train* reviews, whose records name
their film (`film_title`); the weights in `kinolens.works.relate.FILM_WEIGHTS` were chosen with it.

    .venv/bin/python benchmarks/film_choice.py [--n 1500] [--seed 11] [--grid '{"mention": [1, 2]}']

Only records whose `film_title` is in Cyrillic count. "named" means the title (or a title that
contains it, or that it contains, after folding case endings) is among the titles the review
quotes; `named accuracy` = right / named, which is what the shared scorer's film accuracy measures
(it scores the film only where the text names it). Dev reviews are not used.
"""
from __future__ import annotations

import argparse
import copy
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kinolens.analyzer import make_doc  # noqa: E402
from kinolens.people.ner import Ner  # noqa: E402
from kinolens.pipeline import Pipeline  # noqa: E402
from kinolens.text.clean import Clean  # noqa: E402
from kinolens.text.segment import Segment  # noqa: E402
from kinolens.works import relate  # noqa: E402
from kinolens.works.titles import Titles  # noqa: E402

FILES = ("kinopoisk-binary-train", "kinopoisk-3class-train")


def load(shared: Path, n: int, seed: int) -> list[dict]:
    rows = []
    for name in FILES:
        with open(shared / "data" / "sentiment" / f"{name}.jsonl", encoding="utf-8") as f:
            rows += [r for r in map(json.loads, f) if re.search("[а-яА-Я]", r.get("film_title") or "")]
    random.Random(seed).shuffle(rows)
    return rows[:n]


def key(title: str) -> str:
    return re.sub(r"[^а-яa-z0-9]", "", relate.title_key(title).replace("ё", "е"))


def same(a: str, b: str) -> bool:
    a, b = key(a), key(b)
    return bool(a and b) and (a == b or a in b or b in a)


def evaluate(docs: list, rows: list[dict]) -> Counter:
    tally: Counter = Counter()
    for doc0, row in zip(docs, rows):
        doc = copy.copy(doc0)
        doc.debug = []
        relate.Works()(doc)
        gold = row["film_title"]
        named = any(same(t.normal, gold) for t in doc.titles)
        if doc.film is None:
            tally["none, named" if named else "none, not named"] += 1
        elif same(doc.film.title, gold) or any(same(a, gold) for a in doc.film.aliases):
            tally["right"] += 1
        else:
            tally["wrong, named" if named else "wrong, not named"] += 1
    return tally


def report(label: str, tally: Counter) -> None:
    named = tally["right"] + tally["wrong, named"] + tally["none, named"]
    print(f"{label}: named accuracy {tally['right'] / max(named, 1):.3f} ({tally['right']}/{named}); {dict(tally)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--grid", default="", help="JSON {weight: [values]} to try instead of the shipped weights")
    args = parser.parse_args()
    rows = load(args.shared, args.n, args.seed)
    before = Pipeline([Clean(), Segment(), Titles(), Ner()])
    docs = list(before.map(make_doc(r["text"]) for r in rows))
    report(f"shipped {relate.FILM_WEIGHTS}", evaluate(docs, rows))
    grid = json.loads(args.grid) if args.grid else {}
    shipped = dict(relate.FILM_WEIGHTS)
    for values in itertools.product(*grid.values()) if grid else ():
        relate.FILM_WEIGHTS = dict(shipped, **dict(zip(grid, values)))
        report(str(dict(zip(grid, values))), evaluate(docs, rows))
    relate.FILM_WEIGHTS = shipped


if __name__ == "__main__":
    main()
