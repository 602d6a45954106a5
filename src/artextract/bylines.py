"""Bylines and author names: what counts as a person's name, the names in a byline line ("By Jane Doe and
John Roe", "Autor: Max Muster Quelle: dpa"), and names cleaned from metadata author strings."""

from __future__ import annotations

import re
from typing import Final

from .shape import without_invisible
from .vocab import (
    BYLINE,
    BYLINE_VERBS,
    COMMENT_ACTION_WORDS,
    DATE,
    DATE_DIGITS,
    DIGIT,
    MONTH_ALONE,
    MONTHS,
    PIECE_ARTICLES,
    PIECE_KINDS,
    WEEKDAYS,
    Caseless,
    holds_digit,
)

#: str.isascii, called as a function (see shape.fold_case)
_IS_ASCII: Final = str.isascii

# The patterns here that white space starts are read from where a run of it starts, "(?<!\s)": searched
# for from each place within a long run, "\s*" or "\s+" read the rest of it again, n² steps, and the
# leftmost match never starts there; "\s*:?\s*" is "\s*(?::\s*)?", which does not split a run two ways.

#: names in a byline are separated by these
_NAME_SPLIT: Final = re.compile(r"(?:(?<!\s)\s+)?(?:,|;|&|\band\b|\bund\b|\bet\b|\b[ye]\b(?!\.)|\ben\b)\s*",
                         re.IGNORECASE)
#: what follows the names in a byline: "Jane Doe | Updated …", "Von Max Muster am 3. Mai", a social media
#: handle ("Jane Doe @janedoe", "Jane Doe@janedoe")
_BYLINE_TAIL: Final = re.compile(r"(?:(?<!\s)\s+)?(?:[|•·]|\s-\s|\bupdated\b|\b(on|am|le|el|il)\b\s+\S*\d|@\w+\s*$).*$",
                          re.IGNORECASE)
#: a part in parentheses and the white space before it
_IN_PARENS: Final = re.compile(r"\s*\([^()]*\)")
#: a name alone on a line under a byline's label has more characters than this: "Von" over "Di" is a
#: table's opening hours, not a byline
SHORT_NAME_MAX_CHARS: Final = 3
#: lower-case words a name may hold: "Ludwig van Beethoven", "Ana de la Cruz"
NAME_PARTICLES: Final = frozenset("van von der den de del della di da du la le bin al ibn ter zu dos das".split())
#: the weekdays' short names in English ("Mon.", "Thurs")
_WEEKDAYS_SHORT: Final = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
#: the words of the labels and weekdays between a name and its date, any run of them: "Stand:", "Updated",
#: "am", "on", "Zuletzt geändert am", "lundi", "Mon.,"
_DATE_LABEL_WORDS: Final = (
    r"stand|updated|published|posted|aktualisiert|veröffentlicht|zuletzt|geändert|last|modified|publié|modifié|"
    r"mis à jour|actualizado al|actualizado|atualizado|publicado|aggiornato|pubblicato|"
    rf"am|on|le|el|{WEEKDAYS}|{_WEEKDAYS_SHORT}"
)
_DATE_LABEL: Final = re.compile(rf"(?:(?<!\s)\s+)?(?:(?<![^\W_])(?:{_DATE_LABEL_WORDS})\b\.?\s*(?:[:,]\s*)?)+$",
                         re.IGNORECASE)
#: a name written before a date has two to four words (a single word is more often a place or a desk)
NAME_BEFORE_DATE_WORDS: Final = (2, 4)
#: DATE, read on every short line that ends with a digit (see Caseless)
_DATE: Final = Caseless(DATE)
#: BYLINE as the first test of a line, read on every short line (see Caseless): most lines start with a
#: letter that no byline starts with, and the others are read case-sensitively; the pattern itself then
#: reads the names of the few that match (5,800 instructions a line down to 1,500, callgrind)
_BYLINE: Final = Caseless(BYLINE)
#: a name that ends with an initial: "Margaret O.", "J. R."
_INITIAL_END: Final = re.compile(r"\b\w\.$")
#: separators and label marks that a name never holds ("Redaktion: Jane Doe" is a label and a name), nor
#: markup's brackets
NOT_IN_NAMES: Final = ("|", "•", "·", "»", ":", "<", ">")
#: a name of several parts has one longer than this, or an initial's full stop (not "DE FR IT", a menu of
#: languages' codes; "LD", a desk's initials, and "R. R." are names)
NAME_PART_MIN_CHARS: Final = 2
#: quotation marks, which a name holds around a nickname only ("Amanda \"Tania Mae\" Tan"), not at its ends
#: ("„Heikles“ Thema", a title)
NAME_QUOTES: Final = ("\"", "„", "“", "”", "«")
#: a name has one to five words
NAME_MAX_WORDS: Final = 5


