"""Addresses in the article made absolute against the page's own address (its canonical URL or the one
the caller gave), as a reader of the output needs them: caption images, related posts, metadata image."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from .model import Article, Caption, Related

#: addresses that are not links to resolve
NOT_RESOLVED = ("data:", "javascript:", "mailto:", "tel:", "#")


def page_base(*candidates: str | None) -> str | None:
    """The first candidate that is an absolute http(s) address."""
    for url in candidates:
        if url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc:
            return url
    return None


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
