"""Titles that are also ordinary words ("Home", "You"): a mention only where written as a title.
Articles built by hand, no statistical model."""

from __future__ import annotations

import shutil

import pytest

from rumorcheck.library import Library, ordinary_title, written_as_title
from tests.conftest import DATA
from tests.handmade import flagged_spans


@pytest.mark.parametrize("title,ordinary", [
    ("You", True), ("Home", True), ("The Office", True), ("Break-In", True), ("1899", True),
    ("Lighthouse Keepers", False), ("Ozmandra", False), ("피고인", False),
])
def test_ordinary_titles_are_common_words_throughout(title, ordinary):
    assert ordinary_title(title) is ordinary


def at(text: str, title: str) -> bool:
    start = text.index(title)
    return written_as_title(text, start, start + len(title), frozenset({"netflix"}))


@pytest.mark.parametrize("text", [
    "Fans of the thriller Home will be pleased.",
    "The second season of Home arrives in May.",
    "Home season 2 arrives in May.",
    "Home: Season 2 arrives in May.",
    "Home (2019) was renewed.",
    "Home on Netflix is a hit.",
    "When it dropped, “Home” topped the charts.",
    "The stars of Home met the press.",
    "Critics say Home is the best drama of the year.",  # capitalised where prose would not be
])
def test_a_title_written_as_a_title(text):
    assert at(text, "Home")


@pytest.mark.parametrize("text", [
    "Fans of the comedy Friday will be pleased.",
    "Friday season 2 arrives in May.",
    "Friday on Netflix is a hit.",
    "When it dropped, “Friday” topped the charts.",
])
def test_a_day_is_a_title_only_with_other_evidence(text):
    assert at(text, "Friday")


@pytest.mark.parametrize("text,title", [
    ("Home is where the heart is.", "Home"),  # opening a sentence
    ("“Nothing new. You must have heard the news.”", "You"),
    ("We tell you what You Need to Know about the Finale Date", "You"),  # pronoun, any capitals
    ("Everything We Know About Coming Home Again", "Home"),  # a title-cased headline
    ("She bought a flat near Home Park last year.", "Home"),  # a word of a longer name
    ("It arrives on Netflix on Friday, March 3.", "Friday"),  # prose capitalises days and months
    ("The cast flew to Seoul in March for the shoot.", "March"),
    ("The remake keeps the Korean setting.", "Korean"),  # and languages, nationalities
])
def test_ordinary_words_written_as_prose(text, title):
    assert not at(text, title)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """Harbour Lights beside a show titled "Home" and the distinctive Lighthouse Keepers."""
    folder = tmp_path_factory.mktemp("library")
    for name in ("harbour-lights.yaml", "lighthouse-keepers.yaml"):
        shutil.copy(DATA / name, folder / name)
    keepers = (DATA / "lighthouse-keepers.yaml").read_text("utf-8")
    home = keepers.replace("id: lighthouse-keepers", "id: home-drama").replace(
        "title: Lighthouse Keepers\naliases: [The Keepers]", "title: Home")
    (folder / "home-drama.yaml").write_text(home, "utf-8")
    return Library.load(folder)


@pytest.fixture(scope="module")
def weekday_library(tmp_path_factory):
    """Harbour Lights beside a show titled with a day's name."""
    folder = tmp_path_factory.mktemp("weekday")
    shutil.copy(DATA / "harbour-lights.yaml", folder / "harbour-lights.yaml")
    keepers = (DATA / "lighthouse-keepers.yaml").read_text("utf-8")
    friday = keepers.replace("id: lighthouse-keepers", "id: friday-drama").replace(
        "title: Lighthouse Keepers\naliases: [The Keepers]", "title: Friday")
    (folder / "friday-drama.yaml").write_text(friday, "utf-8")
    return Library.load(folder)


def test_a_weekday_before_a_date_is_no_title(weekday_library):
    text = "Harbour Lights season 2 arrives on Netflix on Friday, March 3."
    assert other_titles(weekday_library, text) == set()


def test_a_weekday_title_with_a_cue_is_borrowed(weekday_library):
    text = "Fans of the drama Friday will love the second season of Harbour Lights."
    assert other_titles(weekday_library, text) == {"Friday"}


def other_titles(library, text: str) -> set[str]:
    return flagged_spans(library, text, "show/title-of-other-show")


@pytest.mark.parametrize("text", [
    "Home is where the story of the second season begins.",
    "Harbour Lights Season 2: Everything to Know Before Heading Home",  # a title-cased headline
    "Fans of Home Office Blues will love the second season.",  # a cue, then a longer title
])
def test_an_ordinary_word_is_not_another_shows_title(library, text):
    assert other_titles(library, text) == set()


@pytest.mark.parametrize("text,span", [
    ("Fans of the drama Home will love the second season.", "Home"),
    ("Lighthouse Keepers returns with a second season.", "Lighthouse Keepers"),  # distinctive: as before
])
def test_a_title_written_as_one_is_still_borrowed(library, text, span):
    assert other_titles(library, text) == {span}
