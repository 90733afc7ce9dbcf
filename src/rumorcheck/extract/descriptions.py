"""Description claims: what a text says characters are, how they are related, what happens to
them, and what the show is (genre) and comes from (source material).

One reader serves articles and references alike: :func:`read_story` takes a dependency-parsed
Doc (see ``nlp.SentenceParser``) and returns :class:`StoryClaim` records whose people are names
as written (or pronouns with their candidate antecedents); the checks resolve them to characters.

Patterns read from the parse:
  * titles and occupations: "teacher Sally Wright", "Sgt Leo Marsh", "X, the head of Y",
    "X is a detective", "X works as a nurse";
  * relations: "X's wife Y", "Y, the wife of X", "Y is X's wife", "his dad ..., Leo";
  * fates and events: die, kill/murder (agent and victim, active, passive and relative
    clauses: "Y, who killed his father"), survive / "made it out alive", marry / wedding,
    engaged / engagement, arrest;
  * genres said of the show: "This comedy", "X is a horror series";
  * source material: "based on Ana Ruiz's manga", "adapted from the novel by X", "a remake of
    the 2004 film".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc, Token

from .claims import Claims, Segment
from .context import clause_start
from ..lexicon import StoryLexicon, story_lexicon
from ..descriptors import is_descriptor, split_descriptor
from .mentions import FUNCTION_WORDS, Chunk, name_chunks, strip_function_words
from .seasons import season_mentions

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
RELATIVE = {"who", "whom", "that", "which", "whose"}
SHOW_NOUNS = {"series", "show", "drama", "programme", "program", "sitcom", "k-drama", "kdrama", "serial",
              "miniseries", "anime", "adaptation", "remake", "telenovela", "thriller", "comedy", "tale", "story"}
_PART = re.compile(r"(?<![\w-])part\s+(\d{1,2})(?![\w-])", re.IGNORECASE)
_ENDING = re.compile(r"\b(?:end(?:s|ed|ing)?\s+(?:of|with)|the\s+end\b|ending|finale|final\s+episode|last\s+episode|"
                     r"conclu\w+)", re.IGNORECASE)
# Words that set a state at a later time than the story's start: "X, now a singer", "who has
# been alive all this time", "years later", "after the time jump", "the grown-up X". Such a state
# may follow an earlier season's fact without contradicting it.
_LATER = re.compile(
    r"\b(?:now(?!\s+that\b)|nowadays|all\s+(?:this|that)\s+time|all\s+these\s+years|all\s+along|"
    r"(?:years?|months?|decades?|a\s+decade|some\s+time)\s+later|later\s+in\s+life|"
    r"time[\s-]+(?:jump|skip|leap)|eventually|by\s+the\s+end|grown[\s-]up|as\s+an\s+adult|in\s+the\s+future)\b",
    re.IGNORECASE)
_LATER_REACH = 30  # characters after a claim's words that may still be its clause ("... alive all this time")
_SOURCE_VERBS = {"base", "adapt", "inspire"}
# Clauses hung on a verb that say something else, with their own season: "..., but returns in season 2".
_OTHER_CLAUSES = {"conj", "ccomp", "advcl", "relcl", "parataxis", "cc"}
# What surviving counts as a fate for: "survives the season", not "survives the first game".
_WHOLE_STORY = {"season", "series", "show", "finale", "end", "part", "story", "ordeal"}
# "revealed as Tara's killer", "unmasked as the bomber": the subject is what the noun says.
_REVEALING = {"reveal", "unmask", "expose", "identify", "uncover", "confirm", "show"}
# Deadly events and the verbs of causing them: "caused the accident that killed his father".
_EVENTS = {"accident", "crash", "fire", "explosion", "bombing", "bomb", "attack", "collision", "blast", "shooting"}
_CAUSING = {"cause", "plant", "set", "start", "trigger", "build", "make", "orchestrate", "arrange", "stage"}
# Small words inside a title, between its capitalised runs: "The Keeper of the Lamps".
_TITLE_JOINT = re.compile(r" (?:of|of the|in the|on the|at the) ")
# Up to four lower-case words right before a name, one space apart: "mountain climber " in
# "mountain climber Mina".
_LOWER_WORDS_BEFORE = re.compile(r"(?<![\w-])(?:[a-z][\w-]* ){1,4}$")


@dataclass(frozen=True)
class Party:
    """Someone a claim is about, as the text names them: a name, or a pronoun with the names it
    may stand for (nearest first), possibly through a relation ("his father": the parent of
    whoever "his" is)."""

    text: str
    start: int
    end: int
    pronoun: bool = False
    relation: str | None = None  # the party is this relation of the one named: "parent" for "his father"
    sex: str | None = None  # of the relation word ("father": m), or of the pronoun
    antecedents: tuple[str, ...] = ()
    in_sentence: int = 0  # how many of the antecedents come before the pronoun in its own sentence
    pronoun_sex: str | None = None  # "his": m, "her": f

    @property
    def plain(self) -> bool:
        return not self.pronoun and self.relation is None


@dataclass(frozen=True)
class StoryClaim:
    """One description claim. ``kind`` is occupation, relation, fate, genre or source."""

    kind: str
    start: int  # the evidence: the stretch of text that makes the claim
    end: int
    subject: Party | None  # whose occupation, relation or fate; what is based on a source (None: the show)
    value: str  # the lexicon term: "prosecutor", "parent", "dead", "sitcom", "manga"
    word: str  # as written: "DA", "dad", "made it out alive", "sitcom", "manga"
    other: Party | None = None  # relation: the one related to; fate: the killer; source: the author
    season: int | None = None  # a season (or part) named in the sentence
    ending: bool = False  # about how a season ends
    title: str | None = None  # source: the source work's title; "" for "of the same name"
    later: bool = False  # set at a later time ("now a singer", "alive all this time"): no earlier season's state
    sentence: str = field(default="", compare=False)
    segment: Segment | None = field(default=None, compare=False)  # the article sentence, for its modality

    def parties(self) -> list[Party]:
        return [p for p in (self.subject, self.other) if p is not None]


ParseSentences = Callable[[Sequence[Segment]], list[Doc | None]]
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|himself|herself)\b", re.IGNORECASE)
_NEAR = 40  # characters between a cue word and a name for the sentence to be worth parsing
_WORD = re.compile(r"[a-z]+")
_CUE_WORD = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+)*")


def describe(segments: Sequence[Segment], text: str, parse_sentences: ParseSentences,
             lexicon: StoryLexicon | None = None) -> tuple[StoryClaim, ...]:
    """The description claims of an article's ``segments`` (see :func:`story_sentences`);
    pronouns get the names of their paragraph."""
    lexicon = lexicon or story_lexicon()
    out: list[StoryClaim] = []
    for segment, doc in zip(segments, parse_sentences(segments)):
        if doc is None:
            continue
        for claim in read_story(doc, segment.start, lexicon, segment.text):
            out.append(replace(claim, segment=segment,
                               subject=_with_antecedents(claim.subject, text, segment, claim.other),
                               other=_with_antecedents(claim.other, text, segment, claim.subject)))
    return tuple(out)


KnownName = Callable[[str], bool]


def story_sentences(claims: Claims, lexicon: StoryLexicon | None = None,
                    known: KnownName | None = None) -> list[Segment]:
    """The sentences that can hold a description claim: only these are parsed. Only sentences
    with a cue word (and a name or a pronoun, or a genre or source cue) qualify; with ``known``
    (is this name one of the show's people?), a name counts only if it is known, since a claim
    about nobody the reference knows can be neither supported nor refuted."""
    lexicon = lexicon or story_lexicon()
    return [s for s in claims.segments if _worth_parsing(s, claims, lexicon, known)]


def _worth_parsing(segment: Segment, claims: Claims, lexicon: StoryLexicon, known: KnownName | None) -> bool:
    """A sentence that can hold a claim: a genre or source cue, or a character cue (relation,
    fate, occupation word) within a few words of a (known) name or a personal pronoun."""
    if segment.heading or not _has_cue_word(segment, lexicon):
        return False
    if lexicon.show_cue.search(segment.text):
        return True
    text = segment.text
    cues = [m.start() for m in _CUE_WORD.finditer(text.lower())
            if m.group(0) in lexicon.person_cue and not _capitalised_alone(text, m.start(), m.end())]
    if not cues:
        return False
    people = [c.start - segment.start for c in claims.name_chunks(segment) if known is None or known(c.text)]
    people += [m.start() for m in _PRONOUN.finditer(segment.text)]
    return any(abs(cue - person) <= _NEAR for cue in cues for person in people)


def _capitalised_alone(text: str, start: int, end: int) -> bool:
    """A capitalised cue word inside a sentence with no name after it is a name or a title
    itself ("Harbour Lights season 2", "The Captain returned"), not a job or a relation."""
    if start == 0 or not text[start].isupper():
        return False
    after = text[end:].lstrip(" ")
    return not after[:1].isupper()


def _has_cue_word(segment: Segment, lexicon: StoryLexicon) -> bool:
    """A cheap first look before the cue patterns: some word of the sentence is a lexicon word."""
    return not lexicon.words.isdisjoint(_WORD.findall(segment.text.lower()))


def _with_antecedents(party: Party | None, text: str, segment: Segment, beside: Party | None) -> Party | None:
    """A pronoun with the names of its paragraph: those before it, nearest first, then those
    after; not the name the claim pairs it with ("his dad, Leo": not Leo)."""
    if party is None or not party.pronoun:
        return party
    start = text.rfind("\n", 0, party.start) + 1
    end = text.find("\n", party.end)
    end = len(text) if end < 0 else end
    before, after, in_sentence = [], [], 0
    for chunk in name_chunks(text[start:end], start):
        if beside is not None and chunk.start < beside.end and beside.start < chunk.end:
            continue
        cleaned = strip_function_words(chunk)
        name = cleaned.text if cleaned is not None else chunk.text
        (before if chunk.end <= party.start else after).append(name)
        in_sentence += segment.start <= chunk.start and chunk.end <= party.start
    return replace(party, antecedents=tuple([*reversed(before), *after]), in_sentence=in_sentence)


def read_story(doc: Doc, offset: int = 0, lexicon: StoryLexicon | None = None,
               text: str | None = None) -> list[StoryClaim]:
    """Every description claim in a parsed text; offsets are ``offset`` + character positions
    (``text``: the Doc's text, when the caller has it already)."""
    return _Reader(doc, offset, lexicon or story_lexicon(), doc.text if text is None else text).claims()


class _Reader:
    def __init__(self, doc: Doc, offset: int, lexicon: StoryLexicon, text: str):
        self.doc = doc
        self.offset = offset
        self.lex = lexicon
        self.text = text
        self.raw_names = name_chunks(text)
        self.names = [c for c in (self._clean(c) for c in self.raw_names) if c]
        self.starts = [t.idx for t in doc]  # token offsets, read once: Token objects are dear
        self.at_char = {idx: i for i, idx in enumerate(self.starts)}
        self.name_at: dict[int, Chunk] = {}
        for chunk in self.names:
            for i in range(bisect_left(self.starts, chunk.start), bisect_left(self.starts, chunk.end)):
                self.name_at[i] = chunk
        self.seasons = self._seasons()
        self.ending = bool(_ENDING.search(self.text))

    def _clean(self, chunk: Chunk) -> Chunk | None:
        """A name run without the function words around it; titles stay ("Prosecutor Lorena
        Ortiz": split off later by :meth:`name_of`), and "The Doctor" stays whole: an article
        before a lone title word makes the title a name."""
        words = chunk.text.split(" ")
        if len(words) == 2 and words[0] in ("The", "El", "La") and self.lex.occupation(words[1]):
            return chunk
        lead = 0
        while lead < len(words) - 1 and _function_word(words[lead]) and not is_descriptor(words[lead]):
            lead += 1
        if lead:
            start = chunk.start + len(" ".join(words[:lead])) + 1
            chunk = Chunk(start, chunk.end, chunk.text[start - chunk.start:])
        if _descriptor_words(chunk.text):
            return Chunk(chunk.start, chunk.end, re.sub(r"[’']s$", "", chunk.text)) if chunk.text[-2:] in ("'s", "’s") \
                else chunk
        return strip_function_words(chunk)

    # -- output -----------------------------------------------------------------------------------
    def claims(self) -> list[StoryClaim]:
        out: list[StoryClaim] = []
        out += self._titled_names()
        words = self.lex.words
        for token in self.doc:
            if token.lower_ not in words and token.lemma_.lower() not in words:
                continue  # no lexicon term, idiom or source cue ends or starts here
            out += self._occupation(token)
            out += self._relation(token)
            out += self._fate(token)
            out += self._genre(token)
            out += self._source(token)
        unique = {(c.kind, c.start, c.subject, c.value, c.other): c for c in out}
        return sorted(unique.values(), key=lambda c: (c.start, c.kind))

    def _claim(self, kind: str, pieces: Iterable, subject: Party | None, value: str, word: str,
               **extra) -> StoryClaim:
        """A claim whose evidence runs over ``pieces`` (tokens and parties)."""
        bounds = [(p.idx, p.idx + len(p.text)) if isinstance(p, Token) else (p.start - self.offset, p.end - self.offset)
                  for p in pieces if p is not None]
        start, end = min(a for a, _ in bounds), max(b for _, b in bounds)
        season = self.seasons[0] if len(self.seasons) == 1 else None
        if season is None and len(self.seasons) > 1:
            season = self._clause_season(next((p for p in pieces if isinstance(p, Token)), None))
        return StoryClaim(kind, self.offset + start, self.offset + end, subject, value, word,
                          season=season, ending=self.ending, later=self._later(start, end), sentence=self.text,
                          **extra)

    def _later(self, start: int, end: int) -> bool:
        """A later-time word in the clause of the claim's words, up to the next comma after them."""
        stop = re.search(r"[,;:.!?]", self.text[end:end + _LATER_REACH])
        right = end + (stop.start() if stop else min(_LATER_REACH, len(self.text) - end))
        return _LATER.search(self.text, clause_start(self.text, start), right) is not None

    def _seasons(self) -> list[int]:
        self.season_spans = [(a, n) for a, _, n in season_mentions(self.text)]
        self.season_spans += [(m.start(), int(m.group(1))) for m in _PART.finditer(self.text)]
        return sorted({n for _, n in self.season_spans})

    def _clause_season(self, word: Token | None) -> int | None:
        """The one season named in the clause of ``word`` ("X left at the end of season 1, but
        returns in season 2": season 1 for leaving), not in clauses joined to it."""
        if word is None:
            return None
        inner = {t.i for c in word.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
        own = [t for t in word.subtree if t.i not in inner]
        first, last = own[0].idx, own[-1].idx + len(own[-1].text)
        found = {n for a, n in self.season_spans if first <= a < last
                 and self.at_char.get(a) is not None and self.at_char[a] not in inner}
        return found.pop() if len(found) == 1 else None

    # -- who a token stands for ---------------------------------------------------------------------
    def name_of(self, token: Token) -> Party | None:
        chunk = self.name_at.get(token.i)
        if chunk is None or self._is_common_noun(chunk.text):
            return None
        descriptor = split_descriptor(chunk.text).descriptor
        start = chunk.start + (len(descriptor) + 1 if descriptor else 0)
        return Party(self.text[start:chunk.end], self.offset + start, self.offset + chunk.end)

    def party(self, token: Token, depth: int = 0) -> Party | None:
        """The person a noun, name, pronoun or relative pronoun stands for."""
        if depth > 4:
            return None
        lower = token.lower_
        if lower in PRONOUNS:
            return Party(token.text, self.offset + token.idx, self.offset + token.idx + len(token.text),
                         pronoun=True, sex=PRONOUNS[lower], pronoun_sex=PRONOUNS[lower])
        if lower in RELATIVE and token.head.dep_ in ("relcl", "acl"):
            return self.party(_climb(token.head.head), depth + 1)
        named = self.name_of(token)
        if named is not None:
            return named
        relation = self._relation_word(token)
        if relation is not None:
            anchor = self._anchors(token)
            bearer = self._bearer(token, depth)
            if bearer is not None:
                return bearer
            if len(anchor) == 1:
                kind = self.lex.relation(relation)
                return replace(anchor[0], relation=kind.name, sex=kind.sex)
            return None
        for child in token.children:
            if child.dep_ == "appos":
                named = self.name_of(child)
                if named is not None:
                    return named
        if token.dep_ == "appos":
            return self.name_of(token.head)
        if token.dep_ in ("attr", "oprd") and token.head.lemma_ == "be":
            subject = self._subject(token.head)
            if subject is not None and subject.i != token.i:
                return self.name_of(subject)
        return None

    def _subject(self, verb: Token) -> Token | None:
        """A verb's subject; the parser sometimes hangs it on an auxiliary ("get engaged") or
        mislabels a name's last word ("Oh" as an interjection): a name left of the verb will do."""
        for holder in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]:
            found = _child(holder, "nsubj") or _child(holder, "nsubjpass")
            if found is not None:
                return found
        left = [c for c in verb.children if c.i < verb.i and c.i in self.name_at and c.dep_ not in ("dobj", "pobj", "poss")]
        return left[0] if left else None

    def parties(self, token: Token | None) -> list[Party]:
        """A token's party and those of its conjuncts ("Mina and Leo"); a relation word
        stands for the names set beside it ("his friends Mina and Leo")."""
        if token is None:
            return []
        out = []
        for t in [token, *token.conjuncts]:
            named = self._named_beside(t) if self._relation_word(t) else []
            if named:
                out += [p for n in [named[0], *named[0].conjuncts] if (p := self.name_of(n)) is not None]
                continue
            found = self.party(t)
            if found is not None:
                out.append(found)
        return list(dict.fromkeys(out))

    def _named_beside(self, token: Token) -> list[Token]:
        return [c for c in token.children if c.dep_ in ("appos", "npadvmod") and c.i in self.name_at]

    def _is_common_noun(self, text: str) -> bool:
        """A capitalised run that is an occupation or relation word ("CEO", "Mother"), not a name."""
        return bool(self.lex.occupation(text)) or self.lex.relation(text) is not None

    # -- occupations --------------------------------------------------------------------------------
    def _titled_names(self) -> list[StoryClaim]:
        """Titles inside a capitalised run ("Home Secretary Ana Ruiz", "Sgt Leo Marsh") and
        lower-case occupation words right before a name ("teacher Sally Wright")."""
        out = []
        for chunk in self.names:
            title = split_descriptor(chunk.text).descriptor
            if title and self.lex.occupation(title):
                name_start = chunk.start + len(title) + 1
                subject = Party(self.text[name_start:chunk.end], self.offset + name_start, self.offset + chunk.end)
                out.append(StoryClaim("occupation", self.offset + chunk.start, self.offset + chunk.end, subject,
                                      self._occupation_key(title), title, sentence=self.text))
                continue
            before = _LOWER_WORDS_BEFORE.search(self.text[max(0, chunk.start - 60):chunk.start])
            if before is None:
                continue
            phrase_words = before.group(0).split()
            for first in range(len(phrase_words)):
                phrase = " ".join(phrase_words[first:])
                start = chunk.start - len(phrase) - 1
                if self.lex.occupation(phrase) and self._opens_noun_phrase(start):
                    subject = Party(chunk.text, self.offset + chunk.start, self.offset + chunk.end)
                    out.append(StoryClaim("occupation", self.offset + start, self.offset + chunk.end, subject,
                                          self._occupation_key(phrase), phrase, sentence=self.text))
                    break
        return out

    def _opens_noun_phrase(self, char: int) -> bool:
        """The words at ``char`` start a noun phrase ("as teacher Sally", "Seoul dentist Mina"),
        not a verb's object ("helped convict Sally")."""
        i = self.at_char.get(char)
        first = self.doc[i] if i is not None else None
        if first is None or first.pos_ in ("VERB", "AUX"):
            return False
        before = self.doc[first.i - 1] if first.i > 0 else None
        return before is None or before.pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "PRON", "SCONJ", "PROPN", "ADJ")

    def _occupation_key(self, phrase: str) -> str:
        return self.lex.abbreviations.get(phrase.casefold(), phrase.casefold())

    def _occupation(self, token: Token) -> list[StoryClaim]:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in self.name_at:
            return []
        phrase, first = self._term(token, _OccupationVocabulary(self.lex))
        if phrase is None:
            return []
        words = self.doc[first:max(token.i, _hyphenated(token)[-1].i) + 1]
        return [self._claim("occupation", [*words, b], b, self._occupation_key(phrase), words.text)
                for b in self._occupation_bearers(token) if b.plain]

    def _occupation_bearers(self, token: Token) -> list[Party]:
        # the conjuncts of an attribute are all its bearer's: "X is a manager, stalker and serial killer"
        first = self._first_conjunct(token)
        if first is not token:
            return self._occupation_bearers(first)
        # one name, never its list: in "X, a prosecutor, Y and Z" only X is the prosecutor
        if token.dep_ == "appos":
            return [p for p in [self.name_of(token.head)] if p is not None]
        named = [c for c in token.children if c.dep_ == "appos" and c.i in self.name_at]
        if len(named) == 1 and not named[0].conjuncts:
            return [p for p in [self.name_of(named[0])] if p is not None]
        if named:
            return []
        head = token.head
        if token.dep_ in ("attr", "oprd") and head.lemma_ in ("be", "become", "remain", "turn"):
            return self.parties(self._subject(head))
        if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in ("work", "serve", "pose", "start"):
            return self.parties(self._subject(head.head))
        return []

    def _first_conjunct(self, token: Token) -> Token:
        """The noun that stands for a list of common nouns ``token`` is in: "manager" of "a manager,
        stalker and killer", also when the parser hangs the list on an apposition ("a florist, a
        smuggler") or makes its first item a modifier of the last ("florist," under "killer")."""
        while token.head is not token and token.head.pos_ in ("NOUN", "PROPN") and token.head.i not in self.name_at and (
                token.dep_ in ("conj", "appos") or (token.dep_ == "nmod" and self._before_comma(token))):
            token = token.head
        return token

    def _before_comma(self, token: Token) -> bool:
        return token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == ","

    # -- relations ----------------------------------------------------------------------------------
    def _relation_word(self, token: Token) -> str | None:
        if _run_head(token).pos_ not in ("NOUN", "PROPN") or token.i in self.name_at:
            return None
        phrase, _ = self._term(token, self.lex.relation_terms)
        return phrase

    def _relation(self, token: Token) -> list[StoryClaim]:
        phrase = self._relation_word(token)
        if phrase is None:
            return []
        token = _run_head(token)  # "half-brother": the parser hangs "Ginny's" on "brother"
        anchors = self._anchors(token)
        named = self._named_beside(token)
        bearers = [p for n in [named[0], *named[0].conjuncts] if (p := self.name_of(n))] if named else []
        bearer = self._bearer(token, 0)
        bearers = bearers or ([bearer] if bearer is not None else [])
        kind = self.lex.relation(phrase)
        possessors = [t for t in token.children if t.dep_ == "poss"]
        return [self._claim("relation", [token, *possessors, bearer, anchor], bearer, kind.name, phrase,
                            other=anchor)
                for anchor in anchors if anchor.relation is None for bearer in bearers]

    def _anchors(self, token: Token) -> list[Party]:
        """Whose relation it is: "X's wife", "his wife", "the wife of X", "David and Vicky's son"."""
        head = token
        while head.dep_ == "compound" and head.head.i not in self.name_at and head.head.pos_ == "NOUN":
            head = head.head
        for candidate in (token, head):
            for child in candidate.children:
                if child.dep_ == "poss":
                    return self.parties(child) if child.lower_ not in ("their", "its") else []
            for child in candidate.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    return self.parties(_child(child, "pobj"))
        # "Mina and Leo's": the possessive often hangs off the first name as nmod
        return []

    def _bearer(self, token: Token, depth: int) -> Party | None:
        """Who has the relation: "his wife Ji-soo", "Ji-soo, his wife", "Ji-soo is his wife",
        "his dad was a burglar, Leo Marsh"."""
        for child in token.children:
            if child.dep_ in ("appos", "npadvmod") and child.i in self.name_at:
                return self.name_of(child)
        if token.dep_ == "compound" and token.head.i in self.name_at:
            return self.name_of(token.head)
        if token.dep_ == "appos" and token.head.i in self.name_at:
            return self.name_of(token.head)
        if token.dep_ == "appos" and self._relation_word(token.head) and depth < 4:
            return self._bearer(token.head, depth + 1)  # "X is Y's son, Z's half-brother": X
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.i in self.name_at and nxt.head.i in (token.i, nxt.i) or (
                nxt is not None and nxt.i in self.name_at and token.head.i == nxt.i):
            return self.name_of(nxt)
        head = token.head
        if token.dep_ in ("attr", "oprd") and head.lemma_ == "be":
            subject = self._subject(head)
            return self.party(subject, depth + 1) if subject is not None and subject.i in self.name_at else None
        if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _REVEALING:
            verb = head.head
            subject = _child(verb, "nsubjpass") or _child(verb, "nsubj")
            if subject is None and verb.dep_ in ("acl", "relcl", "conj"):
                subject = _child(verb.head, "nsubjpass") or _child(verb.head, "nsubj") or verb.head
            return self.party(subject, depth + 1) if subject is not None else None
        if token.dep_ == "nsubj" and head.lemma_ == "be":
            attr = _child(head, "attr")
            if attr is not None:
                if attr.i in self.name_at:
                    return self.name_of(attr)
                for child in attr.children:
                    if child.dep_ == "appos" and child.i in self.name_at:
                        return self.name_of(child)
        return None

    # -- fates and events -----------------------------------------------------------------------------
    def _fate(self, token: Token) -> list[StoryClaim]:
        lemma = token.lemma_.lower()
        if self._doubted(token):
            return []
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return self._fate_verb(token, lemma)
        if token.pos_ == "ADJ" and lemma in ("alive", "dead"):
            verb = token.head
            subjects = self.parties(self._subject(verb))
            if not subjects and token.dep_ == "amod":
                subjects = self.parties(token.head)
            status = self.lex.fate_words[lemma]
            words = [verb, token] if verb.i < token.i else [token]
            return [self._claim("fate", words, s, status, self.doc[words[0].i:token.i + 1].text) for s in subjects]
        if token.pos_ == "NOUN" and {lemma, token.lower_} & self.lex.killing_nouns:
            return self._killing_noun(token)
        if token.pos_ == "NOUN" and lemma in ("wedding", "engagement", "marriage", "death"):
            status = self.lex.fate_words.get(lemma)
            people = self._event_people(token)
            return [self._claim("fate", [token], p, status, token.text, other=o)
                    for p, o in _pairs(people) if status]
        return []

    def _fate_verb(self, token: Token, lemma: str) -> list[StoryClaim]:
        if _unrealised(token):
            return []
        passive = any(c.dep_ == "auxpass" for c in token.children) or (token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and not _child(token, "dobj"))
        subject = _child(token, "nsubjpass") or _child(token, "nsubj")
        if lemma in self.lex.killing_verbs:
            if passive:
                victims = self._subjects(token)
                agent = _child(_child(token, "agent"), "pobj") if _child(token, "agent") is not None else None
                killers = self.parties(agent)
            else:
                victims = self.parties(_child(token, "dobj"))
                killers = self._subjects(token)
                if any(c.lower_ in ("himself", "herself") for c in token.children if c.dep_ == "dobj"):
                    victims = killers
            killers = killers or self._causers(subject)
            out = []
            for victim in victims:
                for killer in killers or [None]:
                    out.append(self._claim("fate", [token], victim, "dead", token.text, other=killer))
            return out
        phrase = self._verb_phrase(token)
        status = self.lex.fate_verbs.get(phrase) or self.lex.fate_verbs.get(lemma)
        if status is None:
            return []
        survived = _child(token, "dobj")
        if lemma == "survive" and survived is not None and not {survived.lower_, survived.lemma_.lower()} & _WHOLE_STORY:
            return []  # survived a game, an attack: an episode's event, not the character's fate
        people = self._subjects(token)
        if status == "dead":
            cause = next((_child(c, "pobj") for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "after", "from")), None)
            killers = self._causers(cause)
            return [self._claim("fate", [token], p, status, token.text, other=k) for p in people for k in killers or [None]]
        other = self.parties(_child(token, "dobj")) if status == "married" else []
        if status == "married":
            with_ = _child(_child(token, "prep"), "pobj") if _child(token, "prep") is not None else None
            other = other or self.parties(with_)
            if len(people) == 2 and not other:
                return [self._claim("fate", [token], a, status, token.text, other=b) for a, b in _pairs(people)]
        if status == "engaged" and len(people) == 2:
            return [self._claim("fate", [token], a, status, token.text, other=b) for a, b in _pairs(people)]
        if status == "leaves":  # "runs away with Austin": both leave
            people += [p for p in self.parties(_child(_prep(token, "with"), "pobj")) if p not in people]
        return [self._claim("fate", [token], p, status, token.text, other=other[0] if other else None) for p in people]

    def _killing_noun(self, noun: Token) -> list[StoryClaim]:
        """A killing told as a noun: "the killing of Y by X", "Y's murder", "X's murder of Y",
        "X and Z participated in the killing of Y" (the doers are the subject of the verb it hangs on)."""
        if noun.dep_ in ("compound", "amod"):
            return []  # "a killing spree", "murder mystery": no event told
        of, by = (self.parties(_child(_prep(noun, word), "pobj")) for word in ("of", "by"))
        if not of and _prep(noun, "of") is not None:
            return []  # "X's murder of ..." with no one found after "of": X is no victim
        owner = self.parties(_child(noun, "poss"))
        victims, killers = (of, owner or by) if of else (owner, by)
        if not victims:
            return []
        if not killers:
            doer = self._doer(noun)
            if doer is not None and (_unrealised(doer) or self._doubted(doer)):
                return []
            killers = self._subjects(doer) if doer is not None else []
        return [self._claim("fate", [noun], v, "dead", noun.text, other=k) for v in victims for k in killers or [None]]

    def _doer(self, noun: Token) -> Token | None:
        """The verb whose subject did what ``noun`` names: "committed the murder", "participated in
        the killing", "was behind the killing", "is responsible for the murder"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            head = head if head.lower_ == "behind" else head.head
        if {head.lemma_.lower(), head.lower_}.isdisjoint(self.lex.killing_doers):
            return None
        while head.pos_ in ("ADJ", "ADP") or head.dep_ == "prt":
            head = head.head
        return head

    def _subjects(self, verb: Token) -> list[Party]:
        """Who does what a verb says: its subject (with conjuncts); a relative clause's noun; a
        conjoined verb's subject ("X proposes and gets engaged"); else the names right before it,
        when the parser found no subject ("X and Y get engaged" parsed with X as the root)."""
        subject = _child(verb, "nsubjpass") or _child(verb, "nsubj")
        if subject is None:
            for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
                subject = _child(aux, "nsubj") or _child(aux, "nsubjpass") or subject
        if subject is not None:
            return self.parties(subject)
        if verb.dep_ == "acl":
            return self.parties(verb.head)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "NOUN"):
            found = self._subjects(_coordinated_with(verb))
            if found:
                return found
        return self._names_before(verb)

    def _names_before(self, verb: Token) -> list[Party]:
        names: list[Party] = []
        i = verb.i - 1
        while i >= 0:
            token = self.doc[i]
            if i in self.name_at:
                named = self.name_of(token)
                if named is not None:
                    names.insert(0, named)
            elif not (token.pos_ in ("AUX", "ADV", "PART") or token.lower_ in ("and", ",", "&") and names):
                break
            i -= 1
        return list(dict.fromkeys(names))

    def _doubted(self, token: Token) -> bool:
        """Under a verb of belief or appearance, or next to a doubting word: "believes Ana has
        been executed", "presumed dead", "fakes his death"."""
        doubt = self.lex.uncertain_fate
        if any(a.lemma_.lower() in doubt or a.lower_ in doubt for a in token.ancestors):
            return True
        near = self.doc[max(0, token.i - 2):token.i + 1]
        return any(t.lemma_.lower() in doubt or t.lower_ in doubt for t in near) or any(
            c.lemma_.lower() in doubt or c.lower_ in doubt for c in token.children)

    def _causers(self, event: Token | None) -> list[Party]:
        """Who caused a deadly event: "X caused the accident that killed Y", "Y dies in an
        accident caused by X", "the bomb X planted"."""
        if event is None:
            return []
        if event.lower_ in RELATIVE and event.head.dep_ in ("relcl", "acl"):
            event = event.head.head
        if not {event.lower_, event.lemma_.lower()} & _EVENTS:
            return []
        verb = event.head if event.dep_ in ("dobj", "nsubjpass") else None
        if verb is not None and verb.lemma_.lower() in _CAUSING:
            return self.parties(_child(verb, "nsubj"))
        for child in event.children:
            if child.dep_ == "acl" and child.lemma_.lower() in _CAUSING:
                agent = _child(child, "agent")
                return self.parties(_child(agent, "pobj")) if agent is not None else []
        return []

    def _verb_phrase(self, token: Token) -> str:
        """The verb with what makes it an idiom: "make it out alive", "pass away", "be kill"."""
        parts = [token.lemma_.lower()]
        if any(c.dep_ == "auxpass" for c in token.children):
            parts.insert(0, "be")
        for child in token.children:
            if child.dep_ in ("prt", "dobj", "ccomp", "acomp", "oprd", "advmod") and child.i > token.i:
                parts.append(child.lower_)
        phrase = " ".join(parts)
        for known in self.lex.fate_verbs:
            if all(word in phrase.split() for word in known.split()) and known.split()[0] in parts[:2]:
                if len(known.split()) > 1:
                    return known
        return phrase

    def _event_people(self, noun: Token) -> list[Party]:
        """People of an event noun: "X and Y's wedding", "the wedding of X and Y", "X's death"."""
        people: list[Party] = []
        for child in noun.children:
            # the parser hangs "X and Y's" on the noun in many ways (poss, nmod, even nsubj)
            if child.i < noun.i and child.dep_ not in ("det", "amod", "case") and (
                    child.i in self.name_at or child.dep_ == "poss" and child.lower_ in PRONOUNS):
                people += self.parties(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "between"):
                people += self.parties(_child(child, "pobj"))
        return people

    # -- the show: genre and source ---------------------------------------------------------------
    def _genre(self, token: Token) -> list[StoryClaim]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return []
        phrase, first = self._phrase(token, self.lex.genres)
        if phrase is None or (token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ in ("NOUN", "PROPN")
                              and token.dep_ not in ("compound", "amod", "nmod")):
            return []
        head = token
        while head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head.lower_ not in SHOW_NOUNS and head.i != token.i:
            return []
        words = list(self.doc[first:token.i + 1])
        dets = {c.lower_ for c in head.children if c.dep_ == "det"}
        if dets & {"this", "that"} and head.dep_ in ("nsubj", "nsubjpass"):
            return [self._claim("genre", words, None, phrase, _text(words))]
        if head.dep_ in ("attr",) and head.head.lemma_ == "be":
            subject = self._subject(head.head)
            if subject is not None and subject.i in self.name_at:
                return [self._claim("genre", words, self.name_of(subject), phrase, _text(words))]
        for child in head.children:
            if child.dep_ in ("appos", "compound") and child.i in self.name_at and child.i > head.i:
                return [self._claim("genre", words, self.name_of(child), phrase, _text(words))]
        return []

    def _source(self, token: Token) -> list[StoryClaim]:
        lemma = token.lemma_.lower()
        if lemma in _SOURCE_VERBS and token.tag_ in ("VBN", "VBD", "VBZ"):
            prep = next((c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "from", "by")), None)
            if prep is None or (lemma == "inspire" and prep.lower_ != "by"):
                return []
            target = _child(prep, "pobj")
        elif lemma in ("adaptation", "remake") and token.pos_ == "NOUN" and self._said_of_a_show(token):
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            target = _child(prep, "pobj") if prep is not None else None
        else:
            return []
        if target is None or _the_show_itself(target):
            return []  # "a movie based on the series": a work made from the show, not the show's source
        medium, title, author = self._source_parts(target)
        if medium is None and title is None:
            return []
        subject = self._source_subject(token)
        value, word = medium if medium is not None else ("", "")
        tokens = [token, *(t for t in target.subtree)]
        return [self._claim("source", tokens, subject, value, word, other=author, title=title)]

    def _said_of_a_show(self, noun: Token) -> bool:
        """"X is a remake of Y", "X, an adaptation of Y": not "fans want a remake of the drama"."""
        if noun.dep_ == "appos":
            return noun.head.i in self.name_at
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subject = _child(noun.head, "nsubj")
            return subject is not None and (subject.i in self.name_at or subject.lower_ in ("it", "this")
                                            or subject.lower_ in SHOW_NOUNS)
        return False

    def _title_at(self, token: Token) -> str:
        """A work's title as written: the whole capitalised run, honorifics kept ("Mr Kim")."""
        for i, chunk in enumerate(self.raw_names):
            if chunk.start <= token.idx < chunk.end:
                end = chunk.end
                for after in self.raw_names[i + 1:]:
                    if not _TITLE_JOINT.fullmatch(self.text[end:after.start]):
                        break
                    end = after.end
                return re.sub(r"[’']s$", "", self.text[chunk.start:end])
        return token.text

    def _source_parts(self, target: Token) -> tuple[tuple[str, str] | None, str | None, Party | None]:
        """The medium, title and author of the work a show is based on."""
        medium = title = author = None
        nodes = [target, *[c for c in target.children if c.dep_ in ("appos", "conj")]]
        for node in nodes:
            phrase, first = self._medium(node)
            if phrase is not None and medium is None and node.i not in self.name_at:
                medium = (phrase, self.doc[first:node.i + 1].text)
            for child in node.children:
                if child.dep_ == "poss" and child.i in self.name_at and author is None:
                    author = self.name_of(child)
                elif child.dep_ in ("prep", "agent") and child.lower_ == "by" and author is None:
                    author = self.name_of(_child(child, "pobj")) if _child(child, "pobj") is not None else None
                elif child.dep_ == "acl" and author is None:  # "created by X", "written by X"
                    by = next((c for c in child.children if c.lower_ == "by"), None)
                    if by is not None and _child(by, "pobj") is not None:
                        author = self.name_of(_child(by, "pobj"))
                elif child.dep_ in ("appos", "compound") and child.i in self.name_at and child.i > node.i and title is None:
                    title = self._title_at(child)
            if node.i in self.name_at and title is None and node.i not in self._author_tokens(author):
                title = self._title_at(node)
        if title and medium is None:
            medium, title = self._medium_before_title(title)
        if re.search(r"\bof\s+the\s+same\s+(?:name|title)\b", target.sent.text[target.idx - target.sent.start_char:], re.IGNORECASE):
            title = ""
        return medium, title, author

    def _medium(self, node: Token) -> tuple[str | None, int]:
        """The medium term ending at ``node`` and its first token, the longest reading winning:
        "comic book series" (comic book), "webcomic series" (webcomic), not "book series" or
        "series"."""
        media = _MediaVocabulary(self.lex)
        phrase, first = self._phrase(node, media)
        before = self.doc[node.i - 1] if node.i > 0 else None
        if before is None or self.lex.media_collections.isdisjoint((node.lower_, node.lemma_.lower())) \
                or before.dep_ not in ("compound", "amod", "nmod") \
                or (before.i in self.name_at and before.lower_ not in media):
            return phrase, first  # but a publisher's name ending in a medium ("a Tidewater Comics series") tells it
        inner, inner_first = self._phrase(before, media)
        if inner is not None and (phrase is None or inner_first < first):
            return inner, inner_first
        return phrase, first

    def _medium_before_title(self, title: str) -> tuple[tuple[str, str] | None, str | None]:
        """A capitalised medium word opening the title run is the medium, not the title: "this
        2006 Book Night Tides" is the book "Night Tides"."""
        if self.lex.medium(title):  # the whole run is a medium word, capitalised: "a Web-toon", "a Light Novel"
            return (title.casefold(), title), None
        words = title.split(" ")
        lead = self.lex.leading_medium(words)
        if lead is None:
            return None, title
        return (lead.term, " ".join(words[lead.first:lead.last + 1])), " ".join(words[lead.last + 1:])

    def _author_tokens(self, author: Party | None) -> set[int]:
        if author is None:
            return set()
        return {t.i for t in self.doc if author.start - self.offset <= t.idx < author.end - self.offset}

    def _source_subject(self, token: Token) -> Party | None:
        """What is based on the source, when it is named: "X is based on ...", "X, based on ..."."""
        subject = _child(token, "nsubjpass") or _child(token, "nsubj")
        if subject is None and token.dep_ in ("acl", "relcl"):
            subject = token.head
        if subject is None and token.dep_ == "advcl":
            subject = _child(token.head, "nsubj") or _child(token.head, "nsubjpass")
        if subject is not None and subject.lower_ in RELATIVE:
            subject = _climb(subject.head.head)
        return self.name_of(subject) if subject is not None else None

    # -- words ------------------------------------------------------------------------------------------
    def _term(self, token: Token, vocabulary) -> tuple[str | None, int]:
        """A lexicon term at ``token``: a hyphenated word read whole at its first part ("brother"
        of "brother-in-law", which the parser makes the head), else :meth:`_phrase`."""
        if _inside_hyphenated(token):
            return None, token.i
        run = _hyphenated(token)
        if len(run) > 1:
            return (run.text.lower(), token.i) if run.text.lower() in vocabulary else (None, token.i)
        return self._phrase(token, vocabulary)

    def _phrase(self, token: Token, vocabulary) -> tuple[str | None, int]:
        """The longest lexicon term made of ``token`` and the modifiers right before it ("police
        sergeant", "ex-wife"), as written or with the head word's lemma; and its first token."""
        first = token.i
        while first > 0 and token.i - first < 4:
            before = self.doc[first - 1]
            if before.dep_ in ("compound", "amod", "nmod", "npadvmod") or before.text == "-" or (
                    first < token.i and self.doc[first].text == "-"):
                first -= 1
            else:
                break
        # a term written whole is read whole however the parser hangs its words ("serial" may come
        # out as a list item of its own in "a florist, smuggler and serial killer")
        for start in range(min(first, max(token.i - 2, 0)), token.i + 1):
            if start < first and not self.doc[start].is_alpha:
                continue
            prefix = self.text[self.doc[start].idx:token.idx].lower()
            for phrase in (prefix + token.lower_, prefix + token.lemma_.lower()):
                if phrase in vocabulary:
                    return phrase, start
        return None, token.i


