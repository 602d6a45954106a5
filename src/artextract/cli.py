"""The command line: read inputs, call the library, render. Nothing else lives here.

Library errors (ArtextractError) become one line on stderr and an exit code; in JSON Lines output a
failed input also gets an error record, so a batch loses nothing.
"""

from __future__ import annotations

import json
import re
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from functools import partial
from pathlib import Path

import click

from . import __version__
from .classify import active_rules
from .decode import read_bounded
from .errors import ArtextractError, InternalError, UnknownOptionError
from .model import Article, ErrorInfo, ErrorRecord, Source
from .options import Options
from .pipeline import extract
from .render import RENDERERS

FORMATS = ("view", "json", "jsonl", "markdown", "text")
SECTION_TYPES = ("headline", "caption", "summary", "body", "comments", "related", "boilerplate")

#: exit codes (documented in --help and the README)
EXIT_OK = 0  # every input gave an article
EXIT_UNREADABLE = 1  # an input could not be read as a page (empty, binary, undecodable, missing, too large)
EXIT_USAGE = 2  # bad options or arguments (click's own code)
EXIT_NO_ARTICLE = 3  # every input was read, but some gave no article (nothing but boilerplate)
EXIT_INTERNAL = 4  # an input hit a fault of artextract's own (a bug); the others were still extracted
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (SIGINT), as shells report a command that SIGINT ended


@dataclass(slots=True)
class Input:
    """One input to extract: its name for messages and records, and how to get its bytes."""

    name: str
    path: Path | None  # None for stdin
    data: bytes | None = None  # stdin's bytes, read by the main process before workers start
    failed: ArtextractError | None = None  # why stdin could not be read then

    def read(self) -> bytes:
        if self.failed is not None:
            raise self.failed
        if self.data is not None:
            return self.data
        if self.path is None:
            if sys.stdin is None:  # `artextract - <&-`
                raise UnreadableInput("cannot read: standard input is closed")
            return read_bounded(sys.stdin.buffer)
        try:
            with self.path.open("rb") as stream:
                return read_bounded(stream)
        except OSError as exc:
            hint = ""
            if isinstance(exc, FileNotFoundError) and _URL.match(str(self.path)):
                hint = " (artextract reads files and standard input, it does not fetch: curl -s URL | artextract)"
            raise UnreadableInput(f"cannot read: {exc.strerror or exc}{hint}") from None


def _not_a_file(path: Path) -> UnreadableInput:
    """Why an entry of a directory that is no regular file is not read."""
    if path.is_symlink() and not path.exists():
        return UnreadableInput("cannot read: a broken link")
    return UnreadableInput("cannot read: not a regular file (a pipe, socket or device)")


