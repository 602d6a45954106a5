"""Shape signals of a block's text: length, words, final punctuation, case. Pure functions."""

from __future__ import annotations

import re
import string
import unicodedata
from typing import Final, TypeVar

from .blocks import Block
from .vocab import WORD

#: a line of at least this many words that ends like a sentence reads as prose
PROSE_MIN_WORDS: Final = 10
#: a line this long reads as prose whatever its ending (long paragraphs without a final stop)
PROSE_MIN_CHARS: Final = 160
#: a heading or title has at most this many words (long headlines run to ~25), and characters
TITLE_MAX_WORDS: Final = 30
TITLE_MAX_CHARS: Final = 250
#: a sub-heading has at most this many characters and words
HEADING_MAX_CHARS: Final = 120
HEADING_MAX_WORDS: Final = 15
#: quotation marks a heading may open with ("‘We need to listen’")
OPENING_QUOTES: Final = "'\"‘“„«‚"
#: a heading is mostly letters ("2, 2, 3, 3, 3" is data)
HEADING_MIN_LETTER_SHARE: Final = 0.5
#: prose has lower-case words between its capitalised ones (German nouns included); a line with more
#: capitalised words than this and no sentence punctuation inside is a run of names or links
PROSE_MAX_CAPITALISED: Final = 0.7
#: a block whose text is mostly link text reads as navigation
LINK_HEAVY: Final = 0.6
#: a block is one link, or all links, when links cover this share of its text
ALL_LINK: Final = 0.9
#: a text with fewer spaces than one per this many characters may be Chinese or Japanese
CJK_SPACING: Final = 12

_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: letters of scripts written without spaces between words: Thai, Lao, Burmese, Khmer
_UNSPACED: Final = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: in those scripts a word is about this many characters, its vowel and tone marks included
UNSPACED_WORD_CHARS: Final = 4
#: Unicode categories of the glyphs an icon font puts before a label ("± 6 Kommentare", "\ue0b7 Comments"):
#: symbols, and the private use area that icon fonts draw from
ICON_CATEGORIES: Final = frozenset({"So", "Sm", "Sk", "Co"})
_INNER_PUNCTUATION: Final = re.compile(r"[.!?;,][\"'”’»)]*\s+\S.*[.!?;,]")


#: characters no one sees that pages put inside words: a soft hyphen ("Mag\xadda\xadle\xadna"), a zero-width
#: space, a word joiner, a zero-width no-break space (a byte order mark). Zero-width joiners and non-joiners stay:
#: Persian and Indic writing and emoji sequences need them.
INVISIBLE_CHARS: Final = ("\xad", "\u200b", "\u2060", "\ufeff")


def without_invisible(text: str) -> str:
    """The text without INVISIBLE_CHARS (each sought first: most text holds none)."""
    for char in INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    return text


def unspaced(text: str) -> bool:
    """Whether the text holds letters of a script written without spaces between words (Chinese, Japanese,
    Korean, Thai…), where one "word" may be a whole phrase."""
    return _CJK.search(text) is not None or _UNSPACED.search(text) is not None


def words(text: str) -> int:
    """The number of words (in Chinese and Japanese, which put no spaces between words, every two
    characters count as one; in Thai, Lao, Burmese and Khmer every UNSPACED_WORD_CHARS)."""
    count = text.count(" ") + 1 if text and _spaced_once(text) else len(text.split())
    if count * CJK_SPACING < len(text):
        if _CJK.search(text):
            found = WORD.findall(text)
            cjk = sum(len(w) for w in found if _CJK.search(w))
            return len(found) + cjk // 2
        if _UNSPACED.search(text):
            return count + len(_UNSPACED.findall(text)) // UNSPACED_WORD_CHARS
    return count


