"""Reports from results alone: the batch summary, Markdown, and the report command."""

from __future__ import annotations

import io
import json
import os

import pytest
from typer.testing import CliRunner

from rumorcheck.batch import read_results
from rumorcheck.cli import app
from rumorcheck.findings import ArticleResult, Evidence, Finding, Severity, TextSpan, Verdict
from rumorcheck.render.json import result_line
from rumorcheck.render.markdown import render as render_markdown
from rumorcheck.summary import Summary

from .conftest import at_most


def finding(found, rule="cast/misattributed-role", severity=Severity.ERROR, line=1):
    return Finding(rule=rule, severity=severity, verdict=Verdict.REFUTED, message=f"{found} is wrong",
                   span=TextSpan(0, len(found), line, 1, found), found=found, expected="the right one",
                   evidence=Evidence("demo", "cast[0]", 7, "https://en.wikipedia.org/wiki/Demo_(TV_series)"))


def results():
    return [
        ArticleResult(path="a.txt", sha256="1", findings=[finding("Xiumin as Lee Sung-gyu"), finding("x", "name/misspelled-name", Severity.WARNING)]),
        ArticleResult(path="b.txt", sha256="2", findings=[finding("Xiumin  as Lee Sung-gyu")]),
        ArticleResult(path="c.txt", sha256="3", findings=[finding("<script>alert(1)</script> | pipe", line=3)]),
        ArticleResult(path="d.txt", error="d.txt: file is empty"),
    ]


def test_summary_counts_ranks_and_repeats():
    summary = Summary.of(results())
    assert summary.articles == 4 and summary.unreadable == 1
    assert summary.by_severity[Severity.ERROR] == 3 and summary.by_category["name"][Severity.WARNING] == 1
    assert summary.ranked[0] == ("a.txt", 1, 1)
    assert [(r.found, r.articles) for r in summary.repeated] == [("Xiumin as Lee Sung-gyu", 2)]


def test_markdown_escapes_article_text_and_links_evidence():
    out = io.StringIO()
    render_markdown(results(), out)
    text = out.getvalue()
    assert "<script>" not in text and "&lt;script&gt;" in text and "\\| pipe" in text
    assert "(<https://en.wikipedia.org/wiki/Demo_(TV_series)>)" in text
    assert "**Could not be checked:** d.txt: file is empty" in text
    assert "| Xiumin as Lee Sung-gyu | `cast/misattributed-role` | the right one | 2 |" in text


def test_report_command_renders_saved_results(tmp_path):
    saved = tmp_path / "results.jsonl"
    saved.write_text("".join(result_line(r) + "\n" for r in results()) + '{"path": "torn', encoding="utf-8")
    out = tmp_path / "report.md"
    result = CliRunner().invoke(app, ["report", str(saved), "--format", "markdown", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# rumorcheck report") and "## c.txt" in out.read_text()


def test_report_of_a_file_that_is_not_results(tmp_path):
    bad = tmp_path / "notes.jsonl"
    bad.write_text(json.dumps({"hello": 1}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(bad)])
    assert result.exit_code == 2 and "notes.jsonl:1: not a rumorcheck results line" in result.output


def test_markdown_links_only_web_sources():
    script = Finding(rule="cast/misattributed-role", severity=Severity.ERROR, verdict=Verdict.REFUTED, message="m",
                     span=TextSpan(0, 1, 1, 1, "x"), found="x", expected="y",
                     evidence=Evidence("demo", "cast[0]", 7, "javascript:alert(document.cookie)"))
    odd = Finding(rule="cast/misattributed-role", severity=Severity.ERROR, verdict=Verdict.REFUTED, message="m",
                  span=TextSpan(2, 3, 1, 3, "z"), found="z", expected="y",
                  evidence=Evidence("demo", "cast[1]", 8, "https://example.org/a>b\n[x](javascript:alert(1))"))
    out = io.StringIO()
    render_markdown([ArticleResult(path="a.txt", sha256="1", findings=[script, odd])], out)
    text = out.getvalue()
    assert "](<javascript:" not in text and "(javascript:alert(document.cookie))" in text
    assert "(<https://example.org/a%3Eb%0A[x](javascript:alert(1))>)" in text


@pytest.mark.parametrize("line,problem", [
    ({"path": 12}, "(path: Input should be a valid string)"),
    ({"path": "a.txt", "findings": [{**finding("x").to_dict(), "span": {"start": "one", "end": 2, "line": 1,
                                                                          "column": 1, "text": "x"}}]},
     "(findings.0.span.start: Input should be a valid integer"),
    ({"path": "a.txt", "claims": ["supported"]}, "(claims: Input should be a valid dictionary)"),
    ({"path": "a.txt", "findings": [{**finding("x").to_dict(), "severity": "fatal"}]}, "(findings.0.severity:"),
    ([[[[]]]], "(not a JSON object)"),
])
def test_report_of_a_damaged_results_line_is_one_line(tmp_path, line, problem):
    saved = tmp_path / "results.jsonl"
    saved.write_text(result_line(results()[0]) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(saved), "--format", "html"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.output
    assert f"results.jsonl:2: not a rumorcheck results line {problem}" in result.stderr


def test_report_of_deeply_nested_json_is_one_line(tmp_path):
    saved = tmp_path / "results.jsonl"
    saved.write_text('{"path": "a.txt", "claims": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(saved)])
    assert result.exit_code == 2 and "results.jsonl:1: not a rumorcheck results line" in result.stderr


def test_results_with_other_line_separators_in_their_text_are_read_back(tmp_path):
    saved = tmp_path / "results.jsonl"
    odd = [ArticleResult(path="a.txt", sha256="1", findings=[finding("Kim\u2028Lee\x85Park")])]
    saved.write_text("".join(result_line(r) + "\n" for r in odd), encoding="utf-8")
    assert [r.to_dict() for r in read_results(saved)] == [r.to_dict() for r in odd]


def test_report_counts_an_article_once_when_a_resumed_run_was_killed_before_tidying_up(tmp_path):
    saved = tmp_path / "results.jsonl"
    first = ArticleResult(path="a.txt", error="a.txt: file is empty")
    again = ArticleResult(path="a.txt", sha256="1", findings=[finding("x")])
    saved.write_text("".join(result_line(r) + "\n" for r in [first, results()[1], again]), encoding="utf-8")
    assert [(r.path, r.error) for r in read_results(saved)] == [("a.txt", None), ("b.txt", None)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_html_report_does_not_read_an_article_path_that_is_now_a_named_pipe(tmp_path):
    os.mkfifo(tmp_path / "a.txt")
    saved = tmp_path / "results.jsonl"
    checked = ArticleResult(path=str(tmp_path / "a.txt"), sha256="1", findings=[finding("x")])
    saved.write_text(result_line(checked) + "\n", encoding="utf-8")
    with at_most(20):
        result = CliRunner().invoke(app, ["report", str(saved), "--format", "html"])
    assert result.exit_code == 0 and "gone or has changed" in result.stdout
