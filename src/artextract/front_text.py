"""The text front-end: text copied from a browser (or markdown-flavoured text) → blocks.

A browser's copy puts every block element on a line of its own and a blank line around paragraphs,
so one non-empty line is one block here; the blank lines around it are kept as signals. Markdown
marks (`# Heading`, `* item`, `> quote`, fenced code, `![alt](url)`) are read as such.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from .blocks import Block, Page, PageMeta
from .bylines import BY_WORDS
from .shape import LETTER_OR_DIGIT
from .vocab import (
    AMOUNT, AMOUNT_UNITS, FRACTIONS, MD_FENCE, MD_HEADING_MARK, MD_IMAGE, MD_ITEM, MD_LINK_TAIL, MD_LINK_TEXT_END,
    MD_LINK_TEXT_MAX, MD_QUOTE,
)

#: characters that a copy leaves in place of white space or as invisible marks
_INVISIBLE: Final = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
#: the first characters of a line that markdown marks: headings, images, quotes, list items, bold
_MARK_STARTS: Final = frozenset("#!>*-+•·▪►")
#: a gap of three spaces or more inside a line separates columns laid out side by side (a converter's
#: rendering of a table or a multi-column layout); each column's text is a block of its own
_COLUMN_GAP: Final = re.compile(r" {3,}")
#: runs of ordinary white space fold to one space; a no-break space is the author's and stays
_RUNS: Final = re.compile(r"[ \t\f\v]+")


def _clean(line: str, spaced: bool = True, marks: tuple[str, ...] = _INVISIBLE, tabs: bool = True) -> str:
    """The line with its invisible marks taken out, its runs of white space folded to one space and the
    spaces at its ends stripped ("" for a line of white space only). What the caller knows of the line
    spares searches: `spaced` is False where it holds no two spaces in a row, `marks` are the invisible
    marks it may hold, and `tabs` is False where it holds no tab, form feed or vertical tab.

    Each step runs only where a search finds something for it to do (most searches are for one
    character: a memchr); a line with neither marks nor runs, most, is returned as it is. (Asking
    str.isprintable() first, which excludes both, looks every character up in the Unicode tables: 25
    instructions a character, and lines with a no-break space took the long way all the same.)"""
    if marks and not line.isascii():  # the invisible marks are not ASCII
        for mark in marks:
            if mark in line:  # (replace() counts the mark one character at a time, without memchr)
                line = line.replace(mark, "")
                spaced = True  # "a \u200b b" has a run of spaces once its mark is out
    if (spaced and "  " in line) or (tabs and ("\t" in line or "\f" in line or "\v" in line)):  # what _RUNS folds
        line = _RUNS.sub(" ", line)
    # (the ends read by their codes, which a compiled build reads without making strings)
    if not line:
        return line
    if ord(line[0]) == 32 or ord(line[-1]) == 32:
        line = line.strip(" ")
        if not line:
            return line
    # a no-break space inside text is kept, but a line of nothing else is a blank line (a line that opens
    # with a printable ASCII character, most, is neither)
    if 32 < ord(line[0]) < 128:
        return line
    return "" if line[:1].isspace() and not line.strip() else line


def read_text(text: str) -> Page:
    """Split text into blocks, one per non-empty line (a fenced code block is one block), but for the lines
    of a hard-wrapped paragraph, which are one block (see join_wrapped), and an amount alone on its line,
    which is one with the ingredient under it (see join_amounts). The index of links that lynx
    writes under a page it dumps, and the marks that number the links in the text, are no part of it (see
    without_link_index)."""
    if "\r" in text:  # (lynx's index is read line by line)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = without_link_index(text)
    blocks = underlined_headings(read_lines(text))
    return Page(blocks=join_amounts(join_wrapped(blocks, text)), format="text", meta=PageMeta())


#: a markdown heading's underline: "=" under a heading of level 1, "-" under one of level 2, three at least
_UNDERLINE: Final = re.compile(r"(=+|-+)")
UNDERLINE_MIN_CHARS: Final = 3


def underlined_headings(blocks: list[Block]) -> list[Block]:
    """The blocks with each line that a row of "=" or "-" right under it underlines read as a heading, of
    level 1 or 2, and the row itself left out: a heading as markdown, reStructuredText and plain-text
    converters write it ("Setup" over "====="). Not a list's item or a line of markup, only plain text."""
    # (a line's first character is the cheap test: most pages have no underline at all, and a search of the
    # page's text for one costs more than this look at each line)
    if not any(block.text[:1] in ("=", "-") for block in blocks):
        return blocks
    out: list[Block] = []
    for block in blocks:
        text = block.text
        if len(text) >= UNDERLINE_MIN_CHARS and text[0] in "=-" and block.blank_before == 0 and out \
                and out[-1].kind == "para" and not out[-1].link_density \
                and _line_number(out[-1].origin) == _first_line(block.origin) - 1 and _UNDERLINE.fullmatch(text):
            title = out[-1]
            title.kind, title.level = "heading", 1 if text[0] == "=" else 2
            title.blank_after = block.blank_after
            continue
        block.index = len(out)
        out.append(block)
    return out


