"""Dates with their precision, and the air event a sentence ties them to.

"23 January 2017" is a day, "January 2017" a month, "2017" a year, "spring 2022" a season of
the year, "April or May 2022" two alternatives, "from January 23 to March 21, 2017" a run.
A date is checked only when its sentence ties it to a premiere or a finale ("release date",
"premiered", "final episode"); "filmed in 2016" or "announced in May" are not air dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .claims import DateValue

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_PATTERN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DM = rf"{_DAY}\s+(?:of\s+)?{MONTH_PATTERN}"
_MD = rf"{MONTH_PATTERN}\s+{_DAY}"
_FULL = rf"(?:{_DM},?\s+{_YEAR}|{_MD},?\s+{_YEAR}|{_YEAR}-[01]\d-[0-3]\d)"
_PARTIAL = rf"(?:{_DM}|{_MD})"
_TO = r",?\s*(?:to|until|till|through|and|–|—|-)\s*"
_PART_OF_YEAR = (r"(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|spring|summer|fall|autumn|winter|"
                 r"(?:the\s+)?first\s+half\s+of|(?:the\s+)?second\s+half\s+of|h1|h2|q[1-4])")

_PATTERNS = [
    ("run", re.compile(rf"(?<![\w])(?:from\s+|between\s+)?(?P<a>{_FULL}|{_PARTIAL}){_TO}(?P<b>{_FULL})(?![\w])")),
    ("month-run", re.compile(rf"(?<![\w])(?:from|between)\s+(?P<m1>{MONTH_PATTERN}),?\s+(?P<y1>{_YEAR}){_TO}"
                             rf"(?P<m2>{MONTH_PATTERN}),?\s+(?P<y2>{_YEAR})(?![\w])")),
    # "April-September 2013", "from July to October 2018": a run of months in one year
    ("months-run", re.compile(rf"(?<![\w])(?:from\s+|between\s+)?(?P<m1>{MONTH_PATTERN})\s*(?:–|—|-|to|until|till|through)\s*"
                              rf"(?P<m2>{MONTH_PATTERN})(?:\s+of)?,?\s+(?P<y>{_YEAR})(?![\w])")),
    ("day-run", re.compile(rf"(?<!\d)(?P<d1>[0-3]?\d)\s*(?:–|—|-|to)\s*(?P<d2>[0-3]?\d)\s+(?P<m>{MONTH_PATTERN}),?\s+(?P<y>{_YEAR})(?![\w])")),
    ("alternatives", re.compile(rf"(?<![\w])(?P<m1>{MONTH_PATTERN})\s*(?:or|/|and)\s*(?P<m2>{MONTH_PATTERN})(?:\s+of)?,?\s+(?P<y>{_YEAR})(?![\w])")),
    ("day", re.compile(rf"(?<!\d)(?:{_FULL})(?![\w])")),
    ("part-of-year", re.compile(rf"(?<![\w])(?P<p>{_PART_OF_YEAR})[-\s]+(?:of\s+)?(?P<y>{_YEAR})(?![\w])", re.IGNORECASE)),
    ("month", re.compile(rf"(?<![\w])(?P<m>{MONTH_PATTERN})(?:\s+of)?,?\s+(?P<y>{_YEAR})(?![\w])")),
    ("year", re.compile(rf"(?<![\w/-])(?P<y>{_YEAR})(?![\w/-])")),
]

_DIGIT = re.compile(r"\d")

_PARTS = {
    "early": (1, 4), "the start of": (1, 3), "mid": (5, 8), "late": (9, 12), "the end of": (10, 12),
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 12),
    "first half of": (1, 6), "the first half of": (1, 6), "second half of": (7, 12), "the second half of": (7, 12),
    "h1": (1, 6), "h2": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
}


def find_dates(text: str) -> list[tuple[int, int, DateValue, DateValue | None]]:
    """Every date in ``text``: (start, end, value, end-of-run value or None). No overlaps."""
    found: list[tuple[int, int, DateValue, DateValue | None]] = []
    if not _DIGIT.search(text):
        return found  # every date form holds a day or a year in figures; most sentences hold neither
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            parsed = _parse(kind, match)
            if parsed:
                found.append((match.start(), match.end(), *parsed))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda f: f[0])


def _parse(kind: str, m: re.Match) -> tuple[DateValue, DateValue | None] | None:
    try:
        if kind == "run":
            last = parse_day(m.group("b"))
            first = parse_day(m.group("a"), default_year=last.first.year)
            return first, last
        if kind == "month-run":
            first = _month_range(int(m.group("y1")), MONTHS[_m(m.group("m1"))])
            last = _month_range(int(m.group("y2")), MONTHS[_m(m.group("m2"))])
            return DateValue(*first, "month"), DateValue(*last, "month")
        if kind == "months-run":
            year, m1, m2 = int(m.group("y")), MONTHS[_m(m.group("m1"))], MONTHS[_m(m.group("m2"))]
            first = _month_range(year - 1 if m1 > m2 else year, m1)  # "November-February 2021" began in 2020
            return DateValue(*first, "month"), DateValue(*_month_range(year, m2), "month")
        if kind == "day-run":
            month, year = MONTHS[_m(m.group("m"))], int(m.group("y"))
            first = dt.date(year, month, int(m.group("d1")))
            last = dt.date(year, month, int(m.group("d2")))
            return DateValue(first, first, "day"), DateValue(last, last, "day")
        if kind == "alternatives":
            year = int(m.group("y"))
            months = [_month_range(year, MONTHS[_m(m.group(g))]) for g in ("m1", "m2")]
            return DateValue(months[0][0], months[-1][1], "alternatives", tuple(months)), None
        if kind == "day":
            return parse_day(m.group(0)), None
        if kind == "part-of-year":
            year = int(m.group("y"))
            a, b = _PARTS[re.sub(r"\s+", " ", m.group("p").lower())]
            return DateValue(_month_range(year, a)[0], _month_range(year, b)[1], "season"), None
        if kind == "month":
            first, last = _month_range(int(m.group("y")), MONTHS[_m(m.group("m"))])
            return DateValue(first, last, "month"), None
        year = int(m.group("y"))
        return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"), None
    except (ValueError, KeyError):
        return None


def parse_day(text: str, default_year: int | None = None) -> DateValue:
    """One calendar day written in any of the usual forms; ValueError if it is no date."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if iso:
        day = dt.date(*map(int, iso.groups()))
        return DateValue(day, day, "day")
    parts = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((MONTHS[p.lower()] for p in parts if p.lower() in MONTHS), None)
    numbers = [int(p) for p in parts if p.isdigit()]
    year = next((n for n in numbers if n > 31), default_year)
    days = [n for n in numbers if n <= 31]
    if month is None or year is None or not days:
        raise ValueError(text)
    day = dt.date(year, month, days[0])
    return DateValue(day, day, "day")


