"""The HTML discrepancy report: one self-contained file that works offline.

A summary (totals, findings by category, the articles with most errors, repeated discrepancies),
a legend, and for each article its text with every finding highlighted in its category's colour.
A highlight links to the finding's note (rule, message, what the reference says, its source) and
back, so it works by tapping on a phone as well as by hovering.

The article text is read again from its file (no NLP runs) and used only if its SHA-256 is the one
checked; otherwise the findings are listed without it. Everything from an article or a reference
is escaped by Jinja's autoescaping, and the page's Content-Security-Policy allows no script at
all, so markup in a scraped page (a ``<script>``, an ``onerror=``) is shown as text, never run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Callable, TextIO
from urllib.parse import urlsplit

import jinja2

from ..errors import RumorcheckError
from ..findings import CATEGORIES, ArticleResult, Finding, Severity
from ..summary import Summary
from ..text import read_article

# Okabe-Ito colours: told apart with the common colour-vision deficiencies.
CATEGORY_COLOURS = {
    "cast": "#E69F00", "name": "#56B4E9", "date": "#009E73", "count": "#F0E442",
    "season": "#0072B2", "network": "#D55E00", "plot": "#CC79A7", "show": "#999999",
}
ArticleTexts = Callable[[ArticleResult], str | None]


@dataclass
class Piece:
    """A run of article text covered by the same findings (numbers into the article's list)."""

    text: str
    findings: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()  # findings whose span ends here: their numbered marker follows
    starts: tuple[int, ...] = ()  # findings whose span starts here

    @property
    def primary(self) -> int:
        return self.findings[0]


@dataclass
class ArticleView:
    number: int
    result: ArticleResult
    findings: list[Finding]
    pieces: list[Piece] | None  # None: no text to show
    notice: str = ""

    @property
    def anchor(self) -> str:
        return f"a{self.number}"


@dataclass
class ReportView:
    summary: Summary
    articles: list[ArticleView] = field(default_factory=list)
    clean: list[ArticleResult] = field(default_factory=list)  # checked, nothing to show

    @property
    def anchor_of(self) -> dict[str, str]:
        return {a.result.path: a.anchor for a in self.articles}


def render(results: list[ArticleResult], out: TextIO, texts: ArticleTexts | None = None) -> None:
    view = build_view(results, texts or text_from_file)
    out.write(_template().render(view=view, colours=CATEGORY_COLOURS, categories=CATEGORIES, Severity=Severity))


def build_view(results: list[ArticleResult], texts: ArticleTexts) -> ReportView:
    view = ReportView(Summary.of(results))
    for result in results:
        if result.error or result.findings:
            view.articles.append(_article_view(len(view.articles) + 1, result, texts))
        else:
            view.clean.append(result)
    return view


def text_from_file(result: ArticleResult) -> str | None:
    """The text that was checked, if the file still holds it."""
    try:
        source = read_article(result.path)
    except RumorcheckError:
        return None
    return source.text if source.sha256 == result.sha256 else None


def _article_view(number: int, result: ArticleResult, texts: ArticleTexts) -> ArticleView:
    findings = sorted(result.findings, key=_display_order)
    if result.error:
        return ArticleView(number, result, findings, None)
    text = texts(result)
    if text is None:
        return ArticleView(number, result, findings, None,
                           "The file is gone or has changed since it was checked: findings are listed without its text.")
    return ArticleView(number, result, findings, pieces(text, findings))


def _display_order(f: Finding) -> tuple:
    return (f.span.start, -f.severity.rank, f.span.end, f.rule)


def pieces(text: str, findings: list[Finding]) -> list[Piece]:
    """Cut ``text`` where any finding starts or ends; each piece knows the findings covering it.

    Findings may overlap or nest (a name inside a credit); the most severe, then the narrowest,
    covering finding is listed first and gives the piece its colour.
    """
    spans = [(f.span.start, f.span.end) for f in findings]
    cuts = sorted({0, len(text), *(p for span in spans for p in span if 0 <= p <= len(text))})
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [n for n, (start, end) in enumerate(spans, 1) if start <= a and b <= end]
        covering.sort(key=lambda n: (-findings[n - 1].severity.rank, spans[n - 1][1] - spans[n - 1][0], n))
        ends = tuple(n for n in covering if spans[n - 1][1] == b)
        starts = tuple(n for n in covering if spans[n - 1][0] == a)
        if out and not covering and not out[-1].findings:
            out[-1].text += text[a:b]
        else:
            out.append(Piece(text[a:b], tuple(covering), ends, starts))
    return out


def _template() -> jinja2.Template:
    source = resources.files(__package__).joinpath("templates/report.html.jinja").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["plural"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    env.filters["web_link"] = web_link
    return env.from_string(source)


def web_link(url: str | None) -> str | None:
    """Only http(s) sources become links: a ``javascript:`` URL in a reference stays text."""
    return url if url and urlsplit(url).scheme.lower() in ("http", "https") else None
