"""Where a name starts and ends: quoted nicknames, honorifics and post-nominals, generational
suffixes and a possessive work title before a name (invented shows and people)."""

from __future__ import annotations

import pytest

from rumorcheck.extract.claims import Segment
from rumorcheck.extract.context import is_hedged, is_heading
from rumorcheck.extract.credits import credits_in
from rumorcheck.extract.mentions import looks_like_name, name_chunks
from rumorcheck.names.resolver import NameResolver


def segment(text: str) -> Segment:
    return Segment(0, len(text), text, is_heading(text), is_hedged(text), False, False)


def chunks(text: str) -> list[str]:
    return [c.text for c in name_chunks(text)]


def pairs(text: str) -> list[tuple[str, str]]:
    return [(c.first.text, c.second.text) for c in credits_in(segment(text))]


# -- quoted nicknames ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Henry “Hal” Morrow", 'Henry "Hal" Morrow', "Henry ‘Wes’ Morrow",
                                  "Henry 'Hal' Morrow"])
def test_a_quoted_nickname_inside_a_full_name_is_one_name(name):
    assert chunks(f"Dara Finch as {name}, the gang's leader") == ["Dara Finch", name]
    assert pairs(f"Dara Finch as {name}, the gang's leader") == [("Dara Finch", name)]
    assert looks_like_name(name)


@pytest.mark.parametrize("text, expected", [
    ("Henry “Hal” said Morrow", ["Henry", "Hal", "Morrow"]),  # no family name after the quote
    ("The “Big” Show", ["The", "Big", "Show"]),  # a function word is no given name
    ("Henry “Hal’ Morrow", ["Henry", "Hal’ Morrow"]),  # quotes that do not pair
])
def test_quotes_that_are_no_nickname_still_end_a_chunk(text, expected):
    assert chunks(text) == expected


@pytest.mark.parametrize("written", ["Henry “Hal” Morrow", 'Henry "Hal" Morrow', "Harold “Hal” Morrow"])
def test_a_name_with_a_nickname_resolves_to_the_character_written_without_it(written):
    resolver = NameResolver([("Dara Finch", [])], [("Hal Morrow", ["Henry Morrow"]), ("Jo Pine", [])])
    found = resolver.resolve(written)
    assert found is not None and found.entity.name == "Hal Morrow"


def test_a_name_with_a_nickname_resolves_to_an_alias_written_with_it():
    resolver = NameResolver([], [("Nan Vale", ['Annabel "Nan" Vale'])])
    assert resolver.resolve("Annabel “Nan” Vale").entity.name == "Nan Vale"


# -- honorifics and post-nominals ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ruth Dale MP has to decide.", ["Ruth Dale"]),
    ("Another MP Oswin Drake extends the offer.", ["Another", "Oswin Drake"]),
    ("Ann Vale OBE, Tom Pike KC and Lu Marsh PhD met.", ["Ann Vale", "Tom Pike", "Lu Marsh"]),
    ("Ann Vale MBE, QC spoke.", ["Ann Vale"]),
    ("Lu Obe and Kc Tan met.", ["Lu Obe", "Kc Tan"]),  # a name, not a post-nominal, when not in capitals
])
def test_post_nominals_and_title_abbreviations_are_part_of_no_name(text, expected):
    assert chunks(text) == expected


def test_an_entity_that_runs_past_a_post_nominal_is_the_name_alone():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from rumorcheck.extract.mentions import person_mentions

    doc = Doc(Vocab(), words=["Another", "MP", "Oswin", "Drake", "spoke", "."],
              spaces=[True, True, True, True, False, False])
    doc.ents = [Span(doc, 1, 4, label="PERSON")]
    assert [m.text for m in person_mentions(doc, [])] == ["Oswin Drake"]
    doc = Doc(Vocab(), words=["Ruth", "Dale", "MP", "spoke", "."], spaces=[True, True, True, False, False])
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [m.text for m in person_mentions(doc, [])] == ["Ruth Dale"]


