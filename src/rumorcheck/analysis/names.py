"""What the library says about the article's names and the titles to check spellings against.

Part of the analysis, so that the name checks never reach into the library: which written names
belong exactly to a person of another show (that show's person, not a misspelling of this
one's), and which titles a misspelt title may stand for (the show's own, the titles it shares,
and the library shows its reference names in its notes or source: a remake, the original).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..findings import Evidence
from ..library import title_key
from ..reference import Reference

if TYPE_CHECKING:
    from ..article import Article
    from ..library import Library


@dataclass(frozen=True)
class TitleTarget:
    label: str  # how a message names it: "'Harbour Lights'", "'X' (a remake)"
    spelling: str  # the title as its reference writes it
    evidence: Evidence


@dataclass(frozen=True)
class NameAnalysis:
    elsewhere: frozenset[str]  # written names that are exactly people of another show in the library
    titles: dict[str, TitleTarget]  # title key (library.title_key) -> the title a misspelling stands for


def analyse_names(article: "Article", reference: Reference, library: "Library | None") -> NameAnalysis:
    return NameAnalysis(_elsewhere(article, reference, library), title_targets(reference, library))


def _elsewhere(article: "Article", reference: Reference, library: "Library | None") -> frozenset[str]:
    if library is None or reference.id not in library.positions:
        return frozenset()
    this = library.position(reference)
    texts = {m.text for m in article.claims.mentions}
    texts |= {side.text for c in article.claims.credits for side in (c.first, c.second)}
    return frozenset(t for t in texts if any(o.ref != this for o in library.index.owners_of(t)))


_TARGETS: "weakref.WeakKeyDictionary[object, dict[str, dict[str, TitleTarget]]]" = weakref.WeakKeyDictionary()


def title_targets(reference: Reference, library: "Library | None") -> dict[str, TitleTarget]:
    """The titles a misspelt title is compared with, worked out once per show and library."""
    if library is None:
        return _title_targets(reference, None)
    per_show = _TARGETS.setdefault(library.index, {})
    if reference.id not in per_show:
        per_show[reference.id] = _title_targets(reference, library)
    return per_show[reference.id]


def _title_targets(reference: Reference, library: "Library | None") -> dict[str, TitleTarget]:
    """Other library titles are left out unless the reference names them: with thousands of shows,
    some title is always a letter or two from some capitalised words."""
    targets: dict[str, TitleTarget] = {}
    for title in reference.titles:
        targets.setdefault(title_key(title), TitleTarget(repr(title), title, reference.evidence("title")))
    show = reference.show
    for i, shared in enumerate(show.shared_titles):
        targets.setdefault(title_key(shared.title), TitleTarget(
            f"{shared.title!r} ({shared.work})", shared.title,
            reference.evidence("shared_titles", i, source=shared.source)))
    if library is not None:
        for text in [*show.notes, show.based_on or "", *(s.work for s in show.shared_titles)]:
            for hit in library.index.titles_in(text):
                other = library.references[hit.ref]
                if other.id != reference.id and hit.quality == 1.0:
                    targets.setdefault(title_key(hit.title), TitleTarget(
                        f"{hit.title!r} ({other.label})", hit.title, other.evidence("title")))
    return targets
