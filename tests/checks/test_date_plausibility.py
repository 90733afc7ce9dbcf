"""A date is checked as an air date only when the show could have aired then: a year decades
before its first premiere is the story's own time or another work's, while a slip of a year or two
stays an error. Articles are built by hand, without the statistical model."""

from __future__ import annotations

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.library import Library
from rumorcheck.rules import RuleSelection
from tests.conftest import DATA
from tests.handmade import handmade_article

DATE_RULES = {"date/wrong-premiere-date", "date/wrong-finale-date"}


@pytest.fixture(scope="module")
def library():
    return Library.load(DATA)


def date_findings(library, text: str, show: str = "harbour-lights") -> set[tuple[str, str]]:
    found, _ = run_checks(handmade_article(text), library.get(show), library, RuleSelection())
    return {(f.span.text, f.rule) for f in found if f.rule in DATE_RULES}


@pytest.mark.parametrize("text", [
    # a period drama's recap: the years the season is set in (Harbour Lights first aired in 2021)
    "Harbour Lights season 1 begins in 1931 and ends with a storm on 12 March 1932.",
    "The first season of Harbour Lights starts on 2 October 1947, a year after the war.",
    "Harbour Lights premiered in 1999, the year the original radio serial ended on 4 May 1999.",
])
def test_a_date_long_before_the_show_is_no_air_date(library, text):
    assert date_findings(library, text) == set()


@pytest.mark.parametrize("text,wrong", [
    ("Harbour Lights premiered in 2019.", "2019"),           # two years early: a wrong year
    ("Harbour Lights premiered on 1 March 2018.", "1 March 2018"),  # three years to the day: still a slip
    ("Harbour Lights premiered in 2023.", "2023"),           # after the show: no bound
])
def test_a_wrong_year_near_the_show_stays_an_error(library, text, wrong):
    assert date_findings(library, text) == {(wrong, "date/wrong-premiere-date")}


def test_the_bound_is_the_shows_first_premiere_not_the_seasons(library):
    # Tidewater first aired in 2019 and its season 2 in 2022: "2017" for season 2 is a wrong year
    text = "Tidewater season 2 premiered in 2017."
    assert date_findings(library, text, "tidewater") == {("2017", "date/wrong-premiere-date")}


def test_the_story_time_cue_leaves_a_near_year_unchecked(library):
    # 2019 is within the slip bound, but the story, not the show, begins then
    assert date_findings(library, "The story of Harbour Lights begins in 2019.") == set()


UNAIRED = """\
format_version: 2
id: salt-road
title: Salt Road
country: Ireland
language: English
network: RTÉ One
seasons:
  - number: 1
    announced_only: true
    expected: "2026"
cast:
  - name: Nora Keane
    billing: main
    roles:
      - character: Brid Hanlon
sources:
  - id: fiction
    url: https://example.org/salt-road
"""


def test_a_show_not_yet_aired_is_bounded_by_the_page_date():
    from rumorcheck.reference import load_reference_text

    library = Library([load_reference_text(UNAIRED, "salt-road.yaml")])
    text = "date 2025-05-01\nSalt Road season 1 premieres in {}."
    assert date_findings(library, text.format(1962), "salt-road") == set()  # the story's year
    assert date_findings(library, text.format(2024), "salt-road") == {("2024", "date/wrong-premiere-date")}


def test_a_later_parts_premiere_is_not_judged_against_a_season_listed_without_parts(library):
    # Harbour Lights season 1: 1 March 2021 to 20 April 2021, no parts in the reference
    assert date_findings(library, "The second part of Harbour Lights season 1 will be released on 5 April 2021.") == set()
    assert date_findings(library, "The first part of Harbour Lights season 1 will be released on 5 April 2021.") == {
        ("5 April 2021", "date/wrong-premiere-date")}


@pytest.mark.parametrize("text", [
    # Harbour Lights season 1 ran from 1 March to 20 April 2021; a page may give a stretch of it
    "Harbour Lights season 1 aired from 1 March 2021 to 25 March 2021, then from 2 April 2021 to 20 April 2021.",
    "The first part of Harbour Lights season 1 ended on 30 March 2021.",  # a part's end, not the season's
])
def test_a_stretch_or_part_of_a_season_is_not_its_premiere_or_finale(library, text):
    assert date_findings(library, text) == set()


def test_a_run_of_months_in_one_year_is_read_whole(library):
    assert date_findings(library, "Harbour Lights season 1 aired March-April 2021.") == set()
    assert date_findings(library, "Harbour Lights season 1 aired June-August 2021.") == {
        ("June-August 2021", "date/wrong-premiere-date"), ("June-August 2021", "date/wrong-finale-date")}
