"""Resolving an article's names to one reference's people, characters and crew.

:class:`NameResolver` classes each name as

* ``EXACT``   — the reference spelling, a listed alias, a short form ("Jung-woo") or a shortened
  name ("Alex Pruitt" for Alexander Pruitt, see :mod:`.shortened`), up to case,
  hyphens and spacing, as long as the syllables stay the same;
* ``VARIANT`` — an accepted variant: accents left off, the other name order, or another
  romanisation system's spelling (see :mod:`.keys`);
* ``MISSPELLED`` — decided on evidence (:func:`misspelling`) to be one reference name written wrong;
* or no one.

A title, rank or age word in front ("Sgt Tom Hale", "Adult Mina Roth", "Sergeant Major
Yeom") is set aside and kept in :attr:`Resolution.descriptor`. Every spelling is keyed once; fuzzy
candidates come from one ``process.extract`` over the deduplicated folded spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..descriptors import generation, generation_words, is_descriptor, split_descriptor
from . import korean
from .keys import (exact_key, first_letter_heard, folded_key, german_key, indic_probes, korean_boundary_conflict,
                   korean_coda_slip, other_name, reordered, same_korean, syllables, variant_keys, words)
from .shortened import shortened_forms


class Match(str, Enum):
    EXACT = "exact"
    VARIANT = "variant"
    MISSPELLED = "misspelled"


class Kind(str, Enum):
    PERSON = "person"
    CHARACTER = "character"
    NOT_CAST = "not_cast"
    CREW = "crew"  # creators, writers and directors


@dataclass(frozen=True)
class Entity:
    """A name bearer in a reference: a cast member, a character, a crew member, or a known
    wrongly-credited person."""

    kind: Kind
    name: str  # canonical spelling
    index: int  # position in the reference's list for its kind (crew: see ``crew_of``)


@dataclass(frozen=True)
class Resolution:
    entity: Entity
    match: Match
    how: str  # "canonical", "alias", "short form", "name order", "romanisation", "accents", "misspelling"...
    score: float  # 0..100
    form: str  # the reference spelling that was matched
    descriptor: str | None = None  # "Sgt", "Home Secretary", "Adult": written before the name

    @property
    def one_word(self) -> bool:
        """Matched on one written word (a given name or a short form): weaker evidence."""
        return self.how.endswith("(one word)")


@dataclass
class _Key:
    entity: Entity
    form: str
    how: str


def crew_of(reference) -> list[tuple[str, str, int]]:
    """The show's creators, writers and directors once each: (name, field, position in field)."""
    seen: dict[str, tuple[str, str, int]] = {}
    show = reference.show
    for field_name in ("creators", "writers", "directors"):
        for i, name in enumerate(getattr(show, field_name)):
            seen.setdefault(name.casefold(), (name, field_name, i))
    return list(seen.values())


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


def family_name(name: str) -> str | None:
    """The family name of a two- or three-word personal name: first in Korean order ("Yeom Gi-tae"),
    last otherwise ("Tom Hale")."""
    parts = name.split()
    if len(parts) < 2 or any(p.casefold() in ROLE_NOUNS for p in parts):
        return None
    if len(parts) == 2 and "-" in parts[1] and korean.is_syllable(parts[0].casefold()):
        return parts[0]
    return parts[-1]


# Role nouns: a character called "Prison Security Chief" or "News Anchor" is a description, not a
# personal name, and gets no short forms ("Prison", "Anchor" are not names).
ROLE_NOUNS = frozenset("""
    aunt uncle mother father sister brother son daughter wife husband grandmother grandfather
    chief priest secretary anchor security prison prisoner guard general deputy executive news
    prosecutor detective inspector officer doctor nurse judge lawyer president king queen prince
    princess captain boss teacher student reporter friend manager director assistant driver
    young older younger old man woman boy girl the of
""".split())


