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
from ..story import ShowStory


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
    story: ShowStory | None = None  # what the reference says of its story (read once per reference)
    _cache: dict = field(default_factory=dict)

    def resolve(self, text: str, kinds: set[Kind] | None = None) -> Resolution | None:
        key = (text, frozenset(kinds) if kinds else None)
        if key not in self._cache:
            self._cache[key] = self.resolver.resolve(text, kinds)
        return self._cache[key]

    def about_this_show(self, mention: SeasonMention) -> bool:
        """A season mention belongs to this show unless another title is written right before it."""
        if not mention.title:
            return True
        words = [w for w in mention.title.split() if w.strip("‘’'\"“”:") not in FUNCTION_WORDS]
        if not words:
            return True
        written = fold(" ".join(words))
        for title in self.reference.titles:
            folded = fold(title)
            tail = written[-len(folded):] if len(written) >= len(folded) else written
            if fuzz.ratio(tail, folded) >= 85 or fuzz.ratio(written, folded) >= 85:
                return True
        return False

    @cached_property
    def _seasons_named(self) -> dict[int, set[int]]:
        """Season numbers about this show named in each segment, by segment start."""
        named: dict[int, set[int]] = {}
        for mention in self.article.claims.seasons:
            if self.about_this_show(mention):
                named.setdefault(mention.segment.start, set()).add(mention.number)
        return named

    @cached_property
    def article_season(self) -> int | None:
        """The season the article is about: the headline's, else the only one it names, else None."""
        headline = self.article.claims.headline
        in_headline = self._seasons_named.get(headline.start, set()) if headline is not None else set()
        if len(in_headline) == 1:
            return next(iter(in_headline))
        every = set().union(*self._seasons_named.values()) if self._seasons_named else set()
        return next(iter(every)) if len(every) == 1 else None

    @cached_property
    def _segment_seasons(self) -> dict[int, int | None]:
        """The season each sentence is about: the one it names, else the last one named earlier in
        its paragraph, else its section heading's, else the article's; None when unclear."""
        text = self.article.text
        out: dict[int, int | None] = {}
        section = paragraph = None
        previous_end = 0
        for segment in self.article.claims.segments:
            named = self._seasons_named.get(segment.start, set())
            own = next(iter(named)) if len(named) == 1 else None
            if "\n\n" in text[previous_end:segment.start] or "\n" in text[previous_end:segment.start] and segment.heading:
                paragraph = None
            if segment.heading:
                section = own
            elif named:
                paragraph = own
            out[segment.start] = own if named else (paragraph or section or self.article_season)
            previous_end = segment.end
        return out

    def season_of(self, segment: Segment) -> int | None:
        """The season a sentence is about (see ``_segment_seasons``)."""
        return self._segment_seasons.get(segment.start, self.article_season)

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
