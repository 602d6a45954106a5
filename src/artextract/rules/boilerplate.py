"""Rules that find boilerplate: navigation, share and legal lines, image labels, bylines."""

from __future__ import annotations

from typing import Final

from ..blocks import Block
from ..bylines import (
    NOT_NAMES,
    SHORT_NAME_MAX_CHARS,
    by_handle,
    byline_names,
    dated_by_names,
    is_handle,
    is_name,
    labelled_names,
    name_line,
    role_or_handle,
    tidy_name,
)
from ..classify import Context, flagged
from ..features import NAME_LINE_MAX_WORDS, Features, is_byline_label, name_over_follow
from ..shape import ALL_LINK, LINK_HEAVY
from ..vocab import BYLINE, DATE, PUBLISHED_LABEL, Caseless

#: a byline or date line is short
BYLINE_MAX_CHARS: Final = 150
#: a byline stands at most this many blocks into the core (an HTML article element often opens with
#: a kicker, the headline, share buttons and a caption before its byline)
BYLINE_MAX_CORE_OFFSET: Final = 8
HTML_BYLINE_MAX_CORE_OFFSET: Final = 15
#: a byline under the article (a blog post's footer: "Posted by Jane Doe at 2:33 PM") stands at most
#: this many blocks after the core's end
BYLINE_MAX_AFTER_CORE: Final = 3
#: ...and a line that is a date, then a byline, within this many (WordPress's post footer, "Dezember 26, 2019
#: von Jane Doe Kategorien: …", under the share buttons)
DATED_BYLINE_MAX_AFTER_CORE: Final = 8
#: an author's box: a name of this many words over a bio of at least this many (see author_box)
AUTHOR_BOX_NAME_WORDS: Final = (2, 4)
AUTHOR_BOX_BIO_MIN_WORDS: Final = 12
#: ...at most this many blocks under the article (a share bar, a label, tags between)
AUTHOR_BOX_AFTER_CORE: Final = 12
#: a bio may open with the author's first name alone where it has this many letters ("Jane is …")
AUTHOR_FIRST_NAME_MIN_CHARS: Final = 3
#: a line this short and all in links (shape.ALL_LINK) is a link, not a sentence of the article
LINK_LINE_MAX_CHARS: Final = 120
#: a name's line over its date line may have this many lines of the author's role or handle between
BYLINE_ROLE_LINES: Final = 2
#: a line between a byline's name and its date that only joins them: a mark ("|", ",", "·") or a word for "on"
#: ("Jane Doe" / "am" / "Mittwoch, 26.01.2022"), where a copied page breaks the lines at the name's link
BYLINE_JOINERS: Final = frozenset({"am", "on", "at", "um", "le", "el", "il", "op", "|", ",", "-", "–", "—", "·", "•",
                                   "/"})
#: a line this short (words, characters) right above a byline is its label or a kicker (see
#: _label_before_byline)
LABEL_BEFORE_BYLINE_MAX_WORDS: Final = 2
LABEL_BEFORE_BYLINE_MAX_CHARS: Final = 24
#: this many link lines in a row make a list of links the article gives, not teasers
LINK_LIST_MIN_RUN: Final = 3
#: a line with a date and this many other words, ending in a full stop, is a sentence
DATED_SENTENCE_MIN_WORDS: Final = 5
#: the same line this many times in a row is a widget's label (a gallery's title over every slide)
REPEATED_LINE_MIN_RUN: Final = 3
#: ... and has at least this many words
REPEATED_LINE_MIN_WORDS: Final = 3
#: a scene break is a row of at least this many of one mark ("***")
SCENE_BREAK_MIN_MARKS: Final = 3
#: zone words that mark a page's furniture
FURNITURE_HINTS: Final = frozenset({"nav", "footer", "aside", "share", "ad"})
#: BYLINE, matched the faster way (see Caseless)
_BYLINE: Final = Caseless(BYLINE)
#: the first letters of the lines that label their names as the authors' (bylines.labelled_names: "Author:",
#: "Autor:", "Texte:"): the cheap test before it
_AUTHOR_LABEL_INITIALS: Final = "aAtT"


def outside_article(ctx: Context) -> None:
    """Blocks before the headline and after the article (outside any comment or related area)."""
    ctx.vote_all(ctx.in_area("before", "after"), "boilerplate", 1.5)
    ctx.vote_all(ctx.in_area("lead"), "boilerplate", 1.0)


