"""Actor-role credits, in the forms scraped cast sections use.

* ``Actor (Role)`` or ``Role (Actor)`` — which side is the actor is decided at matching time;
* ``Actor as [descriptor] Role`` — "Katherine Kelly as teacher Sally Wright";
* ``Actor plays | portrays | stars as | is cast as | returns as Role``;
* ``Role, played by Actor`` and ``Role (played by Actor)``;
* a role described by its relation to a named character, ``Tom’s new girlfriend, who is played by
  Actor`` (form "described": the named character and the description);
* parallel lists, ``A, B and C as X, Y and Z [respectively]``: paired in order when both lists
  have the same length, and not at all when they differ (the last actor never gets the first role);
* a role written as a description before the name, ``as the oldest Hale sibling, Tom`` or
  ``as the Hale siblings' friends X, Y and Z``: the name after the description is the role; a
  description with no name after it is no credit;
* a place or group and an occupation before the role, ``as Corby student Tam Orrin``: the role is
  the name after the occupation (a word of the story lexicon's occupations).

A side must be name-shaped (capitalised words); descriptors ("teacher", "Detective") before a
role are kept out of the role's span. "young"/"younger" before a role marks a young version.
An ``Actor (Other Work) as Role`` parenthesis is a career note: the actor is the name before it;
``Actor (Name) plays ...`` is a credit of form "aside": the parenthesis is the role or another work.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import story_lexicon
from .claims import Credit, Mention, Segment
from .mentions import Chunk, FUNCTION_WORDS, name_chunks

# Between an actor and a role: "as", "plays", "stars as"... then up to four lower-case
# descriptor words ("as teacher", "as the young", "as probation officer").
_AS_VERB = (
    r"(?:(?:also|will|would|now|later|is\s+set\s+to)\s+)?"
    r"(?:as|plays?|played|playing|portrays?|portrayed|portraying|(?:stars?|starring|starred)\s+as|"
    r"(?:is|was|has\s+been)\s+cast\s+as|returns?\s+as|return\s+as|appears?\s+as|appeared\s+as|"
    r"takes?\s+on\s+the\s+role\s+of|(?:plays?|played)\s+the\s+role\s+of)"
)
_AS_GAP = re.compile(rf"^\s+{_AS_VERB}\s+(?P<descriptor>(?:[a-z][\w'’-]*\s+){{0,4}})$")
# ") as Role" after "Actor (Other Work": the parenthesis was a career note
_NOTE_AS_GAP = re.compile(rf"^\s*\)\s*,?\s+{_AS_VERB}\s+(?P<descriptor>(?:[a-z][\w'’-]*\s+){{0,4}})$")
_AS_AFTER = re.compile(rf"^\s*,?\s+{_AS_VERB}\b")
# "Actor (Work), who plays Role": the role follows, so the parenthesis is a career note
_ROLE_FOLLOWS = re.compile(rf"^\s*,?\s+(?:who\s+)?{_AS_VERB}\b")
# Between two members of a list: ", ", " and ", ", and ", " & "
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
_CONJOINED = re.compile(r"(?:\band|&)\s+$")
_RESPECTIVELY = re.compile(r"^\s*,?\s*\(?\s*respectively\b", re.IGNORECASE)
# A determiner before the role makes it a noun phrase: "the oldest Hale sibling", "their mother Nina"
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|their|its)\b")
# Lower-case words after a name that go on with the clause rather than describe the name
_CLAUSE_WORD = re.compile(
    r"(?:and|or|but|in|on|at|for|with|from|to|of|as|by|who|whom|whose|which|that|is|are|was|were|will|"
    r"would|has|have|had|while|when|alongside|opposite|after|before|since|until|during|respectively)$")
# "sibling, Tom" / "siblings' friends Tom": up to four lower-case words, then the name
_THEN_NAME = re.compile(r"^(?:[’']s?)?(?:\s+[a-z][\w'’-]*){1,4},?\s+$")
_PASSIVE = r"(?:played|portrayed|essayed|voiced)\s+by"
_PLAYED_BY = re.compile(rf"^\s*,?\s*\(?\s*(?:is\s+|was\s+)?{_PASSIVE}\s+$")
# "Tom’s new girlfriend, who is played by X": a role described by its relation to a named character
_DESCRIBED_PLAYED_BY = re.compile(
    r"^\s+(?P<description>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s*,?\s*\(?\s*"
    rf"(?:who\s+(?:is|was|will\s+be)\s+|who[’']s\s+|is\s+|was\s+)?{_PASSIVE}\s+$")
_YOUNG = re.compile(r"\b(?:young|younger|teenage|child|little)\b", re.IGNORECASE)
# "the younger Tom (Mia Stone)", "young Tom, played by Mia Stone": the word before the first name
_YOUNG_BEFORE = re.compile(r"\b(?:young|younger|teenage|child|little)\s+$", re.IGNORECASE)
_NOT_ROLE_WORDS = re.compile(r"\b(?:and|or|&|with|from|in|season|series|episode)\b", re.IGNORECASE)


def credits_in(segment: Segment, chunks: list[Chunk] | None = None) -> list[Credit]:
    """Credits in ``segment``; ``chunks``: its name chunks, if already found."""
    if chunks is None:
        chunks = name_chunks(segment.text, segment.start)
    chunks = [_without_leading_cue(c) for c in chunks if _usable(c)]
    found: list[Credit] = []
    found += _parenthesised(segment, chunks)
    found += _verbal(segment, chunks)
    # "Actor (Other Work) as Role": once the role after it is read, the parenthesis was a career note
    verbal_actors = {c.first.start for c in found if c.form == "as"}
    found = [c for c in found if c.form != "aside" or c.first.start not in verbal_actors]
    return _without_duplicates(found)


# A capitalised cue or a list's heading run into the name is not part of it: "Starring Ann Cole as
# ...", "Cast Ann Cole (Tom Hale)" where a page's headings were flattened into the prose
_LEADING_CUE = re.compile(
    r"^(?:Starring|Featuring|Stars|Cast|Crew|Director|Also|Plus|Alongside|With|Led\s+by)\s+(?=[A-Z])")


def _without_leading_cue(chunk: Chunk) -> Chunk:
    if cue := _LEADING_CUE.match(chunk.text):
        return Chunk(chunk.start + cue.end(), chunk.end, chunk.text[cue.end():])
    return chunk


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
                          _mention(left), _mention(right), "parenthesis", _young_first(segment, left), segment))
    return _asides(segment, out)


def _asides(segment: Segment, credits: list[Credit]) -> list[Credit]:
    """"Actor (Name) also stars as ...", "A (Work), who plays ...", "A (Work) and B (Work) star as
    X and Y": a role follows the parenthesis, or the list of such credits it is one of, so the
    parenthesis may be the role or a career note (form "aside")."""
    out: list[Credit] = []
    following_aside = False
    for credit, after in zip(reversed(credits), [None, *reversed(credits)]):
        rest = segment.text[credit.end - segment.start:]
        listed = after is not None and _LIST_GAP.fullmatch(_between(segment, credit.end, after.start))
        following_aside = bool(_ROLE_FOLLOWS.match(rest) or (listed and following_aside))
        out.append(replace(credit, form="aside") if following_aside else credit)
    return out[::-1]


def _verbal(segment: Segment, chunks: list[Chunk]) -> list[Credit]:
    out = []
    for i, (left, right) in enumerate(zip(chunks, chunks[1:])):
        gap = _between(segment, left.end, right.start)
        # the passive first: "Tom portrayed by Ann" is no "Tom portrays [by] Ann"
        if credit := _played_by_credit(segment, left, right, gap) or _described_credit(segment, left, right, gap):
            out.append(credit)
        elif _AS_GAP.match(gap) or _NOTE_AS_GAP.match(gap):
            out += _as_credits(segment, chunks, i, gap)
    return out


def _as_credits(segment: Segment, chunks: list[Chunk], i: int, gap: str) -> list[Credit]:
    """The credits of one "as" (or "plays"...) between chunks ``i`` and ``i + 1``."""
    match = _AS_GAP.match(gap)
    if match is None:  # "Actor (Other Work) as Role"
        match = _NOTE_AS_GAP.match(gap)
        actors = _noted_actor_list(segment, chunks, i)
    else:
        actors = _actor_list(segment, chunks, i)
    first_role = _role_head(segment, chunks, i + 1, match.group("descriptor"))
    if not actors or first_role is None or not _starts_clause(segment, actors[0]):
        return []
    roles = _role_list(segment, chunks, first_role)
    if len(actors) > 1 and len(roles) != len(actors):
        return []  # "A and B as X": no way to tell who plays whom
    if len(actors) == 1:
        roles = roles[:1]
        if actors[0] is chunks[i]:
            actors = [_member_of_group(segment, chunks, i)]
    single = len(actors) == 1 and first_role == i + 1
    young = single and bool(_YOUNG.search(match.group("descriptor")))
    return [c for actor, role in zip(actors, roles) if (c := _as_credit(segment, actor, role, young))]


def _actor_list(segment: Segment, chunks: list[Chunk], i: int) -> list[Chunk]:
    """Chunk ``i`` and the chunks listed before it when the list ends in "and": "A, B and C as"."""
    if i == 0 or not _listed(segment, chunks[i - 1], chunks[i]) or not _CONJOINED.search(
            _between(segment, chunks[i - 1].end, chunks[i].start)):
        return [chunks[i]]
    j = i
    while j > 0 and _listed(segment, chunks[j - 1], chunks[j]) and not _credited_role(segment, chunks, j - 1):
        j -= 1
    return chunks[j:i + 1]


def _role_list(segment: Segment, chunks: list[Chunk], k: int) -> list[Chunk]:
    """Chunk ``k`` and the chunks listed after it when the list ends in "and" or "respectively";
    a chunk followed by its own "as" is the next credit's actor, not a role of this one."""
    j = k
    while (j + 1 < len(chunks) and _listed(segment, chunks[j], chunks[j + 1])
           and not _AS_AFTER.match(segment.text[chunks[j + 1].end - segment.start:])):
        j += 1
        if _CONJOINED.search(_between(segment, chunks[j - 1].end, chunks[j].start)):
            break
    listed = chunks[k:j + 1]
    closed = _CONJOINED.search(_between(segment, chunks[j - 1].end, chunks[j].start)) if j > k else False
    if closed or _RESPECTIVELY.match(segment.text[chunks[j].end - segment.start:]):
        return listed
    return listed[:1]


