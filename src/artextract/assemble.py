"""The assembler: labelled blocks → the `Article`, the same for both front-ends.

It walks the blocks once in page order: a headline opens nothing, a summary label opens a summary,
a heading opens a body section, area headings open a comments or a related section, and content
blocks join the section open for their kind. Comment items and related items are read from the runs
of blocks in those areas. Bylines feed the metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, TypeVar

from pydantic import BaseModel
from pydantic_core import SchemaValidator

from .blocks import Block, Page
from .bylines import NOT_NAMES, byline_names, comment_head, date_spans, name_line, role_or_handle, tidy_name
from .classify import Classified
from .dates import day_first_for, parse_date
from .features import is_boilerplate_line, is_byline_label, is_dateline
from .language import SAMPLE_CHARS, guess_language
from .model import (
    Article,
    BlockTrace,
    Body,
    Boilerplate,
    Caption,
    Comment,
    Comments,
    Headline,
    Metadata,
    Related,
    Source,
    Summary,
    Vote,
)
from .options import Options
from .shape import HEADING_NOT_ENDS, TITLE_MAX_CHARS, ends_sentence, is_title_like, letters, unspaced, words
from .vocab import (
    BODY_LABEL,
    COMMENT_ACTION,
    COMMENT_AUTHOR,
    COMMENT_AUTHOR_VERBS,
    COUNT_IN_HEADING,
    CREDIT_AFTER_STOP,
    CREDIT_AGENCY_KEYS,
    CREDIT_LABEL,
    CREDIT_LABEL_ALONE,
    CREDIT_LABEL_KEYS,
    CREDIT_ONLY,
    CREDIT_PARENS,
    DATE,
    DIGIT,
    IMAGE_LABEL_PREFIX,
    LINK_ACTION,
    PADDED_END_MARK,
    PUBLISHED_LABEL,
    UPDATED_LABEL,
    Caseless,
    lowers_alike,
    without_item_number,
)

#: where a date is looked for around the headline when nothing else dates the page, and how long
#: a line holding it may be
DATE_LOOK_BEFORE: Final = 3
DATE_LOOK_AFTER: Final = 12
DATE_LINE_MAX_CHARS: Final = 200
#: ...and how many blocks past the article's last a line labelling its date is looked for, when nothing else
#: dates the page (see _labelled_date_after)
DATE_LOOK_PAST_END: Final = 20
#: a body paragraph longer than this is prose: a date inside it is one it speaks of
PROSE_DATE_MIN_CHARS: Final = 60
#: a paragraph's label of its date stands this near its start ("Pressemitteilung vom …")
DATE_LABEL_WITHIN: Final = 40
#: a date shown on the page may be this many days later than metadata's last change (time zones)
TIME_ZONE_SLACK_DAYS: Final = 1
#: a summary's paragraph has at least this many words
SUMMARY_MIN_WORDS: Final = 3
#: a related item's title line has at most this many words
RELATED_TITLE_MAX_WORDS: Final = 25
#: a comment author's line is a name: a few words, no sentence
COMMENT_AUTHOR_MAX_WORDS: Final = 6
#: how deep replies nest in the comments' tree: a reply deeper in the page sits beside its parent at this
#: depth (comment systems thread 5 to 10 deep; a page whose markup nests thousands deep, as a broken or
#: hostile page may, would otherwise give a tree too deep to validate, render or write as JSON)
MAX_REPLY_DEPTH: Final = 32
#: a name that ends with an initial: "Margaret O."
_INITIAL_END: Final = re.compile(r"\b[A-ZÀ-Þ]\.$")
#: a teaser's "Read more" link has at most this many characters ("Continue reading the main story")
LINK_ACTION_MAX_CHARS: Final = 40
#: a comment of this many words or fewer, without an author or a date, is a label under the comments
COMMENT_LABEL_MAX_WORDS: Final = 2
#: a related item's date line has at most this many words ("November 15, 2019 at 2:37 pm")
RELATED_DATE_MAX_WORDS: Final = 6
#: a teaser's line of this many words or fewer is a label (a kicker, a section's name), not its snippet
RELATED_LABEL_MAX_WORDS: Final = 2
#: a related item's title of this many words or fewer that comes back in its list, with nothing under it, is a
#: label over the list's items ("Natur & Umwelt", "Add to wishlist", "Editors Pick"), not a story's title
RELATED_REPEATED_LABEL_MAX_WORDS: Final = 3
#: a link over a teaser's linked heading of at most this many words is its kicker or category (see _one_teaser)
RELATED_KICKER_MAX_WORDS: Final = 5
#: a link to a picture file (a gallery's or a lightbox's) is no teaser's address
_IMAGE_FILE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)", re.IGNORECASE)
#: a credit after a caption's last sentence (CREDIT_AFTER_STOP) follows a caption of at least this many
#: characters
CREDIT_AFTER_STOP_MIN_CAPTION: Final = 12
#: a credit's label alone is at most this long ("Photo credit:", "Bildquelle:")
CREDIT_LABEL_ALONE_MAX_CHARS: Final = 16
#: a credit's value that is a sentence (see _is_sentence): so many words, so many of them in lower case
CREDIT_SENTENCE_WORDS: Final = 8
CREDIT_SENTENCE_LOWER: Final = 4
#: a credit's label: "Photo: ", "Photo by " (compiled once: re.sub given the pattern looked it up in re's
#: cache, in Python, on every call)
_CREDIT_LABEL_START: Final = re.compile(r"^(?:[\w ]{0,20}?)\s*(?::|\bby\b|\bvon\b|\bpar\b)\s*", re.IGNORECASE)
#: COMMENT_ACTION and COMMENT_AUTHOR read the faster way (see Caseless): a comment's every line is
#: tested, and the case-insensitive patterns cost some 4,000 and 11,000 instructions a line
_COMMENT_ACTION: Final = Caseless(COMMENT_ACTION)
#: LINK_ACTION read the faster way: every short link that follows a related list is read
_LINK_ACTION: Final = Caseless(LINK_ACTION)
_COMMENT_AUTHOR: Final = Caseless(COMMENT_AUTHOR)


def split_credit(text: str) -> tuple[str, str | None]:
    """A caption's text and its photo credit: "… May 29.(JIJI PRESS/AFP/Getty Images)" →
    ("… May 29.", "JIJI PRESS/AFP/Getty Images"); "… Photo: Jane Doe" → ("…", "Jane Doe")."""
    # each pattern only where the cheap test before it (its closing parenthesis, its words) lets it match
    if text.rstrip().endswith(")") and (m := CREDIT_PARENS.search(text)):
        return text[: m.start()].strip(), _credit_value(m.group(1))
    if "/" in text and (m := CREDIT_AFTER_STOP.search(text)) and m.start(1) >= CREDIT_AFTER_STOP_MIN_CAPTION:
        return text[: m.start(1)].strip(), m.group(1).strip()
    lowered = text.lower()  # for both word tests below
    if CREDIT_LABEL_KEYS.held_by(text, lowered) and (m := CREDIT_LABEL.search(text)):
        caption = text[: m.start(1)].rstrip(" .|–—-")
        if not caption and _is_sentence(value := _credit_value(m.group(1))):
            return value, None  # a picture's label over its caption ("Image: Jose Mourinho has agreed a deal …")
        caption = caption + "." if caption and text[: m.start(1)].rstrip().endswith(".") else caption
        return caption.strip(), _credit_value(m.group(1))
    if CREDIT_AGENCY_KEYS.held_by(text, lowered) and CREDIT_ONLY.match(text):
        return "", _credit_value(text)
    return text, None


def _is_sentence(text: str) -> bool:
    """Whether a labelled credit's value is a sentence, and so a caption: at least CREDIT_SENTENCE_WORDS words,
    CREDIT_SENTENCE_LOWER of them in lower case ("Jose Mourinho has agreed a deal to become manager"; not "Jane
    Doe for The New York Times", "Courtesy of the artist")."""
    parts = text.split()
    return len(parts) >= CREDIT_SENTENCE_WORDS and sum(p[:1].islower() for p in parts) >= CREDIT_SENTENCE_LOWER


def _credit_value(credit: str) -> str:
    """The credit without its label: "Photo: Jane Doe/Reuters" → "Jane Doe/Reuters"."""
    return _CREDIT_LABEL_START.sub("", credit.strip(), count=1).strip() or credit.strip()


_M = TypeVar("_M", bound=BaseModel)


def _build(model: type[_M], fields: dict[str, Any]) -> _M:
    """`model(**fields)`: the same object, validated the same way with the same fields set, built by the
    model's validator from the dict without BaseModel.__init__'s Python frame (a RelatedItem 2.0 -> 1.4 µs,
    a Body 2.5 -> 1.5 µs; a text page of the scrapinghub corpus builds some 30 models)."""
    validator = _validators.get(model)
    if validator is None:
        validator = _validators[model] = _validator(model)
    built: _M = validator.validate_python(fields)
    return built


def _validator(model: type[BaseModel]) -> Any:
    """The model's validator, built. (artextract's models are built when defined, but a model defined
    with pydantic's defer_build is not: until it is built its `__pydantic_validator__` is a stand-in,
    which builds the model at its first use and then, at every attribute read, goes through Python
    (model_rebuild) to find it built. Reached from compiled code, where calls have no Python frames, the
    stand-in's build can also fail: it reads the namespace of the frame five calls up, which a script
    that calls extract() at its top level does not have. model_rebuild() reads its caller's and puts the
    real validator on the class.)"""
    validator = model.__pydantic_validator__
    if not isinstance(validator, SchemaValidator):
        model.model_rebuild()
        validator = model.__pydantic_validator__
    return validator


#: each model's validator, looked up once (the class attribute's lookup, through pydantic's metaclass and
#: the classes' bases, took some 900 instructions a model built), and built (see _validator)
_validators: Final[dict[type[BaseModel], Any]] = {}


#: object.__setattr__, which sets a model's own slots past BaseModel.__setattr__
_set_slot: Final = object.__setattr__


def _article(source: Source, metadata: Metadata, sections: list[BaseModel], trace: list[BlockTrace] | None) -> Article:
    """`Article.model_construct(source=…, metadata=…, sections=…, trace=…)`: every part is a model built
    here, valid already (validating the sections again in Article(...) took 5 µs a page on HTML and 12 on
    text). The same object that model_construct makes, all fields given, no extra or private values
    (tests/test_assemble_build.py checks it), without model_construct's interpreted loop over the fields
    (23,000 instructions a page, callgrind; this, some 2,000)."""
    article = Article.__new__(Article)
    _set_slot(article, "__dict__", {"source": source, "metadata": metadata, "sections": sections, "trace": trace})
    _set_slot(article, "__pydantic_fields_set__", {"source", "metadata", "sections", "trace"})
    _set_slot(article, "__pydantic_extra__", None)
    _set_slot(article, "__pydantic_private__", None)
    return article


class _Section:
    """A section under way: its model, the fields given it so far (the fields it is built with at the end,
    its fields set as they would be had it been built at once and its fields assigned one by one), and what
    joins it: a text section's paragraphs, an area's blocks. Sections are built once the page is read,
    whole: a pydantic model's field assigned costs some 3,000 instructions (BaseModel.__setattr__ is
    Python), a dict's item some 50."""

    def __init__(self, model: type[BaseModel], fields: dict[str, Any]) -> None:
        self.model = model
        self.fields = fields
        self.paragraphs: list[str] = []
        self.blocks: list[Block] = []


@dataclass(slots=True)
class _Builder:
    """The sections made so far and the ones still open."""

    options: Options
    sections: list[_Section] = field(default_factory=list)
    text_section: _Section | None = None
    comments: _Section | None = None
    related: _Section | None = None
    authors: list[str] = field(default_factory=list)
    #: the first byline or date line that holds a date (read once the page's language is known), under
    #: the headline where one is (a date line over the headline is the masthead's day as often)
    date_text: str | None = None
    date_over_headline: bool = False
    #: the index of the last caption block that was a credit's label alone ("Bild:"), -1 for none: the
    #: caption block right after it is that credit
    credit_label_at: int = -1
    under_body_label: bool = False
    top_level: int = 0
    #: whether the page is HTML, and the level of the last section that a heading element (h1-h6) heads
    #: there, 0 before the first
    html: bool = False
    element_level: int = 0

    def open(self, model: type[BaseModel], fields: dict[str, Any]) -> _Section:
        section = _Section(model, fields)
        self.sections.append(section)
        return section


def assemble(classified: list[Classified], page: Page, options: Options, source: Source) -> Article:
    """Turn labelled blocks into the article."""
    b = _Builder(options=options, html=page.format == "html")
    b.top_level = min((c.block.level for c in classified if c.label == "heading" and c.block.level > 0), default=0)
    run_in = _run_in_heads(classified) if b.top_level and page.format == "html" else NO_RUN_INS
    for k, c in enumerate(classified):
        if k in run_in:
            continue  # (its text opens the paragraph after it)
        if k - 1 in run_in:
            _body(b, c.block, classified[k - 1].block.text + "\n" + c.block.text)
        else:
            _handle(b, c.label, c.block)
    for section in b.sections:
        if section.model is Comments:
            _fill_comments(section)
        elif section.model is Related:
            _fill_related(section)
        elif section.model is Summary or section.model is Body:
            section.fields["text"] = "\n\n".join(section.paragraphs)
    kept = _drop_empty(b.sections, page.format)
    metadata = _build(Metadata, _metadata(page, b, kept))
    sections = [_finish(s) for s in kept]
    day_first = day_first_for(metadata.language)
    in_byline = parse_date(b.date_text, day_first)
    if _byline_date_settles(metadata.published, in_byline):
        metadata.published = metadata.published or in_byline
    else:
        metadata.published = _published(metadata, in_byline, _date_near_headline(classified, day_first)) \
            or _labelled_date_after(classified, day_first)
    if not any(type(s) is Headline for s in sections) and page.format == "html" and metadata.title:
        sections.insert(0, _build(Headline, {"text": metadata.title}))
    trace = _trace(classified) if options.explain else None
    return _article(source, metadata, sections, trace)


def _finish(section: _Section) -> BaseModel:
    """The section's model, built with its fields; a text section's paragraphs put in its list as the
    paragraphs came (as they were, they are no field given: not among its fields set)."""
    if section.model is Body:
        body = _build(Body, section.fields)
        body.paragraphs.extend(section.paragraphs)
        return body
    if section.model is Summary:
        summary = _build(Summary, section.fields)
        summary.paragraphs.extend(section.paragraphs)
        return summary
    return _build(section.model, section.fields)


def _handle(b: _Builder, label: str, block: Block) -> None:
    """Pass a block to the handler of its label. (A chain of tests, commonest labels first: compiled, a
    direct call costs less than a handler looked up in a dict and called as a Python object.)"""
    if label == "body":
        _body(b, block)
    elif label == "boilerplate":
        _boilerplate(b, block)
    elif label == "heading":
        _heading(b, block)
    elif label == "byline":
        _byline(b, block)
    elif label == "caption":
        _caption(b, block)
    elif label == "related_item":
        _related_item(b, block)
    elif label == "comment":
        _comment(b, block)
    elif label == "summary":
        _summary(b, block)
    elif label == "headline":
        _headline(b, block)
    elif label == "summary_heading":
        _summary_heading(b, block)
    elif label == "comments_heading":
        _comments_heading(b, block)
    elif label == "related_heading":
        _related_heading(b, block)
    elif label != "meta":  # a meta block adds nothing; any other label is a fault of ours
        raise KeyError(label)


# --- handlers, one per label --------------------------------------------------------------------


# (sections are tested with `type(s) is Body`, not isinstance: pydantic's classes answer isinstance
# through ABCMeta, some 900 instructions a test, compiled; the assembler makes no subclasses of them)


def _one_line(text: str) -> str:
    """A headline's or a heading's text on one line: a <br> inside an <h1> breaks it for the eye only
    ("Crisis at the plant:<br>Workers strike")."""
    return " ".join(text.split()) if "\n" in text else text


def _heading_text(text: str) -> str:
    """A heading's text on one line (see _one_line), its end mark written as the page shows it: glued to
    the title, not padded (see PADDED_END_MARK)."""
    text = _one_line(text)
    return PADDED_END_MARK.sub(r"[\1]", text) if text.endswith(" ]") else text


def _headline(b: _Builder, block: Block) -> None:
    if any(s.model is Headline for s in b.sections):
        _heading(b, block)
    else:
        b.open(Headline, {"text": _one_line(block.text)})


def _caption(b: _Builder, block: Block) -> None:
    if len(block.text) <= CREDIT_LABEL_ALONE_MAX_CHARS and CREDIT_LABEL_ALONE.match(block.text):
        b.credit_label_at = block.index  # the credit follows in an element of its own
        return
    text: str
    credit: str | None
    if block.index == b.credit_label_at + 1 and b.credit_label_at >= 0 and not block.credit:
        text, credit = "", block.text.strip()
    else:
        text, credit = split_credit(block.text)
    if block.credit:
        credit = block.credit
        if len(text) > len(credit) and text.endswith(credit):
            # the credit that markup marks, written after the caption ("… use of the drug. Getty"), stands apart
            text = text[:-len(credit)].rstrip(" |–—-")
    # a picture's button or label under it ("Image", "Vergrößern", "View gallery") is no caption's text, and
    # no caption at all where no credit is left
    label = bool(text) and "©" not in text and "opyright" not in text and is_boilerplate_line(text)
    if label and not credit:
        return
    last = b.sections[-1] if b.sections else None
    # a credit alone ("Reuters", "Image credit: Jane Doe") under a caption without one is that caption's
    if (label or not text) and credit and last is not None and last.model is Caption and last.fields["credit"] is None:
        last.fields["credit"] = credit
        return
    # a line that is nothing but a credit ("REUTERS" under a picture) is no caption text as well; a
    # labelled one ("Photo by Jane Doe") keeps its wording as the text, and so does a caption that
    # markup marks as a credit (pages show such a line as the caption); renderers show a credit once
    shown = "" if label else text or ("" if block.text == credit else block.text)
    b.open(Caption, {"text": shown, "credit": credit, "image": block.image})


def _summary_heading(b: _Builder, block: Block) -> None:
    b.text_section = b.open(Summary, {"heading": _one_line(block.text)})


def _summary(b: _Builder, block: Block) -> None:
    text = block.text
    if words(text) < SUMMARY_MIN_WORDS or is_dateline(text):
        return  # a dek's box also shows a count, a date or a reading time ("3", "31.03.2020", "6 Min."): no summary
    section = b.text_section
    if section is None or section.model is not Summary:
        section = b.text_section = b.open(Summary, {})
    section.paragraphs.append(block.text)


def _heading(b: _Builder, block: Block) -> None:
    if BODY_LABEL.match(block.text):
        level = 1
        b.under_body_label = True
    elif block.level > 0 and b.top_level:
        level = block.level - b.top_level + 1 + int(b.under_body_label)
        b.element_level = level if b.html else 0
    elif b.element_level:
        level = b.element_level + 1  # a paragraph-like heading (a bold line) under a heading element's section
    else:
        level = 2 if b.under_body_label else 1
    b.text_section = b.open(Body, {"heading": _heading_text(block.text), "level": level})


def _body(b: _Builder, block: Block, text: str | None = None) -> None:
    section = b.text_section
    if section is None or section.model is not Body:
        section = b.text_section = b.open(Body, {"heading": None, "level": 1})
    section.paragraphs.append(block.text if text is None else text)


#: no run-in heads (see _run_in_heads)
NO_RUN_INS: Final[frozenset[int]] = frozenset()


def _run_in_heads(classified: list[Classified]) -> frozenset[int]:
    """The positions of the paragraph-like headings (a bold line, no heading element) that open the
    element of the paragraph right after them ("<p><b>Task gating</b><br>ATF enables …</p>"): on a page
    whose sections heading elements head, such a line is the paragraph's lead-in, not a section's
    heading, and stays the first line of its paragraph."""
    return frozenset(
        k for k in range(len(classified) - 1)
        if classified[k].label == "heading" and classified[k].block.level == 0
        and classified[k + 1].label == "body" and classified[k + 1].block.origin == classified[k].block.origin
    )


def _comments_heading(b: _Builder, block: Block) -> None:
    if b.comments is not None and b.sections and b.sections[-1] is b.comments:
        return  # "Comments" then "Leave a Reply", or a thread's "Replies": one area
    m = COUNT_IN_HEADING.search(block.text)
    b.comments = b.open(Comments, {"heading": _one_line(block.text), "count": int(m.group(1)) if m else None})


def _comment(b: _Builder, block: Block) -> None:
    if b.comments is None:
        b.comments = b.open(Comments, {})
    b.comments.blocks.append(block)


def _related_heading(b: _Builder, block: Block) -> None:
    b.related = b.open(Related, {"heading": _one_line(block.text)})


def _related_item(b: _Builder, block: Block) -> None:
    if b.related is None:
        b.related = b.open(Related, {})
    b.related.blocks.append(block)


def _byline(b: _Builder, block: Block) -> None:
    text = block.text
    dates = date_spans(text)  # (read once, for the names before a date, the names left, the date)
    # (a byline's label alone on its line, "AUTOR*IN" over the name, names no one; nor does a line of the
    # author's role or handle between the name and the date)
    names = [] if is_byline_label(text) or role_or_handle(text) else \
        byline_names(text, dates=dates) or name_line(text, dates)
    for name in names:
        name = tidy_name(name)
        if name and name not in b.authors and not NOT_NAMES.match(name):  # ("Posted by Unknown")
            b.authors.append(name)
    if dates and (b.date_text is None or b.date_over_headline):
        over = not any(s.model is Headline for s in b.sections)
        if b.date_text is None or not over:
            b.date_text, b.date_over_headline = text, over
    if b.options.keep_boilerplate:
        b.open(Boilerplate, {"text": block.text})


def _boilerplate(b: _Builder, block: Block) -> None:
    related = b.related
    if related is not None and b.sections[-1] is related and _is_link_action(block):
        related.blocks.append(block)  # a teaser's "Read more" link: the address of its item (see _fill_related)
    if b.options.keep_boilerplate:
        b.open(Boilerplate, {"text": block.text})


# --- areas ----------------------------------------------------------------------------------------


def _fill_comments(section: _Section) -> None:
    blocks = section.blocks
    if any(block.comment is not None for block in blocks):
        items = _threaded_comments(blocks)
    else:
        items = [_build(Comment, item) for item in _text_comments(blocks)]
    fields = section.fields
    fields["items"] = items
    if fields.get("count") is None:
        fields["count"] = _count(items)
    fields["text"] = "\n\n".join(_comment_texts(items))


def _count(items: list[Comment]) -> int:
    return sum(1 + _count(c.replies) for c in items)


def _comment_texts(items: list[Comment]) -> list[str]:
    out: list[str] = []
    for c in items:
        if c.text:
            out.append(c.text)
        out.extend(_comment_texts(c.replies))
    return out


def _threaded_comments(blocks: list[Block]) -> list[Comment]:
    """Comments as HTML marks them: grouped by key, replies under their parent; a comment's title (a heading
    before its text) opens its text, its head (author, date) read from the blocks after the title."""
    by_key: dict[str, Comment] = {}
    #: each comment's depth (a top-level comment's is 1) and the list that holds it
    placed: dict[str, tuple[int, list[Comment]]] = {}
    roots: list[Comment] = []
    #: the title of each comment that has one (a heading before its text) and no text yet
    titles: dict[str, str] = {}
    for i, block in enumerate(blocks):
        info = block.comment
        if info is None:
            continue
        item = by_key.get(info.key)
        if item is None:
            item = by_key[info.key] = _build(Comment, {"author": info.author, "date": info.date})
            parent_key = info.parent
            parent = by_key.get(parent_key) if parent_key else None
            if parent is None or parent_key is None:
                depth, holder = 1, roots
            else:
                parent_depth, parent_holder = placed[parent_key]
                # a reply deeper than MAX_REPLY_DEPTH sits beside its parent, not under it
                depth, holder = (parent_depth + 1, parent.replies) if parent_depth < MAX_REPLY_DEPTH \
                    else (parent_depth, parent_holder)
            holder.append(item)
            placed[info.key] = (depth, holder)
        if block.hints & {"byline", "date"} and not block.has("main"):
            continue
        text = block.text
        if not item.text:
            if letters(text) == 0:
                continue  # a rank ("1") or a vote count ("0") over the comment: no text of it
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            in_comment = after.text if after and after.comment and after.comment.key == info.key else None
            if _comment_head(item, text, in_comment):
                continue
            if item.author is None:
                text = _without_head_line(item, text)
                if not text:
                    continue
            if block.kind == "heading" and text is block.text and info.key not in titles:
                titles[info.key] = text  # the comment's title, no head: its text's first line, its head after it
                continue
            if info.key in titles:
                text = f"{titles.pop(info.key)}\n\n{text}"
        item.text = f"{item.text}\n\n{text}" if item.text else text
    for key, title in titles.items():  # a title over no text: the comment's only text
        by_key[key].text = title
    return _shown_comments(roots)


#: how a blog's notice that another site links the post opens, lowered ("Pingback: …", "Pingback von …",
#: "Trackback: …"), which its comment list shows among the comments (not "Trackbacks/Pingbacks", their label)
_LINK_NOTICES: Final = ("pingback:", "trackback:", "pingback von ", "pingback from ", "trackback von ",
                        "trackback from ", "pingback de ", "pingback par ")


def _shown_comments(items: list[Comment]) -> list[Comment]:
    """The comments of a list that show a comment (see _shows_comment), or a reply that does under them."""
    out = []
    for c in items:
        if c.replies:
            c.replies = _shown_comments(c.replies)
        if c.replies or _shows_comment(c.text, c.author, c.date):
            out.append(c)
    return out


def _shows_comment(text: str | None, author: str | None, date: str | None) -> bool:
    """Whether a comment's text, author and date show a comment: text with an author or a date, or that ends
    like a sentence or has more than COMMENT_LABEL_MAX_WORDS words. A word or two without a head is the comment
    area's button, tab or label, or a menu's line under the comments ("My Profile", "Kommentare4", "Weather",
    "Beitrags-Navigation"; "So wahr!" is a comment); a pingback is another site's link to the post."""
    if not text or text[:16].lower().startswith(_LINK_NOTICES):
        return False
    return bool(author or date) or text[-1] in ".!?…" or len(text.split()) > COMMENT_LABEL_MAX_WORDS


def _comment_head(item: Comment, text: str, next_in_comment: str | None) -> bool:
    """Whether a line, before any text of its comment, is the comment's head: a name line with a date line
    next in the same comment, or a date line ("Jane Doe on May 3, 2020"), which gives the comment its
    author and date where markup did not. Where markup dated the comment, a date line is its head once the
    comment has an author ("Jane Doe May 3, 2020" in a <dt> whose spans give both, over the <dd> that holds
    the text); else it stays in the text, which would lose the name that no reading finds in it."""
    if item.author is None and item.date is None and next_in_comment is not None \
            and _name_over_date(text, next_in_comment):
        item.author = text.strip()
        return True
    if is_dateline(text):
        undated = item.date is None
        if undated:
            item.date = parse_date(text) or text.strip()
        if item.author is None:  # "Jane Doe on May 3, 2020", "par Jean le 7 mai 2020"
            item.author = next(iter(byline_names(text) or name_line(text)), None)
        return undated or item.author is not None
    return False


def _without_head_line(item: Comment, text: str) -> str:
    """The text of a comment's first block without its first line where that line is the comment's head,
    and so its author: "Jane says:", a name and a date or a time ("geschrieben von jdoe am 23. Jan. 2015,
    08:02", "macbacchi28.09.1914:40"), or a name's line over a date line. The comment gets that author, and
    the date where it has none."""
    line, _, rest = text.partition("\n")
    head = comment_head(line)
    if head is None and rest:  # the name's line over the date's ("Kommentar von Mareike", "8. Dezember 2010")
        second, _, after = rest.partition("\n")
        if is_dateline(second) and (head := comment_head(f"{line} {second}")) is not None:
            rest = after
    if head is not None:
        item.author = head[0]
        if item.date is None and head[1]:
            item.date = parse_date(head[1]) or head[1]
    elif (m := COMMENT_AUTHOR.match(line)) is not None:
        item.author = m.group("author").strip()
    else:
        return text
    return rest.strip()


def _text_comments(blocks: list[Block]) -> list[dict[str, Any]]:
    """Comments read from lines: an author line ("Jane says:", a name with a date line after it, or a
    name and a date or time on one line) opens an item, a date line dates it, and the paragraphs after
    it are its text; its buttons ("Reply") are left out, and so is a pingback ("Pingback: …") with the
    paragraph under it. (Each item as the fields of its Comment.)"""
    items: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    # each line's is_dateline, by its place, read once: a line after a name is read as a name's date line,
    # then as a line of its own
    datelines: dict[int, bool] = {}
    for i, block in enumerate(blocks):
        text = block.text
        # (lowered once for both patterns; a line beyond ASCII that lowers alike, one with curly quotes or a
        # no-break space, is read lowered too, not by the case-insensitive patterns)
        lowered = text.lower()
        alike = lowers_alike(text, lowered)
        if _COMMENT_ACTION.matches(text, lowered, alike):
            continue  # "Reply", "ReplyDelete": the comment's buttons
        if lowered.startswith(_LINK_NOTICES):
            current = {"pingback": True}  # another site's link, and the excerpt under it: left out below
            items.append(current)
        elif (m := _comment_author(text, lowered, alike)) is not None:  # (the author as written)
            current = {"author": m.group("author").strip()}
            items.append(current)
        elif _is_author_line(text) and _dateline_at(blocks, i + 1, datelines):  # (_name_over_date(text, after))
            current = {"author": text.strip()}
            items.append(current)
        elif head := comment_head(text):
            author, when = head
            current = {"author": author, "date": (parse_date(when) or when) if when else None}
            items.append(current)
        elif _dateline_at(blocks, i, datelines) and current is not None and current.get("date") is None \
                and not current.get("text"):
            current["date"] = parse_date(text) or text
        elif current is None or (current.get("text") and not current.get("author")):
            current = {"text": text}
            items.append(current)
        else:
            current["text"] = f"{current['text']}\n\n{text}" if current.get("text") else text
    return [c for c in items if "pingback" not in c and _shows_comment(c.get("text"), c.get("author"), c.get("date"))]


def _comment_author(text: str, lowered: str, alike: bool) -> re.Match[str] | None:
    """COMMENT_AUTHOR's match of a line ("Jane says:"), read without the number a converter writes before a
    list's item ("1. Jane says:"); `lowered` and `alike` as in may_name_comment_author."""
    unnumbered = without_item_number(text)
    if unnumbered is not text:
        text = unnumbered
        lowered = text.lower()
        alike = lowers_alike(text, lowered)
    if may_name_comment_author(text, lowered, alike) and _COMMENT_AUTHOR.matches(text, lowered, alike):
        return COMMENT_AUTHOR.match(text)
    return None


def may_name_comment_author(text: str, lowered: str, alike: bool) -> bool:
    """False where COMMENT_AUTHOR cannot match: text that _COMMENT_AUTHOR reads lowered (ASCII text, or text
    that lowers alike: see Caseless.matches; `lowered` is text.lower(), `alike` lowers_alike's answer) and
    whose lowered form holds none of its verbs. The pattern tries up to sixty places of a line for the verb
    after the name; other text is read by it."""
    if not (_IS_ASCII(text) or (alike and _COMMENT_AUTHOR.beyond_ascii)):
        return True
    return any(verb in lowered for verb in COMMENT_AUTHOR_VERBS)


#: str.isascii, called as a function (see shape.fold_case)
_IS_ASCII: Final = str.isascii


def _dateline_at(blocks: list[Block], i: int, datelines: dict[int, bool]) -> bool:
    """is_dateline of the text of blocks[i] ("" past the end), kept in `datelines` (by i) once read: a
    line after a name is read as the name's date line, then as a line of its own."""
    known = datelines.get(i)
    if known is None:
        known = datelines[i] = is_dateline(blocks[i].text) if i < len(blocks) else False
    return known


def _name_over_date(text: str, after: str) -> bool:
    """A comment's head that markup did not mark: a name line with a date line under it."""
    return _is_author_line(text) and is_dateline(after)


def _is_author_line(text: str) -> bool:
    """A name: a few words, not a sentence ("Margaret O." ends with an initial, not a full stop)."""
    if len(text) > 60 or not 1 <= words(text) <= COMMENT_AUTHOR_MAX_WORDS:
        return False
    return not ends_sentence(text) or bool(_INITIAL_END.search(text))


def _is_item_title(text: str) -> bool:
    """A related item's title: a title-shaped line of a few words that does not end like a sentence. (The
    tests of is_title_like that need no word count, and the ending, come first: most lines that are no
    title are snippets, which fail one of them, and counting a line's words reads all of it.)"""
    if len(text) > TITLE_MAX_CHARS or text[-1:] in HEADING_NOT_ENDS or ends_sentence(text):
        return False
    count = words(text)
    return count <= RELATED_TITLE_MAX_WORDS and is_title_like(text, count)


def _is_item_date(text: str) -> bool:
    """A related item's date line ("April 21, 2022", "Published: 19 Oct 2018", "3 hours ago"): a date line of
    at most RELATED_DATE_MAX_WORDS words (a title may open with its date: "01. Mai 2020 Lockerungen in …")."""
    return len(text.split()) <= RELATED_DATE_MAX_WORDS and is_dateline(text)


def _is_link_action(block: Block) -> bool:
    """Whether a block is a link that reads "Read more" (LINK_ACTION; a short line: the cheap test first)."""
    text = block.text
    return block.url is not None and len(text) <= LINK_ACTION_MAX_CHARS and _LINK_ACTION.matches(text)


def _common_steps(paths: list[list[str]]) -> list[str]:
    """The steps of blocks' paths from the page's root (their origins parted at ">") that all of them share,
    but for the last step of any."""
    if not paths:
        return []
    # (the first and the last path in order share what all of them share: two comparisons of lists, not one
    # of every path at each step)
    first, last = min(paths), max(paths)
    common = 0
    limit = min(len(first), len(last), min(map(len, paths)) - 1)
    while common < limit and first[common] == last[common]:
        common += 1
    return first[:common]


def _items_by_markup(blocks: list[Block], actions: list[bool], steps: list[list[str]]) -> list[dict[str, Any]] | None:
    """A related list's items by its markup: the blocks under each of the list's elements that hold one
    teaser (an <li>, an <article>) make one item, its title the teaser's heading, link or title-shaped
    line, its address the title's link, else its "Read more", else its other one (its picture's), its snippet
    the teaser's other text of more than RELATED_LABEL_MAX_WORDS words (a kicker, a date, a rank and a count
    are none). An element holds one teaser where it holds at most one heading or link (see _teaser_runs).
    Where most items have an address, one without is a label ("Related", the list's own heading) and is
    dropped. None for copied text, and for a list of neither headings nor links. (`steps`: each block's
    origin parted at ">".)"""
    if not steps or any(len(path) < 2 for path in steps):
        return None  # no blocks, or copied text: no markup
    if not any(block.kind == "heading" or block.url is not None for block in blocks):
        return None
    # the blocks whose text may be a title or a snippet: not "Read more", a rank, a price, a date or a button
    # ("66 Likes", "Share")
    worded = [not action and letters(block.text) > 0 and not _is_item_date(block.text)
              and not _COMMENT_ACTION.matches(block.text) for block, action in zip(blocks, actions)]
    titled = [ok and (block.kind == "heading" or block.url is not None or _is_item_title(block.text))
              for block, ok in zip(blocks, worded)]
    runs = _teaser_runs(blocks, actions, steps, list(range(len(blocks))), len(_common_steps(steps)))
    if runs is None:
        return None  # paths that stop growing (a page nested thousands deep) part no teasers
    items: list[dict[str, Any]] = []
    for run in runs:
        item = _teaser(blocks, actions, worded, titled, run)
        if item is None:
            continue
        if not item["title"]:  # a snippet with its "Read more": the story's before it with that address (past labels)
            owner = _item_with_url(items, item["url"])
            if owner is not None and not owner["snippet"]:
                owner["snippet"] = item["snippet"]
            continue
        items.append(item)
    linked = [item for item in items if item["url"]]
    return linked if 2 * len(linked) >= len(items) else items


def _item_with_url(items: list[dict[str, Any]], url: str) -> dict[str, Any] | None:
    """The last of the items with that address, past the labels after it (a teaser's categories: "Blog",
    "Zuhause"), or None where another story comes first."""
    for at in range(len(items) - 1, -1, -1):  # (by index: mypyc failed on a loop over reversed(items) here)
        item = items[at]
        if item["url"] == url:
            return item
        title: str = item["title"]
        if len(title.split()) > RELATED_LABEL_MAX_WORDS:
            return None
    return None


def _one_teaser(blocks: list[Block], actions: list[bool], run: list[int]) -> bool:
    """Whether the blocks of a run (their indexes) hold at most one heading and links to at most one address,
    as one teaser does. Links that count none: "Read more", a link to the picture's file, a button ("66
    Likes"), and where the heading links to its story, a link of a label's few words (a category's: "News",
    "Natur & Umwelt"; over the heading, a kicker's few more: "The World Around Us")."""
    heading = -1
    for at in run:
        if blocks[at].kind == "heading":
            if heading >= 0:
                return False
            heading = at
    # (a heading that links to its story: the run's other links of a label's words are its labels)
    titled = heading >= 0 and blocks[heading].url is not None
    urls: set[str] = set()
    for at in run:
        url = blocks[at].url
        if url is None or actions[at] or _IMAGE_FILE.search(url) or _COMMENT_ACTION.matches(blocks[at].text):
            continue
        if titled and at != heading and words(blocks[at].text) <= (
                RELATED_KICKER_MAX_WORDS if at < heading else RELATED_REPEATED_LABEL_MAX_WORDS):
            continue
        urls.add(url)
        if len(urls) > 1:
            return False
    return True


def _teaser_runs(blocks: list[Block], actions: list[bool], steps: list[list[str]], run: list[int],
                 depth: int) -> list[list[int]] | None:
    """The blocks of a run (their indexes), parted into teasers: a run that holds one teaser (see _one_teaser)
    is one; another is parted by the elements at `depth` of its blocks' paths (a block whose element is the
    parent of the others', an <li> with text of its own, stands apart), each part parted again the same way
    one level down; None where a run of several teasers cannot be parted (its paths end)."""
    if _one_teaser(blocks, actions, run):
        return [run]
    if all(len(steps[at]) <= depth for at in run):
        return None
    parts: list[list[int]] = []
    last: str | None = None
    for at in run:
        key = steps[at][depth] if len(steps[at]) > depth else None
        if key is None or key != last:
            parts.append([])
        parts[-1].append(at)
        last = key
    teasers: list[list[int]] = []
    for part in parts:
        parted = _teaser_runs(blocks, actions, steps, part, depth + 1)
        if parted is None:
            return None
        teasers.extend(parted)
    return teasers


def _teaser(blocks: list[Block], actions: list[bool], worded: list[bool], titled: list[bool],
            run: list[int]) -> dict[str, Any] | None:
    """The item of one teaser's blocks (see _items_by_markup), or None where none of them is a title: a
    heading, a link or a title-shaped line (`titled`)."""
    candidates = [at for at in run if titled[at]]
    if not candidates:
        # a snippet and its "Read more" in an element of their own, under the title's: an item without a title,
        # which the title's item takes in (see _items_by_markup)
        url = next((blocks[at].url for at in run if actions[at]), None)
        snippet = " ".join(blocks[at].text for at in run
                           if worded[at] and len(blocks[at].text.split()) > RELATED_LABEL_MAX_WORDS)
        return {"title": "", "url": url, "snippet": snippet} if url is not None and snippet else None
    # a heading, else a link of more words than a label's ("Gesundheit", "łatwe"), else a link, else the first
    title_at = next((at for at in candidates if blocks[at].kind == "heading"),
                    next((at for at in candidates if blocks[at].url is not None
                          and len(blocks[at].text.split()) > RELATED_LABEL_MAX_WORDS),
                         next((at for at in candidates if blocks[at].url is not None), candidates[0])))
    # the title's link, else "Read more", else another (a kicker's link may go to its section's page)
    url = blocks[title_at].url or next((blocks[at].url for at in run if actions[at]), None) \
        or next((blocks[at].url for at in run if blocks[at].url is not None and (
            at > title_at or words(blocks[at].text) > RELATED_REPEATED_LABEL_MAX_WORDS)), None) \
        or next((blocks[at].url for at in run if blocks[at].url is not None), None)
    title = blocks[title_at].text
    snippet = " ".join(
        IMAGE_LABEL_PREFIX.sub("", blocks[at].text).strip() for at in run
        if at != title_at and worded[at] and len(blocks[at].text.split()) > RELATED_LABEL_MAX_WORDS
        and blocks[at].text != title  # (the title again: its picture's link, its heading's)
        and blocks[at].url in (None, url)  # (a link elsewhere: a category's, see _one_teaser)
    )
    return {"title": title, "url": url, "snippet": snippet or None}


def _items_by_line(blocks: list[Block], actions: list[bool]) -> list[dict[str, Any]]:
    """A related list's items line by line (copied text, and markup whose paths stopped growing): a link, or
    a title-shaped line where the list has no links, opens an item, the text after it is its snippet;
    "Read more" is passed over."""
    items: list[dict[str, Any]] = []
    # whether the items are links (their titles, or their pictures over their titles), not "Read more" under them
    linked = any(block.url and not action for block, action in zip(blocks, actions))
    for block, action in zip(blocks, actions):
        text = block.text
        if action:
            continue
        if letters(text) == 0 or _is_item_date(text):
            # a rank ("1", "02"), a date, a price or a count: no title nor snippet; where it is the link, its
            # item takes its title from the text after it
            if linked and block.url is not None:
                items.append({"title": "", "url": block.url})
            continue
        # items open at their links where the list has links, else at title-shaped lines
        if block.url is not None if linked else _is_item_title(text):
            items.append({"title": text, "url": block.url})
            continue
        snippet = IMAGE_LABEL_PREFIX.sub("", text).strip()
        if not items:
            items.append({"title": snippet})
        elif not items[-1]["title"]:
            items[-1]["title"] = snippet
        elif items[-1].get("snippet"):
            items[-1]["snippet"] += " " + snippet
        else:
            items[-1]["snippet"] = snippet or None
    return items


def _fill_related(section: _Section) -> None:
    """Items from a related list, read by its markup (_items_by_markup), else line by line (_items_by_line);
    a date, a rank or a price is neither title nor snippet, and a word alone is no item. (Each item as the
    fields of its RelatedItem, which the section's validator builds.)"""
    blocks = section.blocks
    actions = [_is_link_action(block) for block in blocks]
    steps = [block.origin.split(">") for block in blocks]
    if any(actions):
        # a "Read more" outside the element that holds the list's own blocks is another list's (see _boilerplate)
        shared = _common_steps([path for path, action in zip(steps, actions) if not action])
        if shared:
            kept = [at for at, (path, action) in enumerate(zip(steps, actions))
                    if not action or path[:len(shared)] == shared]
            blocks, actions = [blocks[at] for at in kept], [actions[at] for at in kept]
            steps = [steps[at] for at in kept]
    items = _items_by_markup(blocks, actions, steps)
    if items is None:
        items = _items_by_line(blocks, actions)
    # a word alone with nothing under it is a section's or a topic's name, not a story ("News", "Politics")
    items = _distinct_items([item for item in items if item["title"] and (
        item.get("snippet") or len(item["title"].split()) > 1 or unspaced(item["title"]))])
    texts: list[str] = []
    for item in items:  # "\n".join(filter(None, (title, snippet)))
        title: str = item["title"]
        snippet_: str | None = item.get("snippet")
        texts.append(f"{title}\n{snippet_}" if title and snippet_ else title or snippet_ or "")
    section.fields["items"] = items
    section.fields["text"] = "\n\n".join(texts)


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def _distinct_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A list's items, each story once:

    - a title of RELATED_REPEATED_LABEL_MAX_WORDS words or fewer that comes back in the list, with nothing under
      it, is a label over the list's items (a section's name, "Add to wishlist"), not a story, unless half the
      list's titles come back (a list shown twice, a carousel's copies of its slides);
    - an item with the address of the item before it is a part of that one (see _merged);
    - an item listed before (the same title and address) is left out, its snippet given to the first where
      that has none."""
    if len(items) < 2:
        return items
    keys = [_title_key(item["title"]) for item in items]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    repeated = sum(count > 1 for count in counts.values())
    if repeated and 2 * repeated < len(counts):
        kept = [at for at, (item, key) in enumerate(zip(items, keys))
                if counts[key] == 1 or item.get("snippet") or len(key.split()) > RELATED_REPEATED_LABEL_MAX_WORDS]
        items, keys = [items[at] for at in kept], [keys[at] for at in kept]
    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, str | None], dict[str, Any]] = {}
    for item, key in zip(items, keys):
        url = item.get("url")
        if out and url is not None and out[-1].get("url") == url:
            out[-1] = merged = _merged(out[-1], item)
            seen[(_title_key(merged["title"]), url)] = merged
            continue
        first = seen.get((key, url))
        if first is not None:
            if not first.get("snippet"):
                first["snippet"] = item.get("snippet")
            continue
        out.append(item)
        seen[(key, url)] = item
    return out


def _merged(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """One item of two in a row that link to the same story: a kicker and its title ("Una sola banda", then
    the title), a title and "Read more » <title>", a title and its snippet's own link. Its title is the first's,
    or the second's where the first's is a label's few words (RELATED_REPEATED_LABEL_MAX_WORDS) and the second's
    has more words and is no sentence after a title; the other title is part of its snippet where it has more
    than a label's few words and neither holds that title nor is held by it."""
    one, two = first["title"], second["title"]
    count = words(one)
    if count <= RELATED_REPEATED_LABEL_MAX_WORDS and words(two) > count and not (
            ends_sentence(two) and not ends_sentence(one)):
        title, other = two, one
    else:
        title, other = one, two
    key, other_key = _title_key(title), _title_key(other)
    parts = [first.get("snippet"), second.get("snippet")]
    if other_key not in key and key not in other_key and words(other) > RELATED_REPEATED_LABEL_MAX_WORDS:
        parts.insert(1 if other is two else 0, other)
    snippet = " ".join(part for part in dict.fromkeys(parts) if part)
    return {**first, "title": title, "snippet": snippet or None}


