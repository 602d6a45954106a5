"""Metadata of an HTML page: title, authors, dates, site name, language, description, URL, image, tags.

Read from the parsed tree's head (JSON-LD, OpenGraph, Twitter cards, named `<meta>`s, `<link
rel=canonical>`, `<html lang>`) and from clues the HTML front-end gathered in its walk over the body
(`<time datetime>`, byline elements, headings), so the body is not walked twice. Structured sources win
over text found in the body; dates come out as ISO 8601.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from selectolax.lexbor import LexborHTMLParser

from .blocks import Block, PageMeta

# --- Vocabulary -------------------------------------------------------------------------------------

#: JSON-LD types that describe the article itself. "NewsArticle", "BlogPosting"
ARTICLE_TYPES = re.compile(
    r"^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|"
    r"ReportageNewsArticle|OpinionNewsArticle|Review|SocialMediaPosting|LiveBlogPosting|Recipe|"
    r"WebPage|ItemPage|AboutPage|Posting|DiscussionForumPosting|Blog|VideoObject|Event|Product|"
    r"MedicalWebPage|CreativeWork|QAPage|Question)$"
)
#: JSON-LD types ranked below a real article type when a page has both. "WebPage"
WEAK_TYPES = frozenset({"WebPage", "ItemPage", "AboutPage", "Blog", "CreativeWork", "QAPage", "WebSite"})

#: title separators between headline and site name. "Headline | Site", "Site – Headline"
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»/\\]\s+|\s+::\s+")

#: a meta value that is a web address or an e-mail, not a name. "https://facebook.com/x"
NOT_A_NAME = re.compile(r"https?://|www\.|@|\.(com|org|net|de)\b", re.I)

#: what is cut from a byline to leave names. "By ", "Von ", "Written by ", "Posted by", "Author:"
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|story|text|words|photos?|a)\s+)?(?:by|von|par|por|di|door|de)\s*:?\s+"
    r"|^\s*(?:author|autor|auteur|autorin|verfasser|posted)\s*:?\s*",
    re.I,
)

#: words between names in a byline. "Jane Doe and John Roe", "Jane Doe & John Roe", "A, B und C"
NAME_JOINERS = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\||/)\s*", re.I)

#: trailing parts after a byline's names. "Jane Doe, Reuters", "Jane Doe | 12 May 2015", "Jane Doe on"
BYLINE_TAIL = re.compile(r"\s+(?:on|am|le|el|updated|published|posted|in)\b.*$|\s*[|•·]\s.*$|\s+\d.*$", re.I)

MONTHS = {
    **dict.fromkeys(("january", "jan", "januar", "janvier", "enero", "gennaio", "januari", "jänner"), 1),
    **dict.fromkeys(("february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "februari"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mars", "marzo", "maart", "mrz"), 3),
    **dict.fromkeys(("april", "apr", "avril", "abril", "aprile"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "juni", "juin", "junio", "giugno"), 6),
    **dict.fromkeys(("july", "jul", "juli", "juillet", "julio", "luglio"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre", "septiembre", "settembre"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre"), 10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre"), 12),
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

#: an ISO date, with or without time. "2015-07-24T05:36:09+01:00", "2015-07-24"
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?)?")
#: a day, month name and year. "24 July 2015", "24. Juli 2015", "24 juillet 2015", "24th of July, 2015"
DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?({_MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I
)
#: a month name, day and year. "July 24, 2015", "Jul. 24th 2015"
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
#: numeric day-first dates. "24.07.2015", "24/07/2015", "24.7.15"
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})\b")
#: year first with slashes or dots. "2015/07/24", "2015.07.24"
YEAR_FIRST = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
#: a date in a URL path. "/2015/07/24/", "/2015-07-24-"
URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")

#: <meta> keys holding the publication date, best first
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "article.published",
    "published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_date",
    "citation_publication_date", "article_date_original", "originalpublicationdate", "created",
    "og:updated_time", "datecreated",
)
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "citation_author",
               "byl", "dcterms.creator", "og:article:author")
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "parsely-title", "sailthru.title")
SITE_KEYS = ("og:site_name", "application-name", "publisher", "twitter:site")
DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")
IMAGE_KEYS = ("og:image", "twitter:image", "twitter:image:src", "image")
TAG_KEYS = ("keywords", "article:tag", "news_keywords")

#: a title this short after its site name is cut is more likely a section name than a headline
MIN_TITLE_WORDS = 2
#: byline text longer than this is a paragraph, not a byline
MAX_BYLINE_LEN = 120
#: an author name has at most this many words
MAX_NAME_WORDS = 5


@dataclass(slots=True)
class MetaClues:
    """What the HTML front-end noticed in the body for metadata, with the index of the next block."""

    #: (datetime attribute of a <time>, block index)
    times: list[tuple[str, int]] = field(default_factory=list)
    #: (text of a byline or author element, block index)
    bylines: list[tuple[str, int]] = field(default_factory=list)


# --- Reading the head --------------------------------------------------------------------------------


def _meta_values(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """<meta name|property|itemprop=… content=…> values by lower-case key, in page order."""
    values: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), []).append(" ".join(content.split()))
    return values


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if key in values:
            return values[key][0]
    return None


def _json_ld_objects(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (lists and @graph flattened)."""
    found: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        raw = (node.text() or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # pages often leave raw line breaks inside strings
                data = json.loads(re.sub(r"[\r\n\t]+", " ", raw))
            except ValueError:
                continue
        found.extend(_flatten(data))
    return found


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _flatten(main)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return []


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article: a real article type before a web page."""
    strong = [o for o in objects if any(ARTICLE_TYPES.match(t) and t not in WEAK_TYPES for t in _types(o))]
    weak = [o for o in objects if any(t in WEAK_TYPES for t in _types(o))]
    for group in (strong, weak):
        if group:
            return group[0]
    return None


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value: a string, an object, or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("url") or value.get("@value"))
    return None


# --- Dates ---------------------------------------------------------------------------------------------


def parse_date(text: str | None) -> str | None:
    """An ISO 8601 date (with time where given) from the common ways pages write a date.

    >>> parse_date("July 24, 2015"), parse_date("24. Juli 2015"), parse_date("2015-07-24T05:36:09+01:00")
    ('2015-07-24', '2015-07-24', '2015-07-24T05:36:09+01:00')
    """
    if not text:
        return None
    text = text.strip()
    match = ISO_DATE.search(text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if _valid(year, month, day):
            if match[4]:
                return f"{year:04d}-{month:02d}-{day:02d}T{match[4]}{match[5] or ''}"
            return f"{year:04d}-{month:02d}-{day:02d}"
    for pattern, order in ((DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy")):
        match = pattern.search(text)
        if match:
            parts = dict(zip(order, match.groups()))
            month = MONTHS.get(parts["m"].lower().rstrip("."))
            if month and _valid(int(parts["y"]), month, int(parts["d"])):
                return f"{int(parts['y']):04d}-{month:02d}-{int(parts['d']):02d}"
    match = YEAR_FIRST.search(text)
    if match and _valid(int(match[1]), int(match[2]), int(match[3])):
        return f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
    match = NUMERIC_DATE.search(text)
    if match:
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if year < 100:
            year += 2000 if year < 50 else 1900
        # day first (Europe) unless a slash date's second number cannot be a month (US: 07/24/2015)
        day, month = (second, first) if match[2] == "/" and second > 12 else (first, second)
        if _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


# --- Authors --------------------------------------------------------------------------------------------


def clean_authors(raw: list[str], site_name: str | None = None) -> list[str]:
    """Names from author strings: "By " cut, split on "and"/",", addresses and the site name dropped.

    >>> clean_authors(["By Jane Doe and John Roe"])
    ['Jane Doe', 'John Roe']
    """
    names: list[str] = []
    site = (site_name or "").casefold()
    for value in raw:
        value = " ".join(value.split())
        if not value or NOT_A_NAME.search(value) or len(value) > MAX_BYLINE_LEN:
            continue
        value = BYLINE_PREFIX.sub("", value)
        value = BYLINE_TAIL.sub("", value)
        for name in NAME_JOINERS.split(value):
            name = name.strip(" .:-–—()[]\"'")
            if not name or len(name.split()) > MAX_NAME_WORDS or name.casefold() == site:
                continue
            if not any(ch.isalpha() for ch in name) or name.casefold() in (n.casefold() for n in names):
                continue
            names.append(name)
    return names


# --- Title ----------------------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold().strip(" \"'“”‘’«»")


def _strip_site(title: str, site_name: str | None) -> str:
    """A <title> without the site name before or after a separator. "Headline | Site" -> "Headline"."""
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    site = _norm(site_name)
    if site:
        kept = [p for p in parts if _norm(p) != site and site not in _norm(p)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    return longest if len(longest.split()) >= MIN_TITLE_WORDS else title


def choose_title(
    title_tag: str | None, headings: list[str], structured: list[str], site_name: str | None
) -> str | None:
    """The article's own headline: a heading that the <title> or structured data confirm, else the
    structured headline, else the <title> without its site name; never the site name alone."""
    confirmations = [_norm(t) for t in [title_tag, *structured] if t]
    for heading in headings:
        folded = _norm(heading)
        if folded and any(folded in c for c in confirmations) and folded != _norm(site_name):
            return heading
    for value in structured:
        if value and _norm(value) != _norm(site_name):
            cleaned = _strip_site(value, site_name)
            return cleaned
    if title_tag:
        return _strip_site(title_tag, site_name)
    return headings[0] if headings else None


# --- Putting it together -----------------------------------------------------------------------------


def read_meta(tree: LexborHTMLParser, clues: MetaClues, blocks: list[Block], url: str | None) -> PageMeta:
    """Everything the page says about itself; `blocks` are the front-end's blocks with their hints."""
    values = _meta_values(tree)
    article = _article_object(_json_ld_objects(tree)) or {}
    site_name = _site_name(values, article)
    meta = PageMeta(site_name=site_name)
    meta.language = _language(tree, values)
    meta.url = _canonical(tree) or _first(values, ("og:url",)) or url
    meta.description = _text(article.get("description")) or _first(values, DESCRIPTION_KEYS)
    meta.image = _text(article.get("image")) or _first(values, IMAGE_KEYS)
    meta.tags = _tags(values, article)
    title_tag = next((b.text for b in blocks if b.kind == "title"), None)
    structured = [t for t in (_text(article.get("headline")), _first(values, TITLE_KEYS)) if t]
    meta.title = choose_title(title_tag, _headline_candidates(blocks), structured, site_name)
    meta.authors = _authors(values, article, clues, blocks, site_name)
    meta.published = _published(values, article, clues, blocks, url)
    meta.modified = parse_date(_text(article.get("dateModified")) or _first(values, MODIFIED_KEYS))
    return meta


def _site_name(values: dict[str, list[str]], article: dict[str, Any]) -> str | None:
    publisher = article.get("publisher")
    name = _text(publisher) if isinstance(publisher, (dict, list)) else None
    value = _first(values, SITE_KEYS)
    if value and value.startswith("@"):
        value = value[1:]
    return name if name and not NOT_A_NAME.search(name) else value


def _language(tree: LexborHTMLParser, values: dict[str, list[str]]) -> str | None:
    root = tree.root
    lang = root.attributes.get("lang") if root is not None else None
    return lang or _first(values, ("content-language", "og:locale", "language", "dc.language"))


def _canonical(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    return node.attributes.get("href") if node is not None else None


def _tags(values: dict[str, list[str]], article: dict[str, Any]) -> list[str]:
    raw = article.get("keywords")
    tags: list[str] = []
    if isinstance(raw, list):
        tags = [t for t in raw if isinstance(t, str)]
    elif isinstance(raw, str):
        tags = raw.split(",")
    else:
        for key in TAG_KEYS:
            for value in values.get(key, []):
                tags.extend(value.split(","))
    return [t.strip() for t in tags if t.strip()][:30]


def _headline_candidates(blocks: list[Block]) -> list[str]:
    """Level-1 headings, those in or near the article first, then other headings."""
    first = [b.text for b in blocks if b.kind == "heading" and b.level == 1 and "main" in b.hints]
    rest = [b.text for b in blocks if b.kind == "heading" and b.level == 1 and "main" not in b.hints]
    others = [b.text for b in blocks if b.kind == "heading" and b.level in (2, 3)][:5]
    return [t for t in first + rest + others if len(t) < 300]


def _authors(
    values: dict[str, list[str]], article: dict[str, Any], clues: MetaClues, blocks: list[Block],
    site_name: str | None,
) -> list[str]:
    """Authors from JSON-LD, then <meta>, then byline elements (those of the article first)."""
    for raw in (_names(article.get("author")) or _names(article.get("creator")), values.get("author", []),
                [v for k in AUTHOR_KEYS[1:] for v in values.get(k, [])]):
        names = clean_authors(raw, site_name)
        if names:
            return names
    in_main = [t for t, i in clues.bylines if i < len(blocks) and _near_article(blocks, i)]
    for group in (in_main, [t for t, _ in clues.bylines]):
        names = clean_authors(group[:1], site_name)
        if names:
            return names
    return []


def _near_article(blocks: list[Block], index: int) -> bool:
    block = blocks[index] if index < len(blocks) else None
    return block is not None and "main" in block.hints and "comments" not in block.hints


def _published(
    values: dict[str, list[str]], article: dict[str, Any], clues: MetaClues, blocks: list[Block],
    url: str | None,
) -> str | None:
    """The publication date: JSON-LD, then <meta>, then <time datetime>, then a date in the URL."""
    for raw in (_text(article.get("datePublished")), _text(article.get("dateCreated")),
                _first(values, PUBLISHED_KEYS)):
        date = parse_date(raw)
        if date:
            return date
    outside_comments = [t for t, i in clues.times if not (i < len(blocks) and "comments" in blocks[i].hints)]
    for raw in outside_comments:
        date = parse_date(raw)
        if date:
            return date
    for block in blocks:
        if "date" in block.hints and "comments" not in block.hints and len(block.text) < 120:
            date = parse_date(block.text)
            if date:
                return date
    match = URL_DATE.search(url or "")
    if match and _valid(int(match[1]), int(match[2]), int(match[3])):
        return f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
    return None
