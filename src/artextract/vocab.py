"""Every word list and pattern the rules use, compiled once, each with an example it matches.

Vocabularies cover the languages the pages come in most (English first, then German, French,
Spanish, Italian, Dutch, Portuguese); a rule never keys on one site's wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

_I: Final = re.IGNORECASE

#: the characters that a case-insensitive pattern takes for an ASCII letter which str.lower() does not
#: turn into it: "İ" and "ı" match "i", "ſ" matches "s"
_OTHER_CASES: Final = frozenset("İıſ")


#: what makes a case-insensitive pattern unsafe to run case-sensitively on lowered text (see Caseless),
#: read with its escapes taken out: inline flags, upper-case letters, the characters above, and ranges
#: with a non-ASCII end (which may hold one of them)...
_NOT_LOWERABLE: Final = re.compile(r"\(\?[a-zA-Z-]+[:)]|[A-Z]|[İıſK]|[^\x00-\x7f]-|-[^\x00-\x7f]")
#: ...and escapes that name a character
_CHARACTER_ESCAPE: Final = re.compile(r"\\[uUxN0-9]")
#: a group's name, which matches no text (its "P" is no upper-case letter to match)
_GROUP_NAME: Final = re.compile(r"\(\?P<\w+>")
#: any escape ("\s", "\(")
_ESCAPE: Final = re.compile(r"\\.")


#: the characters beyond ASCII with which lowering a text and reading it with a pattern compiled
#: case-sensitively may not answer as the pattern itself, case-insensitive, does (see lowers_alike): "İ",
#: which lower() turns into two characters, and "Σ", which it turns into "ς" or "σ" by its place in a
#: word; and those that a case-insensitive pattern takes for a letter that lower() does not turn them
#: into, or that such a pattern reads as another letter: "ı" and "ſ" ("i", "s"), "µ" (Greek "μ"), "ς"
#: ("σ"), "ϐ" ("β") and their like in Greek, "ᲀ" (Cyrillic "в") and its like, "ẛ", "ﬅ" (the tests read
#: every character)
LOWERING_STRAYS: Final = "İıſµͅΣςϐϑϕϖϰϱϴϵᲀᲁᲂᲃᲄᲅᲆᲇᲈẛ\u1fbe\u1fd3\u1fe3ﬅ"
_LOWERING_STRAY: Final = re.compile(f"[{LOWERING_STRAYS}]")


#: str.isascii, called as a function: compiled, a method that mypyc has no primitive for is looked up by
#: name at each call (see shape.fold_case), and Caseless.matches runs a dozen times a line
_IS_ASCII: Final = str.isascii


def lowers_alike(text: str, lowered: str) -> bool:
    """Whether the text, lowered (`lowered`: text.lower()), is read by a case-insensitive pattern's
    lowered form (see Caseless.beyond_ascii) as the text by the pattern itself: ASCII text always is,
    other text where it lowers character by character (to as many) and holds none of LOWERING_STRAYS."""
    return _IS_ASCII(text) or (len(lowered) == len(text) and _LOWERING_STRAY.search(text) is None)


#: a vocabulary of this many alternatives or more (BOILERPLATE_LINE's 185) is read with one pattern for
#: each first character: read as one, the alternatives that start with another character, those that
#: start with a group most, cost 25 M instructions more over the 176 scrapinghub text page runs (10 M on
#: HTML) than a pattern for each first character does, its compiling included (callgrind, compiled); a
#: shorter one is read as one pattern, compiled once (compiling one for each character cost more than it
#: saved)
BY_FIRST_MIN_ALTERNATIVES: Final = 150


class Caseless:
    """A case-insensitive pattern, matched faster on ASCII text: lowered first, then matched by the same
    pattern compiled case-sensitively, which gives the same answer. Python's regex engine passes over an
    alternative whose first letter differs at the cost of one comparison, but only in a case-sensitive
    pattern; a case-insensitive one lowers each character it compares, for every alternative, and the long
    vocabularies below (two hundred alternatives in BOILERPLATE_LINE) are read on every short line of a
    page. Text beyond ASCII is read so too where the caller has checked that lowering it gives the same
    answer (see lowers_alike: most lines beyond ASCII hold no more than curly quotes, dashes and accented
    letters). Other text is matched by the pattern itself, and so is all text where lowering it first could
    change the answer (a pattern with an upper-case letter, an inline flag, a character such as "ı")."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        self.pattern = pattern
        #: the pattern compiled case-sensitively, for lowered ASCII text, or None where it would not do
        self.lowered: re.Pattern[str] | None = None
        #: for a lowered vocabulary of the form ^(A|B|…)rest|^(C|…)rest2|…, each alternative with what follows
        #: it (see matches)
        self.alternatives: list[tuple[str, str]] = []
        #: whether the lowered pattern reads lowered text beyond ASCII too (see lowers_alike): where every
        #: character of the pattern is its own lower case and none of LOWERING_STRAYS
        self.beyond_ascii = False
        unescaped = _GROUP_NAME.sub("(", _ESCAPE.sub("", source))
        if pattern.flags & re.IGNORECASE and not _CHARACTER_ESCAPE.search(source) \
                and not _NOT_LOWERABLE.search(unescaped):
            self.lowered = re.compile(source, pattern.flags & ~re.IGNORECASE)
            self.beyond_ascii = unescaped == unescaped.lower() and _LOWERING_STRAY.search(unescaped) is None
            if not pattern.flags & re.VERBOSE:
                self.alternatives = _leading_alternatives(source)
        #: each alternative's first characters (see _first_characters)
        self.first_characters = [_first_characters(alternative) for alternative, _ in self.alternatives]
        if all(firsts is None and not _needed_strings(alternative)
               for (alternative, _), firsts in zip(self.alternatives, self.first_characters)):
            self.alternatives, self.first_characters = [], []  # nothing to tell them by: read as one
        #: the characters that the alternatives whose first characters can be told start with
        self.starts = frozenset(char for firsts in self.first_characters if firsts is not None for char in firsts)
        #: the first HEAD_CHARS characters those alternatives' matches may start with (see _heads)...
        self.heads: frozenset[str] = frozenset()
        #: ...and the fewer characters that some start with, where what follows cannot be told or they may
        #: match no more
        self.short_heads: frozenset[str] = frozenset()
        heads: set[str] = set()
        short_heads: set[str] = set()
        for (alternative, rest), firsts in zip(self.alternatives, self.first_characters):
            if firsts is not None:
                told = _heads(alternative + rest, 0, len(alternative + rest))
                for head in (firsts if told is None else [head for head, _ in told]):
                    (heads if len(head) == HEAD_CHARS else short_heads).add(head)
        self.heads, self.short_heads = frozenset(heads), frozenset(short_heads)
        #: the characters that those start with (a line that starts otherwise is read by its heads alone)
        self.short_firsts = frozenset(head[:1] for head in short_heads)
        #: those alternatives as one pattern (see matches), compiled when first read...
        self.told: re.Pattern[str] | None = None
        #: ...or, in a vocabulary of BY_FIRST_MIN_ALTERNATIVES or more, one pattern for each first character,
        #: of the alternatives that may start with it
        self.by_first: dict[str, re.Pattern[str]] | None = None
        if self.starts and len(self.first_characters) >= BY_FIRST_MIN_ALTERNATIVES:
            self.by_first = {}
        #: the alternatives whose first characters cannot be told, as patterns of their own, each with the
        #: strings that a line must hold for it to match (see _needed_strings): ".{0,100}ctrl\\s?\\+\\s?enter"
        #: needs "ctrl", "+" and "enter" (the pattern, which reads up to a hundred characters and steps back
        #: from each, costs many times what the substring searches do); compiled when first read
        self.anywhere: list[tuple[tuple[str, ...], re.Pattern[str]]] | None = None

    def matches(self, text: str, lowered: str | None = None, alike: bool = False, head: str | None = None) -> bool:
        """Whether the pattern matches at the start of the text (Pattern.match). `lowered` is text.lower()
        where the caller has it already (a line that several vocabularies read is lowered once), `alike`
        whether lowers_alike(text, lowered) holds, where the caller has read it (for text beyond ASCII), and
        `head` lowered[:HEAD_CHARS], where the caller reads the line with several vocabularies (sliced once,
        and hashed once for all their sets of heads).

        A vocabulary of the form ^(A|B|…)rest|^(C|…)rest2|… is read with its alternatives whose first
        characters can be told only where the lowered text starts with one of those (most lines start with
        a letter that none of COMMENTS_HEADING's or BYLINE's starts with) and its first HEAD_CHARS
        characters are what one of them may start with (see heads), and with each of the others only
        where the text holds the strings it needs. (One pattern for each first character, of the
        alternatives that start with it, cost less to read, but compiling them cost more than the lines of
        a batch of a hundred pages saved: 140 M instructions for 7,500 lines, callgrind; but for the
        longest vocabulary, see BY_FIRST_MIN_ALTERNATIVES.)"""
        ascii = _IS_ASCII(text)
        if self.lowered is not None and (ascii or (alike and self.beyond_ascii)):
            if lowered is None:
                lowered = text.lower()
            if not self.alternatives:
                return self.lowered.match(lowered) is not None
            # (what an alternative's first HEAD_CHARS characters are is told for ASCII characters: see _heads;
            # the head is sliced here only where a line's first character lets it be read)
            first = lowered[:1] if head is None else head[:1]
            if ascii or _IS_ASCII(lowered[:HEAD_CHARS] if head is None else head):
                may_start = first in self.starts \
                    and self._may_start(lowered[:HEAD_CHARS] if head is None else head, first)
            else:
                # a head beyond ASCII is read by its first character alone, which an alternative whose first
                # characters are told starts with if it is one of them (a character beyond ASCII among them
                # stands for itself), but for "\d", told as the digits of ASCII, which a decimal digit of
                # another script matches too: such a line is read with the whole pattern
                if first.isdecimal() and not _IS_ASCII(first):
                    return self.lowered.match(lowered) is not None
                may_start = first in self.starts
            if may_start:
                by_first = self.by_first
                if by_first is not None:
                    told = by_first.get(first)
                    if told is None:
                        told = by_first[first] = self._starting_with(first)
                else:
                    told = self.told
                    if told is None:
                        told = self.told = self._told()
                if told.match(lowered) is not None:
                    return True
            anywhere = self.anywhere
            if anywhere is None:
                anywhere = self.anywhere = self._anywhere()
            for needed, alternatives in anywhere:
                if all(part in lowered for part in needed) and alternatives.match(lowered) is not None:
                    return True
            return False
        return self.pattern.match(text) is not None

    def _may_start(self, head: str, first: str) -> bool:
        """Whether a lowered ASCII text whose first HEAD_CHARS characters are `head` (and first one
        `first`) starts as one of the alternatives whose first characters can be told may match (see
        heads)."""
        if head in self.heads:
            return True
        if first in self.short_firsts:
            for size in range(1, HEAD_CHARS):
                if head[:size] in self.short_heads:
                    return True
        return False

    def _starting_with(self, first: str) -> re.Pattern[str]:
        """The lowered pattern of the alternatives that may start with `first` (one of `starts`)."""
        return self._compile([pair for pair, firsts in zip(self.alternatives, self.first_characters)
                              if firsts is not None and first in firsts])

    def _told(self) -> re.Pattern[str]:
        """The lowered pattern of the alternatives whose first characters can be told (the lowered
        pattern itself where they all can)."""
        told = [pair for pair, firsts in zip(self.alternatives, self.first_characters) if firsts is not None]
        if len(told) == len(self.alternatives) and self.lowered is not None:
            return self.lowered
        return self._compile(told)

    def _anywhere(self) -> list[tuple[tuple[str, ...], re.Pattern[str]]]:
        """The alternatives whose first characters cannot be told, by the strings they need (see
        `anywhere`), as patterns."""
        by_needed: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for pair, firsts in zip(self.alternatives, self.first_characters):
            if firsts is None:
                by_needed.setdefault(_needed_strings(pair[0]), []).append(pair)
        return [(needed, self._compile(kept)) for needed, kept in by_needed.items()]

    def _compile(self, kept: list[tuple[str, str]]) -> re.Pattern[str]:
        """The lowered pattern of some of the alternatives, each with what follows it, those with the same
        rest in one group: ^(?:(A|B)rest|(C)rest2)."""
        by_rest: dict[str, list[str]] = {}
        for alternative, rest in kept:
            by_rest.setdefault(rest, []).append(alternative)
        source = "|".join(f"({'|'.join(alternatives)}){rest}" for rest, alternatives in by_rest.items())
        return re.compile(f"^(?:{source})", self.pattern.flags & ~re.IGNORECASE)

    def found_in(self, text: str, lowered: str | None = None, alike: bool = False) -> bool:
        """Whether the pattern matches anywhere in the text (Pattern.search); `lowered` and `alike` as in
        matches."""
        return self.start_in(text, lowered, alike) >= 0

    def match(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """The match at the start of the text (Pattern.match); where the text is ASCII, the lowered
        text's: in the same place, but its groups are in lower case. `lowered` as in matches."""
        if self.lowered is not None and text.isascii():
            return self.lowered.match(text.lower() if lowered is None else lowered)
        return self.pattern.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in the text (Pattern.finditer). Where the text is ASCII they are the lowered
        text's: in the same places, but their groups are in lower case."""
        if self.lowered is not None and text.isascii():
            return self.lowered.finditer(text.lower())
        return self.pattern.finditer(text)

    def start_in(self, text: str, lowered: str | None = None, alike: bool = False) -> int:
        """Where the pattern's first match in the text starts, or -1 (lowering keeps ASCII text's length,
        and that of text that lowers alike, so the place is the text's own); `lowered` and `alike` as in
        matches."""
        if self.lowered is not None and (_IS_ASCII(text) or (alike and self.beyond_ascii)):
            found = self.lowered.search(text.lower() if lowered is None else lowered)
        else:
            found = self.pattern.search(text)
        return -1 if found is None else found.start()

    def found_from(self, text: str, start: int, lowered: str | None = None) -> bool:
        """Whether the pattern matches anywhere from `start` on (Pattern.search(text, start), where "^"
        still matches at the text's start only); `lowered` as in matches."""
        if self.lowered is not None and text.isascii():
            return self.lowered.search(text.lower() if lowered is None else lowered, start) is not None
        return self.pattern.search(text, start) is not None


#: the characters with a meaning of their own in a pattern (any other stands for itself), and those that
#: make what they follow optional or repeated
_SPECIAL: Final = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS: Final = ("?", "*", "+", "{")
#: a counted repeat: "{2}", "{0,40}", "{2,}" (a "{" of another form stands for itself)
_COUNT: Final = re.compile(r"\{(\d*)(,\d*)?\}")
#: the escapes that stand for a set of characters that can be told in lowered ASCII text ("\d": a digit
#: of ASCII; others, "\s" and "\w", stand for too many to be worth telling)
_ESCAPED_SETS: Final = {"d": frozenset("0123456789")}
#: ...and those that heads tell (see _heads): "\s" too, whose white space (of ASCII) follows many a
#: vocabulary's first word ("no\s+comments")
_HEAD_ESCAPED_SETS: Final = {"d": frozenset("0123456789"), "s": frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")}


def _first_characters(alternative: str) -> frozenset[str] | None:
    """The characters that every match of the alternative starts with one of, where they can be told, else
    None: the first characters of its parts up to the first that cannot match nothing, where each part is a
    character that stands for itself, "\\d", a set in brackets, or a group of alternatives each told so,
    repeated or not: "share", "(view|see|show) all", "(jetzt )?kommentieren", "\\(?no ratings yet", "[\\d.,]+
    views" (see Caseless.matches). A non-ASCII character never starts a lowered ASCII text, so it does no
    harm among them."""
    found, may_be_empty = _sequence_firsts(alternative, 0, len(alternative))
    return None if found is None or may_be_empty else frozenset(found)


def _sequence_firsts(source: str, start: int, end: int) -> tuple[set[str] | None, bool]:
    """The first characters of a match of source[start:end], a sequence of parts (None where they cannot
    be told), and whether the sequence may match nothing."""
    found: set[str] = set()
    i = start
    while i < end:
        part = _part(source, i)
        if part.firsts is None:
            return None, False
        found |= part.firsts
        if not part.may_be_empty:
            return found, False
        i = part.end
    return found, True


@dataclass(slots=True)
class _Part:
    """One part of a pattern, with its repeat if any (see _part): a character, an escape, a set in
    brackets or a group."""

    #: the characters that a match of it starts with one of, or None where they cannot be told
    firsts: set[str] | None
    #: whether it may match nothing ("a?", "(b|)")
    may_be_empty: bool
    #: where the next part starts in the pattern
    end: int
    #: the character it stands for when it is one character that stands for itself and is not repeated,
    #: else ""
    literal: str


def _part(source: str, i: int) -> _Part:
    """The part of the pattern that starts at i, with its repeat if any: its first characters (None where
    they cannot be told), whether it may match nothing, where the next part starts, and the character it
    stands for when it is one character that stands for itself and is not repeated (else "")."""
    char = source[i]
    literal = ""
    firsts: set[str] | None = None
    may_be_empty = False
    if char == "(":
        start = 3 if source.startswith("(?:", i) else 1
        bars, close = _top_level_bars(source, i + start)
        if start == 3 or not source.startswith("(?", i):
            edges = [i + start - 1, *bars, close]
            firsts = set()
            for k in range(len(edges) - 1):
                inner, empty = _sequence_firsts(source, edges[k] + 1, edges[k + 1])
                if inner is None:
                    firsts = None
                    break
                firsts |= inner
                may_be_empty = may_be_empty or empty
        i = close + 1
    elif char == "[":
        firsts, i = _class_members(source, i)
    elif char == "\\":
        escaped = source[i + 1:i + 2]
        if escaped in _ESCAPED_SETS:
            firsts = set(_ESCAPED_SETS[escaped])
        elif escaped and not escaped.isalnum():
            firsts, literal = {escaped}, escaped
        i += 2
    else:
        if char not in _SPECIAL:
            firsts, literal = {char}, char
        i += 1
    # what repeats the part, and how often at least
    count = _COUNT.match(source, i) if source.startswith("{", i) else None
    if count is not None or source[i:i + 1] in ("?", "*", "+"):
        literal = ""
        may_be_empty = may_be_empty or source[i] in "?*" or (count is not None and not int(count.group(1) or 0))
        i = count.end() if count is not None else i + 1
        i += source[i:i + 1] in ("?", "+")  # lazy or possessive
    return _Part(firsts, may_be_empty, i, literal)


#: how many of a lowered line's first characters Caseless reads before a vocabulary (see _heads): with
#: three, of the new short lines of the scrapinghub text pages (after the other corpora's), 1,632 of
#: 6,139 ASCII lines reach BOILERPLATE_LINE's pattern for their first character where 6,037 did, and
#: 435 RELATED_HEADING's where 5,455 did (two characters let two to five times as many through)
HEAD_CHARS: Final = 3
#: a part that may start in this many ways or more ("\d", "\s") ends the heads of what it follows
#: ("no\s+" → "no"): read on, it would multiply them (and the time they take when the module loads)
WIDE_PART: Final = 10
#: an alternative told in more ways than this is told by fewer characters (see _fewer): a bound on what
#: WIDE_PART leaves ("[a-c][d-f][g-i]")
HEADS_MAX_PER_ALTERNATIVE: Final = 100
#: a set in brackets of more members than this is not spelt out in heads (see _part_heads)
_HEAD_MAX_MEMBERS: Final = 64
#: the zero-width escapes: they match no character
_ZERO_WIDTH_ESCAPES: Final = frozenset("bBAZ")


def _heads(source: str, start: int, end: int) -> set[tuple[str, bool]] | None:
    """What the matches of source[start:end], a sequence of parts, start with in lowered ASCII text (see
    Caseless.matches): each string with whether the match may go on after it (True) or is that string
    (False). A string that may go on has HEAD_CHARS characters, or fewer where what follows cannot be told
    (a part such as ".", "\\w" or "[^a]") or may start too many ways (see WIDE_PART). "(view|see) all" →
    {("vie", True), ("see", True)}, "ok" → {("ok", False)}, "a.b" → {("a", True)}; None where the first
    character cannot be told, or the match may be empty ("(a)?"). (A lookahead is read as if it were not
    there: it only narrows what matches.)"""
    found: set[tuple[str, bool]] = {("", False)}
    i = start
    while i < end and not all(goes_on for _, goes_on in found):
        heads, i = _part_heads(source, i)
        found = _followed_by(found, heads)
    return None if ("", True) in found or ("", False) in found else found


def _followed_by(found: set[tuple[str, bool]], heads: set[tuple[str, bool]] | None) -> set[tuple[str, bool]]:
    """The heads (see _heads) of what `found` describes followed by what `heads` does (None: a part
    that cannot be told)."""
    after: set[tuple[str, bool]] = set()
    for head, goes_on in found:
        if goes_on or heads is None or (head and len(heads) >= WIDE_PART):
            after.add((head, True))
        else:
            for more, more_goes_on in heads:
                joined = head + more
                after.add((joined[:HEAD_CHARS], True) if len(joined) >= HEAD_CHARS else (joined, more_goes_on))
    return _fewer(after) if len(after) > HEADS_MAX_PER_ALTERNATIVE else after


def _fewer(heads: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Heads (see _heads) told by fewer characters, HEADS_MAX_PER_ALTERNATIVE at most: those that start
    alike the most ways ("no\\t", "no\\n", "no " … → "no"; "12", "13" … → "1") by what they start
    with, shorter and shorter, till few enough are left."""
    for size in range(HEAD_CHARS - 1, 0, -1):
        alike: dict[str, int] = {}
        for head, _ in heads:
            if len(head) > size:
                alike[head[:size]] = alike.get(head[:size], 0) + 1
        cut: set[str] = set()
        left = len(heads)
        for start in sorted(alike, key=lambda start: (-alike[start], start)):
            if left <= HEADS_MAX_PER_ALTERNATIVE:
                break
            cut.add(start)
            left -= alike[start] - 1
        heads = {(head[:size], True) if len(head) > size and head[:size] in cut else (head, goes_on)
                 for head, goes_on in heads}
        if len(heads) <= HEADS_MAX_PER_ALTERNATIVE:
            break
    return heads


def _part_heads(source: str, i: int) -> tuple[set[tuple[str, bool]] | None, int]:
    """The heads (see _heads) of the part of the pattern that starts at i, with its repeat if any (None
    where they cannot be told), and where the next part starts."""
    char = source[i]
    heads: set[tuple[str, bool]] | None = None
    if char == "(":
        start = 3 if source.startswith("(?:", i) else 1
        bars, close = _top_level_bars(source, i + start)
        if source.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            heads = {("", False)}  # a lookahead or lookbehind: read as if it were not there
        elif start == 3 or not source.startswith("(?", i):
            edges = [i + start - 1, *bars, close]
            heads = set()
            for k in range(len(edges) - 1):
                inner = _heads(source, edges[k] + 1, edges[k + 1])
                if inner is None:
                    heads = None
                    break
                heads |= inner
        i = close + 1
    elif char == "[":
        members, i = _class_members(source, i, _HEAD_ESCAPED_SETS)
        if members is not None and len(members) <= _HEAD_MAX_MEMBERS:
            heads = {(member, False) for member in members}
    elif char == "\\":
        escaped = source[i + 1:i + 2]
        if escaped in _HEAD_ESCAPED_SETS:
            heads = {(member, False) for member in _HEAD_ESCAPED_SETS[escaped]}
        elif escaped in _ZERO_WIDTH_ESCAPES:
            heads = {("", False)}
        elif escaped and not escaped.isalnum():
            heads = {(escaped, False)}
        i += 2
    elif char in "^$":
        heads = {("", False)}
        i += 1
    else:
        if char not in _SPECIAL:
            heads = {(char, False)}
        i += 1
    # what repeats the part, and how often
    count = _COUNT.match(source, i) if source.startswith("{", i) else None
    if count is None and source[i:i + 1] not in ("?", "*", "+"):
        return heads, i
    if count is not None:
        least = int(count.group(1) or 0)
        most = least if count.group(2) is None else int(count.group(2)[1:] or -1)
        i = count.end()
    else:
        least = 1 if source[i] == "+" else 0
        most = 1 if source[i] == "?" else -1
        i += 1
    i += source[i:i + 1] in ("?", "+")  # lazy or possessive
    return _repeated(heads, least, most), i


def _repeated(heads: set[tuple[str, bool]] | None, least: int, most: int) -> set[tuple[str, bool]] | None:
    """The heads (see _heads) of a part repeated from `least` to `most` times (-1: no limit). Past
    least + HEAD_CHARS repeats nothing new starts: each repeat that matches a character brings the
    match's start nearer to HEAD_CHARS, and one that matches nothing leaves it as it was."""
    if heads is None:
        return None if least else {("", True)}
    found: set[tuple[str, bool]] = {("", False)}
    every: set[tuple[str, bool]] = set(found) if least == 0 else set()
    last = least + HEAD_CHARS if most < 0 else min(most, least + HEAD_CHARS)
    for repeats in range(1, last + 1):
        found = _followed_by(found, heads)
        if repeats >= least:
            every |= found
            if all(goes_on for _, goes_on in found):
                break  # more repeats start the same ways
    return every


def _class_members(source: str, i: int, sets: dict[str, frozenset[str]] = _ESCAPED_SETS) -> tuple[set[str] | None, int]:
    """The characters of the set in brackets that opens at i (None where they cannot be told: a negated
    set, a range beyond ASCII, an escape such as "\\s" that is not one of `sets`), and where the set ends."""
    end = i + 1 + (source[i + 1:i + 2] == "^")
    end += source[end:end + 1] == "]"  # a "]" right after "[" or "[^" is a member
    while end < len(source) and source[end] != "]":
        end += 2 if source[end] == "\\" else 1
    inner = source[i + 1:end]
    found: set[str] | None = set()
    if inner.startswith("^"):
        found = None
    k = 0
    while found is not None and k < len(inner):
        char = inner[k]
        if char == "\\":
            escaped = inner[k + 1:k + 2]
            if escaped in sets:
                found |= sets[escaped]
            elif escaped and not escaped.isalnum():
                found.add(escaped)
            else:
                found = None
            k += 2
        elif inner[k + 1:k + 2] == "-" and k + 2 < len(inner):
            last = inner[k + 2]
            if char.isascii() and last.isascii() and last != "\\":
                found |= {chr(c) for c in range(ord(char), ord(last) + 1)}
            else:
                found = None
            k += 3
        else:
            found.add(char)
            k += 1
    return found, end + 1


def _needed_strings(alternative: str) -> tuple[str, ...]:
    """The runs of characters that every match of the alternative holds: its characters that stand for
    themselves, outside groups and not repeated, between its other parts. ".{0,100}ctrl\\s?\\+\\s?enter" →
    ("ctrl", "+", "enter"). A cheap test (substring searches) before an alternative whose first characters
    cannot be told (see Caseless.matches)."""
    runs: list[str] = []
    run = ""
    i = 0
    while i < len(alternative):
        if alternative[i] == "|":
            return ()  # an alternative of its own: nothing is needed
        part = _part(alternative, i)
        i = part.end
        if part.literal:
            run += part.literal
        elif run:
            runs.append(run)
            run = ""
    return (*runs, run) if run else tuple(runs)


def _leading_alternatives(source: str) -> list[tuple[str, str]]:
    """The alternatives of a pattern of the form ^(A|B|…)rest|^(C|…)rest2|…, each with what follows it:
    [("A", "rest"), ("B", "rest"), ("C", "rest2"), …]. A branch of another form is one alternative with
    nothing after it, and a branch that is a group of branches, "(?:^A|^B)", is read as they are. Read with
    Pattern.match, which matches at the start of the text only, every branch is as if it began with "^";
    [] for a pattern whose branches may refer to one another ("(?P=name)")."""
    bars, close = _top_level_bars(source, 0)
    unescaped = _ESCAPE.sub("", source)
    if close != len(source) or "(?P=" in unescaped or "(?(" in unescaped:
        return []
    edges = [-1, *bars, len(source)]
    pairs: list[tuple[str, str]] = []
    for k in range(len(edges) - 1):
        body = source[edges[k] + 1:edges[k + 1]]
        body = body[1:] if body.startswith("^") else body
        if body.startswith("(") and (body.startswith("(?:") or not body.startswith("(?")):
            start = 3 if body.startswith("(?:") else 1
            inner_bars, inner_close = _top_level_bars(body, start)
            rest = body[inner_close + 1:]
            if start == 3 and inner_close == len(body) - 1:
                pairs += _leading_alternatives(body[3:-1])  # a group of branches
                continue
            if inner_close < len(body) and rest[:1] not in _QUANTIFIERS:
                inner_edges = [start - 1, *inner_bars, inner_close]
                pairs += [(body[inner_edges[j] + 1:inner_edges[j + 1]], rest) for j in range(len(inner_edges) - 1)]
                continue
        pairs.append((body, ""))
    return pairs


def _top_level_bars(source: str, start: int) -> tuple[list[int], int]:
    """Where, from `start` on, the source has a "|" outside any group and character class, and where the
    group that `start` is in closes (len(source) for none)."""
    bars: list[int] = []
    depth = 0
    i = start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # an escaped character is a literal
        elif char == "[":
            i += 1
            i += source[i:i + 1] == "^"
            i += source[i:i + 1] == "]"  # a "]" right after "[" or "[^" is a member
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return bars, i
            depth -= 1
        elif char == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, len(source)


#: characters by how few lines hold them (measured on the corpora's lines: "©" in 0.7 %, "é" in 1.6 %,
#: "q" in 4 %, … "e" in 84 %), rarest first: the order in which a word's characters are tried as its gate
#: (see Keys)
RAREST_FIRST: Final = "©éq'xj:zyvwkfpbgchdulostinar e"


def _rarest(word: str) -> str:
    """The character of the word that the fewest lines hold (see RAREST_FIRST; one not there ranks last)."""
    return min(word, key=lambda char: RAREST_FIRST.find(char) if char in RAREST_FIRST else len(RAREST_FIRST))


#: a run of this many characters or more that several words hold is sought before them (see Keys): four
#: characters in a row are held by few lines of prose ("serv" by 81 of the 1,068 long lines of the
#: scrapinghub text pages, "scri" by 36), where every such line holds the words' rarest characters
SHARED_MIN_CHARS: Final = 4


def _shared_runs(words: list[str]) -> list[tuple[str, list[str]]]:
    """The words grouped by a run of at least SHARED_MIN_CHARS characters that each of a group holds, each
    group the most words that one run is held by (the longest such run, the first where they tie), of the
    words not grouped yet; a word that shares no run with another is a group of its own, with the run ""."""
    groups: list[tuple[str, list[str]]] = []
    left = list(words)
    while left:
        best, held = "", [left[0]]
        for word in left:
            for size in range(len(word), SHARED_MIN_CHARS - 1, -1):
                for start in range(len(word) - size + 1):
                    run = word[start:start + size]
                    holders = [other for other in left if run in other]
                    if len(holders) > len(held) or (len(holders) == len(held) > 1 and len(run) > len(best)):
                        best, held = run, holders
        groups.append((best if len(held) > 1 else "", held))
        left = [word for word in left if word not in held]
    return groups


class Keys:
    """Words (lower-case) that a line is searched for, the cheap way: grouped by a character each holds,
    the rarest (see RAREST_FIRST), and a group's words sought only in a line that holds its character. A
    line without "w" holds none of "newsletter", "browser", "follow", "download" and "werbung"; a search
    for one character (a memchr) costs a fraction of one for a word, so a line is searched for a few
    characters and the words they let in, not for every word: CONSENT_KEYS' 25 words cost 8,000
    instructions a line, their dozen characters and the words behind them 4,000 (callgrind). Words that
    share a run of characters (see SHARED_MIN_CHARS) are sought behind it, and it behind its rarest
    character: a long line holds most letters, and "rights reserved", "derechos reservados", "diritti
    riservati" and "droits réservés" are sought in the few that hold "serv", one search where there were
    four (a search for a word reads the whole of a line that does not hold it)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        # a word that holds another of the words is in a line only where that one is: it is not sought
        # ("subscriber" where "subscribe" is)
        sought = [word for word in words if not any(other != word and other in word for other in words)]
        groups: dict[str, dict[str, list[str]]] = {}
        for shared, group in _shared_runs(sought):
            for word in group:
                groups.setdefault(_rarest(shared or word), {}).setdefault(shared, []).append(word)
        #: each character (sought once), and behind it each run of characters that words share ("" for
        #: none) with the words that hold both, the character as their rarest (or their run's)
        self.gates = [(gate, tuple((shared, tuple(kept)) for shared, kept in runs.items()))
                      for gate, runs in groups.items()]
        # the same in a line's lowered view (see lowered_view): each word's UTF-8 bytes as characters, and
        # as its gate the last of its gate's bytes (a word beyond ASCII holds it wherever it holds the
        # gate); gates whose last bytes are the same are sought once ("©" and "é" end with byte A9)
        view_groups: dict[str, dict[str, list[str]]] = {}
        for gate, runs in groups.items():
            for shared, kept in runs.items():
                view_groups.setdefault(_as_view(gate)[-1], {}).setdefault(_as_view(shared), []) \
                    .extend(_as_view(word) for word in kept)
        #: ...each byte, the view of each run, and the views of the words behind them
        self.view_gates = [(gate, tuple((shared, tuple(kept)) for shared, kept in runs.items()))
                           for gate, runs in view_groups.items()]

    def in_lowered(self, lowered: str) -> bool:
        """Whether the lower-case text holds one of the words (as any(word in lowered ...))."""
        return _gated_in(self.gates, lowered)

    def in_view(self, view: str) -> bool:
        """in_lowered(text.lower()), read in the line's lowered view (see lowered_view), for a line that
        holds none of case_strays' characters for the words."""
        return _gated_in(self.view_gates, view)

    def held_by(self, text: str, lowered: str | None = None) -> bool:
        """holds_any(text, self.words, lowered), the cheap way."""
        if lowered is None:
            lowered = text.lower()
        return self.in_lowered(lowered) or (not _IS_ASCII(text) and not _OTHER_CASES.isdisjoint(text))

    def held_by_line(self, text: str, lowered: str) -> bool:
        """held_by(text, lowered), cheaper on a line that is not ASCII: the characters of _OTHER_CASES are
        sought with a search each (a memchr), where held_by reads the line character by character
        (frozenset.isdisjoint)."""
        return self.in_lowered(lowered) or (not _IS_ASCII(text) and any(char in text for char in _OTHER_CASE_CHARS))


#: the characters of _OTHER_CASES, one by one
_OTHER_CASE_CHARS: Final = tuple(sorted(_OTHER_CASES))


def _as_view(text: str) -> str:
    """The text's UTF-8 bytes, each read as the character of that number (Latin-1)."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def lowered_view(text: str) -> str:
    """A line lowered the cheap way, to be searched for words: its UTF-8 bytes with the ASCII letters among
    them lowered (bytes.lower), each read as the character of that number (Latin-1). A word's view (its
    bytes so read) is in the view of a line where the word is in the line's text.lower(), for a line that
    holds none of case_strays' characters for the word: then each of the line's other characters beyond
    ASCII either is its own lower case or lowers to none of the word's characters (and UTF-8 is read from
    any lead byte the same: a word's bytes are found in the line's only where its characters are). The
    lowering reads a byte a few instructions, where str.lower() reads a character beyond ASCII 20 (it
    looks each one up in the Unicode tables; callgrind)."""
    return text.encode("utf-8", "surrogatepass").lower().decode("latin-1")


#: the characters beyond ASCII that str.lower() turns into an ASCII letter: "İ" into "i̇", the Kelvin sign
#: "K" into "k"; and those that a case-insensitive pattern takes for an ASCII letter (_OTHER_CASES)
_CASE_STRAYS: Final = "İıſ\u212a"


def case_strays(alphabet: str) -> tuple[str, ...]:
    """The characters beyond ASCII that stand in the way of reading words of these (lower-case) characters
    in a line's lowered view (see lowered_view), as text.lower() or a case-insensitive pattern would read
    them: _CASE_STRAYS, and the upper and title case of the alphabet's characters beyond ASCII ("É" lowers
    to "é"). (The tests read every character for the alphabets that features reads this way.)"""
    found = set(_CASE_STRAYS)
    for char in alphabet:
        for other in (char.upper(), char.title()):
            if len(other) == 1 and not other.isascii() and other != char:
                found.add(other)
    return tuple(sorted(found))


class Branches:
    """A pattern of the form prefix(A|B|…)suffix, sought in a line (Pattern.search) branch by branch: each
    branch, prefix(?:A)suffix, only in a line whose lowered view (see lowered_view) holds the strings the
    branch needs (see _needed_strings). The pattern is found where one of its branches is, and most lines
    hold what few branches need: CONSENT_WORDS, read as one, tries its forty branches at every word of a
    line (330,000 instructions a line of 300 characters, callgrind). For a line that holds none of
    `strays`' characters, which stand in the way of the view (see case_strays)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        self.pattern = pattern
        #: each branch's needed strings (their views) and the branch as a pattern (see Caseless)
        self.branches: list[tuple[tuple[str, ...], Caseless]] = []
        opening = source.find("(")
        bars, close = _top_level_bars(source, opening + 1)
        prefix, suffix = source[:opening], source[close + 1:]
        alphabet = ""
        if opening < 0 or source.startswith("(?", opening) or _SPECIAL.intersection(_ESCAPE.sub("", prefix + suffix)) \
                or not pattern.flags & re.IGNORECASE or "(?P=" in source or "(?(" in source:
            self.branches.append(((), Caseless(pattern)))  # read as one
        else:
            edges = [opening, *bars, close]
            for k in range(len(edges) - 1):
                branch = source[edges[k] + 1:edges[k + 1]]
                # (a string that is not its lower case is not sought: a line needs it in some case)
                needed = tuple(part for part in _needed_strings(branch) if part == part.lower())
                alphabet += "".join(needed)
                self.branches.append((tuple(_as_view(part) for part in needed),
                                      Caseless(re.compile(f"{prefix}(?:{branch}){suffix}", pattern.flags))))
        #: the characters in the way of reading the needed strings in a line's lowered view
        self.strays = case_strays(alphabet)

    def found_in(self, text: str, view: str) -> bool:
        """Whether the pattern is found in the text (Pattern.search), whose lowered view is `view`, for a
        text that holds none of `strays`' characters."""
        for needed, branch in self.branches:
            for part in needed:
                if part not in view:
                    break
            else:
                # (Caseless reads the lowered text given on ASCII text only, whose view is text.lower())
                if branch.found_in(text, view):
                    return True
        return False


