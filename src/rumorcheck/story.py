"""What a reference says about its story, read into the same claims articles make.

Character descriptions, season synopses and endings, and ``based_on`` are free text. Each is
turned into sentences ("Mina Oh is Leo's best friend since school, a bartender.",
"Mina Oh dies at sea in season 1.") and read by the article reader
(:func:`rumorcheck.extract.descriptions.read_story`), so both sides of a comparison come from
one extractor. The optional structured fields (``occupation``, ``title``, ``relations``, ``fate``
of a character; ``based_on`` as a record) override what the text says on the same point, or add
to it. Names are resolved to the reference's characters once, here; the checks compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from spacy.tokens import Doc

from .extract.descriptions import Party, StoryClaim, read_story
from .extract.mentions import name_chunks, strip_function_words
from .lexicon import StoryLexicon, story_lexicon
from .names import Kind, NameResolver
from .reference import BasedOn, Character, Reference

Parse = Callable[[list[str]], list[Doc]]

_SUBORDINATE = {"after", "when", "while", "before", "as", "once", "until", "although", "though", "since",
                "because", "if", "in", "at", "from", "with", "years", "later", "then"}
_SUBJECT_PRONOUNS = {"he", "she", "they"}
_AGE_BEFORE = re.compile(r"^\S+-(?:year|month)s?-old\s+", re.IGNORECASE)
_NOT_VERBS = {"his", "her", "its", "this", "was", "has", "is", "jobless", "listless", "ruthless", "fearless", "less"}


# "manga by Ana Ruiz", "created by Leo Marsh": not "published by Hana Books".
_AUTHOR = re.compile(r"(?:manga|manhwa|webtoon|novel|book|comic|series|film|play|created|written|drawn)\s+by\s+"
                     r"((?:[A-ZÀ-Þ](?:[\w'’-]+|\.)\s?){1,4})")  # a middle initial inside: "Dana P. Orr"


@dataclass(frozen=True)
class Who:
    """A person of the story: a character (canonical name), or a character's relative ("parent"
    of Leo Marsh: his father, who is no character of the reference)."""

    name: str
    relation: str | None = None
    sex: str | None = None  # of the relative, when the words say it: a father is not a mother

    def __str__(self) -> str:
        if self.relation is None:
            return self.name
        return f"{self.name}'s {_RELATIVE_WORDS.get((self.relation, self.sex), self.relation)}"


_RELATIVE_WORDS = {("parent", "m"): "father", ("parent", "f"): "mother", ("child", "m"): "son",
                   ("child", "f"): "daughter", ("sibling", "m"): "brother", ("sibling", "f"): "sister",
                   ("spouse", "m"): "husband", ("spouse", "f"): "wife"}


@dataclass(frozen=True)
class Known:
    """One story fact of the reference, with where it is written."""

    kind: str  # occupation, relation, fate
    who: Who
    value: str  # lexicon term: occupation term, relation name, fate status
    other: Who | None  # relation: whose relation it is; fate: the killer, or the one married
    season: int | None
    ending: bool
    loc: tuple  # path in the reference: ("characters", 3, "description")
    text: str  # the sentence it was read from, for messages
    word: str = ""  # the word as written ("mother"), which may tell a relation's sex

    @property
    def sex(self) -> str | None:
        kind = story_lexicon().relation(self.word) if self.kind == "relation" and self.word else None
        return kind.sex if kind is not None else None


@dataclass(frozen=True)
class Source:
    """What the show is based on: ``original`` True (nothing), False (a work) or None (unknown)."""

    original: bool | None
    media: frozenset[str] = frozenset()  # lexicon terms
    authors: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    text: str = ""


@dataclass
class ShowStory:
    facts: list[Known] = field(default_factory=list)
    source: Source = field(default_factory=lambda: Source(None))

    def occupations(self, name: str) -> list[Known]:
        return [f for f in self.facts if f.kind == "occupation" and f.who == Who(name)]

    def relations(self, bearer: Who, anchor: Who) -> list[Known]:
        """What ``bearer`` is to ``anchor`` ("wife"), read in either direction."""
        return [f for f in self._relations_both_ways if f.who == bearer and f.other == anchor]

    def relatives(self, anchor: Who, relation: str) -> list[Known]:
        """Everyone who is ``anchor``'s ``relation``, read in either direction."""
        return [f for f in self._relations_both_ways if f.other == anchor and f.value == relation]

    @cached_property
    def _relations_both_ways(self) -> list[Known]:
        """Every relation fact, and its inverse ("A is B's father": "B is A's child"); an inverse
        keeps no word, since "son" says nothing of the father's sex."""
        lexicon = story_lexicon()
        out = []
        for fact in self.facts:
            if fact.kind == "relation" and fact.other is not None:
                out.append(fact)
                out.append(Known(fact.kind, fact.other, lexicon.inverse(fact.value), fact.who, fact.season,
                                 fact.ending, fact.loc, fact.text))
        return out

    def fates(self, who: Who) -> list[Known]:
        return [f for f in self.facts if f.kind == "fate" and f.who == who]

    def killers(self, victim: Who) -> list[Known]:
        return [f for f in self.fates(victim) if f.value == "dead" and f.other is not None]


