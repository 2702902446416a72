"""Sentences cut into clauses at contrast words (но, однако, хотя, зато), with lemma tokens."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc
from ..sentiment.features import lemma_tokens
from .lexicon import CONTRAST


@dataclass
class Clause:
    start: int          # offsets into Doc.text
    stop: int
    sentence: tuple[int, int]
    lemmas: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list)  # each lemma's word, offsets into Doc.text


def split_clauses(doc: Doc) -> list[Clause]:
    """Every sentence's clauses; a contrast word opens a new clause."""
    out: list[Clause] = []
    for sent in doc.sentences:
        tokens = lemma_tokens(doc.text[sent.start:sent.stop])
        if not tokens:
            continue
        groups: list[list] = [[]]
        for token in tokens:
            if token[2] in CONTRAST and groups[-1]:
                groups.append([])
            groups[-1].append(token)
        for k, group in enumerate(groups):
            start = sent.start if k == 0 else sent.start + group[0][0]
            stop = sent.stop if k == len(groups) - 1 else sent.start + group[-1][1]
            out.append(Clause(start=start, stop=stop, sentence=(sent.start, sent.stop),
                              lemmas=[t[2] for t in group],
                              spans=[(sent.start + t[0], sent.start + t[1]) for t in group]))
    return out