def _gated_in(gates: list[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]], text: str) -> bool:
    """Whether the text holds one of the words behind the gates it holds (a character, and the words' shared
    run where they have one: see Keys)."""
    for gate, runs in gates:
        if gate in text:
            for shared, words in runs:
                if not shared or shared in text:
                    for word in words:
                        if word in text:
                            return True
    return False


def holds_any(text: str, words: tuple[str, ...], lowered: str | None = None) -> bool:
    """Whether the text holds one of the words (lower-case ASCII) in any case, as a case-insensitive
    pattern reads it: the cheap test before a pattern that needs one of them (a few substring searches
    cost less than a long pattern's backtracking). `lowered` is text.lower() where the caller has it."""
    if lowered is None:
        lowered = text.lower()
    return any(word in lowered for word in words) or (not text.isascii() and not _OTHER_CASES.isdisjoint(text))


# --- Labelled parts -------------------------------------------------------------------------------

#: a line that labels a summary part. "Summary", "Key points", "Zusammenfassung", "En bref", "TL;DR"
SUMMARY_LABEL: Final = re.compile(
    r"^(summary|executive summary|key (points|takeaways|facts)|at a glance|in brief|the gist|highlights|"
    r"tl;?dr|abstract|overview|zusammenfassung|das wichtigste in kürze|auf einen blick|in kürze|"
    r"en bref|résumé|l'essentiel|resumen|en resumen|riassunto|in breve|samenvatting|resumo)\s*:?$",
    _I,
)

