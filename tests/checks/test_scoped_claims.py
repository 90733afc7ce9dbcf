"""Checks judge a claim in its own scope: its work, its season, its modality. Each test builds the
article by hand and runs the checks without the statistical model."""

from __future__ import annotations

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.library import Library
from rumorcheck.rules import RuleSelection
from tests.conftest import DATA
from tests.handmade import handmade_article


@pytest.fixture(scope="module")
def library():
    return Library.load(DATA)


def findings(library, text: str, show: str = "harbour-lights"):
    return {(f.span.text, f.rule, f.severity.value) for f in finding_list(library, text, show)}


def finding_list(library, text: str, show: str = "harbour-lights"):
    found, _ = run_checks(handmade_article(text), library.get(show), library, RuleSelection())
    return found


def test_a_wrong_date_stated_as_fact_is_an_error(library):
    assert ("8 March 2021", "date/wrong-premiere-date", "error") in findings(
        library, "Harbour Lights premiered on 8 March 2021.")


def test_a_hedged_wrong_date_is_info(library):
    assert ("8 March 2021", "date/wrong-premiere-date", "info") in findings(
        library, "Harbour Lights probably premiered on 8 March 2021.")


def test_a_count_in_a_career_note_is_not_the_shows(library):
    text = "Choi Woo-jin rose to fame in “Cold Harbour,” which has 12 episodes. Harbour Lights has 16 episodes."
    assert not any(rule.startswith("count/") for _, rule, _ in findings(library, text))


def test_a_count_of_a_part_is_not_a_seasons_count(library):
    text = "Harbour Lights was released in two parts, each consisting of eight episodes."
    assert not any(rule.startswith("count/") for _, rule, _ in findings(library, text))


def test_a_count_of_a_story_arc_is_not_the_seasons(library):
    text = "Harbour Lights has many cases; one of them stretched over two episodes."
    assert not any(rule.startswith("count/") for _, rule, _ in findings(library, text))


def test_these_episodes_repeat_the_count_before_them_even_under_a_hedge(library):
    text = "Harbour Lights has 12 episodes. Expect these 12 episodes to be a wild ride."
    counts = [f for f in finding_list(library, text) if f.rule == "count/wrong-episode-count"]
    assert [(f.span.start, f.severity.value) for f in counts] == [(19, "error"), (text.index("12 ep", 30), "error")]


def test_a_network_in_a_heading_list_credits_no_one(library):
    assert not any(rule == "network/wrong-network" for _, rule, _ in findings(
        library, "Harbour Lights Season 2: Release Date, Cast, Netflix, Cancelled?\n\nIt aired on KBS2."))


def test_picked_up_by_a_streamer_is_distribution(library):
    assert not any(rule == "network/wrong-network" for _, rule, _ in findings(
        library, "Harbour Lights was picked up by Netflix after its run on KBS2."))


@pytest.mark.parametrize("credit", ["Choi Woo-jin as Detective Kang Tae-oh", "Choi Woo-jin (Adult Kang Tae-oh)",
                                    "Choi Woo-jin as Sergeant Kang"])
def test_a_rank_or_age_before_the_role_is_a_descriptor(library, credit):
    assert not any(rule.startswith("cast/") for _, rule, _ in findings(library, f"{credit} leads the cast."))


def test_an_unknown_role_is_still_flagged(library):
    assert ("Lee Bo-ra plays Jang Mi-rae", "cast/unknown-role", "warning") in findings(
        library, "Lee Bo-ra plays Jang Mi-rae, a florist.")


def test_a_renewal_stated_as_news_is_an_unannounced_season(library):
    text = "Harbour Lights Season 2\n\nKBS bosses confirmed the drama will be returning next year."
    assert any(rule == "season/unannounced-season" and severity == "warning"
               for _, rule, severity in findings(library, text))


def test_a_reported_would_is_news_not_a_hedge(library):
    text = "Harbour Lights Season 2\n\nIt was revealed in 2023 that it would be coming back."
    assert any(rule == "season/unannounced-season" and severity == "warning"
               for _, rule, severity in findings(library, text))


@pytest.mark.parametrize("text", [
    "Harbour Lights Season 2\n\nThe drama is on its way to becoming a classic.",
    "Harbour Lights Season 2\n\nNothing has been confirmed about a return.",
    "Harbour Lights Season 2\n\nThe drama might be coming back.",
])
def test_no_renewal_news(library, text):
    assert not any(severity != "info" for _, rule, severity in findings(library, text) if rule.startswith("season/"))


