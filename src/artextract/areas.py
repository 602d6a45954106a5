"""Page-level reading that the per-block rules need: where the article's core runs, which block is the
headline, where the comment and related areas open, which blocks a "Summary" label covers.

Computed once per page from the blocks, before any rule votes; rules read it and never change it.
For HTML the front-end has already judged the article's element (hint "main"); for text the core is
the densest run of prose, found as the best-scoring contiguous run of blocks (prose scores its
length, every other line costs a little), which is how text-density extractors find a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, Page
from .shape import is_heading_like, is_prose, is_title_like, words
from .vocab import (
    BODY_LABEL,
    BOILERPLATE_LINE,
    BYLINE,
    COMMENT_FORM,
    COMMENT_FORM_HEADING,
    COMMENTS_HEADING,
    CONSENT_WORDS,
    CREDIT_LABEL,
    CREDIT_ONLY,
    CREDIT_PARENS,
    DATELINE,
    IMAGE_LABEL,
    RELATED_HEADING,
    SUMMARY_LABEL,
    WORD,
)

#: what a prose block adds to a run, per character (capped so one huge block cannot carry nav)
PROSE_GAIN_CAP = 1500
#: what a line that is not prose costs a run: a sub-heading or a caption barely dents an article,
#: while a menu of thirty lines stops it
SHORT_LINE_COST = 25
#: what a boilerplate-looking line costs (share bars, legal lines, "Skip to content")
BOILERPLATE_COST = 80
#: what a related-area heading inside a page costs: an inline "Related" box with a few links is
#: crossed when prose follows, a footer list is not
RELATED_BARRIER_COST = 400
#: what a comment-area heading costs a run: a share bar's "Comments" link above the article is
#: crossed by the article below it, a thread below the article is not joined to it
COMMENTS_BARRIER_COST = 1500
#: the run before a page's first comment heading is the article if it has at least this share of
#: the densest run's gain (comment threads can be longer than the article they follow)
EARLY_RUN_SHARE = 0.3
#: a comment-area heading after this much prose of the run ends the article
COMMENTS_AFTER_CHARS = 400
#: how far back from the core's first prose block the headline is looked for
HEADLINE_LOOKBACK = 60
#: how many blocks of the core the headline's words are compared with
HEADLINE_CORE_BLOCKS = 6
#: words this long count as content words (shorter ones are mostly function words)
CONTENT_WORD_MIN_CHARS = 4
#: weight of the share of the candidate's words found in the core's first blocks
HEADLINE_OVERLAP_WEIGHT = 3.0
#: the word count of a typical headline, and what being in (or far below) it is worth
HEADLINE_GOOD_WORDS = (4, 22)
HEADLINE_LENGTH_BONUS = 1.0
HEADLINE_SHORT_PENALTY = 1.5
#: a byline or date line within three lines below the candidate
HEADLINE_BYLINE_BONUS = 1.0
#: cost per block between the candidate and the core
HEADLINE_DISTANCE_COST = 0.04
#: a long line under a shorter title-like line (a dek)
HEADLINE_DEK_PENALTY = 2.0
#: a candidate must score above this to be taken
HEADLINE_MIN_SCORE = -0.5
#: a title-like line longer than this, right under a shorter one, reads as a dek
DEK_MIN_WORDS = 16
#: a line with this many comma-separated one- or two-word parts is a tag list
TAG_LIST_MIN_PARTS = 4
TRAIL_SEPARATOR = re.compile(r"\s[/›»>|]\s|›|»")
#: an area heading (comments, related) is a short line
AREA_HEADING_MAX_CHARS = 160

AREAS = ("before", "lead", "core", "after", "comments", "related")


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
    #: per block: prose by shape
    prose: list[bool] = field(default_factory=list)


def is_boilerplate_line(text: str) -> bool:
    """A navigation, share, legal, comment-form or consent line by its words."""
    return bool(BOILERPLATE_LINE.match(text) or IMAGE_LABEL.match(text) or COMMENT_FORM.match(text)
                or CONSENT_WORDS.search(text))


def is_trail(text: str) -> bool:
    """A breadcrumb, pager or tag list: "Home / Essays / 2017", "← Older post", "amiga, dogs, floppy"."""
    if text.startswith(("←", "«", "‹")) or text.endswith(("→", "»", "›")):
        return True
    if len(TRAIL_SEPARATOR.findall(text)) >= 2:
        return True
    parts = text.split(",")
    return len(parts) >= TAG_LIST_MIN_PARTS and all(words(p) <= 2 for p in parts)


def has_credit(text: str) -> bool:
    """Whether the text carries a photo credit (in parentheses, labelled, or alone)."""
    return bool(CREDIT_PARENS.search(text) or CREDIT_LABEL.search(text) or CREDIT_ONLY.match(text))


def is_comments_heading(block: Block) -> bool:
    return len(block.text) <= AREA_HEADING_MAX_CHARS and bool(COMMENTS_HEADING.match(block.text))


def is_related_heading(block: Block) -> bool:
    return len(block.text) <= AREA_HEADING_MAX_CHARS and bool(RELATED_HEADING.match(block.text))


def find_areas(page: Page) -> Areas:
    """Read the page's layout from its blocks."""
    if page.format == "html":
        return _html_areas(page)
    return _text_areas(page)