def is_name(text: str) -> bool:
    """A person's or a desk's name: one to five words, each capitalised but for particles
    ("Jane Doe", "J.R. Stone", "Ana de la Cruz"; not "the time we arrived")."""
    parts = text.split()
    if not 1 <= len(parts) <= NAME_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    if text.endswith((".", "!", "?")) and not _INITIAL_END.search(text):
        return False  # a sentence ("Herzlichen Glückwunsch."), not a name ("Margaret O.")
    if text.endswith(":") or any(sep in text for sep in NOT_IN_NAMES):
        return False  # a label ("Share this:"), or parts of a menu or a teaser ("Kultur | Konzerte")
    if "/" in text and _slash_before_capital(text):
        return False  # two names or a menu's entries ("View PDF/Print Mode"), not a word's forms ("Freund/in")
    if parts[-1] in NAME_PARTICLES or (len(parts) > 1 and all(len(p) <= NAME_PART_MIN_CHARS and p.isalpha()
                                                              for p in parts)):
        return False  # a name ends with a name, not "du" ("Édition du"), and is no run of codes ("DE FR IT")
    if any(q in parts[0] or q in parts[-1] for q in NAME_QUOTES):
        return False  # a title in quotes ("„Heikles“ Thema"); a nickname's stand inside a name
    return all(p[:1].isupper() or p.lower() in NAME_PARTICLES or not p[:1].isalpha() for p in parts) \
        and any(p[:1].isupper() for p in parts)


def _slash_before_capital(text: str) -> bool:
    """Whether a slash in the text is followed (after white space) by a capital letter."""
    at = text.find("/")
    while at >= 0:
        rest = text[at + 1:].lstrip()
        if rest[:1].isupper():
            return True
        at = text.find("/", at + 1)
    return False


def byline_names(text: str, has_digit: bool = True, lowered: str | None = None, alike: bool = False,
                 head: str | None = None, dates: list[tuple[int, int]] | None = None) -> list[str]:
    """The names in a byline: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"],
    "Sara Zinnecker Stand: 05. Februar 2020" → ["Sara Zinnecker"]; [] when the line is no byline
    ("By the time we arrived, …"). `has_digit` is False where the caller knows that the text holds no
    digit, and so no date that a name may stand before; `lowered` is text.lower() where the caller has it,
    `alike` whether it lowers alike and `head` lowered[:HEAD_CHARS] (see Caseless.matches); `dates` is
    date_spans(text) where the caller has it."""
    m = BYLINE.match(text) if _BYLINE.matches(text, lowered, alike, head) else None
    if not m:
        if not has_digit:
            return []
        return _name_before_date(text, lowered, alike, dates) \
            or (_name_after_date(text) if text[:1].isdecimal() or _opens_with_month(text) else []) \
            or (_byline_among_parts(text) if "|" in text else [])
    names = _matched_names(m)
    # "de" and "da" are "of" as often as "by": one word after them is a section's or a place's ("De Pasillo",
    # "de Política"), a person's name after them has two at least ("De Ana García")
    if len(names) == 1 and " " not in names[0] and text.split(None, 1)[0].lower() in _OF_WORDS:
        return []
    return names


def _byline_among_parts(text: str) -> list[str]:
    """The names of a byline that is one of a line's parts, parted by "|", after the first and beside a
    date: "Accueil | Par Jane Doe | 30 septembre 2018" (a site's section, the byline, the date)."""
    parts = [part.strip() for part in text.split("|")]
    if not any(DATE.search(part) for part in parts):
        return []
    for part in parts[1:]:
        m = BYLINE.match(part)
        if m is not None and m.group("names") is not None:
            return _matched_names(m)
    return []


def _opens_with_month(text: str) -> bool:
    """Whether a line opens with a month's name ("Dezember 26, 2019", "Sept. 3"): the cheap test before DATE
    at its start, which a line that opens with a letter matches only so."""
    return text[:1].isupper() and text.split(" ", 1)[0].lower().rstrip(".,") in MONTHS


#: the words for "by" in a byline that are words for "of" as well
_OF_WORDS: Final = frozenset(("de", "da"))


#: a user name alone after "By" may make a byline where it has at least this many characters
BY_HANDLE_MIN_CHARS: Final = 4


def by_handle(text: str) -> list[str]:
    """The user name of a line that is only "By" and it ("By jdoe", "von zahlenzauberin"): a blog's byline
    where a date stands by it, a menu's item ("By subject") where none does."""
    parts = text.split()
    if len(parts) != 2 or parts[0].lower() not in BY_WORDS:
        return []
    name = parts[1]
    return [name] if len(name) >= BY_HANDLE_MIN_CHARS and is_handle(name) and not NOT_NAMES.match(name) \
        and not NOT_A_NAME.search(name) else []


def by_names(text: str) -> list[str]:
    """The names of a line that opens with "By" or an author's label (BYLINE: "Von Jane Doe", "Author: Jane
    Doe"), each a name; [] for any other line, a name before a date among them."""
    m = BYLINE.match(text)
    return _matched_names(m) if m is not None else []


