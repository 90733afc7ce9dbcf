"""A show's canonical reference: YAML -> validated, indexed records.

The YAML format is documented in README.md ("The reference format"). Validation is strict:
unknown keys, wrong types, missing fields, duplicate people and roles naming no known character
are errors that name the file, the line and the field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Iterable, Iterator

from pydantic import (BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag, ValidationError,
                      field_validator, model_validator)

from .errors import InvalidReference
from .extract.context import NEGATIONS, is_hedged
from .extract.dates import find_dates
from .extract.networks import canonical_network
from .extract.seasons import season_mentions
from .findings import Evidence
from .lexicon import story_lexicon
from .yamlsource import YamlDocument, format_loc, parse_yaml, read_yaml

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Billing(str, Enum):
    MAIN = "main"
    SUPPORTING = "supporting"
    EXTENDED = "extended"
    SPECIAL = "special"
    GUEST = "guest"
    VOICE = "voice"


class Status(str, Enum):
    ENDED = "ended"
    ONGOING = "ongoing"
    RENEWED = "renewed"
    CANCELLED = "cancelled"
    ON_HOLD = "on_hold"  # a further season was announced, then paused
    UNKNOWN = "unknown"


class Format(str, Enum):
    SERIAL = "serial"  # one continuing story
    ANTHOLOGY = "anthology"  # each season a new story, new characters and a new cast
    MINISERIES = "miniseries"  # one self-contained season


class Source(_Record):
    id: Slug
    url: Name
    title: str | None = None


class PlatformRole(str, Enum):
    CO_COMMISSION = "co-commission"  # made it with the original network: as much its maker
    BROADCAST = "broadcast"  # another broadcaster, in another country or later
    STREAMING = "streaming"


class Platform(_Record):
    """Where the show premiered or can be seen besides its original network (format 2), with dates."""

    name: Name
    role: PlatformRole
    region: str | None = None  # "United States", "worldwide"
    first_aired: dt.date | None = None  # its premiere there, of the first season it lists
    seasons: list[int] = Field(default_factory=list)  # the seasons it has; all when empty
    source: str | None = None


class Part(_Record):
    """A season released in parts or halves ("Part 1", "Volume 2"), each with its own dates (format 2)."""

    number: int = Field(ge=1)
    aliases: list[Name] = Field(default_factory=list)  # "Volume 1", "Part 5A"
    episodes: int | None = Field(default=None, ge=1)
    first_aired: dt.date | None = None
    last_aired: dt.date | None = None


class SpecialKind(str, Enum):
    SPECIAL = "special"
    FILM = "film"
    RECAP = "recap"
    DOCUMENTARY = "documentary"
    SHORT = "short"


class Special(_Record):
    """A special or film that belongs to the show but is not a season (format 2)."""

    title: Name
    kind: SpecialKind
    aliases: list[Name] = Field(default_factory=list)
    first_aired: dt.date | None = None
    network: str | None = None
    source: str | None = None


class WorkRelation(str, Enum):
    REMAKE = "remake"  # a remake of this show
    REMADE_FROM = "remade-from"  # this show is its remake
    SAME_SOURCE = "same-source"  # another adaptation of the same source work
    SEQUEL = "sequel"
    PREQUEL = "prequel"
    SPIN_OFF = "spin-off"
    UNRELATED = "unrelated"  # only the title is shared


class Season(_Record):
    number: int = Field(ge=0)
    title: str | None = None
    aliases: list[Name] = Field(default_factory=list)  # "Innocent II"
    episodes: int | None = Field(default=None, ge=1)
    first_aired: dt.date | None = None
    last_aired: dt.date | None = None
    network: str | None = None
    announced_only: bool = False  # commissioned, not yet aired
    expected: str | None = None  # an announced release window, at its precision: "2026", "summer 2026"
    parts: list[Part] = Field(default_factory=list)
    numbered_as: list[int] = Field(default_factory=list)  # other numbers outlets give it ("Part 3" as season 2)
    writers: list[Name] = Field(default_factory=list)
    directors: list[Name] = Field(default_factory=list)
    synopsis: str | None = None
    ending: str | None = None  # how the season ends, quoted when an article gives another ending
    source: str | None = None


class Role(_Record):
    character: Name
    young: bool = False  # plays a younger version of the character
    voice: bool = False
    cameo: bool = False
    seasons: list[int] = Field(default_factory=list)
    episodes: list[int] = Field(default_factory=list)
    uncertain: bool = False  # sources disagree: never refute an article on the strength of it


class CastMember(_Record):
    name: Name
    aliases: list[Name] = Field(default_factory=list)
    billing: Billing
    roles: list[Role] = Field(default_factory=list)
    seasons: list[int] = Field(default_factory=list)
    episodes: list[int] = Field(default_factory=list)
    season_billing: dict[int, Billing] = Field(default_factory=dict)  # billing where it differs by season
    note: str | None = None
    source: str | None = None


class FateStatus(str, Enum):
    DIES = "dies"
    ALIVE = "alive"  # survives (the season, or the series when no season is given)
    ARRESTED = "arrested"
    LEAVES = "leaves"
    MARRIED = "married"
    ENGAGED = "engaged"


class Relation(_Record):
    """``type`` of ``to``: {type: wife, to: Park Jung-woo} says the character is Jung-woo's wife."""

    type: Name  # a relation word of the story lexicon: wife, father, son, brother, friend, killer...
    to: Name  # another character of the reference, by name or alias
    seasons: list[int] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if story_lexicon().relation(value) is None:
            raise ValueError(f"unknown relation {value!r} (see data/story.yaml, relations)")
        return value


