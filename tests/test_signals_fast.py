"""The per-line signals read the cheaper ways give what their plain definitions give (features, shape)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import features, shape
from artextract.features import (
    ASCII_TRAIL_MARKS,
    BYLINE_LABEL_ENDS,
    BYLINE_LABEL_MAX_CHARS,
    TAG_LIST_MIN_PARTS,
    TRAIL_CLOSERS,
    TRAIL_MARKS,
    TRAIL_OPENERS,
    TRAIL_SEPARATOR,
    is_byline_label,
    is_trail,
)
from artextract.vocab import BYLINE_LABEL

_CHARS = " \t\n\xa0/›»>|,←«‹→.:;…'\"‘“„ΣσςİıKaAbByYxX1中"
_WORDS = ["Home", " / ", " › ", " » ", " > ", " | ", "Older post", "by", "By", "von", "Written by", "autor", ": ",
          "ΑΣ", "amiga, dogs, floppy", ", ", "Forum>iPhone>", "a>b", "«Swiss»", "»Wort«", "‹x›"]
texts = st.lists(st.one_of(st.sampled_from(list(_CHARS)), st.sampled_from(_WORDS)), max_size=30).map("".join)


def _is_trail_plain(text: str) -> bool:
    if ("«" in text and "»" in text) or ("‹" in text and "›" in text):
        text = "".join(char for char in text if char not in "«»‹›")  # a quote's guillemets
    elif text.startswith(tuple(TRAIL_OPENERS)) or text.endswith(tuple(TRAIL_CLOSERS)):
        return True
    if any(mark in text for mark in TRAIL_MARKS) and len(TRAIL_SEPARATOR.findall(text)) >= 2:
        return True
    return text.count(",") >= TAG_LIST_MIN_PARTS - 1 and all(shape.words(p) <= 2 for p in text.split(","))


def test_trail_marks_of_ascii() -> None:
    assert set(ASCII_TRAIL_MARKS) == {mark for mark in TRAIL_MARKS if mark.isascii()}
    assert all(len(mark) == 1 and not mark.isascii() for mark in TRAIL_OPENERS | TRAIL_CLOSERS)


@settings(max_examples=800)
@given(texts)
def test_is_trail_as_defined(text: str) -> None:
    assert is_trail(text) == _is_trail_plain(text)


@settings(max_examples=800)
@given(texts)
def test_byline_label_read_lowered(text: str) -> None:
    plain = len(text) <= BYLINE_LABEL_MAX_CHARS and text.rstrip(" :").lower().endswith(BYLINE_LABEL_ENDS) \
        and BYLINE_LABEL.match(text) is not None
    assert is_byline_label(text) == plain
    assert is_byline_label(text, text.lower()) == plain
    assert text.lower().rstrip(" :") == text.rstrip(" :").lower()


@settings(max_examples=800)
@given(texts)
def test_heading_ends_as_endswith(text: str) -> None:
    assert (text[-1:] in shape.HEADING_NOT_ENDS) == text.endswith(tuple(shape.HEADING_NOT_ENDS))
    assert all(len(end) == 1 for end in shape.HEADING_NOT_ENDS)


@pytest.mark.parametrize("text, trail", [
    ("Home / Essays / 2017", True), ("News \u203a World \u203a Europe", True), ("Home » News » World", True),
    ("« Older posts", True), ("Next story »", True),
    ("Forum>iPhone>No App Store over mobile data with iOS 13?", True),  # a forum's trail, no spaces
    ("«Drink like the Swiss»? Of course! We are integrated, after all.", False),  # guillemets quote
    ("Pour bien dormir «la nuit», commençons par bien manger «le soir».", False),
    ("»Überall in Europa« sagt sie, »stellen sich Bürgermeister dagegen«", False),
    ("if a>b then", False), ("Kids 3>2 adults", False),
])
def test_is_trail(text: str, trail: bool) -> None:
    assert is_trail(text) == trail


def test_features_module_reads_these() -> None:
    assert features.is_trail("Home / Essays / 2017") and features.is_trail("← Older post")
    assert features.is_trail("amiga, dogs, floppy, disks") and not features.is_trail("A sentence, of a kind.")
