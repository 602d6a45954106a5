"""The classifier's rule table, in order. Each rule is named after the signal it detects.

Switch a rule off by name with `Options(disabled_rules={"name"})` (CLI: `--disable-rule name`).
"""

from __future__ import annotations

from ..classify import Rule
from . import body, boilerplate, caption, comments, headline, related, summary

RULES: list[tuple[str, Rule]] = [
    ("document_title", headline.document_title),
    ("chosen_headline", headline.chosen_headline),
    ("headline_echo", headline.headline_echo),
    ("caption_element", caption.caption_element),
    ("ends_with_credit", caption.ends_with_credit),
    ("credit_line", caption.credit_line),
    ("labelled_caption", caption.labelled_caption),
    ("under_image_label", caption.under_image_label),
    ("summary_label", summary.summary_label),
    ("under_summary_label", summary.under_summary_label),
    ("summary_element", summary.summary_element),
    ("dek_above_byline", summary.dek_above_byline),
    ("in_core", body.in_core),
    ("prose_in_lead", body.prose_in_lead),
    ("body_label", body.body_label),
    ("heading_element", body.heading_element),
    ("short_line_between_prose", body.short_line_between_prose),
    ("listed_in_contents", body.listed_in_contents),
    ("comments_heading", comments.comments_heading),
    ("comment_markup", comments.comment_markup),
    ("in_comment_area", comments.in_comment_area),
    ("related_heading", related.related_heading),
    ("in_related_area", related.in_related_area),
    ("related_heading_in_article", related.related_heading_in_article),
    ("teasers_in_article", related.teasers_in_article),
    ("outside_article", boilerplate.outside_article),
    ("boilerplate_words", boilerplate.boilerplate_words),
    ("repeated_line", boilerplate.repeated_line),
    ("symbols_only", boilerplate.symbols_only),
    ("furniture_zone", boilerplate.furniture_zone),
    ("link_heavy", boilerplate.link_heavy),
    ("byline", boilerplate.byline),
    ("author_box", boilerplate.author_box),
]

RULE_NAMES = tuple(name for name, _ in RULES)
