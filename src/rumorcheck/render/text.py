"""Linter-style terminal output: ``path:line:col severity rule message``, then the evidence.

Colour is used only when the output is a terminal (rich decides; NO_COLOR is honoured).
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape

from ..findings import ArticleResult, Finding, Severity, Verdict
from ..summary import Summary, Totals

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(results: list[ArticleResult], out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)
    for result in results:
        _article(console, result)
    if len(results) > 1:
        _batch_summary(console, Summary.of(results, top=5))
    console.print(summary_line(results))


def _batch_summary(console: Console, summary: Summary) -> None:
    if summary.by_category:
        counts = ", ".join(f"{c} {sum(n.values())}" for c, n in summary.by_category.items())
        console.print(f"[bold]findings by category:[/] {escape(counts)}")
    for path, errors, warnings in summary.ranked:
        console.print(f"  {escape(path)}: {_plural(errors, 'error')}, {_plural(warnings, 'warning')}")
    for r in summary.repeated:
        console.print(f"[bold]repeated:[/] {escape(_short(r.found, 80))} ({r.rule}) in {r.articles} articles; "
                      f"reference: {escape(_short(r.expected, 80))}")


def _article(console: Console, result: ArticleResult) -> None:
    if result.error:
        console.print(f"[bold red]error[/] {escape(result.error)}")
        return
    if result.reference is not None and result.reference.how == "identified":
        choice = result.reference
        console.print(f"[dim]{escape(result.path)}: about {escape(choice.title)} ({escape(choice.id)}), "
                      f"identified with confidence {choice.score:.2f}: {escape('; '.join(choice.reasons))}[/]")
    for finding in result.findings:
        _finding(console, result.path, finding)


def _finding(console: Console, path: str, f: Finding) -> None:
    where = f"{path}:{f.span.line}:{f.span.column}"
    console.print(f"{escape(where)}: [{STYLE[f.severity]}]{f.severity.value}[/] [bold]{f.rule}[/] {escape(f.message)}")
    console.print(f"    [dim]found:[/] {escape(_short(f.span.text))}")
    console.print(f"    [dim]reference:[/] {escape(f.expected)}")
    if f.evidence:
        e = f.evidence
        location = f"{e.reference} {e.path}" + (f" (line {e.line})" if e.line else "")
        console.print(f"    [dim]evidence:[/] {escape(location)}" + (f" [dim]{escape(e.source)}[/]" if e.source else ""))


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_line(results: list[ArticleResult] | Totals) -> str:
    totals = results if isinstance(results, Totals) else Totals.of(results)
    severities = totals.severities
    parts = [
        _plural(severities[Severity.ERROR], "error"),
        _plural(severities[Severity.WARNING], "warning"),
        f"{severities[Severity.INFO]} info",
    ]
    claims = ", ".join(f"{totals.verdicts.get(v.value, 0)} {v.value}" for v in Verdict)
    line = f"{_plural(totals.articles, 'article')}: {', '.join(parts)}; claims: {claims}"
    if totals.unreadable:
        line += f"; {_plural(totals.unreadable, 'file')} could not be checked"
    return line


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
