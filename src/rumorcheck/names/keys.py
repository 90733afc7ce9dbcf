"""Keys for names: what counts as the same spelling, and what as another system's spelling.

* :func:`exact_key` — case, hyphens, spaces and apostrophes do not matter ("Cheon Piljae" is
  "Cheon Pil-jae"); accents do ("Alvaro" is not exactly "Álvaro").
* :func:`folded_key` — accents do not matter either: "Alvaro Ortiz" is an accent-less variant.
* :func:`variant_keys` — one key per writing system the name can be read in: Korean
  (:mod:`.korean`), Japanese (:mod:`.japanese`), Chinese (:mod:`.chinese`), South Asian
  (:mod:`.indic`). Names sharing a key are
  candidates for being the same name; :func:`same_korean` settles Korean candidates syllable by
  syllable.

Names written in Hangul are romanised with the Korean tables; kana and hanzi are transliterated
with anyascii before any of this.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

import jellyfish
from anyascii import anyascii

from . import korean
from .chinese import chinese_key
from .indic import indic_key
from .japanese import japanese_key, morae, other_japanese_word

_APOSTROPHES = "'’‘`´ʼ"
_HYPHENS = "-‐‑‒–—"
_SPLIT = re.compile(r"[\s" + re.escape(_HYPHENS) + r"]+")
_NOT_NAME = re.compile(r"[^\w\s" + re.escape(_HYPHENS) + r"#]")
MAX_SEGMENTATIONS = 8


@lru_cache(maxsize=1 << 16)
def latin(text: str) -> str:
    """Hangul romanised (Revised Romanisation, syllables hyphenated); kana, hanzi and other
    scripts transliterated; Latin letters, accents included, left as they are."""
    if text.isascii():
        return text
    out, run = [], []
    for ch in text + " ":
        if korean.is_hangul(ch):
            run.append(ch)
            continue
        if run:
            out.append(korean.romanise("".join(run)))
            run.clear()
        out.append(ch if ch.isascii() or unicodedata.category(ch)[0] in "LMZ" and _is_latin(ch) else anyascii(ch))
    return "".join(out)[:-1]


def _is_latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "") or unicodedata.category(ch) == "Mn"


@lru_cache(maxsize=1 << 16)
def lower(text: str) -> str:
    """Latin letters, lower-case, apostrophes dropped, punctuation as spaces; accents kept."""
    text = unicodedata.normalize("NFC", latin(text)).casefold()
    text = text.translate({ord(ch): None for ch in _APOSTROPHES})
    return re.sub(r"\s+", " ", _NOT_NAME.sub(" ", text)).strip()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accents and apostrophes dropped; letters, digits, spaces and hyphens kept."""
    decomposed = unicodedata.normalize("NFKD", lower(text))
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", _NOT_NAME.sub(" ", no_marks.replace("ø", "o").replace("ß", "ss"))).strip()


@lru_cache(maxsize=1 << 16)
def syllables(text: str) -> tuple[str, ...]:
    """``"Kim Min-Seok"`` -> ``("kim", "min", "seok")``: the written pieces, folded."""
    return tuple(part for part in _SPLIT.split(fold(text)) if part)


@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """Space-separated words, hyphenated parts kept together: ``("kim", "min-seok")``; a dash
    written with spaces around it ("Seo Ji – Hye", from scraped lists) joins its parts too."""
    return tuple(re.sub(r"\s*[" + re.escape(_HYPHENS) + r"]\s*", "-", fold(text)).split())


@lru_cache(maxsize=1 << 16)
def exact_key(text: str) -> str:
    """Case, hyphens, spacing and apostrophes do not matter; accents do."""
    return "".join(p for p in _SPLIT.split(lower(text)) if p)


@lru_cache(maxsize=1 << 16)
def folded_key(text: str) -> str:
    """:func:`exact_key` with accents dropped: "Alvaro" and "Álvaro" share it."""
    return "".join(syllables(text))


# -- Korean readings ------------------------------------------------------------------------------

Reading = tuple[tuple[korean.Syllable, bool], ...]  # (syllable, first syllable of a one-syllable word)


