"""The seed review end to end: the card the project was started from."""
import json
import subprocess
import sys

from conftest import read_jsonl


def test_seed_people(seed_card):
    card, _ = seed_card
    names = {p.name for p in card.people}
    assert {"Кристен Стюарт", "Дакота Фэннинг", "Майкл Шеннон", "Флория Сигизмонди", "Черри Кьюрри",
            "Джоан Джетт", "Ким Фоули", "Белла Мари Свон", "Бриджитт Бардо", "Игги Поп"} == names


def test_seed_cast_and_crew(seed_card):
    card, _ = seed_card
    people = {p.name: p for p in card.people}
    assert people["Кристен Стюарт"].characters == ["Джоан Джетт"]
    assert people["Дакота Фэннинг"].characters == ["Черри Кьюрри"]
    assert people["Майкл Шеннон"].characters == ["Ким Фоули"]
    assert {"director", "writer"} <= set(people["Флория Сигизмонди"].kinds)
    assert {"author", "character"} <= set(people["Черри Кьюрри"].kinds)
    assert sorted(people["Дакота Фэннинг"].aliases) == ["Фэннинг"]
    assert people["Бриджитт Бардо"].kinds == people["Игги Поп"].kinds == ["other"]  # named inside a quote


def test_seed_film_and_works(seed_card):
    card, text = seed_card
    assert card.film.title == "The Runaways"
    works = {w.title: (w.kind, w.relation) for w in card.works}
    assert works == {"Неоновый ангел": ("book", "source"), "Дорз": ("film", "compared"),
                     "Сид и Нэнси": ("film", "compared"), "Контроль": ("film", "compared")}
    for m in card.film.mentions:
        assert text[m.start:m.stop] == m.text == "The Runaways"


def test_seed_scored_by_shared_scorer(seed_card, shared, tmp_path):
    card, _ = seed_card
    predicted = tmp_path / "seed.jsonl"
    predicted.write_text(card.to_json() + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared / "gold" / "score_cards.py"),
                          str(shared / "gold" / "seed.jsonl"), str(predicted), "--json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["cast"]["f1"] == 1.0
    assert scores["crew"]["f1"] == 1.0
    assert scores["works"]["f1"] == 1.0
    assert scores["film"]["accuracy"] == 1.0
    assert scores["people"]["f1"] == 1.0
    assert scores["opinions"]["f1"] == 1.0  # no opinion on a credited actor or on people quoted from a book


def test_gold_file_is_readable(shared):
    assert read_jsonl(shared / "gold" / "seed.jsonl")[0]["id"] == "seed-the-runaways"
