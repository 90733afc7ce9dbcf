"""Claims extracted from an article: plain records with character offsets into the text."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segment:
    """A sentence, or a line when the page has no full stops (headings, table rows)."""

    start: int
    end: int
    text: str
    heading: bool  # a title or heading line: it names topics, it asserts nothing
    hedged: bool  # speculation: would, might, probably, if, rumoured...
    negated: bool
    future: bool  # "will", "is set to": about something that has not happened
    contrast: bool = False  # sets the show apart from another: "not to be confused with", "unlike"


@dataclass(frozen=True)
class Mention:
    """A name-like stretch of text: a person or a character, resolved later."""

    start: int
    end: int
    text: str
    source: str  # "ner", "chunk", "credit"


@dataclass(frozen=True)
class Credit:
    """An actor-role pairing: "Ji Sung (Park Jung-woo)", "X as Y", "Y, played by X"..."""

    start: int
    end: int
    text: str
    first: Mention  # as written, before deciding which side is the actor
    second: Mention
    form: str  # "parenthesis", "as", "played-by", "plays"; "aside": "Actor (Name) also stars as ...";
    # "described": "Tom’s new girlfriend, who is played by X", first is the character named
    young: bool  # "as young X", "the younger X"
    segment: Segment
    description: str = ""  # form "described": the role as written after the named character ("new girlfriend")


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the article gives it: every day in [first, last] fits."""

    first: dt.date
    last: dt.date
    granularity: str  # "day", "month", "year", "season", "alternatives"
    options: tuple[tuple[dt.date, dt.date], ...] = ()  # for "April or May 2022"

    def contains(self, day: dt.date) -> bool:
        if self.options:
            return any(a <= day <= b for a, b in self.options)
        return self.first <= day <= self.last


@dataclass(frozen=True)
class DateClaim:
    start: int
    end: int
    text: str
    value: DateValue
    event: str | None  # "premiere", "finale", or None when the sentence says no air event
    segment: Segment
    end_value: DateValue | None = None  # "aired from X to Y": Y


@dataclass(frozen=True)
class CountClaim:
    start: int
    end: int
    text: str
    unit: str  # "episode" or "season"
    value: int
    ordinal: bool  # "the 18th episode" names one episode, it does not count them
    segment: Segment
    presupposed: bool = False  # "expect these 12 episodes to thrill": the count is taken as given


@dataclass(frozen=True)
class SeasonMention:
    start: int
    end: int
    text: str
    number: int
    segment: Segment
    asserted: bool  # its clause states facts about this season (episodes, dates, "aired", "the finale of")
    title: str | None  # capitalised words written right before it: whose season it is
    renewal: bool = False  # its clause says the season is coming: "is on the way", "has been renewed"


@dataclass(frozen=True)
class RenewalClaim:
    """"the show is coming back", "BBC bosses confirmed it will be returning": a new season is coming."""

    start: int
    end: int
    text: str
    segment: Segment


@dataclass(frozen=True)
class NetworkClaim:
    start: int
    end: int
    text: str
    network: str  # canonical name from the network list
    role: str  # "owner" (made, commissioned or first aired it) or "distribution" (where to watch)
    presupposed: bool  # "Netflix will greenlight", "this Netflix series": ownership taken as given
    segment: Segment
    original: bool = False  # "a Netflix original": the platform's own production, not one it licenses


@dataclass(frozen=True)
class Claims:
    segments: tuple[Segment, ...]
    mentions: tuple[Mention, ...]
    credits: tuple[Credit, ...]
    dates: tuple[DateClaim, ...]
    counts: tuple[CountClaim, ...]
    seasons: tuple[SeasonMention, ...]
    networks: tuple[NetworkClaim, ...]
    headline: Segment | None
    names: "NameChunks | None" = field(default=None, repr=False, compare=False)  # see extract.mentions
    renewals: tuple[RenewalClaim, ...] = ()
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def name_chunks(self, segment: Segment) -> list["Chunk"]:
        """Name-shaped runs of capitalised words in ``segment`` (found once per article)."""
        assert self.names is not None, "claims built without their name chunks"
        return self.names.inside(segment)

    def segment_at(self, position: int) -> Segment | None:
        """The sentence holding character ``position`` (segments are in text order)."""
        if not self._starts:
            self._starts.extend(s.start for s in self.segments)
        i = bisect_right(self._starts, position) - 1
        return self.segments[i] if i >= 0 and position < self.segments[i].end else None



Claim = DateClaim | CountClaim | NetworkClaim | RenewalClaim  # a claim of fact held in one sentence
