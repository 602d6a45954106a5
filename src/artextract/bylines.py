"""Bylines: the names in "By Jane Doe and John Roe", and what counts as a person's name."""

from __future__ import annotations

import re

from .vocab import BYLINE, DATE, DIGIT

#: names in a byline are separated by these
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*", re.IGNORECASE)
#: what follows the names in a byline: "Jane Doe | Updated …", "Von Max Muster am 3. Mai"
_BYLINE_TAIL = re.compile(r"\s*(?:[|•·]|\s-\s|\bupdated\b|\b(on|am|le|el|il)\b\s+\S*\d).*$", re.IGNORECASE)
#: lower-case words a name may hold: "Ludwig van Beethoven", "Ana de la Cruz"
NAME_PARTICLES = frozenset("van von der den de del della di da du la le bin al ibn ter zu dos das".split())
#: labels between a name and its date: "Stand:", "Updated", "am", "on"
_DATE_LABEL = re.compile(r"\s*\b(stand|updated|published|aktualisiert|veröffentlicht|am|on|le|el)\b\s*:?\s*$",
                         re.IGNORECASE)
#: a name written before a date has two to four words (a single word is more often a place or a desk)
NAME_BEFORE_DATE_WORDS = (2, 4)
#: a name that ends with an initial: "Margaret O.", "J. R."
_INITIAL_END = re.compile(r"\b\w\.$")
#: a name has one to five words
NAME_MAX_WORDS = 5


def is_name(text: str) -> bool:
    """A person's or a desk's name: one to five words, each capitalised but for particles
    ("Jane Doe", "J.R. Stone", "Ana de la Cruz"; not "the time we arrived")."""
    parts = text.split()
    if not 1 <= len(parts) <= NAME_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    if text.endswith((".", "!", "?")) and not _INITIAL_END.search(text):
        return False  # a sentence ("Herzlichen Glückwunsch."), not a name ("Margaret O.")
    return all(p[:1].isupper() or p.lower() in NAME_PARTICLES or not p[:1].isalpha() for p in parts) \
        and any(p[:1].isupper() for p in parts)


def byline_names(text: str) -> list[str]:
    """The names in a byline: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"],
    "Sara Zinnecker Stand: 05. Februar 2020" → ["Sara Zinnecker"]; [] when the line is no byline
    ("By the time we arrived, …")."""
    m = BYLINE.match(text)
    if not m:
        return _name_before_date(text)
    names = _BYLINE_TAIL.sub("", m.group("names") or m.group("names2") or "")
    found = [n.strip(" .") for n in _NAME_SPLIT.split(names) if n and n.strip(" .")]
    return found if found and all(is_name(n) for n in found) else []


def _name_before_date(text: str) -> list[str]:
    """A name and a date on one line: "Jane Doe | May 3, 2024", "Max Muster, 3. Mai 2024"."""
    if not DIGIT.search(text, max(0, len(text) - 30)):  # a date at the end has digits near it
        return []
    m = DATE.search(text)
    if not m or m.start() == 0:
        return []
    name = _DATE_LABEL.sub("", text[:m.start()]).strip(" |·•,-–—:")
    return [name] if NAME_BEFORE_DATE_WORDS[0] <= len(name.split()) <= NAME_BEFORE_DATE_WORDS[1] \
        and is_name(name) else []