#: an argument that is a web address, not a file
_URL = re.compile(r"(?i)(https?|ftp):/")


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
            # every entry but directories and hidden ones: a broken link, a pipe or a socket gets its error
            # record, not silence (reading a pipe could wait for ever: it is not read)
            files = sorted(p for p in path.rglob("*") if not p.is_dir() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                raise click.UsageError(f"directory has no files: {name}")
            for p in files:
                yield Input(str(p), p) if p.is_file() else Input(str(p), p, failed=_not_a_file(p))
        else:
            yield Input(name, path)


#: the error code of a fault of artextract's own (see EXIT_INTERNAL)
INTERNAL = InternalError.code
#: inputs handed to a worker process at a time
JOB_CHUNK = 8


@dataclass(frozen=True, slots=True)
class Settings:
    """What every input is extracted with (sent to worker processes as is)."""

    url: str | None
    input_format: str
    options: Options
    encoding: str | None


@dataclass(slots=True)
class Outcome:
    """One input's result: its article, or why there is none."""

    item: Input
    article: Article | None = None
    error: ErrorInfo | None = None


def _extract_one(settings: Settings, item: Input) -> Outcome:
    """Extract one input; never raises, so that a batch always goes on to the next input."""
    try:
        article = extract(item.read(), url=settings.url, input_format=settings.input_format,
                          options=settings.options, path=item.name if item.path else None,
                          encoding=settings.encoding)
    except ArtextractError as exc:  # extract raises no other kind (a fault of ours is an InternalError)
        return Outcome(item, error=ErrorInfo(code=exc.code, message=str(exc)))
    return Outcome(item, article=article)


def _outcomes(items: list[Input], settings: Settings, jobs: int) -> Iterator[Outcome]:
    """Every input's outcome, in input order; with jobs > 1, extracted by that many worker processes."""
    run = partial(_extract_one, settings)
    if jobs <= 1 or len(items) <= 1:
        yield from map(run, items)
        return
    import multiprocessing

    for item in items:
        if item.path is None and item.data is None:
            try:
                item.data = item.read()  # workers have no stdin of their own
            except ArtextractError as exc:  # its outcome says so, in its place
                item.failed = exc
    # Ctrl-C reaches every process of the terminal's group: the workers leave it to this process, which
    # stops them (leaving the pool's block terminates it) and reports the interrupt once
    with multiprocessing.Pool(min(jobs, len(items)), initializer=_ignore_interrupts) as pool:
        yield from pool.imap(run, items, chunksize=JOB_CHUNK)


def _ignore_interrupts() -> None:
    """A worker process's start: SIGINT ignored (see _outcomes)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pick_format(fmt: str | None, many: bool) -> str:
    if fmt:
        return fmt
    if many:
        return "jsonl"
    return "view" if sys.stdout.isatty() else "json"


def _with_progress(outcomes: Iterable[Outcome], total: int, wanted: bool | None) -> Iterator[Outcome]:
    """The outcomes, with a progress bar on stderr when wanted (by default: several inputs and stderr
    a terminal)."""
    if wanted is None:
        wanted = total > 1 and sys.stderr.isatty()
    if not wanted:
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(outcomes, total=total, description="extracting", console=Console(stderr=True),
                     transient=True)


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
  {EXIT_UNREADABLE}  an input could not be read as a page (missing, empty, binary, not decodable, over 64 MiB),
     or the output could not be written (a full disk)
  {EXIT_USAGE}  usage error (bad option or argument)
  {EXIT_NO_ARTICLE}  every input was read, but some gave no article (nothing but boilerplate)
  {EXIT_INTERNAL}  an input hit an internal error (a bug; the other inputs were still extracted)
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)
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
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Extract several inputs at once in this many worker processes (0: one per CPU); "
                   "output stays in input order.")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@click.version_option(__version__, "-V", "--version")
def cli(**params: Any) -> None:
    try:
        _run(**params)
    except BrokenPipeError:  # `artextract … | head`: the reader left; stop quietly (click would exit 1)
        _drop_output()
        sys.exit(EXIT_OK)


def _run(inputs: tuple[str, ...], fmt: str | None, input_format: str, field: str | None, url: str | None,
         encoding: str | None, keep_boilerplate: bool, explain: bool, disabled_rules: tuple[str, ...],
         progress: bool | None, jobs: int, schema: bool) -> None:
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
    settings = Settings(url=url, input_format=input_format, options=options, encoding=encoding)
    unreadable = no_article = internal = 0
    articles: list[dict] = []
    outcomes = _outcomes(items, settings, jobs or os.cpu_count() or 1)
    for outcome in _with_progress(outcomes, len(items), progress):
        item, article, error = outcome.item, outcome.article, outcome.error
        if article is None:
            assert error is not None  # an outcome holds an article or its error
            internal += error.code == INTERNAL
            unreadable += error.code != INTERNAL
            click.echo(f"artextract: error: {item.name}: {error.message}", err=True)
            if fmt == "jsonl":
                record = ErrorRecord(source=Source(path=item.name if item.path else None, url=url), error=error)
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
    sys.exit(EXIT_INTERNAL if internal else EXIT_UNREADABLE if unreadable else EXIT_NO_ARTICLE if no_article
             else EXIT_OK)


def main() -> None:
    """The console script's entry point."""
    try:
        # click's standalone mode would turn Ctrl-C into "Aborted!" and exit 1, the code for an unreadable
        # input: the same handling, but an interrupt exits EXIT_INTERRUPTED
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:  # Ctrl-C (click raises Abort for KeyboardInterrupt)
        click.echo("artextract: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:  # a usage error: click's message and code, as in standalone mode
        exc.show()
        sys.exit(exc.exit_code)
    except ArtextractError as exc:  # an error outside any one input (an unknown rule name)
        click.echo(f"artextract: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:  # `artextract … | head`: the reader left; stop quietly
        _drop_output()
        sys.exit(EXIT_OK)
    except OSError as exc:  # the output cannot be written (a full disk, /dev/full): one line, no traceback
        _drop_output()
        click.echo(f"artextract: error: cannot write output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_UNREADABLE)
    sys.exit(code if isinstance(code, int) else EXIT_OK)  # --help and --version return click's code


def _drop_output() -> None:
    """Point standard output at /dev/null, so that the flush at exit does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
