"""Cast credits on an invented English-language show (tests/checks/data): lists, described roles,
shortened names, reversed credits and cast lists. Articles are built by hand, without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.library import Library
from rumorcheck.reference import load_reference
from rumorcheck.rules import RuleSelection
from tests.handmade import handmade_article

HALE = Path(__file__).resolve().parent / "data" / "hale-house.yaml"


@pytest.fixture(scope="module")
def library():
    return Library([load_reference(HALE)])


def findings(library, text: str) -> set[tuple[str, str, str]]:
    found, _ = run_checks(handmade_article(text), library.get("hale-house"), library, RuleSelection())
    return {(f.span.text, f.rule, f.severity.value) for f in found}


def reported(library, text: str, prefix: str = "cast/") -> set[tuple[str, str, str]]:
    return {f for f in findings(library, text) if f[1].startswith(prefix) and f[2] != "info"}


@pytest.mark.parametrize("text", [
    "It stars Ruth Dale Moreno, Alexander Pruitt, and Omar Fenn as Ann Hale, Tom Hale, and Sam Reed respectively.",
    "Alexander Pruitt and Omar Fenn will star as Tom and Sam.",
    "Ruth Dale Moreno stars as the oldest Hale sibling, Ann.",
    "Omar Fenn plays the SWAT-Captain Sam.",
    "Christopher Vane (Cold Harbour) also stars as Ann’s rival.",
])
def test_lists_and_described_roles_are_credited_right(library, text):
    assert not reported(library, text)


def test_a_swapped_list_is_still_misattributed(library):
    text = "Alexander Pruitt and Omar Fenn will star as Sam and Tom."
    assert {rule for _, rule, _ in reported(library, text)} == {"cast/misattributed-role"}


def test_a_role_the_reference_does_not_name_is_info(library):
    assert ("Lia Marsh plays Jo Bright", "cast/unknown-role", "info") in findings(library, "Lia Marsh plays Jo Bright.")


def test_an_unknown_role_of_an_actor_with_known_roles_is_a_warning(library):
    assert ("Omar Fenn plays Jo Bright", "cast/unknown-role", "warning") in findings(library, "Omar Fenn plays Jo Bright.")


@pytest.mark.parametrize("credit", ["Ruth Dale as Ann Hale", "Alex Pruitt as Tom Hale", "Chris Vane as Nick Ives"])
def test_a_shortened_name_of_the_credited_actor_is_the_same_person(library, credit):
    assert not reported(library, f"The cast: {credit}.", prefix="")


def test_another_person_sharing_a_family_name_is_still_misattributed(library):
    assert {rule for _, rule, _ in reported(library, "Ruth Vane as Nick Ives.")} == {"cast/misattributed-role"}


def test_a_credit_written_the_wrong_way_round_is_reported(library):
    assert ("Tom Hale as Alexander Pruitt", "cast/reversed-credit", "warning") in findings(
        library, "Tom Hale as Alexander Pruitt, Omar Fenn as Sam Reed.")
    assert not reported(library, "Alexander Pruitt as Tom Hale, Tom Hale (Alexander Pruitt) and Tom Hale, "
                                 "played by Alexander Pruitt.")


def test_a_reversed_credit_to_someone_else_is_not_called_reversed(library):
    rules = {rule for _, rule, _ in reported(library, "Tom Hale as Omar Fenn.")}
    assert "cast/reversed-credit" not in rules


@pytest.mark.parametrize("text", [
    "They join returnees Omar Fenn, Tom Hale and Ruth Dale Moreno.",
    "The cast includes Omar Fenn, Tom Hale and Ruth Dale Moreno.",
    "Lia Marsh joins fellow cast members Omar Fenn and Tom Hale.",
])
def test_a_character_in_a_list_of_actors_is_flagged(library, text):
    assert ("Tom Hale", "cast/character-as-actor", "warning") in findings(library, text)


def test_a_character_joining_another_in_the_plot_is_not_a_cast_list(library):
    assert not reported(library, "In the finale, Sam Reed joins Tom Hale on the boat.")


def test_a_character_in_a_parenthesis_before_a_description_is_still_checked(library):
    assert {rule for _, rule, _ in reported(library, "Omar Fenn (Tom Hale) plays Ann’s rival.")} == {
        "cast/misattributed-role"}


@pytest.mark.parametrize("text", [
    "Mia Stone as young Tom Hale.",  # the reference lists no young Tom: it cannot tell
    "Omar Fenn as young Tom Hale.",
    "The younger Tom Hale (Mia Stone) opens the season.",
    "Nina Cole as young Ann Hale.",
])
def test_a_young_version_the_reference_does_not_contradict_is_no_error(library, text):
    assert not reported(library, text)


@pytest.mark.parametrize("text", ["Mia Stone as young Ann Hale.", "Mia Stone as Tom Hale."])
def test_a_young_version_is_compared_with_the_young_actor_the_reference_lists(library, text):
    assert {rule for _, rule, _ in reported(library, text)} == {"cast/misattributed-role"}


@pytest.mark.parametrize("text", [
    "The series follows Marisol (Greta Lund) on her quest.",  # "Marisol" is one letter off Dario Marisel
    "The series follows Greta Lund (Marisol) on her quest.",
    "Jude Ives (Dario Marisel) returns.",
])
def test_a_parenthesis_holding_the_actor_of_the_character_is_read_that_way(library, text):
    assert not reported(library, text)


def test_a_character_one_letter_off_an_actor_is_still_checked_as_a_character(library):
    assert {rule for _, rule, _ in reported(library, "Marisol (Omar Fenn) returns.")} == {"cast/misattributed-role"}


@pytest.mark.parametrize("text", [
    "Tom’s new girlfriend, who is played by Ruth Dale Moreno, arrives.",  # she plays Ann, no new character
    "Ann’s boyfriend, who is played by Ruth Dale Moreno, arrives.",  # she plays Ann herself
    "Season 2 brings new faces. Ann’s new boyfriend, who is played by Christopher Vane, arrives.",  # an old one
])
def test_a_role_described_by_a_relation_the_actor_cannot_play_is_a_warning(library, text):
    assert {(rule, severity) for _, rule, severity in reported(library, text)} == {
        ("cast/misattributed-role", "warning")}


@pytest.mark.parametrize("text", [
    "Ann’s boyfriend, who is played by Christopher Vane, arrives.",  # the reference says so
    "Ann’s new boyfriend, who is played by Christopher Vane, arrives.",
    "Tom’s girlfriend, who is played by Ruth Dale Moreno, arrives.",  # not said new: it cannot tell
    "Tom’s new girlfriend, who is played by Mia Stone, arrives.",  # not in the cast
    "Tom’s new girlfriend, who is played by Lia Marsh, arrives.",  # no role named
])
def test_a_role_described_by_a_relation_is_not_refuted_without_grounds(library, text):
    assert not reported(library, text)


def test_a_capitalised_note_after_the_actors_own_role_garbled_in_lower_case_is_no_unknown_role(library):
    assert not reported(library, "Omar Fenn as the sam reid Harbour Police, a rookie.")
    assert ("Omar Fenn as the new chief Harbour Police", "cast/unknown-role", "warning") in findings(
        library, "Omar Fenn as the new chief Harbour Police, a rookie.")


STARS = "The cast:\n• Ruth Dale Moreno (Ann Hale)\n• Alexander Pruitt (Tom Hale)\n"


@pytest.mark.parametrize("text, stranger", [
    (STARS + "• Peter Quade (Captain Ross Ellery)\n", "Peter Quade (Captain Ross Ellery)"),
    ("The cast: Ruth Dale Moreno as Ann Hale, Peter Quade as Ross Ellery and Omar Fenn as Sam Reed.",
     "Peter Quade as Ross Ellery"),
])
def test_a_stranger_among_the_stars_is_a_warning(library, text, stranger):
    assert reported(library, text) == {(stranger, "cast/stranger-in-cast-list", "warning")}


@pytest.mark.parametrize("text", [
    "Peter Quade (Ross Ellery) joins Ruth Dale Moreno (Ann Hale) this season.",  # no list of three
    STARS + "• Greta Lund (Marisol Vega)\n• Peter Quade (Ross Ellery)\n",  # a supporting member: a partial list
    STARS + "• Peter Quade (Ross Ellery)\n• Mara Voss (Lena Kite)\n",  # two strangers: a cast the reference lacks
    STARS + "• Peter Quade (Tom Hale)\n",  # a known character: judged as a credit
])
def test_a_stranger_outside_a_list_of_the_stars_is_not_reported(library, text):
    assert not {f for f in reported(library, text) if f[1] == "cast/stranger-in-cast-list"}


def test_a_short_role_slipped_after_its_own_actor_is_a_name_finding(library):
    found = findings(library, "Omar Fenn as Srem leads the cast of Hale House.")
    assert ("Srem", "name/misspelled-name", "warning") in found
    assert not [f for f in found if f[1].startswith("cast/")]


def test_a_role_far_from_the_actors_own_is_still_an_unknown_role(library):
    found = findings(library, "Omar Fenn as Diego leads the cast of Hale House.")
    assert [f for f in found if f[1] == "cast/unknown-role"]
    assert not [f for f in found if f[1] == "name/misspelled-name"]



@pytest.mark.parametrize("text", [
    "Moreno plays Ann Hale in every episode.",  # the family name of the actor in the role
    "Actor Pruitt plays Tom Hale.",  # a profession written before it
    "It headlines Hale House as Ann Hale.",  # the show's own title before "as"
])
def test_part_of_the_right_actors_name_or_the_shows_title_is_no_other_actor(library, text):
    assert not {f for f in reported(library, text) if f[1] == "cast/misattributed-role"}


def test_another_actors_family_name_still_misattributes_the_role(library):
    assert ("cast/misattributed-role", "error") in {(r, s) for _, r, s in reported(library, "Fenn plays Ann Hale.")}


@pytest.mark.parametrize("text", [
    "The cast includes Omar Fenn as the Lieutenant Colonel.",  # a rank, no name: the description is not a character
    "Omar Fenn as the sergeant first and Alexander Pruitt as Tom Hale return.",  # the next actor is no role
])
def test_a_description_or_the_next_actor_after_as_is_no_unknown_role(library, text):
    assert not {f for f in reported(library, text) if f[1] == "cast/unknown-role"}


@pytest.mark.parametrize("text", [
    "Alexander Pruitt and Greta Lund play Tom Hale and Mari",  # the excerpt stops inside the role
    "Greta Lund plays Mari… Read more.",  # a snippet cut before an ellipsis
    "Greta Lund plays Mari... Read more.",
])
def test_a_role_cut_off_by_the_end_of_the_excerpt_is_no_unknown_role(library, text):
    assert not {f for f in reported(library, text) if f[1] == "cast/unknown-role"}


@pytest.mark.parametrize("text", [
    "Greta Lund plays Mari.",  # a whole word, not cut short
    "Greta Lund plays Mara… Read more.",  # cut short, but not the start of her role
])
def test_a_role_that_is_not_the_start_of_the_actors_own_is_still_unknown(library, text):
    assert {f[1] for f in reported(library, text)} == {"cast/unknown-role"}


@pytest.mark.parametrize("text, flagged", [
    ("Ann Hale meets Marisol Veg.", True),
    ("Ann Hale meets Marisol Veg", False),  # the excerpt stops inside the name
    ("Ann Hale meets Marisol Veg… Read more.", False),  # a snippet cut before an ellipsis
])
def test_a_name_cut_off_by_the_excerpt_is_no_misspelling(library, text, flagged):
    assert bool(reported(library, text, prefix="name/misspelled-name")) is flagged


HARBOUR = Path(__file__).resolve().parents[1] / "data" / "harbour-lights.yaml"


@pytest.fixture(scope="module")
def harbour():
    return Library([load_reference(HARBOUR)])


def unknown_roles(library, text: str) -> set[str]:
    found, _ = run_checks(handmade_article(text), library.get("harbour-lights"), library, RuleSelection())
    return {f.span.text for f in found if f.rule == "cast/unknown-role"}


def test_the_actors_own_role_romanised_another_way_with_a_slip_is_no_unknown_role(harbour):
    # Kang Dong-su read "Gang Tong" (another romanisation) with a final consonant added: "Sun"
    assert not unknown_roles(harbour, "Oh Ji-hwan plays Gang Tong Sun.")


@pytest.mark.parametrize("text", [
    "Oh Ji-hwan plays Kim Dong-su.",  # a wholly other family name
    "Oh Ji-hwan plays Kang Dong-ho.",  # a wholly other syllable of the given name
    "Oh Ji-hwan plays Jang Mi-rae.",
])
def test_another_name_than_the_actors_own_role_is_still_an_unknown_role(harbour, text):
    assert unknown_roles(harbour, text)


def test_another_family_name_of_the_actors_own_role_is_still_an_unknown_role(library):
    assert {f[1] for f in reported(library, "Omar Fenn plays Sam Reyes.")} == {"cast/unknown-role"}


@pytest.mark.parametrize("text", [
    "Omar Fenn (Quarrik Nord) and Alexander Pruitt (Tarsk Vale) star as Sam and Tom.",  # the roles follow
    "Ruth Dale Moreno (Zephyr Kolt), who plays the oldest sibling, returns.",
    "Joining the cast are Omar Fenn (Quarrik Nord), Greta Lund (Vostrel Bay) and Dario Marisel (Kestrin Moor).",
    "Omar Fenn (“Quarrik Nord”) returns.",  # a quoted title
    "Omar Fenn (The Tarsk Files) returns.",  # a title opening with "The"
    "Omar Fenn (Silver Harbour) returns.",  # ordinary words
])
def test_an_actors_earlier_work_in_a_parenthesis_is_a_career_note(library, text):
    assert not reported(library, text)


@pytest.mark.parametrize("text, role", [
    ("Omar Fenn (Jo Bright) returns.", "Jo Bright"),
    ("Omar Fenn (Kang Min-ho) and Greta Lund (Yoon Da-eun) return.", "Kang Min-ho"),  # person-shaped
    ("Omar Fenn (Quarrik Nord) and Greta Lund (Marisol Vega) return.", "Quarrik Nord"),  # a list of roles
])
def test_a_name_shaped_parenthesis_the_show_lacks_is_still_an_unknown_role(library, text, role):
    assert (f"Omar Fenn ({role})", "cast/unknown-role", "warning") in findings(library, text)


def test_actors_with_career_notes_paired_with_a_swapped_role_list_are_misattributed(library):
    text = "Omar Fenn (Quarrik Nord) and Alexander Pruitt (Tarsk Vale) star as Tom and Sam."
    assert {rule for _, rule, _ in reported(library, text)} == {"cast/misattributed-role"}


def test_a_passive_credit_without_a_comma_is_not_reversed(library):
    assert not reported(library, "Tom Hale portrayed by Alexander Pruitt returns.")


def test_the_work_after_a_hyphened_starring_is_not_in_a_list_of_actors(library):
    assert not reported(library, "The Alexander Pruitt-starring Tom Hale was a hit.")
    assert ("Tom Hale", "cast/character-as-actor", "warning") in findings(
        library, "The drama starring Tom Hale was a hit.")


@pytest.mark.parametrize("credit", ["Omar Fenn as Old-Sam", "Omar Fenn as Sam Prime", "Omar Fenn as AI Sam 301",
                                    "Omar Fenn as Android Sam Reed", "Omar Fenn as Young-Sam Reed"])
def test_a_version_or_kind_of_the_actors_own_character_is_no_unknown_role(library, credit):
    assert not reported(library, f"The cast includes {credit}.")


@pytest.mark.parametrize("credit", ["Omar Fenn as Old-Jo Bright", "Omar Fenn as Jo Prime", "Omar Fenn as AI Jo 301"])
def test_a_version_word_around_a_name_the_actor_does_not_play_is_still_unknown(library, credit):
    assert (credit, "cast/unknown-role", "warning") in findings(library, f"The cast includes {credit}.")


def test_young_is_a_version_only_for_a_character_the_reference_splits_by_age(library):
    # Ann Hale has a young actor (Nina Cole); Sam Reed has none
    assert ("cast/role-version-mismatch" in {rule for _, rule, _ in reported(
        library, "Ruth Dale Moreno as young Ann Hale opens the season.")})
    assert not reported(library, "Omar Fenn as young Sam Reed opens the season.")


@pytest.mark.parametrize("text", [
    "Tom meets his friend Sam (Omar Benn) at school.",  # "Character (Actor)"
    "Omar Benn as Sam Reed returns.",  # "Actor as Character"
])
def test_the_roles_own_actor_with_a_first_letter_slip_is_a_name_finding(library, text):
    found = findings(library, text)
    assert ("Omar Benn", "name/misspelled-name", "warning") in found
    assert not [f for f in found if f[1].startswith("cast/") and f[2] != "info"]


@pytest.mark.parametrize("text", [
    "Tom meets his friend Sam (Omar Bennett) at school.",  # more than one slip in the word
    "Tom meets his friend Sam (Lia Fenn) at school.",  # another given name
])
def test_another_name_in_a_credit_pair_is_still_misattributed(library, text):
    assert ("cast/misattributed-role", "error") in {(r, s) for _, r, s in reported(library, text)}


def test_a_place_and_occupation_before_the_role_are_not_the_role(library):
    assert not reported(library, "Omar Fenn as Corby High student Sam Reed returns.")
    assert ("cast/misattributed-role", "error") in {
        (r, s) for _, r, s in reported(library, "Omar Fenn as Corby High student Tom Hale returns.")}
