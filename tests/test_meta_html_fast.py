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
    _DATELINE_LOWERED,
    _LABELLED_AUTHOR_LOWERED,
    _PUBLISHED_LABEL_LOWERED,
    DIGIT_KEYS_HINT,
    _is_author_label,
    _match,
    _may_hold_date_keys,
    _may_open_byline,
    _search,
    _unwrap_json,
    _without_anchor,
)
from artextract.bylines import LABELLED_AUTHOR
from artextract.vocab import BYLINE, DATELINE, PUBLISHED_LABEL

#: the words the byline regexes start with, each as a first word and as a label with a name after it
BYLINE_WORDS = (
    "written", "posted", "published", "reported", "publicado", "escrito", "geschrieben", "verfasst",
    "veröffentlicht", "publié", "écrit", "rédigé", "pubblicato", "scritto", "story", "text", "words", "by",
    "von", "par", "por", "di", "door", "de", "da", "author", "autor", "auteur", "autore", "texte", "testo",
)
LABEL_WORDS = ("von", "by", "autor", "autorin", "autoren", "auteurs", "verfasserin", "author", "authors", "auteur",
               "autore", "verfasser",
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


#: lines that start with a byline's word, in any case, glued to what the regexes read after it
FIRST_WORD_LINES = st.tuples(
    st.sampled_from([*BYLINE_WORDS, *LABEL_WORDS, "autors", "textes", "testos", "writte", "bye", ""]),
    st.sampled_from(["lower", "upper", "title"]), TEXT,
).map(lambda t: getattr(t[0], t[1])() + t[2])


@settings(max_examples=3000)
@given(st.one_of(TEXT, FIRST_WORD_LINES, st.text(max_size=20)))
def test_may_open_byline_agrees_with_byline(line: str) -> None:
    if BYLINE.match(line) is not None:
        assert _may_open_byline(line), line


@settings(max_examples=3000)
@given(st.one_of(FIRST_WORD_LINES, st.text(alphabet=" \t\n\u00a0:vonbyKſİıé", max_size=12)))
def test_is_author_label_agrees_with_the_regex_on_label_words(line: str) -> None:
    assert _is_author_label(line) == (AUTHOR_LABEL_ALONE.match(line) is not None), line


def test_may_open_byline_on_first_words() -> None:
    for word in BYLINE_WORDS:
        for line in (f"{word} Jane Doe", f"{word.upper()}: Jane Doe", f"{word.title()} by Jane Doe"):
            assert _may_open_byline(line) is True, line
    assert not _may_open_byline("Bye Jane Doe")
    assert not _may_open_byline("The council met on Tuesday")
    assert _may_open_byline("Byſ Jane")  # left to the regex


@settings(max_examples=2000)
@given(st.text(min_size=1, max_size=8))
def test_a_printable_key_without_a_space_is_one_key(key: str) -> None:
    """_meta_values splits only keys with " " or unprintable characters: every other key is one key."""
    if " " not in key and key.isprintable():
        assert key.split() == [key]


def test_every_white_space_is_a_space_or_unprintable() -> None:
    for code in range(0x110000):
        ch = chr(code)
        if ch.isspace():
            assert ch == " " or not ch.isprintable(), hex(code)


#: script text near what DIGIT_KEYS_HINT reads: its words in any case, the characters the regex engine
#: folds into their letters, other letters beyond ASCII
SCRIPT_TEXT = st.lists(
    st.sampled_from(["publish", "PUBLISH", "Created", "creat", "publİsh", "publıſh", "crеated", "K", "ı", "ſ", "İ",
                     "é", "ß", "\u0130", "pub", "lish", "ed", "c", "r", "e", "a", "t", " ", "\"", ":"]),
    max_size=12,
).map("".join)


@settings(max_examples=3000)
@given(st.one_of(SCRIPT_TEXT, st.text(max_size=20)))
def test_may_hold_date_keys_is_the_pattern(text: str) -> None:
    assert _may_hold_date_keys(text) == (DIGIT_KEYS_HINT.search(text) is not None), text


#: lines near what PUBLISHED_LABEL, DATELINE and LABELLED_AUTHOR read
LABEL_LINE = st.lists(
    st.sampled_from(["Published", "posted on", "Updated:", "Datum:", "date", "am ", " on ", "vom", "Autor:", "By:",
                     "Von", "Jane Doe", "Quelle:", "12", "3.", "2020", "-", "05", "Monday,", "May", "Mai", "März",
                     " ", "  ", "\t", ":", ".", "ı", "ſ", "K", "é"]),
    max_size=10,
).map("".join)


@settings(max_examples=3000)
@given(LABEL_LINE)
def test_lowered_patterns_read_as_the_patterns(line: str) -> None:
    for pattern, lowered in ((PUBLISHED_LABEL, _PUBLISHED_LABEL_LOWERED), (DATELINE, _DATELINE_LOWERED),
                             (LABELLED_AUTHOR, _LABELLED_AUTHOR_LOWERED)):
        found, expected = _search(pattern, lowered, line), pattern.search(line)
        assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:20], line)
        found, expected = _match(pattern, lowered, line), pattern.match(line)
        assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:20], line)


@settings(max_examples=3000)
@given(st.one_of(TEXT, st.lists(st.sampled_from([*LABEL_WORDS, " ", "  ", ":", "\t", "x", "Jane"]), max_size=6)
                 .map("".join)))
def test_is_author_label_agrees_with_the_regex_on_padded_labels(line: str) -> None:
    assert _is_author_label(line) == (AUTHOR_LABEL_ALONE.match(line) is not None), line
