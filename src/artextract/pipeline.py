"""The flow, one stage a line: front-end → blocks → classify → assemble → Article."""

from __future__ import annotations

import gc
from typing import Final

from .assemble import assemble
from .blocks import Page
from .classify import classify
from .decode import MAX_INPUT_BYTES, decode_input, looks_like_html
from .errors import ArtextractError, EmptyInputError, InternalError, TooLargeError, UnknownOptionError
from .front_text import read_text
from .links import page_base, resolve_links
from .model import Article, Source
from .options import DEFAULT_OPTIONS, Options

INPUT_FORMATS: Final = ("auto", "html", "text")


def read_page(text: str | None, input_format: str, url: str | None, utf8: bytes | None = None) -> Page:
    """Run the front-end that fits the input. `utf8` is the same input as UTF-8 bytes, when at hand:
    the HTML parser reads those as they are (given text, it encodes it first). `text` is None for HTML
    that is read from `utf8` alone (see Decoded.undecoded)."""
    if text is None or input_format == "html" or (input_format == "auto" and looks_like_html(text)):
        from .front_html import read_html  # selectolax is loaded only for HTML

        return read_html(utf8 if utf8 is not None else text or "", url=url)
    return read_text(text)


def without_lone_surrogates(text: str) -> str:
    """The text with each lone surrogate (half of a UTF-16 pair, which no UTF-8 output can hold: given as
    str, or decoded from UTF-7) replaced by U+FFFD; the text itself when it has none (the usual case,
    found by one encode of text that is not ASCII)."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # through UTF-16: a high and a low half in a row make their one character, a lone half one U+FFFD
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def extract(
    data: str | bytes,
    *,
    url: str | None = None,
    input_format: str = "auto",
    options: Options | None = None,
    path: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Extract the article from a page given as HTML or as copied text (str, or bytes in any encoding,
    gzip allowed). Raises an ArtextractError subclass for input that is not a page at all, and
    InternalError (also one) for a fault of ours; a page without an article gives an Article with few
    or no sections."""
    try:
        return _extract(data, url, input_format, options or DEFAULT_OPTIONS, path, encoding)
    except ArtextractError:
        raise
    except Exception as exc:  # a bug met on this input: one error type for callers, the cause kept
        error = InternalError(f"internal error ({type(exc).__name__}: {exc}); please report it with this input")
        error.__cause__ = exc  # set by hand: a compiled build's `raise … from` drops it
        raise error from exc


def _extract(data: str | bytes, url: str | None, input_format: str, options: Options, path: str | None,
             encoding: str | None) -> Article:
    if input_format not in INPUT_FORMATS:
        raise UnknownOptionError(f"unknown input format: {input_format} (use one of {', '.join(INPUT_FORMATS)})")
    forced_html = {"html": True, "text": False}.get(input_format)
    utf8: bytes | None = None
    text: str | None
    if isinstance(data, bytes):
        decoded = decode_input(data, html=forced_html, encoding=encoding)
        utf8 = decoded.utf8
        # HTML as UTF-8 bytes goes to the parser as it is: its text is not decoded (nothing reads it)
        text = None if decoded.undecoded else decoded.text
        blank = decoded.is_blank()
        if decoded.html is not None:  # (found out already in auto mode: not read again)
            input_format = "html" if decoded.html else "text"
    else:
        if len(data) > MAX_INPUT_BYTES:  # (characters: as many as bytes at least)
            raise TooLargeError(f"input is larger than {MAX_INPUT_BYTES} characters: not a page")
        text = data
        blank = text.isspace() or not text  # as `not text.strip()`, without copying the page
    if utf8 is None and text is not None:
        text = without_lone_surrogates(text)
    if blank:
        raise EmptyInputError("input is empty")
    # Extraction allocates many small objects that die with the call: the cycle collector would scan
    # them again and again for nothing (a tenth of the time of a page)
    collecting = gc.isenabled()
    gc.disable()
    try:
        page = read_page(text, input_format, url, utf8)
        labelled = classify(page, options)
        source = Source(path=path, url=url or page.meta.url, format=page.format)  # type: ignore[arg-type]
        article = assemble(labelled, page, options, source)
        resolve_links(article, page_base(url, page.meta.url, page.meta.base))
        return article
    finally:
        if collecting:
            gc.enable()
