"""Reference loading and validation: every error names file, line and field."""

from __future__ import annotations

import textwrap

import pytest

from rumorcheck.errors import InvalidReference
from rumorcheck.library import Library
from rumorcheck.reference import load_reference

from .conftest import BUNDLED, DATA

MINIMAL = """\
id: demo
title: Demo
country: UK
language: English
network: ITV
seasons:
  - number: 1
    episodes: 4
cast:
  - name: Ann Example
    billing: main
    roles:
      - character: Jo Example
sources:
  - id: s
    url: https://example.org
"""


def write(tmp_path, text, name="ref.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_bundled_references_are_valid():
    library = Library.load(BUNDLED)
    assert "innocent-defendant" in {r.id for r in library.references}


def test_evidence_points_at_the_yaml_line(harbour_reference):
    evidence = harbour_reference.cast_evidence(2)
    lines = (DATA / "harbour-lights.yaml").read_text().splitlines()
    assert lines[evidence.line - 1].strip() == "- name: Lee Bo-ra"
    assert evidence.path == "cast[2]"


def test_minimal_reference_loads(tmp_path):
    ref = load_reference(write(tmp_path, MINIMAL))
    assert ref.characters[0].name == "Jo Example"  # characters implied by roles


@pytest.mark.parametrize("change,line,field,problem", [
    (("billing: main", "billing: main\n    nickname: X"), 12, "cast[0].nickname", "unknown field"),
    (("episodes: 4", "episodes: four"), 8, "seasons[0].episodes", "integer"),
    (("network: ITV\n", ""), None, "network", "required field is missing"),
    (("billing: main", "billing: star"), 11, "cast[0].billing", "main"),
])
def test_validation_errors_name_line_and_field(tmp_path, change, line, field, problem):
    path = write(tmp_path, MINIMAL.replace(*change))
    with pytest.raises(InvalidReference) as caught:
        load_reference(path)
    error = caught.value
    assert error.field == field
    assert problem in error.problem
    if line:
        assert error.line == line
    assert str(path) in str(error) and "\n" not in str(error)


def test_duplicate_person_is_an_error(tmp_path):
    text = MINIMAL.replace("sources:", "  - name: ann example\n    billing: supporting\nsources:")
    with pytest.raises(InvalidReference, match="appears twice"):
        load_reference(write(tmp_path, text))


def test_duplicate_key_is_an_error(tmp_path):
    with pytest.raises(InvalidReference, match="duplicate key 'title'") as caught:
        load_reference(write(tmp_path, MINIMAL.replace("title: Demo", "title: Demo\ntitle: Again")))
    assert caught.value.line == 3


def test_malformed_yaml(tmp_path):
    with pytest.raises(InvalidReference, match="malformed YAML") as caught:
        load_reference(write(tmp_path, MINIMAL.replace("title: Demo", "title: [Demo")))
    assert caught.value.line is not None


def test_alias_bomb_is_refused_before_expansion(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20))
    with pytest.raises(InvalidReference, match="aliases"):
        load_reference(write(tmp_path, bomb))


@pytest.mark.parametrize("content,problem", [("", "empty"), ("   \n", "empty"), ("- a\n- b\n", "mapping")])
def test_empty_or_non_mapping(tmp_path, content, problem):
    with pytest.raises(InvalidReference, match=problem):
        load_reference(write(tmp_path, content))


def test_role_in_a_season_the_show_lacks(tmp_path):
    text = MINIMAL.replace("- character: Jo Example", "- character: Jo Example\n        seasons: [3]")
    with pytest.raises(InvalidReference, match="no season 3"):
        load_reference(write(tmp_path, text))


def test_missing_reference_file(tmp_path):
    with pytest.raises(InvalidReference, match="no such file"):
        load_reference(tmp_path / "nope.yaml")


@pytest.mark.parametrize("change,problem", [
    (("billing: main", "billing: main\n    seasons: [2]"), "Ann Example: no season 2"),
    (("sources:", "characters:\n  - name: Jo Example\n    seasons: [4]\nsources:"), "Jo Example: no season 4"),
    (("network: ITV", "network: ITV\nformat: limited"), "serial"),
    (("network: ITV", "network: ITV\nshared_titles:\n  - title: Demo Two\n    work: a film\n    studio: X"), "unknown field"),
])
def test_season_scope_and_format_are_validated(tmp_path, change, problem):
    with pytest.raises(InvalidReference, match=problem):
        load_reference(write(tmp_path, MINIMAL.replace(*change)))


