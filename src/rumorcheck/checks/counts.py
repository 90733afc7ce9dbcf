"""Counts: episodes per season, episode numbers, number of seasons."""

from __future__ import annotations

import re
from typing import Iterable

from ..extract.claims import CountClaim
from ..extract.context import clause_around
from ..findings import Severity, Verdict
from ..reference import Season, Status
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement, format_date

WRONG_EPISODE_COUNT = rule(
    "count/wrong-episode-count", Severity.ERROR,
    "An episode count that disagrees with the reference.",
    """
    What it flags:
        "a 12-episode drama", "the season has 12 episodes", "a four-part thriller" when the
        season (or, where no season is named, every season and the whole run) has another count.
    Why it matters:
        Episode counts are copied from site to site; one wrong count spreads.
    Example:
        "Harbour Lights is a 12-episode drama." when it has 16 episodes.
    Not flagged:
        "the first 4 episodes", "the last two episodes" (parts of a run), counts of a stretch
        of the story ("a case that ran for two episodes", "she appears in four episodes",
        "a two-episode arc"), counts of seasons the reference does not have; on a dated page,
        the whole run is what had aired by its date.
    """,
    (Example("Harbour Lights is a 12-episode drama.", "12-episode"),
     Example("Harbour Lights is a 16-episode drama."),
     Example("Harbour Lights has many cases; one of them ran for two episodes.")),
)
EPISODE_OUT_OF_RANGE = rule(
    "count/episode-out-of-range", Severity.ERROR,
    "An episode number past the end of the season.",
    """
    What it flags:
        "the 20th episode", "episode 20" when the season has fewer episodes.
    Why it matters:
        Invented episodes are a sign of fabricated recaps.
    Example:
        "In the 20th episode, Tae-oh leaves." for a 16-episode season.
    Not flagged:
        Episode numbers within the season, episodes of seasons the reference does not have.
    """,
    (Example("In the 20th episode, Tae-oh leaves Busan.", "20th episode"),
     Example("In the 16th episode, Tae-oh leaves Busan.")),
)
WRONG_SEASON_COUNT = rule(
    "count/wrong-season-count", Severity.ERROR,
    "A number of seasons that disagrees with the reference.",
    """
    What it flags:
        "the show has three seasons", "a two-season run" when the reference lists another
        number of aired seasons.
    Why it matters:
        Inflated season counts feed fake renewal stories.
    Example:
        "Harbour Lights has three seasons so far." for a one-season show.
    Not flagged:
        Hedged or future counts ("could run for three seasons"), and a count that was true on
        the page's date (a crawl's stamp "date 2020-09-08": three seasons had aired then).
    """,
    (Example("Harbour Lights has three seasons so far.", "three seasons"),
     Example("Harbour Lights ran for one season.")),
)


def check_counts(ctx: Context) -> Iterable[Judgement]:
    for claim in ctx.article.claims.counts:
        if ctx.about_other_work(claim):
            yield UNVERIFIABLE
        elif _of_a_part(claim):
            yield _part_count(ctx, claim)
        elif claim.unit == "season":
            yield _season_count(ctx, claim)
        elif claim.ordinal:
            yield _episode_number(ctx, claim)
        else:
            yield _episode_count(ctx, claim)


_PARTS = re.compile(r"\b(?:parts|halves|half|volumes?|batch(?:es)?|blocks?|chunks?)\b", re.IGNORECASE)


def _of_a_part(claim: CountClaim) -> bool:
    """"two parts of five episodes each", "the first half has four episodes": a part of a season."""
    clause = clause_around(claim.segment, claim.start, claim.end)
    return bool(_PARTS.search(clause)) and claim.unit == "episode"


def _part_count(ctx: Context, claim: CountClaim) -> Judgement:
    """A count of a part or half, against the parts the reference gives (unverifiable without)."""
    seasons = ctx.claim_seasons(claim) or ctx.reference.aired_seasons
    if "part" in claim.text.lower():  # "released in two parts": how many parts
        counts = {len(s.parts) for s in seasons if s.parts}
        return (SUPPORTED if claim.value in counts else UNVERIFIABLE) if counts else UNVERIFIABLE
    parts = [(s, p) for s in seasons for p in s.parts if p.episodes]
    if not parts:
        return UNVERIFIABLE
    if any(p.episodes == claim.value for _, p in parts):
        return SUPPORTED
    expected = "; ".join(f"season {s.number} part {p.number} has {p.episodes} episodes" for s, p in parts)
    return ctx.finding(
        WRONG_EPISODE_COUNT, Verdict.REFUTED, f"{expected}, not {claim.value}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.season_evidence(parts[0][0].number), presupposed=claim.presupposed,
    )


