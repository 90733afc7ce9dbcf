"""Networks and platforms: who made and first aired the show, and where it can be watched."""

from __future__ import annotations

from typing import Iterable

from ..extract.claims import NetworkClaim
from ..extract.networks import canonical_network
from ..findings import Severity, Verdict
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement

WRONG_NETWORK = rule(
    "network/wrong-network", Severity.ERROR,
    "The show is credited to a network or platform that did not make or first air it.",
    """
    What it flags:
        A network named as the show's maker, commissioner or first broadcaster ("Netflix will
        greenlight", "this Netflix series", "premiered on tvN") that is not the reference's
        original network. Verbs that take ownership as given (greenlight, renew, cancel,
        original) are flagged even inside speculation.
    Why it matters:
        Naming the wrong network is how spun articles splice two shows with similar titles.
    Example:
        "Netflix has renewed Harbour Lights." for a KBS2 drama.
    Not flagged:
        The original network and its aliases, other broadcasters and platforms the reference
        lists (even when the article has them renew or cancel the show, as outlets that fund a
        show abroad are said to), hedged claims (info), and claims about where to watch (see
        network/unverified-platform).
    """,
    (Example("Netflix has renewed Harbour Lights for a second run.", "Netflix"),
     Example("Harbour Lights aired on Netflix in 2021, and fans are asking whether it will return.", "Netflix"),
     Example("Harbour Lights aired on KBS2 from March 2021.")),
)
LICENSED_CALLED_ORIGINAL = rule(
    "network/licensed-called-original", Severity.WARNING,
    "A show a platform only airs or streams is called that platform's original.",
    """
    What it flags:
        "a Netflix original", "an original Netflix series" for a show whose reference lists
        that platform among the outlets that stream or air it, not as its network or a
        co-commissioner.
    Why it matters:
        An original is a show the platform made or commissioned; a licensed show was made
        for another network, which is the one to ask about renewals. Platforms brand some
        exclusive licences as originals in some countries, hence a warning.
    Example:
        "Harbour Lights is a Viu original." for a KBS2 drama Viu streams.
    Not flagged:
        Claims of where the show streams ("watch it on Viu"), the original network or a
        co-commissioner called the maker, and hedged or negated sentences (info).
    """,
    (Example("Harbour Lights is a Viu original.", "Viu"),
     Example("Harbour Lights is streaming on Viu."),
     Example("Harbour Lights is a KBS2 original.")),
)
UNVERIFIED_PLATFORM = rule(
    "network/unverified-platform", Severity.INFO,
    "A streaming or availability claim the reference cannot settle.",
    """
    What it flags:
        "You can watch it on Netflix", "it would be released on Netflix": availability on a
        platform the reference does not list.
    Why it matters:
        Availability differs by country and changes over time; such claims are worth a look
        but are not contradicted by the reference.
    Example:
        "You can watch Harbour Lights on Netflix." when the reference lists only Viu.
    Not flagged:
        Platforms the reference lists under streaming or also_aired_on, and the original network.
    """,
    (Example("You can watch Harbour Lights on Netflix.", "Netflix"),
     Example("You can watch Harbour Lights on Viu.")),
)


def check_networks(ctx: Context) -> Iterable[Judgement]:
    for claim in ctx.article.claims.networks:
        yield _judge(ctx, claim)


def _judge(ctx: Context, claim: NetworkClaim) -> Judgement:
    original_networks, other_outlets = ctx.reference.original_networks, ctx.reference.other_outlets
    if claim.network in original_networks:
        return SUPPORTED
    if claim.segment.contrast or ctx.about_other_work(claim):
        return UNVERIFIABLE  # "not to be confused with Netflix's The Innocent", "Netflix's series Other"
    original = ctx.reference.show.network
    if claim.network in other_outlets:
        if claim.original:
            return _licensed(ctx, claim)
        # it airs or streams there: "Netflix has not renewed it" speaks of the outlet abroad
        return UNVERIFIABLE if claim.role == "owner" else SUPPORTED
    if claim.role == "owner":
        return ctx.finding(
            WRONG_NETWORK, Verdict.REFUTED,
            f"{ctx.reference.title} was made for {original}, not {claim.network}{_owner_elsewhere(ctx, claim.network)}",
            claim.start, claim.end, found=claim.segment.text if len(claim.segment.text) < 160 else claim.text,
            expected=f"original network: {original}",
            evidence=ctx.reference.evidence("network"), presupposed=claim.presupposed,
        )
    listed = sorted(other_outlets)
    known = f"; known outlets: {', '.join(listed)}" if listed else ""
    return ctx.finding(
        UNVERIFIED_PLATFORM, Verdict.UNVERIFIABLE,
        f"the reference does not list {claim.network} for {ctx.reference.title} (original network {original}{known})",
        claim.start, claim.end, found=claim.text, expected=f"original network: {original}{known}",
        evidence=ctx.reference.evidence("streaming" if ctx.reference.show.streaming else "network"),
    )


def _licensed(ctx: Context, claim: NetworkClaim) -> Judgement:
    """"a Netflix original" for a show Netflix streams: origin is the reference's network."""
    original = ctx.reference.show.network
    return ctx.finding(
        LICENSED_CALLED_ORIGINAL, Verdict.REFUTED,
        f"{ctx.reference.title} was made for {original}; {claim.network} only airs or streams it",
        claim.start, claim.end, found=claim.segment.text if len(claim.segment.text) < 160 else claim.text,
        expected=f"original network: {original}; {claim.network} is an outlet",
        evidence=_outlet_evidence(ctx, claim.network),
    )


def _outlet_evidence(ctx: Context, network: str):
    """Where the reference lists the outlet: streaming, also_aired_on or platforms."""
    show = ctx.reference.show
    for field in ("streaming", "also_aired_on"):
        for i, name in enumerate(getattr(show, field)):
            if canonical_network(name) == network:
                return ctx.reference.evidence(field, i)
    for i, platform in enumerate(show.platforms):
        if canonical_network(platform.name) == network:
            return ctx.reference.evidence("platforms", i, source=platform.source)
    return ctx.reference.evidence("network")


def _owner_elsewhere(ctx: Context, network: str) -> str:
    """"; Netflix made The Innocent (Netflix, 2021)": the show the article mixed this one up with."""
    shows = [show for show in ctx.analysis.borrowings.in_play if network in show.original_networks]
    return f"; {network} made {shows[0].label}, a different show" if shows else ""


CHECKS = [check_networks]
