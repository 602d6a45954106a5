"""The HTML front-end: an HTML string becomes a `Page` of blocks in page order, plus its metadata.

One pass over the element tree (selectolax's Lexbor parser) emits every piece of visible text as a
block (paragraph, heading, list item, quote, code, table, caption), each with the zone words of its
containers (`hints`), its link density and a CSS-like `origin`. The pass also keeps a light record
(`_Frame`) of each block-level element; a Readability-style scoring over those records then judges
which container holds the article, and every block gets the hint `main` (inside it) or `outside`.
Nothing is dropped except what a browser would not show: scripts, styles, templates, SVG, form
controls, elements hidden by markup (`hidden`, `aria-hidden="true"`, `display:none`) and text that a
class keeps for screen readers or hides (`sr-only`, `screen-reader-text`, `hidden`: HIDDEN_CLASSES).
"""

from __future__ import annotations

import gc
import math
import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import urljoin

from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser, LexborNode

from .blocks import Block, Comment, Page
from .bylines import unglued_head
from .dates import parse_date, parse_timestamp
from .meta_html import META_ELEMENTS, MetaClues, read_meta, unescaped
from .features import area_heading
from .shape import ALL_LINK, ends_sentence, keep, without_invisible


def _words(text: str) -> list[str]:
    """A word list written as one string. _words("a b") -> ["a", "b"]"""
    return text.split()


#: the parser runs without the DOM's mutation events: nothing here needs them (they keep a <select>'s
#: <selectedcontent> in step with its options), and with them a <select>'s parse time grows with the square
#: of its options (20,000 options: 1.8 s, against 0.01 s without)
PARSE_OPTIONS: Final = int(LexborDocumentOptions.WO_EVENTS)


# --- Element sets -----------------------------------------------------------------------------------

#: elements whose content is never shown as text (or is a control, not prose)
SKIP_TAGS: Final = frozenset(
    _words(
        "script style noscript template svg iframe object embed canvas video audio head "
        "select textarea input dialog map "
        # a ruby's reading over its characters ("子<rt>こ</rt>ども"), and its fallback parentheses: the text is
        # the characters
        "rt rp"
    )
)

#: scripts whose content is markup a page's script puts in place on load, and the cheap test for them
TEMPLATE_SCRIPTS: Final = 'script[type="text/template"], script[type="text/x-template"]'
TEMPLATE_MARKS: Final = ("text/template", "text/x-template")
TEMPLATE_MARKS_UTF8: Final = tuple(mark.encode() for mark in TEMPLATE_MARKS)
#: the elements metadata is read from (META_ELEMENTS) and the scripts that may be templates. The walk
#: notes them as it meets them (`_Walker.note_meta`), and the rest of the tree (the head, elements the
#: walk skips) is scanned for them: a selector query would be one more pass over the whole tree. The
#: page's bytes need no search for TEMPLATE_MARKS (two passes over them) unless a script other than
#: JSON-LD is found. Lexbor itself matches an element against this selector when its attributes have a
#: namespace prefix or a value in another case (`_meta_kind_by_lexbor`)
META_AND_TEMPLATES: Final = f'{META_ELEMENTS}, script[type$="template"]'
#: the type of a JSON-LD script, the one script META_ELEMENTS finds
JSON_LD_TYPE: Final = "application/ld+json"
#: what META_AND_TEMPLATES says of an element: not one of them, one of META_ELEMENTS, or a script that
#: may be a template (one of type$="template", or a JSON-LD script whose type is not written in lower case)
_NOT_META: Final = 0
_META: Final = 1
_TEMPLATE_LIKE: Final = 2
#: elements that start a new block; everything else is inline and flows into the current block
BLOCK_TAGS: Final = frozenset(
    _words(
        "html body div p section article main aside nav header footer h1 h2 h3 h4 h5 h6 ul ol li dl dt dd "
        "blockquote pre table thead tbody tfoot tr td th caption figure figcaption form fieldset legend "
        "address hr center details summary menu hgroup dir"
    )
)

#: inline formatting elements whose attributes are never read (they rarely carry zone words): speed
PLAIN_INLINE_TAGS: Final = frozenset(_words("b i em strong u s small sup sub wbr abbr mark q tt big strike ins del"))


#: bold elements: a line all in them reads as a heading
BOLD_TAGS: Final = frozenset({"b", "strong"})

#: attributes that can hide an element
MAY_HIDE: Final = ("style", "hidden", "aria-hidden")

#: parts of a data table, walked as inline content of the table's one block
TABLE_PARTS: Final = frozenset(_words("td th tr thead tbody tfoot caption colgroup col"))

#: a table whose cells hold this many characters on average holds prose: it is for layout, not data
LAYOUT_CELL_CHARS: Final = 200
#: block elements inside a table's cells that show it is for layout, not data: "td p", "th div", written as one
#: selector with :is() (half the time of a list of a selector for each pair, on the corpus's tables). Not a table:
#: Lexbor matches a selector's ancestors outside the element it is asked from, so a table in a layout table's
#: cell would be a "td table" itself; a table of tables is told by its cells' text (LAYOUT_CELL_CHARS)
LAYOUT_IN_TABLE: Final = f":is(td, th) :is({', '.join(sorted(BLOCK_TAGS - TABLE_PARTS - {'html', 'body', 'table'}))})"

HEADING_LEVEL: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

#: the block kind of the innermost block element holding the text
TAG_KIND: Final = {
    **{tag: "heading" for tag in HEADING_LEVEL},
    "li": "item",
    "dt": "item",
    "dd": "item",
    "blockquote": "quote",
    "pre": "code",
    "figcaption": "caption",
    "caption": "caption",
}

#: the zone word a tag gives by itself
TAG_HINT: Final = {
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "figure": "caption",
    "figcaption": "caption",
    "time": "date",
    "address": "byline",
    "menu": "nav",
}

#: the zone word of a page's header, which an <article>'s own <header> holding prose loses
HEADER_WORD: Final = frozenset({"header"})

#: ARIA landmark roles and their zone word. role="navigation"
ROLE_HINT: Final = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "menu": "nav",
    "menubar": "nav",
    "search": "nav",
    "dialog": "ad",
    "alertdialog": "ad",
}


