"""Name-like stretches of text: NER PERSON entities widened to the whole name, plus name chunks.

spaCy splits "Jung-woo" into three tokens and the small model often tags only part of a name
("Yeon Hee" for "Na Yeon Hee"), so each entity is widened to the run of capitalised words around
it. Runs that NER did not label are kept too when they look like personal names (two or more
capitalised words, or a hyphenated given name): the resolver decides whether they are anyone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable

from spacy.tokens import Doc

from ..descriptors import generation, is_post_nominal
from ..names import korean
from .claims import Mention, Segment

# A capitalised word, hyphenated parts and apostrophes kept inside: "Jung-woo", "O'Brien", "Jiménez";
# not a participle hyphened to a name, which ends it: "Ann Cole-starring", "Tom Hale-led".
_NAME_PARTICIPLE = r"(?:starring|led|fronted|helmed|directed|penned|produced|written|created|hosted|voiced)\b"
_WORD = re.compile(rf"[^\W\d_][\w'’]*(?:-(?!{_NAME_PARTICIPLE})[^\W\d_][\w'’]*)*")
PARTICLES = {"de", "del", "della", "da", "di", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "dos", "das"}
# Capitalised words that start sentences or label things but are never part of a personal name.
FUNCTION_WORDS = set("""
    A An The This That These Those It Its If Since Even But And Or So Yet Also Meanwhile Alongside
    While When Where Who Whom Whose What Which Why How Here There Then Now After Before During
    In On At Of For From With By As To Into About Like Unlike Although Though However Moreover
    Besides Plus Both Either Neither Not No Yes All Some Many Most Every Each Our We You He She
    They I My His Her Their Your Season Series Episode Episodes Part Cast Star Stars Actor Actress
    Singer Rapper Idol Director Writer Creator Producer Mr Mrs Ms Miss Sir Dame Dr Prof Detective
    DCI DI DS DC Inspector Officer Sergeant Agent Captain Chief Judge Prosecutor Lawyer Doctor
    Teacher Professor President Young Little Big Old New Netflix Release Date Trailer Plot Story
    Ending Review Recap Watch Read Share Update Updated News Breaking Exclusive Must Who’s Here’s
    Starring Featuring Crew
    Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept September
    Oct October Nov November Dec December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str


def name_chunks(text: str, offset: int = 0) -> list[Chunk]:
    """Maximal runs of capitalised words separated by single spaces (particles allowed inside);
    a quoted nickname inside a full name ("Henry “Hal” Morrow") is part of the run."""
    chunks: list[Chunk] = []
    run: list[re.Match] = []
    nickname_gaps = _nickname_gaps(text)

    def close() -> None:
        while run and (run[-1].group(0) in PARTICLES or _title_link(run, run[-1].group(0))):
            run.pop()
        if run:
            chunks.append(Chunk(offset + run[0].start(), offset + run[-1].end(), text[run[0].start():run[-1].end()]))
        run.clear()

    for match in _WORD.finditer(text):
        word = match.group(0)
        capital = word[0].isupper()
        gap = text[run[-1].end():match.start()] if run else ""
        if (run and (gap != " " or _possessive(run[-1].group(0))) and not _spaced_dash(gap, run, word)
                and nickname_gaps.get(run[-1].end()) != match.start() and not _middle_initial(text, run[-1], gap, word)
                and not (gap == ", " and _generational_suffix(text, match))):
            close()
        if capital and not word[1:].islower() and is_post_nominal(word):
            close()  # "Ruth Dale MP", "Labour MP Ruth Dale": a title, part of neither name
        elif capital or (run and (word in PARTICLES or _title_link(run, word))):
            run.append(match)
        else:
            close()
    close()
    return chunks


# "Given “Nick” Family": one capitalised word in matching quotes between two capitalised words
# (found from the quote, which is rare, rather than from every capitalised word)
_NICKNAME = re.compile(r"(?<= )(?P<open>[“\"‘'])(?P<nick>[A-Z][\w-]*)(?P<close>[”\"’']) (?=(?P<family>[A-Z][\w’'-]*))")
_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[^\w’']))[A-Z][\w’'-]*[\w-] \Z")
_CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def _nickname_gaps(text: str) -> dict[int, int]:
    """Where each gap around a quoted nickname starts -> where the next word starts. A run
    continues across such a gap; the quote may be read as part of the nickname's word (’ and ')."""
    gaps: dict[int, int] = {}
    for m in _NICKNAME.finditer(text):
        given = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (given is None or _CLOSING[m["open"]] != m["close"] or given.group(0)[:-1] in FUNCTION_WORDS
                or m["nick"] in FUNCTION_WORDS or m["family"] in FUNCTION_WORDS):
            continue
        gaps[m.start() - 1] = m.start("nick")
        gaps[m.end("nick")] = gaps[m.end("close")] = m.start("family")
    return gaps