@lru_cache(maxsize=1 << 14)
def korean_readings(text: str) -> tuple[Reading, ...]:
    """Every way to read a name as Korean syllables (at most a few), or () when it is not Korean.

    A written piece that is one syllable ("Jip", "Yeong") is kept as written: the writer put a
    boundary there. A piece of several syllables ("Piljae") is split every way the tables allow.
    A piece that is no syllable at all ("Ray" in "Mi Ray-A") makes its word be split afresh,
    hyphens ignored: such a writer did not mark syllables.
    """
    per_word: list[list[tuple[tuple[str, ...], bool]]] = []
    for word in words(text):
        options = [o for o in _word_options(word) if len(o[0]) <= 3]
        if not options:
            return ()
        per_word.append(options)
    if not _korean_shaped(words(text), per_word):
        return ()
    readings = []
    for combo in product(*per_word):
        reading = []
        for spellings, one_syllable in combo:
            for i, spelling in enumerate(spellings):
                reading.append((korean.syllable(spelling), one_syllable and i == 0))
        readings.append(tuple(reading))
        if len(readings) >= MAX_SEGMENTATIONS:
            break
    return tuple(readings)


def _korean_shaped(words_: list[str], per_word) -> bool:
    """A family name of one syllable that Koreans have ("Kimura" and "Deng Chao" read as Korean
    syllables too, but have none), or a given name written syllable by syllable ("Min-ho",
    "Ji Pyeong")."""
    surname = any(len(spellings) == 1 and korean.could_be_surname(korean.syllable(spellings[0]))
                  for options in per_word for spellings, _ in options)
    hyphenated = any("-" in w and all(korean.is_syllable(p) for p in _SPLIT.split(w) if p) for w in words_)
    syllable_words = len(per_word) >= 2 and all(len(options[0][0]) == 1 for options in per_word)
    return surname or hyphenated or syllable_words


def _word_options(word: str) -> list[tuple[tuple[str, ...], bool]]:
    pieces = [p for p in _SPLIT.split(word) if p]
    per_piece = [_segmentations(p) for p in pieces]
    if any(not options for options in per_piece):
        options = _segmentations("".join(pieces))
        if not options:
            return []
        per_piece = [options]
    out = []
    for combo in product(*per_piece):
        spellings = tuple(s for part in combo for s in part)
        out.append((spellings, len(spellings) == 1))
        if len(out) >= MAX_SEGMENTATIONS:
            break
    return out


@lru_cache(maxsize=1 << 14)
def _segmentations(letters: str) -> tuple[tuple[str, ...], ...]:
    """Every split of a piece into syllables, fewest syllables first (at most a few)."""
    if not letters.isalpha() or not letters.isascii():
        return ()
    if korean.is_syllable(letters):
        return ((letters,),)
    n = len(letters)
    # ends[i]: the cuts after position i that leave a splittable rest (so no dead end is walked)
    ends: list[list[int]] = [[] for _ in range(n + 1)]
    splittable = [False] * n + [True]
    for i in range(n - 1, -1, -1):
        ends[i] = [j for j in range(min(n, i + 7), i, -1) if splittable[j] and korean.is_syllable(letters[i:j])]
        splittable[i] = bool(ends[i])
    if not splittable[0]:
        return ()
    found: list[tuple[str, ...]] = []

    def walk(i: int, done: tuple[str, ...]) -> None:
        if len(found) >= MAX_SEGMENTATIONS:
            return
        if i == n:
            found.append(done)
            return
        for j in ends[i]:
            walk(j, (*done, letters[i:j]))

    walk(0, ())
    return tuple(sorted(found, key=len))


def _reading_key(reading: Reading) -> str:
    return "".join(korean.syllable_class(s, initial) for s, initial in reading)


def same_korean(a: str, b: str) -> bool | None:
    """True when some Korean reading of ``a`` is syllable by syllable one of ``b``; False when
    both read as Korean but never alike; None when either is not Korean."""
    ra, rb = korean_readings(a), korean_readings(b)
    if not ra or not rb:
        return None
    for x in ra:
        for y in rb:
            if len(x) == len(y) and all(korean.same_syllable(s, t, i and j) for (s, i), (t, j) in zip(x, y)):
                return True
    return False


