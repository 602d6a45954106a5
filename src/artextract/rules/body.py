"""Rules that find the article's body and its sub-headings."""

from __future__ import annotations

from ..areas import has_credit, is_boilerplate_line
from ..blocks import Block
from ..classify import Context, VoteResult
from ..shape import is_heading_like, words
from ..vocab import BODY_LABEL, DATELINE

#: a text sub-heading has at most this many words
TEXT_HEADING_MAX_WORDS = 14
#: how many blocks below a sub-heading its prose may start
HEADING_LOOKAHEAD = 3
#: short lines in a row that make a list (whose last line is not a heading)
LIST_MIN_LINES = 3
#: a list item line has at most this many words
LIST_ITEM_MAX_WORDS = 6


def in_core(block: Block, ctx: Context) -> VoteResult:
    """Everything inside the article's core is body unless a stronger rule says otherwise."""
    if ctx.area(block) == "core":
        return ("body", 2.0)
    return None


def prose_in_lead(block: Block, ctx: Context) -> VoteResult:
    """Prose between the headline and the core (an intro the density run did not reach)."""
    if ctx.area(block) == "lead" and ctx.is_prose(block):
        return ("body", 1.5)
    return None


def body_label(block: Block, ctx: Context) -> VoteResult:
    """A label that opens the main part: "Analysis", "Background", "Hintergrund"."""
    if BODY_LABEL.match(block.text) and ctx.area(block) in ("lead", "core"):
        return ("heading", 3.5)
    return None


def heading_element(block: Block, ctx: Context) -> VoteResult:
    """An h2-h6 (or a markdown heading, or a short bold line alone) inside the article."""
    if block.kind == "heading" and ctx.area(block) in ("core", "lead") and ctx.areas.headline != block.index:
        return ("heading", 3.0)
    return None


def short_line_between_prose(block: Block, ctx: Context) -> VoteResult:
    """In text, a short title-shaped line with prose after it and prose (or a label) before it reads
    as a sub-heading: "Renewed Detente" between two paragraphs. A run of short lines is a list."""
    if ctx.page.format != "text" or ctx.area(block) != "core" or ctx.is_prose(block):
        return None
    text = block.text
    if block.kind != "para" or words(text) > TEXT_HEADING_MAX_WORDS or not is_heading_like(text):
        return None
    if is_boilerplate_line(text) or DATELINE.match(text):
        return None
    if not _prose_follows(block, ctx):
        return None
    if _short_lines_before(block, ctx) >= LIST_MIN_LINES - 1 or _tight_run(block, ctx) >= LIST_MIN_LINES:
        return None  # a line of a list, not a heading
    return ("heading", 2.5)


def _prose_follows(block: Block, ctx: Context) -> bool:
    """Prose within the next few blocks (a heading can stand over a sub-heading or a note line)."""
    after = _neighbour(block, ctx, 1)
    for _ in range(HEADING_LOOKAHEAD):
        if after is None:
            return False
        if ctx.is_prose(after):
            return True
        after = _neighbour(after, ctx, 1)
    return False


def _is_short_line(block: Block, ctx: Context) -> bool:
    return not ctx.areas.prose[block.index] and words(block.text) <= LIST_ITEM_MAX_WORDS


def _tight_run(block: Block, ctx: Context) -> int:
    """The length of the run of short lines with no blank line between them that the block is in
    (a list copied from a page: its items stand on consecutive lines)."""
    blocks = ctx.blocks
    first = last = block.index
    while first > 0 and blocks[first].blank_before == 0 and _is_short_line(blocks[first - 1], ctx):
        first -= 1
    while last + 1 < len(blocks) and blocks[last + 1].blank_before == 0 and _is_short_line(blocks[last + 1], ctx):
        last += 1
    return last - first + 1


def _short_lines_before(block: Block, ctx: Context) -> int:
    """How many short lines that are not prose stand right above the block."""
    count = 0
    i = block.index - 1
    while i >= 0 and not ctx.areas.prose[i] and words(ctx.blocks[i].text) <= LIST_ITEM_MAX_WORDS:
        if BODY_LABEL.match(ctx.blocks[i].text) or ctx.blocks[i].kind == "heading":
            break
        count += 1
        i -= 1
    return count


def _neighbour(block: Block, ctx: Context, step: int) -> Block | None:
    """The nearest block in that direction that is not an image label, share line or caption."""
    i = block.index + step
    while 0 <= i < len(ctx.blocks):
        text = ctx.blocks[i].text
        if not (is_boilerplate_line(text) or has_credit(text) or ctx.blocks[i].kind == "caption"):
            return ctx.blocks[i]
        i += step
    return None
