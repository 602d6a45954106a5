"""Property tests: whatever the input, extract returns an Article or raises one of our errors for input
that is no page, never an InternalError (a fault of ours, which extract wraps other exceptions in)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
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