# --- finishing ------------------------------------------------------------------------------------


def _drop_empty(sections: list[_Section], fmt: str) -> list[_Section]:
    """Drop a body section with no text when no body section follows it (a heading left at the end) or, in
    HTML, when it heads nothing (see _orphan_heading: a teaser's title among the article's blocks, a shop's
    "Bewertungen"; copied text has no heading levels to tell a parent heading by); summaries and related
    lists with nothing in them; and, in HTML, comment areas without comments: HTML shows comments as
    markup, so an area heading without any is a form or a notice. (In copied text a bare "Comments"
    heading is all a page shows of an empty comment area, and it is kept.)"""
    out = []
    # the last body section with text, found once (testing all the sections after each empty one was
    # quadratic in the number of sections)
    last_with_text = max((i for i, t in enumerate(sections) if t.model is Body and t.paragraphs), default=-1)
    for i, s in enumerate(sections):
        model = s.model
        if model is Comments and not s.fields["items"] and fmt == "html":
            continue
        if model is Summary and not s.paragraphs:
            continue
        if model is Body and not s.paragraphs and (
                i > last_with_text or (fmt == "html" and _orphan_heading(sections, i))):
            continue
        if model is Related and not s.fields["items"]:
            continue
        out.append(s)
    return out


def _orphan_heading(sections: list[_Section], i: int) -> bool:
    """Whether body section i, a heading without text, heads nothing: the section right after it is a body
    section of its level or a higher one (not a sub-section of it)."""
    if i + 1 >= len(sections) or sections[i + 1].model is not Body:
        return False
    return int(sections[i + 1].fields.get("level", 1)) <= int(sections[i].fields.get("level", 1))


