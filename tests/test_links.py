"""Addresses in the output made absolute against the page's address."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import extract
from artextract.links import NOT_RESOLVED, _from_root, _kept_as_is, absolute, page_base

BASE = "https://news.example.org/2024/05/bridge.html"


@pytest.mark.parametrize("url, expected", [
    ("/img/a.jpg", "https://news.example.org/img/a.jpg"),
    ("b.jpg", "https://news.example.org/2024/05/b.jpg"),
    ("//cdn.example.net/c.jpg", "https://cdn.example.net/c.jpg"),
    ("https://other.example.com/d.jpg", "https://other.example.com/d.jpg"),
    ("data:image/gif;base64,R0lGOD", "data:image/gif;base64,R0lGOD"),
    ("mailto:desk@example.org", "mailto:desk@example.org"),
    ("http://[broken/e.jpg", "http://[broken/e.jpg"),
    (None, None),
])
def test_absolute(url: str | None, expected: str | None) -> None:
    assert absolute(url, BASE) == expected


def test_only_an_absolute_web_address_is_a_base() -> None:
    assert page_base(None, BASE) == BASE
    assert page_base("file:///tmp/x.html", BASE) == BASE
    assert page_base("/story", "http://[broken") is None


def test_base_href_wins_resolved_against_the_page_address() -> None:
    assert page_base(BASE, None, "https://static.example.net/") == "https://static.example.net/"
    assert page_base(None, BASE, "/archive/") == "https://news.example.org/archive/"
    assert page_base(None, None, "/archive/") is None


PAGE = """<html><head><title>Bridge</title>{head}</head><body><article><h1>Bridge reopens</h1>
<p>The council met on Tuesday, and after a long debate, it approved the plan to rebuild the old bridge,
which had been closed since the spring floods, at a cost of four million euros.</p>
<figure><img src="/img/bridge.jpg"><figcaption>The bridge at dawn</figcaption></figure>
<p>Work starts in June, and the bridge should open again to traffic and walkers before the winter, the
council said in a statement after the vote, which passed by a wide margin.</p></article></body></html>"""


def _caption_image(html: str, **kwargs: str) -> str | None:
    article = extract(html, **kwargs)
    return next(s.image for s in article.sections if s.type == "caption")


def test_caption_image_resolved_against_the_canonical_address_or_the_given_one() -> None:
    canonical = PAGE.format(head=f'<link rel="canonical" href="{BASE}">')
    assert _caption_image(canonical) == "https://news.example.org/img/bridge.jpg"
    assert _caption_image(PAGE.format(head=""), url="https://mirror.example.com/x/") == \
        "https://mirror.example.com/img/bridge.jpg"
    assert _caption_image(PAGE.format(head="")) == "/img/bridge.jpg"  # no address known: as the page wrote it
    based = PAGE.format(head=f'<base href="https://static.example.net/v2/"><link rel="canonical" href="{BASE}">')
    assert _caption_image(based) == "https://static.example.net/img/bridge.jpg"


# --- the shortcut for absolute addresses gives what urljoin gives --------------------------------------

_URL_PARTS = st.sampled_from(["http", "https", "HTTP", "ftp", ":", "//", "/", "?", "#", ";", "[", "]", "@", ".",
                              "..", "a", "b.c", "x=1", " ", "\t", "\n", "é", "%20", "?#", "80"])
_BASES = st.sampled_from([BASE, "http://a.example/b/c", "https://x.example", "ftp://f.example/", "http://[bad",
                          "https://h.example/p;q?r#s", "https://u@h.example:8080?q#f", "http://h.example#f/g",
                          "https://h.example/?", "HTTPS://h.example/"])


@given(st.lists(_URL_PARTS, max_size=12).map("".join), _BASES)
@settings(max_examples=3000, deadline=None)
def test_absolute_agrees_with_urljoin(url: str, base: str) -> None:
    _agrees_with_urljoin(url, base)


@given(st.lists(_URL_PARTS, max_size=12).map(lambda parts: "/" + "".join(parts)), _BASES)
@settings(max_examples=3000, deadline=None)
def test_addresses_from_the_root_agree_with_urljoin(url: str, base: str) -> None:
    """The shortcut for "/path" and "//host/path" (_from_root) gives what urljoin gives."""
    _agrees_with_urljoin(url, base)


def _agrees_with_urljoin(url: str, base: str) -> None:
    try:
        joined = urljoin(base, url.strip())
    except ValueError:
        joined = url
    if url and not url.startswith(NOT_RESOLVED):
        assert absolute(url, base) == joined


@pytest.mark.parametrize("url", ["https://a.example/x", "http://a.example", "https://a.example/p?q=1#f",
                                 "https://a.example/p#f?x"])
def test_absolute_addresses_are_kept_as_is(url: str) -> None:
    assert _kept_as_is(url)
    assert absolute(url, "https://b.example/") == urljoin("https://b.example/", url) == url


@pytest.mark.parametrize("url", ["https://a.example/p?", "https://a.example/p#", "https://a.example/p?#f",
                                 "https://a.example/p;x", "http:///p", "HTTPS://a.example/", "https://é.example/",
                                 "https://[::1]/", "https://a.example/x "])
def test_addresses_urljoin_changes_take_the_long_way(url: str) -> None:
    assert not _kept_as_is(url)


@pytest.mark.parametrize("url, expected", [
    ("/img/a.jpg?w=1#top", "https://news.example.org/img/a.jpg?w=1#top"),
    ("//cdn.example.net/a/../b.jpg", "https://cdn.example.net/a/../b.jpg"),  # urljoin keeps a host's dots
    ("/a/../b.jpg", None),  # urljoin takes the dots out: the long way
    ("/a/b.jpg?", None),
])
def test_from_root(url: str, expected: str | None) -> None:
    assert _from_root(url, "https://news.example.org") == expected
    if expected is not None:
        assert urljoin(BASE, url) == expected
