"""What a batch adds up to: totals, the articles with most errors, and repeated discrepancies.

Computed from results alone (no NLP), so every renderer and ``rumorcheck report`` share it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .findings import CATEGORIES, ArticleResult, Severity, Verdict


@dataclass
class Totals:
    """Running totals of a batch, kept without keeping its results."""

    articles: int = 0
    unreadable: int = 0
    severities: Counter = field(default_factory=Counter)  # Severity -> findings
    verdicts: Counter = field(default_factory=Counter)  # verdict value -> claims

    @classmethod
    def of(cls, results: list[ArticleResult]) -> "Totals":
        totals = cls()
        for result in results:
            totals.add(result)
        return totals

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        self.unreadable += bool(result.error)
        self.severities.update(f.severity for f in result.findings)
        self.verdicts.update({v.value: result.claims.get(v.value, 0) for v in Verdict})

    def merge(self, other: "Totals") -> None:
        """Add another part of the batch's totals (a part counted elsewhere, e.g. on another machine)."""
        self.articles += other.articles
        self.unreadable += other.unreadable
        self.severities.update(other.severities)
        self.verdicts.update(other.verdicts)


@dataclass(frozen=True)
class Repeated:
    rule: str
    found: str
    expected: str
    articles: int


@dataclass
class Summary:
    articles: int
    unreadable: int
    by_severity: Counter = field(default_factory=Counter)  # Severity -> findings
    by_category: dict[str, Counter] = field(default_factory=dict)  # category -> Severity -> findings
    ranked: list[tuple[str, int, int]] = field(default_factory=list)  # (path, errors, warnings), worst first
    repeated: list[Repeated] = field(default_factory=list)  # most widespread first

    @classmethod
    def of(cls, results: list[ArticleResult], top: int = 10) -> "Summary":
        summary = cls(len(results), sum(1 for r in results if r.error))
        summary.by_category = {c: Counter() for c in CATEGORIES}
        where: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for result in results:
            for f in result.findings:
                summary.by_severity[f.severity] += 1
                summary.by_category[f.category][f.severity] += 1
                if f.severity is not Severity.INFO:
                    where[(f.rule, _norm(f.found), f.expected)].add(result.path)
        summary.by_category = {c: n for c, n in summary.by_category.items() if n}
        summary.ranked = _ranked(results, top)
        summary.repeated = [Repeated(rule, found, expected, len(paths))
                            for (rule, found, expected), paths in where.items() if len(paths) > 1]
        summary.repeated.sort(key=lambda r: (-r.articles, r.rule, r.found))
        del summary.repeated[top:]
        return summary


def _ranked(results: list[ArticleResult], top: int) -> list[tuple[str, int, int]]:
    rows = []
    for result in results:
        errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
        warnings = sum(1 for f in result.findings if f.severity is Severity.WARNING)
        if errors or warnings:
            rows.append((result.path, errors, warnings))
    rows.sort(key=lambda row: (-row[1], -row[2], row[0]))
    return rows[:top]


def _norm(text: str) -> str:
    return " ".join(text.split())