def _metadata(page: Page, b: _Builder, sections: list[_Section]) -> dict[str, Any]:
    """The fields of the article's Metadata (its publication date still metadata's)."""
    meta = page.meta
    headline = next((s.fields["text"] for s in sections if s.model is Headline), None)
    return {
        "title": _one_line(meta.title) if meta.title else headline,
        "authors": list(meta.authors) or b.authors,
        "published": meta.published,
        "modified": meta.modified,
        "site_name": meta.site_name,
        "language": meta.language or guess_language(_language_sample(sections)),
        "description": meta.description,
        "url": meta.url,
        "image": meta.image,
        "tags": list(meta.tags),
    }


def _language_sample(sections: list[_Section]) -> str:
    """The article's text that guess_language reads: its summary and body sections, joined, as far as
    it reads (not the whole of a long article)."""
    parts: list[str] = []
    length = 0
    for s in sections:
        if s.model is Summary or s.model is Body:
            text: str = s.fields["text"]
            parts.append(text)
            length += len(text) + 1
            if length > SAMPLE_CHARS:
                break
    return " ".join(parts)


def _published(metadata: Metadata, *shown: str | None) -> str | None:
    """The publication date: the date the page shows by its headline or in its byline wins over
    metadata (which often holds a date of import or re-publication), unless one of the dates shown
    agrees with metadata, or the shown date is later than the page's last change (a date of an event,
    a teaser, or today's date in the header), or metadata says the page never changed and the shown
    date is earlier. One day's slack allows for time zones."""
    meta = metadata.published
    dates = [d for d in shown if d]
    if meta is None or not dates or any(d[:10] == meta[:10] for d in dates):
        return meta or (dates[0] if dates else None)
    modified = metadata.modified
    for found in dates:
        if modified is None or _days_between(modified, found) <= TIME_ZONE_SLACK_DAYS:
            if modified and modified[:10] == meta[:10] and _days_between(meta, found) < 0:
                continue  # metadata says the page never changed: an earlier date shown is another's
            return found
    return meta


