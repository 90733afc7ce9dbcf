"""The one season resolver: which season a sentence or a claim is about."""

from __future__ import annotations

import pytest

from rumorcheck.analysis.seasons import SeasonScope
from rumorcheck.reference import load_reference
from tests.conftest import DATA
from tests.handmade import handmade_article


@pytest.fixture(scope="module")
def tidewater():
    return load_reference(DATA / "tidewater.yaml")


def scope_of(text: str, reference) -> tuple[SeasonScope, object]:
    article = handmade_article(text)
    return SeasonScope(article, reference), article


def claim_seasons(text: str, claim_text: str, reference, event: str | None = None):
    scope, article = scope_of(text, reference)
    start = text.index(claim_text)
    segment = article.claims.segment_at(start)
    return scope.of_claim(segment, start, start + len(claim_text), event)


def test_a_season_named_in_the_clause_scopes_the_claim(tidewater):
    assert claim_seasons("Tidewater series 2 had 4 episodes.", "4 episodes", tidewater) == [2]


def test_the_last_season_counts_from_the_season_named_before_it(tidewater):
    text = "Fans await series 3 of Tidewater, since the last season arrived on 7 March 2022."
    assert claim_seasons(text, "7 March 2022", tidewater, "premiere") == [2]


def test_the_next_season_counts_from_a_relative_season_before_it(tidewater):
    text = "Tidewater series 3 is coming: the previous season came out in 2022 and the next season will come in 2026."
    assert claim_seasons(text, "2022", tidewater, "premiere") == [2]
    assert claim_seasons(text, "2026", tidewater, "premiere") == [3]


def test_the_series_debuting_is_the_first_seasons_premiere(tidewater):
    text = "Tidewater series 2 will be the last to star Rachel Penrose, who has been there since the series premiered in 2019."
    assert claim_seasons(text, "2019", tidewater, "premiere") == [1]


@pytest.mark.parametrize("head", ["Tidewater", "The coastal crime drama"])
def test_a_relative_clause_on_the_show_tells_its_first_premiere(tidewater, head):
    text = f"{head}, which premiered on BBC One in February 2019, will soon begin streaming its second series."
    assert claim_seasons(text, "February 2019", tidewater, "premiere") == [1]


@pytest.mark.parametrize("text,date", [
    ("Rachel Penrose leads the second series, which premiered in March 2022.", "March 2022"),  # on a season
    ("Tidewater, which premiered in 2019, returns for series 2 on 7 March 2022.", "7 March 2022"),  # after it
])
def test_a_relative_clause_on_the_show_leaves_other_dates_their_season(tidewater, text, date):
    assert claim_seasons(text, date, tidewater, "premiere") == [2]


@pytest.mark.parametrize("text,date", [
    ("The second season of the series premiered on 7 March 2022 to strong ratings.", "7 March 2022"),
    ("The drama, which premiered its second season in March 2022, returns in May.", "March 2022"),
])
def test_a_season_said_with_the_show_noun_keeps_its_own_premiere(tidewater, text, date):
    assert claim_seasons(text, date, tidewater, "premiere") == [2]


def test_a_clause_about_several_seasons_is_not_scoped_by_the_sentences_season(tidewater):
    text = "Series 1 of Tidewater had four episodes, and the other two seasons had eight episodes each."
    assert claim_seasons(text, "eight episodes", tidewater) is None


def test_another_works_season_is_not_this_shows(tidewater):
    scope, article = scope_of("Rachel Penrose starred in the second season of “Cold Harbour” before Tidewater.",
                              tidewater)
    assert [scope.about_this_show(m) for m in article.claims.seasons] == [False]


def test_a_title_written_before_the_season_decides_whose_it_is(tidewater):
    scope, article = scope_of("Big Sky Season 4 and Tidewater Season 2 both aired in March.", tidewater)
    assert [scope.about_this_show(m) for m in article.claims.seasons] == [False, True]


def test_a_sentence_takes_its_paragraphs_season_then_the_headlines(tidewater):
    text = ("Tidewater Season 2 Review\n\nSeries 1 was set in Norfolk. It starred Oliver Quayle.\n\n"
            "The cast is new.")
    scope, article = scope_of(text, tidewater)
    by_text = {s.text: scope.of_segment(s) for s in article.claims.segments}
    assert by_text["It starred Oliver Quayle."] == 1
    assert by_text["The cast is new."] == 2