class Fate(_Record):
    """What happens to a character in a season: {season: 1, status: dies, by: Polo}."""

    status: FateStatus
    season: int | None = None  # None: the series as a whole
    by: Name | None = None  # who kills or arrests them
    with_: Name | None = Field(default=None, alias="with")  # whom they marry or get engaged to


class Character(_Record):
    name: Name
    aliases: list[Name] = Field(default_factory=list)
    description: str | None = None
    seasons: list[int] = Field(default_factory=list)
    # Story facts: optional; they add to (and, where they say the same thing, override) what the
    # description says.
    occupation: list[Name] = Field(default_factory=list)  # "dentist", "police sergeant"
    title: Name | None = None  # a title or rank: "Home Secretary", "Sergeant"
    affiliation: list[Name] = Field(default_factory=list)  # organisations: "Hana Group", "Metropolitan Police"
    relations: list[Relation] = Field(default_factory=list)
    fate: list[Fate] = Field(default_factory=list)
    source: str | None = None

    @field_validator("occupation", "title")
    @classmethod
    def _known_occupations(cls, value: list[str] | str | None, info) -> list[str] | str | None:
        what = "occupation" if info.field_name == "occupation" else "title or rank"
        for word in value if isinstance(value, list) else [value] if value else []:
            if not story_lexicon().occupation(word):
                raise ValueError(f"unknown {what} {word!r} (see data/story.yaml, occupations)")
        return value


_RECORD = "record"


class BasedOn(_Record):
    """The work a show is adapted from, or ``original: true`` for a show that adapts nothing."""

    original: bool = False
    title: Name | None = None
    author: list[Name] = Field(default_factory=list)
    medium: Name | None = None  # manga, webtoon, novel, film, series...
    year: int | None = Field(default=None, ge=1000, le=2200)
    note: str | None = None

    @field_validator("medium")
    @classmethod
    def _known_medium(cls, value: str | None) -> str | None:
        if value is not None and not story_lexicon().medium(value):
            raise ValueError(f"unknown medium {value!r} (see data/story.yaml, media)")
        return value

    @model_validator(mode="after")
    def _original_or_work(self) -> "BasedOn":
        if self.original and (self.title or self.author or self.medium):
            raise ValueError("an original show has no title, author or medium to be based on")
        if not self.original and not (self.title or self.medium):
            raise ValueError("based_on needs a title or a medium (or original: true)")
        return self


class NotCast(_Record):
    """A person often wrongly credited with this show, with the reason they are not in it."""

    name: Name
    aliases: list[Name] = Field(default_factory=list)
    note: str
    source: str | None = None


class SharedTitle(_Record):
    """Another work with the same or a confusable title, so articles mixing them can be caught."""

    title: Name
    work: Name  # what it is: "Netflix's Spanish miniseries (2021)"
    relation: WorkRelation = WorkRelation.UNRELATED
    reference: Slug | None = None  # its reference id, when the library has one
    source: str | None = None