def _byline_date_settles(meta: str | None, in_byline: str | None) -> bool:
    """Whether the byline's date decides the publication date alone, as `_published` would decide it
    (there is no date in metadata, or metadata's agrees): then the lines around the headline are not
    searched for one (parsing them was a ninth of the assembler's instructions on HTML)."""
    return in_byline is not None and (meta is None or in_byline[:10] == meta[:10])


def _days_between(earlier: str, later: str) -> int:
    """Days from one ISO date to another (0 where either cannot be read)."""
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


def _date_near_headline(classified: list[Classified], day_first: bool) -> str | None:
    """The first date written in a short line around the headline or the article's first blocks
    ("08.11.2021 | Online-Fachtag …", "Pressemitteilung 02. November 2021"), for pages whose
    metadata and byline give none."""
    anchor = next((c.block.index for c in classified if c.label == "headline"), None)
    if anchor is None:
        anchor = next((c.block.index for c in classified if c.label in ("body", "summary")), None)
    if anchor is None:
        return None
    for c in classified[max(0, anchor - DATE_LOOK_BEFORE):anchor + DATE_LOOK_AFTER]:
        text = c.block.text
        if c.label in ("comment", "related_item"):
            continue
        if len(text) > DATE_LINE_MAX_CHARS or (len(text) > PROSE_DATE_MIN_CHARS and c.label == "body"):
            # a paragraph can open with its date: "27.1.2022 - Bei …", or with its label of it:
            # "Pressemitteilung vom 25. Januar 2022 | …" (looked for only where a digit is near the start: every
            # match of PUBLISHED_LABEL holds one, its look-ahead reads it)
            if DATE.match(text.lstrip("([")):
                text = text[:DATE_LINE_MAX_CHARS]
            else:
                label = PUBLISHED_LABEL.search(text, 0, DATE_LABEL_WITHIN) \
                    if DIGIT.search(text, 0, DATE_LABEL_WITHIN) else None
                text = text[label.end():label.end() + DATE_LABEL_WITHIN] if label else ""
        found = parse_date(text, day_first)
        if found:
            return found
    return None


