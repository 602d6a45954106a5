#!/usr/bin/env python3
"""Where artextract's time goes: milliseconds per page in each stage of the extraction, over a corpus.

usage: python bench/stages.py CORPUS_DIR [--input-format html|text] [--repeat 5]

All inputs are read into memory first (CORPUS_DIR/pages/*.html.gz, decompressed, or
CORPUS_DIR/text-browser/*.txt), as bench/compare.py gives them to `extract`. Each pass runs decode →
front-end (with the UTF-8 bytes, as `extract` passes them to the HTML parser) → classify → assemble →
to_dict on every page with the cycle collector
off (as `extract` runs), timing each stage with time.process_time (CPU time: less moved by other jobs on a
shared machine than wall time); the figure per stage is its lowest total over the passes. The first pass
fills the caches of repeated lines and class names, as a batch does. The first line says whether the
artextract that runs is compiled (mypyc) or pure Python.

    python bench/stages.py ../shared/corpus/scrapinghub
    python bench/stages.py ../shared/corpus/scrapinghub --input-format text
"""
from __future__ import annotations

import argparse
import gc
import gzip
import importlib.util
import time
from pathlib import Path

from artextract.assemble import assemble
from artextract.classify import classify
from artextract.decode import decode_input
from artextract.model import Source
from artextract.options import DEFAULT_OPTIONS
from artextract.pipeline import read_page

STAGES = ("decode", "front", "classify", "assemble", "to_dict")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--input-format", choices=("html", "text"), default="html")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    html = args.input_format == "html"
    folder, pattern = ("pages", "*.html.gz") if html else ("text-browser", "*.txt")
    inputs = [gzip.decompress(path.read_bytes()) if html else path.read_bytes()
              for path in sorted((args.corpus / folder).glob(pattern))]
    if not inputs:
        raise SystemExit(f"no inputs in {args.corpus / folder}")
    spec = importlib.util.find_spec("artextract.front_html")
    compiled = spec is not None and spec.origin is not None and not spec.origin.endswith(".py")
    print(f"artextract {'compiled with mypyc' if compiled else 'pure Python'}; {len(inputs)} {args.input_format} "
          f"inputs; lowest of {args.repeat} passes, ms of CPU per page")
    best = dict.fromkeys(STAGES, float("inf"))
    for _ in range(args.repeat):
        totals = dict.fromkeys(STAGES, 0.0)
        gc.disable()
        try:
            for data in inputs:
                t0 = time.process_time()
                decoded = decode_input(data, html=html)
                t1 = time.process_time()
                page = read_page(None if decoded.undecoded else decoded.text, args.input_format, None, decoded.utf8)
                t2 = time.process_time()
                labelled = classify(page, DEFAULT_OPTIONS)
                t3 = time.process_time()
                article = assemble(labelled, page, DEFAULT_OPTIONS, Source(format=page.format))  # type: ignore[arg-type]
                t4 = time.process_time()
                article.to_dict()
                t5 = time.process_time()
                for stage, spent in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
                    totals[stage] += spent
        finally:
            gc.enable()
        best = {stage: min(best[stage], totals[stage]) for stage in STAGES}
    per_page = {stage: 1000 * spent / len(inputs) for stage, spent in best.items()}
    print("  ".join(f"{stage} {ms:.3f}" for stage, ms in per_page.items()) + f"  total {sum(per_page.values()):.3f}")


if __name__ == "__main__":
    main()