class _MediaVocabulary:
    """Medium terms however written ("web-toon", "web toon"), as one ``in``-able vocabulary."""

    def __init__(self, lexicon: StoryLexicon):
        self.lexicon = lexicon

    def __contains__(self, phrase: str) -> bool:
        return bool(self.lexicon.medium(phrase))


class _OccupationVocabulary:
    """Occupation terms and their abbreviations, as one ``in``-able vocabulary."""

    def __init__(self, lexicon: StoryLexicon):
        self.lexicon = lexicon

    def __contains__(self, phrase: str) -> bool:
        return bool(self.lexicon.occupation(phrase))


def _descriptor_words(text: str) -> bool:
    """A title, rank or honorific opens the name run ("Home Secretary Ana Ruiz")."""
    return bool(split_descriptor(text).descriptor)


def _function_word(word: str) -> bool:
    return word in FUNCTION_WORDS or word.strip("‘’'\"“”") in FUNCTION_WORDS


def _hyphenated(token: Token):
    """The hyphenated word starting at ``token``: "brother-in-law" is five tokens."""
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[token.i:end + 1]


def _run_head(token: Token) -> Token:
    """The token of a hyphenated word the rest of the sentence hangs on ("brother" of "half-brother")."""
    run = _hyphenated(token)
    return next((t for t in run if not run.start <= t.head.i < run.end), token)


