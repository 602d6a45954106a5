"""Score the HTML front-end alone: run `read_html` over a corpus and write the scorer's JSON lines.

usage: python bench/html_probe.py CORPUS_DIR OUT.jsonl [--time]

The article is taken straight from the front-end's hints, with no classifier: the body is every
block hinted `main` and not hinted as boilerplate, comments are the blocks hinted `comments`,
captions the caption blocks, sub-headings the headings inside the article. Then:

    python /work/shared/tools/score.py CORPUS_DIR OUT.jsonl

With --time it prints the milliseconds per page that `read_html` took (pages decoded beforehand).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from pathlib import Path

import charset_normalizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from artextract.blocks import Block, Page
from artextract.front_html import read_html

#: hints that keep a main block out of the probe's body
NOT_BODY = frozenset({"nav", "footer", "aside", "share", "ad", "comments", "related", "byline", "date", "caption"})

BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)


def decode(data: bytes) -> str:
    """Page bytes to text: a BOM, else the declared charset, else UTF-8, else charset-normalizer's guess."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    match = META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii").lower(), "strict")
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")


def is_body(block: Block) -> bool:
    return "main" in block.hints and not (NOT_BODY & block.hints) and block.kind not in ("title", "caption")


def article_of(path: Path, page: Page) -> dict:
    """The scorer's article shape from the front-end's blocks and hints alone."""
    sections = [{"type": "headline", "text": page.meta.title or ""}]
    body = [b.text for b in page.blocks if is_body(b) and b.kind != "heading"]
    sections.append({"type": "body", "text": "\n\n".join(body)})
    comments = [b.text for b in page.blocks if "comments" in b.hints and b.comment is not None]
    if comments:
        sections.append({"type": "comments", "text": "\n\n".join(comments)})
    for block in page.blocks:
        if block.kind == "caption" and "main" in block.hints:
            sections.append({"type": "caption", "text": block.text})
        if block.kind == "heading" and is_body(block) and block.text != page.meta.title:
            sections.append({"type": "body", "heading": block.text, "text": ""})
    meta = {"authors": page.meta.authors, "published": page.meta.published}
    return {"source": {"path": str(path)}, "metadata": meta, "sections": sections}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, out = Path(args[0]), Path(args[1])
    urls = {}
    with open(corpus / "truth.jsonl", encoding="utf-8") as truth:
        for line in truth:
            record = json.loads(line)
            urls[record["id"]] = record["url"] if (record.get("url") or "").startswith("http") else None
    paths = sorted((corpus / "pages").glob("*.html.gz"))
    pages = [(p, decode(gzip.decompress(p.read_bytes()))) for p in paths]
    elapsed = 0.0
    with open(out, "w", encoding="utf-8") as sink:
        for path, html in pages:
            started = time.perf_counter()
            page = read_html(html, urls.get(path.name[: -len(".html.gz")]))
            elapsed += time.perf_counter() - started
            sink.write(json.dumps(article_of(path, page), ensure_ascii=False) + "\n")
    if "--time" in sys.argv:
        print(f"{len(pages)} pages, {elapsed / len(pages) * 1000:.2f} ms/page")


if __name__ == "__main__":
    main()