def labelled_names(text: str) -> list[str]:
    """The names of a line that labels them as its authors' ("Author: Jane Doe", "Text: Jane Doe", BYLINE's
    labelled form); [] for any other line, a byline of "By" among them."""
    m = BYLINE.match(text)
    return _matched_names(m) if m is not None and m.group("names2") is not None else []


def _matched_names(m: re.Match[str]) -> list[str]:
    """The names of a BYLINE match, each one a name."""
    names = _BYLINE_TAIL.sub("", m.group("names") or m.group("names2") or "")
    if "(" in names:  # a role or an affiliation after a name: "Jane Doe (reporting) and John Roe (photos)"
        names = _IN_PARENS.sub("", names)
    found = [n.strip(" .") for n in _NAME_SPLIT.split(names) if n and n.strip(" .")]
    # (a kind of piece is no name: "Columna de Opinión" heads a box, as "Kolumne von Jane Doe" opens a byline)
    return found if found and all(is_name(n) and n.lower() not in _PIECE_KIND_WORDS for n in found) else []


#: PIECE_KINDS, for a lookup
_PIECE_KIND_WORDS: Final = frozenset(PIECE_KINDS)


def _name_before_date(text: str, lowered: str | None = None, alike: bool = False,
                      dates: list[tuple[int, int]] | None = None) -> list[str]:
    """A name and a date on one line: "Jane Doe | May 3, 2024", "Max Muster, 3. Mai 2024"; `lowered`,
    `alike` and `dates` as in byline_names."""
    if not DIGIT.search(text, max(0, len(text) - 30)):  # a date at the end has digits near it
        return []
    if dates is not None:
        date_at = dates[0][0] if dates else -1
    elif not DATE_DIGITS.search(text):  # every form of DATE holds them: the cheap test before it
        return []
    else:
        date_at = _DATE.start_in(text, lowered, alike)
    if date_at <= 0:
        return []
    name = _without_prefix(_DATE_LABEL.sub("", text[:date_at]).strip(" |·•,-–—:/"))
    if "(" in name and ")" not in name[name.index("("):]:
        return []  # a note on the name that the date is in: "Klimaschutzprodukte (bis 31.12.2018)"
    if "(@" in name:
        return []  # an embedded post's signature: "— Jane Doe (@janedoe) November 2, 2021"
    return [name] if NAME_BEFORE_DATE_WORDS[0] <= len(name.split()) <= NAME_BEFORE_DATE_WORDS[1] \
        and is_name(name) else []


#: a time of day right after a date: "um 16:14 Uhr", "um 16.14 Uhr", "at 5:12 pm", "à 09h08"
_TIME_OF_DAY: Final = re.compile(r"^\s*(?:(?:um|at|à|a las|alle)\s*)?\d{1,2}[:.h]\d{2}\s*(?:uhr|am|pm|h)?\b",
                          re.IGNORECASE)
#: what parts a name from what follows it on a date line: "Jane Doe - 91 comments", "Jane Doe | Politics"
#: (where white space starts, or right after a match, which ends in one white space character)
_AFTER_NAME: Final = re.compile(r"(?:(?<!\s)|(?<=[-–—]\s))\s+[-–—]\s|[|•·,(]")
#: what parts a date from a name after it: a comma or a dash ("3. Mai 2024, Max Muster")
_DATE_NAME_SEPARATOR: Final = re.compile(r"(?:(?:(?<!\s)|(?<=[-–—]\s))\s+)?(?:,|[-–—]\s)")  # (as _AFTER_NAME)


def _after_date(text: str) -> str | None:
    """What follows the date that a line opens with, and the time of day after it ("23.06.2016 um 16:14 Uhr -
    Max Muster": " - Max Muster"); None where the line opens with no date."""
    date = DATE.match(text)
    return _TIME_OF_DAY.sub("", text[date.end():]) if date is not None else None


#: what stands between a date and a byline after it: "06.11.2023 | Von Jane Doe"
_BEFORE_BYLINE: Final = " ,-–—|•·"


def dated_by_names(text: str) -> list[str]:
    """The names of a line that is a date, then a byline by its "by" word: "Dezember 26, 2019 von Jane Doe
    Kategorien: …" (WordPress's footer under a post); [] for any other line."""
    rest = _after_date(text)
    m = BYLINE.match(rest.strip(_BEFORE_BYLINE)) if rest is not None else None
    return _matched_names(m) if m is not None and m.group("names") is not None else []


def _name_after_date(text: str) -> list[str]:
    """A date, a comma or a dash, then a name: "1. Februar 2022, Daniel Dillenburg",
    "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen"; or a date, then a byline ("06.11.2023 Von
    Jane Doe")."""
    rest = _after_date(text)
    if rest is None:
        return []
    byline = rest.strip(_BEFORE_BYLINE)
    if BYLINE.match(byline):  # "06.11.2023 | Von Jane Doe"
        return byline_names(byline)
    if not _DATE_NAME_SEPARATOR.match(rest):
        return []  # "21.01.2022 Aktuelle Meldung": a date and a section's name, not a person's
    rest = rest.strip(" ,-–—")
    name = _AFTER_NAME.split(rest, maxsplit=1)[0].strip()
    return [name] if NAME_BEFORE_DATE_WORDS[0] <= len(name.split()) <= NAME_BEFORE_DATE_WORDS[1] \
        and is_name(name) and not NOT_NAMES.match(name) else []


