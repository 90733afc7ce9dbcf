"""The story lexicon (``data/story.yaml``): occupations, ranks, relations, fates, media, genres.

Loaded once. It answers two kinds of question: what concept a word or phrase names ("DA" ->
prosecutor; "dad" -> parent), and whether two concepts agree (one covers the other) or
contradict. Nothing here knows about any show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Tree:
    """Concepts with broader parents; terms name one or several concepts."""

    parents: dict[str, str | None]
    terms: dict[str, frozenset[str]]

    @classmethod
    def read(cls, section: dict) -> "Tree":
        parents: dict[str, str | None] = {}
        terms: dict[str, set[str]] = {}
        for concept, entry in section.items():
            parents[concept] = entry.get("parent")
            for term in entry.get("terms", []):  # a concept's own name ("film", "law") is no term
                terms.setdefault(term.casefold(), set()).add(concept)
        for concept, parent in parents.items():
            if parent is not None and parent not in parents:
                raise ValueError(f"story lexicon: {concept!r} has unknown parent {parent!r}")
        return cls(parents, {t: frozenset(c) for t, c in terms.items()})

    def ancestors(self, concept: str) -> list[str]:
        """The concept and every broader one, nearest first."""
        out = []
        while concept is not None and concept not in out:
            out.append(concept)
            concept = self.parents.get(concept)
        return out

    def covers(self, a: str, b: str) -> bool:
        """The two concepts agree: the same, or one is broader than the other."""
        return a in self.ancestors(b) or b in self.ancestors(a)

    def agree(self, said: frozenset[str], known: frozenset[str]) -> bool:
        """Any reading of the claim agrees with any known concept."""
        return any(self.covers(a, b) for a in said for b in known)

    def most_specific(self, concepts: frozenset[str]) -> frozenset[str]:
        """Drop concepts that are broader than another one of the set."""
        return frozenset(c for c in concepts
                         if not any(c != o and c in self.ancestors(o) for o in concepts))


@dataclass(frozen=True)
class RelationKind:
    name: str
    family: str  # kin, romance, social, death: relations of different families do not exclude each other
    inverse: str
    sex: str | None = None  # "m" or "f" for parents ("father", "mother"), else None
    general: str | None = None  # the plain relation a step-, half- or adoptive one is a kind of


@dataclass(frozen=True)
class Match:
    """A lexicon term found at words [first, last] of a phrase."""

    first: int
    last: int
    term: str


# Words that may open a title's run without being part of it: "This 2006 Book ...".
_TITLE_LEAD = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
_FEMALE = {"mother", "mum", "mom", "stepmother", "step-mother", "stepmom", "stepmum", "adoptive mother", "adopted mother",
           "biological mother", "birth mother", "half-sister", "half sister", "stepsister", "step-sister",
           "adoptive daughter", "adopted daughter", "step-daughter", "mama", "mommy", "mummy", "wife", "widow",
           "daughter", "stepdaughter", "sister", "grandmother", "grandma", "aunt", "niece", "girlfriend", "fiancée",
           "fiancee", "bride-to-be", "wife-to-be", "ex-wife"}
_MALE = {"father", "dad", "stepfather", "step-father", "stepdad", "adoptive father", "adopted father",
         "biological father", "birth father", "half-brother", "half brother", "stepbrother", "step-brother",
         "adoptive son", "adopted son", "step-son", "papa", "daddy", "husband", "widower", "son", "stepson",
         "brother", "grandfather", "grandpa", "uncle", "nephew", "boyfriend", "fiancé", "husband-to-be", "ex-husband"}


class StoryLexicon:
    def __init__(self, data: dict):
        self.occupations = Tree.read(data["occupations"])
        self.media = Tree.read(data["media"])
        self.media_collections = frozenset(data["media_collections"])
        # a medium word however it is written: "webtoon", "Web-toon", "web toon"; "web-novel"
        self._media_squashed = {_squash(t): c for t, c in self.media.terms.items()}
        self.relations: dict[str, RelationKind] = {}
        self.relation_terms: dict[str, str] = {}
        for name, entry in data["relations"].items():
            self.relations[name] = RelationKind(name, entry["family"], entry.get("inverse", name),
                                                general=entry.get("general"))
            for term in entry["terms"]:
                self.relation_terms[term.casefold()] = name
        self.functional = frozenset(data["functional"])
        self.fate_verbs: dict[str, str] = {}
        self.fate_words: dict[str, str] = {}
        for status, entry in data["fates"].items():
            for verb in entry["verbs"]:
                self.fate_verbs[verb] = status
            for word in entry["words"]:
                self.fate_words[word] = status
        self.killing_verbs = frozenset(data["killing_verbs"])
        self.killing_nouns = frozenset(data["killing_nouns"])
        self.killing_doers = frozenset(data["killing_doers"])
        self.uncertain_fate = frozenset(data["uncertain_fate"])
        self.genres: dict[str, frozenset[str]] = {g.casefold(): frozenset(f) for g, f in data["genres"].items()}
        self.open_genre_families = frozenset(data["open_genre_families"])
        self.abbreviations: dict[str, str] = {k.casefold(): v for k, v in data["abbreviations"].items()}

    # -- words to concepts ------------------------------------------------------------------------
    def occupation(self, phrase: str) -> frozenset[str]:
        phrase = phrase.casefold()
        return self.occupations.terms.get(self.abbreviations.get(phrase, phrase), frozenset())

    def medium(self, phrase: str) -> frozenset[str]:
        phrase = phrase.casefold()
        return self.media.terms.get(phrase) or self._media_squashed.get(_squash(phrase), frozenset())

    def relation(self, phrase: str) -> RelationKind | None:
        """The relation a word names, with the sex it implies ("mother": parent, f)."""
        term = phrase.casefold()
        name = self.relation_terms.get(term)
        if name is None:
            return None
        kind = self.relations[name]
        sex = "f" if term in _FEMALE else "m" if term in _MALE else None
        return RelationKind(kind.name, kind.family, kind.inverse, sex, kind.general)

    def inverse(self, relation: str) -> str:
        return self.relations[relation].inverse

    def kinds_agree(self, said: str, known: str) -> bool:
        """One relation, or the plain relation and one of its kinds ("sibling" and
        "half-sibling"); two kinds of one relation ("step-sibling", "half-sibling") do not."""
        return said == known or self.relations[said].general == known or self.relations[known].general == said

    def genre(self, phrase: str) -> frozenset[str]:
        return self.genres.get(phrase.casefold(), frozenset())

    def longest(self, words: list[str], vocabulary, end: int) -> Match | None:
        """The longest term of ``vocabulary`` made of ``words[i..end]`` for some i (a head noun and
        the modifiers before it: "police sergeant", then "sergeant")."""
        for first in range(max(0, end - 4), end + 1):
            phrase = " ".join(words[first:end + 1]).casefold()
            if phrase in vocabulary:
                return Match(first, end, phrase)
        return None

    def medium_at(self, words: list[str], end: int) -> Match | None:
        """The medium a noun phrase ending at ``words[end]`` names: the match covering the most
        words wins, and a collection word after a medium term keeps that term's medium ("comic
        book series" is comic books, not a "book series"; "webcomic series" a webcomic)."""
        whole = self.longest(words, self.media.terms, end)
        if end > 0 and words[end].casefold() in self.media_collections:
            inner = self.longest(words, self.media.terms, end - 1)
            if inner is not None and (whole is None or inner.first < whole.first):
                return Match(inner.first, end, inner.term)
        return whole

    def media_in(self, text: str) -> list[str]:
        """The media terms of a free text, read right to left so that each noun phrase gives its
        longest medium ("the comic book series": comic book)."""
        words = re.findall(r"[\w-]+", text.casefold())
        found: list[str] = []
        end = len(words) - 1
        while end >= 0:
            match = self.medium_at(words, end)
            if match is None:
                end -= 1
                continue
            found.insert(0, match.term)
            end = match.first - 1
        return list(dict.fromkeys(found))

    def leading_medium(self, words: list[str]) -> Match | None:
        """The longest medium term that opens ``words`` after any determiner or year ("Book" of
        "This 2006 Book Night Tides"), when a capitalised word follows it: the title."""
        first = 0
        while first < len(words) - 1 and (words[first].casefold() in _TITLE_LEAD or words[first].isdigit()):
            first += 1
        for last in range(min(len(words), first + 4) - 1, first - 1, -1):
            phrase = " ".join(words[first:last + 1]).casefold()
            if self.medium(phrase) and last + 1 < len(words) and words[last + 1][:1].isupper():
                return Match(first, last, phrase)
        return None

    # -- agreement ----------------------------------------------------------------------------------
    def genres_clash(self, said: str, known: list[str]) -> bool | None:
        """True when the claimed genre shares no family with the show's genres; None when either
        side names only open families (a "drama"), so nothing can be settled."""
        said_families = self.genre(said) - self.open_genre_families
        known_families = frozenset().union(*(self.genre(g) or self._genre_words(g) for g in known)) if known else frozenset()
        known_families -= self.open_genre_families
        if not said_families or not known_families:
            return None
        return not (said_families & known_families)

    def _genre_words(self, genre: str) -> frozenset[str]:
        """Families of a genre the lexicon does not list whole ("Japanese horror"): its known words."""
        words = re.findall(r"[\w-]+", genre.casefold())
        out: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                out |= self.genre(" ".join(words[i:j]))
        return frozenset(out)

    # -- sentence selection -------------------------------------------------------------------------
    # Occupations of the people who make shows: in articles they describe the cast and crew, so
    # they do not make a sentence worth parsing on their own.
    INDUSTRY = frozenset({"performer", "film", "writer", "media"})
    # Verbs that say nothing alone: "make it out alive" is cued by "alive", not by "make".
    LIGHT_VERBS = frozenset({"be", "make", "come", "go", "get", "stay", "remain", "become", "escape", "tie", "pass", "shoot",
                             "leave", "run", "flee", "skip"})
    CHECKED_FATES = frozenset({"dead", "alive", "married", "engaged", "arrested", "leaves"})
    PARTICLES = frozenset({"it", "out", "on", "to", "the", "up", "away", "himself", "herself"})

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of every term, idiom and cue the reader looks for (hyphenated parts too):
        a token that is none of them starts no claim, and the reader skips it."""
        phrases = [*self.occupations.terms, *self.abbreviations, *self.relation_terms, *self.media.terms,
                   *self.genres, *self.fate_verbs, *self.fate_words, *self.killing_verbs, *self.killing_nouns,
                   *self.uncertain_fate]
        words = {w for p in phrases for w in re.split(r"[\s-]+", p.casefold()) if w}
        words |= {w + suffix for w in set(words) for suffix in ("s", "es", "ed", "d", "ing")}
        return frozenset(words | {"base", "based", "adapt", "adapted", "adaptation", "remake", "alive", "dead",
                                  "marry", "married", "wedding", "engagement", "marriage", "death", "murder",
                                  "die", "died", "dies", "survive", "survived", "killed", "same"})

    @cached_property
    def person_cue(self) -> frozenset[str]:
        """Words that can start a claim about a character: a relation, a fate, an occupation
        outside the screen industry (the last word of a term, lower case, simple inflections)."""
        # friends, colleagues and rivals never contradict anything: they cue no parse
        terms: set[str] = {t for t, r in self.relation_terms.items() if self.relations[r].family != "social"}
        for term, concepts in self.occupations.terms.items():
            if not concepts & self.INDUSTRY:
                terms.add(term)
        checked = [p for p, status in [*self.fate_verbs.items(), *self.fate_words.items()] if status in self.CHECKED_FATES]
        for phrase in [*checked, *self.killing_verbs, *self.killing_nouns]:
            parts = [w for w in phrase.split() if w not in self.LIGHT_VERBS | self.PARTICLES] or phrase.split()[-1:]
            terms.add(max(reversed(parts), key=len))  # "make it out alive": "alive"
        # a phrase is cued by its last word when that word is a term itself ("police officer":
        # "officer"); else by the whole phrase's first word ("head of english": "head" is no cue)
        words = {t if " " not in t else t.split()[-1] for t in terms if " " not in t or t.split()[-1] in terms}
        return frozenset(words | {w + suffix for w in words for suffix in ("s", "es", "ed", "d", "ing")}
                         | {w[:-1] + "ies" for w in words if w.endswith("y")})

    @cached_property
    def show_cue(self) -> re.Pattern:
        """A genre in a claim's shape ("this sitcom", "a horror series", "is a thriller"), or a
        source cue ("based on", "adapted from", "a remake of", "of the same name")."""
        genres = "|".join(re.escape(g) for g in sorted(self.genres, key=len, reverse=True))
        return re.compile(
            rf"\b(?:this|that)\s+(?:[\w-]+\s+)?(?:{genres})\b|\b(?:{genres})\s+(?:series|drama|show|programme|anime|serial)\b"
            rf"|\b(?:is|was)\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:{genres})\b"
            r"|\bbased\s+on\b|\badapt(?:ed|ation)\b|\bremake\s+of\b|\bof\s+the\s+same\s+name\b", re.IGNORECASE)


def _words_pattern(words: set[str]) -> re.Pattern:
    stems = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in stems) + r")(?:s|es|ed|d|ing|ied|ies)?(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def story_lexicon() -> StoryLexicon:
    text = resources.files("rumorcheck").joinpath("data/story.yaml").read_text("utf-8")
    return StoryLexicon(yaml.safe_load(text))


def _squash(term: str) -> str:
    """A term without its hyphens and spaces: "web-toon", "web toon" and "webtoon" are one word."""
    return re.sub(r"[\s‐-]+", "", term)
