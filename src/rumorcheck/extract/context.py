"""Sentence context: headings, hedging (speculation), negation and future tense."""

from __future__ import annotations

import re
from functools import lru_cache

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
        (?:lack|absence)\s+of\s+(?:any\s+)?(?:official\s+)?(?:news|word|confirmation|announcement)|
        reasons?\s+to\s+(?:believe|think|expect|hope|suspect)|
        according\s+to|suggest(?:s|ed|ing)?|sources\s+close|
        # what unnamed people say or believe: "fans say", "some claim", "reports said", "many believe"
        (?:sources|reports?|people|fans|viewers|users|netizens|insiders|someone|somebody|many|some|others)\s+
        (?:(?:have|had|also|still)\s+)?(?:say|says|said|claim\w*|believe\w*|think|thought|reckon\w*|insist\w*)|
        # a claim told as someone's speech: "reports that", "X said that"; official speakers are
        # let through by hedge_cues
        (?P<speech>(?:say|says|said|claim(?:s|ed)?|report(?:s|ed)?|alleg(?:e|es|ed|ations?)|insist(?:s|ed)?|
        wr[io]tes?|post(?:s|ed)|tweet(?:s|ed)?|whisper(?:s|ed)?|told|tells?)
        (?:(?:\s+(?!that\b)[\w’'@#.-]+){0,4}?\s+that|\s+(?:it|he|she|they|there)(?=\s+(?:was|is|were|are|would|will|had|has)\b)))|
        # said, believed or understood by no one in particular: "is said to be", "is widely believed to"
        (?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:believed|thought|said|understood|touted)\s+to|
        # the writer's opinion: "I think", "we believe"
        (?:I|we)\s+(?:(?:still|really|strongly|personally|do)\s+)?(?:think|believe|reckon|suspect|feel|imagine|bet)|
        # ... or conviction: "I am sure", "we're calling a second season", "I'm confident"
        (?:I|we)(?:\s+am|\s+are|[’']m|[’']re)\s+(?:(?:quite|pretty|very|fairly|so|100%)\s+)?
        (?:sure|certain|confident|positive|convinced|calling|betting|predicting|guessing|expecting)|
        # a prediction: "it is anticipated that", "poised to", "gives the impression that", "looks set to"
        anticipat(?:e|es|ing)|(?:is|are|was|were|been|being|it[’']s)\s+(?:\w+ly\s+)?anticipated|anticipated\s+(?:to|that)|
        poised|touted|(?:impression|feeling|sense|indications?|signs?|hints?)\s+(?:is\s+|are\s+)?that|
        signs\s+point|hint(?:s|ed|ing)?\s+(?:at|that)|looks?\s+(?:like|set|likely|to\s+be|as\s+(?:if|though))|
        looking\s+like|(?:on|in)\s+the\s+cards|
        fans?\s+(?:want|wish|hope)\w*|may(?=\s)|
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
# A hedge noun inside a phrase of time or cause hedges only that phrase: "after months of rumours,
# the network confirmed ..." and "... confirmed after years of speculation" assert the rest.
_HEDGE_NOUNS = frozenset("rumour rumours rumor rumors speculation report reports claims talk hopes whispers "
                        "predictions expectations chatter".split())
_ADVERBIAL_LEAD = re.compile(
    r"(?<![A-Za-z])(?:after|despite|following|amid(?:st)?|in\s+spite\s+of|because\s+of|due\s+to|thanks\s+to|since)"
    r"\s+(?:[\w’'-]+,?\s+){0,10}?$", re.IGNORECASE)
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
    """The hedges of ``text``; neither "May" the month, nor plans told as news, nor an official's speech."""
    return iter(_hedge_cues(text))


@lru_cache(maxsize=1 << 12)  # a sentence and its clauses are asked about by several extractors and checks
def _hedge_cues(text: str) -> tuple[re.Match, ...]:
    return tuple(_find_hedge_cues(text))


def _find_hedge_cues(text: str):
    for match in HEDGES.finditer(text):
        word = match.group(0).strip()
        if is_month_may(word) or word[:4].lower() == "plan" and _ANNOUNCED.search(text[:match.start()]):
            continue
        if match.group("speech") and _official_speaker(text[:match.start()]):
            continue
        yield match


# Who may speak for a show: its network, studio, cast and crew, and the press that reports them; the
# speech of anyone else ("some people said that", "there have been reports that") is hearsay.
_OFFICIAL = frozenset("""network channel broadcaster platform streamer service studio studios company production
    producer producers showrunner showrunners creator creators writer writers director directors author cast crew
    star stars actor actors actress actresses lead team spokesperson spokesman spokeswoman representative
    representatives rep statement announcement release trailer teaser synopsis account agency label executive
    executives exec execs chief head ceo president outlet publication magazine newspaper""".split())
_UNOFFICIAL = frozenset("""some many several few most others other people person fans fan viewers viewer audiences
    users user netizens commenters followers insiders insider source sources someone somebody anyone everyone
    rumour rumours rumor rumors report reports tabloid tabloids gossip blog blogs blogger bloggers leaker leakers
    leak leaks post posts tweet tweets video videos tiktok tiktoker youtuber youtubers reddit redditor redditors
    forum forums internet online media speculation theory theories theorists folks unverified unconfirmed""".split())
_CONCESSIVE = re.compile(r"(?<![A-Za-z])(?:even\s+though|although|even\s+if)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_PRONOUNS = frozenset("he she it they we i you who which".split())
_PASSIVE = frozenset("is are was were be been being".split())
_SUBJECT_FILLER = frozenset("have has had also once previously recently reportedly then later already even just "
                            "has since publicly officially".split())


def _official_speaker(before: str) -> bool:
    """Whether the speaker of a "said that" whose sentence begins with ``before`` speaks for the show: a
    name ("Netflix said"), an official noun ("the showrunner said"), or a pronoun (left as it was);
    not a passive ("it was reported that"), hearsay ("some people said") or an unknown common noun."""
    if _CONCESSIVE.search(before):
        return False  # "even though it said it was season 2, it was ...": conceded, then denied
    region = before.rstrip()
    if region.endswith(","):  # "the showrunner, in an interview, said that": the subject is before the aside
        region = region[:-1]
        region = region[:region.rfind(",")] if "," in region else region
    words = re.findall(r"[\w’'-]+", region.split(",")[-1])[-6:]
    if any(w.lower() in _UNOFFICIAL for w in words):
        return False
    while words and words[-1].lower() in _SUBJECT_FILLER:
        words.pop()
    if not words or words[-1].lower() in _PASSIVE:
        return False
    head = words[-1]
    return head[:1].isupper() or head.lower() in _OFFICIAL or head.lower() in _PRONOUNS


def is_hedged(text: str) -> bool:
    if text.rstrip().endswith("?"):
        return True  # a question asserts nothing
    if next(hedge_cues(text), None):
        return True
    return bool(CONDITIONAL.search(text))


def is_month_may(word: str) -> bool:
    """"May" or "MAY" is the month (or a heading's word); only "may" is the modal."""
    word = word.strip()
    return word.lower() == "may" and word != "may"


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
    left, right = _clause_bounds(segment.text, start - segment.start, end - segment.start)
    return segment.text[left:right]


def _clause_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    return clause_start(text, a), min((m.start() for m in _breaks(text) if m.start() >= b), default=len(text))


def outside_adverbial(sentence: str, cue_start: int, cue_end: int, start: int, end: int) -> bool:
    """Whether the hedge at [cue_start, cue_end) of ``sentence`` is a noun in a phrase of time or cause
    ("after months of rumours,", "despite speculation") that does not hold the claim at [start, end):
    the phrase runs from its preposition to the next comma."""
    if sentence[cue_start:cue_end].split()[0].lower() not in _HEDGE_NOUNS:
        return False
    lead = _ADVERBIAL_LEAD.search(sentence, 0, cue_start)
    if not lead:
        return False
    comma = sentence.find(",", cue_end)
    phrase_end = len(sentence) if comma < 0 else comma
    return not (lead.start() <= start and end <= phrase_end)


def in_other_aside(sentence: str, position: int, start: int, end: int) -> bool:
    """``position`` lies in a parenthetical aside that does not hold [start, end): "has 48
    episodes (please check if this is right)" asks about the writer's sum, not the claim."""
    opening = sentence.rfind("(", 0, position)
    if opening < 0 or ")" in sentence[opening:position]:
        return False
    closing = sentence.find(")", position)
    closing = len(sentence) if closing < 0 else closing
    return not (opening < start and end <= closing)


def hedged_at(sentence: str, start: int, end: int) -> bool:
    """:func:`is_hedged` for the clause of ``sentence`` holding [start, end), less the hedges that
    govern only a phrase of time or cause the claim is not in."""
    left, right = _clause_bounds(sentence, start, end)
    clause = sentence[left:right]
    if clause.rstrip().endswith("?") and not in_other_aside(sentence, right - 1, start, end):
        return True
    if any(not in_other_aside(sentence, left + m.start(), start, end) for m in CONDITIONAL.finditer(clause)):
        return True
    return any(not outside_adverbial(sentence, left + m.start(), left + m.end(), start, end)
               and not in_other_aside(sentence, left + m.start(), start, end) for m in hedge_cues(clause))


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
