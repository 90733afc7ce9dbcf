"""Air dates: premieres and finales against the reference's season dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Iterable

from ..extract.claims import DateClaim, DateValue
from ..extract.context import clause_around
from ..findings import Severity, Verdict
from ..names import fold
from ..reference import Season, window
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement, format_date

WRONG_PREMIERE_DATE = rule(
    "date/wrong-premiere-date", Severity.ERROR,
    "A premiere or release date that disagrees with the reference.",
    """
    What it flags:
        A date the sentence ties to a premiere or release ("release date", "premiered",
        "will premiere in") that does not contain the season's first air date. Dates are
        compared at the precision written: "2017" matches any day of 2017, "April or May 2022"
        either month. A date predicted as fact ("will premiere on") for a season that has
        already aired is flagged too; a hedged or conditional prediction is reported at info.
    Why it matters:
        Wrong release dates are the commonest claim in rumour articles.
    Example:
        "Harbour Lights premiered on 8 March 2021." when it premiered on 1 March 2021.
    Not flagged:
        Dates of other events (filming, announcements, trailers, TV spots, stills, birthdays,
        also when the words come after the date: "a spot in May 2021 to announce filming"),
        the story's own time ("the season is set in 1931", "the story begins in 1931"), a
        date more than a few years before the show first aired (a period drama's years, or
        the original a remake shares its title with: the show cannot have aired then), the
        date of writing ("as of April 2021"), a show's own premiere in a clause on its title
        ("Harbour Lights, which premiered in March 2021, returns for a second season"), a date
        in such a clause on another title ("her drama Cold Harbour, which debuted in 2018")
        or in a parenthesis on other works ("after hit dramas (both aired in 2016) ..."),
        and dates of seasons the reference does not have (see the season rules). Dates after
        a list of seasons ("the first and second seasons aired in 2021 and 2022,
        respectively") are paired with them in order.
    """,
    (Example("Harbour Lights premiered on 8 March 2021.", "8 March 2021"),
     Example("Harbour Lights premiered on 1 March 2021."),
     Example("Harbour Lights premiered on 1 March 2021; as of May 2021, it has not been renewed."),
     Example("The first stills of Harbour Lights were released on 8 March 2021."),
     Example("The first season of Harbour Lights begins in 1931, when the lighthouse is built."),
     Example("The network released a TV spot for Harbour Lights on 8 March 2021 to announce its cast.")),
)
WRONG_FINALE_DATE = rule(
    "date/wrong-finale-date", Severity.ERROR,
    "A finale date that disagrees with the reference.",
    """
    What it flags:
        A date the sentence ties to a finale ("final episode", "ended", "concluded") that does
        not contain the season's last air date.
    Why it matters:
        A wrong end date misplaces the whole run.
    Example:
        "The final episode aired on 27 April 2021." when it aired on 20 April 2021.
    Not flagged:
        The right date at any precision, dates of other events, and the story's own time
        ("the season ends on 12 March 1932" in a period drama that aired in 2021).
    """,
    (Example("The final episode of Harbour Lights aired on 27 April 2021.", "27 April 2021"),
     Example("The final episode of Harbour Lights aired on 20 April 2021.")),
)


def check_dates(ctx: Context) -> Iterable[Judgement]:
    for claim in ctx.article.claims.dates:
        if claim.event is None:
            continue
        if ctx.about_other_work(claim) or _names_a_special(ctx, claim) or _before_the_show(ctx, claim):
            yield UNVERIFIABLE
            continue
        announced = _announced_season(ctx, claim)
        if announced is not None:
            yield _compare_window(ctx, claim, announced)
            continue
        seasons = _seasons_meant(ctx, claim)
        if not seasons or claim.event == "premiere" and _of_an_unlisted_part(ctx, claim, seasons):
            yield UNVERIFIABLE
        elif _of_an_unlisted_part(ctx, claim, seasons, _ANY_PART) and (claim.event == "finale" or claim.end_value):
            yield UNVERIFIABLE  # "the first part aired from December to March": a part's end, not the season's
        elif claim.end_value is not None and _a_stretch_of(ctx, claim, seasons):
            yield UNVERIFIABLE  # "aired from July to October 2018, and then from April to July 2019"
        elif claim.event == "premiere":
            yield _compare(ctx, claim, claim.value, seasons, ctx.reference.premieres, WRONG_PREMIERE_DATE, "premiered")
            if claim.end_value is not None:
                yield _compare(ctx, claim, claim.end_value, seasons, ctx.reference.finales, WRONG_FINALE_DATE, "ended")
        else:
            value = claim.end_value or claim.value
            yield _compare(ctx, claim, value, seasons, ctx.reference.finales, WRONG_FINALE_DATE, "ended")


def _a_stretch_of(ctx: Context, claim: DateClaim, seasons: list[Season]) -> bool:
    """A run of dates inside a season's airing, short of the whole of it: one of the stretches a
    season split in two aired in, not a wrong premiere or finale."""
    for season in seasons:
        premieres, finales = ctx.reference.premieres(season), ctx.reference.finales(season)
        if premieres and finales and min(premieres) <= claim.value.last and claim.end_value.first <= max(finales) \
                and not (claim.value.contains(min(premieres)) and claim.end_value.contains(max(finales))):
            return True
    return False


# How far before the show's first air date a date may still be a slip of this show's year
# ("premiered in 2011" for 2013): farther back, it is the story's own time ("the season begins in
# 1921") or another work's (the source a remake shares its title with), not a date of this show.
_YEARS_OF_SLIP = 3


def _before_the_show(ctx: Context, claim: DateClaim) -> bool:
    """The date lies years before the show could have aired: before its first premiere or, when
    the reference knows none, before the page was written."""
    earliest = min((day for s in ctx.reference.show.seasons for day in ctx.reference.premieres(s)),
                   default=ctx.analysis.seasons.article_date)
    if earliest is None:
        return False
    latest_meant = (claim.end_value or claim.value).last
    return latest_meant < earliest - dt.timedelta(days=round(365.25 * _YEARS_OF_SLIP))


_LATER = r"second|2nd|third|3rd|final|last|latter|next"
_PART_NOUN = r"(?:part|half|volume|batch|instal+ment)"
# A later part of a season: "the second part will be released on", "Part 2 arrives on", "volume two"
_LATER_PART = re.compile(rf"\b(?:(?:{_LATER})\s+{_PART_NOUN}|(?:part|volume|vol\.?)\s+(?:2|3|two|three|ii|iii)\b)",
                         re.IGNORECASE)
# Any part of a season: "the first part", "part 1", "the second half", "volume 2"
_ANY_PART = re.compile(rf"\b(?:(?:first|1st|{_LATER})\s+{_PART_NOUN}|(?:part|volume|vol\.?)\s+(?:\d|one|two|three|i{{1,3}})\b)",
                       re.IGNORECASE)


def _of_an_unlisted_part(ctx: Context, claim: DateClaim, seasons: list[Season],
                         pattern: re.Pattern = _LATER_PART) -> bool:
    """A date of a part of a season (by default a later part) the reference lists no parts for:
    the season's own premiere or finale does not settle it."""
    return (any(not s.parts for s in seasons)
            and bool(pattern.search(clause_around(claim.segment, claim.start, claim.end))))


def _names_a_special(ctx: Context, claim: DateClaim) -> bool:
    """"the Christmas special aired on ...": a special or film of the show, not a season."""
    clause = fold(clause_around(claim.segment, claim.start, claim.end))
    return any(fold(name) in clause for special in ctx.reference.show.specials
               for name in (special.title, *special.aliases))


def _announced_season(ctx: Context, claim: DateClaim) -> Season | None:
    """The announced season a premiere date is about, when the reference gives its window."""
    if claim.event != "premiere":
        return None
    numbers = ctx.analysis.seasons_of_claim(claim.segment, claim.start, claim.end, claim.event) or []
    seasons = [s for n in numbers for s in ctx.reference.seasons_numbered(n)]
    if any(not s.announced_only for s in seasons):
        return None  # an aired season may be meant: its dates decide
    return next((s for s in seasons if s.expected), None)


def _compare_window(ctx: Context, claim: DateClaim, season: Season) -> Judgement:
    expected_window = window(season.expected)
    if claim.value.first <= expected_window.last and expected_window.first <= claim.value.last:
        return SUPPORTED
    expected = f"season {season.number} is announced for {season.expected}"
    return ctx.finding(
        WRONG_PREMIERE_DATE, Verdict.REFUTED, f"{expected}, not {claim.text}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.season_evidence(season.number), severity=Severity.WARNING,
    )


def _seasons_meant(ctx: Context, claim: DateClaim) -> list[Season]:
    """The seasons the date may be about; any aired season when the article does not say."""
    seasons = ctx.claim_seasons(claim, claim.event)
    return ctx.reference.aired_seasons if seasons is None else seasons


def _compare(ctx: Context, claim: DateClaim, value: DateValue, seasons: list[Season],
             days_of: Callable[[Season], list[dt.date]], rule_, verb: str) -> Judgement:
    known = [(s, day) for s in seasons for day in days_of(s)]
    if not known:
        return UNVERIFIABLE
    if any(value.contains(day) for _, day in known):
        return SUPPORTED
    season, day = _closest(known, value)
    if value.granularity == "day" and abs((day - value.first).days) == 1 and _in_a_time_zone(ctx, claim):
        return UNVERIFIABLE  # "2 March, 6:30 am IST" for a release on 1 March in the US
    label = f"season {season.number}" if len(ctx.reference.show.seasons) > 1 else ctx.reference.title
    expected = f"{label} {verb} on {format_date(day)}"
    return ctx.finding(
        rule_, Verdict.REFUTED, f"{expected}, not {claim.text}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.season_evidence(season.number),
    )


# A clock time or a time zone right after a day: the writer may give the day where they are.
_TIME_ZONE = re.compile(r"^[\s,]*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*)?"
                        r"\(?\b(?:[A-Z]{1,2}[SD]?T|IST|KST|JST|PKT|SGT|HKT|AEST|AEDT|CET|CEST|BST|GMT|UTC)\b")


def _in_a_time_zone(ctx: Context, claim: DateClaim) -> bool:
    return bool(_TIME_ZONE.search(ctx.article.text[claim.end:claim.end + 40]))


def _closest(known, value: DateValue):
    return min(known, key=lambda sd: abs((sd[1] - value.first).days))


CHECKS = [check_dates]
