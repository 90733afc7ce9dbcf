"""Name normalisation and resolution (no model needed)."""

from __future__ import annotations

import pytest

from rumorcheck.names import Kind, Match, NameResolver, exact_key, reordered, variant_key


@pytest.fixture(scope="module")
def resolver(harbour_reference):
    return NameResolver.for_reference(harbour_reference)


def test_case_hyphens_and_spacing_are_exact():
    assert exact_key("Choi Woo-Jin") == exact_key("choi woojin") == exact_key("Choi Woo Jin")


def test_romanisation_variants_share_a_key():
    assert variant_key("Seo Jung-Yeon") == variant_key("Seo Jeong-yeon")
    assert variant_key("Cho Jae-ryong") == variant_key("Jo Jae-ryong")
    assert variant_key("Uhm Hyun-kyung") == variant_key("Eom Hyeon-gyeong")
    assert variant_key("Kim Min-seok") != variant_key("Kim Min-ho")


def test_reordered_swaps_family_name():
    assert "oh dae-hwan" in reordered("Dae-hwan Oh")


@pytest.mark.parametrize("written,expected,match", [
    ("Choi Woo-jin", "Choi Woo-jin", Match.EXACT),
    ("CHOI WOO JIN", "Choi Woo-jin", Match.EXACT),
    ("Tae-oh", "Kang Tae-oh", Match.EXACT),          # short form of a character
    ("Bora", "Lee Bo-ra", Match.EXACT),              # listed alias
    ("Woo-jin Choi", "Choi Woo-jin", Match.VARIANT),  # Western order
    ("Yi Bo-ra", "Lee Bo-ra", Match.VARIANT),         # romanisation
    ("Choi Woo-jim", "Choi Woo-jin", Match.MISSPELLED),
    ("Baek Su-ah", "Baek Soo-ah", Match.VARIANT),
    ("Baek Soo-aah", "Baek Soo-ah", Match.MISSPELLED),
])
def test_resolution(resolver, written, expected, match):
    found = resolver.resolve(written)
    assert found is not None, written
    assert (found.entity.name, found.match) == (expected, match)


@pytest.mark.parametrize("written", ["Kim", "Choi", "Harbour", "Busan Station", "Park Seo-joon", "Han"])
def test_unrelated_or_partial_names_resolve_to_no_one(resolver, written):
    assert resolver.resolve(written) is None


def test_subset_of_a_name_is_not_a_match(resolver):
    # a token-set scorer would give 100 for any word of a name; only indexed short forms count
    short = resolver.resolve("Woo-jin")
    assert (short.entity.name, short.match, short.how) == ("Choi Woo-jin", Match.EXACT, "short form")
    assert resolver.resolve("Choi") is None
    assert resolver.resolve("Woo") is None


def test_ambiguous_short_form_is_not_indexed():
    resolver = NameResolver([("Kim Min-ho", []), ("Park Min-ho", [])], [])
    assert resolver.resolve("Min-ho") is None


def test_kind_filter(resolver):
    assert resolver.resolve("Kang Tae-oh", {Kind.PERSON}) is None
    assert resolver.resolve("Kang Tae-oh", {Kind.CHARACTER}).entity.kind is Kind.CHARACTER


def test_misspelling_changes_length_by_one_at_most():
    resolver = NameResolver([], [("Prisoner #2460", []), ("Prison Security Chief", [])])
    assert resolver.resolve("Prisoner") is None


# -- the systems and the evidence (no model needed) ------------------------------------------------

from rumorcheck.names import classify, korean_boundary_conflict, misspelling, same_korean  # noqa: E402
from rumorcheck.names.chinese import chinese_key  # noqa: E402
from rumorcheck.names.japanese import japanese_key  # noqa: E402
from rumorcheck.names.korean import romanise, spellings_of, syllable  # noqa: E402
from rumorcheck.names.keys import latin  # noqa: E402


