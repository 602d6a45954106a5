"""The seed page end to end: the sections we expect from it, key by key (../shared/seed)."""

from __future__ import annotations

import json

from artextract import extract

from .conftest import need_shared

#: the keys the expected file gives for each section type (a related section's text is left open)
COMPARED = ("type", "heading", "level", "text", "paragraphs", "credit")


def _comparable(section: dict, expected: dict) -> dict:
    out = {k: section.get(k) for k in COMPARED if k in expected and not (k == "text" and expected["type"] == "related")}
    if "items" in expected:
        keys = ("title", "snippet") if expected["type"] == "related" else ("author", "text")
        out["items"] = [{k: item.get(k) for k in keys} for item in section.get("items", [])]
    return out


def _expected_view(expected: dict) -> dict:
    out = {k: expected.get(k) for k in COMPARED
           if k in expected and not (k == "text" and expected["type"] == "related")}
    if "items" in expected:
        keys = ("title", "snippet") if expected["type"] == "related" else ("author", "text")
        out["items"] = [{k: item.get(k) for k in keys} for item in expected["items"]]
    return out


def test_seed_page_gives_the_expected_sections() -> None:
    page = need_shared("seed", "stratfor-blogger-page.txt")
    expected = json.loads(page.with_name("stratfor-blogger-page.expected.json").read_text(encoding="utf-8"))
    article = extract(page.read_bytes(), path=page.name).to_dict()
    assert [s["type"] for s in article["sections"]] == [s["type"] for s in expected["sections"]]
    for got, want in zip(article["sections"], expected["sections"]):
        assert _comparable(got, want) == _expected_view(want)
    assert article["source"] == expected["source"]