class ShowModel(_Record):
    format_version: int = Field(default=1, ge=1, le=2)
    id: Slug
    title: Name
    aliases: list[Name] = Field(default_factory=list)
    native_title: str | None = None
    kind: str = "series"
    format: Format = Format.SERIAL
    country: Name
    language: Name
    network: Name
    network_aliases: list[Name] = Field(default_factory=list)
    also_aired_on: list[Name] = Field(default_factory=list)
    streaming: list[Name] = Field(default_factory=list)
    platforms: list[Platform] = Field(default_factory=list)
    genres: list[Name] = Field(default_factory=list)
    runtime: int | None = Field(default=None, ge=1, description="minutes per episode")
    creators: list[Name] = Field(default_factory=list)
    writers: list[Name] = Field(default_factory=list)
    directors: list[Name] = Field(default_factory=list)
    production: list[Name] = Field(default_factory=list)  # production companies
    # text, a record, or null written out: an original show (the tag tells pydantic which to try)
    based_on: Annotated[Annotated[str, Tag("text")] | Annotated[BasedOn, Tag(_RECORD)],
                        Discriminator(lambda v: _RECORD if isinstance(v, (dict, BasedOn)) else "text")] | None = None
    premise: str | None = None  # what the show is about, in a sentence
    shared_titles: list[SharedTitle] = Field(default_factory=list)
    status: Status = Status.UNKNOWN
    seasons: list[Season] = Field(min_length=1)
    specials: list[Special] = Field(default_factory=list)
    cast: list[CastMember] = Field(min_length=1)
    characters: list[Character] = Field(default_factory=list)
    not_in_cast: list[NotCast] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)
    notes: list[str] = Field(default_factory=list)
    review: list[str] = Field(default_factory=list)  # left by an import for a person to settle, then delete

    @model_validator(mode="after")
    def _format_2(self) -> "ShowModel":
        if self.format_version >= 2 and (self.also_aired_on or self.streaming):
            raise ValueError("format 2 lists other broadcasters and streaming under platforms "
                             "(run 'rumorcheck reference upgrade FILE')")
        return self

    @model_validator(mode="after")
    def _consistent(self) -> "ShowModel":
        _no_duplicates("seasons", [s.number for s in self.seasons])
        _no_duplicates("cast", [c.name.casefold() for c in self.cast])
        _no_duplicates("characters", [c.name.casefold() for c in self.characters])
        source_ids = {s.id for s in self.sources}
        _no_duplicates("sources", [s.id for s in self.sources])
        season_numbers = {s.number for s in self.seasons}
        for season in self.seasons:
            if season.first_aired and season.last_aired and season.last_aired < season.first_aired:
                raise ValueError(f"season {season.number}: last_aired is before first_aired")
            if season.expected is not None and window(season.expected) is None:
                raise ValueError(f"season {season.number}: expected {season.expected!r} is not a date or window "
                                 "('2026', 'March 2026', 'summer 2026', '2026-03-01')")
            _no_duplicates(f"season {season.number} parts", [p.number for p in season.parts])
        for platform in self.platforms:
            _known_seasons(platform.name, platform.seasons, season_numbers)
        for record in [*self.cast, *self.characters, *self.not_in_cast, *self.seasons, *self.shared_titles,
                       *self.platforms, *self.specials]:
            if record.source and record.source not in source_ids:
                raise ValueError(f"source {record.source!r} is not one of the sources' ids")
        for member in self.cast:
            _known_seasons(member.name, member.seasons, season_numbers)
            for role in member.roles:
                _known_seasons(f"{member.name} as {role.character}", role.seasons, season_numbers)
        for character in self.characters:
            _known_seasons(character.name, character.seasons, season_numbers)
            for relation in character.relations:
                _known_seasons(f"{character.name}'s relation to {relation.to}", relation.seasons, season_numbers)
            for fate in character.fate:
                _known_seasons(f"{character.name}'s fate", [fate.season] if fate.season is not None else [],
                               season_numbers)
        return self

    @property
    def based_on_text(self) -> str:
        """What the show is based on, as words (the text written, or the record's fields)."""
        if isinstance(self.based_on, BasedOn):
            record = self.based_on
            return " ".join(filter(None, [record.title, record.medium, *record.author, record.note]))
        return self.based_on or ""

    @property
    def original(self) -> bool | None:
        """True when the reference says the show adapts nothing (``based_on: null`` written out, or
        ``original: true``); None when it does not say."""
        if isinstance(self.based_on, BasedOn):
            return self.based_on.original
        if self.based_on is None:
            return True if "based_on" in self.model_fields_set else None
        return False


