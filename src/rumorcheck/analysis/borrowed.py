"""What an article about one show borrows from another: titles, people and characters.

Part of the analysis: the show, plot and network checks share what this finds. It looks the article's names and
titles up in the library's index (never a loop over references), and keeps only what the
checked show does not itself have.

Single words ("Mateo", "Casas") are common enough to belong to many shows, so they count only
for a show already *in play*: one whose full names or exact title the article uses, or which
the reference names as sharing its title. Sentences that set the two shows apart ("not to be
confused with", "unlike", "best known for") borrow nothing, and neither does an actor the article
credits with one of the checked show's characters: actors work on several shows, and a credit for
this show's role is evidence of a part in it that the reference may not list (a child actor).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from typing import TYPE_CHECKING

from ..extract.claims import Segment
from ..extract.mentions import strip_function_words
from ..library import Library, Owner, TitleHit, title_key, word_grams
from ..names import Kind, Match, NameResolver, fold
from ..reference import Reference
from .subjects import Subjects

if TYPE_CHECKING:
    from ..article import Article

@dataclass(frozen=True)
class BorrowedName:
    start: int
    end: int
    text: str
    owner: Owner  # whose name it is
    other: Reference  # the show it belongs to
    segment: Segment


@dataclass(frozen=True)
class BorrowedTitle:
    start: int
    end: int
    text: str
    title: str  # the other work's title as the reference spells it
    other: Reference | None  # the other show, when the library has it
    shared_index: int | None  # else its entry in the checked show's shared_titles


@dataclass
class Borrowings:
    names: list[BorrowedName]
    titles: list[BorrowedTitle]
    in_play: list[Reference]  # the other shows the article draws on


@dataclass(frozen=True)
class _Scope:
    article: "Article"
    reference: Reference
    library: Library | None
    resolver: NameResolver
    subjects: Subjects

    def resolve(self, text: str):
        return self.resolver.resolve(text)

    def career_note(self, segment: Segment, start: int, end: int) -> bool:
        other = self.subjects.other_work_at(segment, start, end)
        return other is not None and other.career_note


def find_borrowings(article: "Article", reference: Reference, library: Library | None,
                    resolver: NameResolver, subjects: Subjects) -> Borrowings:
    """Titles, people and characters of other shows the article uses as this show's. A clause
    about a person's other credits ("who rose to fame in 'Other Show'") borrows nothing."""
    ctx = _Scope(article, reference, library, resolver, subjects)
    if ctx.library is None or len(ctx.library.references) < 2:
        return Borrowings([], _outside_career_notes(ctx, _shared_titles(ctx, _segments(ctx))), [])
    this = ctx.library.position(ctx.reference)
    segments = _segments(ctx)
    titles = _outside_career_notes(ctx, _other_titles(ctx, this, segments) + _shared_titles(ctx, segments))
    credited = _credited_with_own_role(ctx)
    names = [(segment, start, end, text) for segment in segments for start, end, text in _names_in(ctx, segment)
             if ctx.resolve(text) is None  # the checked show has no one of that name
             and not any(a < end and start < b for a, b in credited)]
    # another show's names, outside career notes (looked at last: most names are no one's)
    strong = _unambiguous(_outside_career(ctx, _owned(ctx, this, [n for n in names if len(n[3].split()) >= 2], None)))
    in_play = {n.owner.ref for n in strong} | {ctx.library.position(t.other) for t in titles if t.other}
    in_play |= _named_by_network(ctx, this)
    # single words ("Mateo", "Casas") only for shows already in play: common names have many owners
    weak = _outside_career(ctx, _owned(ctx, this, [n for n in names if len(n[3].split()) < 2], in_play))
    names = _unambiguous([n for n in strong + weak if n.owner.ref in in_play])
    shows = [ctx.library.references[i] for i in sorted(in_play)]
    return Borrowings(sorted(names, key=lambda n: n.start), titles, shows)


def _credited_with_own_role(ctx: _Scope) -> list[tuple[int, int]]:
    """Spans of people the article pairs with a character of the checked show ("X as young Y",
    "Y, played by X"): whichever side is the person, the other side is this show's role."""
    spans = []
    for credit in ctx.article.claims.credits:
        for person, role in ((credit.first, credit.second), (credit.second, credit.first)):
            found = ctx.resolver.resolve(role.text, {Kind.CHARACTER})
            if found is not None and found.match is not Match.MISSPELLED:
                spans.append((person.start, person.end))
    return spans


def _outside_career(ctx: _Scope, names: list[BorrowedName]) -> list[BorrowedName]:
    return [n for n in names if not ctx.career_note(n.segment, n.start, n.end)]


def _outside_career_notes(ctx: _Scope, titles: list[BorrowedTitle]) -> list[BorrowedTitle]:
    return [t for t in titles if not ctx.career_note(ctx.article.claims.segment_at(t.start), t.start, t.end)]


def _owned(ctx: _Scope, this: int, names, refs: set[int] | None) -> list[BorrowedName]:
    out = []
    for segment, start, end, text in names:
        for owner in ctx.library.index.owners_of(text, refs):
            if owner.ref != this and owner.kind is not Kind.NOT_CAST:
                out.append(BorrowedName(start, end, text, owner, ctx.library.references[owner.ref], segment))
    return out


