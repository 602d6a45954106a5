"""The HTML front-end's cheaper readings give what the readings they stand for give."""

from __future__ import annotations

import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from selectolax.lexbor import LexborHTMLParser

from artextract.front_html import (
    BLOCK_TAGS,
    BREAK,
    CELL,
    JSON_LD_TYPE,
    META_AND_TEMPLATES,
    SCRIPT_TAG_ID,
    MAX_CACHED_STEP,
    MAX_ID_IN_PATH,
    MAY_HIDE,
    _ClassAttr,
    _class_attr,
    _class_element_zone,
    _element_zone,
    _element_zone_by_name,
    _fold,
    _is_hidden,
    fold_lines,
    _path_step,
    _round3,
    _count_prose_paragraphs,
    _is_inside,
    _Walker,
    _walked,
    read_html,
    PROSE_MAX_LINKS,
    PROSE_PARAGRAPH_LEN,
    SENTENCE_ENDS,
)
from artextract.meta_html import META_ELEMENTS

#: attribute names the walk reads on a block element, and others it does not
_NAMES = ["id", "class", "role", "itemprop", "style", "hidden", "aria-hidden", "href", "data-id", "title", "lang",
          "aria-label", "Class", "ID"]
_VALUES = st.one_of(st.none(), st.sampled_from(["", "main", "nav", "sidebar widget", "comments", "post-12",
                                                 "display:none", "true", "entry-content"]))
attributes = st.dictionaries(st.sampled_from(_NAMES), _VALUES, max_size=8)
class_names = st.lists(st.sampled_from(["", "nav", "entry-content", "mainSidebar", "share-bar", "col_md_6",
                                        "comment", "author-bio", "x"]), max_size=4).map(" ".join)


@settings(max_examples=500)
@given(attributes)
def test_open_block_reads_what_lookups_read(attrs: dict[str, str | None]) -> None:
    # the block element's id, class, role and itemprop, read in one pass: as looking each one up gives them
    node = LexborHTMLParser("<div>x</div>").css_first("div")
    walker = _Walker(None)
    frame = walker.open_block(node, "div", attrs, walker.open_root({}))
    if any(name in attrs for name in MAY_HIDE) and _is_hidden(attrs):
        assert frame is None
        return
    assert frame is not None
    ident, classes = attrs.get("id") or "", attrs.get("class") or ""
    zone = _element_zone("div", classes, ident, attrs.get("role"), attrs.get("itemprop"))
    assert frame.classes == classes
    assert frame.path == (f"body>div#{ident}:1" if ident and len(ident) < MAX_ID_IN_PATH else "body>div:1")
    assert (frame.weight, frame.semantic) == (zone.weight, zone.semantic)
    if frame.comment is None:  # (a comment's item keeps its tag's and role's zone words alone)
        assert frame.own == zone.own


@settings(max_examples=300)
@given(st.sampled_from(sorted(BLOCK_TAGS)), class_names)
def test_class_element_zone_is_element_zone(tag: str, classes: str) -> None:
    expected = _element_zone_by_name(tag, classes, "", None, None)
    assert _class_element_zone(tag, _class_attr(classes)) == expected
    assert _class_element_zone(tag, _class_attr(classes)) == _element_zone(tag, classes, "", None, None)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(sorted(BLOCK_TAGS)), min_size=1, max_size=12), class_names)
def test_class_element_zone_by_last_tag_is_each_tags(tags: list[str], classes: str) -> None:
    # one class attribute read on tags in any order (the last tag's zone at hand, the others' kept aside)
    info = _ClassAttr(classes)
    for tag in tags:
        assert _class_element_zone(tag, info) == _element_zone_by_name(tag, classes, "", None, None)


@given(st.lists(st.tuples(st.sampled_from(["div", "li", "p", "h2"]),
                          st.integers(min_value=1, max_value=MAX_CACHED_STEP + 50)), max_size=30))
def test_path_step_is_formatted_step(steps: list[tuple[str, int]]) -> None:
    for tag, count in steps:  # in any order: the cached steps fill up to the largest count asked
        assert _path_step(tag, count) == f">{tag}:{count}"


# --- metadata elements noted in the walk --------------------------------------------------------------

_META_TAGS = ["meta", "script", "link", "base", "div", "span"]
_META_ATTRS = st.dictionaries(
    st.sampled_from(["type", "rel", "href", "name", "content", "style", "hidden", "xlink:type", "class"]),
    st.sampled_from(["application/ld+json", "Application/LD+JSON", " application/ld+json", "text/template",
                     "text/x-Template", "template", "templatex", "canonical", "CANONICAL", "canonical x",
                     "display:none", "x", ""]),
    max_size=3,
)
_WRAPPERS = ["", "div", "div hidden", "noscript", "svg", "math", "template", "select", "h2 class=sr-only", "p",
             "span style=display:none", "table"]


#: what the element holds: nothing, text alone (a script's, which the walk notes without a traverse), or
#: an element and text (inside <svg> or <math> a script's <g> is an element)
_CONTENTS = ["", "x", "<g></g>x"]


def _element(tag: str, attrs: dict[str, str], content: str = "") -> str:
    written = " ".join(f'{name}="{value}"' for name, value in attrs.items())
    return f"<{tag} {written}>{content}</{tag}>"


