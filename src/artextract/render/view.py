"""The terminal view: a rich renderable for one article. Styles are named in THEME."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text
from rich.theme import Theme
from rich.tree import Tree

from ..model import Article, Comment

THEME = Theme({
    "headline": "bold bright_white",
    "meta": "cyan",
    "caption": "dim italic",
    "credit": "dim",
    "summary": "italic",
    "heading.1": "bold underline",
    "heading.2": "bold",
    "heading.3": "bold dim",
    "area": "bold magenta",
    "author": "bold green",
    "date": "dim",
    "related.title": "bold blue",
    "boilerplate": "dim strike",
})


#: how much of a related post's snippet the view shows
SNIPPET_CHARS = 160


def _metadata_line(article: Article) -> Text | None:
    m = article.metadata
    published = m.published[:10] if m.published else None  # the day; the JSON keeps the time
    candidates = [", ".join(m.authors) if m.authors else None, published, m.site_name, m.language]
    parts = [p for p in candidates if p]
    return Text(" · ".join(parts), style="meta") if parts else None


def _comment_tree(tree: Tree, comment: Comment) -> None:
    label = Text()
    if comment.author:
        label.append(comment.author, style="author")
    if comment.date:
        label.append(f"  {comment.date}", style="date")
    label.append(("\n" if len(label) else "") + comment.text)
    branch = tree.add(label)
    for reply in comment.replies:
        _comment_tree(branch, reply)


class ArticleView:
    """An article laid out for a terminal: headline, metadata, captions, summary, body, comments."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        parts: list = []
        for s in self.article.sections:
            parts.extend(self._section(s))
            if s.type == "headline" and (line := _metadata_line(self.article)):
                parts.append(line)
            parts.append(Text(""))
        if not self.article.sections:
            parts.append(Text("(no article found)", style="dim"))
        yield Group(*parts)

    def _section(self, s: object) -> list:
        kind = s.type  # type: ignore[attr-defined]
        if kind == "headline":
            return [Text(s.text, style="headline")]  # type: ignore[attr-defined]
        if kind == "caption":
            text = Text(" ".join(filter(None, ("▣", s.text))), style="caption")  # type: ignore[attr-defined]
            if credit := s.credit_to_show():  # type: ignore[attr-defined]
                text.append(f"  ({credit})", style="credit")
            return [text]
        if kind == "summary":
            body = Text("\n\n".join(s.paragraphs), style="summary")  # type: ignore[attr-defined]
            return [Panel(body, title=s.heading, title_align="left", border_style="dim")]  # type: ignore[attr-defined]
        if kind == "body":
            out: list = []
            if s.heading:  # type: ignore[attr-defined]
                out.append(Text(s.heading, style=f"heading.{min(s.level, 3)}"))  # type: ignore[attr-defined]
            out.extend(Text(p + "\n") for p in s.paragraphs)  # type: ignore[attr-defined]
            return out
        if kind == "comments":
            title = f"{s.heading or 'Comments'} ({s.count or 0})"  # type: ignore[attr-defined]
            tree = Tree(Text(title, style="area"), guide_style="dim")
            for c in s.items:  # type: ignore[attr-defined]
                _comment_tree(tree, c)
            return [Rule(style="dim"), tree]
        if kind == "related":
            out = [Rule(style="dim"), Text(s.heading or "Related", style="area")]  # type: ignore[attr-defined]
            for item in s.items:  # type: ignore[attr-defined]
                line = Text("• ")
                line.append(item.title, style="related.title")
                out.append(line)
                if item.snippet:
                    snippet = item.snippet
                    if len(snippet) > SNIPPET_CHARS:
                        snippet = snippet[:SNIPPET_CHARS - 1].rstrip() + "…"
                    out.append(Padding(Text(snippet, style="dim"), (0, 0, 0, 2)))
            return out
        return [Text(s.text, style="boilerplate")]  # type: ignore[attr-defined]
