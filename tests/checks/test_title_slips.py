"""name/misspelled-title: which slips of a title are misspellings. Articles built by hand, no
statistical model; the shows are invented."""

from __future__ import annotations

import pytest

from rumorcheck.library import Library
from tests.conftest import DATA
from tests.handmade import flagged_spans

KETTLE_WORKS = """\
id: kettle-works
title: Kettle Works
aliases: [TKN Kettle Works]
country: India
language: Hindi
network: TKN
status: ended
seasons:
  - number: 1
    episodes: 5
    first_aired: 2019-04-16
    last_aired: 2019-04-16
cast:
  - name: Ravi Dhanuka
    billing: main
    seasons: [1]
    roles:
      - character: Mohan Iyer
characters:
  - name: Mohan Iyer
    seasons: [1]
sources:
  - id: invented
    url: https://example.org/kettle-works
    title: Invented for rumorcheck's tests
"""


@pytest.fixture(scope="module")
def library():
    return Library.load(DATA)


@pytest.fixture(scope="module")
def kettle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kettle")
    (folder / "kettle-works.yaml").write_text(KETTLE_WORKS, encoding="utf-8")
    return Library.load(folder)


def slips(library, text: str, show: str) -> set[str]:
    return flagged_spans(library, text, "name/misspelled-title", show)


@pytest.mark.parametrize("text,span", [
    ("The cast of Lighthouse Keeper includes Marta Solís.", "Lighthouse Keeper"),
    ("How many episodes does Lighthouse Keeper Season 2 have?", "Lighthouse Keeper"),
])
def test_a_plural_title_written_in_the_singular_is_a_misspelling(library, text, span):
    assert slips(library, text, "lighthouse-keepers") == {span}


@pytest.mark.parametrize("text", [
    "The cast of Lighthouse Keepers includes Marta Solís.",
    "Lighthouse Keepers's second season never came.",  # a possessive adds an "s"
    "The cast of Harbours Lights is back for a second season.",  # a word in the number the sentence wanted
])
def test_an_added_s_is_an_inflection_of_the_title(library, text):
    assert slips(library, text, "lighthouse-keepers") == set()
    assert slips(library, text, "harbour-lights") == set()


def test_one_member_of_a_plural_title_is_no_slip(library):
    assert slips(library, "Marta Solís plays Inés, a Lighthouse Keeper on the island.", "lighthouse-keepers") == set()


@pytest.mark.parametrize("text", [
    "The Kettle Works Season 2 Release Date Confirmed",
    "Fans of The Kettle Works loved Ravi Dhanuka as Mohan Iyer.",
])
def test_the_article_in_place_of_a_brand_prefix_is_no_slip(kettle, text):
    assert slips(kettle, text, "kettle-works") == set()


def test_a_slip_of_the_prefixed_title_is_still_a_misspelling(kettle):
    assert "TKN Ketle Works" in slips(kettle, "TKN Ketle Works returns with Mohan Iyer.", "kettle-works")
