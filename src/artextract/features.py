"""Per-block signals, computed once per page in one pass: word counts, prose, and which vocabulary a
line matches. Areas and rules read these lists instead of matching patterns again.

Patterns for short lines (labels, area headings, bylines, boilerplate) are tried only on lines short
enough to be one, which keeps a page of long paragraphs cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .blocks import Block
from .bylines import byline_names, is_name
from .shape import (
    HEADING_MAX_WORDS,
    PROSE_MAX_CAPITALISED,
    capitalised_share,
    fold_case,
    has_inner_punctuation,
    is_heading_like,
    is_title_like,
    keep,
    line_words,
    may_be_prose,
    reads_as_prose,
    single_spaced,
    view_single_spaced,
    without_icons,
    words,
)
from .vocab import (
    BODY_LABEL,
    BOILERPLATE_LINE,
    BYLINE_LABEL,
    COMMENTS_HEADING_WORDS,
    COMMENT_FORM,
    CONSENT_WORDS,
    CREDIT_AGENCY_KEYS,
    CREDIT_LABEL,
    CREDIT_LABEL_KEYS,
    CREDIT_LABEL_WORDS,
    CREDIT_ONLY,
    CREDIT_PARENS,
    DATELINE,
    FOLLOW_BUTTONS,
    HEAD_CHARS,
    HEADING_END_MARK,
    HEADING_END_MARK_LAST,
    IMAGE_LABEL,
    INLINE_TEASER,
    RELATED_HEADING_WORDS,
    SECTION_NUMBER,
    SUMMARY_LABEL,
    Branches,
    Caseless,
    Keys,
    case_strays,
    holds_digit,
    lowered_view,
    lowers_alike,
)

#: a label, area heading, byline or boilerplate line is at most this long (and a longer line is long
#: enough to be prose: see _text_signals)
SHORT_LINE_MAX_CHARS: Final = 160
#: a caption with its credit is at most this long
CAPTION_MAX_CHARS: Final = 500
#: cookie and consent banners and legal notices run to a few sentences
CONSENT_MAX_CHARS: Final = 1500
#: key words without which a line is no consent banner ("We use cookies…", "enable JavaScript")
CONSENT_KEYS: Final = ("cookie", "newsletter", "javascript", "browser", "©", "rights reserved", "rechte vorbehalten",
                "droits réservés", "derechos reservados", "diritti riservati", "subscribe", "abonn", "suscript",
                "full story", "full article", "follow", "download", "subscriber", "werbung", "affiliate",
                "warning:", "notice:", "deprecated:", "strict standards", "fatal error")
#: a line that is only a credit is short
CREDIT_ONLY_MAX_CHARS: Final = 100
#: the longest match of CREDIT_LABEL in a single-spaced line (see shape.single_spaced), which the pattern
#: ends: a stop and a space before the label, the label ("illustration"), a space, "von", a space and a
#: hundred characters (the tests check it against the pattern)
CREDIT_LABEL_MAX_MATCH: Final = 2 + 12 + 1 + 3 + 1 + 100
#: a line with this many comma-separated one- or two-word parts is a tag list
TAG_LIST_MIN_PARTS: Final = 4
#: a byline's label alone on its line is short ("Veröffentlicht von:"), and ends with one of these words
BYLINE_LABEL_MAX_CHARS: Final = 24
BYLINE_LABEL_ENDS: Final = ("by", "von", "par", "por", "door", "di", "author", "autor", "autorin", "auteur",
                            "autore", "verfasser", "autor*in", "autor:in", "autor_in", "autor/in")
#: separators of a breadcrumb or a menu on one line: "Home / Essays / 2017", "News › World"
TRAIL_SEPARATOR: Final = re.compile(r"\s[/›»>|]\s|›|»|(?<=[^\W\d_])>(?=[^\W\d_])")

#: every form of TRAIL_SEPARATOR holds one of these: the cheap test before it...
TRAIL_MARKS: Final = ("/", "›", "»", ">", "|")
#: ...and those of them in ASCII, all that an ASCII line may hold (is_trail seeks them one by one)
ASCII_TRAIL_MARKS: Final = "/>|"
#: what a pager starts or ends with ("← Older post", "Newer posts »"): one character each, looked up as the
#: line's first or last character; none of them is ASCII
TRAIL_OPENERS: Final = frozenset(("←", "«", "‹"))
TRAIL_CLOSERS: Final = frozenset(("→", "»", "›"))
#: str.isascii, called as a function (see vocab._IS_ASCII)
_IS_ASCII: Final = str.isascii

# the costliest vocabularies, read on every short line (or on every line that passes a cheap test),
# matched the faster way on ASCII lines (see Caseless; compiling them twice costs about 20 ms when the
# module loads, which the first few dozen pages of a batch repay)
_CONSENT_WORDS: Final = Caseless(CONSENT_WORDS)
_DATELINE: Final = Caseless(DATELINE)
_CREDIT_LABEL: Final = Caseless(CREDIT_LABEL)
_CREDIT_PARENS: Final = Caseless(CREDIT_PARENS)
_CREDIT_ONLY: Final = Caseless(CREDIT_ONLY)
_SUMMARY_LABEL: Final = Caseless(SUMMARY_LABEL)
_BODY_LABEL: Final = Caseless(BODY_LABEL)
#: the longest vocabulary, read with the alternatives that a line's first letter allows (see Caseless)
_BOILERPLATE_LINE: Final = Caseless(BOILERPLATE_LINE)
#: the other vocabularies of a boilerplate line, as one pattern that matches a line where one of them
#: does: one call instead of three (a call costs about as much as reading a short pattern)
_OTHER_BOILERPLATE: Final = Caseless(re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (IMAGE_LABEL, COMMENT_FORM, INLINE_TEASER)), re.IGNORECASE))


#: the words of CONSENT_KEYS, sought the cheap way (see Keys)
_CONSENT_KEYS: Final = Keys(CONSENT_KEYS)


def _may_be_consent(lowered: str) -> bool:
    """A cheap test that lets only lines with a consent banner's key words reach CONSENT_WORDS: any of
    CONSENT_KEYS in the lower-case text (a few substring searches are faster than one pattern)."""
    return _CONSENT_KEYS.in_lowered(lowered)


def is_boilerplate_line(text: str, lowered: str | None = None, alike: bool = False, head: str | None = None) -> bool:
    """A navigation, share, legal, comment-form or consent line by its words. `lowered` is text.lower()
    where the caller has it, `alike` whether it lowers alike and `head` lowered[:HEAD_CHARS] (see
    Caseless.matches)."""
    if len(text) > CONSENT_MAX_CHARS:
        return False
    if lowered is None:
        lowered = text.lower()
    if len(text) > SHORT_LINE_MAX_CHARS:
        return _may_be_consent(lowered) and _CONSENT_WORDS.found_in(text, lowered)
    if "\n" in text:  # a block of several lines, each of them boilerplate: "(No ratings yet)", "Loading…"
        return all(is_boilerplate_line(line) for line in text.split("\n") if line.strip())
    return _BOILERPLATE_LINE.matches(text, lowered, alike, head) \
        or _OTHER_BOILERPLATE.matches(text, lowered, alike, head) \
        or (_may_be_consent(lowered) and _CONSENT_WORDS.found_in(text, lowered, alike))


def is_dateline(text: str) -> bool:
    """A line that is mostly a date or a time stamp (DATELINE; every form it knows has a digit, searched for
    the cheaper way first). The line is lowered for the pattern where that gives the same answer, beyond
    ASCII too (curly quotes, a no-break space: see lowers_alike); the case-insensitive pattern costs some
    40,000 instructions on a comment paragraph."""
    if not holds_digit(text):
        return False
    lowered = text.lower()
    return _DATELINE.matches(text, lowered, lowers_alike(text, lowered))


def has_credit(text: str, lowered: str | None = None, head: str | None = None) -> bool:
    """Whether the text carries a photo credit (in parentheses, labelled, or alone); `lowered` and `head`
    as in is_boilerplate_line."""
    if len(text) > CAPTION_MAX_CHARS:
        return False
    if text.endswith(")") and _CREDIT_PARENS.found_in(_last_parens(text)):
        return True
    if ":" in text or " by " in text or " von " in text or " par " in text:
        if lowered is None:
            lowered = text.lower()
        if CREDIT_LABEL_KEYS.held_by_line(text, lowered) and _credit_label_found(text, lowered):
            return True
    if len(text) > CREDIT_ONLY_MAX_CHARS:
        return False
    if lowered is None:
        lowered = text.lower()
    return CREDIT_AGENCY_KEYS.held_by_line(text, lowered) and _CREDIT_ONLY.matches(text, lowered, False, head)


def _credit_label_found(text: str, lowered: str) -> bool:
    """_CREDIT_LABEL.found_in(text, lowered), where the line is longer than CREDIT_LABEL's longest match
    and single-spaced (the pattern's runs of white space are all it does not bound) read from where that
    match could start only: the pattern is not tried at every place of the line."""
    start = len(text) - CREDIT_LABEL_MAX_MATCH
    if start > 0 and single_spaced(text):
        return _CREDIT_LABEL.found_from(text, start, lowered)
    return _CREDIT_LABEL.found_in(text, lowered)


def _last_parens(text: str) -> str:
    """The text from its last "(" on (or its last character where it has none): all of a line that
    CREDIT_PARENS needs, whose every match is the line's last parentheses, with no "(" or ")" inside, and
    what white space is before them. Searched for in the line's end only, CREDIT_PARENS is not tried at
    every place of the line."""
    return text[text.rfind("("):]


def is_byline_label(text: str, lowered: str | None = None) -> bool:
    """A byline's label alone on its line: "By", "Von", "Autor:", "Written by" (BYLINE_LABEL). The cheap
    test first: a short line that ends with one of the label's last words. `lowered` is text.lower()
    where the caller has it (whose end, less spaces and colons, is the text's so stripped and lowered:
    no character lowers to either)."""
    if len(text) > BYLINE_LABEL_MAX_CHARS:
        return False
    if lowered is None:
        lowered = text.lower()
    return lowered.rstrip(" :").endswith(BYLINE_LABEL_ENDS) \
        and BYLINE_LABEL.match(text) is not None


#: the guillemets, which quote in French, German and Swiss typography (see is_trail)
_NO_GUILLEMETS: Final = str.maketrans("", "", "«»‹›")


def is_trail(text: str) -> bool:
    """A breadcrumb, pager or tag list: "Home / Essays / 2017", "← Older post", "amiga, dogs, floppy".
    An ASCII line holds none of TRAIL_OPENERS and TRAIL_CLOSERS, and of TRAIL_MARKS only those of
    ASCII_TRAIL_MARKS."""
    if _IS_ASCII(text):
        if ("/" in text or ">" in text or "|" in text) and len(TRAIL_SEPARATOR.findall(text)) >= 2:
            return True
    else:
        if ("«" in text and "»" in text) or ("‹" in text and "›" in text):
            # guillemets around a quote ("«Drink like the Swiss»?", »Wort«), not a pager's arrows: the line
            # is read without them
            text = text.translate(_NO_GUILLEMETS)
        elif text[:1] in TRAIL_OPENERS or text[-1:] in TRAIL_CLOSERS:
            return True
        if any(mark in text for mark in TRAIL_MARKS) and len(TRAIL_SEPARATOR.findall(text)) >= 2:
            return True
    return "," in text and text.count(",") >= TAG_LIST_MIN_PARTS - 1 \
        and all(words(p) <= 2 for p in text.split(","))


#: HEADING_END_MARK_LAST's characters (each is one), by code
_END_MARK_CODES: Final = frozenset(ord(mark) for mark in HEADING_END_MARK_LAST)


def section_key(text: str) -> str:
    """A heading's text as a table of contents lists it: no section number, no edit mark, folded (see
    areas._contents_headings)."""
    # most lines have neither: a number starts with a digit, a mark ends a line (a page's every short
    # line is read, so the patterns run only where they can match). The first and last characters are
    # read by their codes, which a compiled build reads without making strings: a decimal digit is
    # an ASCII one or, past ASCII, one that isdecimal() tells
    if text:
        first = ord(text[0])
        if 48 <= first <= 57 or (first > 127 and text[:1].isdecimal()):
            text = SECTION_NUMBER.sub("", text)
    if text and ord(text[-1]) in _END_MARK_CODES:
        text = HEADING_END_MARK.sub("", text)
    return fold_case(text).strip()


@dataclass(slots=True)
class Features:
    """Signals per block, each a list indexed by block index."""

    words: list[int]
    #: running text (see shape.is_prose), captions with a credit excluded
    prose: list[bool]
    #: navigation, share, legal, consent, comment-form lines and image labels
    boilerplate: list[bool]
    #: carries a photo credit
    credit: list[bool]
    #: "Comments", "12 comments", "Leave a Reply"
    comments_heading: list[bool]
    #: "Related", "You may also like", "Popular posts from this blog"
    related_heading: list[bool]
    #: "By Jane Doe"
    byline: list[bool]
    #: "May 3, 2024", "Updated 3 hours ago"
    dateline: list[bool]
    #: a few words, not ending like a sentence
    title_like: list[bool]
    #: short enough and shaped to stand as a sub-heading
    heading_like: list[bool]
    #: "Summary", "Key points"
    summary_label: list[bool]
    #: "Analysis", "Background"
    body_label: list[bool]
    #: a breadcrumb, pager or tag list
    trail: list[bool]
    #: "By", "Von", "Autor:" alone on its line (see is_byline_label)
    byline_label: list[bool]
    #: the text's section_key where it has 1 to HEADING_MAX_WORDS words (the lines that a table of contents
    #: lists and its sections' headings: see areas._contents_headings), "" elsewhere; read here to be kept
    #: with a short line's signals, where areas read it from a cache of its own (a look-up more a line)
    section_key: list[str]
    #: whether the block's signals were read (see blocks_to_read): the others' are 0 and False
    read: list[bool]


#: a name alone on its line has at most this many words
NAME_LINE_MAX_WORDS: Final = 4
#: a follow button under an author's name has a word or two ("Follow", "+ Follow")
FOLLOW_BUTTON_MAX_WORDS: Final = 2


def name_over_follow(blocks: list[Block], f: Features, i: int) -> bool:
    """A name alone on line i, over a button to follow its author ("Jane Doe" over "Follow"): a blog
    platform's byline. (The word counts first: most lines are neither.)"""
    if i + 1 >= len(blocks) or not 2 <= f.words[i] <= NAME_LINE_MAX_WORDS \
            or f.words[i + 1] > FOLLOW_BUTTON_MAX_WORDS:
        return False
    return blocks[i + 1].text.lower() in FOLLOW_BUTTONS and is_name(blocks[i].text)


