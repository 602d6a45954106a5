"""Rules that find the comment area and its comments."""

from __future__ import annotations

from ..areas import is_comments_heading
from ..blocks import Block
from ..classify import Context, VoteResult


def comments_heading(block: Block, ctx: Context) -> VoteResult:
    """The line that opens a comment area: "Comments", "12 comments", "Leave a Reply"."""
    if ctx.area(block) == "comments" and is_comments_heading(block):
        return ("comments_heading", 4.0)
    return None


def in_comment_area(block: Block, ctx: Context) -> VoteResult:
    """Text inside the comment area, or marked by HTML as part of a comment."""
    if block.comment is not None:
        return ("comment", 4.0)
    if ctx.area(block) == "comments":
        return ("comment", 2.5)
    return None
