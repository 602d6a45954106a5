"""Metadata of an HTML page: title, authors, dates, site name, language, description, URL, image, tags.

Read from the parsed tree's head (JSON-LD, OpenGraph, Twitter cards, named `<meta>`s, `<link
rel=canonical>`, `<html lang>`) and from clues the HTML front-end gathered in its walk over the body
(`<time datetime>`, byline elements, headings), so the body is not walked twice. Structured sources win
over text found in the body; dates come out as ISO 8601.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .blocks import Block, PageMeta
from .dates import parse_date, valid
from .shape import fold_title
from .vocab import BYLINE

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

#: what pages wrap JSON-LD in: "<![CDATA[ … ]]>", "<!-- … -->"
JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
#: what every JSON_WRAPPER match holds; a script without any is not wrapped (the regex would try
#: its end at every character of a long script)
JSON_WRAPPER_MARKS = ("<!", "]]>", "-->")

#: the head and body elements metadata is read from, found in one pass over the tree
META_ELEMENTS = 'meta, script[type="application/ld+json"]'

#: title separators between headline and site name. "Headline | Site", "Site – Headline"
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»/\\]\s+|\s+::\s+")

#: a meta value that is a web address or an e-mail, not a name. "https://facebook.com/x"
NOT_A_NAME = re.compile(r"https?://|www\.|@|\.(com|org|net|de)\b", re.IGNORECASE)

#: what is cut from a byline to leave names. "By ", "Von ", "Written by ", "Posted by", "Author:"
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|story|text|words|photos?|a)\s+)?(?:by|von|par|por|di|door|de)\s*:?\s+"
    r"|^\s*(?:author|autor|auteur|autorin|verfasser|posted)\s*:?\s*",
    re.IGNORECASE,
)

#: words between names in a byline. "Jane Doe and John Roe", "Jane Doe & John Roe", "A, B und C"
NAME_JOINERS = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\||/)\s*", re.IGNORECASE)

#: trailing parts after a byline's names. "Jane Doe, Reuters", "Jane Doe | 12 May 2015", "Jane Doe on"
BYLINE_TAIL = re.compile(r"\s+(?:on|am|le|el|updated|published|posted|in)\b.*$|\s*[|•·]\s.*$|\s+\d.*$", re.IGNORECASE)

#: a date in a URL path. "/2015/07/24/", "/2015-07-24-"
URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")

#: <meta> keys holding the publication date, best first
PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "citation_date",
    "citation_publication_date",
    "article_date_original",
    "originalpublicationdate",
    "created",
    "datecreated",
)
MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
)
AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "byl",
    "dcterms.creator",
    "og:article:author",
)
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "parsely-title", "sailthru.title")
SITE_KEYS = ("og:site_name", "application-name", "publisher", "twitter:site")
DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")
IMAGE_KEYS = ("og:image", "twitter:image", "twitter:image:src", "image")
TAG_KEYS = ("keywords", "article:tag", "news_keywords")

#: words that byline elements hold but that are not names. "Posted", "Veröffentlicht", "No author"
NOT_NAMES = re.compile(
    r"^(on|by|von|am|posted|published|updated|veröffentlicht|aktualisiert|autor|author|authors|no author|"
    r"unknown|weiter|more|mehr|read more|jobs|hire|share|"
    r"comments?|kommentare?|reply|antworten|view all posts|alle beiträge|written|geschrieben|date|datum|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w{1,2}|.*:)$",
    re.IGNORECASE,
)

#: a label naming the author. "Written by", "Verfasst von", "Geschrieben von", "Auteur"
AUTHOR_LABEL = re.compile(
    r"^(written by|verfasst von|geschrieben von|von|by|author|autor|auteur|écrit par|escrito por)\b",
    re.IGNORECASE,
)

#: a byline found in text is looked for in this many blocks after the headline
BYLINE_WINDOW = 12

#: a block longer than this is prose, not a date line
MAX_DATELINE_LEN = 120

#: a permalink sign after a heading's text. "Setting up¶"
HEADING_ANCHOR = re.compile(r"\s*[¶#§]+$")

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


def _meta_values(metas: list[LexborNode]) -> dict[str, list[str]]:
    """<meta name|property|itemprop=… content=…> values by lower-case key, in page order."""
    values: dict[str, list[str]] = {}
    for node in metas:
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():  # sites often escape twice: "&amp;#038;" arrives as "&#038;"
            values.setdefault(key.strip().lower(), []).append(" ".join(html.unescape(content).split()))
    return values


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if key in values:
            return values[key][0]
    return None


def _json_ld_objects(scripts: list[LexborNode]) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page's JSON-LD scripts (lists and @graph flattened)."""
    found: list[dict[str, Any]] = []
    for node in scripts:
        raw = _unwrap_json(node.text() or "")
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


