"""Sentence context: headings, hedging (speculation), negation and future tense."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from .claims import Segment

# The cue words of modality, their one home (analysis.modality decides which one governs a claim).
HEDGES = re.compile(
    r"""(?<![A-Za-z])(?:
        # a litotes ("wouldn't surprise us if", "I won't be surprised") guesses, it does not deny
        (?:would(?:\s+not|n[’']t)|won[’']t|will\s+not)\s+(?:be\s+)?surpris\w*|
        would|might|could|should|probably|probable|possibly|possible|possibilit(?:y|ies)|probabilit(?:y|ies)|perhaps|likely|unlikely|maybe|whether|
        (?:almost|all\s+but|nearly|virtually)\s+certain(?:ly)?|in\s+all\s+(?:likelihood|probability)|likelihood|
        presumabl[ey]|apparently|odds\s+(?:are|of)|bound\s+to|tentative(?:ly)?|
        (?:not\s+)?impossible|we\s+(?:can|could)\s+(?:expect|assume)|if\s+(?:all\s+)?goes|
        rumou?r(?:s|ed)?|speculat\w*|expect\w*|hop(?:e|es|ed|ing)|reportedly|allegedly|predict\w*|
        guess\w*|assum\w*|suppos\w*|seems?|appears?|improbable|potential(?:ly)?|chances?|
        yet\s+to\s+be|not\s+(?:yet\s+)?(?:been\s+)?(?:officially\s+)?(?:announced|confirmed)|
        no\s+(?:official\s+)?(?:news|word|confirmation|announcement|update)|in\s+talks|tipped|
        according\s+to|suggest(?:s|ed|ing)?|sources\s+(?:say|said|claim\w*|close)|reports?\s+(?:say|said|claim\w*)|
        fans?\s+(?:want|wish|hope)\w*|(?:^|\s)may(?=\s)|
        ask(?:s|ed|ing)?\s+(?:about|for|whether|if)|wonder\w*|wait(?:s|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|
        demand\w*|
        # talk about a season is no season: "Season 2 was much debated", "a sequel was discussed"
        (?:a|the)\s+(?:hot|big|trending|popular)\s+topic|talk\s+of\s+the\s+town|(?:was|were|been|being)\s+discussed|
        under\s+discussion|
        # a plan is no season: "made with a second season in mind", "plans for a sequel"
        plan(?:s|ning)\s+(?:for|of|on)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+)?(?:season|series|sequel|instal+ment|part)|
        planning\s+(?:a|an|another)\s+(?:[\w’'-]+\s+)?(?:season|series|sequel|instal+ment|part)|
        (?:a|the)\s+planned|(?:is|are|was|were|been|being)\s+planned|
        with\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}in\s+mind
    )(?![A-Za-z])""",
    re.VERBOSE | re.IGNORECASE,
)
# Small words a title keeps lower-case inside it ("Keepers of the Light", "Salt and Iron").
TITLE_SMALL_WORDS = frozenset("a an and the of in on at to for or nor but by with from".split())
# Words that make what follows them the subject of the text, not a fact it states: "all you need to
# know about season 3", "what to expect from the next instalment", "everything we know about ...".
TOPIC_LEAD = re.compile(
    r"(?<![A-Za-z])(?:know|learn|expect|details?|information|info|news|updates?|everything|anything|guide|"
    r"look|questions?)\s+(?:[\w’']+\s+){0,2}?(?:about|on|regarding|concerning|from|of|for|into|at)\s+"
    r"(?:(?:the|a|an|its|their|this|that)\s+)?(?:(?:upcoming|next|new|coming|possible|potential|rumou?red|"
    r"much[-\s]awaited|(?:much[-\s])?anticipated)\s+)?$",
    re.IGNORECASE)
CONDITIONAL = re.compile(r"(?<![A-Za-z])(?:if|unless|in\s+case|provided\s+that|assuming)(?![A-Za-z])", re.IGNORECASE)
NEGATIONS = re.compile(r"(?<![A-Za-z])(?:not|no|never|nor|n[’']t|cannot|nothing|none|neither)(?![A-Za-z])", re.IGNORECASE)
FUTURE = re.compile(r"(?<![A-Za-z])(?:will|shall|is\s+set\s+to|are\s+set\s+to|is\s+going\s+to|upcoming|coming\s+soon)(?![A-Za-z])",
                     re.IGNORECASE)
# Sentences that set two shows apart: what they say of the other show is not said of this one.
_CONTRAST = re.compile(
    r"not\s+to\s+be\s+confused|confused\s+with|\bunlike\b|not\s+the\s+same|different\s+(?:show|series|drama|programme)|"
    r"\bunrelated\b|no\s+relation|not\s+(?:related|connected|linked)|nothing\s+to\s+do\s+with|"
    r"best\s+known\s+for|known\s+for|(?:also|previously|earlier)\s+(?:starred|appeared)\s+in|"
    r"(?:recent|previous|other|earlier)\s+(?:credits|work|roles)",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?:;…\"”’)]\s*$")


# "The network announced plans for a second season": plans made news are an announcement.
_ANNOUNCED = re.compile(r"(?<![A-Za-z])(?:announc|confirm|reveal|unveil)\w*\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def hedge_cues(text: str):
    """The hedges of ``text``; neither "May" the month nor plans told as news."""
    for match in HEDGES.finditer(text):
        word = match.group(0).strip()
        if word == "May" or word[:4].lower() == "plan" and _ANNOUNCED.search(text[:match.start()]):
            continue
        yield match


def is_hedged(text: str) -> bool:
    if text.rstrip().endswith("?"):
        return True  # a question asserts nothing
    if next(hedge_cues(text), None):
        return True
    return bool(CONDITIONAL.search(text))


# Where one clause ends and the next begins: a semicolon or colon, a conjunction after a comma, and
# a comma before a pronoun subject ("since it was revealed that ..., we've not heard").
_CLAUSE_BREAK = re.compile(r"[;:]\s+|,\s+(?=(?:and|but|while|although|though|so|yet|whereas)\b)|\s+but\s+|"
                           r",\s+(?=(?:we|they|he|she|I|you|fans|viewers)\b)")


# The last two items of a serial list before its ", and": "in 2021, 2022, and 2023" or "Ann, Bo, and
# Cy" join list items, not clauses, so what governs the list ("the chances of ...") governs them all
# (but not "on March 21, 2017, and": a date's comma ends no list item).
_LIST_ITEM = r"(?:\d{4}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_LIST_TAIL = re.compile(rf"(?<![\w’'-]){_LIST_ITEM},\s*{_LIST_ITEM}$")


def _breaks(text: str, start: int = 0, end: int | None = None):
    """The clause breaks of ``text`` in [start, end), serial-list commas left out."""
    for m in _CLAUSE_BREAK.finditer(text, start, len(text) if end is None else end):
        if m.group(0).startswith(",") and text[m.end():m.end() + 3] == "and" and _LIST_TAIL.search(text[:m.start()]):
            continue
        yield m


def clause_start(text: str, position: int) -> int:
    """Where the clause of ``text`` holding ``position`` begins."""
    return max((m.end() for m in _breaks(text, 0, position) if m.end() <= position), default=0)


def clause_around(segment: Segment, start: int, end: int) -> str:
    """The clause of ``segment`` holding [start, end): "X has two seasons so far" of "..., and fans hope"."""
    text, a, b = segment.text, start - segment.start, end - segment.start
    left = clause_start(text, a)
    right = min((m.start() for m in _breaks(text) if m.start() >= b), default=len(text))
    return text[left:right]


def segments(doc: Doc, doc_text: str | None = None) -> list[Segment]:
    """The Doc's sentences (``doc_text``: its text, when the caller has it: a sentence's text is
    sliced from it rather than rebuilt token by token)."""
    doc_text = doc.text if doc_text is None else doc_text
    out = []
    for sent in _sentences(doc):
        text = doc_text[sent.start_char:sent.end_char]
        stripped = text.strip()
        if not stripped:
            continue
        lead = len(text) - len(text.lstrip())
        start = sent.start_char + lead
        end = start + len(stripped)
        out.append(Segment(
            start=start,
            end=end,
            text=stripped,
            heading=is_heading(stripped) and _ends_line(doc, sent),
            hedged=is_hedged(stripped),
            negated=bool(NEGATIONS.search(stripped)),
            future=bool(FUTURE.search(stripped)),
            contrast=bool(_CONTRAST.search(stripped)),
        ))
    return out


def _ends_line(doc: Doc, sent) -> bool:
    """Whether a sentence ends its line: a heading is a line of its own, while a capitalised
    exclamation followed by more text on its line ("SHOW IS BACK FOR SEASON 3!!! I cannot
    complete.") is a post's sentence."""
    tail = (sent[-1], *doc[sent.end:sent.end + 1])
    return sent.end >= len(doc) or any("\n" in t.text for t in tail if t.text.isspace())


def _sentences(doc: Doc):
    """``doc.sents``, from the sentence-start array: no Python object per token."""
    if not len(doc):
        return []
    starts = [int(i) for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1)]
    bounds = sorted({0, *starts, len(doc)})
    return [doc[a:b] for a, b in zip(bounds, bounds[1:])]


# Page furniture that opens some scraped first lines: a crawl's publication stamp, a breadcrumb
# trail ("Home TV Series Netflix ..."); a title cut short ends in an ellipsis.
PAGE_STAMP = re.compile(r"(?:^|\n)[ \t]*date\s+(?P<day>\d{4}-\d{2}-\d{2})(?![\w-])")
_BREADCRUMB = re.compile(r"^Home(?:\s*[›»>/|]\s*|\s+)(?=[A-Z])")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)$")


def is_heading(text: str) -> bool:
    """A line with no closing punctuation and few words, most of them capitalised; or, whatever its
    length, a capitalised breadcrumb trail or title cut short with an ellipsis."""
    if "\n" in text.strip():
        return False
    text = PAGE_STAMP.sub("", text.strip(), count=1).strip()
    words = text.split()
    if words and (_BREADCRUMB.match(text) or _TRUNCATED.search(text)):
        return _capitalised(words) >= 0.6 * len(words)
    if not words or len(words) > 16 or text.rstrip().endswith("."):
        return False
    capitalised = _capitalised(words)
    if text.rstrip().endswith(("!", "?")):
        return capitalised >= 0.6 * len(words)
    return not _TERMINAL.search(text) or capitalised >= 0.6 * len(words)


def _capitalised(words: list[str]) -> int:
    return sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] in "‘'\"“")