def other_name(a: str, b: str) -> bool:
    """Close in letters but, by the naming system, another name: a Korean syllable or a Japanese
    kana syllable that is wholly another."""
    if other_korean_name(a, b):
        return True
    wa, wb = [w.replace("-", "") for w in words(a)], [w.replace("-", "") for w in words(b)]
    if len(wa) != len(wb) or not all(morae(w) for w in wa + wb):
        return False  # only names that read as Japanese throughout
    return any(other_japanese_word(x, y) for x, y in zip(wa, wb))


def other_korean_name(a: str, b: str) -> bool:
    """Both read as Korean in as many syllables, and some syllable is wholly another one: "Kim
    Seon-a" is not "Kim Seon-woo" misspelt, but "Kim Seong-woo" may be."""
    ra, rb = korean_readings(a), korean_readings(b)
    if not ra or not rb or len(ra[0]) != len(rb[0]) or not (_marks_syllables(a) and _marks_syllables(b)):
        return False
    return any(korean.other_syllable(s, t) for (s, _), (t, _) in zip(ra[0], rb[0]))


def korean_coda_slip(a: str, b: str) -> bool:
    """Korean names alike in every written syllable but one of the given name, and that one the
    same onset and vowel with another or no final consonant: "Ha Jin-un" (운) for "Ha Jin-woong"
    (웅). The family name and the other syllables pin the person; a lost or changed final
    consonant is how a heard syllable gets misspelt."""
    pa, pb = syllables(a), syllables(b)
    if len(pa) != len(pb) or len(pa) < 3 or not korean_readings(a) or not korean_readings(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(pa, pb)) if x != y]
    if len(differ) != 1 or differ[0] == 0:
        return False
    x, y = korean.syllable(pa[differ[0]]), korean.syllable(pb[differ[0]])
    return (x is not None and y is not None and bool(x.onsets & y.onsets) and bool(x.vowels & y.vowels)
            and not x.codas & y.codas)


def _marks_syllables(text: str) -> bool:
    """Every written piece splits into syllables by itself ("Du-hban" has a piece that does not:
    a slip, whose letters must not be re-split and compared syllable by syllable)."""
    return all(_segmentations(piece) for piece in syllables(text))


def korean_boundary_conflict(a: str, b: str) -> bool:
    """The same letters split into other syllables: "Seo Han Eul" is not "Seo Ha-neul"."""
    return exact_key(a) == exact_key(b) and same_korean(a, b) is False


# -- all systems ----------------------------------------------------------------------------------

INDIC = "in"  # the prefix of South Asian keys (see .indic)
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def german_key(text: str) -> str:
    """German writes ä, ö, ü as ae, oe, ue when the letters are missing: "Schoene" is "Schöne"."""
    expanded = unicodedata.normalize("NFC", text).translate(str.maketrans(_UMLAUTS))
    return f"de:{folded_key(expanded)}"

@lru_cache(maxsize=1 << 16)
def variant_keys(text: str) -> frozenset[str]:
    """A key per writing system the whole name reads in; names that share one may be variants."""
    keys = {f"k:{_reading_key(r)}" for r in korean_readings(text)}
    ws = words(text)
    if ws:
        for prefix, keyfn, word_of in (("j", japanese_key, lambda w: w.replace("-", "")), ("c", chinese_key, str)):
            parts = [keyfn(word_of(w)) for w in ws]
            if all(parts):
                keys.add(f"{prefix}:{' '.join(parts)}")
        indic = _indic_words(text, keys)
        if indic is not None:
            keys.add(f"{INDIC}:{indic}")
    if any(ch in _UMLAUTS for ch in unicodedata.normalize("NFC", text)):
        keys.add(german_key(text))
    return frozenset(keys)


def _indic_words(text: str, keys: set[str] | frozenset[str], changed_only: bool = True) -> str | None:
    """The words rewritten by the South Asian rules (see .indic) when they change them, for a name
    that reads as neither Korean nor Japanese (their own tables decide theirs: "Joong-kii" and
    "Nagasava" are slips there). Only changed names are keyed; the others are found by their
    folded spelling (:func:`indic_probes`)."""
    if any(k.startswith(("k:", "j:")) for k in keys):
        return None
    ws = words(text)
    parts = [indic_key(w) for w in ws]
    if not ws or not all(parts) or (changed_only and parts == list(ws)):
        return None
    return " ".join(parts)


