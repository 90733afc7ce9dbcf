"""Descriptors written around names: honorifics, ranks, offices and the age of a role.

"Sgt Ann Cole" is Ann Cole, a sergeant; "Adult Mira Holt" is the adult Mira; "Private
Park" is the character surnamed Park. The words come from ``data/descriptors.yaml``, the one list
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
    titles: tuple[tuple[str, ...], ...]  # honorifics, ranks and offices as word tuples, longest first
    versions: dict[str, str]  # word -> "young" | "adult"
    generic: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    raw = yaml.safe_load(resources.files("rumorcheck").joinpath("data/descriptors.yaml").read_text("utf-8"))
    titles = {tuple(t.split()) for key in ("honorifics", "ranks", "offices") for t in raw[key]}
    versions = {word: version for version, words in raw["versions"].items() for word in words}
    titles |= {(word,) for word in versions}
    return _Lists(tuple(sorted(titles, key=len, reverse=True)), versions, frozenset(raw["generic"]))


def _key(word: str) -> str:
    return word.casefold().rstrip(".")


def split_descriptor(text: str) -> Described:
    """"Home Secretary Ruth Dale" -> ("Home Secretary", "Ruth Dale"); the name is kept
    whole when nothing would be left of it ("Detective" alone)."""
    words = text.split()
    lists = _lists()
    taken = 0
    version = None
    while taken < len(words) - 1:
        rest = [_key(w) for w in words[taken:]]
        title = next((t for t in lists.titles if tuple(rest[:len(t)]) == t and len(t) < len(rest)), None)
        if title is None:
            break
        version = lists.versions.get(title[0], version) if len(title) == 1 else version
        taken += len(title)
    return Described(" ".join(words[:taken]), " ".join(words[taken:]), version)


def is_descriptor(word: str) -> bool:
    """One word of an honorific, rank, office or version ("Sgt", "Adult", "Dr.")."""
    key = _key(word)
    return any(key in title for title in _lists().titles)


def is_generic(name: str) -> bool:
    """A role named by description only: "Kid", "Head Boss", "Prison Security Chief"."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    return bool(words) and all(w in _lists().generic or is_descriptor(w) for w in words)
