"""Rules that find related, popular and recommended post lists."""

from __future__ import annotations

from ..areas import is_related_heading
from ..blocks import Block
from ..classify import Context, VoteResult


def related_heading(block: Block, ctx: Context) -> VoteResult:
    """The line that opens a related list: "Popular posts from this blog", "You may also like"."""
    if ctx.area(block) == "related" and is_related_heading(block):
        return ("related_heading", 4.0)
    return None


def in_related_area(block: Block, ctx: Context) -> VoteResult:
    """A title or snippet inside a related list."""
    if ctx.area(block) == "related":
        return ("related_item", 2.5)
    return None