def test_hangul_is_romanised_by_revised_romanisation():
    assert romanise("한지평") == "han-ji-pyeong"
    assert romanise("최우식") == "choe-u-sik"
    assert latin("김민석") == "gim-min-seok"


def test_each_system_spelling_of_a_syllable_is_listed():
    assert {"jeong", "jung", "chung", "cheong", "chong"} <= spellings_of("정")
    assert {"yi", "i"} <= spellings_of("이")
    assert "lee" in {s for s in ("lee", "rhee") if syllable(s) and "리" in syllable(s).hangul()}


def test_different_korean_syllables_never_share_a_reading():
    assert same_korean("Choi", "Cho") is False
    assert same_korean("Yoo", "Yoon") is False
    assert same_korean("Kang Min-ho", "Kwang Min-ho") is False
    assert same_korean("Jung", "Jeong") is True
    assert same_korean("Lee", "Yi") is True  # the initial-sound rule, in a surname


def test_a_letter_moved_across_a_syllable_boundary_is_another_name():
    assert korean_boundary_conflict("Seo Han Eul", "Seo Ha-neul")
    assert not korean_boundary_conflict("Seo Haneul", "Seo Ha-neul")  # no boundary written: same letters
    assert not korean_boundary_conflict("Lee Mi Ray-A", "Lee Mi-ra-ya")  # "ray" is no syllable at all
    assert classify("Seo Han Eul", "Seo Ha-neul") == "misspelling"


def test_japanese_key_joins_hepburn_wapuro_and_kunrei():
    assert japanese_key("kyoko") == japanese_key("kyouko") == japanese_key("kyooko")
    assert japanese_key("ohno") == japanese_key("ono")
    assert japanese_key("tuzi") == japanese_key("tsuji")
    assert japanese_key("miyazakii") != japanese_key("miyazaki")  # only o and u have long spellings
    assert japanese_key("richard") is None


def test_chinese_key_joins_pinyin_and_wade_giles():
    assert chinese_key("hsu") == chinese_key("xu")
    assert chinese_key("chang") == chinese_key("zhang")
    assert chinese_key("tsai") == chinese_key("cai")
    assert chinese_key("hsiao-ming") == chinese_key("xiaoming")
    assert chinese_key("richter") is None


def test_accents_and_umlauts_are_variants_letters_lost_are_not():
    assert classify("Alvaro Cervantes", "Álvaro Cervantes") == "variant"
    assert classify("Maja Schoelling", "Maja Schölling") == "variant"
    assert classify("Paco Pea", "Paco Peña") == "misspelling"


def test_misspelling_needs_the_first_letters_and_few_slips():
    assert misspelling("Jamie Blanch", "Jaime Blanch") is not None
    assert misspelling("Harbour Nights", "Harbour Lights") is None  # another word, not a typo
    assert misspelling("Takuya Kitamura", "Takuya Kimura") is None  # a whole kana syllable more
    assert misspelling("Kim Seon-a", "Kim Seon-woo") is None  # a wholly other Korean syllable


@pytest.mark.parametrize("written, name", [
    ("Hollis Karter", "Hollis Carter"), ("Filip Ward", "Philip Ward"), ("Zander Hale", "Xander Hale"),
    ("Kristopher Lowe", "Christopher Lowe"), ("Kameron Voss", "Cameron Voss"),
])
def test_a_first_letter_respelt_by_its_sound_in_one_word_of_a_name_is_a_misspelling(written, name):
    assert misspelling(written, name) is not None


@pytest.mark.parametrize("written, name", [
    ("Ha Jin-un", "Ha Jin-woong"),  # 운 for 웅: the final consonant changed
    ("Seo Min-u", "Seo Min-woong"),  # 우 for 웅: the final consonant lost
])
def test_a_korean_given_syllable_with_its_final_consonant_off_is_a_misspelling(written, name):
    assert classify(written, name) == "misspelling"