def repeated_line(ctx: Context) -> None:
    """The same line three times or more in a row: a gallery's title over each of its slides, a
    carousel's label ("Weather threatens holiday plans" nine times). An article says a thing once;
    a song's refrain comes back between verses, not line after line. It outweighs the core."""
    blocks = ctx.blocks
    f = ctx.features
    start = 0
    for i in range(1, len(blocks) + 1):
        if i < len(blocks) and blocks[i].text == blocks[start].text:
            continue
        # a title's words, not a paragraph (a test page's "Lorem ipsum" paragraphs) or a table's
        # cell or a word ("3", "link")
        if i - start >= REPEATED_LINE_MIN_RUN and not f.prose[start] and f.words[start] >= REPEATED_LINE_MIN_WORDS:
            for j in range(start, i):
                ctx.vote(j, "boilerplate", 2.5)
        start = i


def boilerplate_words(ctx: Context) -> None:
    """A line of navigation, sharing, legal text, an image label or a cookie banner by its words:
    "Skip to main content", "Share", "Click to Enlarge", "Privacy Policy". It outweighs a heading
    element ("Share this story" in an h3) but not an area heading or a label."""
    for i in flagged(ctx.features.boilerplate):
        ctx.vote(i, "boilerplate", 3.2)


def furniture_zone(ctx: Context) -> None:
    """HTML marks the block as navigation, footer, sidebar, share bar or ad, or as a page header
    outside the article (inside it, a <header> holds the headline, dek and byline). Inside the
    article these words come from the article's own elements: a sidebar box, a share bar."""
    if ctx.page.format != "html":
        return  # (zone words are read from markup: a text page's blocks have none)
    for block in ctx.blocks:
        hints = block.hints
        if hints and (not hints.isdisjoint(FURNITURE_HINTS) or ("header" in hints and "main" not in hints)):
            ctx.vote(block.index, "boilerplate", 2.5)


def link_heavy(ctx: Context) -> None:
    """Mostly link text (menus, tag clouds), unless in a related list where links are the point. A
    short paragraph all in links outweighs the article around it: "Jump to Recipe Print Recipe"; so
    does a list of links in HTML after the article's last paragraph."""
    area = ctx.areas.area
    blocks = ctx.blocks
    short_links = [b.link_density >= ALL_LINK and len(b.text) <= LINK_LINE_MAX_CHARS and b.kind == "para"
                   for b in blocks]
    # (no run where no line is a short link, most text pages)
    in_list = _in_runs(short_links, LINK_LIST_MIN_RUN) if any(short_links) else short_links
    # in HTML, links after the article's last paragraph are teasers at the foot of its box
    prose = ctx.features.prose
    last_prose = len(blocks)
    if ctx.page.format == "html":
        last_prose = max((i for i in ctx.in_area("core") if prose[i]), default=len(blocks))
    for block in blocks:
        i = block.index
        if block.link_density >= LINK_HEAVY and area[i] != "related":
            # a link alone or two are teasers; a run of them is a list the article gives ("See also")
            if short_links[i] and (block.url is None or not in_list[i] or i > last_prose):
                ctx.vote(i, "boilerplate", 2.2)
            elif block.url is None:
                ctx.vote(i, "boilerplate", 1.5)


def _in_runs(flags: list[bool], min_run: int) -> list[bool]:
    """Which flagged items stand in a run of at least `min_run` flagged items in a row."""
    out = [False] * len(flags)
    start = 0
    for i in range(len(flags) + 1):
        if i == len(flags) or not flags[i]:
            if i - start >= min_run:
                out[start:i] = [True] * (i - start)
            start = i + 1
    return out


