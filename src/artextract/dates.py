"""Dates as pages write them → ISO 8601 (a date, or a date and time where the input has one)."""

from __future__ import annotations

import re
from datetime import datetime

#: month names and abbreviations in the languages the vocabularies cover → month number
MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan januar janv janvier jänner enero gennaio januari janeiro",
    "february feb februar fév févr février febrero febbraio februari fevereiro",
    "march mar märz maerz mars marzo maart março",
    "april apr avril abril aprile",
    "may mai mayo maggio mei maio",
    "june jun juni juin junio giugno junho",
    "july jul juli juillet julio luglio julho",
    "august aug août agosto augustus",
    "september sep sept septembre septiembre settembre setembro",
    "october oct okt oktober octobre octubre ottobre outubro",
    "november nov novembre noviembre novembro",
    "december dec dez dezember décembre diciembre dicembre dezembro",
), start=1):
    for _name in _names.split():
        MONTHS[_name] = _number

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?")
_NAMED_DAY_FIRST = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b")
_NAMED_MONTH_FIRST = re.compile(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_COMPACT = re.compile(r"\b(\d{4})/(\d{2})/(\d{2})\b")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def day_first_for(language: str | None) -> bool:
    """Whether "05/07/2022" is the 5th of July in pages of this language (all but American English)."""
    lang = (language or "").lower().replace("_", "-")
    return not (lang in ("en", "en-us") or not lang)


def parse_date(text: str | None, day_first: bool = False) -> str | None:
    """The first date in `text` as ISO 8601, or None. "May 29, 2014" → "2014-05-29";
    "2015-07-24T05:36:09+01:00" stays as it is; "29.05.2014" → "2014-05-29"; "05/07/2014" → May 7
    (July 5 with `day_first`) unless one order cannot be a date."""
    if not text:
        return None
    if m := _ISO.search(text):
        day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day and m.group(4):
            return m.group(0).replace(" ", "T")
        if day:
            return day
    for pattern, order in ((_NAMED_DAY_FIRST, "dmy"), (_NAMED_MONTH_FIRST, "mdy")):
        for m in pattern.finditer(text):
            a, b, year = m.groups()
            name, day_text = (b, a) if order == "dmy" else (a, b)
            month = MONTHS.get(name.casefold().rstrip("."))
            if month and (found := _valid(int(year), month, int(day_text))):
                return found
    if m := _DOTTED.search(text):
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _COMPACT.search(text):
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _SLASHED.search(text):
        first, second, year = (int(g) for g in m.groups())
        month_first = _valid(year, first, second)
        day_first_date = _valid(year, second, first)
        return (day_first_date or month_first) if day_first else (month_first or day_first_date)
    return None