def _m(text: str) -> str:
    return text.lower().rstrip(".")


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


# Scraped text glues words together ("NumberSeason 2", "HarbourLaunched on"): a capital after a
# lower-case letter also starts a word. Matching at that boundary keeps every offset as written.
WORD_START = r"(?:(?<![A-Za-z])|(?-i:(?<=[a-z])(?=[A-Z])))"
_PREMIERE = re.compile(
    WORD_START + r"(?:premier\w*|release\s+date|released?|releases|releasing|debut\w*|air\s+date|first\s+aired|"
    r"began|begins?|start(?:s|ed)?|launch\w*|drops?|dropped|arriv\w*|returns?|returning|"
    r"hits?\s+screens|be\s+out|come\s+out|comes\s+out|came\s+out|first\s+episode|episode\s+1\b|"
    r"available\s+(?:to\s+\w+\s+)?(?:on\s+\w+\s+)?since|streaming\s+since)",
    re.IGNORECASE,
)
_FINALE = re.compile(
    WORD_START + r"(?:finale|final\s+episode|last\s+episode|(?:most\s+)?recent\s+episode|latest\s+episode|ended|ends|concluded|concludes|wrapped\s+up|until|till|"
    r"finished|finishes|came\s+to\s+an\s+end|last\s+aired)(?![A-Za-z])",
    re.IGNORECASE,
)
# The season's last episode as the subject of a release verb: "the finale will drop on ..."
_FINALE_NOUN = re.compile(
    WORD_START + r"(?:finale|final\s+episode|last\s+episode|(?:most\s+)?recent\s+episode|latest\s+episode)(?![A-Za-z])",
    re.IGNORECASE)