def _any_word(words: list[str]) -> re.Pattern[str]:
    """A regex for any of `words` (regex pieces that start with a plain letter or "-"), its alternatives
    grouped by their first letter: "c(?:omment|ookie)|s(?:hare|ocial)". At each position of a class name
    the regex engine then tries only the words that start with the letter there, not every word (up to
    a third faster). The words of a group keep their order, so at each position the first
    word that matches is the same as in the plain alternation: search and findall find the same."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(word[1:])
    groups = [f"{letter}(?:{'|'.join(rests)})" if len(rests) > 1 else letter + rests[0]
              for letter, rests in by_letter.items()]
    return re.compile("|".join(groups))


# --- Class and id vocabulary ------------------------------------------------------------------------
# Class/id/itemprop values are cut into lower-case words ("articleBody sidebar-left" -> article body
# sidebar left). Short ambiguous words must match a whole word (TOKEN_HINT); longer distinctive ones
# may sit inside a word (ZONE_SUBSTRING: "mainsidebar", "commentlist").

#: zone words matched as whole words. class="nav", "ad-slot", "byline", "entry-date", "dek"
TOKEN_HINT: Final = {
    **dict.fromkeys(
        _words(
            "nav navbar menu menus breadcrumb breadcrumbs pagination pager toc skip tags tagged tagcloud "
            "keywords postmetadata utility backtotop totop"
        ),
        "nav",
    ),
    **dict.fromkeys(_words("masthead banner topbar header"), "header"),
    **dict.fromkeys(["footer", "colophon", "copyright"], "footer"),
    **dict.fromkeys(
        _words("sidebar aside widget widgets secondary complementary infobox factbox kasten textbox"),
        "aside",
    ),
    **dict.fromkeys(
        _words("share sharing social follow subscribe newsletter addthis sharedaddy print email"),
        "share",
    ),
    **dict.fromkeys(
        _words(
            "ad ads adv advert adverts advertisement advertising sponsor sponsored promo dfp cookie cookies "
            "consent gdpr popup modal affiliate disclaimer disclosure anzeige"
        ),
        "ad",
    ),
    **dict.fromkeys(_words("comment comments disqus respond discussion replies"), "comments"),
    **dict.fromkeys(
        _words(
            "related popular recommended trending readmore viewmore seealso teasers playlist outbrain taboola "
            "yarpp"
        ),
        "related",
    ),
    **dict.fromkeys(["caption", "figcaption", "figure"], "caption"),
    **dict.fromkeys(_words("credit credits photographer photocredit"), "credit"),
    **dict.fromkeys(_words("byline author authors writer contributor vcard fn"), "byline"),
    **dict.fromkeys(
        _words("date time datetime published updated timestamp dateline pubdate posted"),
        "date",
    ),
    **dict.fromkeys(
        _words(
            "dek standfirst lead lede subtitle subhead subheadline intro excerpt description summary teaser "
            "abstract deck strapline sapo chapo kicker"
        ),
        "summary",
    ),
}

#: the summary zone alone (which a class attribute naming the lead picture loses: see _lead_media)
SUMMARY_HINT: Final = frozenset({"summary"})
#: the summary zone's words that also name an article's lead picture ("lead-image", "image__lede")...
LEAD_WORDS: Final = frozenset(("lead", "lede"))
#: ...with one of these words beside them in a class name...
MEDIA_WORDS: Final = frozenset(("image", "img", "photo", "video", "media", "picture", "figure", "art"))
#: ...and none of the summary zone's other words
SUMMARY_WORDS: Final = frozenset(w for w, zone in TOKEN_HINT.items() if zone == "summary") - LEAD_WORDS

#: zone words found inside longer class/id words. "commentlist", "mainsidebar", "relatedposts"
ZONE_SUBSTRINGS: Final = {
    "nav": ("navigation", "breadcrumb", "menu"),
    "aside": ("sidebar", "widget"),
    "comments": ("comment", "disqus"),
    "related": ("related", "popularpost", "morestories", "recommend"),
    "share": ("share", "social"),
    "ad": ("advert", "sponsor", "cookie", "werbung"),
    "caption": ("caption",),
    "byline": ("byline", "author"),
    "footer": ("footer",),
}
#: the substrings as one regex of plain words (a named group around each zone would keep the regex
#: engine from rejecting a position by its letter: three times as slow), and the zone of each match
ZONE_WORDS: Final = [word for words in ZONE_SUBSTRINGS.values() for word in words]
ZONE_SUBSTRING: Final = _any_word(ZONE_WORDS)
ZONE_OF_SUBSTRING: Final = {word: zone for zone, words in ZONE_SUBSTRINGS.items() for word in words}

#: a box about the author, after or beside the article (not the byline over it). "author-bio",
#: "about-author", "authorBox", "author-description"
AUTHOR_BOX: Final = re.compile(
    r"aut(?:h)?or[-_]*(?:bio|box|desc|profile|about|text)|about[-_]*(?:the[-_]*)?author|(?:^|[-_])bio(?:graphy)?(?:$|[-_])"
)

#: class/id words that promise article content (Readability's positive list). "entry-content"
POSITIVE_WORDS: Final = _words("article body content entry hentry h-entry main page post text blog story prose")
POSITIVE_CLASS: Final = _any_word(POSITIVE_WORDS)

#: class/id words that promise anything but article content (Readability's negative list). "sidebar".
#: Readability's "\bhid\b" is written to start with a letter, as _any_word needs
NEGATIVE_WORDS: Final = ["-ad-", "hidden", *_words(
    "banner combx comment com- contact foot footnote gdpr masthead media meta outbrain promo related "
    "scroll share shoutbox sidebar skyscraper sponsor shopping tags tool widget menu nav social cookie "
    "popular recommend newsletter subscribe"
)]
HID_WORD: Final = r"hid\b(?<!\whid)"
NEGATIVE_CLASS: Final = _any_word([*NEGATIVE_WORDS[:2], HID_WORD, *NEGATIVE_WORDS[2:]])

#: what any match of ZONE_SUBSTRING, POSITIVE_CLASS or NEGATIVE_CLASS holds ("hid" for HID_WORD): a
#: class name without any (half of them) needs none of the three searched
ANY_CLASS_WORD: Final = _any_word(list(dict.fromkeys([*ZONE_WORDS, *POSITIVE_WORDS, *NEGATIVE_WORDS, "hid"])))

#: ids longer than this are left out of paths
MAX_ID_IN_PATH: Final = 40
#: a path stops growing at this length: elements nested thousands deep (a page of unclosed tags) would
#: otherwise make paths whose total length grows with the square of the depth
MAX_PATH_CHARS: Final = 2000

#: an id with this many dashes is a slug made from a heading, not a name for a zone
SLUG_DASHES: Final = 3

#: splits class/id values into words, camelCase included. "articleBody" -> article, Body
WORD_PARTS: Final = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")

#: a style that hides the element. style="display: none"
HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

#: comment items by class name (whole class). class="comment even depth-1", Disqus class="post"
#: class words of a list of a comment's parts, not of its replies ("comment-meta", "comment-actions")
COMMENT_PARTS: Final = re.compile(r"meta|author|date|time|action|tool|footer|header|info|link|button|vote|rating|share",
                                  re.IGNORECASE)
COMMENT_ITEM_CLASS: Final = frozenset(_words("comment comment-item commentlist-item comment-wrap single-comment"))

#: comment items by id. id="comment-123", id="li-comment-7", Blogger id="c4815", Disqus id="post-12",
#: id="comment-a81f3" (not id="comment-form")
COMMENT_ITEM_ID: Final = re.compile(r"^(?:li-)?comment[-_]?\d+$|^c\d{3,}$|^post-\d+$|^comment-[a-z]*\d[\w-]*$")

#: a comment area by class/id. "commentlist", "comment-list", "comments-area", "disqus_thread"
COMMENT_AREA: Final = re.compile(r"comment|disqus|discussion|respon", re.IGNORECASE)

#: the "says:" after a comment author's name. "Jane says:"
COMMENT_SAYS: Final = re.compile(r"(?<!\s)\s+(says|sagt|schreibt|said|meint)\s*:?$", re.IGNORECASE)

# --- Scoring tunables -------------------------------------------------------------------------------

#: text shorter than this does not vote for its containers (a caption, a menu entry)
MIN_SCORING_LEN: Final = 25
#: a voting paragraph's base points
PARAGRAPH_POINTS: Final = 1.0
#: points per comma: prose has commas, menus and teasers do not
COMMA_POINTS: Final = 1.0
#: points per 100 characters of paragraph text, up to MAX_LENGTH_POINTS: long text is article text
LENGTH_POINTS_PER_100: Final = 1.0
MAX_LENGTH_POINTS: Final = 3.0
#: a paragraph's share given to each ancestor level: parent, grandparent, and further up (Readability)
ANCESTOR_SHARES: Final = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
#: a container's starting points by tag: a div/article is a likely article box, a list or form is not
TAG_POINTS: Final = {
    "article": 8,
    "main": 5,
    "div": 5,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "form": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "address": -3,
    "th": -5,
    **{h: -5 for h in HEADING_LEVEL},
}
#: points for an article-like class/id, taken away for a boilerplate-like one (Readability's 25)
CLASS_POINTS: Final = 25
#: a sibling of the chosen container joins the article when it scores at least this share of it
SIBLING_SHARE: Final = 0.2
#: ... and at least this many points
MIN_SIBLING_POINTS: Final = 10
#: a sibling paragraph joins the article when it is this long and has few links
SIBLING_PARA_LEN: Final = 80
SIBLING_PARA_MAX_LINKS: Final = 0.25
#: an <article> or <section> beside the chosen one, with a heading, as few links as a paragraph and this much
#: text, is another part of the page's article
SECTIONING_TAGS: Final = frozenset(("article", "section"))
SIBLING_SECTION_MIN_CHARS: Final = 100
#: the article moves up to an ancestor holding this many of the five best boxes scoring near the
#: best one (an article split into several boxes is taken whole; Readability's 3)
PROMOTE_MIN_TOP_CANDIDATES: Final = 3
#: ... "near": at least this share of the best box's score
PROMOTE_NEAR_SHARE: Final = 0.75
#: a near-top box (see PROMOTE_NEAR_SHARE) holding at least this many times the top box's text, elsewhere
#: on the page, is the article (a one-paragraph lede in a box of its own scores higher than the story
#: whose paragraphs carry links)
LARGER_BOX_TEXT_RATIO: Final = 5
#: an article box with less text than this is short (Readability's 500 characters)...
SHORT_ARTICLE_CHARS: Final = 500
#: ... and the farthest ancestor that scores at least this share of it and holds LARGER_BOX_TEXT_RATIO
#: times its text, the text it adds mostly not links (PROSE_MAX_LINKS), is the article: a landing page's
#: blurbs, one of them in a box of its own
SHORT_PROMOTE_SHARE: Final = 0.5
#: a page's structured data's article text (JSON-LD articleBody) of this many characters or more is read where
#: the page's article paragraphs hold less than this share of its length (see _with_structured_body)
STRUCTURED_BODY_MIN_CHARS: Final = 200
STRUCTURED_BODY_SHOWN: Final = 0.2
#: the elements of an articleBody's markup that are its paragraphs and headings
STRUCTURED_PARAGRAPH_TAGS: Final = frozenset(("p", "h2", "h3", "h4", "li", "blockquote", "pre"))
#: a full stop ending a sentence, in a short sibling paragraph that joins the article
SENTENCE_STOP: Final = re.compile(r"\.( |$)")
#: a bold line over its paragraph in one element is a heading in a <p> or a <div>, when it ends with none of
#: these (a label, a sentence) and the paragraph has at least this many characters and ends like a sentence
BOLD_HEAD_TAGS: Final = frozenset(("p", "div"))
BOLD_HEAD_NOT_ENDS: Final = frozenset((".", ":", ",", ";", "?", "!", "…"))
BOLD_HEAD_MIN_PARAGRAPH: Final = 120
#: a bold line alone is a heading when shorter than this
MAX_BOLD_HEADING_LEN: Final = 80
#: a caption-class block longer than this is text in a figure box, not a caption
MAX_CAPTION_LEN: Final = 600
#: a comment author's name is shorter than this
MAX_AUTHOR_LEN: Final = 80
#: a block is given an inline element's zone word when that element holds this share of its text
INLINE_HINT_SHARE: Final = 0.5

#: a comment area without marked items: its repeated children are comments when there are this many
MIN_LISTED_COMMENTS: Final = 2
#: ... each holding this much text, most of it not links
MIN_COMMENT_LEN: Final = 30
#: zone words of widgets that list comments without being a comment thread ("Recent comments")
NOT_A_COMMENT_LIST: Final = frozenset({"aside", "nav", "footer", "related", "header"})
#: ... looked for this many levels down from the area
MAX_COMMENT_LIST_DEPTH: Final = 3
#: elements that repeat in a comment area without being comments (its reply form, its headings)
NOT_A_COMMENT_TAGS: Final = frozenset(_words("form fieldset p h1 h2 h3 h4 h5 h6"))

#: an element holding this share of the page's text is a wrapper: its class says nothing of a zone
PAGE_WIDE_SHARE: Final = 0.4
#: an element holding this many paragraphs of prose is no navigation, share bar or sidebar
PROSE_HOLDER_PARAGRAPHS: Final = 3
#: a paragraph of prose: this long at least, this little of it in links, ending a sentence
PROSE_PARAGRAPH_LEN: Final = 150
PROSE_MAX_LINKS: Final = 0.2
SENTENCE_ENDS: Final = (".", "!", "?", "…", '"', "“", "”", "»", "«", ")")

#: ... and an element holding the page's first <h1> and this share of its text
HEADLINE_WRAPPER_SHARE: Final = 0.15

#: zone words that keep a paragraph from voting for its containers (Readability's "unlikely candidates")
UNLIKELY_ZONES: Final = frozenset({"nav", "footer", "aside", "share", "ad", "comments", "related"})

NO_WORDS: Final[frozenset[str]] = frozenset()
#: zone words of an element inside the article that make it a box apart from the article's text
FURNITURE_BOX: Final = frozenset({"nav", "footer", "aside", "share", "ad"})

#: the zone word of navigation
NAV_HINT: Final = frozenset({"nav"})
#: the hint of blocks inside the article
MAIN: Final = frozenset({"main"})
#: the zone word of a comment item
COMMENT_HINT: Final = frozenset({"comments"})

BREAK: Final = "\ue000"  # a hard line break inside a block's text (<br>, a table row, a code line)
CELL: Final = "\ue001"  # a table cell separator, shown as " | "


# --- Records kept during the walk ---------------------------------------------------------------------


class _Frame:
    """A block-level element seen during the walk: its zone words and what its blocks add up to.

    No __slots__: the many fields that most elements never change are read from the class defaults
    below, so opening an element (hundreds per page) sets only what it must.
    """

    #: the blocks of the element are blocks[first_block:end_block]
    end_block = 0
    #: content score, once a paragraph voted for the element
    score = 0.0
    scored = False
    #: characters of text (and of link text) in the element's blocks
    text_len = 0
    link_len = 0
    in_main = False
    #: first image inside (for figures)
    image: str | None = None
    #: caption blocks waiting for their figure's image
    caption_blocks: list[Block] | None = None
    #: the number of child block elements seen so far, for the ":n" of paths
    child_count = 0
    #: a table of data (cells of inline content only): one block, its rows as lines
    data_table = False
    #: a furniture box inside the article (a sidebar box, a share bar), left out of it
    boxed_out = False
    #: inside an <article> element
    in_article = False
    #: its score or that of its nearest scored ancestor, once the article is chosen
    best_score = 0.0
    #: inside the article: the zone words of the article's own elements around it and its own
    within: frozenset[str] = NO_WORDS
    #: paragraphs of prose it holds (see _count_prose_paragraphs), once the article is being chosen
    prose = 0

    def __init__(
        self,
        tag: str,
        parent: _Frame | None,
        path: str,
        own: frozenset[str],
        weight: int,
        semantic: frozenset[str] = NO_WORDS,
        classes: str = "",
        first_block: int = 0,
    ) -> None:
        self.tag = tag
        self.parent = parent
        #: CSS-like path: body>div#main:2>article:1
        self.path = path
        #: zone words of this element itself; `hints` adds those of its ancestors
        self.own = own
        #: Readability class weight (+/- CLASS_POINTS)
        self.weight = weight
        #: the zone words its tag and ARIA role give (<aside>, role="navigation"): never a wrapper's; always
        #: among `own` (every change of either keeps them so)
        self.semantic = semantic
        self.classes = classes
        self.first_block = first_block
        #: its child block elements; NO_CHILDREN (shared, never appended to) until it has one: most
        #: elements have none, and a list each would be made and freed for nothing
        self.children: list[_Frame] = NO_CHILDREN
        if parent is None:
            self.hints = own
            #: the comment this element's text belongs to
            self.comment: Comment | None = None
        else:
            # (an element's own words are often its parent's already: a <ul> in a sidebar's <div>)
            self.hints = parent.hints if not own or own <= parent.hints else parent.hints | own
            self.comment = parent.comment


#: the children of a frame that has none (see _Frame.children): one shared empty list, never appended to
NO_CHILDREN: Final[list[_Frame]] = []


class _Inline:
    """An inline element whose zone words must be applied to the text it held, at its end."""

    __slots__ = ("frame", "hints", "start_chars", "start_part")

    def __init__(self, hints: frozenset[str], start_chars: int, start_part: int, frame: _Frame) -> None:
        self.hints = hints
        self.start_chars = start_chars
        self.start_part = start_part
        #: the block element it sits in
        self.frame = frame


# What the walk's stack remembers of an open element, to close it right.
_PLAIN: Final = 0
_LINK: Final = 1
_BOLD: Final = 2
_HINTED: Final = 3
_BLOCK: Final = 4
_CELL: Final = 5
_ROW: Final = 6

# What the walk does when it meets a tag, looked up once per element.
_T_SKIP: Final = 0
_T_BREAK: Final = 1
_T_PLAIN: Final = 2
_T_BOLD: Final = 3
_T_BLOCK: Final = 4
_T_CELL: Final = 5
_T_TABLE: Final = 6
_T_LINK: Final = 7
_T_IMAGE: Final = 8
_T_INLINE: Final = 9
_T_META: Final = 10  # an inline element whose attributes are read, and that metadata may be read from

#: the walk's action for each tag; any other tag is an inline element whose attributes are read
TAG_ACTION: Final[dict[str, int]] = {
    **dict.fromkeys(PLAIN_INLINE_TAGS - BOLD_TAGS, _T_PLAIN),  # walked into, nothing read
    **dict.fromkeys(BOLD_TAGS, _T_BOLD),
    **dict.fromkeys(BLOCK_TAGS - TABLE_PARTS, _T_BLOCK),
    **dict.fromkeys(BLOCK_TAGS & TABLE_PARTS, _T_CELL),  # a block, or a part of the data table around it
    **dict.fromkeys(TABLE_PARTS - BLOCK_TAGS, _T_TABLE),  # a part of a data table, or inline
    "a": _T_LINK,
    "img": _T_IMAGE,
    "br": _T_BREAK,
    **dict.fromkeys(("meta", "link", "base"), _T_META),
    "-comment": _T_SKIP,
    **dict.fromkeys(SKIP_TAGS, _T_SKIP),
}

#: tags whose walk action and name are known by Lexbor's tag id (an int compares and hashes faster
#: than the tag's name, which Lexbor would build as a new string at each node); other tags (custom
#: elements, whose ids differ from page to page) are looked up by name
INLINE_TAGS_BY_ID: Final = _words("span time cite label font button")


def _tags_by_id() -> tuple[int, dict[int, tuple[int, str]]]:
    """The id of text nodes, and each known tag's (action, name) by its id."""
    sample = LexborHTMLParser("<p>x<!--c--></p>")
    ids = {node.tag: node.tag_id for node in sample.root.traverse(include_text=True)}  # type: ignore[union-attr]
    by_id = {ids["-comment"]: (_T_SKIP, "-comment")}
    for tag, action in [*TAG_ACTION.items(), *((tag, _T_INLINE) for tag in INLINE_TAGS_BY_ID)]:
        if not tag.startswith("-"):
            by_id[sample.create_node(tag).tag_id] = (action, tag)
    return ids["-text"], by_id


