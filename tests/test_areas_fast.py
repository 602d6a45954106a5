"""The faster ways areas.py reads the headline's candidates and a table of contents give what the plain
definitions give."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.areas import (
    CONTENTS_MAX_REPEATS,
    CONTENTS_MIN_SECTIONS,
    CONTENTS_MIN_SHARE,
    CONTENTS_PROSE_WITHIN,
    HEADLINE_OVERLAP_WEIGHT,
    _any_in,
    _beats,
    _contents_headings,
    _content_words,
    _fold_title,
    _fold_title_once,
    _FoldedLines,
    _has_credit_mark,
    _is_image_label,
    _kept_test,
    _only_credit,
    _overlap,
    _overlap_worth,
    _short_content_words,
    _bisect_left,
    _longest_rising,
    _section_key,
    _WordsIn,
)
from artextract.blocks import Block
from artextract.features import Features
from artextract.shape import HEADING_MAX_WORDS, fold_case, fold_title
from artextract.vocab import HEADING_END_MARK, SECTION_NUMBER

#: characters that folding, word reading and section keys treat each their own way: spaces and other
#: white space, quotes and dashes (plain and typographic), case that folds to more than one letter or to
#: ASCII from beyond it, digits (ASCII and not), word characters that are no letter, edit marks
_TRICKY = "aZz09 _'\"’”“«»‚–—-\xa0\t\n.,:?!()[]#¶ßẞİıſKﬁΣςé٣０日本"
TEXTS = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=40)


@given(TEXTS)
def test_fold_title_the_cheaper_way(text: str) -> None:
    assert _fold_title_once(text) == fold_title(text)
    # kept for a short line: the second reading is the kept one
    assert _fold_title(text) == _fold_title(text) == fold_title(text)


@given(TEXTS)
def test_a_line_is_told_apart_by_its_last_character_only_where_it_cannot_match(text: str) -> None:
    # may_end_with is False only where the folded text does not end with the character
    lines = _FoldedLines([Block(index=0, text=text)], [1], 0, 1)
    folded = fold_title(text)
    if folded:
        assert lines.may_end_with(0, ord(folded[-1]))
    assert lines.may_end_with(0, -1)


@given(TEXTS)
def test_a_line_is_told_apart_by_its_first_character_only_where_it_cannot_match(text: str) -> None:
    lines = _FoldedLines([Block(index=0, text=text)], [1], 0, 1)
    folded = fold_title(text)
    if folded:
        assert lines.may_start_with(0, ord(folded[0]))
    assert lines.may_start_with(0, -1)


def test_every_character_at_a_line_start_is_told_right() -> None:
    for code in range(0x3000):
        for text in (chr(code), f"{chr(code)}x", f"{chr(code)}é"):
            folded = fold_title(text)
            if folded:
                assert _FoldedLines([Block(index=0, text=text)], [1], 0, 1).may_start_with(0, ord(folded[0])), text


def test_every_character_at_a_line_end_is_told_right() -> None:
    for code in range(0x3000):
        for text in (chr(code), f"x{chr(code)}", f"é{chr(code)}"):
            folded = fold_title(text)
            if folded:
                assert _FoldedLines([Block(index=0, text=text)], [1], 0, 1).may_end_with(0, ord(folded[-1])), text


@settings(max_examples=300)
@given(TEXTS, st.lists(TEXTS, max_size=4))
def test_words_looked_up_one_by_one(text: str, others: list[str]) -> None:
    core = _WordsIn([text])
    words = _content_words(text)
    for other in [text, *others]:
        for word in _content_words(other):
            assert core.holds(word) == (word in words)


@settings(max_examples=300)
@given(st.lists(TEXTS, min_size=1, max_size=4), st.lists(TEXTS, max_size=3))
def test_words_of_texts_folded_one_by_one(texts: list[str], others: list[str]) -> None:
    # each text folded on its own reads as the joined text folded
    core = _WordsIn(texts)
    words = _content_words(" ".join(texts))
    for other in [*texts, *others]:
        for word in _content_words(other):
            assert core.holds(word) == (word in words)


@settings(max_examples=300)
@given(TEXTS, st.lists(TEXTS, min_size=1, max_size=3), st.floats(-3.0, 3.0), st.floats(-3.0, 3.0),
       st.integers(0, 3), st.integers(-1, 3))
def test_overlap_worth_is_the_overlap_where_it_beats(text: str, core: list[str], base: float, best_score: float,
                                                    rank: int, best_rank: int) -> None:
    own = _content_words(text)
    worth = HEADLINE_OVERLAP_WEIGHT * (_overlap(own, _WordsIn(core)) - 1.0)
    expected = worth if _beats(base + worth, rank, best_score, best_rank) else None
    assert _overlap_worth(own, _WordsIn(core), base, rank, best_score, best_rank) == expected


@given(TEXTS)
def test_section_key_reads_numbers_and_marks_only_where_they_can_be(text: str) -> None:
    assert _section_key(text) == fold_case(HEADING_END_MARK.sub("", SECTION_NUMBER.sub("", text))).strip()


@given(st.lists(st.booleans(), max_size=8), st.integers(0, 10), st.integers(0, 12))
def test_any_in(flags: list[bool], low: int, high: int) -> None:
    assert _any_in(flags, low, high) == any(flags[low:high])


def _plain_contents_headings(blocks: list[Block], f: Features) -> set[int]:
    """_contents_headings as first written: each short line's key in a list, the lines of each key in a dict."""
    keys: list[str | None] = [_section_key(block.text) if not f.prose[i] and 0 < f.words[i] <= HEADING_MAX_WORDS
                              else None for i, block in enumerate(blocks)]
    lines_by_key: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key is not None:
            lines_by_key.setdefault(key, []).append(i)
    found: set[int] = set()
    i = 0
    while i < len(blocks):
        key = keys[i]
        if key is None:
            i += 1
            continue
        last, seen = i, {key}
        while last + 1 < len(blocks) and blocks[last + 1].blank_before == 0:
            following = keys[last + 1]
            if following is None or following in seen:
                break
            last += 1
            seen.add(following)
        if last - i + 1 >= CONTENTS_MIN_SECTIONS and not any(f.related_heading[max(i - 1, 0):last + 1]):
            run = [key for key in keys[i:last + 1] if key is not None]
            firsts = []
            for key in run:
                below = [j for j in lines_by_key[key] if j > last]
                if 0 < len(below) <= CONTENTS_MAX_REPEATS and f.heading_like[below[0]] \
                        and not (f.dateline[below[0]] or f.byline[below[0]]):
                    firsts.append(below[0])
            if len(firsts) >= CONTENTS_MIN_SECTIONS and len(firsts) >= CONTENTS_MIN_SHARE * len(run):
                listed = _longest_rising(firsts)
                ends = [*listed[1:], len(blocks)]
                over_prose = sum(any(f.prose[j + 1:min(end, j + 1 + CONTENTS_PROSE_WITHIN)])
                                 for j, end in zip(listed, ends))
                if over_prose >= max(CONTENTS_MIN_SECTIONS, CONTENTS_MIN_SHARE * len(listed)) \
                        and len(listed) >= CONTENTS_MIN_SHARE * len(run):
                    found |= set(listed)
        i = last + 1
    return found