def _inside_hyphenated(token: Token) -> bool:
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
        and not doc[token.i - 1].whitespace_


def _unrealised(verb: Token) -> bool:
    """A purpose, plan or attempt, not an event: "paid to kill Mateo", "tries to kill", "would die"."""
    if any(c.dep_ == "aux" and c.lower_ in ("to", "would", "could", "might", "may", "should", "will") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("try", "attempt", "plan", "want", "hire", "pay", "send")


def _coordinated_with(verb: Token) -> Token:
    """The verb a conjoined verb really pairs with. The parser often hangs the second verb of
    "X learns that Y lied and leaves" on the inner clause's verb; a tense that matches the outer
    verb and not the inner one ("learns ... leaves", not "lied ... leaves") says otherwise."""
    head = verb.head
    if head.dep_ == "ccomp" and head.tag_ != verb.tag_ and head.head.tag_ == verb.tag_:
        return head.head
    return head


def _prep(token: Token, word: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == word), None)


def _child(token: Token | None, dep: str) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep), None)


def _climb(token: Token) -> Token:
    """From the noun a relative clause hangs on to the person it describes: "the CEO of Hana
    Group who..." hangs on "Group"; the person is "the CEO"."""
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("NOUN", "PROPN"):
        token = token.head.head
    return token


def _pairs(people: list[Party]) -> list[tuple[Party, Party | None]]:
    if len(people) == 2:
        return [(people[0], people[1]), (people[1], people[0])]
    return [(p, None) for p in people]



def _text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def _the_show_itself(noun: Token) -> bool:
    """"the series", "this show": the article's show named by its kind, not a work it is based on."""
    children = list(noun.children)
    return (noun.lower_ in SHOW_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children)
            and all(c.dep_ in ("det", "punct") for c in children))  # not "the webcomic series X"
