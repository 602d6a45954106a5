"""Rules that find the comment area and its comments."""

from __future__ import annotations


from ..classify import Context
from ..shape import is_count_and_word
from ..vocab import COMMENT_ACTION


def comments_heading(ctx: Context) -> None:
    """The line that opens a comment area: "Comments", "12 comments", "Leave a Reply"."""
    f = ctx.features
    area = ctx.in_area("comments")
    for i in area:
        if f.comments_heading[i]:
            ctx.vote(i, "comments_heading", 4.0)
    # the count that opens a thread in a word of its own ("91 Ergänzungen": see areas._counts_comments)
    if area and not f.comments_heading[area[0]] and is_count_and_word(ctx.blocks[area[0]].text):
        ctx.vote(area[0], "comments_heading", 4.0)


def comment_markup(ctx: Context) -> None:
    """A block that HTML marks as part of one comment (its author, date and text), less the
    comment's action links ("Reply", "Delete", "Report") and the thread's controls ("Newest first")."""
    boilerplate = ctx.features.boilerplate
    for block in ctx.blocks:
        if block.comment is not None and not COMMENT_ACTION.match(block.text) and not boilerplate[block.index]:
            ctx.vote(block.index, "comment", 4.0)


def in_comment_area(ctx: Context) -> None:
    """In text, the lines of the comment area; in HTML, those of a comment area read from its text
    (its heading and a comment's date line). (Other HTML comment areas without comment markup are
    forms, counts and "no comments yet" lines, not comments.)"""
    if ctx.page.format == "text":
        ctx.vote_all(ctx.in_area("comments"), "comment", 2.5)
    else:
        ctx.vote_all(sorted(ctx.areas.comments_by_text), "comment", 2.5)
