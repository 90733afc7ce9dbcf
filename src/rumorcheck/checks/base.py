"""What every check receives and returns.

A check is a plain function ``check(ctx) -> Iterable[Judgement]``: one judgement per claim it
looked at, carrying the claim's verdict and, when something is wrong or worth noting, a
:class:`~rumorcheck.findings.Finding`. Checks never print, read files or load models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..analysis import ArticleAnalysis
from ..article import Article
from ..extract.claims import Claim, SeasonMention, Segment
from ..findings import Evidence, Finding, Severity, Verdict
from ..names import Kind, Resolution
from ..reference import Reference, Season
from ..rules import Rule
from ..story import ShowStory


# Categories whose findings are claims of fact, which a hedge or a question does not make.
FACT_CATEGORIES = frozenset({"date", "count", "season", "network", "plot", "cast", "show"})


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    finding: Finding | None = None


@dataclass
class Context:
    """What a check is given: the analysed article and the reference it is checked against."""

    analysis: ArticleAnalysis
    _resolved: dict = field(default_factory=dict)

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def reference(self) -> Reference:
        return self.analysis.reference

    @property
    def story(self) -> "ShowStory | None":
        """What the reference says of its story (see :mod:`rumorcheck.story`)."""
        return self.analysis.story

    def resolve(self, text: str, kinds: set[Kind] | None = None) -> Resolution | None:
        key = (text, frozenset(kinds) if kinds else None)
        if key not in self._resolved:
            self._resolved[key] = self.analysis.resolver.resolve(text, kinds)
        return self._resolved[key]

    def season_of(self, segment: Segment) -> int | None:
        """The season a sentence is about (see :mod:`rumorcheck.analysis.seasons`)."""
        return self.analysis.seasons.of_segment(segment)

    def about_this_show(self, mention: SeasonMention) -> bool:
        return self.analysis.seasons.about_this_show(mention)

    def claim_seasons(self, claim: Claim, event: str | None = None) -> list[Season] | None:
        """The aired seasons a date or count claim is about; [] when it names a season the show
        has not aired; None when any aired season may be meant."""
        numbers = self.analysis.seasons_of_claim(claim.segment, claim.start, claim.end, event)
        if numbers is None:
            return None
        seasons = [s for n in numbers for s in self.reference.seasons_numbered(n)]
        return [s for s in seasons if not s.announced_only]

    def about_other_work(self, claim: Claim) -> bool:
        """The claim's clause is about another work than this show (see :mod:`rumorcheck.analysis.subjects`)."""
        return self.analysis.other_work_at(claim.start, claim.end) is not None

    def finding(self, rule: Rule, verdict: Verdict, message: str, start: int, end: int, *,
                found: str, expected: str, evidence: Evidence | None, confidence: float = 1.0,
                severity: Severity | None = None, presupposed: bool = False) -> Judgement:
        """A finding at [start, end). A claim of fact its clause does not assert (hedged, asked,
        conditional) is reported at ``info`` with the cue that hedges it, unless the check says the
        article takes the fact for granted (``presupposed``: "this Netflix series"; the pairing in
        "X will probably return as Y"). Spellings are wrong however they are hedged."""
        severity = severity or rule.severity
        modality = self.analysis.modality_at(start, end)
        claim_of_fact = rule.category in FACT_CATEGORIES and not presupposed
        if claim_of_fact and not modality.modality.asserts and severity is not Severity.INFO:
            severity = Severity.INFO
            verdict = Verdict.UNVERIFIABLE if verdict is Verdict.REFUTED else verdict
            message += f" [the article does not assert it: {modality.describe()}]"
        return Judgement(verdict, Finding(
            rule=rule.id,
            severity=severity,
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
