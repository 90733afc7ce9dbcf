"""Which season a sentence places an actor in (cast/wrong-season), on the invented anthology
Tidewater (Oliver Quayle is in series 1 only). Articles are built by hand, without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.library import Library
from rumorcheck.reference import load_reference
from rumorcheck.rules import RuleSelection
from tests.handmade import handmade_article

TIDEWATER = Path(__file__).resolve().parents[1] / "data" / "tidewater.yaml"


@pytest.fixture(scope="module")
def library():
    return Library([load_reference(TIDEWATER)])


def wrong_season(library, text: str) -> set[str]:
    found, _ = run_checks(handmade_article(text), library.get("tidewater"), library, RuleSelection())
    return {f.span.text for f in found if f.rule == "cast/wrong-season" and f.severity.value != "info"}


def test_a_cast_list_carrying_the_season_of_the_sentence_before_is_a_claim(library):
    text = "Tidewater series 2 is coming to BBC One. The cast includes Oliver Quayle as Paul Greaves."
    assert wrong_season(library, text) == {"Oliver Quayle"}


@pytest.mark.parametrize("lead", [
    "Tidewater series 2 may bring back old faces.",
    "Tidewater series 2 is coming. It could well bring back old faces.",
])
def test_a_cast_list_after_a_hedged_lead_is_no_claim_about_the_new_season(library, lead):
    assert not wrong_season(library, f"{lead} The cast includes Oliver Quayle as Paul Greaves.")


@pytest.mark.parametrize("text", [
    "Tidewater series 2 stars Rachel Penrose, who replaces Oliver Quayle as the lead.",
    "Tidewater series 2 stars Rachel Penrose, taking over from Oliver Quayle.",
    "Tidewater series 2 stars Rachel Penrose as the lead; Oliver Quayle was dropped.",
    "Tidewater series 2 stars Rachel Penrose after Oliver Quayle exits the show.",
    "Tidewater series 2 stars Rachel Penrose after Oliver Quayle’s exit.",
])
def test_the_actor_replaced_or_leaving_is_not_placed_in_the_season(library, text):
    assert not wrong_season(library, text)


def test_a_bare_as_is_no_casting_word(library):
    assert not wrong_season(library, "Tidewater series 2 opens with Oliver Quayle as a guest narrator.")
    assert wrong_season(library, "Tidewater series 2 stars Oliver Quayle as a guest narrator.") == {"Oliver Quayle"}


@pytest.mark.parametrize("text", [
    "Tidewater series 2 is coming to BBC One. The ensemble cast of the show includes Oliver Quayle as Paul Greaves.",
    "Tidewater series 2 is coming to BBC One. The cast of Tidewater includes Oliver Quayle as Paul Greaves.",
    "Tidewater series 2 is coming to BBC One. Tidewater’s main cast includes Oliver Quayle as Paul Greaves.",
    "Tidewater Series 2\n\nThe cast of the show includes Oliver Quayle as Paul Greaves.",
])
def test_the_cast_of_the_show_is_not_the_cast_of_a_season(library, text):
    assert not wrong_season(library, text)


def test_the_cast_of_the_show_in_a_named_season_is_that_seasons(library):
    text = "The cast of Tidewater series 2 includes Oliver Quayle as Paul Greaves."
    assert wrong_season(library, text) == {"Oliver Quayle"}


LIST = "It stars Oliver Quayle as Paul Greaves, Rachel Penrose as Helen Marsh and Simon Aldous as Martin Hale."


def test_a_long_list_given_a_season_only_by_the_headline_places_nobody(library):
    assert not wrong_season(library, f"Tidewater Series 2: what we know\n\nThe Cast\n\n{LIST}")


@pytest.mark.parametrize("text", [
    f"Tidewater Series 2: what we know\n\nSeries 2 cast\n\n{LIST}",  # a section heading naming the season
    f"Tidewater Series 2: what we know\n\nThe Cast\n\nSeries 2 is coming. {LIST}",  # carried in its paragraph
    "Tidewater Series 2: what we know\n\nThe Cast\n\nOliver Quayle stars as Paul Greaves.",  # one actor, not a list
])
def test_a_season_stated_near_the_list_or_a_single_credit_still_places_the_actor(library, text):
    assert wrong_season(library, text) == {"Oliver Quayle"}
