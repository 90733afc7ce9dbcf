"""Names the way the web writes them: keys, romanisation systems and resolution.

* :mod:`.keys` — what counts as the same spelling, and keys per writing system;
* :mod:`.korean`, :mod:`.japanese`, :mod:`.chinese` — the romanisation systems, as data;
* :mod:`.resolver` — :class:`NameResolver`: exact, variant or misspelt, decided on evidence
  (titles, ranks and ages before a name are split off with :mod:`rumorcheck.descriptors`).
"""

from .keys import (exact_key, fold, folded_key, korean_boundary_conflict, reordered, same_korean, same_sound,
                   syllables, variant_key, variant_keys, words)
from .resolver import (FAMILY_MISSPELLING, ROLE_NOUNS, Entity, Kind, Match, NameResolver, Resolution, classify,
                       crew_of, family_name, is_credential, misspelling, short_forms)

__all__ = [
    "FAMILY_MISSPELLING", "ROLE_NOUNS", "Entity", "Kind", "Match", "NameResolver", "Resolution", "classify",
    "crew_of", "exact_key", "family_name", "fold", "folded_key", "is_credential", "korean_boundary_conflict",
    "misspelling", "reordered", "same_korean", "same_sound", "short_forms", "syllables", "variant_key", "variant_keys", "words",
]
