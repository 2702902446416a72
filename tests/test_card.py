"""The card: schema, JSON round trip, bad input, offsets (property test)."""
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinolens import SCHEMA_VERSION, Card, analyze
from kinolens.card import card_schema
from kinolens.errors import InputError

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "card.schema.json"


def all_mentions(card: Card):
    if card.film:
        yield from card.film.mentions
    for p in card.people:
        yield from p.mentions
    for w in card.works:
        yield from w.mentions


def test_schema_file_is_current():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == card_schema(), \
        "docs/card.schema.json is stale: run `python -m kinolens.card_schema > docs/card.schema.json`"


def test_card_validates_against_schema(example_text):
    card = analyze(example_text)
    jsonschema.validate(card.to_dict(), card_schema())
    assert card.schema_version == SCHEMA_VERSION


def test_round_trip(example_text):
    card = analyze(example_text, id="x", meta={"source": "test"})
    assert Card.from_json(card.to_json()) == card
    assert Card.from_json(card.to_dict()) == card


@pytest.mark.parametrize("text, warning", [
    ("", "empty text"),
    ("   \n\t ", "empty text"),
    ("This is an English review of a film.", "does not look Russian"),
    ("<p>Фильм <b>хороший</b></p>", "HTML markup removed"),
])
def test_bad_input_gives_card_with_warning(text, warning):
    card = analyze(text)
    assert any(warning in w for w in card.warnings)


def test_html_is_analysed_without_tags():
    source = "<div><p>Режиссёр&nbsp;<b>Анна Соколова</b> сняла &laquo;Тихий берег&raquo;.</p></div>"
    card = analyze(source)
    assert card.film.title == "Тихий берег"
    assert [p.name for p in card.people] == ["Анна Соколова"]
    for m in all_mentions(card):
        assert source[m.start:m.stop] == m.text
        assert "<" not in m.text


def test_cp1251_bytes():
    card = analyze("Режиссёр Анна Соколова сняла «Тихий берег».".encode("cp1251"))
    assert card.film.title == "Тихий берег"


def test_not_text_is_refused():
    with pytest.raises(InputError, match="expected text"):
        analyze(42)


def test_long_review_is_bounded():
    text = "Кристен Стюарт сыграла роль Джоан Джетт в фильме «Беглецы». " * 3500  # ~210 KB
    card = analyze(text)
    assert any("longer than" in w for w in card.warnings)
    assert card.people[0].name == "Кристен Стюарт"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("Аа Бб «»()\"'-—.,\nКристен Стюарт сыграла роль Джоан <p>&amp;ЁёXx")),
               max_size=200))
def test_any_string_gives_valid_card(text):
    card = analyze(text)
    jsonschema.validate(card.to_dict(), card_schema())
    for m in all_mentions(card):
        assert 0 <= m.start <= m.stop <= len(text)
        assert text[m.start:m.stop] == m.text