_TAG_IDS = _tags_by_id()
TEXT_TAG_ID: Final = _TAG_IDS[0]
TAGS_BY_ID: Final = _TAG_IDS[1]
TAG_IDS: Final = {tag: tag_id for tag_id, (_, tag) in TAGS_BY_ID.items()}
#: TAGS_BY_ID as a list indexed by the tag id (None for an id it does not know): the walk looks a tag up
#: at every element, and an index into a list costs less than hashing the id into a dict
TAGS_BY_INDEX: Final[list[tuple[int, str] | None]] = [TAGS_BY_ID.get(i) for i in range(max(TAGS_BY_ID) + 1)]
SCRIPT_TAG_ID: Final = TAG_IDS["script"]
META_TAG_ID: Final = TAG_IDS["meta"]
LINK_TAG_ID: Final = TAG_IDS["link"]
BASE_TAG_ID: Final = TAG_IDS["base"]
COMMENT_TAG_ID: Final = TAG_IDS["-comment"]
#: the tags of the elements META_AND_TEMPLATES finds (Lexbor gives a tag one id in every namespace)
META_TAG_IDS: Final = frozenset({META_TAG_ID, SCRIPT_TAG_ID, LINK_TAG_ID, BASE_TAG_ID})


# --- Vocabulary lookups (cached: pages repeat the same class names) -------------------------------------

#: a class name's first word that makes the name say what the element holds or how it looks, not which zone it
#: is: "has-sidebar", "has-submenu", "bg-secondary", "font--secondary" ("text-" is not one: "text-ad", "text-footer")
STATE_PREFIXES: Final = frozenset(("has", "font", "bg", "color", "colour", "fg", "border"))

_word_cache: Final[dict[str, _ClassZone]] = {}
_zone_cache: Final[dict[str, tuple[frozenset[str], int]]] = {}
#: how many entries each cache of this module holds before it is emptied (see shape.keep)
MAX_CACHE: Final = 50_000


def zone_words(value: str) -> tuple[frozenset[str], int]:
    """Zone words and Readability class weight of a class/id/role/itemprop string.

    >>> sorted(zone_words("sidebar widget")[0]), zone_words("entry-content")[1]
    (['aside'], 25)
    """
    hit = _zone_cache.get(value)
    if hit is not None:
        return hit
    hints: frozenset[str] = frozenset()
    positive = negative = False
    for word in value.split():
        zone = _class_zone(word)
        if zone.hints:
            hints = hints | zone.hints
        positive = positive or zone.positive
        negative = negative or zone.negative
    if "summary" in hints and _lead_media(value):
        hints = hints - SUMMARY_HINT
    result = (hints, CLASS_POINTS * positive - CLASS_POINTS * negative)
    keep(_zone_cache, value, result, MAX_CACHE)
    return result


def _lead_media(value: str) -> bool:
    """Whether a class attribute whose words read as a summary's names the article's lead picture or video
    instead ("lead-image", "image__lede article__lede-wrapper", "c-lead-media"), not a dek: a name with "lead"
    or "lede" and a medium in it, and no name with another of the summary's words ("dek", "standfirst")."""
    media = False
    for word in value.split():
        parts = {part.lower() for part in WORD_PARTS.findall(word)}
        if not SUMMARY_WORDS.isdisjoint(parts):
            return False
        media = media or (not LEAD_WORDS.isdisjoint(parts) and not MEDIA_WORDS.isdisjoint(parts))
    return media


@dataclass(slots=True, init=False)
class _ClassZone:
    """What one class name or id says of its element's zone (see _class_zone); kept in a cache and shared,
    never changed. (Its __init__ is written out, as Block's, and it is not frozen: a compiled build makes a
    frozen dataclass through the interpreted __init__ that dataclasses writes, some 20 times the cost of
    this one, for each new class name of a page.)"""

    #: its zone words (from HINTS)
    hints: frozenset[str]
    #: whether it reads as article content ("entry-content")
    positive: bool
    #: whether it reads as boilerplate ("mainSidebar")
    negative: bool

    def __init__(self, hints: frozenset[str], positive: bool, negative: bool) -> None:
        self.hints = hints
        self.positive = positive
        self.negative = negative


def _class_zone(word: str) -> _ClassZone:
    """Zone words of one class name or id ("entry-content", "mainSidebar"), and whether it reads
    as article content (positive) or as boilerplate (negative)."""
    hit = _word_cache.get(word)
    if hit is not None:
        return hit
    hints = set()
    lower = word.lower()
    parts: list[str]
    if word == lower and word.isascii() and word.replace("-", "").replace("_", "").isalnum():
        # most names: lower-case letters and digits between dashes and underscores, whose WORD_PARTS
        # are the runs between them ("entry-content", "col_md_6"), found without the regex
        parts = lower.replace("-", " ").replace("_", " ").split()
    else:
        parts = [part.lower() for part in WORD_PARTS.findall(word)]
    for part in parts:
        hint = TOKEN_HINT.get(part)
        if hint:
            hints.add(hint)
    positive = negative = False
    if ANY_CLASS_WORD.search(lower):
        substrings: list[str] = ZONE_SUBSTRING.findall(lower)
        for found in substrings:
            hints.add(ZONE_OF_SUBSTRING[found])
        positive = POSITIVE_CLASS.search(lower) is not None
        negative = NEGATIVE_CLASS.search(lower) is not None
    # every AUTHOR_BOX match holds "aut" or "bio": the cheap test first
    if ("aut" in lower or "bio" in lower) and AUTHOR_BOX.search(lower):
        hints.add("aside")
    if parts and parts[0] in STATE_PREFIXES:
        # what the element holds or how it looks, not what it is: "has-sidebar" on <body>, "bg-secondary" (a
        # colour), "font--secondary" on a paragraph of the story
        hints.clear()
        positive = negative = False
    result = _ClassZone(frozenset(hints), positive, negative)
    keep(_word_cache, word, result, MAX_CACHE)
    return result


#: attributes where lazy loaders keep an image's real address until a script moves it into src
LAZY_SOURCES: Final = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-srcset", "srcset")
#: a stand-in image shown until the real one loads: a data: URI (its scheme in any case), a blank, spacer or
#: placeholder file
PLACEHOLDER_FILE: Final = re.compile(r"(placeholder|blank|spacer|transparent|lazy-?load\w*|1x1)\.\w+$", re.I)
#: what every PLACEHOLDER_FILE match holds, lowered: in an ASCII file name (lowering it is then what the
#: case-blind regex does) without any of them, the regex need not try each position
PLACEHOLDER_WORDS: Final = ("placeholder", "blank", "spacer", "transparent", "lazy", "1x1")


def _image_url(attrs: dict[str, str | None]) -> str | None:
    """An image's address: src, unless a lazy loader keeps the real one elsewhere (srcset: its first)."""
    src = attrs.get("src")
    if src and not _is_placeholder(src):
        return src
    for key in LAZY_SOURCES:
        value = attrs.get(key)
        if value and not value.startswith("data:"):
            return value.split(",", 1)[0].split()[0] if key.endswith("srcset") else value
    return None


#: class words of text no sighted reader sees: kept for screen readers only ("sr-only"…), or hidden by the
#: style sheets' common class for it (Bootstrap's, Tailwind's "hidden"; not "d-none", which a class for
#: larger screens may undo)
HIDDEN_CLASSES: Final = frozenset({
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "text-hide", "element-invisible",
    "offscreen", "u-hidden-visually", "a11y-hidden", "hidden-visually", "hidden"})
#: a hidden line this short may be an area's heading (see _hidden_by_class)
AREA_HEADING_MAX_CHARS: Final = 80


@dataclass(slots=True, init=False)
class _ClassAttr:
    """What a class attribute says, read once per attribute as written (the walk asks it of every element
    that has one: a single lookup in one cache, where a lookup in a cache for each question missed the
    processor's caches once for each)."""

    #: the attribute
    classes: str
    #: whether it has a class word of HIDDEN_CLASSES (see _hidden_by_class)
    hidden: bool
    #: its zone words (zone_words'), read when first asked for (an inline element's)
    words: frozenset[str] | None
    #: the block tag it was last read on, and the element zone it gives that tag where it is the element's
    #: only zone-giving attribute (see _class_element_zone): most class attributes are on one tag only
    tag: str
    zone: _ElementZone | None
    #: the element zones of all the tags it was read on, once it was read on two
    zones: dict[str, _ElementZone] | None

    def __init__(self, classes: str) -> None:
        self.classes = classes
        self.hidden = not HIDDEN_CLASSES.isdisjoint(classes.split())
        self.words = None
        self.tag = ""
        self.zone = None
        self.zones = None


#: what each class attribute says, by the attribute as written
_class_attrs: Final[dict[str, _ClassAttr]] = {}


def _class_attr(classes: str) -> _ClassAttr:
    """What a (non-empty) class attribute says, from the cache."""
    hit = _class_attrs.get(classes)
    if hit is None:
        hit = keep(_class_attrs, classes, _ClassAttr(classes), MAX_CACHE)
    return hit


def _class_words(info: _ClassAttr) -> frozenset[str]:
    """The zone words of a class attribute (zone_words' words)."""
    words = info.words
    if words is None:
        words = info.words = zone_words(info.classes)[0]
    return words


def _inline_words(attrs: dict[str, str | None], info: _ClassAttr | None) -> frozenset[str]:
    """The zone words of an inline element: its class attribute's (`info`), else its itemprop's."""
    if info is not None:
        return _class_words(info)
    itemprop = attrs.get("itemprop")
    return zone_words(itemprop)[0] if itemprop else NO_WORDS


def _is_placeholder(src: str) -> bool:
    """A stand-in image's address. A file name holds no "/": only the address's last segment is searched
    (the regex tries every position of what it is given, a fair part of the walk's time on long URLs)."""
    if src[:5].lower() == "data:":  # (cheaper than a regex's match)
        return True
    path = src.split("?", 1)[0]
    name = path[path.rfind("/") + 1 :]
    if name.isascii():
        lower = name.lower()
        if not any(word in lower for word in PLACEHOLDER_WORDS):
            return False
    return PLACEHOLDER_FILE.search(name) is not None