# --- Comment heads ---------------------------------------------------------------------------------

#: a comment's head line is short
COMMENT_HEAD_MAX_CHARS: Final = 100
#: a comment's author has at most this many words
COMMENT_HEAD_MAX_WORDS: Final = 4
#: a time of day anywhere in a line: "13:22", "09h08", "5:12 pm" (not "12.30": a number as often)
_ANY_TIME: Final = re.compile(r"\d{1,2}[:h]\d{2}(?:\s*(?:uhr|am|pm)\b)?", re.IGNORECASE)
#: what sits around a comment's author and date: "am", "um", "on", "at", "@", "|", "—", "[ antworten ]"
_HEAD_FILLER: Final = re.compile(
    r"\b(?:am|um|on|at|le|à|el|il|alle|uhr|says|said|wrote|sagt|schreibt|meint|permanenter link)\b"
    r"|[|@—–,:·•\[\]()]|\s-\s"
    rf"|\b(?:{COMMENT_ACTION_WORDS})\b",
    re.IGNORECASE,
)
#: what names the author in a comment's head: "Comment by", "Kommentar von", "geschrieben von"
_HEAD_BY: Final = re.compile(
    rf"^(?:(?:comment|kommentar|commentaire|comentario|reply|antwort|{BYLINE_VERBS})\s+)?"
    r"(?:by|von|par|por|de|di)\s+",
    re.IGNORECASE,
)
#: a weekday's short name left after a name when its date is cut: "Jane Doe | Mi, 22. April 2020 - 09:56"
_HEAD_WEEKDAY: Final = re.compile(
    rf"(?<=\S)\s+(?:{_WEEKDAYS_SHORT}|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)\.?$", re.IGNORECASE)
#: what a comment's author is called when the commenter gave no name ("Unknown" is Blogger's)
ANONYMOUS: Final = re.compile(r"unknown|anonym(?:ous|e)?|anónimo|anonimo|guest|gast|invité", re.IGNORECASE)
#: a number, or a date in numbers that DATE does not read ("23.09.20")
_NUMBER: Final = re.compile(r"[\d./-]+")
#: a user name as comment heads show it: one word, letters and digits ("RockyRider66", "berg2012")
_USER_NAME: Final = re.compile(r"[^\W_][\w.-]*")


#: where a comment's head runs a name into a short date and the date into a time, spans without space
#: between them: "macbacchi28.09.1914:40" is "macbacchi", "28.09.19", "14:40"
#: (a name that ends in digits, "Rainer555", parts from a date and time that end the line, written in full:
#: "Rainer55518.10.1919:13")
_GLUED_HEAD: Final = re.compile(r"(?<=[^\W\d_])(?=\d{1,2}\.\d{1,2}\.\d{2})|(?<=\d\.\d\d)(?=\d{1,2}:\d\d\b)"
                                r"|(?<=\w)(?=\d\d\.\d\d\.\d\d\d\d:\d\d$)")


def unglued_head(text: str) -> str:
    """A comment's head with a space where a name runs into its date or a short date into its time
    ("macbacchi28.09.1914:40" -> "macbacchi 28.09.19 14:40"); other text as it is."""
    return _GLUED_HEAD.sub(" ", text) if holds_digit(text) else text


def comment_head(text: str) -> tuple[str, str | None] | None:
    """The author and the date (as written, or None for a time alone) of a comment's head line: a name
    and a date or a time, in any order: "Jane Doe am 9. Juni 2017 um 13:22" → ("Jane Doe", "9. Juni
    2017"), "Ruby21:00" → ("Ruby", None), "Comment by Jane Doe — 17.07.2011 @ 13:04"; None when the
    line has no date or time, or more than a name beside it ("Am 5. Mai 2020 war ich dort.")."""
    if len(text) > COMMENT_HEAD_MAX_CHARS or not holds_digit(text):
        return None
    text = unglued_head(text)
    dates = date_spans(text)  # (read once: the first date is the comment's, and all are cut)
    if not dates and _ANY_TIME.search(text) is None:
        return None
    rest = _ANY_TIME.sub(" ", without_dates(text, dates))
    # numbers left beside the date ("23.09.20", a year after "17.07,") are parts of it
    rest = " ".join(w for w in _HEAD_FILLER.sub(" ", rest).split() if not _NUMBER.fullmatch(w))
    name = _HEAD_WEEKDAY.sub("", _HEAD_BY.sub("", rest)).strip(NAME_STRIP)
    if not 1 <= len(name.split()) <= COMMENT_HEAD_MAX_WORDS or (NOT_NAMES.match(name) and not ANONYMOUS.match(name)):
        return None
    if is_name(name) or (" " not in name and _USER_NAME.fullmatch(name) and any(c.isalpha() for c in name)):
        return name, text[dates[0][0]:dates[0][1]] if dates else None
    return None


