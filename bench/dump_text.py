#!/usr/bin/env python3
"""Write a corpus folder's pages as a terminal browser dumps them: text wrapped at a fixed width.

usage: python bench/dump_text.py CORPUS_DIR [--tool lynx|w3m] [--width 80] [--dest DIR]

Copied text (the corpus's text-browser/ and text-inscriptis/ renditions) puts each paragraph on one line;
`lynx -dump` and `w3m -dump` wrap it at a width, 80 columns unless told otherwise, as mails and plain-text
pages are. This script makes such a rendition of every CORPUS_DIR/pages/<id>.html.gz, to see how the text
front-end reads wrapped text:

    python bench/dump_text.py ../shared/corpus/scrapinghub --tool w3m
    python bench/compare.py ../shared/corpus/scrapinghub --input-format text --tools artextract \
        --text-dir bench/out/scrapinghub-text-w3m80

It writes DEST/<id>.txt (default bench/out/<corpus>-text-<tool><width>/) for each page whose dump has at
least 50 characters, as the corpus's renditions leave out pages that show nothing. The page is given to
the tool as UTF-8 (undecodable bytes replaced, as the corpus's renderer does); lynx is run with -nolist (no
index of links under the text). Needs the tool itself (Debian packages lynx, w3m).
"""
from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
#: a dump shorter than this is of a page that shows nothing without its scripts (the corpus's renderer's rule)
MIN_CHARS = 50
#: the most seconds a tool may take on one page
TIMEOUT = 30


def command(tool: str, width: int) -> list[str]:
    """The tool's command line that reads a UTF-8 page on stdin and writes its text, wrapped, on stdout."""
    if tool == "lynx":
        return ["lynx", "-dump", "-stdin", "-nolist", f"-width={width}", "-assume_charset=utf-8",
                "-display_charset=utf-8"]
    return ["w3m", "-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8", "-cols", str(width)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a corpus folder with pages/<id>.html.gz")
    parser.add_argument("--tool", choices=("lynx", "w3m"), default="w3m")
    parser.add_argument("--width", type=int, default=80, help="columns to wrap at (default 80)")
    parser.add_argument("--dest", type=Path, help="output folder (default bench/out/<corpus>-text-<tool><width>)")
    args = parser.parse_args()
    if shutil.which(args.tool) is None:
        print(f"dump_text: {args.tool} is not installed", file=sys.stderr)
        return 1
    pages = sorted((args.corpus / "pages").glob("*.html.gz"))
    if not pages:
        print(f"dump_text: no pages/*.html.gz in {args.corpus}", file=sys.stderr)
        return 1
    dest = args.dest or REPO_ROOT / "bench" / "out" / f"{args.corpus.resolve().name}-text-{args.tool}{args.width}"
    dest.mkdir(parents=True, exist_ok=True)
    written = 0
    for page in pages:
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace").encode("utf-8")
        try:
            done = subprocess.run(command(args.tool, args.width), input=html, capture_output=True,
                                  timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            print(f"dump_text: {page.name}: {args.tool} took over {TIMEOUT} s, left out", file=sys.stderr)
            continue
        text = done.stdout.decode("utf-8", "replace")
        if len(text.strip()) >= MIN_CHARS:
            (dest / (page.name[: -len(".html.gz")] + ".txt")).write_text(text, encoding="utf-8")
            written += 1
    print(f"{written} of {len(pages)} pages written to {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
