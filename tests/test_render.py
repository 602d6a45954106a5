"""Renderers: the view as exact text at a fixed width, Markdown and plain text shapes."""

from __future__ import annotations

import io

import pytest

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


# --- Markdown keeps the page's text as text ------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from markdown_it import MarkdownIt  # noqa: E402

from artextract.model import Article, Body, Caption, Headline, Related, RelatedItem  # noqa: E402

#: CommonMark as its reference parser reads it
_COMMONMARK = MarkdownIt("commonmark")

#: words of a page's text, markup characters among them, and lines that open Markdown blocks
_WORD = st.sampled_from(["word", "C#", "#", "##", "-", "+", "*", "**", "_", "__", "1.", "2)", ">", "<b>", "</p>",
                         "[x]", "(y)", "`code`", "\\", "&amp;", "&#38;", "---", "===", "~~~", "***", "!", "[", "]",
                         "<!--", "-->", "a_b", "x*y", "https://e.org/a_b"])
_TEXT_LINE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_PARAGRAPH = st.lists(_TEXT_LINE, min_size=1, max_size=4).map("\n".join)


def _shown(markdown: str) -> list[tuple[str, str]]:
    """What a CommonMark reader shows of a document: each block's kind, and its text with its line breaks."""
    blocks: list[tuple[str, str]] = []
    kind = ""
    for token in _COMMONMARK.parse(markdown):
        if token.type.endswith("_open") and token.nesting == 1 and token.type not in ("paragraph_open",):
            kind = kind or token.type[:-5]
        if token.type == "inline":
            parts = []
            for child in token.children or []:
                assert child.type in ("text", "hardbreak", "softbreak"), f"{child.type} in {markdown!r}"
                parts.append("\n" if child.type.endswith("break") else child.content)
            blocks.append((kind or "paragraph", "".join(parts)))
            kind = ""
    return blocks


@settings(max_examples=400, deadline=None)
@given(_PARAGRAPH)
def test_a_body_paragraph_shows_as_the_pages_text(text: str) -> None:
    article = Article(sections=[Body(paragraphs=[text], text=text)])
    assert _shown(render_markdown(article)) == [("paragraph", text)]


@settings(max_examples=200, deadline=None)
@given(_TEXT_LINE, _TEXT_LINE, _TEXT_LINE)
def test_a_headline_caption_and_related_title_show_as_the_pages_text(headline: str, caption: str,
                                                                      title: str) -> None:
    article = Article(sections=[
        Headline(text=headline),
        Caption(text=caption, image="https://e.org/a picture (1).jpg"),
        Related(items=[RelatedItem(title=title, url="https://e.org/story (2)")], text=title),
    ])
    md = render_markdown(article)
    tokens = _COMMONMARK.parse(md)
    inlines = [t for t in tokens if t.type == "inline"]
    assert inlines[0].content and "".join(c.content for c in inlines[0].children or []) == headline
    caption_text = [c.content for c in inlines[1].children or [] if c.type == "text"]
    assert caption in caption_text
    images = [c for c in inlines[1].children or [] if c.type == "image"]
    assert [i.attrs["src"] for i in images] == ["https://e.org/a%20picture%20%281%29.jpg"]
    links = [c for t in inlines for c in t.children or [] if c.type == "link_open"]
    assert [link.attrs["href"] for link in links] == ["https://e.org/story%20%282%29"]


@pytest.mark.parametrize("text", ["def f():\n    return 1", "rekt: {\n    list: [\n    ```\n]"])
def test_preformatted_text_is_a_code_block_of_the_same_text(text: str) -> None:
    md = render_markdown(Article(sections=[Body(paragraphs=[text], text=text)]))
    assert [(t.type, t.content) for t in _COMMONMARK.parse(md)] == [("fence", text + "\n")]


def test_boilerplate_stays_inside_its_html_comment() -> None:
    from artextract.model import Boilerplate

    md = render_markdown(Article(sections=[Boilerplate(text="Share --> <script>x</script>")]))
    assert md.count("-->") == 1 and md.rstrip().endswith("-->")
