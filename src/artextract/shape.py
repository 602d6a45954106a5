"""Shape signals of a block's text: length, words, final punctuation, case. Pure functions."""

from __future__ import annotations

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
#: a block whose text is mostly link text reads as navigation
LINK_HEAVY = 0.6


def words(text: str) -> int:
    """The number of words (letters and digits of any script)."""
    return len(WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence ("… said." "… why?" "… end.”")."""
    return bool(SENTENCE_END.search(text))


def is_prose(block: Block) -> bool:
    """A paragraph of running text: long enough, ends like a sentence, not mostly links."""
    if block.link_density >= LINK_HEAVY or block.kind in ("heading", "title", "caption"):
        return False
    n = words(block.text)
    return (n >= PROSE_MIN_WORDS and ends_sentence(block.text)) or len(block.text) >= PROSE_MIN_CHARS


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
    if text.endswith((".", ",", ";", "…")) or not text[:1].isupper() and not text[:1].isdigit():
        return False
    return True


def upper_ratio(text: str) -> float:
    """Share of letters that are capitals."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
