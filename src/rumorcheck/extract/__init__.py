"""Extraction: one parsed Doc in, every claim the checks look at out.

Claims inside page furniture (ads, "MUST READ" links, bylines) are dropped here, so no check
has to know about them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .claims import Claims, CountClaim, Credit, DateClaim, Mention, NetworkClaim, RenewalClaim, SeasonMention, Segment
from .context import NEGATIONS, PAGE_STAMP, TITLE_SMALL_WORDS, clause_around, hedged_at, segments as find_segments
from .credits import credits_in
from .dates import air_event, find_dates
from .mentions import NameChunks, name_chunks, person_mentions, within
from .networks import calls_original, find_networks, network_role
from .seasons import episode_counts, renewal_cues, repeated_counts, season_counts, season_mentions

__all__ = ["Claims", "extract_claims"]

# Words that state a season's facts: it aired, it had episodes, it ended, it exists now.
_ASSERTING = re.compile(
    r"(?<![A-Za-z])(?:aired|premiered|ended|concluded|released|finished|began|started|debuted|wrapped|"
    r"was|were|had|consisted|featured|introduced|revealed|followed|closes|closed|ends|is\s+the\s+final|"
    r"finale|final\s+episode|brings|now\s+has|now\s+have|there\s+is\s+(?:a|an)|has\s+(?:a|an)\s+(?:new|\w+)\s+season|"
    # the show's return told as done: "returns for a second season", "is back for its third"
    r"(?:returns|returned|comes\s+back|came\s+back|(?:is|are|was)\s+back)\s+for|"
    # production told as under way or done: "filming has wrapped", "the completion of production"
    r"completed|completion\s+of|(?:is|are|was|went)\s+(?:now\s+)?in(?:to)?\s+production|under\s*way)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


def extract_claims(doc: Doc, skip: list[tuple[int, int]], text: str | None = None) -> Claims:
    """Every claim of a parsed article (``text``: the Doc's text, when the caller has it: spaCy
    rebuilds it from every token on each read)."""
    text = doc.text if text is None else text
    skipped = within(skip)
    segments = [s for s in find_segments(doc, text) if not skipped(s.start, s.end)]
    headline = segments[0] if segments else None
    names = NameChunks(name_chunks(text))
    mentions = person_mentions(doc, skip, names.chunks, text)
    credits: list[Credit] = []
    dates: list[DateClaim] = []
    counts: list[CountClaim] = []
    seasons: list[SeasonMention] = []
    networks: list[NetworkClaim] = []
    renewals: list[RenewalClaim] = []
    for segment in segments:
        season_spans = _season_spans(segment)
        credits += credits_in(segment, names.inside(segment))
        segment_counts, segment_dates = _counts(segment), _dates(segment)
        counts += segment_counts
        dates += segment_dates
        # each mention is judged on its own sentence's claims: linear in the article's length
        seasons += [_season_mention(segment, a, b, n, segment_counts, segment_dates) for a, b, n in season_spans]
        networks += _networks(segment)
        renewals += [RenewalClaim(segment.start + a, segment.start + b, segment.text[a:b], segment)
                     for a, b in renewal_cues(segment.text)]
    counts += _repeated_counts(segments, counts)
    return Claims(tuple(segments), tuple(mentions), tuple(credits), tuple(dates), tuple(counts),
                  tuple(seasons), tuple(networks), headline, names, renewals=tuple(renewals))


def _season_spans(segment: Segment) -> list[tuple[int, int, int]]:
    """Season mentions with absolute offsets, widened to the show title written before them."""
    out = []
    for a, b, n in season_mentions(segment.text):
        out.append((segment.start + a, segment.start + b, n))
    return out


_TITLE_WORD = r"[A-Z0-9][\w'’&:.!-]*\s+"
# a title's capitalised words, with the small words it keeps lower-case between them ("Salt and Iron")
_TITLE_BEFORE = re.compile(rf"(?:^|[\s‘'\"“(])((?:{_TITLE_WORD})(?:(?:(?:{'|'.join(sorted(TITLE_SMALL_WORDS))})\s+){{0,2}}{_TITLE_WORD}){{0,6}})$")


def _title_before(segment: Segment, start: int) -> str | None:
    """"Innocent Defendant" in "Innocent Defendant Season 2"; None when lower-case text precedes."""
    match = _TITLE_BEFORE.search(segment.text[:start - segment.start])
    return match.group(1).strip() if match else None


def _counts(segment: Segment) -> list[CountClaim]:
    out = []
    text = segment.text
    for a, b, value, is_ordinal in episode_counts(text):
        start = segment.start + a
        out.append(CountClaim(start, segment.start + b, text[a:b], "episode", value, is_ordinal, segment))
    for a, b, value in season_counts(text):
        out.append(CountClaim(segment.start + a, segment.start + b, text[a:b], "season", value, False, segment))
    return out


def _repeated_counts(segments: list[Segment], counts: list[CountClaim]) -> list[CountClaim]:
    """"these 10 episodes" after "it has 10 episodes in all": the same count, said again."""
    out = []
    for segment in segments:
        for a, b, value in repeated_counts(segment.text):
            start = segment.start + a
            if any(c.value == value and c.unit == "episode" and c.end <= start for c in counts):
                out.append(CountClaim(start, segment.start + b, segment.text[a:b], "episode", value, False, segment,
                                      presupposed=True))
    return out


def _dates(segment: Segment) -> list[DateClaim]:
    out = []
    text = segment.text
    for a, b, value, end_value in find_dates(text):
        start = segment.start + a
        event = air_event(text[:a], text[b:])
        if event == "finale" and end_value is not None:
            event = "premiere"  # "ended its run from X to Y": the run's two ends
        out.append(DateClaim(start, segment.start + b, text[a:b], value, event, segment, end_value))
    return out


def _season_mention(segment: Segment, start: int, end: int, number: int, counts: list[CountClaim],
                    dates: list[DateClaim]) -> SeasonMention:
    clause = clause_around(segment, start, end)
    clause_start = segment.start + segment.text.find(clause)
    own = _OwnEvent(segment, clause, clause_start, start, end)
    plain = (not segment.heading and not hedged_at(segment.text, start - segment.start, end - segment.start)
             and not NEGATIONS.search(clause))
    states_facts = plain and (any(own.holds(c.start) for c in counts)
                              or any(own.holds(d.start) and not _page_stamp(segment, d) for d in dates)
                              or any(own.holds(clause_start + m.start()) for m in _ASSERTING.finditer(clause)))
    text = segment.text[start - segment.start:end - segment.start]
    return SeasonMention(start, end, text, number, segment, states_facts, _title_before(segment, start),
                         renewal=bool(renewal_cues(clause)))


# "fans wait for season 3 since the finale in June 2022": what follows one of these words, after
# the season, is another event's (and so is what they lead before it: "After its finale in May, ...").
_OTHER_EVENT = re.compile(r"(?<![A-Za-z])(?:after|before|since|following|ahead\s+of|prior\s+to)(?![A-Za-z])",
                          re.IGNORECASE)


class _OwnEvent:
    """The part of a season mention's clause that speaks of that season's own events."""

    def __init__(self, segment: Segment, clause: str, clause_start: int, start: int, end: int):
        self.text, self.offset = segment.text, segment.start
        self.clause_start, self.clause_end = clause_start, clause_start + len(clause)
        self.start, self.end = start, end

    def holds(self, position: int) -> bool:
        if not self.clause_start <= position < self.clause_end:
            return False
        lead = (self.end, position) if position >= self.end else (self.clause_start, position)
        return not _OTHER_EVENT.search(self.text[lead[0] - self.offset:lead[1] - self.offset])


def _page_stamp(segment: Segment, date: DateClaim) -> bool:
    """The crawl's stamp opening a line ("date 2020-09-16"): when the page was read, no air date."""
    return any(segment.start + m.start("day") == date.start for m in PAGE_STAMP.finditer(segment.text))


def _networks(segment: Segment) -> list[NetworkClaim]:
    out = []
    text = segment.text
    for a, b, network in find_networks(text):
        role, presupposed = network_role(text[:a], text[b:], segment.heading)
        start = segment.start + a
        out.append(NetworkClaim(start, segment.start + b, text[a:b], network.name, role, presupposed, segment,
                                calls_original(text[:a], text[b:])))
    return out