#: the line that opens the index of links that `lynx -dump` writes at the end of a page; its entries, numbered
#: from 1 ("1. https://example.com/", under "Visible links:" and "Hidden links:" where lynx parts them); the
#: share of the lines under it that must be entries; and the mark that numbers a link in the text ("[12]Home")
LINK_INDEX_HEADING: Final = "\nReferences\n"
_LINK_INDEX_LABELS: Final = ("Visible links:", "Hidden links:")
_FIRST_LINK_ENTRY: Final = re.compile(r"1\. [a-z][a-z0-9+.-]*:\S*$")
_LINK_ENTRY: Final = re.compile(r"\d+\. [a-z][a-z0-9+.-]*:")
LINK_INDEX_MIN_SHARE: Final = 0.8
_LINK_MARK: Final = re.compile(r"\[\d+\](?=\S)")


def without_link_index(text: str) -> str:
    """The text without the index of links that `lynx -dump` writes at its end ("References", then "1.
    https://…" and on, to the end), and without the marks that number those links in the text ("[12]Home"
    is "Home"), where the text ends with such an index (the marks alone could be a text's own)."""
    at = text.rfind(LINK_INDEX_HEADING)
    if at < 0:
        return text
    entries = [line.strip() for line in text[at + len(LINK_INDEX_HEADING):].split("\n") if line.strip()]
    first = entries[1] if len(entries) > 1 and entries[0] in _LINK_INDEX_LABELS else entries[0] if entries else ""
    if not _FIRST_LINK_ENTRY.match(first):
        return text
    listed = sum(1 for line in entries if line in _LINK_INDEX_LABELS or _LINK_ENTRY.match(line))
    if listed < LINK_INDEX_MIN_SHARE * len(entries):
        return text
    return _LINK_MARK.sub("", text[:at + 1])


