#!/usr/bin/env python3
"""Compare artextract with peer extractors on a corpus folder: speed and the shared scorer's figures.

usage: python bench/compare.py CORPUS_DIR [--tools artextract,trafilatura,readability,resiliparse]
                               [--input-format html|text] [--text-dir DIR] [--out bench/out]
                               [--repeat 1] [--score PATH]

All inputs are read into memory first (CORPUS_DIR/pages/*.html.gz, or the text rendition in
CORPUS_DIR/text-browser/*.txt or --text-dir). Then, for each tool in one process, only the extraction
over all pages is timed (time.perf_counter; with --repeat N the median of N passes, and the first pass
apart: for artextract it is the slow one, its caches of class names and lines still empty). The passes run in
rounds, each tool once per round in turn, so that a machine that speeds up or slows down during the run (a
shared one does) weighs on every tool alike; "artextract × faster" is the median over the rounds of how many times
longer the tool's pass took than artextract's in the same round, and "× in rounds" the lowest and highest of those
(the first round left out, with --repeat 3 or more). Each tool's articles
go to OUT/<corpus>-<tool>[-text].jsonl in the scorer's shape, the scorer (../shared/tools/score.py from
the repo root, or --score) scores them, and one markdown table is printed: tool | pages/s | figures.

A tool whose library cannot be imported is skipped with a one-line note on stderr.
For text input, peers get the text with every non-empty line wrapped in <p> (as corpus/baselines.md).

    python bench/compare.py ../shared/corpus/scrapinghub
    python bench/compare.py ../shared/corpus/readability --input-format text --tools artextract,trafilatura
"""
from __future__ import annotations

import argparse
import gzip
import html
import importlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = REPO_ROOT.parent / "shared" / "tools" / "score.py"
DEFAULT_TOOLS = "artextract,trafilatura,readability,resiliparse"
# Keys of the scorer's result that describe the run rather than measure the tool.
SCORE_CONTEXT_KEYS = ("corpus", "pages")
# What readability-lxml gives as the title of a page without one; reported as no headline.
READABILITY_NO_TITLE = "[no-title]"
# Control characters lxml refuses in a string (a few corpus pages carry them in their text).
XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Page:
    """One input, loaded before any timing starts."""

    name: str
    data: bytes
    """What artextract gets: the saved HTML or the copied text, as bytes."""
    peer_html: bytes
    """What the peers get: the same HTML, or the text with each line wrapped in <p>."""
    input_format: str


@dataclass
class Extraction:
    """What a peer found, before it is put into the scorer's record shape."""

    headline: str | None = None
    body: str = ""
    comments: str = ""
    authors: list[str] = field(default_factory=list)
    published: str | None = None

    def to_record(self, path: str) -> dict[str, Any]:
        sections = [{"type": "headline", "text": self.headline}] if self.headline else []
        sections.append({"type": "body", "text": self.body})
        if self.comments:
            sections.append({"type": "comments", "text": self.comments})
        return {"source": {"path": path},
                "metadata": {"authors": self.authors, "published": self.published},
                "sections": sections}


@dataclass(frozen=True)
class Tool:
    """A tool to benchmark: the module it needs, the distribution that gives its version, and how to run it."""

    module: str
    distribution: str
    run: Callable[[Page], dict[str, Any]]


# --- inputs -----------------------------------------------------------------------------------------


def lines_as_html(text: str) -> bytes:
    """Text as the peers get it: every non-empty line an HTML paragraph."""
    paragraphs = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return f'<html><head><meta charset="utf-8"></head><body>\n{paragraphs}\n</body></html>'.encode()


