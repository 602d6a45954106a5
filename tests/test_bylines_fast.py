"""The cheap tests bylines runs before its regexes give the regexes' answers (each checked against the
pattern it stands for, on text near what the patterns read)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.bylines import (
    BYLINE_PREFIX,
    BYLINE_TAIL,
    NAME_JOINERS,
    NOT_A_NAME,
    PREFIX_STEMS,
    PREFIX_WORDS,
    _after_label,
    may_have_tail,
    may_join_names,
    may_open_with_prefix,
    not_a_name,
)

from artextract.vocab import PIECE_KINDS

from .test_hostile_input import _read_alike

#: the words and marks the patterns read, names, white space of several kinds, characters the regex
#: engine folds into ASCII letters ("ſ", "K", "İ", "ı"), digits and other marks
PIECES = st.sampled_from([
    *PREFIX_WORDS, *PREFIX_STEMS, "on", "am", "le", "el", "in", "updated", "published", "und", "and", "et", "y",
    "e", "en", "only", "on.", "in_", "Lee", "Eva",
    "Jane", "Doe", "O'Neil", "Ana", "Cruz", "ON", "By", "Y", "E", "name", "x", "_", "3", "12",
    " ", " ", "  ", "\t", "\n", "\u00a0", "\x1c", ":", ".", ",", ";", "&", "|", "/", "(", ")", "-", "•", "·",
    "@", "www", "http", "://", ".com", "ſ", "K", "İ", "ı", "é",
])
TEXT = st.lists(PIECES, max_size=12).map("".join)


#: each cheap test of bylines with the pattern it stands before: it passes every text that the pattern finds
#: something in. (may_join_names: so where clean_authors skips NAME_JOINERS, its findall would find nothing and
#: its split give the text whole; with not_a_name and _after_label below, clean_authors reads as with every
#: pattern run)
CHEAP_TESTS = [
    pytest.param(BYLINE_PREFIX.match, may_open_with_prefix, id="may_open_with_prefix"),
    pytest.param(BYLINE_TAIL.search, may_have_tail, id="may_have_tail"),
    pytest.param(NAME_JOINERS.search, may_join_names, id="may_join_names"),
]


@pytest.mark.parametrize(("pattern", "cheap_test"), CHEAP_TESTS)
@settings(max_examples=3000)
@given(text=TEXT)
def test_a_cheap_test_passes_where_its_pattern_finds(pattern: Callable[[str], object],
                                                     cheap_test: Callable[[str], bool], text: str) -> None:
    if pattern(text) is not None:
        assert cheap_test(text), text


@settings(max_examples=3000)
@given(TEXT)
def test_not_a_name_is_the_pattern(text: str) -> None:
    assert not_a_name(text) == (NOT_A_NAME.search(text) is not None), text


def _after_label_by_the_patterns(value: str) -> tuple[str, bool]:
    """_after_label as it read before its cheap tests: each pattern run on the text."""
    from artextract.bylines import LABELLED_AUTHOR, MID_BYLINE

    labelled = LABELLED_AUTHOR.search(value) or MID_BYLINE.search(value)
    if labelled and labelled.start() > 0:
        return BYLINE_TAIL.sub("", BYLINE_PREFIX.sub("", labelled.group("names"))), True
    names = BYLINE_PREFIX.sub("", value)
    return BYLINE_TAIL.sub("", names), names != value


@settings(max_examples=3000)
@given(TEXT)
def test_after_label_reads_as_the_patterns(text: str) -> None:
    assert _after_label(text) == _after_label_by_the_patterns(text), text


def test_common_names_skip_the_patterns() -> None:
    for name in ("Jane Doe", "Max Muster", "Sarah Needleman"):
        assert not may_open_with_prefix(name) and not may_join_names(name) and not not_a_name(name)
    assert not may_have_tail("Max Muster") and may_have_tail("Jane Doe (AP)") and may_have_tail("Jane Doe on")
    assert not may_have_tail("Anna Ong Lee") and may_have_tail("Jane Doe on.") and may_have_tail("Jane Doe 3")
    assert may_open_with_prefix("Authorname") and may_open_with_prefix("  by Jane")
    assert may_join_names("Jane Doe and John Roe") and may_join_names("Jane-e-Doe")


#: BYLINE_PREFIX and NAME_JOINERS as they were spelt before being built from their word lists (with the kinds
#: of piece, and their articles, that a byline may open with since: "Analysis by", "Eine Kolumne von")
_KINDS = "|".join(PIECE_KINDS)
_SPELT_PREFIX = re.compile(
    rf"^\s*(?:(?:an|a|eine|ein|une|un|una|uno)\s+(?={_KINDS}))?"
    rf"(?:(?:written|posted|published|reported|story|text|words|photos?|a|{_KINDS})\s+)?"
    r"(?:by|von|par|por|di|door|de)\s*:?\s+"
    r"|^\s*(?:author|autor|auteur|autorin|verfasser|posted)\s*:?\s*|^\s*(?:redaktion|text)\s*:\s*", re.IGNORECASE)
_SPELT_JOINERS = re.compile(r"(?:(?<!\s)\s+)?(?:,|;|\band\b|&|\bund\b|\bet\b|\b[ye]\b(?!\.)|\||/)\s*", re.IGNORECASE)


@settings(max_examples=2000)
@given(TEXT)
def test_patterns_built_from_their_words_read_as_spelt(text: str) -> None:
    _read_alike(_SPELT_PREFIX, BYLINE_PREFIX, text)
    _read_alike(_SPELT_JOINERS, NAME_JOINERS, text)