def test_anthology_scopes_cast_and_characters():
    itv = load_reference(BUNDLED / "innocent-itv.yaml")
    by_name = {m.name: m for m in itv.show.cast}
    assert itv.seasons_of_member(by_name["Lee Ingleby"]) == {1}
    assert itv.seasons_of_member(by_name["Katherine Kelly"]) == {2}
    assert itv.seasons_of_character("Sally Wright") == {2}
    assert "Innocent II" in itv.titles  # a season's own title is one of the show's titles
    assert itv.label == "Innocent (ITV, 2018)"
    assert itv.show.shared_titles[0].reference == "the-innocent-netflix"


def test_library_ids_in_shared_titles_exist():
    library = Library.load(BUNDLED)
    for ref in library.references:
        for shared in ref.show.shared_titles:
            assert shared.reference is None or shared.reference in library.positions, (ref.id, shared.reference)


STORY = MINIMAL + """\
characters:
  - name: Jo Example
    description: A nurse.
    occupation: [nurse]
    title: Sergeant
    affiliation: [Example Hospital]
    relations:
      - {type: wife, to: Max Example}
    fate:
      - {season: 1, status: dies, by: Max Example}
  - name: Max Example
    fate:
      - {status: married, with: Jo Example}
"""


def test_story_fields_load(tmp_path):
    ref = load_reference(write(tmp_path, STORY))
    jo = ref.show.characters[0]
    assert jo.occupation == ["nurse"] and jo.title == "Sergeant" and jo.affiliation == ["Example Hospital"]
    assert (jo.relations[0].type, jo.relations[0].to) == ("wife", "Max Example")
    assert (jo.fate[0].season, jo.fate[0].status.value, jo.fate[0].by) == (1, "dies", "Max Example")
    assert ref.show.characters[1].fate[0].with_ == "Jo Example"


@pytest.mark.parametrize("change,line,field,problem", [
    (("type: wife", "type: pen pal"), 24, "characters[0].relations[0].type", "unknown relation 'pen pal'"),
    (("occupation: [nurse]", "occupation: [wizard]"), 20, "characters[0].occupation", "unknown occupation 'wizard'"),
    (("title: Sergeant", "title: Grand Vizier"), 21, "characters[0].title", "unknown title or rank"),
    (("status: dies", "status: vanished"), 26, "characters[0].fate[0].status", "Input should be"),
    (("to: Max Example", "to: Nobody Known"), 24, "characters[0].relations[0].to", "no character 'Nobody Known'"),
    (("by: Max Example", "by: Nobody Known"), 26, "characters[0].fate[0].by", "no character 'Nobody Known'"),
    (("{season: 1, status", "{season: 7, status"), None, None, "no season 7"),
])
def test_story_field_errors_name_the_line(tmp_path, change, line, field, problem):
    path = write(tmp_path, STORY.replace(*change))
    with pytest.raises(InvalidReference) as info:
        load_reference(path)
    error = info.value
    assert problem in error.problem
    if line is not None:
        assert (error.line, error.field) == (line, field)
    assert str(path) in str(error)


@pytest.mark.parametrize("based_on,original", [
    ("", None),  # not said
    ("based_on: null\n", True),  # written out: an original
    ("based_on: A 2001 novel by Ana Ruiz\n", False),
    ("based_on: {original: true}\n", True),
    ("based_on: {title: Tides, author: [Ana Ruiz], medium: novel, year: 2001}\n", False),
])
def test_based_on_says_whether_the_show_is_an_original(tmp_path, based_on, original):
    ref = load_reference(write(tmp_path, MINIMAL.replace("seasons:", based_on + "seasons:")))
    assert ref.show.original is original


@pytest.mark.parametrize("record,problem", [
    ("{medium: scroll}", "unknown medium 'scroll'"),
    ("{original: true, medium: novel}", "an original show has no"),
    ("{year: 2001}", "needs a title or a medium"),
])
def test_based_on_record_errors(tmp_path, record, problem):
    with pytest.raises(InvalidReference) as info:
        load_reference(write(tmp_path, MINIMAL.replace("seasons:", f"based_on: {record}\nseasons:")))
    assert problem in info.value.problem and info.value.line == 6
