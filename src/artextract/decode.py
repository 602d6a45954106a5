"""Input bytes → text: gzip, byte-order marks, declared charsets, detection; HTML or text.

Unusable input raises artextract's own errors: empty input, binary data, text that is not UTF-8
(copied text is UTF-8; HTML may declare or need detection of its charset).
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import typing
import zlib
from typing import Final

from .errors import BinaryInputError, DecodeError, EmptyInputError, TooLargeError

#: the most bytes a page may have, read or unpacked from gzip: far beyond any article page (the corpus's
#: largest is 1.4 MB), it bounds what /dev/zero, an endless pipe or a gzip bomb can make us hold
MAX_INPUT_BYTES: Final = 64 * 1024 * 1024
#: magic numbers of binary formats people pipe in by mistake
_BINARY_MAGIC: Final = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF", b"BM",
    b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x1a\x45\xdf\xa3", b"7z\xbc\xaf", b"Rar!", b"BZh",
)
#: share of control bytes above which input is binary
BINARY_CONTROL_SHARE: Final = 0.10
_CONTROL: Final = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
_META_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_START: Final = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|\?xml|meta|title|!--)",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS: Final = re.compile(
    r"<(html|head|body|div|p|span|a|meta|link|script|table|br|li|ul|ol|article|section|main|header|footer|nav|"
    r"h[1-6]|b|i|em|strong|img|figure|figcaption|blockquote|pre|tr|td)[\s>/]",
    re.IGNORECASE,
)
#: HTML without a doctype or <html> starts with markup: at most this much text before its first tag
HTML_MAX_LEADING_TEXT: Final = 200
#: an input with at least this many tags in its first 4 KB is HTML even if it does not start like it
HTML_MIN_TAGS: Final = 8
_BOMS: Final = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def gunzip(data: bytes) -> bytes:
    """The bytes, decompressed if they are gzip; TooLargeError past MAX_INPUT_BYTES, before or after."""
    if len(data) > MAX_INPUT_BYTES:  # (the library's limit too, as the command line's: no page is so long)
        raise TooLargeError(f"input is larger than {MAX_INPUT_BYTES} bytes: not a page")
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacking:  # read up to the limit, not all of a bomb
            unpacked = unpacking.read(MAX_INPUT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(f"corrupt gzip data: {exc}") from None
    if len(unpacked) > MAX_INPUT_BYTES:
        raise TooLargeError(f"gzip data unpacks to more than {MAX_INPUT_BYTES} bytes: not a page")
    return unpacked


def read_bounded(stream: typing.BinaryIO) -> bytes:
    """All of a stream's bytes, or TooLargeError past MAX_INPUT_BYTES (/dev/zero, an endless pipe)."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise TooLargeError(f"input is larger than {MAX_INPUT_BYTES} bytes: not a page")
    return data


