"""Page-level reading that the per-block rules need: where the article's core runs, which block is the
headline, where the comment and related areas open, which blocks a "Summary" label covers.

Computed once per page from the blocks and their features, before any rule votes; rules read it and
never change it. For HTML the front-end has already judged the article's element (hint "main"); for
text the core is the densest run of prose, found as the best-scoring contiguous run of blocks (prose
scores its length, every other line costs a little), which is how text-density extractors find a body;
a small piece of prose that a long gap parts from the run's end (a bio, a signup box) is then dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, TypeVar

from .blocks import Block, Page
from .bylines import comment_head
from .features import SHORT_LINE_MAX_CHARS, Features, name_over_follow
from .features import section_key as _section_key
from .shape import HEADING_MAX_WORDS, ends_sentence, fold_case, fold_title, folds_to, is_count_and_word, keep, words
from .vocab import (
    AMOUNT,
    AMOUNT_UNITS,
    COMMENT_AUTHOR,
    COMMENT_FORM_HEADING,
    COUNT_IN_HEADING,
    CREDIT_AGENCY_KEYS,
    CREDIT_LABEL,
    CREDIT_LABEL_KEYS,
    CREDIT_MARK,
    CREDIT_MARK_STARTS,
    CREDIT_ONLY,
    FRACTIONS,
    IMAGE_LABEL,
    Caseless,
    without_item_number,
)

#: what a prose block adds to a run, per character (capped so one huge block cannot carry nav)
PROSE_GAIN_CAP: Final = 1500
#: what a line that is not prose costs a run: a sub-heading or a caption barely dents an article,
#: while a menu of thirty lines stops it
SHORT_LINE_COST: Final = 25
#: a list item of a few words ("+ Added Slime Block") adds this much per character: an article can be a
#: list, while menus are lists of one or two words
LIST_ITEM_MIN_WORDS: Final = 4
LIST_ITEM_GAIN: Final = 0.5  # (a multiple of a half: runs are counted in half characters, see _gains)
#: ...but for a teaser's title, a list item dated within this many lines under it, on a page with at least
#: TEASER_MIN_ITEMS of them (see _teaser_titles)
TEASER_DATE_WITHIN: Final = 2
TEASER_MIN_ITEMS: Final = 3
#: on a page without prose, sentences of this many words are taken as its prose
SHORT_PROSE_MIN_WORDS: Final = 5
#: what a boilerplate-looking line costs (share bars, legal lines, "Skip to content")
BOILERPLATE_COST: Final = 80
#: in copied text, a related list's story is a title or a snippet of at least this many words (or a date
#: line), and this many lines in a row that are none end the list: its menus, archive links and share bars
RELATED_ITEM_MIN_WORDS: Final = 3
RELATED_END_RUN: Final = 4
#: what a related-area heading inside a page costs: an inline "Related" box with a few links is
#: crossed when prose follows, a footer list is not
RELATED_BARRIER_COST: Final = 400
#: what a comment-area heading costs a run: a share bar's "Comments" link above the article is
#: crossed by the article below it, a thread below the article is not joined to it
COMMENTS_BARRIER_COST: Final = 1500
#: the run before a page's first comment heading is the article if it has at least this share of
#: the densest run's gain (comment threads can be longer than the article they follow)
EARLY_RUN_SHARE: Final = 0.3
#: ...or, where a comment's head follows that heading (see _thread_opens), at least this many characters of
#: prose (a paywalled teaser of a few paragraphs under its headline, and a long thread under it)
EARLY_ARTICLE_MIN_CHARS: Final = 800
#: a thread shows its first comment's head this few lines under its heading
THREAD_HEAD_WITHIN: Final = 3
#: a run's last piece of prose is dropped when a gap of at least this many non-prose lines parts it from
#: the rest (a teaser list, a share bar and a newsletter box before an author's bio or a signup text)...
TAIL_GAP_MIN_LINES: Final = 3
#: ...and it is worth less than this many times what the gap costs (the densest run takes any piece
#: worth more than its gap, once)...
TAIL_GAP_FACTOR: Final = 8.0
#: ...and less than this share of the prose before the gap: an article's last paragraphs after a
#: figure, a list or a table are a good part of it, a bio or a signup box is a small part
TAIL_MAX_SHARE: Final = 0.35
#: a listing is at least this many lines that look like code, at most this many other short lines apart
#: (its comments, a closing word) (see _free_listings)
LISTING_MIN_LINES: Final = 3
LISTING_MAX_GAP: Final = 2
#: how a line of program code ends (see _looks_like_code)
CODE_LINE_ENDS: Final = (";", "{", "}")
#: a comment-area heading after this much prose of the run ends the article
COMMENTS_AFTER_CHARS: Final = 400
#: a comment area that markup does not mark shows a comment's date this few blocks after its heading
INLINE_COMMENT_DATE_WITHIN: Final = 3
#: how far back from the core's first prose block the headline is looked for (a video's playlist may
#: stand between them)
HEADLINE_LOOKBACK: Final = 100
#: how many blocks of the core the headline's words are compared with: the lede and the paragraphs
#: right under it (a wider window lets a dek or a first sub-heading, whose words come back further
#: down, match as well as the headline)
HEADLINE_CORE_BLOCKS: Final = 5
#: words this long count as content words (shorter ones are mostly function words)
CONTENT_WORD_MIN_CHARS: Final = 4
#: a content word: WORD's matches less the shorter ones, which findall then need not make
_CONTENT_WORD: Final = re.compile(rf"\w{{{CONTENT_WORD_MIN_CHARS},}}")
#: a table for bytes.translate that turns every ASCII character but a word's (\w) into a space
_ASCII_WORD_GAPS: Final = bytes(c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(256))
#: weight of the share of the candidate's words found in the core's first blocks
HEADLINE_OVERLAP_WEIGHT: Final = 3.0
#: the word count of a typical headline, and what being in (or far below) it is worth
HEADLINE_GOOD_WORDS: Final = (4, 22)
HEADLINE_LENGTH_BONUS: Final = 1.0
HEADLINE_SHORT_PENALTY: Final = 1.5
#: a byline or date line within three lines below the candidate, and more for a byline
HEADLINE_BYLINE_BONUS: Final = 1.0
HEADLINE_AUTHOR_BONUS: Final = 1.0
#: a colon between a kicker and a statement of at least this many words (see _has_kicker)
KICKER_STATEMENT_MIN_WORDS: Final = 3
HEADLINE_KICKER_BONUS: Final = 1.0
#: a candidate right over a line of at most this many words (see _reads_as_menu_item)
MENU_ITEM_MAX_WORDS: Final = 2
HEADLINE_MENU_PENALTY: Final = 0.5
#: cost per block between the candidate and the core...
HEADLINE_DISTANCE_COST: Final = 0.04
#: ...and the share of it that a line standing between a headline and its body costs (a byline, a date,
#: a caption, a share bar: a video's playlist under the headline holds dozens of them)
SKIPPABLE_DISTANCE: Final = 0.25
#: a candidate that starts with a number, with at least this many lines that do so too within this many
#: lines above and below it, is an item of a list (ingredients, a ranking), not a headline
NUMBERED_RUN_MIN_LINES: Final = 2
NUMBERED_RUN_REACH: Final = 2
HEADLINE_NUMBERED_RUN_PENALTY: Final = 2.0
#: a long line under a shorter title-like line (a dek)
HEADLINE_DEK_PENALTY: Final = 2.0
#: a title under the article's byline or date (at most UNDER_BYLINE_REACH lines up), which a title of a
#: headline's length heads (at most HEADED_BYLINE_REACH lines over it): a section's heading, or a dek
HEADLINE_UNDER_BYLINE_PENALTY: Final = 1.5
UNDER_BYLINE_REACH: Final = 4
HEADED_BYLINE_REACH: Final = 3
#: a kicker in capitals right over the headline (see _kicker_over)
HEADLINE_KICKER_LINE_PENALTY: Final = 1.5
KICKER_CAPITALS_MIN: Final = 4
#: a kicker in capitals over a headline in capitals has at most this share of its words
KICKER_MAX_SHARE: Final = 0.5
#: the names of a kicker that names a section and a topic ("Volleyball | MTV Stuttgart") have at most
#: this many words each
KICKER_PART_MAX_WORDS: Final = 3
#: a headline with its date or byline in the run's first this many blocks...
RESTART_LOOKAHEAD: Final = 30
#: ...under less than this share of the run's prose and this much of it (a notice, a teaser of a
#: sentence or two), and at least this many lines under it (a menu, a
#: kicker: a line under a paragraph is the paragraph's tail, a list's item or a table's row)...
RESTART_MIN_GAP: Final = 1
#: ...starts the article
RESTART_MAX_SHARE: Final = 0.2
RESTART_MAX_CHARS: Final = 800
#: a second wording of a title right under it (see _rewords): both have at least this many words, the
#: longer at most this many times the shorter's, and this share of the shorter's content words
REWORDED_MIN_WORDS: Final = 5
REWORDED_MAX_RATIO: Final = 1.6
REWORDED_MIN_SHARE: Final = 0.7
HEADLINE_REWORDED_PENALTY: Final = 1.5
#: a title may end with a stop or an ellipsis when it has this few words (a longer line is a sentence)
TITLE_STOP_WORDS: Final = (2, 8)
TITLE_STOPS: Final = (".", "…")
#: a title over a dek has at least this many words (a one-word line over a sentence is a menu's item)
DEK_TITLE_MIN_WORDS: Final = 2
#: a candidate must score above this to be taken
HEADLINE_MIN_SCORE: Final = -0.5
#: a title-like line longer than this, right under a shorter one, reads as a dek
DEK_MIN_WORDS: Final = 16
#: how many lines around a candidate are read for a repeat of its text: pages show the headline twice
#: (a breadcrumb's last item over the <h1>, "Home > News > The Title" over "The Title")
HEADLINE_ECHO_WINDOW: Final = 15
#: a candidate of at least this many words whose text comes back near it (shorter lines that recur are
#: menu items)
HEADLINE_ECHO_MIN_WORDS: Final = 2
HEADLINE_ECHO_BONUS: Final = 1.5
#: lines of at most this many words are read for repeats (a title and the trail before it)
ECHO_MAX_WORDS: Final = 40
#: a line that ends with a nearby candidate's text is a breadcrumb trail leading to it
HEADLINE_TRAIL_PENALTY: Final = 2.0
#: a breadcrumb trail sits at most this many lines above the title it leads to
HEADLINE_TRAIL_REACH: Final = 6
#: marks that join a title to its subtitle ("The Project: Better Journalism"), which a trail does not end with
TITLE_JOINERS: Final = (":", "-", "–", "—")

#: a table of contents: a run of short lines, one under another, at least this many of which come back
#: further down, in the same order, as lines with prose right under them (the sections they list)...
CONTENTS_MIN_SECTIONS: Final = 3
#: ...and at least this share of the run's lines come back (a contents list has a title or two, a
#: menu whose items recur as teasers does not come back line for line)
CONTENTS_MIN_SHARE: Final = 0.5
#: a listed section's heading comes back at most this many times below the contents (in a running
#: header, say)
CONTENTS_MAX_REPEATS: Final = 2
#: a listed section's prose starts within this many blocks under its heading (a footer that repeats
#: the menu has none)
CONTENTS_PROSE_WITHIN: Final = 4

AREAS: Final = ("before", "lead", "core", "after", "comments", "related")

# vocabularies read on the lines around the headline's candidates, matched the faster way (see Caseless)
_IMAGE_LABEL: Final = Caseless(IMAGE_LABEL)
_CREDIT_MARK: Final = Caseless(CREDIT_MARK)
_CREDIT_LABEL: Final = Caseless(CREDIT_LABEL)
_CREDIT_ONLY: Final = Caseless(CREDIT_ONLY)


@dataclass(slots=True)
class Areas:
    """Where things are on the page, as block indexes."""

    #: first and last block of the article's core (-1 when there is none)
    core_start: int = -1
    core_end: int = -1
    #: the block read as the headline, or None
    headline: int | None = None
    #: the area of each block: before the headline, lead (headline to core), core, after it,
    #: comments or related
    area: list[str] = field(default_factory=list)
    #: blocks covered by a summary label (the prose after "Summary" up to the next heading)
    in_summary: set[int] = field(default_factory=set)
    #: blocks of a comment area read from its text (a heading and a comment's date line), not from
    #: markup: always in text, and in HTML where markup does not mark the comments
    comments_by_text: set[int] = field(default_factory=set)
    #: headings of the sections that a table of contents on the page lists (text only)
    listed_headings: set[int] = field(default_factory=set)


def find_areas(page: Page, features: Features) -> Areas:
    """Read the page's layout from its blocks."""
    if page.format == "html":
        return _html_areas(page, features)
    return _text_areas(page.blocks, features)