def test_is_post_nominal_reads_the_one_list():
    from rumorcheck.descriptors import is_post_nominal

    assert all(is_post_nominal(w) for w in ("MP", "OBE", "KC", "QC", "PhD"))
    assert not any(is_post_nominal(w) for w in ("Obe", "Mp", "Kc", "Ruth", "BBC"))


# -- generational suffixes -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Jon Pike as Henry Morrow, Sr and Lee Oat as Henry Morrow, Jr.",
     [("Jon Pike", "Henry Morrow, Sr"), ("Lee Oat", "Henry Morrow, Jr")]),
    ("Jon Pike as Henry Morrow, Senior, the patriarch", [("Jon Pike", "Henry Morrow, Senior")]),
    ("Jon Pike as Henry Morrow Jr. in the film", [("Jon Pike", "Henry Morrow Jr")]),
])
def test_a_generational_suffix_belongs_to_the_role(text, expected):
    assert pairs(text) == expected


def test_a_given_name_after_a_comma_is_the_next_name_of_a_list():
    assert chunks("Tom Pike, Junior Dale and Ann Vale") == ["Tom Pike", "Junior Dale", "Ann Vale"]


@pytest.fixture(scope="module")
def morrows():
    return NameResolver([], [("Henry Morrow", []), ("Henry Morrow Sr.", []), ("Ava Quill", [])])


@pytest.mark.parametrize("written, meant", [
    ("Henry Morrow, Sr", "Henry Morrow Sr."),
    ("Henry Morrow Senior", "Henry Morrow Sr."),
    ("Henry Morrow Snr", "Henry Morrow Sr."),
    ("Henry Morrow, Jr", "Henry Morrow"),  # the son, told from "Henry Morrow Sr." by the reference
    ("Henry Morrow", "Henry Morrow"),
    ("Ava Quill, Jr", None),  # no Ava Quill of either generation: not the one without a suffix
    ("Ava Quill, Sr", None),
])
def test_a_suffixed_name_resolves_only_to_its_generation(morrows, written, meant):
    found = morrows.resolve(written)
    assert (found.entity.name if found else None) == meant
    if found is not None and written.endswith(("Sr", "Senior", "Snr")):
        assert found.match.value == "exact"


def test_a_misspelt_suffixed_name_is_still_of_its_generation(morrows):
    found = morrows.resolve("Henry Morow, Sr")
    assert found.entity.name == "Henry Morrow Sr." and found.match.value == "misspelled"


# -- the checks see the names whole ----------------------------------------------------------------

@pytest.fixture(scope="module")
def hale_library(tmp_path_factory):
    from pathlib import Path

    from rumorcheck.library import Library
    from rumorcheck.reference import load_reference

    text = (Path(__file__).resolve().parent / "checks" / "data" / "hale-house.yaml").read_text("utf-8")
    text = text.replace("cast:\n", "cast:\n  - name: Walt Brennan\n    billing: supporting\n    roles:\n"
                                   "      - character: Tom Hale Sr.\n", 1)
    text = text.replace("characters:\n", "characters:\n  - name: Tom Hale Sr.\n", 1)
    path = tmp_path_factory.mktemp("ref") / "hale-house.yaml"
    path.write_text(text, "utf-8")
    return Library([load_reference(path)])


def reported(library, text: str) -> set[tuple[str, str]]:
    from rumorcheck.checker import run_checks
    from rumorcheck.rules import RuleSelection
    from tests.handmade import handmade_article

    found, _ = run_checks(handmade_article(text), library.get("hale-house"), library, RuleSelection())
    return {(f.span.text, f.rule) for f in found if f.severity.value != "info"}


@pytest.mark.parametrize("text", [
    "Walt Brennan as Tom Hale, Sr and Alexander Pruitt as Tom Hale, Jr return.",
    "Ruth Dale Moreno as Annabel “Ann” Hale returns.",
    "Tom Hale MP has to take a hard decision.",
])
def test_names_read_whole_raise_nothing(hale_library, text):
    assert reported(hale_library, text) == set()