@dataclass
class NameIndex:
    """Every spelling of every name in one reference, keyed once."""

    exact: dict[str, list[_Key]] = field(default_factory=dict)
    folded: dict[str, list[_Key]] = field(default_factory=dict)
    variant: dict[str, list[_Key]] = field(default_factory=dict)
    families: dict[str, list[_Key]] = field(default_factory=dict)
    # one-word forms of people and characters (given names, family names, one-word names), each
    # with every bearer: a misspelt word is judged against these (see NameResolver.resolve_word)
    one_word: dict[str, list[_Key]] = field(default_factory=dict)
    fuzzy_choices: list[str] = field(default_factory=list)
    fuzzy_entries: list[list[_Key]] = field(default_factory=list)
    one_word_choices: list[str] = field(default_factory=list)

    def add(self, entity: Entity, form: str, how: str) -> None:
        key = _Key(entity, form, how)
        if not exact_key(form):
            return
        self.exact.setdefault(exact_key(form), []).append(key)
        self.folded.setdefault(folded_key(form), []).append(key)
        for vk in variant_keys(form):
            self.variant.setdefault(vk, []).append(key)

    def freeze(self) -> "NameIndex":
        self.fuzzy_choices = list(self.folded)
        self.fuzzy_entries = [self.folded[k] for k in self.fuzzy_choices]
        self.one_word_choices = list(self.one_word)
        return self


