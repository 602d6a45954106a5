"""The command line: read inputs, call the library, render. Nothing else lives here.

Library errors (ArtextractError) become one line on stderr and an exit code; in JSON Lines output a
failed input also gets an error record, so a batch loses nothing.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from . import __version__
from .classify import active_rules
from .errors import ArtextractError, UnknownOptionError
from .model import Article, ErrorInfo, ErrorRecord, Source
from .options import Options
from .pipeline import extract
from .render import RENDERERS

FORMATS = ("view", "json", "jsonl", "markdown", "text")
SECTION_TYPES = ("headline", "caption", "summary", "body", "comments", "related", "boilerplate")

#: exit codes (documented in --help and the README)
EXIT_OK = 0  # every input gave an article
EXIT_UNREADABLE = 1  # an input could not be read as a page (empty, binary, undecodable, missing)
EXIT_USAGE = 2  # bad options or arguments (click's own code)
EXIT_NO_ARTICLE = 3  # every input was read, but some gave no article (nothing but boilerplate)


@dataclass(slots=True)
class Input:
    """One input to extract: its name for messages and records, and how to get its bytes."""

    name: str
    path: Path | None  # None for stdin

    def read(self) -> bytes:
        if self.path is None:
            return sys.stdin.buffer.read()
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise UnreadableInput(f"cannot read: {exc.strerror or exc}") from None


class UnreadableInput(ArtextractError):
    """A file that could not be opened or read."""

    code = "unreadable"


def _expand(inputs: tuple[str, ...]) -> Iterator[Input]:
    for name in inputs:
        if name == "-":
            yield Input("-", None)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                raise click.UsageError(f"directory has no files: {name}")
            yield from (Input(str(p), p) for p in files)
        else:
            yield Input(name, path)


def _pick_format(fmt: str | None, many: bool) -> str:
    if fmt:
        return fmt
    if many:
        return "jsonl"
    return "view" if sys.stdout.isatty() else "json"


def _with_progress(items: list[Input], wanted: bool | None) -> Iterator[Input]:
    """The inputs, with a progress bar on stderr when wanted (by default: several inputs and stderr
    a terminal)."""
    if wanted is None:
        wanted = len(items) > 1 and sys.stderr.isatty()
    if not wanted:
        yield from items
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(items, description="extracting", console=Console(stderr=True), transient=True)


def _print_view(article: Article) -> None:
    from rich.console import Console

    from .render.view import THEME, ArticleView

    Console(theme=THEME, no_color="NO_COLOR" in os.environ or None).print(ArticleView(article))


def _print_explain(article: Article) -> None:
    from .render.explain import render_explain

    click.echo(render_explain(article), nl=False)


def _field_lines(article: Article, field: str) -> list[str]:
    return [s.text for s in article.sections_of(field) if s.text]


HELP = f"""Split article pages into typed sections: headline, captions, summary, body, comments, related.

INPUT is a file (HTML or copied text, gzip allowed), a directory (its files), or - for standard input,
which is also read when no INPUT is given. Output is the terminal view on a terminal, JSON otherwise,
and JSON Lines (one line per input) for several inputs.

\b
Examples:
  curl -s https://example.org/post | artextract
  artextract page.txt -f markdown
  artextract --field headline page.html
  artextract -f jsonl saved-pages/ > articles.jsonl
  artextract --explain page.txt

\b
Exit codes:
  {EXIT_OK}  every input gave an article
  {EXIT_UNREADABLE}  an input could not be read as a page (missing, empty, binary, not decodable)
  {EXIT_USAGE}  usage error (bad option or argument)
  {EXIT_NO_ARTICLE}  every input was read, but some gave no article (nothing but boilerplate)
"""


@click.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="Output format [default: view on a terminal, json otherwise, jsonl for several inputs].")
@click.option("--input-format", type=click.Choice(("auto", "html", "text")), default="auto", show_default=True,
              help="Read inputs as HTML or as copied text instead of detecting it.")
@click.option("--field", type=click.Choice(SECTION_TYPES), metavar="TYPE",
              help="Print only the text of the sections of this type (headline, caption, summary, body, "
                   "comments, related), one per line.")
@click.option("--url", help="The page's address (kept as source.url; no request is made).")
@click.option("--encoding", help="Decode inputs with this encoding instead of detecting it.")
@click.option("--keep-boilerplate", is_flag=True,
              help="Keep navigation, share lines and labels as 'boilerplate' sections.")
@click.option("--explain", is_flag=True,
              help="Show every block of the input: the type it got, the rules that voted for and against it, "
                   "and where it came from.")
@click.option("--disable-rule", "disabled_rules", multiple=True, metavar="NAME",
              help="Switch a classifier rule off by name (repeatable).")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr [default: for several inputs when stderr is a terminal].")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@click.version_option(__version__, "-V", "--version")
def cli(inputs: tuple[str, ...], fmt: str | None, input_format: str, field: str | None, url: str | None,
        encoding: str | None, keep_boilerplate: bool, explain: bool, disabled_rules: tuple[str, ...],
        progress: bool | None, schema: bool) -> None:
    if schema:
        click.echo(json.dumps(Article.model_json_schema(), indent=2))
        return
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no INPUT given and nothing on standard input (try --help)")
        inputs = ("-",)
    items = list(_expand(inputs))
    many = len(items) > 1
    fmt = _pick_format(fmt, many)
    options = Options(keep_boilerplate=keep_boilerplate, explain=explain, disabled_rules=frozenset(disabled_rules))
    try:
        active_rules(options)
    except UnknownOptionError as exc:
        raise click.BadParameter(str(exc), param_hint="--disable-rule") from None
    unreadable = no_article = 0
    articles: list[dict] = []
    for item in _with_progress(items, progress):
        try:
            article = extract(item.read(), url=url, input_format=input_format, options=options,
                              path=item.name if item.path else None, encoding=encoding)
        except ArtextractError as exc:
            unreadable += 1
            click.echo(f"artextract: error: {item.name}: {exc}", err=True)
            if fmt == "jsonl":
                record = ErrorRecord(source=Source(path=item.name if item.path else None, url=url),
                                     error=ErrorInfo(code=exc.code, message=str(exc)))
                click.echo(record.model_dump_json())
            continue
        no_article += article.is_empty
        if field:
            for line in _field_lines(article, field):
                click.echo(line)
        elif explain and fmt in ("view", "text", "markdown"):
            _print_explain(article)
        elif fmt == "view":
            _print_view(article)
        elif fmt == "json" and many:
            articles.append(article.to_dict())
        else:
            click.echo(RENDERERS[fmt](article))
    if articles:
        click.echo(json.dumps(articles, ensure_ascii=False, indent=2))
    sys.exit(EXIT_UNREADABLE if unreadable else EXIT_NO_ARTICLE if no_article else EXIT_OK)


def main() -> None:
    """The console script's entry point."""
    try:
        cli(standalone_mode=True)
    except ArtextractError as exc:  # an error outside any one input (an unknown rule name)
        click.echo(f"artextract: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:  # `artextract … | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
