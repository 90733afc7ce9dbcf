"""Whether a season the reference does not list may exist: renewals told in the reference's notes,
and the next season of a cancelled show. Articles are built by hand; references are the bundled
test show with its status and notes changed."""

from __future__ import annotations

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.library import Library
from rumorcheck.reference import load_reference_text, stated_seasons
from rumorcheck.rules import RuleSelection
from tests.conftest import DATA
from tests.handmade import handmade_article

_BASE = (DATA / "harbour-lights.yaml").read_text(encoding="utf-8")


def _reference_text(status: str = "ended", notes: list[str] = ()) -> str:
    text = _BASE.replace("status: ended", f"status: {status}")
    if notes:
        text += "notes:\n" + "".join(f"  - {note}\n" for note in notes)
    return text


def season_findings(tmp_path, article: str, status: str = "ended", notes: list[str] = ()):
    path = tmp_path / "harbour-lights.yaml"
    path.write_text(_reference_text(status, notes), encoding="utf-8")
    library = Library.load(path)
    found, _ = run_checks(handmade_article(article), library.get("harbour-lights"), library, RuleSelection())
    return {(f.rule, f.severity.value) for f in found if f.rule.startswith("season/")}


@pytest.mark.parametrize("text, commissioned, denied", [
    ("Renewed for season 2 on 9 July 2019; season 3 was announced in September 2023.", {2, 3}, set()),
    ("Netflix announced seasons 2 and 3 together in June 2022.", {2, 3}, set()),
    ("Season 1 premiered in 2021 -- a third and final season announced", {3}, set()),
    # the seasons named in a statement of renewal; Reference drops those that aired
    ("Season 3 was commissioned before season 2 aired, then cancelled in 2020.", {2, 3}, set()),
    ("No season 4 was ever made; the network announced it would not renew the show.", set(), {4}),
    ("No second season has been announced.", set(), {2}),
    ("Fans hope a season 2 will be announced.", set(), set()),
    ("Ordered straight to series 14 December 2015.", set(), set()),
])
def test_the_reference_notes_tell_of_renewals_and_denials(text, commissioned, denied):
    assert stated_seasons([text]) == (frozenset(commissioned), frozenset(denied))


def test_a_renewal_in_the_notes_is_an_announced_season(tmp_path):
    reference = load_reference_text(
        _reference_text("cancelled", ["Renewed for season 2 in May 2021, then cancelled before filming."]),
        tmp_path / "harbour-lights.yaml")
    assert reference.commissioned_numbers == {2}
    assert [s.number for s in reference.aired_seasons] == [1]


ARTICLE = "The second season was officially announced in May 2021 and had ten episodes."


def test_a_season_the_notes_say_was_renewed_is_not_invented(tmp_path):
    assert season_findings(tmp_path, ARTICLE, "cancelled",
                           ["Season 2 was renewed in May 2021 and cancelled in 2022; it was never filmed."]) == set()


def test_the_next_season_of_a_cancelled_show_is_at_most_a_warning(tmp_path):
    assert season_findings(tmp_path, ARTICLE, "cancelled") == {("season/unannounced-season", "warning")}
    assert season_findings(tmp_path, "The second season will have ten episodes.", "cancelled") == {
        ("season/unconfirmed-season", "info")}


def test_a_season_the_notes_rule_out_stays_an_error(tmp_path):
    assert ("season/nonexistent-season", "error") in season_findings(
        tmp_path, ARTICLE, "cancelled", ["No season 2 was ever made."])
    assert ("season/nonexistent-season", "error") in season_findings(tmp_path, ARTICLE, "ended")


def test_two_seasons_after_the_last_of_a_cancelled_show_stays_an_error(tmp_path):
    assert ("season/nonexistent-season", "error") in season_findings(
        tmp_path, "The third season was officially announced in May 2021 and had ten episodes.", "cancelled")


def test_a_season_named_by_description_scopes_its_dates():
    """The debut season's run, in an article about season 2, is season 1's."""
    library = Library.load(DATA / "tidewater.yaml")
    text = ("Tidewater Season 2: Everything We Know\n\nThe debut season ran from February 2019 to February 2019 "
            "and ended in a storm that shapes season two.")
    found, _ = run_checks(handmade_article(text), library.get("tidewater"), library, RuleSelection())
    assert not [f for f in found if f.rule.startswith("date/")]


@pytest.mark.parametrize("stamp, found", [
    ("date 2020-05-01 ", set()),  # between the two seasons: season 2 was the one to come
    ("", {("season/unannounced-season", "warning")}),  # undated: the season after the last one
])
def test_a_renewal_naming_no_season_counts_from_the_articles_date(stamp, found):
    library = Library.load(DATA / "tidewater.yaml")
    text = f"{stamp}The cast news is in\n\nThe whole cast has signed on and will return, the network said."
    result, _ = run_checks(handmade_article(text), library.get("tidewater"), library, RuleSelection())
    assert {(f.rule, f.severity.value) for f in result if f.rule.startswith("season/")} == found


@pytest.mark.parametrize("sentence", ["However, Harbour Lights season 2 is very near its release.",
                                      "Harbour Lights is getting a second season, the network said."])
def test_a_season_announced_in_the_present_is_unannounced(tmp_path, sentence):
    assert season_findings(tmp_path, sentence) == {("season/unannounced-season", "warning")}


@pytest.mark.parametrize("sentence, found", [
    ("In season 2 Kang Tae-oh will fix the lighthouse his father left.", ("season/unconfirmed-season", "info")),
    ("Harbour Lights season 2 will premiere on KBS2.", ("season/unannounced-season", "warning")),
    ("Harbour Lights will soon be coming up with its second season.", ("season/unannounced-season", "warning")),
])
def test_a_future_plot_guess_is_no_release_news(tmp_path, sentence, found):
    assert season_findings(tmp_path, sentence) == {found}