# --- Author strings from metadata and byline elements -----------------------------------------------

#: a value that is a web address or an e-mail, not a name. "https://facebook.com/x"
NOT_A_NAME: Final = re.compile(r"https?://|www\.|@|\.(com|org|net|de)\b", re.IGNORECASE)

#: the words a byline's "by" may follow ("Written by", "Photos by", "Analysis by": a kind of piece names its
#: writer too; "photos" before "photo", as "photos?"
#: reads), the words for "by", the labels a byline opens with, a colon or not ("Author:", "Autorin",
#: "Authorname" too: they are read at the start of its first word), and those read with a colon only
#: ("Redaktion:"): what BYLINE_PREFIX cuts, and what its cheap test (may_open_with_prefix) reads
BY_OPENERS: Final = ("written", "posted", "published", "reported", "story", "text", "words", "photos", "photo", "a",
                     *PIECE_KINDS)
BY_WORDS: Final = ("by", "von", "par", "por", "di", "door", "de")
PREFIX_STEMS: Final = ("author", "autor", "auteur", "autorin", "verfasser", "posted")
COLON_LABELS: Final = ("redaktion", "text")

#: what is cut from a byline to leave names. "By ", "Von ", "Written by ", "Posted by", "Author:", "Redaktion:"
BYLINE_PREFIX: Final = re.compile(
    rf"^\s*(?:(?:{'|'.join(PIECE_ARTICLES)})\s+(?={'|'.join(PIECE_KINDS)}))?(?:(?:{'|'.join(BY_OPENERS)})\s+)?"
    rf"(?:{'|'.join(BY_WORDS)})\s*:?\s+"
    rf"|^\s*(?:{'|'.join(PREFIX_STEMS)})\s*:?\s*|^\s*(?:{'|'.join(COLON_LABELS)})\s*:\s*",
    re.IGNORECASE,
)

#: the marks and words between names in a byline, and the letters that are such words but for an initial
#: (a letter with a full stop: "Sarah E. Needleman"): what NAME_JOINERS reads, and its cheap test
#: (may_join_names)
JOINER_MARKS: Final = (",", ";", "&", "|", "/")
_JOINING_WORDS: Final = ("and", "und", "et")
_JOINING_LETTERS: Final = ("y", "e")

#: words between names in a byline. "Jane Doe and John Roe", "Jane Doe & John Roe", "A, B und C", "Ana
#: Cruz y Juan Roe"
NAME_JOINERS: Final = re.compile(
    r"(?:(?<!\s)\s+)?(?:" + "|".join(map(re.escape, JOINER_MARKS))
    + "".join(r"|\b" + word + r"\b" for word in _JOINING_WORDS)
    + r"|\b[" + "".join(_JOINING_LETTERS) + r"]\b(?!\.))\s*",
    re.IGNORECASE,
)

#: the words after a byline's names that open its tail ("Jane Doe on", "Jane Doe updated …"): what
#: BYLINE_TAIL reads, and its cheap test (may_have_tail)
TAIL_OPENERS: Final = ("on", "am", "um", "le", "el", "updated", "published", "posted", "in")

#: trailing parts after a byline's names. "Jane Doe | 12 May 2015", "Jane Doe on", "Jane Doe (Press office)"
BYLINE_TAIL: Final = re.compile(
    rf"(?<!\s)\s+(?:{'|'.join(TAIL_OPENERS)})\b.*$|(?:(?<!\s)\s+)?\(.*$|(?:(?<!\s)\s+)?[|•·]\s.*$"
    r"|(?<!\s)\s+\d.*$", re.IGNORECASE
)

#: words that byline elements hold but that are not names. "Posted", "Veröffentlicht", "No author"
NOT_NAMES: Final = re.compile(
    r"^(on|by|von|am|posted|published|updated|veröffentlicht|aktualisiert|publiziert|erschienen|publié|publicado|"
    r"stand|autor|author|authors|no author|e-?mail|phd|ph\.d\.?|md|m\.d\.?|mba|ms|msc|ma|mph|rd|rdn|rn|"
    r"unknown|weiter|more|mehr|read more|jobs|hire|share|print( this)?( article| page| story| post)?|contact( us)?|"
    r"comments?|kommentare?|reply|antworten|view all posts|alle beiträge|written|geschrieben|date|datum|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?-i:[a-z]\w?|\w)|.*:|"
    r".*\s(?:von|by))$",
    re.IGNORECASE,
)

#: an author label inside a line of labelled fields, and the value after it up to the next label.
#: "Datum: 19.11.2021 Autor: Max Muster Quelle: dpa" -> "Max Muster"
LABELLED_AUTHOR: Final = re.compile(
    r"(?:^|\s)(?:autor(?:in|en)?|authors?|auteurs?|autore|verfasser(?:in)?|redaktion|written by|von|by)\s*:\s*"
    r"(?P<names>.+?)(?=\s+[^\W\d_]+\s*:|$)",
    re.IGNORECASE,
)

