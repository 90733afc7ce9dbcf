"""Name normalisation and fuzzy resolution of article names to reference people and characters.

A name in an article may differ from the reference's spelling in harmless ways (case, hyphens,
spacing, Western vs Korean name order, a romanisation variant such as Jung/Jeong) or be a
misspelling. :class:`NameResolver` classes each mention as

* ``EXACT``   — the reference spelling, a listed alias or a short form ("Jung-woo"), up to case,
  hyphens and spacing;
* ``VARIANT`` — an accepted variant: other name order, or romanisation variants;
* ``MISSPELLED`` — close to exactly one reference name, but not an accepted form;
* or resolves to no one.

Fuzzy scores use ``fuzz.ratio`` on whole squashed keys, never token-set scorers, which score 100
when one name's words are a subset of another's ("Kim" vs "Kim Min-seok").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# Spellings of one Korean syllable (or a common surname) that are the same name in different
# romanisation systems or habits. Keys and values are lower-case; each maps to one class.
_VARIANT_GROUPS = [
    ("jung", "jeong", "joong", "chung", "cheong"),
    ("jo", "cho"),
    ("um", "uhm", "eom", "eum"),
    ("sung", "seong", "song"),
    ("byung", "byeong", "byoung"),
    ("jun", "joon"),
    ("lee", "yi", "rhee", "ri", "i"),
    ("park", "pak", "bak", "pyo"),
    ("choi", "choe", "chwe"),
    ("kim", "gim"),
    ("shin", "sin"),
    ("yoon", "yun"),
    ("hyun", "hyeon", "hyoun"),
    ("kyung", "kyeong", "gyeong", "kyoung", "gyung"),
    ("young", "yeong", "yung"),
    ("suk", "seok", "sook", "suck"),
    ("soo", "su"),
    ("joo", "ju"),
    ("yoo", "yu", "you"),
    ("gyu", "kyu"),
    ("ki", "gi"),
    ("gwang", "kwang"),
    ("geum", "keum", "kum"),
    ("deok", "duk", "dok", "deuk"),
    ("woo", "wu"),
    ("hoon", "hun"),
    ("kang", "gang"),
    ("ko", "go"),
    ("kwon", "gwon"),
    ("jin", "jeen"),
    ("hee", "hui", "heui"),
    ("min", "meen"),
    ("oh", "o"),
    ("han", "hahn"),
    ("baek", "paik", "baik", "paek"),
    ("yeon", "yun", "yon"),
]
SYLLABLE_CLASS: dict[str, str] = {}
for group in _VARIANT_GROUPS:
    for spelling in group:
        SYLLABLE_CLASS.setdefault(spelling, group[0])

_APOSTROPHES = "'’‘`´"
_HYPHENS = "-‐‑‒–—"
_SPLIT = re.compile(r"[\s" + re.escape(_HYPHENS) + r"]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes, keep letters, digits, spaces and hyphens."""
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    no_marks = no_marks.translate({ord(ch): None for ch in _APOSTROPHES})
    cleaned = re.sub(r"[^\w\s" + re.escape(_HYPHENS) + r"#]", " ", no_marks.casefold())
    return re.sub(r"\s+", " ", cleaned).strip()


def syllables(text: str) -> list[str]:
    """``"Kim Min-Seok"`` -> ``["kim", "min", "seok"]``."""
    return [part for part in _SPLIT.split(fold(text)) if part]


def words(text: str) -> list[str]:
    """Space-separated words, hyphenated parts kept together: ``["kim", "min-seok"]``."""
    return fold(text).split()


def exact_key(text: str) -> str:
    """Case, hyphens and spacing do not matter: ``"Cheon Piljae" == "Cheon Pil-jae"``."""
    return "".join(syllables(text))


def variant_key(text: str) -> str:
    """Romanisation classes: ``"Seo Jung-Yeon"`` and ``"Seo Jeong-yeon"`` share a key."""
    return "".join(SYLLABLE_CLASS.get(s, s) for s in syllables(text))


def reordered(text: str) -> list[str]:
    """The same name in the other order: "Dae-hwan Oh" <-> "Oh Dae-hwan"."""
    parts = words(text)
    if len(parts) < 2 or len(parts) > 4:
        return []
    forms = {" ".join(parts[-1:] + parts[:-1]), " ".join(parts[1:] + parts[:1])}
    forms.discard(" ".join(parts))
    return sorted(forms)


