"""Addresses in the article made absolute against the page's own address (its canonical URL or the one
the caller gave), as a reader of the output needs them: caption images, related posts, metadata image."""

from __future__ import annotations

from typing import Final
from urllib.parse import urljoin, urlsplit

from .model import Article, Caption, Related

#: addresses that are not links to resolve
NOT_RESOLVED = ("data:", "javascript:", "mailto:", "tel:", "#")
#: an absolute http(s) address that urljoin gives back as it is: a lowercase scheme, a host (its first
#: character none of "/?#"), and none of what urljoin's parse-and-rebuild changes or checks (brackets of
#: an IPv6 host, ";" parameters, tabs and line breaks it removes, an empty "?" query or "#" fragment it
#: drops; non-ASCII is tested apart)
_CHANGED_SIGNS: Final = (";", "[", "]", "\t", "\r", "\n")


def page_base(url: str | None, canonical: str | None, base_href: str | None = None) -> str | None:
    """What relative addresses resolve against: the page's <base href> (itself resolved against the
    page's address), else the address the caller gave, else the page's canonical one; only an
    absolute http(s) address is a base."""
    address = next((u for u in (url, canonical) if _is_web_address(u)), None)
    if base_href:
        resolved = absolute(base_href, address) if address else base_href
        if _is_web_address(resolved):
            return resolved
    return address


def _is_web_address(url: str | None) -> bool:
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def absolute(url: str | None, base: str | None) -> str | None:
    """`url` made absolute against `base` as urljoin does (an address that is one already is kept)."""
    if not url or not base or url.startswith(NOT_RESOLVED):
        return url
    if _kept_as_is(url):  # most addresses on a page are absolute; urljoin took 9 µs a call (pure Python)
        return url
    if url.startswith("/") and (origin := _origin(base)) is not None:  # most others start at the host's root
        joined = _from_root(url, origin)
        if joined is not None:
            return joined
    try:
        return urljoin(base, url.strip())
    except ValueError:  # a malformed address ("http://[bad") stays as the page wrote it
        return url


def _kept_as_is(url: str) -> bool:
    """Whether urljoin, whatever the base, gives `url` back unchanged (tests/test_links.py checks this
    against urljoin): it is absolute, with a scheme urljoin only takes apart and puts together again."""
    # tests of a few characters each (memchr), where a pattern read every character: a fifth of the cost
    start = 8 if url.startswith("https://") else 7 if url.startswith("http://") else 0
    return start > 0 and len(url) > start and url[start] not in "/?#" and url.isascii() \
        and not any(sign in url for sign in _CHANGED_SIGNS) and not url.endswith(("?", "#")) \
        and "?#" not in url and not url[-1].isspace()


def _origin(base: str) -> str | None:
    """The scheme and host of `base` ("https://example.org") when urljoin reads it as written
    (`_kept_as_is`), else None."""
    if not _kept_as_is(base):
        return None
    start = base.index("//") + 2
    end = len(base)
    for sign in "/?#":
        at = base.find(sign, start)
        if at >= 0 and at < end:
            end = at
    return base[:end]


def _from_root(url: str, origin: str) -> str | None:
    """What urljoin gives for `url`, an address from the root of the base's host ("/img/a.jpg" or
    "//cdn.example.net/a.jpg"), when that is `origin` (or its scheme) put before it as written; else
    None (the long way). urljoin reads such an address as it reads the absolute one it makes (the base
    gives only the scheme and host), except that it takes out "." and ".." segments of a path from the
    root: so the path holds none ("/." is the cheap test), and the absolute address is kept as is."""
    if url.startswith("//"):
        joined = origin[: origin.index(":") + 1] + url
    else:
        path_end = len(url)
        for sign in "?#":
            at = url.find(sign)
            if at >= 0 and at < path_end:
                path_end = at
        if "/." in url[:path_end]:
            return None
        joined = origin + url
    return joined if _kept_as_is(joined) else None


def resolve_links(article: Article, base: str | None) -> None:
    """Make the article's addresses absolute against `base`, in place; without a base, leave them."""
    if base is None:
        return
    meta = article.metadata
    if (url := absolute(meta.url, base)) != meta.url:
        meta.url = url
    if (url := absolute(meta.image, base)) != meta.image:
        meta.image = url
    for section in article.sections:
        if isinstance(section, Caption):
            if (url := absolute(section.image, base)) != section.image:
                section.image = url
        elif isinstance(section, Related):
            for item in section.items:
                if (url := absolute(item.url, base)) != item.url:
                    item.url = url
