"""decode_input keeps the input's bytes only when the HTML parser may read them as they are."""

from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import extract
from artextract.decode import (
    HTML_HEAD_CHARS,
    UTF8_SLICE,
    decode,
    decode_input,
    is_utf8,
    looks_like_html,
    utf8_head,
    utf8_is_blank,
)

PAGE = "<html><body><p>Grüße, Привет</p></body></html>"


def test_utf8_input_keeps_its_bytes() -> None:
    decoded = decode_input(gzip.compress(PAGE.encode()), html=True)
    assert decoded.text == PAGE
    assert decoded.utf8 == PAGE.encode()


def test_other_encodings_keep_only_the_text() -> None:
    for data, encoding in [
        (codecs.BOM_UTF8 + PAGE.encode(), None),
        (PAGE.encode(), "utf-8"),
        ("<meta charset='latin-1'><p>Grüße</p>".encode("latin-1"), None),
    ]:
        decoded = decode_input(data, html=True, encoding=encoding)
        assert decoded.utf8 is None
        assert decoded.text == decode(data, html=True, encoding=encoding)


#: a German post saved as UTF-8, many of its letters beyond ASCII
GERMAN = "Grüße aus Köln: schön, dass Sie da sind. Über die Brücke gehen wir zur Straße am Fluss. " * 4


def test_utf8_with_a_stray_latin1_byte_stays_utf8() -> None:
    # a Latin-1 "ü" pasted into a page saved as UTF-8, declared or not: a browser reads it as UTF-8 and
    # shows the stray byte as a replacement character; a detector guessed an Arabic code page for all of it
    for head in ("<meta charset='utf-8'>", ""):
        data = f"<html><head>{head}</head><body><p>{GERMAN}".encode() + b"Gr\xfc\xdfe</p></body></html>"
        text = decode(data, html=True)
        assert GERMAN in text and "Gr\ufffd\ufffde" in text


def test_a_latin1_page_without_a_charset_is_not_read_as_utf8() -> None:
    data = f"<html><body><p>{GERMAN}</p></body></html>".encode("latin-1")
    assert GERMAN in decode(data, html=True)


#: bytes around the slice size, mostly ASCII with runs of UTF-8 pieces, stray continuation and lead bytes
_PIECES = st.sampled_from([b"a", b" ", b"<p>", b"\xc3\xa9", b"\xe2\x80\x99", b"\xf0\x9f\x98\x80", b"\xc3", b"\xa9",
                           b"\xe2\x80", b"\xed\xa0\x80", b"\xff", b"\x80", b"\xc0\xaf"])


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=300)
@given(st.lists(st.tuples(_PIECES, st.integers(0, UTF8_SLICE + 3)), max_size=8))
def test_is_utf8_is_whether_the_bytes_decode(parts: list[tuple[bytes, int]]) -> None:
    # each piece after a stretch of ASCII, so that pieces fall on, before and after the slices' edges
    data = b"".join(b"x" * size + piece for piece, size in parts)
    assert is_utf8(data) == _decodes(data)


@given(st.lists(st.sampled_from([" ", "\t", "\x1c", "\x1f", "\xa0", "\u3000", "\u2028", "a", "é", "<"]), max_size=80))
def test_utf8_is_blank_is_isspace_of_the_text(chars: list[str]) -> None:
    text = "".join(chars)
    assert utf8_is_blank(text.encode()) == (text.isspace() or not text)


def test_html_utf8_is_decoded_only_when_read() -> None:
    decoded = decode_input(PAGE.encode(), html=True)
    assert decoded.utf8 == PAGE.encode() and not decoded.is_blank()
    assert decoded.text == PAGE
    late = b"<p>" + b"x" * (3 * UTF8_SLICE) + b"\xe9</p>"  # latin-1, invalid only far from the start
    assert decode_input(late, html=True).utf8 is None


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", " ", "<p>", "é", "’", "😀", "Привет", "\n"]), max_size=4 * HTML_HEAD_CHARS)
       .map("".join))
def test_utf8_head_is_the_start_of_the_text(text: str) -> None:
    assert utf8_head(text.encode()) == text[:HTML_HEAD_CHARS]


@pytest.mark.parametrize("char", ["é", "’", "😀"])
def test_utf8_head_of_characters_of_several_bytes_each(char: str) -> None:
    # the head's characters take two, three or four bytes each: more than twice as many bytes as characters
    text = "<p>" + char * (2 * HTML_HEAD_CHARS)
    assert utf8_head(text.encode()) == text[:HTML_HEAD_CHARS]


def test_auto_mode_reads_utf8_html_as_bytes_and_text_as_text() -> None:
    html = decode_input(PAGE.encode())
    assert html.undecoded and html.html is True and html.text == PAGE
    copied = "Grüße aus Berlin\n\nA paragraph of copied text, long enough to be one.\n"
    text = decode_input(copied.encode())
    assert not text.undecoded and text.html is False and text.text == copied
    # a start of many 4-byte characters: the head decoded alone is the text's head
    long_start = "😀" * (HTML_HEAD_CHARS - 2) + "<html><body><p>x</p></body></html>"
    assert decode_input(long_start.encode()).html is looks_like_html(long_start)


def test_auto_mode_gives_what_html_mode_gives_for_utf8_html() -> None:
    page = ("<html><head><title>A title of a page</title></head><body><article><h1>A title of a page</h1><p>"
            + "Grüße, a paragraph long enough to be the body of this page. " * 8 + "</p></article></body></html>")
    auto, forced = extract(page.encode()), extract(page.encode(), input_format="html")
    assert auto.source.format == "html"
    assert auto.to_dict() == forced.to_dict()