#: the signals of a block's text, in the order _text_signals gives them
_TEXT_SIGNALS: Final = ("words", "prose", "boilerplate", "credit", "comments_heading", "related_heading", "byline",
                 "dateline", "title_like", "heading_like", "summary_label", "body_label", "trail", "byline_label",
                 "section_key")
#: the signals of a block whose signals are not read (see blocks_to_read)
_UNREAD: Final[tuple[int | bool | str, ...]] = (0,) + (False,) * (len(_TEXT_SIGNALS) - 2) + ("",)
#: short lines seen lately and their signals: menus, footers and labels recur from page to page of a
#: site, so a batch reads most of them once (emptied when it holds SHORT_LINE_CACHE lines: see shape.keep)
SHORT_LINE_CACHE: Final = 1 << 16
_short_lines: Final[dict[str, tuple[int | bool | str, ...]]] = {}


def _text_signals(text: str) -> tuple[int | bool | str, ...]:
    """The signals of a block's text, in _TEXT_SIGNALS' order. "prose" here is what the text says of it
    (see shape.reads_as_prose); the block's kind and links have their say in compute_features. A tuple,
    not an object: it is one row of the Features columns, which compute_features turns into columns."""
    if len(text) <= SHORT_LINE_MAX_CHARS:
        signals = _short_lines.get(text)
        if signals is None:
            signals = keep(_short_lines, text, _short_line_signals(text), SHORT_LINE_CACHE)
        return signals
    return _long_line_signals(text)


