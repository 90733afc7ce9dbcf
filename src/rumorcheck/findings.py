"""The records every check produces and every renderer consumes.

A :class:`Finding` is a plain, frozen value: renderers format it, checks create it, nothing
else changes it. Its JSON form is documented in README.md ("JSON output") (``Finding.to_dict``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

SCHEMA_VERSION = 1

CATEGORIES = ("cast", "name", "date", "count", "season", "network", "plot", "show")


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def at_least(self, other: "Severity") -> bool:
        return self.rank >= other.rank


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Verdict(str, Enum):
    """The FEVER labels: what the reference says of one claim."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class TextSpan:
    """Where a claim stands in the article: character offsets plus 1-based line and column."""

    start: int
    end: int
    line: int
    column: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where the reference says what it says: show id, record path, YAML line, public source."""

    reference: str
    path: str
    line: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    verdict: Verdict
    message: str
    span: TextSpan
    found: str
    expected: str
    evidence: Evidence | None = None
    confidence: float = 1.0

    @property
    def category(self) -> str:
        return self.rule.split("/", 1)[0]

    def sort_key(self) -> tuple:
        return (self.span.start, self.span.end, self.rule, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "verdict": self.verdict.value,
            "message": self.message,
            "span": asdict(self.span),
            "found": self.found,
            "expected": self.expected,
            "evidence": asdict(self.evidence) if self.evidence else None,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        evidence = data.get("evidence")
        return cls(
            rule=data["rule"],
            severity=Severity(data["severity"]),
            verdict=Verdict(data["verdict"]),
            message=data["message"],
            span=TextSpan(**data["span"]),
            found=data.get("found", ""),
            expected=data.get("expected", ""),
            evidence=Evidence(**evidence) if evidence else None,
            confidence=data.get("confidence", 1.0),
        )


@dataclass(frozen=True)
class ReferenceChoice:
    """Which reference an article was checked against, and why."""

    id: str
    title: str
    how: str  # "given" (--reference FILE), "only reference", or "identified"
    score: float = 1.0  # how sure: 1.0 when given; the chosen show's share of the evidence when identified
    path: str | None = None
    reasons: list[str] = field(default_factory=list)  # the evidence that picked it
    candidates: list[dict] = field(default_factory=list)  # the best-scoring shows: [{"id", "score"}]


@dataclass
class ArticleResult:
    path: str
    sha256: str | None = None
    reference: ReferenceChoice | None = None
    claims: dict[str, int] = field(default_factory=lambda: {v.value: 0 for v in Verdict})
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    encoding: str | None = None
    source_format: str = "text"  # "html" when the text checked was the article found in a web page

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "source_format": self.source_format,
            "reference": asdict(self.reference) if self.reference else None,
            "claims": dict(self.claims),
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleResult":
        ref = data.get("reference")
        return cls(
            path=data["path"],
            sha256=data.get("sha256"),
            reference=ReferenceChoice(**ref) if ref else None,
            claims=dict(data.get("claims") or {}),
            findings=[Finding.from_dict(f) for f in data.get("findings") or []],
            error=data.get("error"),
            encoding=data.get("encoding"),
            source_format=data.get("source_format", "text"),
        )
