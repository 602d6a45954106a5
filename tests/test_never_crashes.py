"""Property tests: whatever the input, extract returns an Article or raises one of our errors for input
that is no page, never an InternalError (a fault of ours, which extract wraps other exceptions in)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from artextract import Article, ArtextractError, InternalError, extract

LINES = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from(["", "Comments", "Summary", "Related", "By Jane Doe", "May 3, 2024", "# Title", "* item",
                         "> quote", "```", "Photo: Jane/AFP", "Click to Enlarge", "Reply", "12 comments",
                         "Popular posts from this blog", "[a](b)", "![x](y)"]),
        st.text(alphabet="abc .,!?\n", min_size=50, max_size=400),
    ),
    max_size=60,
)
TAGS = st.sampled_from(["p", "div", "h1", "h2", "li", "ul", "figure", "figcaption", "article", "nav", "footer",
                        "section", "span", "a", "b", "table", "tr", "td", "script", "pre", "blockquote"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = ["<html><head><title>", draw(st.text(max_size=40)), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(TAGS)
        attr = draw(st.sampled_from(["", ' class="comment"', ' id="content"', ' class="related"', ' class="share"']))
        parts.append(f"<{tag}{attr}>{draw(st.text(max_size=120))}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "".join(parts)


def _check(data: str | bytes, **kwargs: object) -> None:
    try:
        article = extract(data, **kwargs)  # type: ignore[arg-type]
    except InternalError:
        raise  # a fault of ours is what these tests look for
    except ArtextractError:
        return
    assert isinstance(article, Article)
    article.to_dict()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(LINES)
@example(["```"])  # a page of one empty code fence: blocks, but no article run (a rule read past the page)
@example(["******"])  # a line of emphasis marks only: a block without text (a first character read past it)
def test_any_text_lines(lines: list[str]) -> None:
    _check("\n".join(lines), input_format="text")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(html_pages())
def test_any_html(page: str) -> None:
    _check(page, input_format="html")
    _check(page.encode("utf-8", "surrogatepass"), input_format="auto")


def test_a_fault_of_ours_comes_out_as_an_internal_error(break_on) -> None:
    break_on("paragraph")
    with pytest.raises(InternalError, match="ZeroDivisionError") as caught:
        extract("A headline\n\nA paragraph of text that reads like one.")
    assert isinstance(caught.value, ArtextractError) and isinstance(caught.value.__cause__, ZeroDivisionError)


def test_options_survive_pickling() -> None:  # worker processes (--jobs) get them pickled
    import pickle

    from artextract import Options

    options = Options(keep_boilerplate=True, disabled_rules=frozenset({"link_heavy"}))
    assert pickle.loads(pickle.dumps(options)) == options


# --- inputs nested deeper than any real page -----------------------------------------------------------
# A broken or hostile page may nest its markup or its JSON-LD thousands deep; what is read from it must
# still validate, render and dump, and nothing of the article may be lost.


def _threaded_comments_page(depth: int) -> str:
    """A WordPress page whose comments each reply to the one before, `depth` deep."""
    one = ('<li class="comment" id="comment-{i}"><article class="comment-body"><footer class="comment-meta">'
           '<div class="comment-author vcard"><b class="fn">Reader {i}</b></div></footer>'
           '<div class="comment-content"><p>Reply number {i} says something.</p></div></article><ol class="children">')
    return ('<html><body><article><h1>A post</h1><p>' + "The post's own words run on for a while here. " * 20
            + '</p></article><div id="comments" class="comments-area"><h2>Comments</h2><ol class="comment-list">'
            + "".join(one.format(i=i) for i in range(depth)) + "</ol></li>" * depth + "</ol></div></body></html>")


def _tree_depth(items: list) -> int:  # type: ignore[type-arg]
    return 1 + max(map(_tree_depth, (c.replies for c in items))) if items else 0


@pytest.mark.parametrize("depth", [5, 1500])
def test_replies_nested_past_any_thread_keep_every_comment(depth: int) -> None:
    from artextract.assemble import MAX_REPLY_DEPTH
    from artextract.render import render_markdown, render_text

    article = extract(_threaded_comments_page(depth), input_format="html")
    [comments] = article.sections_of("comments")
    assert comments.count == depth
    assert _tree_depth(comments.items) == min(depth, MAX_REPLY_DEPTH)
    for i in (0, depth // 2, depth - 1):
        assert f"Reply number {i} says something." in comments.text
    # the deepest replies sit beside each other, in the page's order
    deepest = comments.items[0]
    for _ in range(min(depth, MAX_REPLY_DEPTH) - 1):
        deepest = deepest.replies[0]
    assert deepest.author == f"Reader {min(depth, MAX_REPLY_DEPTH) - 1}"
    article.model_dump_json()
    article.to_dict()
    assert f"Reply number {depth - 1} says something." in render_markdown(article)
    assert f"Reply number {depth - 1} says something." in render_text(article)


def _json_ld_page(opening: str, closing: str, depth: int) -> str:
    inner = '{"@type": "NewsArticle", "headline": "The headline in JSON-LD", "author": "Ann Writer"}'
    return ('<html><head><script type="application/ld+json">' + opening * depth + inner + closing * depth
            + "</script></head><body><p>" + "A paragraph of the article's text. " * 20 + "</p></body></html>")


@pytest.mark.parametrize(("opening", "closing"), [('{"@graph": [', "]}"), ("[", "]"),
                                                   ('{"@type": "Article", "author": [', "]}"),
                                                   ('{"@type": "Thing", "mainEntity": ', "}")])
@pytest.mark.parametrize("depth", [900, 5000])
def test_json_ld_nested_past_reading_is_left_unread(opening: str, closing: str, depth: int) -> None:
    article = extract(_json_ld_page(opening, closing, depth), input_format="html")
    assert "A paragraph of the article's text." in article.body_text
    assert article.metadata.authors != ["Ann Writer"]  # far too deep to be the page's article


@pytest.mark.parametrize(("opening", "closing"), [('{"@graph": [', "]}"), ("[", "]")])
def test_json_ld_nested_a_few_levels_is_read(opening: str, closing: str) -> None:
    article = extract(_json_ld_page(opening, closing, 3), input_format="html")
    assert article.metadata.authors == ["Ann Writer"]