#: CONSENT_WORDS, sought branch by branch in a long line (see Branches)
_CONSENT_BRANCHES: Final = Branches(CONSENT_WORDS)
#: the characters that stand in the way of reading a long line's lowered view (see lowered_view) for
#: the consent and credit words
_VIEW_STRAYS: Final = tuple(sorted(set(case_strays("".join(CONSENT_KEYS + CREDIT_LABEL_WORDS)))
                                   | set(_CONSENT_BRANCHES.strays)))


def _long_line_signals(text: str) -> tuple[int | bool | str, ...]:
    """The signals of a line longer than SHORT_LINE_MAX_CHARS (not kept: see _short_lines), read the
    cheaper ways that shape and has_credit have for a long line (see shape.line_words), and its words in
    its lowered view (see _long_line_words): one row of the Features columns, a tuple as _text_signals
    says."""
    is_ascii = _IS_ASCII(text)
    view: str | None = None
    if len(text) <= CONSENT_MAX_CHARS and (is_ascii or not any(char in text for char in _VIEW_STRAYS)):
        view = text.lower() if is_ascii else lowered_view(text)
    # (a line beyond ASCII is read for white space in its view, where there is one: see view_single_spaced)
    count = line_words(text, single_spaced(text) if is_ascii or view is None else view_single_spaced(text, view))
    if len(text) > CONSENT_MAX_CHARS:  # no consent banner, and no caption (see is_boilerplate_line, has_credit)
        boilerplate = credit = False
    elif view is not None:
        boilerplate, credit = _long_line_words(text, view)
    else:
        lowered = text.lower()
        boilerplate = is_boilerplate_line(text, lowered)
        credit = has_credit(text, lowered)
    # a long line reads as prose as reads_as_prose has it: long enough whatever its ending (PROSE_MIN_CHARS),
    # and with sentence punctuation inside or not a run of capitalised names; and it is no heading, label,
    # byline or date line
    prose = not credit and not boilerplate \
        and (has_inner_punctuation(text) or capitalised_share(text) < PROSE_MAX_CAPITALISED)
    # (the signals a long line does not have are spelt out, False each as in _UNREAD: a tuple built of
    # a slice of _UNREAD was a list extended and copied again)
    return (count, prose, boilerplate, credit, False, False, False, False, False, False, False, False, False, False,
            _key_of(text, count))


