"""Air dates: premieres and finales against the reference's season dates."""

from __future__ import annotations

from typing import Iterable

from ..extract.claims import DateClaim, DateValue
from ..findings import Severity, Verdict
from ..reference import Season
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
        Dates of other events (filming, announcements, birthdays), and dates of seasons the
        reference does not have (see the season rules).
    """,
    (Example("Harbour Lights premiered on 8 March 2021.", "8 March 2021"),
     Example("Harbour Lights premiered on 1 March 2021.")),
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
        The right date at any precision, and dates of other events.
    """,
    (Example("The final episode of Harbour Lights aired on 27 April 2021.", "27 April 2021"),
     Example("The final episode of Harbour Lights aired on 20 April 2021.")),
)


def check_dates(ctx: Context) -> Iterable[Judgement]:
    for claim in ctx.article.claims.dates:
        if claim.event is None:
            continue
        seasons = _seasons_meant(ctx, claim)
        if not seasons or ctx.about_other_work(claim):
            yield UNVERIFIABLE
            continue
        if claim.event == "premiere":
            yield _compare(ctx, claim, claim.value, seasons, "first_aired", WRONG_PREMIERE_DATE, "premiered")
            if claim.end_value is not None:
                yield _compare(ctx, claim, claim.end_value, seasons, "last_aired", WRONG_FINALE_DATE, "ended")
        else:
            value = claim.end_value or claim.value
            yield _compare(ctx, claim, value, seasons, "last_aired", WRONG_FINALE_DATE, "ended")


def _seasons_meant(ctx: Context, claim: DateClaim) -> list[Season]:
    """The seasons the date may be about; any aired season when the article does not say."""
    seasons = ctx.claim_seasons(claim, claim.event)
    return ctx.reference.aired_seasons if seasons is None else seasons


def _compare(ctx: Context, claim: DateClaim, value: DateValue, seasons: list[Season], field: str,
             rule_, verb: str) -> Judgement:
    known = [(s, getattr(s, field)) for s in seasons if getattr(s, field) is not None]
    if not known:
        return UNVERIFIABLE
    if any(value.contains(day) for _, day in known):
        return SUPPORTED
    season, day = _closest(known, value)
    label = f"season {season.number}" if len(ctx.reference.show.seasons) > 1 else ctx.reference.title
    expected = f"{label} {verb} on {format_date(day)}"
    return ctx.finding(
        rule_, Verdict.REFUTED, f"{expected}, not {claim.text}",
        claim.start, claim.end, found=claim.text, expected=expected,
        evidence=ctx.reference.season_evidence(season.number),
    )


def _closest(known, value: DateValue):
    return min(known, key=lambda sd: abs((sd[1] - value.first).days))


CHECKS = [check_dates]
