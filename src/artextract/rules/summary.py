"""Rules that find the summary: a labelled "Summary" part, a dek or standfirst under the headline."""

from __future__ import annotations

from typing import Final

from ..classify import Context, flagged
from .boilerplate import FURNITURE_HINTS

#: a dek is one or two sentences, more than a label
DEK_MIN_WORDS: Final = 8
DEK_MAX_WORDS: Final = 60


def summary_label(ctx: Context) -> None:
    """A short line that labels a summary part: "Summary", "Key points", "Zusammenfassung"."""
    area = ctx.areas.area
    for i in flagged(ctx.features.summary_label):
        if area[i] in ("lead", "core"):
            ctx.vote(i, "summary_heading", 4.0)


def under_summary_label(ctx: Context) -> None:
    """Prose that a summary label covers, up to the next heading."""
    prose = ctx.features.prose
    for i in sorted(ctx.areas.in_summary):
        if prose[i]:
            ctx.vote(i, "summary", 3.0)


#: a dek or standfirst has at most this many paragraphs of prose
SUMMARY_MAX_PARAGRAPHS: Final = 3


def summary_element(ctx: Context) -> None:
    """A block the HTML marks as a dek, standfirst or lead, before or at the start of the article;
    when the mark covers many paragraphs, the body."""
    area = ctx.areas.area
    prose = ctx.features.prose
    marked: list[int] = []
    for block in ctx.blocks:
        i = block.index
        if area[i] not in ("lead", "core"):
            continue
        if "summary" in block.hints and block.kind != "heading" and block.hints.isdisjoint(FURNITURE_HINTS):
            marked.append(i)
        elif area[i] == "core" and prose[i]:
            # the body has begun: the mark further down is a teaser's ("description" under each
            # video of a playlist, an intro class on a box), not the article's dek
            break
    # a dek is a paragraph or two: a mark over many paragraphs of prose is the body's wrapper's
    # (class="text-summary" around the whole story), and what it marks is the body
    if sum(prose[i] for i in marked) <= SUMMARY_MAX_PARAGRAPHS:
        for i in marked:
            ctx.vote(i, "summary", 3.0)
        return
    for i in marked:
        # as strong as the summary vote would be: in the core, with in_core's say
        ctx.vote(i, "body", 1.0 if area[i] == "core" else 3.0)


def dek_above_byline(ctx: Context) -> None:
    """One or two sentences under the headline followed by a byline or date: a dek ("standfirst"). A date
    line or a byline over another is none ("Published May 3, 2024" over "By Jane Doe")."""
    headline = ctx.areas.headline
    if headline is None:
        return
    f = ctx.features
    for i in range(headline + 1, min(headline + 3, len(ctx.blocks) - 1)):
        if ctx.blocks[i].kind in ("para", "quote") and DEK_MIN_WORDS <= f.words[i] <= DEK_MAX_WORDS \
                and (f.byline[i + 1] or f.dateline[i + 1]) and not (f.byline[i] or f.dateline[i]):
            ctx.vote(i, "summary", 3.0)
