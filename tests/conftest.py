"""Shared test fixtures: paths, the shared corpus (where it exists), and --update-golden."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# no deadline for a property test's examples: tests hold no timing assertions, and on a loaded machine an
# example that takes longer than hypothesis's 200 ms default failed a run that found no fault
settings.register_profile("artextract", deadline=None)
settings.load_profile("artextract")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the samples")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def need_shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not here ({path} missing): the shared corpus and seed are needed")
    return path


@pytest.fixture
def break_on():
    """`break_on(word)` makes the classifier raise ZeroDivisionError on pages whose text holds `word`: a
    stand-in for a bug that one page triggers. It swaps an entry of the rule table, which the classifier
    calls through, so it works on a compiled build too."""
    from artextract import classify as classify_module
    from artextract.rules import RULES

    first = RULES[0]

    def install(word: str) -> None:
        name, rule = first

        def broken(ctx):  # type: ignore[no-untyped-def]
            if any(word in block.text for block in ctx.page.blocks):
                raise ZeroDivisionError("division by zero")
            return rule(ctx)

        RULES[0] = (name, broken)
        classify_module._rules_without.cache_clear()

    try:
        yield install
    finally:
        RULES[0] = first
        classify_module._rules_without.cache_clear()
