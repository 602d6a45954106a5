"""Dates as pages write them → ISO 8601 (a date, or a date and time where the input has one).

The one date reader of the project: metadata values, bylines, comment dates and date lines all go
through `parse_date`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Final

from .vocab import DIGIT, MONTHS, Caseless

_MONTH_NAMES: Final = "|".join(sorted(MONTHS, key=len, reverse=True))

#: an ISO date, with or without time. "2015-07-24T05:36:09+01:00", "2015-07-24"
ISO_DATE: Final = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
#: a day, month name and year. "24 July 2015", "24. Juli 2015", "24 juillet 2015", "24th of July, 2015",
#: also glued to what follows ("15. April 2016Samstag, …": WordPress's published and updated dates; a next
#: date's day or a time of day: "21. Januar 202221. Januar 2022", "3 de mayo de 202221:25")
DAY_MONTH_YEAR: Final = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?({_MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{{4}})"
    r"(?:(?!\d)|(?=\d{1,2}[.:]))",
    re.IGNORECASE,
)
#: a month name, day and year. "July 24, 2015", "Jul. 24th 2015"
MONTH_DAY_YEAR: Final = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
#: numeric dates. "24.07.2015", "24/07/2015", "24.7.15", "07/24/2015", "18. 05. 2014", and glued to
#: the words around them: "SMITH3.11.2023", "27.01.2022Report"
NUMERIC_DATE: Final = re.compile(r"(?<!\d)(?<!\d\.)(\d{1,2})([./])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?!\d|\.\d)")
#: year first with slashes or dots. "2015/07/24", "2015.07.24"
YEAR_FIRST: Final = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
#: the two patterns with month names, read the faster way (see Caseless; their groups are read in lower
#: case, or are digits), each with the numbers of its groups of the day, the month and the year
_NAMED_DATES: Final = ((Caseless(DAY_MONTH_YEAR), (1, 2, 3)), (Caseless(MONTH_DAY_YEAR), (2, 1, 3)))
#: four digits in a row, which every form above but NUMERIC_DATE has (a year, or ISO's and YEAR_FIRST's)
_FOUR_DIGITS: Final = re.compile(r"\d{4}")
#: the years a page's date can fall in
YEARS: Final = (1990, 2100)


def valid(year: int, month: int, day: int) -> bool:
    """A real calendar day in YEARS."""
    if not YEARS[0] <= year <= YEARS[1]:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def day_first_for(language: str | None) -> bool:
    """Whether "05/07/2022" is the 5th of July in pages of this language: all but American English
    (and English of no stated country, which on the web is mostly American)."""
    lang = (language or "").lower().replace("_", "-")
    return lang not in ("en", "en-us")


def parse_date(text: str | None, day_first: bool = True) -> str | None:
    """The first date in `text` as ISO 8601, or None.

    >>> parse_date("July 24, 2015"), parse_date("24. Juli 2015"), parse_date("2015-07-24T05:36:09+01:00")
    ('2015-07-24', '2015-07-24', '2015-07-24T05:36:09+01:00')
    >>> parse_date("05/07/2015"), parse_date("05/07/2015", day_first=False), parse_date("07/24/2015")
    ('2015-07-05', '2015-05-07', '2015-07-24')
    """
    if not text or DIGIT.search(text) is None:  # every form below has a digit: the cheap test first
        return None
    if _FOUR_DIGITS.search(text) is None:  # no year of four digits: only a numeric date can be there ("3.5.24"; the
        return _numeric_date(text, day_first)  # patterns with month names read every place of the line: 5 µs -> 0.5)
    if match := ISO_DATE.search(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if valid(year, month, day):
            time = _iso_time(match[4], match[5]) if match[4] else ""
            return f"{iso_day(year, month, day)}T{time}" if time else iso_day(year, month, day)
    for pattern, (day_group, month_group, year_group) in _NAMED_DATES:
        for match in pattern.finditer(text):
            month_name: str = match[month_group]
            named = MONTHS.get(month_name.lower().rstrip("."))
            if named:
                day_digits: str = match[day_group]
                year_digits: str = match[year_group]
                if valid(int(year_digits), named, int(day_digits)):
                    return iso_day(int(year_digits), named, int(day_digits))
    match = YEAR_FIRST.search(text)
    if match and valid(int(match[1]), int(match[2]), int(match[3])):
        return iso_day(int(match[1]), int(match[2]), int(match[3]))
    return _numeric_date(text, day_first)


def _iso_time(time: str, offset: str | None) -> str:
    """A time of day and its offset from UTC (ISO_DATE's groups) as RFC 3339 writes them, which Python's
    datetime.fromisoformat reads: two digits for the hour, at most six for a fraction of a second, a colon in
    the offset ("9:05:00.1234567+0100" -> "09:05:00.123456+01:00"); "" for a time that is none ("25:70").

    >>> _iso_time("9:05:00.1234567", "+0100"), _iso_time("07:14", "Z"), _iso_time("25:70", None)
    ('09:05:00.123456+01:00', '07:14Z', '')
    """
    clock, _, fraction = time.partition(".")
    parts = clock.split(":")
    if int(parts[0]) > 23 or int(parts[1]) > 59 or (len(parts) > 2 and int(parts[2]) > 59):
        return ""
    parts[0] = parts[0].zfill(2)
    out = ":".join(parts) + (f".{fraction[:6]}" if fraction else "")
    if offset and offset != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    return out + (offset or "")


#: the years a count of seconds since 1970 may date a page in ("1558595674" is 2019; a phone number is not)
EPOCH_YEARS: Final = (1995, 2100)


def parse_timestamp(value: str) -> str | None:
    """A date as markup gives it for machines (<time datetime>): what parse_date reads, or seconds or
    milliseconds since 1970 ("1558595674000", as React pages write it) as a UTC date and time; None for
    anything else.

    >>> parse_timestamp("2019-05-23T07:14:34Z"), parse_timestamp("1558595674000"), parse_timestamp("12")
    ('2019-05-23T07:14:34Z', '2019-05-23T07:14:34Z', None)
    """
    digits = value.strip()
    if digits.isdigit() and len(digits) in (10, 13):  # seconds, or milliseconds
        when = datetime.fromtimestamp(int(digits[:10]), tz=timezone.utc)
        return when.strftime("%Y-%m-%dT%H:%M:%SZ") if EPOCH_YEARS[0] <= when.year <= EPOCH_YEARS[1] else None
    return parse_date(value)


def iso_day(year: int, month: int, day: int) -> str:
    """A day that `valid` passed as ISO 8601: f"{year:04d}-{month:02d}-{day:02d}", put together from
    strings made once (str.format, which the f-string calls for each number, cost some 3,000
    instructions a number, compiled). Its year has four digits, its month and day one or two."""
    return f"{year}-{_TWO_DIGITS[month]}-{_TWO_DIGITS[day]}"


#: the numbers of a month or a day, written with two digits
_TWO_DIGITS: Final = [f"{n:02d}" for n in range(32)]


def _numeric_date(text: str, day_first: bool) -> str | None:
    """The first numeric date in the text (NUMERIC_DATE) as ISO 8601, or None."""
    if match := NUMERIC_DATE.search(text):
        return _numeric(int(match[1]), int(match[3]), int(match[4]), day_first)
    return None


def _numeric(first: int, second: int, year: int, day_first: bool) -> str | None:
    """A numeric date, day first or month first by `day_first`, unless only the other order is a
    real day ("11.03.17" on an American page is November 3)."""
    if year < 100:
        year += 2000 if year < 50 else 1900
    orders = [(second, first), (first, second)]  # (month, day): day first, then month first
    if not day_first:
        orders.reverse()
    for month, day in orders:
        if valid(year, month, day):
            return iso_day(year, month, day)
    return None
