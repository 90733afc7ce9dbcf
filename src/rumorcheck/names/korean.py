"""Korean names in Latin letters: the romanisation systems as data, and what a spelling can stand for.

A romanised Korean syllable is an onset, a vowel and a coda, each written by one of several
systems: Revised Romanisation (RR, the South Korean standard since 2000), McCune–Reischauer
(MR, written without its breves and apostrophes, as the web does) and habits older than both
("Lee", "Park", "Choi", "oo" for u, "ee" for i). The tables below give, for each way of writing
a part, the Hangul letters (jamo) it may stand for. Two spellings of a syllable are the same
syllable when every part can stand for a common jamo: "jung" and "jeong" share 정, "cho" and
"choi" share nothing (조/초 against 최), nor do "yoo" and "yoon" (유 against 윤).

Surnames follow the initial-sound rule of South Korean spelling (두음법칙): a word-initial ㄹ is
dropped before i/y (리 -> 이: Rhee, Lee, Yi) and read ㄴ before other vowels (로 -> 노: Roh, Noh);
a word-initial ㄴ is dropped before i/y (녀 -> 여). One-syllable words (surnames) get it.

Sources: National Institute of Korean Language, "Romanization of Korean" (2000);
McCune & Reischauer, "The Romanization of the Korean Language" (1939).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

# The jamo, in Unicode order (a Hangul syllable is 0xAC00 + (onset * 21 + vowel) * 28 + coda).
ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
CODAS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
         "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

# How each system writes each jamo (MR without diacritics). RR first: it transliterates Hangul.
RR_ONSET = dict(zip(ONSETS, "g kk n d tt r m b pp s ss - j jj ch k t p h".split()))
RR_VOWEL = dict(zip(VOWELS, "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()))
RR_CODA = {"": "", "ㄱ": "k", "ㄲ": "k", "ㄳ": "k", "ㄴ": "n", "ㄵ": "n", "ㄶ": "n", "ㄷ": "t", "ㄹ": "l", "ㄺ": "k",
           "ㄻ": "m", "ㄼ": "l", "ㄽ": "l", "ㄾ": "l", "ㄿ": "p", "ㅀ": "l", "ㅁ": "m", "ㅂ": "p", "ㅄ": "p", "ㅅ": "t",
           "ㅆ": "t", "ㅇ": "ng", "ㅈ": "t", "ㅊ": "t", "ㅋ": "k", "ㅌ": "t", "ㅍ": "p", "ㅎ": "t"}
RR_ONSET["ㅇ"] = ""
MR_ONSET = dict(zip(ONSETS, "k kk n t tt r m p pp s ss - ch tch ch k t p h".split()))
MR_ONSET["ㅇ"] = ""
MR_VOICED = {"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "j"}  # MR voices plain stops inside a name
MR_VOWEL = dict(zip(VOWELS, "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split()))

# Spellings outside both systems that the web uses for names (public usage, e.g. Korean
# passports before 2000): each adds readings to a part.
HABIT_ONSET = {"ㄹ": ["l", "rh"], "ㅅ": ["sh"], "ㅆ": ["s"], "ㄲ": ["gg"], "ㄸ": ["dd"], "ㅃ": ["bb"]}
HABIT_VOWEL = {"ㅏ": ["ah"], "ㅐ": ["ai", "e"], "ㅓ": ["u", "uh"], "ㅗ": ["oh"], "ㅜ": ["oo"],
               "ㅕ": ["yu", "you", "yuh"], "ㅠ": ["yoo", "you"], "ㅚ": ["oi", "we"], "ㅝ": ["weo"], "ㅟ": ["wee"],
               "ㅢ": ["eui", "i", "ee"], "ㅣ": ["ee"], "ㅒ": ["ye"]}
HABIT_EMPTY_ONSET_VOWEL = {"ㅣ": ["yi"], "ㅜ": ["woo", "wu"]}  # Yi (이), Woo (우)
HABIT_CODA = {"ㄱ": ["g"], "ㄹ": ["r"], "ㅂ": ["b"]}
# Whole-syllable surname spellings no part rule gives: Park/Pak/Bak (박), Hur (허).
HABIT_SURNAME = {"park": "박", "hur": "허"}

# Family names held by about 99% of South Koreans (Statistics Korea, 2015 census): a romanised name
# is read as Korean only when one of its words can be one of these.
SURNAMES = frozenset("""
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주
    우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥
    육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 시 수 견 상 판