class NameResolver:
    """Resolves article names to one reference's people, characters and crew."""

    AMBIGUITY_MARGIN = 3.0
    CANDIDATES = 8

    def __init__(self, people: Iterable[tuple[str, list[str]]], characters: Iterable[tuple[str, list[str]]],
                 not_cast: Iterable[tuple[str, list[str]]] = (), crew: Iterable[str] = ()):
        people, characters = list(people), list(characters)
        self.index = NameIndex()
        groups = ((Kind.PERSON, people), (Kind.CHARACTER, characters), (Kind.NOT_CAST, list(not_cast)),
                  (Kind.CREW, [(name, []) for name in crew]))
        for kind, records in groups:
            for i, (name, aliases) in enumerate(records):
                entity = Entity(kind, name, i)
                self.index.add(entity, name, "canonical")
                for alias in aliases:
                    self.index.add(entity, alias, "alias")
        self._add_unique(people, characters, short_forms, self.index.add, "short form")
        self._add_unique(people, [], shortened_forms, self.index.add, "shortened name")  # "Alex Pruitt"
        self._add_unique(people, characters, lambda n: [f] if (f := family_name(n)) else [],
                         lambda e, f, how: self.index.families.setdefault(folded_key(f), []).append(_Key(e, f, how)),
                         "family name")
        self._add_one_word_forms(people, characters)
        self.index.freeze()
        # Batches of articles about one show name the same people again and again.
        self._resolve_memo = lru_cache(maxsize=1 << 13)(self._resolve)
        self.resolve_word = lru_cache(maxsize=1 << 13)(self._resolve_word)

    @classmethod
    def for_reference(cls, reference) -> "NameResolver":
        show = reference.show
        return cls(
            [(m.name, list(m.aliases)) for m in show.cast],
            [(c.name, list(c.aliases)) for c in reference.characters],
            [(n.name, list(n.aliases)) for n in show.not_in_cast],
            [name for name, _, _ in crew_of(reference)],
        )

    def _add_unique(self, people, characters, forms_of, add, how: str) -> None:
        """Forms (short forms, family names) that stand for one person or character only."""
        owners: dict[str, set[Entity]] = {}
        forms: dict[str, str] = {}
        for kind, records in ((Kind.PERSON, people), (Kind.CHARACTER, characters)):
            for i, (name, _) in enumerate(records):
                for form in forms_of(name):
                    key = exact_key(form)
                    if len(key) < 3:
                        continue
                    owners.setdefault(key, set()).add(Entity(kind, name, i))
                    forms[key] = form
        for key, entities in owners.items():
            if len(entities) == 1 and key not in self.index.exact:
                add(next(iter(entities)), forms[key], how)

    def _add_one_word_forms(self, people, characters) -> None:
        """Characters by any one-word form; actors by their family name only: prose calls an actor
        "Renner", rarely "Jeremy", and a word near a given name is as often another given name
        ("Jaime", "Jamie")."""
        for kind, records in ((Kind.PERSON, people), (Kind.CHARACTER, characters)):
            for i, (name, aliases) in enumerate(records):
                entity = Entity(kind, name, i)
                forms = {form for written in (name, *aliases) for form in one_word_forms(written)
                         if kind is Kind.CHARACTER or form == family_name(written)}
                for form in forms:
                    self.index.one_word.setdefault(folded_key(form), []).append(_Key(entity, form, "one word"))

    # -- resolving ---------------------------------------------------------------------------------
    def resolve(self, text: str, kinds: set[Kind] | None = None) -> Resolution | None:
        """The one reference name ``text`` stands for, or None (unknown or ambiguous)."""
        return self._resolve_memo(text, frozenset(kinds) if kinds else None)

    def _resolve(self, text: str, kinds: frozenset[Kind] | None) -> Resolution | None:
        for longer in _lower_case_ends(text):  # "Song Ha ni": a last syllable in lower case is still the name
            found = self._lookup(longer, kinds)
            if found is not None:
                return found
        text = _capitalised_end(text)
        suffix, bare = generation_of(text)
        if suffix is None:
            return self._resolve_name(text, kinds)
        return self._of_generation(text, bare, suffix, kinds)

    def _of_generation(self, text: str, bare: str, suffix: str, kinds) -> Resolution | None:
        """"Tom Hale, Sr" is the character with that suffix; the bare "Tom Hale" only when the
        reference tells him from a "Tom Hale" of the other generation (the son of "Tom Hale Sr.")."""
        spellings = (text, *(f"{bare} {word}" for word in generation_words(suffix)))  # "Snr" for "Sr."
        same = [f for spelling in spellings if (f := self._resolve_name(spelling, kinds))
                and generation_of(f.form)[0] == suffix]
        if same:
            return next((f for f in same if f.match is not Match.MISSPELLED), same[0])
        found = self._resolve_name(bare, kinds)
        if found is None or generation_of(found.form)[0] is not None:
            return None
        other = "junior" if suffix == "senior" else "senior"
        told_apart = any(exact_key(f"{found.form} {word}") in self.index.exact for word in generation_words(other))
        return found if told_apart else None

    def _resolve_name(self, text: str, kinds: frozenset[Kind] | None) -> Resolution | None:
        attempts: list[tuple[str, str | None]] = [(text, None)]
        if _starts_with_descriptor(text):
            described = split_descriptor(text)
            if described.descriptor:
                attempts.append((described.name, described.descriptor))
        joined = spaced_given_name(text)
        if joined is not None:
            attempts.append((joined, None))
        attempts += [(form, None) for form in without_nickname(text)]
        for name, descriptor in attempts:
            found = self._lookup(name, kinds) or (self._family(name, kinds) if descriptor else None)
            if found is not None:
                return _with_descriptor(found, descriptor)
        for name, descriptor in attempts:
            found = self._fuzzy(name, kinds)
            if found is not None:
                return _with_descriptor(found, descriptor)
        for name, descriptor in attempts[1:]:
            found = self._misspelt_after_title(name, kinds)
            if found is not None:
                return _with_descriptor(found, descriptor)
        return None

    def _misspelt_after_title(self, name: str, kinds) -> Resolution | None:
        """After a rank or title, one word misspelling a family name ("General Abbott" for the
        Abbots' general): the title says a person is meant, so the word is not judged alone,
        and a family name the bearers share is misspelt whichever of them is meant."""
        if len(name.split()) != 1:
            return None
        found = self._resolve_word(name)
        if found is None or found.match is not Match.MISSPELLED or (kinds and found.entity.kind not in kinds):
            return None
        return Resolution(found.entity, found.match, AFTER_TITLE_MISSPELLING, found.score, found.form)

    def _resolve_word(self, word: str) -> Resolution | None:
        """A name written as one word ("McClusky", "Rendall's"): what :meth:`resolve` finds, or
        else a misspelling of one one-word form of the reference, the form being one person's
        given or family name, or a family name all its bearers share ("McLusky" of a family).
        A form that stands for people with different spellings, or two forms about as close,
        make it no one."""
        word = _without_possessive(word)
        found = self.resolve(word)
        if found is not None and found.match is not Match.MISSPELLED:
            return found
        if len(folded_key(word)) < MIN_WORD_LETTERS or len(words(word)) != 1:
            return None
        scored = sorted(((score, key) for key, score in self._close_words(word)), reverse=True)
        if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < self.AMBIGUITY_MARGIN):
            return None
        score, key = scored[0]
        entries = self.index.one_word[key]
        bearers = sorted({e.entity for e in entries}, key=lambda e: (e.kind != Kind.CHARACTER, e.index))
        if len(bearers) == 1:
            return Resolution(bearers[0], Match.MISSPELLED, "misspelling (one word)", score, entries[0].form)
        if all(family_name(e.name) and folded_key(family_name(e.name)) == key for e in bearers):
            return Resolution(bearers[0], Match.MISSPELLED, FAMILY_MISSPELLING, score, entries[0].form)
        return None

    def _close_words(self, word: str) -> list[tuple[str, float]]:
        query = folded_key(word)
        close = process.extract(query, self.index.one_word_choices, scorer=fuzz.ratio, limit=self.CANDIDATES,
                                score_cutoff=60)
        found = []
        for key, _, _ in close:
            if query in (key + "s", key + "es"):
                continue  # a family named in the plural: "the Hales"
            score = misspelling(word, self.index.one_word[key][0].form)
            if score is not None:
                found.append((key, score))
        return found

    def _lookup(self, text: str, kinds) -> Resolution | None:
        forms = [(text, None), *[(form, "name order") for form in reordered(text)]]
        for form, order in forms:
            found = (self._keyed(form, self.index.exact.get(exact_key(form), []), kinds, Match.EXACT, order)
                     or self._keyed(form, self.index.folded.get(folded_key(form), []), kinds, Match.VARIANT,
                                    order or "accents"))
            if found is not None:
                return found
        for form, order in forms:
            indic_key, indic_spelling = indic_probes(form)  # "Ranveer" for "Ranvir", "Siddiqi" for "Siddiqui"
            probes = variant_keys(form) | {german_key(form), indic_key}
            # a Korean key is a class of spellings; the syllables themselves must agree
            entries = [e for vk in probes if vk for e in self.index.variant.get(vk, [])
                       if not vk.startswith("k:") or same_korean(form, e.form)]
            entries += self.index.folded.get(indic_spelling, []) if indic_spelling else []
            found = self._keyed(form, entries, kinds, Match.VARIANT,
                                "name order and romanisation" if order else "romanisation")
            if found is not None:
                return found
        return None

    def _keyed(self, text: str, entries: list[_Key], kinds, match: Match, how: str | None) -> Resolution | None:
        entries = _of_kinds(entries, kinds)
        entity = _single_entity(entries)
        if entity is None:
            return None
        entry = next(e for e in entries if e.entity == entity)
        if syllables(text) != syllables(entry.form) and korean_boundary_conflict(text, entry.form):
            return Resolution(entity, Match.MISSPELLED, "misspelling: syllables split differently", 95.0, entry.form)
        if match is Match.EXACT and how is not None:
            match = Match.VARIANT
        return Resolution(entity, match, how or entry.how, 100.0, entry.form)

    def _family(self, text: str, kinds) -> Resolution | None:
        """After a rank or title, a family name alone: "Sergeant Major Yeom" is Yeom Gi-tae."""
        if len(text.split()) != 1:
            return None
        entries = _of_kinds(self.index.families.get(folded_key(text), []), kinds)
        entity = _single_entity(entries)
        if entity is None:
            return None
        return Resolution(entity, Match.EXACT, "family name", 100.0, entries[0].form)

    def _fuzzy(self, text: str, kinds) -> Resolution | None:
        scored: dict[Entity, tuple[float, _Key]] = {}
        for form in [text, *reordered(text)]:
            query = folded_key(form)
            if len(query) < 4:
                continue
            for _, _, idx in process.extract(query, self.index.fuzzy_choices, scorer=fuzz.ratio,
                                             limit=self.CANDIDATES, score_cutoff=60):
                for entry in _of_kinds(self.index.fuzzy_entries[idx], kinds):
                    score = misspelling(form, entry.form)
                    if score is not None and score > scored.get(entry.entity, (0.0, None))[0]:
                        scored[entry.entity] = (score, entry)
        if not scored:
            return None
        ranked = sorted(scored.values(), key=lambda s: -s[0])
        best, entry = ranked[0]
        if len(ranked) > 1 and best - ranked[1][0] < self.AMBIGUITY_MARGIN:
            return None
        how = "misspelling" + (" (one word)" if len(words(text)) == 1 else "")
        return Resolution(entry.entity, Match.MISSPELLED, how, best, entry.form)