def _labelled_date_after(classified: list[Classified], day_first: bool) -> str | None:
    """The date of a short line just after the article that labels it the publication's ("Datum: 19.11.2021",
    "Erschienen am: 01.11.2023"; not an update's), for pages that date themselves nowhere else: a box of the
    article's facts under it (date, author, source)."""
    last = len(classified) - 1
    while last >= 0 and classified[last].label != "body":
        last -= 1
    if last < 0:
        return None
    for c in classified[last + 1:last + 1 + DATE_LOOK_PAST_END]:  # (classified[i] is the i-th block's)
        text = c.block.text
        # (a related list's items are read: a list right above takes in the box's lines, in copied text)
        if c.label == "comment" or len(text) > DATE_LINE_MAX_CHARS:
            continue
        label = PUBLISHED_LABEL.match(text)
        if label and not UPDATED_LABEL.match(text):
            found = parse_date(text[label.end():], day_first)
            if found:
                return found
    return None


def _trace(classified: list[Classified]) -> list[BlockTrace]:
    return [
        BlockTrace(index=c.block.index, origin=c.block.origin, kind=c.block.kind, text=c.block.text,
                   label=c.label, votes=[Vote(rule=r, label=lab, weight=w) for r, lab, w in c.votes])
        for c in classified
    ]