def _unwrap_json(text: str) -> str:
    """A JSON-LD script's text without the CDATA or comment marks around it."""
    if any(mark in text for mark in JSON_WRAPPER_MARKS):
        text = JSON_WRAPPER.sub("", text)
    return text.strip()


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


def _resolve_references(article: dict[str, Any], objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The article with its author and publisher given by "@id" only (Yoast's @graph) looked up."""
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}

    def resolve(value: Any) -> Any:
        if isinstance(value, list):
            return [resolve(v) for v in value]
        if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
            return by_id[value["@id"]]
        return value

    if not article:
        return article
    return {**article, **{k: resolve(article[k]) for k in ("author", "creator", "publisher") if k in article}}


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
        return " ".join(html.unescape(value).split()) or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("url") or value.get("@value"))
    return None


# --- Dates ---------------------------------------------------------------------------------------------


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
            if NOT_NAMES.match(name):
                continue
            if not any(ch.isalpha() for ch in name) or name.casefold() in (n.casefold() for n in names):
                continue
            names.append(name)
    return names


# --- Title ----------------------------------------------------------------------------------------------


def _strip_site(title: str, site_name: str | None) -> str:
    """A <title> without the site name before or after a separator. "Headline | Site" -> "Headline"."""
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    site = fold_title(site_name)
    if site:
        kept = [p for p in parts if fold_title(p) != site and site not in fold_title(p)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    return longest if len(longest.split()) >= MIN_TITLE_WORDS else title


def choose_title(
    title_tag: str | None, headings: list[str], structured: list[str], site_name: str | None
) -> str | None:
    """The article's own headline: a heading that structured data names exactly; else the longest
    heading that the <title> or structured data contain; else the structured headline, else the
    <title>, without the site name; never the site name alone when a headline exists."""
    site = fold_title(site_name)
    headings = [h for h in (HEADING_ANCHOR.sub("", h) for h in headings) if fold_title(h) and fold_title(h) != site]
    named = {fold_title(value) for value in structured}
    for heading in headings:
        if fold_title(heading) in named:
            return heading
    confirmations = [fold_title(t) for t in [title_tag, *structured] if t]
    confirmed = [h for h in headings if any(fold_title(h) in c for c in confirmations)]
    if confirmed:
        return max(confirmed, key=len)
    for value in structured:
        if value and fold_title(value) != site:
            return _strip_site(value, site_name)
    if title_tag:
        return _strip_site(title_tag, site_name)
    return headings[0] if headings else None


# --- Putting it together -----------------------------------------------------------------------------


def read_meta(tree: LexborHTMLParser, clues: MetaClues, blocks: list[Block], url: str | None) -> PageMeta:
    """Everything the page says about itself; `blocks` are the front-end's blocks with their hints."""
    elements = tree.css(META_ELEMENTS)
    values = _meta_values([node for node in elements if node.tag == "meta"])
    objects = _json_ld_objects([node for node in elements if node.tag == "script"])
    article = _resolve_references(_article_object(objects) or {}, objects)
    site_name = _site_name(values, article)
    meta = PageMeta(site_name=site_name)
    meta.language = _language(tree, values)
    meta.url = _canonical(tree) or _first(values, ("og:url",)) or url
    meta.description = _text(article.get("description")) or _first(values, DESCRIPTION_KEYS)
    meta.image = _text(article.get("image")) or _first(values, IMAGE_KEYS)
    meta.tags = _tags(values, article)
    title_tag = next((b.text for b in blocks if b.kind == "title"), None)
    structured = [t for t in (_text(article.get("headline")), *(_first(values, (k,)) for k in TITLE_KEYS)) if t]
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
    values: dict[str, list[str]],
    article: dict[str, Any],
    clues: MetaClues,
    blocks: list[Block],
    site_name: str | None,
) -> list[str]:
    """Authors from JSON-LD, then <meta>, then byline elements (those of the article first)."""
    for raw in (
        _names(article.get("author")) or _names(article.get("creator")),
        values.get("author", []),
        [v for k in AUTHOR_KEYS[1:] for v in values.get(k, [])],
        _labelled_author(values),
    ):
        names = clean_authors(raw, site_name)
        if names:
            return names
    in_main = [t for t, i in clues.bylines if i < len(blocks) and _near_article(blocks, i)]
    for text in in_main[:3]:
        names = clean_authors([text], site_name)
        if names:
            return names
    names = _byline_in_text(blocks, site_name)
    if names:
        return names
    for text, _ in clues.bylines[:3]:
        names = clean_authors([text], site_name)
        if names:
            return names
    return []