#: a line that labels the article's main part, read as a top-level body heading. "Analysis"
BODY_LABEL: Final = re.compile(
    r"^(analysis|background|discussion|introduction|details|the story|analyse|hintergrund|einleitung|"
    r"análisis|analisi|analyse détaillée|contexte)\s*:?$",
    _I,
)

#: an encyclopedia's note under a heading, pointing to other articles: a line of the section, never its
#: heading. "Main article: History of Rome", "See also: …", "Hauptartikel: …", "Article détaillé : …"
HATNOTE: Final = re.compile(
    r"(?:main articles?|see also|further information|hauptartikel|siehe auch|articles? détaillés?|voir aussi|"
    r"art[ií]culo principal|véase también|voce principale|vedi anche)\s*:\s",
    _I,
)

# --- Area headings --------------------------------------------------------------------------------

#: the heading of a comment form. "Leave a Reply", "Post a Comment", "Schreibe einen Kommentar"
_FORM_HEADING: Final = (
    r"^(post|leave|add|write|submit|schreibe|hinterlasse|laisser|deja|lascia|plaats|deixe)\s+(a|an|your|einen|"
    r"un|tu|una|il|een|uma|um)?\s*(comment|reply|response|kommentar|antwort|commentaire|comentario|"
    r"commento|reactie|resposta|comentário)\b.{0,40}$"
)

