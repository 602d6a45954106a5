"""The command line as a user meets it: a real subprocess (stdin, stdout, exit codes, error lines),
and click's runner for the option combinations."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from artextract.cli import EXIT_INTERNAL, EXIT_NO_ARTICLE, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, cli

from .conftest import SAMPLES

SAMPLE = SAMPLES / "analysis-page.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "artextract", *args], input=stdin, capture_output=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"})


def test_stdin_to_json_when_piped() -> None:
    done = run(stdin=SAMPLE.read_bytes())
    assert done.returncode == EXIT_OK, done.stderr
    article = json.loads(done.stdout)
    assert article["source"]["format"] == "text"
    assert article["sections"][0]["type"] == "headline"
    assert done.stderr == b""


def test_dash_reads_stdin_and_field_prints_one_line() -> None:
    done = run("--field", "headline", "-", stdin=SAMPLE.read_bytes())
    assert done.returncode == EXIT_OK
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 1 and lines[0] == json.loads(run(str(SAMPLE)).stdout)["sections"][0]["text"]


@pytest.mark.parametrize("data, message", [
    (b"", "input is empty"),
    (b"  \n\n \t\n", "input is empty"),
    (PNG, "binary"),
    (b"caf\xe9 cr\xe8me \xff\xfe", "not valid UTF-8"),
])
def test_unusable_input_gives_one_error_line_and_exit_1(data: bytes, message: str) -> None:
    done = run(stdin=data)
    assert done.returncode == EXIT_UNREADABLE
    err = done.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("artextract: error: ") and message in err
    assert "Traceback" not in err and done.stdout == b""


def test_missing_file_exit_1() -> None:
    done = run("no-such-file.txt")
    assert done.returncode == EXIT_UNREADABLE
    assert done.stderr.decode() == "artextract: error: no-such-file.txt: cannot read: No such file or directory\n"


def test_web_address_says_to_pipe_it() -> None:
    done = run("https://example.org/post")
    assert done.returncode == EXIT_UNREADABLE
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "cannot read: No such file or directory" in err
    assert "does not fetch: curl -s URL | artextract" in err


def test_only_boilerplate_exit_3() -> None:
    done = run(stdin=b"Home\nMenu\nSubscribe\nPrivacy Policy\n")
    assert done.returncode == EXIT_NO_ARTICLE
    assert json.loads(done.stdout)["sections"] == []


def test_usage_error_exit_2() -> None:
    done = run("--format", "yaml", str(SAMPLE))
    assert done.returncode == EXIT_USAGE
    assert b"Traceback" not in done.stderr


def test_directory_to_jsonl_with_error_records(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(SAMPLE.read_bytes()))
    (tmp_path / "c.png").write_bytes(PNG)
    done = run("-f", "jsonl", str(tmp_path))
    assert done.returncode == EXIT_UNREADABLE
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["source"]["path"].rsplit("/", 1)[-1] for r in records] == ["a.txt", "b.txt.gz", "c.png"]
    assert records[0]["sections"] == records[1]["sections"]
    assert records[2]["error"]["code"] == "binary"
    assert done.stderr.decode().count("\n") == 1


def test_jobs_give_the_same_lines_in_input_order(tmp_path) -> None:
    for sample in sorted(SAMPLES.iterdir()):
        if sample.suffix in (".txt", ".html"):
            (tmp_path / sample.name).write_bytes(sample.read_bytes())
    (tmp_path / "zz.png").write_bytes(PNG)
    serial = run("-f", "jsonl", str(tmp_path))
    parallel = run("-f", "jsonl", "--jobs", "3", str(tmp_path))
    assert parallel.returncode == serial.returncode == EXIT_UNREADABLE
    assert parallel.stdout == serial.stdout and parallel.stdout.count(b"\n") == len(list(tmp_path.iterdir()))
    assert parallel.stderr == serial.stderr


def test_jobs_read_stdin_once_beside_files() -> None:
    done = run("-f", "jsonl", "-j", "2", "-", str(SAMPLE), stdin=SAMPLE.read_bytes())
    assert done.returncode == EXIT_OK, done.stderr
    first, second = (json.loads(line) for line in done.stdout.decode().splitlines())
    assert first["source"]["path"] is None and second["source"]["path"] == str(SAMPLE)
    assert first["sections"] == second["sections"]


def test_several_inputs_default_to_jsonl() -> None:
    done = run(str(SAMPLE), str(SAMPLES / "news-story.txt"))
    assert done.returncode == EXIT_OK
    assert len(done.stdout.decode().splitlines()) == 2


def test_schema_is_json_schema() -> None:
    schema = json.loads(run("--schema").stdout)
    assert schema["title"] == "Article"
    assert {"source", "metadata", "sections"} <= set(schema["properties"])


def test_broken_pipe_is_quiet() -> None:
    # pipefail: the pipeline's code is artextract's when it is not 0 (head's is 0)
    proc = subprocess.Popen(["bash", "-c", f"set -o pipefail; {sys.executable} -m artextract -f jsonl {SAMPLES} "
                             "| head -c 10"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=60)
    assert len(out) == 10 and b"Traceback" not in err
    assert proc.returncode == 0, err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_a_batch_with_one_line_and_code_130(jobs: str, tmp_path: Path) -> None:
    import os
    import signal

    page = (SAMPLES / "news-story.txt").read_bytes()
    for n in range(2000):  # far more than it extracts before the interrupt
        (tmp_path / f"page-{n:04}.txt").write_bytes(page)
    # a session of its own stands for the terminal's process group, which Ctrl-C signals as a whole; and
    # SIGINT is handled as in a foreground command (a shell starts its background jobs, and so this test
    # run when it is one, with SIGINT ignored, which a child inherits and Python then leaves ignored)
    proc = subprocess.Popen([sys.executable, "-m", "artextract", "-f", "jsonl", "-j", jobs, str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None and proc.stdout.readline()  # extracting
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and err.strip().endswith(b"artextract: interrupted")


def test_standard_input_closed_with_jobs_is_that_inputs_error_record() -> None:
    closed = subprocess.run(f"exec {sys.executable} -m artextract -j 2 -f jsonl - {SAMPLES / 'news-story.txt'} <&-",
                            shell=True, capture_output=True, timeout=120)
    records = [json.loads(line) for line in closed.stdout.splitlines()]
    assert [r.get("error", {}).get("code") for r in records] == ["unreadable", None]
    assert closed.returncode == 1 and b"Traceback" not in closed.stderr


# --- click's runner: option combinations ----------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "text", "view"])
def test_every_format_renders_the_headline(runner: CliRunner, fmt: str) -> None:
    result = runner.invoke(cli, ["-f", fmt, str(SAMPLE)], env={"NO_COLOR": "1"})
    assert result.exit_code == EXIT_OK, result.output
    headline = json.loads(runner.invoke(cli, [str(SAMPLE)]).output)["sections"][0]["text"]
    assert headline in result.output


def test_a_fault_of_ours_on_one_input_is_one_line_and_the_batch_goes_on(runner: CliRunner, break_on) -> None:
    break_on("seawall")  # in news-story.txt only
    result = runner.invoke(cli, ["-f", "jsonl", str(SAMPLES / "news-story.txt"), str(SAMPLE)])
    assert result.exit_code == EXIT_INTERNAL
    error, article = (json.loads(line) for line in result.stdout.splitlines())
    assert error["error"]["code"] == "internal" and "ZeroDivisionError" in error["error"]["message"]
    assert article["sections"][0]["type"] == "headline"
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_jsonl_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["-f", "jsonl", str(SAMPLE)])
    assert result.output.count("\n") == 1


def test_markdown_has_headings(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["-f", "markdown", str(SAMPLE)]).output
    assert out.startswith("# ") and "\n## Summary\n" in out and "\n## Analysis\n" in out


def test_input_format_text_forces_text(runner: CliRunner) -> None:
    html = b"<html><body><h1>Title here</h1><p>" + b"Words of prose go here. " * 20 + b"</p></body></html>"
    result = runner.invoke(cli, ["--input-format", "text", "-f", "json", "-"], input=html)
    assert json.loads(result.output)["source"]["format"] == "text"


def test_url_is_kept(runner: CliRunner) -> None:
    out = json.loads(runner.invoke(cli, ["--url", "https://example.org/a", str(SAMPLE)]).output)
    assert out["source"]["url"] == "https://example.org/a"


def test_keep_boilerplate_shows_it(runner: CliRunner) -> None:
    out = json.loads(runner.invoke(cli, ["--keep-boilerplate", str(SAMPLE)]).output)
    assert any(s["type"] == "boilerplate" for s in out["sections"])
    plain = json.loads(runner.invoke(cli, [str(SAMPLE)]).output)
    assert not any(s["type"] == "boilerplate" for s in plain["sections"])


def test_explain_lists_every_block_with_votes(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["--explain", "-f", "text", str(SAMPLE)]).output
    lines = [x for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert out.count("\n#") + out.startswith("#") == len(lines)
    assert "for:" in out and "against:" in out and "line 1 " in out


def test_explain_json_has_trace(runner: CliRunner) -> None:
    out = json.loads(runner.invoke(cli, ["--explain", "-f", "json", str(SAMPLE)]).output)
    assert out["trace"] and {"index", "origin", "label", "votes"} <= set(out["trace"][0])


def test_disable_rule_changes_the_result(runner: CliRunner) -> None:
    out = json.loads(runner.invoke(cli, ["--disable-rule", "summary_label", str(SAMPLE)]).output)
    assert not any(s["type"] == "summary" and s.get("heading") == "Summary" for s in out["sections"])


def test_unknown_rule_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--disable-rule", "no_such_rule", str(SAMPLE)])
    assert result.exit_code == EXIT_USAGE and "no_such_rule" in result.output


def test_every_option_is_documented(runner: CliRunner) -> None:
    help_text = runner.invoke(cli, ["--help"]).output
    for param in cli.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("-"):
                assert opt in help_text
        if isinstance(param, type(cli.params[-1])) and getattr(param, "help", None) is None \
                and param.param_type_name == "option":
            pytest.fail(f"option {param.name} has no help")
    for code in ("0", "1", "2", "3", "4"):
        assert f"  {code}  " in help_text


def test_readme_documents_every_option_and_exit_code() -> None:
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for param in cli.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("-"):
                assert f"`{opt}" in readme or f", {opt}" in readme, f"README does not document {opt}"
    for code in (EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_NO_ARTICLE, EXIT_INTERNAL):
        assert f"| {code} |" in readme


def test_progress_goes_to_stderr_and_keeps_stdout_clean() -> None:
    done = run("--progress", "-f", "jsonl", str(SAMPLES))
    assert done.returncode == EXIT_OK
    lines = done.stdout.decode().splitlines()
    assert len(lines) == len([p for p in SAMPLES.iterdir() if not p.name.startswith(".")])
    assert all(json.loads(line)["sections"] or "error" in json.loads(line) for line in lines[:3])


def test_a_directorys_broken_link_and_pipe_get_error_records(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.txt").write_bytes((SAMPLES / "news-story.txt").read_bytes())
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "c.fifo")  # never written to: reading it would wait for ever
    for jobs in ("1", "2"):
        done = subprocess.run([sys.executable, "-m", "artextract", "-j", jobs, "-f", "jsonl", str(tmp_path)],
                              capture_output=True, timeout=60)
        records = [json.loads(line) for line in done.stdout.splitlines()]
        assert [r["source"]["path"].rsplit("/", 1)[-1] for r in records] == ["a.txt", "b.txt", "c.fifo"]
        assert [r.get("error", {}).get("code") for r in records] == [None, "unreadable", "unreadable"]
        assert done.returncode == 1 and b"Traceback" not in done.stderr
