"""show/look-alike-title: the show's title with one word swapped for another real word, where
the article names the show. Articles built by hand, no statistical model."""

from __future__ import annotations

import pytest

from rumorcheck.library import Library
from tests.conftest import DATA
from tests.handmade import flagged_spans

RULE = "show/look-alike-title"


@pytest.fixture(scope="module")
def library():
    return Library.load(DATA)


def look_alikes(library, text: str, show: str = "harbour-lights") -> set[str]:
    return flagged_spans(library, text, RULE, show)


@pytest.mark.parametrize("text, span", [
    ("In no time Harbour Nights gained a sizable following.", "Harbour Nights"),
    ("Harbour Nights Season 2: release date and cast\n\nThe drama returns in May.", "Harbour Nights"),
    ("KBS2 aired Harbour Nights in 2021, and it topped the ratings.", "Harbour Nights"),
])
def test_a_title_one_real_word_away_is_flagged_where_the_show_is_named(library, text, span):
    assert look_alikes(library, text) == {span}


@pytest.mark.parametrize("text", [
    "In no time Harbour Lights gained a sizable following.",
    "In no time Harbour Light gained a sizable following.",  # the number the sentence wanted
    "In no time Harbour Lihgts gained a sizable following.",  # a misspelling: another rule's
    "In no time Harbour Nightsky gained a sizable following.",  # no English word
])
def test_the_title_its_inflections_and_misspellings_are_not_look_alikes(library, text):
    assert look_alikes(library, text) == set()


@pytest.mark.parametrize("text", [
    "Picture Glass Orchard meets Harbour Nights, set on a ferry.",
    "Harbour Nights meets Glass Orchard in this ferry mystery.",
    "Fans of Harbour Nights will find a lot to like here.",
    "It is a mystery in the vein of Harbour Nights and Dark Waters.",
    "The show is a Harbour Nights-style mystery.",
    "Choi Woo-jin also starred in Harbour Nights before this drama.",
    "It comes from the makers of Harbour Nights, a soap set in Busan.",
    "Spain got a remake titled Harbour Nights in 2023.",
    "Harbour Lights is not to be confused with Harbour Nights, a British soap.",
])
def test_a_work_the_clause_likens_or_sets_apart_is_not_the_shows_name(library, text):
    assert look_alikes(library, text) == set()


def test_a_look_alike_inside_a_longer_name_is_not_the_title(library):
    assert look_alikes(library, "The Harbour Nights Festival drew crowds to Haedong.") == set()


_COPPERFIELD = """\
id: copperfield-bay
title: Copperfield Bay (ABC)
country: Australia
language: English
network: ABC
status: ended
seasons:
  - number: 1
    episodes: 8
    first_aired: 2020-02-01
  - number: 2
    title: Copperfield Bay Part 2
    episodes: 8
    first_aired: 2021-02-01
characters:
  - name: Ray Walker
cast:
  - name: Dana Okafor
    billing: main
    roles:
      - character: Ray Walker
sources:
  - id: made-up
    url: https://example.org/copperfield-bay
"""


@pytest.fixture(scope="module")
def copperfield(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copperfield")
    (folder / "copperfield-bay.yaml").write_text(_COPPERFIELD, encoding="utf-8")
    return Library.load(folder)


@pytest.mark.parametrize("text, flagged", [
    ("In no time Copperfield Cay gained a sizable following.", set()),  # no English word
    ("In no time Copperfield Day gained a sizable following.", {"Copperfield Day"}),
    ("Copperfield Bay Season 2 arrives in February.", set()),  # a season's word, not the show's
    ("Copperfield Ray was the fans' favourite pairing.", set()),  # a name of the show's people
])
def test_disambiguators_season_words_and_people_are_not_swapped_words(copperfield, text, flagged):
    assert look_alikes(copperfield, text, "copperfield-bay") == flagged



@pytest.mark.parametrize("title, flagged", [
    ("The Copperfield Bay Lawyer", set()),  # another translation of the title: one occupation
    ("The Copperfield Bay Lawman", {"The Copperfield Bay Attorney"}),
])
def test_a_word_of_the_same_occupation_is_another_translation_of_the_title(tmp_path, title, flagged):
    (tmp_path / "copperfield-bay.yaml").write_text(_COPPERFIELD.replace("Copperfield Bay (ABC)", title),
                                                   encoding="utf-8")
    text = "In no time The Copperfield Bay Attorney gained a sizable following."
    assert look_alikes(Library.load(tmp_path), text, "copperfield-bay") == flagged