def _near_headline(blocks: list[Block]) -> list[Block]:
    """The blocks just after the first level-1 heading, then the article's first blocks."""
    start = next((b.index for b in blocks if b.kind == "heading" and b.level == 1), None)
    window = blocks[start : start + BYLINE_WINDOW] if start is not None else []
    return window + [b for b in blocks if "main" in b.hints][:BYLINE_WINDOW]


def _byline_in_text(blocks: list[Block], site_name: str | None) -> list[str]:
    """Names from a "By Jane Doe" / "Von Max Muster" line just after the headline or in the article."""
    for block in _near_headline(blocks):
        if len(block.text) > MAX_BYLINE_LEN or "comments" in block.hints:
            continue
        match = BYLINE.match(block.text)
        if match:
            names = clean_authors([match.group("names") or match.group("names2") or ""], site_name)
            if names:
                return names
    return []


def _labelled_author(values: dict[str, list[str]]) -> list[str]:
    """The author a Twitter card labels. twitter:label1="Written by", twitter:data1="Jane Doe" """
    for number in ("1", "2"):
        label = _first(values, (f"twitter:label{number}",))
        if label and AUTHOR_LABEL.match(label):
            return values.get(f"twitter:data{number}", [])[:1]
    return []


def _near_article(blocks: list[Block], index: int) -> bool:
    block = blocks[index] if index < len(blocks) else None
    return block is not None and "main" in block.hints and "comments" not in block.hints


def _published(
    values: dict[str, list[str]],
    article: dict[str, Any],
    clues: MetaClues,
    blocks: list[Block],
    url: str | None,
) -> str | None:
    """The publication date: JSON-LD, then <meta>, then what the page shows (<time datetime>, a date
    element, a date line under the headline), then a date in the URL."""
    structured = (
        _text(article.get("datePublished")),
        _text(article.get("dateCreated")),
        _first(values, PUBLISHED_KEYS),
    )
    for raw in (*structured, *_shown_dates(clues, blocks)):
        date = parse_date(raw)
        if date:
            return date
    match = URL_DATE.search(url or "")
    if match and valid(int(match[1]), int(match[2]), int(match[3])):
        return f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
    return None


def _shown_dates(clues: MetaClues, blocks: list[Block]) -> Iterator[str]:
    """Dates the page shows, best first: <time datetime> outside comments, date elements, short lines
    near the headline."""
    for raw, index in clues.times:
        if not (index < len(blocks) and "comments" in blocks[index].hints):
            yield raw
    for block in blocks:
        if "date" in block.hints and "comments" not in block.hints and len(block.text) < MAX_DATELINE_LEN:
            yield block.text
    for block in _near_headline(blocks):
        if len(block.text) < MAX_DATELINE_LEN and "comments" not in block.hints:
            yield block.text
