"""Shape signals of a block's text: length, words, final punctuation, case. Pure functions."""

from __future__ import annotations

import re

from .blocks import Block
from .vocab import SENTENCE_END, WORD

#: a line of at least this many words that ends like a sentence reads as prose
PROSE_MIN_WORDS = 10
#: a line this long reads as prose whatever its ending (long paragraphs without a final stop)
PROSE_MIN_CHARS = 160
#: a heading or title has at most this many words (long headlines run to ~25)
TITLE_MAX_WORDS = 30
#: a sub-heading has at most this many characters
HEADING_MAX_CHARS = 120
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: prose has lower-case words between its capitalised ones (German nouns included); a line with more
#: capitalised words than this and no sentence punctuation inside is a run of names or links
PROSE_MAX_CAPITALISED = 0.7
_INNER_PUNCTUATION = re.compile(r"[.!?;,][\"'”’»)]*\s+\S.*[.!?;,]")
#: a block whose text is mostly link text reads as navigation
LINK_HEAVY = 0.6


#: a heading is mostly letters ("2, 2, 3, 3, 3" is data)
HEADING_MIN_LETTER_SHARE = 0.5


def words(text: str) -> int:
    """The number of words (letters and digits of any script; in Chinese and Japanese, which do not
    put spaces between words, every two characters count as one)."""
    found = WORD.findall(text)
    cjk = sum(len(w) for w in found if _CJK.search(w))
    return len(found) + cjk // 2 if cjk else len(found)


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence ("… said." "… why?" "… end.”")."""
    return bool(SENTENCE_END.search(text))


def is_prose(block: Block) -> bool:
    """A paragraph of running text: long enough, ends like a sentence, not mostly links."""
    if block.link_density >= LINK_HEAVY or block.kind in ("heading", "title", "caption"):
        return False
    text = block.text
    n = words(text)
    if not ((n >= PROSE_MIN_WORDS and ends_sentence(text)) or len(text) >= PROSE_MIN_CHARS):
        return False
    # menus and footers copied as one line are runs of capitalised names ("Pune MirrorBangalore Mirror…")
    return capitalised_share(text) < PROSE_MAX_CAPITALISED or bool(_INNER_PUNCTUATION.search(text))


def is_title_like(text: str) -> bool:
    """A line shaped like a title: a few words, not ending with a full stop or colon."""
    n = words(text)
    if not 1 <= n <= TITLE_MAX_WORDS or len(text) > 250:
        return False
    return not text.endswith((".", ":", ",", ";", "…"))


def is_heading_like(text: str) -> bool:
    """A short line that can stand as a sub-heading: 1-15 words, no final full stop, starts upper."""
    if len(text) > HEADING_MAX_CHARS or not 1 <= words(text) <= 15:
        return False
    if text.endswith((".", ",", ";", ":", "…")) or not text[:1].isupper() and not text[:1].isdigit():
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= HEADING_MIN_LETTER_SHARE * len(text.replace(" ", ""))


def capitalised_share(text: str) -> float:
    """Share of words that start with a capital letter."""
    found = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in found) / len(found) if found else 0.0


def upper_ratio(text: str) -> float:
    """Share of letters that are capitals."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