# Last words of a credential written before a name ("Academy Award-winner", "Emmy-nominated",
# "Marvel star"): what precedes them describes the person, what follows is the name.
CREDENTIAL_WORDS = frozenset("""
    winner winning nominee nominated star stars actor actress singer rapper idol veteran alum
    alumnus alumna icon legend newcomer heartthrob favourite favorite comedian musician host
""".split())


def is_credential(words_before: str) -> bool:
    """Whether the words before a name end as a credential: "Oscar winner", "Emmy-nominated"."""
    parts = words_before.split()
    return bool(parts) and parts[-1].split("-")[-1].casefold() in CREDENTIAL_WORDS


FAMILY_MISSPELLING = "misspelling of a family name (one word)"
AFTER_TITLE_MISSPELLING = "misspelling of a name after a rank or title"
MIN_WORD_LETTERS = 5  # "Rosa" for "Rose" is another name as often as a slip


def one_word_forms(name: str) -> list[str]:
    """The one-word forms a name is written as: the name itself when it is one word, else its
    short forms; none that is a role noun or a title ("Captain")."""
    forms = [name] if len(name.split()) == 1 else short_forms(name)
    return [f for f in forms if len(folded_key(f)) >= MIN_WORD_LETTERS - 1
            and f.casefold() not in ROLE_NOUNS and not _is_descriptor_word(f)]


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) and len(word) > 3 else word


