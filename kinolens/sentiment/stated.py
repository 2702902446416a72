"""The author's own rating, where the review states one ("8 из 10", "Оценка: 7/10").

Reviewers put it at the end, so the last lines are read first; a rating
elsewhere counts only after a cue word ("оценка", "ставлю"). Ratings on a
5- or 100-point scale are brought to 1–10.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

NUMBER = r"(\d{1,3}(?:[.,]\d{1,2})?)"
RATING = re.compile(
    NUMBER + r"\s*(?:балл(?:а|ов)?\s*)?(?:из|/)\s*(10|5|100)(?![\d.,]\d)(?:\s*балл\w*)?",
    re.IGNORECASE,
)
CUE = re.compile(r"(оценк\w*|ставлю|поставил\w*|вердикт|итог\w*)\s*[:\-—–]?\s*$", re.IGNORECASE)
TAIL_LINES = 3


@dataclass(frozen=True)
class StatedRating:
    value: float  # on 1–10
    start: int
    stop: int
    rule: str


def _value(number: str, scale: str) -> Optional[float]:
    value = float(number.replace(",", "."))
    top = float(scale)
    if not 0 <= value <= top:
        return None
    return round(value * 10 / top, 2)


def _tail_start(text: str) -> int:
    """Offset where the last TAIL_LINES non-empty lines begin."""
    lines = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return lines[-TAIL_LINES] if len(lines) >= TAIL_LINES else 0


def find_stated_rating(text: str) -> Optional[StatedRating]:
    """The last rating stated in the final lines, or one after a cue word anywhere."""
    tail = _tail_start(text)
    found = None
    for match in RATING.finditer(text):
        value = _value(match.group(1), match.group(2))
        if value is None:
            continue
        if match.start() >= tail:
            found = StatedRating(value, match.start(), match.end(), "last-lines")
        elif CUE.search(text[max(0, match.start() - 20):match.start()]):
            found = StatedRating(value, match.start(), match.end(), "cue")
    return found
