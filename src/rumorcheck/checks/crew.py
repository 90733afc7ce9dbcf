"""Crew: a director, writer or creator credited with a job the reference gives to others."""

from __future__ import annotations

from typing import Iterable

from ..analysis.subjects import names_title
from ..extract.crew import CrewCredit, crew_credits
from ..findings import Severity, Verdict
from ..names import Kind
from ..reference import Reference
from ..rules import Example, rule
from .base import SUPPORTED, UNVERIFIABLE, Context, Judgement

WRONG_CREW_JOB = rule(
    "cast/wrong-crew-job", Severity.WARNING,
    "A director, writer or creator of the show credited with another crew member's job.",
    """
    What it flags:
        "directed by X" when the reference lists X as the show's writer and names other
        directors; the same for "written by", "created by", "director X", "screenwriter X",
        and the active voice: "X directed the first season", "X wrote and directed <the show>".
    Why it matters:
        Crew credits are copied between sites; a writer called the director misleads readers
        and wiki editors alike.
    Example:
        "Harbour Lights is directed by Nam Gi-ok." when Nam Gi-ok wrote it and Yeo Jin-seop
        directed it.
    Not flagged:
        People the reference does not list as crew (an episode director it leaves out), jobs
        the reference names nobody for, writers called creators or creators called
        writers (creators of a series usually write it), and "X directed <a title>" when the
        title is not the show's.
    """,
    (Example("Harbour Lights is directed by Nam Gi-ok.", "Nam Gi-ok"),
     Example("Harbour Lights is written by Nam Gi-ok and directed by Yeo Jin-seop.")),
)
_JOB_WORDS = {"directors": "director", "writers": "writer", "creators": "creator"}
# Creators of a series usually write it: neither credit refutes the other.
_COMPATIBLE = {"creators": {"writers"}, "writers": {"creators"}}


def check_crew_jobs(ctx: Context) -> Iterable[Judgement]:
    for segment in ctx.article.claims.segments:
        for credit in crew_credits(segment):
            if ctx.analysis.other_work_at(credit.start, credit.end) is None:
                yield _judge(ctx, credit)


def _judge(ctx: Context, credit: CrewCredit) -> Judgement:
    if credit.work is not None and not names_title(ctx.reference, credit.work, at="start"):
        return UNVERIFIABLE  # "X directed <another title>"
    found = _resolve_crew(ctx, credit.name)
    if found is None:
        return UNVERIFIABLE
    jobs = crew_jobs(ctx.reference, found.entity.name)
    if credit.job in jobs or jobs & _COMPATIBLE.get(credit.job, set()):
        return SUPPORTED
    holders = crew_with_job(ctx.reference, credit.job)
    if not jobs or not holders:
        return UNVERIFIABLE
    name, job = found.entity.name, _JOB_WORDS[credit.job]
    real = " and ".join(sorted(_JOB_WORDS[j] for j in jobs))
    listed = f"{job}{'s' if len(holders) > 1 else ''}: {', '.join(holders)}"
    return ctx.finding(
        WRONG_CREW_JOB, Verdict.REFUTED, f"{name} is the {real} of {ctx.reference.title}, not its {job} ({listed})",
        credit.start, credit.end, found=f"{job} {credit.name}", expected=listed,
        evidence=ctx.reference.evidence(credit.job),
    )


def _resolve_crew(ctx: Context, name: str):
    """The crew member a name resolves to; a capitalised word before a name ("Netflix Leo
    Marsh", "In 2019 Leo Marsh") is dropped while two words remain."""
    words = name.split()
    for first in range(max(len(words) - 1, 1)):
        found = ctx.resolve(" ".join(words[first:]), {Kind.CREW})
        if found is not None:
            return found
    return None


def crew_jobs(reference: Reference, name: str) -> set[str]:
    """The reference fields (show-wide or of any season) that list ``name``."""
    return {job for job in _JOB_WORDS if name.casefold() in {n.casefold() for n in crew_with_job(reference, job)}}


def crew_with_job(reference: Reference, job: str) -> list[str]:
    """Everyone the reference lists for a crew job, show-wide then season by season, once each."""
    names = list(getattr(reference.show, job, []))
    for season in reference.show.seasons:
        names += getattr(season, job, None) or []
    return list(dict.fromkeys(str(n) for n in names))


CHECKS = [check_crew_jobs]
