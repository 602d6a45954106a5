"""Caseless reads a vocabulary in pieces (by a line's first character, behind substring tests): the pieces
must answer as the whole pattern does, on forms made to probe them and on the corpus's lines."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import areas, bylines, dates, features, vocab
from artextract.vocab import (
    BOILERPLATE_LINE,
    COMMENTS_HEADING,
    CREDIT_ONLY,
    DATELINE,
    HEAD_CHARS,
    IMAGE_LABEL,
    RELATED_HEADING,
    Caseless,
    _first_characters,
    _heads,
    _leading_alternatives,
    _needed_strings,
    lowers_alike,
)

from .conftest import need_shared

DIGITS = frozenset("0123456789")


@pytest.mark.parametrize(("alternative", "firsts"), [
    ("share", "s"),
    ("e-?mail", "e"),
    ("(view|see|show) all", "vs"),
    ("(jetzt )?kommentieren( sie hier)?", "jk"),
    ("((beitrag|artikel|seite) )?teilen", "bast"),
    (r"\(?no (ratings|reviews) yet\)?", "(n"),
    (r"\(c\) ?\d{4}", "("),
    (r"\d{1,2}[:.]\d{2}", DIGITS),
    (r"[\d.,]+ views", DIGITS | {".", ","}),
    (r"((facebook|x)[\s|,·]*){2,}", "fx"),
    ("x{0,2}y", "xy"),
    ("x*y+z", "xy"),
    ("x??y", "xy"),
    ("[a-c]d", "abc"),
])
def test_first_characters_are_told(alternative: str, firsts: str) -> None:
    assert _first_characters(alternative) == frozenset(firsts)


@pytest.mark.parametrize("alternative", [
    ".{0,100}ctrl", "(.{0,40} )?all rights reserved", r"\s*x", r"\w+", "[^a]b", "(a)?", "a?", "(?=a)a", "^a",
    r"[\x00-\x7f]", "x{0}", "(a|)", "(a|b?)",
])
def test_first_characters_not_told_where_any_may_start(alternative: str) -> None:
    # a part that may match nothing, any character, or a character that cannot be told leaves them open
    assert _first_characters(alternative) is None


@pytest.mark.parametrize(("alternative", "heads"), [
    ("share", {("sha", True)}),
    ("(view|see|show) all", {("vie", True), ("see", True), ("sho", True)}),
    ("ok", {("ok", False)}),
    ("e-?mail", {("e-m", True), ("ema", True)}),
    ("x{0,2}y", {("xxy", True), ("xy", False), ("y", False)}),
    ("x*y+z", {("xxx", True), ("xxy", True), ("xyy", True), ("xyz", True), ("yyy", True), ("yyz", True),
               ("yz", False)}),
    ("a.b", {("a", True)}),  # what follows "a" cannot be told
    (r"no\s+comments", {("no", True)}),  # ten kinds of white space end the heads
    (r"\bab(?=c)c", {("abc", True)}),  # zero-width parts are read as if they were not there
    (r"ab$", {("ab", False)}),
])
def test_heads(alternative: str, heads: set[tuple[str, bool]]) -> None:
    assert _heads(alternative, 0, len(alternative)) == heads


@pytest.mark.parametrize("alternative", [".{0,100}ctrl", r"\w+x", "(a)?", "[^a]b"])
def test_heads_not_told_where_the_first_character_is_not(alternative: str) -> None:
    assert _heads(alternative, 0, len(alternative)) is None


@given(st.text(alphabet="abxy .-", max_size=8))
@settings(max_examples=400, deadline=None)
def test_heads_hold_every_match(text: str) -> None:
    # what a pattern matches at the start of a text starts with one of its heads
    for alternative in ("(ab|a)x?y*", "x{0,2}y", "a(b|c)?.y", "(ab)+ ?x", "a[b-y]{1,2}", "(a|)b"):
        heads = _heads(alternative, 0, len(alternative))
        found = re.match(alternative, text)
        if found and heads is not None:
            assert any(text.startswith(head) for head, _ in heads), (alternative, text)


@pytest.mark.parametrize(("alternative", "needed"), [
    (r".{0,100}ctrl\s?\+\s?enter.{0,120}", ("ctrl", "+", "enter")),
    (r"(.{0,40} )?all rights reserved\.?", ("all rights reserved",)),
    ("ab?c", ("a", "c")),
    ("a(b|c)d", ("a", "d")),
    (r"\w+", ()),
    ("a|b", ()),
])
def test_needed_strings(alternative: str, needed: tuple[str, ...]) -> None:
    assert _needed_strings(alternative) == needed


def test_leading_alternatives_of_every_branch() -> None:
    assert _leading_alternatives(r"^(a|b)x$|^c\d|(?:^(d)y|^e)") == [("a", "x$"), ("b", "x$"), ("c\\d", ""),
                                                                    ("d", "y"), ("e", "")]
    # a group that may be left out is no list of alternatives; a back-reference keeps the branches whole
    assert _leading_alternatives(r"^(a|b)?c") == [("(a|b)?c", "")]
    assert _leading_alternatives(r"^(?P<x>a)|^(?P=x)") == []


#: forms that reach each way of reading: the first character, a "(" or a digit first, the alternatives
#: behind substring tests, branches after the first, non-ASCII text and letters that fold otherwise
FORMS = ["Share on Facebook", "SHARE ON FACEBOOK", "Privacy Policy", "Zurück", "İmpressum", "Sſkip", "",
         "(No ratings yet)", "No ratings yet", "(noch keine Bewertungen)", "12:30 Uhr", "1,204 views", "4.5 stars",
         ".5 views", "Facebook Twitter", "Twitter, Facebook", "Jetzt kommentieren", "kommentieren Sie hier",
         "Artikel teilen", "teilen", "Acme Inc. All rights reserved.", "All rights reserved", "(c) 2020 Acme",
         "© Acme", "View all (23)", "Found a mistake? Select it and press Ctrl + Enter", "ctrl+enter",
         "Press Ctrl+Enter to send", "Actualmente puntuado con 4 estrellas", "puntuada con 3",
         "3 comments", "No comments", "Leave a Reply", "12 Kommentare", "Ein Gedanke zu „X“", "5 комментариев",
         "Read more", "You may also like", "Die meistgelesenen Artikel bei X", "Related", "Zum Thema",
         "Click to enlarge", "Photo 3 of 12", "12 photos", "Read also: x", "Lea también - y", "Name *",
         "Updated March 3, 2024", "3 hours ago", "vor 3 Stunden", "AFP/Getty Images", "Photo: Reuters"]
#: the vocabularies that Caseless reads in pieces
PATTERNS = [BOILERPLATE_LINE, COMMENTS_HEADING, RELATED_HEADING, DATELINE, IMAGE_LABEL, CREDIT_ONLY,
            features._OTHER_BOILERPLATE.pattern]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pieces_answer_as_the_pattern(pattern: re.Pattern[str]) -> None:
    caseless = Caseless(pattern)
    for line in FORMS:
        for text in (line, line.lower(), line + " (3)", line + ":"):
            assert caseless.matches(text) is (pattern.match(text) is not None), text


def _corpus_lines() -> list[str]:
    folder = need_shared("corpus", "scrapinghub", "text-browser")
    lines = {line.strip() for path in sorted(folder.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()}
    return sorted(line for line in lines if line and len(line) <= features.SHORT_LINE_MAX_CHARS)


def test_vocabularies_answer_as_their_patterns_on_the_corpus() -> None:
    wrapped = [value for module in (features, areas, bylines, dates) for value in vars(module).values()
               if isinstance(value, Caseless)] + [c for c, _ in dates._NAMED_DATES]
    lines = _corpus_lines()
    assert len(lines) > 1000
    for caseless in wrapped:
        differ = [line for line in lines if caseless.matches(line) is not (caseless.pattern.match(line) is not None)]
        assert differ == [], caseless.pattern.pattern[:40]


def test_keys_answer_as_holds_any_on_the_corpus() -> None:
    from artextract.vocab import CREDIT_AGENCIES, CREDIT_LABEL_WORDS, Keys, holds_any

    lines = _corpus_lines() + FORMS + ["We use cookies", "Getty Images", "İmago", "quelle: x", "©"]
    for words in (features.CONSENT_KEYS, CREDIT_LABEL_WORDS, CREDIT_AGENCIES):
        keys = Keys(words)
        gates = [(gate, shared, group) for gate, runs in keys.gates for shared, group in runs]
        view_gates = [(gate, shared, group) for gate, runs in keys.view_gates for shared, group in runs]
        # each character is sought once
        assert len({gate for gate, _ in keys.gates}) == len(keys.gates)
        assert len({gate for gate, _ in keys.view_gates}) == len(keys.view_gates)
        assert all(gate in word and shared in word for gate, shared, group in gates for word in group)
        # every word is sought, or one that it holds is (a word that holds another is found only where it is)
        sought = [word for _, _, group in gates for word in group]
        assert set(sought) <= set(words) and all(any(other in word for other in sought) for word in words)
        assert sorted(word for _, _, group in view_gates for word in group) == sorted(map(vocab._as_view, sought))
        assert all(gate in word and shared in word for gate, shared, group in view_gates for word in group)
        # a run is shared by the words behind it, and is long enough to be rare
        assert all(len(group) > 1 and len(shared) >= vocab.SHARED_MIN_CHARS for _, shared, group in gates if shared)
        for line in lines:
            assert keys.held_by(line) is holds_any(line, words), line
            assert keys.in_lowered(line.lower()) is any(word in line.lower() for word in words), line


def test_months_by_first_letter_read_as_listed() -> None:
    # DATE and DATELINE read the month names gathered by first letter: the same matches, in the same places
    from artextract.vocab import _MONTH_FORMS, _MONTHS, DATE, by_first_letter

    assert by_first_letter("jan|feb|jun|j") == "j(?:an|un|)|feb"
    assert by_first_letter("a?b|c") == "a?b|c"  # an optional first letter: left as it is
    for pattern in (DATE, DATELINE):
        listed = re.compile(pattern.pattern.replace(_MONTHS, _MONTH_FORMS), pattern.flags)
        assert listed.pattern != pattern.pattern
        for line in _corpus_lines() + FORMS + ["Mars 3, 2020", "3. März 2021", "3 févr. 2020", "JUNE 3, 2020"]:
            assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in listed.finditer(line)], line
            assert bool(pattern.match(line)) is bool(listed.match(line)), line


def test_every_date_holds_a_year_or_a_slash_between_digits() -> None:
    # DATE_DIGITS is the cheap test before DATE (see bylines._name_before_date)
    from artextract.vocab import DATE, DATE_DIGITS

    forms = ["May 29, 2014", "29 May 2014", "29. Mai 2014", "2014-05-29", "29.05.2014", "05/29/2014", "3/5/24",
             "3 de mayo de 2024", "1st June 2020"]
    for line in _corpus_lines() + forms:
        for m in DATE.finditer(line):
            assert DATE_DIGITS.search(m.group(0)), line
    assert all(DATE.search(form) for form in forms)


def test_credit_in_parentheses_is_found_in_the_last_ones() -> None:
    from artextract.vocab import CREDIT_PARENS

    lines = [*_corpus_lines(), "A (b) c (Photo: AFP)", "x (Getty Images)", "(AFP)", "a (AFP) (b)", "a ((AFP))",
             "Photo (AFP/Getty) x)", "İ (AFP)", "x  (Reuters)"]
    for line in (line for line in lines if line.endswith(")")):
        assert bool(CREDIT_PARENS.search(features._last_parens(line))) is bool(CREDIT_PARENS.search(line)), line


def test_vocabularies_answer_as_their_patterns_on_lines_that_lower_alike() -> None:
    # the lines beyond ASCII that lower alike are read lowered too (see lowers_alike)
    from artextract.vocab import lowers_alike

    wrapped = [value for module in (features, areas, bylines, dates) for value in vars(module).values()
               if isinstance(value, Caseless)] + [c for c, _ in dates._NAMED_DATES]
    lines = [*_corpus_lines(), *FORMS, "Σ Ström", "„Kommentare“", "Ärger: Über uns", "© Jane", "Zurück",
             "Schließen", "Ausblick ẞ", "комментарии (3)", "ПОХОЖИЕ СТАТЬИ", "Читайте также", "µg", "ıx", "İmpressum"]
    lines += [line.upper() for line in lines] + [line.title() for line in lines]
    alike_lines = [(line, line.lower()) for line in lines if not line.isascii() and lowers_alike(line, line.lower())]
    assert len(alike_lines) > 100
    for caseless in wrapped:
        for line, lowered in alike_lines:
            assert caseless.matches(line, lowered, True) is (caseless.pattern.match(line) is not None), line
            found = caseless.pattern.search(line)
            assert caseless.start_in(line, lowered, True) == (found.start() if found else -1), line


def test_lowering_strays_are_the_characters_that_read_otherwise() -> None:
    # beyond LOWERING_STRAYS, every character lowers to one, and a case-insensitive pattern character that
    # is its own lower case (and no stray) matches a character where the character lowers to it: read on
    # every character, for the letters of every vocabulary that Caseless reads and those that re equates
    # with others; and "\w", "\s", "\d" read a character as its lower case
    import sys
    from string import ascii_lowercase

    from artextract.vocab import LOWERING_STRAYS

    strays = set(LOWERING_STRAYS)
    assert "ΟΣ".lower() == "ος" and "Σ" in strays  # lowered by its place in a word, unlike a pattern reads it
    every = [chr(c) for c in range(sys.maxunicode + 1)]
    assert [c for c in every if len(c.lower()) != 1] == ["İ"]
    wrapped = [value for module in (features, areas, bylines, dates) for value in vars(module).values()
               if isinstance(value, Caseless)] + [c for c, _ in dates._NAMED_DATES]
    alphabet = set(ascii_lowercase).union(*(c.pattern.pattern for c in wrapped if c.beyond_ascii))
    try:
        from re import _casefix  # type: ignore[attr-defined]  # re's table of the letters it equates
        alphabet |= {chr(c) for key, others in _casefix._EXTRA_CASES.items() for c in (key, *others)}
    except ImportError:
        pass
    letters = sorted(p for p in alphabet if p == p.lower() and p not in strays and p.isalpha())
    text = "".join(c for c in every if c not in strays)
    either = re.compile("|".join(map(re.escape, letters)), re.IGNORECASE)
    for found in either.finditer(text):
        c = found.group()
        assert [p for p in letters if re.fullmatch(re.escape(p), c, re.IGNORECASE)] == [c.lower()], c
    for category in (r"\w", r"\s", r"\d"):
        members = set(re.findall(category, "".join(every)))
        assert [c for c in text if (c in members) is not (c.lower() in members)] == [], category


#: what a line may start with beyond ASCII: quotes, dashes, letters, a no-break space, a decimal digit of
#: another script (which "\d" matches), a letter of another case
_STARTS_BEYOND_ASCII = ["“", "«", "– ", "é", "Ü", "中", "\xa0", "٣", "١٢ ", "३", "ǅ", "ß"]


def test_heads_beyond_ascii_answer_as_the_pattern() -> None:
    """A line that lowers alike (see lowers_alike) whose head is beyond ASCII is read by its first
    character (see Caseless.matches): the answer is the pattern's, on the forms started every such way
    and on the corpus's lines."""
    wrapped = [value for module in (features, areas, bylines, dates) for value in vars(module).values()
               if isinstance(value, Caseless)] + [c for c, _ in dates._NAMED_DATES] \
        + [Caseless(pattern) for pattern in PATTERNS]
    texts = [start + line for start in _STARTS_BEYOND_ASCII for line in FORMS] \
        + [line[:1] + start + line[1:] for start in _STARTS_BEYOND_ASCII for line in FORMS] \
        + [line for line in _corpus_lines() if not line[:HEAD_CHARS].isascii()] \
        + ["٣ comments", "١٢ views", "3٣ comments", "«Share on Facebook", "“Related”", "© Acme", "©2020 Acme"]
    for caseless in wrapped:
        for text in texts:
            for line in (text, text.lower()):
                lowered = line.lower()
                alike = lowers_alike(line, lowered)
                assert caseless.matches(line, lowered, alike) is (caseless.pattern.match(line) is not None), line
                assert caseless.matches(line, lowered, alike, lowered[:HEAD_CHARS]) \
                    is (caseless.pattern.match(line) is not None), line
