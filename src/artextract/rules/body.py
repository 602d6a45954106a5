"""Rules that find the article's body and its sub-headings."""

from __future__ import annotations

from typing import Final

from ..classify import Context, flagged
from ..shape import fold_case, fold_title, folds_to
from ..vocab import HATNOTE, WORD
from .boilerplate import FURNITURE_HINTS

#: a text sub-heading has at most this many words
TEXT_HEADING_MAX_WORDS: Final = 14
#: how many blocks below a sub-heading its prose may start
HEADING_LOOKAHEAD: Final = 3
#: short lines in a row that make a list (whose lines are not headings)
LIST_MIN_LINES: Final = 3
#: a heading, its sub-heading and a note: at most this many lines set apart above prose
HEADING_GROUP_MAX_LINES: Final = 3
#: what a note under a heading holds ("Main article: …", "See also: …")
NOTE_MARK: Final = ": "
#: a list item line has at most this many words
LIST_ITEM_MAX_WORDS: Final = 6


def in_core(ctx: Context) -> None:
    """Everything inside the article's core is body unless a stronger rule says otherwise."""
    ctx.vote_all(ctx.in_area("core"), "body", 2.0)


def prose_in_lead(ctx: Context) -> None:
    """Prose between the headline and the core (an intro the density run did not reach)."""
    prose = ctx.features.prose
    for i in ctx.in_area("lead"):
        if prose[i]:
            ctx.vote(i, "body", 1.5)


def body_label(ctx: Context) -> None:
    """A label that opens the main part: "Analysis", "Background", "Hintergrund"."""
    area = ctx.areas.area
    for i in flagged(ctx.features.body_label):
        if area[i] in ("lead", "core"):
            ctx.vote(i, "heading", 3.5)


def heading_element(ctx: Context) -> None:
    """An h2-h6 (or a markdown heading, or a short bold line alone) inside the article, unless it
    only holds a date ("Sunday, May 8, 2016" over a post), heads a box of the page's furniture (a
    share bar's "Share this", a sidebar's "Archives") or repeats the article's title."""
    area = ctx.areas.area
    f = ctx.features
    title = fold_title(ctx.page.meta.title)
    for block in ctx.blocks:
        i = block.index
        if block.kind == "heading" and area[i] in ("core", "lead") and ctx.areas.headline != i \
                and not f.dateline[i] and block.hints.isdisjoint(FURNITURE_HINTS) and not folds_to(block.text, title):
            ctx.vote(i, "heading", 3.0)



def listed_in_contents(ctx: Context) -> None:
    """In text, a line that a table of contents above it lists ("2 History" over the line "History")
    heads that section of the article, whatever stands under it (prose, a list, a table)."""
    area = ctx.areas.area
    for i in sorted(ctx.areas.listed_headings):
        if area[i] in ("core", "lead"):
            ctx.vote(i, "heading", 3.0)


def short_line_between_prose(ctx: Context) -> None:
    """In text, a short heading-shaped line with prose below it reads as a sub-heading: "Renewed
    Detente" between two paragraphs. A line of a list (a run of short lines) is not one."""
    if ctx.page.format != "text":
        return
    f = ctx.features
    for i in ctx.in_area("core"):
        if ctx.blocks[i].kind != "para" or not f.heading_like[i] or f.words[i] > TEXT_HEADING_MAX_WORDS:
            continue
        if f.prose[i] or f.boilerplate[i] or f.dateline[i] or f.byline[i] or HATNOTE.match(ctx.blocks[i].text):
            continue
        # a note that echoes the heading is read as part of it: the prose may start below the note. (A note
        # is no prose, and prose under it is under the heading: where no prose follows the line under it,
        # none follows the heading, and the words of the two lines need not be read)
        if i + 1 < len(ctx.blocks) and f.prose[i + 1]:
            echoed = False  # (prose right under it: no note)
        elif not _prose_follows(ctx, i + 1):
            continue
        else:
            echoed = _echoed_below(ctx, i)
            if not echoed and not _prose_follows(ctx, i):
                continue
        if not (echoed or _closes_list(ctx, i) or _heads_a_group(ctx, i)) and (
                _short_lines_before(ctx, i) >= LIST_MIN_LINES - 1 or _tight_run(ctx, i) >= LIST_MIN_LINES):
            continue
        ctx.vote(i, "heading", 2.5)