class Match(str, Enum):
    EXACT = "exact"
    VARIANT = "variant"
    MISSPELLED = "misspelled"


class Kind(str, Enum):
    PERSON = "person"
    CHARACTER = "character"
    NOT_CAST = "not_cast"


@dataclass(frozen=True)
class Entity:
    """A name bearer in a reference: a cast member, a character, or a known wrongly-credited person."""

    kind: Kind
    name: str  # canonical spelling
    index: int  # position in the reference's list for its kind


@dataclass(frozen=True)
class Resolution:
    entity: Entity
    match: Match
    how: str  # "canonical", "alias", "short form", "name order", "romanisation", "misspelling"
    score: float  # 0..100
    form: str  # the reference spelling that was matched


@dataclass
class _Key:
    entity: Entity
    form: str
    how: str


@dataclass
class NameIndex:
    """Every spelling of every name in one reference, indexed once.

    ``exact`` and ``variant`` map keys to entries; ``fuzzy_choices`` is the deduplicated list of
    variant keys given to rapidfuzz, with the entries each stands for.
    """

    exact: dict[str, list[_Key]] = field(default_factory=dict)
    variant: dict[str, list[_Key]] = field(default_factory=dict)
    fuzzy_choices: list[str] = field(default_factory=list)
    fuzzy_entries: list[list[_Key]] = field(default_factory=list)

    def add(self, entity: Entity, form: str, how: str) -> None:
        key = _Key(entity, form, how)
        ek, vk = exact_key(form), variant_key(form)
        if not ek:
            return
        self.exact.setdefault(ek, []).append(key)
        self.variant.setdefault(vk, []).append(key)

    def freeze(self) -> "NameIndex":
        by_key: dict[str, list[_Key]] = {}
        for vk, keys in self.variant.items():
            by_key.setdefault(vk, []).extend(keys)
        self.fuzzy_choices = list(by_key)
        self.fuzzy_entries = [by_key[k] for k in self.fuzzy_choices]
        return self


def short_forms(name: str) -> list[str]:
    """Forms a name is often shortened to in prose.

    Korean-style names ("Park Jung-woo") are shortened to the hyphenated given name ("Jung-woo");
    Western-style names ("Katherine Kelly") to the surname ("Kelly") and the first name.
    Single-word names have no short form.
    """
    parts = name.split()
    if len(parts) < 2 or any(ch.isdigit() or ch in "'’#" for ch in name):
        return []
    if any(p.casefold() in ROLE_NOUNS for p in parts):
        return []
    if len(parts) == 2 and "-" in parts[1]:
        return [parts[1]]
    if len(parts) in (2, 3) and all(p[:1].isupper() for p in parts):
        return [parts[-1], parts[0]]
    return []


# Role nouns: a character called "Prison Security Chief" or "News Anchor" is a description, not a
# personal name, and gets no short forms ("Prison", "Anchor" are not names).
ROLE_NOUNS = frozenset("""
    aunt uncle mother father sister brother son daughter wife husband grandmother grandfather
    chief priest secretary anchor security prison prisoner guard general deputy executive news
    prosecutor detective inspector officer doctor nurse judge lawyer president king queen prince
    princess captain boss teacher student reporter friend manager director assistant driver
    young older younger old man woman boy girl the of
""".split())