""".split())

NAME_CODAS = ["", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ"]  # the codas Korean given names and surnames use
_Y_VOWELS = set("ㅑㅒㅕㅖㅛㅠㅣ")


def _invert(*tables: dict[str, str | list[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for table in tables:
        for jamo, spellings in table.items():
            for spelling in [spellings] if isinstance(spellings, str) else spellings:
                out.setdefault(spelling.replace("-", ""), set()).add(jamo)
    return {k: frozenset(v) for k, v in out.items()}


ONSET_READINGS = _invert(RR_ONSET, MR_ONSET, MR_VOICED, HABIT_ONSET)
VOWEL_READINGS = _invert(RR_VOWEL, MR_VOWEL, HABIT_VOWEL)
EMPTY_ONSET_VOWEL_READINGS = _invert(HABIT_EMPTY_ONSET_VOWEL)
CODA_READINGS = _invert({j: RR_CODA[j] for j in NAME_CODAS}, HABIT_CODA)


def _alternation(spellings) -> str:
    return "|".join(sorted((re.escape(s) for s in spellings if s), key=len, reverse=True))


_SYLLABLE = re.compile(
    f"(?P<onset>{_alternation(ONSET_READINGS)})?"
    f"(?P<vowel>{_alternation(set(VOWEL_READINGS) | set(EMPTY_ONSET_VOWEL_READINGS))})"
    f"(?P<coda>{_alternation(CODA_READINGS)})?"
)


@dataclass(frozen=True)
class Syllable:
    """One romanised syllable and every jamo each of its parts may stand for."""

    spelling: str
    onsets: frozenset[str]
    vowels: frozenset[str]
    codas: frozenset[str]

    def hangul(self) -> set[str]:
        return {compose(o, v, c) for o in self.onsets for v in self.vowels for c in self.codas}


@lru_cache(maxsize=1 << 14)
def syllable(spelling: str) -> Syllable | None:
    """The readings of one written syllable, or None when no system writes a syllable so."""
    if spelling in HABIT_SURNAME:
        o, v, c = decompose(HABIT_SURNAME[spelling])
        return Syllable(spelling, frozenset(o), frozenset(v), frozenset([c]))
    best = None
    for m in _all_parses(spelling):
        onset, vowel, coda = m
        if onset == "":
            vowels = VOWEL_READINGS.get(vowel, frozenset()) | EMPTY_ONSET_VOWEL_READINGS.get(vowel, frozenset())
            onsets = frozenset("ㅇ")
        else:
            if vowel in EMPTY_ONSET_VOWEL_READINGS and vowel not in VOWEL_READINGS:
                continue
            vowels, onsets = VOWEL_READINGS[vowel], ONSET_READINGS[onset]
        parsed = Syllable(spelling, onsets, vowels, CODA_READINGS[coda])
        best = parsed if best is None else _union(best, parsed)
    return best


def _union(a: Syllable, b: Syllable) -> Syllable:
    """Two parses of one spelling ("hoon": h-oo-n) whose parts overlap: keep every reading."""
    return Syllable(a.spelling, a.onsets | b.onsets, a.vowels | b.vowels, a.codas | b.codas)


def _all_parses(spelling: str) -> list[tuple[str, str, str]]:
    parses = []
    for onset in ["", *[o for o in ONSET_READINGS if o and spelling.startswith(o)]]:
        rest = spelling[len(onset):]
        for coda in CODA_READINGS:
            if coda and not rest.endswith(coda):
                continue
            vowel = rest[:len(rest) - len(coda)] if coda else rest
            if vowel in VOWEL_READINGS or vowel in EMPTY_ONSET_VOWEL_READINGS:
                parses.append((onset, vowel, coda))
    return parses


def is_syllable(spelling: str) -> bool:
    return syllable(spelling) is not None


@lru_cache(maxsize=1 << 14)
def segment(letters: str) -> tuple[str, ...] | None:
    """Split unbroken letters into written syllables ("piljae" -> pil, jae): the fewest syllables,
    ties going to the longer first syllable (Korean codas are written before the next onset)."""
    if not letters:
        return ()
    if is_syllable(letters):
        return (letters,)
    best: tuple[str, ...] | None = None
    for cut in range(min(len(letters) - 1, 7), 0, -1):
        head = letters[:cut]
        if not is_syllable(head):
            continue
        tail = segment(letters[cut:])
        if tail is not None and (best is None or len(tail) + 1 < len(best)):
            best = (head, *tail)
    return best


def compose(onset: str, vowel: str, coda: str) -> str:
    return chr(0xAC00 + (ONSETS.index(onset) * 21 + VOWELS.index(vowel)) * 28 + CODAS.index(coda))


def decompose(hangul: str) -> tuple[str, str, str]:
    code = ord(hangul) - 0xAC00
    return ONSETS[code // 588], VOWELS[(code % 588) // 28], CODAS[code % 28]


def is_hangul(ch: str) -> bool:
    return 0xAC00 <= ord(ch) <= 0xD7A3


def romanise(hangul_word: str) -> str:
    """Revised Romanisation of a Hangul word, syllables joined by hyphens ("지평" -> "ji-pyeong")."""
    parts = []
    for ch in hangul_word:
        if not is_hangul(ch):
            parts.append(ch)
            continue
        o, v, c = decompose(ch)
        parts.append(RR_ONSET[o] + RR_VOWEL[v] + RR_CODA[c])
    return "-".join(parts)


def spellings_of(hangul: str) -> set[str]:
    """Every way the tables write one Hangul syllable (for tests and the names table)."""
    o, v, c = decompose(hangul)
    onset_spellings = {s for s, js in ONSET_READINGS.items() if o in js} | ({""} if o == "ㅇ" else set())
    coda_spellings = {s for s, js in CODA_READINGS.items() if c in js}
    out = set()
    for os_ in onset_spellings:
        table = VOWEL_READINGS if os_ else {**VOWEL_READINGS, **EMPTY_ONSET_VOWEL_READINGS}
        for vs, js in table.items():
            if v in js:
                out |= {os_ + vs + cs for cs in coda_spellings}
    return {s for s in out if syllable(s) is not None and any(h == hangul for h in syllable(s).hangul())}


# -- comparing written syllables ----------------------------------------------------------------

def _initial_sound_law(onsets: frozenset[str], vowels: frozenset[str]) -> frozenset[str]:
    """A surname's onset as South Korean spelling may also write it (see the module doc)."""
    out = set(onsets)
    y_vowel = bool(vowels & _Y_VOWELS)
    plain_vowel = bool(vowels - _Y_VOWELS)
    if "ㄹ" in onsets:
        out |= ({"ㅇ"} if y_vowel else set()) | ({"ㄴ"} if plain_vowel else set())
    if "ㄴ" in onsets and y_vowel:
        out.add("ㅇ")
    if "ㅇ" in onsets and y_vowel:
        out |= {"ㄹ", "ㄴ"}
    if "ㄴ" in onsets and plain_vowel:
        out.add("ㄹ")
    return frozenset(out)