def _long_line_words(text: str, view: str) -> tuple[bool, bool]:
    """is_boilerplate_line(text) and has_credit(text) for a line longer than SHORT_LINE_MAX_CHARS, of at
    most CONSENT_MAX_CHARS, that holds none of _VIEW_STRAYS' characters, read in its lowered view (see
    lowered_view; an ASCII line's is text.lower()): CONSENT_WORDS branch by branch (see Branches); a
    credit as has_credit reads it, but for a credit alone on its line, which is shorter."""
    boilerplate = _CONSENT_KEYS.in_view(view) and _CONSENT_BRANCHES.found_in(text, view)
    if len(text) > CAPTION_MAX_CHARS:
        return boilerplate, False
    if text.endswith(")") and _CREDIT_PARENS.found_in(_last_parens(text)):
        return boilerplate, True
    # (the line holds none of _OTHER_CASES, which held_by_line reads too; and Caseless reads the lowered
    # text given on ASCII text only, whose view is text.lower())
    credit = (":" in text or " by " in text or " von " in text or " par " in text) \
        and CREDIT_LABEL_KEYS.in_view(view) and _credit_label_found(text, view)
    return boilerplate, credit


def _short_line_signals(text: str) -> tuple[int | bool | str, ...]:
    """The signals of a line of at most SHORT_LINE_MAX_CHARS characters, in _TEXT_SIGNALS' order: one row of
    the Features columns, a tuple as _text_signals says."""
    count = words(text)
    # read once for the vocabularies below: the lower-case text, whether it lowers alike (see
    # lowers_alike), its first HEAD_CHARS characters (see Caseless.matches), and whether the line holds a
    # digit (a date does: a line without one is no date line, and no name before a date)
    lowered = text.lower()
    alike = lowers_alike(text, lowered)
    head = lowered[:HEAD_CHARS]
    has_digit = holds_digit(text)
    boilerplate = is_boilerplate_line(text, lowered, alike, head)
    credit = has_credit(text, lowered, head)
    comments, related = area_heading(text, lowered, alike, head)
    trail = is_trail(text)
    # a breadcrumb trail is no prose, though it ends with a title of ten words and a question mark ("Forum
    # > iPhone > …?"); a longer line is prose whatever it holds (as _long_line_signals reads it)
    return (
        count,
        not credit and not boilerplate and not (trail and len(text) <= SHORT_LINE_MAX_CHARS)
        and reads_as_prose(text, count),
        boilerplate,
        credit,
        comments,
        related,
        bool(byline_names(text, has_digit, lowered, alike, head)),
        has_digit and _DATELINE.matches(text, lowered, alike, head),
        is_title_like(text, count),
        is_heading_like(text, count),
        _SUMMARY_LABEL.matches(text, lowered, alike, head),
        _BODY_LABEL.matches(text, lowered, alike, head),
        trail,
        is_byline_label(text, lowered),
        _key_of(text, count),
    )


