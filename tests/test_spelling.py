"""Folding for comparison: a word typed in two alphabets reads in one (written, expected)."""
import pytest

from kinolens import analyze
from kinolens.text.spelling import fold, one_script


@pytest.mark.parametrize("written, one", [
    ("Сoco", "Coco"),  # a Cyrillic С among Latin letters, all look-alikes: the most of them
    ("Тeперь", "Теперь"),  # a Latin e beside п, р, ь, which Latin has no look-alike of
    ("Hеllo", "Hello"),  # l has none in Cyrillic
    ("Coco", "Coco"), ("Сосо", "Сосо"), ("Ёжик", "Ёжик"),  # one alphabet: as written
    ("Бyлгaков", "Булгаков"),
    ("Жjк", "Жjк"),  # letters of both with no look-alike: left alone
])
def test_one_script(written, one):
    assert one_script(written) == one


@pytest.mark.parametrize("written, folded", [
    ("«Tаxi Driver»", "taxi driver"), ("Тайна Коко", "тайна коко"), ("Зелёная миля", "зеленая миля"),
])
def test_fold(written, folded):
    assert fold(written) == folded


def test_title_typed_in_two_alphabets_is_the_films_own():
    card = analyze("Мультфильм 'Тайна Коко' хорош. Назвали его они 'Сoco', и в 'Сoco' всё трогательно.")
    assert card.film.title == "Тайна Коко" and card.film.aliases == ["Сoco"] and not card.works
