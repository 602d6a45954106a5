#!/usr/bin/env python3
"""Build a held-out corpus folder from pages no rule of ours was written against: newspaper4k's test pages.

usage: python bench/heldout.py [--dest bench/out/heldout-newspaper4k] [--version 0.9.6]

The development corpus (../shared/corpus) is what the rules are measured on; a rule tuned to it shows up
as a loss on other pages. This script fetches the source distribution of newspaper4k (a peer, MIT
licence) from the package index with `pip download`, takes the news pages its tests ship
(tests/data/html/*.html) with what newspaper4k extracts from them (tests/data/txt/*.txt, the article
text; tests/data/metadata/*.json, title, authors, date), and writes them in the shared corpus's shape:
DEST/pages/<id>.html.gz and DEST/truth.jsonl with `body`, `headline`, `authors`, `date`. Pages whose
expected text is under 50 words (index pages, feeds) are left out. Then compare as on any corpus:

    python bench/heldout.py
    python bench/compare.py bench/out/heldout-newspaper4k

Where inscriptis is installed (the `bench` extra), the pages' text as inscriptis renders it goes to
DEST/text-inscriptis too, for the text front-end on pages it never saw:

    python bench/compare.py bench/out/heldout-newspaper4k --input-format text \
        --text-dir bench/out/heldout-newspaper4k/text-inscriptis

Mind what the truth is: newspaper4k's own output, checked by its authors. It rewards what newspaper4k
keeps (it leaves out sub-headings, lists and captions more often than the corpus's truths do), so use
the figures to see where artextract falls behind its peers on unseen pages, not as a score to tune for.
Nothing it fetches is kept in the repository (bench/out is ignored).
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
#: the newspaper4k release whose test pages make the folder (pinned: the figures stay comparable)
DEFAULT_VERSION = "0.9.6"
#: pages whose expected article text is shorter than this are not articles (section fronts, feeds)
MIN_WORDS = 50


def fetch_sdist(version: str, into: Path) -> Path:
    """Download newspaper4k's source distribution (no install, no dependencies)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    f"newspaper4k=={version}", "--dest", str(into)], check=True)
    found = sorted(into.glob("newspaper4k-*.tar.gz"))
    if not found:
        sys.exit("Error: pip downloaded no newspaper4k source distribution")
    return found[0]


def truth_of(page_id: str, data: dict[str, Path]) -> dict[str, object] | None:
    """The scorer's truth record for one page, or None when its expected text is too short."""
    body = data["txt"].read_text(encoding="utf-8")
    if len(body.split()) < MIN_WORDS:
        return None
    truth: dict[str, object] = {"id": page_id, "body": body}
    if "metadata" in data:
        meta = json.loads(data["metadata"].read_text(encoding="utf-8"))
        if meta.get("title"):
            truth["headline"] = meta["title"]
        if meta.get("authors"):
            truth["authors"] = meta["authors"]
        if meta.get("publish_date"):
            truth["date"] = str(meta["publish_date"])[:10]
    return truth


def build(sdist: Path, dest: Path) -> int:
    """Write DEST/pages and DEST/truth.jsonl from the sdist's test data; returns the number of pages."""
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(sdist) as archive:
            if hasattr(tarfile, "data_filter"):  # Python ≥ 3.10.12 / 3.11.4: refuse paths out of tmp
                archive.extractall(tmp, filter="data")
            else:
                archive.extractall(tmp)
        data_dir = next(Path(tmp).glob("newspaper4k-*/tests/data"))
        (dest / "pages").mkdir(parents=True, exist_ok=True)
        records = []
        for html_path in sorted((data_dir / "html").glob("*.html")):
            page_id = html_path.stem
            files = {kind: data_dir / kind / f"{page_id}.{ext}" for kind, ext in (("txt", "txt"), ("metadata", "json"))}
            present = {kind: path for kind, path in files.items() if path.exists()}
            if "txt" not in present:
                continue
            truth = truth_of(page_id, present)
            if truth is None:
                continue
            (dest / "pages" / f"{page_id}.html.gz").write_bytes(gzip.compress(html_path.read_bytes()))
            records.append(truth)
    (dest / "truth.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                      encoding="utf-8")
    return len(records)


def write_text_renditions(dest: Path) -> int:
    """Write DEST/text-inscriptis/<id>.txt, each page's text as inscriptis renders it; the number written
    (0 without inscriptis)."""
    try:
        from inscriptis import get_text
    except ImportError:
        print("inscriptis is not installed (pip install -e '.[bench]'): no text renditions written")
        return 0
    out = dest / "text-inscriptis"
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted((dest / "pages").glob("*.html.gz"))
    for page in pages:
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        (out / (page.name.removesuffix(".html.gz") + ".txt")).write_text(get_text(html), encoding="utf-8")
    return len(pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=REPO_ROOT / "bench" / "out" / "heldout-newspaper4k")
    parser.add_argument("--version", default=DEFAULT_VERSION, help="the newspaper4k release to take pages from")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        count = build(fetch_sdist(args.version, Path(tmp)), args.dest)
    print(f"{count} pages with truth in {args.dest}")
    texts = write_text_renditions(args.dest)
    print(f"next: python bench/compare.py {args.dest}")
    if texts:
        print(f"  and: python bench/compare.py {args.dest} --input-format text "
              f"--text-dir {args.dest / 'text-inscriptis'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
