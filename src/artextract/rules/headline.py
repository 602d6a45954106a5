"""Rules that pick the headline: the block the page-level reading chose, and the document title; and
the headline's echoes in the article."""

from __future__ import annotations

from ..classify import Context
from ..shape import fold_title, folded_first, folds_to


def chosen_headline(ctx: Context) -> None:
    """The title-like line that best heads the body (text) or the heading that shows the page's
    title (HTML), as `areas` found it."""
    if ctx.areas.headline is not None:
        ctx.vote(ctx.areas.headline, "headline", 6.0)


def document_title(ctx: Context) -> None:
    """The HTML <title> element is metadata, never content."""
    if ctx.page.format != "html":
        return  # (only the HTML front-end makes a block of the <title>)
    for block in ctx.blocks:
        if block.kind == "title":
            ctx.vote(block.index, "meta", 10.0)


def headline_echo(ctx: Context) -> None:
    """The headline's words again in the article or under it (a print header, a share box's title, a
    teaser of this very page): an article does not repeat its title as a paragraph. It outweighs the
    core."""
    chosen = ctx.areas.headline
    if chosen is None:
        return
    title = fold_title(ctx.blocks[chosen].text)
    first = title[:1]
    first_code = ord(first) if first else -2
    blocks = ctx.blocks
    for area in ("lead", "core"):  # (the areas one by one: a block gets one vote here, whatever the order)
        for i in ctx.in_area(area):
            if i <= chosen:
                continue
            text = blocks[i].text
            # (the cheap test first: the first folded character, by its code where the text's first one tells it)
            code = _folded_first_code(text)
            if blocks[i].kind != "title" and (code == first_code if code >= 0 else folded_first(text) == first) \
                    and folds_to(text, title):
                ctx.vote(i, "boilerplate", 4.0)


def _folded_first_code(text: str) -> int:
    """ord(folded_first(text)) where the text's first character tells it alone, read by its code: an ASCII
    character but white space and quotes (lowered), a letter or digit beyond ASCII (case-folded); -1 where
    folded_first is to be read (white space, a quote or a dash first, or no text)."""
    if not text:
        return -1
    code = ord(text[0])
    if code < 128:
        if 65 <= code <= 90:  # A-Z
            return code + 32
        return -1 if code <= 32 or code == 34 or code == 39 else code
    char = text[0]
    return ord(char.casefold()[0]) if char.isalnum() else -1
