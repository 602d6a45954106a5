"""Addresses in the output made absolute against the page's address."""

from __future__ import annotations

import pytest

from artextract import extract
from artextract.links import absolute, page_base

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