# "aired", "broadcast": an air date, of whichever event the sentence named earlier.
_AIRED = re.compile(WORD_START + r"(?:air(?:s|ed|ing)?|broadcast\w*|shown|screened)(?![A-Za-z])", re.IGNORECASE)
# Events that are no airing, the one home of their words: production (filming, a script reading),
# business (an announcement, a renewal), publicity (a trailer, stills, a poster, a TV spot, an award
# ceremony: "the Broadcasting Awards 2021"), the page
# itself (posted, updated) and the story's own time ("the story begins in 1921", "is set in 1919").
# "The stills were released on ..." dates the stills, not the season.
_NOT_AIRING = re.compile(
    r"(?<![A-Za-z])(?:film\w*|shoot\w*|shot|born|announc\w*|confirm\w*|reveal\w*|unveil\w*|renew\w*|cast(?:ing)?|interview\w*|posted|"
    r"published|updated|script|reading|table\s+read|wrapped\s+filming|commission\w*|greenlit|ordered|production|"
    r"trailers?|teasers?|posters?|stills|still\s+cuts?|first\s+looks?|(?-i:images|photos|pictures)|footage|promos?|"
    r"(?:tv|television|brief|short|video|ad|advert\w*)\s+spots?|featurettes?|clips?|"
    r"sneak\s+peeks?|behind[-\s]the[-\s]scenes|(?-i:Awards?|Emmys?|Golden\s+Globes?|BAFTAs?)|ceremony|gala|festival|nominat\w*|los(?:t|ing)\s+to|"
    r"(?:story|storyline|plot|narrative|action)(?:\s+of(?:\s+\w+){1,3}?)?\s+"
    r"(?:begins?|began|starts?|started|opens?|opened|ends?|ended)|"
    r"set\s+(?:in|during)|takes?\s+place|took\s+place|taking\s+place)(?![A-Za-z])",
    re.IGNORECASE,
)
# A date of writing, or of when something holds: "as of April 2021", "as it stands in May 2022",
# "so far, in 2023", "at the time of writing (in) June 2022"; or after it: "April 2021, at the time of writing".
_WRITTEN_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:as\s+(?:of|at)|as\s+(?:it|things)\s+stands?|so\s+far|(?:at\s+)?the\s+time\s+of\s+"
    r"(?:this\s+)?(?:writing|publication)|currently|right\s+now|at\s+present)[\s,]*(?:(?:in|on|of|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_WRITTEN_AFTER = re.compile(
    r"^[\s,(–—-]*(?:at\s+)?(?:the\s+)?time\s+of\s+(?:this\s+)?(?:writing|publication)|^[\s,]*as\s+(?:we|I)\s+write",
    re.IGNORECASE,
)
# A word of another event counts in the date's own clause: back to a semicolon, colon, conjunction
# or relative pronoun, and no further than this many characters before the verb that ties the
# date ("Filming for the new episodes began in Leeds, West Yorkshire, back in May 2020"), nor
# than ``_CLAUSE_LIMIT`` before the date.
_CLAUSE_REACH = 60
_CLAUSE_LIMIT = 200
# A relative pronoun starts one too: "renewed it for a season that debuted on ..." dates the season.
_CLAUSE_START = re.compile(r"[;:.!?]\s+|,\s+(?:and|but|while|whereas)\s+|\s+but\s+|\s(?:which|that|who)\s+",
                           re.IGNORECASE)