def check_not_binary(data: bytes) -> None:
    """Raise BinaryInputError for images, archives and other non-text bytes."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        raise BinaryInputError("input is binary data (an image or archive?), not a page")
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return
    controls = len(head) - len(head.translate(None, _CONTROL))  # one pass, not one per control byte
    if b"\x00" in head or controls > BINARY_CONTROL_SHARE * len(head):
        raise BinaryInputError("input is binary data, not a page")


def looks_like_html(text: str) -> bool:
    """HTML by its start (a doctype, <html>, <head>…) or by many tags in its first 4 KB, the first of
    them near the start (copied text that quotes HTML code starts with prose)."""
    head = text[:HTML_HEAD_CHARS]
    if _HTML_START.match(head):
        return True
    tags = list(_HTML_TAGS.finditer(head))
    return len(tags) >= HTML_MIN_TAGS and len(head[:tags[0].start()].strip()) <= HTML_MAX_LEADING_TEXT


class Decoded:
    """Input bytes as text, and the bytes themselves when they were UTF-8 as they stand."""

    __slots__ = ("_text", "html", "utf8")

    def __init__(self, text: str | None, utf8: bytes | None = None, html: bool | None = None) -> None:
        #: the text; None until read when it is `utf8` decoded (the HTML parser reads the bytes, so an HTML page
        #: need not be decoded at all)
        self._text = text
        #: the (decompressed) input when it was UTF-8 without a byte-order mark and no encoding was forced:
        #: the HTML parser reads these as they are, where it would encode `text` back to UTF-8 first
        self.utf8 = utf8
        #: whether the input is HTML, where decode_input was told or found out (None: not known)
        self.html = html

    @property
    def undecoded(self) -> bool:
        """Whether `text` is not decoded yet: decode_input leaves it so for HTML only (given as such, or
        found to be), which the parser reads from `utf8`."""
        return self._text is None

    @property
    def text(self) -> str:
        """The text (decoded from `utf8` when first read)."""
        if self._text is None:
            assert self.utf8 is not None
            self._text = self.utf8.decode("utf-8")
        return self._text

    def is_blank(self) -> bool:
        """Whether the text is empty or white space only (str.isspace), without decoding `utf8` for it when
        an ASCII character that is not white space comes first (see utf8_is_blank)."""
        if self._text is None and self.utf8 is not None:
            return utf8_is_blank(self.utf8)
        return self.text.isspace() or not self.text


#: the ASCII characters that str.isspace counts as white space (bytes.isspace leaves out \x1c-\x1f)
_STR_ASCII_SPACE: Final = b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
#: is_utf8 reads the bytes in slices of this size, decoding only those that are not all ASCII
UTF8_SLICE: Final = 4096


def utf8_is_blank(data: bytes) -> bool:
    """Whether UTF-8 `data` decodes to empty or white space only text, as `text.isspace() or not text`: an ASCII
    character that is not white space near the start says no at once; else (rare) the text is decoded."""
    head = data[:64].lstrip(_STR_ASCII_SPACE)
    if head and head[0] < 0x80:
        return False
    text = data.decode("utf-8")
    return text.isspace() or not text


#: the characters of a page that looks_like_html reads
HTML_HEAD_CHARS: Final = 4096


def utf8_head(data: bytes) -> str:
    """The first HTML_HEAD_CHARS characters of `data` decoded as UTF-8, from as many bytes as they can take
    (four each); a character cut at the end is left out, and so is any byte that is not UTF-8 (the caller
    reads the head of bytes it then checks with is_utf8)."""
    head = data[:HTML_HEAD_CHARS]
    if head.isascii():  # (as many characters as bytes)
        return head.decode("ascii")
    # twice as many bytes hold the characters on most pages (a head of ASCII markup): four times as many only
    # where they do not
    text = data[:2 * HTML_HEAD_CHARS].decode("utf-8", "ignore")
    if len(text) <= HTML_HEAD_CHARS:
        text = data[:4 * HTML_HEAD_CHARS].decode("utf-8", "ignore")
    return text[:HTML_HEAD_CHARS]


def is_utf8(data: bytes) -> bool:
    """Whether `data.decode("utf-8")` succeeds, without making the str of the whole page. A character of
    several bytes is made of bytes >= 0x80 only, and an ASCII byte is a character by itself whatever stands
    around it, so the bytes are UTF-8 if and only if each stretch between ASCII bytes is: slices that are all
    ASCII (bytes.isascii, a word at a time) are valid as they are, and each run of the other slices, which
    starts and ends next to an ASCII byte (or at an end of the data), is decoded on its own, from a view of
    the bytes (not a copy of them)."""
    size = len(data)
    view = memoryview(data)
    start = -1  # where the run of slices not all ASCII began (-1: not in one)
    for at in range(0, size, UTF8_SLICE):
        if data[at:at + UTF8_SLICE].isascii():
            if start >= 0:
                try:
                    str(view[start:at], "utf-8")
                except UnicodeDecodeError:
                    return False
                start = -1
        elif start < 0:
            start = at
    if start >= 0:
        try:
            str(view[start:], "utf-8")
        except UnicodeDecodeError:
            return False
    return True


def decode(data: bytes, html: bool | None = None, encoding: str | None = None) -> str:
    """Bytes → str. `html` says whether the bytes are HTML (None: not known yet); `encoding` forces one."""
    return decode_input(data, html, encoding).text


def decode_input(data: bytes, html: bool | None = None, encoding: str | None = None) -> Decoded:
    """As `decode`, keeping the input's bytes when they are UTF-8 as they stand (see Decoded)."""
    data = gunzip(data)
    if data.isspace() or not data:  # as `not data.strip()`, without copying the page
        raise EmptyInputError("input is empty")
    check_not_binary(data)
    if encoding:
        try:
            return Decoded(data.decode(encoding))
        except (LookupError, UnicodeError) as exc:  # UnicodeError: codecs such as "undefined" or "idna"
            raise DecodeError(f"cannot decode input as {encoding}: {exc}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"))
    # HTML the parser reads as bytes: the text is decoded only if asked for (in auto mode, HTML by the start
    # of the text, decoded alone: the same start as the whole text's when the bytes are UTF-8)
    looked = html if html is not None else looks_like_html(utf8_head(data))
    if looked and is_utf8(data):
        return Decoded(None, data, True)
    try:
        return Decoded(data.decode("utf-8"), data, looked)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    is_html = html if html is not None else looks_like_html(data[:4096].decode("latin-1"))
    if not is_html:
        raise DecodeError(f"input is not valid UTF-8 (byte {data[utf8_error.start]:#04x} at offset "
                          f"{utf8_error.start}); give its encoding with --encoding")
    return Decoded(_decode_html(data))


#: characters beyond ASCII (see _decode_html)
_BEYOND_ASCII: Final = re.compile(r"[^\x00-\x7f]")
#: UTF-8 with stray bytes is read as UTF-8 where it has at least this many characters beyond ASCII (the
#: replacement characters among them) for each stray byte's replacement: mostly UTF-8
STRAY_BYTES_FACTOR: Final = 10


def _decode_html(data: bytes) -> str:
    """HTML that is not UTF-8 throughout: its declared charset; else, declared UTF-8 or undeclared, UTF-8
    with the odd stray byte replaced, where most of its bytes beyond ASCII are UTF-8 (a page saved as UTF-8
    with a Latin-1 "ü" pasted in: a browser shows it so); else the detector's best guess."""
    declared = _META_CHARSET.search(data[:8192])
    name = ""
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}.get(name, name)
        try:
            return data.decode(name)
        except (LookupError, UnicodeError):  # not only UnicodeDecodeError: "undefined" and "idna" raise its base
            pass
    if name in ("", "utf-8", "utf8"):
        text = data.decode("utf-8", errors="replace")
        stray = text.count("\ufffd")
        if len(_BEYOND_ASCII.findall(text)) >= STRAY_BYTES_FACTOR * stray:
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")
