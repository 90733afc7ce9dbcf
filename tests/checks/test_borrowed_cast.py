"""show/cast-of-other-show: an actor of another show of the library is borrowed only when the
article gives no sign of a part in this one. Articles built by hand, no statistical model."""

from __future__ import annotations

import pytest

from rumorcheck.library import Library
from tests.conftest import DATA
from tests.handmade import flagged_spans


@pytest.fixture(scope="module")
def library():
    return Library.load(DATA)


def borrowed(library, text: str) -> set[str]:
    return flagged_spans(library, text, "show/cast-of-other-show")


@pytest.mark.parametrize("text", [
    "Marta Solís as young Yoon Seo-yeon returns in season 2.",
    "Yoon Seo-yeon, played by Marta Solís, returns.",
    "The cast: Choi Woo-jin as Kang Tae-oh and Marta Solís as young Seo-yeon.",
])
def test_an_actor_credited_with_this_shows_character_is_not_borrowed(library, text):
    assert borrowed(library, text) == set()


@pytest.mark.parametrize("text,span", [
    ("Marta Solís and Bruno Ferrer also return.", "Marta Solís and Bruno Ferrer"),
    ("Choi Woo-jin as Kang Tae-oh and Marta Solís also return.", "Marta Solís"),
])
def test_an_actor_known_only_to_the_other_show_is_borrowed(library, text, span):
    assert borrowed(library, text) == {span}


@pytest.mark.parametrize("text", [
    "Choi Woo-jin joined the cast of Tidewater for the show's second season as pharmacist Helen Marsh.",
    "Choi Woo-jin left to star in Tidewater as Helen Marsh.",
    "Choi Woo-jin was cast in the BBC drama Tidewater as Helen Marsh.",
])
def test_an_actors_move_to_another_show_borrows_neither_title_nor_character(library, text):
    for rule in ("show/title-of-other-show", "plot/character-of-other-show"):
        assert flagged_spans(library, text, rule) == set()


def test_joining_this_shows_cast_as_another_shows_character_is_still_borrowed(library):
    text = "Choi Woo-jin joined the cast of Harbour Lights season 2 as Helen Marsh."
    assert flagged_spans(library, text, "plot/character-of-other-show") == {"Helen Marsh"}
