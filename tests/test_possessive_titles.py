"""The show's own title in the possessive ("Lamp Keeper’s first season") is the show, not a
confusable title that is the same words with an "s" ("Lamp Keepers"). Handmade articles, no model."""

from __future__ import annotations

import shutil

import pytest

from rumorcheck.library import Library, word_grams
from tests.conftest import DATA
from tests.handmade import flagged_spans

KEEPERS = (DATA / "lighthouse-keepers.yaml").read_text("utf-8")


def _show(show_id: str, title: str, extra: str = "") -> str:
    return KEEPERS.replace("id: lighthouse-keepers", f"id: {show_id}").replace(
        "title: Lighthouse Keepers\naliases: [The Keepers]", f"title: {title}{extra}")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """"Lamp Keeper", whose reference names a film "Lamp Keepers" the library does not hold."""
    folder = tmp_path_factory.mktemp("shared")
    shutil.copy(DATA / "harbour-lights.yaml", folder / "harbour-lights.yaml")
    (folder / "lamp-keeper.yaml").write_text(_show(
        "lamp-keeper", "Lamp Keeper", "\nshared_titles:\n  - title: Lamp Keepers\n    work: a 2004 film"), "utf-8")
    return Library.load(folder)


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    """"Lamp Keeper" beside another library show titled "Lamp Keepers"."""
    folder = tmp_path_factory.mktemp("held")
    (folder / "lamp-keeper.yaml").write_text(_show("lamp-keeper", "Lamp Keeper"), "utf-8")
    (folder / "lamp-keepers.yaml").write_text(_show("lamp-keepers", "Lamp Keepers"), "utf-8")
    return Library.load(folder)


@pytest.mark.parametrize("possessive", ["Lamp Keeper’s", "Lamp Keeper's"])
@pytest.mark.parametrize("which", ["shared", "held"])
def test_the_own_title_in_the_possessive_is_no_other_title(request, which, possessive):
    library = request.getfixturevalue(which)
    text = f"{possessive} first season took place on a small island in the north."
    assert flagged_spans(library, text, "show/title-of-other-show", show="lamp-keeper") == set()


@pytest.mark.parametrize("which", ["shared", "held"])
def test_the_plural_title_written_as_such_is_still_the_other_work(request, which):
    library = request.getfixturevalue(which)
    text = "Lamp Keepers returned for a second season on a small island in the north."
    assert flagged_spans(library, text, "show/title-of-other-show", show="lamp-keeper") == {"Lamp Keepers"}


def test_a_run_ending_in_a_possessive_is_also_read_without_it():
    folded = {(g.folded, g.end) for g in word_grams("Lamp Keeper’s crew. It’s here", 2)}
    assert ("lamp keeper", len("Lamp Keeper")) in folded and ("lamp keepers", len("Lamp Keeper’s")) in folded
    assert not any(f == "it" and end == len("Lamp Keeper’s crew. It") for f, end in folded)  # "It’s" is no title's