def _middle_initial(text: str, last: re.Match, gap: str, word: str) -> bool:
    """"Dana P. Orr", "J. K. Lowe": a capital letter and its dot inside a name, which the run goes
    on across; not the end of a sentence before one of the words that start sentences ("Plan B.
    Then"), nor the last letter of a dotted abbreviation ("U.S. Marshal")."""
    initial = last.group(0)
    return (gap == ". " and len(initial) == 1 and initial.isupper() and word[:1].isupper()
            and word not in FUNCTION_WORDS and (last.start() == 0 or text[last.start() - 1] in " \t\n(“\"‘'"))


def _generational_suffix(text: str, match: re.Match) -> bool:
    """"Tom Hale, Sr", "Tom Hale, Junior": the suffix after a comma ends the name; "Junior Dale"
    after a comma is the next name of a list."""
    word = match.group(0)
    if generation(word) is None or not word[:1].isupper():
        return False
    return len(word) <= 3 or not re.match(r" [A-Z]", text[match.end():match.end() + 2])


def _title_link(run: list[re.Match], word: str) -> bool:
    """"of" and "the" inside a title that starts with "The": "The Keeper of the Lamps" is one
    title, not "The Keeper" and "Lamps" (personal names do not start with "The")."""
    return word in ("of", "the") and run[0].group(0) == "The" and len(run) < 8


_DASH_GAP = re.compile(r" [-‐‑‒–—] ")


def _spaced_dash(gap: str, run: list[re.Match], word: str) -> bool:
    """A hyphenated given name written with a spaced dash, as scraped lists do ("Seo Ji – Hye",
    "Kim Jung – Hyun"): a capitalised syllable after a short name whose last word is a syllable."""
    if not _DASH_GAP.fullmatch(gap) or not word[:1].isupper() or "-" in run[-1].group(0):
        return False
    if sum(m.group(0) not in FUNCTION_WORDS for m in run) > 2:
        return False
    return korean.is_syllable(word.casefold()) and korean.is_syllable(run[-1].group(0).casefold())


def _without_possessive(text: str) -> str:
    return text[:len(text) - _possessive(text)]


def _without_post_nominals(text: str) -> str:
    """"Ruth Dale MP" -> "Ruth Dale", "MP Ruth Dale" -> "Ruth Dale" (an entity NER ran past a title)."""
    words = text.split(" ")
    while words and is_post_nominal(words[-1].rstrip(",.")):
        words.pop()
    while words and is_post_nominal(words[0]):
        words.pop(0)
    return " ".join(words)


def _after_possessive(text: str) -> str:
    """"Lost Kingdoms’ Mei Tan" -> "Mei Tan": a name after a work's or family's possessive."""
    words = text.split(" ")
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if _possessive(w)), default=0)
    return " ".join(words[cut:])


def _possessive(word: str) -> int:
    """How many closing characters make ``word`` a possessive: 2 for "Hale’s", 1 for the plural
    "Kingdoms’" (a work or a family before a name: "Lost Kingdoms’ Mei Tan"), else 0."""
    if word.endswith(("’s", "'s")) and len(word) > 2:
        return 2
    return 1 if word.endswith(("s’", "s'")) and len(word) > 3 else 0


def strip_function_words(chunk: Chunk) -> Chunk | None:
    """Drop leading and trailing words that are never part of a name, and a possessive 's."""
    text = chunk.text
    start, end = chunk.start, chunk.end
    if cut := _possessive(text.split()[-1]):
        text, end = text[:-cut], end - cut
    words = text.split(" ")
    while words and _is_function_word(words[0]):
        start += len(words[0]) + 1
        words.pop(0)
    while words and _is_function_word(words[-1]):
        end -= len(words[-1]) + 1
        words.pop()
    if not words:
        return None
    return Chunk(start, end, " ".join(words))