#: section names, each as a table of contents lists it and as its heading shows it (numbered or
#: marked, in either case), and lines that are no section's
_SECTIONS = [("1 History", "History[edit]"), ("2. Usage", "USAGE¶"), ("Notes", "notes #"), ("See also", "See also"),
             ("3 Sources", "Sources"), ("Home", "Home")]
_OTHER_LINES = ["Related", "Home", "Contents", "A long paragraph of prose.", "Another paragraph of prose."]


@st.composite
def _pages(draw: st.DrawFn) -> list[tuple[str, int, bool, bool, bool, bool]]:
    """Lines (text, blank lines before, and whether prose, heading-like, a byline, a date line) of a page with
    a contents list maybe: noise, the list, the sections with prose under them, noise, each line's
    features now and then not what its text says."""
    names = draw(st.lists(st.sampled_from(_SECTIONS), min_size=2, max_size=6, unique=True))
    noise = st.lists(st.sampled_from(_OTHER_LINES + [name for pair in _SECTIONS for name in pair]), max_size=2)
    texts = [*draw(noise), *(listed for listed, _ in names)]
    for _, heading in draw(st.permutations(names)) if draw(st.booleans()) else names:
        texts += [heading, *(["A long paragraph of prose."] * draw(st.integers(0, 5))), *draw(noise)]
    lines = []
    for text in texts:
        prose = text.endswith(".")
        flips = draw(st.lists(st.sampled_from([False] * 9 + [True]), min_size=5, max_size=5))
        lines.append((text, draw(st.sampled_from([0, 0, 0, 1])) if not flips[0] else 2, prose != flips[1],
                      (not prose) != flips[2], flips[3], flips[4]))
    return lines