#: a line that opens a comment area. "Comments", "12 comments", "Post a Comment", "Leave a Reply",
#: "3 responses to “Title”", "Kommentare", "Ein Kommentar", "Commentaires", "Comentarios", "Vos réactions (4)",
#: "Leserkommentare"
COMMENTS_HEADING: Final = re.compile(
    r"^((\d+|no|one|two|three)\s+(comments?|responses?|repl(y|ies)|thoughts?|reactions?|kommentare?|"
    r"commentaires?|comentarios?|comment[io]|reacties|reactie|comentários?)|comments|responses|replies|"
    r"reactions|kommentare|commentaires|comentarios|commenti|reacties|comentários|discussion|diskussion|"
    r"(vos|your|readers?'?)\s+(réactions|commentaires|comments|reactions)|leserkommentare)"
    r"(\s+(on|to|zu|sur|en|a|su|op)\b.{0,140}|\s*(…|\.\.\.)\s*\w.{0,60})?\s*(\(\d+\)|:)?$"
    rf"|{_FORM_HEADING}"
    # the area's tab glued to its form's link in copied text: "Kommentare Schreibe einen Kommentar"
    rf"|^(comments|kommentare|commentaires|comentarios|commenti|reacties|comentários)\s+{_FORM_HEADING[1:]}"
    r"|^(ein|zwei|drei|\d+)\s+(gedanken|kommentare?|antworten?|meinungen)\b.{0,140}$|^ein\s+gedanke\s+zu\b.{0,140}$"
    r"|^(join|view|show|read|see|load)\s+(the\s+|all\s+)?(\d+\s+)?(discussion|comments|conversation)\b.{0,20}$"
    # in other scripts: Russian, Turkish, Arabic, Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian
    r"|^(\d+\s+)?(комментарии|комментариев|yorumlar|التعليقات|تعليقات|评论|評論|网友评论|留言|コメント|댓글|"
    r"ความคิดเห็น|bình luận|komentar)\s*(\(\d+\)|:)?$",
    _I,
)

