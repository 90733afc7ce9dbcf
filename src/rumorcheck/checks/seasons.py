"""Seasons: does the season the article talks about exist?"""

from __future__ import annotations

from typing import Iterable

from ..extract.claims import SeasonMention
from ..findings import Severity, Verdict
from ..reference import Status
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement, format_date

NONEXISTENT_SEASON = rule(
    "season/nonexistent-season", Severity.ERROR,
    "The article states facts about a season the show never had.",
    """
    What it flags:
        A sentence that states facts (episodes, air dates, "aired", "ended") about a season
        beyond the ones the reference lists, without hedging.
    Why it matters:
        Inventing a season that "aired" misleads readers into looking for episodes that do not exist.
    Example:
        "Harbour Lights Season 2 aired its 16th episode in May 2022." for a one-season show.
    Not flagged:
        Headings, speculation ("if there were a season 2", "season 2 might..."), denials
        ("there will not be a season 2"), and seasons of other shows ("Big Sky Season 4").
    """,
    (Example("The 16th episode of Harbour Lights Season 2 aired in May 2022.", "Season 2"),
     Example("The 16th episode of Harbour Lights Season 1 aired in April 2021.")),
)
UNANNOUNCED_SEASON = rule(
    "season/unannounced-season", Severity.WARNING,
    "The article announces, as fact, a future season the reference does not know of.",
    """
    What it flags:
        An unhedged statement that a season beyond the reference's will come ("Season 2 will
        premiere in March"), for a show the reference does not list as renewed.
    Why it matters:
        Fake renewal news is the core of release-date spam; if the reference is out of date,
        update it and the warning goes away.
    Example:
        "Harbour Lights Season 2 will premiere on KBS2 in March 2025."
    Not flagged:
        Speculation, headings, and the next season of a show the reference marks renewed or ongoing.
    """,
    (Example("Harbour Lights Season 2 will premiere on KBS2 in March 2025.", "Season 2"),
     Example("Harbour Lights Season 2 might premiere in 2025.")),
)
UNCONFIRMED_SEASON = rule(
    "season/unconfirmed-season", Severity.INFO,
    "The article speculates about a season that has not been announced.",
    """
    What it flags:
        The first mention of each season beyond the reference's in a heading or in speculation.
    Why it matters:
        Not false, but readers should know the season does not exist.
    Example:
        A heading "Harbour Lights Season 2 Release Date".
    Not flagged:
        Seasons the reference lists, later mentions of the same season, other shows' seasons.
    """,
    (Example("Harbour Lights Season 2 Release Date", "Season 2"),
     Example("Harbour Lights Season 1 Release Date")),
)


def check_seasons(ctx: Context) -> Iterable[Judgement]:
    reported_info: set[int] = set()
    for mention in ctx.article.claims.seasons:
        if not ctx.about_this_show(mention):
            continue
        if ctx.reference.season(mention.number) is not None:
            yield SUPPORTED
            continue
        yield _missing_season(ctx, mention, reported_info)


def _missing_season(ctx: Context, mention: SeasonMention, reported_info: set[int]) -> Judgement:
    reference = ctx.reference
    aired = reference.aired_seasons
    last = max((s.number for s in aired), default=0)
    if reference.show.status in (Status.RENEWED, Status.ONGOING) and mention.number == last + 1:
        return UNVERIFIABLE
    segment = mention.segment
    if segment.negated and not mention.asserted:
        return SUPPORTED  # "there will not be a season 2"
    summary = _summary(ctx)
    evidence = reference.season_evidence(last)
    found = mention.segment.text if len(mention.segment.text) < 200 else mention.text
    if mention.asserted and not segment.future:
        return ctx.finding(
            NONEXISTENT_SEASON, Verdict.REFUTED,
            f"{reference.title} has no season {mention.number}: {summary}",
            mention.start, mention.end, found=found, expected=summary, evidence=evidence)
    if mention.asserted or (segment.future and not segment.hedged and not segment.heading and not segment.negated):
        return ctx.finding(
            UNANNOUNCED_SEASON, Verdict.UNVERIFIABLE,
            f"the reference knows of no season {mention.number} of {reference.title}: {summary}",
            mention.start, mention.end, found=found, expected=summary, evidence=evidence)
    if mention.number in reported_info:
        return UNVERIFIABLE
    reported_info.add(mention.number)
    return ctx.finding(
        UNCONFIRMED_SEASON, Verdict.UNVERIFIABLE,
        f"season {mention.number} of {reference.title} has not been announced: {summary}",
        mention.start, mention.end, found=found, expected=summary, evidence=evidence)


def _summary(ctx: Context) -> str:
    seasons = ctx.reference.aired_seasons
    parts = []
    for s in seasons:
        detail = f"{s.episodes} episodes" if s.episodes else "episodes unknown"
        if s.first_aired:
            detail += f", {format_date(s.first_aired)}"
            if s.last_aired:
                detail += f" to {format_date(s.last_aired)}"
        parts.append(f"season {s.number} ({detail})")
    status = ctx.reference.show.status.value
    count = len(seasons)
    return f"{count} season{'s' if count != 1 else ''}: " + "; ".join(parts) + f"; status {status}"


CHECKS = [check_seasons]