def read_lines(text: str) -> list[Block]:
    """The blocks of the text's lines, one per non-empty line (a fenced code block is one block)."""
    if "\r" in text:  # (a search for one character is cheaper than a replace() that finds nothing)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    # most pages have no code fence to look for (and a search for one character, a memchr, is the cheap
    # test before the search for three)
    may_fence = ("`" in text and "```" in text) or ("~" in text and "~~~" in text)
    # what the page holds of what _clean takes out or folds, sought once: its lines need no search for
    # the rest (most pages hold no invisible mark and no tab)
    marks = tuple([mark for mark in _INVISIBLE if mark in text])
    tabs = "\t" in text or "\f" in text or "\v" in text
    # a markdown link ("](") is sought in the page once, and in its lines only where it holds one (or
    # holds invisible marks, whose removal may join a "]" and a "("; most pages hold no "]": a memchr)
    links = bool(marks) or ("]" in text and "](" in text)
    # the runs of two spaces are sought in the page, not in each line: `double` is where the first one at
    # or after the line read starts (-1 once there is none), and `at` where that line starts in the text.
    # A run holds no "\n", so a line holds one if and only if the first one at or after its start is
    # inside it. (One search of the page, most of which hold no run at all, costs a fraction of a search
    # per line; a page with runs is searched from each line that passes one.)
    double = text.find("  ")
    at = 0
    blocks: list[Block] = []
    blank = 0
    i = 0
    while i < len(lines):
        raw = lines[i]
        if not raw:
            blank += 1
            i += 1
            at += 1
            continue
        if may_fence and MD_FENCE.match(raw):
            end = _fence_end(lines, i)
            code = "\n".join(lines[i + 1:end]).strip("\n")
            if code.strip():
                blocks.append(_block(len(blocks), code, "code", i, end, blank))
            blank = 0
            for j in range(i, min(end + 1, len(lines))):
                at += len(lines[j]) + 1
            i = end + 1
            continue
        if 0 <= double < at:
            double = text.find("  ", at)
        line_end = at + len(raw)
        at = line_end + 1
        if not 0 <= double < line_end:  # most lines: no run of spaces, so no gap between columns (one block)
            cell = _clean(raw, False, marks, tabs)
            if cell:
                blocks.append(_line_block(len(blocks), cell, i, blank, links))
                blank = 0
            else:
                blank += 1
            i += 1
            continue
        if "   " in (stripped := raw.strip()):
            cells = [cell for cell in map(_clean, _COLUMN_GAP.split(stripped)) if cell]
        else:
            cells = [cell] if (cell := _clean(raw, True, marks, tabs)) else []
        if not cells:
            blank += 1
            i += 1
            continue
        for cell in cells:
            if cell.startswith("o ") and len(cell) > 2 and raw[:2].isspace():
                # an indented "o": a converter's bullet for a list nested in another (inscriptis, lynx)
                blocks.append(_block(len(blocks), cell[2:].lstrip(), "item", i, i, blank))
            else:
                blocks.append(_line_block(len(blocks), cell, i, blank, links))
            blank = 0
        i += 1
    for k in range(1, len(blocks)):
        blocks[k - 1].blank_after = blocks[k].blank_before
    if blocks:
        blocks[-1].blank_after = blank
    return blocks


#: a hard-wrapped paragraph's lines (text wrapped at a fixed width: a plain-text page, a mail, a page laid
#: out in narrow columns) run to about the same width: a line that the next one continues is at least
#: this long (a short line ends a paragraph, or is a heading or a menu item of its own)...
WRAP_MIN_CHARS: Final = 40
#: ...and at most this long (a browser's copy puts a paragraph on one line, most of them longer)
WRAP_MAX_CHARS: Final = 100
#: what ends a line that the next does not continue: the end of a sentence, a label or a list's lead-in
_LINE_STOPS: Final = (".", "!", "?", ":", ";")
#: a page is read as hard-wrapped where at least this many of its lines carry on the line over them
WRAP_MIN_JOINS: Final = 3
#: how much longer than the line it carries on a wrapped line may be (the width the text was wrapped at
#: is the longest line's, give or take the word that did not fit on it)
WRAP_SLACK_CHARS: Final = 15
#: the words that open a byline in lower case, which carries on no headline (bylines' own, but for the
#: Italian and Spanish "di" and "de", which open a sentence's next line as often)
_BY_WORDS: Final = frozenset(BY_WORDS) - {"di", "de"}
#: what ends a paragraph's last line when it is short: the end of a sentence
_SENTENCE_STOPS: Final = (".", "!", "?")


def join_wrapped(blocks: list[Block], text: str | None = None) -> list[Block]:
    """The blocks with the lines of each hard-wrapped paragraph joined into one block of prose, on a page
    with at least WRAP_MIN_JOINS such lines (a page wrapped at a fixed width; elsewhere a line that the
    next seems to carry on is a list's or a menu's). A line is carried on by the plain line right under
    it when it is a plain line of a wrapped line's width (WRAP_MIN_CHARS to WRAP_MAX_CHARS) that ends
    mid-sentence and the next opens in lower case and reads as its sentence going on (see _continues):
    "…It's also" over "surprisingly dense -- the console weighs 8.4 pounds,". Where the whole page is
    wrapped at one width (`text`, the page the blocks were read from, tells: see wrap_width), a line is
    also carried on where the next one's first word would not have fit on it, whatever its case and its
    end (see _carried_lines). A joined block's origin gives its first and last lines."""
    joins = [k for k in range(1, len(blocks)) if _carries_on(blocks[k - 1], blocks[k])]
    if text is not None and _may_be_wrapped(blocks):
        carried = _carried_lines(text)
        if carried:
            joins = sorted(set(joins).union(
                k for k in range(1, len(blocks)) if _goes_on(blocks[k - 1], blocks[k], carried)))
    return _joined(blocks, joins) if len(joins) >= WRAP_MIN_JOINS else blocks


