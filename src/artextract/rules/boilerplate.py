"""Rules that find boilerplate: navigation, share and legal lines, image labels, bylines."""

from __future__ import annotations

from ..areas import is_boilerplate_line
from ..blocks import Block
from ..classify import Context, VoteResult
from ..shape import LINK_HEAVY
from ..vocab import BYLINE, DATELINE

#: a byline or date line is short
BYLINE_MAX_CHARS = 150
#: zone words that mark a page's furniture
FURNITURE_HINTS = frozenset({"nav", "header", "footer", "aside", "share", "ad"})


def outside_article(block: Block, ctx: Context) -> VoteResult:
    """Blocks before the headline and after the article (outside any comment or related area)."""
    if ctx.area(block) in ("before", "after"):
        return ("boilerplate", 1.5)
    if ctx.area(block) == "lead":
        return ("boilerplate", 1.0)
    return None


def boilerplate_words(block: Block, ctx: Context) -> VoteResult:
    """A line of navigation, sharing, legal text, an image label or a cookie banner by its words:
    "Skip to main content", "Share", "Click to Enlarge", "Privacy Policy"."""
    if is_boilerplate_line(block.text):
        return ("boilerplate", 3.0)
    return None


def furniture_zone(block: Block, ctx: Context) -> VoteResult:
    """HTML marks the block as navigation, header, footer, sidebar, share bar or ad."""
    if block.hints & FURNITURE_HINTS and not block.has("main"):
        return ("boilerplate", 2.5)
    return None


def link_heavy(block: Block, ctx: Context) -> VoteResult:
    """Mostly link text (menus, tag clouds), unless in a related list where links are the point."""
    if block.link_density >= LINK_HEAVY and ctx.area(block) != "related" and block.url is None:
        return ("boilerplate", 1.5)
    return None


def byline(block: Block, ctx: Context) -> VoteResult:
    """A byline or date line near the headline: metadata, not content ("By Jane Doe", "May 3, 2024")."""
    if len(block.text) > BYLINE_MAX_CHARS or ctx.area(block) not in ("lead", "core", "before"):
        return None
    if ctx.areas.core_start >= 0 and block.index > ctx.areas.core_start + 3 and ctx.area(block) == "core":
        return None
    if BYLINE.match(block.text) or block.has("byline"):
        return ("byline", 3.5)
    if DATELINE.match(block.text) or block.has("date"):
        return ("byline", 3.0)
    return None
