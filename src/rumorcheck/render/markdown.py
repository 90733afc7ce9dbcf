"""A Markdown discrepancy report: summary tables, then each article's findings with evidence."""

from __future__ import annotations

from typing import TextIO

from ..findings import ArticleResult, Finding, Severity
from ..summary import Summary
from .html import web_link


def render(results: list[ArticleResult], out: TextIO) -> None:
    summary = Summary.of(results)
    out.write("# rumorcheck report\n\n")
    _totals(summary, out)
    for result in results:
        _article(result, out)


def _cell(text: str) -> str:
    """Table-safe: no pipes or newlines, no HTML from the article."""
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _totals(summary: Summary, out: TextIO) -> None:
    s = summary.by_severity
    out.write(f"{summary.articles} articles ({summary.unreadable} could not be checked): "
              f"{s[Severity.ERROR]} errors, {s[Severity.WARNING]} warnings, {s[Severity.INFO]} info.\n\n")
    if summary.by_category:
        out.write("| category | errors | warnings | info |\n| --- | --- | --- | --- |\n")
        for category, counts in summary.by_category.items():
            out.write(f"| {category} | {counts[Severity.ERROR]} | {counts[Severity.WARNING]} | {counts[Severity.INFO]} |\n")
        out.write("\n")
    if summary.ranked:
        out.write("## Articles with the most errors\n\n| article | errors | warnings |\n| --- | --- | --- |\n")
        for path, errors, warnings in summary.ranked:
            out.write(f"| [{_cell(path)}](#{_anchor(path)}) | {errors} | {warnings} |\n")
        out.write("\n")
    if summary.repeated:
        out.write("## Repeated discrepancies\n\n| discrepancy | rule | reference says | articles |\n"
                  "| --- | --- | --- | --- |\n")
        for r in summary.repeated:
            out.write(f"| {_cell(r.found)} | `{r.rule}` | {_cell(r.expected)} | {r.articles} |\n")
        out.write("\n")


def _anchor(path: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in path.lower()).strip("-")


def _article(result: ArticleResult, out: TextIO) -> None:
    out.write(f'<a id="{_anchor(result.path)}"></a>\n\n## {_cell(result.path)}\n\n')
    if result.error:
        out.write(f"**Could not be checked:** {_cell(result.error)}\n\n")
        return
    if result.reference is not None:
        ref = result.reference
        out.write(f"Checked against **{_cell(ref.title)}** (`{ref.id}`, {ref.how}, confidence {ref.score:.2f}).\n\n")
    if not result.findings:
        out.write("No findings.\n\n")
        return
    out.write("| where | severity | rule | finding | reference says | evidence |\n"
              "| --- | --- | --- | --- | --- | --- |\n")
    for f in result.findings:
        out.write(f"| {f.span.line}:{f.span.column} | {f.severity.value} | `{f.rule}` | {_cell(f.message)} "
                  f"| {_cell(f.expected)} | {_evidence(f)} |\n")
    out.write("\n")


def _evidence(f: Finding) -> str:
    if f.evidence is None:
        return ""
    e = f.evidence
    label = _cell(f"{e.reference} {e.path}" + (f" line {e.line}" if e.line else ""))
    link = web_link(e.source)
    if link is None:  # no source, or not a web address (a javascript: URL is shown, never linked)
        return f"{label} ({_cell(e.source)})" if e.source else label
    return f"[{label}](<{_angle_safe(link)}>)"


def _angle_safe(url: str) -> str:
    """A link destination between <...>: no line breaks or angle brackets can end it early."""
    return "".join(f"%{ord(ch):02X}" if ch in "<>\n\r" else ch for ch in url)