def test_characters_listed_as_the_stars(library):
    found = findings(library, "Harbour Lights is a drama starring Kang Tae-oh and Yoon Seo-yeon, who fall in love.")
    assert {(span, rule) for span, rule, _ in found if rule == "cast/character-as-actor"} == {
        ("Kang Tae-oh", "cast/character-as-actor"), ("Yoon Seo-yeon", "cast/character-as-actor")}
    assert not any(rule == "cast/character-as-actor" for _, rule, _ in findings(
        library, "Harbour Lights stars Choi Woo-jin as Kang Tae-oh."))


@pytest.mark.parametrize("text,expected", [
    ("Harbour Lights is a Viu original.", {("Viu", "network/licensed-called-original", "warning")}),
    ("Harbour Lights is an original Viu series.", {("Viu", "network/licensed-called-original", "warning")}),
    ("Harbour Lights is streaming on Viu.", set()),
    ("Viu has not renewed Harbour Lights.", set()),
    ("Harbour Lights is a KBS2 original.", set()),
    ("Harbour Lights might be a Viu original.", {("Viu", "network/licensed-called-original", "info")}),
])
def test_a_platform_that_only_streams_the_show_did_not_make_it(library, text, expected):
    assert {f for f in findings(library, text) if f[1].startswith("network/")} == expected


def test_an_almost_certain_return_is_a_hedged_date_of_the_season_to_come(library):
    text = "Tidewater Series 2: What We Know\n\nTidewater is almost certainly returning in 2021."
    found = finding_list(library, text, "tidewater")
    assert [(f.rule, f.severity.value, f.expected) for f in found if f.rule.startswith("date/")] == [
        ("date/wrong-premiere-date", "info", "season 2 premiered on 7 March 2022")]


@pytest.mark.parametrize("text", [
    "In this post, we will fill you in on all you need to know about the second instalment of Harbour Lights.",
    "We will tell you everything we know about Harbour Lights season 2.",
    "We will keep you posted with all the news on season 2 of Harbour Lights.",
])
def test_a_season_named_as_the_topic_is_not_announced(library, text):
    assert {(rule, severity) for _, rule, severity in findings(library, text)} == {
        ("season/unconfirmed-season", "info")}


def test_a_future_told_of_the_topic_season_is_announced(library):
    text = "Here is everything we know about Harbour Lights season 2, which will premiere in March 2025."
    assert ("Season 2", "season/unannounced-season", "warning") in {
        (span.title(), rule, severity) for span, rule, severity in findings(library, text)}


def test_a_date_next_to_a_hyphenated_season_is_that_seasons(library):
    text = "The first season of Tidewater aired in February 2019, and the second-season premiere came on 7 March 2022."
    assert not [f for f in finding_list(library, text, "tidewater") if f.rule.startswith("date/")]


def count_findings(library, text: str):
    return [(f.rule, f.expected) for f in finding_list(library, text, "tidewater") if f.rule.startswith("count/")]


def test_a_season_count_is_judged_on_the_page_date(library):
    assert count_findings(library, "date 2023-05-01\nTidewater has two seasons so far.") == []
    assert count_findings(library, "date 2020-05-01\nTidewater has two seasons so far.") == [
        ("count/wrong-season-count", "Tidewater had 1 season by 1 May 2020")]
    assert count_findings(library, "Tidewater has three seasons so far.") == [
        ("count/wrong-season-count", "Tidewater has 2 seasons")]


def test_an_episode_total_is_judged_on_the_page_date(library):
    assert count_findings(library, "date 2023-05-01\nTidewater has 8 episodes in all.") == []
    assert [rule for rule, _ in count_findings(library, "date 2020-05-01\nTidewater has 8 episodes in all.")] == [
        "count/wrong-episode-count"]


def test_a_return_for_a_season_never_made_is_an_invented_season(library):
    assert ("second season", "season/nonexistent-season", "error") in findings(
        library, "Harbour Lights returns for a heart-pounding second season.")


def test_a_total_in_a_passage_on_the_season_to_come_counts_every_season(library):
    text = "date 2022-03-01\nTidewater series 2 premieres next week. It has 8 episodes in all."
    assert count_findings(library, text) == []


def test_a_count_of_seasons_on_a_page_about_the_season_to_come_is_of_the_show_so_far(library):
    text = "date 2022-03-01\nTidewater series 2 premieres next week. So far the show has 1 season with 4 episodes."
    assert count_findings(library, text) == []
    text = "date 2022-03-01\nTidewater series 2 premieres next week. So far the show has 2 seasons with 8 episodes."
    assert {rule for rule, _ in count_findings(library, text)} == {"count/wrong-season-count",
                                                                    "count/wrong-episode-count"}


