"""The work a clause is about: this show, or another work the clause names.

Articles about one show talk about others all the time: an actor's earlier drama ("who rose to
fame in 'Other Show'"), a remake ("the adaptation, titled Other Show, will have 13 episodes"),
another series' cancellation. A count, date, season or network in such a clause belongs to
that work and is not judged against the show.

Another work is recognised by how the web writes titles: a capitalised run in quotation marks,
a capitalised run after "series", "drama", "film", "titled", "called"; and by the clauses that
introduce one: career notes ("starred in", "known for", "his performance in") and remakes or
adaptations, named before the title ("a remake titled X") or after it by apposition ("X, a reality
series based on the show", "X, the Korean remake"); and by a title airing as its clause's subject
("Meanwhile, X started airing on ..."), or hung on a relative clause telling when it aired
("Other Show, which debuted in 2018"), or dated in a parenthesis on several works ("after hit dramas
(both aired in 2016) ..."). A paragraph that opens on a remake keeps it as its subject
while its sentences begin with "the drama", "the remake", "it" ("the competition" for a reality
spin-off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..extract.claims import Segment
from ..extract.context import clause_around, clause_start
from ..extract.networks import find_networks, known_networks
from ..lexicon import story_lexicon
from ..names import fold
from ..reference import Reference

if TYPE_CHECKING:
    from ..article import Article

_CAP = r"[A-Z0-9][\w’'&:.!-]*"
_QUOTED_TITLE = re.compile(rf"[“\"‘']({_CAP}(?:\s+(?:{_CAP}|of|the|a|an|and|in|on|to|for|with)){{0,6}})[,.!?]?[”\"’']")
_NAMED_WORK = re.compile(
    rf"\b(?:series|drama|film|movie|show|sitcom|k-drama|webtoon|novel|manga|remake|adaptation|titled|called|named)"
    rf"\s+(?:[“\"‘'])?({_CAP}(?:\s+(?:{_CAP}|of|the|and|in)){{0,5}})")
_CAREER = re.compile(
    r"\b(?:rose\s+to\s+fame|best\s+known|known\s+for|known\s+from|performance\s+in|performances\s+in|"
    r"(?:also|previously|earlier|last|recently|first)\s+(?:starred|appeared|seen|featured)|appeared\s+in|starred\s+in|"
    r"role\s+in|roles\s+in|debut\s+in|fame\s+(?:with|in|for)|his\s+work\s+in|her\s+work\s+in)\b",
    re.IGNORECASE)
# An actor's move to another work: "joined the cast of X", "left to star in X", "went on to star
# in X", "was cast in Netflix's X". A career note only when a title follows ("joined the cast of
# the show" and "was cast in season 2" are about this show), and only when that title is not the
# show's own ("joined the cast of <this show>" is news about this show).
_MOVED_TO = re.compile(
    r"\b(?:joined\s+the\s+(?:main\s+|regular\s+|recurring\s+|ensemble\s+)?cast\s+of"
    r"|left\s+(?:the\s+(?:show|series|drama)\s+)?to\s+(?:star|appear|lead|co-star)\s+in"
    r"|went\s+on\s+to\s+(?:star\s+in|appear\s+in|co-star\s+in|lead|join|headline)"
    r"|(?:was|were|been|is|are|got|being)\s+cast\s+in)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&-]*[’']s\s+)?(?:(?:hit|new|upcoming|acclaimed|popular)\s+)?"
    rf"(?:(?:series|show|drama|film|movie|sitcom|miniseries|anime|thriller|comedy)\s+)?[“\"‘']?"
    rf"(?!(?:Season|Series|Part|Episode|Chapter|Volume|January|February|March|April|May|June|July|August|"
    rf"September|October|November|December|Spring|Summer|Autumn|Fall|Winter)\b)({_CAP}(?:\s+(?:{_CAP}|of|the|and|in)){{0,5}})")
_REMAKE = re.compile(r"\b(?:remake|adaptation|spin-?off|(?:\w+\s+)?version)\b", re.IGNORECASE)
# "the remake will ...", "Spanning 10 episodes, the competition follows ...": a sentence whose
# subject refers back to the work (after an opening phrase of its own). "The remake" or "the
# competition" cannot be the show itself, whatever else the sentence names; "the drama" or "it"
# can, so they carry the work only in a sentence that does not name the show.
_OPENING = r"^(?:[A-Za-z][^,.;:]{0,60},\s+)?"
_CARRIES_REMAKE = re.compile(rf"{_OPENING}(?:the\s+(?:drama|series|show)|it)\b", re.IGNORECASE)
_CARRIES_DISTINCT = re.compile(
    rf"{_OPENING}the\s+(?:remake|adaptation|spin-?off|version|competition|contest|reality\s+(?:show|series))\b",
    re.IGNORECASE)
# What comes right before a title the text introduces as another work: "a remake titled", "the
# Korean version,", "its spin-off", "the prequel series", "adapted as". Not "X, the adaptation of ...", where the title
# comes first and the cue may well describe this show.
_INTRODUCED_BY = re.compile(
    r"(?:\b(?:remake|spin-?off|version|sequel|prequel|reboot)\b"
    r"(?:\s+(?:series|show|film|movie|drama|k-drama|miniseries|mini-series|anime|special|novel|webtoon|manga))?"
    r"(?:[^.;!?]{0,80}?\b(?:named|titled|called|dubbed))?"
    r"|\b(?:adapted|remade|rebooted)\s+(?:as|into)(?:\s+the)?)\s*,?\s*[“\"‘']?$", re.IGNORECASE)
_SMALL_TAIL = re.compile(r"(?:\s+(?:of|the|and|in))+$")  # "named Port Lanterns and aired": no "and"
# "..., Other Show, which debuted in summer 2018, ...": a relative clause telling when a titled work
# aired, hung on a capitalised title; what it dates is that work's (a network or a season named
# there is told apart by the caller). The verb is followed by its time, not by an object ("which
# aired the first series in 2019" is a broadcaster's).
_TITLED_RELATIVE = re.compile(
    rf"(?<![\w’'])(?P<title>[A-Z][\w’'&:.!-]*(?:\s+(?:{_CAP}|of|the|and|in|on)){{0,6}}),\s*which\s+"
    r"(?:(?:first|originally|initially|also)\s+)?(?:debuted|premiered|aired|was\s+(?:released|broadcast)|came\s+out|"
    r"launched|arrived|ran)\s+(?:(?:back|first|originally)\s+)?(?:in|on|at|during|from|between|[A-Z0-9])[^,;]*")
# A parenthesis on several other works: "after hit dramas (both aired in 2016) Other One and Other
# Two", "... Other One and Other Two (both aired in 2016)". Plural "series" is left out: it may
# be this show's seasons.
_WORKS_PAREN = re.compile(
    r"(?:\b(?:shows|dramas|k-dramas|films|movies|sitcoms|works|projects|hits|titles|thrillers|comedies)\s*"
    rf"|(?P<title>{_CAP}(?:\s+(?:{_CAP}|of|the|and|in|on)){{0,6}})\s*(?=\(\s*(?:both|all|each)\b))"
    r"\((?P<inside>[^()]{1,120})\)")
_PART_NOUN = r"(?:season|series|part|chapter|instal+ment|episode)"
_SEASON_WORD_BEFORE = re.compile(rf"\b{_PART_NOUN}\s*$", re.IGNORECASE)
_SEASON_WORDS = re.compile(rf"\b{_PART_NOUN}s?\b", re.IGNORECASE)


# A title given by a naming verb: "It was named ...", after a sentence about an untitled remake.
_NAMED_BEFORE = re.compile(r"\b(?:named|titled|called|dubbed)\s*[“\"‘']?$", re.IGNORECASE)
# Words that liken the show to another work, before that work's title in its clause ("a thriller
# that meets X", "fans of X", "in the vein of X, Y and Z", "from the makers of X") or right after
# it ("X meets Y", "X-style").
_LIKENED_BEFORE = re.compile(
    r"\b(?:like|unlike|meets?|similar\s+to|reminiscent\s+of|akin\s+to|à\s+la|a\s+la|inspired\s+by|"
    r"compared?\s+(?:to|with)|comparisons?\s+(?:to|with)|fans\s+of|viewers\s+of|in\s+the\s+vein\s+of|"
    r"echoes\s+of|homage\s+to|nod\s+to|take\s+on|riff\s+on|retelling\s+of|version\s+of|parody\s+of|"
    r"spoof\s+of|than|liked|loved|enjoyed|watched|the\s+next|"
    r"(?:creators?|makers?|team|director|writers?|showrunner|producers?)\s+(?:of|behind))\b",
    re.IGNORECASE)
_LIKENED_AFTER = re.compile(r"^[”\"’']?(?:\s+(?:meets|vibes|fans)\b|-(?:style|esque|like)\b)", re.IGNORECASE)
# An appositive right after a title that calls it another work: "X, a reality series based on the
# show", "X, its reality spin-off", "X, the Korean remake". A bare "X, the adaptation of the webtoon"
# may describe this show under another name, so an adaptation or version needs a qualifier
# ("the live-action adaptation"), and a kind noun needs to be derived from the show itself.
_KIND = (r"(?:series|show|drama|k-drama|film|movie|miniseries|mini-series|sitcom|anime|competition|contest|"
         r"game\s+show|documentary|special|thriller|comedy)")
_APPOSED_TAIL = (
    r"[”\"’']?,\s+(?:(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:remake|spin-?off|sequel|prequel|reboot)\b"
    r"|(?:a|an|the|its)\s+(?:[\w-]+\s+){1,3}?(?:adaptation|version)\b"
    rf"|(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_KIND}\s+(?:based\s+on|spun\s+off\s+from|inspired\s+by|adapted\s+from)"
    r"\s+(?:the\s+(?:show|series|drama|original|hit\s+\w+)|it)\b)")
_APPOSED_AFTER = re.compile(_APPOSED_TAIL, re.IGNORECASE)
_APPOSED = re.compile(rf"[“\"‘']?({_CAP}(?:\s+(?:{_CAP}|of|the|and|in|on|for)){{0,6}}){_APPOSED_TAIL}")
# A title as the subject of an airing verb at the head of its clause: "Meanwhile, Other Show started
# airing on JTBC on ...". The network and date are that work's.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Spring|Summer|Autumn|Fall|Winter)")
_AIRING_SUBJECT = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]+|(?:In|On|By|Since)\s+[^,]{1,30}),\s+)?[“\"‘']?"
    rf"((?!(?:This|That|These|It|Its|Season|Series|Part|Episode|Chapter|Volume|{_MONTH})\b)"
    rf"{_CAP}(?:\s+(?:{_CAP}|of|the|and|in|on|for)){{0,6}}?)[”\"’']?\s+"
    r"(?:(?:has|had|have|will|is|was)\s+(?:also\s+)?(?:been\s+)?)?"
    r"(?:(?:started|starts|began|begins|start|begin)\s+(?:airing|streaming|broadcasting)"
    r"|premiered|premieres|premiere|debuted|debuts|debut|aired|airs|airing|released|set\s+to\s+(?:premiere|air|debut))\b")


# The words right before a title that name its medium: "the manga X", "the hit manga series 'X'",
# "Japanese novel X": a book or comic the article names as such, not a title it gives the show.
_BEFORE_TITLE = re.compile(r"((?:[\w’'-]+\s+){1,2}?)(?:series\s+)?[“\"‘']?$")


def _named_after_a_medium(before: str) -> bool:
    words = _BEFORE_TITLE.search(before)
    if words is None:
        return False
    lexicon = story_lexicon()
    phrase = words.group(1).strip()
    return any(lexicon.medium(p) and not lexicon.medium(p) <= _SCREEN_MEDIA
               for p in (phrase, phrase.split()[-1]))


_SCREEN_MEDIA = frozenset({"television", "film", "anime"})  # "the series X" may well call the show X


@dataclass(frozen=True)
class OtherWork:
    title: str | None  # the title written, when the clause names one
    cue: str  # the words that tell: "starred in", a title
    career_note: bool = False  # a person's other credits: what it names is not borrowed by the article


class Subjects:
    """Decides, for any clause of one article, whether it is about another work."""

    def __init__(self, article: "Article", reference: Reference):
        self.article = article
        self.reference = reference
        self._clauses: dict[str, OtherWork | None] = {}

    def other_work_at(self, segment: Segment, start: int, end: int) -> OtherWork | None:
        """The other work the clause holding [start, end) is about, or None for this show."""
        titled = self._titled_relative_at(segment, start) or self._works_parenthesis_at(segment, start)
        if titled is not None:
            return titled
        clause = clause_around(segment, start, end)
        found = self._in_text(clause)
        if found is None and segment.start in self._remake_paragraph:
            return self._remake_paragraph[segment.start]
        return found

    def _titled_relative_at(self, segment: Segment, position: int) -> OtherWork | None:
        """The other work whose own relative clause holds ``position``: "Other Show, which
        debuted in 2018"; not this show's title, a season or a network."""
        offset = position - segment.start
        for match in _TITLED_RELATIVE.finditer(segment.text):
            if not match.end("title") < offset < match.end():
                continue
            title = match.group("title")
            if _SEASON_WORDS.search(title) or _SEASON_WORD_BEFORE.search(segment.text, 0, match.start()) or find_networks(title) or self.is_own_title(title) \
                    or names_title(self.reference, title, at="end"):
                return None
            return OtherWork(title, title)
        return None

    def _works_parenthesis_at(self, segment: Segment, position: int) -> OtherWork | None:
        """The other works a parenthesis holding ``position`` speaks of: one after a plural work
        noun ("hit dramas (both aired in 2016)"), or "(both ...)" after titles not this show's."""
        offset = position - segment.start
        for match in _WORKS_PAREN.finditer(segment.text):
            if not match.start("inside") <= offset < match.end("inside"):
                continue
            title = match.group("title")
            if self._mentions_own_title(match.group("inside")) or (
                    title and (find_networks(title) or names_title(self.reference, title, at="end"))):
                return None
            return OtherWork(title, match.group(0))
        return None

    def _in_text(self, clause: str) -> OtherWork | None:
        if clause not in self._clauses:
            self._clauses[clause] = self._find_in(clause)
        return self._clauses[clause]

    def introduced_at(self, segment: Segment, start: int, end: int) -> bool:
        """The text at [start, end) is a title the article itself introduces as another work: "a
        remake titled X", "the Korean version, X", "adapted as X"; or "It was named X" right
        after a sentence about a remake that names none."""
        before = segment.text[:start - segment.start]
        if _INTRODUCED_BY.search(before) or _APPOSED_AFTER.match(segment.text, end - segment.start):
            return True
        if _named_after_a_medium(before):
            return True
        return segment.start in self._after_untitled_remake and bool(_NAMED_BEFORE.search(before))

    @staticmethod
    def likened_at(segment: Segment, start: int, end: int) -> bool:
        """The title at [start, end) is a work the clause likens the show to, not the show's
        name: "a thriller that meets X", "fans of X will", "X meets Y", "an X-style game". Such a
        title may well be one word away from the show's own."""
        text, a, b = segment.text, start - segment.start, end - segment.start
        return bool(_LIKENED_BEFORE.search(text, clause_start(text, a), a)) or bool(_LIKENED_AFTER.match(text[b:]))

    def _find_in(self, clause: str) -> OtherWork | None:
        named = self._apposed(clause) or self._airing_subject(clause)
        if named is not None:
            return named
        titles = [_SMALL_TAIL.sub("", m.group(1)) for p in (_QUOTED_TITLE, _NAMED_WORK) for m in p.finditer(clause)
                  if not self._names_a_person(m)]
        others = [t for t in titles if not self.is_own_title(t)]
        names_own = any(self.is_own_title(t) for t in titles) or self._mentions_own_title(clause, others)
        moved = self._moved_to(clause)
        if moved is not None:
            return moved
        career = _CAREER.search(clause)
        if career and (others or not names_own):
            return OtherWork(others[0] if others else None, career.group(0).lower(), career_note=True)
        if others and not names_own:
            return OtherWork(others[0], others[0])
        return None

    def _apposed(self, clause: str) -> OtherWork | None:
        """A title the clause calls another work by apposition: "X, a series based on the show"."""
        for m in _APPOSED.finditer(clause):
            title = _SMALL_TAIL.sub("", m.group(1))
            if not self.is_own_title(title) and not self._opens_with_person(title):
                return OtherWork(title, m.group(0)[m.end(1) - m.start(0):].strip(" ,”\"’'").lower())
        return None

    def _airing_subject(self, clause: str) -> OtherWork | None:
        """Another title airing as the clause's subject: "Meanwhile, Other Show started airing on ..."."""
        m = _AIRING_SUBJECT.match(clause)
        if m is None:
            return None
        title = _SMALL_TAIL.sub("", m.group(1))
        # a run holding the show's title ("Netflix's Harbour Lights", "Harbour Lights Season 2") is the show
        if self.is_own_title(title) or self._mentions_own_title(title) or self._opens_with_person(title) \
                or _is_network(title):
            return None
        return OtherWork(title, m.group(0)[m.end(1) - m.start(0):].strip(" ”\"’'").lower())

    def _moved_to(self, clause: str) -> OtherWork | None:
        """An actor's move to another work the clause names: a career note about that work."""
        for m in _MOVED_TO.finditer(clause):
            title = _SMALL_TAIL.sub("", m.group(1))
            if not self.is_own_title(title) and not names_title(self.reference, title, at="start") \
                    and not self._opens_with_person(title):
                return OtherWork(title, m.group(0)[:m.start(1) - m.start(0)].strip().lower(), career_note=True)
        return None

    @cached_property
    def _people(self) -> frozenset[str]:
        """The show's characters and cast, by every name they have, folded."""
        show = self.reference.show
        names = [n for c in show.characters for n in (c.name, *c.aliases)]
        names += [n for m in show.cast for n in (m.name, *m.aliases)]
        return frozenset(fold(n) for n in names)

    def _names_a_person(self, match: re.Match) -> bool:
        """"a girl named Ginny", "a man called Leo Marsh in Busan": an unquoted name after a naming
        word that opens with a name of the show's people is a person, not a work ("titled" and
        quotes keep their title: "an episode titled “Keeper of the North”")."""
        cue = match.group(0)[:match.start(1) - match.start(0)].strip().casefold()
        return cue in ("named", "called") and self._opens_with_person(match.group(1))

    def _opens_with_person(self, text: str) -> bool:
        words = fold(text).split()
        return any(" ".join(words[:n]) in self._people for n in range(1, min(len(words), 4) + 1))

    def is_own_title(self, text: str) -> bool:
        return names_title(self.reference, text)

    def _mentions_own_title(self, clause: str, others: list[str] = ()) -> bool:
        """The clause names the show, outside the other titles it names ("Harbour Lights"
        inside "Harbour Lights: Port Lanterns" is no mention of the show)."""
        folded = fold(clause)
        for other in others:
            folded = folded.replace(fold(other), " ")
        return any(fold(t) and fold(t) in folded for t in self.reference.titles)

    @cached_property
    def _after_untitled_remake(self) -> set[int]:
        """Sentences right after one about a remake, version or spin-off it does not name, in
        the same paragraph: "Spain got its own remake. It was named ..."."""
        text = self.article.text
        out: set[int] = set()
        previous = None
        for segment in self.article.claims.segments:
            if previous is not None and "\n" not in text[previous.end:segment.start] \
                    and _REMAKE.search(previous.text) and self._in_text(previous.text) is None:
                out.add(segment.start)
            previous = segment
        return out

    @cached_property
    def _remake_paragraph(self) -> dict[int, OtherWork]:
        """Sentences that go on about a remake or spin-off introduced earlier in their paragraph."""
        text = self.article.text
        out: dict[int, OtherWork] = {}
        current: OtherWork | None = None
        previous_end = 0
        for segment in self.article.claims.segments:
            if "\n" in text[previous_end:segment.start]:
                current = None
            other = self._in_text(segment.text)
            if other is not None and other.title and (_REMAKE.search(segment.text) or _APPOSED.search(segment.text)):
                current = other
            elif current is not None and (_CARRIES_DISTINCT.match(segment.text) or (
                    _CARRIES_REMAKE.match(segment.text) and not self._mentions_own_title(segment.text))):
                out[segment.start] = current
            else:
                current = None
            previous_end = segment.end
        return out


def names_title(reference: Reference, text: str, at: str = "whole") -> bool:
    """``text`` is one of the show's titles, nearly spelt, with or without "The"; ``at="start"`` or
    ``"end"``: it begins or ends with one ("Tidewater Season 2" is written after "Other Show and")."""
    written = fold(text.strip("“”\"‘’' ,."))
    if not written:
        return False
    for title in reference.titles:
        folded = fold(title)
        part = {"start": written[:len(folded)], "end": written[-len(folded):]}.get(at, written)
        if max(fuzz.ratio(part, folded), fuzz.ratio(written, folded), fuzz.ratio(_bare(written), _bare(folded))) >= 85:
            return True
    return False


def _is_network(text: str) -> bool:
    folded = text.casefold()
    return any(folded in {s.casefold() for s in (n.name, *n.aliases)} for n in known_networks())


def _bare(title: str) -> str:
    """A title without its article and punctuation: "the bodyguard" -> "bodyguard"."""
    return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"[^\w\s]", "", title))