# --- text ---------------------------------------------------------------------------------------


def _text_areas(blocks: list[Block], f: Features) -> Areas:
    areas = Areas(area=["before"] * len(blocks))
    first_prose = next((i for i, p in enumerate(f.prose) if p), None)
    if first_prose is None:
        _accept_short_prose(blocks, f)
        first_prose = next((i for i, p in enumerate(f.prose) if p), None)
    if first_prose is None:
        areas.headline = _first_title(f)
        return areas
    opens = _comment_openings(blocks, f)
    start, end = _core_run(blocks, f, opens, first_prose)
    areas.listed_headings = _contents_headings(blocks, f)
    if areas.listed_headings:
        # the sections a table of contents lists are the article's, however far code or tables part them
        start, end = min(start, min(areas.listed_headings)), max(end, max(areas.listed_headings))
    start = _restart_at_headline(blocks, f, start, end)
    areas.core_start, areas.core_end = start, end
    sections = {_section_key(blocks[i].text) for i in areas.listed_headings}
    areas.headline = _headline_before(blocks, f, start, sections)
    lead_from = areas.headline + 1 if areas.headline is not None else start
    first = areas.headline if areas.headline is not None else 0
    for i in range(first, len(blocks)):
        areas.area[i] = "lead" if i < start else "core" if i <= end else "after"
    if areas.headline is not None:
        areas.area[areas.headline] = "lead"
    _mark_tail_areas(blocks, f, opens, areas, end + 1)
    _drop_commentless_areas(blocks, f, areas)
    areas.in_summary = _summary_cover(blocks, f, lead_from, end)
    return areas


def _contents_headings(blocks: list[Block], f: Features) -> set[int]:
    """The headings of the sections that a table of contents lists: a run of short lines whose texts
    come back further down, in order, as headings over prose ("1 History" … "History[edit]")."""
    prose, counts, keys = f.prose, f.words, f.section_key
    # each short line's key is read once (by compute_features, and kept with a short line's signals), and
    # the page is read as chains of lines with the same key: for each short line, the next line below it
    # with its key (-1 where none is; the lines that are not short are marked -2). A run and its sections
    # are then told by comparing indexes
    below = [-2] * len(blocks)
    last_at: dict[str, int] = {}
    for i in range(len(blocks)):
        if not prose[i] and 0 < counts[i] <= HEADING_MAX_WORDS:
            below[i] = -1
            # (most keys are new: setdefault puts them in with the one look-up)
            up = last_at.setdefault(keys[i], i)
            if up != i:
                below[up] = i
                last_at[keys[i]] = i
    found: set[int] = set()
    i = 0
    while i < len(blocks):
        if below[i] == -2:
            i += 1
            continue
        # the run stops at a line that repeats one of it (a line of the run has it as its next line with its
        # key: the first section's heading right under the list); `repeat` is the nearest such line, as no
        # line of the run is one (each line of the run has its next one below the run)
        last = i
        repeat = below[i] if below[i] >= 0 else len(blocks)
        while last + 1 < min(len(blocks), repeat) and blocks[last + 1].blank_before == 0 and below[last + 1] != -2:
            last += 1
            if 0 <= below[last] < repeat:
                repeat = below[last]
        # a list under or with a related-area heading ("Related stories") lists teasers, not sections
        if last - i + 1 >= CONTENTS_MIN_SECTIONS and not _any_in(f.related_heading, max(i - 1, 0), last + 1):
            found |= _listed_sections(blocks, f, below, i, last)
        i = last + 1
    return found


_Reading = TypeVar("_Reading")


def _kept(cache: dict[str, _Reading], text: str, read: Callable[[str], _Reading], limit: int) -> _Reading:
    """read(text), kept in `cache` (of at most `limit` lines: see shape.keep) for a line of at most
    SHORT_LINE_MAX_CHARS characters."""
    if len(text) > SHORT_LINE_MAX_CHARS:
        return read(text)
    found = cache.get(text)
    if found is None:
        found = keep(cache, text, read(text), limit)
    return found


def _listed_sections(blocks: list[Block], f: Features, below: list[int], first: int, last: int) -> set[int]:
    """The lines under a run of short lines (first..last) that repeat its lines in order, if the run
    reads as a table of contents: each of its lines comes back once or twice (a menu's "Reply"
    recurs with every comment), and most come back as headings with prose under them. `below` gives
    each short line the next line with its key (see _contents_headings): as no two lines of the run
    share a key, a line's next one is under the run."""
    size = last - first + 1
    firsts: list[int] = []
    for k in range(first, last + 1):
        at = below[k]
        if at >= 0 and (below[at] < 0 or below[below[at]] < 0) and f.heading_like[at] \
                and not (f.dateline[at] or f.byline[at]):
            firsts.append(at)
    # the sections listed are some of these, and those with prose under them fewer (a menu's items
    # rarely come back as headings: most runs end here)
    if len(firsts) < CONTENTS_MIN_SECTIONS or len(firsts) < CONTENTS_MIN_SHARE * size:
        return set()
    listed = _longest_rising(firsts)  # in the contents' order ("Contents" may come back in a footer)
    # a section has prose before the next one starts
    ends = [*listed[1:], len(blocks)]
    over_prose = sum(_any_in(f.prose, j + 1, min(end, j + 1 + CONTENTS_PROSE_WITHIN)) for j, end in zip(listed, ends))
    if over_prose < max(CONTENTS_MIN_SECTIONS, CONTENTS_MIN_SHARE * len(listed)) \
            or len(listed) < CONTENTS_MIN_SHARE * size:
        return set()
    return set(listed)


def _longest_rising(values: list[int]) -> list[int]:
    """The longest strictly rising subsequence of the values (patience sorting)."""
    tails: list[int] = []  # the smallest last value of a rising run of each length
    tail_at: list[int] = []  # where that value stands in `values`
    before = [-1] * len(values)  # the previous element of the best run ending at each value
    for k, value in enumerate(values):
        n = _bisect_left(tails, value)
        before[k] = tail_at[n - 1] if n else -1
        if n == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[n], tail_at[n] = value, k
    run: list[int] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        run.append(values[k])
        k = before[k]
    return run[::-1]


def _bisect_left(values: list[int], value: int) -> int:
    """bisect.bisect_left(values, value): where the value goes in the sorted values, before its equals.
    (Ours: a compiled build calls bisect_left through the interpreter, its arguments boxed, at some ten
    times the cost of the search.)"""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


def _accept_short_prose(blocks: list[Block], f: Features) -> None:
    """A page with no paragraph long enough to be prose: take its sentences of a few words."""
    for i, block in enumerate(blocks):
        if f.words[i] >= SHORT_PROSE_MIN_WORDS and ends_sentence(block.text) and not f.boilerplate[i]:
            f.prose[i] = True


def opens_comments(f: Features, i: int) -> bool:
    """A comment-area heading, not a "Comments" link in a share bar ("Twitter", "Comments", "Print")."""
    if not f.comments_heading[i]:
        return False
    before = f.boilerplate[i - 1] if i > 0 else False
    after = f.boilerplate[i + 1] if i + 1 < len(f.boilerplate) else False
    return not (before and after)


def _comment_openings(blocks: list[Block], f: Features) -> list[bool]:
    """opens_comments for every block (read once: only comment headings can open an area), but for the
    counts of a list of teasers (see _teaser_counts)."""
    headings = f.comments_heading
    opens = [False] * len(headings)
    # (a loop, which a compiled build runs at a few instructions a flag: itertools.compress over count()
    # made an int object for every flag)
    for i in range(len(headings)):
        if headings[i]:
            opens[i] = opens_comments(f, i) and not _teaser_counts(blocks, f, i)
        elif f.words[i] == 2 and blocks[i].text[:1].isdigit() and _counts_comments(blocks, i):
            opens[i] = True
    for i in _headless_threads(blocks, f):
        opens[i] = True
    return opens


#: a reply button alone on its line, lowered: what closes each comment of a thread that copied text shows
#: without a heading
REPLY_BUTTONS: Final = frozenset(("reply", "antworten", "beantworten", "répondre", "responder", "rispondi",
                                  "reageren", "odpowiedz"))
