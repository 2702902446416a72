"""Opinions: evaluative words, aspect cues, clauses, and aspects / people's opinions in cards."""
from __future__ import annotations

import pytest

from kinolens.opinions.lexicon import aspects_in, attribute_of, polarity_of
from kinolens.sentiment.features import words


def judged(text: str, probs: dict, label: str | None = None):
    """The doc of `text` with the sentiment stage's probabilities (and label) set, then the
    opinions stage run on it: each rule tried against a verdict of the test's choosing."""
    import dataclasses

    from kinolens.analyzer import build_pipeline, make_doc
    from kinolens.opinions.stage import Opinions

    pipe = build_pipeline()
    pipe.stages = [s for s in pipe.stages if not isinstance(s, Opinions)]
    doc = pipe(make_doc(text))
    prediction = doc.sentiment.prediction
    doc.sentiment.prediction = dataclasses.replace(prediction, label=label or prediction.label, probabilities=probs)
    doc.debug = []
    return Opinions()(doc)


@pytest.mark.parametrize("lemma, value", [
    ("отличный", 1), ("скучный", -1), ("не_отличный", -1), ("не_плохой", 1),
    ("не_понравиться", -1), ("стол", 0), ("не_стол", 0), ("не_никакой", -1),
    ("правдоподобно", 1), ("наигранный", -1), ("не_получаться", -1),  # how a part is played
    ("захватить", 1), ("неинтересный", -1), ("не_захватить", -1),
    ("некачественный", -1), ("непредсказуемый", 1), ("несмешной", -1),  # не written together flips too
    ("невероятный", 0), ("ненавидеть", 0),                                # no entry without its не
])
def test_polarity_of(lemma, value):
    assert polarity_of(lemma) == value


# an intensifier right before another evaluative word counts for nothing (`intensifiers`)
@pytest.mark.parametrize("text, signs", [
    ("сильно затянутый фильм", [0, -1, 0]),
    ("ужасно смешной фильм", [0, 1, 0]),
    ("сыграл сильно", [0, 1]),
    ("ужасно и скучно", [-1, 0, -1]),
])
def test_polarities(text, signs):
    from kinolens.opinions.lexicon import polarities

    assert polarities(words(text)) == signs


def test_intensified_fault_in_a_liked_film():
    """"сильно затянутый" faults the length even where the verdict leans positive."""
    doc = judged("Хороший фильм. Но, на мой взгляд, сильно затянутый.", {"positive": 0.7, "neutral": 0.2, "negative": 0.1})
    assert doc.aspects["pacing"].polarity == "negative"


@pytest.mark.parametrize("text, aspects", [
    ("Актёры сыграли отлично", {"acting"}),
    ("Сюжет предсказуемый, а концовка слабая", {"story"}),
    ("Музыка и спецэффекты на высоте", {"music", "visuals"}),
    ("Пейзажи радуют глаз", {"visuals"}),
    ("Прекрасные лошади радуют глаз", {"visuals"}),
    ("Режиссёрская работа безупречна", {"directing"}),
    ("Актёрский состав подобран идеально", {"acting"}),
    ("Очень смешно и с юмором", {"humor"}),
    ("Фильм затянут и скучен", {"pacing"}),
    ("Три часа экранного времени, а продолжительность не чувствуется", {"pacing"}),
    ("Мы пошли в кино в субботу", set()),
    # cues that rarely stood where the aspect was judged (session 17): a dull film is no pacing,
    # a frame no picture, a thought no message
    ("Скучный фильм, долгий вечер, в кадре мысль", set()),
    ("Фильм вызвал эмоции", set()),  # session 18: emotions stirred are rarely a judgement of the mood
    ("Фильм захватывает с первых минут", {"atmosphere"}),
    ("Тёплый фильм, заряжает позитивом", {"atmosphere"}),
    ("Фильм отлично поставлен", {"directing"}),
    ("Я поставлю фильму трояк, не выше", set()),  # a mark, not the staging (`idioms`)
    ("Десятку я бы поставил не раздумывая", set()),  # a mark before the verb, or a "бы" (session 21)
    ("Режиссёр поставил себе цель", {"directing"}),  # режиссёр, not поставил
    ("Фильм в каком-то смысле драма, и пересказывать его нет смысла", set()),  # idioms (`idioms`)
    ("Глубокий смысл фильма", {"meaning"}),
    ("Очень глубокий и трагичный фильм", {"meaning"}),
    ("Глубокая атмосфера эпохи", {"atmosphere"}),  # deep is a message only of a work or a thought (`needs_after`)
    ("Глубокой души человек", set()),
    ("Сюжет пренебрегает здравым смыслом", {"story"}),  # common sense, no message
    ("Очень достойная экранизация романа", {"story"}),
    ("Фильм поднимает важные вопросы", {"meaning"}),   # a theme beside a verb of raising (`needs_near`)
    ("У меня возник вопрос к кассиру", set()),
    ("Важную роль играет музыка", {"music"}),  # it matters: no one acts (`idioms`)
    ("Главную роль сыграл Иван Петров", {"acting"}),
    ("Сцены как из «Игры престолов» и компьютерной игры", set()),  # a title, a video game: no acting
    ("Непредсказуемый сюжет", {"story"}),  # не written together with a cue (session 21)
    ("Совсем нестрашный и несмешной ужастик", {"atmosphere", "humor"}),
    ("Немедленно выключил", set()),  # a word of its own, not не + медленный
    ("Фильм захватил меня, от экрана не оторваться", {"atmosphere"}),
])
def test_aspects_in(text, aspects):
    assert {hit.aspect for hit in aspects_in(words(text))} == aspects