def _is_function_word(word: str) -> bool:
    return word.rstrip("’'s") in FUNCTION_WORDS or word in FUNCTION_WORDS or word.strip("‘’'\"“”").lower() in PARTICLES


def looks_like_name(text: str) -> bool:
    """Two or more capitalised words, or one hyphenated given name such as "Jung-hyuk"."""
    words = _DASH_GAP.sub("-", text).split()
    if len(words) >= 2:
        return all(w.lstrip("“\"‘'")[:1].isupper() or w in PARTICLES for w in words) and len(words) <= 5
    return bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", text))


def person_mentions(doc: Doc, skip: list[tuple[int, int]], raw_chunks: list[Chunk] | None = None,
                    text: str | None = None) -> list[Mention]:
    """Candidate person and character names, each a maximal name-shaped span, no overlaps
    (``text``: the Doc's text, when the caller has it already)."""
    text = doc.text if text is None else text
    raw_chunks = name_chunks(text) if raw_chunks is None else raw_chunks
    chunks = [c for c in (strip_function_words(c) for c in raw_chunks) if c]
    chunk_around = _containing(chunks)
    found: dict[tuple[int, int], Mention] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        line = ent.text.split("\n", 1)[0]  # a name never runs across a line break ("Mara\n 3. Ana")
        chunk = chunk_around(ent.start_char, ent.start_char + len(line.rstrip()))
        if chunk is None:
            text_ = _after_possessive(_without_post_nominals(_without_possessive(line.strip("‘’'\"“” "))))
            if not text_ or text_.split()[0] in FUNCTION_WORDS:
                continue
            start = ent.start_char + line.index(text_)
            chunk = Chunk(start, start + len(text_), text_)
        found[(chunk.start, chunk.end)] = Mention(chunk.start, chunk.end, chunk.text, "ner")
    for chunk in chunks:
        if (chunk.start, chunk.end) not in found and looks_like_name(chunk.text):
            found[(chunk.start, chunk.end)] = Mention(chunk.start, chunk.end, chunk.text, "chunk")
    skipped = within(skip)
    mentions = [m for m in found.values() if not skipped(m.start, m.end)]
    return _without_overlaps(mentions, len(text))


def _containing(chunks: list[Chunk]) -> Callable[[int, int], Chunk | None]:
    """The chunk holding a stretch of text, found by bisection: name chunks come in text order
    and never overlap, so only the last one starting at or before the stretch can hold it."""
    starts = [c.start for c in chunks]

    def around(start: int, end: int) -> Chunk | None:
        i = bisect_right(starts, start) - 1
        return chunks[i] if i >= 0 and end <= chunks[i].end else None

    return around


def within(ranges: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``inside_any`` for many stretches against the same ranges, by bisection. Ranges may
    overlap, so a stretch is compared with the furthest end of the ranges starting at or before it."""
    ordered = sorted(ranges)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and end <= reach[i]

    return inside


def inside_any(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether one stretch lies wholly inside one of ``ranges`` (for many stretches: ``within``)."""
    return any(a <= start and end <= b for a, b in ranges)


def _without_overlaps(mentions: list[Mention], length: int) -> list[Mention]:
    """Longest first (then leftmost), keep each mention that overlaps none kept before it. The
    characters of kept mentions are marked, so each test looks only at the mention's own text."""
    taken = bytearray(length)
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.find(1, m.start, m.end) == -1:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


class NameChunks:
    """The article's name chunks, found once over the whole text and handed out by sentence.

    A chunk is bounded by its own words and the gaps around them, so a chunk that lies wholly
    inside a sentence is the one a search of that sentence alone finds; only a sentence that a
    chunk runs across (rare: a sentence break with no punctuation) is searched again.
    """

    def __init__(self, chunks: list[Chunk]):
        self.chunks = chunks
        self.starts = [c.start for c in chunks]

    def inside(self, segment: Segment) -> list[Chunk]:
        lo = bisect_left(self.starts, segment.start)
        hi = bisect_left(self.starts, segment.end)
        inside = self.chunks[lo:hi]
        crossing = (lo > 0 and self.chunks[lo - 1].end > segment.start) or (inside and inside[-1].end > segment.end)
        return name_chunks(segment.text, segment.start) if crossing else inside