#: a thread without a heading: at least this many comments, each a head (a byline or date line: "Jane Doe |
#: Di, 21. April 2020 - 16:40") at most this many lines over its reply button, each comment at most
#: THREAD_GAP_MAX lines under the one before
THREAD_MIN_COMMENTS: Final = 2
THREAD_HEAD_REACH: Final = 8
THREAD_GAP_MAX: Final = 30


def _headless_threads(blocks: list[Block], f: Features) -> list[int]:
    """The first heads of the comment threads that no heading opens: comments that each show a head and,
    a few lines under it, a reply button (REPLY_BUTTONS), THREAD_MIN_COMMENTS of them or more in a row. An
    article's byline over a share bar has no reply button under it, nor a second one."""
    starts: list[int] = []
    first = -1  # the current thread's first head
    count = 0
    last = -1  # the current thread's last reply button
    for i in range(len(blocks)):
        if f.words[i] != 1 or blocks[i].text.lower() not in REPLY_BUTTONS:
            continue
        head = next((k for k in range(i - 1, max(last, i - 1 - THREAD_HEAD_REACH), -1)
                     if f.byline[k] or f.dateline[k] or comment_head(blocks[k].text) is not None), -1)
        if head < 0 or _any_in(f.comments_heading, head, i):
            continue  # (under a heading, the heading opens the thread)
        if first >= 0 and head - last <= THREAD_GAP_MAX:
            count += 1
        else:
            if count >= THREAD_MIN_COMMENTS:
                starts.append(first)
            first, count = head, 1
        last = i
    if count >= THREAD_MIN_COMMENTS:
        starts.append(first)
    return starts


def _counts_comments(blocks: list[Block], i: int) -> bool:
    """Whether line i is a count and a word ("91 Ergänzungen", "12 Reaktionen") with a comment's head
    ("Jane sagt:", "Jane says:") within THREAD_HEAD_WITHIN lines under it: a thread's heading in a word that
    COMMENTS_HEADING does not know."""
    if not is_count_and_word(blocks[i].text):
        return False
    for k in range(i + 1, min(i + 1 + THREAD_HEAD_WITHIN, len(blocks))):
        text = blocks[k].text
        if text.endswith(":") and COMMENT_AUTHOR.match(without_item_number(text)):
            return True  # (a converter numbers the thread's comments: "1. Jane sagt:")
    return False


#: a comment count under a teaser has another teaser's count within this many lines
TEASER_COUNT_REACH: Final = 4


def _teaser_counts(blocks: list[Block], f: Features, i: int) -> bool:
    """Whether comment heading i is a count ("40 comments") with two more counts within TEASER_COUNT_REACH
    lines, one of another number: the counts under the titles of a "Most commented" list, not the heading
    of a thread (which a page may show twice, "24 COMMENTS" over "24 Comments:", or beside its replies'
    count, "1 Reply" by "0 Comments")."""
    number = _leading_number(blocks[i].text)
    if not number:
        return False
    others = differ = 0
    for j in range(max(0, i - TEASER_COUNT_REACH), min(len(blocks), i + TEASER_COUNT_REACH + 1)):
        if j != i and f.comments_heading[j]:
            other = _leading_number(blocks[j].text)
            if other:
                others += 1
                differ += other != number
    return others >= 2 and differ >= 1


def _leading_number(text: str) -> str:
    """The digits that open the text ("" for none)."""
    end = 0
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[:end]


def _gains(blocks: list[Block], f: Features, opens: list[bool]) -> list[int]:
    """What each block adds to a run, in half characters: prose its length, a list item of a few words
    half of it; any other line costs, area headings most (see the costs above). (Counted in halves, the
    gains are whole numbers, which a compiled build adds without reading a float object from the list
    for each: the runs, their totals and the comparisons of their shares, all doubled, are the same.)"""
    prose, words, boilerplate, related = f.prose, f.words, f.boilerplate, f.related_heading
    gains = [-2 * SHORT_LINE_COST] * len(blocks)  # (most lines; the others are set)
    statements = 0  # the short lines that end as a statement or a block of code does
    colons: list[int] = []  # the lines that end with a colon, which may open a list
    teasers = _teaser_titles(blocks, f)
    for i, block in enumerate(blocks):
        if block.text[-1:] == ":":
            colons.append(i)
        if prose[i]:
            gains[i] = 2 * min(len(block.text), PROSE_GAIN_CAP)
        elif words[i] >= LIST_ITEM_MIN_WORDS and block.kind == "item" and not boilerplate[i] \
                and i not in teasers:  # (counts first)
            gains[i] = int(2 * LIST_ITEM_GAIN * len(block.text))
        elif opens[i]:
            gains[i] = -2 * COMMENTS_BARRIER_COST
        elif related[i]:
            gains[i] = -2 * RELATED_BARRIER_COST
        elif boilerplate[i]:
            gains[i] = -2 * BOILERPLATE_COST
        elif block.text[-1:] in CODE_LINE_ENDS:
            statements += 1
    if statements >= LISTING_MIN_LINES:  # (a page without a listing is not read for one)
        _free_listings(blocks, gains)
    for i in colons:
        _colon_list(blocks, f, gains, opens, i)
    # the lines that open with a digit or a fraction, which ingredients and a numbered list's items do (most
    # pages have a few): picked once, by the first character's place in a set
    counted = [i for i, block in enumerate(blocks) if block.text[:1] in _COUNT_STARTS]
    if len(counted) >= min(INGREDIENTS_MIN_LINES, NUMBERED_MIN_ITEMS):
        _free_ingredients(blocks, f, gains, counted)
        _free_numbered_items(blocks, f, gains, counted)
    return gains


#: the characters that open an amount or a number (see _gains)
_COUNT_STARTS: Final = frozenset("0123456789" + FRACTIONS)


#: a numbered list's item: "1) Lego Star Wars", "21. Ingrid Goes West" (the number and its mark; not a note
#: with its back-link's mark, "5. ^ Doe, Jane (2014)")
_ITEM_ORDINAL: Final = re.compile(r"(\d{1,3})[.)]\s+[\w\"'“‘„«(]")
#: a numbered list in an article has at least this many items, numbered one up or one down from the one
#: before, at most this many other lines apart (an item's link, its price, a picture's caption)
NUMBERED_MIN_ITEMS: Final = 3
NUMBERED_MAX_GAP: Final = 4


#: a list that a sentence of the article opens with a colon ("I know it's a lot of graphs, so I'll sum them
#: up:"), which copied text shows without its bullets: a line of at least this many words, then at least
#: this many lines of this many words each
COLON_OPENER_MIN_WORDS: Final = 5
COLON_LIST_MIN_ITEMS: Final = 3
COLON_ITEM_WORDS: Final = (2, 20)


def _colon_list(blocks: list[Block], f: Features, gains: list[int], opens: list[bool], i: int) -> None:
    """Count the short lines under line i, a sentence that ends with a colon, as a list's items (see
    LIST_ITEM_GAIN) where at least COLON_LIST_MIN_ITEMS follow it. Not under a label ("Tags:", "Share
    this:", "Read more:": a few words), an area's heading or boilerplate; the list ends at a line of one
    word (a share bar's "Twitter"), a heading or boilerplate."""
    if f.words[i] < COLON_OPENER_MIN_WORDS or opens[i] or f.related_heading[i] or f.boilerplate[i]:
        return
    j = i + 1
    while j < len(blocks) and gains[j] < 0 and not (opens[j] or f.related_heading[j] or f.boilerplate[j]) \
            and COLON_ITEM_WORDS[0] <= f.words[j] <= COLON_ITEM_WORDS[1] and blocks[j].text[-1:] != ":":
        j += 1
    if j - i - 1 < COLON_LIST_MIN_ITEMS:
        return
    gains[i] = max(gains[i], 0)
    for k in range(i + 1, j):
        gains[k] = int(2 * LIST_ITEM_GAIN * len(blocks[k].text))


def _items_apart(f: Features, items: list[int]) -> bool:
    """Whether most items of a numbered list have a line of words between them and the next (an item's link,
    its text): an article's list, not a table of contents (its entries one under another) or a converter's
    numbered notes (a stop alone between them)."""
    apart = sum(1 for j in range(1, len(items)) if any(f.words[k] for k in range(items[j - 1] + 1, items[j])))
    return 2 * apart >= len(items) - 1


def _free_numbered_items(blocks: list[Block], f: Features, gains: list[int], counted: list[int]) -> None:
    """An article that is a numbered list of titles ("1) Lego Star Wars" / its link / "2) …", a countdown
    "21) …", "20) …") costs its run nothing from its first item to its last, and each item of a few words
    counts as a list's item does: a run of at least NUMBERED_MIN_ITEMS title-like items each numbered one
    from the one before, at most NUMBERED_MAX_GAP other lines apart. `counted`: the lines that open with a
    digit or a fraction (see _gains)."""
    numbered: list[tuple[int, int]] = []  # (line, its number)
    for i in counted:
        if f.title_like[i]:
            m = _ITEM_ORDINAL.match(blocks[i].text)  # (a title: not a reference, nor a comment's "1. Jane says:")
            if m is not None:
                numbered.append((i, int(m.group(1))))
    if len(numbered) < NUMBERED_MIN_ITEMS:
        return
    items: list[int] = []
    number = step = 0
    for i, value in numbered:
        if items and i - items[-1] <= NUMBERED_MAX_GAP + 1:
            if len(items) == 1 and abs(value - number) == 1:
                step = value - number
            if step and value == number + step:
                number = value
                items.append(i)
                continue
        _free_items(blocks, f, gains, items)
        items, number, step = [i], value, 0
    _free_items(blocks, f, gains, items)


def _free_items(blocks: list[Block], f: Features, gains: list[int], items: list[int]) -> None:
    """Free a numbered list's lines from its first item to its last (see _free_numbered_items), where it
    has NUMBERED_MIN_ITEMS items or more, most of them apart (see _items_apart)."""
    if len(items) < NUMBERED_MIN_ITEMS or not _items_apart(f, items):
        return
    for k in range(items[0], items[-1] + 1):
        gains[k] = max(gains[k], 0)
    for k in items:  # each item as a list's item of a few words counts (see LIST_ITEM_GAIN)
        if words(blocks[k].text) >= LIST_ITEM_MIN_WORDS:
            gains[k] = max(gains[k], int(2 * LIST_ITEM_GAIN * len(blocks[k].text)))


