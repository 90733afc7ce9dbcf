"""Descriptors written around names: honorifics, ranks, offices, professions and the age of a role.

"Sgt Ann Cole" is Ann Cole, a sergeant; "Adult Mira Holt" is the adult Mira; "Private
Park" is the character surnamed Park; "SWAT-Captain Tom" is Tom, a captain (a unit or
"Ex-"/"Vice-" joined to a rank or office by a hyphen). The words come from ``data/descriptors.yaml``, the one list
the project keeps of them; this module splits them off a name and keeps them for the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Described:
    """A name with the descriptor written before it split off."""

    descriptor: str  # as written: "Home Secretary", "Sgt", "" for none
    name: str  # the rest: "Ruth Dale"
    version: str | None  # "young" or "adult" when the descriptor says which version of the role


@dataclass(frozen=True)
class _Lists:
    titles: dict[str, tuple[tuple[str, ...], ...]]  # first word -> honorifics, ranks, offices starting so, longest first
    words: frozenset[str]  # every word of them
    versions: dict[str, str]  # word -> "young" | "adult"
    generic: frozenset[str]
    joinable: frozenset[str]  # ranks and offices of one word that a hyphen may join to a unit: "SWAT-Captain"
    post_nominals: frozenset[str]  # "mp", "obe", "kc": letters after a name
    generations: dict[str, str]  # "sr" -> "senior", "jr" -> "junior"
    version_after: frozenset[str]  # "prime": "Mira Prime" is a version of Mira
    kinds: frozenset[str]  # "ai", "android": "AI Pip" is Pip, an AI


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    raw = yaml.safe_load(resources.files("rumorcheck").joinpath("data/descriptors.yaml").read_text("utf-8"))
    titles = {tuple(t.split()) for key in ("honorifics", "ranks", "offices", "professions") for t in raw[key]}
    versions = {word: version for version, words in raw["versions"].items() for word in words}
    titles |= {(word,) for word in versions}
    # four letters at least: short ones ("Gen", "Col", "Di") are syllables of hyphenated given names
    joinable = frozenset(t for key in ("ranks", "offices") for t in raw[key] if " " not in t and len(t) >= 4)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in sorted(titles, key=len, reverse=True):
        by_first.setdefault(title[0], []).append(title)
    return _Lists({first: tuple(ts) for first, ts in by_first.items()}, frozenset(w for t in titles for w in t),
                  versions, frozenset(raw["generic"]), joinable, frozenset(raw["post_nominals"]),
                  {word: gen for gen, words in raw["generations"].items() for word in words},
                  frozenset(raw["version_after"]), frozenset(raw["kinds"]))


def _key(word: str) -> str:
    return word.casefold().rstrip(".")


def _joined_rank(word: str) -> bool:
    """"SWAT-Captain", "Ex-President": a rank or office joined to what comes before it by a hyphen."""
    head, hyphen, tail = word.rpartition("-")
    return bool(hyphen and head and tail[:1].isupper()) and _key(tail) in _lists().joinable


@lru_cache(maxsize=1 << 14)  # asked of every name chunk, in every check that reads names
def split_descriptor(text: str) -> Described:
    """"Home Secretary Ruth Dale" -> ("Home Secretary", "Ruth Dale"); the name is kept
    whole when nothing would be left of it ("Detective" alone)."""
    words = text.split()
    lists = _lists()
    taken = 0
    version = None
    while taken < len(words) - 1:
        rest = [_key(w) for w in words[taken:]]
        title = next((t for t in lists.titles.get(rest[0], ()) if tuple(rest[:len(t)]) == t and len(t) < len(rest)),
                     None)
        if title is None and _joined_rank(words[taken]):
            title = (rest[0],)
        if title is None:
            break
        version = lists.versions.get(title[0], version) if len(title) == 1 else version
        taken += len(title)
    return Described(" ".join(words[:taken]), " ".join(words[taken:]), version)


def is_descriptor(word: str) -> bool:
    """One word of an honorific, rank, office or version ("Sgt", "Adult", "Dr.")."""
    key = _key(word)
    return key in _lists().words or _joined_rank(word)


def is_post_nominal(word: str) -> bool:
    """Letters written after a name or as an office before it ("MP", "OBE", "KC", "PhD"), written
    with two capitals or more: "Obe" or "Kc" alone may be a name."""
    return (len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2
            and _key(word) in _lists().post_nominals)


def generation(word: str) -> str | None:
    """"senior" for "Sr." / "Snr" / "Senior", "junior" for "Jr" / "Junior", else None."""
    return _lists().generations.get(_key(word.rstrip(",")))


def generation_words(which: str) -> list[str]:
    """The words written for one generation ("senior": "sr", "snr", "senior")."""
    return [word for word, gen in _lists().generations.items() if gen == which]


def is_generic(name: str) -> bool:
    """A role named by description only: "Kid", "Head Boss", "Prison Security Chief"."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    return bool(words) and all(w in _lists().generic or is_descriptor(w) for w in words)


# A serial number after a name: "Pip 301", "Unit 7" (a year is no part of a name)
_SERIAL = re.compile(r"\d{1,4}")


def name_of_version(text: str) -> str:
    """The name a role written for a version or kind of a character holds: "Old-Mira Holt" ->
    "Mira Holt", "Mira Prime" -> "Mira", "AI Pip 301" -> "Pip", "Dr. Mira" -> "Mira"; the text
    itself when nothing is taken off or nothing would be left."""
    lists = _lists()
    words = text.split()
    if words and "-" in words[0]:
        head, _, tail = words[0].partition("-")
        if tail[:1].isupper() and (_key(head) in lists.versions or _key(head) in lists.kinds):
            words[0] = tail
    while len(words) > 1 and (_key(words[0]) in lists.kinds or _key(words[0]) in lists.versions
                              or (_key(words[0]),) in lists.titles.get(_key(words[0]), ())):
        words.pop(0)
    while len(words) > 1 and (_key(words[-1]) in lists.version_after or _SERIAL.fullmatch(words[-1])):
        words.pop()
    return " ".join(words)
