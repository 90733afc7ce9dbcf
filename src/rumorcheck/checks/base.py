"""What every check receives and returns.

A check is a plain function ``check(ctx) -> Iterable[Judgement]``: one judgement per claim it
looked at, carrying the claim's verdict and, when something is wrong or worth noting, a
:class:`~rumorcheck.findings.Finding`. Checks never print, read files or load models.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable

from rapidfuzz import fuzz

from ..article import Article
from ..extract.claims import SeasonMention, Segment
from ..extract.mentions import FUNCTION_WORDS
from ..library import Library
from ..findings import Evidence, Finding, Severity, Verdict
from ..names import Kind, NameResolver, Resolution, fold
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
    library: Library | None = None  # the other shows, to recognise names and titles borrowed from them
    _cache: dict = field(default_factory=dict)

    def resolve(self, text: str, kinds: set[Kind] | None = None) -> Resolution | None:
        key = (text, frozenset(kinds) if kinds else None)
        if key not in self._cache:
            self._cache[key] = self.resolver.resolve(text, kinds)
        return self._cache[key]

    @cached_property
    def show_titles(self) -> list[str]:
        return self.reference.titles

    def about_this_show(self, mention: SeasonMention) -> bool:
        """A season mention belongs to this show unless another title is written right before it."""
        if not mention.title:
            return True
        words = [w for w in mention.title.split() if w.strip("‘’'\"“”:") not in FUNCTION_WORDS]
        if not words:
            return True
        written = fold(" ".join(words))
        for title in self.show_titles:
            folded = fold(title)
            tail = written[-len(folded):] if len(written) >= len(folded) else written
            if fuzz.ratio(tail, folded) >= 85 or fuzz.ratio(written, folded) >= 85:
                return True
        return False

    @cached_property
    def article_season(self) -> int | None:
        """The season the article is about: the headline's, else the one it names most, else None."""
        mentions = [m for m in self.article.claims.seasons if self.about_this_show(m)]
        headline = self.article.claims.headline
        in_headline = {m.number for m in mentions if headline is not None and m.segment is headline}
        if len(in_headline) == 1:
            return in_headline.pop()
        counts = Counter(m.number for m in mentions)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def season_of(self, segment: Segment) -> int | None:
        """The season a sentence is about: the one it names, else the article's; None if unclear."""
        named = {m.number for m in self.article.claims.seasons if m.segment is segment and self.about_this_show(m)}
        if len(named) == 1:
            return named.pop()
        return None if named else self.article_season

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
