"""Renderers: pure functions Article → str, chosen by format name, plus the rich view."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Article
from .json import render_json, render_jsonl
from .markdown import render_markdown
from .text import render_text

#: format name → renderer; "view" is the rich renderable in .view (it needs a console)
RENDERERS: dict[str, Callable[[Article], str]] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
    "text": render_text,
}

__all__ = ["RENDERERS", "render_json", "render_jsonl", "render_markdown", "render_text"]
