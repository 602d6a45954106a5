"""The public article model: what `extract` returns and what the JSON output is.

Field names here are a public contract (the JSON shape scripts rely on); add, never rename.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .jsonable import model_dict

SectionType = Literal["headline", "caption", "summary", "body", "comments", "related", "boilerplate"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """Where the input came from."""

    path: str | None = None
    url: str | None = None
    format: Literal["html", "text"] | None = None


class Metadata(_Model):
    """What is known about the article apart from its sections. Dates are ISO 8601."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    url: str | None = None
    image: str | None = None
    tags: list[str] = Field(default_factory=list)


class Headline(_Model):
    """The article's title as the page shows it."""

    type: Literal["headline"] = "headline"
    text: str


class Caption(_Model):
    """An image caption, its photo credit split off."""

    type: Literal["caption"] = "caption"
    text: str
    credit: str | None = None
    image: str | None = None

    def credit_to_show(self) -> str | None:
        """The credit, unless the text shows it already ("Photo by Jane Doe" credits Jane Doe)."""
        return self.credit if self.credit and self.credit not in self.text else None


class Summary(_Model):
    """A dek, standfirst or labelled summary shown on the page."""

    type: Literal["summary"] = "summary"
    heading: str | None = None
    paragraphs: list[str] = Field(default_factory=list)
    text: str = ""


class Body(_Model):
    """A run of article content under one heading (heading None for the run before any)."""

    type: Literal["body"] = "body"
    heading: str | None = None
    #: 1 for a top-level part, 2 and more for sub-headings below it
    level: int = 1
    paragraphs: list[str] = Field(default_factory=list)
    text: str = ""


class Comment(_Model):
    """One comment, with the replies to it."""

    author: str | None = None
    date: str | None = None
    text: str = ""
    replies: list[Comment] = Field(default_factory=list)


class Comments(_Model):
    """The page's comment area."""

    type: Literal["comments"] = "comments"
    heading: str | None = None
    #: the number of comments the page states, or the number of items found
    count: int | None = None
    items: list[Comment] = Field(default_factory=list)
    text: str = ""


class RelatedItem(_Model):
    """One entry of a related or popular posts list."""

    title: str
    url: str | None = None
    snippet: str | None = None


class Related(_Model):
    """A related, popular or recommended posts list."""

    type: Literal["related"] = "related"
    heading: str | None = None
    items: list[RelatedItem] = Field(default_factory=list)
    text: str = ""


class Boilerplate(_Model):
    """Navigation, share lines, ads and labels: shown only with keep_boilerplate."""

    type: Literal["boilerplate"] = "boilerplate"
    text: str


Section = Annotated[
    Headline | Caption | Summary | Body | Comments | Related | Boilerplate,
    Field(discriminator="type"),
]


class Vote(_Model):
    """One rule's vote on one block."""

    rule: str
    label: str
    weight: float


class BlockTrace(_Model):
    """How one block of the input was classified (kept when explaining)."""

    index: int
    origin: str
    kind: str
    text: str
    label: str
    votes: list[Vote] = Field(default_factory=list)


class Article(_Model):
    """One extracted article: its source, metadata and typed sections in page order."""

    source: Source = Field(default_factory=Source)
    metadata: Metadata = Field(default_factory=Metadata)
    sections: list[Section] = Field(default_factory=list)
    #: per-block classification, present only when explaining
    trace: list[BlockTrace] | None = None

    def sections_of(self, type_: str) -> list[Any]:
        """The sections of one type, in page order."""
        return [s for s in self.sections if s.type == type_]

    @property
    def headline(self) -> str | None:
        """The headline's text, or None."""
        found = self.sections_of("headline")
        return found[0].text if found else None

    @property
    def summary_text(self) -> str:
        """The text of the summary sections, blank-line separated."""
        return "\n\n".join(s.text for s in self.sections_of("summary") if s.text)

    @property
    def body_text(self) -> str:
        """The article's body text: every body section, headings included, blank-line separated."""
        parts: list[str] = []
        for s in self.sections_of("body"):
            if s.heading:
                parts.append(s.heading)
            if s.text:
                parts.append(s.text)
        return "\n\n".join(parts)

    @property
    def captions(self) -> list[Caption]:
        return self.sections_of("caption")

    @property
    def comments(self) -> list[Comment]:
        """Every comment item of every comments section (top level; replies nested)."""
        return [c for s in self.sections_of("comments") for c in s.items]

    @property
    def related(self) -> list[RelatedItem]:
        return [i for s in self.sections_of("related") for i in s.items]

    @property
    def is_empty(self) -> bool:
        """True when no article content was found (no headline, summary or body text)."""
        return not any(s.type in ("headline", "summary", "body") and (s.text or getattr(s, "heading", None))
                       for s in self.sections)

    def to_dict(self) -> dict[str, Any]:
        """The article as the JSON output has it."""
        # (model_dump(mode="json", exclude={"trace"} if there is none), the cheaper way: see jsonable)
        return model_dict(self, "trace" if self.trace is None else "")


class ErrorInfo(_Model):
    code: str
    message: str


class ErrorRecord(_Model):
    """A JSON Lines record for an input that could not be read."""

    source: Source
    error: ErrorInfo
