"""decode_input keeps the input's bytes only when the HTML parser may read them as they are."""

from __future__ import annotations

import codecs
import gzip

from artextract.decode import decode, decode_input

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