def _skipped(ctx: Context, i: int) -> bool:
    """Blocks a sub-heading's neighbourhood is read across: image labels, share lines, captions."""
    return ctx.features.boilerplate[i] or ctx.features.credit[i] or ctx.blocks[i].kind == "caption"


def _prose_follows(ctx: Context, i: int) -> bool:
    """Prose within the next few blocks (a heading can stand over a sub-heading or a note line)."""
    seen = 0
    j = i + 1
    while j < len(ctx.blocks) and seen < HEADING_LOOKAHEAD:
        if ctx.features.prose[j]:
            return True
        if not _skipped(ctx, j):
            seen += 1
        j += 1
    return False


def _closes_list(ctx: Context, i: int) -> bool:
    """A heading-shaped line right under a list or a block of code and right over prose, a blank line
    between it and the prose: it stands apart from the lines above when none of the last few could be a
    heading ("code coverage", "});"), so it heads the prose and is no last item of theirs."""
    blocks, f = ctx.blocks, ctx.features
    if blocks[i].blank_before or not blocks[i].blank_after or i + 1 >= len(blocks) or not f.prose[i + 1]:
        return False
    above = range(i - LIST_MIN_LINES, i)
    return i >= LIST_MIN_LINES and all(not f.heading_like[j] and not f.prose[j] for j in above) \
        and all(blocks[j].blank_before == 0 for j in range(i - LIST_MIN_LINES + 1, i))


def _echoed_below(ctx: Context, i: int) -> bool:
    """A line whose words all come back in the line right under it, a note or a picture's label
    under a heading ("Geography" over "Main articles: Geography of New Zealand"), opens what follows
    and is no item of a list. A mark in brackets at its end (a footnote, an edit link) is not read."""
    blocks = ctx.blocks
    if i + 1 >= len(blocks) or blocks[i + 1].blank_before or ctx.features.prose[i + 1]:
        return False
    own = set(WORD.findall(fold_case(_without_end_mark(blocks[i].text))))
    return bool(own) and own <= set(WORD.findall(fold_case(blocks[i + 1].text)))


def _without_end_mark(text: str) -> str:
    """The text less a mark in brackets at its end: a footnote ("Origins[4]"), an edit link."""
    return text[:text.rindex("[")] if text.endswith("]") and "[" in text else text


def _is_short_line(ctx: Context, i: int) -> bool:
    """A line that can be a list's item: short, not prose, and no byline (which stands under a
    heading as its article's metadata: "By Jane Doe")."""
    f = ctx.features
    return not f.prose[i] and f.words[i] <= LIST_ITEM_MAX_WORDS and not f.byline[i]


def _tight_run(ctx: Context, i: int) -> int:
    """The length of the run of short lines with no blank line between them that block i is in
    (a list copied from a page: its items stand on consecutive lines)."""
    blocks = ctx.blocks
    first = last = i
    while first > 0 and blocks[first].blank_before == 0 and _is_short_line(ctx, first - 1):
        first -= 1
    while last + 1 < len(blocks) and blocks[last + 1].blank_before == 0 and _is_short_line(ctx, last + 1):
        last += 1
    return last - first + 1


def _heads_a_group(ctx: Context, i: int) -> bool:
    """The first of a few short lines set apart by blank lines, one of them a note, with prose right
    after them: a heading with its sub-heading and note ("Components", "NSS", "Main article: …"), not a
    list ("Eggs", "Milk", "Flour")."""
    blocks = ctx.blocks
    if blocks[i].blank_before == 0:
        return False
    last = i
    while last + 1 < len(blocks) and blocks[last + 1].blank_before == 0 and not ctx.features.prose[last + 1]:
        last += 1
    after = last + 1
    return last - i + 1 <= HEADING_GROUP_MAX_LINES and after < len(blocks) and blocks[after].blank_before > 0 \
        and ctx.features.prose[after] and any(NOTE_MARK in blocks[j].text for j in range(i + 1, last + 1))


def _short_lines_before(ctx: Context, i: int) -> int:
    """How many short lines that are not prose stand right above block i and open like it (a
    capitalised line under items in lower case is a heading under a list, not its last item)."""
    short_lines = 0
    j = i - 1
    upper = ctx.blocks[i].text[:1].isupper()
    while j >= 0 and _is_short_line(ctx, j) and ctx.blocks[j].text[:1].isupper() == upper:
        if ctx.features.body_label[j] or ctx.blocks[j].kind == "heading":
            break
        short_lines += 1
        j -= 1
    return short_lines
