"""Which show an article is about, when two references share a title."""

from __future__ import annotations

import pytest

from rumorcheck.analysis.identify import identify
from rumorcheck.library import Library
from tests.handmade import handmade_article

_SHOW = """id: {id}
title: Glass Orchard
country: {country}
language: {language}
network: {network}
status: ended
based_on: {based_on}
shared_titles:
  - title: Glass Orchard
    work: {work}
    reference: {other}
    relation: {relation}
seasons:
  - number: 1
    episodes: {episodes}
    first_aired: {aired}
cast:
  - name: {actor}
    billing: main
    roles:
      - character: Ren Aoki
sources:
  - id: invented
    url: https://example.org/glass-orchard
    title: Invented for rumorcheck's tests
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("orchard")
    (folder / "glass-orchard-anime.yaml").write_text(_SHOW.format(
        id="glass-orchard-anime", country="Japan", language="Japanese", network="Fuji TV", based_on="null",
        work="the live-action remake", other="glass-orchard-live", relation="remake", episodes=24,
        aired="1999-04-02", actor="Haru Minase"), encoding="utf-8")
    (folder / "glass-orchard-live.yaml").write_text(_SHOW.format(
        id="glass-orchard-live", country="United States", language="English", network="Netflix",
        based_on='"the 1999 anime Glass Orchard"', work="the anime it adapts", other="glass-orchard-anime",
        relation="remade-from", episodes=8, aired="2022-06-10", actor="Dana Whitlow"), encoding="utf-8")
    return Library.load(folder)


def chosen(library, text: str) -> str | None:
    found = identify(handmade_article(text), library)
    return found.chosen.reference.id if found.chosen else None


def test_a_shared_title_alone_names_neither(library):
    assert chosen(library, "Glass Orchard Season 2: release date\n\nFans are waiting for news.") is None


@pytest.mark.parametrize("words", ["the live-action series", "this remake of the anime", "the reboot"])
def test_words_that_call_it_an_adaptation_favour_the_adaptation(library, words):
    text = f"Glass Orchard Season 2: release date\n\nFans of {words} are waiting for news."
    assert chosen(library, text) == "glass-orchard-live"


def test_the_title_with_a_year_favours_the_work_of_that_year(library):
    text = "Glass Orchard Season 2: release date\n\nFans of Glass Orchard (1999) are waiting for news."
    assert chosen(library, text) == "glass-orchard-anime"
