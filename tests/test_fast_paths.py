"""The cheaper readings of a line give what the readings they stand for give (shape, features, front_text)."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import features, front_text, shape
from artextract.blocks import Block
from artextract.features import (
    CREDIT_LABEL_MAX_MATCH,
    SHORT_LINE_MAX_CHARS,
    _credit_label_found,
    _long_line_signals,
    _short_line_signals,
)
from artextract.vocab import CONSENT_WORDS, CREDIT_LABEL, CREDIT_LABEL_KEYS, lowered_view

#: characters that the readings treat each their own way: white space of every kind, invisible marks,
#: quotes, dashes, stops, characters of other cases, letters of other scripts, credit and consent words
_CHARS = " \t\n\x0b\x0c\r\x1c\xa0\u2000\u3000\u200b\u00ad\ufeff.,;!?\"'”’»)(„«–—:|©İıſKßéÉaAbBxX1中ไ"
_WORDS = ["photo", "Photo", "credit", "crédit", "by", "von", ": ", "cookie", "follow", "©", "rights reserved",
          "Getty Images", "Reuters", "the ", "said ", "Quelle", "image", "We use cookies", "newsletter",
          "All Rights Reserved", "Follow us on Twitter", "réservé aux abonnés", "RÉSERVÉ", "Dieser Artikel enthält ",
          "Werbung", "Warning: ", "the story is available to members", "Download the app", "Ü", "ü", "Ä", "Cookie",
          "subscribe", "Subscribe to our newsletter", "java\udcffscript"]
texts = st.lists(st.one_of(st.sampled_from(list(_CHARS)), st.sampled_from(_WORDS)), max_size=40).map("".join)
long_texts = st.tuples(texts, st.text(alphabet=_CHARS + "abcdefghij ", min_size=SHORT_LINE_MAX_CHARS + 1,
                                      max_size=600), texts).map("".join)

_RUNS = re.compile(r"[ \t\f\v]+")


def _clean_by_definition(line: str) -> str:
    for mark in front_text._INVISIBLE:
        line = line.replace(mark, "")
    cleaned = _RUNS.sub(" ", line).strip(" ")
    return cleaned if cleaned.strip() else ""


@given(texts)
@settings(max_examples=2000)
def test_clean_is_its_definition(line: str) -> None:
    assert front_text._clean(line) == _clean_by_definition(line)
    marks = tuple(mark for mark in front_text._INVISIBLE if mark in line)
    tabs = "\t" in line or "\f" in line or "\v" in line
    assert front_text._clean(line, "  " in line, marks, tabs) == _clean_by_definition(line)


def test_whitespace_is_what_split_splits_at() -> None:
    assert "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) == shape.WHITESPACE


@given(st.one_of(texts, long_texts))
@settings(max_examples=1000)
def test_line_readings_are_the_readings(text: str) -> None:
    assert shape.line_words(text) == shape.words(text)
    assert shape.has_inner_punctuation(text) == bool(shape._INNER_PUNCTUATION.search(text))
    assert shape.folded_first(text) == shape.fold_title(text)[:1]
    lowered = text.lower()
    assert CREDIT_LABEL_KEYS.held_by_line(text, lowered) == CREDIT_LABEL_KEYS.held_by(text, lowered)
    assert _credit_label_found(text, lowered) == features._CREDIT_LABEL.found_in(text, lowered)


def test_no_character_folds_to_what_folded_first_skips() -> None:
    """folded_first reads a text's first character that is neither white space nor a quote: none folds
    to a string that starts with white space, a quote or a dash."""
    skipped = shape._SPACE_AND_QUOTES + "–—"
    for char in map(chr, range(sys.maxunicode + 1)):
        if char not in skipped:
            assert char.casefold()[:1] not in skipped, repr(char)


def test_credit_label_max_match() -> None:
    """CREDIT_LABEL_MAX_MATCH is the longest match of CREDIT_LABEL in a single-spaced line: with its runs
    of white space read as one space at most, the pattern matches no more characters."""
    bounded = CREDIT_LABEL.pattern.replace(r"\s*", r"\s?")
    assert r"\s*" in CREDIT_LABEL.pattern and "*" not in bounded and "+" not in bounded
    assert re._parser.parse(bounded, CREDIT_LABEL.flags).getwidth()[1] <= CREDIT_LABEL_MAX_MATCH  # type: ignore[attr-defined]


def test_a_long_line_is_long_enough_to_be_prose() -> None:
    assert SHORT_LINE_MAX_CHARS >= shape.PROSE_MIN_CHARS


@given(long_texts)
@settings(max_examples=500)
def test_long_line_signals_are_the_short_line_signals(text: str) -> None:
    """A long line's signals are those the readings of every line give it (heading, label, byline and date
    signals aside, which a long line does not have)."""
    signals = _long_line_signals(text)
    full = _short_line_signals(text)
    assert signals[:4] == full[:4]
    assert signals[-1] == full[-1]  # the section key
    assert signals[4:-1] == features._UNREAD[4:-1] and len(signals) == len(features._TEXT_SIGNALS)


@given(st.one_of(texts, long_texts))
@settings(max_examples=1000)
def test_lowered_view_readings_are_the_readings(text: str) -> None:
    """A line's words read in its lowered view are those read in text.lower() (and CONSENT_WORDS branch
    by branch is the pattern), for a line without _VIEW_STRAYS' characters."""
    if any(char in text for char in features._VIEW_STRAYS):
        return
    view = lowered_view(text)
    lowered = text.lower()
    if text.isascii():
        assert view == lowered
    for keys in (features._CONSENT_KEYS, CREDIT_LABEL_KEYS):
        assert keys.in_view(view) == keys.in_lowered(lowered)
    assert features._CONSENT_BRANCHES.found_in(text, view) == (CONSENT_WORDS.search(text) is not None)