#: "by" or "von" inside a line, before names: "22. Dezember 2019 von Max Muster"
MID_BYLINE: Final = re.compile(r"\s(?:by|von|par|por|door)\s+(?P<names>[^\W\d_].*)$", re.IGNORECASE)

#: a user name rather than a person's name: one word in lower case, or words joined by dots,
#: dashes or underscores. "jdoe", "jane.doe", "sarah-indra"
HANDLE: Final = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")

#: what is cut from both ends of a name: punctuation, quotes, markdown emphasis
NAME_STRIP: Final = " .:-–—()[]\"'*_/"
#: a part of an author string after a name that is the author's role, not another name: "AP National Security
#: Writer", "deutscher Journalist", "Kolumnist"
ROLE: Final = re.compile(
    r"(?:^|\s)(?:(?:(?:staff|senior|chief|contributing|guest|deputy|managing|executive|associate|national|foreign|"
    r"political|politics|business|economics|sports?|science|health|tech(?:nology)?|culture|music|film|travel|"
    r"food|fashion|features?|opinion|investigative) ){0,2}(?:writer|editor|correspondent|reporter|columnist|"
    r"contributor|journalist(?:in)?|redakteur(?:in)?|kolumnist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|"
    r"chefredakteur(?:in)?|journaliste|rédacteur|rédactrice|periodista|redactor(?:a)?|corresponsal|giornalista))$",
    re.IGNORECASE,
)
#: the last part of an address after an organisation's name ("SPIEGEL ONLINE, Hamburg, Germany"): a country
COUNTRIES: Final = frozenset((
    "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse", "svizzera", "france",
    "italy", "italia", "spain", "españa", "netherlands", "nederland", "belgium", "belgique", "usa", "u.s.a.",
    "united states", "uk", "united kingdom", "canada", "australia", "india", "japan", "china", "brazil", "brasil",
    "mexico", "méxico", "poland", "polska",
))
#: what a byline's name found in a line does not end with: the line's separators ("Reuters, Washington,")
NAME_ENDS: Final = " ,;|·•-–—:"


def tidy_name(name: str) -> str:
    """A byline's name as a name is written: its white space single spaces ("John\u00a0Gruber"), no
    separator of its line at its ends ("Staff Reports -"), and no role after it ("Meg James Staff Writer"),
    also where copied text glued the two ("Meg JamesStaff Writer", "Michael HiltzikBusiness Columnist"). A
    name of one word before the role is a name ("Ann Writer")."""
    if "(" in name and not name.startswith("("):  # a role or a place in parentheses: "Jane Doe (Berlin)"
        name = _IN_PARENS.sub("", name)
    name = " ".join(name.split()).strip(NAME_ENDS)
    glued = _GLUED_BY.match(name)
    if glued is not None:  # "ByJ.R. Stone": copied text glued the byline's "By" to its link
        name = name[glued.end():]
    role = ROLE.search(name)
    if role is None:
        return name
    head = name[:role.start()].rstrip(NAME_ENDS)
    *first, last = head.split(" ") if head else [""]
    if first and head == name[:role.start()] and (glued := _GLUE.search(last)) is not None:
        head = " ".join([*first, last[:glued.start() + 3]])  # the role's first word glued to the name's last
    return head if first else name


#: a byline's word for "by" glued to the name after it ("ByJane Doe", "vonElisa Marvena")
_GLUED_BY: Final = re.compile(r"(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)(?=[A-ZÀ-Þ])")
#: where copied text glued two elements: a word of lower-case letters, then a capital's (the last such place in a
#: word, "McDonaldStaff"); three letters each side, so that a name written so ("McDonald", "DeFino") is not parted
_GLUE: Final = re.compile(r"[a-zà-ÿ]{3}(?=[A-ZÀ-Þ][a-zà-ÿ]{3}[^A-ZÀ-Þ]*$)")
#: an author string longer than this is a paragraph, not a byline
MAX_AUTHOR_STRING: Final = 120
#: one author string names fewer than this many people; more parts make a list of tags
MAX_NAMES_IN_ONE: Final = 6
#: an author name has at most this many words
MAX_NAME_WORDS: Final = 5


#: a line of an author's role is at most this long
ROLE_LINE_MAX_CHARS: Final = 40
#: a social network's handle alone on its line: "@andywoodcock"
SOCIAL_HANDLE: Final = re.compile(r"@[\w.]{2,30}")


def role_or_handle(text: str) -> bool:
    """A line that is only an author's role ("Political Editor", "Redakteurin") or a social handle
    ("@andywoodcock"): a byline's line that names no one."""
    if len(text) > ROLE_LINE_MAX_CHARS:
        return False
    # (ROLE from the line's start: match, not a search of every place in it)
    return ROLE.match(text) is not None or SOCIAL_HANDLE.fullmatch(text) is not None


def is_handle(name: str) -> bool:
    """A user name ("jdoe", "jane.doe"), not a name as a person writes it ("Jane Doe")."""
    return HANDLE.fullmatch(name) is not None