def read_show_story(reference: Reference, resolver: NameResolver, parse: Parse,
                    lexicon: StoryLexicon | None = None) -> ShowStory:
    """Every story fact of ``reference``: its texts read with ``parse``, then its structured fields."""
    lexicon = lexicon or story_lexicon()
    texts = _texts(reference)
    docs = parse([t.sentence for t in texts]) if texts else []
    story = ShowStory()
    resolve = _Resolver(resolver)
    written: dict[tuple, list[Known]] = {}
    for text, doc in zip(texts, docs):
        for claim in read_story(doc, 0, lexicon):
            for fact in _facts(claim, text, resolve):
                written.setdefault((fact.kind, fact.who), []).append(fact)
    structured = _structured(reference, lexicon)
    overridden = {(f.kind, f.who) for f in structured if f.kind in ("occupation", "fate")}
    story.facts = [f for key, facts in written.items() if key not in overridden for f in facts] + structured
    story.source = _source(reference, [(t, d) for t, d in zip(texts, docs) if t.loc == ("based_on",)], lexicon)
    return story


@dataclass(frozen=True)
class _Text:
    sentence: str
    loc: tuple
    subject: str | None  # the character a description is about
    antecedents: tuple[str, ...]  # names a pronoun may stand for, most likely first
    season: int | None = None
    ending: bool = False


def _texts(reference: Reference) -> list[_Text]:
    out: list[_Text] = []
    names = frozenset(w.casefold() for c in reference.characters for n in (c.name, *c.aliases) for w in n.split())
    for i, character in enumerate(reference.show.characters):
        if character.description:
            out += _description(character, i, names)
    for i, season in enumerate(reference.show.seasons):
        for key, text in (("synopsis", season.synopsis), ("ending", season.ending)):
            for sentence in _sentences(text or ""):
                out.append(_Text(sentence, ("seasons", i, key), None, tuple(_names(sentence)), season.number,
                                 key == "ending"))
    if isinstance(reference.show.based_on, str):
        out.append(_Text(f"{reference.title} is based on {reference.show.based_on.rstrip('.')}.", ("based_on",),
                         None, ()))
    return out


def _description(character: Character, index: int, names: frozenset[str]) -> list[_Text]:
    """"Leo's best friend, a bartender; dies in season 1." as sentences about the character."""
    out = []
    seen: list[str] = []
    for part in (p.strip().rstrip(".") for p in character.description.split(";")):
        if not part:
            continue
        sentence = _as_sentence(character.name, part, names)
        antecedents = (character.name, *reversed(seen))
        out.append(_Text(sentence, ("characters", index, "description"), character.name, antecedents))
        seen += _names(part)
    return out


def _as_sentence(name: str, part: str, names: frozenset[str]) -> str:
    words = part.split()
    first = words[0]
    if first.casefold() in _SUBORDINATE or first.casefold() in _SUBJECT_PRONOUNS:
        return f"{first[:1].upper()}{part[1:]}."  # "she works for X": a sentence already
    verb = words[1] if first.endswith("ly") and len(words) > 1 else first
    if verb[:1].islower() and verb.endswith("s") and verb not in _NOT_VERBS:
        return f"{name} {part}."  # "dies in season 1", "accidentally kills Tomas"
    if first[:1].isupper() and first.casefold() not in names and "'" not in first and "’" not in first and (
            len(words) == 1 or words[1][:1].islower()):
        part = first[:1].lower() + part[1:]  # "Police sergeant in ...": a common noun, not a name
    return f"{name} is {part}."


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.;])\s+", text)
    return [p.rstrip(";").strip() + ("" if p.rstrip(";").strip().endswith(".") else ".") for p in parts if p.strip()]


def _name_chunks(text: str):
    return [c for c in (strip_function_words(c) for c in name_chunks(text)) if c]


def _names(text: str) -> list[str]:
    return [c.text for c in _name_chunks(text)]


class _Resolver:
    """Article and reference names to the reference's characters, pronouns through antecedents."""

    def __init__(self, resolver: NameResolver):
        self.resolver = resolver

    def name(self, text: str) -> str | None:
        found = self.resolver.resolve(text, {Kind.CHARACTER})
        if found is None and _AGE_BEFORE.match(text):  # "Thirty-year-old Mina Oh"
            found = self.resolver.resolve(_AGE_BEFORE.sub("", text), {Kind.CHARACTER})
        return found.entity.name if found is not None else None

    def who(self, party: Party | None, text: "_Text", exclude: Who | None = None) -> Who | None:
        if party is None:
            return None
        if party.pronoun:
            before = [c.text for c in reversed(_name_chunks(text.sentence)) if c.end <= party.start]
            candidates = [*text.antecedents[:1], *before, *text.antecedents[1:]]
            names = [n for n in (self.name(a) for a in candidates) if n is not None]
            names = [n for n in names if exclude is None or Who(n) != exclude]
            if not names:
                return None
            return Who(names[0], party.relation, party.sex if party.relation else None)
        name = self.name(party.text)
        return Who(name, party.relation, party.sex if party.relation else None) if name is not None else None


