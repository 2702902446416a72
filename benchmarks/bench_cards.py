"""kinolens beside Natasha's standard pipeline, on the same reviews, in one process run.

    .venv/bin/python benchmarks/bench_cards.py [REVIEWS.jsonl] [--gold GOLD.jsonl] [--repeat N]

Reports CPU seconds (model loading included) for both and their ratio, kinolens'
time to first card and peak RSS in a fresh process, and — with --gold — the
card scores of both (Natasha alone: PER spans normalised and merged by their
normal form, «»-quoted titles as works, the first one as the film).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def read_texts(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def natasha_cards(records: list[dict]) -> tuple[float, list[dict]]:
    """Natasha's standard pipeline: Segmenter, NewsMorphTagger, NewsNERTagger, span.normalize."""
    start = time.process_time()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    segmenter, morph, ner, vocab = Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab()
    cards = []
    for record in records:
        doc = Doc(record["text"])
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)
        cards.append(natasha_card(record, doc))
    return time.process_time() - start, cards


def natasha_card(record: dict, doc) -> dict:
    people = {}
    for span in doc.spans:
        if span.type == "PER":
            people.setdefault(span.normal, {"name": span.normal, "aliases": [], "kinds": ["other"]})
    titles = list(dict.fromkeys(re.findall(r"«([^«»]{1,80})»", record["text"])))
    return {"id": record["id"], "film": {"title": titles[0]} if titles else None,
            "people": list(people.values()), "works": [{"title": t} for t in titles[1:]]}


def kinolens_cards(records: list[dict]) -> tuple[float, list[dict]]:
    start = time.process_time()
    from kinolens.analyzer import analyze_docs, make_doc

    cards = [c.to_dict() for c in analyze_docs(make_doc(r["text"], r["id"]) for r in records)]
    return time.process_time() - start, cards


def first_card_and_rss(path: Path) -> tuple[float, float]:
    """Seconds from a fresh interpreter to the first card, and that process's peak RSS (MB)."""
    code = (
        "import time,json,resource; t=time.perf_counter();"
        "from kinolens import analyze;"
        f"text=json.loads(open({str(path)!r},encoding='utf-8').readline())['text'];"
        "analyze(text); first=time.perf_counter()-t;"
        "from kinolens.analyzer import analyze_docs, make_doc;"
        f"rows=[json.loads(l) for l in open({str(path)!r},encoding='utf-8')];"
        "list(analyze_docs(make_doc(r['text']) for r in rows));"
        "print(json.dumps([first, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, rss = json.loads(out.stdout)
    return first, rss


def score(gold: Path, cards: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for card in cards:
            f.write(json.dumps(card, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(gold.parent / "score_cards.py"), str(gold), f.name, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reviews", nargs="?", default=str(SHARED / "gold" / "dev-reviews.jsonl"))
    ap.add_argument("--gold", default=None, help="gold cards to score both systems against")
    ap.add_argument("--repeat", type=int, default=1, help="repeat the texts N times")
    args = ap.parse_args()
    path = Path(args.reviews)
    if not path.exists():
        sys.exit(f"bench_cards: {path} not found (needs ../shared)")
    records = read_texts(path) * args.repeat
    n_chars = sum(len(r["text"]) for r in records)
    nat_cpu, nat = natasha_cards(records)
    kl_cpu, kl = kinolens_cards(records)
    first, rss = first_card_and_rss(path)
    print(f"reviews: {len(records)} ({n_chars} chars)")
    print(f"natasha standard pipeline CPU s (load included): {nat_cpu:.2f}")
    print(f"kinolens CPU s (load included):                  {kl_cpu:.2f}")
    print(f"speed ratio natasha/kinolens: {nat_cpu / kl_cpu:.2f}")
    print(f"kinolens time to first card (fresh process): {first:.2f} s; peak RSS: {rss:.0f} MB")
    if args.gold:
        gold = Path(args.gold)
        for name, cards in (("natasha", nat), ("kinolens", kl)):
            s = score(gold, cards)
            fields = " ".join(f"{k} {s[k]['f1']:.3f}" for k in ("people", "cast", "crew", "works"))
            print(f"{name:>8}: {fields} film-acc {s['film']['accuracy']:.3f}")


if __name__ == "__main__":
    main()
