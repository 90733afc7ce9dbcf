"""Japanese names in Latin letters: one key for the spellings of the same kana.

Hepburn marks long vowels with a macron (Kyōko, Ōno); the web drops it (Kyoko, Ono), types it
as wāpuro romaji (Kyouko, Oono) or with an h (Ohno). Kunrei-shiki and Nihon-shiki write
si/ti/tu/hu/zi and sya/tya/zya for Hepburn's shi/chi/tsu/fu/ji and sha/cha/ja; Hepburn itself
has been printed with m before b, p and m (Shimbashi) and with n (Shinbashi). A word that splits
wholly into kana syllables (morae) gets a key in which all of these are one spelling; other
words get none.

Sources: Kenkyusha's "New Japanese-English Dictionary" (3rd ed., 1954) for modified Hepburn;
Japanese Cabinet notice No. 1 (1954) for Kunrei-shiki; ISO 3602.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Kunrei-shiki and Nihon-shiki syllables and their Hepburn spelling.
_KUNREI = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu",
           "sya": "sha", "syu": "shu", "syo": "sho", "tya": "cha", "tyu": "chu", "tyo": "cho",
           "zya": "ja", "zyu": "ju", "zyo": "jo", "dya": "ja", "dyu": "ju", "dyo": "jo",
           "jya": "ja", "jyu": "ju", "jyo": "jo"}
_MORA = re.compile(r"""
    (?:[kgsztdnhbpmr]y[auo] | sh[aiuo] | ch[aiueo] | j[aiueo] | ts[aiueo] | f[aiueo]
     | [kgsztdnhbpmrwy]?[aiueo]
     | n(?![aiueoy]) | m(?=[bpm])           # the moraic n, written m before b, p, m
     | ([kgstpcdbzf])(?=\1) | t(?=ch)         # a doubled consonant (sokuon)
     | (?<=o)h(?![aiueoy]))                  # Ohno, Satoh: the h of a long o
""", re.VERBOSE)
_LONG = [("ou", "o"), ("oo", "o"), ("uu", "u")]  # long o and u: the vowels Hepburn marks in names


@lru_cache(maxsize=1 << 14)
def morae(word: str) -> tuple[str, ...] | None:
    """``"kyouko"`` -> ``("kyo", "u", "ko")``; None when the word is not wholly kana syllables."""
    out, pos = [], 0
    while pos < len(word):
        m = _MORA.match(word, pos)
        if m is None or m.end() == pos:
            return None
        out.append(m.group(0))
        pos = m.end()
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def japanese_key(word: str) -> str | None:
    """One spelling for Hepburn with or without macrons, wāpuro, oh-spellings and Kunrei."""
    parts = morae(word)
    if parts is None or len(parts) < 2 and len(word) < 3:
        return None
    hepburn = "".join(_KUNREI.get(p, p) for p in parts if p != "h")
    hepburn = re.sub(r"m(?=[bpm])", "n", hepburn)
    for long, short in _LONG:
        hepburn = hepburn.replace(long, short)
    return hepburn


def other_japanese_word(a: str, b: str) -> bool:
    """A whole kana syllable added or dropped ("Kimura", "Kitamura"): another name, not a typo.
    A doubled consonant, a long vowel or an n is no whole syllable."""
    ma, mb = morae(a), morae(b)
    if ma is None or mb is None or abs(len(ma) - len(mb)) != 1:
        return False
    longer, shorter = (ma, mb) if len(ma) > len(mb) else (mb, ma)
    for i, mora in enumerate(longer):
        if longer[:i] + longer[i + 1:] == shorter:
            return len(mora) >= 2 and mora[-1] in "aiueo"
    return False