def name_line(text: str, dates: list[tuple[int, int]] | None = None) -> list[str]:
    """The one name a short byline line shows, its label and date cut: "Von: Jane Doe" → ["Jane Doe"],
    "Posted on 9 July 2024 by Jane Doe" → ["Jane Doe"], "… von gizzmo" → ["gizzmo"]; [] when what is left
    is not a name. `dates` is date_spans(text) where the caller has it."""
    value, marked = _after_label(" ".join(without_dates(text, date_spans(text) if dates is None else dates).split()))
    if not marked:  # no label: the whole line must be the name
        value = " ".join(text.split())
    if value.endswith(")") and "(" in value:  # a role or an affiliation after the name: "Jane Doe (Reuters)"
        value = value[:value.rfind("(")]
    value = value.strip(NAME_STRIP)
    if " / " in value:  # two names parted by a slash: "Laura Jordán / Javier Urbina"
        names = [part.strip() for part in value.split(" / ")]
        return names if all(len(name.split()) >= 2 and is_name(name) and not NOT_NAMES.match(name)
                            for name in names) else []
    # after "by" or a label, a user name is a name too ("Posted on 5 April 2015 by marc")
    return [value] if value and (is_name(value) or (marked and is_handle(value))) and not NOT_NAMES.match(value) \
        else []


def _after_label(value: str) -> tuple[str, bool]:
    """What follows a byline's label or "By", its tail cut ("Autor: Jane Doe Quelle: dpa" → "Jane Doe",
    "By Jane Doe | 3 May" → "Jane Doe"), and whether a label or "By" was there. (Each pattern searched
    for only where the text holds what every match of it holds: a colon, or in ASCII text one of
    MID_BYLINE's words, a first word BYLINE_PREFIX starts with, a word BYLINE_TAIL reads; the patterns
    try every place of the line.)"""
    labelled = LABELLED_AUTHOR.search(value) if ":" in value else None
    if labelled is None and may_hold_mid_byline(value):
        labelled = MID_BYLINE.search(value)
    if labelled and labelled.start() > 0:
        return _without_tail(_without_prefix(labelled.group("names"))), True
    names = _without_prefix(value)
    return _without_tail(names), names != value


#: the words BYLINE_PREFIX reads as a whole first word, lowered (followed by white space or a colon)
PREFIX_WORDS: Final = frozenset((*PIECE_ARTICLES, *BY_OPENERS, *BY_WORDS, *COLON_LABELS))
#: the words BYLINE_TAIL reads after white space (each ending where a word does), by their first letter
TAIL_WORDS: Final = {first: tuple(word for word in TAIL_OPENERS if word[0] == first)
                     for first in dict.fromkeys(word[0] for word in TAIL_OPENERS)}
#: the digits, which BYLINE_TAIL reads after white space too
TAIL_DIGITS: Final = frozenset("0123456789")


def _first_ascii_word(text: str) -> str:
    """The ASCII letters that open the text after its white space, lowered ("" when none does)."""
    text = text.lstrip()  # the white space "\s" reads (str.isspace)
    end = 0
    while end < len(text) and 97 <= ord(text[end]) | 32 <= 122:  # an ASCII letter (| 32: its lower case)
        end += 1
    return text[:end].lower()


def may_open_with_prefix(text: str) -> bool:
    """False where BYLINE_PREFIX cannot match: ASCII text whose first word (after white space) is none of
    PREFIX_WORDS and starts with none of PREFIX_STEMS (in ASCII text, case-insensitive matching is
    matching lowered text; text beyond ASCII is read by the pattern)."""
    if not _IS_ASCII(text):
        return True
    word = _first_ascii_word(text)
    return word in PREFIX_WORDS or word.startswith(PREFIX_STEMS)


def _without_prefix(text: str) -> str:
    """BYLINE_PREFIX.sub("", text)."""
    return BYLINE_PREFIX.sub("", text) if may_open_with_prefix(text) else text


def may_have_tail(text: str) -> bool:
    """False where BYLINE_TAIL cannot match: ASCII text without "(" or "|" (its other marks are beyond
    ASCII) in which no word after white space opens with a digit or with one of its words (TAIL_WORDS)
    followed by no letter, digit or "_"; the first word counts when white space opens the text, where a
    match may start too. Text beyond ASCII is read by the pattern."""
    if not _IS_ASCII(text) or "(" in text or "|" in text:
        return True
    words = text.split()
    for word in words[0 if text[:1].isspace() else 1:]:
        first = word[0].lower()
        if first in TAIL_DIGITS:
            return True
        if first in TAIL_WORDS:
            lowered = word.lower()
            for tail in TAIL_WORDS[first]:
                if lowered.startswith(tail) and (len(lowered) == len(tail) or not _is_word_char(lowered[len(tail)])):
                    return True
    return False