@settings(max_examples=300)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from(_WRAPPERS), st.sampled_from(_META_TAGS), _META_ATTRS,
                          st.sampled_from(_CONTENTS)),
                max_size=8))
def test_walk_notes_what_the_selector_finds(parts: list[tuple[bool, str, str, dict[str, str], str]]) -> None:
    head = "".join(_element(tag, attrs, content) for in_head, _, tag, attrs, content in parts if in_head)
    body = "".join(
        # a wrapper holding text before the element: the walk does not take it for one holding text alone
        f"<{wrap}>{content[-1:]}{_element(tag, attrs, content)}</{wrap.split()[0]}>" if wrap
        else _element(tag, attrs, content)
        for in_head, wrap, tag, attrs, content in parts if not in_head
    )
    tree = LexborHTMLParser(f"<html><head>{head}</head><body><p>x</p>{body}</body></html>")
    walker = _Walker(None)
    walker.read(tree.root, tree.body)
    found = tree.css(META_AND_TEMPLATES)
    assert walker.meta_elements is not None
    assert [node.mem_id for node in walker.meta_elements] == [node.mem_id for node in tree.css(META_ELEMENTS)]
    assert walker.template_like == any(
        node.tag_id == SCRIPT_TAG_ID and node.attributes.get("type") != JSON_LD_TYPE for node in found
    )


#: block text as the walk gathers it: words, spaces and other white space, marks, unprintable characters
_FOLD_PIECES = st.sampled_from(["a", "word", " ", "  ", "\n", "\t", "\xa0", "\u2003", "\x01", "\x85", "\u3000",
                                "é", BREAK, CELL, "x y", " z ", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f",
                                "\xad", "\u200b", "\u200d", "\ufeff"])


@settings(max_examples=1000)
@given(st.lists(_FOLD_PIECES, max_size=12).map("".join))
def test_fold_is_fold_by_lines(text: str) -> None:
    assert _fold(text) == fold_lines(text)


#: inline elements that hold nothing, whose attributes the walk does not read, and a second image
_EMPTY_INLINE = ['<i class="icon byline"></i>', '<span class="comments" style="display:none"></span>',
                 '<source srcset="a.jpg">', '<img src="second.jpg" alt="x">', '<cite class="author"></cite>']


@settings(max_examples=200)
@given(st.lists(st.sampled_from(range(len(_EMPTY_INLINE))), max_size=4))
def test_empty_inline_elements_change_nothing(picks: list[int]) -> None:
    """The walk skips inline elements without content (not a <time>) and images after their element's first
    one, unread: the blocks are those of the page without them."""
    extra = "".join(_EMPTY_INLINE[i] for i in picks)
    page = ('<article><p>One <img src="first.jpg"> text{}, with a <a href="/x">link</a>{} here.</p>'
            '<figure><img src="f.jpg">{}<figcaption>Cap{}</figcaption></figure></article>')
    bare = read_html(page.format("", "", "", ""))
    full = read_html(page.format(extra, extra, extra, extra))
    assert [(b.text, b.kind, b.hints, b.image, b.url) for b in full.blocks] == \
        [(b.text, b.kind, b.hints, b.image, b.url) for b in bare.blocks]


_PROSE = "A sentence long enough to be prose in an article, with words and more words, ending here. " * 2
_PROSE_PIECES = st.sampled_from([f"<p>{_PROSE}</p>", "<p>Short.</p>", f"<p><a href=/x>{_PROSE}</a></p>", "<div>",
                                 "</div>", "<section>", "</section>", "<li>", f"{_PROSE}", "<header>", "</header>"])


@settings(max_examples=300)
@given(st.lists(_PROSE_PIECES, max_size=10).map("".join))
def test_prose_counts_are_counts_over_ancestors(page: str) -> None:
    """Counted at each paragraph's element and summed up the tree, an element's prose paragraphs are those
    of the blocks inside it."""
    tree = LexborHTMLParser(page)
    walker = _walked(tree, tree.body, "", None)
    _count_prose_paragraphs(walker)
    prose = [frame for block, frame in zip(walker.blocks, walker.block_frames)
             if block.kind == "para" and len(block.text) >= PROSE_PARAGRAPH_LEN
             and block.link_density <= PROSE_MAX_LINKS and block.text.rstrip().endswith(SENTENCE_ENDS)]
    for frame in walker.frames:
        assert frame.prose == sum(1 for inner in prose if _is_inside(inner, frame))


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


@settings(max_examples=2000)
@given(st.one_of(st.floats(), st.integers(-3000, 3000).map(lambda k: k / 1000 + 0.0005),
                 st.tuples(st.integers(0, 500), st.integers(1, 500)).map(lambda ij: ij[0] / ij[1])))
def test_round3_is_round(value: float) -> None:
    # any float, the ties between thousandths (k.5 thousandths), and the ratios link densities and scores are
    assert _bits(_round3(value)) == _bits(round(value, 3))


def test_round3_keeps_the_sign_of_zero() -> None:
    assert _bits(_round3(-0.0004)) == _bits(-0.0)
    assert _bits(_round3(0.0004)) == _bits(0.0)
