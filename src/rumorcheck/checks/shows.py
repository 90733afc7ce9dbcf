"""Which show: titles and casts that belong to another show in the library.

Spun articles splice two shows with similar titles: the headline names one, the cast section
describes the other. These rules report what the article takes from a show it is not about,
with that show's reference as evidence.
"""

from __future__ import annotations

from typing import Iterable

from ..findings import Severity, Verdict
from ..reference import WorkRelation
from ..rules import Example, rule
from .base import Context, Judgement
from ..analysis.borrowed import BorrowedName, BorrowedTitle, group_by_show, name_list

TITLE_OF_OTHER_SHOW = rule(
    "show/title-of-other-show", Severity.ERROR,
    "The article calls the show by the title of a different show.",
    """
    What it flags:
        The first use of another show's exact title (a show in the library, or a title the
        reference lists under shared_titles) where the checked show's own title does not
        cover it: "The Innocent Season 2" over an article about ITV's "Innocent".
    Why it matters:
        A borrowed title is how readers and search engines are sent to the wrong show, and it
        usually comes with that show's plot and network.
    Example:
        "Lighthouse Keepers Season 2: everything we know" over an article about Harbour Lights.
    Not flagged:
        The show's own titles and aliases, a shorter title inside the show's longer one
        ("Innocent" in "Innocent Defendant"), and sentences that set the shows apart ("not to be
        confused with", "unlike", "best known for").
    """,
    (Example("Lighthouse Keepers Season 2: everything we know about Harbour Lights", "Lighthouse Keepers"),
     Example("Harbour Lights Season 2: everything we know"),
     Example("Harbour Lights is not to be confused with Lighthouse Keepers, a Spanish thriller.")),
)
CAST_OF_OTHER_SHOW = rule(
    "show/cast-of-other-show", Severity.WARNING,
    "The article names actors of a different show as if they were in this one.",
    """
    What it flags:
        A sentence naming actors of another show in the library (and none of its characters)
        who are not in the checked show, once that show is in play: its full names or its
        title appear in the article.
    Why it matters:
        Borrowed cast lists tell readers the wrong people star in the show.
    Example:
        "Marta Solís and Bruno Ferrer also return." in an article about Harbour Lights.
    Not flagged:
        People of the checked show, people of no show in the library, and career notes
        ("best known for", "also starred in").
    """,
    (Example("Marta Solís and Bruno Ferrer also return.", "Marta Solís"),
     Example("Choi Woo-jin and Lee Bo-ra also return."),
     Example("Choi Woo-jin is best known for his work with Marta Solís.")),
)


def check_titles(ctx: Context) -> Iterable[Judgement]:
    for title in ctx.analysis.borrowings.titles:
        yield _title(ctx, title)


def _title(ctx: Context, title: BorrowedTitle) -> Judgement:
    reference = ctx.reference
    shared = next((t for t in reference.show.shared_titles
                   if title.other is not None and t.reference == title.other.id), None)
    if title.other is not None:
        what = title.other.label
        evidence = title.other.evidence("title")
    else:
        shared = reference.show.shared_titles[title.shared_index]
        what = shared.work
        evidence = reference.evidence("shared_titles", title.shared_index, source=shared.source)
    if shared is not None and shared.relation is not WorkRelation.UNRELATED:
        what += f", {_RELATION_WORDS[shared.relation]}"
    own = _quoted_titles(ctx)
    return ctx.finding(
        TITLE_OF_OTHER_SHOW, Verdict.REFUTED,
        f"{title.title!r} is {what}; this article is about {reference.label}",
        title.start, title.end, found=title.text,
        expected=f"{reference.label} is titled {own}",
        evidence=evidence, presupposed=True,
    )


_RELATION_WORDS = {
    WorkRelation.REMAKE: "a remake of this show", WorkRelation.REMADE_FROM: "the show this one remakes",
    WorkRelation.SAME_SOURCE: "another adaptation of the same source", WorkRelation.SEQUEL: "its sequel",
    WorkRelation.PREQUEL: "its prequel", WorkRelation.SPIN_OFF: "a spin-off",
}


def _quoted_titles(ctx: Context) -> str:
    titles = [repr(t) for t in ctx.reference.titles[:3]]
    return titles[0] if len(titles) == 1 else f"{titles[0]} (also {', '.join(titles[1:])})"


def check_borrowed_cast(ctx: Context) -> Iterable[Judgement]:
    for (segment, other), names in group_by_show(ctx.analysis.borrowings.names):
        if all(n.owner.kind.value == "person" for n in names):
            yield _cast(ctx, other, names)


def _cast(ctx: Context, other, names: list[BorrowedName]) -> Judgement:
    first = names[0]
    return ctx.finding(
        CAST_OF_OTHER_SHOW, Verdict.REFUTED,
        f"{name_list(names)} {'is' if len(names) == 1 else 'are'} in the cast of {other.label}, "
        f"not of {ctx.reference.label}",
        first.start, names[-1].end, found=first.segment.text if len(first.segment.text) < 200 else first.text,
        expected=f"{ctx.reference.label} does not list {'this actor' if len(names) == 1 else 'these actors'}",
        evidence=other.cast_evidence(first.owner.index), presupposed=True,
    )


CHECKS = [check_titles, check_borrowed_cast]