def _listed(segment: Segment, a: Chunk, b: Chunk) -> bool:
    return bool(_LIST_GAP.fullmatch(_between(segment, a.end, b.start)))


def _credited_role(segment: Segment, chunks: list[Chunk], j: int) -> bool:
    """Chunk ``j`` is the role of an earlier credit: "A as X, B as Y" lists credits, not actors;
    so is the name after "A as Corby student"."""
    return _after_as(segment, chunks, j) or (
        _after_as(segment, chunks, j - 1) and _affiliated_role(segment, chunks, j - 1))


def _after_as(segment: Segment, chunks: list[Chunk], j: int) -> bool:
    return j > 0 and bool(_AS_GAP.match(_between(segment, chunks[j - 1].end, chunks[j].start)))


def _role_head(segment: Segment, chunks: list[Chunk], k: int, descriptor: str) -> int | None:
    """The chunk that names the role: chunk ``k``, or the name written after a description
    ("the oldest Hale sibling, Tom", "Tom's sister Ann"); None when the role is a description only."""
    chunk = chunks[k]
    after = segment.text[chunk.end - segment.start:]
    following = re.match(r"\s+([a-z][\w'’-]*)", after)
    modifier = _possessive(chunk) or (
        _DETERMINER.search(descriptor) and following and not _CLAUSE_WORD.match(following.group(1)))
    if not modifier:
        return k + 1 if _affiliated_role(segment, chunks, k) else k
    if k + 1 < len(chunks) and _THEN_NAME.match(_between(segment, chunk.end, chunks[k + 1].start)):
        return k + 1
    return None


