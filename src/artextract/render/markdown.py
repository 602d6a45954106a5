"""Markdown: the headline as "#", sub-headings by level, captions as emphasis, lists for the rest.

The page's text stays text: what CommonMark would read as markup in it is escaped ("*" and "_" that would
make emphasis, "[" of a link, "<" of raw HTML, a "#", "-", "1." or ">" that would open a heading, a list
or a quote at a line's start), the lines of a paragraph stay lines (hard breaks), and addresses are
written so that a space or a parenthesis in them does not end them.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Article, Comment

#: what CommonMark reads as markup wherever it stands in a line: a backslash, a code span's backtick,
#: emphasis, a link's brackets, raw HTML's angle brackets, a character reference ("&amp;")
_INLINE_MARKUP: Final = re.compile(r"[\\`*_\[\]<>]|&(?=#?\w+;)")
#: what opens a block at a line's start (after up to three spaces): an ATX heading, a list item (bullet or
#: ordered), a setext underline of "=" or "-", a thematic break of "-" ("---", "- - -"), a fence of "~"
_BLOCK_START: Final = re.compile(r" {0,3}(?:(#{1,6}|[+-]|\d{1,9}[.)])(?=[ \t]|$)|(=+[ \t]*$|(?:-[ \t]*){2,}$)|~~~)")
#: runs of backticks, which a code block's fence must be longer than
_BACKTICKS: Final = re.compile(r"`+")
#: what ends an address in a link's parentheses, or makes it no address: written percent-encoded
_URL_UNSAFE: Final = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "\n": "%0A"}


def _escaped(text: str) -> str:
    """The page's text with a backslash before each character CommonMark would read as inline markup."""
    return _INLINE_MARKUP.sub(r"\\\g<0>", text)


def _line(text: str) -> str:
    """One line of the page's text as Markdown that shows it as it is."""
    line = _escaped(text.lstrip(" \t"))
    match = _BLOCK_START.match(line)
    if match:
        # the backslash before the marker's last character ("\#", "\-", "1\.", "~~\~"), where it escapes it
        at = match.end(1) - 1 if match[1] else match.start(2) if match[2] else match.end() - 1
        line = f"{line[:at]}\\{line[at:]}"
    return line


def _lines(text: str) -> list[str]:
    """The page's text as Markdown lines: each of its lines escaped (see _line)."""
    return [_line(line) for line in text.split("\n")]


def _paragraph(text: str, prefix: str = "") -> str:
    """A paragraph of the page's text: its lines, each after `prefix` ("> " in a quote), held together by
    hard breaks (a backslash at the end of a line), as Markdown would join them into one line. A paragraph
    with an indented line is preformatted text (white space is folded in all others): a code block, in a
    fence longer than any run of backticks in it."""
    if prefix == "" and any(line[:1] in (" ", "\t") for line in text.split("\n")):
        fence = "`" * max(3, 1 + max((len(run) for run in _BACKTICKS.findall(text)), default=0))
        return f"{fence}\n{text}\n{fence}"
    return "\\\n".join(f"{prefix}{line}" for line in _lines(text))


def _inline(text: str) -> str:
    """The page's text inside one Markdown line (a heading, a link's text, emphasis): lines joined by spaces."""
    return _escaped(" ".join(text.split()))


def _heading(level: int, text: str) -> str:
    """An ATX heading; a "#" at the end of its text is escaped, where it would close the heading."""
    inline = _inline(text)
    if inline.endswith("#"):
        inline = inline[:-1] + "\\#"
    return f"{'#' * level} {inline}"


def _url(url: str) -> str:
    """An address as a link's destination: what would end it or make it none percent-encoded."""
    return "".join(_URL_UNSAFE.get(c, c) for c in url) if any(c in _URL_UNSAFE for c in url) else url


def _comment_lines(comment: Comment, depth: int) -> list[str]:
    indent = "  " * depth
    who = " · ".join(filter(None, (comment.author, comment.date)))
    lines = [f"{indent}- **{_inline(who)}**" if who else f"{indent}-"]
    text = _lines(comment.text)
    # (a line with a line after it in its paragraph ends in a hard break)
    lines += [f"{indent}  {line}" + ("\\" if at + 1 < len(text) and text[at + 1] else "") if line else ""
              for at, line in enumerate(text)]
    for reply in comment.replies:
        lines += _comment_lines(reply, depth + 1)
    return lines


def render_markdown(article: Article) -> str:
    out: list[str] = []
    for s in article.sections:
        if s.type == "headline":
            out.append(_heading(1, s.text))
        elif s.type == "caption":
            credit = s.credit_to_show()
            line = " ".join(filter(None, (s.text and f"*{_inline(s.text)}*", credit and f"({_inline(credit)})")))
            out.append("\n".join(filter(None, (s.image and f"![]({_url(s.image)})", line))))
        elif s.type in ("summary", "body"):
            if s.heading:
                out.append(_heading(2 if s.type == "summary" else min(6, 1 + s.level), s.heading))
            prefix = "> " if s.type == "summary" else ""
            out.extend(_paragraph(p, prefix) for p in s.paragraphs)
        elif s.type == "comments":
            out.append(_heading(2, s.heading or "Comments"))
            out.extend("\n".join(_comment_lines(c, 0)) for c in s.items)
        elif s.type == "related":
            out.append(_heading(2, s.heading or "Related"))
            items = []
            for item in s.items:
                title = f"[{_inline(item.title)}]({_url(item.url)})" if item.url else _inline(item.title)
                items.append(f"- **{title}**" + (f": {_inline(item.snippet)}" if item.snippet else ""))
            out.append("\n".join(items))
        elif s.type == "boilerplate":
            out.append(f"<!-- {' '.join(s.text.split()).replace('--', '- -')} -->")
    return "\n\n".join(out) + "\n"