def test_view_strays_are_every_character_in_the_way() -> None:
    """Every character beyond ASCII that lowers to (or, read by a case-insensitive pattern, stands for) a
    character of the words features reads in a line's lowered view is one of _VIEW_STRAYS."""
    needed = "".join(part.encode("latin-1").decode() for parts, _ in features._CONSENT_BRANCHES.branches
                     for part in parts)
    alphabet = set("".join(features.CONSENT_KEYS + features.CREDIT_LABEL_WORDS) + needed)
    caseless = re.compile("[" + re.escape("".join(sorted(alphabet))) + "]", re.IGNORECASE)
    for char in map(chr, range(0x80, sys.maxunicode + 1)):
        if char in features._VIEW_STRAYS:
            continue
        assert char.lower() == char or not alphabet.intersection(char.lower() + char), repr(char)
        assert char in alphabet or not caseless.fullmatch(char), repr(char)


@given(st.integers(min_value=0, max_value=20_000))
def test_line_origin_is_the_line_number_from_one(lineno: int) -> None:
    # the first lines' origins come from a table made once, the others are formatted: the same text
    assert front_text._line_origin(lineno) == f"line {lineno + 1}"


@given(st.one_of(texts, st.text(alphabet="ab 0189٣१", max_size=12)))
@settings(max_examples=1000)
def test_holds_digit_is_the_digit_pattern(text: str) -> None:
    from artextract.vocab import DIGIT, holds_digit

    assert holds_digit(text) is (DIGIT.search(text) is not None)


@given(st.one_of(texts, st.text(alphabet="ſıİΣσςµKkßẞÉé Ab.x", max_size=12)))
@settings(max_examples=1000)
def test_vocabularies_answer_alike_on_text_that_lowers_alike(text: str) -> None:
    # Caseless reads text beyond ASCII lowered where lowers_alike says it may, with the answers of the
    # pattern itself
    from artextract import bylines
    from artextract.vocab import COMMENTS_HEADING_WORDS, RELATED_HEADING_WORDS, lowers_alike

    lowered = text.lower()
    alike = lowers_alike(text, lowered)
    for caseless in (features._BOILERPLATE_LINE, features._OTHER_BOILERPLATE, features._DATELINE,
                     COMMENTS_HEADING_WORDS, RELATED_HEADING_WORDS, bylines._BYLINE, bylines._DATE):
        assert caseless.matches(text, lowered, alike) is (caseless.pattern.match(text) is not None), text
        found = caseless.pattern.search(text)
        assert caseless.start_in(text, lowered, alike) == (found.start() if found else -1), text


#: pieces of lines for read_text: runs of spaces (the gaps between columns too), invisible marks, tabs,
#: markdown links and marks, and the parts of a link that a mark between them joins
_LINE_PIECES = [" ", "  ", "   ", "\t", "\u200b", "\xa0", "]", "(", "](", "[a](b)", "[a](b) [c](d)", "# ", "* ",
                "> ", "**", "!", "word", "Word", "x", "é"]
_page_lines = st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=8).map("".join), max_size=12)


@given(_page_lines)
@settings(max_examples=1000)
def test_read_text_reads_each_line_as_alone(lines: list[str]) -> None:
    # the page's markdown links and runs of spaces are sought in the page once (see read_text): its blocks
    # are those that each of its lines makes when read alone, where no other line's links or runs count
    alone = [block for line in lines for block in front_text.read_lines(line)]
    page = front_text.read_lines("\n".join(lines))
    assert [_seen(block) for block in page] == [_seen(block) for block in alone]


@given(_page_lines, _page_lines)
@settings(max_examples=300)
def test_read_text_reads_lines_after_a_fence_as_alone(before: list[str], after: list[str]) -> None:
    # a fenced code block's lines are passed as one: where the lines after it start is counted on
    alone = [block for line in after for block in front_text.read_lines(line)]
    page = front_text.read_lines("\n".join([*before, "```", "a  b", "```", *after]))
    assert [_seen(block) for block in page[len(page) - len(alone):]] == [_seen(block) for block in alone]


def _seen(block: Block) -> tuple[object, ...]:
    return (block.text, block.kind, block.level, block.link_density, block.url, block.image, block.bold)


#: white space of every kind, and characters that share its UTF-8 lead bytes (curly quotes, dashes, "«")
_SPACES_AND_NEIGHBOURS = shape.WHITESPACE + "’“”–—…«»©\u2030\u205e\u3001\u1681é"


@given(st.one_of(texts, long_texts, st.text(alphabet=st.sampled_from(_SPACES_AND_NEIGHBOURS + "ab"), max_size=30),
                 st.text()))
@settings(max_examples=1000)
def test_view_single_spaced_is_single_spaced(text: str) -> None:
    """A line's white space read in its UTF-8 bytes (lowered or not) is the white space of its text."""
    view = text.encode("utf-8", "surrogatepass").decode("latin-1")
    assert shape.view_single_spaced(text, view) == shape.single_spaced(text)
    assert shape.view_single_spaced(text, lowered_view(text)) == shape.single_spaced(text)
