"""Rules that find the summary: a labelled "Summary" part, a dek or standfirst under the headline."""

from __future__ import annotations

from typing import Final

from ..classify import Context, Vote, flagged
from .boilerplate import FURNITURE_HINTS

#: a dek is one or two sentences, more than a label
DEK_MIN_WORDS: Final = 8
DEK_MAX_WORDS: Final = 60


def summary_label(ctx: Context) -> list[Vote]:
    """A short line that labels a summary part: "Summary", "Key points", "Zusammenfassung"."""
    votes: list[Vote] = []
    area = ctx.areas.area
    for i in flagged(ctx.features.summary_label):
        if area[i] in ("lead", "core"):
            votes.append((i, "summary_heading", 4.0))
    return votes


def under_summary_label(ctx: Context) -> list[Vote]:
    """Prose that a summary label covers, up to the next heading."""
    votes: list[Vote] = []
    prose = ctx.features.prose
    for i in sorted(ctx.areas.in_summary):
        if prose[i]:
            votes.append((i, "summary", 3.0))
    return votes


#: a dek or standfirst has at most this many paragraphs of prose
SUMMARY_MAX_PARAGRAPHS: Final = 3


def summary_element(ctx: Context) -> list[Vote]:
    """A block the HTML marks as a dek, standfirst or lead, before or at the start of the article;
    when the mark covers many paragraphs, the body."""
    votes: list[Vote] = []
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
            votes.append((i, "summary", 3.0))
        return votes
    for i in marked:
        # as strong as the summary vote would be: in the core, with in_core's say
        votes.append((i, "body", 1.0 if area[i] == "core" else 3.0))
    return votes


def dek_above_byline(ctx: Context) -> list[Vote]:
    """One or two sentences under the headline followed by a byline or date: a dek ("standfirst")."""
    votes: list[Vote] = []
    headline = ctx.areas.headline
    if headline is None:
        return votes
    f = ctx.features
    for i in range(headline + 1, min(headline + 3, len(ctx.blocks) - 1)):
        if ctx.blocks[i].kind in ("para", "quote") and DEK_MIN_WORDS <= f.words[i] <= DEK_MAX_WORDS \
                and (f.byline[i + 1] or f.dateline[i + 1]):
            votes.append((i, "summary", 3.0))
    return votes