def _segments(ctx: _Scope) -> list[Segment]:
    return [s for s in ctx.article.claims.segments if not s.contrast]


def _names_in(ctx: _Scope, segment: Segment) -> list[tuple[int, int, str]]:
    out = []
    for chunk in ctx.article.claims.name_chunks(segment):
        chunk = strip_function_words(chunk)
        if chunk is None:
            continue
        text = chunk.text.rstrip("’'")
        if text:
            out.append((chunk.start, chunk.start + len(text), text))
    return out


def _unambiguous(names: list[BorrowedName]) -> list[BorrowedName]:
    """Drop a name that stands for two different people or characters in the shows in play."""
    owners: dict[tuple[int, int], set[tuple[int, Kind, int]]] = defaultdict(set)
    for n in names:
        owners[(n.start, n.end)].add((n.owner.ref, n.owner.kind, n.owner.index))
    kept, seen = [], set()
    for n in names:
        key = (n.start, n.end)
        refs = {ref for ref, _, _ in owners[key]}
        if len(refs) == 1 and key not in seen:
            # a name that is both an actor and a character of that show: prefer the character
            people = owners[key]
            if len(people) > 1 and n.owner.kind is not Kind.CHARACTER:
                continue
            seen.add(key)
            kept.append(n)
    return kept


def _other_titles(ctx: _Scope, this: int, segments: list[Segment]) -> list[BorrowedTitle]:
    """Exact titles of other library shows, where the checked show's own title does not cover them."""
    found: dict[str, BorrowedTitle] = {}
    for segment in segments:
        hits = ctx.library.index.titles_in(segment.text, segment.start)
        own = [h for h in hits if h.ref == this and h.quality == 1.0]
        for hit in hits:
            if hit.ref == this or hit.quality < 1.0 or _covered(hit, own):
                continue
            other = ctx.library.references[hit.ref]
            if fold(hit.title) not in found:
                found[fold(hit.title)] = BorrowedTitle(hit.start, hit.end, ctx.article.text[hit.start:hit.end],
                                                       hit.title, other, None)
    return list(found.values())


def _covered(hit: TitleHit, own: list[TitleHit]) -> bool:
    """The words are part of the show's own title: "the Innocent Defendant" holds "The Innocent",
    but "The Innocent" is not ITV's "Innocent" with an article in front."""
    def overlaps(o: TitleHit) -> bool:
        return o.words[0] < hit.words[1] and hit.words[0] < o.words[1]

    def inside(o: TitleHit) -> bool:
        return hit.words[0] <= o.words[0] and o.words[1] <= hit.words[1] and o.words != hit.words

    return any(overlaps(o) and not inside(o) for o in own)


def _shared_titles(ctx: _Scope, segments: list[Segment]) -> list[BorrowedTitle]:
    """Titles the reference says belong to other works that the library does not hold."""
    own = {title_key(t) for t in ctx.reference.titles}
    wanted = {}
    for i, shared in enumerate(ctx.reference.show.shared_titles):
        in_library = ctx.library is not None and shared.reference in ctx.library.positions
        if not in_library and title_key(shared.title) not in own:
            wanted[title_key(shared.title)] = (i, shared.title)
    if not wanted:
        return []
    longest = max(len(t.split()) for t in wanted)
    found: dict[str, BorrowedTitle] = {}
    for segment in segments:
        grams = word_grams(segment.text, longest)
        own_spans = [(g.first, g.last) for g in grams if g.folded in own]
        for gram in grams:
            if gram.folded in wanted and gram.folded not in found and not any(
                    a <= gram.first and gram.last <= b for a, b in own_spans):
                i, title = wanted[gram.folded]
                start, end = segment.start + gram.start, segment.start + gram.end
                found[gram.folded] = BorrowedTitle(start, end, ctx.article.text[start:end], title, None, i)
    return list(found.values())


def _named_by_network(ctx: _Scope, this: int) -> set[int]:
    """Shows the reference says share its title, whose network the article credits with the show."""
    named = {c.network for c in ctx.article.claims.networks if c.role == "owner"}
    if not named:
        return set()
    out = set()
    for shared in ctx.reference.show.shared_titles:
        i = ctx.library.positions.get(shared.reference or "")
        if i is not None and i != this and named & ctx.library.index.networks_of(i):
            out.add(i)
    return out


def group_by_show(names: list[BorrowedName]) -> list[tuple[tuple[Segment, Reference], list[BorrowedName]]]:
    """Borrowed names by sentence and by the show they come from: one finding per group."""
    groups: dict[tuple[int, int], list[BorrowedName]] = {}
    for name in names:
        groups.setdefault((name.segment.start, name.owner.ref), []).append(name)
    return [((g[0].segment, g[0].other), g) for g in groups.values()]


def name_list(names: list[BorrowedName]) -> str:
    """"Mateo (Mateo Vidal), Casas (Mario Casas) and Lorena Ortiz"."""
    parts = list(dict.fromkeys(
        n.text if fold(n.text) == fold(n.owner.name) else f"{n.text} ({n.owner.name})" for n in names))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
