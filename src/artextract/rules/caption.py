"""Rules that find image captions and their credits."""

from __future__ import annotations

from typing import Final

from ..classify import Context, flagged
from ..shape import LINK_HEAVY
from ..vocab import CAPTION_LABEL, CREDIT_ONLY, IMAGE_LABEL, Caseless

#: a caption has at most this many words
CAPTION_MAX_WORDS: Final = 60
#: a caption under a picture's label in text has at least this many words ("Video", "comments" are labels)
UNDER_LABEL_MIN_WORDS: Final = 3
#: a caption element's vote above the headline where it is all one link: less than outside_article's and
#: furniture_zone's votes together, more than outside_article's alone
LINKED_CAPTION_WEIGHT: Final = 2.5
#: zone words of a caption's elements: the caption, and a photo credit's element
CAPTION_HINTS: Final = frozenset({"caption", "credit"})
#: areas where a credit or a caption element is part of an item, not a caption of the article
ITEM_AREAS: Final = ("comments", "related")
#: areas where a caption is the article's: a picture's caption above the headline or past the article's
#: end is a teaser's (a grid of pictures with titles) or the page's
ARTICLE_AREAS: Final = ("before", "lead", "core")
#: CAPTION_LABEL, matched the faster way (see Caseless)
_CAPTION_LABEL: Final = Caseless(CAPTION_LABEL)


def caption_element(ctx: Context) -> None:
    """A figcaption, a WordPress caption, a photo credit's element, or a markdown image's alt text, of a
    caption's length (a slideshow's long text in caption markup is the article's text). Above the headline,
    one all in one link counts less: a widget's teaser (a video box's titles), unless only its place says
    it is not the article's (a hero picture's caption that links to the picture's page)."""
    area = ctx.areas.area
    f = ctx.features
    for block in ctx.blocks:
        i = block.index
        # (most blocks have no zone words, and text none: an empty set is the cheap test)
        if (block.kind == "caption" or (block.hints and not block.hints.isdisjoint(CAPTION_HINTS))) \
                and area[i] in ARTICLE_AREAS and f.words[i] <= CAPTION_MAX_WORDS:
            linked = area[i] == "before" and block.url is not None and block.link_density >= LINK_HEAVY
            ctx.vote(i, "caption", LINKED_CAPTION_WEIGHT if linked else 4.0)


def ends_with_credit(ctx: Context) -> None:
    """A line that ends with a photo credit: "… in Tokyo on May 29.(JIJI PRESS/AFP/Getty Images)",
    "… Photo: Jane Doe/Reuters" (features.has_credit; captions are at most 500 characters). Not a byline
    over the article that names its photographer ("By Jane Doe (text) and John Roe (photography)"); one
    in the article is a chart's credit ("By The New York Times")."""
    area = ctx.areas.area
    f = ctx.features
    for i in flagged(f.credit):
        if area[i] not in ITEM_AREAS and ctx.blocks[i].kind not in ("heading", "title") \
                and f.words[i] <= CAPTION_MAX_WORDS and not (f.byline[i] and area[i] != "core"):
            ctx.vote(i, "caption", 3.5)


def labelled_caption(ctx: Context) -> None:
    """A paragraph that opens with a picture's label is its caption: "Abbildung 2: Vergleich …",
    "Figure 1: The detector", "Titelbild: …"."""
    f = ctx.features
    blocks = ctx.blocks
    for area in ("lead", "core"):  # (the areas one by one: a block gets one vote here, whatever the order)
        for i in ctx.in_area(area):
            block = blocks[i]
            if block.kind == "para" and f.words[i] <= CAPTION_MAX_WORDS \
                    and ":" in block.text and _CAPTION_LABEL.matches(block.text):  # the label's colon: the cheap test
                ctx.vote(i, "caption", 3.0)


def credit_line(ctx: Context) -> None:
    """A line that is only a credit ("Getty Images") belongs to the caption before it."""
    area = ctx.areas.area
    for i in flagged(ctx.features.credit):
        if area[i] not in ITEM_AREAS and CREDIT_ONLY.match(ctx.blocks[i].text):
            ctx.vote(i, "caption", 2.0)


def under_image_label(ctx: Context) -> None:
    """In text, the line under a picture's label ("Photo", "Image", "Foto") is its caption: a copied
    page keeps the label of the picture it cannot copy, and the caption right after it. A title under
    the label ("Omikron: what to know", "Video") is a teaser's, unless it carries a credit."""
    if ctx.page.format != "text":
        return
    f = ctx.features
    blocks = ctx.blocks
    for area in ("lead", "core"):  # (the areas one by one: a block gets one vote here, whatever the order)
        for i in ctx.in_area(area):
            if i >= 1 and UNDER_LABEL_MIN_WORDS <= f.words[i] <= CAPTION_MAX_WORDS \
                    and not f.boilerplate[i] and (f.credit[i] or not f.title_like[i]) \
                    and f.boilerplate[i - 1] and IMAGE_LABEL.match(blocks[i - 1].text):
                ctx.vote(i, "caption", 3.0)