def window(text: str):
    """A written date or window ("summer 2026") as a DateValue; None when it is not one."""
    found = find_dates(text)
    return found[0][2] if len(found) == 1 and found[0][1] - found[0][0] >= len(text.strip()) - 1 else None


def _known_seasons(who: str, seasons: list[int], known: set[int]) -> None:
    bad = set(seasons) - known
    if bad:
        raise ValueError(f"{who}: no season {sorted(bad)[0]}")


def _no_duplicates(field: str, values: list) -> None:
    seen = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{field}: {value!r} appears twice")
        seen.add(value)


@dataclass(frozen=True)
class RoleRef:
    """One actor-role pairing with its place in the reference."""

    actor: CastMember
    role: Role
    cast_index: int
    role_index: int


@dataclass(frozen=True)
class Reference:
    """A validated show reference plus the indexes and positions checks need."""

    show: ShowModel
    document: YamlDocument

    @property
    def id(self) -> str:
        return self.show.id

    @property
    def title(self) -> str:
        return self.show.title

    @property
    def path(self) -> Path:
        return self.document.path

    @cached_property
    def characters(self) -> list[Character]:
        """Declared characters plus one bare record for each role naming an undeclared one."""
        declared = list(self.show.characters)
        known = {c.name.casefold() for c in declared}
        for member in self.show.cast:
            for role in member.roles:
                if role.character.casefold() not in known:
                    known.add(role.character.casefold())
                    declared.append(Character(name=role.character, seasons=role.seasons or member.seasons))
        return declared

    @cached_property
    def titles(self) -> list[str]:
        """Every name the show goes by: title, aliases, native title, season titles."""
        show = self.show
        names = [show.title, *show.aliases, *([show.native_title] if show.native_title else [])]
        for season in show.seasons:
            names += [*([season.title] if season.title else []), *season.aliases]
        return list(dict.fromkeys(names))

    @cached_property
    def label(self) -> str:
        """How to tell the show apart from others in a message: "The Innocent (Netflix, 2021)"."""
        years = sorted(s.first_aired.year for s in self.aired_seasons if s.first_aired)
        details = [self.show.network, *([str(years[0])] if years else [])]
        return f"{self.title} ({', '.join(details)})"

    @cached_property
    def original_networks(self) -> frozenset[str]:
        """The networks that made or first aired the show, canonical names: the show's, its
        seasons' and its co-commissioners'."""
        show = self.show
        names = [show.network, *show.network_aliases, *(s.network for s in show.seasons if s.network)]
        names += [p.name for p in show.platforms if p.role is PlatformRole.CO_COMMISSION]
        return frozenset(canonical_network(n) for n in names)

    @cached_property
    def other_outlets(self) -> frozenset[str]:
        """Other broadcasters and streaming platforms the show is known to be on."""
        show = self.show
        names = [*show.also_aired_on, *show.streaming, *(p.name for p in show.platforms)]
        return frozenset(canonical_network(n) for n in names)

    def premieres(self, season: Season) -> list[dt.date]:
        """Every day the season premiered somewhere: its first air date, its parts', its platforms'."""
        days = [season.first_aired, *(p.first_aired for p in season.parts)]
        first = min(s.number for s in self.show.seasons)
        days += [p.first_aired for p in self.show.platforms
                 if p.first_aired and (season.number in p.seasons or not p.seasons and season.number == first)]
        return [d for d in days if d is not None]

    def finales(self, season: Season) -> list[dt.date]:
        return [d for d in (season.last_aired, *(p.last_aired for p in season.parts)) if d is not None]

    def seasons_numbered(self, number: int) -> list[Season]:
        """The seasons an article's "season N" may mean: season N, and any outlets number N."""
        return [s for s in self.show.seasons if s.number == number or number in s.numbered_as]

    def seasons_of_member(self, member: CastMember) -> set[int]:
        """Seasons an actor appears in; empty when the reference does not limit them."""
        if member.seasons:
            return set(member.seasons)
        per_role = [set(r.seasons) for r in member.roles]
        if per_role and all(per_role):
            return set().union(*per_role)
        return set()

    def seasons_of_character(self, name: str) -> set[int]:
        key = name.casefold()
        for character in self.characters:
            if character.name.casefold() == key:
                return set(character.seasons)
        return set()

    def roles(self) -> Iterator[RoleRef]:
        return iter(self._roles)

    @cached_property
    def _roles(self) -> tuple[RoleRef, ...]:  # asked for by every credit of every article
        return tuple(RoleRef(member, role, ci, ri) for ci, member in enumerate(self.show.cast)
                     for ri, role in enumerate(member.roles))

    def roles_of_character(self, name: str) -> list[RoleRef]:
        return list(self._roles_by_character.get(name.casefold(), ()))

    @cached_property
    def _roles_by_character(self) -> dict[str, list[RoleRef]]:
        out: dict[str, list[RoleRef]] = {}
        for ref in self._roles:
            out.setdefault(ref.role.character.casefold(), []).append(ref)
        return out

    def season(self, number: int) -> Season | None:
        return next((s for s in self.show.seasons if s.number == number), None)

    @property
    def aired_seasons(self) -> list[Season]:
        return [s for s in self.show.seasons if not s.announced_only]

    @cached_property
    def _stated_seasons(self) -> tuple[frozenset[int], frozenset[int]]:
        return stated_seasons([*self.show.notes, *(s.title for s in self.show.sources if s.title)])

    @cached_property
    def commissioned_numbers(self) -> frozenset[int]:
        """Seasons made known but not aired: listed as announced, or a renewal the notes or the
        sources' titles state (references often list aired seasons only, and tell of a renewal,
        even one later cancelled, in words)."""
        aired = {s.number for s in self.aired_seasons}
        listed = {s.number for s in self.show.seasons if s.announced_only}
        return frozenset(listed | (self._stated_seasons[0] - aired))

    @cached_property
    def denied_numbers(self) -> frozenset[int]:
        """Seasons the reference's notes say never existed ("No season 4 was ever made")."""
        return self._stated_seasons[1] - {s.number for s in self.show.seasons}

    # -- evidence -----------------------------------------------------------------------------
    def evidence(self, *loc: str | int, source: str | None = None) -> Evidence:
        """An evidence pointer to the record at ``loc`` (e.g. ``("cast", 11)``)."""
        return Evidence(
            reference=self.id,
            path=format_loc(loc),
            line=self.document.line_of(tuple(loc)),
            source=self.source_url(source),
        )

    def source_url(self, source_id: str | None = None) -> str | None:
        for src in self.show.sources:
            if source_id is None or src.id == source_id:
                return src.url
        return self.show.sources[0].url

    def cast_evidence(self, cast_index: int, role_index: int | None = None) -> Evidence:
        member = self.show.cast[cast_index]
        loc: tuple = ("cast", cast_index) if role_index is None else ("cast", cast_index, "roles", role_index)
        return self.evidence(*loc, source=member.source)

    def character_evidence(self, name: str) -> Evidence:
        for i, character in enumerate(self.show.characters):
            if character.name.casefold() == name.casefold():
                return self.evidence("characters", i, source=character.source)
        refs = self.roles_of_character(name)
        if refs:
            return self.cast_evidence(refs[0].cast_index, refs[0].role_index)
        return self.evidence("characters")

    def season_evidence(self, number: int | None = None) -> Evidence:
        for i, season in enumerate(self.show.seasons):
            if season.number == number:
                return self.evidence("seasons", i, source=season.source)
        return self.evidence("seasons")


