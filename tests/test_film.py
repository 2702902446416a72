"""The film chooser: a conditional logit over a review's title groups, trained here."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kinolens.analyzer import make_doc
from kinolens.cli import app
from kinolens.works.film_model import MODEL_DIR, FilmModel, read_film_model
from kinolens.works.film_train import same_title, train_film


@pytest.mark.parametrize("text, film", [
    # the words around a title say which one is reviewed
    ("Нет-нет, речь не о «Холме». Вчера я посмотрел «Зеркала». Пост будет коротким.", "Зеркала"),
    ("Фильм местами напоминал «Холм». Но «Зеркала» глубже и страшнее.", "Зеркала"),
    ("После «Холма» я ждал многого. «Зеркала» меня разочаровали.", "Зеркала"),
    # a title written without quotes
    ("Вчера посмотрел Побег из Шоушенка. Побег из Шоушенка - лучший фильм о надежде.", "Побег из Шоушенка"),
    ("Итак, Интерстеллар. Признаюсь, Интерстеллар меня удивил, а Нолан снова хорош.", "Интерстеллар"),
    ("Наконец-то посмотрел Зеленую милю. Том Хэнкс там великолепен, а Зеленая миля трогает до слёз.",
     "Зелёная миля"),
    # no title, or only a list of films to watch instead, or a capital that names no film
    ("Хороший фильм, смотрите всей семьёй.", None),
    ("Ваша оценка важна. Спасибо за внимание.", None),
    ("Мне нравится Голливуд. Это был хороший вечер.", None),
    ("Для меня этот фильм Легенда. Притча. Откровение.", None),  # what the film is, capitalised
    ("Посмотрите лучше «Холм», «Пески» и «Сад». Там хотя бы есть сюжет.", None),
    # a group's title: the spelling written as it is where a declension was guessed once each
    ("Пересмотрел «Узника Азкабана». «Узник Азкабана» снят мрачнее прочих.", "Узник Азкабана"),
    ("Фильм мне понравился. Том Хэнкс в Зеленой Миле играет надзирателя Пола. Зеленая Миля трогает.",
     "Зелёная Миля"),  # «Миле» is the mile's, no name Мила, in the title's key too (the case as written)
    # a character's first name is no film of that name ("Вера Николаевна": Вера inside a sentence too)
    ("Героини здесь две. «Вера Николаевна, налейте чаю», — говорит Галина, а Вера молчит. Вера Николаевна строга.",
     None),
])
def test_film_choice(text, film, pipeline):
    doc = pipeline(make_doc(text))
    assert (doc.film.title if doc.film else None) == film


@pytest.mark.parametrize("text, candidates", [
    ("Вчера посмотрел Побег из Шоушенка Фрэнка Дарабонта.", ["Побег из Шоушенка"]),  # a preposition, a name after
    ("Потом был Волка с Уолл-стрит, и ещё Чужой: Завет.", ["Волк с Уолл-стрит", "Чужой: Завет"]),
    ("Это не Список Шиндлера, а В Интерстелларе много физики.", ["Список Шиндлера", "Интерстеллар"]),
    ("Мне в Интерстелларе не хватило души. Зато Интерстеллар красив.", ["Интерстеллар"]),  # forms gathered
    ("Смотрел Темный рыцарь дважды, Темный рыцарь хорош.", ["Темный рыцарь"]),  # adjective and noun
    ("Интерстеллар хорош. Зеленая миля тоже.", []),  # capitals that open sentences say nothing
    ("Ваша работа, Этот фильм.", []),  # pronouns
    ("Смотришь и думаешь: но Боже, как хорош!", []),  # a vocative
    ("Как же я рад, что есть такое Кино! И такой Фильм.", []),  # a word for a film
    ("Хочется Больше, Больше, ЕЩЕ БОЛЬШЕ! Да, больше.", []),  # a comparative
    ("Вчера Том Хэнкс играл.", []),  # a person
    ("Чем ближе к первому месту Топ-250, тем хуже.", []),  # a chart
    ("Многие пишут, что это фильм Шедевр, но назвать его Шедевром я не могу.", []),  # a judgement
    ("Я люблю Болливуд, но в фильмах Болливуда много песен.", []),  # not_titles, in any form
    ("Фильм о Второй Мировой войне, а во Второй Мировой войне всё сложно.", []),  # a phrase of not_titles too
    ("Это не первая часть Бэтмендианы, а у Бондианы их больше.", []),  # a franchise, no film
    ("Мы жили жизнью Нео с первой Матрицы. В Матрице всё ново. Матрица заставляет думать.", ["Матрица"]),
    ("Вчера смотрел «Холм». Холм хорош, а Холма я пересмотрю.", []),  # a quoted title's other mentions
])
def test_unquoted_candidates(text, candidates, pipeline):
    from kinolens.works.unquoted import unquoted_groups

    doc = pipeline(make_doc(text))
    groups = unquoted_groups(doc, [(m.start, m.stop) for m in doc.names])
    assert [g[0].normal for g in groups] == candidates
    assert all(doc.text[m.start:m.stop] == m.text for g in groups for m in g)


@pytest.mark.parametrize("text, candidates", [
    ("Смешно, как рядовой Шутник бегает, и Шутник смеётся.", []),  # a known cast's character, no film's title
    ("Вчера смотрел Джокера, а Джокер прекрасен.", ["Джокер"]),  # a character that is a known film too
    ("Потом Волк едет домой, а Волк хорош.", ["Волк"]),  # a known title's first word (Волк с Уолл-стрит)
    ("Потом Кобб едет домой и смотрит Побег из Шоушенка.", ["Побег из Шоушенка"]),
])
def test_known_characters_are_no_film_candidates(text, candidates, pipeline):
    from kinolens.works.relate import film_candidates

    doc = pipeline(make_doc(text))
    assert [g[0].normal for g in film_candidates(doc) if g[0].rule == "unquoted"] == candidates


def test_unquoted_candidates_are_never_works(pipeline):
    doc = pipeline(make_doc("Смотрел «Холм». Холм хорош. Мне нравится Голливуд и Тихий Берег из Мурома."))
    assert doc.film.title == "Холм" and doc.works == []


def test_known_films_unquoted_are_works(pipeline):  # data/filmographies.json
    doc = pipeline(make_doc("Смотрел «Холм». Холм хорош. Мне нравится Голливуд и Побег из Шоушенка."))
    assert doc.film.title == "Холм" and [w.title for w in doc.works] == ["Побег из Шоушенка"]


@pytest.mark.parametrize("text, film, works", [
    # the noun that ends a title of adjectives and a noun writes it short
    ("Даже «Побег» проигрывает Зеленой миле. Я посмотрю «Милю» еще раз.", "Зелёная миля", ["Побег"]),
    ("Смотрел «Холм». Лучше «Бойцовский клуб»: «Клуб» умнее.", "Холм", ["Бойцовский клуб"]),
    ("Смотрел «Холм». Лучше «Мертвый человек» и «Человек».", "Холм", ["Мертвый человек"]),
    ("Смотрел «Холм». Лучше «Человек-паук» и «Человек».", "Холм", ["Человек-паук", "Человек"]),  # no adjective
])
def test_titles_written_by_their_last_noun(text, film, works, pipeline):
    doc = pipeline(make_doc(text))
    assert doc.film.title == film and [w.title for w in doc.works] == works


@pytest.mark.parametrize("text, works", [
    # a title of dictionary words counts where it opens a bracket, a colon's list or a dash's aside after a word
    ("Смотрел «Холм». Были и шпионы (Казино Рояль), и сыщики.", ["Казино Рояль"]),
    ("Смотрел «Холм». Любимые фильмы: Король Лев и другие.", ["Король Лев"]),
    ("Смотрел «Холм». Два его шедевра - Окно во двор и «Психо».", ["Психо", "Окно во двор"]),
    ("Смотрел «Холм». Главный герой смел. Итак: Главный герой снова смел.", []),  # a sentence's first words
])
def test_known_films_opening_an_aside_are_works(text, works, pipeline):
    assert [w.title for w in pipeline(make_doc(text)).works] == works


@pytest.mark.parametrize("text, works", [
    ("Смотрел «Холм». Сцены боя взяты из Матрицы, а финал как в Сиянии.", ["Матрица", "Сияние"]),
    ("Смотрел «Холм». Мне всегда нравились Мстители, но этот лучше.", ["Мстители"]),
    ("Смотрел «Холм». Ещё раньше были «Бешеные псы», Титаник и прочие.", ["Бешеные псы", "Титаник"]),
    ("Смотрел «Холм». Это вам не Добро и Зло, а Любовь и Чудо.", []),  # words stressed, no cue
    ("Смотрел «Холм». Матрица героя держит его в плену.", []),  # a sentence's first word
    ("Смотрел «Холм». Он снялся в Двойном Форсаже и в Побеге из Шоушенка.", ["Двойной форсаж", "Побег из Шоушенка"]),
    ("Смотрел «Побег из Шоушенка». Жизнь в Побеге течёт медленно.", []),  # the film written short
    ("Смотрел «Холм». Джек Николсон играл безумцев как в Джокере.", []),  # a known cast's character
    ("Смотрел «Холм». Он вырос в Европе, а потом в Риме.", []),  # places
])
def test_known_films_of_one_word_unquoted(text, works, pipeline):
    assert [w.title for w in pipeline(make_doc(text)).works] == works


def test_film_choice_debug_view(pipeline):
    doc = pipeline(make_doc("После «Холма» я ждал многого. «Зеркала» меня разочаровали."))
    notes = [rule for stage, rule, what in doc.debug if stage == "works" and what == "Зеркала"]
    assert any(rule.startswith("film: model") and "logn" in rule for rule in notes)


@pytest.mark.parametrize("a, b, same", [
    ("Холма", "Холм", True),                                   # case endings folded
    ("Гарри Поттер", "Гарри Поттер и узник Азкабана", True),   # one holds the other
    ("Чужой", "Чужие", False),                                 # number kept
    ("Холм", "Пески", False),
])
def test_same_title(a, b, same):
    assert same_title(a, b) is same


def test_shipped_model_and_meta():
    model = read_film_model()
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert isinstance(model, FilmModel) and model.weights and model.none_margin == meta["params"]["none_margin"]
    assert {"created", "train", "params", "train_oof", "dev"} <= set(meta)
    assert 0 < len(model.weights) <= meta["features"]
    # the hand-weighted rule it replaced: 0.79 on the same dev reviews (docs/benchmarks.md)
    assert meta["dev"]["named_accuracy"] > 0.8


def test_vocabulary_leaves_out_the_training_films_own_title_words():
    from kinolens.works.film_train import vocabulary

    feats = [{"n": 1.0, "h=зелёный": 1.0, "h=матрица": 1.0, "l=L:фильм": 1.0}]
    choices = [(feats, [1], "Зелёная миля"), (feats, [0], "Брат")]
    assert set(vocabulary(choices, 1, 1)) == {"n", "h=матрица", "l=L:фильм"}  # not h=зелёный: «Зелёная миля»'s


def test_missing_model_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="kinolens train film"):
        read_film_model(tmp_path)


@pytest.fixture(scope="module")
def sentiment_data(shared):
    return shared / "data" / "sentiment"


def test_train_is_deterministic(sentiment_data, tmp_path):
    params = {"folds": 3, "min_count": 3, "min_films": 1}
    meta = train_film(sentiment_data, tmp_path / "a", params=params, limit=80)
    train_film(sentiment_data, tmp_path / "b", params=params, limit=80)
    assert (tmp_path / "a" / "model.json").read_bytes() == (tmp_path / "b" / "model.json").read_bytes()
    assert meta["train_choices"] > 50 and 0 < meta["train_oof"]["named_accuracy"] <= 1
    small = read_film_model(tmp_path / "a")
    assert any(k.startswith("l=") for k in small.weights)


def test_cli_train_film(sentiment_data, tmp_path):
    res = CliRunner().invoke(app, ["train", "film", "--data", str(sentiment_data), "--limit", "40",
                                   "-o", str(tmp_path), "-q"])
    assert res.exit_code == 0, res.output
    assert "named_accuracy" in json.loads(res.stdout)["dev"]
    assert (tmp_path / "meta.json").exists()


def test_cli_train_film_without_data(tmp_path):
    res = CliRunner().invoke(app, ["train", "film", "--data", str(tmp_path)])
    assert res.exit_code != 0 and "no training files" in res.output


def _mention(text: str, at: int, rule: str, normal: str = ""):
    from kinolens.doc import TitleMention

    return TitleMention(at, at + len(text), text, normal or text, rule != "unquoted", rule)


@pytest.mark.parametrize("film, known, chosen", [
    # a word written once without quotes that no list knows gives way to the one known film written
    ([("Пока", 0, "unquoted")], [[("Чужие", 30, "known")]], "Чужие"),
    ([("Пока", 0, "unquoted"), ("Пока", 50, "unquoted")], [[("Чужие", 30, "known")]], "Пока"),  # written twice
    ([("Пока", 0, "unquoted")], [[("Чужие", 30, "known")], [("Матрица", 40, "known")]], "Пока"),  # two known
    ([("Гладиатор", 0, "quoted")], [[("Чужие", 30, "known")]], "Гладиатор"),  # a quoted title stays
    ([("Пока", 0, "unquoted")], [[("Главный герой", 30, "known:opening")]], "Пока"),  # only a sentence's opening
])
def test_unknown_word_gives_way_to_the_known_film(film, known, chosen):
    from kinolens.works.known import film_from_known

    doc = make_doc("x" * 80)
    doc.debug = []
    group = [_mention(*m) for m in film]
    picked = film_from_known(doc, group, [[_mention(*m) for m in g] for g in known])
    assert picked[0].normal == chosen