# --- text ---------------------------------------------------------------------------------------


def _text_areas(page: Page) -> Areas:
    blocks = page.blocks
    prose = [is_prose(b) and not has_credit(b.text) for b in blocks]
    areas = Areas(prose=prose, area=["before"] * len(blocks))
    first_prose = next((i for i, p in enumerate(prose) if p), None)
    if first_prose is None:
        areas.headline = _first_title(blocks)
        return areas
    start, end = _core_run(blocks, prose, first_prose)
    areas.core_start, areas.core_end = start, end
    areas.headline = _headline_before(blocks, prose, start)
    lead_from = areas.headline + 1 if areas.headline is not None else start
    for i in range(len(blocks)):
        if areas.headline is not None and i < areas.headline:
            continue
        areas.area[i] = "lead" if i < start else "core" if i <= end else "after"
    if areas.headline is not None:
        areas.area[areas.headline] = "lead"
    _mark_tail_areas(blocks, areas, end + 1)
    areas.in_summary = _summary_cover(blocks, prose, lead_from, end)
    return areas


def _opens_comments(blocks: list[Block], i: int) -> bool:
    """A comment-area heading, not a "Comments" link in a share bar ("Twitter", "Comments", "Print")."""
    if not is_comments_heading(blocks[i]):
        return False
    before = blocks[i - 1].text if i > 0 else ""
    after = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return not (is_boilerplate_line(before) and is_boilerplate_line(after))


def _block_gain(blocks: list[Block], i: int, prose: bool) -> float:
    block = blocks[i]
    if prose:
        return min(len(block.text), PROSE_GAIN_CAP)
    if _opens_comments(blocks, i):
        return -COMMENTS_BARRIER_COST
    if is_related_heading(block):
        return -RELATED_BARRIER_COST
    if is_boilerplate_line(block.text):
        return -BOILERPLATE_COST
    return -SHORT_LINE_COST


def _core_run(blocks: list[Block], prose: list[bool], first_prose: int) -> tuple[int, int]:
    """The article's run: the densest run before the first comment-area heading, unless the densest
    run of the whole page (comment headings as barriers) is far denser; a "Comments" link in a
    share bar above the article must not hide the article below it."""
    comments_at = next((i for i in range(first_prose, len(blocks)) if _opens_comments(blocks, i)), None)
    start, end, score = _densest_run(blocks, prose, len(blocks))
    end = _cut_at_comments(blocks, prose, start, end)
    if comments_at is None or start < comments_at:
        return start, end
    early_start, early_end, early_score = _densest_run(blocks, prose, comments_at)
    if early_score >= EARLY_RUN_SHARE * score:
        return early_start, early_end
    return start, end


def _densest_run(blocks: list[Block], prose: list[bool], limit: int) -> tuple[int, int, float]:
    """The contiguous run of blocks[:limit] with the highest total gain (Kadane's algorithm)."""
    best, best_span = float("-inf"), (0, 0)
    run, run_start = 0.0, 0
    for i in range(limit):
        gain = _block_gain(blocks, i, prose[i])
        if run <= 0:
            run, run_start = gain, i
        else:
            run += gain
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span[0], best_span[1], best


def _cut_at_comments(blocks: list[Block], prose: list[bool], start: int, end: int) -> int:
    """Where a run crossed a comment-area heading after enough article text, the article ends there."""
    seen = 0
    for i in range(start, end + 1):
        if _opens_comments(blocks, i) and seen >= COMMENTS_AFTER_CHARS:
            return i - 1
        if prose[i]:
            seen += len(blocks[i].text)
    return end


def _skippable_above_body(block: Block) -> bool:
    """Lines that stand between a headline and the body: bylines, dates, captions, labels, share bars."""
    text = block.text
    return bool(
        BYLINE.match(text) or DATELINE.match(text) or has_credit(text) or SUMMARY_LABEL.match(text)
        or BODY_LABEL.match(text) or is_boilerplate_line(text) or block.kind == "caption"
    )


def _headline_before(blocks: list[Block], prose: list[bool], start: int) -> int | None:
    """The title-like line above the core that best reads as its headline (see _headline_score)."""
    markdown_title = next((b.index for b in blocks[:start + 1] if b.kind == "heading" and b.level == 1), None)
    if markdown_title is not None:
        return markdown_title
    core_words = _content_words(" ".join(b.text for b in blocks[start:start + HEADLINE_CORE_BLOCKS]))
    best, best_score = None, HEADLINE_MIN_SCORE
    for i in range(start - 1, max(-1, start - 1 - HEADLINE_LOOKBACK), -1):
        score = _headline_score(blocks, prose, i, start, core_words)
        if score > best_score:
            best, best_score = i, score
    return best


def _content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.casefold()) if len(w) >= CONTENT_WORD_MIN_CHARS}


