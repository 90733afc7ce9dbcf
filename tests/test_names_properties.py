"""Property tests of the name model: variants the systems generate resolve as variants, single
slips as misspellings of the same name, and other people never as this one."""

from __future__ import annotations

import random
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rumorcheck.names import Match, NameResolver, folded_key
from rumorcheck.names.korean import NAME_CODAS, ONSETS, SURNAMES, VOWELS, compose, romanise, spellings_of

from .test_names_table import load_table

HANGUL_SYLLABLES = st.builds(compose, st.sampled_from(ONSETS), st.sampled_from(VOWELS), st.sampled_from(NAME_CODAS))
SURNAME = st.sampled_from(sorted(SURNAMES))


def _resolves_to(written: str, name: str, others: tuple[str, ...] = ()):
    resolver = NameResolver([(name, []), *[(o, []) for o in others]], [])
    found = resolver.resolve(written)
    return found if found is not None and found.entity.name == name else None


@settings(max_examples=300, deadline=None)
@given(SURNAME, HANGUL_SYLLABLES, HANGUL_SYLLABLES, st.randoms(use_true_random=False))
def test_korean_names_in_any_system_resolve_as_variants(surname, first, second, rnd):
    reference = f"{romanise(surname).capitalize()} {romanise(first + second).capitalize()}"

    def spell(syllable: str) -> str:
        return rnd.choice(sorted(spellings_of(syllable)))

    written = f"{spell(surname).capitalize()} {spell(first).capitalize()}-{spell(second)}"
    found = _resolves_to(written, reference)
    assert found is not None and found.match in (Match.EXACT, Match.VARIANT), (written, reference)


MORAE = ["ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te", "to", "na", "ni",
         "no", "ha", "hi", "fu", "ho", "ma", "mi", "mu", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa",
         "ga", "gi", "go", "za", "ji", "zu", "da", "do", "ba", "bu", "be", "kyo", "ryo", "sho", "ju", "ryu"]
LONG = {"o": ["ō", "ou", "oo", "o", "oh"], "u": ["ū", "uu", "u"]}


@st.composite
def japanese_word(draw):
    """A word of kana syllables, some with a long o or u; returned as (Hepburn with macrons, morae)."""
    morae = draw(st.lists(st.sampled_from(MORAE), min_size=2, max_size=4))
    long = draw(st.lists(st.booleans(), min_size=len(morae), max_size=len(morae)))
    return [(m, is_long and m[-1] in LONG) for m, is_long in zip(morae, long)]


def _write(word, rnd: random.Random | None) -> str:
    out = ""
    for mora, is_long in word:
        vowel = mora[-1]
        if not is_long:
            out += mora
            continue
        spelling = "ō" if vowel == "o" else "ū"
        if rnd is not None:
            spelling = rnd.choice(LONG[vowel])
        out += mora[:-1] + spelling
    return out.capitalize()


@settings(max_examples=300, deadline=None)
@given(japanese_word(), japanese_word(), st.randoms(use_true_random=False))
def test_japanese_long_vowels_in_any_spelling_resolve_as_variants(given_name, family, rnd):
    reference = f"{_write(given_name, None)} {_write(family, None)}"
    written = f"{_write(given_name, rnd)} {_write(family, rnd)}"
    # "oh" before a vowel or y reads as o + ha/hya...: the oh-spelling is only written before consonants
    assume(not re.search(r"oh[aiueoyh]", written.lower()))
    found = _resolves_to(written, reference)
    assert found is not None and found.match in (Match.EXACT, Match.VARIANT), (written, reference)


TABLE_NAMES = sorted({row["reference"] for row in load_table()})
LONG_NAMES = [n for n in TABLE_NAMES if len(folded_key(n)) >= 10]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(LONG_NAMES), st.sampled_from(["change", "add", "drop", "swap"]), st.data())
def test_one_slip_is_the_same_name(name, edit, data):
    words = name.split()
    w = data.draw(st.integers(0, len(words) - 1))
    word = words[w]
    assume(len(word) >= 3)
    i = data.draw(st.integers(1, len(word) - 2))  # never the first letter: typists rarely get that wrong
    letter = data.draw(st.sampled_from("abcdefghijklmnoprstuvwyz"))
    if edit == "change":
        new = word[:i] + letter + word[i + 1:]
    elif edit == "add":
        new = word[:i] + letter + word[i:]
    elif edit == "drop":
        new = word[:i] + word[i + 1:]
    else:
        new = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    written = " ".join([*words[:w], new, *words[w + 1:]])
    assume(new.lower() != word.lower())
    others = tuple(n for n in TABLE_NAMES if n != name)[:40]
    found = NameResolver([(name, []), *[(o, []) for o in others]], []).resolve(written)
    assert found is None or found.entity.name == name, (written, name, found)
    assert _resolves_to(written, name) is not None, (written, name)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TABLE_NAMES), st.sampled_from(TABLE_NAMES))
def test_other_people_never_resolve_as_this_one(name, other):
    assume(folded_key(name) != folded_key(other))
    labelled_same = {(r["reference"], r["written"]) for r in load_table() if r["label"] != "different"}
    assume((name, other) not in labelled_same and (other, name) not in labelled_same)
    resolver = NameResolver([(name, []), (other, [])], [])
    found = resolver.resolve(other)
    assert found is not None and found.entity.name == other
