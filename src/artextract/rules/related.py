"""Rules that find related, popular and recommended post lists."""

from __future__ import annotations

from typing import Final

from ..areas import INLINE_TEASERS_MAX, is_inline_teaser
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


#: a title of at most this many words right over the article's next paragraph heads that paragraph (a
#: teaser's title is longer), where the box has another title
SECTION_HEADING_MAX_WORDS: Final = 10


def teasers_in_article(ctx: Context) -> None:
    """In copied text, the titles (and their dates) right under a line inside the article that announces
    other articles ("Related", "More about the economy") are that box's teasers, up to the article's
    next paragraph: a related list, and its line the list's heading. Not a line that is its own link ("See
    also: Place names"), nor a short title right over the paragraph, which heads it. (Markup marks such a
    box in HTML.)"""
    if ctx.page.format != "text":
        return
    f = ctx.features
    blocks = ctx.blocks
    core = ctx.in_area("core")
    last = core[-1] if core else -1
    for i in core:
        if not f.related_heading[i] or not _label_alone(blocks[i].text):
            continue
        end = i + 1
        while end <= last and end - i <= INLINE_TEASERS_MAX and is_inline_teaser(f, end):
            end += 1
        if end > last or not f.prose[end]:
            continue  # (the box runs to the article's end, or into other lines: no teaser box)
        if end - i > 2 and f.words[end - 1] <= SECTION_HEADING_MAX_WORDS and not f.dateline[end - 1]:
            end -= 1  # the paragraph's heading
        if end > i + 1:
            # (the line outweighs the votes that read it as a label alone: boilerplate words, a related
            # heading inside the article)
            ctx.vote(i, "related_heading", 6.0)
            ctx.vote_all(list(range(i + 1, end)), "related_item", 3.0)


def _label_alone(text: str) -> bool:
    """A line that is a label alone ("Related", "Read more:"), not one with its link after a colon ("See
    also: Place names")."""
    colon = text.find(":")
    return colon < 0 or not text[colon + 1:].strip()
