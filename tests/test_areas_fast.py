"""The faster ways areas.py reads the headline's candidates and a table of contents give what the plain
definitions give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.areas import (
    _any_in,
    _content_words,
    _fold_title,
    _FoldedLines,
    _section_key,
    _WordsIn,
)
from artextract.blocks import Block
from artextract.shape import fold_case, fold_title
from artextract.vocab import HEADING_END_MARK, SECTION_NUMBER

#: characters that folding, word reading and section keys treat each their own way: spaces and other
#: white space, quotes and dashes (plain and typographic), case that folds to more than one letter or to
#: ASCII from beyond it, digits (ASCII and not), word characters that are no letter, edit marks
_TRICKY = "aZz09 _'\"’”“«»‚–—-\xa0\t\n.,:?!()[]#¶ßẞİıſKﬁΣςé٣０日本"
TEXTS = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=40)


@given(TEXTS)
def test_fold_title_the_cheaper_way(text: str) -> None:
    assert _fold_title(text) == fold_title(text)


@given(TEXTS)
def test_a_line_is_told_apart_by_its_last_character_only_where_it_cannot_match(text: str) -> None:
    # may_end_with is False only where the folded text does not end with the character
    lines = _FoldedLines([Block(index=0, text=text)], [1], 0, 1)
    folded = fold_title(text)
    if folded:
        assert lines.may_end_with(0, ord(folded[-1]))
    assert lines.may_end_with(0, -1)


def test_every_character_at_a_line_end_is_told_right() -> None:
    for code in range(0x3000):
        for text in (chr(code), f"x{chr(code)}", f"é{chr(code)}"):
            folded = fold_title(text)
            if folded:
                assert _FoldedLines([Block(index=0, text=text)], [1], 0, 1).may_end_with(0, ord(folded[-1])), text


@settings(max_examples=300)
@given(TEXTS, st.lists(TEXTS, max_size=4))
def test_words_looked_up_one_by_one(text: str, others: list[str]) -> None:
    core = _WordsIn(text)
    words = _content_words(text)
    for other in [text, *others]:
        for word in _content_words(other):
            assert core.holds(word) == (word in words)


@given(TEXTS)
def test_section_key_reads_numbers_and_marks_only_where_they_can_be(text: str) -> None:
    assert _section_key(text) == fold_case(HEADING_END_MARK.sub("", SECTION_NUMBER.sub("", text))).strip()


@given(st.lists(st.booleans(), max_size=8), st.integers(0, 10), st.integers(0, 12))
def test_any_in(flags: list[bool], low: int, high: int) -> None:
    assert _any_in(flags, low, high) == any(flags[low:high])