def _episode_counts(ctx: Context, claim: CountClaim) -> list[tuple[str, int]] | None:
    """(label, count) pairs the claim may mean; None when it names a season the show lacks, or
    speaks of a coming season without naming it."""
    seasons = ctx.claim_seasons(claim)
    if seasons is not None:
        return [(f"season {s.number}", s.episodes) for s in seasons if s.episodes] or None
    if claim.segment.future and not _only_season(ctx):
        return None  # "the drama will air with 13 episodes": which season, the article does not say
    aired = _aired_then(ctx, claim)
    options = [(f"season {s.number}", s.episodes) for s in aired if s.episodes]
    if len(options) > 1 and len(options) == len(aired):
        options.append(("the whole run", sum(count for _, count in options)))
    return options or None


def _only_season(ctx: Context) -> bool:
    """The show ended after one season: a count said of it before it aired is that season's."""
    show = ctx.reference.show
    return len(show.seasons) == 1 and show.status in (Status.ENDED, Status.CANCELLED)


def _episode_count(ctx: Context, claim: CountClaim) -> Judgement:
    options = _episode_counts(ctx, claim)
    if options is None:
        return UNVERIFIABLE
    if any(count == claim.value for _, count in options):
        return SUPPORTED
    expected = _describe(ctx, options)
    return ctx.finding(
        WRONG_EPISODE_COUNT, Verdict.REFUTED, f"{expected}, not {claim.value}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.season_evidence(_evidence_season(ctx, claim)), presupposed=claim.presupposed,
    )


def _episode_number(ctx: Context, claim: CountClaim) -> Judgement:
    options = _episode_counts(ctx, claim)
    if options is None:
        return UNVERIFIABLE
    if claim.value <= max(count for _, count in options):
        return SUPPORTED
    expected = _describe(ctx, options)
    return ctx.finding(
        EPISODE_OUT_OF_RANGE, Verdict.REFUTED, f"{expected}; there is no episode {claim.value}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.season_evidence(_evidence_season(ctx, claim)),
    )


def _season_count(ctx: Context, claim: CountClaim) -> Judgement:
    if claim.segment.future:  # "could run for three seasons" is a hedge, reported at info by the finding
        return UNVERIFIABLE
    aired = len(_aired_then(ctx, claim))
    if claim.value == aired:
        return SUPPORTED
    if not aired:
        return UNVERIFIABLE  # a page from before the premiere
    label = f"{aired} season{'s' if aired != 1 else ''}"
    dated = ctx.analysis.seasons.article_date
    expected = (f"{ctx.reference.title} had {label} by {format_date(dated)}"
                if dated and aired < len(ctx.reference.aired_seasons) else f"{ctx.reference.title} has {label}")
    return ctx.finding(
        WRONG_SEASON_COUNT, Verdict.REFUTED, f"{expected}, not {claim.value}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.evidence("seasons"),
    )


def _aired_then(ctx: Context, claim: CountClaim) -> list[Season]:
    """The seasons a total counts: those aired by the page's date (a page written after season 3
    saw three), unless the sentence is about a season still to come then, whose count the writer
    may have known ("season 3 premieres next week ... expect these 20 episodes"). A count of
    seasons, and the episodes counted beside it ("so far the show has 3 seasons with 30
    episodes"), are of the whole show as it stood, whatever season the page is about."""
    scope = ctx.analysis.seasons
    about = scope.of_segment(claim.segment)
    if about is not None and about >= scope.upcoming and not _counts_seasons(ctx, claim.segment):
        return ctx.reference.aired_seasons
    return scope.aired_by_date


def _counts_seasons(ctx: Context, segment) -> bool:
    return any(c.unit == "season" and not c.ordinal and c.segment is segment for c in ctx.article.claims.counts)


def _describe(ctx: Context, options: list[tuple[str, int]]) -> str:
    if len(ctx.reference.show.seasons) == 1 and len(options) == 1:
        return f"{ctx.reference.title} has {options[0][1]} episodes"
    return "; ".join(f"{label} has {count} episodes" for label, count in options)


def _evidence_season(ctx: Context, claim: CountClaim) -> int:
    seasons = ctx.claim_seasons(claim)
    return seasons[0].number if seasons else min(s.number for s in ctx.reference.show.seasons)


CHECKS = [check_counts]