def byline(ctx: Context) -> None:
    """A byline or date line near the headline: metadata, not content ("By Jane Doe", "May 3, 2024")."""
    f = ctx.features
    blocks = ctx.blocks
    max_offset = HTML_BYLINE_MAX_CORE_OFFSET if ctx.page.format == "html" else BYLINE_MAX_CORE_OFFSET
    last_in_core = ctx.areas.core_start + max_offset
    # the areas one by one (a block gets one vote here, whatever the order), and the core's blocks up to
    # last_in_core only (the core's list is in page order)
    voted: list[int] = []
    for area in ("lead", "core", "before"):
        for i in ctx.in_area(area):
            if i > last_in_core and area == "core":
                break
            block = blocks[i]
            if len(block.text) > BYLINE_MAX_CHARS:
                continue
            # (most blocks have no zone words, and text none: an empty set is the cheap test)
            if f.byline[i] or (block.hints and "byline" in block.hints) or _label_over_name(blocks, f, i) \
                    or _label_over_name(blocks, f, i - 1) or name_over_follow(blocks, f, i) \
                    or (f.words[i] == 2 and _handle_by_date(blocks, f, i)):
                ctx.vote(i, "byline", 3.5)
            elif (f.dateline[i] and not _dated_sentence(block.text)) or (block.hints and "date" in block.hints) \
                    or _name_by_dateline(blocks, f, i):
                ctx.vote(i, "byline", 3.0)
                if not f.dateline[i] and (below := _dateline_below(blocks, f, i)) > i + 1:
                    for j in range(i + 1, below):  # the role's and the handle's lines between name and date
                        ctx.vote(j, "byline", 3.0)
                        voted.append(j)
            else:
                continue
            voted.append(i)
    # the word or two right above a byline that only the article's place says is the article's, unless a
    # byline itself (a name over its date line); a caption's credit stays one ("JIJI" over the date)
    bylines = set(voted)
    for i in voted:
        if i > 0 and (i - 1 not in bylines) and _label_before_byline(blocks[i - 1]) \
                and all(vote[1] == "body" for vote in ctx.votes_of(i - 1)):
            ctx.vote(i - 1, "boilerplate", 3.0)
    # in the core past its first lines, a byline's label over a name ("Geschrieben von:" / "Jane Doe"): an
    # author's box under the article
    # (each line read once as a label: as the line over the next, then as the line over this one)
    label_over_name: dict[int, bool] = {}
    for i in ctx.in_area("core"):
        if i <= last_in_core:
            continue
        for j in (i - 1, i):
            if j not in label_over_name:
                label_over_name[j] = _label_over_name(blocks, f, j)
        if label_over_name[i] or label_over_name[i - 1]:
            ctx.vote(i, "byline", 3.5)
    # under the article in text, only a line that says it is a byline ("Posted by", "Written by",
    # "Author:"), or a byline's label over the name ("Von:" / "Jane Doe"); in HTML a byline there is a
    # teaser's or a comment's
    if ctx.page.format == "html":
        return
    # in the core past its first lines, a line that labels its name as the author's ("Autor: Jane Doe",
    # "Text: Jane Doe"): a magazine's byline under the dek and the first paragraphs; or its date as the
    # publication's ("Published: 03 December 2019", over the article's last list)
    for i in ctx.in_area("core"):
        text = blocks[i].text
        # (the first letter before the pattern: most lines of the core are long, or open otherwise)
        if i > last_in_core and len(text) <= BYLINE_MAX_CHARS and (
                (text[:1] in _AUTHOR_LABEL_INITIALS and labelled_names(text))
                or (f.dateline[i] and PUBLISHED_LABEL.match(text) is not None)):
            ctx.vote(i, "byline", 3.5)
    core_end = ctx.areas.core_end
    for i in range(core_end + 1, min(core_end + 1 + DATED_BYLINE_MAX_AFTER_CORE, len(blocks))):
        if ctx.areas.area[i] != "after" or len(blocks[i].text) > BYLINE_MAX_CHARS:
            continue
        text = blocks[i].text
        near = i <= core_end + BYLINE_MAX_AFTER_CORE and (
            _BYLINE.matches(text) or _label_over_name(blocks, f, i)
            or (i > core_end + 1 and _label_over_name(blocks, f, i - 1))
            or (f.dateline[i] and PUBLISHED_LABEL.match(text) is not None))
        if near or (f.byline[i] and bool(dated_by_names(text))):
            ctx.vote(i, "byline", 3.5)


