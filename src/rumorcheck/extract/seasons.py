"""Season mentions ("Season 2", "second season", "series two", hyphenated "second-season premiere",
"season-two") and episode/season counts."""

from __future__ import annotations

import re

from .context import clause_start
from .dates import MONTH_PATTERN, WORD_START
from .numbers import CARDINAL_PATTERN, ORDINAL_PATTERN, cardinal, ordinal

_SEASON_WORD = r"(?:season|series)"
# "ordered to series 14 December 2015": the number is a day of the month, not a season.
_DAY_OF_MONTH = rf"(?-i:\s+(?:of\s+)?{MONTH_PATTERN},?\s+(?:19|20)\d\d(?!\d))"
SEASON_NUMBERED = re.compile(
    rf"{WORD_START}{_SEASON_WORD}(?:\s+|-)(?P<n>\d{{1,2}}|{CARDINAL_PATTERN})(?![\w-]|{_DAY_OF_MONTH})", re.IGNORECASE)
SEASON_ORDINAL = re.compile(
    rf"{WORD_START}(?P<o>{ORDINAL_PATTERN})(?:\s+|-)(?:{_SEASON_WORD}|instal+ment)(?![A-Za-z])", re.IGNORECASE)

# Seasons named by what they were: "the debut season", "its freshman run", "the sophomore outing".
_DESCRIBED_NUMBER = {"debut": 1, "inaugural": 1, "freshman": 1, "maiden": 1, "first": 1, "sophomore": 2}
SEASON_DESCRIBED = re.compile(
    r"(?<![A-Za-z-])(?:(?P<d>debut|inaugural|freshman|maiden|sophomore)\s+(?:season|run|outing|instal+ment)|"
    r"(?P<f>first)\s+run)(?![A-Za-z-])", re.IGNORECASE)

EPISODE_ADJECTIVE = re.compile(rf"(?<![\w-])(?P<n>{CARDINAL_PATTERN})-(?:episode|part)(?![\w-])", re.IGNORECASE)
# "has 16 episodes", and the spun "has 16 episode" (but not "season 2 episode 5": a number follows)
EPISODE_PLURAL = re.compile(
    rf"(?<![\w-])(?<!season\s)(?<!series\s)(?<!part\s)(?P<n>{CARDINAL_PATTERN})\s+(?:episodes|parts|episode(?!\s*(?:[#\d]|no\b)))(?![\w-])",
    re.IGNORECASE)
EPISODE_ORDINAL = re.compile(
    rf"(?<![\w-])(?:(?P<o>{ORDINAL_PATTERN})\s+episode|episode\s+(?:no\.?\s*|number\s+|#)?(?P<n>\d{{1,3}}))(?![\w-])",
    re.IGNORECASE)
SEASON_COUNT = re.compile(
    rf"(?<![\w-])(?P<n>{CARDINAL_PATTERN})(?:-|\s+)(?:seasons|series)(?![\w-])", re.IGNORECASE)

# Words right before "N episodes" that make it a count of the show's episodes.
_COUNT_CUE = re.compile(
    r"(?:\b(?:has|had|have|having|with|of|for|spans?|spanned|spanning|consists?\s+of|consisted\s+of|comprising|"
    r"comprises|total(?:s|ling|ing)?|ran|runs|running|aired|over|across|contains?|contained|includes?|"
    r"included|features?|featured|is|was|are|were|be|in)\s+(?:a\s+total\s+of\s+|only\s+|just\s+|all\s+)?)$",
    re.IGNORECASE,
)
# "the first 4 episodes", "the last two episodes": a part of the run, not its length.
_PART_OF_RUN = re.compile(
    r"\b(?:first|last|final|next|remaining|other|few|couple|opening|closing|those|these|every|each|two|three)\s+$",
    re.IGNORECASE)


# "originally planned for 16 episodes": a plan, not the run's length.
_PLANNED = re.compile(r"\b(?:planned|originally|initially|scheduled|set\s+to\s+have|intended|supposed)\b[^.;]{0,30}$",
                      re.IGNORECASE)


