"""Score floors on the shared development corpus (../shared/corpus): a change that loses accuracy
fails here. Floors sit a little under the figures measured when they were set; raise them as the
extractor improves. The issues' targets are measured with bench/compare.py, not here."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import pytest

from artextract import ArtextractError, extract

from .conftest import SHARED

#: (corpus, input) → {figure: floor}
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("scrapinghub", "html"): {"body_f1": 0.975},
    ("readability", "html"): {"body_f1": 0.965, "headline_exact": 0.72, "subheading_recall": 0.91,
                              "subheading_precision": 0.85, "caption_recall": 0.95, "authors_match": 0.86,
                              "date_match": 0.83},
    ("trafilatura", "html"): {"snippet_f1": 0.94, "headline_exact": 0.855, "comments_recall": 0.72,
                              "authors_match": 0.80, "date_match": 0.90},
    ("scrapinghub", "text"): {"body_f1": 0.91},
    ("readability", "text"): {"body_f1": 0.925, "headline_exact": 0.40, "subheading_recall": 0.79,
                              "authors_match": 0.62},
    ("trafilatura", "text"): {"snippet_f1": 0.885, "headline_exact": 0.725, "comments_recall": 0.62,
                              "authors_match": 0.585},
    # text from another converter (inscriptis): the same figures, within 0.03 of the browser text's
    ("scrapinghub", "inscriptis"): {"body_f1": 0.91},
    ("readability", "inscriptis"): {"body_f1": 0.915, "headline_exact": 0.41, "subheading_recall": 0.78},
    ("trafilatura", "inscriptis"): {"snippet_f1": 0.875, "headline_exact": 0.715, "comments_recall": 0.63},
}
#: figures where lower is better: ceilings
CEILINGS: dict[tuple[str, str], dict[str, float]] = {
    ("trafilatura", "html"): {"comments_false_pages": 0.05},
    ("trafilatura", "text"): {"comments_false_pages": 0.06},
}


@cache
def _scorer():
    path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: the folder of each input: the pages as HTML, the text a browser copies, inscriptis' text
_FOLDERS: dict[str, str] = {"html": "pages", "text": "text-browser", "inscriptis": "text-inscriptis"}


def _inputs(corpus: Path, fmt: str) -> list[Path]:
    return sorted((corpus / _FOLDERS[fmt]).iterdir())


@cache
def _figures(name: str, fmt: str, tmp: Path) -> dict:
    corpus = SHARED / "corpus" / name
    if not corpus.exists():
        pytest.skip(f"../shared/corpus/{name} not here: the corpus floors need the shared corpus")
    out = tmp / f"{name}-{fmt}.jsonl"
    with out.open("w", encoding="utf-8") as sink:
        for path in _inputs(corpus, fmt):
            try:
                record = extract(path.read_bytes(), input_format="html" if fmt == "html" else "text",
                                 path=str(path)).to_dict()
            except ArtextractError as exc:
                record = {"source": {"path": str(path)}, "error": {"code": exc.code, "message": str(exc)}}
            sink.write(json.dumps(record) + "\n")
    inputs = str(corpus / _FOLDERS[fmt]) if fmt != "html" else None
    return _scorer().score(str(corpus), str(out), inputs)


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


@pytest.mark.parametrize("name, fmt", sorted(FLOORS), ids=[f"{n}-{f}" for n, f in sorted(FLOORS)])
def test_corpus_floors(name: str, fmt: str, scratch: Path) -> None:
    figures = _figures(name, fmt, scratch)
    assert figures["errors"] == 0 and figures["missing"] == 0
    low = {k: (figures.get(k), floor) for k, floor in FLOORS[(name, fmt)].items() if (figures.get(k) or 0) < floor}
    high = {k: (figures.get(k), ceiling) for k, ceiling in CEILINGS.get((name, fmt), {}).items()
            if (figures.get(k) or 0) > ceiling}
    assert not low and not high, f"below floor: {low}; above ceiling: {high}"