class NameResolver:
    """Resolves article names to one reference's people and characters."""

    FUZZY_MIN_LENGTH = 6  # squashed characters; shorter names are too easy to confuse
    AMBIGUITY_MARGIN = 3.0

    def __init__(self, people: Iterable[tuple[str, list[str]]], characters: Iterable[tuple[str, list[str]]],
                 not_cast: Iterable[tuple[str, list[str]]] = ()):
        self.index = NameIndex()
        for kind, records in ((Kind.PERSON, people), (Kind.CHARACTER, characters), (Kind.NOT_CAST, not_cast)):
            for i, (name, aliases) in enumerate(records):
                entity = Entity(kind, name, i)
                self.index.add(entity, name, "canonical")
                for alias in aliases:
                    self.index.add(entity, alias, "alias")
        self._add_unique_short_forms(people, characters)
        self.index.freeze()
        # Batches of articles about one show name the same people again and again.
        self._resolve_memo = lru_cache(maxsize=1 << 13)(self._resolve)

    @classmethod
    def for_reference(cls, reference) -> "NameResolver":
        show = reference.show
        return cls(
            [(m.name, list(m.aliases)) for m in show.cast],
            [(c.name, list(c.aliases)) for c in reference.characters],
            [(n.name, list(n.aliases)) for n in show.not_in_cast],
        )

    def _add_unique_short_forms(self, people, characters) -> None:
        owners: dict[str, set[Entity]] = {}
        forms: dict[str, str] = {}
        for kind, records in ((Kind.PERSON, people), (Kind.CHARACTER, characters)):
            for i, (name, aliases) in enumerate(records):
                for form in short_forms(name):
                    key = exact_key(form)
                    if len(key) < 3:
                        continue
                    owners.setdefault(key, set()).add(Entity(kind, name, i))
                    forms[key] = form
        for key, entities in owners.items():
            if len(entities) == 1 and key not in self.index.exact:
                self.index.add(next(iter(entities)), forms[key], "short form")

    def resolve(self, text: str, kinds: set[Kind] | None = None) -> Resolution | None:
        """The one reference name ``text`` stands for, or None (unknown or ambiguous)."""
        return self._resolve_memo(text, frozenset(kinds) if kinds else None)

    def _resolve(self, text: str, kinds: frozenset[Kind] | None) -> Resolution | None:
        return self._lookup(text, kinds) or self._fuzzy(text, kinds)

    def _lookup(self, text: str, kinds: set[Kind] | None) -> Resolution | None:
        attempts = [(text, self.index.exact, exact_key, Match.EXACT, None)]
        attempts += [(form, self.index.exact, exact_key, Match.VARIANT, "name order") for form in reordered(text)]
        attempts += [(text, self.index.variant, variant_key, Match.VARIANT, "romanisation")]
        attempts += [(form, self.index.variant, variant_key, Match.VARIANT, "name order and romanisation")
                     for form in reordered(text)]
        for form, table, keyfn, match, how in attempts:
            entries = _of_kinds(table.get(keyfn(form), []), kinds)
            entity = _single_entity(entries)
            if entity is not None:
                entry = next(e for e in entries if e.entity == entity)
                return Resolution(entity, match, how or entry.how, 100.0, entry.form)
        return None

    def _fuzzy(self, text: str, kinds: set[Kind] | None) -> Resolution | None:
        best: tuple[float, _Key] | None = None
        runner_up = 0.0
        for form in [text, *reordered(text)]:
            query = variant_key(form)
            if len(query) < self.FUZZY_MIN_LENGTH:
                continue
            cutoff = 85.0 if len(query) >= 8 else 90.0
            for choice, score, idx in process.extract(query, self.index.fuzzy_choices, scorer=fuzz.ratio,
                                                      limit=5, score_cutoff=cutoff - self.AMBIGUITY_MARGIN):
                # A misspelling changes a letter or two, and the length by one at most.
                if Levenshtein.distance(query, choice) > 2 or abs(len(query) - len(choice)) > 1:
                    continue
                for entry in _of_kinds(self.index.fuzzy_entries[idx], kinds):
                    if best is None or score > best[0]:
                        if best is not None and best[1].entity != entry.entity:
                            runner_up = max(runner_up, best[0])
                        best = (score, entry)
                    elif entry.entity != best[1].entity:
                        runner_up = max(runner_up, score)
        if best is None:
            return None
        score, entry = best
        cutoff = 85.0 if len(variant_key(text)) >= 8 else 90.0
        if score < cutoff or score - runner_up < self.AMBIGUITY_MARGIN:
            return None
        return Resolution(entry.entity, Match.MISSPELLED, "misspelling", score, entry.form)


def _of_kinds(entries: list[_Key], kinds: set[Kind] | None) -> list[_Key]:
    return entries if kinds is None else [e for e in entries if e.entity.kind in kinds]


def _single_entity(entries: list[_Key]) -> Entity | None:
    entities = {e.entity for e in entries}
    return next(iter(entities)) if len(entities) == 1 else None
