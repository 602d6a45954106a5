"""Addresses in the article made absolute against the page's own address (its canonical URL or the one
the caller gave), as a reader of the output needs them: caption images, related posts, metadata image."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from .model import Article, Caption, Related

#: addresses that are not links to resolve
NOT_RESOLVED = ("data:", "javascript:", "mailto:", "tel:", "#")


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
    if not url or not base or url.startswith(NOT_RESOLVED):
        return url
    try:
        return urljoin(base, url.strip())
    except ValueError:  # a malformed address ("http://[bad") stays as the page wrote it
        return url


def resolve_links(article: Article, base: str | None) -> None:
    """Make the article's addresses absolute against `base`, in place; without a base, leave them."""
    if base is None:
        return
    meta = article.metadata
    meta.url = absolute(meta.url, base)
    meta.image = absolute(meta.image, base)
    for section in article.sections:
        if isinstance(section, Caption):
            section.image = absolute(section.image, base)
        elif isinstance(section, Related):
            for item in section.items:
                item.url = absolute(item.url, base)