# the evaluative word right before a cue decides that aspect: (text, cue, sign, word); 0 and "": none
@pytest.mark.parametrize("text, cue, sign, word", [
    ("Отличная игра актёров", "игра", 1, "отличный"),
    ("Рэдклифф хорошо сыграл", "сыграть", 1, "хорошо"),
    ("Скучный сюжет", "сюжет", -1, "скучный"),
    ("Фильм, не имеющий интересной сюжетной линии", "сюжетный", -1, "интересный"),
    ("Фильм без интересной сюжетной линии", "сюжетный", -1, "не_интересный"),
    ("Совсем не интересный сюжет", "сюжет", -1, "не_интересный"),
    ("Нет никакой атмосферы", "атмосфера", -1, "не_никакой"),
    ("Сюжет отличный", "сюжет", 0, ""),
    ("Актёры играют", "актер", 0, ""),
    ("Сильно затянутый фильм", "затянутый", 0, ""),   # an intensifier before an evaluative cue: none
    ("Сильно сыграл", "сыграть", 1, "сильно"),          # before a plain cue it still judges
])
def test_attribute_of(text, cue, sign, word):
    lemmas = words(text)
    (hit,) = [h for h in aspects_in(lemmas) if h.cue == cue]
    assert attribute_of(lemmas, hit.index) == (sign, word)


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


def test_strong_cue_names_its_aspect_unjudged():
    """"Актёры" names acting even in a clause with no judgement; its polarity is the verdict's."""
    from kinolens import analyze

    card = analyze("Отличный, светлый и добрый фильм, всем советую. Актёры в нём известные.")
    aspects = {a.aspect: a for a in card.aspects}
    assert aspects["acting"].polarity == "positive"


def test_tears_name_the_atmosphere_unjudged():
    """Tears shed (слеза, a strong cue) are the film's emotional effect, judged or not."""
    doc = judged("Отличный фильм, всем советую. В конце у меня полились слёзы из глаз.",
                 {"positive": 0.9, "neutral": 0.05, "negative": 0.05})
    assert doc.aspects["atmosphere"].polarity == "positive"



@pytest.mark.parametrize("label, praise, polarity", [
    ("neutral", 3, "mixed"), ("positive", 3, "positive"),
    ("neutral", 8, "mixed"),     # one clause of nine against is enough there
])
def test_both_sides_make_mixed_in_a_neutral_review(label, praise, polarity):
    """One clause against: mixed where the review is neither for nor against."""
    text = " ".join((["Сюжет отличный.", "Сюжет интересный.", "Сюжет прекрасный."] * 3)[:praise]) + \
        " Но сюжет местами глупый."
    probs = {"positive": 0.34, "neutral": 0.33, "negative": 0.33} if label == "neutral" else \
        {"positive": 0.9, "neutral": 0.05, "negative": 0.05}
    assert judged(text, probs, label).aspects["story"].polarity == polarity


@pytest.mark.parametrize("probs, polarity", [
    ({"positive": 0.96, "neutral": 0.02, "negative": 0.02}, "positive"),   # a clear verdict passes on
    ({"positive": 0.02, "neutral": 0.02, "negative": 0.96}, "negative"),
    ({"positive": 0.70, "neutral": 0.10, "negative": 0.20}, None),          # a hesitant one does not
])
def test_clear_verdict_passes_to_unjudged_actors(probs, polarity):
    doc = judged("Инженера играет Том Хэнкс, снимали в Нью-Йорке. Его сосед Билл (Иван Петров) молчит.", probs)
    got = doc.opinions.get("Том Хэнкс")
    assert (got.polarity if got else None) == polarity
    assert "Иван Петров" not in doc.opinions  # "(Иван Петров)" after the character: a credit


