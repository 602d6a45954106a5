"""JSON and JSON Lines: the article model as it is, the public contract."""

from __future__ import annotations

import json

from ..model import Article


def render_json(article: Article) -> str:
    """Indented JSON, one object."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def render_jsonl(article: Article) -> str:
    """One line of JSON (no line breaks inside), for JSON Lines output."""
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