# A count of a stretch of the story, not of the season: "one case ran for three episodes",
# "a case that lasted three episodes", "she appears in four episodes", "a two-episode arc". The
# nearer of a stretch's subject and the show's or season's decides; with neither, a verb of
# lasting, or "for" without a verb of the run ("joins for two episodes"), marks a stretch.
_STRETCH_SUBJECT = re.compile(
    r"\b(?:cases?|arcs?|story\s*lines?|subplots?|plot\s*lines?|trials?|missions?|flashbacks?|romances?|cameos?|"
    r"(?:guest\s+)?appearances?|(?:some|one|each|many|most|all|none|several|few|both|two|three)\s+of\s+them|"
    r"he|she|who)\b", re.IGNORECASE)
_WHOLE_SUBJECT = re.compile(r"\b(?:seasons?|series|show|drama|k-drama|programme|program|it|instal+ment)\b", re.IGNORECASE)
_LASTING = re.compile(r"\b(?:(?:went|goes|go|going)\s+on|last(?:s|ed|ing)?|stretch\w*|appear\w*|play(?:s|ed)?\s+out|"
                      r"unfold\w*|spread\w*|carried\s+over|guest[-\s]star\w*)\b", re.IGNORECASE)
_FOR_WITHOUT_RUN = re.compile(
    r"^(?!.*\b(?:ran|run|runs|running|renew\w*|order\w*|picked\s+up|commission\w*|air\w*|back|return\w*)\b)"
    r".*\bfor\s+(?:only\s+|just\s+|a\s+total\s+of\s+)?$", re.IGNORECASE | re.DOTALL)
_STRETCH_NOUN_AFTER = re.compile(
    r"^\s+(?:arcs?|cases?|story\s*lines?|subplots?|stints?|cameos?|(?:guest\s+)?(?:roles?|appearances?|spots?))\b",
    re.IGNORECASE)


def counts_a_stretch(text: str, start: int) -> bool:
    """Whether the episode count at ``start`` of ``text`` counts a stretch of the story."""
    before = text[clause_start(text, start):start]
    stretch = max((m.end() for m in _STRETCH_SUBJECT.finditer(before)), default=-1)
    whole = max((m.end() for m in _WHOLE_SUBJECT.finditer(before)), default=-1)
    if stretch > whole or whole >= 0:
        return stretch > whole
    return bool(_LASTING.search(before) or _FOR_WITHOUT_RUN.search(before))


def season_mentions(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) for each season mention."""
    out = []
    for m in SEASON_NUMBERED.finditer(text):
        n = cardinal(m.group("n"))
        if n is not None:
            out.append((m.start(), m.end(), n))
    for m in SEASON_ORDINAL.finditer(text):
        n = ordinal(m.group("o"))
        if n is not None:
            out.append((m.start(), m.end(), n))
    for m in SEASON_DESCRIBED.finditer(text):
        out.append((m.start(), m.end(), _DESCRIBED_NUMBER[(m.group("d") or m.group("f")).lower()]))
    return sorted(out)


# Several seasons named together: "the third, fourth and fifth series", "seasons 3, 4 and 5".
_AND = r"\s*,?\s*(?:and|&)\s+"
SEASON_LIST = re.compile(
    rf"{WORD_START}(?:(?P<ords>(?:{ORDINAL_PATTERN})(?:\s*,\s*(?:{ORDINAL_PATTERN}))*{_AND}(?:{ORDINAL_PATTERN}))"
    rf"\s+(?:seasons?|series|instal+ments?)"
    rf"|{_SEASON_WORD}s?\s+(?P<nums>(?:\d{{1,2}})(?:\s*,\s*\d{{1,2}})*{_AND}\d{{1,2}}))(?![\w-])",
    re.IGNORECASE)
_LIST_ITEM = re.compile(rf"{ORDINAL_PATTERN}|\d{{1,2}}", re.IGNORECASE)


def season_lists(text: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, numbers) for each list of seasons, in the order written."""
    out = []
    for m in SEASON_LIST.finditer(text):
        items = m.group("ords") or m.group("nums")
        read = ordinal if m.group("ords") else cardinal
        numbers = [read(i.group(0)) for i in _LIST_ITEM.finditer(items)]
        if None not in numbers:
            out.append((m.start(), m.end(), numbers))
    return out


