"""Golden files: every sample page in samples/ against its expected JSON in tests/golden/.

Rewrite them with `pytest --update-golden` and review the diff like code.
"""

from __future__ import annotations

import json

import pytest

from artextract import extract

from .conftest import GOLDEN, ROOT, SAMPLES

CASES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".htm"))


def _extract(sample):
    article = extract(sample.read_bytes(), path=str(sample.relative_to(ROOT)))
    return article.to_dict()


@pytest.mark.parametrize("sample", CASES, ids=[p.name for p in CASES])
def test_sample_matches_golden(sample, update_golden: bool) -> None:
    golden = GOLDEN / (sample.stem + ".json")
    got = _extract(sample)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {sample.name}: run pytest --update-golden and review it"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_every_golden_file_has_its_sample() -> None:
    stems = {p.stem for p in CASES}
    orphans = [p.name for p in GOLDEN.glob("*.json") if p.stem not in stems]
    assert not orphans, f"golden files without a sample: {orphans}"


def test_there_are_enough_samples() -> None:
    assert len([p for p in CASES if p.suffix == ".txt"]) >= 8
    assert len([p for p in CASES if p.suffix == ".html"]) >= 5