def area_heading(
    text: str, lowered: str | None = None, alike: bool = False, head: str | None = None
) -> tuple[bool, bool]:
    """Whether a short line opens a comment area, and whether it opens a related-posts list; read again
    without the icon glyphs it may open with ("± 6 Kommentare zu …", see without_icons), or without the
    brackets it stands in ("{ 38 comments… read them below or add one }"). `lowered`, `alike` and `head`
    are what Caseless.matches takes, where the caller has read them."""
    comments = COMMENTS_HEADING_WORDS.matches(text, lowered, alike, head)
    related = RELATED_HEADING_WORDS.matches(text, lowered, alike, head)
    if not (comments or related) and text[:1] > "\x7f":
        bare = without_icons(text)
        if bare is not text:
            comments = COMMENTS_HEADING_WORDS.matches(bare)
            related = RELATED_HEADING_WORDS.matches(bare)
    elif not (comments or related) and len(text) > 1 and _BRACKET_PAIRS.get(text[0]) == text[-1]:
        return area_heading(text[1:-1].strip())
    return comments, related


#: the brackets a heading may stand in, each opening one with its closing one
_BRACKET_PAIRS: Final = {"{": "}", "[": "]", "(": ")"}


def _key_of(text: str, count: int) -> str:
    """The section_key of a text of `count` words where it may be a heading (see Features.section_key)."""
    return section_key(text) if 0 < count <= HEADING_MAX_WORDS else ""


