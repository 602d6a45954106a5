"""word_counts' shortcuts (words read by their end characters' codes, looked up before folding) held to
the plain definition on texts made to reach each of them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.language import (
    _AS_IT_IS,
    _FOLDED,
    _NOT_LISTED,
    _PUNCTUATION,
    SAMPLE_CHARS,
    STOPWORDS,
    MIN_HITS,
    _is_punctuation,
    _lookup_way,
    _settled,
    guess_language,
    word_counts,
)
from artextract.shape import fold_case


def _counts_by_definition(text: str) -> list[int]:
    """The sample case-folded, split, its words stripped of punctuation and counted by the languages
    that list them."""
    words = [word.strip(_PUNCTUATION) for word in text[:SAMPLE_CHARS].casefold().split()]
    return [sum(word in listed for word in words) for listed in STOPWORDS.values()]


_LISTED = sorted({word for words in STOPWORDS.values() for word in words})
# listed words in every case (and mixed), letters past ASCII that fold to ASCII ones ("ſe" folds to "se",
# the Kelvin sign to "k") or that fold longer ("ß", "ﬁ", "İ"), punctuation of every kind, long words
_PIECES = st.one_of(
    st.sampled_from(_LISTED),
    st.sampled_from(_LISTED).map(str.upper),
    st.sampled_from(_LISTED).map(str.capitalize),
    st.sampled_from(_LISTED).map(lambda word: word[:1] + word[1:].upper()),  # "tHE"
    st.sampled_from([*_PUNCTUATION,
        "-", "ß", "Straße", "ÉTÉ", "article", "x", "42", "日本", "ſe", "ſ", "\u212a", "İn", "ﬁ", "È", "Ⅰ",
        "Zürich", "worldwide", "ALL", "tHe"]),
    st.text(max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.lists(_PIECES, min_size=1, max_size=4).map("".join),
                          st.sampled_from([" ", "\n", "\t", "\u00a0", "  ", "\u2009", "\x1c"])), max_size=60))
def test_word_counts_are_their_definition(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + space for word, space in pieces)
    assert word_counts(text) == _counts_by_definition(text)


@given(st.text())
def test_word_counts_of_any_text(text: str) -> None:
    assert word_counts(text) == _counts_by_definition(text)


def test_is_punctuation_is_the_list() -> None:
    assert all(_is_punctuation(code) == (chr(code) in _PUNCTUATION) for code in range(0x3000))


def test_listed_words_are_their_own_fold() -> None:
    # word_counts looks a word up as it is before folding it
    assert all(fold_case(word) == word for word in _LISTED)


@settings(max_examples=2000)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=5) | st.sampled_from(_LISTED).map(str.title))
def test_lookup_way_of_ascii_words(word: str) -> None:
    # a word told to be no listed one is none; one looked up as it is folds to itself
    way = _lookup_way(word)
    if way == _NOT_LISTED:
        assert not any(fold_case(word) in words for words in STOPWORDS.values())
    elif way == _AS_IT_IS:
        assert fold_case(word) == word
    elif way == _FOLDED:
        assert word.isascii() and fold_case(word) != word
    else:
        assert not word.isascii()


def test_listed_words_are_looked_up() -> None:
    for word in _LISTED:
        for variant in (word, word.upper(), word.capitalize()):
            assert _lookup_way(variant) != _NOT_LISTED


def _guess_by_definition(text: str) -> str | None:
    counts = _counts_by_definition(text)
    best = max(range(len(counts)), key=lambda n: (counts[n], -n))
    return list(STOPWORDS)[best] if counts[best] >= MIN_HITS else None


_MIXED = st.lists(st.sampled_from(_LISTED) | st.sampled_from(["x", "Word", "lang", "the.", "(de)"]), max_size=700)


@settings(max_examples=300, deadline=None)
@given(_MIXED.map(" ".join))
def test_guess_settled_early_is_the_guess(text: str) -> None:
    # guess_language stops reading once the rest cannot change its answer: the answer of all the sample
    assert guess_language(text) == _guess_by_definition(text)


def test_guess_settles_on_a_long_text() -> None:
    text = "the cat and the dog of the house " * 200
    assert guess_language(text) == "en" == _guess_by_definition(text)
    assert sum(word_counts(text, settle=True)) < sum(word_counts(text))


@given(st.lists(st.integers(0, 40), min_size=7, max_size=7), st.integers(0, 40),
       st.lists(st.integers(0, 6), max_size=40))
def test_settled_counts_keep_their_leader(counts: list[int], left: int, added: list[int]) -> None:
    # whatever the words left add (at most one a language a word), a settled guess does not change
    if not _settled(counts, left):
        return
    later = list(counts)
    for n in added[:left]:
        later[n] += 1
    best = max(range(7), key=lambda n: (counts[n], -n))
    assert max(range(7), key=lambda n: (later[n], -n)) == best and later[best] >= MIN_HITS
