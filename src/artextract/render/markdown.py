"""Markdown: the headline as "#", sub-headings by level, captions as emphasis, lists for the rest."""

from __future__ import annotations

from ..model import Article, Comment


def _comment_lines(comment: Comment, depth: int) -> list[str]:
    indent = "  " * depth
    who = " · ".join(filter(None, (comment.author, comment.date)))
    lines = [f"{indent}- **{who}**" if who else f"{indent}-"]
    lines += [f"{indent}  {line}" if line else "" for line in comment.text.split("\n")]
    for reply in comment.replies:
        lines += _comment_lines(reply, depth + 1)
    return lines


def render_markdown(article: Article) -> str:
    out: list[str] = []
    for s in article.sections:
        if s.type == "headline":
            out.append(f"# {s.text}")
        elif s.type == "caption":
            credit = s.credit_to_show()
            line = " ".join(filter(None, (s.text and f"*{s.text}*", credit and f"({credit})")))
            out.append("\n".join(filter(None, (s.image and f"![]({s.image})", line))))
        elif s.type in ("summary", "body"):
            if s.heading:
                level = 2 if s.type == "summary" else min(6, 1 + s.level)
                out.append(f"{'#' * level} {s.heading}")
            if s.type == "summary":
                out.extend(f"> {p}" for p in s.paragraphs)
            else:
                out.extend(s.paragraphs)
        elif s.type == "comments":
            out.append(f"## {s.heading or 'Comments'}")
            out.extend("\n".join(_comment_lines(c, 0)) for c in s.items)
        elif s.type == "related":
            out.append(f"## {s.heading or 'Related'}")
            items = []
            for item in s.items:
                title = f"[{item.title}]({item.url})" if item.url else item.title
                items.append(f"- **{title}**" + (f": {item.snippet}" if item.snippet else ""))
            out.append("\n".join(items))
        elif s.type == "boilerplate":
            out.append(f"<!-- {s.text} -->")
    return "\n\n".join(out) + "\n"