# What a reference's free text (notes, sources' titles) says of seasons it does not list: "Renewed
# for season 2 on 9 July 2019", "season 3 was announced", "No season 4 was ever made".
_STATEMENT_BREAK = re.compile(r"(?<=[.;!?])\s+|\s+(?:--|—|–|-)\s+|\(|\)")
_COMMISSIONED = re.compile(
    r"(?<![A-Za-z])(?:renew\w*|announc\w*|commission\w*|order(?:s|ed)?|greenl[iy]t|green-lit|picked\s+up|"
    r"pre-production|in\s+production)(?![A-Za-z])", re.IGNORECASE)
_PLURAL_SEASONS = re.compile(r"(?<![A-Za-z])seasons\s+(\d{1,2})((?:\s*(?:,|and|&)\s*\d{1,2})+)", re.IGNORECASE)


def stated_seasons(texts: Iterable[str]) -> tuple[frozenset[int], frozenset[int]]:
    """(commissioned, denied): the season numbers named in statements of a renewal or announcement,
    and in negative statements ("No season 4 was ever made", "never confirmed"). A hedged
    statement ("fans hope for a season 3") counts as neither."""
    commissioned: set[int] = set()
    denied: set[int] = set()
    for text in texts:
        for statement in _STATEMENT_BREAK.split(text):
            numbers = _season_numbers(statement)
            if not numbers or is_hedged(statement):
                continue
            if NEGATIONS.search(statement):
                denied |= numbers
            elif _COMMISSIONED.search(statement):
                commissioned |= numbers
    return frozenset(commissioned), frozenset(denied - commissioned)


