"""Rules that pick the headline: the block the page-level reading chose, and the document title."""

from __future__ import annotations

from collections.abc import Iterator

from ..classify import Context, Vote


def chosen_headline(ctx: Context) -> Iterator[Vote]:
    """The title-like line that best heads the body (text) or the heading that shows the page's
    title (HTML), as `areas` found it."""
    if ctx.areas.headline is not None:
        yield ctx.areas.headline, "headline", 6.0


def document_title(ctx: Context) -> Iterator[Vote]:
    """The HTML <title> element is metadata, never content."""
    for block in ctx.blocks:
        if block.kind == "title":
            yield block.index, "meta", 10.0