#: a comment area heading that opens the comment form. "Leave a Reply", "Post a Comment"
COMMENT_FORM_HEADING: Final = re.compile(_FORM_HEADING, _I)

#: a line that opens a related-posts list. "Popular posts from this blog", "Related", "You may also
#: like", "More from The Times", "Read more", "Ähnliche Beiträge", "Lire aussi", "Die meistgelesenen Artikel"
RELATED_HEADING: Final = re.compile(
    r"^(popular|recent|related|recommended|trending|latest|similar|featured|most (read|popular|viewed|shared))"
    r"(\s+(posts?|articles?|stories|reads?|news|content|links|videos?|entries))?"
    r"(\s+(from|on|in)\s+.{1,60})?\s*:?$"
    r"|^(you (may|might) (also )?(like|enjoy|be interested in)|more (from|on|in|about|stories|like this|to read)"
    r"|read (more|next|also)|see also|also (read|on)|further reading|don't miss|what to read next"
    r"|more stories|recommended for you|related (coverage|reading|topics)|in other news"
    r"|ähnliche (beiträge|artikel|themen)|das könnte (sie|dich|euch) (auch )?interessieren|mehr (zum thema|aus|von)"
    r"|weitere (artikel|beiträge|themen|meldungen|nachrichten|news|pressemitteilungen)|aktuelle (news|meldungen)"
    r"|lesen sie auch|auch interessant|lire aussi|à lire aussi"
    r"|sur le même sujet|articles? (similaires|liés)|te puede interesar|artículos relacionados"
    r"|noticias relacionadas|leggi anche|articoli correlati|gerelateerde artikelen|leia também|veja também"
    r"|sie könnten auch .{0,40}interessier\w*|schon gelesen|mehr themen|heute empfehlen wir|unsere empfehlungen"
    r"|temas relacionados|más sobre|articles? les plus lus|les plus lus|czytaj (też|także)|przeczytaj (też|także))"
    r"\b.{0,60}$"
    # a list's heading alone on its line, or naming the site: "Die meistgelesenen Artikel bei X"
    r"|^((die )?meistgelesenen?( artikel| beiträge| nachrichten)?|zum weiterlesen|pour approfondir|à découvrir aussi"
    r"|(también )?(le|te|les) (puede|pueden|podría) interesar|(ti )?potrebbe interessarti|ti potrebbe interessare"
    r"|dit vind je misschien ook leuk|empfohlen für (dich|sie)|polecamy|zobacz (też|także|również))"
    r"(\s+(bei|auf|im|von|sur|de|en|su|op)\s+.{1,40})?\s*:?$"
    # more widget headings, alone on their line
    r"|^(meistgelesen(e|en)?|am (meisten gelesen|beliebtesten)|beliebteste (artikel|beiträge)|(zum|passend zum) thema"
    r"|passend dazu|dies passt zum thema|(artikel|mehr) zu (diesem|dem) thema|verwandte (artikel|beiträge|themen)"
    r"|empfohlene (artikel|beiträge)|die redaktion empfiehlt|unsere (lesetipps|empfehlung)"
    r"|interessante (artikel|beiträge)"
    r"|(das|diese artikel) (könnte|könnten|wird) (dir|dich|ihnen|sie) (auch )?(gefallen|interessieren)"
    r"|für (dich|sie) empfohlen|les plus (populaires|consultés|partagés)|(mira|mirá|lee) también|relacionad[ao]s"
    r"|más (leídas|vistas|populares)|więcej na ten temat|podobne (artykuły|przepisy|wpisy)|najczęściej czytane"
    r"|trending (articles|posts|stories|now)|more (articles|posts) like this|you may have missed|editor'?s picks"
    # a blog's list of its latest posts, as its widget is titled in the vocabularies' languages
    r"|(neueste|letzte|aktuelle|beliebte) (beiträge|artikel)|articles? récents|derniers articles|entradas recientes"
    r"|articoli recenti|recente berichten|posts? recentes|artigos recentes"
    # in other scripts: Russian, Turkish, Arabic, Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian
    r"|похожие (статьи|записи|новости|материалы)|читайте (также|еще|ещё)|по теме|ilgili haberler"
    r"|benzer haberler|مقالات ذات صلة|اقرأ أيضا|أخبار ذات صلة|相[关關](文章|阅读|閱讀|新闻|新聞|推荐|推薦)"
    r"|延伸[阅閱][读讀]|推荐阅读|推薦閱讀|[関关]連記事|[関关]連ニュース|おすすめ記事|관련\s?(기사|글|뉴스)|많이 본 뉴스"
    r"|เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|bài viết liên quan|tin liên quan|artikel terkait"
    r"|berita terkait|baca juga)"
    r"\s*[:!]?$",
    _I,
)
#: the two area headings' vocabularies read the faster way (see Caseless), one instance for every reader:
#: each compiles its patterns as lines first need them
COMMENTS_HEADING_WORDS: Final = Caseless(COMMENTS_HEADING)
RELATED_HEADING_WORDS: Final = Caseless(RELATED_HEADING)

# --- Captions and credits -------------------------------------------------------------------------

#: a photo credit in parentheses at the end of a caption. "… on May 29.(JIJI PRESS/AFP/Getty Images)"
#: a credit written after the caption's last sentence, its names and agency parted by a slash: "… isn't
#: easy.Kathrin Ziegler/Getty", "… 2019. REUTERS/Brendan McDermid", "… Capitol. J. Scott Applewhite / AP file"
#: (capitalised words on both sides of the slash; lower-case words only after it: "Reuters files")
CREDIT_AFTER_STOP: Final = re.compile(
    r"(?<=[.!?\"”’])\s?((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*\s?/\s?[A-Z][\w&'’.-]*(?:\s[\w&'’.-]+){0,3})$"
)
CREDIT_PARENS: Final = re.compile(
    r"(?<!\s)\s*\(((?:photo|foto|image|picture|credit|bild)s?\s*(?:by|:)?\s*[^()]{2,80}|[^()]{0,60}"
    r"(?:/|getty|reuters|afp|ap photo|associated press|epa|shutterstock|istock|dpa|alamy|wikimedia|"
    r"unsplash|courtesy|photo|foto|bild|imago)[^()]{0,60})\)\s*$",
    _I,
)

#: a labelled credit anywhere at the end. "Photo: Jane Doe/Reuters", "Credit: Jane Doe", "Foto: dpa",
#: "Image: NASA", "Bild: Keystone", "Photograph: …", "Illustration by …"; not a compound word's part
#: ("Das „Blue Marble“-Foto: ein Vergleich" is a title)
CREDIT_LABEL: Final = re.compile(
    r"(?:^|\s|[.|–—]\s*)((?:photo(?:graph)?s?|fotos?|image|picture|credit|bild|illustration|"
    r"crédit photo|crédit|photo credit|source|quelle)\s*(?::|by|von|par)\s*.{2,100})$",
    _I,
)
#: a credit's label alone, the credit in an element of its own after it ("Bild:" / "picture alliance / dpa")
CREDIT_LABEL_ALONE: Final = re.compile(
    r"^(?:photo(?:graph)?s?|fotos?|image|picture|credit|bild|illustration|crédit photo|crédit|photo credit|"
    r"image credit|source|quelle|bildquelle|fotoquelle)\s*:$",
    _I,
)
#: one of which every form of CREDIT_LABEL holds ("credit" and "crédit" by their "dit"; see holds_any)
CREDIT_LABEL_WORDS: Final = ("photo", "foto", "image", "picture", "dit", "bild", "illustration", "source", "quelle")

#: a picture's label opening a caption written as a paragraph. "Abbildung 2: Vergleich …",
#: "Figure 1: The detector", "Titelbild: …", "Symbolbild: …"
CAPTION_LABEL: Final = re.compile(
    r"^(?:abbildung|abb\.|figure|fig\.|titelbild|beitragsbild|symbolbild|aufmacherbild|grafik|"
    r"illustration|image|bild|foto|photo)\s*(?:\d+\s*)?:\s*\S",
    _I,
)

