"""The cheap tests meta_html runs before its regexes give the regexes' answers (each checked against
the slow definition it stands for)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.meta_html import (
    AUTHOR_LABEL_ALONE,
    AUTHOR_LABEL_INITIALS,
    BYLINE_INITIALS,
    HEADING_ANCHOR,
    JSON_WRAPPER,
    JSON_WRAPPER_MARKS,
    _is_author_label,
    _unwrap_json,
    _without_anchor,
)
from artextract.vocab import BYLINE

#: the words the byline regexes start with, each as a first word and as a label with a name after it
BYLINE_WORDS = (
    "written", "posted", "published", "reported", "publicado", "escrito", "geschrieben", "verfasst",
    "veröffentlicht", "publié", "écrit", "rédigé", "pubblicato", "scritto", "story", "text", "words", "by",
    "von", "par", "por", "di", "door", "de", "da", "author", "autor", "auteur", "autore", "texte", "testo",
)
LABEL_WORDS = ("von", "by", "autor", "autorin", "author", "authors", "auteur", "autore", "verfasser",
               "redaktion", "text", "written by", "geschrieben von", "escrito por", "écrit par")
#: characters a line may start with: Latin, Greek, Cyrillic, and those the regex engine folds into
#: ASCII letters ("ſ" an s, "K" the Kelvin sign a k, "İ" and "ı" an i)
FIRST_CHARACTERS = [chr(c) for c in range(0x530)] + list("ſKİıẞﬅﬆ")

#: text near what the regexes read: their words, spaces, colons, line breaks, marks
ALPHABET = st.sampled_from([*"aAbBdDeEéÉgGpPrRsSſtTvVwWyYoOnNx :\n\t¶#§<!-]>/ 2", "by ", "von ", "Autor"])
TEXT = st.lists(ALPHABET, max_size=30).map("".join)


def slow_byline(line: str) -> bool:
    return BYLINE.match(line) is not None


def test_byline_initials_cover_every_first_character() -> None:
    for first in FIRST_CHARACTERS:
        if first.lower() in BYLINE_INITIALS:
            continue
        for word in BYLINE_WORDS:
            for rest in (f"{word[1:]} Jane Doe", f"{word[1:]}: Jane Doe", f"{word[1:]} by Jane Doe"):
                assert BYLINE.match(first + rest) is None, first + rest


def test_author_label_initials_cover_every_first_character() -> None:
    for first in FIRST_CHARACTERS:
        if first.lower() in AUTHOR_LABEL_INITIALS:
            continue
        for word in LABEL_WORDS:
            for rest in (word[1:], f"{word[1:]}:", f"{word[1:]} : "):
                assert AUTHOR_LABEL_ALONE.match(first + rest) is None, first + rest
                assert AUTHOR_LABEL_ALONE.match(" \t" + first + rest) is None, first + rest


@settings(max_examples=500)
@given(TEXT)
def test_byline_initials_agree_with_byline(line: str) -> None:
    if line[:1].lower() not in BYLINE_INITIALS:
        assert BYLINE.match(line) is None


@settings(max_examples=500)
@given(TEXT)
def test_is_author_label_agrees_with_the_regex(line: str) -> None:
    assert _is_author_label(line) == (AUTHOR_LABEL_ALONE.match(line) is not None)


@settings(max_examples=500)
@given(TEXT)
def test_without_anchor_agrees_with_the_regex(heading: str) -> None:
    assert _without_anchor(heading) == HEADING_ANCHOR.sub("", heading)


def slow_unwrap(text: str) -> str:
    if any(mark in text for mark in JSON_WRAPPER_MARKS):
        text = JSON_WRAPPER.sub("", text)
    return text.strip()


JSON_PARTS = st.sampled_from(["<![CDATA[", "]]>", "<!--", "-->", "//", " ", "\n", "\u2003", '{"a": 1}', "x", "<!", "-"])


@settings(max_examples=500)
@given(st.lists(JSON_PARTS, max_size=12).map("".join))
def test_unwrap_json_agrees_with_the_regex(text: str) -> None:
    assert _unwrap_json(text) == slow_unwrap(text)


def test_unwrap_json_examples() -> None:
    assert _unwrap_json('  <![CDATA[ {"a": 1} ]]>  ') == '{"a": 1}'
    assert _unwrap_json('\n// <!--\n{"a": 1}\n// -->\n') == '{"a": 1}'
    assert _unwrap_json(' {"a": "<!-- inside -->"} ') == '{"a": "<!-- inside -->"}'
    assert re.sub(r"\s", "", _unwrap_json("<!--{}-->")) == "{}"