@pytest.fixture(scope="module")
def numbered_title(tmp_path_factory):
    from rumorcheck.reference import load_reference_text
    text = (DATA / "harbour-lights.yaml").read_text(encoding="utf-8").replace(
        "aliases: [Lights of the Harbour]", "aliases: [Lights of the Harbour, 24 Lights of Busan]", 1)
    return load_reference_text(text, tmp_path_factory.mktemp("ref") / "harbour-lights.yaml")


@pytest.mark.parametrize("text, own", [
    ("The hit drama series 24 Lights of Busan returns in May.", False),
    ("The hit drama series 24 is about to end.", True),
    ("Harbour Lights series 2 returns in May.", True),
])
def test_a_number_opening_the_shows_title_is_no_season(numbered_title, text, own):
    scope, article = scope_of(text, numbered_title)
    assert [scope.about_this_show(m) for m in article.claims.seasons] == [own]


def test_a_date_in_a_seasons_relative_clause_is_that_seasons(tidewater):
    text = ("After the success of the first season, the network renewed the series for a second season "
            "that debuted on 7 March 2022.")
    assert claim_seasons(text, "7 March 2022", tidewater, "premiere") == [2]


@pytest.mark.parametrize("text, claim, season", [
    # on a dated page: the season after the last one aired by its date
    ("date 2020-05-01\nTidewater series 1 aired in 2019. Tidewater will return in 2021.", "2021", 2),
    # undated: the season the headline names, else the one after the reference's last
    ("Tidewater Series 2: Release Date\n\nTidewater is returning in 2022.", "2022", 2),
    ("Tidewater series 2 aired in 2022. Tidewater will return in 2025.", "2025", 3),
])
def test_a_return_without_a_number_is_the_season_to_come(tidewater, text, claim, season):
    assert claim_seasons(text, claim, tidewater, "premiere") == [season]


@pytest.fixture(scope="module")
def salt_and_iron(tmp_path_factory):
    """Tidewater under a title with a lower-case word inside it."""
    path = tmp_path_factory.mktemp("ref") / "salt-and-iron.yaml"
    path.write_text((DATA / "tidewater.yaml").read_text().replace("title: Tidewater", "title: Salt and Iron"))
    return load_reference(path)


@pytest.mark.parametrize("text, own", [
    ("The drama was renewed for Salt and Iron Season 3 by the BBC.", [True]),
    ("A Salt and Iron Season 3 of the show was ordered in June.", [True]),
    ("The BBC also renewed Harbour Lights Season 3.", [False]),
    ("Rachel Penrose joins Lighthouse Keepers and Salt and Iron Season 3.", [True]),
])
def test_a_title_keeps_its_small_inner_words_before_the_season(salt_and_iron, text, own):
    scope, article = scope_of(text, salt_and_iron)
    assert [scope.about_this_show(m) for m in article.claims.seasons] == own


@pytest.mark.parametrize("noun", ["show", "series", "drama"])
def test_season_of_the_show_is_this_shows(tidewater, noun):
    scope, article = scope_of(f"Season 3 of the {noun} was ordered in June.", tidewater)
    assert [scope.about_this_show(m) for m in article.claims.seasons] == [True]


@pytest.mark.parametrize("text, claim, seasons", [
    ("It took two years for the second season to arrive, so we will probably see the third in 2026.", "2026", [3]),
    ("Series 2 came out in 2022 and the next one will arrive in 2026.", "2026", [3]),
])
def test_a_later_season_left_unsaid_after_a_named_one_scopes_the_claim(tidewater, text, claim, seasons):
    assert claim_seasons(text, claim, tidewater, "premiere") == seasons


@pytest.mark.parametrize("text, claim", [
    ("The second season had a twist in the third episode on 4 May 2022.", "4 May 2022"),
    ("Series 2, like the first, premiered in 2022.", "2022"),
])
def test_an_ordinal_before_a_noun_or_an_earlier_one_is_no_new_season(tidewater, text, claim):
    assert claim_seasons(text, claim, tidewater, "premiere") == [2]