#: a quantity that opens an ingredient's line, with its unit where one follows: "120g", "1 1/2 tbsp",
#: "½ cup", "2 EL", "1/2" (the unit is read from AMOUNT_UNITS)
_QUANTITY: Final = re.compile(rf"{AMOUNT}(?:\s?[-–]\s?{AMOUNT})?(\s?)([^\W\d_]*)")
#: a recipe's list of ingredients is at least this many lines that open with a quantity, at most this
#: many other short lines apart ("Some beansprouts", "For the sauce:"), and of at most this many words each
INGREDIENTS_MIN_LINES: Final = 3
INGREDIENTS_MAX_GAP: Final = 4
INGREDIENT_MAX_WORDS: Final = 12


def _is_ingredient(text: str, count: int) -> bool:
    """A line that opens with a quantity of something: a fraction, or a number and a unit ("120g yellow
    noodles", "1/2 block of tofu", "2 EL Zucker"); not a plain number and a word ("3 comments", "2020
    Olympics"), a date or a rank."""
    if count > INGREDIENT_MAX_WORDS or not (text[:1].isdigit() or text[:1] in FRACTIONS):
        return False
    m = _QUANTITY.match(text)
    if m is None or not m.group(2):
        return False
    if m.group(2).lower() in AMOUNT_UNITS:
        return True
    # a fraction, a space and a word: "1/2 block of tofu", "¾ Liter Milch"
    quantity = text[:m.start(1)]
    return bool(m.group(1)) and ("/" in quantity or any(c in FRACTIONS for c in quantity))


def _free_ingredients(blocks: list[Block], f: Features, gains: list[int], counted: list[int]) -> None:
    """A recipe's list of ingredients costs its run nothing: a run of at least INGREDIENTS_MIN_LINES lines
    that open with a quantity (see _is_ingredient), at most INGREDIENTS_MAX_GAP other short lines apart,
    which a copied recipe shows between its story and its steps. `counted`: the lines that open with a
    digit or a fraction (see _gains)."""
    lines = [i for i in counted
             if gains[i] < 0 and not f.dateline[i] and _is_ingredient(blocks[i].text, f.words[i])]
    if len(lines) < INGREDIENTS_MIN_LINES:
        return
    first = last = lines[0]
    count = 1
    for i in [*lines[1:], -1]:  # (-1: the end, which closes the last run)
        if i >= 0 and i - last <= INGREDIENTS_MAX_GAP + 1:
            last, count = i, count + 1
            continue
        if count >= INGREDIENTS_MIN_LINES:
            for k in range(first, last + 1):
                gains[k] = max(gains[k], 0)
        first = last = i
        count = 1


def _teaser_titles(blocks: list[Block], f: Features) -> set[int]:
    """The list items that are teasers' titles or dates: each dated within TEASER_DATE_WITHIN lines under
    it, on a page where at least TEASER_MIN_ITEMS such items do not follow another. A converter writes a
    list of teasers as items ("+ Why the trains run late" over "Jane Doe", "May 3, 2024", its first
    lines; "06.11.23 - 14:00 von Jane zu" over a title and the next); an article's last item over its
    byline and date (items too) is one run of them alone."""
    found = {i for i, block in enumerate(blocks) if block.kind == "item"
             and _any_in(f.dateline, i + 1, i + 1 + TEASER_DATE_WITHIN)}
    runs = sum(1 for i in found if i - 1 not in found)
    return found if runs >= TEASER_MIN_ITEMS else set()


def _free_listings(blocks: list[Block], gains: list[int]) -> None:
    """A program's listing in a technical article costs its run nothing: the short lines of a run of at
    least LISTING_MIN_LINES lines that look like code (see _looks_like_code), and its comments ("//
    cow.js") between them, are given no cost. (A stray template line in a menu, "{{ count }}", is no
    listing.)"""
    first = last = -1  # the current listing's first and last code lines (-1: none open)
    code_lines = 0
    for i in range(len(blocks)):
        if gains[i] >= 0:
            code = False
        else:
            # a listing opens at a line that ends as a statement or a block does; an assignment without
            # such an ending ("total = a + b") goes on one already open (most lines end otherwise: their
            # last character is read alone, and the line is searched only where a listing is open)
            text = blocks[i].text
            end = text[-1:]
            code = end in CODE_LINE_ENDS or (first >= 0 and " = " in text) \
                or (end.isspace() and _looks_like_code(text))
        if code:
            if first < 0 or i - last > LISTING_MAX_GAP + 1:
                _free(gains, first, last, code_lines)
                first, code_lines = i, 0
            last = i
            code_lines += 1
        elif first >= 0 and (gains[i] >= 0 or i - last > LISTING_MAX_GAP):
            _free(gains, first, last, code_lines)
            first = -1
    _free(gains, first, last, code_lines)


def _free(gains: list[int], first: int, last: int, code_lines: int) -> None:
    """Give the lines first..last no cost if they hold a listing's LISTING_MIN_LINES code lines."""
    if first >= 0 and code_lines >= LISTING_MIN_LINES:
        for k in range(first, last + 1):
            gains[k] = 0


def _core_run(blocks: list[Block], f: Features, opens: list[bool], first_prose: int) -> tuple[int, int]:
    """The article's run: the densest run before the first comment-area heading, unless the densest
    run of the whole page (comment headings as barriers) is far denser; a "Comments" link in a
    share bar above the article must not hide the article below it."""
    gains = _gains(blocks, f, opens)
    comments_at = _first_flagged(opens, first_prose)
    run = _densest_run(gains, len(blocks))
    start = _across_inline_boxes(f, gains, run.start)
    end = _cut_at_comments(blocks, f, opens, start, _trim_tail(blocks, gains, start, run.end))
    if comments_at is None or start < comments_at:
        return start, end
    early = _densest_run(gains, comments_at)
    if early.total >= EARLY_RUN_SHARE * run.total \
            or (early.total >= 2 * EARLY_ARTICLE_MIN_CHARS
                and any(opens[i] and _thread_opens(blocks, f, i) for i in range(comments_at, start))):
        return early.start, _trim_tail(blocks, gains, early.start, early.end)
    return start, end


#: a box of links to other stories inside copied text's article ("Lesen Sie auch" over a few titles) holds at
#: most this many lines under its heading: titles of at least this many words, and their dates
INLINE_TEASERS_MAX: Final = 8
INLINE_TEASER_MIN_WORDS: Final = 3


def is_inline_teaser(f: Features, i: int) -> bool:
    """Whether a line may be one of a teaser box's inside the article: a title or a date, no prose."""
    return not f.prose[i] and not f.related_heading[i] \
        and (f.dateline[i] or (f.title_like[i] and f.words[i] >= INLINE_TEASER_MIN_WORDS))


def _across_inline_boxes(f: Features, gains: list[int], start: int) -> int:
    """Where the article's run starts once it reaches back over the teaser boxes inside it: an article's
    first paragraphs may stand above such a box (a related list's heading over teasers, see
    is_inline_teaser), which parts them from the densest run. Where prose stands right over the box's
    heading right over the run, the run starts where the run of lines up to that heading that adds most
    starts (see _densest_run)."""
    while True:
        heading = start - 1
        while heading >= 0 and start - heading - 1 <= INLINE_TEASERS_MAX and not f.related_heading[heading] \
                and is_inline_teaser(f, heading):
            heading -= 1
        if heading < 1 or heading == start - 1 or not f.related_heading[heading] or not f.prose[heading - 1]:
            return start
        total = best = 0
        best_from = heading
        for k in range(heading - 1, -1, -1):
            total += gains[k]
            if total > best:
                best, best_from = total, k
            elif total < 0:
                break
        start = best_from


def _thread_opens(blocks: list[Block], f: Features, heading: int) -> bool:
    """Whether a comment heading is followed by a comment's head within a few lines: a byline, a date
    line, an author's "Jane says:" (a thread, not an article that a "Comments" link stands above). An
    opening that is no heading is a thread's: a count over a comment's head, or the head of a thread's first
    comment (see _comment_openings)."""
    if not f.comments_heading[heading]:
        return True
    for i in range(heading + 1, min(heading + 1 + THREAD_HEAD_WITHIN, len(blocks))):
        if f.dateline[i] or f.byline[i] or COMMENT_AUTHOR.match(blocks[i].text):
            return True
    return False


def _first_flagged(flags: list[bool], start: int) -> int | None:
    """The index of the first true flag from `start` on, or None."""
    for i in range(start, len(flags)):
        if flags[i]:
            return i
    return None


@dataclass(slots=True)
class _Run:
    """A contiguous run of blocks and the total of their gains (see _gains)."""

    #: the run's first and last block
    start: int
    end: int
    #: the sum of the run's gains (_NO_RUN for no run)
    total: int


def _densest_run(gains: list[int], limit: int) -> _Run:
    """The contiguous run of gains[:limit] with the highest total (Kadane's algorithm); a total below any
    run's where there is none (limit 0)."""
    if limit <= 0:
        return _Run(0, 0, _NO_RUN)
    best, best_start, best_end = gains[0] - 1, 0, 0  # (below the first gain, which then is the best)
    run, run_start = 0, 0
    for i in range(limit):
        gain = gains[i]
        if run <= 0:
            run, run_start = gain, i
        else:
            run += gain
        if run > best:
            best, best_start, best_end = run, run_start, i
    return _Run(best_start, best_end, best)


#: what _densest_run gives as the total of no run: below any page's
_NO_RUN: Final = -(1 << 60)


def _trim_tail(blocks: list[Block], gains: list[int], start: int, end: int) -> int:
    """The run's end once small pieces of prose that a long gap parts from the article are dropped,
    last first (see TAIL_GAP_MIN_LINES): after an article, pages show prose in boxes of their own (an
    author's bio, a newsletter's consent text, a teaser) that barely pay for the lines before them."""
    # the prose gain of the run up to each block, so that each piece is weighed in constant time
    before = [0] * (end + 2 - start)
    total = 0
    for k in range(start, end + 1):
        gain = gains[k]
        if gain > 0:
            total += gain
        before[k + 1 - start] = total
    while True:
        gap_start, piece_start = _last_piece(gains, start, end)
        if gap_start == start or piece_start - gap_start < TAIL_GAP_MIN_LINES \
                or any(_looks_like_code(blocks[i].text) for i in range(gap_start, piece_start)):
            return end
        piece = before[end + 1 - start] - before[piece_start - start]
        gap_cost = -sum(gains[gap_start:piece_start])
        if piece >= TAIL_GAP_FACTOR * gap_cost or piece >= TAIL_MAX_SHARE * before[gap_start - start]:
            return end
        end = gap_start - 1


