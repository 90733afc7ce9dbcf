"""Actor-role credits, in the forms scraped cast sections use.

* ``Actor (Role)`` or ``Role (Actor)`` — which side is the actor is decided at matching time;
* ``Actor as [descriptor] Role`` — "Katherine Kelly as teacher Sally Wright";
* ``Actor plays | portrays | stars as | is cast as | returns as Role``;
* ``Role, played by Actor`` and ``Role (played by Actor)``.

A side must be name-shaped (capitalised words); descriptors ("teacher", "Detective") before a
role are kept out of the role's span. "young"/"younger" before a role marks a young version.
"""

from __future__ import annotations

import re

from .claims import Credit, Mention, Segment
from .mentions import Chunk, FUNCTION_WORDS, name_chunks

# Between an actor and a role: "as", "plays", "stars as"... then up to four lower-case
# descriptor words ("as teacher", "as the young", "as probation officer").
_AS_GAP = re.compile(
    r"^\s+(?:(?:also|will|would|now|later|is\s+set\s+to)\s+)?"
    r"(?:as|plays?|played|playing|portrays?|portrayed|portraying|(?:stars?|starring|starred)\s+as|"
    r"(?:is|was|has\s+been)\s+cast\s+as|returns?\s+as|appears?\s+as|appeared\s+as|"
    r"takes?\s+on\s+the\s+role\s+of|(?:plays?|played)\s+the\s+role\s+of)"
    r"\s+(?P<descriptor>(?:[a-z][\w'’-]*\s+){0,4})$"
)
_PLAYED_BY = re.compile(r"^\s*,?\s*\(?\s*(?:is\s+|was\s+)?(?:played|portrayed)\s+by\s+$")
_YOUNG = re.compile(r"\b(?:young|younger|teenage|child|little)\b", re.IGNORECASE)
_NOT_ROLE_WORDS = re.compile(r"\b(?:and|or|&|with|from|in|season|series|episode)\b", re.IGNORECASE)


def credits_in(segment: Segment, chunks: list[Chunk] | None = None) -> list[Credit]:
    """Credits in ``segment``; ``chunks``: its name chunks, if already found."""
    if chunks is None:
        chunks = name_chunks(segment.text, segment.start)
    chunks = [c for c in chunks if _usable(c)]
    found: list[Credit] = []
    found += _parenthesised(segment, chunks)
    found += _verbal(segment, chunks)
    return _without_duplicates(found)


def _usable(chunk: Chunk) -> bool:
    return not all(w in FUNCTION_WORDS for w in chunk.text.split())


def _possessive(chunk: Chunk) -> bool:
    """"plays Park Jung-woo's friend": the role is the friend, not Park Jung-woo."""
    return chunk.text.endswith(("’s", "'s", "s’", "s'"))


def _between(segment: Segment, a: int, b: int) -> str:
    return segment.text[a - segment.start:b - segment.start]


def _parenthesised(segment: Segment, chunks: list[Chunk]) -> list[Credit]:
    """``Name (Name)``: the parenthesis must hold one name-shaped phrase and nothing else."""
    out = []
    for left, right in zip(chunks, chunks[1:]):
        gap = _between(segment, left.end, right.start)
        if not re.fullmatch(r"\s*\(\s*", gap):
            continue
        inside_end = segment.text.find(")", right.end - segment.start)
        if inside_end < 0 or segment.text[right.end - segment.start:inside_end].strip():
            continue
        if _NOT_ROLE_WORDS.search(right.text):
            continue
        end = segment.start + inside_end + 1
        out.append(Credit(left.start, end, _between(segment, left.start, end),
                          _mention(left), _mention(right), "parenthesis", False, segment))
    return out


def _verbal(segment: Segment, chunks: list[Chunk]) -> list[Credit]:
    out = []
    for i, left in enumerate(chunks):
        for right in chunks[i + 1:i + 2]:
            gap = _between(segment, left.end, right.start)
            actor = _member_of_group(segment, chunks, i)
            credit = _as_credit(segment, actor, right, gap) or _played_by_credit(segment, left, right, gap)
            if credit:
                out.append(credit)
    return out


def _member_of_group(segment: Segment, chunks: list[Chunk], i: int) -> Chunk:
    """"Kim Min-seok of EXO plays ...": the actor is the person, not the band named after "of"."""
    if i and re.fullmatch(r",?\s+(?:of|from)\s+", _between(segment, chunks[i - 1].end, chunks[i].start)):
        return chunks[i - 1]
    return chunks[i]


def _as_credit(segment: Segment, left: Chunk, right: Chunk, gap: str) -> Credit | None:
    """``Actor as [descriptor] Role`` and the verb forms."""
    match = _AS_GAP.match(gap)
    if not match or _NOT_ROLE_WORDS.search(right.text) or _possessive(right) or not _starts_clause(segment, left):
        return None
    young = bool(_YOUNG.search(match.group("descriptor"))) or bool(_YOUNG.match(right.text))
    return Credit(left.start, right.end, _between(segment, left.start, right.end),
                  _mention(left), _mention(right), "as", young, segment)


def _starts_clause(segment: Segment, left: Chunk) -> bool:
    """"X as Y" is a credit when X is the subject, not the tail of "such as X" or "known as X"."""
    before = segment.text[:left.start - segment.start].rstrip()
    return not re.search(r"\b(?:such|known|same|well|referred\s+to|named|titled|called)\s+as$", before)


def _played_by_credit(segment: Segment, left: Chunk, right: Chunk, gap: str) -> Credit | None:
    if not _PLAYED_BY.match(gap) or _possessive(right):
        return None
    end = right.end
    if segment.text[right.end - segment.start:right.end - segment.start + 1] == ")":
        end += 1
    # written role first: keep "first" the role, the matcher orders by the form
    return Credit(left.start, end, _between(segment, left.start, end),
                  _mention(left), _mention(right), "played-by", False, segment)


def _mention(chunk: Chunk) -> Mention:
    return Mention(chunk.start, chunk.end, chunk.text, "credit")


def _without_duplicates(credits: list[Credit]) -> list[Credit]:
    kept: dict[tuple[int, int], Credit] = {}
    for credit in credits:
        key = (credit.first.start, credit.second.start)
        kept.setdefault(key, credit)
    return sorted(kept.values(), key=lambda c: c.start)