#: a line that is only a credit. "Getty Images", "AFP/Getty Images", "REUTERS/Jane Doe", "GETTY" (not "The Getty
#: Center": "Getty" alone ends the line or a part of it)
CREDIT_ONLY: Final = re.compile(
    r"^(?:(?:photo|foto|image|bild|credit)s?\s*(?::\s*)?)?[\w .'-]{0,40}(?:/|\b)(getty images|getty(?=\s*(?:/|$))|"
    r"reuters|afp|ap photo|associated press|epa|shutterstock|istock(?:photo)?|dpa|alamy|picture alliance|imago)"
    r"[\w ./-]{0,40}$",
    _I,
)

#: the agencies that CREDIT_ONLY names, one of which a line must hold to match it (see holds_any)
CREDIT_AGENCIES: Final = ("getty", "reuters", "afp", "ap photo", "associated press", "epa",
                          "shutterstock", "istock", "dpa", "alamy", "picture alliance", "imago")
#: the words CREDIT_LABEL and CREDIT_ONLY need, sought the cheap way (see Keys)
CREDIT_LABEL_KEYS: Final = Keys(CREDIT_LABEL_WORDS)
CREDIT_AGENCY_KEYS: Final = Keys(CREDIT_AGENCIES)

#: a picture's credit inside or at the end of a line, which makes it a caption: a copyright sign, or a
#: news agency after a stop or a slash. "… der Rosengarten © Südtirol Wein", "Joe Biden / AFP",
#: "… el 11 de febrero pasado. EFE"
CREDIT_MARK: Final = re.compile(
    r"©|\(c\)\s|[./|]\s*(?:afp|efe|dpa|ap|reuters|epa|ansa|apa|keystone|getty images|imago|xinhua|"
    r"europa press|sipa)\s*$",
    _I,
)
#: the characters that CREDIT_MARK's every form starts with: the cheap test before it
CREDIT_MARK_STARTS: Final = ("©", "(", ".", "/", "|")

#: an image label line, not prose. "Click to Enlarge", "Enlarge this image", "View gallery",
#: "Bild vergrößern", "Vergrößern", "Image", "Photo", "Zoom"
IMAGE_LABEL: Final = re.compile(
    r"^(click|tap)\s+(to|here to)\s+(enlarge|expand|zoom)( image| photo)?$|^(enlarge|expand|zoom|view)"
    r"( this)?( image| photo| gallery| larger| full size)?$|^(image|photo|picture|foto|bild|galerie|gallery)"
    r"(\s+\d+\s*(of|/|von)\s*\d+)?$|^(bild )?vergrößern$|^agrandir$|^ampliar$|^ingrandisci$|^vergroten$"
    r"|^(open|view) (image|photo|gallery)"
    r"( in .{1,20})?$|^\d+\s*(photos|images|bilder|fotos)$",
    _I,
)

#: an image label at the start of a snippet. "Click to Enlarge In the final years…"
IMAGE_LABEL_PREFIX: Final = re.compile(
    r"^(?:(?:click|tap)\s+(?:to|here to)\s+(?:enlarge|expand|zoom)(?: image| photo)?|enlarge this image|"
    r"bild vergrößern|agrandir l'image)\s+",
    _I,
)

# --- Boilerplate ----------------------------------------------------------------------------------

#: navigation, share, subscribe, account and legal lines. "Skip to main content", "Share on Facebook",
#: "Subscribe", "Sign in", "Privacy Policy", "All rights reserved", "Impressum", "Datenschutz",
#: "Kommentar verfassen" (a comment form's prompt), "Beitrag teilen", "Podziel się", "Menü", "In den
#: Warenkorb" (a shop's button), "Ajouter au panier",
#: "Externer Inhalt" (an embed's placeholder), "View all (23)" (a button with its count), "Facebook Twitter"
#: (a share bar: networks' names only)
#: a teaser's link to its story, by its words alone: "Read more", "Learn more", "Mehr erfahren", "Zum Artikel",
#: "En savoir plus" (boilerplate in the article; in a related list, the address of its item)
LINK_ACTION_WORDS: Final = (
    r"read more|continue reading|learn more|find out more|more info(rmation)?|weiterlesen|"
    r"mehr (erfahren|lesen|dazu|informationen)|link zum (artikel|beitrag)|zum (artikel|beitrag)|lire la suite|"
    r"en savoir plus|lire plus|leer más|seguir leyendo|saber más|leggi (tutto|di più)|scopri di più|"
    r"continua a leggere|lees meer|verder lezen|saiba mais|leia mais"
)
LINK_ACTION: Final = re.compile(rf"^(?:{LINK_ACTION_WORDS})\W*$", _I)

BOILERPLATE_LINE: Final = re.compile(
    r"^(skip to (main )?(content|navigation|main)|jump to (content|navigation)|zum inhalt springen|"
    r"aller au contenu|ir al contenido|toggle (navigation|menu)|menu|main menu|men[üúù]|hauptmenü|navigation|search|"
    r"add to (cart|basket|bag)|(in den )?warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|"
    r"in (de )?winkelwagen|"
    r"home|startseite|accueil|inicio|sign (in|up)|log ?in|log ?out|register|my account|subscribe( now)?|"
    r"newsletter|follow us|share|share this( article| story| post)?|tweet|email|print|pin it|"
    r"share (on|via) (facebook|twitter|linkedin|whatsapp|x|reddit|pinterest|e-?mail|google\+?( plus)?|tumblr|"
    r"telegram|messenger|flipboard|xing|threads|bluesky|mastodon)|facebook|twitter|linkedin|"
    r"whatsapp|pinterest|reddit|instagram|youtube|rss|copy link|advertisement|anzeige|werbung|publicité|"
    r"publicidad|sponsored|privacy( policy| settings| notice)?|cookies?([- ]?(policy|settings|preferences|"
    r"einstellungen|richtlinie|hinweis))?|terms( of (use|service))?|terms (and|&) conditions|advertise( with us)?|"
    r"careers|jobs|help|faq|sitemap|site map|accessibility|newsletters?|rss feeds?|"
    r"contact( us)?|about( us)?|impressum|datenschutz(erklärung)?|kontakt|agb|mentions légales|"
    r"aviso legal|back to top|nach oben|top|next|previous|older posts?|newer posts?|next post|"
    r"previous post|continue reading\b.{0,30}|mehr|more|"
    r"reply|antworten|répondre|responder|rispondi|like|likes|loading\.?\.?\.?|close|schließen|fermer|"
    # "Loading…" in other languages ("Laden" alone is a shop), "More info", "Sign up now" (not a shop's "Buy
    # now": a deals article's product boxes are its text)
    r"laden\.{2,3}|chargement\.{0,3}|cargando\.{0,3}|caricamento\.{0,3}|"
    r"mehr infos?|plus d'infos?|más información|sign up( now)?|register now|jetzt (anmelden|registrieren)|"
    r"accept( all)?( cookies)?|reject( all)?|got it|ok|more options|labels|tags|categories|archive|"
    r"report abuse|powered by .{1,40}|share this:|like this:|related|posted by|read later|save for later|"
    r"(kommentar|antwort) (verfassen|schreiben|abgeben)|(jetzt )?kommentieren( sie hier)?|"
    r"((beitrag|artikel|seite) )?teilen|partager( cet article| l'article)?|compartir|condividi|delen|compartilhar|"
    r"podziel się|udostępnij|"
    r"((facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|e-?mail|telegram|xing|flipboard|messenger|"
    r"share|tweet|pin|print|rss|comments?|save)[\s|,·]*){2,}|"
    r"pdf( version| download)?|externer inhalt|empfohlener redaktioneller inhalt|"
    # a run of account, search and legal links on one line: "Impressum | Datenschutz", "Sign in / Sign up",
    # "Subscribe Search My Account", "Anmelden Registrieren"
    r"((subscribe|search|sign (in|up)|log ?(in|out)|my account|menu|home|register|newsletter|abonnieren|suche|"
    r"anmelden|abmelden|registrieren|mein konto|kontakt|contact( us)?|about( us)?|impressum|"
    r"datenschutz(erklärung)?|agb|privacy( policy)?|cookies?|terms)[\s|·•/,]*){2,}|"
    r"comentar( este artículo| esta noticia)?|commenter( cet article)?|"
    r"print( this)?( recipe| article| page| post)?|drucken|imprimer|zurück|back|sort(ed)? by\b.{0,30}|"
    r"sortieren( nach)?|s[ií]guenos\b.{0,80}|folge uns\b.{0,60}|\d{1,2}[:.]\d{2}\s*(am|pm|uhr|h)?|"
    r"load more|show more|view more|mehr (anzeigen|laden)|alle anzeigen|(view|see|show) all|alle ansehen|voir tout|"
    rf"{LINK_ACTION_WORDS}|"
    r"ver todos?|\(?(noch )?keine bewertungen\)?|"
    r"(newest|oldest|latest|neueste|älteste) (first|zuerst)|most (liked|popular|recent)|top comments|"
    r"\(?no (ratings|reviews) yet\)?|rate this( article| recipe| post)?|artikel bewerten|"
    # a typo-report notice: "Found a mistake? Select the text and press Ctrl+Enter"
    r".{0,100}ctrl\s?\+\s?enter.{0,120}|"
    # a rating widget and a view counter: "Valorar:", "Puntúalo 3 estrellas", "Rated 4.5 out of 5",
    # "Visto 314 veces", "1,204 views"
    r"valorar|bewerten|évaluer( cet article)?|valuta( questo articolo)?|(actualmente )?puntuad[ao] con .{1,40}|"
    r"punt[uú]alo \d.{0,20}|(rated|bewertet mit) \d([.,]\d)? (out of|von|/) \d.{0,20}|"
    r"\d([.,]\d)? (stars?|sterne|estrellas?|étoiles?)|(visto|viewed|gelesen|vu) [\d.,]+ (veces|times|mal|fois)|"
    r"[\d.,]+ (views|aufrufe|visitas|vues|visualizzazioni)|"
    r"contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|índice|indice|zurück nach oben|"
    r"about the author|über den autor|über die autorin|zum autor|zur autorin|zur person|à propos de l'auteur|"
    r"sobre el autor|l'autore|"
    r"(.{0,40} )?all rights reserved\.?|©.{0,120}|\(c\) ?\d{4}.{0,100}|copyright\b.{0,120})"
    # a button's count after its label: "View all (23)", "Share (12)"; a label's colon or a dash after it
    # ("Advertisement -", "Anzeige –")
    r"(\s*\(\s*\d[\d.,]*\s*\))?\s*[:\-–—]?$",
    _I,
)