#: zone words of the blocks whose signals matter in HTML besides the article's own
_HTML_READ_HINTS: Final = frozenset({"main", "comments", "related", "summary", "caption", "byline", "date"})
#: in HTML, signals are read this many blocks above the article too (headline, byline, dek)
HTML_READ_BEFORE: Final = 40


def blocks_to_read(blocks: list[Block], fmt: str) -> list[bool]:
    """Which blocks' signals the rules can use. In text, all; in HTML, the article, its areas and
    the blocks just above it: the rest (menus, footers, sidebars) is boilerplate whatever it says."""
    if fmt != "html":
        return [True] * len(blocks)
    first_main = next((b.index for b in blocks if "main" in b.hints), len(blocks))
    # (most blocks have no hints: an empty set is the cheap test before a call of isdisjoint, some 440
    # instructions)
    return [(bool(b.hints) and not b.hints.isdisjoint(_HTML_READ_HINTS)) or b.kind in ("heading", "caption")
            or first_main - HTML_READ_BEFORE <= b.index <= first_main for b in blocks]


def compute_features(blocks: list[Block], read: list[bool] | None = None) -> Features:
    """Read the signals of every block (or of the blocks `read` marks) in one pass."""
    if read is None:
        read = [True] * len(blocks)
    rows = [_text_signals(block.text) if wanted else _UNREAD for block, wanted in zip(blocks, read)]
    # the rows turned into columns, one signal at a time: a compiled build reads a row's item a few
    # instructions, where zip(*rows) made a tuple per signal of every block's item and list() copied it
    # again (5 M instructions fewer on the 88 scrapinghub text pages, callgrind)
    columns = [[row[k] for row in rows] for k in range(len(_TEXT_SIGNALS))]
    f = Features(**dict(zip(_TEXT_SIGNALS, columns)), read=read)  # type: ignore[arg-type]
    # prose as the text reads, unless the block is mostly links or a heading, title or caption
    f.prose = [prose and may_be_prose(block) for prose, block in zip(f.prose, blocks)]
    return f
