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
from itertools import chain
from typing import Any, Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .blocks import Block, PageMeta
from .bylines import (
    LABELLED_AUTHOR,
    NOT_A_NAME,
    NOT_NAMES,
    SHORT_NAME_MAX_CHARS,
    by_names,
    clean_authors,
    is_handle,
    is_name,
)
from .dates import parse_date, valid
from .language import language_tag
from .shape import LINK_HEAVY, fold_title
from .vocab import DATE, DATELINE, PUBLISHED_LABEL, Caseless, holds_digit

#: str.isascii, called as a function (see shape.fold_case)
_IS_ASCII: Final = str.isascii

# --- Vocabulary -------------------------------------------------------------------------------------

#: JSON-LD types that describe the article itself. "NewsArticle", "BlogPosting"
ARTICLE_TYPES: Final = re.compile(
    r"^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|"
    r"ReportageNewsArticle|OpinionNewsArticle|Review|SocialMediaPosting|LiveBlogPosting|Posting|"
    r"DiscussionForumPosting|MedicalWebPage)$"
)
#: JSON-LD types of other content a page can be about, ranked after an article: a video or a recipe
#: in an article is not the article
OTHER_TYPES: Final = frozenset({"Recipe", "VideoObject", "Event", "Product", "CreativeWork", "QAPage", "Question"})
#: JSON-LD types ranked last: the page, not its content. "WebPage"
WEAK_TYPES: Final = frozenset({"WebPage", "ItemPage", "AboutPage", "Blog", "WebSite"})

#: what pages wrap JSON-LD in: "<![CDATA[ … ]]>", "<!-- … -->"
JSON_WRAPPER: Final = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
#: what every JSON_WRAPPER match holds; a script without any is not wrapped (the regex would try
#: its end at every character of a long script)
JSON_WRAPPER_MARKS: Final = ("<!", "]]>", "-->")
#: how a script's text without its spaces starts or ends when JSON_WRAPPER matches it
JSON_WRAPPER_STARTS: Final = ("<!", "//")
JSON_WRAPPER_ENDS: Final = ("]]>", "-->")
#: how many levels of lists and objects JSON-LD is read to (real ones nest three or four; a script nested
#: hundreds deep, as a broken or hostile page may hold, is not read past this)
JSON_LD_DEPTH: Final = 16

#: the head and body elements metadata is read from, found in one pass over the tree (each query is a
#: pass over the whole tree, the page's canonical link and base address being no exception)
META_ELEMENTS: Final = 'meta, script[type="application/ld+json"], link[rel="canonical"], base[href]'

#: the marks that part a title from its site's name, as members of a regex's character class: "|", the
#: dashes, ":", "·", "•", "»", "/", "\\"
_TITLE_MARKS: Final = r"|\-–—:·•»/\\"
#: title separators between headline and site name. "Headline | Site", "Site – Headline"
TITLE_SEPARATOR: Final = re.compile(rf"(?<!\s)(?:\s+[{_TITLE_MARKS}]\s+|\s+::\s+)")
#: a separator left alone at a title's start or end, with nothing on its other side: "National Rail
#: Enquiries -", "» Headline"
TITLE_EDGE_SEPARATOR: Final = re.compile(rf"^[{_TITLE_MARKS}]+\s+|\s+[{_TITLE_MARKS}]+$")
#: a run of separator marks at a part's start or end ("example.de //"), cut before it is read as a domain
TITLE_EDGE_MARKS_RUN: Final = re.compile(rf"^[{_TITLE_MARKS}\s]+|[{_TITLE_MARKS}\s]+$")
#: a title's part that is the site's domain name: "mediaarchitecture.de", "www.example.com"
#: (written in lower case: "Node.js" and "Vue.js" are names of things, not addresses)
DOMAIN_NAME: Final = re.compile(r"(?:www\.)?[^\W_A-Z][\w-]*(?:\.[^\WA-Z][\w-]*)*\.[a-z]{2,6}")
#: the separators a site name may be glued to with no space around them ("NEWS WEB EASY|Headline")
GLUED_SEPARATORS: Final = "|·•»/\\:"

#: a publication date in a script's data. '"published_at":"2019-03-02T06:22:28+01:00"', "datePublished: '2019-03-02'"
SCRIPT_DATE: Final = re.compile(
    r"""["']?(?:date_?published|published_?(?:at|date|time|on)?|publish_?date|pub_?date|first_?published_?(?:at|date)?|"""
    r"""date_?created|created_?(?:at|date))["']?\s*[:=]\s*["'](\d{4}-\d{2}-\d{2}[^"']{0,30})["']""",
    re.IGNORECASE,
)
#: the cheap test before SCRIPT_DATE
DIGIT_KEYS_HINT: Final = re.compile(r"publish|created", re.IGNORECASE)
#: DIGIT_KEYS_HINT's words, and the characters beyond ASCII that its case-insensitive reading takes for
#: their letters but lowering does not make them ("ı" and "ſ" an i and an s, "İ" lowered to two characters)
DIGIT_KEYS: Final = ("publish", "created")
DIGIT_KEYS_STRAYS: Final = ("ı", "ſ", "İ")