def same_syllable(a: Syllable, b: Syllable, word_initial: bool = False) -> bool:
    vowels = a.vowels & b.vowels
    if not vowels or not (a.codas & b.codas):
        return False
    if word_initial:
        return bool(_initial_sound_law(a.onsets, vowels) & _initial_sound_law(b.onsets, vowels))
    return bool(a.onsets & b.onsets)


# Coarse classes: every pair of spellings that can be the same syllable falls in one class, so a
# name's class string is an index key; same_syllable then decides.
_ONSET_CLASS = {**dict.fromkeys("ㄱㄲㅋ", "k"), **dict.fromkeys("ㄷㄸㅌ", "t"), **dict.fromkeys("ㅂㅃㅍ", "p"),
                **dict.fromkeys("ㅅㅆ", "s"), **dict.fromkeys("ㅈㅉㅊ", "j"), "ㄴ": "n", "ㄹ": "r", "ㅇ": "",
                "ㅁ": "m", "ㅎ": "h"}
_VOWEL_CLASS = {**dict.fromkeys("ㅓㅗㅜㅡ", "o"), **dict.fromkeys("ㅐㅔ", "e"), **dict.fromkeys("ㅕㅛㅠ", "yo"),
                **dict.fromkeys("ㅖㅒ", "ye"), **dict.fromkeys("ㅚㅞ", "we"), **dict.fromkeys("ㅢㅣ", "i"),
                "ㅏ": "a", "ㅑ": "ya", "ㅘ": "wa", "ㅙ": "wae", "ㅝ": "wo", "ㅟ": "wi"}
_CODA_CLASS = {"": "", "ㄱ": "k", "ㄴ": "n", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅅ": "t", "ㅇ": "ng"}


@lru_cache(maxsize=1 << 12)
def could_be_surname(s: Syllable) -> bool:
    return any(h in SURNAMES for h in s.hangul()) or bool(
        {"ㄹ", "ㄴ"} & s.onsets and any(compose("ㅇ", v, c) in SURNAMES for v in s.vowels for c in s.codas))


def other_syllable(a: Syllable, b: Syllable) -> bool:
    """Another syllable, not a slip of the keyboard: another onset, and more than one letter
    changed ("a" and "ho", "seok" and "wook"; not "yoo" and "yoon", "won" and "bon", "in" and "ni")."""
    onsets_a = {_ONSET_CLASS[o] for o in a.onsets}
    onsets_b = {_ONSET_CLASS[o] for o in b.onsets}
    return not (onsets_a & onsets_b) and OSA.distance(a.spelling, b.spelling) >= 2


def syllable_class(s: Syllable, word_initial: bool = False) -> str:
    onsets = {_ONSET_CLASS[o] for o in s.onsets}
    if word_initial and onsets & {"", "n", "r"}:
        onsets = {"l"}  # the initial-sound rule joins ㄹ, ㄴ and ㅇ in surnames
    vowels = {_VOWEL_CLASS[v] for v in s.vowels}
    codas = {_CODA_CLASS.get(c, c) for c in s.codas}
    # a part read two ways across classes ("we": ㅞ or ㅚ, same class) keeps its smallest class
    return f"{min(onsets)}{min(vowels)}{min(codas)}."
