"""The cheaper ways the classifier, the rules, the layout's headline search and the text front-end read a
page give what the plain definitions give."""

from __future__ import annotations

import re
from itertools import compress, count

from hypothesis import given
from hypothesis import strategies as st

from artextract.classify import FALLBACK_LABEL, LABELS, _winner, flagged
from artextract.front_text import _clean
from artextract.rules.headline import _folded_first_code
from artextract.shape import folded_first

LABEL = st.sampled_from(LABELS[:4])
WEIGHT = st.sampled_from([-2.5, -1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0])
VOTES = st.lists(st.tuples(st.sampled_from(["a", "b"]), LABEL, WEIGHT), max_size=8)


def _winner_by_totals(votes: list[tuple[str, str, float]]) -> str:
    """_winner's definition: each label's total in a dict, the first highest positive one."""
    totals: dict[str, float] = {}
    for _, label, weight in votes:
        totals[label] = totals.get(label, 0.0) + weight
    winner, best = FALLBACK_LABEL, 0.0
    for label, total in totals.items():
        if total > best:
            winner, best = label, total
    return winner


@given(VOTES)
def test_winner_without_a_dict(votes: list[tuple[str, str, float]]) -> None:
    assert _winner(votes) == _winner_by_totals(votes)


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), LABEL, WEIGHT), min_size=2, max_size=2))
def test_winner_of_two_votes(votes: list[tuple[str, str, float]]) -> None:
    # (two votes are read apart from the loop: see _winner)
    assert _winner(votes) == _winner_by_totals(votes)


@given(st.lists(st.booleans()))
def test_flagged_as_compress(flags: list[bool]) -> None:
    assert flagged(flags) == list(compress(count(), flags))


_LINE = st.text(alphabet=st.sampled_from("ab \t\xa0\u200b\u3000\x1c.é"), max_size=12)


def _clean_plainly(line: str) -> str:
    """_clean's definition: marks out, runs folded, ends stripped, a line of white space blank."""
    for mark in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
        line = line.replace(mark, "")
    line = re.sub(r"[ \t\f\v]+", " ", line).strip(" ")
    return "" if line[:1].isspace() and not line.strip() else line


@given(_LINE)
def test_clean_reads_the_ends_by_their_codes(line: str) -> None:
    assert _clean(line) == _clean_plainly(line)


@given(st.text(alphabet=st.sampled_from(" \t\x1c'\"„“«a Z9_-–—\xa0\u2003ßİﬁΣé٣０"), max_size=4) | st.text(max_size=3))
def test_folded_first_code(text: str) -> None:
    code = _folded_first_code(text)
    if code >= 0:
        assert chr(code) == folded_first(text)