def _last_piece(gains: list[int], start: int, end: int) -> tuple[int, int]:
    """Where the gap before the run's last piece of prose starts, and where that piece starts."""
    piece_start = end
    while piece_start > start and gains[piece_start - 1] > 0:
        piece_start -= 1
    gap_start = piece_start
    while gap_start > start and gains[gap_start - 1] <= 0:
        gap_start -= 1
    return gap_start, piece_start


def _looks_like_code(text: str) -> bool:
    """A line of program code, which a technical article's prose runs around: it ends with a
    statement's or a block's mark ("x = f(y);", "if (a) {", "}") or assigns ("total = a + b")."""
    line = text.rstrip()
    return line.endswith(CODE_LINE_ENDS) or " = " in line


def _cut_at_comments(blocks: list[Block], f: Features, opens: list[bool], start: int, end: int) -> int:
    """Where a run crossed a comment-area heading after enough article text, the article ends there."""
    seen = 0
    for i in range(start, end + 1):
        if opens[i] and seen >= COMMENTS_AFTER_CHARS:
            return i - 1
        if f.prose[i]:
            seen += len(blocks[i].text)
    return end


def _skippable_above_body(blocks: list[Block], f: Features, i: int) -> bool:
    """Lines that stand between a headline and the body: bylines, dates, captions, labels, share bars."""
    return (f.byline[i] or f.dateline[i] or f.credit[i] or f.summary_label[i] or f.body_label[i]
            or f.boilerplate[i] or blocks[i].kind == "caption")


def _headline_before(blocks: list[Block], f: Features, start: int, sections: set[str]) -> int | None:
    """The candidate above the core that best reads as its headline (see _headline_shape); not
    one of the `sections` a table of contents lists (as their _section_key), nor its line for one."""
    markdown_title = next((b.index for b in blocks[:start + 1] if b.kind == "heading" and b.level == 1), None)
    if markdown_title is not None:
        return markdown_title
    first = max(0, start - HEADLINE_LOOKBACK)
    # the lines whose features let them be candidates (see _may_head), from the core's start up; the
    # core's first block too: a headline that ends with "!" or "?" reads as prose and opens the run
    lines = [i for i in range(start, first - 1, -1) if i == start or _may_head(blocks, f, i)]
    candidates = _Candidates(blocks, f, start, sections)
    lowest = next((i for i in reversed(lines) if candidates.holds(i)), None)
    if lowest is None:
        return None
    core_words: _WordsIn | None = None  # (read when first needed: the bounds stop some pages' lines before)
    repeats = _Repeats(blocks, f, candidates, lowest, start)
    # the score as if all its words came back in the core and its text near it, before any penalty,
    # bounds the real score: most lines fall short of the best so far without their text being read
    # (whether they are candidates at all, their words, their repeats). The lines are read from the
    # highest bound down, so that the best comes early and the bounds stop the rest; among equal scores
    # the first line of `lines` (the nearest the core) is the headline, wherever it is read
    between = _lines_between(blocks, f, first, start)
    shapes = [_headline_shape(blocks, f, i, between[i - first]) for i in lines]
    best, best_score, best_rank = None, HEADLINE_MIN_SCORE, -1
    # (sorted() keeps equal items in their order, reversed too; it reads the floats through the list's own
    # __getitem__, which costs a fraction of a key function written out)
    for rank in sorted(range(len(lines)), key=shapes.__getitem__, reverse=True):
        i, shape = lines[rank], shapes[rank]
        if not _beats(shape + HEADLINE_ECHO_BONUS, rank, best_score, best_rank) or not candidates.holds(i):
            continue
        penalized = _headline_penalized(blocks, f, candidates, i, shape)
        if not _beats(penalized + HEADLINE_ECHO_BONUS, rank, best_score, best_rank):
            continue
        # its words before its repeats: of the two, they tell more lines apart (callgrind)
        if core_words is None:
            body = start + 1 if candidates.holds(start) else start
            core_words = _WordsIn([b.text for b in blocks[body:body + HEADLINE_CORE_BLOCKS]])
        words = _overlap_worth(candidates.words(i), core_words, penalized + HEADLINE_ECHO_BONUS,
                               rank, best_score, best_rank)
        if words is None:
            continue
        score = penalized + repeats.worth(i) + words
        if _beats(score, rank, best_score, best_rank):
            best, best_score, best_rank = i, score, rank
    return best


def _beats(score: float, rank: int, best_score: float, best_rank: int) -> bool:
    """Whether a score (or its bound) of the line at `rank` in the lines read beats the best so far, at
    `best_rank`: a higher score, or an equal one of a line that comes before it in the lines (best_rank
    is -1 while there is no best: HEADLINE_MIN_SCORE is to be passed, not met)."""
    return score > best_score or (score == best_score and rank < best_rank)


class _Candidates:
    """Which lines above a core that starts at `start` are the headline's candidates: lines that
    _is_candidate takes, and the core's first line if it is a headline written as a sentence, but for
    the lines of the `sections` a table of contents lists. Each line is read once, when first asked
    about (its text's tests cost many times its features' ones)."""

    def __init__(self, blocks: list[Block], f: Features, start: int, sections: set[str]) -> None:
        self.blocks, self.f, self.start, self.sections = blocks, f, start, sections
        #: the lines asked about so far, and whether _is_candidate takes them...
        self.known: dict[int, bool] = {}
        #: ...and whether they are candidates
        self.held: dict[int, bool] = {}
        #: the content words of the lines read for them (a candidate's own, and the two lines of _rewords)
        self.content: dict[int, set[str]] = {}

    def holds(self, i: int) -> bool:
        """Whether line i (at most `start`) is a candidate."""
        held = self.held.get(i)
        if held is None:
            blocks, f = self.blocks, self.f
            held = self.held[i] = (self.takes(i) or (i == self.start and _sentence_title(blocks, f, i))) \
                and not (self.sections and _section_key(blocks[i].text) in self.sections)
        return held

    def words(self, i: int) -> set[str]:
        """_content_words of line i, read once (a candidate's words are read for its overlap with the core,
        and for a second wording of it or of the line over it)."""
        own = self.content.get(i)
        if own is None:
            own = self.content[i] = _short_content_words(self.blocks[i].text)
        return own

    def takes(self, i: int) -> bool:
        """_is_candidate(blocks, f, i), read once."""
        taken = self.known.get(i)
        if taken is None:
            taken = self.known[i] = _is_candidate(self.blocks, self.f, i)
        return taken


class _Repeats:
    """What the repeats of the candidates' texts near them are worth to their scores (see _echoes), read
    for each candidate when first asked. The lines read for repeats are those around the candidates,
    from `lowest` (the candidate furthest up) to the core's `start`."""

    def __init__(self, blocks: list[Block], f: Features, candidates: _Candidates, lowest: int, start: int) -> None:
        self.f, self.candidates, self.start = f, candidates, start
        self.folded = _FoldedLines(blocks, f.words, max(0, lowest - HEADLINE_ECHO_WINDOW),
                                   min(len(blocks), start + HEADLINE_ECHO_WINDOW))
        #: each candidate's echoes, as read
        self.found: dict[int, list[tuple[int, bool]]] = {}

    def worth(self, i: int) -> float:
        """What candidate i's repeats are worth: a bonus if its text comes back near it, a penalty if it
        is a breadcrumb trail that ends with the text of a candidate below it, nothing otherwise."""
        words = self.f.words
        if words[i] >= HEADLINE_ECHO_MIN_WORDS and self.echoes(i):
            return HEADLINE_ECHO_BONUS
        for k in range(i + 1, min(i + HEADLINE_TRAIL_REACH, self.start) + 1):
            if words[k] >= HEADLINE_ECHO_MIN_WORDS and self.ends_with(i, k) and self.candidates.holds(k) \
                    and (i, True) in self.echoes(k):
                return -HEADLINE_TRAIL_PENALTY
        return 0.0

    def ends_with(self, i: int, k: int) -> bool:
        """Whether line i's text may be a trail that ends with line k's: the cheap test before the echoes
        of a candidate k below line i, among which i stands as a trail only if it passes."""
        title = self.folded.get(k)
        if title is None:
            return False
        if not title:
            return True  # (every text ends with an empty one)
        if not self.folded.may_end_with(i, ord(title[-1])):
            return False
        trail = self.folded.get(i)
        return trail is not None and len(trail) > len(title) and trail.endswith(title)

    def echoes(self, i: int) -> list[tuple[int, bool]]:
        """_echoes of candidate i, read once."""
        found = self.found.get(i)
        if found is None:
            found = self.found[i] = _echoes(self.folded, i)
        return found


class _FoldedLines:
    """The lines read for repeats of a text: those from `low` to `high` (not included) of at most
    ECHO_MAX_WORDS words, each folded (see _fold_title) when first read: a text is compared with the
    lines near it, and most lines are told apart from it by their last character without being folded."""

    def __init__(self, blocks: list[Block], counts: list[int], low: int, high: int) -> None:
        self.blocks, self.counts, self.low, self.high = blocks, counts, low, high
        #: the lines folded so far
        self.folds: dict[int, str] = {}
        #: what each line's last and first characters tell (see _end_key), by line from `low`, read when
        #: first asked: each line is compared with several candidates
        self.ends = [_UNREAD] * max(high - low, 0)
        self.starts = [_UNREAD] * max(high - low, 0)

    def get(self, j: int) -> str | None:
        """Line j's folded text, or None where it is not read."""
        if not (self.low <= j < self.high and self.counts[j] <= ECHO_MAX_WORDS):
            return None
        folded = self.folds.get(j)
        if folded is None:
            folded = self.folds[j] = _fold_title(self.blocks[j].text)
        return folded

    def may_end_with(self, j: int, last: int) -> bool:
        """Whether line j is read and may fold to a text that ends with the character coded `last` (any
        character where `last` is negative). Folding takes white space and quotes off a line's ends,
        turns typographic quotes and dashes into plain ones and folds the case of the rest: a line that
        ends with a printable ASCII character but a quote folds to a text that ends with it, lowered,
        and one that ends with another letter or digit to one that ends as its case folds. That tells
        most lines apart from a text without folding them."""
        return self._may_fold_at(j, -1, last)

    def may_start_with(self, j: int, first: int) -> bool:
        """Whether line j is read and may fold to a text that starts with the character coded `first` (any
        character where `first` is negative): may_end_with's test at the line's other end, which folding
        treats the same way (case folds a character on its own)."""
        return self._may_fold_at(j, 0, first)

    def _may_fold_at(self, j: int, at: int, wanted: int) -> bool:
        """may_end_with (`at` -1) or may_start_with (`at` 0) of line j, for the character coded `wanted`."""
        if not self.low <= j < self.high:
            return False
        keys = self.ends if at else self.starts
        key = keys[j - self.low]
        if key == _UNREAD:
            key = keys[j - self.low] = _end_key(self.blocks[j].text, self.counts[j], at)
        if key == _NOT_READ:
            return False
        return wanted < 0 or key in (_ANY_END, wanted)