#: a page wrapped at one width (a terminal browser's dump, `lynx -dump` or `w3m -dump` at 80 columns, a mail)
#: has at least this many lines of WRAP_MIN_CHARS or more...
WRAPPED_MIN_LINES: Final = 10
#: ...its width, the width that WRAPPED_WIDTH_SHARE of them fit in, is at most WRAPPED_MAX_WIDTH columns (a
#: browser's copy puts a paragraph on one line: its long lines run to hundreds of characters)...
WRAPPED_WIDTH_SHARE: Final = 0.95
WRAPPED_MAX_WIDTH: Final = 120
#: ...and at least this share of them are full, within WRAP_SLACK_CHARS of the width (a list of titles that
#: a site cuts at one length is no wrapped text: most of its lines are shorter)
WRAPPED_FULL_SHARE: Final = 0.5
#: the characters a terminal gives two columns: the East Asian wide and full-width ranges (Hangul, the CJK
#: ideographs and their punctuation, kana, full-width forms), runs of them
_WIDE_RUN: Final = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]+"
)
#: what opens a line of its own in wrapped text: a list's bullet or number, a markdown heading, a table's
#: row, a quoted mail's line, a code fence
_OWN_LINE: Final = re.compile(r"([-*+#>|•◦▪▫■□●○·o]|\d{1,3}[.)]|\[\d+\]|```|~~~)(\s|$)")
#: the marks of a line that a site cut short ("…", "..."): no wrapped line ends so
_CUT_SHORT: Final = ("...", "…")


def _goes_on(upper: Block, lower: Block, carried: set[int]) -> bool:
    """Whether `lower` is the next line of `upper` on a wrapped page: the line right under it, one of the
    `carried` lines (see _carried_lines), plain text under a paragraph's line or a list item's."""
    line = _first_line(lower.origin)
    return line - 1 in carried and _line_number(upper.origin) == line - 1 and _plain(lower) \
        and _plain(upper, ITEM_GOES_ON)


def display_width(text: str) -> int:
    """How many columns a terminal gives the text: two for an East Asian wide character, one for others."""
    if text.isascii():
        return len(text)
    return len(text) + sum(len(run) for run in _WIDE_RUN.findall(text))


def _may_be_wrapped(blocks: list[Block]) -> bool:
    """The cheap test before wrap_width: a page whose lines are no wider than WRAPPED_MAX_WIDTH (but for a
    few, a long address that could not be broken), and enough of them (most pages that a browser copies
    have paragraphs of hundreds of characters on a line)."""
    lines = over = 0
    most_over = (1 - WRAPPED_WIDTH_SHARE) * len(blocks)  # (more lines over the width than this: read no further)
    for block in blocks:
        size = len(block.text)
        if size >= WRAP_MIN_CHARS // 2:
            lines += 1
            if size > WRAPPED_MAX_WIDTH + WRAP_SLACK_CHARS:
                over += 1
                if over > most_over:
                    return False
    return lines >= WRAPPED_MIN_LINES and over <= (1 - WRAPPED_WIDTH_SHARE) * lines


def wrap_width(widths: list[int]) -> int:
    """The width a page's lines were wrapped at, from their widths (display_width of each); 0 where they
    were not (see WRAPPED_MIN_LINES and after)."""
    long = sorted(width for width in widths if width >= WRAP_MIN_CHARS)
    if len(long) < WRAPPED_MIN_LINES:
        return 0
    width = long[int(WRAPPED_WIDTH_SHARE * (len(long) - 1))]
    full = len(long) - bisect.bisect_left(long, width - WRAP_SLACK_CHARS)
    return width if width <= WRAPPED_MAX_WIDTH and full >= WRAPPED_FULL_SHARE * len(long) else 0