def test_debug_shows_the_rule(mixed_card):
    from kinolens.analyzer import default_pipeline, make_doc

    _, text = mixed_card
    doc = default_pipeline()(make_doc(text))
    rules = [rule for stage, rule, _ in doc.debug if stage == "opinions"]
    assert any(r.startswith("cue:сюжет words:") for r in rules)


# -- the aspect check set (benchmarks/aspect_check.py): ids and labels, texts from ../shared ----
def _aspect_check():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "aspect_check.py"
    spec = importlib.util.spec_from_file_location("aspect_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold, pred, any_polarity, f1", [
    ([{"acting": "positive"}], [{"acting": "positive"}], False, 1.0),
    ([{"acting": "positive"}], [{"acting": "mixed"}], False, 0.0),
    ([{"acting": "positive"}], [{"acting": "mixed"}], True, 1.0),
    ([{"acting": "positive", "story": "negative"}], [{"story": "negative", "music": "positive"}], False, 0.5),
    ([{"story": "mixed"}, {}], [{}, {"story": "mixed"}], True, 0.0),
])
def test_aspect_pair_f1(gold, pred, any_polarity, f1):
    assert _aspect_check().pair_f1(gold, pred, any_polarity)[0] == pytest.approx(f1)


@pytest.mark.parametrize("gold, pred, f1", [
    ([{"Леонардо Ди-Каприо": "positive"}], [{"Ди Каприо": "positive"}], 1.0),  # the surname with its particle
    ([{"Том Хэнкс": "positive"}], [{"Хэнкс": "negative"}], 0.0),
    ([{"Фёдор Бондарчук": "mixed"}], [{"Федор Бондарчук": "mixed"}], 1.0),
])
def test_opinion_f1_matches_by_surname(gold, pred, f1):
    assert _aspect_check().opinion_f1(gold, pred)[0] == pytest.approx(f1)


@pytest.mark.parametrize("name, size", [("check", 40), ("heldout", 16), ("fresh", 12), ("fresh2", 14),
                                        ("heldout2", 16), ("heldout3", 16), ("heldout4", 14),
                                        ("heldout5", 14), ("heldout6", 12),
                                        ("heldout7", 11), ("heldout8", 8)])
def test_aspect_check_set_reads_its_texts(shared, name, size):
    from kinolens.opinions.lexicon import ASPECTS

    rows = _aspect_check().read_check(shared, name)
    assert len(rows) == size and len({r["id"] for r in rows}) == size
    for r in rows:
        assert r["text"] and r["label"] in ("positive", "neutral", "negative")
        assert set(r["aspects"]) <= set(ASPECTS)
        assert set(r["aspects"].values()) <= {"positive", "negative", "mixed"}
        assert set(r["opinions"].values()) <= {"positive", "negative", "mixed"}


# a sentence opening with a pronoun passes its judgement to the people named just before
@pytest.mark.parametrize("text, opinions", [
    ("Роли друзей играют Иван Петров и Олег Сидоров. Оба сыграли просто великолепно.",
     {"Иван Петров": "positive", "Олег Сидоров": "positive"}),
    ("Злодея играет Иван Петров. Он ужасен и скучен.", {"Иван Петров": "negative"}),
    ("Роли друзей играют Иван Петров и Олег Сидоров. Все они отыграли отлично.",  # "Все они"
     {"Иван Петров": "positive", "Олег Сидоров": "positive"}),
    ("Роли друзей играют Иван Петров и Олег Сидоров. Он великолепен.", {}),  # which one?
    ("Роли друзей играют Иван Петров и Олег Сидоров. Погода была великолепна.", {}),
    # the fans of an actor are spoken to; the actor's work is not judged
    ("Злодея играет Иван Петров. Поклонникам Олега Сидорова и Ивана Петрова фильм понравится.", {}),
])
def test_pronoun_carries_judgement(text, opinions, monkeypatch):
    from kinolens import analyze
    from kinolens.opinions import stage

    p = stage.params()
    monkeypatch.setattr(stage, "params", lambda: {**p, "verdict_people": {**p["verdict_people"], "min_balance": 2.0}})
    card = analyze(text)  # the clear-verdict rule off: only what the sentences say
    assert {p.name: p.opinion.polarity for p in card.people if p.opinion} == opinions


