"""Name spelling: every person or character name in the article against the reference's spellings."""

from __future__ import annotations

from typing import Iterable

from ..extract.claims import Mention
from ..findings import Severity, Verdict
from ..names import Kind, Match, Resolution
from ..rules import Example, rule
from .base import SUPPORTED, Context, Judgement

MISSPELLED_NAME = rule(
    "name/misspelled-name", Severity.WARNING,
    "A cast or character name is misspelled.",
    """
    What it flags:
        A name one or two letters away from exactly one person or character of the show, that
        is neither the reference spelling, a listed alias, nor an accepted variant.
    Why it matters:
        Misspelled names break search and wiki links, and mark an article as machine-spun.
    Example:
        "Choi Woo-jim" for Choi Woo-jin.
    Not flagged:
        Case, hyphen and spacing differences, name order, romanisation variants (see
        name/variant-spelling), and names too short or too close to two people to tell.
    """,
    (Example("Choi Woo-jim leads the cast.", "Choi Woo-jim"), Example("Choi Woo-jin leads the cast.")),
)
VARIANT_SPELLING = rule(
    "name/variant-spelling", Severity.INFO,
    "A name is written in another accepted form: other name order or romanisation.",
    """
    What it flags:
        A name written in Western order ("Woo-jin Choi") or with another romanisation of a
        Korean syllable (Jung/Jeong, Cho/Jo, Uhm/Eom, Lee/Yi...) than the reference uses.
    Why it matters:
        Not wrong; editors who keep one house spelling can align it.
    Example:
        "Woo-jin Choi" for Choi Woo-jin.
    Not flagged:
        The reference spelling, its listed aliases and short forms ("Tae-oh").
    """,
    (Example("Woo-jin Choi leads the cast.", "Woo-jin Choi"), Example("Choi Woo-jin leads the cast.")),
)


def check_names(ctx: Context) -> Iterable[Judgement]:
    for mention in ctx.article.claims.mentions:
        found = _resolve_mention(ctx, mention)
        if found is None:
            continue
        start, end, text, resolution = found
        if resolution.match is Match.EXACT or resolution.entity.kind is Kind.NOT_CAST:
            yield SUPPORTED
        elif resolution.match is Match.VARIANT:
            yield _variant(ctx, start, end, text, resolution)
        else:
            yield _misspelled(ctx, start, end, text, resolution)


def _resolve_mention(ctx: Context, mention: Mention) -> tuple[int, int, str, Resolution] | None:
    """The whole mention, or failing that its last words: "Prosecutor Park Jung-woo" -> "Park Jung-woo"."""
    resolution = ctx.resolve(mention.text)
    if resolution is not None:
        return mention.start, mention.end, mention.text, resolution
    words = mention.text.split(" ")
    for drop in range(1, len(words)):
        tail = " ".join(words[drop:])
        if len(words) - drop < 2 and "-" not in tail:
            break
        resolution = ctx.resolve(tail)
        if resolution is not None and resolution.match is not Match.MISSPELLED:
            start = mention.end - len(tail)
            return start, mention.end, tail, resolution
    return None


def _describe(ctx: Context, resolution: Resolution) -> str:
    entity = resolution.entity
    if entity.kind is Kind.PERSON:
        member = ctx.reference.show.cast[entity.index]
        roles = ", ".join(r.character for r in member.roles)
        return f"{member.name}" + (f" (plays {roles})" if roles else "")
    return f"{entity.name} (character)"


def _evidence(ctx: Context, resolution: Resolution):
    if resolution.entity.kind is Kind.PERSON:
        return ctx.reference.cast_evidence(resolution.entity.index)
    return ctx.reference.character_evidence(resolution.entity.name)


def _variant(ctx: Context, start: int, end: int, text: str, resolution: Resolution) -> Judgement:
    return ctx.finding(
        VARIANT_SPELLING, Verdict.SUPPORTED,
        f"{text!r} is {resolution.entity.name} ({resolution.how} variant)",
        start, end, found=text, expected=resolution.entity.name,
        evidence=_evidence(ctx, resolution),
    )


def _misspelled(ctx: Context, start: int, end: int, text: str, resolution: Resolution) -> Judgement:
    return ctx.finding(
        MISSPELLED_NAME, Verdict.REFUTED,
        f"{text!r} looks like a misspelling of {_describe(ctx, resolution)}",
        start, end, found=text, expected=resolution.entity.name,
        evidence=_evidence(ctx, resolution), confidence=resolution.score / 100,
    )


CHECKS = [check_names]