@settings(max_examples=500)
@given(_pages())
def test_contents_headings_as_first_written(lines: list[tuple[str, int, bool, bool, bool, bool]]) -> None:
    blocks = [Block(index=i, text=text, blank_before=blank) for i, (text, blank, *_) in enumerate(lines)]
    n = len(lines)
    f = Features(words=[9 if prose else 2 for _, _, prose, *_ in lines], prose=[prose for _, _, prose, *_ in lines],
                 boilerplate=[False] * n, credit=[False] * n, comments_heading=[False] * n,
                 related_heading=[text == "Related" for text, *_ in lines], byline=[by for *_, by, _ in lines],
                 dateline=[dated for *_, dated in lines], title_like=[False] * n,
                 heading_like=[heading for _, _, _, heading, _, _ in lines], summary_label=[False] * n,
                 body_label=[False] * n, trail=[False] * n, byline_label=[False] * n,
                 section_key=[_section_key(text) if 0 < (9 if prose else 2) <= HEADING_MAX_WORDS else ""
                              for text, _, prose, *_ in lines], read=[True] * n)
    assert _contents_headings(blocks, f) == _plain_contents_headings(blocks, f)


@given(st.one_of(TEXTS, st.text(alphabet=st.sampled_from(_TRICKY), min_size=150, max_size=200)))
@settings(max_examples=300)
def test_kept_readings_are_the_readings(text: str) -> None:
    # asked twice: read, then (for a short line) kept
    for _ in range(2):
        assert _short_content_words(text) == _content_words(text)
        for test in (_has_credit_mark, _is_image_label, _only_credit):
            assert _kept_test({}, text, test) is test(text)
    cache: dict[str, bool] = {}
    assert _kept_test(cache, text, _only_credit) is _kept_test(cache, text, _only_credit) is _only_credit(text)


@given(st.lists(st.integers(0, 40), max_size=30).map(sorted), st.integers(-1, 41))
def test_bisect_left_is_bisect_lefts(values: list[int], value: int) -> None:
    assert _bisect_left(values, value) == bisect_left(values, value)


@given(st.lists(st.integers(0, 40), max_size=30))
def test_longest_rising_is_a_longest_rising_subsequence(values: list[int]) -> None:
    run = _longest_rising(values)
    assert all(a < b for a, b in pairwise(run))
    rest = iter(values)
    assert all(any(v == x for v in rest) for x in run)  # a subsequence, in order
    # its length is the longest (the quadratic count of the longest rising run ending at each value)
    longest = [1] * len(values)
    for k in range(len(values)):
        for j in range(k):
            if values[j] < values[k]:
                longest[k] = max(longest[k], longest[j] + 1)
    assert len(run) == max(longest, default=0)