def test_a_suffixed_role_given_to_the_wrong_actor_is_still_misattributed(hale_library):
    assert {rule for _, rule in reported(hale_library, "Omar Fenn as Tom Hale, Sr returns.")} == {
        "cast/misattributed-role"}


# -- a possessive work title before a name ---------------------------------------------------------

@pytest.mark.parametrize("work", ["The Lost Kingdoms'", "The Lost Kingdoms’", "Dark Tide's", "Dark Tide’s"])
def test_the_actor_after_a_possessive_work_title_is_the_name_alone(work):
    assert pairs(f"{work} Mei Tan will play Ana Roe.") == [("Mei Tan", "Ana Roe")]


def test_a_plural_possessive_is_no_part_of_the_name_after_it():
    assert [c.text for c in name_chunks("the Hales’ Tom Pike")] == ["Hales’", "Tom Pike"]
    assert chunks("D'Arcy Vale and Ross’ Ana") == ["D'Arcy Vale", "Ross’", "Ana"]  # an apostrophe inside stays


def test_an_entity_that_runs_across_a_possessive_is_the_name_after_it():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from rumorcheck.extract.mentions import person_mentions

    doc = Doc(Vocab(), words=["Lost", "Kingdoms", "’", "Mei", "Tan", "will", "play", "Ana", "."],
              spaces=[True, False, True, True, True, True, True, False, False])
    doc.ents = [Span(doc, 0, 5, label="PERSON")]
    found = [m.text for m in person_mentions(doc, [])]
    assert "Mei Tan" in found and not any("Mei" in m and "Kingdoms" in m for m in found)


# -- a participle hyphened to a name -------------------------------------------------------------------

@pytest.mark.parametrize("participle", ["starring", "led", "fronted", "helmed", "directed", "penned"])
def test_a_participle_hyphened_to_a_name_ends_it(participle):
    assert chunks(f"the Seo Dae-ho-{participle} Copper Lane was a hit") == ["Seo Dae-ho", "Copper Lane"]
    assert chunks(f"Dara Finch-{participle} Copper Lane") == ["Dara Finch", "Copper Lane"]


def test_a_hyphenated_name_part_that_only_begins_like_a_participle_is_kept():
    assert chunks("Dara Led-ya Finch returns") == ["Dara Led-ya Finch"]


# -- middle initials -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("based on the novel by Welsh author Dana P. Orr of the same name", ["Welsh", "Dana P. Orr"]),
    ("Actor Tobin R. Vale plays the lead.", ["Actor Tobin R. Vale"]),
    ("the books of J. T. Marrow sold well", ["J. T. Marrow"]),
    ("(Dana P. Orr) wrote it", ["Dana P. Orr"]),
])
def test_a_middle_initial_with_its_dot_stays_inside_the_name(text, expected):
    assert chunks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("They chose Plan B. Then Mira Holt left.", ["They", "Plan B", "Then Mira Holt"]),  # a sentence ends
    ("a U.S. Marshal Tom Lee arrives", ["U", "S", "Marshal Tom Lee"]),  # a dotted abbreviation
    ("by Dana P. and others", ["Dana P"]),  # nothing capitalised after the initial
])
def test_a_capital_letter_and_dot_that_is_no_middle_initial_ends_the_run(text, expected):
    assert chunks(text) == expected


# -- a serial number ending a role -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Lia Hart as AI Pip 301, the hotel's keeper.", [("Lia Hart", "AI Pip 301")]),
    ("Dara Finch as Unit 7 and Lia Hart as Pip.", [("Dara Finch", "Unit 7"), ("Lia Hart", "Pip")]),
    ("Lia Hart as Pip 2019.", [("Lia Hart", "Pip")]),  # a year is no part of the name
    ("Lia Hart as Pip 3 times over.", [("Lia Hart", "Pip")]),  # a count, not a serial
])
def test_a_serial_number_after_a_role_is_part_of_it(text, expected):
    assert pairs(text) == expected
