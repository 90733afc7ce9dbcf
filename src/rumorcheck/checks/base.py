"""What every check receives and returns.

A check is a plain function ``check(ctx) -> Iterable[Judgement]``: one judgement per claim it
looked at, carrying the claim's verdict and, when something is wrong or worth noting, a
:class:`~rumorcheck.findings.Finding`. Checks never print, read files or load models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable

from ..article import Article
from ..findings import Evidence, Finding, Severity, Verdict
from ..names import Kind, NameResolver, Resolution
from ..reference import Reference
from ..rules import Rule


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    finding: Finding | None = None


@dataclass
class Context:
    article: Article
    reference: Reference
    resolver: NameResolver
    _cache: dict = field(default_factory=dict)

    def resolve(self, text: str, kinds: set[Kind] | None = None) -> Resolution | None:
        key = (text, frozenset(kinds) if kinds else None)
        if key not in self._cache:
            self._cache[key] = self.resolver.resolve(text, kinds)
        return self._cache[key]

    @cached_property
    def show_titles(self) -> list[str]:
        show = self.reference.show
        return [show.title, *show.aliases, *([show.native_title] if show.native_title else [])]

    def finding(self, rule: Rule, verdict: Verdict, message: str, start: int, end: int, *,
                found: str, expected: str, evidence: Evidence | None, confidence: float = 1.0,
                severity: Severity | None = None) -> Judgement:
        return Judgement(verdict, Finding(
            rule=rule.id,
            severity=severity or rule.severity,
            verdict=verdict,
            message=message,
            span=self.article.span(start, end),
            found=found,
            expected=expected,
            evidence=evidence,
            confidence=confidence,
        ))


Check = Callable[[Context], Iterable[Judgement]]

SUPPORTED = Judgement(Verdict.SUPPORTED)
UNVERIFIABLE = Judgement(Verdict.UNVERIFIABLE)


def format_date(day) -> str:
    return f"{day.day} {day:%B %Y}"
