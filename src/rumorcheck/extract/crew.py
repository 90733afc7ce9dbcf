"""Crew credits: who an article says directed, wrote or created the show.

"directed by A and B", "written by A", "the series was created by A", "director A",
"screenwriter A", and in the active voice "A directed and produced <title>", "A wrote the
screenplay", "A, who directed the first season,". Each credit names one person and one job; a
list of names gives one credit per name.

An active-voice credit counts only when what was made is the show, a part of it ("the first
season", "the screenplay", "two episodes") or a title: "A directed a film" credits nothing, and
a title (``work``) is left for the check to compare with the show's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import Segment

# The reference field each job is kept in.
JOBS = {
    "directed": "directors", "helmed": "directors", "director": "directors",
    "written": "writers", "penned": "writers", "scripted": "writers", "writer": "writers",
    "screenwriter": "writers", "scriptwriter": "writers",
    "created": "creators", "creator": "creators",
    "wrote": "writers",
}
_WORD = r"[A-Z](?:\.|[\w'’]*)(?:-[A-Za-z][\w'’]*)*"  # "J.", "O'Hara", "Eun-hee", "Jean-Luc"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+(?:and|&)\s+{_NAME})?"
_BY = re.compile(rf"\b((?i:directed|helmed|written|penned|scripted|created))\s+by\s+(?P<names>{_NAMES})")
# "director Ana Ruiz", not "director of photography Ana Ruiz" (a lower-case word follows there)
_TITLE = re.compile(rf"\b((?i:director|writer|screenwriter|scriptwriter|creator))\s+(?P<names>{_NAME})")
_ONE_NAME = re.compile(_NAME)
_JOB_WORD = re.compile(r"(?i)direct|writ|wrote|penned|script|creat|helm")  # a cheap first look
# The active voice: "A directed", "A and B co-wrote", "A, who also directed", "A has written".
_VERB = r"(?:co-?)?(?i:directed|helmed|wrote|written|penned|scripted|created)"
_OTHER_VERB = r"(?:co-?)?[a-z]+ed|wrote"  # "directed and produced", "wrote, directed and edited"
_VERBS = rf"(?:{_VERB}|{_OTHER_VERB})(?:\s*(?:,|,?\s+and|&)\s+(?:{_VERB}|{_OTHER_VERB})){{0,2}}"
_PART = (r"(?:series|show|drama|k-drama|sitcom|season|seasons|episode|episodes|screenplay|screenplays|"
         r"script|scripts|pilot|finale)")
# Up to four words before the part, none of them naming a work other than a series.
_MODIFIERS = r"(?:(?!(?:film|movie|novel|book|webtoon|play|documentary|song|about|for|of|in)\b)[\w’'-]+\s+){0,4}?"
_TITLE_RUN = r"[A-Z0-9][\w’'&:!-]*(?:\s+(?:[A-Z0-9][\w’'&:!-]*|of|the|and|in|on|a)){0,6}"
_WORK = rf"[“\"‘']?(?P<work>{_TITLE_RUN})"
_OBJECT = rf"(?:(?:{_MODIFIERS}{_PART}\s+(?:of|for)\s+)?{_WORK}|{_MODIFIERS}{_PART}\b(?![’']))"
_ACTION = re.compile(
    rf"\s*(?:,\s*who\s+)?(?:(?:also|previously|has|have|had|once|then|later)\s+)*"
    rf"(?P<verbs>\b{_VERBS})\s+{_OBJECT}")
# The names right before the action, looked for in a short stretch: a long run of names without
# a verb then costs nothing.
_NAMES_BEFORE = re.compile(rf"(?<![\w'’-])(?P<names>{_NAMES})$")
_REACH = 120
_JOB_VERB = re.compile(_VERB)
_SMALL_TAIL = re.compile(r"(?:\s+(?:of|the|and|in|on|a))+$")


@dataclass(frozen=True)
class CrewCredit:
    start: int  # of the name, in the article
    end: int
    name: str
    job: str  # reference field: "directors", "writers" or "creators"
    segment: Segment
    work: str | None = None  # the title written as what the person made, when one is ("A directed <title>")


def crew_credits(segment: Segment) -> list[CrewCredit]:
    """Every crew credit in a sentence, in order."""
    out: list[CrewCredit] = []
    if not _JOB_WORD.search(segment.text):
        return out  # most sentences name no job: one cheap look before the full patterns
    for pattern in (_BY, _TITLE):
        for match in pattern.finditer(segment.text):
            job = JOBS[match.group(1).lower()]
            base = segment.start + match.start("names")
            for name in _ONE_NAME.finditer(match.group("names")):
                if len(name.group(0).split()) >= 2 or "-" in name.group(0):
                    out.append(CrewCredit(base + name.start(), base + name.end(), name.group(0), job, segment))
    out += _active_credits(segment)
    return sorted(out, key=lambda c: c.start)


def _active_credits(segment: Segment) -> list[CrewCredit]:
    out = []
    for match in _ACTION.finditer(segment.text):
        names = _NAMES_BEFORE.search(segment.text, max(0, match.start() - _REACH), match.start())
        if names is None:
            continue
        jobs = dict.fromkeys(JOBS[_bare_verb(v.group(0))] for v in _JOB_VERB.finditer(match.group("verbs")))
        work = _SMALL_TAIL.sub("", match.group("work")) if match.group("work") else None
        base = segment.start + names.start("names")
        for name in _ONE_NAME.finditer(names.group("names")):
            if len(name.group(0).split()) >= 2 or "-" in name.group(0):
                out += [CrewCredit(base + name.start(), base + name.end(), name.group(0), job, segment, work)
                        for job in jobs]
    return out


def _bare_verb(verb: str) -> str:
    """"co-wrote" -> "wrote", "Directed" -> "directed"."""
    return re.sub(r"^co-?", "", verb.lower())