def _is_word_char(char: str) -> bool:
    """Whether an ASCII character is one that "\\w" reads: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def _without_tail(text: str) -> str:
    """BYLINE_TAIL.sub("", text)."""
    return BYLINE_TAIL.sub("", text) if may_have_tail(text) else text


#: the words NAME_JOINERS reads between names, lowered ("and", "und", "et", "y", "e")
JOINER_WORDS: Final = frozenset((*_JOINING_WORDS, *_JOINING_LETTERS))


def may_join_names(text: str) -> bool:
    """False where NAME_JOINERS cannot match: ASCII text of letters and digits in words parted by spaces
    (the words its word boundaries part), none of them one of JOINER_WORDS, and without JOINER_MARKS.
    Other text is read by the pattern."""
    if not _IS_ASCII(text) or any(mark in text for mark in JOINER_MARKS) or not text.replace(" ", "").isalnum():
        return True
    return any(word in JOINER_WORDS for word in text.lower().split(" "))


def not_a_name(text: str) -> bool:
    """Whether NOT_A_NAME is found in the text (an address, a mail, a domain): every match of it holds
    ":", "." or "@", the cheap test before the pattern."""
    return ("." in text or "@" in text or ":" in text) and NOT_A_NAME.search(text) is not None


#: the words of MID_BYLINE, one of which a line of ASCII that it matches holds, lowered
MID_BYLINE_WORDS: Final[tuple[str, ...]] = ("by", "von", "par", "por", "door")


def may_hold_mid_byline(text: str) -> bool:
    """False where MID_BYLINE cannot match: ASCII text that holds none of its words, lowered (in ASCII
    text, case-insensitive matching is matching lowered text; text beyond ASCII is read by the pattern)."""
    if not _IS_ASCII(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in MID_BYLINE_WORDS)


#: DATE read the faster way where it is read for its places (see date_spans)
_DATE_LOWERED: Final = _DATE.lowered


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where DATE matches in the text, in order (the spans of Pattern.finditer): none where the text
    holds no DATE_DIGITS (every form of DATE holds them: the cheap test before it), and ASCII text read
    lowered, with DATE compiled case-sensitively (see Caseless), which finds the same places. A line that
    several readers search for dates is read once (a byline: for a name before its date, for the name
    left when its dates are cut, for the date itself)."""
    if DATE_DIGITS.search(text) is None:
        return []
    if _DATE_LOWERED is not None and _IS_ASCII(text):
        return [m.span() for m in _DATE_LOWERED.finditer(text.lower())]
    return [m.span() for m in DATE.finditer(text)]


def without_dates(text: str, dates: list[tuple[int, int]]) -> str:
    """DATE.sub(" ", text), given date_spans(text): each date replaced by a space."""
    if not dates:
        return text
    parts: list[str] = []
    end = 0
    for start, stop in dates:
        parts.append(text[end:start])
        end = stop
    parts.append(text[end:])
    return " ".join(parts)


def clean_authors(raw: list[str], shown: bool = False) -> list[str]:
    """Names from author strings: "By " cut, split on "and"/",", addresses, roles and labels dropped, characters
    no one sees taken out.
    `shown`: the strings are text the page shows (a byline element), not metadata, so each name must
    also read as a name (is_name): "Por lo mismo, …" gives none.

    >>> clean_authors(["By Jane Doe and John Roe"])
    ['Jane Doe', 'John Roe']
    >>> clean_authors(["Datum: 19.11.2021 Autor: Max Muster Quelle: dpa"], shown=True)
    ['Max Muster']
    """
    names: list[str] = []
    for value in raw:
        value = without_invisible(value)
        # (a date is no part of a name: "Jane Doe December 4, 2018", a byline element's "December 4, 2018")
        value = " ".join(without_dates(value, date_spans(value)).split())
        if may_join_names(value) and len(NAME_JOINERS.findall(value)) >= MAX_NAMES_IN_ONE:
            continue  # a list of tags or categories, not a byline
        if not value or not_a_name(value) or len(value) > MAX_AUTHOR_STRING:
            continue
        value = _after_label(value)[0]
        if value.endswith(":"):
            continue  # a label alone: "Quelle:"
        parts = NAME_JOINERS.split(value) if may_join_names(value) else [value]
        if len(parts) >= 3 and parts[-1].strip(NAME_STRIP).casefold() in COUNTRIES:
            parts = parts[:-2]  # an organisation's address: "Olympia-Verlag GmbH, Nürnberg, Germany"
        for at, name in enumerate(parts):
            name = name.strip(NAME_STRIP)
            if not name or len(name.split()) > MAX_NAME_WORDS:
                continue
            # (a role after a name: "Jane Doe, Staff Writer"; a name first is a name: "Ann Writer")
            if NOT_NAMES.match(name) or MONTH_ALONE.fullmatch(name) or (at and ROLE.search(name)) \
                    or (shown and not is_name(name)):
                continue
            if " " in name and any(ch.isdigit() for ch in name):
                continue  # a date or a number, not a name ("22. Dezember"); one word may be a user name
            if not any(ch.isalpha() for ch in name) or name.casefold() in (n.casefold() for n in names):
                continue
            names.append(name)
    return names