#: what a line's end tells of the character its folded text ends (or starts) with, besides its code:
#: nothing yet, nothing as the line is not read for repeats, or any character may be the one
_UNREAD: Final = -1
_NOT_READ: Final = -2
_ANY_END: Final = -3
#: a line with no text: its folded text ends with no character
_EMPTY: Final = -4


def _end_key(text: str, count: int, at: int) -> int:
    """What line `text` of `count` words tells of the last (`at` -1) or first (`at` 0) character of its
    folded text (see _FoldedLines.may_end_with): the character's code, or _NOT_READ, _ANY_END or _EMPTY."""
    if count > ECHO_MAX_WORDS:
        return _NOT_READ
    if not text:
        return _EMPTY
    char = text[at]
    code = ord(char)
    if code < 128:
        if 65 <= code <= 90:  # A-Z
            return code + 32
        if code <= 32 or code == 34 or code == 39:  # white space, control characters, quotes
            return _ANY_END
        return code
    return ord(char.casefold()[at]) if char.isalnum() else _ANY_END


def _echoes(folded: _FoldedLines, i: int) -> list[tuple[int, bool]]:
    """The lines near line i that repeat its text, each with whether it is a breadcrumb trail that
    ends with it. A title shows twice, alone ("The Title" over "The Title") or at the end of a trail
    just above it ("Home News The Title"); a menu item that recurs with its neighbours, a line that
    recurs three times or more, and a title's part after a colon ("The Project: Its Subtitle") do not
    count. Lines are compared by their folded texts, line i's last and first characters first (see
    may_end_with)."""
    own = folded.get(i)
    if own is None:
        return []
    last, first = (ord(own[-1]), ord(own[0])) if own else (-1, -1)
    found: list[tuple[int, bool]] = []
    for j in range(i - HEADLINE_ECHO_WINDOW, i + HEADLINE_ECHO_WINDOW + 1):
        if j == i or not folded.may_end_with(j, last) or not folded.may_start_with(j, first) \
                or folded.get(j) != own:
            continue
        if folded.get(i - 1) == folded.get(j - 1) or folded.get(i + 1) == folded.get(j + 1):
            return []  # a repeated menu
        found.append((j, False))
    if len(found) > 1:
        return []
    # a trail is longer than the title it ends with, and stands a few lines above it
    for j in range(i - HEADLINE_TRAIL_REACH, i):
        if not folded.may_end_with(j, last):
            continue
        other = folded.get(j)
        if other is not None and len(other) > len(own) and other.endswith(own) \
                and _ends_trail(other[:-len(own)]):
            found.append((j, True))
    return sorted(found)


def _ends_trail(prefix: str) -> bool:
    """Whether a line's text before a title reads as a breadcrumb trail leading to it: it stops
    between words, not after a colon or dash that join a title to its subtitle."""
    return not prefix[-1:].isalnum() and not prefix.rstrip().endswith(TITLE_JOINERS)


def _overlap_worth(own: set[str], core_words: _WordsIn, base: float, rank: int, best_score: float,
                   best_rank: int) -> float | None:
    """What a candidate's words shared with the core's first blocks (`own`, its content words) add to its
    score, HEADLINE_OVERLAP_WEIGHT * (_overlap(own, core_words) - 1.0), if `base` plus that beats the best
    so far (see _beats); None if it does not. The words are looked up until they tell: once those not yet
    read could not lift the score past the best even if all came back in the core, the rest is not read
    (the bound is the same expression with those words counted as found, and it only falls with each word
    that is not)."""
    hits, left = 0, len(own)
    for word in own:
        left -= 1
        if core_words.holds(word):
            hits += 1
        elif not _beats(base + HEADLINE_OVERLAP_WEIGHT * ((hits + left) / len(own) - 1.0), rank, best_score,
                        best_rank):
            return None
    worth = HEADLINE_OVERLAP_WEIGHT * ((hits / len(own) if own else 0.0) - 1.0)
    return worth if _beats(base + worth, rank, best_score, best_rank) else None


def _overlap(own: set[str], core_words: _WordsIn) -> float:
    """The share of a text's content words (`own`) that come back in the core's first blocks."""
    return sum(core_words.holds(word) for word in own) / len(own) if own else 0.0


#: the content words of short lines seen lately (see _short_content_words; emptied when it holds
#: LINE_TEST_CACHE lines: see shape.keep)
_content_word_sets: Final[dict[str, set[str]]] = {}


def _short_content_words(text: str) -> set[str]:
    """_content_words(text), kept for a line of at most SHORT_LINE_MAX_CHARS characters: the headline's
    candidates and the lines over them are titles, labels and menu items that recur from page to page
    of a site. (The set is kept: it is read, never changed.)"""
    return _kept(_content_word_sets, text, _content_words, LINE_TEST_CACHE)


def _content_words(text: str) -> set[str]:
    """The text's content words, folded (see CONTENT_WORD_MIN_CHARS)."""
    folded = fold_case(text)
    if folded.isascii():
        # an ASCII text's words (\w: letters, digits, "_") are what split() leaves once every other
        # character is a space, which bytes.translate makes many times faster than findall reads them
        return {word for word in folded.encode().translate(_ASCII_WORD_GAPS).decode().split()
                if len(word) >= CONTENT_WORD_MIN_CHARS}
    return set(_CONTENT_WORD.findall(folded))


class _WordsIn:
    """The content words of texts joined by a space (see _content_words), asked for one by one: each word
    asked is looked up in the folded text, which costs a fraction of reading all its words when only a few are asked
    (the headline's candidates ask for a few dozen words, the core's first blocks hold hundreds)."""

    def __init__(self, texts: list[str]) -> None:
        # the texts joined by a space, folded: each folded on its own, as case folding reads each character
        # on its own (and lowering an ASCII text, the way fold_case folds one, costs a fraction of folding
        # a text beyond ASCII, which one block of them makes the joined text)
        self.folded = " ".join([fold_case(text) for text in texts])
        #: the words asked for so far, and the answers (a page's candidates share words)
        self.known: dict[str, bool] = {}

    def holds(self, word: str) -> bool:
        """Whether `word`, a content word (folded), is one of the text's (word in _content_words(text))."""
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = _holds_word(self.folded, word)
        return found


def _holds_word(text: str, word: str) -> bool:
    """Whether the run of word characters `word` stands in the text with no word character beside it:
    one of the runs that _content_words reads (it reads each run whole, as \\w{4,} matches do)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_character(text[at - 1])) \
                and (end == len(text) or not _is_word_character(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _is_word_character(char: str) -> bool:
    """Whether the character is one that the regex \\w matches (a letter, digit or "_")."""
    return char.isalnum() or char == "_"


#: the folded titles of short lines seen lately (see _fold_title; emptied when it holds LINE_TEST_CACHE
#: lines: see shape.keep): the lines read for a headline's repeats are titles, menu items and labels that
#: recur from page to page of a site, and folding one beyond ASCII costs some 6,000 instructions
#: (callgrind), a look-up a fraction of that
_folded_titles: Final[dict[str, str]] = {}


def _fold_title(text: str) -> str:
    """fold_title(text), kept for a line of at most SHORT_LINE_MAX_CHARS characters (see _fold_title_once)."""
    return _kept(_folded_titles, text, _fold_title_once, LINE_TEST_CACHE)


def _fold_title_once(text: str) -> str:
    """fold_title(text), the cheaper way for a line of printable ASCII without a double space (nearly
    every short line in English): its white space needs no folding but the ends, which the final strip
    takes off, and its case only lowering."""
    if text.isascii() and "  " not in text and text.isprintable():
        return text.lower().replace("'", '"').strip(' "')
    return fold_title(text)


def _is_candidate(blocks: list[Block], f: Features, i: int) -> bool:
    """A title-like line that may head the article: not a list item, label, byline, trail, share bar or caption
    with its credit (nor a caption under an "Image" label or over a credit line), and not prose unless
    a headline's length (headlines end with "!" or "?" as sentences do)."""
    return (_may_head(blocks, f, i)
            and not _kept_test(_credit_marks, blocks[i].text, _has_credit_mark)
            and not (i > 0 and _kept_test(_image_labels, blocks[i - 1].text, _is_image_label))
            and not (i + 1 < len(blocks) and blocks[i + 1].blank_before == 0
                     and _kept_test(_only_credits, blocks[i + 1].text, _only_credit)))


#: the answers of _is_candidate's tests of a line's text (its own credit mark, the image label over it and
#: the credit under it) for short lines seen lately: a candidate's neighbours are bylines, dates and labels
#: that recur from page to page of a site, and these patterns cost many times a look-up (emptied when
#: they hold LINE_TEST_CACHE lines: see shape.keep)
LINE_TEST_CACHE: Final = 1 << 14
_credit_marks: Final[dict[str, bool]] = {}
_image_labels: Final[dict[str, bool]] = {}
_only_credits: Final[dict[str, bool]] = {}


def _kept_test(cache: dict[str, bool], text: str, test: Callable[[str], bool]) -> bool:
    """test(text), kept in `cache` for a line of at most SHORT_LINE_MAX_CHARS characters."""
    return _kept(cache, text, test, LINE_TEST_CACHE)


def _is_image_label(text: str) -> bool:
    """An image's label alone on its line: "Click to enlarge", "Photo 2 of 5" (IMAGE_LABEL)."""
    return _IMAGE_LABEL.matches(text)


def _may_head(blocks: list[Block], f: Features, i: int) -> bool:
    """The tests of _is_candidate that its features answer (all but one cheap): a title-like line, not a
    list item, label, byline, trail, share bar or caption, and not prose unless a headline's length."""
    return (blocks[i].kind != "item"  # a list's item ("+ Added the Ocean Monument") heads nothing
            and (f.title_like[i] or (not f.prose[i] and _short_title_with_stop(blocks[i].text, f.words[i])))
            and (not f.prose[i] or f.words[i] <= HEADLINE_GOOD_WORDS[1])
            and not f.comments_heading[i] and not f.trail[i] and not _skippable_above_body(blocks, f, i))


def _has_credit_mark(text: str) -> bool:
    """A copyright sign or an agency's name after a stop or slash (CREDIT_MARK) in the line."""
    return any(start in text for start in CREDIT_MARK_STARTS) and _CREDIT_MARK.found_in(text)