def _facts(claim: StoryClaim, text: _Text, resolve: _Resolver) -> list[Known]:
    if claim.kind not in ("occupation", "relation", "fate"):
        return []
    if claim.kind == "fate" and claim.other is not None and claim.subject.pronoun and not claim.other.pronoun:
        # "X kills him": the victim is not the killer; "his father": the relative of anyone
        # ("she marries him" in a description: "she" is the character, "him" someone else)
        other = resolve.who(claim.other, text)
        who = resolve.who(claim.subject, text, exclude=other if claim.subject.relation is None else None)
    else:
        who = resolve.who(claim.subject, text)
        other = resolve.who(claim.other, text, exclude=who) if claim.other is not None else None
    if who is None or (claim.kind == "relation" and (other is None or other == who)):
        return []
    if claim.kind == "fate" and _uncertain(claim.sentence, claim.word):
        return []
    season = claim.season if claim.season is not None else text.season
    fact = Known(claim.kind, who, claim.value, other, season, claim.ending or text.ending, text.loc, text.sentence,
                 claim.word)
    if claim.kind == "relation" and claim.value in ("killer", "victim"):
        killer, victim = (who, other) if claim.value == "killer" else (other, who)
        return [fact, Known("fate", victim, "dead", killer, season, fact.ending, text.loc, text.sentence)]
    return [fact]


def _uncertain(sentence: str, word: str) -> bool:
    """"presumed dead", "apparently dies": the text does not say it happened."""
    before = sentence.casefold().split(word.casefold())[0].split()[-3:]
    return any(w.strip(",") in story_lexicon().uncertain_fate for w in before)


def _structured(reference: Reference, lexicon: StoryLexicon) -> list[Known]:
    out: list[Known] = []
    for i, character in enumerate(reference.show.characters):
        me = Who(character.name)
        for term in character.occupation:
            out.append(Known("occupation", me, term.casefold(), None, None, False, ("characters", i, "occupation"), term))
        if character.title:
            out.append(Known("occupation", me, character.title.casefold(), None, None, False,
                             ("characters", i, "title"), character.title))
        for j, relation in enumerate(character.relations):
            kind = lexicon.relation(relation.type)
            seasons = relation.seasons or [None]
            for season in seasons:
                out.append(Known("relation", me, kind.name, Who(_canonical(reference, relation.to)), season, False,
                                 ("characters", i, "relations", j), f"{relation.type} of {relation.to}", relation.type))
        for j, fate in enumerate(character.fate):
            status = {"dies": "dead"}.get(fate.status.value, fate.status.value)
            partner = fate.by or fate.with_
            out.append(Known("fate", me, status, Who(_canonical(reference, partner)) if partner else None,
                             fate.season, False, ("characters", i, "fate", j), f"{fate.status.value}"
                             + (f" in season {fate.season}" if fate.season is not None else "")))
    return out


def _canonical(reference: Reference, name: str) -> str:
    for character in reference.characters:
        if name.casefold() in {n.casefold() for n in (character.name, *character.aliases)}:
            return character.name
    return name


def _source(reference: Reference, read: list[tuple[_Text, Doc]], lexicon: StoryLexicon) -> Source:
    based_on = reference.show.based_on
    original = reference.show.original
    if isinstance(based_on, BasedOn):
        if based_on.original:
            return Source(True, text="an original work")
        media = frozenset({based_on.medium.casefold()}) if based_on.medium else frozenset()
        return Source(False, media, tuple(based_on.author), (based_on.title,) if based_on.title else (),
                      _describe(based_on))
    if not isinstance(based_on, str):
        return Source(original, text="an original work" if original else "")
    media: set[str] = set()
    authors: list[str] = []
    for _, doc in read:
        for claim in read_story(doc, 0, lexicon):
            if claim.kind == "source":
                if claim.value:
                    media.add(claim.value)
                if claim.other is not None:
                    authors.append(claim.other.text)
    if not media:  # the parse found no medium: any medium term of the text
        media = set(lexicon.media_in(based_on))
    authors += re.findall(_AUTHOR, based_on)
    title = re.split(r"\s*[(,;]", based_on, maxsplit=1)[0].strip()
    return Source(False, frozenset(media), tuple(dict.fromkeys(a.strip() for a in authors)), (title,), based_on)


def _describe(based_on: BasedOn) -> str:
    parts = [based_on.title or "", based_on.medium or ""]
    if based_on.author:
        parts.append("by " + " and ".join(based_on.author))
    if based_on.year:
        parts.append(f"({based_on.year})")
    return " ".join(p for p in parts if p)
