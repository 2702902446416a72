"""Opinions: evaluative words, aspect cues, clauses, and aspects / people's opinions in cards."""
from __future__ import annotations

import pytest

from kinolens.opinions.lexicon import aspects_in, polarity_of
from kinolens.sentiment.features import words


@pytest.mark.parametrize("lemma, value", [
    ("отличный", 1), ("скучный", -1), ("не_отличный", -1), ("не_плохой", 1),
    ("не_понравиться", -1), ("стол", 0), ("не_стол", 0),
])
def test_polarity_of(lemma, value):
    assert polarity_of(lemma) == value


@pytest.mark.parametrize("text, aspects", [
    ("Актёры сыграли отлично", {"acting"}),
    ("Сюжет предсказуемый, а концовка слабая", {"story"}),
    ("Музыка и спецэффекты на высоте", {"music", "visuals"}),
    ("Режиссёрская работа безупречна", {"directing"}),
    ("Актёрский состав подобран идеально", {"acting"}),
    ("Очень смешно и с юмором", {"humor"}),
    ("Фильм затянут и скучен", {"pacing"}),
    ("Мы пошли в кино в субботу", set()),
])
def test_aspects_in(text, aspects):
    assert {a for a, _ in aspects_in(words(text))} == aspects


@pytest.fixture(scope="module")
def mixed_card():
    from kinolens import analyze

    text = ("Фильм «Северный ветер» снял режиссёр Пётр Волков. Актёры сыграли великолепно, особенно "
            "Ирина Белова в роли Анны. Но сюжет скучный и предсказуемый, а финал глупый. "
            "Музыка прекрасна.")
    return analyze(text), text


def test_aspects_with_contrast(mixed_card):
    card, text = mixed_card
    aspects = {a.aspect: a for a in card.aspects}
    assert aspects["acting"].polarity == "positive"
    assert aspects["story"].polarity == "negative"
    assert aspects["music"].polarity == "positive"
    for a in card.aspects:
        assert -1 <= a.score <= 1 and a.evidence
        for m in a.evidence:
            assert text[m.start:m.stop] == m.text


def test_actor_opinion_and_no_opinion_on_characters(mixed_card):
    card, _ = mixed_card
    people = {p.name: p for p in card.people}
    assert people["Ирина Белова"].opinion.polarity == "positive"
    assert people["Анна"].opinion is None


def test_unjudged_mention_is_not_an_aspect():
    from kinolens import analyze

    card = analyze("Вчера вечером мы посмотрели фильм. Сюжет я пересказывать не буду.")
    assert "story" not in {a.aspect for a in card.aspects or []}


def test_debug_shows_the_rule(mixed_card):
    from kinolens.analyzer import default_pipeline, make_doc

    _, text = mixed_card
    doc = default_pipeline()(make_doc(text))
    rules = [rule for stage, rule, _ in doc.debug if stage == "opinions"]
    assert any(r.startswith("cue:сюжет words:") for r in rules)