def _only_credit(text: str) -> bool:
    """A line that is nothing but a picture's credit ("Photo by Jane Doe", "Getty Images"): the line
    right over it is the picture's caption."""
    lowered = text.lower()
    if CREDIT_LABEL_KEYS.held_by(text, lowered):  # the cheap test before CREDIT_LABEL
        label = _CREDIT_LABEL.match(text, lowered)
        if label is not None and label.start(1) == 0:
            return True
    return CREDIT_AGENCY_KEYS.held_by(text, lowered) and _CREDIT_ONLY.matches(text, lowered)


def _restart_at_headline(blocks: list[Block], f: Features, start: int, end: int) -> int:
    """Where the article starts when the run opens with a little prose above a headline: a title-like
    line with the article's date or byline beside it, in the run's first blocks, below a small part of
    the run's prose (a consent notice, a search box's help, a teaser over the article's title)."""
    if any(f.byline[j] or f.dateline[j] for j in range(max(start - 2, 0), start)):
        return start  # the run opens under a byline or date: under its headline already
    total = sum(len(blocks[i].text) for i in range(start, end + 1) if f.prose[i])
    seen = 0
    # the date lines passed, but for the one right over the line read (its own date, "May 3, 2024" over
    # the title): a list of dated teasers is no article's head
    dated = 0
    for i in range(start, min(end, start + RESTART_LOOKAHEAD)):
        if f.prose[i] and seen and not dated and not any(f.prose[i - RESTART_MIN_GAP:i]) \
                and _sentence_title(blocks, f, i):
            return i  # a headline written as a sentence ("How does the brain …?") under the notice
        if f.prose[i]:
            seen += len(blocks[i].text)
            if seen > min(RESTART_MAX_SHARE * total, RESTART_MAX_CHARS):
                return start
            continue
        if _is_candidate(blocks, f, i) and f.words[i] >= HEADLINE_GOOD_WORDS[0] \
                and not any(f.prose[i - RESTART_MIN_GAP:i]) and any(
                (f.byline[j] or f.dateline[j]) and not f.prose[j] for j in range(i - 1, min(i + 4, end)) if j != i):
            own_date = i > start and (f.dateline[i - 1] or f.byline[i - 1])
            return i if seen and dated <= own_date else start
        dated += f.dateline[i] or f.byline[i]
    return start


def _sentence_title(blocks: list[Block], f: Features, i: int) -> bool:
    """A headline written as a sentence ("We Moved. So Did Our Office.") at the core's start, which reads
    as prose: a headline's length, the article's date or byline right over or under it, and no title of
    a few words right over it (whose dek it would be)."""
    lo, hi = HEADLINE_GOOD_WORDS
    near = range(max(i - 1, 0), min(i + 4, len(blocks)))
    under_title = i > 0 and f.words[i - 1] >= DEK_TITLE_MIN_WORDS and _is_candidate(blocks, f, i - 1) \
        and not blocks[i - 1].text[:1].islower()  # "take the tour" is a link, not a title
    return lo <= f.words[i] <= hi and blocks[i].text[:1].isupper() and not _skippable_above_body(blocks, f, i) \
        and any(f.byline[j] or f.dateline[j] for j in near if j != i) and not under_title


def _short_title_with_stop(text: str, count: int) -> bool:
    """A title of a few words that ends with a stop or an ellipsis ("Time to say goodbye.", "All is
    new in May…"), which is_title_like leaves out as the end of a sentence."""
    return TITLE_STOP_WORDS[0] <= count <= TITLE_STOP_WORDS[1] and text.endswith(TITLE_STOPS) \
        and text[:1].isupper() and not text.endswith("...")


def _lines_between(blocks: list[Block], f: Features, first: int, start: int) -> list[float]:
    """For each line from `first` to `start`, how far it is from the core that starts at `start`: the lines
    below it, each a line but those that stand between a headline and the body (bylines, dates, captions,
    labels, boilerplate: see _skippable_above_body), which count for SKIPPABLE_DISTANCE each."""
    counts = [0.0] * (start - first + 1)
    seen = 0.0
    for i in range(start - 1, first - 1, -1):
        seen += 1.0 if i + 1 == start or not _skippable_above_body(blocks, f, i + 1) else SKIPPABLE_DISTANCE
        counts[i - first] = seen
    return counts


def _headline_shape(blocks: list[Block], f: Features, i: int, distance: float) -> float:
    """How much line i reads as the headline of the core, `distance` from it (see _lines_between), if all
    its words come back in the core's first blocks, by its shape and place, before the penalties of
    _headline_penalized: the score that the words it shares with the core and the repeats of its text
    (see _Repeats) then change."""
    n = f.words[i]
    # the headline's words come back in the article's first paragraphs (all of them here)
    score = HEADLINE_OVERLAP_WEIGHT
    # headlines run from four to twenty-odd words; "View Photos" or "Bookmark it" do not
    score += HEADLINE_LENGTH_BONUS if HEADLINE_GOOD_WORDS[0] <= n <= HEADLINE_GOOD_WORDS[1] else 0.0
    score -= HEADLINE_SHORT_PENALTY if n < HEADLINE_GOOD_WORDS[0] - 1 else 0.0
    # a byline or date right under it; an author's name more than a date, which teasers show too
    if any(_names_author(blocks, f, k) for k in range(i + 1, min(i + 4, len(blocks)))):
        score += HEADLINE_BYLINE_BONUS + HEADLINE_AUTHOR_BONUS
    elif _any_in(f.dateline, i + 1, i + 4):
        score += HEADLINE_BYLINE_BONUS
    # a topic and a statement joined by a colon ("Lockdown: Churches stay open") is a headline's shape
    if _has_kicker(blocks[i].text, n):
        score += HEADLINE_KICKER_BONUS
    # the next item of a menu right under it
    if i + 1 < len(blocks) and _reads_as_menu_item(f, i + 1):
        score -= HEADLINE_MENU_PENALTY
    # a line among lines that start with a number: an item of a list of quantities or ranks ("350 g
    # Zucker" between "500 ml Milch" and "5 Eier")
    if blocks[i].text[:1].isdigit() and _in_numbered_run(blocks, f, i):
        score -= HEADLINE_NUMBERED_RUN_PENALTY
    # nearer the body is likelier
    score -= HEADLINE_DISTANCE_COST * distance
    return score


def _in_numbered_run(blocks: list[Block], f: Features, i: int) -> bool:
    """Whether at least NUMBERED_RUN_MIN_LINES of the lines around line i (NUMBERED_RUN_REACH above and
    below) start with a number, as it does (date lines aside)."""
    count = 0
    for j in range(max(i - NUMBERED_RUN_REACH, 0), min(i + NUMBERED_RUN_REACH + 1, len(blocks))):
        if j != i and blocks[j].text[:1].isdigit() and not f.dateline[j]:
            count += 1
    return count >= NUMBERED_RUN_MIN_LINES


def _headline_penalized(blocks: list[Block], f: Features, candidates: _Candidates, i: int, score: float) -> float:
    """Candidate i's score (see _headline_shape) less what the line right over it costs it."""
    n = f.words[i]
    # a second wording of the title right under the first (a teaser's title under the page's own)
    if i > 0 and _rewords(blocks, f, candidates, i - 1, i):
        score -= HEADLINE_REWORDED_PENALTY
    # a long line right under a shorter title-like line is a dek, not the headline
    if i > 0 and n > DEK_MIN_WORDS and 2 <= f.words[i - 1] < n and candidates.takes(i - 1):
        score -= HEADLINE_DEK_PENALTY
    if _under_headed_byline(blocks, f, candidates, i):
        score -= HEADLINE_UNDER_BYLINE_PENALTY
    if i + 1 < len(blocks) and _kicker_over(blocks, f, candidates, i):
        score -= HEADLINE_KICKER_LINE_PENALTY
    return score


def _kicker_over(blocks: list[Block], f: Features, candidates: _Candidates, i: int) -> bool:
    """Whether line i is a kicker over the headline, right over a longer candidate: in capitals, or
    opening with a word in capitals ("KOMMENTAR Bürgermeisterwahl in Petersberg", "“UNA CONFRONTACIÓN
    MÁXIMA”"), over a candidate not in capitals (or in capitals, and twice as long); or a section's and
    a topic's names ("Volleyball | MTV Stuttgart")."""
    text, below = blocks[i].text, blocks[i + 1].text
    if f.words[i + 1] <= f.words[i]:
        return False
    if _in_capitals(text):
        # a kicker in capitals over a headline in capitals is at most half as long ("OLYMPIA 2022 IN PEKING"
        # over "OLYMPIA 2022: ZWEITER CORONAFALL IM DEUTSCHEN TEAM …")
        if _in_capitals(below) and not (text.isupper() and below.isupper()
                                        and KICKER_MAX_SHARE * f.words[i + 1] >= f.words[i]):
            return False
    elif not _is_category_pair(text):
        return False
    return candidates.takes(i + 1)


def _is_category_pair(text: str) -> bool:
    """A section's name and a topic's, each of a word or a few, between bars: "Volleyball | MTV Stuttgart"."""
    return " | " in text and all(1 <= words(part) <= KICKER_PART_MAX_WORDS for part in text.split(" | "))


def _in_capitals(text: str) -> bool:
    """A line in capitals, or opening with a word of at least KICKER_CAPITALS_MIN letters in capitals."""
    first = text.split(" ", 1)[0].strip("\"'“”„«»‘’:")
    return text.isupper() or (len(first) >= KICKER_CAPITALS_MIN and first.isupper())  # (isupper: a cased letter)


def _under_headed_byline(blocks: list[Block], f: Features, candidates: _Candidates, i: int) -> bool:
    """Whether line i stands under a byline (the nearest over it, within UNDER_BYLINE_REACH lines: see
    _names_author) that a candidate of a headline's length heads: "Title / Jane Doe / May 3 / Why it
    matters / body…" puts the article's headline over its byline, a section's heading under it."""
    for k in range(i - 1, max(i - UNDER_BYLINE_REACH, 0) - 1, -1):
        if _names_author(blocks, f, k):
            return any(f.words[j] >= HEADLINE_GOOD_WORDS[0] and candidates.takes(j)
                       for j in range(max(k - HEADED_BYLINE_REACH, 0), k))
    return False


def _names_author(blocks: list[Block], f: Features, k: int) -> bool:
    """Whether line k is a byline: a line that names the author ("By Jane Doe"), or a name over a button
    to follow its author ("Jane Doe" / "Follow")."""
    return f.byline[k] or name_over_follow(blocks, f, k)


