"""The HTML front-end's cheaper readings give what the readings they stand for give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from artextract.front_html import (
    BLOCK_TAGS,
    MAX_CACHED_STEP,
    MAY_HIDE,
    _block_names,
    _class_element_zone,
    _element_zone,
    _element_zone_by_name,
    _path_step,
)

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
def test_block_names_reads_what_lookups_read(attrs: dict[str, str | None]) -> None:
    expected = (attrs.get("id") or "", attrs.get("class") or "", attrs.get("role"), attrs.get("itemprop"),
                any(name in attrs for name in MAY_HIDE))
    assert _block_names(attrs) == expected


@settings(max_examples=300)
@given(st.sampled_from(sorted(BLOCK_TAGS)), class_names)
def test_class_element_zone_is_element_zone(tag: str, classes: str) -> None:
    expected = _element_zone_by_name(tag, classes, "", None, None)
    assert _class_element_zone(tag, classes) == expected
    assert _class_element_zone(tag, classes) == _element_zone(tag, classes, "", None, None)


@given(st.lists(st.tuples(st.sampled_from(["div", "li", "p", "h2"]),
                          st.integers(min_value=1, max_value=MAX_CACHED_STEP + 50)), max_size=30))
def test_path_step_is_formatted_step(steps: list[tuple[str, int]]) -> None:
    for tag, count in steps:  # in any order: the cached steps fill up to the largest count asked
        assert _path_step(tag, count) == f">{tag}:{count}"
