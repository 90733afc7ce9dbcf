"""Plot: story told about the show that belongs to another show, or to another season.

An article about one show that narrates the characters of a different show has spliced in that
show's plot. In an anthology, where every season has its own story and characters, a season's
"ending" told with another season's characters is the same mistake one level down.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..extract.claims import Mention, Segment
from ..findings import Severity, Verdict
from ..names import Kind
from ..reference import Format, Reference
from ..rules import Example, rule
from .base import SUPPORTED, Context, Judgement
from ..analysis.borrowed import BorrowedName, group_by_show, name_list

CHARACTER_OF_OTHER_SHOW = rule(
    "plot/character-of-other-show", Severity.ERROR,
    "The article tells the story of a different show: its characters are not in this one.",
    """
    What it flags:
        A sentence naming characters of another show in the library (with or without their
        actors) who are not in the checked show. Given names and surnames alone ("Mateo",
        "Casas") count once that show is in play: its full names or its title appear in the
        article.
    Why it matters:
        Spun articles fill their "story" sections with the plot of a show with a similar title;
        the reader learns nothing true about the show in the headline.
    Example:
        "Season 1 ends with Inés Roca finding her brother." in an article about Harbour Lights.
    Not flagged:
        Characters of the checked show, names no show in the library has, single names of shows
        the article does not otherwise draw on, and sentences that set the shows apart.
    """,
    (Example("Season 1 ends with Inés Roca finding her brother on the island.", "Inés Roca"),
     Example("Season 1 ends with Kang Tae-oh finding his brother on the island."),
     Example("Unlike Lighthouse Keepers, where Inés Roca finds her brother, Harbour Lights ends in grief.")),
)
CHARACTER_OF_OTHER_SEASON = rule(
    "plot/character-of-other-season", Severity.ERROR,
    "In an anthology, a season's story is told with the characters of another season.",
    """
    What it flags:
        For a show whose reference says format: anthology, a sentence about one season (named
        in the sentence, or the season the article is about) naming characters the reference
        limits to other seasons.
    Why it matters:
        Anthology seasons share a title and nothing else; recaps that mix them describe a story
        that never aired.
    Example:
        "Series 2 ends with Paul Greaves unmasked." when Paul Greaves is a series 1 character.
    Not flagged:
        Serial shows (characters carry over), characters without seasons in the reference, and
        sentences that name the character's own season.
    """,
    (Example("Tidewater series 2 ends with Paul Greaves unmasked as the poisoner.", "Paul Greaves", "tidewater"),
     Example("Tidewater series 2 ends with Helen Marsh confessing to the poisoning.", None, "tidewater"),
     Example("Tidewater series 1 ends with Paul Greaves unmasked as the arsonist.", None, "tidewater")),
)

_ENDING = re.compile(r"\b(?:ends?|ending|ended|finale|final\s+episode|last\s+(?:image|scene|episode)|conclu\w+)\b",
                     re.IGNORECASE)


def check_borrowed_characters(ctx: Context) -> Iterable[Judgement]:
    for (segment, other), names in group_by_show(ctx.analysis.borrowings.names):
        if any(n.owner.kind is Kind.CHARACTER for n in names):
            yield _borrowed(ctx, segment, other, names)


def _borrowed(ctx: Context, segment: Segment, other: Reference, names: list[BorrowedName]) -> Judgement:
    character = next(n for n in names if n.owner.kind is Kind.CHARACTER)
    verb = "is a character" if len(names) == 1 else "belong to the story"
    message = f"{name_list(names)} {verb} of {other.label}, not of {ctx.reference.label}"
    expected = f"{ctx.reference.label} has no {character.owner.name}"
    ending = _own_ending(ctx, segment)
    if ending:
        expected += f"; {ending}"
    return ctx.finding(
        CHARACTER_OF_OTHER_SHOW, Verdict.REFUTED, message, names[0].start, names[-1].end,
        found=segment.text if len(segment.text) < 200 else names[0].text,
        expected=expected,
        evidence=other.character_evidence(character.owner.name), presupposed=True,
    )


def _own_ending(ctx: Context, segment: Segment) -> str | None:
    """How the checked show's season really ends, when the sentence gives an ending."""
    if not _ENDING.search(segment.text):
        return None
    number = ctx.season_of(segment)
    season = ctx.reference.season(number) if number is not None else None
    if season is None:
        aired = ctx.reference.aired_seasons
        season = aired[0] if len(aired) == 1 else None
    if season is None or not season.ending:
        return None
    return f"{ctx.reference.title} season {season.number} ends: {season.ending}"


def check_other_season_characters(ctx: Context) -> Iterable[Judgement]:
    if ctx.reference.show.format is not Format.ANTHOLOGY:
        return
    credits = [(c.start, c.end) for c in ctx.article.claims.credits]
    for mention in ctx.article.claims.mentions:
        if any(a <= mention.start < b for a, b in credits):
            continue  # a credit's season is cast/wrong-season's to judge
        judgement = _season_of_character(ctx, mention)
        if judgement is not None:
            yield judgement


def _season_of_character(ctx: Context, mention: Mention) -> Judgement | None:
    found = ctx.resolve(mention.text, {Kind.CHARACTER})
    if found is None:
        return None
    seasons = ctx.reference.seasons_of_character(found.entity.name)
    segment = ctx.article.claims.segment_at(mention.start)
    if not seasons or segment is None or segment.hedged:
        return None
    number = ctx.season_of(segment)
    if number is None or ctx.reference.season(number) is None or number in seasons:
        return SUPPORTED
    own = ", ".join(str(n) for n in sorted(seasons))
    return ctx.finding(
        CHARACTER_OF_OTHER_SEASON, Verdict.REFUTED,
        f"{found.entity.name} is a character of {ctx.reference.title} season {own}, not season {number}",
        mention.start, mention.end, found=segment.text if len(segment.text) < 200 else mention.text,
        expected=f"{found.entity.name}: season {own}",
        evidence=ctx.reference.character_evidence(found.entity.name), presupposed=True,
    )


CHECKS = [check_borrowed_characters, check_other_season_characters]
