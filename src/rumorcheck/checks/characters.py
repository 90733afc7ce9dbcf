"""Shared by the story checks: who a description claim is about, whether it is asserted, and
how findings about it are worded.

Not a check. Names resolve to the reference's characters through the context's resolver; a
pronoun resolves to the one character among its paragraph's names, or, when there are several,
to the one the reference's story knows something about in that role ("his father" when only one
of the candidates has a father in the story). Anything else stays unresolved, and the claim
unverifiable.
"""

from __future__ import annotations

import re

from ..analysis import Modality
from ..extract.descriptions import Party, StoryClaim
from ..names import Kind
from ..findings import Evidence
from ..story import Known, Who
from .base import Context

_NEGATION = re.compile(r"(?<![A-Za-z])(?:not|never|no\s+longer|n[’']t|cannot|nor)(?![A-Za-z])", re.IGNORECASE)


def asserted(ctx: Context, claim: StoryClaim) -> bool:
    """The claim's clause states it as fact (the analysis's modality): not hedged, questioned,
    conditional, quoted, negated or a prediction. A job or relation said by a noun phrase ("his
    wife Mina") is negated only by a negation inside it. The one place the story checks ask."""
    modality = ctx.analysis.modality_at(claim.start, claim.end).modality
    if modality is Modality.NEGATED and claim.kind in ("occupation", "relation"):
        return not _NEGATION.search(ctx.article.text[claim.start:claim.end])
    return modality is Modality.ASSERTED


def character(ctx: Context, text: str) -> str | None:
    found = ctx.resolve(text, {Kind.CHARACTER})
    return found.entity.name if found is not None else None


def who(ctx: Context, party: Party | None) -> Who | None:
    """The character (or a character's relative) a party stands for, or None."""
    if party is None:
        return None
    sex = party.sex if party.relation else None  # "his father": the father's sex, not the pronoun's
    if not party.pronoun:
        name = character(ctx, party.text)
        return Who(name, party.relation, sex) if name is not None else None
    return _antecedent(ctx, party)


def _antecedent(ctx: Context, party: Party) -> Who | None:
    """Whom a pronoun stands for: the only character its paragraph names; for "his father",
    the only candidate whose father the story knows; else the nearest character before it in
    its sentence. Characters the story gives the other sex are never candidates."""
    found = [(i, name) for i, a in enumerate(party.antecedents) if (name := character(ctx, a)) is not None]
    found = [(i, n) for i, n in found if _sex(ctx, n) in (None, party.pronoun_sex)]
    sex = party.sex if party.relation else None
    candidates = list(dict.fromkeys(Who(n, party.relation, sex) for _, n in found))
    if len(candidates) == 1:
        return candidates[0]
    if party.relation is not None and ctx.story is not None:
        known = [c for c in candidates if _in_story(ctx, c)]
        if len(known) == 1:
            return known[0]
    listed_relatives = _relatives_by_the_same_pronoun(ctx, party)
    near = [n for i, n in found if i < party.in_sentence and n not in listed_relatives]
    return Who(near[0], party.relation, sex) if near else None


def _relatives_by_the_same_pronoun(ctx: Context, party: Party) -> set[str]:
    """Characters named earlier in the sentence as a relative through the same pronoun: in "X,
    her mother Y and her brother Z" both "her" are X's, so Y is no antecedent of the second."""
    out = set()
    for claim in ctx.article.descriptions:
        other = claim.other
        if claim.kind == "relation" and other is not None and other.pronoun and other.start < party.start \
                and other.text.casefold() == party.text.casefold() and claim.segment is not None \
                and claim.segment.start <= other.start and party.start < claim.segment.end:
            name = character(ctx, claim.subject.text) if claim.subject is not None and not claim.subject.pronoun else None
            if name is not None:
                out.add(name)
    return out


def _sex(ctx: Context, name: str) -> str | None:
    """A character's sex as the story's relation words give it ("wife": f), if they agree."""
    if ctx.story is None:
        return None
    said = {f.sex for f in ctx.story.facts if f.kind == "relation" and f.who == Who(name) and f.sex}
    return said.pop() if len(said) == 1 else None


def resolved_by_pronoun(party: Party | None) -> bool:
    return party is not None and party.pronoun


def _in_story(ctx: Context, person: Who) -> bool:
    return any(f.who == person or f.other == person for f in ctx.story.facts)


def names_of(ctx: Context, name: str) -> set[str]:
    """A character's name and aliases, folded, to tell a title that is part of a name ("Colonel
    Reyes", "The Doctor") from a claim about the character's job."""
    for c in ctx.reference.characters:
        if c.name == name:
            return {n.casefold() for n in (c.name, *c.aliases)}
    return {name.casefold()}


def credited_to_another(ctx: Context, party: Party | None, name: str) -> bool:
    """The party is the role of a cast credit whose actor does not play that character ("X
    plays Y, the wife of Z" with X credited wrongly): what follows describes the actor's real
    role, and the cast check reports the credit."""
    if party is None or party.pronoun:
        return False
    for credit in ctx.article.claims.credits:
        if credit.start <= party.start < credit.end:
            actors = {r.actor.name for r in ctx.reference.roles_of_character(name)}
            for side in (credit.first, credit.second):
                found = ctx.resolve(side.text, {Kind.PERSON})
                if found is not None and found.entity.name not in actors:
                    return True
    return False


def story_claims(ctx: Context, kind: str) -> list[StoryClaim]:
    """The article's description claims of one kind, except those in a clause about another work
    (the lead's previous drama); none when the reference's story is not read."""
    if ctx.story is None:
        return []
    return [c for c in ctx.article.descriptions
            if c.kind == kind and ctx.analysis.other_work_at(c.start, c.end) is None]


def found_text(claim: StoryClaim) -> str:
    """What a finding quotes: the sentence, or the claim's words when the sentence is long."""
    return claim.sentence if len(claim.sentence) < 200 else claim.word


def a(words: str) -> str:
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


def listed(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def fact_evidence(ctx: Context, fact: Known) -> Evidence:
    """Evidence for a story fact, citing the source of the record it was read from."""
    record = {"characters": ctx.reference.show.characters, "seasons": ctx.reference.show.seasons}.get(fact.loc[0])
    source = record[fact.loc[1]].source if record is not None and len(fact.loc) > 1 else None
    return ctx.reference.evidence(*fact.loc, source=source)
