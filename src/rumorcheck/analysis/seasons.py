"""The season a sentence or a claim is about: one resolver, used by every check.

A claim's season is looked for, in order:

1. in its own clause: a season of this show named there ("season 2 has eight episodes"), a
   season named relative to the article's ("the last season", "the previous series"), or a later
   season left unsaid after one named before it ("the second season took two years, the third ...");
2. the whole show: "the series debuted in 2017" speaks of the first season's premiere;
3. in its sentence: the season named nearest before it (after it, if none before), unless its
   clause speaks of several seasons ("the later seasons ran six episodes each");
4. a sentence that has the show return ("is returning in 2022") naming no season: the season
   still to come on the article's date (see ``returning``);
5. for sentences (not claims): the paragraph's, the section heading's, the headline's season.

Season mentions of other works ("the second season of 'Another Show'", "Other Show Season 4")
are not this show's and scope nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import TYPE_CHECKING

from ..extract.claims import SeasonMention, Segment
from ..extract.context import PAGE_STAMP, clause_around
from ..extract.dates import find_dates
from ..extract.mentions import FUNCTION_WORDS
from ..extract.numbers import ORDINAL_PATTERN, ordinal
from ..extract.seasons import season_lists, tells_a_return
from ..names.keys import fold
from ..reference import Reference, Season
from .subjects import names_title

if TYPE_CHECKING:
    from ..article import Article

_RELATIVE = re.compile(
    r"\b(?:the\s+)?(?P<which>last|previous|prior|latest|most\s+recent|earlier|new|next|upcoming|coming|"
    r"forthcoming|final)\s+(?:season|series|instal+ment|part|chapter)\b",
    re.IGNORECASE)
# "the series debuted", "the show first aired": the show's own premiere, i.e. its first season's; not
# "renewed the series for a second season that debuted", where the verb is the named season's, nor
# "the second series premiered" or "the new series airs", a season named by the noun itself.
_SHOW_NOUN = r"(?:series|show|drama|programme|program|k-drama|thriller)"
_SHOW_PREMIERED = (r"(?:debuted|premiered|first\s+aired|first\s+premiered|originally\s+aired|first\s+broadcast|launched|"
                   r"first\s+released|first\s+came\s+out)")
_SHOW_PREMIERE = re.compile(
    rf"\b(?:the|this)\s+(?:(?!(?:{ORDINAL_PATTERN}|new|next|latest|last|final|previous|upcoming)\s)\w+\s+){{0,2}}{_SHOW_NOUN}\b"
    r"(?:(?!season|series|instal+ment|part\b)[^,;]){0,30}?\b"
    rf"{_SHOW_PREMIERED}\b",
    re.IGNORECASE)
# "<Show>, which premiered on tvN in March 2020, returns for a second season": a relative
# clause on the show itself (its title, or "the dark fantasy drama") tells the show's own premiere.
_WHICH_PREMIERED = re.compile(
    rf",\s*which\s+(?:[^,;]{{0,30}}?\b)?(?:{_SHOW_PREMIERED}|aired|was\s+released|came\s+out|arrived)\b[^,;]*",
    re.IGNORECASE)
# "The second season of the series premiered ...": the show noun names whose season it is
_PART_OF = re.compile(r"\b(?:seasons?|series|parts?|instal+ments?|chapters?|episodes?|finale)\s+of\s+$", re.IGNORECASE)
_SHOW_HEAD = re.compile(rf"\b(?:the|this|its)\s+(?:[\w-]+\s+){{0,3}}{_SHOW_NOUN}\s*$", re.IGNORECASE)
# A season left unsaid after one named in the same sentence: "it took two years for the second season
# to arrive, so the third should come in 2026", "... the next one in 2027". Only when no noun follows
# the ordinal ("the third episode", "the second half" are not seasons), and only a later season
# ("Season 2, like the first, ..." compares; it moves no claim to season 1).
_ELLIPTICAL = re.compile(
    rf"\bthe\s+(?P<which>{ORDINAL_PATTERN}|next)(?:\s+one)?"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:is|was|will|would|could|might|may|should|has|had|can|in|at|on|by|around|"
    r"before|until|sometime|arriv\w*|materiali[sz]\w*|premier\w*|land\w*|drop\w*|air\w*|come\w*|coming)\b)",
    re.IGNORECASE)
_STAMP_REACH = 500  # characters: a crawl's stamp opens the page, after its address line
_SEVERAL = re.compile(r"\b(?:seasons|series\s+\w+\s+and|each|both|rest|other\s+(?:two|three|four|\d))\b", re.IGNORECASE)
# "of 'Other Show'", "of Netflix's series Other": the season belongs to the work named after it.
_OF_WORK = re.compile(r"^\s+of\s+(?:[“\"‘']|(?:[A-Z][\w’'.-]*\s+){0,3}(?:series|show|drama)\s+[A-Z“\"‘']|[A-Z])")


class SeasonScope:
    """Which season each sentence and each claim of one article is about."""

    def __init__(self, article: "Article", reference: Reference):
        self.article = article
        self.reference = reference

    # -- whose season -------------------------------------------------------------------------
    def about_this_show(self, mention: SeasonMention) -> bool:
        """A season mention is this show's unless another title is written around it, or its
        number opens this show's own title ("the drama series 24 Lights of Busan")."""
        if self._opens_a_title(mention):
            return False
        after = self.article.text[mention.end:mention.end + 60]
        if _OF_WORK.match(after) and not names_title(self.reference, after.split(" of ", 1)[-1], at="start"):
            return False
        if not mention.title:
            return True
        words = [w for w in mention.title.split() if w.strip("‘’'\"“”:") not in FUNCTION_WORDS]
        return not words or names_title(self.reference, " ".join(words), at="end")

    def _opens_a_title(self, mention: SeasonMention) -> bool:
        word, _, number = mention.text.partition(" ")
        if word.lower() != "series" or not number[:1].isdigit():
            return False
        start = mention.end - len(number)
        return any(_opens(self.article.text, start, title) for title in self._numbered_titles)

    @cached_property
    def _numbered_titles(self) -> list[str]:
        return [t for t in self.reference.titles if t[:1].isdigit()]

    @cached_property
    def _own_mentions(self) -> list[SeasonMention]:
        return [m for m in self.article.claims.seasons if self.about_this_show(m)]

    @cached_property
    def _named(self) -> dict[int, set[int]]:
        """Season numbers of this show named in each segment, by segment start."""
        named: dict[int, set[int]] = {}
        for mention in self._own_mentions:
            named.setdefault(mention.segment.start, set()).add(mention.number)
        return named

    # -- sentences ------------------------------------------------------------------------------
    @cached_property
    def _headline_seasons(self) -> set[int]:
        headline = self.article.claims.headline
        return self._named.get(headline.start, set()) if headline is not None else set()

    @cached_property
    def article_season(self) -> int | None:
        """The season the article is about: the headline's, else the only one it names, else None."""
        if len(self._headline_seasons) == 1:
            return next(iter(self._headline_seasons))
        every = set().union(*self._named.values()) if self._named else set()
        return next(iter(every)) if len(every) == 1 else None

    @cached_property
    def _segment_seasons(self) -> dict[int, int | None]:
        """The season each sentence is about: the one it names, else the last one named earlier in
        its paragraph, else its section heading's, else the article's; None when unclear."""
        text = self.article.text
        out: dict[int, int | None] = {}
        section = paragraph = None
        previous_end = 0
        for segment in self.article.claims.segments:
            named = self._named.get(segment.start, set())
            own = next(iter(named)) if len(named) == 1 else None
            gap = text[previous_end:segment.start]
            if "\n\n" in gap or "\n" in gap and segment.heading:
                paragraph = None
            if segment.heading:
                section = own
            elif named:
                paragraph = own
            out[segment.start] = own if named else (paragraph or section or self.article_season)
            previous_end = segment.end
        return out

    @cached_property
    def article_date(self) -> dt.date | None:
        """The day the page was read, from a crawl's stamp near its top ("date 2021-10-22")."""
        stamp = PAGE_STAMP.search(self.article.text[:_STAMP_REACH])
        try:
            return dt.date.fromisoformat(stamp.group("day")) if stamp else None
        except ValueError:
            return None

    @cached_property
    def aired_by_date(self) -> list[Season]:
        """The seasons that had premiered by the article's date; on an undated page, every aired
        season of the reference (an article written years ago saw fewer than the reference lists)."""
        aired = self.reference.aired_seasons
        if self.article_date is None:
            return aired
        return [s for s in aired if s.first_aired is not None and s.first_aired <= self.article_date]

    @cached_property
    def upcoming(self) -> int:
        """The season a future sentence naming none ("the cast will return") speaks of, when its
        context names none either: the one after the last aired by the article's date."""
        return max((s.number for s in self.aired_by_date), default=0) + 1

    def returning(self, segment: Segment) -> int:
        """The season a sentence that has the show return ("is returning in 2022", "will be back")
        without a number speaks of: the one its context is about when that had not aired by the
        article's date (on an undated page, the headline's), else the next one to come."""
        base = self.of_segment(segment)
        headline = self.article.claims.headline
        titled = headline is not None and headline.heading and self._headline_seasons == {base}
        if base is not None and (base >= self.upcoming if self.article_date else titled):
            return base
        return self.upcoming

    def of_segment(self, segment: Segment) -> int | None:
        """The season a sentence is about."""
        return self._segment_seasons.get(segment.start, self.article_season)

    # -- claims -------------------------------------------------------------------------------
    def of_claim(self, segment: Segment, start: int, end: int, event: str | None = None) -> list[int] | None:
        """The seasons a claim at [start, end) may be about; None when any aired season may be meant.

        The nearest season reference before the claim in its clause wins (after it, if none
        before): a season named there, a relative one ("the last season"), or, for a premiere,
        the show itself ("the series debuted")."""
        if event == "premiere" and self._in_show_relative(segment, start):
            return [min(s.number for s in self.reference.show.seasons)]
        clause = clause_around(segment, start, end)
        clause_start = segment.start + segment.text.find(clause)
        anchors = self._anchors(segment, clause, clause_start, event)
        if anchors:
            before = [a for a in anchors if a[0] <= start]
            end_, seasons = before[-1] if before else anchors[0]
            if event is not None and len(seasons) > 1:
                return _respective(segment, end_, start, seasons)
            return seasons
        in_sentence = self._mentions_in(segment)
        if in_sentence and not _SEVERAL.search(clause):
            return [_nearest(in_sentence, start).number]
        if tells_a_return(clause):
            return [self.returning(segment)]
        return None

    def _in_show_relative(self, segment: Segment, position: int) -> bool:
        """Whether ``position`` lies in a relative clause telling the show's own premiere."""
        if len(self.reference.show.seasons) < 2:
            return False
        text, offset = segment.text, segment.start
        for match in _WHICH_PREMIERED.finditer(text):
            if not offset + match.start() < position < offset + match.end():
                continue
            head = text[:match.start()]
            if any(m.end == offset + len(head.rstrip()) for m in self._mentions_in(segment)):
                return False  # "the second series, which premiered ...": that season's premiere
            if any(offset + match.start() < m.start < position for m in self._mentions_in(segment)):
                return False  # "the series, which premiered its third season in ...": that season's
            return bool(_SHOW_HEAD.search(head)) or names_title(self.reference, head[-60:], at="end")
        return False

    def _anchors(self, segment: Segment, clause: str, clause_start: int, event: str | None) -> list[tuple[int, list[int]]]:
        """(end offset, seasons) of every season reference in a clause, in text order."""
        clause_end = clause_start + len(clause)
        return [(end, seasons) for end, seasons in self._sentence_anchors(segment, event)
                if clause_start < end <= clause_end]

    def _sentence_anchors(self, segment: Segment, event: str | None) -> list[tuple[int, list[int]]]:
        """Every season reference of a sentence in text order; a relative one ("the last season",
        "the next season") counts from the reference before it, else from the sentence's season."""
        named = self._named_with_lists(segment)
        relative = [(segment.start + m.start(), segment.start + m.end(), " ".join(m.group("which").lower().split()))
                     for m in _RELATIVE.finditer(segment.text)]
        anchors: list[tuple[int, list[int]]] = []
        base = self.of_segment(segment)
        for start, end, what in sorted(named + relative + self._elliptical(segment, named), key=lambda a: a[0]):
            seasons = what if isinstance(what, list) else self._relative(what, base)
            if seasons:
                anchors.append((end, seasons))
                base = seasons[0]
        if event == "premiere" and len(self.reference.show.seasons) > 1:
            first = min(s.number for s in self.reference.show.seasons)
            anchors += [(segment.start + m.end(), [first]) for m in _SHOW_PREMIERE.finditer(segment.text)
                        if not _PART_OF.search(segment.text, 0, m.start())]
        return sorted(anchors, key=lambda a: a[0])

    @staticmethod
    def _elliptical(segment: Segment, named: list) -> list[tuple[int, int, list[int] | str]]:
        """Later seasons left unsaid after a season named earlier in the sentence: "the third" (a
        number), "the next one" (after the season before it)."""
        out = []
        for m in _ELLIPTICAL.finditer(segment.text):
            start = segment.start + m.start()
            earlier = [seasons[0] for a, _, seasons in named if a < start]
            number = ordinal(m.group("which"))
            if earlier and (number is None or number > earlier[-1]):
                out.append((start, segment.start + m.end(), [number] if number else "next"))
        return out

    def _named_with_lists(self, segment: Segment) -> list[tuple[int, int, list[int]]]:
        """The sentence's own season mentions; a list of seasons ("the third, fourth and fifth
        series") counts as one reference to all of them, not as its last season alone."""
        mentions = self._mentions_in(segment)
        lists = [(segment.start + a, segment.start + b, numbers) for a, b, numbers in season_lists(segment.text)]
        others = [m for m in self.article.claims.seasons if m.segment.start == segment.start and m not in mentions]
        own = [(a, b, numbers) for a, b, numbers in lists if not any(a <= m.start < b for m in others)]
        named = [(m.start, m.end, [m.number]) for m in mentions if not any(a <= m.start < b for a, b, _ in own)]
        return sorted(named + own, key=lambda n: n[0])

    def _mentions_in(self, segment: Segment) -> list[SeasonMention]:
        return [m for m in self._own_mentions if m.segment.start == segment.start]

    def _relative(self, which: str, base: int | None) -> list[int] | None:
        aired = sorted(s.number for s in self.reference.aired_seasons)
        if not aired:
            return None
        if which in ("last", "previous", "prior", "latest", "most recent", "earlier"):
            # the season before the one spoken of, or the last one aired
            return [base - 1] if base is not None and base - 1 in aired else [aired[-1]]
        if which == "final":
            return [aired[-1]] if self.reference.show.status.value in ("ended", "cancelled") else None
        # new, next, upcoming: the season after the one spoken of, or after the last aired one
        return [base + 1 if base is not None and base in aired else aired[-1] + 1]


def _respective(segment: Segment, list_end: int, position: int, seasons: list[int]) -> list[int]:
    """The seasons of a list a date after it is about: "the first and second series aired in
    2019 and 2022 (respectively)" pairs dates and seasons in order when they are as many; else
    the date may be any of the list's seasons, never one outside it."""
    offset = list_end - segment.start
    starts = [segment.start + offset + a for a, _, _, _ in find_dates(segment.text[offset:])]
    if len(starts) == len(seasons) and position in starts:
        return [seasons[starts.index(position)]]
    return seasons


def _nearest(mentions: list[SeasonMention], position: int) -> SeasonMention:
    before = [m for m in mentions if m.end <= position]
    if before:
        return before[-1]
    return min(mentions, key=lambda m: abs(m.start - position))


def _opens(text: str, start: int, title: str) -> bool:
    """Whether ``text`` at ``start`` begins with the title's first two words (all of a one-word title)."""
    words = fold(title).split()[:2]
    written = fold(text[start:start + len(title) + 20]).split()
    return written[:len(words)] == words
