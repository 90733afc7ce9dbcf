"""Scoring against gold annotations (``fixtures/gold/*.yaml``); the gold format is in README.md ("Accuracy").

A reported finding (severity warning or error) *matches* a gold entry of the same category
whose span overlaps it. Precision counts reported findings that match any gold entry (info
entries included: finding an optional problem is no false alarm); recall counts gold entries of
severity warning or error matched by a reported finding. Info findings are never scored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .checker import Checker
from .errors import ArticleReadError, InvalidGold, UsageError
from .findings import CATEGORIES, ArticleResult, Finding, Severity
from .text import read_article
from .yamlsource import format_loc, read_yaml


class _GoldEntryModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    category: str
    text: str = Field(min_length=1)
    occurrence: int = Field(default=1, ge=1)
    severity: Severity
    expected: str = ""


class _GoldModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    article: str
    reference: str
    findings: list[_GoldEntryModel] = Field(default_factory=list)


@dataclass(frozen=True)
class GoldEntry:
    category: str
    text: str
    severity: Severity
    start: int
    end: int
    expected: str

    @property
    def scored(self) -> bool:
        return self.severity is not Severity.INFO


@dataclass(frozen=True)
class Gold:
    path: Path
    article: Path
    reference: str
    entries: tuple[GoldEntry, ...]


def load_gold(path: Path, articles_dir: Path) -> Gold:
    document = read_yaml(path, error=InvalidGold)
    try:
        model = _GoldModel.model_validate(document.data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        raise InvalidGold(path, err["msg"], document.line_of(loc), format_loc(loc)) from None
    article = articles_dir / model.article
    if not article.is_file():
        raise InvalidGold(path, f"article {model.article!r} is not in {articles_dir}", document.line_of(("article",)))
    try:
        text = read_article(article).text  # as checked: for a web page, the article found in it
    except ArticleReadError as exc:
        raise InvalidGold(path, f"article {model.article!r}: {exc.problem}", document.line_of(("article",))) from None
    entries = []
    for i, entry in enumerate(model.findings):
        line = document.line_of(("findings", i))
        if entry.category not in CATEGORIES:
            raise InvalidGold(path, f"unknown category {entry.category!r}", line, f"findings[{i}].category")
        start = _nth(text, entry.text, entry.occurrence)
        if start < 0:
            raise InvalidGold(path, f"text not found in the article (occurrence {entry.occurrence})", line,
                              f"findings[{i}].text")
        entries.append(GoldEntry(entry.category, entry.text, entry.severity, start, start + len(entry.text),
                                 entry.expected))
    return Gold(path, article, model.reference, tuple(entries))


def _nth(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


@dataclass
class Tally:
    gold: int = 0
    gold_matched: int = 0
    reported: int = 0
    reported_matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.reported_matched / self.reported if self.reported else None

    @property
    def recall(self) -> float | None:
        return self.gold_matched / self.gold if self.gold else None


@dataclass
class Miss:
    path: str
    category: str
    text: str
    severity: str
    note: str


@dataclass
class EvalReport:
    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    misses: list[Miss] = field(default_factory=list)
    false_alarms: list[Miss] = field(default_factory=list)
    identified: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    error_findings_on_accurate: int = 0

    @property
    def overall(self) -> Tally:
        total = Tally()
        for t in self.tallies.values():
            total.gold += t.gold
            total.gold_matched += t.gold_matched
            total.reported += t.reported
            total.reported_matched += t.reported_matched
        return total


def find_gold_files(fixtures: Path) -> list[Path]:
    gold_dir = fixtures / "gold"
    if not gold_dir.is_dir():
        raise UsageError(f"{fixtures}: no gold/ folder (expected {gold_dir})")
    files = sorted(p for p in gold_dir.iterdir() if p.suffix in (".yaml", ".yml"))
    if not files:
        raise UsageError(f"{gold_dir}: no gold files")
    return files


def evaluate(fixtures: Path, checker: Checker) -> EvalReport:
    report = EvalReport()
    for gold_path in find_gold_files(fixtures):
        gold = load_gold(gold_path, fixtures / "articles")
        result = checker.check_file(gold.article)
        report.articles += 1
        if result.error or result.reference is None:
            report.errors.append(result.error or f"{gold.article}: no reference chosen")
        elif result.reference.id == gold.reference:
            report.identified += 1
        score_article(report, gold, result)
    return report


def score_article(report: EvalReport, gold: Gold, result: ArticleResult) -> None:
    reported = [f for f in result.findings if f.severity is not Severity.INFO]
    if result.reference is not None and result.reference.id != gold.reference:
        reported = []  # checked against the wrong show: nothing it says can be credited
    path = str(gold.article)
    if not gold.entries:
        report.error_findings_on_accurate += sum(1 for f in reported if f.severity is Severity.ERROR)
    for finding in reported:
        tally = report.tallies[finding.category]
        tally.reported += 1
        if any(_matches(finding, g) for g in gold.entries):
            tally.reported_matched += 1
        else:
            report.false_alarms.append(Miss(path, finding.category, finding.span.text, finding.severity.value,
                                            f"{finding.rule} line {finding.span.line}: {finding.message}"))
    for entry in gold.entries:
        if not entry.scored:
            continue
        tally = report.tallies[entry.category]
        tally.gold += 1
        if any(_matches(f, entry) for f in reported):
            tally.gold_matched += 1
        else:
            report.misses.append(Miss(path, entry.category, entry.text, entry.severity.value, entry.expected))


def _matches(finding: Finding, entry: GoldEntry) -> bool:
    return (finding.category == entry.category
            and finding.span.start < entry.end and entry.start < finding.span.end)
