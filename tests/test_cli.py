"""The command line: exit codes, output formats, one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from rumorcheck.cli import app

from .conftest import BUNDLED, DATA, FIXTURES

SEED = FIXTURES / "articles" / "000_ca4b3726235be3cf.txt"
REF = BUNDLED / "innocent-defendant.yaml"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, *needles):
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    for needle in needles:
        assert needle in lines[0]


def test_seed_findings_in_json(runner):
    result = run(runner, "check", SEED, "--reference", REF, "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    findings = document["results"][0]["findings"]
    by_text = {(f["span"]["text"], f["severity"]) for f in findings}
    assert ("Xiumin (Lee Sung Gyu)", "error") in by_text
    for name in ["Hyung-kyung Uhm", "Ohh Chang-seok", "Bael Ji-won", "Jung-hyuk", "Han Ki-woong (Cha Min-ho)"]:
        assert (name, "warning") in by_text, name
    xiumin = next(f for f in findings if f["span"]["text"] == "Xiumin (Lee Sung Gyu)")
    assert "Kim Min-seok" in xiumin["message"] and xiumin["rule"] == "cast/misattributed-role"
    assert xiumin["evidence"]["reference"] == "innocent-defendant" and xiumin["evidence"]["line"]
    season = [f for f in findings if f["rule"] == "season/nonexistent-season"]
    assert len(season) == 1 and "18th episode" in SEED.read_text()[season[0]["span"]["start"]:][:60]
    correct = ["Ji Sung (Park Jung-woo)", "Kim Min-Seok (Lee Sung Gyu)", "Dae-hwan Oh (Cheon Piljae)"]
    for f in findings:
        if f["severity"] != "info":
            assert not any(c in f["span"]["text"] or f["span"]["text"] in c for c in correct), f


def test_text_output_is_linter_style(runner):
    result = run(runner, "check", SEED, "--reference", REF)
    assert f"{SEED}:22:894: error cast/misattributed-role" in result.stdout
    assert "claims:" in result.stdout.splitlines()[-1]


def test_fail_on_and_selection(runner):
    assert run(runner, "check", SEED, "-r", REF, "--fail-on", "never").exit_code == 0
    result = run(runner, "check", SEED, "-r", REF, "--select", "name", "--format", "jsonl")
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert rules and all(r.startswith("name/") for r in rules)
    assert result.exit_code == 0  # name findings are warnings at most
    assert run(runner, "check", SEED, "-r", REF, "--select", "name", "--fail-on", "warning").exit_code == 1
    ignored = run(runner, "check", SEED, "-r", REF, "--ignore", "cast/", "--ignore", "season", "-f", "jsonl")
    assert not {f["rule"] for f in json.loads(ignored.stdout)["findings"]} & {"cast/misattributed-role"}


def test_unknown_select_prefix(runner):
    one_line_error(run(runner, "check", SEED, "--select", "nosuch"), "nosuch")


def test_output_file_is_written_whole(runner, tmp_path):
    out = tmp_path / "report.json"
    result = run(runner, "check", SEED, "-r", REF, "-f", "json", "-o", out)
    assert result.exit_code == 1
    assert json.loads(out.read_text())["results"][0]["path"] == str(SEED)
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
])
def test_bad_article_is_one_line(runner, tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(runner, "check", path, "-r", REF)
    assert result.exit_code == 2
    assert f"{path}: " in result.stdout and problem in result.stdout and "Traceback" not in result.output


def test_missing_article(runner, tmp_path):
    result = run(runner, "check", tmp_path / "nope.txt", "-r", REF)
    assert result.exit_code == 2 and "no such file" in result.stdout


def test_one_bad_file_does_not_stop_the_rest(runner, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(SEED.read_text())
    result = run(runner, "check", tmp_path, "-r", REF, "-f", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 2
    assert [bool(r["error"]) for r in lines] == [True, False] and lines[1]["findings"]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_other_encodings_are_checked(runner, tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(SEED.read_text().replace("’", "'").encode(encoding))
    result = run(runner, "check", path, "-r", REF, "-f", "json")
    document = json.loads(result.stdout)["results"][0]
    assert document["encoding"] == encoding and any(f["rule"] == "cast/misattributed-role" for f in document["findings"])


def test_invalid_reference_is_one_line(runner, tmp_path):
    bad = tmp_path / "ref.yaml"
    bad.write_text(REF.read_text().replace("billing: main", "billing: lead", 1))
    one_line_error(run(runner, "check", SEED, "-r", bad), f"{bad}:", "cast[0].billing")
    bad.write_text("title: [unclosed\n")
    one_line_error(run(runner, "check", SEED, "-r", bad), "malformed YAML")
    validated = run(runner, "reference", "validate", bad)
    assert validated.exit_code == 2 and "Traceback" not in validated.output
    assert validated.output.splitlines()[0].startswith(f"{bad}:2: invalid reference: malformed YAML")


def test_missing_model_is_one_line(runner):
    one_line_error(run(runner, "check", SEED, "-r", REF, "--model", "no_such_model_xx"), "no_such_model_xx")


def test_rules_and_explain(runner):
    listing = run(runner, "rules")
    assert listing.exit_code == 0 and "cast/misattributed-role" in listing.stdout
    explained = run(runner, "explain", "cast/misattributed-role")
    assert "What it flags:" in explained.stdout and "Not flagged:" in explained.stdout
    one_line_error(run(runner, "explain", "cast/nope"), "unknown rule")


def test_reference_validate(runner):
    result = run(runner, "reference", "validate", BUNDLED, DATA / "harbour-lights.yaml")
    assert result.exit_code == 0 and "valid" in result.stdout


def test_text_over_the_piece_size_is_checked_in_pieces(bundled_checker, monkeypatch):
    import rumorcheck.nlp as nlp_module

    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 1500)
    text = SEED.read_text()
    result = bundled_checker.check_text(text * 3)
    xiumin = [f for f in result.findings if f.rule == "cast/misattributed-role"]
    assert len(xiumin) == 3
    assert {f.span.text for f in xiumin} == {"Xiumin (Lee Sung Gyu)"}


def test_identified_show_is_reported_in_json(runner):
    seed = FIXTURES / "articles" / "001_756c12833167cbdd.txt"
    result = run(runner, "check", seed, "--format", "json")
    assert result.exit_code == 1
    reference = json.loads(result.stdout)["results"][0]["reference"]
    assert reference["id"] == "innocent-itv" and reference["how"] == "identified"
    assert reference["reasons"] and reference["candidates"][1]["id"] == "the-innocent-netflix"
    text = run(runner, "check", seed).stdout
    assert "about Innocent (innocent-itv), identified with confidence" in text.splitlines()[0]


def test_article_about_no_known_show_exits_2_naming_candidates(runner, tmp_path):
    article = tmp_path / "other.txt"
    article.write_text("Midnight Harbour Season 4 Release Date\n\nNetflix has big plans for it.\n", encoding="utf-8")
    result = run(runner, "check", article)
    assert result.exit_code == 2 and "Traceback" not in result.output
    error = result.stdout.splitlines()[0]  # the report keeps the file's one-line error; a summary follows
    for needle in [str(article), "'Midnight Harbour', which is not in the library", "closest: the-innocent-netflix",
                   "--reference"]:
        assert needle in error


def test_an_article_a_network_alone_points_to_is_not_given_that_show(runner, tmp_path):
    article = tmp_path / "vague.txt"
    article.write_text("What we know so far\n\nNetflix has big plans for it, fans say.\n", encoding="utf-8")
    result = run(runner, "check", article)
    assert result.exit_code == 2 and "cannot tell which show" in result.stdout.splitlines()[0]


def test_max_bytes_sets_the_article_size_limit(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SEED.read_text())
    size = path.stat().st_size
    refused = run(runner, "check", path, "-r", REF, "--max-bytes", size - 1)
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert f"{path}: file is {size:,} bytes, over the {size - 1:,}-byte limit (--max-bytes)\n" in refused.output
    assert run(runner, "check", path, "-r", REF, "--max-bytes", size).exit_code == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_batch_is_one_error_and_the_rest_is_checked(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    os.mkfifo(batch / "x.txt")
    (batch / "a.txt").write_text(SEED.read_text())
    (batch / "z.txt").write_text(SEED.read_text())
    out = tmp_path / "results.jsonl"
    done = subprocess.run([sys.executable, "-m", "rumorcheck", "check", str(batch), "-r", str(REF), "--jobs", "2",
                           "--format", "jsonl", "--output", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 2, done.stderr
    lines = {os.path.basename(json.loads(line)["path"]): json.loads(line) for line in out.read_text().splitlines()}
    assert lines["x.txt"]["error"] == f"{batch / 'x.txt'}: is a named pipe (FIFO), not a regular file"
    assert lines["a.txt"]["findings"] and lines["z.txt"]["findings"]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_batch_with_a_file_name_that_is_not_utf8_writes_every_format(runner, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (batch / name).write_text(SEED.read_text())
    (batch / "plain.txt").write_text(SEED.read_text())
    for fmt in ("jsonl", "json", "html"):
        out = tmp_path / f"results.{fmt}"
        result = run(runner, "check", batch, "-r", REF, "-f", fmt, "-o", out, "--quiet")
        assert result.exit_code == 1 and out.stat().st_size > 0, (fmt, result.output)
    saved = [json.loads(line) for line in (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in saved] == [str(batch / name), str(batch / "plain.txt")]
    assert all(r["findings"] and r["error"] is None for r in saved)
    report = run(runner, "report", tmp_path / "results.jsonl", "-f", "html", "-o", tmp_path / "again.html")
    assert report.exit_code == 0, report.output
    again = (tmp_path / "again.html").read_bytes()
    assert again.count(b'<div class="text"') == 2 and b"gone or has changed" not in again  # both texts read back