def load_html_pages(pages_dir: Path) -> list[Page]:
    pages = []
    for path in sorted(pages_dir.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        pages.append(Page(path.name, data, data, "html"))
    return pages


def load_text_pages(text_dir: Path) -> list[Page]:
    pages = []
    for path in sorted(text_dir.glob("*.txt")):
        data = path.read_bytes()
        pages.append(Page(path.name, data, lines_as_html(data.decode("utf-8", "replace")), "text"))
    return pages


# --- adapters: one per tool -------------------------------------------------------------------------


def run_artextract(page: Page) -> dict[str, Any]:
    from artextract import extract

    record = extract(page.data, input_format=page.input_format).to_dict()
    record.setdefault("source", {})
    record["source"] = dict(record["source"] or {}, path=page.name)
    return record


def run_trafilatura(page: Page) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(page.peer_html, include_comments=True, with_metadata=True)
    if doc is None:
        return Extraction().to_record(page.name)
    found = doc if isinstance(doc, dict) else doc.as_dict()
    authors = [a.strip() for a in (found.get("author") or "").split(";") if a.strip()]
    return Extraction(headline=found.get("title"), body=found.get("text") or "",
                      comments=found.get("comments") or "", authors=authors,
                      published=found.get("date")).to_record(page.name)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, with a line break after each block so words do not run together."""
    import lxml.html

    tree = lxml.html.fromstring(XML_INCOMPATIBLE.sub("", fragment))
    for element in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote",
                             "pre", "figcaption"):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content().strip()


def run_readability(page: Page) -> dict[str, Any]:
    from readability import Document

    doc = Document(page.peer_html)
    title = doc.short_title()
    headline = None if title == READABILITY_NO_TITLE else title
    return Extraction(headline=headline, body=fragment_text(doc.summary())).to_record(page.name)


def run_resiliparse(page: Page) -> dict[str, Any]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    encoding = detect_encoding(page.peer_html) or "utf-8"
    tree = HTMLTree.parse(bytes_to_str(page.peer_html, encoding))
    return Extraction(headline=tree.title or None,
                      body=extract_plain_text(tree, main_content=True)).to_record(page.name)


TOOLS: dict[str, Tool] = {
    "artextract": Tool("artextract", "artextract", run_artextract),
    "trafilatura": Tool("trafilatura", "trafilatura", run_trafilatura),
    "readability": Tool("readability", "readability-lxml", run_readability),
    "resiliparse": Tool("resiliparse.extract.html2text", "resiliparse", run_resiliparse),
}


# --- running and scoring ----------------------------------------------------------------------------


def importable(name: str, tool: Tool) -> bool:
    """Import the tool's library up front, so a missing one is skipped and import time is not timed."""
    try:
        importlib.import_module(tool.module)
    except Exception as exc:  # any import failure means "skip this tool"
        print(f"note: skipping {name}: cannot import {tool.module} ({type(exc).__name__}: {exc})", file=sys.stderr)
        return False
    return True


def extract_all(tool: Tool, pages: list[Page]) -> list[dict[str, Any]]:
    """One pass over all pages; a page that raises becomes an error record, as the scorer expects."""
    records = []
    for page in pages:
        try:
            records.append(tool.run(page))
        except Exception as exc:  # one failing page must not stop the run
            records.append({"source": {"path": page.name}, "error": {"code": type(exc).__name__,
                                                                     "message": str(exc)[:200]}})
    return records


def timed_rounds(tools: dict[str, Tool], pages: list[Page], repeat: int
                 ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[float]]]:
    """Each tool's records of its last pass, and the seconds of each of its `repeat` passes: in rounds,
    every tool once per round, in turn."""
    records: dict[str, list[dict[str, Any]]] = {}
    seconds: dict[str, list[float]] = {name: [] for name in tools}
    for _ in range(max(1, repeat)):
        for name, tool in tools.items():
            start = time.perf_counter()
            records[name] = extract_all(tool, pages)
            seconds[name].append(time.perf_counter() - start)
    return records, seconds


def round_ratios(passes: list[float], artextract_passes: list[float]) -> list[float]:
    """How many times longer a tool's pass took than artextract's, round by round (the first round left
    out when there are several: artextract's first pass fills its caches)."""
    pairs = list(zip(passes, artextract_passes))
    if len(pairs) > 1:
        pairs = pairs[1:]
    return [mine / theirs for mine, theirs in pairs if theirs > 0]


def times_artextract(passes: list[float], artextract_passes: list[float]) -> float | None:
    """The median over the rounds of round_ratios."""
    ratios = round_ratios(passes, artextract_passes)
    return round(statistics.median(ratios), 2) if ratios else None