def _any_in(flags: list[bool], low: int, high: int) -> bool:
    """any(flags[low:high]) for 0 <= low and 0 <= high, without the slice (which a compiled build copies)."""
    return any(flags[k] for k in range(low, min(high, len(flags))))


def _rewords(blocks: list[Block], f: Features, candidates: _Candidates, upper: int, lower: int) -> bool:
    """Whether the lower of two lines says the upper title again in other words: both a headline's
    length and of about the same length, most content words of the shorter in the longer, the texts
    not the same ("Harbour gets new ferry line in May" over "New ferry line: harbour gets it in May")."""
    n, m = f.words[upper], f.words[lower]
    if min(n, m) < REWORDED_MIN_WORDS or max(n, m) > REWORDED_MAX_RATIO * min(n, m):
        return False
    if not candidates.takes(upper):
        return False
    first, second = _fold_title(blocks[upper].text), _fold_title(blocks[lower].text)
    if first.endswith(second) or second.endswith(first):
        return False  # the same title, or a breadcrumb trail that ends with it
    own, other = candidates.words(upper), candidates.words(lower)
    return bool(own and other) and len(own & other) >= REWORDED_MIN_SHARE * min(len(own), len(other))


def _has_kicker(text: str, count: int) -> bool:
    """A headline-length line whose colon leads to a statement of a few words ("Review: The console
    that keeps up"), not a label and its value ("Lives in: Pelican Town", "Author: Jane Doe")."""
    if count < HEADLINE_GOOD_WORDS[0] + 1 or ": " not in text:
        return False
    return words(text.split(": ", 1)[1]) >= KICKER_STATEMENT_MIN_WORDS


def _reads_as_menu_item(f: Features, i: int) -> bool:
    """A line of one or two words that is no byline, date or share button: what follows a menu item
    ("Sport", "Politics"), rarely a headline, which a byline, a date, a dek or the body follows."""
    return (f.title_like[i] and f.words[i] <= MENU_ITEM_MAX_WORDS
            and not (f.byline[i] or f.dateline[i] or f.boilerplate[i]))


def _first_title(f: Features) -> int | None:
    return next((i for i in range(len(f.words)) if f.title_like[i] and not f.boilerplate[i] and f.words[i] >= 2),
                None)


def _mark_tail_areas(blocks: list[Block], f: Features, opens: list[bool], areas: Areas, start: int) -> None:
    """From the core's end on, a comments heading opens a comment area and a related heading a
    related area; each runs until the other opens, a related area also until the footer's lines or a run of
    lines that are no story's."""
    current = "after"
    seen_comment = False
    others = 0  # lines in a row in a related list that are no story's
    for i in range(start, len(blocks)):
        if current == "comments" and seen_comment and f.comments_heading[i] \
                and COMMENT_FORM_HEADING.match(blocks[i].text):
            current = "after"  # "Leave a Reply" after the comments opens the form, not more comments
        elif opens[i] and current != "comments":
            current = "comments"
            seen_comment = False
        elif f.related_heading[i]:
            current = "related"
        elif current == "comments":
            seen_comment = True
        elif current == "related" and i + 1 < len(blocks) and f.boilerplate[i] and f.boilerplate[i + 1]:
            current = "after"  # a related list ends where the footer's legal and menu lines begin
        if current == "related" and not f.related_heading[i]:
            # a related list ends where RELATED_END_RUN lines in a row are neither a story's title, its
            # snippet nor its date: the menus, archive links, share bars and footer under the list
            if f.dateline[i] or (f.words[i] >= RELATED_ITEM_MIN_WORDS and (f.title_like[i] or f.prose[i])):
                others = 0
            else:
                others += 1
                if others >= RELATED_END_RUN:
                    areas.area[i - others + 1:i] = ["after"] * (others - 1)
                    current = "after"
        else:
            others = 0
        areas.area[i] = current


def _drop_commentless_areas(blocks: list[Block], f: Features, areas: Areas) -> None:
    """In text, a comment area that shows no comment is furniture ("after"): the comment form under
    "Leave a Reply", a "0 comments" notice, or the menus and footer after a "Comments" heading.

    A comment shows a head (an author's "Jane says:", a byline, a date line) or, under a heading
    that neither opens the form nor counts zero comments, at least one line of running text. Such a
    heading alone, with nothing under it, is kept: it is all a page shows of an empty comment area."""
    area = areas.area
    i = 0
    while i < len(area):
        if area[i] != "comments":
            i += 1
            continue
        end = i
        while end < len(area) and area[end] == "comments":
            end += 1
        if not _shows_comments(blocks, f, i, end):
            area[i:end] = ["after"] * (end - i)
        i = end


def _shows_comments(blocks: list[Block], f: Features, start: int, end: int) -> bool:
    """Whether the comment area blocks[start:end] shows a comment (see _drop_commentless_areas)."""
    heading = blocks[start].text if f.comments_heading[start] else ""
    count = COUNT_IN_HEADING.search(heading)
    form = COMMENT_FORM_HEADING.match(heading) is not None
    form_or_none = form or (count is not None and int(count.group(1)) == 0)
    lines = range(start + 1 if heading else start, end)
    if not lines:  # a bare "Comments" heading is all a page shows of an empty comment area
        return not form_or_none
    # the features first, the pattern (which costs many times more) only where they do not tell; under the
    # comment form's heading, a date line alone is a sidebar's list of posts as often as a comment's
    if any((f.dateline[i] and not form) or f.byline[i] for i in lines) \
            or (not form_or_none and any(f.prose[i] for i in lines)):
        return True
    return any(COMMENT_AUTHOR.match(blocks[i].text) for i in lines)


def _summary_cover(blocks: list[Block], f: Features, start: int, end: int) -> set[int]:
    """Blocks under a summary label: from the label to the next heading-like line or label."""
    covered: set[int] = set()
    i = start
    while i <= end and i < len(blocks):
        if f.summary_label[i]:
            j = i + 1
            while j < len(blocks) and (f.prose[j] or not _opens_part(blocks, f, j)):
                covered.add(j)
                j += 1
            i = j
        else:
            i += 1
    return covered


def _opens_part(blocks: list[Block], f: Features, i: int) -> bool:
    return blocks[i].kind == "heading" or f.body_label[i] or f.heading_like[i]


# --- html ---------------------------------------------------------------------------------------


def _html_areas(page: Page, f: Features) -> Areas:
    blocks = page.blocks
    areas = Areas(area=["before"] * len(blocks))
    main = [b.index for b in blocks if "main" in b.hints]
    if main:
        areas.core_start, areas.core_end = main[0], main[-1]
    areas.headline = _html_headline(page, areas)
    area = areas.area
    for b in blocks:
        hints = b.hints
        if "comments" in hints:
            area[b.index] = "comments"
        elif "related" in hints:
            area[b.index] = "related"
        elif "main" in hints:
            area[b.index] = "core"
        elif areas.core_start >= 0 and b.index > areas.core_end:
            area[b.index] = "after"
        elif areas.headline is not None and areas.headline <= b.index < max(areas.core_start, 0):
            area[b.index] = "lead"
    if areas.core_start >= 0:
        _mark_dek_in_core(blocks, f, areas)
        lead_from = areas.headline + 1 if areas.headline is not None else areas.core_start
        areas.in_summary = _summary_cover(blocks, f, lead_from, areas.core_end)
        _mark_inline_related(blocks, f, areas)
        _mark_inline_comments(blocks, f, areas)
    return areas


def _mark_dek_in_core(blocks: list[Block], f: Features, areas: Areas) -> None:
    """A dek the article element holds beside its text's box, before the text's first paragraph
    (<article><h1/><div class="byline"/><div class="lead"/><div class="text"><p/>…) is the lead's,
    though the box chosen as the article's text does not hold it."""
    area = areas.area
    for i in range(areas.core_start, areas.core_end + 1):
        if area[i] == "core" and f.prose[i]:
            return
        if area[i] == "before" and "summary" in blocks[i].hints:
            area[i] = "lead"


def _mark_inline_comments(blocks: list[Block], f: Features, areas: Areas) -> None:
    """A comment-area heading inside the article, after enough of its text, that a comment's date
    line follows closely ("Kommentare", "Kritiker2010", "06.11.2023, 13.47 Uhr") opens a comment
    area that markup did not mark, up to the article's end or a related list. A heading alone is not
    enough: many articles end with "Comments" over a form or a notice."""
    area = areas.area
    seen = 0
    for i in range(areas.core_start, areas.core_end + 1):
        if area[i] != "core":
            continue
        if f.prose[i]:
            seen += len(blocks[i].text)
        if seen < COMMENTS_AFTER_CHARS or not opens_comments(f, i):
            continue
        if not any(f.dateline[j] for j in range(i + 1, min(i + 1 + INLINE_COMMENT_DATE_WITHIN, areas.core_end + 1))):
            continue
        for j in range(i, areas.core_end + 1):
            if area[j] == "related":
                break
            if area[j] == "core":
                area[j] = "comments"
                areas.comments_by_text.add(j)
        return


def _mark_inline_related(blocks: list[Block], f: Features, areas: Areas) -> None:
    """A heading inside the article that opens a related list ("More Related Stories") marks what
    follows it as related, up to the next heading of its level or above."""
    area = areas.area
    i = areas.core_start
    while i <= areas.core_end:
        block = blocks[i]
        if block.kind == "heading" and f.related_heading[i] and area[i] == "core":
            level = block.level or 6
            j = i
            while j <= areas.core_end and (j == i or not _heading_at_or_above(blocks[j], level)):
                if area[j] == "core":
                    area[j] = "related"
                j += 1
            i = j
        else:
            i += 1


def _heading_at_or_above(block: Block, level: int) -> bool:
    return block.kind == "heading" and 0 < block.level <= level


def _html_headline(page: Page, areas: Areas) -> int | None:
    """The block that shows the page's title: a heading whose text is the reconciled title."""
    title = fold_title(page.meta.title)
    if not title:
        return None
    limit = areas.core_end if areas.core_end >= 0 else len(page.blocks) - 1
    # the first heading that shows it, else the first other block (a heading is read first: most pages
    # show their title in one, and the other blocks need not be folded)
    blocks = page.blocks[:limit + 1]
    for b in blocks:
        if b.kind == "heading" and folds_to(b.text, title):
            return b.index
    for b in blocks:
        if b.kind != "title" and b.kind != "heading" and folds_to(b.text, title):
            return b.index
    return None