@pytest.mark.parametrize("written, name", [
    ("Ka Jin-un", "Ha Jin-woong"),  # two syllables off
    ("Ha Jin-un", "Gu Tae-woong"),  # the family name off too
    ("Han Ji-min", "Han Ji-myeong"),  # another vowel: another syllable
])
def test_a_korean_syllable_off_in_more_than_its_final_consonant_is_another_name(written, name):
    assert classify(written, name) == "different"


def test_a_final_consonant_slip_near_two_people_is_no_one():
    alone = NameResolver([("Ha Jin-woong", [])], [])
    assert alone.resolve("Ha Jin-un").match is Match.MISSPELLED
    both = NameResolver([("Ha Jin-woong", []), ("Ha Jin-wool", [])], [])
    assert both.resolve("Ha Jin-un") is None


@pytest.mark.parametrize("written, name", [
    ("Dom Hale", "Tom Hale"),  # another sound
    ("Kindy Hale", "Cindy Hale"),  # a soft c is no k
    ("Karter", "Carter"),  # one word alone: nothing else anchors the person
    ("Hollie Karter", "Hollis Carter"),  # two words off
])
def test_a_first_letter_of_another_sound_or_without_an_exact_anchor_is_another_name(written, name):
    assert misspelling(written, name) is None


def test_descriptors_and_family_names_resolve_and_are_kept():
    resolver = NameResolver([("Ana Ruiz", [])], [("Yeom Gi-tae", []), ("Tom Hale", [])])
    found = resolver.resolve("Sgt Tom Hale")
    assert (found.entity.name, found.match, found.descriptor) == ("Tom Hale", Match.EXACT, "Sgt")
    found = resolver.resolve("Sergeant Major Yeom")
    assert (found.entity.name, found.how, found.descriptor) == ("Yeom Gi-tae", "family name", "Sergeant Major")
    assert resolver.resolve("Yeom") is None  # a family name alone, without a rank, is too little


def test_a_misspelt_family_name_after_a_rank_is_a_misspelling_even_when_a_family_shares_it():
    resolver = NameResolver([], [("Walter Ashdown", []), ("Clara Ashdown", []), ("Tom Hale", [])])
    found = resolver.resolve("Colonel Ashdowne")
    assert (found.entity.name.split()[-1], found.match, found.descriptor) == ("Ashdown", Match.MISSPELLED, "Colonel")
    assert resolver.resolve("Ashdowne Road") is None  # no rank: a word alone is too little
    assert resolver.resolve("Colonel Ashdown") is None  # spelt right: which of the two is meant is not said


@pytest.mark.parametrize("written", ["Choi Woo jin", "Choi Woo jin to", "Choi Woo jin as"])
def test_a_last_syllable_written_in_lower_case_is_still_the_name(resolver, written):
    found = resolver.resolve(written)
    assert (found.entity.name, found.match) == ("Choi Woo-jin", Match.EXACT)


def test_crew_names_resolve_as_crew():
    resolver = NameResolver([], [], crew=["Wim van der Meer"])
    found = resolver.resolve("Wim van der Meir")
    assert (found.entity.kind, found.match) == (Kind.CREW, Match.MISSPELLED)
    assert resolver.resolve("Wim van der Meer", {Kind.PERSON}) is None


def test_trailing_lowercase_word_is_not_part_of_a_name(resolver):
    found = resolver.resolve("Choi Woo-jin to")
    assert (found.entity.name, found.match) == ("Choi Woo-jin", Match.EXACT)


def test_one_word_misspelling_is_marked_as_weaker_evidence():
    resolver = NameResolver([], [("Hong Du-hwan", [])])
    found = resolver.resolve("Du-hwam")
    assert found.match is Match.MISSPELLED and found.one_word


def test_places_the_reference_names_in_its_prose(harbour_reference):
    from rumorcheck.analysis.names import places_of

    places = places_of(harbour_reference)
    assert [p.name for p in places.values()] == ["Haedong"]
    assert places["haedong"].evidence.path == "seasons[0]"