def _headline_score(blocks: list[Block], prose: list[bool], i: int, start: int, core_words: set[str]) -> float:
    """How much block i reads as the headline of the core that starts at `start`."""
    block = blocks[i]
    text = block.text
    if prose[i] or _skippable_above_body(block) or is_comments_heading(block) or not is_title_like(text):
        return float("-inf")
    if is_trail(text):
        return float("-inf")
    n = words(text)
    own = _content_words(text)
    # the headline's words come back in the article's first paragraphs
    score = HEADLINE_OVERLAP_WEIGHT * (len(own & core_words) / len(own) if own else 0.0)
    # headlines run from four to twenty-odd words; "View Photos" or "Bookmark it" do not
    score += HEADLINE_LENGTH_BONUS if HEADLINE_GOOD_WORDS[0] <= n <= HEADLINE_GOOD_WORDS[1] else 0.0
    score -= HEADLINE_SHORT_PENALTY if n < HEADLINE_GOOD_WORDS[0] - 1 else 0.0
    # a byline or date right under it
    after = blocks[i + 1:i + 4]
    if any(BYLINE.match(b.text) or DATELINE.match(b.text) for b in after):
        score += HEADLINE_BYLINE_BONUS
    # nearer the body is likelier
    score -= HEADLINE_DISTANCE_COST * (start - i)
    # a long line right under a shorter title-like line is a dek, not the headline
    if i > 0 and n > DEK_MIN_WORDS and is_title_like(blocks[i - 1].text) and 2 <= words(blocks[i - 1].text) < n \
            and not prose[i - 1] and not _skippable_above_body(blocks[i - 1]):
        score -= HEADLINE_DEK_PENALTY
    return score


def _first_title(blocks: list[Block]) -> int | None:
    return next((b.index for b in blocks if is_title_like(b.text) and not is_boilerplate_line(b.text)
                 and words(b.text) >= 2), None)


def _mark_tail_areas(blocks: list[Block], areas: Areas, start: int) -> None:
    """From the core's end on, a comments heading opens a comment area and a related heading a
    related area; each runs until the other opens."""
    current = "after"
    seen_comment = False
    for i in range(start, len(blocks)):
        block = blocks[i]
        if current == "comments" and seen_comment and COMMENT_FORM_HEADING.match(block.text):
            current = "after"  # "Leave a Reply" after the comments opens the form, not more comments
        elif _opens_comments(blocks, i) and current != "comments":
            current = "comments"
            seen_comment = False
        elif is_related_heading(block):
            current = "related"
        elif current == "comments":
            seen_comment = True
        elif current == "related" and _footer_starts(blocks, i):
            current = "after"  # a related list ends where the footer's legal and menu lines begin
        areas.area[i] = current


def _footer_starts(blocks: list[Block], i: int) -> bool:
    """Two boilerplate lines in a row from block i."""
    return i + 1 < len(blocks) and is_boilerplate_line(blocks[i].text) and is_boilerplate_line(blocks[i + 1].text)


def _summary_cover(blocks: list[Block], prose: list[bool], start: int, end: int) -> set[int]:
    """Blocks under a summary label: from the label to the next heading-like line or label."""
    covered: set[int] = set()
    i = start
    while i <= end and i < len(blocks):
        if SUMMARY_LABEL.match(blocks[i].text):
            j = i + 1
            while j < len(blocks) and (prose[j] or not _opens_part(blocks[j])):
                covered.add(j)
                j += 1
            i = j
        else:
            i += 1
    return covered


def _opens_part(block: Block) -> bool:
    return block.kind == "heading" or bool(BODY_LABEL.match(block.text)) or is_heading_like(block.text)


# --- html ---------------------------------------------------------------------------------------


def _html_areas(page: Page) -> Areas:
    blocks = page.blocks
    prose = [is_prose(b) for b in blocks]
    areas = Areas(prose=prose, area=["before"] * len(blocks))
    main = [b.index for b in blocks if b.has("main")]
    if main:
        areas.core_start, areas.core_end = main[0], main[-1]
    areas.headline = _html_headline(page, areas)
    for b in blocks:
        if b.has("comments"):
            areas.area[b.index] = "comments"
        elif b.has("related"):
            areas.area[b.index] = "related"
        elif b.has("main"):
            areas.area[b.index] = "core"
        elif areas.core_start >= 0 and b.index > areas.core_end:
            areas.area[b.index] = "after"
        elif areas.headline is not None and areas.headline <= b.index < max(areas.core_start, 0):
            areas.area[b.index] = "lead"
    if areas.core_start >= 0:
        lead_from = areas.headline + 1 if areas.headline is not None else areas.core_start
        areas.in_summary = _summary_cover(blocks, prose, lead_from, areas.core_end)
    return areas


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" \"'“”‘’«»")


def _html_headline(page: Page, areas: Areas) -> int | None:
    """The block that shows the page's title: a heading whose text is the reconciled title."""
    title = _fold(page.meta.title or "")
    if not title:
        return None
    limit = areas.core_end if areas.core_end >= 0 else len(page.blocks) - 1
    candidates = [b for b in page.blocks[:limit + 1] if b.kind != "title" and _fold(b.text) == title]
    if not candidates:
        return None
    headings = [b for b in candidates if b.kind == "heading"]
    return (headings or candidates)[0].index