#: lines of a comment form. "Enter your comment...", "Comment as: Google Account", "Post Comment",
#: "Your email address will not be published.", "Notify me of new posts by email.", "Cancel reply"
COMMENT_FORM: Final = re.compile(
    r"^(enter your comment.{0,5}|comment as:.{0,40}|post comment|submit( comment)?|publish|preview|cancel reply|"
    r"name\s*\*?|e-?mail\s*\*?|website|comment\s*\*?|kommentar\s*\*?|"
    r"your email address will not be published.{0,80}|required fields are marked.{0,10}|"
    r"notify me of .{1,80}|save my name, email.{0,120}|you must be (logged|signed) in to post a comment.{0,5}|"
    r"subscribe to:? .{0,40}|(log|sign) in to (comment|reply).{0,10}|theme images by .{1,60}|"
    r"deine e-mail-adresse wird nicht veröffentlicht.{0,80}|votre adresse (e-mail|de messagerie) ne sera pas "
    r"publiée.{0,80}|this site uses akismet to reduce spam.{0,80})$",
    _I,
)

#: a teaser line that links another article from inside this one. "Read also: …", "Lea también: …",
#: "Lesen Sie auch: …", "À lire aussi » …"
INLINE_TEASER: Final = re.compile(
    r"^(read (also|more|next)|see also|related( story| article)?|lea( también| más)?|lee( también)?|puedes ver|"
    r"ver también|à lire aussi|lire aussi|voir aussi|mehr zum thema|lesen sie auch|lesen sie mehr|"
    r"auch interessant|leggi anche|leia também|zie ook)\s*[-:»|›–]",  # the hyphen first: see Caseless
    _I,
)

#: words of cookie and consent banners and newsletter boxes. "We use cookies to …"
CONSENT_WORDS: Final = re.compile(
    r"\b(newsletter\b.{0,60}\b(subscribe|sign up|receive|abonnieren|anmelden|inscri\w*)|"
    r"(subscribe|sign up|abonnieren|anmelden|inscri\w*)\b.{0,40}\bnewsletter|"
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati|©|"
    r"subscribe (now )?to (continue|keep) reading|to (view|read) the full (story|article)|for the full (story|article)|"
    r"already a subscriber|follow (us|[\w .@&'-]{1,40}) on (twitter|facebook|instagram|linkedin|x)\b|"
    r"download (the|our) [\w .-]{0,30}apps?\b|this (post|article) contains affiliate links|"
    r"(dieser|der) (beitrag|artikel) enthält (werbung|affiliate-links|werbelinks)|enthält (affiliate|werbe)-?links|"
    r"^(warning|notice|deprecated|strict standards|fatal error): |"
    r"(this|the) (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)|"
    r"nur für abonnenten|jetzt abonnieren und weiterlesen|réservé aux abonnés|exclusivo para suscriptores|"
    r"we use cookies|this (web)?site uses cookies|cookies? (policy|settings|consent)|accept (all )?cookies|"
    r"sign up for our newsletter|subscribe to our newsletter|verwendet cookies|wir verwenden cookies|"
    r"utilise des cookies|utiliza cookies|enable javascript|javascript is disabled|"
    r"your browser (does not|doesn't) support)\b",
    _I,
)

# --- Bylines and dates ----------------------------------------------------------------------------

#: the verbs before "by" in a byline: "Written by", "Posted by", "Publicado por", "Geschrieben von"
BYLINE_VERBS: Final = (
    r"written|posted|published|reported|created|publicado|escrito|creado|geschrieben|verfasst|veröffentlicht|"
    r"erstellt|gepostet|eingestellt|publié|écrit|rédigé|créé|pubblicato|scritto|geplaatst|geschreven"
)
#: the kinds of piece a byline may open with, before its "by": "Analysis by Jane Doe", "Opinion by …"
PIECE_KINDS: Final = (
    "analysis", "opinion", "commentary", "column", "essay", "review", "interview", "reporting",
    "kolumne", "analyse", "gastbeitrag", "gastkommentar", "reportage", "rezension", "glosse",
    "chronique", "tribune", "éditorial", "entretien", "enquête",
    "análisis", "opinión", "columna", "crónica", "reportaje", "entrevista", "reseña",
    "analisi", "rubrica", "intervista", "recensione",
)
#: the indefinite articles before a kind of piece: "A column by", "Eine Kolumne von", "Une chronique de" (not
#: German's "Kommentar", which is a reader's comment's head as often: "Kommentar von Jane Doe")
PIECE_ARTICLES: Final = ("an", "a", "eine", "ein", "une", "un", "una", "uno")
#: a kind of piece, its article or not, as BYLINE reads it before its "by"
_PIECE: Final = rf"(?:(?:{'|'.join(PIECE_ARTICLES)})\s+)?(?:{'|'.join(PIECE_KINDS)})"
#: the words "by" in a byline's languages
_BY: Final = r"by|von|par|por|di|door"

#: the German author label written for both genders: "Autor*in", "Autor:in", "Autor_in", "Autor/in". Not the
#: plural, "Autor*innen", the link to a site's page of its authors more often than a label
_AUTOR_IN: Final = r"autor[*:_/]in"
#: the days of the week in the vocabularies' languages ("Monday", "Montag", "lundi", "lunes", "lunedì",
#: "maandag", "segunda-feira")
WEEKDAYS: Final = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag|(?:segunda|terça|quarta|quinta|sexta)-feira"
)

#: the units and measures of a recipe's amounts, lower-case and without a full stop ("1/4 cup butter",
#: "2 EL Zucker", "1 pincée de sel"), in the vocabularies' languages
#: an amount as recipes write it: "1", "1/4", "1 1/2", "2,5", "½", "1½" (see front_text.join_amounts and
#: areas._is_ingredient)
AMOUNT: Final = r"(?:\d{1,4}(?:[.,/]\d{1,3})?(?:\s\d{1,2}/\d{1,2})?|\d{0,3}\s?[½⅓⅔¼¾⅛⅜⅝⅞])"
#: the fraction characters an amount may be written with
FRACTIONS: Final = "½⅓⅔¼¾⅛⅜⅝⅞"
AMOUNT_UNITS: Final = frozenset("""
    cup cups c tbsp tbs tbsps tsp tsps tablespoon tablespoons teaspoon teaspoons oz ounce ounces fl lb lbs pound
    pounds g gr kg mg ml l dl cl qt quart quarts pint pints gallon can cans jar jars box boxes bag bags package
    packages pkg pack packet bottle pinch pinches dash clove cloves slice slices stick sticks bunch bunches
    handful piece pieces sprig sprigs head heads large medium small whole
    el tl msp prise prisen becher pck päckchen packung stück stk dose dosen bund zehe zehen scheibe scheiben tasse
    tassen glas
    cuillère cuillères càs càc pincée gousse gousses tranche tranches sachet boîte verre
    taza tazas cucharada cucharadas cucharadita cucharaditas pizca diente dientes lata
    cucchiaio cucchiai cucchiaino cucchiaini pizzico spicchio spicchi bicchiere
    """.split())

#: a follow button, alone on the line under an author's name ("Jane Doe" over "Follow"), in lower case
FOLLOW_BUTTONS: Final = frozenset(("follow", "+ follow", "folgen", "suivre", "seguir", "segui", "volgen"))

#: a byline's label alone on its line, the name on the next. "By", "Von", "Autor:", "Written by"
BYLINE_LABEL: Final = re.compile(
    rf"^(?:(?:{BYLINE_VERBS})\s+)?(?:{_BY})\s*:?$|^(?:author|autor|autorin|{_AUTOR_IN}|auteur|autore|verfasser)\s*:?$",
    _I,
)

def by_first_letter(alternatives: str) -> str:
    """The alternatives with those that start with the same letter gathered behind it: "jan|feb|jun" →
    "j(?:an|un)|feb". The regex engine tries the alternatives of a group one by one (at the cost of one
    comparison for one whose first letter differs) and tries the group at every place it may start: the
    seventy month names of DATE and DATELINE, tried at a dozen places of each line with a digit, cost
    most of what those read. The answer is the same: alternatives that start with different letters never
    match at the same place, and those that start alike keep their order. Alternatives of another form
    than a letter first (one made optional or repeated, say) leave the whole as it is."""
    bars, _ = _top_level_bars(alternatives, 0)
    edges = [-1, *bars, len(alternatives)]
    parts = [alternatives[edges[k] + 1:edges[k + 1]] for k in range(len(edges) - 1)]
    if not all(part[:1].isalpha() and part[1:2] not in _QUANTIFIERS for part in parts):
        return alternatives
    by_letter: dict[str, list[str]] = {}
    for part in parts:
        by_letter.setdefault(part[0], []).append(part[1:])
    return "|".join(letter + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
                    for letter, rests in by_letter.items())


#: month names and abbreviations in the languages the vocabularies cover → month number (dates reads them;
#: the patterns here find them, from the same list)
MONTHS: Final[dict[str, int]] = {
    **dict.fromkeys(("january", "jan", "januar", "janvier", "janv", "enero", "gennaio", "januari", "jänner",
                     "janeiro"), 1),
    **dict.fromkeys(("february", "feb", "februar", "février", "fevrier", "févr", "febrero", "febbraio",
                     "februari", "fevereiro"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "maart", "março"), 3),
    **dict.fromkeys(("april", "apr", "avril", "abril", "aprile"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "mei", "maio"), 5),
    **dict.fromkeys(("june", "jun", "juni", "juin", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "juillet", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"), 10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre",
                     "dezembro"), 12),
}
#: the names as alternatives of a pattern, the longer first where one starts another ("juni" before "jun"),
#: a short one with the full stop of an abbreviation after it where it has one ("Sept.", "févr.")...
_MONTH_FORMS: Final = "|".join(re.escape(name) + (r"\.?" if len(name) <= 4 else "")
                               for name in sorted(MONTHS, key=lambda name: (-len(name), name)))
#: ...gathered by their first letter, as the patterns read them (see by_first_letter)
_MONTHS: Final = by_first_letter(_MONTH_FORMS)
#: a month's name or short form alone (with fullmatch): what a date leaves of itself cut at its digits
MONTH_ALONE: Final = re.compile(rf"(?:{_MONTHS})\.?", _I)