@lru_cache(maxsize=1 << 12)
def _is_descriptor_word(word: str) -> bool:
    return is_descriptor(word)


def _starts_with_descriptor(text: str) -> bool:
    """Whether to look for a title or rank at all (most names start with none)."""
    first = text.split(maxsplit=1)
    return bool(first) and _is_descriptor_word(first[0])


def spaced_given_name(text: str) -> str | None:
    """A Korean given name written as two words ("Myeong Oh", "Seo Ji Hye"), joined as the
    hyphenated name it spells ("Myeong-oh", "Yoon Seo-yeon"); None for other names."""
    ws = text.split()
    if len(ws) not in (2, 3) or any("-" in w for w in ws) or not all(korean.is_syllable(w.lower()) for w in ws):
        return None
    return " ".join([*ws[:-2], f"{ws[-2]}-{ws[-1].lower()}"])


def _lower_case_ends(text: str) -> list[str]:
    """``text`` and its shorter forms that still end in a lower-case word, longest first: "Song Ha
    ni to" gives "Song Ha ni to" and "Song Ha ni" (what :func:`_capitalised_end` would cut off)."""
    parts = text.split()
    out = []
    while len(parts) > 2 and parts[-1][:1].islower():
        out.append(" ".join(parts))
        parts.pop()
    return out


# "Henry “Hal” Morrow": a quoted nickname between the given and the family name
_NICKNAMED = re.compile(r"(?P<given>.*\S) [“\"‘'](?P<nick>[^\s“”\"‘’']+)[”\"’'] (?P<family>\S.*)")


def without_nickname(text: str) -> list[str]:
    """A full name with a quoted nickname, written without it and by the nickname:
    "Henry “Hal” Morrow" -> ["Henry Morrow", "Hal Morrow"]; [] for other names."""
    m = _NICKNAMED.fullmatch(text)
    return [f"{m['given']} {m['family']}", f"{m['nick']} {m['family']}"] if m else []


def generation_of(name: str) -> tuple[str | None, str]:
    """("senior", "Tom Hale") for "Tom Hale, Sr." or "Tom Hale Senior"; (None, name) without a suffix."""
    head, _, last = name.rpartition(" ")
    suffix = generation(last) if head else None
    return (suffix, head.rstrip(", ")) if suffix else (None, name)