#: a date in a URL path. "/2015/07/24/", "/2015-07-24-"
URL_DATE: Final = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")

#: <meta> keys holding the publication date, best first
PUBLISHED_KEYS: Final = (
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
MODIFIED_KEYS: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
)
AUTHOR_KEYS: Final = (
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
TITLE_KEYS: Final = ("og:title", "twitter:title", "dc.title", "dc:title", "headline", "parsely-title", "sailthru.title")
SITE_KEYS: Final = ("og:site_name", "application-name", "publisher", "twitter:site")
DESCRIPTION_KEYS: Final = ("description", "og:description", "twitter:description", "dc.description")
IMAGE_KEYS: Final = ("og:image", "twitter:image", "twitter:image:src", "image")
TAG_KEYS: Final = ("keywords", "article:tag", "news_keywords")
#: how many tags are kept (a page may list hundreds of keywords for search engines)
MAX_TAGS: Final = 30
LANGUAGE_KEYS: Final = ("content-language", "og:locale", "language", "dc.language")
#: the Twitter card's label and data pairs an author is read from (twitter:label1="Written by")
TWITTER_LABELS: Final = (("twitter:label1", "twitter:data1"), ("twitter:label2", "twitter:data2"))
#: every <meta> key read here: the values of others are not kept (a page's <meta>s are mostly viewport,
#: robots, image sizes, app ids: normalising their text was most of what reading them cost)
READ_KEYS: Final = frozenset(
    PUBLISHED_KEYS + MODIFIED_KEYS + AUTHOR_KEYS + TITLE_KEYS + SITE_KEYS + DESCRIPTION_KEYS + IMAGE_KEYS
    + TAG_KEYS + LANGUAGE_KEYS + ("og:url",) + tuple(key for pair in TWITTER_LABELS for key in pair)
)

#: longer than any of AUTHOR_LABEL_WORDS and AUTHOR_LABEL_ALONE's words
MAX_AUTHOR_LABEL: Final = 16

#: a label naming the author. "Written by", "Verfasst von", "Geschrieben von", "Auteur"
AUTHOR_LABEL: Final = re.compile(
    r"^(written by|verfasst von|geschrieben von|von|by|author|autor|auteur|écrit par|escrito por)\b",
    re.IGNORECASE,
)

#: an author label alone on its line, the name on the next. "Von:", "Auteur", "Written by"
AUTHOR_LABEL_ALONE: Final = re.compile(
    r"^\s*(?:von|by|autor(?:in|en)?|authors?|auteurs?|autore|verfasser(?:in)?|redaktion|text|written by|"
    r"geschrieben von|escrito por|écrit par)\s*(?::\s*)?$",
    re.IGNORECASE,
)

#: the first characters, lower-cased, of the lines that BYLINE can match (at their very start, with
#: the initials of its words: "written", "posted", "escrito", "geschrieben", "verfasst", "écrit",
#: "story", "text", "by", "de", "author" …; "ſ" is an "s" to the regex, case ignored): the cheap test
#: before the long regex, run on every short line when a byline is looked for everywhere
BYLINE_INITIALS: Final = frozenset("wprgvestbdaéſ")
#: the first characters, lower-cased, of the lines (spaces first dropped) that AUTHOR_LABEL_ALONE can match
AUTHOR_LABEL_INITIALS: Final = frozenset("vbartwgeé")

#: the first words, lower-cased, of the lines that BYLINE can match when that word is ASCII letters
#: (followed by an ASCII character that is no letter, or by nothing): its verbs, "story", "text", "words",
#: its words "by" and its labels ("authors", "texte"); the cheap test after BYLINE_INITIALS
BYLINE_FIRST_WORDS: Final = frozenset(
    "written posted published reported publicado escrito geschrieben verfasst pubblicato scritto story text "
    "words by von par por di door de da author autor auteur autore texte testo authors autors auteurs "
    "autores texts textes testos".split()
)
#: longer than any word of BYLINE_FIRST_WORDS
MAX_BYLINE_WORD: Final = 16
#: what AUTHOR_LABEL_ALONE matches, lower-cased, without the spaces around it and its colon: in an ASCII
#: line, the test that gives its answer
AUTHOR_LABEL_WORDS: Final = frozenset(
    ("von", "by", "autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs", "autore", "verfasser",
     "verfasserin", "redaktion", "text", "written by", "geschrieben von", "escrito por")
)

#: a byline found in text is looked for in this many blocks after the headline
BYLINE_WINDOW: Final = 12

#: a byline may stand this many blocks before the headline (a kicker line of "von Jane Doe")
BYLINE_BEFORE: Final = 3
#: a line of a name and a date is this short, its name this many words at most
MAX_NAME_DATE_LEN: Final = 60
MAX_NAME_DATE_WORDS: Final = 3
#: shorter than this before a date is an article or a day ("Le 3 mai", "Sa 3.5."), not a name
MIN_NAME_LEN: Final = 3
#: at most this many byline elements of each kind are tried
BYLINE_CANDIDATES: Final = 3
#: zones whose bylines name someone else: a commenter, a related post's author, a widget's
NOT_BYLINE_ZONES: Final = frozenset({"comments", "related"})
#: zones of the page's furniture: a byline there beside the headline belongs to a teaser
FURNITURE_ZONES: Final = frozenset({"aside", "nav", "header", "footer"})

#: a block longer than this is prose, not a date line
MAX_DATELINE_LEN: Final = 120

#: a permalink sign after a heading's text. "Setting up¶"
HEADING_ANCHOR: Final = re.compile(r"(?:(?<!\s)\s+|(?<![¶#§\s]))[¶#§]+$")
#: how a text that HEADING_ANCHOR matches ends (its "$" also matches before a last line break): the
#: cheap test before the regex, which tries each place of the heading in turn
HEADING_ANCHOR_ENDS: Final = ("¶", "#", "§", "¶\n", "#\n", "§\n")

#: microdata properties whose value is another work than the page's (schema.org): the properties of
#: such an item (a reference's authors) are not the page's
OTHER_WORK_PROPERTIES: Final = frozenset({"citation", "review", "comment", "mentions", "isbasedon", "subjectof"})
#: a title this short after its site name is cut is more likely a section name than a headline
MIN_TITLE_WORDS: Final = 2
#: byline text longer than this is a paragraph, not a byline
MAX_BYLINE_LEN: Final = 120


@dataclass(slots=True)
class MetaClues:
    """What the HTML front-end noticed in the body for metadata, with the index of the next block."""

    #: (datetime attribute of a <time>, block index)
    times: list[tuple[str, int]] = field(default_factory=list)
    #: (text of a byline or author element, block index)
    bylines: list[tuple[str, int]] = field(default_factory=list)


# --- Reading the head --------------------------------------------------------------------------------


def _meta_values(metas: list[LexborNode]) -> dict[str, list[str]]:
    """<meta name|property|itemprop=… content=…> values by lower-case key, in page order, for the keys
    read here (READ_KEYS), as the page writes them: each is normalised (_normalised) where it is read
    (_first, _all), most values (the second description, the Twitter card's copies of OpenGraph's)
    never being read."""
    values: dict[str, list[str]] = {}
    for node in metas:
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name")
        microdata = False
        if not key:
            key = attrs.get("itemprop")
            microdata = bool(key)
            if not microdata:
                key = attrs.get("http-equiv")
        if not key:
            continue
        lowered = key.lower()
        # property="og:title twitter:title" names two keys; a key read here is one key (it holds no space).
        # Most keys are one key not read (viewport, og:image:width): split only a key with white space,
        # of which every kind but " " is unprintable (str.isprintable), the cheap test before the split
        if lowered in READ_KEYS:
            names = [lowered]
        elif " " in lowered or not lowered.isprintable():
            names = lowered.split()
        else:
            continue
        content = attrs.get("content")
        if not (content and content.strip()):
            continue
        if microdata and _of_another_work(node):
            continue
        for name in names:
            if name in READ_KEYS:
                if name in values:
                    values[name].append(content)
                else:
                    values[name] = [content]
    return values


def _normalised(content: str) -> str:
    """A <meta> value's text: entities read, white space folded."""
    # sites often escape twice: "&amp;#038;" arrives as "&#038;"
    return " ".join(unescaped(content).split())


def _of_another_work(node: LexborNode) -> bool:
    """Whether a microdata property describes another work than the page's: its item (the nearest
    element with itemscope) is the value of a property naming another work, such as a reference
    (itemprop="citation"), a review or a comment (OTHER_WORK_PROPERTIES)."""
    parent = node.parent
    while parent is not None:
        attrs = parent.attributes
        if "itemscope" in attrs:
            return (attrs.get("itemprop") or "").lower() in OTHER_WORK_PROPERTIES
        parent = parent.parent
    return False


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    """The first value of the first of these keys the page has, normalised."""
    for key in keys:
        if key in values:
            return _normalised(values[key][0])
    return None


def _all(values: dict[str, list[str]], key: str) -> list[str]:
    """Every value of a key, normalised."""
    return [_normalised(value) for value in values[key]] if key in values else []


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
            except (ValueError, RecursionError):
                continue
        except RecursionError:  # nested deeper than json reads (a thousand levels): no metadata of ours
            continue
        found.extend(_flatten(data, JSON_LD_DEPTH))
    return found


def _unwrap_json(text: str) -> str:
    """A JSON-LD script's text without the CDATA or comment marks around it."""
    stripped = text.strip()
    # JSON_WRAPPER matches only at the start ("<!…", "//…") or the end ("…]]>", "…-->") of the text
    # without its spaces: not a search of the whole script for its marks when neither looks like one
    if not (stripped.startswith(JSON_WRAPPER_STARTS) or stripped.endswith(JSON_WRAPPER_ENDS)):
        return stripped
    if any(mark in text for mark in JSON_WRAPPER_MARKS):
        text = JSON_WRAPPER.sub("", text)
    return text.strip()


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value: the value's own, those of its lists, @graph and mainEntity, to
    `depth` levels of them."""
    if depth <= 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth - 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"], depth - 1)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _flatten(main, depth - 1)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return []


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article: an article type before other content, before a web page."""
    for wanted in (lambda t: ARTICLE_TYPES.match(t) is not None, OTHER_TYPES.__contains__, WEAK_TYPES.__contains__):
        for obj in objects:
            if any(wanted(t) for t in _types(obj)):
                return obj
    return None


def _resolve_references(article: dict[str, Any], objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The article with its author and publisher given by "@id" only (Yoast's @graph) looked up."""
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}

    def resolve(value: Any, depth: int = JSON_LD_DEPTH) -> Any:
        if isinstance(value, list):
            return [resolve(v, depth - 1) for v in value] if depth > 0 else []
        if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
            return by_id[value["@id"]]
        return value

    if not article:
        return article
    return {**article, **{k: resolve(article[k]) for k in ("author", "creator", "publisher") if k in article}}


def _names(value: Any, depth: int = JSON_LD_DEPTH) -> list[str]:
    """Author names from a JSON-LD author value: a string, an object, or a list of either (to `depth`
    levels of lists), their character references read as _text reads them ("O&#039;Donnell")."""
    if isinstance(value, str):
        return [unescaped(value)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return [unescaped(name)]
        if isinstance(name, list):
            return [unescaped(n) for n in name if isinstance(n, str)]
        return []
    if isinstance(value, list) and depth > 0:
        return [n for item in value for n in _names(item, depth - 1)]
    return []


def unescaped(text: str) -> str:
    """The text with its character references read (JSON-LD that a page escaped as HTML too)."""
    return html.unescape(text) if "&" in text else text


def _text(value: Any, depth: int = JSON_LD_DEPTH) -> str | None:
    """A JSON-LD value's text: a string, a list's first, an object's name, url or @value (to `depth`
    levels)."""
    if isinstance(value, str):
        return " ".join(unescaped(value).split()) or None
    if depth <= 0:
        return None
    if isinstance(value, list) and value:
        return _text(value[0], depth - 1)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("url") or value.get("@value"), depth - 1)
    return None


# --- Dates ---------------------------------------------------------------------------------------------


# --- Authors --------------------------------------------------------------------------------------------


# --- Title ----------------------------------------------------------------------------------------------


def _strip_site(title: str, site_name: str | None) -> str:
    """A <title> without the site name before or after a separator. "Headline | Site" -> "Headline";
    without a separator left at its start or end ("National Rail Enquiries -"), a known site name glued
    to its separator ("NEWS WEB EASY|Headline"), or a part that is a domain name ("example.de | Prices")."""
    title = TITLE_EDGE_SEPARATOR.sub("", title) or title
    glued = _glued_site(title, site_name) if site_name else None
    if glued:
        return glued
    parts = [p for p in TITLE_SEPARATOR.split(title) if p]
    if len(parts) < 2:
        return title
    named = [p for p in parts if not DOMAIN_NAME.fullmatch(TITLE_EDGE_MARKS_RUN.sub("", p))]
    if named and len(named) < len(parts):
        parts = named
        if len(parts) == 1:
            return parts[0]
    site = fold_title(site_name)
    if site:
        kept = [p for p in parts if fold_title(p) != site and site not in fold_title(p)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    return longest if len(longest.split()) >= MIN_TITLE_WORDS else title


def _glued_site(title: str, site_name: str) -> str | None:
    """The title without a known site name that a separator joins to it with no space ("NEWS WEB
    EASY|Headline", "Headline|Site"), or None."""
    folded, site = title.casefold(), site_name.casefold()
    if len(folded) <= len(site) + 1:
        return None
    if folded.startswith(site) and title[len(site_name)] in GLUED_SEPARATORS:
        rest = title[len(site_name) + 1:].strip()
    elif folded.endswith(site) and title[-len(site_name) - 1] in GLUED_SEPARATORS:
        rest = title[: -len(site_name) - 1].strip()
    else:
        return None
    return rest or None


def _without_anchor(heading: str) -> str:
    """The heading without a permalink sign after its text (HEADING_ANCHOR)."""
    return HEADING_ANCHOR.sub("", heading) if heading.endswith(HEADING_ANCHOR_ENDS) else heading


def _folded(text: str, folds: dict[str, str]) -> str:
    """fold_title(text), looked up in `folds` (the texts of one title choice folded so far) or added to it."""
    folded = folds.get(text)
    if folded is None:
        folded = folds[text] = fold_title(text)
    return folded


def choose_title(
    title_tag: str | None, headings: list[str], structured: list[str], site_name: str | None,
    single_h1: str | None = None,
) -> str | None:
    """The article's own headline: a heading that structured data names exactly; else the longest
    heading that the <title> or structured data contain; else the structured headline, else the
    <title>, without the site name, unless it is a single word, a page's name ("Home") rather than an
    article's title, and the page has one level-1 heading (`single_h1`); never the site name alone when
    a headline exists."""
    site = fold_title(site_name)
    # each text folded once, kept beside it: folding is most of the comparisons' cost, and the structured
    # titles (og:title, twitter:title, headline), the <title> and a heading are often the same text
    folds: dict[str, str] = {}
    unfiltered = [(h, _folded(h, folds)) for h in (_without_anchor(h) for h in headings)]
    folded_headings = [(h, folded) for h, folded in unfiltered if folded and folded != site]
    folded_structured = [_folded(value, folds) for value in structured]
    named = set(folded_structured)
    for heading, folded in folded_headings:
        if folded in named:
            return heading
    confirmations = ([_folded(title_tag, folds)] if title_tag else []) + [
        folded for value, folded in zip(structured, folded_structured) if value]
    # a heading that ends in a colon introduces what follows it ("Ingredients:"); it is no title
    confirmed = [
        h for h, folded in folded_headings if not h.endswith(":") and any(folded in c for c in confirmations)
    ]
    if confirmed:
        return max(confirmed, key=len)
    for value, folded in zip(structured, folded_structured):
        if value and folded != site:
            return _strip_site(value, site_name)
    if title_tag:
        title = _strip_site(title_tag, site_name)
        if single_h1 and len(title.split()) < MIN_TITLE_WORDS and _folded(single_h1, folds) not in ("", site):
            return single_h1
        return title
    return folded_headings[0][0] if folded_headings else None


# --- Putting it together -----------------------------------------------------------------------------


def read_meta(
    tree: LexborHTMLParser,
    clues: MetaClues,
    blocks: list[Block],
    url: str | None,
    elements: list[LexborNode] | None = None,
) -> PageMeta:
    """Everything the page says about itself; `blocks` are the front-end's blocks with their hints.
    `elements` are the tree's META_ELEMENTS when the caller found them already (None: looked up here)."""
    if elements is None:
        elements = tree.css(META_ELEMENTS)
    metas: list[LexborNode] = []
    scripts: list[LexborNode] = []
    links: list[LexborNode] = []
    bases: list[LexborNode] = []
    for node in elements:
        tag = node.tag
        if tag == "meta":
            metas.append(node)
        elif tag == "script":
            scripts.append(node)
        elif tag == "link":
            links.append(node)
        elif tag == "base":
            bases.append(node)
    values = _meta_values(metas)
    objects = _json_ld_objects(scripts)
    article = _resolve_references(_article_object(objects) or {}, objects)
    site_name = _site_name(values, article)
    meta = PageMeta(site_name=site_name)
    meta.language = _language(tree, values)
    meta.url = _first_href(links) or _first(values, ("og:url",)) or url
    meta.base = _first_href(bases)
    meta.description = _text(article.get("description")) or _first(values, DESCRIPTION_KEYS)
    meta.image = _text(article.get("image")) or _first(values, IMAGE_KEYS)
    meta.tags = _tags(values, article)
    title_tag = next((b.text for b in blocks if b.kind == "title"), None)
    structured = [t for t in (_text(article.get("headline")), *(_first(values, (k,)) for k in TITLE_KEYS)) if t]
    level_1 = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    meta.title = choose_title(title_tag, _headline_candidates(blocks), structured, site_name,
                              level_1[0] if len(level_1) == 1 else None)
    meta.authors = _authors(values, article, clues, blocks, site_name)
    meta.published = _published(tree, values, article, clues, blocks, meta.url)
    meta.modified = parse_date(_text(article.get("dateModified")) or _first(values, MODIFIED_KEYS))
    body_text = article.get("articleBody")
    meta.body_text = body_text if isinstance(body_text, str) else None
    return meta


def _site_name(values: dict[str, list[str]], article: dict[str, Any]) -> str | None:
    publisher = article.get("publisher")
    name = _text(publisher) if isinstance(publisher, (dict, list)) else None
    value = _first(values, SITE_KEYS)
    if value and value.startswith("@"):
        value = value[1:]
    return name if name and not NOT_A_NAME.search(name) else value


def _language(tree: LexborHTMLParser, values: dict[str, list[str]]) -> str | None:
    """The page's stated language (<html lang>, else LANGUAGE_KEYS' first) as a tag (see language_tag)."""
    root = tree.root
    return language_tag(root.attributes.get("lang") if root is not None else None) \
        or language_tag(_first(values, LANGUAGE_KEYS))


def _first_href(nodes: list[LexborNode]) -> str | None:
    """The address of the first of these elements (a <link rel=canonical>, a <base href>)."""
    return nodes[0].attributes.get("href") if nodes else None


def _tags(values: dict[str, list[str]], article: dict[str, Any]) -> list[str]:
    """The page's keywords: JSON-LD's, else those of its <meta> elements (TAG_KEYS), each once."""
    raw = article.get("keywords")
    tags: list[str] = []
    if isinstance(raw, list):
        tags = [t for t in raw if isinstance(t, str)]
    elif isinstance(raw, str):
        tags = raw.split(",")
    else:
        for key in TAG_KEYS:
            for value in _all(values, key):
                tags.extend(value.split(","))
    # each tag once: pages give the same keywords in <meta name=keywords> and again as article:tag, or
    # in two cases ("bgr deals", "BGR Deals"); the first spelling is kept
    kept: dict[str, str] = {}
    for tag in tags:
        folded = " ".join(tag.split())
        if folded:
            kept.setdefault(folded.casefold(), folded)
    return list(kept.values())[:MAX_TAGS]


#: how many headings of levels 2 to 4 in or near the article, and how many others, may be the headline
OTHER_HEADINGS: Final = 5


def _headline_candidates(blocks: list[Block]) -> list[str]:
    """Level-1 headings, those in or near the article first, then other headings, the first
    OTHER_HEADINGS of those in or near the article and as many of the rest (a blog's sidebar comes before
    its post's <h2> on many pages)."""
    first: list[str] = []
    rest: list[str] = []
    others: list[str] = []
    others_rest: list[str] = []
    for b in blocks:  # one pass over the blocks for the four lists
        if b.kind == "heading":
            if b.level == 1:
                (first if "main" in b.hints else rest).append(b.text)
            elif b.level in (2, 3, 4):
                (others if "main" in b.hints else others_rest).append(b.text)
    return [t for t in first + rest + others[:OTHER_HEADINGS] + others_rest[:OTHER_HEADINGS] if len(t) < 300]


def _authors(
    values: dict[str, list[str]],
    article: dict[str, Any],
    clues: MetaClues,
    blocks: list[Block],
    site_name: str | None,
) -> list[str]:
    """Authors from JSON-LD, then <meta>, then what the page shows: byline elements of the article,
    a "By Jane Doe" line under the headline, other byline elements. A user name in metadata
    ("jane.doe") or the site's name gives way to a name the page shows."""
    structured: list[str] = []
    for raw in (
        _names(article.get("author")) or _names(article.get("creator")),
        _all(values, "author"),
        [v for k in AUTHOR_KEYS[1:] for v in _all(values, k)],
        _labelled_author(values),
    ):
        names = clean_authors(raw)
        if not structured:
            structured = names
        elif len(names) > len(structured) and set(structured) <= set(names):
            structured = names  # a later source lists the co-authors too
    site = (site_name or "").casefold()
    # the site's name among people's ("Jane Doe and John Roe, CNN") is the newsroom they write for
    structured = [name for name in structured if name.casefold() != site] or structured
    if structured and not all(is_handle(name) or name.casefold() == site for name in structured):
        return structured
    shown = _shown_authors(clues, blocks)
    shown = [name for name in shown if name.casefold() != site] or shown
    if shown and structured and not any(is_handle(name) for name in structured) \
            and not any(len(name.split()) >= 2 for name in shown):
        # the site's name for the author (a blog named after its author, a newsroom's name) gives way to a
        # person's full name the page shows, not to a word a byline element holds ("Politik", "人氣")
        return structured
    return shown or structured


def _shown_authors(clues: MetaClues, blocks: list[Block]) -> list[str]:
    """Names from byline elements in the article, then from a byline line near the headline, then
    from byline elements elsewhere (not in comments, widgets or the page's furniture)."""
    in_main = [t for t, i in clues.bylines if i < len(blocks) and _near_article(blocks, i)][:BYLINE_CANDIDATES]
    in_main += [b.text for b in _byline_blocks(blocks)][:BYLINE_CANDIDATES]
    for text in in_main:
        names = clean_authors([text])
        if names:
            return names
    names = _byline_in_text(blocks)
    if names:
        return names
    elsewhere = [t for t, i in clues.bylines if i >= len(blocks) or NOT_BYLINE_ZONES.isdisjoint(blocks[i].hints)]
    elsewhere = elsewhere[:BYLINE_CANDIDATES] + [b.text for b in blocks if _in_byline_element(b)][:BYLINE_CANDIDATES]
    for text in elsewhere:
        names = clean_authors([text])
        if names:
            return names
    return _labelled_names(blocks)


def _labelled_names(blocks: list[Block]) -> list[str]:
    """Names in a byline or labelled line anywhere outside comments and teasers: "Von: Jane Doe",
    "05.02.2020 - Redaktion: Jane Doe", or a line after a label alone ("Auteur" over "Jane Doe") outside
    the menus."""
    label_before = False
    for block in blocks:
        # (a line all in a link is a teaser's: "von Jane um 16:28" under a forum post's title)
        if not NOT_BYLINE_ZONES.isdisjoint(block.hints) or len(block.text) > MAX_BYLINE_LEN * 4 \
                or block.link_density >= LINK_HEAVY:
            label_before = False
            continue
        for line in block.text.split("\n"):
            names = _byline_line(line)
            # a labelled name has its colon ("Von: Jane Doe"): the cheap test before the regex
            if not names and len(line) <= MAX_BYLINE_LEN and ":" in line \
                    and _search(LABELLED_AUTHOR, _LABELLED_AUTHOR_LOWERED, line):
                names = clean_authors([line], shown=True)
            if not names and label_before and len(line.strip()) > SHORT_NAME_MAX_CHARS:
                names = clean_authors([line], shown=True)
            if names:
                return names
            # (a menu's "Autoren" item over the next one is no label over a name)
            label_before = "nav" not in block.hints and _is_author_label(line)
    return []


def _byline_blocks(blocks: list[Block]) -> list[Block]:
    """Short blocks in byline or author elements of the article or just after its headline
    ("von Jane Doe", an author box's "Jane Doe")."""
    near = {b.index for b in _near_headline(blocks, BYLINE_BEFORE)}
    return [b for b in blocks if _in_byline_element(b) and len(b.text) <= MAX_BYLINE_LEN
            and ("main" in b.hints or (b.index in near and not b.hints & FURNITURE_ZONES))]


def _in_byline_element(block: Block) -> bool:
    """A block of a byline or author element, not in comments or widgets, and not the page's level-1
    heading: a header classed as the post's byline holds the headline too ("Yellow Vests and I")."""
    return "byline" in block.hints and NOT_BYLINE_ZONES.isdisjoint(block.hints) \
        and not (block.kind == "heading" and block.level == 1)


def _near_headline(blocks: list[Block], before: int = 0) -> list[Block]:
    """The blocks just after the first level-1 heading (and `before` blocks before it), then the
    article's first blocks."""
    start = next((b.index for b in blocks if b.kind == "heading" and b.level == 1), None)
    window = blocks[max(0, start - before) : start + BYLINE_WINDOW] if start is not None else []
    return window + [b for b in blocks if "main" in b.hints][:BYLINE_WINDOW]


def _byline_in_text(blocks: list[Block]) -> list[str]:
    """Names from a "By Jane Doe" / "Von Max Muster" line around the headline or in the article."""
    for block in _near_headline(blocks, BYLINE_BEFORE):
        if "comments" not in block.hints:
            names = _byline_line(block.text.split("\n", 1)[0]) or _name_and_date(block.text)
            if names:
                return names
    return []


def _name_and_date(text: str) -> list[str]:
    """The name in a short line of a name and a date by the headline: "Benni 10. September 2017",
    "jdoe 18.10.2019, 15:07"."""
    # every DATE match holds a digit (as _shown_dates counts on): the cheap test before the long regex
    if len(text) > MAX_NAME_DATE_LEN or not holds_digit(text):
        return []
    found = DATE.search(text)
    if not found or found.start() == 0:
        return []
    name = text[:found.start()].strip(" ,|·•-–—\n")
    if len(name) < MIN_NAME_LEN or "\n" in name or len(name.split()) > MAX_NAME_DATE_WORDS:
        return []
    if NOT_A_NAME.search(name) or NOT_NAMES.match(name):
        return []
    return [name] if is_name(name) or is_handle(name) else []


def _byline_line(line: str) -> list[str]:
    """The names of a "By Jane Doe" line, or []."""
    if len(line) > MAX_BYLINE_LEN or line[:1].lower() not in BYLINE_INITIALS or not _may_open_byline(line):
        return []
    return clean_authors(by_names(line), shown=True)


def _may_open_byline(line: str) -> bool:
    """Whether BYLINE may match the line, by its first word: every match starts with a word of letters
    followed by a space or a colon, which in ASCII is one of BYLINE_FIRST_WORDS (a word followed by a
    character that is not ASCII is left to the regex: "publié", "by\u00a0Jane", the "ſ" it reads as "s")."""
    end = 0
    size = min(len(line), MAX_BYLINE_WORD)
    while end < size and 97 <= ord(line[end]) | 32 <= 122:  # an ASCII letter (| 32: its lower case)
        end += 1
    if end < len(line) and ord(line[end]) > 127:
        return True
    return line[:end].lower() in BYLINE_FIRST_WORDS


def _is_author_label(line: str) -> bool:
    """Whether the line is an author label alone ("Von:", "Auteur"), the name being on the next line."""
    # a label alone is one of AUTHOR_LABEL_WORDS but for white space around it and before its colon: a
    # longer line that neither starts nor ends with white space or a colon is none (the cheap test first)
    if len(line) > MAX_AUTHOR_LABEL and not (line[0].isspace() or line[-1].isspace() or line[-1] == ":"):
        return False
    label = line.strip()  # the white space AUTHOR_LABEL_ALONE's "\s" reads (str.isspace)
    if label.endswith(":"):
        label = label[:-1].rstrip()
    if label.isascii():  # an ASCII label matches only as its ASCII words do, case ignored
        return label.lower() in AUTHOR_LABEL_WORDS
    return line.lstrip()[:1].lower() in AUTHOR_LABEL_INITIALS and AUTHOR_LABEL_ALONE.match(line) is not None


def _labelled_author(values: dict[str, list[str]]) -> list[str]:
    """The author a Twitter card labels. twitter:label1="Written by", twitter:data1="Jane Doe" """
    for label_key, data_key in TWITTER_LABELS:
        label = _first(values, (label_key,))
        if label and AUTHOR_LABEL.match(label):
            return _all(values, data_key)[:1]
    return []


def _near_article(blocks: list[Block], index: int) -> bool:
    block = blocks[index] if index < len(blocks) else None
    return block is not None and "main" in block.hints and "comments" not in block.hints


def _published(
    tree: LexborHTMLParser,
    values: dict[str, list[str]],
    article: dict[str, Any],
    clues: MetaClues,
    blocks: list[Block],
    url: str | None,
) -> str | None:
    """The publication date: JSON-LD, then <meta>, then what the page shows (<time datetime>, a date
    element, a date line under the headline), then a date in the URL, then one in script data."""
    structured = (
        _text(article.get("datePublished")),
        _text(article.get("dateCreated")),
        _first(values, PUBLISHED_KEYS),
    )
    for raw in chain(structured, _shown_dates(clues, blocks)):  # the dates the page shows: as far as needed
        date = parse_date(raw)
        if date:
            return date
    match = URL_DATE.search(url or "")
    if match and valid(int(match[1]), int(match[2]), int(match[3])):
        return f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
    return _script_date(tree)


def _script_date(tree: LexborHTMLParser) -> str | None:
    """A publication date in the data a page's scripts carry ("published_at": "2019-03-02T06:22:28+01:00"),
    for pages that show and declare none."""
    for node in tree.css("script"):
        text = node.text() or ""
        if _may_hold_date_keys(text):
            match = SCRIPT_DATE.search(text)
            if match and (date := parse_date(match[1])):
                return date
    return None


def _may_hold_date_keys(text: str) -> bool:
    """Whether DIGIT_KEYS_HINT is found in a script's text: its words sought in the lowered text (a
    memchr-led search, where the case-insensitive pattern lowers each character it tries), unless the
    text holds one of DIGIT_KEYS_STRAYS."""
    if not _IS_ASCII(text) and any(stray in text for stray in DIGIT_KEYS_STRAYS):
        return DIGIT_KEYS_HINT.search(text) is not None
    lowered = text.lower()
    return any(key in lowered for key in DIGIT_KEYS)


#: PUBLISHED_LABEL, DATELINE and LABELLED_AUTHOR compiled case-sensitively, for lowered ASCII text (see
#: vocab.Caseless: the same matches at the same places), or None
_PUBLISHED_LABEL_LOWERED: Final = Caseless(PUBLISHED_LABEL).lowered
_DATELINE_LOWERED: Final = Caseless(DATELINE).lowered
_LABELLED_AUTHOR_LOWERED: Final = Caseless(LABELLED_AUTHOR).lowered


def _search(pattern: re.Pattern[str], lowered: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    """pattern.search(text), read as `lowered` (the pattern compiled case-sensitively) in ASCII text."""
    if lowered is not None and _IS_ASCII(text):
        return lowered.search(text.lower())
    return pattern.search(text)


def _match(pattern: re.Pattern[str], lowered: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    """pattern.match(text), read as `lowered` (the pattern compiled case-sensitively) in ASCII text."""
    if lowered is not None and _IS_ASCII(text):
        return lowered.match(text.lower())
    return pattern.match(text)


def _shown_dates(clues: MetaClues, blocks: list[Block]) -> Iterator[str]:
    """Dates the page shows, best first: <time datetime> outside comments, date elements, short lines
    near the headline, then byline elements, labelled dates ("Erschienen am: …") and date lines of the
    article anywhere outside comments and teasers."""
    for raw, index in clues.times:
        if not (index < len(blocks) and "comments" in blocks[index].hints):
            yield raw
    for block in blocks:  # every date has a digit: the cheap test first
        if "date" in block.hints and "comments" not in block.hints and len(block.text) < MAX_DATELINE_LEN \
                and holds_digit(block.text):
            yield block.text
    for block in _near_headline(blocks):
        if len(block.text) < MAX_DATELINE_LEN and "comments" not in block.hints and holds_digit(block.text):
            yield block.text
    for block in blocks:  # last: a byline with a date, or a labelled date, anywhere but in comments
        # a block of one line of MAX_DATELINE_LEN or more (a paragraph) yields nothing: the cheap test first
        if not NOT_BYLINE_ZONES.isdisjoint(block.hints) or (len(block.text) >= MAX_DATELINE_LEN and "\n" not in
                block.text) or not holds_digit(block.text):
            continue
        lines = block.text.split("\n")
        for line in lines:  # a block of one line was just found to hold a digit
            if len(line) < MAX_DATELINE_LEN and (len(lines) == 1 or holds_digit(line)):
                label = _search(PUBLISHED_LABEL, _PUBLISHED_LABEL_LOWERED, line)
                if label:  # (its place in the lowered line is its place in the line)
                    yield line[label.end():]
                elif "byline" in block.hints or ("main" in block.hints and _match(DATELINE, _DATELINE_LOWERED, line)):
                    yield line