def test_a_day_off_by_one_in_the_writers_time_zone_is_not_refuted(library):
    assert not findings(library, "Harbour Lights premiered on 2 March 2021 at 6:30 am IST.")
    assert ("2 March 2021", "date/wrong-premiere-date", "error") in findings(
        library, "Harbour Lights premiered on 2 March 2021.")
    assert ("3 March 2021", "date/wrong-premiere-date", "error") in findings(
        library, "Harbour Lights premiered on 3 March 2021 at 6:30 am IST.")  # two days off


def harbour_counts(library, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in finding_list(library, text) if f.rule.startswith("count/")]


@pytest.mark.parametrize("text, expected", [
    ("Harbour Lights has 14 episode in all.", [("count/wrong-episode-count", "error")]),  # the spun singular
    ("Harbour Lights has one episode left.", []),  # one episode: no count
    ("Harbour Lights came in two 8-episode blocks.", []),  # a part's count, and the reference lists no parts
    # a show that ended after one season: a count told before it aired is that season's
    ("Harbour Lights will air with 14 episodes.", [("count/wrong-episode-count", "error")]),
    # the writer's aside doubts only itself; an "if" in the clause hedges the claim
    ("Harbour Lights has 14 episodes (please check if that is right).", [("count/wrong-episode-count", "error")]),
    ("Harbour Lights has 14 episodes if that count is right.", [("count/wrong-episode-count", "info")]),
])
def test_episode_counts_as_spun_pages_write_them(library, text, expected):
    assert harbour_counts(library, text) == expected

@pytest.mark.parametrize("text", [
    "The first and second series were broadcast on BBC One, airing in February of 2019 and March of 2022, respectively.",
    "Seasons 1 and 2 of Tidewater were broadcast in 2019 and 2022.",
])
def test_dates_after_a_list_of_seasons_pair_with_them_in_order(library, text):
    assert not [f for f in finding_list(library, text, "tidewater") if f.rule.startswith("date/")]


def test_a_wrong_date_in_a_list_of_seasons_is_judged_against_its_own_season(library):
    found = finding_list(library, "The first and second series were broadcast in 2019 and 2021.", "tidewater")
    assert [(f.span.text, f.rule) for f in found] == [("2021", "date/wrong-premiere-date")]
    assert "season 2 premiered" in found[0].message


def test_a_date_after_a_list_of_seasons_is_one_of_theirs(library):
    found = finding_list(library, "The first and second series were broadcast in 2018.", "tidewater")
    assert [f.span.text for f in found if f.rule == "date/wrong-premiere-date"] == ["2018"]


def test_a_relative_clause_on_another_title_dates_that_work(library):
    text = "Ann Lowe had been working on Crow Lane, which debuted in summer 2018, between the first and second series."
    assert not [f for f in finding_list(library, text, "tidewater") if f.rule.startswith("date/")]


@pytest.mark.parametrize("text", [
    "After Tidewater, which debuted in 2018, Ann Lowe wrote nothing.",
    "Season 2, which premiered in 2021, was shorter.",
    "Ann Lowe wrote Crow Lane, which premiered in 2016. Tidewater premiered in 2018.",
])
def test_the_shows_own_or_a_seasons_relative_clause_is_still_judged(library, text):
    assert [f.rule for f in finding_list(library, text, "tidewater")].count("date/wrong-premiere-date") == 1


def test_the_second_series_premiered_speaks_of_that_season_not_the_show(library):
    found = finding_list(library, "Filming wrapped, and the second series premiered on BBC One in March 2021.", "tidewater")
    assert [f.message for f in found if f.rule == "date/wrong-premiere-date"] == [
        "season 2 premiered on 7 March 2022, not March 2021"]


@pytest.mark.parametrize("text", [
    "Tidewater reunites writer Ann Lowe and director Bo Kim after hit shows (both aired in 2016) Crow Lane and Salt Marsh.",
    "Tidewater reunites writer Ann Lowe and director Bo Kim after Crow Lane and Salt Marsh (both aired in 2016).",
])
def test_a_parenthesis_on_other_works_dates_them(library, text):
    assert not [f for f in finding_list(library, text, "tidewater") if f.rule.startswith("date/")]


@pytest.mark.parametrize("text", [
    "Tidewater (first aired in 2018) returns.",
    "The two series (aired in 2018 and 2022) were short.",
])
def test_a_parenthesis_on_the_show_is_still_judged(library, text):
    assert "date/wrong-premiere-date" in [f.rule for f in finding_list(library, text, "tidewater")]


@pytest.mark.parametrize("text", [
    "The final moments of season 2, which premiered in March 2021, teased a third.",
    "The final moments of season Two, which premiered in March 2021, teased a third.",
])
def test_a_seasons_relative_clause_is_the_seasons(library, text):
    assert "date/wrong-premiere-date" in [f.rule for f in finding_list(library, text, "tidewater")]