def episode_counts(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) for "18-episode", "has 18 episodes", "the 18th episode"."""
    out = []
    for m in EPISODE_ADJECTIVE.finditer(text):
        n = cardinal(m.group("n"))
        if n and not _PLANNED.search(text[:m.start()][-50:]) and not _STRETCH_NOUN_AFTER.match(text[m.end():]):
            out.append((m.start(), m.end(), n, False))
    for m in EPISODE_PLURAL.finditer(text):
        before = text[:m.start()]
        n = cardinal(m.group("n"))
        if m.group(0).lower().endswith("episode") and (n or 0) < 2:
            continue  # "one episode left": a single episode, no count
        if (n and _COUNT_CUE.search(before[-40:]) and not _PART_OF_RUN.search(before[-30:])
                and not _PLANNED.search(before[-50:]) and not counts_a_stretch(text, m.start())):
            out.append((m.start(), m.end(), n, False))
    for m in EPISODE_ORDINAL.finditer(text):
        n = ordinal(m.group("o")) if m.group("o") else int(m.group("n"))
        if n:
            out.append((m.start(), m.end(), n, True))
    return sorted(out)


_DEMONSTRATIVE = re.compile(r"\b(?:these|those|all)\s+$", re.IGNORECASE)


def repeated_counts(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) for "these 12 episodes": a count that refers back to one given before."""
    out = []
    for m in EPISODE_PLURAL.finditer(text):
        n = cardinal(m.group("n"))
        if n and n > 2 and _DEMONSTRATIVE.search(text[:m.start()][-12:]):
            out.append((m.start(), m.end(), n))
    return out


def season_counts(text: str) -> list[tuple[int, int, int]]:
    out = []
    for m in SEASON_COUNT.finditer(text):
        before = text[:m.start()]
        n = cardinal(m.group("n"))
        hyphenated = "-" in m.group(0)
        if n and (hyphenated or _COUNT_CUE.search(before[-40:])) and not _PART_OF_RUN.search(before[-30:]):
            out.append((m.start(), m.end(), n))
    return out


# A new season said to be coming, as news: "is on the way", "will be returning", "has been renewed".
RENEWAL = re.compile(
    r"(?<![A-Za-z])(?:(?:is|are)\s+(?:now\s+)?on\s+(?:the|its|their)\s+way(?!\s+to\s+\w+ing)|(?:is|are|be|been)\s+coming\s+back|"
    r"(?:will|would)\s+be\s+(?:coming\s+back|returning|back)|(?:will|would)\s+return|is\s+returning|"
    # in the present: "is getting a third season", "is nearing its release"
    r"(?:is|are)\s+getting\s+(?:a|another)\s+(?:\w+\s+)?(?:season|series|instal+ment)|"
    r"(?:is|are)\s+(?:(?:very|so|now)\s+)?(?:near(?:ing)?|close\s+to)\s+(?:its|their)\s+release|"
    r"(?:has|have|had)\s+been\s+(?:officially\s+)?(?:renewed|commissioned|greenlit|green-lit)|"
    r"(?:renewal|return)\s+(?:has|have|had)\s+been\s+(?:officially\s+)?confirmed|"
    r"(?:renewed|commissioned|greenlit|green-lit|ordered)\s+(?:it\s+|the\s+\w+\s+)?for\s+(?:a|another)\s+"
    r"(?:second|third|fourth|fifth|sixth|new|\w+)\s+(?:season|series))(?![A-Za-z])",
    re.IGNORECASE)


def renewal_cues(text: str) -> list[tuple[int, int]]:
    """(start, end) of each renewal cue."""
    return [(m.start(), m.end()) for m in RENEWAL.finditer(text)]


# The show's return with an adverb in the verb ("is almost certainly returning", "will surely be
# back"): it tells which season a date is about, but it is no renewal news of its own ("is finally
# returning" on an undated page may speak of any season).
_RETURNING = re.compile(
    r"(?<![A-Za-z])(?:(?:will|would)\s+(?:(?:\w+ly|almost|soon)\s+){1,2}(?:be\s+(?:coming\s+back|returning|back)|return)|"
    r"(?:is|are)\s+(?:(?:\w+ly|almost|soon)\s+){1,2}(?:returning|coming\s+back))(?![A-Za-z])",
    re.IGNORECASE)


def tells_a_return(text: str) -> bool:
    """Whether ``text`` has the show return or be renewed."""
    return bool(RENEWAL.search(text) or _RETURNING.search(text))
