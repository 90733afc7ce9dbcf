"""Extraction: one parsed Doc in, every claim the checks look at out.

Claims inside page furniture (ads, "MUST READ" links, bylines) are dropped here, so no check
has to know about them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .claims import Claims, CountClaim, Credit, DateClaim, Mention, NetworkClaim, SeasonMention, Segment
from .context import segments as find_segments
from .credits import credits_in
from .dates import air_event, find_dates
from .mentions import NameChunks, name_chunks, person_mentions, within
from .networks import find_networks, network_role
from .seasons import episode_counts, season_counts, season_mentions

__all__ = ["Claims", "extract_claims"]

_ASSERTING = re.compile(
    r"(?<![A-Za-z])(?:aired|premiered|ended|concluded|released|finished|began|started|debuted|wrapped|"
    r"was|were|had|consisted|featured|introduced|revealed|followed|closes|closed|ends|is\s+the\s+final)(?![A-Za-z])",
    re.IGNORECASE,
)


def extract_claims(doc: Doc, skip: list[tuple[int, int]]) -> Claims:
    skipped = within(skip)
    segments = [s for s in find_segments(doc) if not skipped(s.start, s.end)]
    headline = segments[0] if segments else None
    names = NameChunks(name_chunks(doc.text))
    mentions = person_mentions(doc, skip, names.chunks)
    credits: list[Credit] = []
    dates: list[DateClaim] = []
    counts: list[CountClaim] = []
    seasons: list[SeasonMention] = []
    networks: list[NetworkClaim] = []
    for segment in segments:
        season_spans = _season_spans(segment)
        credits += credits_in(segment, names.inside(segment))
        segment_counts, segment_dates = _counts(segment, season_spans), _dates(segment, season_spans)
        counts += segment_counts
        dates += segment_dates
        asserted = _asserts_facts(segment, segment_counts, segment_dates)  # this sentence's own: linear
        seasons += [SeasonMention(a, b, segment.text[a - segment.start:b - segment.start], n, segment, asserted,
                                  _title_before(segment, a)) for a, b, n in season_spans]
        networks += _networks(segment, season_spans)
    return Claims(tuple(segments), tuple(mentions), tuple(credits), tuple(dates), tuple(counts),
                  tuple(seasons), tuple(networks), headline, names)


def _season_spans(segment: Segment) -> list[tuple[int, int, int]]:
    """Season mentions with absolute offsets, widened to the show title written before them."""
    out = []
    for a, b, n in season_mentions(segment.text):
        out.append((segment.start + a, segment.start + b, n))
    return out


_TITLE_BEFORE = re.compile(r"(?:^|[\s‘'\"“(])((?:[A-Z0-9][\w'’&:.!-]*\s+){1,7})$")


def _title_before(segment: Segment, start: int) -> str | None:
    """"Innocent Defendant" in "Innocent Defendant Season 2"; None when lower-case text precedes."""
    match = _TITLE_BEFORE.search(segment.text[:start - segment.start])
    return match.group(1).strip() if match else None


def _nearest_season(seasons: list[tuple[int, int, int]], position: int) -> int | None:
    before = [s for s in seasons if s[1] <= position]
    if before:
        return before[-1][2]
    after = [s for s in seasons if s[0] >= position]
    return after[0][2] if after else None


def _counts(segment: Segment, seasons) -> list[CountClaim]:
    out = []
    text = segment.text
    for a, b, value, is_ordinal in episode_counts(text):
        start = segment.start + a
        out.append(CountClaim(start, segment.start + b, text[a:b], "episode", value, is_ordinal,
                              _nearest_season(seasons, start), segment))
    for a, b, value in season_counts(text):
        out.append(CountClaim(segment.start + a, segment.start + b, text[a:b], "season", value, False, None, segment))
    return out


def _dates(segment: Segment, seasons) -> list[DateClaim]:
    out = []
    text = segment.text
    for a, b, value, end_value in find_dates(text):
        start = segment.start + a
        event = air_event(text[:a])
        if event == "finale" and end_value is not None:
            event = "premiere"  # "ended its run from X to Y": the run's two ends
        out.append(DateClaim(start, segment.start + b, text[a:b], value, event,
                             _nearest_season(seasons, start), segment, end_value))
    return out


def _asserts_facts(segment: Segment, counts: list[CountClaim], dates: list[DateClaim]) -> bool:
    """The sentence states facts (not a heading, not speculation, not a denial)."""
    if segment.heading or segment.hedged or segment.negated:
        return False
    inside = lambda c: segment.start <= c.start < segment.end  # noqa: E731
    return (any(inside(c) for c in counts) or any(inside(d) for d in dates)
            or bool(_ASSERTING.search(segment.text)))


def _networks(segment: Segment, seasons) -> list[NetworkClaim]:
    out = []
    text = segment.text
    for a, b, network in find_networks(text):
        role, presupposed = network_role(text[:a], text[b:])
        start = segment.start + a
        out.append(NetworkClaim(start, segment.start + b, text[a:b], network.name, role, presupposed,
                                _nearest_season(seasons, start), segment))
    return out


