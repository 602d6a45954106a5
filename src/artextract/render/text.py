"""Plain text: the article as a person would read it, headings on lines of their own."""

from __future__ import annotations

from ..model import Article, Comment


def _comment_lines(comment: Comment, depth: int) -> list[str]:
    indent = "    " * depth
    who = " · ".join(filter(None, (comment.author, comment.date)))
    lines = [f"{indent}{who}"] if who else []
    lines += [f"{indent}{line}" for line in comment.text.split("\n")]
    for reply in comment.replies:
        lines += ["", *_comment_lines(reply, depth + 1)]
    return lines


def render_text(article: Article) -> str:
    out: list[str] = []
    for s in article.sections:
        if s.type == "headline":
            out.append(s.text)
        elif s.type == "caption":
            credit = s.credit_to_show()
            out.append(" ".join(filter(None, (s.text, credit and f"({credit})"))))
        elif s.type in ("summary", "body"):
            if s.heading:
                out.append(s.heading)
            out.extend(s.paragraphs)
        elif s.type == "comments":
            out.append(s.heading or "Comments")
            out.extend("\n".join(_comment_lines(c, 0)) for c in s.items)
        elif s.type == "related":
            out.append(s.heading or "Related")
            out.extend("\n".join(filter(None, (i.title, i.snippet))) for i in s.items)
        elif s.type == "boilerplate":
            out.append(s.text)
    return "\n\n".join(out) + "\n"
