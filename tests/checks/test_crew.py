"""Crew credits: who an article says directed, wrote or created the show. Articles are built by
hand, without the model, against an invented show (tests/checks/data/hale-house.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.extract.claims import Segment
from rumorcheck.extract.crew import crew_credits
from rumorcheck.library import Library
from rumorcheck.reference import load_reference
from rumorcheck.rules import RuleSelection
from tests.handmade import handmade_article

HALE = Path(__file__).resolve().parent / "data" / "hale-house.yaml"


def segment(text: str) -> Segment:
    return Segment(0, len(text), text, heading=False, hedged=False, negated=False, future=False)


def test_credits_after_by_give_one_credit_per_name():
    found = crew_credits(segment("Hale House was written by Iris Kemp and directed by Leo Marsh and Jo-ann Park."))
    assert [(c.name, c.job) for c in found] == [("Iris Kemp", "writers"), ("Leo Marsh", "directors"),
                                                ("Jo-ann Park", "directors")]


def test_a_job_title_before_a_name_is_a_credit_whatever_its_case():
    found = crew_credits(segment("Director Leo Marsh returns; screenwriter Iris Kemp does too."))
    assert [(c.name, c.job) for c in found] == [("Leo Marsh", "directors"), ("Iris Kemp", "writers")]


@pytest.mark.parametrize("text, expected", [
    ("Iris Kemp directed and produced Hale House.", [("Iris Kemp", "directors", "Hale House")]),
    ("Leo Marsh wrote the screenplay.", [("Leo Marsh", "writers", None)]),
    ("Leo Marsh, who also directed the first season, returns.", [("Leo Marsh", "directors", None)]),
    ("Iris Kemp and Jo-ann Park co-wrote two episodes of Hale House.",
     [("Iris Kemp", "writers", "Hale House"), ("Jo-ann Park", "writers", "Hale House")]),
    ("Leo Marsh wrote, directed and edited the pilot.", [("Leo Marsh", "writers", None), ("Leo Marsh", "directors", None)]),
])
def test_active_voice_credits_name_the_job_and_what_was_made(text, expected):
    assert [(c.name, c.job, c.work) for c in crew_credits(segment(text))] == expected


@pytest.mark.parametrize("text", [
    "Leo Marsh directed a film about the series.",  # not the show
    "Iris Kemp wrote the novel the series is based on.",
    "Leo Marsh directed her in 2019.",  # nothing made
    "Leo Marsh produced the show.",  # no crew job the reference keeps
    "Ann Hale created the show's greatest moment.",
])
def test_active_voice_without_a_crew_job_on_the_show_is_no_credit(text):
    assert crew_credits(segment(text)) == []


def test_single_words_are_not_taken_for_names():
    assert crew_credits(segment("It was directed by Netflix.")) == []


@pytest.fixture(scope="module")
def library():
    return Library([load_reference(HALE)])


def crew_findings(library, text: str) -> set[tuple[str, str]]:
    found, _ = run_checks(handmade_article(text), library.get("hale-house"), library, RuleSelection())
    return {(f.span.text, f.severity.value) for f in found if f.rule == "cast/wrong-crew-job"}


def test_a_writer_called_the_director_is_a_warning(library):
    assert crew_findings(library, "Hale House is directed by Iris Kemp.") == {("Iris Kemp", "warning")}


@pytest.mark.parametrize("text", [
    "Hale House is written by Iris Kemp and directed by Leo Marsh.",
    "Hale House was created by Iris Kemp.",  # the creator of a series usually writes it
    "Hale House is directed by Nora Quill.",  # not crew the reference lists
    "Hale House is produced by Iris Kemp.",
])
def test_right_or_unsettled_crew_credits_are_not_reported(library, text):
    assert crew_findings(library, text) == set()


@pytest.mark.parametrize("text", [
    "Iris Kemp directed and produced Hale House.",
    "In 2020 Iris Kemp directed the first season.",
    "Iris Kemp, who directed the series, is back.",
])
def test_a_writer_said_to_have_directed_the_show_is_a_warning(library, text):
    assert {severity for _, severity in crew_findings(library, text)} == {"warning"}


@pytest.mark.parametrize("text", [
    "Iris Kemp directed Glass Orchard, a film about a vineyard.",  # another title
    "Iris Kemp wrote and Leo Marsh directed the first season.",
    "Leo Marsh directed the series.",
])
def test_active_voice_credits_of_other_works_or_right_jobs_are_not_reported(library, text):
    assert crew_findings(library, text) == set()


def test_a_hedged_credit_is_info(library):
    assert crew_findings(library, "Hale House is reportedly directed by Iris Kemp.") == {("Iris Kemp", "info")}
