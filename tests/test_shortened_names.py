"""Shortened forms of Western-style names: a short given name, a dropped part of a three-word name."""

from __future__ import annotations

import pytest

from rumorcheck.names import Kind, Match, NameResolver
from rumorcheck.names.shortened import shortened_forms


@pytest.mark.parametrize("name, expected", [
    ("Alexander Pruitt", {"Alex Pruitt", "Alec Pruitt"}),
    ("Chris Vane", {"Christopher Vane"}),
    ("Matthew Ames", {"Matt Ames"}),
    ("Ruth Dale Moreno", {"Ruth Dale", "Ruth Moreno"}),
    ("Lia De Souza", {"Lia Souza"}),
])
def test_shortened_forms_include(name, expected):
    assert expected <= set(shortened_forms(name))


@pytest.mark.parametrize("name", ["Choi Woo-jin", "Kim Da Som", "Madonna"])
def test_korean_shaped_and_single_names_have_none(name):
    assert shortened_forms(name) == []


def test_a_particle_never_ends_a_shortened_name():
    assert "Lia De" not in shortened_forms("Lia De Souza")


def test_the_resolver_takes_a_shortened_name_for_the_person():
    resolver = NameResolver([("Alexander Pruitt", []), ("Ruth Dale Moreno", []), ("Alex Fenn", [])], [])
    for written, person in [("Alex Pruitt", "Alexander Pruitt"), ("Ruth Dale", "Ruth Dale Moreno")]:
        found = resolver.resolve(written, {Kind.PERSON})
        assert (found.entity.name, found.match) == (person, Match.EXACT)
    assert resolver.resolve("Alexander Fenn", {Kind.PERSON}).entity.name == "Alex Fenn"


def test_a_shortened_form_two_people_share_names_neither():
    resolver = NameResolver([("Ruth Dale Moreno", []), ("Ruth Dale Ibarra", [])], [])
    assert resolver.resolve("Ruth Dale", {Kind.PERSON}) is None


def test_a_given_name_spelt_another_way_is_a_misspelling_not_a_short_form():
    resolver = NameResolver([("Vicky Pruitt", []), ("Jonathan Ames", []), ("Steven Vane", [])], [])
    for written in ("Vicki Pruitt", "Johnathan Ames"):
        assert resolver.resolve(written, {Kind.PERSON}).match is Match.MISSPELLED, written
    assert resolver.resolve("Steve Vane", {Kind.PERSON}).match is Match.EXACT  # a short form