def _season_numbers(statement: str) -> set[int]:
    # "a third and final season" is the third season
    statement = re.sub(r"\s+and\s+(?:final|last)(?=\s+(?:season|series)\b)", "", statement, flags=re.IGNORECASE)
    numbers = {n for _, _, n in season_mentions(statement)}
    for match in _PLURAL_SEASONS.finditer(statement):
        numbers |= {int(match.group(1)), *map(int, re.findall(r"\d+", match.group(2)))}
    return numbers


def load_reference(path: Path | str) -> Reference:
    """Read and validate one reference YAML file; raise :class:`InvalidReference` naming file:line."""
    return _validated(read_yaml(Path(path)))


def load_reference_text(text: str, path: Path | str) -> Reference:
    """Validate a reference given as text, as if it were the file ``path``."""
    return _validated(parse_yaml(text, path))


def _validated(document: YamlDocument) -> Reference:
    path = document.path
    if not isinstance(document.data, dict):
        raise InvalidReference(path, "expected a mapping of fields at the top level", line=1)
    try:
        show = ShowModel.model_validate(document.data)
    except ValidationError as exc:
        raise _first_problem(document, exc) from None
    unknown = _unknown_characters(document, show)
    if unknown:
        raise unknown[0]
    return Reference(show, document)


def _unknown_characters(document: YamlDocument, show: ShowModel) -> list[InvalidReference]:
    """Relations and fates must name characters of the show (by name or alias)."""
    known = {n.casefold() for c in show.characters for n in (c.name, *c.aliases)}
    known |= {r.character.casefold() for m in show.cast for r in m.roles}
    out = []
    for i, character in enumerate(show.characters):
        named = [(("relations", j, "to"), r.to) for j, r in enumerate(character.relations)]
        named += [(("fate", j, key), getattr(f, attr)) for j, f in enumerate(character.fate)
                  for key, attr in (("by", "by"), ("with", "with_")) if getattr(f, attr)]
        for loc, name in named:
            if name.casefold() not in known:
                loc = ("characters", i, *loc)
                out.append(InvalidReference(document.path, f"no character {name!r} in this reference",
                                            line=document.line_of(loc), field=format_loc(loc)))
    return out


def _first_problem(document: YamlDocument, exc: ValidationError) -> InvalidReference:
    problems = _problems(document, exc)
    first = problems[0]
    if len(problems) > 1:
        extra = len(problems) - 1
        first = InvalidReference(first.path, f"{first.problem} (and {extra} more problem{'s' if extra > 1 else ''})",
                                 line=first.line, field=first.field)
    return first


def _problems(document: YamlDocument, exc: ValidationError) -> list[InvalidReference]:
    out = []
    for error in exc.errors():
        loc = tuple(part for part in error["loc"] if part not in ("text", _RECORD))  # union tags, not fields
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        elif error["type"] == "missing":
            message = "required field is missing"
        elif message.startswith("Value error, "):
            message = message[len("Value error, "):]
        out.append(InvalidReference(document.path, message, line=document.line_of(loc), field=format_loc(loc) or None))
    return out


def reference_problems(path: Path | str) -> list[InvalidReference]:
    """Every problem of one reference file (an empty list when it is valid)."""
    try:
        document = read_yaml(Path(path))
    except InvalidReference as exc:
        return [exc]
    if not isinstance(document.data, dict):
        return [InvalidReference(path, "expected a mapping of fields at the top level", line=1)]
    try:
        show = ShowModel.model_validate(document.data)
    except ValidationError as exc:
        return _problems(document, exc)
    return _unknown_characters(document, show)
