"""A guess at the language of a text from its commonest short words, for pages that do not say; and the
language a page states, as a tag in its usual form.

Enough to tell the languages the vocabularies cover apart; not a general language identifier.
"""

from __future__ import annotations

import re
from typing import Final

from .shape import fold_case

#: the most frequent function words of each language; a text's language is the one whose words it
#: uses most
STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset("the and of to in is that for it was on with as are be this by have from".split()),
    "de": frozenset("der die und das ist nicht mit den ein eine zu auf für sich dem des von auch".split()),
    "fr": frozenset("le la les et des est une un du que pour dans pas sur au qui avec ce".split()),
    "es": frozenset("el la los las y de que en es por con una para del se al lo como".split()),
    "it": frozenset("il la di che e è per un una del della non sono con gli le si".split()),
    "nl": frozenset("de het een en van is dat op te in niet met voor zijn ook".split()),
    "pt": frozenset("o a os as e de que em um uma para com não do da por se".split()),
}
#: fewer matches than this and no guess is made
MIN_HITS: Final = 5
_PUNCTUATION: Final = ".,;:!?\"'“”‘’«»()[]"


#: the listed languages, and each listed word → the positions in it of the languages it belongs to (each
#: listed word is its own fold, which word_counts relies on)
_LANGUAGES: Final = list(STOPWORDS)
_LANGUAGES_OF: Final[dict[str, list[int]]] = {}
for _n, _words in enumerate(STOPWORDS.values()):
    for _word in _words:
        _LANGUAGES_OF.setdefault(_word, []).append(_n)
