"""Rules that find related, popular and recommended post lists."""

from __future__ import annotations


from ..classify import Context


def related_heading(ctx: Context) -> None:
    """The line that opens a related list: "Popular posts from this blog", "You may also like"."""
    f = ctx.features
    for i in ctx.in_area("related"):
        if f.related_heading[i]:
            ctx.vote(i, "related_heading", 4.0)


def in_related_area(ctx: Context) -> None:
    """A title or snippet inside a related list."""
    ctx.vote_all(ctx.in_area("related"), "related_item", 2.5)


def related_heading_in_article(ctx: Context) -> None:
    """A line inside the article that announces other articles ("Schon gelesen?", "Read more")
    heads a teaser box, not the article's text."""
    f = ctx.features
    for i in ctx.in_area("core"):
        if f.related_heading[i]:
            ctx.vote(i, "boilerplate", 2.5)
