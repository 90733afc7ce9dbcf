"""What the library and the reference say about names beyond the cast: for the name checks.

Part of the analysis, so that the name checks never reach into the library: which written names
belong exactly to a person of another show (that show's person, not a misspelling of this
one's); which titles a misspelt title may stand for (the show's own, the titles it shares, and
the library shows its reference names in its notes or source: a remake, the original); and the
places and organisations the reference's own prose names ("the town of X", "X Group").
"""

from __future__ import annotations

import re
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
class Place:
    name: str  # as the reference writes it
    evidence: Evidence  # the record whose text names it


@dataclass(frozen=True)
class NameAnalysis:
    elsewhere: frozenset[str]  # written names that are exactly people of another show in the library
    titles: dict[str, TitleTarget]  # title key (library.title_key) -> the title a misspelling stands for
    places: dict[str, Place]  # title key -> a place or organisation the reference names


def analyse_names(article: "Article", reference: Reference, library: "Library | None") -> NameAnalysis:
    return NameAnalysis(_elsewhere(article, reference, library), title_targets(reference, library),
                        places_of(reference))


# "the small town of Winterby", "a fishing village of ...": a setting named after its kind;
# "Hanbit Group", "Seoul Central Prison": an organisation named with its kind.
_PLACE_OF = re.compile(r"\b(?:town|village|city|island|hamlet|district|neighbou?rhood|region|province|county|"
                       r"kingdom|planet|port) of ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)*)")
_ORGANISATION = re.compile(r"\b((?:[A-Z][\w-]+ )+(?:Group|Holdings|Corporation|Company|Academy|High School|"
                           r"University|Hospital|Prison))\b")


def places_of(reference: Reference) -> dict[str, Place]:
    """Places and organisations named in the reference's synopses, endings, character
    descriptions, notes and source."""
    show = reference.show
    texts = [(show.based_on_text, reference.evidence("based_on"))]
    texts += [(n, reference.evidence("notes", i)) for i, n in enumerate(show.notes)]
    for i, season in enumerate(show.seasons):
        texts += [(t, reference.evidence("seasons", i)) for t in (season.synopsis, season.ending) if t]
    texts += [(c.description, reference.evidence("characters", i)) for i, c in enumerate(show.characters)
              if c.description]
    places: dict[str, Place] = {}
    for text, evidence in texts:
        for name in [*_PLACE_OF.findall(text), *_ORGANISATION.findall(text)]:
            places.setdefault(title_key(name), Place(name.strip(), evidence))
    return places


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
        for text in [*show.notes, show.based_on_text, *(s.work for s in show.shared_titles)]:
            for hit in library.index.titles_in(text):
                other = library.references[hit.ref]
                if other.id != reference.id and hit.quality == 1.0:
                    targets.setdefault(title_key(hit.title), TitleTarget(
                        f"{hit.title!r} ({other.label})", hit.title, other.evidence("title")))
    return targets