# an evaluative word beside the name judges that person, whatever the review's verdict
@pytest.mark.parametrize("text, polarity", [
    ("Фильм скучный и глупый. Смотреть можно только на игру потрясающего Ивана Петрова.", "positive"),
    ("Фильм скучный и глупый. Режиссёр Иван Петров тоже хорошо поработал.", "positive"),
    ("Фильм отличный и яркий. Актёр Иван Петров играет бездарно, увы.", "negative"),
    # a negated verb does not flip the word beside the name: no praise of the director here
    ("Фильм отличный и яркий. Режиссёр Иван Петров снял его. Меня не интересует глупый символизм Ивана Петрова.",
     "negative"),
    # names listed one after another share the word beside the list
    ("Фильм скучный и глупый. Отличная игра Олега Сидорова, Павла Смирнова, Ивана Петрова.", "positive"),
])
def test_word_beside_the_name_judges_the_person(text, polarity):
    against = "positive" if polarity == "negative" else "negative"
    doc = judged(text, {against: 0.96, "neutral": 0.02, polarity: 0.02})
    assert doc.opinions["Иван Петров"].polarity == polarity
    assert any("next-to-name:" in rule for _, rule, _ in doc.debug)


# the verdict weighs less on a panned film's acting and music and a liked film's length, and a word
# right before one cue of an aspect judges its other cues in the clause too
# (`panned`, `praised` in data/opinions.json)
@pytest.mark.parametrize("text, leaning, aspect, polarity", [
    ("Актёры тут хорошие.", "negative", "acting", "positive"),
    ("Музыка тут хорошая.", "negative", "music", "positive"),
    ("Сюжет тут хороший.", "negative", "story", "negative"),      # the verdict still outweighs one word
    ("Актёры тут плохие.", "positive", "acting", "positive"),     # only where the review leans negative
    ("Фильм затянут.", "positive", "pacing", "negative"),          # a liked film still too long (`praised`)
    ("Фильм затянут.", "negative", "pacing", "negative"),
    ("Посредственная игра актёров.", "positive", "acting", "negative"),  # the word before игра judges актёров too
])
def test_aspect_judged_against_the_verdict(text, leaning, aspect, polarity):
    against = "positive" if leaning == "negative" else "negative"
    doc = judged(text, {leaning: 0.85, "neutral": 0.05, against: 0.10})
    assert doc.aspects[aspect].polarity == polarity


# a clause that faults only through a laughing word mocks the film, not its humour (`mocking`)
@pytest.mark.parametrize("text, humor", [
    ("Очень смешно смотреть на эту глупую и бездарную поделку.", None),
    ("Убийства тут предсказуемы, а порой даже смешны.", None),
    ("Шутки глупые и совсем не смешные.", "negative"),     # a joke named: humour judged
    ("Фильм совсем не смешной и глупый.", "negative"),     # "не смешной": humour judged
    ("Но смешного тут нет, как и хитрых ходов.", "negative"),  # "смешного нет": humour judged
    ("Очень смешной и добрый фильм.", "positive"),
])
def test_laughing_at_the_film_is_no_judgement_of_its_humor(text, humor):
    doc = judged(text, {"negative": 0.85, "neutral": 0.05, "positive": 0.10} if humor != "positive"
                 else {"positive": 0.85, "neutral": 0.05, "negative": 0.10})
    got = doc.aspects.get("humor")
    assert (got.polarity if got else None) == humor


def test_heldout_cards_match_the_heldout_set():
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
    cards = [json.loads(line) for line in open(data / "heldout-cards.jsonl", encoding="utf-8")]
    labels = {json.loads(line)["id"]: json.loads(line) for line in open(data / "aspect-heldout.jsonl",
                                                                          encoding="utf-8")}
    assert {c["id"] for c in cards} == set(labels)
    for card in cards:
        assert card["aspects"] == labels[card["id"]]["aspects"]
        assert {"title", "named_in_text"} <= set(card["film"]) and all(p["kinds"] for p in card["people"])


# in a clause naming several aspects, each is judged by the words of its own part of the clause
@pytest.mark.parametrize("text, story, music", [
    ("Сюжет глупый и нелепый, музыка прекрасная и яркая.", "negative", "positive"),
    ("Сюжет глупый и нелепый - музыка прекрасная и яркая.", "negative", "positive"),
    ("Глупый сюжет и прекрасная музыка.", "negative", "positive"),   # the word before each cue decides
])
def test_each_aspect_judged_by_its_part_of_the_clause(text, story, music):
    doc = judged(text, {"positive": 0.5, "neutral": 0.2, "negative": 0.3})
    assert (doc.aspects["story"].polarity, doc.aspects["music"].polarity) == (story, music)
