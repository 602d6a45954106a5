"""Rules that find the article's body and its sub-headings."""

from __future__ import annotations

from ..areas import has_credit, is_boilerplate_line
from ..blocks import Block
from ..classify import Context, VoteResult
from ..shape import is_heading_like, words
from ..vocab import BODY_LABEL

#: a text sub-heading has at most this many words
TEXT_HEADING_MAX_WORDS = 14


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
    if is_boilerplate_line(text):
        return None
    after = _neighbour(block, ctx, 1)
    before = _neighbour(block, ctx, -1)
    if after is None or not ctx.is_prose(after):
        return None
    if before is not None and not (ctx.is_prose(before) or BODY_LABEL.match(before.text)):
        return None
    return ("heading", 2.5)


def _neighbour(block: Block, ctx: Context, step: int) -> Block | None:
    """The nearest block in that direction that is not an image label, share line or caption."""
    i = block.index + step
    while 0 <= i < len(ctx.blocks):
        text = ctx.blocks[i].text
        if not (is_boilerplate_line(text) or has_credit(text) or ctx.blocks[i].kind == "caption"):
            return ctx.blocks[i]
        i += step
    return None