def _hidden_by_class(node: LexborNode) -> bool:
    """Words that a class hides from sighted readers (HIDDEN_CLASSES): a landmark's label kept for screen
    readers ("Main content"), a button's or a link's words ("Open full screen", "Read more about"), a label
    before a value ("Credit", "Comments"), a paywall's notice or a badge's explanation shown on demand. A
    separator without a letter stays (<span class="visually-hidden">: </span> between a kicker and its
    title): a page without its styles, or copied, shows it. So does the heading of a comment area or a
    related list ("Mehr zu diesem Thema:"): where the page shows the area, the heading still labels it. Asked
    of an element whose class attribute has such a word (_ClassAttr.hidden)."""
    text = node.text(deep=True).strip()
    return any(c.isalpha() for c in text) and not (len(text) <= AREA_HEADING_MAX_CHARS and any(area_heading(text)))


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    """Hidden by markup: the hidden attribute, aria-hidden="true", or a display:none style."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return style is not None and "n" in style and HIDDEN_STYLE.search(style) is not None


#: _round3 leaves to round() a value this near a tie (x.5 thousandths), and one this large: the product's
#: rounding error is far below the first and can reach it past the second
ROUND3_TIE: Final = 1e-6
ROUND3_MAX: Final = 1e9


def _round3(value: float) -> float:
    """round(value, 3), without its cost (it writes the number out in decimal and reads it back: 250 ns a call,
    dozens of calls a page): the commonest values (0, 1) kept as they are, and any other not near a tie
    rounded to the nearest thousandth k, which k / 1000 gives as round() does (the double nearest k / 1000;
    tests compare the two). A zero keeps the value's sign, as round() does."""
    if value == 0.0 or value == 1.0:
        return value
    scaled = value * 1000.0
    if not -ROUND3_MAX < scaled < ROUND3_MAX:
        return round(value, 3)
    low = math.floor(scaled)
    above = scaled - low
    if abs(above - 0.5) < ROUND3_TIE:
        return round(value, 3)
    k = low + 1 if above > 0.5 else low
    return k / 1000.0 if k else math.copysign(0.0, value)


def _fold(text: str) -> str:
    """White space folded, hard breaks kept as single newlines, cell marks as " | "."""
    # most blocks are one line already folded once the white space at their ends is gone (a space
    # node before or after an inline element leaves one there): single spaces between words and no
    # other white space or mark (every one of them is unprintable); split and join would copy it word
    # by word. Then the words split finds are those of the stripped text, which join gives back as is
    stripped = text.strip()
    if stripped.isprintable() and "  " not in stripped:
        return stripped
    text = without_invisible(text)  # (each of them unprintable: none on the path above)
    if BREAK not in text and CELL not in text:  # most other blocks: one line
        return " ".join(text.split())
    return fold_lines(text)


def fold_lines(text: str) -> str:
    """_fold by its definition, line by line, without the characters no one sees (the shortcuts of _fold give the
    same: tests)."""
    lines = []
    for line in without_invisible(text).split(BREAK):
        line = " ".join(line.split())
        if CELL in line:
            line = " | ".join(cell.strip() for cell in line.split(CELL)).strip(" |")
        if line:
            lines.append(line)
    return "\n".join(lines)