#: how much text is read: the commonest words show in the first few thousand characters
SAMPLE_CHARS: Final = 3000
#: no listed word is longer than this
_LONGEST_WORD: Final = max(len(word) for word in _LANGUAGES_OF)


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code, or None for a text too short or too unlike any listed language."""
    counts = word_counts(text, settle=True)
    best = _leader(counts)
    return _LANGUAGES[best] if counts[best] >= MIN_HITS else None


def _leader(counts: list[int]) -> int:
    """The position of the highest count (the first of equals, as max() picks)."""
    best = 0
    for n in range(1, len(counts)):
        if counts[n] > counts[best]:
            best = n
    return best


def _settled(counts: list[int], left: int) -> bool:
    """Whether guess_language's answer from these counts is the one it gives whatever the sample's `left`
    words still to read are: the leader has MIN_HITS, and no other language can catch it (a word adds at
    most one to each language's count, and counts never fall; a language before the leader must pass
    it, one after it reach it)."""
    best = _leader(counts)
    lead = counts[best]
    if lead < MIN_HITS:
        return False
    for n in range(len(counts)):
        if (n < best and counts[n] + left >= lead) or (n > best and counts[n] + left > lead):
            return False
    return True


#: how many words word_counts reads between two tests of whether the guess is settled
_SETTLE_EVERY: Final = 32


def word_counts(text: str, settle: bool = False) -> list[int]:
    """How many of the sample's words each language lists (in STOPWORDS' order): the sample's words,
    case-folded and stripped of the punctuation around them, looked up one by one. With `settle`, the
    counts once guess_language's answer from them is settled (_settled), which the words left to read
    cannot change (most pages' language leads well before the sample's end)."""
    counts = [0] * len(_LANGUAGES)  # cheaper to count in than a dict, compiled
    # each word is looked up as it comes (compiled, a lookup costs less than counting the words first).
    # A word's ends are read by their codes (compiled, without making strings): a word is stripped only
    # where punctuation ends it, and most words are longer than any listed one and end with none
    words = text[:SAMPLE_CHARS].split()
    for k in range(len(words)):
        if settle and k % _SETTLE_EVERY == 0 and k and _settled(counts, len(words) - k):
            break
        word = words[k]
        # (an ASCII letter, the commonest character at a word's end, is told before _is_punctuation's call)
        last = ord(word[-1])
        first = ord(word[0])
        if (not 97 <= last <= 122 and _is_punctuation(last)) or (not 97 <= first <= 122 and _is_punctuation(first)):
            word = word.strip(_PUNCTUATION)
        if len(word) > _LONGEST_WORD:
            continue  # folding never shortens a word
        way = _lookup_way(word)
        if way == _NOT_LISTED:
            continue
        # a listed word is its own fold: a word that folding leaves as it is is looked up as it is
        found = _LANGUAGES_OF.get(word) if way != _FOLDED else None
        if found is None and way != _AS_IT_IS:
            found = _LANGUAGES_OF.get(fold_case(word))
        if found is not None:
            for n in found:
                counts[n] = counts[n] + 1
    return counts


#: _PUNCTUATION's characters by code
_PUNCTUATION_CODES: Final = frozenset(ord(mark) for mark in _PUNCTUATION)


def _is_punctuation(code: int) -> bool:
    """Whether the character of this code is one of _PUNCTUATION (an ASCII letter, the commonest
    character at a word's end, told by its range)."""
    if 97 <= code <= 122 or 65 <= code <= 90:
        return False
    return code in _PUNCTUATION_CODES


#: how _lookup_way says a word is looked up: not at all, as it is, folded, or as it is and then folded
_NOT_LISTED: Final = 0
_AS_IT_IS: Final = 1
_FOLDED: Final = 2
_BOTH: Final = 3


def _ends_key(first: int, last: int) -> int:
    """The place in _LISTED_ENDS of a word whose first and last characters have these (ASCII) codes."""
    return (first | 32) * 128 + (last | 32)  # "| 32" lowers a capital and makes no other code a letter


#: at _ends_key(first, last), the lengths (as bits: 1 << length) of the listed ASCII words that start and
#: end with those letters
_ends: list[int] = [0] * (128 * 128)
for _word in _LANGUAGES_OF:
    if _word.isascii():
        _ends[_ends_key(ord(_word[0]), ord(_word[-1]))] |= 1 << len(_word)
_LISTED_ENDS: Final = bytes(_ends)  # (every length fits a byte: no listed word is longer than seven)


def _lookup_way(word: str) -> int:
    """How the word is looked up (one of the four ways above). An ASCII word folds to a word of its
    length with its first and last letters in lower case: where no listed word is one, the word is none
    (most short words of a text are told so without a lookup). Otherwise an ASCII word is looked up as
    it is if it has no capital, folded if it has one; a word past ASCII is looked up both ways."""
    if not word:
        return _NOT_LISTED
    capital = False
    for i in range(len(word)):
        code = ord(word[i])
        if code > 127:
            return _BOTH
        if 65 <= code <= 90:
            capital = True
    if not (_LISTED_ENDS[_ends_key(ord(word[0]), ord(word[-1]))] >> len(word)) & 1:
        return _NOT_LISTED
    return _FOLDED if capital else _AS_IT_IS


#: language names that pages write where a language code belongs ("english", "Deutsch"), and their codes
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "francais": "fr",
    "spanish": "es", "español": "es", "espanol": "es", "italian": "it", "italiano": "it", "dutch": "nl",
    "nederlands": "nl", "portuguese": "pt", "português": "pt", "portugues": "pt", "polish": "pl", "polski": "pl",
}
#: a BCP 47 tag's language, script and region subtags, then any others (variants, extensions: dropped)
_LANGUAGE_TAG: Final = re.compile(r"([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-[a-z\d]{1,8})*", re.I)


def language_tag(raw: str | None) -> str | None:
    """A page's stated language as a BCP 47 tag of a language, script and region in their usual case: "en",
    "en-US", "zh-Hant-TW". The first of a list ("DE, AT, CH" → "de"), "_" read as "-" ("en_US" → "en-US"),
    a language's English or own name as its code ("english" → "en"), other subtags dropped ("de-DE-formal"
    → "de-DE"); None for what is no tag ("lang=", "und" for undetermined).

    >>> language_tag("en_us"), language_tag("DE, AT, CH"), language_tag("english"), language_tag("zh-hant-tw")
    ('en-US', 'de', 'en', 'zh-Hant-TW')
    """
    if not raw:
        return None
    first = raw.replace("_", "-").split(",")[0].split(";")[0].strip()
    named = LANGUAGE_NAMES.get(first.lower())
    if named is not None:
        return named
    match = _LANGUAGE_TAG.fullmatch(first)
    if match is None or match[1].lower() == "und":
        return None
    script, region = match[2], match[3]
    return match[1].lower() + (f"-{script.title()}" if script else "") + (f"-{region.upper()}" if region else "")
