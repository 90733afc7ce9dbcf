"""Titles, ranks, offices and age words written before a name ("Sgt", "Home Secretary", "Adult").

The list lives in ``data/name_descriptors.txt``; this module only reads it and splits a name.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def descriptor_words() -> frozenset[str]:
    text = resources.files("rumorcheck").joinpath("data/name_descriptors.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


def split_descriptor(text: str) -> tuple[str, str] | None:
    """``"Home Secretary Julia Montague"`` -> ``("Home Secretary", "Julia Montague")``; None when the
    text does not start with a descriptor or is nothing else."""
    words = text.split()
    known = descriptor_words()
    n = 0
    while n < len(words) - 1 and words[n].strip(".,").casefold() in known:
        n += 1
    if n == 0:
        return None
    return " ".join(words[:n]), " ".join(words[n:])