def _carried_lines(text: str) -> set[int]:
    """The lines of a page wrapped at one width that carry on the line over them (their numbers, from 0):
    both hold text, the upper one at least half the width, and the lower one's first word would have made
    the upper one wider than the width. Not a line that opens a line of its own (a list's item, a heading, a
    table's row: _OWN_LINE), nor one indented less than the upper one (its paragraph's lines line up; a list
    item's next lines are indented more), nor under a line cut short ("…"), one laid out in columns or a
    rule ("━━━━", no letter or digit)."""
    lines = text.split("\n")
    widths = [display_width(line.rstrip()) for line in lines]
    width = wrap_width(widths)
    if not width:
        return set()
    carried: set[int] = set()
    for i in range(1, len(lines)):
        upper, lower = lines[i - 1].rstrip(), lines[i]
        words = lower.split(None, 1)
        if not words or not upper:
            continue
        indent = len(upper) - len(upper.lstrip())
        if widths[i - 1] + 1 + display_width(words[0]) > width and widths[i - 1] - indent >= width / 2 \
                and len(lower) - len(lower.lstrip()) >= indent and not _OWN_LINE.match(lower.lstrip()) \
                and not upper.endswith(_CUT_SHORT) and "   " not in upper.strip() and "   " not in lower.strip() \
                and LETTER_OR_DIGIT.search(upper) is not None and LETTER_OR_DIGIT.search(lower) is not None:
            carried.add(i)
    return carried


#: a line that is only an amount: "1", "1/4", "1 1/2", "2,5", "½", "1½" (a recipe's, over its ingredient)
_AMOUNT: Final = re.compile(AMOUNT)
#: the characters an amount ends with (the cheap test before _AMOUNT)
_AMOUNT_ENDS: Final = frozenset("0123456789" + FRACTIONS)
#: an amount is joined to the line under it on a page with at least this many (a list of ingredients)
AMOUNT_MIN_JOINS: Final = 2


def join_amounts(blocks: list[Block]) -> list[Block]:
    """The blocks with each line that is only an amount joined to the line under it, where that line
    opens with a unit (AMOUNT_UNITS), on a page with at least AMOUNT_MIN_JOINS of them: a recipe's
    ingredients as a browser copies them ("1/4" over "cup butter" is "1/4 cup butter")."""
    joins = [k for k in range(1, len(blocks)) if _amount_over(blocks[k - 1], blocks[k])]
    return _joined(blocks, joins) if len(joins) >= AMOUNT_MIN_JOINS else blocks


def _amount_over(upper: Block, lower: Block) -> bool:
    """Whether `upper` is only an amount and `lower`, right under it, what it measures (see join_amounts)."""
    above = upper.text
    return len(above) <= 9 and above[-1:] in _AMOUNT_ENDS and lower.blank_before == 0 \
        and lower.text.split(" ", 1)[0].lower().rstrip(".") in AMOUNT_UNITS and _AMOUNT.fullmatch(above) is not None \
        and _plain(upper) and _plain(lower)


def _joined(blocks: list[Block], joins: list[int]) -> list[Block]:
    """The blocks with each block whose index is in `joins` (in order) joined to the one before it, its
    text after a space. A joined block's origin gives its first and last lines."""
    joined: list[Block] = []
    parts: list[str] = []  # the texts of the lines joined to joined[-1] so far, its own first
    first_line = 0  # the number of joined[-1]'s first line, once a line is joined to it
    next_join = 0  # the index in `joins` of the next block to join to the one before it
    for k, block in enumerate(blocks):
        if next_join < len(joins) and joins[next_join] == k:
            next_join += 1
            previous = joined[-1]
            if not parts:
                parts.append(previous.text)
                first_line = _first_line(previous.origin)
            parts.append(block.text)
            previous.origin = f"lines {first_line}-{_line_number(block.origin)}"
            previous.blank_after = block.blank_after
            continue
        if parts:  # (joined once, not line by line: a paragraph of many lines would be copied again each time)
            joined[-1].text = " ".join(parts)
            parts.clear()
        block.index = len(joined)
        joined.append(block)
    if parts:
        joined[-1].text = " ".join(parts)
    return joined


