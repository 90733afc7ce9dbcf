"""South Asian names in Latin letters: one key for the common ways of writing the same sounds.

Hindi, Urdu, Bengali, Punjabi and other South Asian names have no single romanisation in use:
the long vowels ई and ऊ are written ee or i and oo or u (Ranveer/Ranvir, Sanjeev/Sanjiv,
Kapoor/Kapur), व as v or w (Dwivedi/Dvivedi), and the
Arabic-derived ending of Siddiqui (صدیقی) as -qui, -que or -qi. ISO 15919 and the Hunterian system
(the Indian government's) write one form, the web and the credits write all of them. The key
writes each pair one way, so spellings that differ only there are variants, not misspellings.
The long आ, written aa or a (Saaransh/Saransh), is left out: a doubled or dropped a is as often
a slip in names of other languages ("Aaron" for Arón, "Shana" for Shanaa). Names that read as
Korean get no key: the Korean tables decide theirs, and "Joong-kii" is a slip there.

Sources: ISO 15919 (2001), "Transliteration of Devanagari and related Indic scripts"; the
Hunterian transliteration as used by the Survey of India.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (pattern, replacement) applied in order to each folded word; each rule says which spellings it joins
_REWRITES = [
    (r"q(?:ui|ue|i)$", "qi"),  # Siddiqui, Siddique, Siddiqi
    (r"ee", "i"),  # Ranveer, Ranvir; Sanjeev, Sanjiv
    (r"oo", "u"),  # Kapoor, Kapur; Khoorana, Khurana
    (r"w", "v"),  # Dwivedi, Dvivedi; Ranwir, Ranvir
]


@lru_cache(maxsize=1 << 14)
def indic_key(word: str) -> str | None:
    """The key of one folded word, or None when it is not plain Latin letters."""
    if not word.isascii() or not word.replace("-", "").isalpha():
        return None
    for pattern, replacement in _REWRITES:
        word = re.sub(pattern, replacement, word)
    return word