# "as Corby High student Tam Orrin", "as Corby teacher Mr. Quist": one or two lower-case words
# (the occupation) between a capitalised place or group and the role's name, an honorific the
# name chunks leave out allowed before the name
_JOB_THEN_NAME = re.compile(
    r"^\s+(?P<job>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:(?P<title>[A-Z][a-z]{1,4})\.?\s+)?$")


def _affiliated_role(segment: Segment, chunks: list[Chunk], k: int) -> bool:
    """Chunk ``k`` is the place or group of an occupation written before the role's name, so
    the role is chunk ``k + 1``: "as Corby student Tam Orrin" credits Tam Orrin, not Corby."""
    if k + 1 >= len(chunks):
        return False
    gap = _JOB_THEN_NAME.match(_between(segment, chunks[k].end, chunks[k + 1].start))
    if gap is None or (gap.group("title") and gap.group("title") not in FUNCTION_WORDS):
        return False
    job = gap.group("job")
    return bool(story_lexicon().occupation(job) or story_lexicon().occupation(job.split()[-1]))


def _actor_before_note(segment: Segment, chunks: list[Chunk], i: int) -> Chunk | None:
    """"Actor (Other Work" ending at chunk ``i``: the actor, the name right before the parenthesis."""
    opening = segment.text.rfind("(", 0, chunks[i].start - segment.start)
    if opening < 0 or ")" in segment.text[opening:chunks[i].start - segment.start]:
        return None
    before = [c for c in chunks[:i + 1] if c.end - segment.start <= opening]
    if before and re.fullmatch(r"\s*", segment.text[before[-1].end - segment.start:opening]):
        return before[-1]
    return None


