"""Renderers: the view as exact text at a fixed width, Markdown and plain text shapes."""

from __future__ import annotations

import io

from rich.console import Console

from artextract import extract
from artextract.render import render_markdown, render_text
from artextract.render.view import THEME, ArticleView

from .conftest import GOLDEN, SAMPLES

WIDTH = 80


def _view(sample: str) -> str:
    out = io.StringIO()
    console = Console(file=out, width=WIDTH, theme=THEME, no_color=True, force_terminal=False)
    console.print(ArticleView(extract((SAMPLES / sample).read_bytes())))
    return out.getvalue()


def test_view_at_80_columns_matches_golden(update_golden: bool) -> None:
    golden = GOLDEN / "analysis-page.view.txt"
    got = _view("analysis-page.txt")
    if update_golden:
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")
    assert all(len(line) <= WIDTH for line in got.splitlines())


def test_view_of_threaded_comments_draws_the_thread() -> None:
    got = _view("wordpress-captions.html")
    assert "├── " in got and "└── " in got


def test_markdown_levels_and_caption() -> None:
    md = render_markdown(extract((SAMPLES / "analysis-page.txt").read_bytes()))
    assert md.startswith("# ")
    assert "\n## Analysis\n" in md and "\n### " in md
    assert "\n*Trucks loaded with coal" in md


def test_text_has_no_markup() -> None:
    text = render_text(extract((SAMPLES / "news-story.txt").read_bytes()))
    assert "#" not in text and "**" not in text
    assert text.splitlines()[0] == "City council approves seawall plan after six-hour hearing"


def test_a_caption_that_is_only_a_credit_shows_the_credit_once() -> None:
    prose = ("The ferry line runs again from Monday, and the people of the town take it to work, to school "
             "and to the market, as they did before the storm.")
    text = (f"Harbour Ferry Line Opens Again\n\nBy Jane Doe\n\n{prose}\n\n![](https://example.org/ferry.jpg)\n\n"
            f"Jane Doe/REUTERS\n\n{prose}\n\nA crowd at the pier on Monday.\n\nJane Doe/REUTERS\n\n{prose}")
    article = extract(text, input_format="text")
    credits = [(s.text, s.credit) for s in article.sections if s.type == "caption"]
    assert credits and all(credit == "Jane Doe/REUTERS" and text != credit for text, credit in credits)
    md, plain = render_markdown(article), render_text(article)
    assert md.count("Jane Doe/REUTERS") == plain.count("Jane Doe/REUTERS") == len(credits)
    assert "**" not in md and "\n\n(Jane Doe/REUTERS)\n" in plain


def test_a_labelled_credit_keeps_its_words_as_the_caption_and_shows_once() -> None:
    prose = ("The ferry line runs again from Monday, and the people of the town take it to work, to school "
             "and to the market, as they did before the storm.")
    text = f"Harbour Ferry Line Opens Again\n\nBy Jane Doe\n\n{prose}\n\nPhoto: Jane Doe/REUTERS\n\n{prose}"
    article = extract(text, input_format="text")
    assert [(s.text, s.credit) for s in article.sections if s.type == "caption"] == [
        ("Photo: Jane Doe/REUTERS", "Jane Doe/REUTERS")]
    assert "\n*Photo: Jane Doe/REUTERS*\n" in render_markdown(article)
