"""Which season mentions state facts about their season: the dates, counts and verbs of the
season's own events make a claim; a page's stamp, a breadcrumb line or another event's date do not.
Articles are built by hand, without the statistical model."""

from __future__ import annotations

import pytest

from rumorcheck.extract.context import is_heading
from rumorcheck.extract.seasons import season_lists
from tests.handmade import handmade_article


def asserted(text: str) -> dict[str, bool]:
    return {m.text: m.asserted for m in handmade_article(text).claims.seasons}


@pytest.mark.parametrize("line", [
    "date 2020-09-16 Home TV Series Netflix Harbour Lights Season 3: Release Date, Cast, Plot, And Here Are All...",
    "Home › Drama › Harbour Lights Season 3: Release Date, Cast, Plot and Everything You Need to Know About It",
    "Harbour Lights Season 3: Release Date, Cast, Plot, Trailer, And Everything Else We Know So Far Abo…",
])
def test_breadcrumb_and_truncated_title_lines_are_headings(line):
    assert is_heading(line)


@pytest.mark.parametrize("line", [
    "date 2023-12-19 The lighthouse keeper's son came home in the first season to find his father gone.",
    "Home is where the lighthouse keeper's son returns in the first season, to find his father gone...",
])
def test_a_stamped_sentence_is_still_a_sentence(line):
    assert not is_heading(line)


def test_a_crawl_stamp_is_no_air_date_of_the_season():
    text = "date 2020-09-16 Harbour Lights Season 3 news from the coast\n\nThe cast gathered in Busan."
    assert asserted(text) == {"Season 3": False}


def test_a_date_of_another_event_does_not_make_the_awaited_season_a_fact():
    text = "Harbour Lights left fans awaiting a second season after its explosive finale in May 2021."
    assert asserted(text) == {"second season": False}


def test_the_seasons_own_date_and_verb_still_state_facts():
    assert asserted("Harbour Lights Season 2 premiered in May 2022.") == {"Season 2": True}
    assert asserted("After a long wait, Harbour Lights Season 2 came out in May 2022.") == {"Season 2": True}
    assert asserted("After season 1 ended in April 2021, fans awaited a second season.") == {
        "season 1": True, "second season": False}


def test_a_heading_is_a_line_of_its_own():
    post = handmade_article("HARBOUR LIGHTS Is Getting A Season 2! My life is complete.\n\nMore soon.")
    title = handmade_article("Harbour Lights Is Getting A Season 2!\n\nThe network said so.")
    assert not post.claims.segments[0].heading
    assert title.claims.segments[0].heading


@pytest.mark.parametrize("text, number", [
    ("The second-season premiere drew more viewers.", 2),
    ("Its third-season finale was a shock.", 3),
    ("The season-two cast is back.", 2),
])
def test_a_hyphenated_ordinal_or_number_is_a_season_mention(text, number):
    assert [m.number for m in handmade_article(text).claims.seasons] == [number]


def test_a_return_told_as_done_states_the_season():
    assert asserted("Harbour Lights returns for a thrilling second season on KBS2.") == {"second season": True}
    assert asserted("Harbour Lights may return for a second season.") == {"second season": False}


@pytest.mark.parametrize("text, mention, states", [
    ("The crew of Season 3 posted a video to celebrate the completion of production.", "Season 3", True),
    ("Filming of the third season is now underway in Busan.", "third season", True),
    ("Season 3 went into production in June.", "Season 3", True),
    ("Filming of the third season might get underway next year.", "third season", False),
    ("Season 3 is not in production yet.", "Season 3", False),
])
def test_a_production_milestone_states_the_season(text, mention, states):
    assert asserted(text) == {mention: states}


@pytest.mark.parametrize("text", ["Harbour Lights Season 2 was a hot topic among fans last year.",
                                  "A Harbour Lights Season 2 was discussed by the network."])
def test_talk_of_a_season_does_not_state_it(text):
    assert asserted(text) == {"Season 2": False}


@pytest.mark.parametrize("text", [
    "It was planned and produced with the second season in mind.",
    "The writers have plans for a second season.",
    "The director is planning a second season with the same cast.",
    "“We wrote the finale with a second season in mind,” the showrunner said.",
    "A planned second season was shelved.",
])
def test_a_plan_is_no_season(text):
    assert asserted(text) == {"second season": False}

@pytest.mark.parametrize("text, numbers", [
    ("The third, fourth, and fifth series were broadcast", [3, 4, 5]),
    ("seasons 3, 4 and 5 aired", [3, 4, 5]),
    ("the 2nd and 3rd seasons", [2, 3]),
    ("series 1 and 2", [1, 2]),
])
def test_a_list_of_seasons_names_each_in_order(text, numbers):
    assert [n for _, _, n in season_lists(text)] == [numbers]


@pytest.mark.parametrize("text", ["the first season and the cast", "season 2 and 2022", "the second season"])
def test_one_season_is_no_list(text):
    assert season_lists(text) == []