def _carries_on(upper: Block, lower: Block) -> bool:
    """Whether `lower`, the block right under `upper`, is the next line of a wrapped paragraph (see
    join_wrapped): two plain lines, no blank line between them, the upper of a wrapped line's width
    and ending mid-sentence, the lower opening in lower case and reading as its sentence going on."""
    text, above = lower.text, upper.text
    return lower.blank_before == 0 and WRAP_MIN_CHARS <= len(above) <= WRAP_MAX_CHARS and text[:1].islower() \
        and not above.endswith(_LINE_STOPS) and " " in above and _plain(upper) and _plain(lower) \
        and _continues(text, len(above)) and not _same_mark(above, text)


def _same_mark(upper: str, lower: str) -> bool:
    """Whether two lines open with the same word of one character: a list's bullets ("o Item", as some
    converters mark a list's items)."""
    return upper[1:2] == " " and lower[1:2] == " " and upper[0] == lower[0]


def _continues(text: str, width: int) -> bool:
    """Whether a line that opens in lower case may carry on a wrapped line `width` characters long: no
    longer than that line and the next word would make it (a wrapped paragraph's lines all fit its width),
    a line of words or a short one that ends the sentence ("plug it in."), and no byline ("by Jane Doe",
    "von Jane Doe", which follow a headline)."""
    return len(text) <= width + WRAP_SLACK_CHARS \
        and ((len(text) >= WRAP_MIN_CHARS and " " in text) or text.endswith(_SENTENCE_STOPS)) \
        and text.split(" ", 1)[0] not in _BY_WORDS


#: the kinds of line that a wrapped page's next line may carry on: a paragraph's, and a list item's (its next
#: lines are indented under its text: "  • Ferries to run all winter, the harbour board" over "    says")
ITEM_GOES_ON: Final = ("para", "item")


def _plain(block: Block, kinds: tuple[str, ...] = ("para",)) -> bool:
    """A line of plain text (of one of these kinds): no markdown mark, link or bold read from it."""
    return block.kind in kinds and not block.link_density and not block.bold


def _first_line(origin: str) -> int:
    """The number of a block's first line from its origin ("line 12": 12, "lines 3-5": 3)."""
    return int(origin.split(" ", 1)[1].split("-", 1)[0])


def _line_number(origin: str) -> int:
    """The number of a block's last line from its origin ("line 12": 12, "lines 3-5": 5)."""
    return int(origin.rsplit(" ", 1)[-1].rsplit("-", 1)[-1])


def _fence_end(lines: list[str], start: int) -> int:
    for j in range(start + 1, len(lines)):
        if MD_FENCE.match(lines[j]):
            return j
    return len(lines)


def _block(index: int, text: str, kind: str, first: int, last: int, blank: int, **more: object) -> Block:
    origin = _line_origin(first) if first == last else f"lines {first + 1}-{last + 1}"
    return Block(index=index, text=text, kind=kind, origin=origin, blank_before=blank, **more)  # type: ignore[arg-type]


def _next_link(line: str, pos: int) -> tuple[int, re.Match[str]] | None:
    """The first markdown link at or after `pos`: where its "[" is, and its tail (MD_LINK_TAIL) matched at
    the "]" that ends its text; None if there is none. The link a regex search for the whole link would
    find, in time linear in the line: a link's text ends at the first "]" after its "[", so every "[" before
    one "]" shares that "]" and its tail, and the first "[" within MD_LINK_TEXT_MAX of the "]" is the one the
    search would take. Each "]" is read once, where the search read up to 300 characters from every "["."""
    start = line.find("[", pos)
    while start >= 0:
        end = MD_LINK_TEXT_END.search(line, start + 1)
        if end is None:
            return None
        close = end.start()
        if close - start - 1 > MD_LINK_TEXT_MAX:
            # too far from this "]": the first "[" near enough to it, if any, is the one to try
            nearest = line.find("[", close - MD_LINK_TEXT_MAX - 1, close)
            if nearest >= 0:
                start = nearest
                continue
        elif tail := MD_LINK_TAIL.match(line, close):
            return start, tail
        start = line.find("[", close + 1)
    return None