def _spaced_once(text: str) -> bool:
    """Whether the text's only white space is single spaces between words (any white space but a
    space is unprintable): its words are then counted without splitting it."""
    return _IS_PRINTABLE(text) and "  " not in text and not text.startswith(" ") and not text.endswith(" ")


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence ("… said." "… why?" "… end.”"): vocab.SENTENCE_END found in its
    last four characters, read without the pattern (a search and its match object cost some 1,000
    instructions a line, compiled): a stop with nothing but closing marks after it up to the end (or up to
    a final line break, before which "$" matches too). The stops and the marks are SENTENCE_END's (tests
    hold the two to each other)."""
    end = text[-4:]
    if end.endswith("\n"):
        end = end[:-1]
    return end.rstrip(SENTENCE_CLOSERS)[-1:] in SENTENCE_STOPS


#: the characters that end a sentence, and the closing marks that may follow them, as SENTENCE_END reads
#: them (see ends_sentence)
SENTENCE_STOPS: Final = frozenset(".!?…:;。！？।॥۔؟။።")
SENTENCE_CLOSERS: Final = "\"'”’»)]」』"


#: kinds of block that are never prose, whatever their text
NOT_PROSE_KINDS: Final = frozenset({"heading", "title", "caption"})


def without_icons(text: str) -> str:
    """The text without the icon glyphs before it and the spaces after them; the text itself if it opens
    with none. An icon is a symbol beyond ASCII or a private use character (ASCII marks such as "*", "+"
    or "-" open list items and diffs, not labels).

    >>> without_icons("\u00b1 6 Kommentare")
    '6 Kommentare'
    >>> without_icons("+ Kommentare")
    '+ Kommentare'
    """
    start = 0
    while start < len(text) and text[start] > "\x7f" and unicodedata.category(text[start]) in ICON_CATEGORIES:
        start += 1
    if not start:
        return text
    return text[start:].lstrip()


def is_prose(block: Block, count: int | None = None) -> bool:
    """A paragraph of running text: long enough, ends like a sentence, not mostly links."""
    return may_be_prose(block) and reads_as_prose(block.text, count)


def may_be_prose(block: Block) -> bool:
    """What the block's markup says of prose: not mostly links, not a heading, title or caption."""
    return not block.link_density >= LINK_HEAVY and block.kind not in NOT_PROSE_KINDS


def reads_as_prose(text: str, count: int | None = None) -> bool:
    """What the text says of prose: long enough and ending like a sentence (or long), and not a run of
    capitalised names."""
    n = words(text) if count is None else count
    if not ((n >= PROSE_MIN_WORDS and ends_sentence(text)) or len(text) >= PROSE_MIN_CHARS):
        return False
    # menus and footers copied as one line are runs of capitalised names ("Pune MirrorBangalore Mirror…");
    # sentence punctuation inside, which most prose has, is the cheaper test (read without the pattern
    # where it can be: see has_inner_punctuation)
    return has_inner_punctuation(text) or capitalised_share(text) < PROSE_MAX_CAPITALISED


#: what a title or a heading does not end with: one character each, so that a line's last character
#: (text[-1:]) is looked up in a set, where str.endswith would try each in turn
HEADING_NOT_ENDS: Final = frozenset((".", ":", ",", ";", "…", "—", "–"))


def is_count_and_word(text: str) -> bool:
    """A number and a word, nothing else: "91 Ergänzungen", "12 Reaktionen" (a thread's count)."""
    parts = text.split()
    return len(parts) == 2 and parts[0].isdigit() and parts[1].isalpha()


def is_title_like(text: str, count: int | None = None) -> bool:
    """A line shaped like a title: a few words, not ending with a full stop or colon; a letter or a digit
    in it (a rule drawn with characters, "━━━━" or "* * *", is no title)."""
    n = words(text) if count is None else count
    if not 1 <= n <= TITLE_MAX_WORDS or len(text) > TITLE_MAX_CHARS:
        return False
    return text[-1:] not in HEADING_NOT_ENDS and (text[:1].isalnum() or LETTER_OR_DIGIT.search(text) is not None)


#: a letter or a digit (a line without one is a rule drawn with characters, "━━━━", or marks alone)
LETTER_OR_DIGIT: Final = re.compile(r"[^\W_]")


def is_heading_like(text: str, count: int | None = None) -> bool:
    """A short line that can stand as a sub-heading: a few words, no final stop, starts upper."""
    if len(text) > HEADING_MAX_CHARS:
        return False
    n = words(text) if count is None else count
    if not 1 <= n <= HEADING_MAX_WORDS:
        return False
    first = text.lstrip(OPENING_QUOTES)[:1]
    if text[-1:] in HEADING_NOT_ENDS or (not first.isupper() and not first.isdigit()):
        return False
    if is_speech(text):
        return False
    # (of its characters but spaces, counted without a copy of the text)
    return letters(text) >= HEADING_MIN_LETTER_SHARE * (len(text) - text.count(" "))


#: the ASCII letters as bytes, which bytes.translate deletes to count them
_ASCII_LETTERS: Final = string.ascii_letters.encode()


def letters(text: str) -> int:
    """How many letters the text has (in ASCII text, a-z and A-Z: counted by deleting them, which
    bytes.translate does many times faster than str.isalpha is called on each character)."""
    if text.isascii():
        return len(text) - len(text.encode().translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, text))


#: quotation marks that close a quotation
CLOSING_QUOTES: Final = "'\"’”«»‘“"
#: what a sentence ends with before its closing quotation mark ("“Really?”")
_SPEECH_ENDS: Final = (".", ",", "!", "?", "…")


