"""The flat list of blocks that both front-ends produce and the classifier reads.

A block is one paragraph-like piece of the input: a paragraph, a heading, a list item, a caption, a
line of navigation. It carries its text, the kind of element or line it came from, where it came from
(so every decision can be traced back to the input), and the few signals a front-end can read that the
text alone does not show (the zone words of its HTML containers, its link density, a comment's place
in its thread). Blocks are plain data: the classifier reads them and never changes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

#: Kinds of block. A front-end uses the closest one.
KINDS: Final = (
    "para",  # a paragraph of prose, or a line of text of unknown role
    "heading",  # an HTML h1-h6, a markdown "#" line, or a short bold line alone
    "item",  # a list item
    "quote",  # a block quotation
    "code",  # preformatted text
    "table",  # a table, its rows as lines
    "caption",  # a figure caption (figcaption, wp-caption-text)
    "title",  # the document's <title> (HTML only; never shown as content)
)

#: Zone words a front-end may attach to a block, read from its containers (class, id, role, tag) or
#: from labelled areas of text. Rules vote on them; an unknown word is ignored.
HINTS: Final = (
    "main",  # inside the element the HTML front-end chose as the article
    "outside",  # outside that element
    "nav",  # navigation, menus, breadcrumbs
    "header",  # the page's header
    "footer",  # the page's footer
    "aside",  # sidebars, widgets
    "share",  # share, follow and subscribe bars
    "ad",  # advertisements, sponsored content, cookie banners
    "comments",  # a comment area
    "related",  # a related, popular or recommended posts widget
    "caption",  # a caption or figure container
    "credit",  # a photo credit element
    "byline",  # an author or byline element
    "date",  # a date or time element
    "summary",  # a dek, standfirst, lead or summary element
    "hidden",  # hidden by markup (aria-hidden, display:none)
)


#: a block without zone words
NO_HINTS: Final[frozenset[str]] = frozenset()


@dataclass(slots=True)
class Comment:
    """Where a block sits in a comment thread, as HTML markup shows it."""

    #: the comment this block belongs to (unique in the page)
    key: str
    #: the comment this one replies to, or None for a top-level comment
    parent: str | None = None
    #: the comment's author, where the markup names it
    author: str | None = None
    #: the comment's date as the page gives it, ISO 8601 where it could be read
    date: str | None = None


@dataclass(slots=True, init=False)
class Block:
    """One paragraph-like piece of the input, in page order.

    Its __init__ is written out (the same as the dataclass's would be) so that a compiled build makes
    blocks without calling interpreted code: the front-ends make one per paragraph.
    """

    #: position in the block list, from 0
    index: int
    #: the block's plain text, white space folded; lines of a list, table or code kept on their own
    text: str
    #: one of KINDS
    kind: str = "para"
    #: where it came from: "lines 12-14" for text, a CSS-like element path for HTML
    origin: str = ""
    #: heading level (1-6) where the input gives one, 0 otherwise
    level: int = 0
    #: blank lines before and after the block in text input (0 for HTML)
    blank_before: int = 0
    blank_after: int = 0
    #: share of the text that sits inside links (0..1)
    link_density: float = 0.0
    #: zone words from HINTS
    hints: frozenset[str] = NO_HINTS
    #: the HTML front-end's content score for the block's container (higher: more article-like)
    content_score: float = 0.0
    #: the URL the block links to, where the block is essentially one link
    url: str | None = None
    #: the image URL that a caption belongs to
    image: str | None = None
    #: a photo credit that markup gave apart from the caption text
    credit: str | None = None
    #: a comment's place in its thread, where markup shows it
    comment: Comment | None = None
    #: written in bold (a short bold line alone reads as a heading)
    bold: bool = False

    def __init__(
        self,
        index: int,
        text: str,
        kind: str = "para",
        origin: str = "",
        level: int = 0,
        blank_before: int = 0,
        blank_after: int = 0,
        link_density: float = 0.0,
        hints: frozenset[str] = NO_HINTS,
        content_score: float = 0.0,
        url: str | None = None,
        image: str | None = None,
        credit: str | None = None,
        comment: Comment | None = None,
        bold: bool = False,
    ) -> None:
        self.index = index
        self.text = text
        self.kind = kind
        self.origin = origin
        self.level = level
        self.blank_before = blank_before
        self.blank_after = blank_after
        self.link_density = link_density
        self.hints = hints
        self.content_score = content_score
        self.url = url
        self.image = image
        self.credit = credit
        self.comment = comment
        self.bold = bold

    def has(self, hint: str) -> bool:
        """Whether the block carries the zone word `hint`."""
        return hint in self.hints


@dataclass(slots=True)
class PageMeta:
    """What a front-end read about the page apart from its blocks (all optional)."""

    #: the article's own title, reconciled from the page's candidates (h1, og:title, JSON-LD, <title>)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    #: ISO 8601 dates
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    url: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    #: the <base href> that the page's relative addresses resolve against (HTML only)
    base: str | None = None
    #: the article's text as the page's structured data gives it (JSON-LD articleBody; HTML only), read where
    #: the page shows none (a page that a script fills in)
    body_text: str | None = None


@dataclass(slots=True)
class Page:
    """A front-end's whole output: the blocks in page order and what it read about the page."""

    blocks: list[Block]
    #: "html" or "text"
    format: str
    meta: PageMeta = field(default_factory=PageMeta)
