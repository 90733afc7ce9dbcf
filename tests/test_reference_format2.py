"""Reference format 2: parts, alternative numberings, platforms with dates, windows, specials,
typed relations; and the upgrade from format 1."""

from __future__ import annotations

import textwrap

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.errors import InvalidReference
from rumorcheck.library import Library
from rumorcheck.reference import PlatformRole, WorkRelation, load_reference_text
from rumorcheck.rules import RuleSelection
from rumorcheck.upgrade import upgrade_text
from tests.handmade import handmade_article

FORMAT_2 = textwrap.dedent("""\
    # A fictional show in format 2. Nothing here is a real fact.
    format_version: 2
    id: paper-harbour
    title: Paper Harbour
    country: Spain
    language: Spanish
    network: Antena 3
    platforms:
      - {name: Netflix, role: streaming, region: worldwide, first_aired: 2018-12-20, seasons: [1, 2]}
      - {name: BBC Two, role: co-commission}
    status: on_hold
    seasons:
      - number: 1
        episodes: 9
        first_aired: 2018-05-02
        last_aired: 2018-06-27
      - number: 2
        numbered_as: [3]
        episodes: 10
        first_aired: 2020-09-03
        last_aired: 2020-12-03
        parts:
          - {number: 1, aliases: [Volume 1], episodes: 5, first_aired: 2020-09-03, last_aired: 2020-09-03}
          - {number: 2, aliases: [Volume 2], episodes: 5, first_aired: 2020-12-03, last_aired: 2020-12-03}
      - number: 4
        announced_only: true
        expected: summer 2026
    specials:
      - {title: The Harbour Christmas, kind: special, first_aired: 2021-12-24}
    shared_titles:
      - {title: Paper Port, work: "the Korean remake (2023)", relation: remake}
    cast:
      - name: Alba Ruiz
        billing: main
        season_billing: {1: main, 2: supporting}
        roles:
          - character: Marta Soler
    sources:
      - id: fiction
        url: https://example.org/paper-harbour
    """)


@pytest.fixture(scope="module")
def paper():
    return load_reference_text(FORMAT_2, "paper-harbour.yaml")


def test_format_2_fields_load(paper):
    show = paper.show
    assert show.format_version == 2 and show.status.value == "on_hold"
    assert [p.role for p in show.platforms] == [PlatformRole.STREAMING, PlatformRole.CO_COMMISSION]
    assert [p.episodes for p in show.seasons[1].parts] == [5, 5]
    assert show.shared_titles[0].relation is WorkRelation.REMAKE
    assert show.cast[0].season_billing[2].value == "supporting"
    assert "BBC Two" in paper.original_networks and "Netflix" in paper.other_outlets


def test_an_article_numbering_a_season_another_way_means_that_season(paper):
    assert [s.number for s in paper.seasons_numbered(3)] == [2]
    assert [s.number for s in paper.seasons_numbered(4)] == [4]


def problem(text: str) -> InvalidReference:
    with pytest.raises(InvalidReference) as caught:
        load_reference_text(text, "bad.yaml")
    return caught.value


def test_format_2_refuses_the_format_1_lists_with_their_line():
    found = problem(FORMAT_2.replace("platforms:\n", "streaming: [Netflix]\nplatforms:\n"))
    assert "format 2 lists other broadcasters and streaming under platforms" in str(found)
    assert str(found).startswith("bad.yaml:")


def test_a_window_that_is_no_date_is_an_error_with_its_field():
    found = problem(FORMAT_2.replace("expected: summer 2026", "expected: soon"))
    assert "expected 'soon' is not a date or window" in str(found)


def test_an_unknown_platform_role_is_an_error_with_its_field():
    found = problem(FORMAT_2.replace("role: co-commission", "role: owner"))
    assert found.field == "platforms[1].role"


@pytest.fixture(scope="module")
def library(paper):
    return Library([paper])


def findings(library, text: str):
    found, _ = run_checks(handmade_article(text), library.references[0], library, RuleSelection())
    return {(f.span.text, f.rule, f.severity.value) for f in found}


@pytest.mark.parametrize("text", [
    "Paper Harbour season 2 came out in two parts of five episodes each.",
    "Paper Harbour season 1 premiered on Netflix on December 20, 2018.",
    "Paper Harbour season 2 part 2 premiered on December 3, 2020.",
    "Paper Harbour season 4 will premiere in July 2026.",
    "The Harbour Christmas special premiered on 24 December 2021.",
    "Paper Harbour was made by BBC Two and Antena 3.",
    "Paper Harbour season 3 premiered on 3 September 2020.",  # "season 3" as outlets number season 2
])
def test_format_2_facts_support_the_claims_format_1_could_not_settle(library, text):
    assert not {f for f in findings(library, text) if f[2] != "info"}


@pytest.mark.parametrize("text, span, rule", [
    ("Paper Harbour season 2 came out in two parts of six episodes each.", "six episodes", "count/wrong-episode-count"),
    ("Paper Harbour season 4 will premiere in March 2026.", "March 2026", "date/wrong-premiere-date"),
])
def test_format_2_facts_refute(library, text, span, rule):
    assert any(f[0] == span and f[1] == rule for f in findings(library, text))


def test_a_show_on_hold_may_be_said_to_come_back():
    text = FORMAT_2[:FORMAT_2.index("  - number: 4")] + FORMAT_2[FORMAT_2.index("specials:"):]
    on_hold = Library([load_reference_text(text, "on-hold.yaml")])
    assert not any(f[1].startswith("season/") for f in findings(on_hold, "Paper Harbour is coming back, the BBC confirmed."))
    ended = Library([load_reference_text(text.replace("status: on_hold", "status: ended"), "ended.yaml")])
    assert any(f[1] == "season/unannounced-season" for f in findings(ended, "Paper Harbour is coming back, the BBC confirmed."))


FORMAT_1 = textwrap.dedent("""\
    # A format 1 file: its comments stay.
    id: old-harbour
    title: Old Harbour
    country: Spain
    language: Spanish
    network: Antena 3
    also_aired_on: [TV3]
    streaming:
      - Netflix  # worldwide
      - "Prime: Video"
    seasons:
      - {number: 1, episodes: 9}
    cast:
      - {name: Alba Ruiz, billing: main}
    sources:
      - {id: fiction, url: "https://example.org/old-harbour"}
    """)


def test_upgrade_moves_the_lists_into_platforms_and_keeps_the_rest():
    upgraded = upgrade_text(FORMAT_1, "old.yaml")
    assert "# A format 1 file: its comments stay." in upgraded
    assert "also_aired_on" not in upgraded and "streaming:" not in upgraded
    reference = load_reference_text(upgraded, "old.yaml")
    assert reference.show.format_version == 2
    assert [(p.name, p.role.value) for p in reference.show.platforms] == [
        ("TV3", "broadcast"), ("Netflix", "streaming"), ("Prime: Video", "streaming")]
    assert upgrade_text(upgraded, "old.yaml") is None


def test_upgrade_refuses_a_file_with_both_forms():
    both = FORMAT_1.replace("seasons:", "platforms:\n  - {name: TV4, role: broadcast}\nseasons:")
    with pytest.raises(InvalidReference, match="merge them by hand"):
        upgrade_text(both, "both.yaml")
