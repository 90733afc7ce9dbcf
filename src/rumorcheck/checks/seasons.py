"""Seasons: does the season the article talks about exist?"""

from __future__ import annotations

import re
from typing import Iterable

from ..analysis.modality import Modality, names_a_topic
from ..extract.claims import RenewalClaim, SeasonMention
from ..findings import Severity, Verdict
from ..reference import Status
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement, format_date

NONEXISTENT_SEASON = rule(
    "season/nonexistent-season", Severity.ERROR,
    "The article states facts about a season the show never had.",
    """
    What it flags:
        A sentence that states facts (episodes, air dates, "aired", "ended", "returns for a
        second season") about a season beyond the ones the reference lists, without hedging.
    Why it matters:
        Inventing a season that "aired" misleads readers into looking for episodes that do not exist.
    Example:
        "Harbour Lights Season 2 aired its 16th episode in May 2022." for a one-season show.
    Not flagged:
        Headings, speculation ("if there were a season 2", "season 2 might..."), denials
        ("there will not be a season 2"), seasons of other shows ("Big Sky Season 4"), seasons
        the reference's notes or sources tell were renewed ("Renewed for season 2 in July 2019"),
        even if later cancelled. The season after the last one of a cancelled show, which the
        reference neither confirms nor rules out, is at most an unannounced-season warning.
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
        Speculation, headings, a season only named as the topic ("here is what we have heard
        about season 2"), the next season of a show the reference marks renewed or ongoing,
        a season its notes or sources' titles tell was ordered, and a future season of a
        cancelled show that the reference does not rule out (info).
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


MISLABELLED_SEASON = rule(
    "season/mislabelled-season", Severity.ERROR,
    "An article about a coming season calls it by the number of a season that aired long ago.",
    """
    What it flags:
        In an article about one season (named in its headline), a mention of a season at least
        two before it that has already aired, written as the season everyone is waiting for
        ("the much awaited second season", "the upcoming season 2").
    Why it matters:
        Spun articles recycle an old article's text under a new headline; the reader cannot
        tell which season the release news is about.
    Example:
        "Tidewater Season 3" over "everything about the much-anticipated first season".
    Not flagged:
        Earlier seasons named as such ("season 1 aired in 2019"), the season just before the
        article's (an article written before it aired rightly awaits it), and articles whose
        headline names no season.
    """,
    (Example("Tidewater Season 3: Release Date\n\nHere is everything about the much-anticipated first season.",
             "first season", "tidewater"),
     Example("Tidewater Season 3: Release Date\n\nThe second season aired in March 2022.", None, "tidewater")),
)


_GOING_ON = (Status.RENEWED, Status.ONGOING, Status.ON_HOLD)  # a next season has been spoken of


def check_seasons(ctx: Context) -> Iterable[Judgement]:
    reported_info: set[int] = set()
    for mention in ctx.article.claims.seasons:
        if not ctx.about_this_show(mention):
            continue
        if ctx.reference.seasons_numbered(mention.number):
            yield _existing_season(ctx, mention)
            continue
        yield _missing_season(ctx, mention, reported_info)


def _missing_season(ctx: Context, mention: SeasonMention, reported_info: set[int]) -> Judgement:
    reference = ctx.reference
    last = max((s.number for s in reference.aired_seasons), default=0)
    if reference.show.status in _GOING_ON and mention.number == last + 1 or _commissioned(reference, mention.number):
        return UNVERIFIABLE
    modality = ctx.analysis.modality_at(mention.start, mention.end).modality
    if modality is Modality.NEGATED and not mention.asserted:
        return SUPPORTED  # "there will not be a season 2"
    summary = _summary(ctx)
    evidence = reference.season_evidence(last)
    found = mention.segment.text if len(mention.segment.text) < 200 else mention.text
    may_have_been_ordered = _may_have_been_ordered(reference, mention.number, last)
    if not mention.segment.heading and modality.asserts:
        if mention.asserted and modality is Modality.ASSERTED and not may_have_been_ordered:
            return ctx.finding(
                NONEXISTENT_SEASON, Verdict.REFUTED,
                f"{reference.title} has no season {mention.number}: {summary}",
                mention.start, mention.end, found=found, expected=summary, evidence=evidence)
        if mention.asserted and modality is Modality.ASSERTED or (
                (mention.asserted or _announced(mention, modality)) and not may_have_been_ordered):
            return _unannounced(ctx, mention.number, mention.start, mention.end, found, summary, evidence)
    if mention.number in reported_info:
        return UNVERIFIABLE
    reported_info.add(mention.number)
    return ctx.finding(
        UNCONFIRMED_SEASON, Verdict.UNVERIFIABLE,
        f"season {mention.number} of {reference.title} has not been announced: {summary}",
        mention.start, mention.end, found=found, expected=summary, evidence=evidence)


def _announced(mention: SeasonMention, modality: Modality) -> bool:
    """A renewal or release told of the season itself; not when the season is only the topic the
    sentence introduces ("here is what we have heard so far about season 3")."""
    return (mention.renewal or _predicts_release(mention, modality)) and not names_a_topic(
        mention.segment, mention.start, mention.end, mention.title)


# "in season 3 he will fix things": the season is when a guessed event happens, not the news.
_SETTING = re.compile(r"(?:^|[\s,])(?:in|during|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _predicts_release(mention: SeasonMention, modality: Modality) -> bool:
    """"Season 2 will premiere", "will be back with a fourth season": the season predicted as
    news. A season that only sets the time of a guessed plot says no more than a heading about it."""
    before = mention.segment.text[:mention.start - mention.segment.start]
    untitled = before.rstrip().removesuffix(mention.title or "")  # "in <Title> season 3"
    return modality is Modality.FUTURE and not (_SETTING.search(before) or _SETTING.search(untitled + " "))


def _commissioned(reference, number: int) -> bool:
    """A season the reference knows was ordered (listed as announced, or a renewal its notes tell
    of), even if it never aired: talk of it is not invention."""
    return number in reference.commissioned_numbers


def _may_have_been_ordered(reference, number: int, last: int) -> bool:
    """The season after the last one of a cancelled show, which the reference neither confirms nor
    rules out: such shows are often renewed and then dropped before the season is made, so an
    article may rightly have spoken of it."""
    return (reference.show.status is Status.CANCELLED and number == last + 1
            and number not in reference.denied_numbers)


def _unannounced(ctx: Context, number: int, start: int, end: int, found: str, summary: str, evidence) -> Judgement:
    return ctx.finding(
        UNANNOUNCED_SEASON, Verdict.UNVERIFIABLE,
        f"the reference knows of no season {number} of {ctx.reference.title}: {summary}",
        start, end, found=found, expected=summary, evidence=evidence)


# "the much awaited second season", "the upcoming season 4": awaited in the noun phrase itself.
_AWAITED = re.compile(r"\b(?:anticipated|awaited|upcoming|forthcoming|coming|new|next)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _existing_season(ctx: Context, mention: SeasonMention) -> Judgement:
    """A season that aired long ago awaited as the coming one, in an article about a later season
    (not the one just before it, which an article written earlier may rightly await)."""
    article_season = ctx.analysis.seasons.article_season
    season = ctx.reference.season(mention.number)
    before = mention.segment.text[:mention.start - mention.segment.start][-40:]
    if (article_season is None or season is None or mention.number >= article_season - 1
            or season.first_aired is None or season.announced_only or not _AWAITED.search(before)
            or mention.segment.heading):
        return SUPPORTED
    aired = f"season {mention.number} came out on {format_date(season.first_aired)}"
    return ctx.finding(
        MISLABELLED_SEASON, Verdict.REFUTED,
        f"the article is about season {article_season}, but awaits it as season {mention.number}; {aired}",
        mention.start, mention.end, found=mention.segment.text if len(mention.segment.text) < 200 else mention.text,
        expected=f"season {article_season}; {aired}", evidence=ctx.reference.season_evidence(mention.number),
        presupposed=True)  # a label, wrong however the sentence around it is hedged


def check_renewals(ctx: Context) -> Iterable[Judgement]:
    """"BBC bosses confirmed it will be returning" with no season named: the next one is meant."""
    for claim in ctx.article.claims.renewals:
        if ctx.about_other_work(claim) or any(
                m.segment.start == claim.segment.start and ctx.about_this_show(m) for m in ctx.article.claims.seasons):
            continue  # the season named in the sentence is checked by check_seasons
        yield _renewal(ctx, claim)


def _renewal(ctx: Context, claim: RenewalClaim) -> Judgement:
    reference = ctx.reference
    last = max((s.number for s in reference.aired_seasons), default=0)
    named = ctx.analysis.seasons.of_segment(claim.segment)
    number = named or ctx.analysis.seasons.upcoming
    if number <= last or (reference.seasons_numbered(number) if named else reference.season(number)):
        return SUPPORTED
    if (reference.show.status in _GOING_ON or claim.segment.heading or _commissioned(reference, number)
            or _may_have_been_ordered(reference, number, last)):
        return UNVERIFIABLE
    modality = ctx.analysis.modality_at(claim.start, claim.end).modality
    if modality is Modality.NEGATED:
        return SUPPORTED
    sentence_start = claim.segment.start
    found = ctx.article.text[sentence_start:claim.end]
    return _unannounced(ctx, number, sentence_start, claim.end, found, _summary(ctx),
                        reference.season_evidence(last))


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


CHECKS = [check_seasons, check_renewals]
