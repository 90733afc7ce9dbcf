"""Analysis: whose claim is each claim? Between extraction and the checks.

For an article and the reference it is checked against, one :class:`ArticleAnalysis` says, for
any stretch of the text, which work it is about (this show or another one), which season, and
whether it is asserted, hedged, asked, conditional, negated or future; and it holds what the
article borrows from other shows of the library, and the reference's story facts (read once per
reference, see :mod:`rumorcheck.story`) that the article's description claims are judged by. Checks read only this and the reference: they
never reach into the library, and each can be tested on an analysis built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract.claims import Segment
from ..names import NameResolver
from ..reference import Reference
from .borrowed import Borrowings, find_borrowings
from .modality import ASSERTED, Modality, ModalityCue, modality_at
from .names import NameAnalysis, analyse_names
from .seasons import SeasonScope
from .subjects import OtherWork, Subjects

if TYPE_CHECKING:
    from ..article import Article
    from ..library import Library
    from ..story import ShowStory

__all__ = ["ArticleAnalysis", "Modality", "ModalityCue", "OtherWork", "analyse"]


@dataclass
class ArticleAnalysis:
    article: "Article"
    reference: Reference
    resolver: NameResolver
    subjects: Subjects
    borrowings: Borrowings
    names: NameAnalysis
    story: "ShowStory | None" = None  # the reference's story facts; None when not read
    seasons: SeasonScope = field(init=False)

    def __post_init__(self) -> None:
        self.seasons = SeasonScope(self.article, self.reference)

    def segment_at(self, position: int) -> Segment | None:
        return self.article.claims.segment_at(position)

    def modality_at(self, start: int, end: int) -> ModalityCue:
        segment = self.segment_at(start)
        return ASSERTED if segment is None else modality_at(segment, start, end)

    def other_work_at(self, start: int, end: int) -> OtherWork | None:
        segment = self.segment_at(start)
        return None if segment is None else self.subjects.other_work_at(segment, start, end)

    def introduced_at(self, start: int, end: int) -> bool:
        """The text at [start, end) is a title the article introduces as another work."""
        segment = self.segment_at(start)
        return segment is not None and self.subjects.introduced_at(segment, start, end)

    def seasons_of_claim(self, segment: Segment, start: int, end: int, event: str | None = None) -> list[int] | None:
        return self.seasons.of_claim(segment, start, end, event)


def analyse(article: "Article", reference: Reference, resolver: NameResolver,
            library: "Library | None" = None, story: "ShowStory | None" = None) -> ArticleAnalysis:
    """The analysis of ``article`` as an article about ``reference``; ``library`` holds the other
    shows, to recognise what the article borrows from them; ``story`` is what the reference says
    of its story."""
    subjects = Subjects(article, reference)
    return ArticleAnalysis(article, reference, resolver, subjects,
                           find_borrowings(article, reference, library, resolver, subjects),
                           analyse_names(article, reference, library), story)
