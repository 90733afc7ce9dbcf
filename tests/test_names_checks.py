"""The name checks on whole articles about Harbour Lights (tests/data): evidence from the credit,
the article and the library (these load the spaCy model)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def check(examples_checker):
    library = examples_checker.library
    reference = library.get("harbour-lights")

    def run(text: str) -> list[tuple[str, str]]:
        result = examples_checker.check_text(text, reference=reference)
        return [(f.rule, f.span.text) for f in result.findings if f.severity.value != "info"]

    return run


def test_misspelt_actor_credited_with_their_own_role_is_a_name_finding(check):
    findings = check("Chai Wu-jin as Kang Tae-oh leads the cast of Harbour Lights.")
    assert ("name/misspelled-name", "Chai Wu-jin") in findings
    assert not [f for f in findings if f[0].startswith("cast/")]


def test_another_actor_credited_with_the_role_is_still_misattributed(check):
    findings = check("Lee Bo-ra as Kang Tae-oh leads the cast of Harbour Lights.")
    assert [f for f in findings if f[0] == "cast/misattributed-role"]


def test_rank_before_a_role_is_set_aside(check):
    findings = check("Choi Woo-jin as Detective Kang Tae-oh leads the cast of Harbour Lights.")
    assert not [f for f in findings if f[0].startswith("cast/")]


def test_crew_names_are_checked(check):
    findings = check("Harbour Lights was written by Nam Gi-ook and directed by Yeo Jin-seop.")
    assert ("name/misspelled-name", "Nam Gi-ook") in findings


def test_given_name_alone_needs_the_full_name_in_the_article(check):
    assert not check("Harbour Lights returns. Dong-sun is back.")
    assert ("name/misspelled-name", "Dong-sun") in check("Harbour Lights returns with Kang Dong-su. Dong-sun is back.")


def test_a_title_with_the_article_added_or_a_letter_off(check):
    assert ("name/misspelled-title", "The Harbour Lights") in check("Fans of The Harbour Lights rejoice.")
    assert ("name/misspelled-title", "Harbour Lihgts") in check("Fans of Harbour Lihgts rejoice.")
    assert not check("Fans of Harbour Lights rejoice. The Harbour Lights cast is back.")


def test_crew_name_in_another_romanisation_is_no_misspelling(check):
    findings = check("Harbour Lights was written by Nam Ki-ok and directed by Yeo Jin-sup.")
    assert not [f for f in findings if f[0] == "name/misspelled-name"]
