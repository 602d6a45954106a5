"""The classifier: a table of small named rules that look at the blocks and their neighbours and vote.

A rule reads the page (its blocks, their features, its areas) and casts its votes, a label and a weight,
for the blocks its signal picks out: `ctx.vote(index, label, weight)`, or `ctx.vote_all(indexes, label,
weight)` for many blocks at once. The context keeps each block's votes as `(rule, label, weight)`, in the
order the rules cast them, and one such tuple serves all the blocks that get the same vote from a rule in a
row (a vote is read, never changed): most votes are a rule's one vote for a whole area ("before", "core"),
and making and dropping a tuple of the rule's and another of the context's for each block cost some 10 M
instructions on the 88 scrapinghub text pages (callgrind), where rules that returned lists cost 33 M in all
and as generators 39 M. Most rules look at a few blocks only, so a page costs little however many rules
there are. `classify` gives each block the label with the highest total of its votes, and keeps every vote
as a trace (what --explain shows). Rules never change a block. They live in `artextract.rules`, one module
per label they decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, cast

from .areas import Areas, find_areas
from .blocks import Block, Page
from .errors import UnknownOptionError
from .features import Features, blocks_to_read, compute_features
from .options import DEFAULT_OPTIONS, Options

#: the labels a block can get; the assembler turns runs of them into sections
LABELS: Final = (
    "headline", "caption", "summary_heading", "summary", "heading", "body", "comments_heading", "comment",
    "related_heading", "related_item", "byline", "boilerplate", "meta",
)

#: a block no rule voted for is boilerplate (nothing is dropped silently: --explain shows it)
FALLBACK_LABEL: Final = "boilerplate"


class Context:
    """What a rule may read: the page, its blocks' features and its page-level reading; and where it
    casts its votes (see vote). (A plain class: a compiled build's dataclass takes no field typed object.)"""

    page: Page
    features: Features
    areas: Areas
    #: the indexes of the blocks of each area, in page order (read once: most rules walk one area)
    by_area: dict[str, list[int]]
    #: each block's votes so far, Vote tuples in the order cast (typed `object`: a compiled build would make
    #: a new tuple of a tuple-typed value each time it is put in a list)
    votes: list[list[object]]
    #: the rule that votes now (see begin), and the vote it cast last, shared by the blocks that get the
    #: same label and weight from it
    rule: str
    last_label: str
    last_weight: float
    last_vote: object

    def __init__(self, page: Page, features: Features, areas: Areas) -> None:
        self.page, self.features, self.areas = page, features, areas
        by_area: dict[str, list[int]] = {}
        self.by_area = by_area
        # areas come in runs of blocks (before, lead, core, after…): a block's list is looked up only where
        # a run starts, not for every block (no area is named "")
        name = ""
        indexes: list[int] = []
        for i, area in enumerate(areas.area):
            if area != name:
                name = area
                if name in by_area:
                    indexes = by_area[name]
                else:
                    indexes = by_area[name] = []
            indexes.append(i)
        self.votes = [[] for _ in page.blocks]
        self.rule, self.last_label, self.last_weight, self.last_vote = "", "", 0.0, None

    @property
    def blocks(self) -> list[Block]:
        return self.page.blocks

    def begin(self, rule: str) -> None:
        """The votes cast from now on are rule `rule`'s."""
        self.rule = rule
        self.last_label = ""  # (no label is "": the next vote is made anew)

    def vote(self, i: int, label: str, weight: float) -> None:
        """The rule votes for block i to get `label`, with `weight`."""
        # (the same label and weight as the rule's last vote: its tuple again; a weight of 0 is made anew,
        # as 0.0 and -0.0 are equal)
        if label != self.last_label or weight != self.last_weight or weight == 0.0:
            self.last_label, self.last_weight = label, weight
            self.last_vote = (self.rule, label, weight)
        self.votes[i].append(self.last_vote)

    def vote_all(self, indexes: list[int], label: str, weight: float) -> None:
        """The rule votes for each of the blocks `indexes` to get `label`, with `weight`. (A list: a compiled
        build reads its items by their place, where it asks any other iterable for each in turn.)"""
        if not weight:
            for i in indexes:
                self.vote(i, label, weight)
            return
        self.last_label, self.last_weight = label, weight
        vote = self.last_vote = (self.rule, label, weight)
        votes = self.votes
        for i in indexes:
            votes[i].append(vote)

    def votes_of(self, i: int) -> list[Vote]:
        """The votes block i got so far, (rule, label, weight) in the order cast."""
        return cast("list[Vote]", self.votes[i])

    def in_area(self, *names: str) -> list[int]:
        """The indexes of the blocks in those areas, in page order."""
        if len(names) == 1:
            return self.by_area.get(names[0], [])
        # (each area's list is in order: sort() merges them as the runs they are)
        merged: list[int] = []
        for name in names:
            merged.extend(self.by_area.get(name, []))
        merged.sort()
        return merged


#: a vote as a block keeps it: the rule's name, the label and the weight
Vote = tuple[str, str, float]
#: a rule casts its votes through the context (see Context.vote)
Rule = Callable[[Context], None]


def flagged(flags: list[bool]) -> list[int]:
    """The indexes of the true flags, in order: the blocks a signal picks out. (A loop, which a compiled
    build runs at a few instructions a flag; itertools.compress over count() made an int object for
    every flag, some 85 instructions a flag: callgrind.)"""
    return [i for i, flag in enumerate(flags) if flag]


@dataclass(slots=True, init=False)
class Classified:
    """One block with the label it got and the votes behind it (__init__ written out: see Block)."""

    block: Block
    label: str
    votes: list[tuple[str, str, float]] = field(default_factory=list)  # (rule, label, weight)

    def __init__(self, block: Block, label: str, votes: list[tuple[str, str, float]] | None = None) -> None:
        self.block = block
        self.label = label
        self.votes = [] if votes is None else votes


def active_rules(options: Options) -> list[tuple[str, Rule]]:
    """The rule table less the rules that the options switch off (an unknown name is an error)."""
    return list(_rules_without(frozenset(options.disabled_rules)))


@lru_cache(maxsize=64)
def _rules_without(disabled: frozenset[str]) -> tuple[tuple[str, Rule], ...]:
    from .rules import RULES

    known = {name for name, _ in RULES}
    unknown = sorted(disabled - known)
    if unknown:
        raise UnknownOptionError(f"unknown rule: {', '.join(unknown)}")
    return tuple((name, rule) for name, rule in RULES if name not in disabled)


def classify(page: Page, options: Options = DEFAULT_OPTIONS) -> list[Classified]:
    """Label every block of the page."""
    features = compute_features(page.blocks, blocks_to_read(page.blocks, page.format))
    ctx = Context(page=page, features=features, areas=find_areas(page, features))
    for name, rule in _rules_without(frozenset(options.disabled_rules)):
        ctx.begin(name)
        rule(ctx)
    # (each block's list holds Vote tuples only: the cast reads the list's type, not its items')
    votes = cast("list[list[Vote]]", ctx.votes)
    return [Classified(block=block, label=_winner(block_votes), votes=block_votes)
            for block, block_votes in zip(page.blocks, votes)]


def _winner(votes: list[tuple[str, str, float]]) -> str:
    """The label with the highest total weight (the first to get a vote among equals), or the
    fallback when no label has a positive total."""
    if len(votes) == 1:  # most blocks: one rule's say
        _, label, weight = votes[0]
        return label if weight > 0 else FALLBACK_LABEL
    if len(votes) == 2:  # many others: the two votes read once each, as the loop below adds them up
        _, first, first_weight = votes[0]
        _, second, second_weight = votes[1]
        if first == second:
            return first if 0.0 + first_weight + second_weight > 0 else FALLBACK_LABEL
        if second_weight > first_weight and second_weight > 0:
            return second
        return first if first_weight > 0 else FALLBACK_LABEL
    # each label's total, added up in the votes' order, read where the label first comes (a block gets a few
    # votes: reading them again for each label costs less than a dict of totals)
    winner, best = FALLBACK_LABEL, 0.0
    for k in range(len(votes)):
        label = votes[k][1]
        if any(votes[j][1] == label for j in range(k)):
            continue  # (added up where it first came)
        total = 0.0
        for j in range(k, len(votes)):
            if votes[j][1] == label:
                total += votes[j][2]
        if total > best:
            winner, best = label, total
    return winner
