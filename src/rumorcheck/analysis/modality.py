"""Modality: whether a clause asserts what it says, and the cue that says otherwise.

A claim is judged as a fact only when its clause asserts it. "It may well return
next spring", "Is a third season coming?", "if the network renews it" and "fans hope for"
say nothing the reference can refute; checks report such claims at ``info`` at most.

The cue words live in :mod:`rumorcheck.extract.context`, their one home; this module decides,
for a stretch of text, which cue governs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ..extract.claims import Segment
from ..extract.context import (CONDITIONAL, FUTURE, HEDGES, NEGATIONS, TOPIC_LEAD, clause_around, clause_start,
                               hedge_cues, in_other_aside, is_month_may, outside_adverbial)

class Modality(str, Enum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    QUESTION = "question"
    CONDITIONAL = "conditional"
    QUOTED = "quoted"
    NEGATED = "negated"
    FUTURE = "future"

    @property
    def asserts(self) -> bool:
        """A claim in this modality can be refuted: asserted, negated (checked by its own rule)
        and future (a prediction stated as fact) clauses; not hedges, questions or conditions."""
        return self in (Modality.ASSERTED, Modality.NEGATED, Modality.FUTURE, Modality.QUOTED)


@dataclass(frozen=True)
class ModalityCue:
    modality: Modality
    cue: str  # the words that set it: "might", "?", "if"

    def describe(self) -> str:
        return f"{self.modality.value} ('{self.cue}')" if self.cue else self.modality.value


ASSERTED = ModalityCue(Modality.ASSERTED, "")
# A condition the sentence opens with governs its main clause too.
_FRONTED_CONDITION = re.compile(r"^(If|Unless|Should|In case)\b[^,;]*,")
# Speech inside quotation marks: five words or more (a shorter quoted run is a title or a term).
_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def modality_at(segment: Segment, start: int, end: int) -> ModalityCue:
    """The modality governing [start, end) of ``segment``: its clause's, else its sentence's question."""
    clause = clause_around(segment, start, end)
    claim = (start - segment.start, end - segment.start, clause_start(segment.text, start - segment.start))
    if segment.text.rstrip().endswith("?"):
        return ModalityCue(Modality.QUESTION, "?")
    fronted = _FRONTED_CONDITION.match(segment.text)
    if fronted and start - segment.start > fronted.end():  # "If it is renewed, it will return in 2026"
        return ModalityCue(Modality.CONDITIONAL, fronted.group(1))
    for modality, pattern in ((Modality.CONDITIONAL, CONDITIONAL), (Modality.HEDGED, HEDGES)):
        cue = _first_cue(pattern, clause, segment.text, claim)
        if cue:
            return ModalityCue(modality, cue)
    if _inside_quote(segment, start, end):
        return ModalityCue(Modality.QUOTED, "“”")
    for modality, pattern in ((Modality.NEGATED, NEGATIONS), (Modality.FUTURE, FUTURE)):
        cue = _first_cue(pattern, clause)
        if cue:
            return ModalityCue(modality, cue)
    return ASSERTED


# "the studio confirmed that it would return": "would" reports a future, it does not hedge it.
_REPORTED = re.compile(r"\b(?:revealed|announced|confirmed|reported|said|stated|told|claimed|declared)\b"
                       r"(?:\s+\S+){0,4}?\s+that\s+(?:\S+\s+){0,4}$", re.IGNORECASE)


def _first_cue(pattern: re.Pattern, text: str, sentence: str = "", claim: tuple[int, int, int] = (0, 0, 0)) -> str | None:
    """The first cue of ``pattern`` in the clause ``text`` of ``sentence`` that governs the claim
    ``claim``: its start and end in the sentence, and where its clause starts."""
    for match in hedge_cues(text) if pattern is HEDGES else pattern.finditer(text):
        word = match.group(0).strip()
        if is_month_may(word):
            continue
        if word.lower() == "would" and _REPORTED.search(text[:match.start()]):
            continue
        start, end, offset = claim
        if pattern is HEDGES and outside_adverbial(sentence, offset + match.start(), offset + match.end(), start, end):
            continue
        if sentence and in_other_aside(sentence, offset + match.start(), start, end):
            continue  # "has 48 episodes (if I counted right)": the aside's own doubt
        return word
    return None


def _inside_quote(segment: Segment, start: int, end: int) -> bool:
    a, b = start - segment.start, end - segment.start
    return any(m.start() < a and b < m.end() and len(m.group(1).split()) >= 5 for m in _QUOTED.finditer(segment.text))


def names_a_topic(segment: Segment, start: int, end: int, title: str | None = None) -> bool:
    """Whether [start, end) is only the subject the sentence introduces ("we will go through what we
    have heard about <Title> season 3"): the words before it make it a topic, so a "will"
    before it is the writer's; a future told after it ("..., which will premiere in May") is the
    season's own."""
    before = segment.text[:start - segment.start]
    untitled = before.rstrip().removesuffix(title or "").rstrip() + " "
    if not (TOPIC_LEAD.search(before) or TOPIC_LEAD.search(untitled)):
        return False
    clause = clause_around(segment, start, end)
    after = clause[clause.find(segment.text[start - segment.start:end - segment.start]) + end - start:]
    return not FUTURE.search(after)