# An embedded social media post ends with its author's handle and the day it was posted:
# "... pic.twitter.com/abc — Network (@network) June 12, 2024".
_POSTED = re.compile(r"(?:\(@\w+\)|pic\.twitter\.com/\S+|@\w+)\s*[—–-]?\s*$")


def air_event(before: str, after: str = "") -> str | None:
    """"premiere", "finale" or None, from the sentence text before a date (and after it)."""
    if _POSTED.search(before) or is_date_of_writing(before, after):
        return None
    last = _last_keyword(before, ((_PREMIERE, "premiere"), (_FINALE, "finale"), (_NOT_AIRING, None), (_AIRED, "aired")))
    if last in ("premiere", "finale") and (_NOT_AIRING.search(_event_clause(before)) or _carries_other_event(before)):
        return None  # "Filming began in", "production ended in", "the stills were released on"
    if last is not None and _for_another_event(after):
        return None  # "released a spot in July 2022 to announce the start of production"
    if last == "premiere" and _FINALE_NOUN.search(_own_clause(before)):
        return "finale"  # "the final episode will be released on": the release of the last episode
    if last != "aired":
        return last
    named = _last_keyword(before, ((_PREMIERE, "premiere"), (_FINALE, "finale")))
    return named or "premiere"


def _last_keyword(text: str, patterns) -> str | None:
    best: tuple[int, str | None] = (-1, None)
    for pattern, event in patterns:
        for match in pattern.finditer(text):
            if match.start() > best[0]:
                best = (match.start(), event)
    return best[1]


def is_date_of_writing(before: str, after: str = "") -> bool:
    """"as of April 2021", "so far, in 2023", "May 2022, at the time of writing": when the page
    was written or a state held, no date of any event."""
    return bool(_WRITTEN_BEFORE.search(before[-40:]) or _WRITTEN_AFTER.search(after[:40]))


# A purpose or a participle right after the date: "... in July 2022 to announce ...",
# "... on 3 May, announcing ...". Its clause says what the dated act was for.
_FOLLOWING_ACT = re.compile(r"^[\s,]*(?:(?:(?:in\s+order|so\s+as)\s+)?to\s+[a-z]+|[a-z]+ing)\b")


def _for_another_event(after: str) -> bool:
    """The clause after the date is a purpose or participle about a non-airing event."""
    if not _FOLLOWING_ACT.match(after):
        return False
    clause = after[:_CLAUSE_REACH]
    breaks = [m.start() for m in _CLAUSE_START.finditer(clause)]
    return bool(_NOT_AIRING.search(clause[:breaks[0]] if breaks else clause))


# "... and it wrapped up in": a pronoun that goes on with the clause before it
_PRONOUN_GOES_ON = re.compile(r"\b(?:and|then|but|before)\s+(?:it|they)\b[^,;:.!?]*$", re.IGNORECASE)


def _carries_other_event(before: str) -> bool:
    """"Production began in April and it wrapped up in August": the pronoun's event is the one its
    clause goes on from, here production, not an airing."""
    goes_on = _PRONOUN_GOES_ON.search(before)
    return goes_on is not None and bool(_NOT_AIRING.search(_own_clause(before[:goes_on.start()])))


def _own_clause(before: str, reach: int = _CLAUSE_REACH) -> str:
    """The end of ``before`` that shares the date's clause, at most ``reach`` characters."""
    tail = before[-reach:]
    breaks = [m.end() for m in _CLAUSE_START.finditer(tail)]
    return tail[breaks[-1]:] if breaks else tail


def _event_clause(before: str) -> str:
    """The date's clause from ``_CLAUSE_REACH`` characters before its premiere verb ("began",
    "released") on; the last ``_CLAUSE_REACH`` characters when the verb lies outside the clause."""
    clause = _own_clause(before, _CLAUSE_LIMIT)
    verbs = list(_PREMIERE.finditer(clause))
    if not verbs:
        return _own_clause(before)
    verb = verbs[-1].start()
    return clause[max(0, verb - _CLAUSE_REACH):]
