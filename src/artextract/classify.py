"""The classifier: a table of small named rules that look at the blocks and their neighbours and vote.

A rule reads the page (its blocks, their features, its areas) and yields votes `(block index, label,
weight)` for the blocks its signal picks out; most rules look at a few blocks only, so a page costs
little however many rules there are. `classify` adds the votes per block, gives each block the label
with the highest total, and keeps every vote as a trace (what --explain shows). Rules never change a
block. They live in `artextract.rules`, one module per label they decide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .areas import Areas, find_areas
from .blocks import Block, Page
from .errors import UnknownOptionError
from .features import Features, blocks_to_read, compute_features
from .options import DEFAULT_OPTIONS, Options

#: the labels a block can get; the assembler turns runs of them into sections
LABELS = (
    "headline", "caption", "summary_heading", "summary", "heading", "body", "comments_heading", "comment",
    "related_heading", "related_item", "byline", "boilerplate", "meta",
)

#: a block no rule voted for is boilerplate (nothing is dropped silently: --explain shows it)
FALLBACK_LABEL = "boilerplate"


@dataclass(slots=True)
class Context:
    """What a rule may read: the page, its blocks' features and its page-level reading."""

    page: Page
    features: Features
    areas: Areas

    @property
    def blocks(self) -> list[Block]:
        return self.page.blocks

    def in_area(self, *names: str) -> Iterable[int]:
        """The indexes of the blocks in those areas."""
        area = self.areas.area
        return (i for i in range(len(area)) if area[i] in names)


Vote = tuple[int, str, float]
Rule = Callable[[Context], Iterable[Vote]]


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
    features = compute_features(page.blocks, blocks_to_read(page.blocks, page.format))
    ctx = Context(page=page, features=features, areas=find_areas(page, features))
    totals: list[dict[str, float]] = [{} for _ in page.blocks]
    votes: list[list[tuple[str, str, float]]] = [[] for _ in page.blocks]
    for name, rule in active_rules(options):
        for index, label, weight in rule(ctx):
            block_totals = totals[index]
            block_totals[label] = block_totals.get(label, 0.0) + weight
            votes[index].append((name, label, weight))
    result = []
    for block, block_totals, block_votes in zip(page.blocks, totals, votes):
        label = max(block_totals, key=block_totals.__getitem__) if block_totals else FALLBACK_LABEL
        if block_totals and block_totals[label] <= 0:
            label = FALLBACK_LABEL
        result.append(Classified(block=block, label=label, votes=block_votes))
    return result