def _heading(line: str) -> tuple[int, str] | None:
    """A markdown heading's level and title ("## Setup ##": 2, "Setup"), or None for a line that is none.
    The title is the rest after the marks and white space, less a closing run of white space and "#",
    keeping one character at least: what "^(#{1,6})\\s+(.+?)\\s*#*$" reads, in time linear in the line."""
    mark = MD_HEADING_MARK.match(line)
    if mark is None:
        return None
    rest = line[mark.end():]
    if not rest:
        # white space only after the marks: the title is its last character if one is left for it
        return (len(mark.group(1)), line[-1]) if len(mark.group(2)) > 1 else None
    return len(mark.group(1)), rest.rstrip("#").rstrip() or rest[0]


@dataclass(slots=True)
class _Unlinked:
    """A line with its markdown links reduced to their text (see _unlink)."""

    #: the line's text, each link's text in place of the link, white space at its ends stripped
    text: str
    #: the share of that text that was link text (0..1)
    link_density: float
    #: the link's URL when the whole line is essentially one link, else None
    url: str | None


def _unlink(line: str) -> _Unlinked:
    """The line with markdown links reduced to their text, the share of it that was link text, and
    the URL when the whole line is one link."""
    if "](" not in line:
        return _Unlinked(line, 0.0, None)
    linked = 0
    urls: list[str] = []
    parts: list[str] = []
    done = 0  # where the line's part not yet copied starts
    while found := _next_link(line, done):
        start, tail = found
        link_text = line[start + 1:tail.start()]
        parts += (line[done:start], link_text)
        linked += len(link_text)
        urls.append(tail.group("url"))
        done = tail.end()
    parts.append(line[done:])
    text = "".join(parts).strip()
    density = linked / len(text) if text else 0.0
    return _Unlinked(text, min(density, 1.0), urls[0] if len(urls) == 1 and density > 0.9 else None)


#: the origins of a page's first lines ("line 1", …), made once: formatting a number for every line of
#: every page cost some 500 instructions a line (1.5 % of a compiled text page, callgrind)
_LINE_ORIGINS: Final = [f"line {n}" for n in range(1, 4097)]


def _line_origin(lineno: int) -> str:
    """A block's origin: its line's number, counted from 1 ("line 12")."""
    return _LINE_ORIGINS[lineno] if lineno < len(_LINE_ORIGINS) else f"line {lineno + 1}"


def _line_block(index: int, line: str, lineno: int, blank: int, links: bool = True) -> Block:
    """One line as a block, its markdown marks read and taken off. `links` is False where the line holds
    no markdown link ("](") for certain (see read_text)."""
    # most lines: plain text, no mark to read (a search for "]", a memchr, is the cheap test before "]("; an
    # ASCII character past "@", read by its code, is none of _MARK_STARTS: most lines open with a letter)
    if (64 < ord(line[0]) < 128 or line[0] not in _MARK_STARTS) \
            and (not links or "]" not in line or "](" not in line):
        return Block(index=index, text=line, origin=_line_origin(lineno), blank_before=blank)
    if MD_IMAGE.match(line) is None:
        unlinked = _unlink(line)
        line = unlinked.text or "(link)"
        if unlinked.link_density:
            block = _line_block(index, line, lineno, blank)
            block.link_density, block.url = unlinked.link_density, unlinked.url
            return block
    if heading := _heading(line):
        return _block(index, heading[1], "heading", lineno, lineno, blank, level=heading[0])
    if m := MD_IMAGE.match(line):
        return _block(index, m.group("alt"), "caption", lineno, lineno, blank, image=m.group("url"))
    if m := MD_QUOTE.match(line):
        return _block(index, m.group(1) or line, "quote", lineno, lineno, blank)
    if (m := MD_ITEM.match(line)) and not line[:1].isdigit():
        return _block(index, m.group(1), "item", lineno, lineno, blank)
    if line.startswith("**") and line.endswith("**") and len(line) > 4:
        return _block(index, line.strip("*").strip(), "para", lineno, lineno, blank, bold=True)
    return _block(index, line, "para", lineno, lineno, blank)
