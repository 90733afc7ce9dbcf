"""Crew credits: who an article says directed, wrote or created the show.

"directed by A and B", "written by A", "the series was created by A", "director A",
"screenwriter A". Each credit names one person and one job; a list after "by" gives one
credit per name.
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
}
_WORD = r"[A-Z](?:\.|[\w'’]*)(?:-[A-Za-z][\w'’]*)*"  # "J.", "O'Hara", "Eun-hee", "Jean-Luc"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+(?:and|&)\s+{_NAME})?"
_BY = re.compile(rf"\b((?i:directed|helmed|written|penned|scripted|created))\s+by\s+(?P<names>{_NAMES})")
# "director Ana Ruiz", not "director of photography Ana Ruiz" (a lower-case word follows there)
_TITLE = re.compile(rf"\b((?i:director|writer|screenwriter|scriptwriter|creator))\s+(?P<names>{_NAME})")
_ONE_NAME = re.compile(_NAME)
_JOB_WORD = re.compile(r"(?i)direct|writ|penned|script|creat|helm")


@dataclass(frozen=True)
class CrewCredit:
    start: int  # of the name, in the article
    end: int
    name: str
    job: str  # reference field: "directors", "writers" or "creators"
    segment: Segment


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
    return sorted(out, key=lambda c: c.start)
