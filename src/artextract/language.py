"""A guess at the language of a text from its commonest short words, for pages that do not say.

Enough to tell the languages the vocabularies cover apart; not a general language identifier.
"""

from __future__ import annotations

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


#: each listed word → the languages it belongs to
_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
#: how much text is read: the commonest words show in the first few thousand characters
SAMPLE_CHARS: Final = 3000
#: no listed word is longer than this
_LONGEST_WORD: Final = max(len(word) for word in _LANGUAGES_OF)


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code, or None for a text too short or too unlike any listed language."""
    counts = dict.fromkeys(STOPWORDS, 0)
    # each word is looked up as it comes (compiled, a lookup costs less than counting the words first)
    for word in fold_case(text[:SAMPLE_CHARS]).split():
        word = word.strip(_PUNCTUATION)
        if len(word) <= _LONGEST_WORD:  # most words are longer than any listed one: not looked up
            for lang in _LANGUAGES_OF.get(word, ()):
                counts[lang] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= MIN_HITS else None