def ratio_range(passes: list[float], artextract_passes: list[float]) -> str | None:
    """The lowest and highest of round_ratios ("9.6-10.2"), where there are several rounds: how much the
    machine's swings move the median's rounds."""
    ratios = round_ratios(passes, artextract_passes)
    return f"{min(ratios):.2f}-{max(ratios):.2f}" if len(ratios) > 1 else None


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("artextract_bench_score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"Error: cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tool_version(tool: Tool) -> str:
    try:
        version = importlib.metadata.version(tool.distribution)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{version} ({artextract_build()})" if tool.module == "artextract" else version


def artextract_build() -> str:
    """Whether the artextract that runs is the compiled build (ARTEXTRACT_COMPILE=1) or pure Python."""
    spec = importlib.util.find_spec("artextract.front_html")
    origin = spec.origin if spec is not None else None
    return "compiled with mypyc" if origin and not origin.endswith(".py") else "pure Python"


# --- report -----------------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_lines(versions: dict[str, str]) -> list[str]:
    tools = ", ".join(f"{name} {version}" for name, version in versions.items())
    machine = (f"machine: {platform.platform()}; {cpu_model()}; {os.cpu_count()} CPUs; "
               f"Python {platform.python_version()}")
    return [machine, f"tools: {tools}"]


def markdown_table(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    lines = ["| " + " | ".join(columns) + " |", "| " + " | ".join("---" for _ in columns) + " |"]
    lines += ["| " + " | ".join("" if row.get(c) is None else str(row.get(c)) for c in columns) + " |"
              for row in rows]
    return "\n".join(lines)


# --- main -------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus_dir", type=Path, help="a corpus folder with pages/, text-browser/, truth.jsonl")
    parser.add_argument("--tools", default=DEFAULT_TOOLS, help=f"comma-separated, from: {', '.join(TOOLS)}")
    parser.add_argument("--input-format", choices=("html", "text"), default="html")
    parser.add_argument("--text-dir", type=Path, help="text renditions to use (default CORPUS_DIR/text-browser)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out", help="where JSONL files go")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per tool; the median is reported")
    parser.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="path to the shared score.py")
    args = parser.parse_args(argv)
    unknown = [name for name in args.tools.split(",") if name not in TOOLS]
    if unknown:
        parser.error(f"unknown tool(s): {', '.join(unknown)} (choose from {', '.join(TOOLS)})")
    return args


def output_suffix(args: argparse.Namespace) -> str:
    """"" for HTML, "-text" for the browser text, "-<folder>" for another text rendition (text-inscriptis)."""
    if args.input_format == "html":
        return ""
    if args.text_dir is None or args.text_dir.resolve() == (args.corpus_dir / "text-browser").resolve():
        return "-text"
    return "-" + args.text_dir.resolve().name


def load_pages(args: argparse.Namespace) -> tuple[list[Page], Path | None]:
    """The pages, and the folder to pass the scorer as --inputs (None for HTML: every page counts)."""
    if args.input_format == "html":
        return load_html_pages(args.corpus_dir / "pages"), None
    text_dir = args.text_dir or args.corpus_dir / "text-browser"
    return load_text_pages(text_dir), text_dir


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pages, inputs = load_pages(args)
    if not pages:
        sys.exit(f"Error: no {args.input_format} inputs found under {args.corpus_dir}")
    scorer = load_scorer(args.score)
    corpus = args.corpus_dir.resolve().name
    suffix = output_suffix(args)
    tools = {name: TOOLS[name] for name in args.tools.split(",") if importable(name, TOOLS[name])}
    rows = []
    records_of, passes_of = timed_rounds(tools, pages, args.repeat)
    for name in tools:
        passes = passes_of[name]
        seconds = statistics.median(passes)
        out_path = args.out / f"{corpus}-{name}{suffix}.jsonl"
        write_jsonl(out_path, records_of[name])
        figures = scorer.score(str(args.corpus_dir), str(out_path), str(inputs) if inputs else None)
        row = {"tool": name, "pages/s": round(len(pages) / seconds, 1) if seconds else None}
        if len(passes) > 1:  # the first pass meets every page's class names and lines for the first time
            row["first pass pages/s"] = round(len(pages) / passes[0], 1) if passes[0] else None
        if "artextract" in passes_of and len(tools) > 1:
            row["artextract × faster"] = times_artextract(passes, passes_of["artextract"])
            if args.repeat > 2:
                row["× in rounds"] = ratio_range(passes, passes_of["artextract"])
        row.update({k: v for k, v in figures.items() if k not in SCORE_CONTEXT_KEYS})
        rows.append(row)
    print("\n".join(machine_lines({name: tool_version(tool) for name, tool in tools.items()})))
    print(f"corpus: {corpus}, {len(pages)} {args.input_format} inputs, {args.repeat} timed pass(es) per tool\n")
    print(markdown_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
