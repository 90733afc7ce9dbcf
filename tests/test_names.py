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