_NOTE_LIST_GAP = re.compile(r"\s*\)\s*(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)")


def _noted_actor_list(segment: Segment, chunks: list[Chunk], i: int) -> list[Chunk]:
    """"A (Work) and B (Work) star as X and Y": the actors before the notes, when the list ends in "and"."""
    actor = _actor_before_note(segment, chunks, i)
    if actor is None:
        return []
    a = chunks.index(actor)
    actors = [actor]
    while a >= 2 and _NOTE_LIST_GAP.fullmatch(_between(segment, chunks[a - 1].end, chunks[a].start)) and \
            re.fullmatch(r"\s*\(\s*", _between(segment, chunks[a - 2].end, chunks[a - 1].start)):
        a -= 2
        actors.insert(0, chunks[a])
    if len(actors) > 1 and not _CONJOINED.search(
            _between(segment, chunks[chunks.index(actor) - 1].end, actor.start)):
        return actors[-1:]
    return actors


def _member_of_group(segment: Segment, chunks: list[Chunk], i: int) -> Chunk:
    """"Kim Min-seok of EXO plays ...": the actor is the person, not the band named after "of"."""
    if i and re.fullmatch(r",?\s+(?:of|from)\s+", _between(segment, chunks[i - 1].end, chunks[i].start)):
        return chunks[i - 1]
    return chunks[i]




def _as_credit(segment: Segment, left: Chunk, right: Chunk, young: bool) -> Credit | None:
    """``Actor as [descriptor] Role`` and the verb forms."""
    if _NOT_ROLE_WORDS.search(right.text) or _possessive(right):
        return None
    young = young or bool(_YOUNG.match(right.text))
    right = _with_serial(segment, right)
    return Credit(left.start, right.end, _between(segment, left.start, right.end),
                  _mention(left), _mention(right), "as", young, segment)


# "as Pip 301", "as Unit 7": a number of one to four digits, not a year, ending the role
_SERIAL_AFTER = re.compile(r" (?!(?:19|20)\d\d\b)\d{1,4}(?=$|[,.;:)!?]|\s+(?:and|who|while|alongside|opposite|in)\b)")


def _with_serial(segment: Segment, role: Chunk) -> Chunk:
    """The role with a serial number written after it, which is part of the character's name."""
    serial = _SERIAL_AFTER.match(segment.text, role.end - segment.start)
    if serial is None:
        return role
    return Chunk(role.start, role.end + len(serial.group(0)), role.text + serial.group(0))


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
                  _mention(left), _mention(right), "played-by", _young_first(segment, left), segment)


def _described_credit(segment: Segment, left: Chunk, right: Chunk, gap: str) -> Credit | None:
    """"Tom’s new girlfriend, who is played by X": first is the character named, the description
    the role's relation to them; the check decides whether X's own character can be that."""
    match = _DESCRIBED_PLAYED_BY.match(gap)
    if match is None or not _possessive(left) or _possessive(right):
        return None
    end = right.end + (segment.text[right.end - segment.start:right.end - segment.start + 1] == ")")
    named = re.sub(r"[’']s?$", "", left.text)
    return Credit(left.start, end, _between(segment, left.start, end),
                  Mention(left.start, left.start + len(named), named, "credit"), _mention(right),
                  "described", False, segment, match.group("description"))


def _young_first(segment: Segment, first: Chunk) -> bool:
    """The name written first is a young version: "the younger Tom (Mia Stone)", "Young Tom (...)"."""
    before = segment.text[max(0, first.start - segment.start - 20):first.start - segment.start]
    return bool(_YOUNG_BEFORE.search(before) or _YOUNG.match(first.text))


def _mention(chunk: Chunk) -> Mention:
    return Mention(chunk.start, chunk.end, chunk.text, "credit")


def _without_duplicates(credits: list[Credit]) -> list[Credit]:
    kept: dict[tuple[int, int], Credit] = {}
    for credit in credits:
        key = (credit.first.start, credit.second.start)
        kept.setdefault(key, credit)
    return sorted(kept.values(), key=lambda c: c.start)
