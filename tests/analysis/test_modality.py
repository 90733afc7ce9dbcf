"""Modality: which cue, if any, keeps a clause from asserting what it says."""

from __future__ import annotations

import pytest

from rumorcheck.analysis.modality import Modality, modality_at
from tests.handmade import handmade_article


def modality_of(text: str, claim_text: str):
    article = handmade_article(text)
    start = text.index(claim_text)
    return modality_at(article.claims.segment_at(start), start, start + len(claim_text))


@pytest.mark.parametrize("text, claim, modality, cue", [
    ("Tidewater premiered on 4 February 2019.", "4 February 2019", Modality.ASSERTED, ""),
    ("Tidewater might return in 2026.", "2026", Modality.HEDGED, "might"),
    ("It's not impossible that Tidewater returns in 2026.", "2026", Modality.HEDGED, "not impossible"),
    ("Will Tidewater return in 2026?", "2026", Modality.QUESTION, "?"),
    ("If the BBC renews it, Tidewater returns in 2026.", "2026", Modality.CONDITIONAL, "If"),
    ("Tidewater will return in 2026.", "2026", Modality.FUTURE, "will"),
    ("Tidewater did not return in 2024.", "2024", Modality.NEGATED, "not"),
])
def test_the_clause_cue_sets_the_modality(text, claim, modality, cue):
    found = modality_of(text, claim)
    assert (found.modality, found.cue) == (modality, cue)


def test_a_hedge_in_another_clause_does_not_reach_the_claim():
    text = "Tidewater had four episodes; fans hope for more."
    assert modality_of(text, "four episodes").modality is Modality.ASSERTED
    assert modality_of(text, "more").modality is Modality.HEDGED


def test_only_hedges_questions_and_conditions_keep_a_claim_from_being_judged():
    assert not Modality.HEDGED.asserts and not Modality.QUESTION.asserts and not Modality.CONDITIONAL.asserts
    assert Modality.ASSERTED.asserts and Modality.FUTURE.asserts


@pytest.mark.parametrize("text", ["Tidewater premiered in May 2019.", "TIDEWATER PREMIERED IN MAY 2019"])
def test_may_the_month_is_no_hedge(text):
    assert modality_of(text, "2019").modality is Modality.ASSERTED


@pytest.mark.parametrize("text", [
    "Filming was delayed, so originally the series may have aired in 2020.",
    "The series may have aired in 2020.",
    "The series might have aired in 2020.",
])
def test_what_may_have_happened_is_not_asserted(text):
    assert modality_of(text, "2020").modality is Modality.HEDGED


def test_a_condition_the_sentence_opens_with_governs_its_main_clause():
    found = modality_of("If the BBC renews it, it will return in 2026.", "2026")
    assert (found.modality, found.cue) == (Modality.CONDITIONAL, "If")


def test_a_negation_in_the_main_clause_does_not_reach_a_fronted_clause():
    text = "Since it was revealed in 2021 that it would be coming back, we've not heard a whole lot else."
    assert modality_of(text, "coming back").modality is Modality.ASSERTED  # "would" reports: no hedge


@pytest.mark.parametrize("text", ["According to The Courier, Tidewater returns in 2026.",
                                  "Sources suggest Tidewater returns in 2026."])
def test_attributed_reports_are_hedged(text):
    assert modality_of(text, "2026").modality is Modality.HEDGED


@pytest.mark.parametrize("text, claim", [
    ("There are high possibilities that Tidewater will return in 2026.", "2026"),
    ("Chances are Tidewater will be back in 2026.", "2026"),
    ("It wouldn't surprise us to see Tidewater return in 2026.", "2026"),
    ("We would not be surprised if Tidewater came back in 2026.", "2026"),
    ("The odds of a Tidewater return in 2026 are good.", "2026"),
])
def test_plural_noun_and_litotes_hedges_are_hedges(text, claim):
    assert not modality_of(text, claim).modality.asserts


def test_a_hedge_governs_every_item_of_a_serial_list():
    text = "The chances of seeing it released in 2025, 2026, and at the latest, 2027 are high."
    assert modality_of(text, "2027").modality is Modality.HEDGED


def test_a_comma_and_between_clauses_still_splits_them():
    text = "Fans hoped for more in 2019, and Tidewater returned in 2024."
    assert modality_of(text, "2024").modality is Modality.ASSERTED


