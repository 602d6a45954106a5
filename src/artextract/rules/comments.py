"""Rules that find the comment area and its comments."""

from __future__ import annotations


from ..classify import Context, Vote
from ..vocab import COMMENT_ACTION


def comments_heading(ctx: Context) -> list[Vote]:
    """The line that opens a comment area: "Comments", "12 comments", "Leave a Reply"."""
    votes: list[Vote] = []
    f = ctx.features
    for i in ctx.in_area("comments"):
        if f.comments_heading[i]:
            votes.append((i, "comments_heading", 4.0))
    return votes


def comment_markup(ctx: Context) -> list[Vote]:
    """A block that HTML marks as part of one comment (its author, date and text), less the
    comment's action links ("Reply", "Delete", "Report") and the thread's controls ("Newest first")."""
    votes: list[Vote] = []
    boilerplate = ctx.features.boilerplate
    for block in ctx.blocks:
        if block.comment is not None and not COMMENT_ACTION.match(block.text) and not boilerplate[block.index]:
            votes.append((block.index, "comment", 4.0))
    return votes


def in_comment_area(ctx: Context) -> list[Vote]:
    """In text, the lines of the comment area; in HTML, those of a comment area read from its text
    (its heading and a comment's date line). (Other HTML comment areas without comment markup are
    forms, counts and "no comments yet" lines, not comments.)"""
    # (a list: a vote for each block of the area, which a generator costs several times as much to yield)
    if ctx.page.format == "text":
        return [(i, "comment", 2.5) for i in ctx.in_area("comments")]
    return [(i, "comment", 2.5) for i in sorted(ctx.areas.comments_by_text)]
