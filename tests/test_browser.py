"""The web pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KINOLENS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = os.environ.get("KINOLENS_SCREENSHOTS")  # e.g. docs/screenshots: keep the pictures there
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

XSS = ('Фильм «<script>window.__pwned = 1</script>» хорош. <img src=x onerror="window.__pwned = 2"> '
       'Режиссёр <b onmouseover="window.__pwned = 3">Иван Петров</b> снял его. '
       '"><svg onload="window.__pwned = 4"> javascript:window.__pwned=5')


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (scripts/test.sh does, as root)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def shot(page, name: str, tmp_path) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def analyse(page, server, text: str) -> None:
    page.goto(server.url + "/")
    page.fill("#text", text)
    page.click("#analyze")
    page.wait_for_selector("#card")


def test_paste_review_and_see_highlights_and_card(page, server, example_text, tmp_path):
    analyse(page, server, example_text)
    assert page.inner_text("#card h2") == "Карточка"
    people = page.inner_text("#people")
    assert "Мария Левина" in people and "Вера Остапенко" in people
    titles = page.eval_on_selector_all("#review-text .m", "els => els.map(e => e.title)")
    assert any(t.startswith("Мария Левина: актёр") for t in titles)
    assert any(t.startswith("фильм: Тихий берег") for t in titles)
    assert page.locator("#review-text .m-work").count() >= 2
    assert page.inner_text("#verdict").startswith("Оценка рецензии:")
    assert page.inner_text("#liked").startswith("понравился ")
    assert page.locator("#aspects tr").count() >= 2
    assert page.locator("#review-text .ev-positive").count() >= 1
    # the text shown is the text given, character for character
    assert page.inner_text("#review-text").replace("\n", "") == example_text.replace("\n", "")
    shot(page, "analyze", tmp_path)


def test_seed_review_card_is_shown_fully(page, server, shared):
    text = (shared / "data" / "seed" / "the-runaways.txt").read_text(encoding="utf-8")
    analyse(page, server, text)
    people = page.inner_text("#people")
    for name in ("Дакота Фэннинг", "Кристен Стюарт", "Майкл Шеннон", "Флория Сигизмонди"):
        assert name in people
    assert page.locator("#works tr").count() == 5  # header + the four works


def test_markup_in_a_review_never_runs(page, server):
    analyse(page, server, XSS)
    assert page.evaluate("window.__pwned") is None
    assert "<script>" in page.inner_text("#review-text")
    assert page.locator("#review-text script, #review-text img, #review-text svg, #card script").count() == 0
    page.hover("#review-text")
    assert page.evaluate("window.__pwned") is None


def test_keyboard_only(page, server, example_text):
    page.goto(server.url + "/")
    page.focus("#text")
    page.keyboard.insert_text(example_text)
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#card")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") in ("BUTTON", "SPAN", "A")


def test_film_page_shows_charts(page, server, tmp_path):
    page.goto(server.url + "/films")
    page.wait_for_selector("#films a")
    shot(page, "films", tmp_path)
    page.click("text=Северный ветер")
    page.wait_for_selector("#rating-histogram")
    assert page.locator("svg.chart").count() >= 3
    assert "Ирина Белова" in page.inner_text("#cast")
    shot(page, "film", tmp_path)


def test_search_page(page, server, tmp_path):
    page.goto(server.url + "/search?q=шутки")
    page.wait_for_selector("#results mark")
    assert page.locator("#results blockquote").count() == 2
    page.fill("#q", "финал")
    page.keyboard.press("Enter")
    page.wait_for_selector("#results mark")
    shot(page, "search", tmp_path)
