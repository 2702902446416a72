"""Errors and the messages users see, in one place."""
from __future__ import annotations


class KinolensError(Exception):
    """Base of the errors kinolens raises on purpose."""


class PipelineError(KinolensError):
    """Stages in the wrong order, or a doc missing what a stage needs."""


class InputError(KinolensError):
    """Input that cannot be analysed: the message names the record and the reason."""


# warnings written into cards
EMPTY_TEXT = "empty text: nothing to analyse"
NOT_RUSSIAN = "text does not look Russian ({share:.0%} of letters are Cyrillic): results may be poor"
HTML_STRIPPED = "HTML markup removed before analysis"
TOO_SHORT_TO_JUDGE = "text too short to judge its verdict: low-confidence sentiment"
TRUNCATED = "text longer than {limit} characters: analysed the first {limit} only"

# batch errors
NO_TEXT = "record has no 'text' field"
TEXT_NOT_STRING = "'text' must be a string, got {kind}"
BAD_JSON = "line is not valid JSON: {reason}"
NOT_OBJECT = "line is not a JSON object, got {kind}"
UNDECODABLE = "cannot decode bytes as UTF-8 or cp1251"
ANALYSIS_FAILED = "analysis failed: {reason}"


def expected_text(value: object) -> InputError:
    return InputError(f"expected text (str or bytes), got {type(value).__name__}")
