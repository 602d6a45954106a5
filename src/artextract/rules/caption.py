"""Rules that find image captions and their credits."""

from __future__ import annotations

from ..areas import has_credit
from ..blocks import Block
from ..classify import Context, VoteResult
from ..vocab import CREDIT_ONLY

#: a caption is at most this long; a longer block with "(Reuters)" in it is a paragraph
CAPTION_MAX_CHARS = 500


def caption_element(block: Block, ctx: Context) -> VoteResult:
    """A figcaption, a WordPress caption, or a markdown image's alt text."""
    if block.kind == "caption" or block.has("caption"):
        if ctx.area(block) in ("comments", "related"):
            return None
        return ("caption", 4.0)
    return None


def ends_with_credit(block: Block, ctx: Context) -> VoteResult:
    """A line that ends with a photo credit: "… in Tokyo on May 29.(JIJI PRESS/AFP/Getty Images)",
    "… Photo: Jane Doe/Reuters". In a comment or related area a credit is part of the item."""
    if len(block.text) > CAPTION_MAX_CHARS or ctx.area(block) in ("comments", "related"):
        return None
    if block.kind in ("heading", "title") or not has_credit(block.text):
        return None
    return ("caption", 3.5)


def credit_line(block: Block, ctx: Context) -> VoteResult:
    """A line that is only a credit ("Getty Images") belongs to the caption before it."""
    if CREDIT_ONLY.match(block.text) and ctx.area(block) not in ("comments", "related"):
        return ("caption", 2.0)
    return None