def is_speech(text: str) -> bool:
    """A line of dialogue: a quotation that ends like a sentence inside its closing mark ("“Yes.”",
    "„Wirklich?“"). A quoted heading has no sentence mark inside: "‘We need to listen’"."""
    inner = text.rstrip(CLOSING_QUOTES)
    return len(inner) < len(text) and inner.endswith(_SPEECH_ENDS)


#: quotation marks and dashes of every typography, and the ellipsis ("…" as "..."), read as one when titles are compared
#: (each mark, what it reads as)
_TYPOGRAPHY: Final = tuple((c, '"') for c in "„“”«»‚‘’'") + tuple((c, "-") for c in "–—") + (("…", "..."),)


def fold_case(text: str) -> str:
    """text.casefold(), cheaper on ASCII text (most lines), where it is text.lower(): lower() has a fast
    path for ASCII, casefold() reads every character's case table."""
    return text.lower() if _IS_ASCII(text) else _CASEFOLD(text)


#: str.isascii, str.casefold and str.isprintable, called as functions: compiled, a method that mypyc has no
#: primitive for is looked up by name at each call, and fold_case runs for most lines (about 15 % of its cost,
#: callgrind), words' _spaced_once too
_IS_ASCII: Final = str.isascii
_CASEFOLD: Final = str.casefold
_IS_PRINTABLE: Final = str.isprintable


def fold_title(text: str | None) -> str:
    """A title for comparison: white space folded, case, quote and dash typography ignored."""
    folded = fold_case(" ".join((text or "").split()))
    # in ASCII text the only typography to fold is the straight single quote (and a replace() per mark
    # is many times faster than str.translate, which looks every character up in its table)
    if folded.isascii():
        folded = folded.replace("'", '"')
    else:
        for mark, plain in _TYPOGRAPHY:
            folded = folded.replace(mark, plain)
    return folded.strip(' "')


#: the characters that fold_title takes off the start of ASCII text: white space (as str.split reads it)
#: and quotes
_ASCII_SPACE_AND_QUOTES: Final = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f'\""
#: how much of a text is folded first when it is compared with a title (see folds_to)
TITLE_PREFIX_CHARS: Final = 48


def folds_to(text: str, folded_title: str) -> bool:
    """Whether `text` folds to `folded_title` (a fold_title result). The folded beginning of a text
    is the beginning of the folded text, so a paragraph is ruled out by folding its first characters."""
    # folding ASCII text lowers it, folds its white space and strips the quotes around it: it only
    # shortens, and it starts with its first character that is neither, lowered
    if text.isascii() and (len(text) < len(folded_title)
                           or text.lstrip(_ASCII_SPACE_AND_QUOTES)[:1].lower() != folded_title[:1]):
        return False
    if len(text) > TITLE_PREFIX_CHARS and not folded_title.startswith(fold_title(text[:TITLE_PREFIX_CHARS])):
        return False
    return fold_title(text) == folded_title


def capitalised_share(text: str) -> float:
    """Share of words that start with a capital letter."""
    initials = [w[0] for w in text.split() if w[0].isalpha()]  # split() yields no empty words
    return sum(map(str.isupper, initials)) / len(initials) if initials else 0.0


# --- Cheaper readings of long lines ---------------------------------------------------------------
# (each gives what the function it names gives, and tests hold them to it)

#: the characters that str.split() splits at: every one for which str.isspace() holds
WHITESPACE: Final = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                     "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: ... but a space, each as a string of its own (searched for one by one: see single_spaced), and those
#: of them that are ASCII
_OTHER_WHITESPACE: Final = tuple(WHITESPACE.replace(" ", ""))
_OTHER_ASCII_WHITESPACE: Final = tuple(char for char in _OTHER_WHITESPACE if char.isascii())


def single_spaced(text: str) -> bool:
    """Whether the text's only white space is single spaces between words, read with a search for each
    kind of white space but a space (a memchr, mostly), which on a line of a few hundred characters costs
    a fraction of what str.isprintable() does (it looks every character up in the Unicode tables: 25
    instructions a character, callgrind)."""
    if not text or text.startswith(" ") or text.endswith(" ") or "  " in text:
        return False
    return not any(space in text for space in (_OTHER_ASCII_WHITESPACE if text.isascii() else _OTHER_WHITESPACE))


#: the white space beyond ASCII as UTF-8 bytes, each byte read as the character of that number (as
#: vocab.lowered_view reads a line): by lead byte, the width of its characters and their bytes. A lead byte
#: stands in UTF-8 only where a character starts
_WIDE_WHITESPACE: Final = tuple(
    (lead, len(next(iter(group))), frozenset(group))
    for lead, group in (
        (lead, {char.encode().decode("latin-1") for char in _OTHER_WHITESPACE
                if not char.isascii() and char.encode()[:1].decode("latin-1") == lead})
        for lead in sorted({char.encode()[:1].decode("latin-1") for char in _OTHER_WHITESPACE if not char.isascii()})))


