"""Text as received → text to analyse, with a map back to the original.

Decoding (UTF-8, else cp1251), HTML tag and entity removal, a length cap and
a language check. Cleaning never rewrites characters it keeps: offsets into
the cleaned text map back to the source through `Doc.offsets`.
"""
from __future__ import annotations

import html
import re

from .. import errors
from ..doc import Doc
from ..pipeline import Stage

MAX_CHARS = 200_000
TAG = re.compile(r"<(?:[a-zA-Z][^<>]{0,2000}|/[a-zA-Z][^<>]{0,200}|!--.*?--)>", re.S)
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")
SKIP_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
BLOCK_TAGS = re.compile(r"</?(?:p|br|div|li|h[1-6]|tr|blockquote)\b", re.I)
LETTER = re.compile(r"[^\W\d_]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def decode(data: bytes) -> str:
    """Bytes → str: UTF-8 (with or without BOM), else cp1251; InputError if neither."""
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise errors.InputError(errors.UNDECODABLE)


def looks_html(text: str) -> bool:
    return bool(TAG.search(text) and (BLOCK_TAGS.search(text) or len(TAG.findall(text)) >= 2))


def strip_html(text: str) -> tuple[str, list[int]]:
    """Remove tags, decode entities; return the text and, per char, its source index."""
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _markup(text):
        start, stop = match.span()
        pieces.append(text[pos:start])
        offsets.extend(range(pos, start))
        replacement = _replace(match.group(0))
        pieces.append(replacement)
        offsets.extend([start] * len(replacement))
        pos = stop
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(pieces), offsets


MARKUP = re.compile(f"{SKIP_BLOCK.pattern}|{TAG.pattern}|{ENTITY.pattern}", re.S | re.I)


def _markup(text: str):
    return MARKUP.finditer(text)


def _replace(markup: str) -> str:
    if markup.startswith("&"):
        return html.unescape(markup)
    return "\n" if BLOCK_TAGS.match(markup) else " "


def cyrillic_share(text: str) -> float:
    letters = LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for ch in letters if CYRILLIC.match(ch)) / len(letters)


class Clean(Stage):
    """Source text → `Doc.text` (+ `Doc.offsets` when anything was removed)."""

    name = "clean"
    requires = ("source",)
    assigns = ("text", "offsets")

    def process(self, doc: Doc) -> None:
        text, offsets = doc.source, None
        if len(text) > MAX_CHARS:
            doc.warnings.append(errors.TRUNCATED.format(limit=MAX_CHARS))
            text = text[:MAX_CHARS]
        if looks_html(text):
            text, offsets = strip_html(text)
            doc.warnings.append(errors.HTML_STRIPPED)
            doc.note(self.name, "html", f"{len(doc.source) - len(text)} chars of markup removed")
        if not text.strip():
            doc.warnings.append(errors.EMPTY_TEXT)
        else:
            share = cyrillic_share(text)
            if share < 0.5:
                doc.warnings.append(errors.NOT_RUSSIAN.format(share=share))
        doc.text, doc.offsets = text, offsets
