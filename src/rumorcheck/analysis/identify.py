"""Which show an article is about: the library's titles, names, networks and air dates, weighed.

Every look-up goes through the library's index (a few dictionary look-ups per name and one
``process.cdist`` over the headline), never a loop over the references.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from ..library import LibraryIndex, Library, TitleHit
from ..names import fold
from ..reference import Reference, WorkRelation
from ..text import address_words, page_address

if TYPE_CHECKING:
    from ..article import Article


@dataclass
class Candidate:
    """A show an article may be about, with the evidence for it."""

    reference: Reference
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    specific: float = 0.0  # the part of the score only this show can earn: its titles and people

    def summary(self) -> str:
        return f"{self.reference.id} (score {self.score:.1f}: {'; '.join(self.reasons) or 'no evidence'})"


@dataclass
class Identification:
    chosen: Candidate | None
    confidence: float
    candidates: list[Candidate]  # best first
    unknown_title: str | None = None  # a title the article is about that the library does not have

    def closest(self, n: int = 3) -> str:
        shown = [c.summary() for c in self.candidates[:n]]
        return ", ".join(shown) if shown else "no reference shares a title, a name or a network with it"


class Identifier:
    """Scores the references an article's headline, names, networks and dates point to."""

    HEADLINE_WEIGHT = 3.0  # a headline names its show; one name alone does not
    ADDRESS_WEIGHT = 2.0  # so does the page's address, less surely (it may name a site section)
    BODY_TITLE_WEIGHT = 1.0
    NAME_WEIGHT = 1.0
    NETWORK_WEIGHT = 1.0
    DATE_WEIGHT = 1.0
    ADAPTATION_WEIGHT = 1.0  # only to break a tie between an adaptation and its source
    MIN_SCORE = 2.0
    MIN_LEAD = 1.25  # the winner must beat the runner-up by this factor

    def __init__(self, references: list[Reference], index: LibraryIndex):
        self.references = references
        self.index = index

    def identify(self, article: "Article") -> Identification:
        candidates: dict[int, Candidate] = {}

        def candidate(i: int) -> Candidate:
            if i not in candidates:
                candidates[i] = Candidate(self.references[i])
            return candidates[i]

        self._score_titles(article, candidate)
        self._score_names(article, candidate)
        self._score_networks(article, candidate)
        self._score_dates(article, candidates.values())
        ranked = sorted(candidates.values(), key=lambda c: (-c.score, c.reference.id))
        found = self._decide(ranked)
        if found.chosen is None and self._favour_adaptation(article, ranked):
            ranked.sort(key=lambda c: (-c.score, c.reference.id))
            found = self._decide(ranked)
        if found.chosen is None:
            found.unknown_title = self._headline_title(article)
        return found

    def _headline_title(self, article: "Article") -> str | None:
        """The title the headline gives its season ("Other Show Season 2"), when no show of the
        library has it: the article is about a show the library does not hold."""
        headline = article.claims.headline
        for mention in article.claims.seasons:
            title = _without_leading_numbers(mention.title or "")
            if headline is not None and mention.segment is headline and title:
                if not self.index.titles_in(title, fuzzy=True, as_title=True):
                    return title
        return None

    def _score_titles(self, article: "Article", candidate) -> None:
        headline = article.claims.headline
        head_best = self._best_titles(headline.text) if headline is not None else {}
        for ref, hit in head_best.items():
            c = candidate(ref)
            c.score += self.HEADLINE_WEIGHT * hit.quality
            c.specific += self.HEADLINE_WEIGHT * hit.quality
            c.reasons.append(f"headline names {hit.title!r}" + ("" if hit.quality == 1.0 else f" ({hit.quality:.2f})"))
        address = page_address(article.text)
        if address:
            for ref, hit in self._best_titles(address_words(address)).items():
                c = candidate(ref)
                c.score += self.ADDRESS_WEIGHT * hit.quality
                c.specific += self.ADDRESS_WEIGHT * hit.quality
                c.reasons.append(f"page address names {hit.title!r}")
        body_best: dict[int, float] = {}
        for mention in article.claims.seasons:
            if mention.title and mention.segment is not headline:
                for hit in self.index.titles_in(mention.title, as_title=True):
                    body_best[hit.ref] = max(body_best.get(hit.ref, 0.0), hit.quality)
        for ref, quality in body_best.items():
            c = candidate(ref)
            c.score += self.BODY_TITLE_WEIGHT * quality
            c.specific += self.BODY_TITLE_WEIGHT * quality
            c.reasons.append("text names its seasons")

    def _best_titles(self, text: str) -> dict[int, TitleHit]:
        """The best title hit of each show in ``text``, near spellings included."""
        best: dict[int, TitleHit] = {}
        for hit in self.index.titles_in(text, fuzzy=True):
            if hit.ref not in best or hit.quality > best[hit.ref].quality:
                best[hit.ref] = hit
        return best

    def _score_names(self, article: "Article", candidate) -> None:
        owners_by_ref: dict[int, dict[tuple, str]] = defaultdict(dict)
        # a sentence that sets another show apart ("not to be confused with") votes for neither
        claims = article.claims
        texts = {m.text for m in claims.mentions if not getattr(claims.segment_at(m.start), "contrast", False)}
        for credit in article.claims.credits:
            if not credit.segment.contrast:
                texts.update((credit.first.text, credit.second.text))
        for text in texts:
            if len(text.split()) < 2:
                continue  # single words ("Sam", "Kelly") belong to too many shows to vote
            owners = self.index.owners_of(text)
            refs = {o.ref for o in owners}
            for owner in owners:
                # a name several shows share counts for each of them in part
                owners_by_ref[owner.ref][(owner.kind, owner.index)] = (owner.name, len(refs))
        for ref, owned in owners_by_ref.items():
            c = candidate(ref)
            c.score += sum(self.NAME_WEIGHT / sharing for _, sharing in owned.values())
            c.specific += sum(self.NAME_WEIGHT / sharing for _, sharing in owned.values())
            names = sorted({name for name, _ in owned.values()})
            c.reasons.append(f"{len(names)} of its people and characters ({', '.join(names[:4])}"
                             + (", ..." if len(names) > 4 else "") + ")")

    def _score_networks(self, article: "Article", candidate) -> None:
        named = {claim.network for claim in article.claims.networks if not claim.segment.contrast}
        for network in sorted(named):
            for ref in self.index.networks.get(network, ()):
                c = candidate(ref)
                c.score += self.NETWORK_WEIGHT
                c.reasons.append(f"network {network}")

    def _score_dates(self, article: "Article", candidates: Iterable[Candidate]) -> None:
        """Air dates are checked only for shows already in the running: never a loop over the library."""
        precise = [d.value for d in article.claims.dates if d.value.granularity in ("day", "month")]
        for c in candidates:
            days = [d for s in c.reference.aired_seasons for d in (s.first_aired, s.last_aired) if d]
            if any(value.contains(day) for value in precise for day in days):
                c.score += self.DATE_WEIGHT
                c.reasons.append("an air date")

    def _favour_adaptation(self, article: "Article", ranked: list[Candidate]) -> bool:
        """Break a tie between an adaptation and the work it adapts under the same title: words
        that call the show an adaptation ("live-action", "remake of") favour the adaptation, and
        the title with one's year ("Other Show (2021)") favours that one. True when a score moved."""
        if len(ranked) < 2:
            return False
        first, second = ranked[0], ranked[1]
        if not {fold(t) for t in first.reference.titles} & {fold(t) for t in second.reference.titles}:
            return False
        moved = False
        adaptation = _adaptation_of(first.reference, second.reference)
        if adaptation is not None and _ADAPTATION_CUE.search(article.text):
            favoured = first if adaptation is first.reference else second
            favoured.score += self.ADAPTATION_WEIGHT
            favoured.reasons.append("the article calls it an adaptation")
            moved = True
        for c in (first, second):
            year = _first_year(c.reference)
            if year is not None and re.search(rf"\({year}\)", article.text) and not any(
                    _first_year(o.reference) == year for o in (first, second) if o is not c):
                c.score += self.DATE_WEIGHT
                c.reasons.append(f"its year {year}")
                moved = True
        return moved

    def _decide(self, ranked: list[Candidate]) -> Identification:
        if not ranked:
            return Identification(None, 0.0, [])
        best = ranked[0]
        second = ranked[1].score if len(ranked) > 1 else 0.0
        confidence = round(best.score / (best.score + second + 1.0), 3)
        if best.score < self.MIN_SCORE or best.score < self.MIN_LEAD * second or best.specific == 0:
            return Identification(None, confidence, ranked)  # a network and a date fit many shows
        return Identification(best, confidence, ranked)


