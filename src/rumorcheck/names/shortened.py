"""Shorter ways of writing a Western-style personal name that still name the same person.

* a common English short form of the given name, or the full form of a short one: "Alex Pruitt"
  for Alexander Pruitt, "Christopher Vane" for Chris Vane. The pairs come from the ``nicknames``
  package, a hand-curated table of English given names and their nicknames;
* one part of a three-word name left out: "Ruth Dale" or "Ruth Moreno" for Ruth Dale Moreno (a
  compound family name or a middle name, which prose often drops).

Names shaped like Korean names (a hyphenated given name, or every word a Korean syllable) have
none: their words are not English given names, and dropping one makes another person's name.
"""

from __future__ import annotations

from functools import lru_cache

from nicknames import NickNamer
from rapidfuzz.distance import OSA

from . import korean

# Particles that begin a family name ("De Oliveira", "van Dijk"): the name cannot end on one.
_PARTICLES = frozenset("de del della da di van von der den la le du dos das bin al".split())


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    return NickNamer()


def given_name_forms(given: str) -> set[str]:
    """Other forms of an English given name, lower case: {"alex", "alec", ...} for "Alexander"."""
    namer = _namer()
    return {form for form in namer.nicknames_of(given) | namer.canonicals_of(given) if len(form) >= 3}


def shortened_forms(name: str) -> list[str]:
    """"Alex Pruitt" and "Ruth Dale" style forms of ``name``, in its own capitalisation."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts) or _korean_shaped(parts):
        return []
    forms = []
    if len(parts) == 3:
        forms += [" ".join(kept) for kept in (parts[:2], [parts[0], parts[2]])
                  if kept[-1].casefold() not in _PARTICLES]
    rest = " ".join(parts[1:])
    forms += [f"{given.capitalize()} {rest}" for given in sorted(given_name_forms(parts[0]))
              if not _respelt(parts[0].casefold(), given)]
    return forms


def _respelt(given: str, form: str) -> bool:
    """The same given name spelt another way ("Vicki" for Vicky, "Johnathan" for Jonathan), not a
    shorter or fuller form of it ("Steve" for Steven): a person's name has one spelling, so this
    is a slip for the name rules to judge, not another way to name them."""
    if given.startswith(form) or form.startswith(given):
        return False
    return OSA.distance(given, form) <= 2


def _korean_shaped(parts: list[str]) -> bool:
    return any("-" in p for p in parts) or all(korean.is_syllable(p.casefold()) for p in parts)
