"""Chinese names in Latin letters: one key for pinyin, Wade–Giles and common Cantonese surnames.

Wade–Giles (the older system, still used in Taiwan and for many public figures) writes pinyin's
b/d/g/z/zh/j as p/t/k/ts/ch/ch and marks the aspirated p/t/k/c/ch/q with an apostrophe that the
web drops, so without it p, t, k, ch and ts each stand for two pinyin initials; it writes x as hs,
r as j, -ong as -ung, -ie as -ieh, -ian as -ien and -i after zh/ch/sh/r as -ih. The key below
writes both systems one way (b/p -> p, d/t -> t, g/k -> k, zh/ch/j/q -> ch, z/c/ts/tz -> ts,
x/hs -> hs), which is what an apostrophe-less spelling can tell apart.

Hong Kong spellings of surnames follow Cantonese sounds, not Mandarin ones, so no rule maps them
to pinyin; the commonest are listed with their pinyin (Hong Kong government romanisation).

Sources: Wade & Giles, "A Chinese-English Dictionary" (1892); ISO 7098 (pinyin).
"""

from __future__ import annotations

import re
from functools import lru_cache

_INITIAL = r"(?:zh|ch|sh|hs|ts|tz|ss|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (r"(?:iang|iong|uang|ueng|iung|ang|eng|ing|ong|ung|ian|ien|iao|ieh|uai|uan|uei|ueh|uen|"
          r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|io|ua|uo|ui|ue|ih|er|erh|a|e|i|o|u)")
_SYLLABLE = re.compile(f"{_INITIAL}{_FINAL}")

_CANTONESE_SURNAMES = {
    "chan": "chen", "wong": "huang", "cheung": "zhang", "lau": "liu", "leung": "liang", "lam": "lin",
    "ng": "wu", "ho": "he", "tse": "xie", "yip": "ye", "kwok": "guo", "tsang": "zeng", "chow": "zhou",
    "fung": "feng", "yeung": "yang", "mak": "mai", "choi": "cai", "tsui": "xu", "hui": "xu", "kwan": "guan",
    "lui": "lu", "siu": "xiao", "tam": "tan", "yuen": "yuan", "chiu": "zhao", "poon": "pan", "law": "luo",
}
_REWRITES = [  # Wade–Giles finals and initials to pinyin, then the apostrophe-less merges
    (r"^yi", "i"), (r"^y(?=[aeou])", "i"), (r"^wu", "u"), (r"^w", "u"), (r"iou$", "iu"),  # y/w spell no sound
    (r"^hs", "x"), (r"^(?:tz|ts)u$", "zi"), (r"^ssu$", "si"), (r"^(ch|sh|j)ih$", r"\1i"), (r"ieh$", "ie"),
    (r"ien$", "ian"), (r"ueh$", "ue"), (r"uei$", "ui"), (r"^yen$", "yan"), (r"iung$", "iong"), (r"ung$", "ong"),
    (r"erh$", "er"),
    (r"^[bp]", "p"), (r"^[dt](?!s|z)", "t"), (r"^[gk]", "k"), (r"^(?:zh|ch|j|q)", "ch"),
    (r"^(?:ts|tz|z|c)(?!h)", "ts"), (r"^x", "hs"),
]


@lru_cache(maxsize=1 << 14)
def chinese_key(word: str) -> str | None:
    """One spelling of a one-syllable Chinese word, or of each syllable of a two-syllable given
    name written as one word ("Xiaoming", "Hsiao-ming"); None for words that are not such."""
    if word in _CANTONESE_SURNAMES:
        word = _CANTONESE_SURNAMES[word]
    parts = []
    for piece in word.split("-"):
        split = _split(piece)
        if split is None:
            return None
        parts += split
    return "".join(_rewrite(p) for p in parts)


def _split(word: str) -> list[str] | None:
    if _SYLLABLE.fullmatch(word):
        return [word]
    for cut in range(len(word) - 1, 0, -1):
        if _SYLLABLE.fullmatch(word[:cut]) and _SYLLABLE.fullmatch(word[cut:]):
            return [word[:cut], word[cut:]]
    return None


def _rewrite(syllable: str) -> str:
    for pattern, replacement in _REWRITES:
        syllable = re.sub(pattern, replacement, syllable)
    return syllable + "."