def author_box(ctx: Context) -> None:
    """An author's box in copied text: the author's bio, a paragraph that opens with the author's name ("Jane
    Doe writes about wine and food. …"), maybe under a line of the name alone, right under the article's last
    paragraphs or between its headline and its first. Where the article's byline names its author, a paragraph
    there that opens with that name or its first word ("Jane is …") is the bio; where no byline does, a line
    that is only a name over a paragraph that opens with it names the author. The name is a byline, the bio no
    part of the article. (In the article, a person's name over a paragraph about them heads a section of a
    profile: it is left to the other rules.)"""
    if ctx.page.format == "html":
        return  # (HTML marks its author boxes: see the byline rule's zone words)
    f = ctx.features
    blocks = ctx.blocks
    areas = ctx.areas
    if not 0 <= areas.core_start <= areas.core_end < len(blocks):
        return  # no article run: a page of menus, or of nothing
    prose = f.prose
    area = areas.area
    # the core's last two paragraphs, last first, read from its end (the core is one run of blocks)
    in_core = _last_prose(prose, area, areas.core_start, areas.core_end, 2)
    end = min(len(blocks) - 1, areas.core_end + 1 + AUTHOR_BOX_AFTER_CORE)
    # the bylines' names: the lead's lines (from the top where no headline heads it) and the core's first
    last_in_byline = min(areas.core_start + BYLINE_MAX_CORE_OFFSET, areas.core_end)
    names = [name for i in range(areas.headline or 0, last_in_byline + 1) if f.byline[i] and area[i] in ("lead", "core")
             for name in byline_names(blocks[i].text) or name_line(blocks[i].text)]
    if names:
        # the last paragraphs of the article and the lines under it, for a bio that opens with a byline's name
        keys = {" ".join(name.split()).lower() for name in names}
        keys.update(first for first in (name.split()[0].lower() for name in names if len(name.split()) > 1)
                    if len(first) >= AUTHOR_FIRST_NAME_MIN_CHARS)
        for i in range(in_core[-1] if len(in_core) > 1 else areas.core_start + 1, end + 1):
            if not prose[i] or f.words[i] < AUTHOR_BOX_BIO_MIN_WORDS or i <= areas.core_start \
                    or area[i] not in ("core", "after"):
                continue
            text = blocks[i].text
            lowered = text.lower()
            # the name, then a word in lower case: "Jane Doe writes", "Jane ist" (not "Jane Doe: A Study", a
            # citation, nor "Betty Crocker™ Super Moist™", a brand named as the name begins)
            if any(lowered.startswith(key + " ") and text[len(key) + 1:len(key) + 2].islower() for key in keys):
                ctx.vote(i, "boilerplate", 3.0)
                if blocks[i - 1].text.lower() in keys:
                    ctx.vote(i - 1, "byline", 3.5)
        return
    last_prose = in_core[0] if in_core else -1
    # from the headline (or the article's first block) to a few blocks under the article
    for i in range(areas.headline if areas.headline is not None else areas.core_start, end):
        if not AUTHOR_BOX_NAME_WORDS[0] <= f.words[i] <= AUTHOR_BOX_NAME_WORDS[1] \
                or f.words[i + 1] < AUTHOR_BOX_BIO_MIN_WORDS:
            continue
        name = blocks[i].text
        if not prose[i + 1] or f.boilerplate[i + 1] or not blocks[i + 1].text.startswith(name + " ") \
                or not is_name(name) or NOT_NAMES.match(name):
            continue
        if area[i + 1] == "core" and areas.core_start + 1 < i + 1 < last_prose:
            continue  # a section of the article about the person it names
        ctx.vote(i, "byline", 3.5)
        ctx.vote(i + 1, "boilerplate", 3.0)


def _last_prose(prose: list[bool], area: list[str], start: int, end: int, count: int) -> list[int]:
    """The last `count` prose blocks of the core, start..end, last first."""
    found: list[int] = []
    i = end
    while i >= start and len(found) < count:
        if prose[i] and area[i] == "core":
            found.append(i)
        i -= 1
    return found


def _handle_by_date(blocks: list[Block], f: Features, i: int) -> bool:
    """A line of "By" and a user name ("By jdoe") with a date line right over or under it: a blog's byline.
    (The caller reads its word count first, two: most lines have more.)"""
    return (_any_dateline(f, i - 1) or _any_dateline(f, i + 1)) and bool(by_handle(blocks[i].text))


def _any_dateline(f: Features, i: int) -> bool:
    return 0 <= i < len(f.dateline) and f.dateline[i]


def _label_over_name(blocks: list[Block], f: Features, i: int) -> bool:
    """A byline's label alone on its line ("By", "Von", "Autor:") with a name on the next line: a
    copied page breaks the line where the name's link begins."""
    if i < 0 or i + 1 >= len(blocks):
        return False
    # the next line's word count first: in HTML most lines outside the article are not read (no words),
    # and the label's test reads the text of a line that was not
    if not 1 <= f.words[i + 1] <= NAME_LINE_MAX_WORDS:
        return False
    # (a signal of the line, read once with the others, where its signals were read)
    if not (f.byline_label[i] if f.read[i] else is_byline_label(blocks[i].text)):
        return False
    name = tidy_name(blocks[i + 1].text)  # (a role after the name: "Brit Weirich (Medizinredakteurin)")
    return len(name) > SHORT_NAME_MAX_CHARS and (is_name(name) or is_handle(name))


