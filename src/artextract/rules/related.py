"""Rules that find related, popular and recommended post lists."""

from __future__ import annotations


from ..classify import Context, Vote


def related_heading(ctx: Context) -> list[Vote]:
    """The line that opens a related list: "Popular posts from this blog", "You may also like"."""
    votes: list[Vote] = []
    f = ctx.features
    for i in ctx.in_area("related"):
        if f.related_heading[i]:
            votes.append((i, "related_heading", 4.0))
    return votes


def in_related_area(ctx: Context) -> list[Vote]:
    """A title or snippet inside a related list."""
    # (a list: a vote for each block of the area, which a generator costs several times as much to yield)
    return [(i, "related_item", 2.5) for i in ctx.in_area("related")]


def related_heading_in_article(ctx: Context) -> list[Vote]:
    """A line inside the article that announces other articles ("Schon gelesen?", "Read more")
    heads a teaser box, not the article's text."""
    votes: list[Vote] = []
    f = ctx.features
    for i in ctx.in_area("core"):
        if f.related_heading[i]:
            votes.append((i, "boilerplate", 2.5))
    return votes