# Words that call the show an adaptation of an earlier work.
_ADAPTATION_CUE = re.compile(
    r"\blive[- ]action\b|\b(?:adaptation|remake|reimagining|re-imagining)\s+of\b|\breboot(?:ed)?\b|"
    r"\b(?:adapted|remade)\s+from\b|\bbased\s+on\s+the\s+(?:\d{4}\s+)?(?:anime|manga|webtoon|novel|film|series|drama)\b",
    re.IGNORECASE)


def _adaptation_of(a: Reference, b: Reference) -> Reference | None:
    """Which of two works sharing a title adapts the other, by what their references say: a
    shared title marked as remade from or remade as the other, and which of them has a source.
    None when they do not say, or say both ways."""
    votes = 0  # > 0: a adapts b
    for this, other, sign in ((a, b, 1), (b, a, -1)):
        for shared in this.show.shared_titles:
            if shared.reference == other.id:
                votes += sign * {WorkRelation.REMADE_FROM: 1, WorkRelation.REMAKE: -1}.get(shared.relation, 0)
    if (a.show.original is False) != (b.show.original is False):
        votes += 1 if a.show.original is False else -1
    return a if votes > 0 else b if votes < 0 else None


def _first_year(reference: Reference) -> int | None:
    days = [s.first_aired for s in reference.aired_seasons if s.first_aired]
    return min(days).year if days else None


def _without_leading_numbers(title: str) -> str:
    """"2024-07-12 Other Show" -> "Other Show": a date or number before a title is not part of it."""
    return re.sub(r"^(?:[\d./-]+\s+)+", "", title).strip()


def identify(article: "Article", library: Library) -> Identification:
    """Which of the library's shows ``article`` is about, with the evidence for each candidate."""
    return Identifier(library.references, library.index).identify(article)