def _label_before_byline(block: Block) -> bool:
    """A word or two alone right above a byline or date line, not a sentence: the label or the piece of
    it that markup split off ("am" / "Mittwoch, 26.01.2022", "Erschienen am", "Date"), a kicker or a
    category ("Allgemein, news"), a count ("16"). Not the article's, whatever area it stands in."""
    text = block.text
    # (its words counted here: in HTML most lines outside the article are not read, and have no count)
    if block.kind not in ("para", "item") or len(text) > LABEL_BEFORE_BYLINE_MAX_CHARS \
            or text.rstrip().endswith((".", "!", "?", "…")):
        return False
    words = len(text.split())
    # (two words that make a name are an author's: "Jane Doe" over "May 3, 2024"; one word, as "Date", may
    # look like a name too)
    return words == 1 or (words == LABEL_BEFORE_BYLINE_MAX_WORDS and not is_name(text))


def _dated_sentence(text: str) -> bool:
    """A sentence that holds a date ("Am 5. November wird sie 100 Jahre alt."), not a date line:
    several words besides the date, and a full stop at the end."""
    return text.rstrip().endswith(".") and len(DATE.sub(" ", text).split()) >= DATED_SENTENCE_MIN_WORDS


def _name_by_dateline(blocks: list[Block], f: Features, i: int) -> bool:
    """A line that is only a name, right above or below a date line (or a joiner's line from it: "Dienstag,
    01. Februar 2022" / "," / "Jil Schuller"), or above it with the author's role or handle between ("Andrew
    Woodcock" / "Political Editor" / "@andywoodcock" / "Monday 28 September 2020"): a byline without "By"."""
    if f.dateline[i] or not 2 <= f.words[i] <= (
            NAME_LINE_MAX_WORDS if "/" not in blocks[i].text else 2 * NAME_LINE_MAX_WORDS + 1):  # (two names)
        return False
    if f.related_heading[i] or f.comments_heading[i] or f.boilerplate[i] or f.trail[i]:
        return False  # a widget's heading over its first date ("Recent Posts", "Archive")
    if not ((i > 0 and f.dateline[i - 1]) or (i > 1 and f.dateline[i - 2] and _joins(blocks[i - 1].text))
            or _dateline_below(blocks, f, i) > i):
        return False
    text = blocks[i].text
    if _words_joined(text):
        return False  # a section's name: "Energie & Umwelt", "Justiz & Polizei"
    # (a name with a slash at an end, "Jane Doe /", or two names parted by one, "Jane Doe / John Roe")
    return is_name(text) or ("/" in text and bool(name_line(text)))


def _words_joined(text: str) -> bool:
    """Two single words joined by "&" ("Energie & Umwelt"): a section's name, not two persons' (who have
    surnames)."""
    parts = text.split()
    return len(parts) == 3 and parts[1] == "&"


def _dateline_below(blocks: list[Block], f: Features, i: int) -> int:
    """The date line under line i, past at most BYLINE_ROLE_LINES lines of an author's role or handle
    ("Political Editor", "@andywoodcock") or of a joiner ("|", "am": BYLINE_JOINERS), or -1. (The lines
    between are read only where a date line stands within reach: most lines have none under them.)"""
    if i + 1 < len(blocks) and f.dateline[i + 1]:
        return i + 1
    for j in range(i + 2, min(len(blocks), i + 2 + BYLINE_ROLE_LINES)):
        if f.dateline[j]:
            return j if all(_joins(blocks[k].text) or role_or_handle(blocks[k].text) for k in range(i + 1, j)) else -1
    return -1


def _joins(text: str) -> bool:
    """A line of BYLINE_JOINERS between a byline's name and its date."""
    return len(text) <= 2 and text.lower() in BYLINE_JOINERS


def symbols_only(ctx: Context) -> None:
    """A paragraph or heading without a letter or a digit: a button's glyph ("✕", "→"), a quote mark
    alone, invisible characters. A scene break ("***", "___", "* * *") stays the article's, and so do
    code and tables."""
    for block in ctx.blocks:
        text = block.text
        # (most texts open with an ASCII letter or digit, told by its code)
        if text and _is_ascii_alnum(ord(text[0])):
            continue
        if block.kind in ("para", "heading", "item") and not any(c.isalnum() for c in text) \
                and not _is_scene_break(text):
            ctx.vote(block.index, "boilerplate", 3.0)


def _is_ascii_alnum(code: int) -> bool:
    """Whether the character coded `code` is an ASCII letter or digit."""
    return 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122


def _is_scene_break(text: str) -> bool:
    """A row of one mark, at least three of it: "***", "* * *", "___", "-----"."""
    marks = text.replace(" ", "")
    return len(marks) >= SCENE_BREAK_MIN_MARKS and marks.isascii() and len(set(marks)) == 1
