"""The --explain listing: every block, the label it got, the votes for and against, its origin."""

from __future__ import annotations

from ..model import Article

#: how much of a block's text the listing shows
PREVIEW_CHARS = 70


def render_explain(article: Article) -> str:
    """One entry per block: "#index label origin kind", its text, and the votes behind the label."""
    lines: list[str] = []
    for t in article.trace or []:
        text = t.text.replace("\n", " ")
        preview = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        lines.append(f"#{t.index:<4} {t.label:<16} {t.origin} ({t.kind})")
        lines.append(f"      {preview!r}")
        won = [v for v in t.votes if v.label == t.label]
        lost = [v for v in t.votes if v.label != t.label]
        if won:
            lines.append("      for:     " + ", ".join(f"{v.rule} +{v.weight:g}" for v in won))
        if lost:
            lines.append("      against: " + ", ".join(f"{v.rule} +{v.weight:g} ({v.label})" for v in lost))
        if not t.votes:
            lines.append("      no rule voted: fallback label")
    return "\n".join(lines) + "\n"