def _fold_code(text: str) -> str:
    """Code keeps its lines and indentation; only trailing space and blank edges go."""
    lines = [line.rstrip() for line in text.replace(BREAK, "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _ends_with_break(parts: list[str]) -> bool:
    """Whether the inline text gathered so far ends with a line break, but for white space after it."""
    for part in reversed(parts):
        if part != " ":
            return part == BREAK
    return False


def _is_data_table(node: LexborNode) -> bool:
    """A table whose cells hold only inline content, and a few words each: its rows become one table block. A
    table whose cells hold blocks, or prose (LAYOUT_CELL_CHARS a cell on average: an old page's layout, its text
    in a cell parted by <br>), is read as the blocks of its cells."""
    if node.css_first(LAYOUT_IN_TABLE) is not None:
        return False
    cells = len(node.css("td, th"))
    return not cells or len(node.text(deep=True)) < LAYOUT_CELL_CHARS * cells


# --- The walk -------------------------------------------------------------------------------------------


def meta_kind(node: LexborNode, tag_id: int, attrs: dict[str, str | None]) -> int:
    """What META_AND_TEMPLATES says of an element: _NOT_META, or _META and/or _TEMPLATE_LIKE. Read as
    Lexbor matches it: the tag by its id, the type and rel values as written (exactly, or a template's at
    the end). A value that matches only in another case is left to Lexbor, which ignores ASCII case on
    HTML elements but not on SVG or MathML ones, as are attributes with a namespace prefix (xlink:type,
    which Lexbor reads as a type)."""
    if tag_id == META_TAG_ID:
        return _META
    if tag_id != SCRIPT_TAG_ID and tag_id != LINK_TAG_ID and tag_id != BASE_TAG_ID:
        return _NOT_META
    for name in attrs:
        if ":" in name:
            return _meta_kind_by_lexbor(node, tag_id, attrs)
    if tag_id == SCRIPT_TAG_ID:
        kind = attrs.get("type")
        if kind is None:
            return _NOT_META
        if kind == JSON_LD_TYPE:
            return _META
        if kind.endswith("template"):
            return _TEMPLATE_LIKE
        lowered = kind.lower()  # a match in any ASCII case is a match of the lower-case value
        if lowered == JSON_LD_TYPE or lowered.endswith("template"):
            return _meta_kind_by_lexbor(node, tag_id, attrs)
        return _NOT_META
    if tag_id == LINK_TAG_ID:
        rel = attrs.get("rel")
        if rel is None or rel == "canonical":
            return _NOT_META if rel is None else _META
        return _meta_kind_by_lexbor(node, tag_id, attrs) if rel.lower() == "canonical" else _NOT_META
    return _META if "href" in attrs else _NOT_META


def _meta_kind_by_lexbor(node: LexborNode, tag_id: int, attrs: dict[str, str | None]) -> int:
    """`meta_kind` by Lexbor's own selectors (a query each, for the rare element they are needed for)."""
    ident = node.mem_id
    if not any(found.mem_id == ident for found in node.css(META_AND_TEMPLATES)):
        return _NOT_META
    kind = _META if any(found.mem_id == ident for found in node.css(META_ELEMENTS)) else _NOT_META
    if tag_id == SCRIPT_TAG_ID and attrs.get("type") != JSON_LD_TYPE:
        kind |= _TEMPLATE_LIKE
    return kind


class _Walker:
    """One pass over the tree: blocks in page order, a frame per block element, metadata clues.

    The text of the block being built gathers in `parts` (with counts of its characters, those in
    links and those in bold) until a block element opens or closes, which turns it into a block.
    """

    __slots__ = (
        "base_url",
        "block_extras",
        "block_frames",
        "blocks",
        "bold_chars",
        "bold_depth",
        "bold_head",
        "bold_head_chars",
        "chars",
        "class_attrs",
        "clues",
        "comment_count",
        "credit",
        "frames",
        "href",
        "inline_hints",
        "link_chars",
        "link_depth",
        "link_href",
        "many_hrefs",
        "meta_elements",
        "open_inlines",
        "parts",
        "pre_depth",
        "row_cells",
        "table_depth",
        "template_like",
    )

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        #: the page's class attributes read so far (see class_attr)
        self.class_attrs: dict[str, _ClassAttr] = {}
        self.blocks: list[Block] = []
        #: the innermost block element of each block
        self.block_frames: list[_Frame] = []
        #: zone words a block has apart from its element's: those of inline elements, "comments"
        self.block_extras: list[frozenset[str]] = []
        #: every block element, in document order
        self.frames: list[_Frame] = []
        self.link_depth = 0
        self.bold_depth = 0
        #: inline elements open whose zone words count the characters they hold (see _Inline)
        self.open_inlines = 0
        self.pre_depth = 0
        self.table_depth = 0
        self.row_cells = 0
        self.comment_count = 0
        self.clues = MetaClues()
        #: the text of the block being built; cleared in place (the walk holds it in a local name)
        self.parts: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.bold_chars = 0
        #: where the block's text opens with a line all in bold, no link in it, ended by a <br>: the index
        #: in `parts` of that break and the line's characters (-1 and 0 for none): a paragraph-like
        #: heading over its paragraph, in one element ("<p><b>Heading</b><br>Text…</p>")
        self.bold_head = -1
        self.bold_head_chars = 0
        #: the address of the block's first link (not "#..."), and whether another link has another one:
        #: a block all one link's text takes its address (a string compare, not a set of the addresses)
        self.href: str | None = None
        self.many_hrefs = False
        #: the address of the link open now (the outermost), which a block in it starts with: a link may wrap
        #: blocks (a teaser's picture, heading and summary in one <a>), each of which is all its text
        self.link_href: str | None = None
        #: zone words of inline elements and the characters they hold
        self.inline_hints: dict[str, int] | None = None
        self.credit: str | None = None
        #: the elements META_ELEMENTS finds, in document order (None: not known, to be looked up)
        self.meta_elements: list[LexborNode] | None = []
        #: whether a script may be a template (META_AND_TEMPLATES's other scripts, see `meta_kind`)
        self.template_like = False

    # the walk itself ---------------------------------------------------------------------------

    def walk(self, body: LexborNode) -> None:
        """Depth-first over the body without recursion (pages nest thousands deep), one visit per node.

        Kept in one loop with local names: it runs for every node of the page, and text nodes (half of
        them, most only white space) never leave it.
        """
        text_id, tags_by_index = TEXT_TAG_ID, TAGS_BY_INDEX
        known_ids = len(tags_by_index)
        parts = self.parts
        stack: list[tuple[LexborNode, int, object, _Frame]] = []
        root = self.open_root(body.attributes)
        parent = root
        # first_child, not its alias child: selectolax's child looks first_child up by name on every call
        node = body.first_child
        while True:
            while node is not None:
                tag_id = node.tag_id
                if tag_id == text_id:
                    # most text nodes are white space between tags, told apart without decoding them
                    if node.is_empty_text_node and not self.pre_depth:
                        if parts:
                            parts.append(" ")
                        node = node.next
                        continue
                    text = node.text_content
                    if not text:
                        pass
                    elif self.pre_depth:
                        parts.append(text.replace("\n", BREAK))
                        self.chars += len(text.strip())
                    elif text.isspace():
                        if parts:
                            parts.append(" ")
                    else:
                        parts.append(text)
                        size = len(text)
                        self.chars += size
                        if self.link_depth:
                            self.link_chars += size
                        if self.bold_depth:
                            self.bold_chars += size
                    node = node.next
                    continue
                known = tags_by_index[tag_id] if tag_id < known_ids else None
                if known is not None:
                    action, tag = known
                else:
                    tag = node.tag or "-"
                    action = _T_SKIP if tag[0] == "-" else TAG_ACTION.get(tag, _T_INLINE)
                if action == _T_PLAIN:
                    role: int = _PLAIN
                    payload: object = None
                    child = node.first_child
                elif action == _T_BOLD:
                    self.bold_depth += 1
                    role, payload = _BOLD, None
                    child = node.first_child
                elif action == _T_SKIP:
                    if tag_id != COMMENT_TAG_ID:
                        # most are a script, an input or a style: no element inside, nothing to traverse
                        child = node.first_child
                        if child is None or (child.tag_id == text_id and child.next is None):
                            if tag_id in META_TAG_IDS:
                                self.note_meta(node, tag_id, node.attributes)
                        else:
                            self.note_all(node)
                    node = node.next
                    continue
                elif action == _T_BREAK:  # a <br> is void: the parser gives it no children
                    if self.table_depth:
                        parts.append(" ")
                    elif self.chars and not (self.link_depth or self.open_inlines or self.pre_depth) \
                            and _ends_with_break(parts):
                        self.flush(parent)  # a second <br> in a row ends a paragraph, as an empty line does
                    else:
                        if self.bold_head < 0 and self.chars and self.bold_chars >= self.chars \
                                and not (self.link_chars or self.bold_depth or self.pre_depth):
                            self.bold_head, self.bold_head_chars = len(parts), self.chars
                        parts.append(BREAK)
                    node = node.next
                    continue
                elif action == _T_BLOCK or (action == _T_CELL and not self.table_depth):
                    frame = self.open_block(node, tag, node.attributes, parent)
                    if frame is None:  # hidden, or a heading for screen readers only
                        self.note_all(node)
                        node = node.next
                        continue
                    child = node.first_child
                    if child is None:
                        self.close_block(frame)
                        node = node.next
                    else:
                        stack.append((node, _BLOCK, frame, parent))
                        parent = frame
                        node = child
                    continue
                else:
                    child = node.first_child
                    if child is None and (
                        (action == _T_INLINE and tag != "time") or (action == _T_IMAGE and parent.image is not None)
                    ):
                        # its attributes would change nothing (selectolax builds them into a dict, a tenth
                        # of the walk): an inline element that holds no text (an icon, a <source>) has
                        # zone words for no characters, and only a <time>'s is a clue without text; an
                        # image whose element already has its first image gives it none; neither holds
                        # a metadata element that hiding it would leave to note
                        node = node.next
                        continue
                    attrs = node.attributes
                    classes = attrs.get("class") if attrs else None
                    info = self.class_attr(classes) if classes else None
                    # attributes that may hide it (MAY_HIDE), tested one by one: faster than a set operation
                    if attrs and (
                        (("style" in attrs or "hidden" in attrs or "aria-hidden" in attrs) and _is_hidden(attrs))
                        or (info is not None and info.hidden and _hidden_by_class(node))
                    ):
                        self.note_all(node)
                        node = node.next
                        continue
                    if action == _T_META:
                        self.note_meta(node, tag_id, attrs)
                    role, payload = self.open_inline(tag, action, attrs, info, parent)
                # (child: the element's first child, read once in the branch above)
                if child is not None:
                    stack.append((node, role, payload, parent))
                    node = child
                    continue
                if role != _PLAIN:
                    self.close(role, payload)
                node = node.next
            if not stack:
                break
            done, role, payload, parent = stack.pop()
            if role == _BLOCK:
                self.close_block(payload)  # type: ignore[arg-type]
            elif role != _PLAIN:
                self.close(role, payload)
            node = done.next
        self.close_block(root)

    def class_attr(self, classes: str) -> _ClassAttr:
        """What a (non-empty) class attribute says (_class_attr), looked up first among the page's own: a
        page repeats its class attributes (three of five elements with one, on the scrapinghub pages), and a
        lookup among its few hundred finds them in the processor's cache, where one among the thousands of
        every page read missed it: 3 % of an HTML page's time (perf) for 1 % of its instructions."""
        info = self.class_attrs.get(classes)
        if info is None:
            info = self.class_attrs[classes] = _class_attr(classes)
        return info

    def open_inline(
        self, tag: str, action: int, attrs: dict[str, str | None], info: _ClassAttr | None, parent: _Frame
    ) -> tuple[int, object]:
        """Open an inline element that is neither plain nor bold (or a part of a data table); returns
        how to close it and what it needs then. `info` reads its class attribute, where it has one."""
        if self.table_depth and action in (_T_CELL, _T_TABLE):
            return self.open_table_part(tag), None
        if not attrs:
            return _PLAIN, None
        if action == _T_LINK:
            return self.open_link(attrs, info, parent)
        if action == _T_IMAGE:
            if parent.image is None:
                parent.image = _image_url(attrs)
            return _PLAIN, None
        hints = self.inline_zone(tag, attrs, info, parent)
        if hints:
            self.open_inlines += 1
            return _HINTED, _Inline(hints, self.chars, len(self.parts), parent)
        return _PLAIN, None

    def close(self, role: int, payload: object) -> None:
        """Close an inline element opened by `open_inline` (or a bold one)."""
        if role == _LINK:
            self.link_depth -= 1
            if not self.link_depth:
                self.link_href = None
                # a block with none of its text has none of its address: a block that opened in the link, or
                # text after an empty link (an icon's)
                if not self.chars:
                    self.href = None
                    self.many_hrefs = False
            if payload is not None:
                self.open_inlines -= 1
                self.close_hinted(payload)  # type: ignore[arg-type]
        elif role == _BOLD:
            self.bold_depth -= 1
        elif role == _HINTED:
            self.open_inlines -= 1
            self.close_hinted(payload)  # type: ignore[arg-type]
        elif role == _ROW:
            self.parts.append(BREAK)
            self.row_cells = 0

    # metadata elements --------------------------------------------------------------------------

    def read(self, root: LexborNode | None, body: LexborNode | None) -> None:
        """Walk the body and note the metadata elements of the rest of the tree (the head), all in
        document order. The body is a child of the root element; were it not, the walk takes it
        last, the metadata elements are looked up again and any script may be a template."""
        body_id = body.mem_id if body is not None else 0
        walked = False
        node = root.first_child if root is not None else None
        while node is not None:
            tag_id = node.tag_id
            if tag_id in (TEXT_TAG_ID, COMMENT_TAG_ID):
                pass
            elif body is not None and node.mem_id == body_id:
                self.walk(body)
                walked = True
            else:  # the head: Lexbor's selectors take less than a Python step over each of its nodes
                for found in node.css(META_AND_TEMPLATES):
                    found_id = found.tag_id
                    if found_id == SCRIPT_TAG_ID:  # JSON-LD or a template (other elements: META_ELEMENTS)
                        self.note_meta(found, found_id, found.attributes)
                    elif self.meta_elements is not None:
                        self.meta_elements.append(found)
            node = node.next
        if body is not None and not walked:
            self.walk(body)
            self.meta_elements = None
            self.template_like = True

    def note_meta(self, node: LexborNode, tag_id: int, attrs: dict[str, str | None]) -> None:
        """Note an element of a metadata tag (META_TAG_IDS) that META_AND_TEMPLATES finds."""
        kind = meta_kind(node, tag_id, attrs)
        if kind & _META and self.meta_elements is not None:
            self.meta_elements.append(node)
        if kind & _TEMPLATE_LIKE:
            self.template_like = True

    def note_all(self, top: LexborNode) -> None:
        """Note the metadata elements of a subtree the walk does not enter (a script, a hidden element,
        a <noscript>, an <svg>): selectolax's traverse steps over its text nodes without a Python call."""
        for node in top.traverse():
            tag_id = node.tag_id
            if tag_id in META_TAG_IDS:
                self.note_meta(node, tag_id, node.attributes)

    # inline elements ---------------------------------------------------------------------------

    def open_link(self, attrs: dict[str, str | None], info: _ClassAttr | None, parent: _Frame) -> tuple[int, object]:
        """A link; an <a> without an address or with a script for one ("javascript:") is text."""
        href = attrs.get("href")
        hints = _inline_words(attrs, info)  # what inline_zone gives a link
        if attrs.get("rel") == "author":
            hints = hints | {"byline"}
        inline = _Inline(hints, self.chars, len(self.parts), parent) if hints else None
        if inline is not None:
            self.open_inlines += 1
        if href is None or href.startswith("javascript:"):
            return (_HINTED, inline) if inline else (_PLAIN, None)
        self.link_depth += 1
        if self.link_depth == 1:
            self.link_href = None if href.startswith("#") else href
        if not href.startswith("#"):
            if self.href is None:
                self.href = href
            elif href != self.href:
                self.many_hrefs = True
        return _LINK, inline

    def open_table_part(self, tag: str) -> int:
        """A row or cell of a data table: cells are separated, rows end a line."""
        if tag in ("td", "th"):
            if self.row_cells:
                self.parts.append(CELL)
            self.row_cells += 1
            return _CELL
        return _ROW if tag == "tr" else _PLAIN

    def inline_zone(
        self, tag: str, attrs: dict[str, str | None], info: _ClassAttr | None, parent: _Frame
    ) -> frozenset[str]:
        """Zone words of an inline element (a <time>, a span.byline, an a[rel=author])."""
        hints = _inline_words(attrs, info)
        if tag == "cite" and parent.comment is not None:  # Blogger, older WordPress: the commenter
            hints = hints | {"byline"}
        elif tag == "time":
            hints = hints | {"date"}
            when = attrs.get("datetime")
            if when:
                iso = parse_timestamp(when)
                self.clues.times.append((iso or when, len(self.blocks)))
                if iso and parent.comment is not None and parent.comment.date is None:
                    parent.comment.date = iso  # (else the text it shows, read when it closes)
        return hints

    def close_hinted(self, inline: _Inline) -> None:
        """Credit the zone words of an inline element to the text it held."""
        chars = self.chars - inline.start_chars
        if chars <= 0:
            return
        if self.inline_hints is None:
            self.inline_hints = {}
        for hint in inline.hints:
            self.inline_hints[hint] = self.inline_hints.get(hint, 0) + chars
        frame = inline.frame
        if "date" in inline.hints and frame.comment is not None and frame.comment.date is None:
            text = " ".join("".join(self.parts[inline.start_part :]).replace(BREAK, " ").split())
            frame.comment.date = _comment_date(text)
        if "byline" in inline.hints or "credit" in inline.hints:
            text = " ".join("".join(self.parts[inline.start_part :]).replace(BREAK, " ").split())
            if "credit" in inline.hints and "caption" in frame.hints:
                self.credit = text
            if "byline" in inline.hints:
                comment = frame.comment
                if comment is None:
                    self.clues.bylines.append((text, len(self.blocks)))
                elif comment.author is None and text and len(text) < MAX_AUTHOR_LEN:
                    comment.author = COMMENT_SAYS.sub("", text)

    # block elements ----------------------------------------------------------------------------

    def open_root(self, attrs: dict[str, str | None]) -> _Frame:
        """Open the <body>: the root of the frames, whose class words say nothing of a zone."""
        frame = _Frame("body", None, "body", NO_WORDS, 0, NO_WORDS, attrs.get("class") or "", len(self.blocks))
        self.frames.append(frame)
        return frame

    def open_block(self, node: LexborNode, tag: str, attrs: dict[str, str | None], parent: _Frame) -> _Frame | None:
        """Open a block element (see start_block), or None where markup hides it or it is a heading kept
        for screen readers only. Its id and class ("" when missing or empty), role and itemprop, and
        whether it has an attribute that may hide it (MAY_HIDE), are read in one pass over its few
        attributes, not a lookup of each of seven names, and here, where they are used: handed back by a
        function of their own, they would make an object for each element (some 400 instructions more
        each in a compiled build, 0.8 % of an HTML page's: callgrind)."""
        ident = classes = ""
        role = itemprop = None
        may_hide = False
        for name, value in attrs.items():
            if name == "class":
                classes = value or ""
            elif name == "id":
                ident = value or ""
            elif name == "role":
                role = value
            elif name == "itemprop":
                itemprop = value
            elif name == "style" or name == "hidden" or name == "aria-hidden":
                may_hide = True
        info = self.class_attr(classes) if classes else None
        if (may_hide and _is_hidden(attrs)) or (info is not None and info.hidden and _hidden_by_class(node)):
            return None
        return self.start_block(node, tag, parent, ident, classes, info, role, itemprop)

    def start_block(
        self, node: LexborNode, tag: str, parent: _Frame, ident: str, classes: str, info: _ClassAttr | None,
        role: str | None, itemprop: str | None,
    ) -> _Frame:
        """Start a block element that open_block read: end the block before it, then its zone words,
        path and comment role. `info` reads its class attribute, where it has one."""
        if self.chars:
            self.flush(parent)
        elif self.parts:
            self.parts.clear()
        if ident or role or itemprop:
            zone = _element_zone(tag, classes, ident, role, itemprop)
        elif info is not None:  # most elements with attributes: a class and no other zone-giving attribute
            zone = _class_element_zone(tag, info)
        else:  # no attribute that gives zone words (an empty role or itemprop gives none either)
            bare = _bare_element_zone.get(tag)
            if bare is None:
                bare = _bare_element_zone[tag] = _element_zone(tag, "", "", None, None)
            zone = bare
        count = parent.child_count = parent.child_count + 1
        if len(parent.path) > MAX_PATH_CHARS:
            path = parent.path  # nested thousands deep (unclosed tags): the path stops growing
        elif ident and len(ident) < MAX_ID_IN_PATH:
            path = f"{parent.path}>{tag}#{ident}:{count}"
        else:
            path = parent.path + _path_step(tag, count)
        frame = _Frame(tag, parent, path, zone.own, zone.weight, zone.semantic, classes, len(self.blocks))
        if tag == "article" or parent.in_article:
            frame.in_article = True
        if parent.children is NO_CHILDREN:
            parent.children = [frame]
        else:
            parent.children.append(frame)
        if "comments" in frame.hints:
            self.mark_comment(frame, tag, ident, classes)
        self.frames.append(frame)
        if tag == "table":
            if _is_data_table(node):
                frame.data_table = True
                self.table_depth += 1
                self.row_cells = 0
        elif tag == "pre":
            self.pre_depth += 1
        return frame

    def mark_comment(self, frame: _Frame, tag: str, ident: str, classes: str) -> None:
        """Open a comment when the element is one item of a comment area."""
        class_set = set(classes.lower().split())
        is_item = bool(class_set & COMMENT_ITEM_CLASS) or bool(ident and COMMENT_ITEM_ID.match(ident))
        if tag == "li" and not is_item and frame.parent is not None:
            # a plain <li> right inside a comment list (<ol class="commentlist">) is a comment, but for one of a
            # list of a comment's parts (<ul class="comment-meta"><li class="comment-author">)
            listing = frame.parent
            is_item = listing.tag in ("ol", "ul") and bool(COMMENT_AREA.search(listing.classes)) \
                and not (listing.comment is not None and COMMENT_PARTS.search(listing.classes))
        if not is_item or tag in ("p", "span", "h1", "h2", "h3", "h4", "h5", "h6"):
            return  # (a heading with a comment's id is its title, in the comment)
        if "pingback" in class_set or "trackback" in class_set:
            return  # another site's link to the post, which WordPress lists among the comments
        if "post" in class_set and not ident.startswith("post-") and not _inside_disqus(frame):
            return
        if tag == "dd" and frame.parent is not None and len(frame.parent.children) > 1:
            term = frame.parent.children[-2]  # (the element itself is the last child so far)
            if term.tag == "dt" and term.comment is not None:
                # a comment list written as a definition list: the <dt> holds a comment's author and date,
                # the <dd> after it its text, both of the comment class: one comment
                frame.comment = term.comment
                frame.own = frame.semantic | COMMENT_HINT
                frame.hints = frame.parent.hints | frame.own
                return
        self.comment_count += 1
        parent = frame.parent.comment if frame.parent is not None else None
        frame.comment = Comment(key=ident or f"comment-{self.comment_count}", parent=parent.key if parent else None)
        # the item's other class words describe the comment ("comment-author-jane", "bypostauthor",
        # "comment-published"), not a byline or date zone around all of its text
        frame.own = frame.semantic | COMMENT_HINT
        frame.hints = frame.parent.hints | frame.own if frame.parent is not None else frame.own

    def close_block(self, frame: _Frame) -> None:
        """Close a block element: flush its text, pass its totals up, give captions their image."""
        if self.chars:
            self.flush(frame)
        elif self.parts:
            self.parts.clear()
        frame.end_block = len(self.blocks)
        if frame.data_table:
            self.table_depth -= 1
            self.row_cells = 0
        elif frame.tag == "pre":
            self.pre_depth -= 1
        parent = frame.parent
        if parent is not None:
            if frame.text_len:
                parent.text_len += frame.text_len
                parent.link_len += frame.link_len
            if parent.image is None:
                parent.image = frame.image
        if frame.caption_blocks:
            if frame.image:
                for block in frame.caption_blocks:
                    if block.image is None:
                        block.image = frame.image
            if parent is not None and frame.tag != "figure":
                parent.caption_blocks = (parent.caption_blocks or []) + frame.caption_blocks

    def flush(self, frame: _Frame) -> None:
        """Turn the gathered inline text (some characters of it) into a block of `frame`: two blocks where
        it opens with a paragraph-like heading over its paragraph (see split_bold_head)."""
        if self.bold_head < 0 or not self.split_bold_head(frame):
            raw = "".join(self.parts)
            text = _fold_code(raw) if self.pre_depth else _fold(raw)
            if text:
                self.emit(frame, text)
        self.parts.clear()
        self.bold_head, self.bold_head_chars = -1, 0
        self.chars = self.link_chars = self.bold_chars = 0
        self.inline_hints = self.credit = None
        self.href = self.link_href
        self.many_hrefs = False

    def split_bold_head(self, frame: _Frame) -> bool:
        """Emit the gathered text as a heading and its paragraph where it opens with a short line all in
        bold, ended by a <br>, over a paragraph of prose ("<p><b>Technik</b><br>Doch es kommt noch …</p>"),
        as the page shows them; whether it did. Not a label ("Kontakt:") nor a line over a few words (an
        address, a name's role, a riddle's answer)."""
        if frame.tag not in BOLD_HEAD_TAGS:
            return False
        head = _fold("".join(self.parts[:self.bold_head]))
        rest = _fold("".join(self.parts[self.bold_head + 1:]))
        if not head or len(head) >= MAX_BOLD_HEADING_LEN or head[-1] in BOLD_HEAD_NOT_ENDS \
                or len(rest) < BOLD_HEAD_MIN_PARAGRAPH or not ends_sentence(rest):
            return False
        chars, link_chars, bold_chars = self.chars, self.link_chars, self.bold_chars
        head_chars = self.bold_head_chars
        self.chars = self.bold_chars = head_chars
        self.link_chars = 0
        self.emit(frame, head)
        self.chars, self.link_chars, self.bold_chars = max(1, chars - head_chars), link_chars, bold_chars - head_chars
        self.emit(frame, rest)
        return True

    def emit(self, frame: _Frame, text: str) -> None:
        """Add the gathered text as a block of `frame`."""
        chars = self.chars
        extras = NO_WORDS
        if self.inline_hints:
            extras = frozenset(h for h, n in self.inline_hints.items() if n >= INLINE_HINT_SHARE * chars)
            if frame.tag in HEADING_LEVEL:
                # a heading element made of a link back to the contents (docutils' class="toc-backref")
                # is still its section's heading
                extras = extras - NAV_HINT
        comment = frame.comment
        if comment is not None:
            extras = extras | COMMENT_HINT
        link_density = min(1.0, self.link_chars / chars)
        block = Block(
            index=len(self.blocks),
            text=text,
            kind=self.kind_of(frame, text),
            origin=frame.path,
            level=HEADING_LEVEL.get(frame.tag, 0),
            link_density=_round3(link_density),
            hints=frame.hints | extras if extras else frame.hints,
            bold=self.bold_chars >= chars,
            comment=comment,
            credit=self.credit,
        )
        href = self.href
        if link_density >= ALL_LINK and href is not None and not self.many_hrefs:
            block.url = _joined(self.base_url, href) if self.base_url else href
        if block.kind == "caption":
            _attach_caption(frame, block)
        self.blocks.append(block)
        self.block_frames.append(frame)
        self.block_extras.append(extras)
        frame.text_len += len(text)
        frame.link_len += self.link_chars
        if comment is not None:
            _fill_comment(comment, block)

    def kind_of(self, frame: _Frame, text: str) -> str:
        """The block's kind from its element, its zone words and its bold type."""
        if self.table_depth:
            return "table"
        tag = frame.tag
        kind = TAG_KIND.get(tag)
        if kind:
            return kind
        if "caption" in frame.hints and len(text) <= MAX_CAPTION_LEN and frame.comment is None:
            return "caption"
        if (
            tag in ("p", "div")
            and self.bold_chars >= self.chars
            and len(text) < MAX_BOLD_HEADING_LEN
            and not text.endswith(".")
            and "\n" not in text
            and self.link_chars < self.chars
        ):
            return "heading"
        return "para"


@dataclass(slots=True, init=False)
class _ElementZone:
    """What a block element's tag and attributes say of its zone (see _element_zone); kept in a cache and
    shared, never changed (__init__ written out and not frozen, as _ClassZone's)."""

    #: all its zone words: its class words', id's and itemprop's, and `semantic`
    own: frozenset[str]
    #: its class weight (see zone_words)
    weight: int
    #: the zone words of its tag and ARIA role alone
    semantic: frozenset[str]

    def __init__(self, own: frozenset[str], weight: int, semantic: frozenset[str]) -> None:
        self.own = own
        self.weight = weight
        self.semantic = semantic


_ElementKey = tuple[str, str, str, str | None, str | None]
#: element zones by the element's attributes as written, and by its id without a trailing number
_element_cache: Final[dict[_ElementKey, _ElementZone]] = {}
_element_cache_by_name: Final[dict[_ElementKey, _ElementZone]] = {}
#: element zones of elements without attributes, by tag (a page's tags are few)
_bare_element_zone: Final[dict[str, _ElementZone]] = {}


def _class_element_zone(tag: str, info: _ClassAttr) -> _ElementZone:
    """`_element_zone(tag, classes, "", None, None)` for an element whose class attribute `info` reads,
    kept in `info` by tag (the lookup hashes no tuple of five values): the last tag's at hand."""
    last = info.zone
    if last is not None and tag == info.tag:
        return last
    zones = info.zones
    zone = zones.get(tag) if zones is not None else None
    if zone is None:
        zone = _element_zone_by_name(tag, info.classes, "", None, None)
        if last is not None:  # a second tag: the zones of both are kept
            if zones is None:
                zones = info.zones = {info.tag: last}
            zones[tag] = zone
    info.tag = tag
    info.zone = zone
    return zone


#: the last steps of paths (">li:3") by tag, the n-th child's at index n - 1, up to MAX_CACHED_STEP
_path_steps: Final[dict[str, list[str]]] = {}
MAX_CACHED_STEP: Final = 1000


def _path_step(tag: str, count: int) -> str:
    """The step a path takes to the `count`-th child block element, a `tag`: ">li:3". Made once per
    tag and number (pages repeat them), not formatted for every element."""
    if count > MAX_CACHED_STEP:
        return f">{tag}:{count}"
    steps = _path_steps.get(tag)
    if steps is None:
        steps = _path_steps[tag] = []
    while len(steps) < count:
        steps.append(f">{tag}:{len(steps) + 1}")
    return steps[count - 1]


def _element_zone(tag: str, classes: str, ident: str, role: str | None, itemprop: str | None) -> _ElementZone:
    """A block element's zone words (all, and those of its tag and ARIA role alone) and class weight."""
    key = (tag, classes, ident, role, itemprop)
    hit = _element_cache.get(key)
    if hit is None:
        hit = _element_zone_by_name(tag, classes, ident, role, itemprop)
        keep(_element_cache, key, hit, MAX_CACHE)
    return hit


def _element_zone_by_name(tag: str, classes: str, ident: str, role: str | None, itemprop: str | None) -> _ElementZone:
    # ids often end in a number ("post-4711"): leave it out so the cache hits; an id made from a
    # heading ("sharing-with-a-single-developer") is prose, not a zone
    ident = "" if ident.count("-") >= SLUG_DASHES else ident.rstrip("0123456789")
    key = (tag, classes, ident, role, itemprop)
    hit = _element_cache_by_name.get(key)
    if hit is not None:
        return hit
    own: frozenset[str] = NO_WORDS
    weight = 0
    if tag not in ("html", "body") and (classes or ident or itemprop):  # page-wide classes say nothing
        own, weight = zone_words(f"{classes} {ident} {itemprop or ''}")
    semantic = frozenset(h for h in (TAG_HINT.get(tag), ROLE_HINT.get(role or "")) if h)
    result = _ElementZone(own | semantic if semantic else own, weight, semantic)
    keep(_element_cache_by_name, key, result, MAX_CACHE)
    return result


def _inside_disqus(frame: _Frame) -> bool:
    """Whether an element sits in a Disqus thread (whose comments are class="post")."""
    node = frame.parent
    while node is not None:
        if "disqus" in node.classes or "disqus" in node.path:
            return True
        node = node.parent
    return False


def _attach_caption(frame: _Frame, block: Block) -> None:
    """Remember a caption on its figure box (the outermost caption-hinted element around it) so the
    figure's image can be given to it when the box closes."""
    box = frame
    while box.parent is not None and "caption" in box.parent.own:
        box = box.parent
    block.image = box.image
    if box.caption_blocks is None:
        box.caption_blocks = []
    box.caption_blocks.append(block)


def _fill_comment(comment: Comment, block: Block) -> None:
    """A comment's author and date come from its byline and date blocks."""
    if comment.author is None and "byline" in block.hints and len(block.text) < MAX_AUTHOR_LEN:
        comment.author = COMMENT_SAYS.sub("", block.text)
    elif comment.date is None and "date" in block.hints and len(block.text) < MAX_AUTHOR_LEN:
        comment.date = _comment_date(block.text)


def _comment_date(text: str) -> str | None:
    """A comment's date from its date element's text: as ISO 8601 where it is a date, else as shown ("vor 3
    Stunden", "Le 12/02 à 11:30"); None without a digit, which no date shows ("View", "Permalink")."""
    return parse_date(unglued_head(text)) or (text if any(c.isdigit() for c in text) else None)


# --- Choosing the article ---------------------------------------------------------------------------


def _paragraph_points(text: str) -> float:
    """What a paragraph adds to its containers: a base, its commas and its length."""
    commas = text.count(",") + text.count("،") + text.count("，") + text.count("、")
    return PARAGRAPH_POINTS + COMMA_POINTS * commas + min(len(text) / 100 * LENGTH_POINTS_PER_100, MAX_LENGTH_POINTS)


def _vote(walker: _Walker, skip_zones: frozenset[str]) -> list[_Frame]:
    """Paragraphs give points to their containers (parent, grandparent, ...); returns the candidates."""
    candidates: list[_Frame] = []
    for block, frame in zip(walker.blocks, walker.block_frames):
        if block.kind not in ("para", "quote", "code") or len(block.text) < MIN_SCORING_LEN:
            continue
        if skip_zones and not skip_zones.isdisjoint(block.hints):
            continue
        points = _paragraph_points(block.text)
        # text straight inside a box that also holds blocks votes for that box itself
        container = frame if frame.children else frame.parent
        for share in ANCESTOR_SHARES:
            if container is None:
                break
            if not container.scored:
                container.scored = True
                container.score = float(TAG_POINTS.get(container.tag, 0) + container.weight)
                candidates.append(container)
            container.score += points * share
            container = container.parent
    return candidates


def _final_score(frame: _Frame) -> float:
    """A candidate's points, lowered by the share of its text inside links."""
    link_density = frame.link_len / frame.text_len if frame.text_len else 0.0
    return frame.score * (1 - min(1.0, link_density))


def _top_candidate(candidates: list[_Frame]) -> _Frame | None:
    """The best-scoring container, moved up where the article is split over several boxes."""
    if not candidates:
        return None
    finals = {id(c): _final_score(c) for c in candidates}
    ranked = sorted(candidates, key=lambda c: finals[id(c)], reverse=True)
    top = ranked[0]
    best = finals[id(top)]
    # several near-top boxes under one ancestor: the ancestor is the article
    close = [c for c in ranked[1:5] if finals[id(c)] >= PROMOTE_NEAR_SHARE * best]
    if len(close) >= PROMOTE_MIN_TOP_CANDIDATES - 1:
        node = top.parent
        while node is not None and node.tag != "body":
            if sum(1 for c in close if _is_inside(c, node)) >= PROMOTE_MIN_TOP_CANDIDATES - 1:
                top = node
                break
            node = node.parent
    # a near-top box holding many times the top one's text, and more points before its links are counted:
    # the top one is a lede in a box of its own, inside the article or beside it, and the article's links
    # (a list of sources, say) have cost it the lead
    for c in ranked[1:5]:
        if finals[id(c)] < PROMOTE_NEAR_SHARE * best:
            break
        if c.text_len >= LARGER_BOX_TEXT_RATIO * top.text_len and c.score > top.score:
            top = c
            break
    # a parent scoring higher than the box holds more of the article
    last = finals.get(id(top), top.score)
    node = top.parent
    while node is not None and node.tag != "body":
        if not node.scored:
            node = node.parent
            continue
        score = finals[id(node)]
        if score < last / 3:
            break
        if score > last:
            top = node
            break
        last = score
        node = node.parent
    if top.text_len < SHORT_ARTICLE_CHARS:
        floor = SHORT_PROMOTE_SHARE * finals.get(id(top), top.score)
        node = top.parent
        wider = top
        while node is not None and node.tag != "body":
            if node.scored and finals[id(node)] >= floor and node.text_len >= LARGER_BOX_TEXT_RATIO * top.text_len \
                    and node.link_len - top.link_len <= PROSE_MAX_LINKS * (node.text_len - top.text_len):
                wider = node
            node = node.parent
        top = wider
    # a lone child says no more than its parent
    while top.parent is not None and top.parent.tag != "body" and len(top.parent.children) == 1:
        top = top.parent
    return top


def _is_inside(frame: _Frame, ancestor: _Frame) -> bool:
    node: _Frame | None = frame
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def _frame_text(walker: _Walker, frame: _Frame) -> str:
    return " ".join(block.text for block in walker.blocks[frame.first_block : frame.end_block])


def _article_frames(walker: _Walker, top: _Frame) -> list[_Frame]:
    """The chosen container and the siblings that score or read like more of the article."""
    parent = top.parent
    if parent is None:
        return [top]
    top_score = _final_score(top)
    threshold = max(MIN_SIBLING_POINTS, top_score * SIBLING_SHARE)
    chosen = []
    for sibling in parent.children:
        if sibling is top:
            chosen.append(sibling)
            continue
        bonus = top_score * SIBLING_SHARE if sibling.classes and sibling.classes == top.classes else 0.0
        if sibling.scored and _final_score(sibling) + bonus >= threshold:
            chosen.append(sibling)
        elif sibling.tag == top.tag and top.tag in SECTIONING_TAGS and not UNLIKELY_ZONES & sibling.hints \
                and sibling.text_len >= SIBLING_SECTION_MIN_CHARS \
                and sibling.link_len < SIBLING_PARA_MAX_LINKS * sibling.text_len \
                and _is_headed_part(walker.blocks[sibling.first_block:sibling.end_block]):
            # another headed part of a page in parts: <main><article><h2>Ingredients</h2>…</article><article>…
            chosen.append(sibling)
        elif sibling.tag == "p" and not UNLIKELY_ZONES & sibling.hints:
            text = _frame_text(walker, sibling)
            link_density = sibling.link_len / sibling.text_len if sibling.text_len else 1.0
            long_prose = len(text) > SIBLING_PARA_LEN and link_density < SIBLING_PARA_MAX_LINKS
            short_sentence = len(text) <= SIBLING_PARA_LEN and link_density == 0 and SENTENCE_STOP.search(text)
            if long_prose or short_sentence:
                chosen.append(sibling)
    return chosen


def _is_headed_part(blocks: list[Block]) -> bool:
    """Whether an element's blocks are a part of an article: a heading, and SIBLING_SECTION_MIN_CHARS of text
    that is no caption nor furniture (a gallery's box is its pictures' captions under the story's title again,
    and a share bar)."""
    return any(block.kind == "heading" for block in blocks) and sum(
        len(block.text) for block in blocks if block.kind != "caption" and not UNLIKELY_ZONES & block.hints
    ) >= SIBLING_SECTION_MIN_CHARS


def _find_listed_comments(walker: _Walker) -> None:
    """Comments in a comment area whose markup names no comment items: the area's repeated children
    (same tag and class, holding text) are the comments. <div id="comments"><div class="entry">…"""
    for area in walker.frames:
        if "comments" not in area.own or area.comment is not None or area.end_block <= area.first_block:
            continue
        if not NOT_A_COMMENT_LIST.isdisjoint(area.hints) or area.tag == "form":
            continue  # a "recent comments" widget, a comment form
        blocks = walker.blocks[area.first_block : area.end_block]
        if any(block.comment is not None for block in blocks):
            continue
        _mark_listed_comments(walker, _repeated_children(area, MAX_COMMENT_LIST_DEPTH))
    _find_comment_named_siblings(walker)


def _find_comment_named_siblings(walker: _Walker) -> None:
    """Comments marked by their own class alone, with no comment area around them: siblings that
    repeat one tag and a class naming a comment, each holding a comment's text.
    <div class="MtnComment">…</div><div class="MtnComment">…</div>"""
    for parent in walker.frames:
        if len(parent.children) < MIN_LISTED_COMMENTS or parent.comment is not None:
            continue
        if not NOT_A_COMMENT_LIST.isdisjoint(parent.hints):
            continue  # a "recent comments" widget
        groups: dict[tuple[str, str], list[_Frame]] = {}
        for child in parent.children:
            if "comments" in child.own and child.comment is None and child.classes:
                groups.setdefault((child.tag, child.classes), []).append(child)
        for items in groups.values():
            post = _post_over_comments(walker, parent, items)
            if post is not None:
                items = items[1:]
            if len(items) >= MIN_LISTED_COMMENTS and _read_like_comments(walker, items):
                _mark_listed_comments(walker, items)
                if post is not None:
                    _unmark_comment_zone(walker, post)


def _post_over_comments(walker: _Walker, parent: _Frame, items: list[_Frame]) -> _Frame | None:
    """The first of the items where it alone stands over the heading of the comment area among the
    parent's children ("Comments"), the others under it: a forum thread's opening post, which its
    replies' class names as one of them."""
    first = items[0]
    for child in parent.children:
        if child.tag in HEADING_LEVEL and child.first_block > first.first_block \
                and _heading_area(_frame_text(walker, child)) == "comments":
            return first if len(items) > 1 and items[1].first_block > child.first_block else None
    return None


def _unmark_comment_zone(walker: _Walker, post: _Frame) -> None:
    """Take the comment zone word from the element and its blocks: its class named it one of the comments."""
    for frame in walker.frames:
        inside: _Frame | None = frame
        while inside is not None and inside is not post:
            inside = inside.parent
        if inside is not None:
            frame.own = frame.own - COMMENT_HINT
            frame.hints = frame.hints - COMMENT_HINT
    for block in walker.blocks[post.first_block : post.end_block]:
        block.hints = block.hints - COMMENT_HINT
        walker.block_extras[block.index] = walker.block_extras[block.index] - COMMENT_HINT


def _read_like_comments(walker: _Walker, items: list[_Frame]) -> bool:
    """Whether elements each hold a comment's text: enough of it, most not links, each its own (tabs
    repeating "No comments yet" are not comments), no form, no heading element for a tag, and a comment
    found in them already in fewer than half of them (a forum post may quote another, whose author and
    text read as a comment of their own)."""
    return (
        items[0].tag not in NOT_A_COMMENT_TAGS
        and len({_frame_text(walker, item) for item in items}) == len(items)
        and all(item.text_len >= MIN_COMMENT_LEN and item.link_len < item.text_len / 2 for item in items)
        and not any(_holds_form(item) for item in items)
        and 2 * sum(_holds_comment(walker, item) for item in items) < len(items)
    )


def _holds_comment(walker: _Walker, item: _Frame) -> bool:
    """Whether a comment was found in the element's blocks already."""
    return any(block.comment is not None for block in walker.blocks[item.first_block : item.end_block])


def _mark_listed_comments(walker: _Walker, items: list[_Frame]) -> None:
    """Make each element one comment of its own, its blocks the comment's."""
    for item in items:
        walker.comment_count += 1
        comment = Comment(key=f"comment-{walker.comment_count}")
        for block in walker.blocks[item.first_block : item.end_block]:
            if block.comment is None:
                block.comment = comment
                block.hints = block.hints | COMMENT_HINT
                walker.block_extras[block.index] = walker.block_extras[block.index] | COMMENT_HINT
                _fill_comment(comment, block)


def _repeated_children(frame: _Frame, depth: int) -> list[_Frame]:
    """The children of `frame` (or of one of its descendants) that repeat one tag and class, at least
    MIN_LISTED_COMMENTS of them with text, none holding a form (the area's heading and reply form are
    not a list of comments)."""
    signatures: dict[tuple[str, str], list[_Frame]] = {}
    for child in frame.children:
        if child.end_block > child.first_block:
            signatures.setdefault((child.tag, child.classes), []).append(child)
    best = max(signatures.values(), key=len, default=[])
    if (
        len(best) >= MIN_LISTED_COMMENTS
        and best[0].tag not in NOT_A_COMMENT_TAGS
        and all(item.text_len >= MIN_COMMENT_LEN and item.link_len < item.text_len / 2 for item in best)
        and (best[0].classes or best[0].tag in ("li", "article", "dl", "dd", "tr", "blockquote", "table"))
        and not any(_holds_form(item) for item in best)
    ):
        return best
    if depth > 0:
        for child in frame.children:
            found = _repeated_children(child, depth - 1)
            if found:
                return found
    return []


def _holds_form(frame: _Frame) -> bool:
    """Whether a form sits anywhere inside the element."""
    return any(child.tag == "form" or _holds_form(child) for child in frame.children)


def _drop_page_wide_zones(walker: _Walker) -> None:
    """Class words of an element holding much of the page's text, or the headline and a fair part of
    the text, are a wrapper's, not a zone's (class="Page-ad-margins" around the whole article,
    class="paywall" around the story); so are furniture words of an element holding several
    paragraphs of prose (a navigation bar, a share bar or a sidebar holds none: id="toc-1" around a
    chapter, class="share-wrapper" around the story). They are not passed on to its blocks. Its tag
    and role still count (a big <aside> is still an aside)."""
    total = walker.frames[0].text_len if walker.frames else 0
    limit = PAGE_WIDE_SHARE * total
    headline_limit = HEADLINE_WRAPPER_SHARE * total
    headline = next((b.index for b in walker.blocks if b.kind == "heading" and b.level == 1), -1)
    _count_prose_paragraphs(walker)
    changed = False
    for frame in walker.frames:
        if frame.tag == "header" and frame.in_article and frame.prose and "header" in frame.own:
            # an article's own header holding its lead paragraph, not the page's header
            frame.own, frame.semantic = frame.own - HEADER_WORD, frame.semantic - HEADER_WORD
            changed = True
        # own holds semantic (an element's tag and role words are among its own), so the two are equal
        # when they are as large: a size compare, not a compare of the sets' items
        if len(frame.own) == len(frame.semantic) or frame.parent is None:
            continue
        holds_headline = frame.first_block <= headline < frame.end_block
        holds_prose = frame.prose >= PROSE_HOLDER_PARAGRAPHS and not frame.own.isdisjoint(FURNITURE_BOX)
        if frame.text_len >= limit or (holds_headline and frame.text_len >= headline_limit) or holds_prose:
            frame.own = frame.semantic
            changed = True
    if not changed:
        return
    for frame in walker.frames[1:]:
        parent_hints = frame.parent.hints if frame.parent is not None else NO_WORDS
        frame.hints = parent_hints | frame.own if frame.own else parent_hints
    for block, frame, extras in zip(walker.blocks, walker.block_frames, walker.block_extras):
        if block.kind != "title":
            block.hints = frame.hints | extras if extras else frame.hints


def _count_prose_paragraphs(walker: _Walker) -> None:
    """How many paragraphs of prose each element holds (long, few links, ending a sentence), in its
    `prose`: each paragraph counted at its own element, then each element's count added to its parent's,
    children first (the frames are in document order, each after its parent), not one count per
    ancestor of each paragraph."""
    for block, frame in zip(walker.blocks, walker.block_frames):
        text = block.text
        if block.kind != "para" or len(text) < PROSE_PARAGRAPH_LEN or block.link_density > PROSE_MAX_LINKS \
                or not text.rstrip().endswith(SENTENCE_ENDS):
            continue
        frame.prose += 1
    for frame in reversed(walker.frames):
        parent = frame.parent
        if frame.prose and parent is not None:
            parent.prose += frame.prose


#: a form inside the article that holds at least this share of its text wraps the article's content
FORM_WRAPPER_SHARE: Final = 0.5


def _choose_article(walker: _Walker) -> _Frame | None:
    """Mark the frames of the article (`in_main`); returns the container chosen."""
    _drop_page_wide_zones(walker)
    candidates = _vote(walker, UNLIKELY_ZONES)
    if not candidates:
        candidates = _vote(walker, frozenset())
    top = _top_candidate(candidates)
    if top is None:  # no paragraph long enough to vote: a tiny page, all of it the article
        top = walker.frames[0] if walker.frames else None
        if top is None:
            return None
    for frame in _article_frames(walker, top):
        frame.in_main = True
    for frame in walker.frames:
        parent = frame.parent
        if not frame.in_main and parent is not None and parent.in_main and not parent.boxed_out:
            frame.in_main = True
            # a sidebar box, share bar, ad or form (a rating, a sign-up) inside the article is not part
            # of it; but a form that holds most of the article's text wraps it (a shop's product form
            # around the product's description)
            if not FURNITURE_BOX.isdisjoint(frame.own) \
                    or (frame.tag == "form" and frame.text_len < FORM_WRAPPER_SHARE * top.text_len):
                frame.in_main = False
                frame.boxed_out = True
        elif parent is not None and parent.boxed_out:
            frame.boxed_out = True
    return top


def _finish_hints(walker: _Walker, top: _Frame | None) -> None:
    """Give each block `main` or `outside`, and its content score relative to the article's."""
    top_score = _final_score(top) if top is not None else 0.0
    # per frame: the score of it or its nearest scored ancestor (best_score), and (inside the article)
    # the zone words of the article's own elements around it (within); parents come before children
    for frame in walker.frames:
        parent = frame.parent
        if frame.scored:
            frame.best_score = _final_score(frame)
        elif parent is not None:
            frame.best_score = parent.best_score
        if frame.in_main:
            if parent is not None and parent.in_main:
                frame.within = parent.within | frame.own if frame.own else parent.within
            else:
                frame.within = frame.own
    outside = frozenset({"outside"})
    with_outside: dict[frozenset[str], frozenset[str]] = {}  # pages repeat a few sets of hints
    # blocks share a few scores (a page of 160 blocks, a dozen): each is divided and rounded once. Zero
    # is left out: 0.0 and -0.0 are one key, and each keeps its sign
    relative: dict[float, float] = {}
    # and blocks in a row often share their set of hints itself (their elements' parent's): the last one
    # is kept (held, so no other set takes its identity) and found by identity, not hashed and compared
    last_hints, last_outside = NO_WORDS, outside
    for block, frame in zip(walker.blocks, walker.block_frames):
        best = frame.best_score
        score = relative.get(best) if best else None
        if score is None:
            score = _round3(best / top_score) if top_score > 0 else 0.0
            if best:
                relative[best] = score
        block.content_score = score
        if frame.in_main:
            block.hints = (block.hints - frame.hints) | frame.within | MAIN
        elif block.hints is last_hints:
            block.hints = last_outside
        else:
            last_hints = block.hints
            hints = with_outside.get(last_hints)
            if hints is None:
                hints = with_outside[last_hints] = last_hints | outside
            block.hints = last_outside = hints


# --- Entry point ------------------------------------------------------------------------------------


def read_html(html: str | bytes, url: str | None = None) -> Page:
    """Read an HTML page into its blocks in page order, with zone words and metadata. The page is text or
    UTF-8 bytes: the parser reads UTF-8 bytes as they are, while text it encodes first (on a page beyond
    Latin-1, a third of the parser's time).

    >>> page = read_html("<title>T</title><article><h1>Head</h1><p>Some text, here.</p></article>")
    >>> [(b.kind, b.text) for b in page.blocks]
    [('title', 'T'), ('heading', 'Head'), ('para', 'Some text, here.')]
    """
    # The walk allocates many small linked objects; the cycle collector would rescan them again and
    # again for nothing (they die with the call), about a sixth of the front-end's time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read(html, url)
    finally:
        if collecting:
            gc.enable()


def _read(html: str | bytes, url: str | None) -> Page:
    tree = LexborHTMLParser(html, options=PARSE_OPTIONS)
    title = _title_text(tree)
    body = tree.body
    walker = _walked(tree, body, title, url)
    # rare: a script may be a template; if one holds markup, the page is read again as its script shows it
    if walker.template_like and body is not None and _has_templates(html) and _render_templates(tree):
        _release(walker)
        walker = _walked(tree, body, title, url)
    _find_listed_comments(walker)
    top = _choose_article(walker)
    _finish_hints(walker, top)
    _mark_areas(walker.blocks)
    meta = read_meta(tree, walker.clues, walker.blocks, url, walker.meta_elements)
    _release(walker)
    blocks = walker.blocks
    if meta.body_text and len(meta.body_text) >= STRUCTURED_BODY_MIN_CHARS:
        blocks = _with_structured_body(blocks, meta.body_text)
    return Page(blocks=blocks, format="html", meta=meta)


def _with_structured_body(blocks: list[Block], body_text: str) -> list[Block]:
    """The page's blocks, with the paragraphs of its structured data's article text (JSON-LD articleBody) where
    the page shows almost none of it: under STRUCTURED_BODY_SHOWN of its length in the article's paragraphs. A
    page that a script fills in shows an empty shell; its text is there for search engines. The paragraphs
    go after the article's last block, else after the first level-1 heading, else at the end."""
    shown = sum(len(b.text) for b in blocks if b.kind == "para" and "main" in b.hints)
    if shown >= STRUCTURED_BODY_SHOWN * len(body_text):
        return blocks
    paragraphs = _structured_paragraphs(body_text)
    if not paragraphs:
        return blocks
    at = next((i + 1 for i in range(len(blocks) - 1, -1, -1) if "main" in blocks[i].hints),
              next((i + 1 for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), len(blocks)))
    added = [Block(index=0, text=text, kind="heading" if level else "para", origin="script>articleBody", level=level,
                   hints=MAIN) for level, text in paragraphs]
    out = blocks[:at] + added + blocks[at:]
    for index, block in enumerate(out):
        block.index = index
    return out


def _structured_paragraphs(body_text: str) -> list[tuple[int, str]]:
    """The paragraphs of an articleBody, each with its heading level (0: no heading): its HTML's paragraphs
    and headings where it is markup ("<p>…</p><h2>…</h2>"), else its lines; white space folded, characters no
    one sees taken out."""
    texts: list[tuple[int, str]] = []
    if "<" in body_text and ">" in body_text:
        fragment = LexborHTMLParser(f"<body>{body_text}</body>", options=PARSE_OPTIONS)
        # the outermost paragraphs and headings in page order, one visit a node (an element inside another one
        # is read with it: "<blockquote><p>…"); the stack holds the nodes still to visit, the next one last
        stack = [fragment.body] if fragment.body is not None else []
        while stack:
            node = stack.pop()
            tag = node.tag or ""
            if tag in STRUCTURED_PARAGRAPH_TAGS:
                texts.append((int(tag[1]) if tag[0] == "h" else 0, node.text(deep=True)))
                continue
            children = []
            child = node.first_child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend(reversed(children))
        if not texts and fragment.body is not None:
            texts = [(0, line) for line in fragment.body.text(deep=True, separator="\n").split("\n")]
    else:  # (a plain text's character references read, as metadata's are: "Tom &amp; Jerry")
        texts = [(0, line) for line in unescaped(body_text).split("\n")]
    return [(level, folded) for level, text in texts if (folded := " ".join(without_invisible(text).split()))]


def _walked(tree: LexborHTMLParser, body: LexborNode | None, title: str, url: str | None) -> _Walker:
    """A walker that has read the page: the title, the body's blocks and frames, the metadata elements."""
    walker = _Walker(url)
    if title:
        walker.blocks.append(Block(index=0, text=title, kind="title", origin="head>title"))
        walker.block_frames.append(_Frame("title", None, "head>title", frozenset(), 0))
        walker.block_extras.append(frozenset())
    walker.read(tree.root, body)
    return walker


def _release(walker: _Walker) -> None:
    """A frame and its parent hold each other: without the links down, reference counting frees the
    frames as the call returns, instead of the cycle collector finding a thousand objects per page."""
    for frame in walker.frames:
        if frame.children is not NO_CHILDREN:  # most have none: the shared empty list
            frame.children.clear()


def _has_templates(html: str | bytes) -> bool:
    """The cheap test for script templates: their type written out in the page."""
    if isinstance(html, bytes):
        return any(mark in html for mark in TEMPLATE_MARKS_UTF8)
    return any(mark in html for mark in TEMPLATE_MARKS)


def _render_templates(tree: LexborHTMLParser) -> bool:
    """Put the markup of script templates that hold paragraphs in place of the scripts, as the page's
    own script would on load (Blogger's themes ship the post body as <script type="text/template">);
    whether there was any."""
    rendered = False
    for script in tree.css(TEMPLATE_SCRIPTS):
        markup = (script.text() or "").lstrip()
        if not markup.startswith("<") or markup.startswith("<![CDATA[") or "<p" not in markup:
            continue  # data (JSON), not markup
        fragment = LexborHTMLParser(markup, options=PARSE_OPTIONS).body
        if fragment is None:
            continue
        for child in list(fragment.iter(include_text=True)):
            script.insert_before(child)
        script.decompose()
        rendered = True
    return rendered


def _joined(base: str, href: str) -> str:
    """urljoin(base, href), or href as the page wrote it when either is malformed ("http://[bad")."""
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def _title_text(tree: LexborHTMLParser) -> str:
    node = tree.css_first("title")
    return " ".join(node.text().split()) if node is not None else ""


#: the zone word of the area each heading opens, "" for none, by the heading's text: the two regexes
#: try a few hundred alternatives on every heading, and a site's pages repeat its area headings
_area_cache: Final[dict[str, str]] = {}


def _heading_area(text: str) -> str:
    """The zone word of the area a heading opens: "comments", "related", or "" for none."""
    area = _area_cache.get(text)
    if area is None:
        comments, related = area_heading(text)  # (an icon before it read away: "± 6 Kommentare")
        area = "comments" if comments else "related" if related else ""
        keep(_area_cache, text, area, MAX_CACHE)
    return area


def _mark_areas(blocks: list[Block]) -> None:
    """A heading that opens a comment or related area ("12 Comments", "You may also like") gives that
    area's zone word to itself and to the blocks after it inside the heading's parent element, up to
    the next heading of the same or higher rank."""
    area: str | None = None
    area_level = 0
    area_prefix = ""
    for block in blocks:
        if area is not None and not block.origin.startswith(area_prefix):
            area = None
        if block.kind == "heading":
            level = block.level or 7
            if area is not None and level <= area_level:
                area = None
            if len(block.text) < 160:
                found = _heading_area(block.text)
                if found:
                    area, area_level = found, level
                    area_prefix = block.origin.rsplit(">", 1)[0] + ">"
        if area is not None and area not in block.hints:
            block.hints = block.hints | {area}
