"""Rules that pick the headline: the block the page-level reading chose, and the document title."""

from __future__ import annotations

from ..blocks import Block
from ..classify import Context, VoteResult


def chosen_headline(block: Block, ctx: Context) -> VoteResult:
    """The last title-like line before the body (text) or the heading that shows the page's title
    (HTML), as `areas` found it."""
    if ctx.areas.headline == block.index:
        return ("headline", 6.0)
    return None


def document_title(block: Block, ctx: Context) -> VoteResult:
    """The HTML <title> element is metadata, never content."""
    if block.kind == "title":
        return ("meta", 10.0)
    return None
