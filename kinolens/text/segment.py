"""Sentences and tokens, by razdel; spans stay offsets into `Doc.text`."""
from __future__ import annotations

from razdel import sentenize, tokenize

from ..doc import Doc, Span, Token
from ..pipeline import Stage


def split_sentences(text: str) -> list[Span]:
    return [Span(s.start, s.stop, "sent") for s in sentenize(text)]


def split_tokens(text: str) -> list[Token]:
    return [Token(t.start, t.stop, t.text) for t in tokenize(text)]


class Segment(Stage):
    name = "segment"
    requires = ("text",)
    assigns = ("sentences", "tokens")

    def process(self, doc: Doc) -> None:
        doc.sentences = split_sentences(doc.text)
        doc.tokens = split_tokens(doc.text)
