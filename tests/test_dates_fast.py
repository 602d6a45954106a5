"""dates.parse_date reads a line without four digits in a row for a numeric date only: every other form
has a year of four digits (or ISO's or YEAR_FIRST's). Checked against the patterns read one by one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.dates import (
    DAY_MONTH_YEAR,
    ISO_DATE,
    MONTH_DAY_YEAR,
    MONTHS,
    NUMERIC_DATE,
    YEAR_FIRST,
    _iso_time,
    _numeric,
    iso_day,
    parse_date,
    valid,
)


def _plain(text: str, day_first: bool) -> str | None:
    """parse_date as it reads without the four-digit test: every pattern, in its order."""
    if not text or not any(c.isdigit() for c in text):
        return None
    if match := ISO_DATE.search(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if valid(year, month, day):
            time = _iso_time(match[4], match[5]) if match[4] else ""
            return f"{year:04d}-{month:02d}-{day:02d}" + (f"T{time}" if time else "")
    for pattern, order in ((DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy")):
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups(), strict=True))
            named = MONTHS.get(parts["m"].lower().rstrip("."))
            if named and valid(int(parts["y"]), named, int(parts["d"])):
                return f"{int(parts['y']):04d}-{named:02d}-{int(parts['d']):02d}"
    match = YEAR_FIRST.search(text)
    if match and valid(int(match[1]), int(match[2]), int(match[3])):
        return f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
    if match := NUMERIC_DATE.search(text):
        return _numeric(int(match[1]), int(match[3]), int(match[4]), day_first)
    return None


#: pieces that dates are made of, so that random lines hold dates, near-dates and numbers
_PIECES = st.sampled_from(["1", "03", "12", "24", "2015", "1999", "202", "99", ".", "/", "-", " ", ", ", "T",
                           "05:36", "Z", "+01:00", "July", "Juli", "mai", "Dez.", "of ", "th", "st", "x", "٣", "²"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.booleans())
def test_parse_date_reads_as_every_pattern_in_turn(text: str, day_first: bool) -> None:
    assert parse_date(text, day_first) == _plain(text, day_first)


def test_iso_day_is_the_formatted_day() -> None:
    for year in (1990, 1999, 2000, 2024, 2100):
        for month in range(1, 13):
            for day in range(1, 32):
                if valid(year, month, day):
                    assert iso_day(year, month, day) == f"{year:04d}-{month:02d}-{day:02d}"
