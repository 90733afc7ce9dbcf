"""Reports from results alone: the batch summary, Markdown, and the report command."""

from __future__ import annotations

import io
import json

from typer.testing import CliRunner

from rumorcheck.cli import app
from rumorcheck.findings import ArticleResult, Evidence, Finding, Severity, TextSpan, Verdict
from rumorcheck.render.json import result_line
from rumorcheck.render.markdown import render as render_markdown
from rumorcheck.summary import Summary


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