def view_single_spaced(text: str, view: str) -> bool:
    """single_spaced(text), read in the text's view (its UTF-8 bytes, ASCII letters lowered or not, each
    read as the character of that number: see vocab.lowered_view), a string of one byte a character, which
    a search for one character reads with a memchr: the ASCII white space is sought in it as is, and the
    white space beyond ASCII by its lead byte, each place the lead byte stands read for the whole
    character (a curly quote or a dash shares the lead byte of most such spaces, and stands a few times a
    line). single_spaced searches the text, two or four bytes a character, for each kind of white space
    (some 8,000 instructions on a line of 300 characters beyond ASCII, callgrind)."""
    if not view or view.startswith(" ") or view.endswith(" ") or "  " in view:
        return False
    for space in _OTHER_ASCII_WHITESPACE:
        if space in view:
            return False
    for lead, width, spaces in _WIDE_WHITESPACE:
        at = view.find(lead)
        while at >= 0:
            if view[at:at + width] in spaces:
                return False
            at = view.find(lead, at + 1)
    return True


def line_words(text: str, spaced: bool | None = None) -> int:
    """words(text), the cheaper way on a long line: a single-spaced line (see single_spaced) has one word
    more than spaces, which words() tells by str.isprintable(). `spaced` is single_spaced(text) where the
    caller has it."""
    if spaced is None:
        spaced = single_spaced(text)
    # (a line that is not single-spaced has white space that words() does not count as single spaces: a
    # run, a space at an end or another kind, which is not printable; so words() splits it, and it is
    # split here without its test of printable characters first, which reads every character)
    count = text.count(" ") + 1 if spaced else len(text.split())
    if count * CJK_SPACING >= len(text):  # (else words() counts Chinese, Japanese, Thai… its way)
        return count
    return words(text)


#: a sentence's stop with a word after it: the start of _INNER_PUNCTUATION
_STOP_THEN_WORD: Final = re.compile(r"[.!?;,][\"'”’»)]*\s+\S")


def has_inner_punctuation(text: str) -> bool:
    """Whether _INNER_PUNCTUATION is found in the text (a stop with a word after it, and a stop after
    that), the cheaper way on a line: a stop with a word after it, sought between the line's first stop
    and its last (found with a search for each stop, a memchr), ends before a stop. The pattern tries each
    character of the line for a stop, reads to the line's end and steps back to its last stop. (Across a
    line break, "." does not match: such text is read by the pattern.)"""
    if "\n" in text:
        return _INNER_PUNCTUATION.search(text) is not None
    first = len(text)
    last = -1
    for stop in ".,;!?":
        at = text.find(stop)
        if at >= 0:
            first = min(first, at)
            last = max(last, text.rfind(stop))
    if last <= first:
        return False
    # most lines of prose have a space and a word right after their first stop: the pattern's match starts
    # there (a stop, no closing mark, white space, then a character that is none, before the last stop)
    if last > first + 2 and text[first + 1] == " " and text[first + 2] not in WHITESPACE:
        return True
    # (with the last stop as the end of the text searched, a match ends before it)
    return _STOP_THEN_WORD.search(text, first, last) is not None


#: what fold_title takes off the start of a text: white space, and quotes of every typography
_SPACE_AND_QUOTES: Final = WHITESPACE + "'\"„“”«»‚‘’"


def folded_first(text: str) -> str:
    """fold_title(text)[:1], the cheap way: the text's first character that is neither white space nor a
    quote, case-folded, a dash read as "-" ("" for none). (No character case-folds to one that starts with
    white space, a quote or a dash; see the tests.)"""
    first = text[:1]
    if first in _SPACE_AND_QUOTES:  # (most texts start with neither: lstrip() reads its argument first)
        first = text.lstrip(_SPACE_AND_QUOTES)[:1]
    first = first.casefold()[:1]
    return "-" if first in ("–", "—") else first


# --- Caches of recent readings ------------------------------------------------------------------------

_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def keep(cache: dict[_Key, _Value], key: _Key, value: _Value, limit: int) -> _Value:
    """Put a reading in a cache of recent ones (class names, short lines) and return it, emptying the
    cache first when it holds `limit` entries: a batch over many sites keeps the readings of the sites
    at hand (a cache that stopped growing would hold those of the first few hundred pages for ever),
    and memory stays bounded. A plain dict: cheaper to ask than an lru_cache."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value