def test_a_dates_comma_is_no_list():
    text = "It aired from March 2, 2019 to March 21, 2019, and fans have wondered whether it returns in 2026."
    assert modality_of(text, "March 2, 2019").modality is Modality.ASSERTED


@pytest.mark.parametrize("text, modality", [
    ("The writers have plans for a second season in 2026.", Modality.HEDGED),
    ("The BBC announced plans for a second season in 2026.", Modality.ASSERTED),
    ("“We made it with a second season in mind, ready for 2026,” she said.", Modality.HEDGED),
])
def test_a_plan_hedges_unless_it_is_announced(text, modality):
    assert modality_of(text, "2026").modality is modality


def test_a_plot_characters_plan_is_no_hedge():
    text = "In 2019, Paul Greaves made his plan to burn the pier."
    assert modality_of(text, "2019").modality is Modality.ASSERTED


HEARSAY, SPOKEN_FOR = Modality.HEDGED, Modality.ASSERTED


@pytest.mark.parametrize("text, modality", [
    ("Several reports that Tidewater season 3 was “renewed” for 2026 spread online.", HEARSAY),
    ("Viewers on a forum said that filming on season 3 began in 2026.", HEARSAY),
    ("A narrator in the clip said that season 3 begins in 2026.", HEARSAY),
    ("It was reported that Tidewater season 3 begins in 2026.", HEARSAY),
    ("There are claims that Tidewater season 3 begins in 2026.", HEARSAY),
    ("A studio insider claimed that Tidewater season 3 begins in 2026.", HEARSAY),
    ("Fans say Tidewater season 3 begins in 2026.", HEARSAY),
    ("According to some fans, Tidewater season 3 begins in 2026.", HEARSAY),
    ("The BBC said that Tidewater season 3 begins in 2026.", SPOKEN_FOR),
    ("The showrunner told reporters that season 3 begins in 2026.", SPOKEN_FOR),
    ("The showrunner, in a chat with a fan podcast, said that season 3 begins in 2026.", SPOKEN_FOR),
    ("Mara Quill has also said that season 3 begins in 2026.", SPOKEN_FOR),
    ("That said, Tidewater season 3 begins in 2026.", SPOKEN_FOR),
])
def test_who_speaks_decides_whether_reported_speech_is_asserted(text, modality):
    found = modality_of(text, "2026")
    assert found.modality is modality, found


@pytest.mark.parametrize("text", [
    "It is anticipated that Tidewater season 3 begins in 2026.",
    "Tidewater is poised to return in 2026.",
    "The finale leaves the impression that Tidewater comes back in 2026.",
    "It looks like Tidewater returns in 2026.",
    "Tidewater is widely believed to return in 2026.",
    "We think Tidewater returns in 2026.",
    "The cast hinted at a return in 2026.",
])
def test_prediction_and_opinion_words_hedge(text):
    assert modality_of(text, "2026").modality is Modality.HEDGED


def test_anticipated_as_an_adjective_is_no_hedge():
    assert modality_of("The much-anticipated third season premiered in 2026.", "2026").modality is Modality.ASSERTED


@pytest.mark.parametrize("text, modality", [
    ("After two years of fan campaigns, record ratings, and endless speculation, the BBC confirmed "
     "Tidewater season 3 for 2026.", Modality.ASSERTED),
    ("Despite speculation, Tidewater returned in 2026.", Modality.ASSERTED),
    ("Tidewater season 3 was confirmed for 2026 after years of rumours.", Modality.ASSERTED),
    # the claim inside the phrase, or no phrase of time or cause: the noun still hedges
    ("After rumours that Tidewater would return in 2026, the BBC cancelled it.", Modality.HEDGED),
    ("Amid rumours Tidewater returns in 2026.", Modality.HEDGED),
    ("Rumours say Tidewater returns in 2026.", Modality.HEDGED),
])
def test_a_hedge_noun_in_a_phrase_of_time_or_cause_hedges_only_that_phrase(text, modality):
    assert modality_of(text, "2026").modality is modality


@pytest.mark.parametrize("text, modality", [
    ("Although the video claimed it was a Tidewater season 3 teaser for 2026, it was old footage.", Modality.HEDGED),
    ("Although it claimed it was a Tidewater season 3 teaser for 2026, the clip was old footage.", Modality.HEDGED),
    ("The BBC said it was bringing Tidewater back in 2026.", Modality.ASSERTED),
])
def test_speech_conceded_before_a_denial_is_not_asserted(text, modality):
    assert modality_of(text, "2026").modality is modality
