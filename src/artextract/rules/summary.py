"""Rules that find the summary: a labelled "Summary" part, a dek or standfirst under the headline."""

from __future__ import annotations

from ..blocks import Block
from ..classify import Context, VoteResult
from ..shape import words
from ..vocab import BYLINE, DATELINE, SUMMARY_LABEL

#: a dek is one or two sentences
DEK_MAX_WORDS = 60
#: and has more words than a label
DEK_MIN_WORDS = 8


def summary_label(block: Block, ctx: Context) -> VoteResult:
    """A short line that labels a summary part: "Summary", "Key points", "Zusammenfassung"."""
    if SUMMARY_LABEL.match(block.text) and ctx.area(block) in ("lead", "core"):
        return ("summary_heading", 4.0)
    return None


def under_summary_label(block: Block, ctx: Context) -> VoteResult:
    """Prose that a summary label covers, up to the next heading."""
    if block.index in ctx.areas.in_summary and ctx.is_prose(block):
        return ("summary", 3.0)
    return None


def summary_element(block: Block, ctx: Context) -> VoteResult:
    """A block the HTML marks as a dek, standfirst or lead, before or at the start of the article."""
    if block.has("summary") and ctx.area(block) in ("lead", "core") and block.kind != "heading":
        return ("summary", 3.0)
    return None


def dek_above_byline(block: Block, ctx: Context) -> VoteResult:
    """One or two sentences under the headline followed by a byline or date: a dek ("standfirst")."""
    headline = ctx.areas.headline
    if headline is None or not 0 < block.index - headline <= 2 or block.kind not in ("para", "quote"):
        return None
    if not DEK_MIN_WORDS <= words(block.text) <= DEK_MAX_WORDS:
        return None
    after = ctx.next(block)
    if after is not None and (BYLINE.match(after.text) or DATELINE.match(after.text)):
        return ("summary", 3.0)
    return None