def _capitalised_end(text: str) -> str:
    """A name ends with a capitalised word: "Lee Mi Ray-A to" is "Lee Mi Ray-A" and a word."""
    parts = text.split()
    while len(parts) > 1 and parts[-1][:1].islower():
        parts.pop()
    return " ".join(parts)


def classify(written: str, name: str) -> str:
    """How the resolver takes ``written`` against a reference holding only ``name``: "variant"
    (exact or an accepted variant), "misspelling", or "different" (not this name)."""
    found = NameResolver([(name, [])], []).resolve(written)
    if found is None:
        return "different"
    return "misspelling" if found.match is Match.MISSPELLED else "variant"


def _with_descriptor(found: Resolution, descriptor: str | None) -> Resolution:
    if descriptor is None:
        return found
    return Resolution(found.entity, found.match, found.how, found.score, found.form, descriptor)


def _of_kinds(entries: list[_Key], kinds) -> list[_Key]:
    return entries if kinds is None else [e for e in entries if e.entity.kind in kinds]


def _single_entity(entries: list[_Key]) -> Entity | None:
    entities = {e.entity for e in entries}
    return next(iter(entities)) if len(entities) == 1 else None


# -- misspelling or another name ----------------------------------------------------------------

def misspelling(written: str, form: str) -> float | None:
    """How sure (60..100) that ``written`` is ``form`` misspelt, or None when it looks like another
    name. Evidence, in order:

    * a letter or two changed, added, dropped or swapped (optimal string alignment distance <= 2,
      at most a fifth of the longer spelling), keeping the first letter of every word (typists rarely get that wrong)
      or, in one word of a name whose other words are exact, its sound ("Kavanagh" for "Cavanagh");
    * letters inserted into one syllable, every other syllable intact ("Kang Tae-ohno");
    * a Korean given-name syllable with its final consonant lost or changed, every other syllable
      intact ("Ha Jin-un" for "Ha Jin-woong");
    * but never when both read as Korean and a syllable is wholly another (other onset and
      vowel): Korean names are chosen syllable by syllable, so that is another name.

    Whether another person fits better is the caller's part: the resolver compares every
    candidate, and the checks ask the library and the rest of the article.
    """
    a, b = folded_key(written), folded_key(form)
    if a == b or not a or not b:
        return None
    if not _first_letters_agree(written, form) or other_name(written, form):
        return None
    distance = OSA.distance(a, b)  # a swap of two letters is one slip (Damerau, 1964)
    longest = max(len(a), len(b))
    if distance <= 2 and distance / longest <= 0.2:
        return round(100 * (1 - distance / longest), 1)
    if _inserted_into_one_syllable(written, form) or korean_coda_slip(written, form):
        return round(100 * (1 - 0.5 * distance / longest), 1)
    return None


def _first_letters_agree(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if len(wa) != len(wb):
        return wa[:1] and wb[:1] and wa[0][0] == wb[0][0]
    return (all(x[0] == y[0] for x, y in zip(wa, wb)) or sorted(x[0] for x in wa) == sorted(y[0] for y in wb)
            or _one_word_heard(wa, wb))


def _one_word_heard(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """A name of several words, all but one written exactly, that one respelt by its sound from the
    first letter on: "Nora Kavanagh" for "Nora Cavanagh". The other words anchor the person; a
    first letter of another sound ("Dom" for "Tom") stays another name."""
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(wa) >= 2 and len(differ) == 1 and first_letter_heard(*differ[0])


def _inserted_into_one_syllable(written: str, form: str) -> bool:
    """Every written piece but one is the form's; that one holds the form's piece plus letters, and
    at least two pieces agree: "Kang Tae-ohno" for "Kang Tae-oh"."""
    pa, pb = syllables(written), syllables(form)
    if len(pa) != len(pb) or len(pa) < 3:
        return False
    differ = [(x, y) for x, y in zip(pa, pb) if x != y]
    if len(differ) != 1:
        return False
    longer, shorter = differ[0]
    return len(longer) > len(shorter) >= 2 and (longer.startswith(shorter) or longer.endswith(shorter))
