"""The classifier: a table of small named rules that look at a block and its neighbours and vote.

Each rule returns one vote `(label, weight)` or None. `classify` adds the votes per label, gives each
block the label with the highest total, and keeps every vote as a trace (what --explain shows).
Rules never change a block. They live in `artextract.rules`, one module per label they decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .areas import Areas, find_areas
from .blocks import Block, Page
from .errors import UnknownOptionError
from .options import DEFAULT_OPTIONS, Options

#: the labels a block can get; the assembler turns runs of them into sections
LABELS = (
    "headline", "caption", "summary_heading", "summary", "heading", "body", "comments_heading", "comment",
    "related_heading", "related_item", "byline", "boilerplate", "meta",
)

#: a block no rule voted for is body inside the core and boilerplate elsewhere (see rules.body)
FALLBACK_LABEL = "boilerplate"


@dataclass(slots=True)
class Context:
    """What a rule may read besides its block: the page and its page-level reading."""

    page: Page
    areas: Areas

    @property
    def blocks(self) -> list[Block]:
        return self.page.blocks

    def prev(self, block: Block, step: int = 1) -> Block | None:
        i = block.index - step
        return self.page.blocks[i] if i >= 0 else None

    def next(self, block: Block, step: int = 1) -> Block | None:
        i = block.index + step
        return self.page.blocks[i] if i < len(self.page.blocks) else None

    def area(self, block: Block) -> str:
        return self.areas.area[block.index]

    def is_prose(self, block: Block) -> bool:
        return self.areas.prose[block.index]


VoteResult = tuple[str, float] | None
Rule = Callable[[Block, Context], VoteResult]


@dataclass(slots=True)
class Classified:
    """One block with the label it got and the votes behind it."""

    block: Block
    label: str
    votes: list[tuple[str, str, float]] = field(default_factory=list)  # (rule, label, weight)


def active_rules(options: Options) -> list[tuple[str, Rule]]:
    """The rule table less the rules that the options switch off (an unknown name is an error)."""
    from .rules import RULES

    known = {name for name, _ in RULES}
    unknown = sorted(set(options.disabled_rules) - known)
    if unknown:
        raise UnknownOptionError(f"unknown rule: {', '.join(unknown)}")
    return [(name, rule) for name, rule in RULES if name not in options.disabled_rules]


def classify(page: Page, options: Options = DEFAULT_OPTIONS) -> list[Classified]:
    """Label every block of the page."""
    rules = active_rules(options)
    ctx = Context(page=page, areas=find_areas(page))
    result: list[Classified] = []
    for block in page.blocks:
        totals: dict[str, float] = {}
        votes: list[tuple[str, str, float]] = []
        for name, rule in rules:
            vote = rule(block, ctx)
            if vote is None:
                continue
            label, weight = vote
            totals[label] = totals.get(label, 0.0) + weight
            votes.append((name, label, weight))
        label = max(totals, key=totals.__getitem__) if totals else FALLBACK_LABEL
        if totals and totals[label] <= 0:
            label = FALLBACK_LABEL
        result.append(Classified(block=block, label=label, votes=votes))
    return result