#: a byline. "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Von Max Muster", "Par Jean Dupont",
#: "Por Ana García", "Written by …", "Posted by Jane Doe at 2:33 PM" (Blogger), "Publicado por …",
#: "Geschrieben von …", "Von: …", "Author: …", "Text: …"; the names end where a date starts ("By Jane Doe
#: March 18 at 3:57 PM"), or another field's label ("Von Anna Schmidt Kategorien: Mode …") or an e-mail
#: address ("Por Ana García agarcia@example.com")
BYLINE: Final = re.compile(
    rf"^(?:(?:{BYLINE_VERBS}|story|text|words|{_PIECE})\s+)?(?:{_BY}|de|da)\s*:?\s+"
    r"(?P<names>[^\d\n|•·]{2,120}?)"
    rf"(?:\s*(?:[|•·,]|\s(?:-|–|—)\s|\bon\b|\bam\b|\bvom\b|\ble\s+(?=\d|(?:{WEEKDAYS})\b)|\bupdated\b|\b(?:at|um)\s+\d|\s[^\W\d_]+:\s|\s[\w.+-]+@[\w-]+\.\w|"
    rf"\s(?:(?:{_MONTHS})\s+)?\d{{1,2}}\b|$).*)?$"
    rf"|^(?:author|{_AUTOR_IN}|autor|auteur|autore|text|texte|testo|columnist|kolumnist(?:[*:_/]?in)?|chroniqueur|"
    rf"chroniqueuse|columnista|editorialista)s?\s*:\s*(?P<names2>.{{2,100}})$",
    _I,
)

#: a date as pages write them. "May 29, 2014", "29 May 2014", "29. Mai 2014", "2014-05-29",
#: "29.05.2014", "05/29/2014"
DATE: Final = re.compile(
    rf"\b(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    rf"(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?"
    rf"(?:{_MONTHS})\s+(?:de\s+)?\d{{4}})\b",
    _I,
)

#: a line that is mostly a date or a time stamp. "Updated March 3, 2024 at 5:12 p.m. EST",
#: "Published: 29.05.2014, 10:15 Uhr", "3 hours ago"
DATELINE: Final = re.compile(
    rf"^(?:(?:updated|published|posted|submitted|last updated|veröffentlicht|aktualisiert|stand|publié le|"
    rf"mis à jour|publicado|actualizado|on|am|le|el)\s*(?::\s*)?)?(?:(?:\w+day|{WEEKDAYS}),?\s+)?.{{0,12}}"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    rf"(?:{_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTHS}))[^!?]{{0,90}}$"
    r"|^\d+\s+(minutes?|hours?|days?|weeks?|months?|years?|minuten|stunden|tagen?)\s+(ago|her)$"
    r"|^vor\s+\d+\s+(minuten|stunden|tagen)$"
    # the same in French, Spanish, Portuguese, Italian and Dutch: "il y a 3 heures", "hace 2 días", "3 ore fa"
    r"|^(il y a|hace|há)\s+\d+\s+(minutes?|heures?|jours?|minutos?|horas?|d[ií]as?)$"
    r"|^\d+\s+(minuti|ore|giorni|minuten|uur|dagen)\s+(fa|geleden)$",
    _I,
)

#: a label that a publication date follows, anywhere in a line. "Erschienen am: 01.11.2023",
#: "Published on May 3, 2024", "Pressemitteilung vom 25. Januar 2022", "Autor: X am 29.12.2010"
PUBLISHED_LABEL: Final = re.compile(
    r"\b(?:published|posted|submitted|erschienen|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|"
    r"aktualisiert|updated|pressemitteilung|mitteilung|press release|datum|date)"
    r"(?:\s+(?:on|am|vom|le|el|il|op))?\s*(?::\s*)?(?=\d|[^\W\d_]+\.?\s+\d)"
    r"|\s(?:am|on|le|vom)\s+(?=\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d\d-\d\d)",
    _I,
)

#: a PUBLISHED_LABEL that dates an update, not the publication
UPDATED_LABEL: Final = re.compile(r"(?:aktualisiert|updated)\b", _I)

#: "12 comments", "3 Kommentare": the count a comment heading states
COUNT_IN_HEADING: Final = re.compile(r"(\d+)")

#: "Reply", "Report", "Like", "Permalink" on a comment's own line, alone or run together ("ReplyDelete")
COMMENT_ACTION_WORDS: Final = (
    r"reply|report|like|flag|permalink|delete|edit|share|antworten|melden|löschen|répondre|signaler|"
    r"responder|rispondi|beantworten|upvote|downvote"
)
#: (a word's white space is read once, before or after a "|": with "\s*[|·•]?\s*", each run of white space
#: between two words could be split two ways, and a line of twenty "Reply " and a last word took seconds, n
#: words 2^n steps)
COMMENT_ACTION: Final = re.compile(rf"^(({COMMENT_ACTION_WORDS}|\d+\s+likes?)\s*(?:[|·•]\s*)?)+$", _I)

#: the verbs after a comment's author, as COMMENT_AUTHOR lists them
COMMENT_AUTHOR_VERB_FORMS: Final = ("says", "said", "wrote", "writes", "schreibt", "schrieb", "sagt", "meinte", "dit",
                                    "a dit", "dice", "dijo", "escribió", "disse", "zegt", "zei")
#: the one-word verbs, one of which every line that COMMENT_AUTHOR matches holds ("a dit" holds "dit")
COMMENT_AUTHOR_VERBS: Final = tuple(verb for verb in COMMENT_AUTHOR_VERB_FORMS if " " not in verb)

#: the number a converter writes before a list's item: "1. " ("1. Jane Doe sagt:")
ITEM_NUMBER: Final = re.compile(r"^\d{1,4}\.\s+")


def without_item_number(text: str) -> str:
    """The text without the number a converter writes before a list's item ("1. Jane says:" → "Jane says:")."""
    if not text[:1].isdigit():
        return text
    number = ITEM_NUMBER.match(text)
    return text[number.end():] if number is not None else text


#: "Jane Doe says:", "Jane Doe said…", "Max schreibt:"
COMMENT_AUTHOR: Final = re.compile(
    rf"^(?P<author>[^\n.!?:]{{1,60}}?)\s+({'|'.join(COMMENT_AUTHOR_VERB_FORMS)})"
    r"\s*(:|\.\.\.|…)?(\s+.{0,40})?$",
    _I,
)

# --- Shape ----------------------------------------------------------------------------------------

#: a line ending like a sentence. "… on May 29." "… said?" "…!\u201d"
SENTENCE_END: Final = re.compile(r"[.!?…:;。！？।॥۔؟။።][\"'”’»)\]」』]*$")

#: a markdown heading's marks and the white space after them: "## " of "## Sub-heading ##". Its title is
#: the rest less a closing run of "#" (front_text's _heading): a lazy title before "\s*#*$" read the rest
#: of the line again from each of its characters (a line of "#" * n: n²)
MD_HEADING_MARK: Final = re.compile(r"(#{1,6})(\s+)")

#: a markdown list item. "* item", "- item", "1. item"; not a thematic break ("* * *", "- - -")
MD_ITEM: Final = re.compile(r"^\s*(?:[*+\-•·▪►]|\d{1,3}[.)])\s+(?![*\-_](?:\s*[*\-_])*\s*$)(.+)$")

#: a markdown quote. "> quoted"
MD_QUOTE: Final = re.compile(r"^\s*>\s?(.*)$")

#: a markdown image. "![alt](url)"
#: after the URL: ")" or white space and anything but ")" (a title); "[^)]*" right after the URL would read
#: its characters too and try every split of a long URL with no ")" ("![a](" + "b" * n: n²)
MD_IMAGE: Final = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]+)(?:\s[^)]*)?\)$")

#: a markdown link: "[", its text (up to MD_LINK_TEXT_MAX characters, no "]" nor line break), then
#: MD_LINK_TAIL. "[Docs](/docs)". front_text's _links finds them in time linear in the line: a pattern
#: spelling the whole link read up to 300 characters from each "[" of a run ("[" * n), some 3 s a MB
MD_LINK_TEXT_MAX: Final = 300
#: where a markdown link's text ends: its "]", or a line break, which no link text holds
MD_LINK_TEXT_END: Final = re.compile(r"[\]\n]")
#: a markdown link's part from the "]" after its text: the URL and an optional title. "](/docs "Docs")"
MD_LINK_TAIL: Final = re.compile(r"\]\s?\((?P<url>[^)\s]{0,500})(?:\s+\"[^\"]*\")?\)")

#: a markdown code fence. "```python"
MD_FENCE: Final = re.compile(r"^\s*(```|~~~)")

#: a section's number before its title in a table of contents or a heading. "1 Etymology", "3.1 Climate", "2. Setup"
SECTION_NUMBER: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")

#: a mark a page puts at a heading's end: an edit link, a permalink sign. "History[edit]", "Usage¶"
HEADING_END_MARK: Final = re.compile(r"(?<!\s)\s*(?:\[[^\]]{1,12}\]|¶|#)$")
#: such a mark in brackets that a converter set apart from the title and padded inside ("History [ edit ]",
#: inscriptis' rendering of a page's "History[edit]", which a browser copies as the page shows it)
PADDED_END_MARK: Final = re.compile(r"(?<=\S) \[ (\S(?:[^\[\]]{0,28}\S)?) \]$")
#: what a line ends with where HEADING_END_MARK can match: the cheap test before it ("$" also
#: matches before a final line break)
HEADING_END_MARK_LAST: Final = ("]", "¶", "#", "\n")

#: a digit: the cheap test before a date pattern
DIGIT: Final = re.compile(r"\d")
#: the digits of ASCII, each as a string of its own
ASCII_DIGITS: Final = tuple("0123456789")


def holds_digit(text: str) -> bool:
    """Whether DIGIT is found in the text: in ASCII text, with a search for each digit (a memchr), which
    costs a fraction of the pattern's, which tries each character in turn."""
    if _IS_ASCII(text):
        return any(digit in text for digit in ASCII_DIGITS)
    return DIGIT.search(text) is not None


#: four digits in a row (a year), or a digit, a slash and a digit ("3/05/24"), which every form of DATE
#: holds: the cheap test before DATE's search, which tries its seventy month names at every word of a
#: line (35,000 instructions a line, callgrind). Of the new short lines of the scrapinghub text pages that
#: end with a digit, 399 of 1,186 pass it, where 957 held two digits in a row (the test this replaces)
DATE_DIGITS: Final = re.compile(r"\d\d\d\d|\d/\d")

#: words: letters and digits of any script
WORD: Final = re.compile(r"\w+", re.UNICODE)
