"""decode_input keeps the input's bytes only when the HTML parser may read them as they are."""

from __future__ import annotations

import codecs
import gzip

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.decode import UTF8_SLICE, decode, decode_input, is_utf8, utf8_is_blank

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