@lru_cache(maxsize=1 << 16)
def indic_probes(text: str) -> tuple[str | None, str | None]:
    """How to look up a South Asian variant of ``text``: its key even when the rules change
    nothing ("Siddiqi" finds a keyed "Siddiqui"), and the folded spelling it shares with a
    reference's plain one ("Ranveer" finds "Ranvir"); None where the rules do not apply."""
    indic = _indic_words(text, variant_keys(text), changed_only=False)
    return (None, None) if indic is None else (f"{INDIC}:{indic}", folded_key(indic))


def variant_key(text: str) -> str:
    """One stable key for pairing records across references: the Korean key of the likeliest
    reading, else the first other key, else the folded spelling. Matching uses all of them."""
    readings = korean_readings(text)
    if readings:
        return f"k:{_reading_key(readings[0])}"
    keys = {k for k in variant_keys(text) if not k.startswith(f"{INDIC}:")}  # every Latin name has one
    return min(keys) if keys else folded_key(text)


@lru_cache(maxsize=1 << 16)
def reordered(text: str) -> tuple[str, ...]:
    """The same name in the other order: "Dae-hwan Oh" <-> "Oh Dae-hwan"."""
    parts = words(text)
    if len(parts) < 2 or len(parts) > 4:
        return ()
    forms = {" ".join(parts[-1:] + parts[:-1]), " ".join(parts[1:] + parts[:1])}
    forms.discard(" ".join(parts))
    return tuple(sorted(forms))


# -- sound ----------------------------------------------------------------------------------------

def same_sound(a: str, b: str) -> bool:
    """Each word of ``a`` sounds like the word of ``b`` in its place, by NYSIIS or Metaphone (either
    may miss a respelling the other catches: "Kristofer" and "Christopher" share a NYSIIS key,
    "Kayser" and "Keyser" both): the respelling of a name heard, not read."""
    wa, wb = words(a), words(b)
    return len(wa) == len(wb) > 0 and all(_sound_keys(x) & _sound_keys(y) for x, y in zip(wa, wb))


# Spellings of one sound at the start of a word: a name heard and respelt keeps its sound, not
# always its first letter ("Kavanagh" for "Cavanagh", "Filip" for "Philip", "Kwinn" for "Quinn").
# A "c" is hard before a, o, u, l and r only ("Cindy" is no "Kindy").
_INITIAL_SOUNDS = tuple((re.compile(spelling), sound) for spelling, sound in (
    ("^chr", "kr"), ("^ph", "f"), ("^qu", "kw"), ("^c(?=[aoulr])", "k"), ("^q", "k"), ("^x", "z")))


def _initial_respelt(word: str) -> str:
    for spelling, sound in _INITIAL_SOUNDS:
        respelt = spelling.sub(sound, word, count=1)
        if respelt != word:
            return respelt
    return word


def first_letter_heard(a: str, b: str) -> bool:
    """Two folded words whose first letters differ only as spellings of one sound, and which sound
    alike throughout ("karter" and "carter"; not "tom" and "dom", nor "cindy" and "kindy")."""
    return (a[:1] != b[:1] and _initial_respelt(a)[:1] == _initial_respelt(b)[:1]
            and bool(_sound_keys(a) & _sound_keys(b)))


@lru_cache(maxsize=1 << 12)
def _sound_keys(word: str) -> frozenset[str]:
    letters = word.replace("-", "")
    if not letters.isalpha() or not letters.isascii():
        return frozenset()
    # the keys of the word as written and with its first sound respelt ("quinn" as "kwinn"), as
    # NYSIIS and Metaphone keep some first letters ("q", "x") as they are written
    return frozenset(key for form in {letters, _initial_respelt(letters)}
                     for key in (f"n:{jellyfish.nysiis(form)}", f"m:{jellyfish.metaphone(form)}"))
