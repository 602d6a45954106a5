"""The assembler's readings of bylines, comment lines and related items, made the cheaper ways, give what
their plain definitions give (assemble, bylines, shape)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import assemble, bylines, shape
from artextract.blocks import Block
from artextract.features import is_dateline
from artextract.vocab import COMMENT_AUTHOR, DATE, SENTENCE_END

_CHARS = " \t\n\xa0.,:;!?…。»”’\")]」』'|•-–/0123456789aAbByYsSkKſİı中’é"
_WORDS = ["By ", "by", "von", "VON", "par", "Door", "Jane Doe", "says", "SAID", "wrote", "A dit", "escribió",
          "ESCRIBIÓ", "schreibt", "Nov. 19, 2019", "3. Mai 2024", "2018-09-16", "11/19/19", "November 20, 2019",
          "um 16:14 Uhr", "Updated: ", "Autor: ", " - ", "12 May 2015", "Reply", "2 hours ago", "\n"]
texts = st.lists(st.one_of(st.sampled_from(list(_CHARS)), st.sampled_from(_WORDS)), max_size=30).map("".join)


@settings(max_examples=400)
@given(texts)
def test_ends_sentence(text: str) -> None:
    assert shape.ends_sentence(text) == bool(SENTENCE_END.search(text[-4:]))


def test_sentence_marks_are_the_patterns() -> None:
    stops, closers = re.fullmatch(r"\[(.*)\]\[(.*)\]\*\$", SENTENCE_END.pattern).groups()  # type: ignore[union-attr]
    assert frozenset(stops) == shape.SENTENCE_STOPS
    assert set(shape.SENTENCE_CLOSERS) == set(closers.replace("\\", ""))


@settings(max_examples=400)
@given(texts)
def test_date_spans(text: str) -> None:
    spans = bylines.date_spans(text)
    assert spans == [m.span() for m in DATE.finditer(text)]
    assert bylines.without_dates(text, spans) == DATE.sub(" ", text)


@settings(max_examples=400)
@given(texts)
def test_mid_byline_gate(text: str) -> None:
    if bylines.MID_BYLINE.search(text):
        assert bylines.may_hold_mid_byline(text)


@settings(max_examples=400)
@given(texts)
def test_byline_readings_with_dates(text: str) -> None:
    dates = bylines.date_spans(text)
    assert bylines.byline_names(text, dates=dates) == bylines.byline_names(text)
    assert bylines.name_line(text, dates) == bylines.name_line(text)


def test_name_line_examples() -> None:
    assert bylines.name_line("Posted on 9 July 2024 by Jane Doe") == ["Jane Doe"]
    assert bylines.name_line("By admin - 2018-09-16") == ["admin"]
    assert bylines.name_line("November 20, 2019") == []
    assert bylines.name_line("John\u00a0Gruber") == ["John Gruber"]  # its white space as a name's


@settings(max_examples=400)
@given(texts)
def test_comment_author_gate(text: str) -> None:
    lowered = text.lower()
    alike = assemble.lowers_alike(text, lowered)
    if COMMENT_AUTHOR.match(text):
        assert assemble.may_name_comment_author(text, lowered, alike)


@settings(max_examples=300)
@given(st.lists(texts, max_size=4))
def test_dateline_at(lines: list[str]) -> None:
    blocks = [Block(index=i, text=line) for i, line in enumerate(lines)]
    known: dict[int, bool] = {}
    for i in range(len(lines) + 1):
        assert assemble._dateline_at(blocks, i, known) == is_dateline(lines[i] if i < len(lines) else "")


@settings(max_examples=400)
@given(texts)
def test_is_item_title(text: str) -> None:
    count = shape.words(text)
    plain = count <= assemble.RELATED_TITLE_MAX_WORDS and shape.is_title_like(text, count) \
        and not shape.ends_sentence(text)
    assert assemble._is_item_title(text) == plain
