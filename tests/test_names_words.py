"""Names the mentions do not show whole: a name written as one word, after a descriptor, or
respelled by sound in a credit slot. Articles are built by hand (no statistical model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumorcheck.checker import run_checks
from rumorcheck.library import Library
from rumorcheck.names import Match, NameResolver
from rumorcheck.rules import RuleSelection
from tests.conftest import DATA
from tests.handmade import handmade_article

NAMES_DATA = Path(__file__).resolve().parent / "names_data"


@pytest.fixture(scope="module")
def library():
    return Library.load(NAMES_DATA)


@pytest.fixture(scope="module")
def harbour():
    return Library.load(DATA)


def misspelt(library, text: str, show: str = "copperfield-bay") -> set[str]:
    found, _ = run_checks(handmade_article(text), library.get(show), library, RuleSelection())
    return {f.span.text for f in found if f.rule == "name/misspelled-name"}


def test_a_family_name_alone_misspelt_is_a_misspelling_of_the_family():
    resolver = NameResolver([], [("Nora Kavanagh", []), ("Sam Kavanagh", [])])
    found = resolver.resolve_word("Kavanaugh")
    assert found.match is Match.MISSPELLED and found.form == "Kavanagh"
    assert resolver.resolve_word("Kavanaghs") is None  # the family in the plural


def test_a_word_near_two_different_forms_is_no_one():
    resolver = NameResolver([], [("Nora Kavanagh", []), ("Nora Cavanagh", [])])
    assert resolver.resolve_word("Kavanaugh").form == "Kavanagh"  # the first letter decides
    assert NameResolver([], [("Rendell Hale", []), ("Randall Hope", [])]).resolve_word("Rendall") is None


def test_an_actor_is_not_matched_by_a_given_name_alone():
    resolver = NameResolver([("Jamie Tallis", [])], [])
    assert resolver.resolve_word("Jaime") is None
    assert resolver.resolve_word("Talis").entity.name == "Jamie Tallis"


def test_family_name_alone_misspelt_with_a_bearer_named_in_full(library):
    text = "Marnie Wiest plays Nora Kavanagh. The focus is on the Kavanaugh family."
    assert misspelt(library, text) == {"Kavanaugh"}


def test_one_word_misspelling_needs_the_person_named_in_the_article(library):
    assert not misspelt(library, "The focus is on the Kavanaugh family.")


def test_the_same_misspelling_in_full_then_alone(library):
    text = "Fans mourn Rendall Kavanagh. The keys are linked to Rendall's death."
    assert misspelt(library, text) == {"Rendall Kavanagh", "Rendall"}


def test_a_word_also_written_in_lower_case_is_an_ordinary_word(library):
    text = "Marnie Wiest plays Nora Kavanagh. Later, Nara said no. A nara tree grows there."
    assert not misspelt(library, text)


def test_a_capitalised_word_opening_a_sentence_is_left_alone(library):
    assert not misspelt(library, "Fans love Rendell Kavanagh. Rendall, they say, is back.")
    assert misspelt(library, "Fans love Rendell Kavanagh. They say Rendall is back.") == {"Rendall"}


def test_a_korean_given_name_garbled_with_its_hyphen_lost(harbour):
    assert misspelt(harbour, "The episode starts with Dng su taking the bullet.", "harbour-lights") == {"Dng su"}
    assert not misspelt(harbour, "The episode starts with Dong su taking the bullet.", "harbour-lights")
    # a well-formed given name alone may be someone else's: it needs the full name
    assert not misspelt(harbour, "The episode starts with Seo-yeong taking the bullet.", "harbour-lights")


def test_a_misspelt_name_after_a_credential_is_kept(library):
    for credential in ("Academy Award-winner", "Oscar winner", "Emmy-nominated", "Marvel star"):
        text = f"The cast includes {credential} Marnie Weist as the mother."
        assert misspelt(library, text) == {"Marnie Weist"}, credential


def test_a_misspelt_tail_after_other_words_is_not_taken_for_the_name(library):
    assert not misspelt(library, "The cast includes Harbour Marnie Weist as the mother.")


def test_a_crew_name_respelled_by_sound_in_a_crew_slot(library):
    assert misspelt(library, "Copperfield Bay was created by Kristofer Kayser for Paramount+.") == {"Kristofer Kayser"}
    assert misspelt(library, "Copperfield Bay comes from creator Kristopher Keyser.") == {"Kristopher Keyser"}
    assert not misspelt(library, "Copperfield Bay was created by Christopher Keyser for Paramount+.")


def test_a_name_that_sounds_otherwise_or_stands_outside_a_crew_slot_is_left_alone(library):
    assert not misspelt(library, "Copperfield Bay was created by Kristen Stewart.")
    assert not misspelt(library, "Kristofer Kayser praised Copperfield Bay.")


def test_same_sound():
    from rumorcheck.names import same_sound
    assert same_sound("Kristofer Kayser", "Christopher Keyser")
    assert not same_sound("Kristofer", "Christopher Keyser")
    assert not same_sound("Kristen Keyser", "Christopher Keyser")


def test_a_name_written_with_spaced_dashes_is_one_chunk_at_its_own_offsets():
    from rumorcheck.extract.mentions import looks_like_name, name_chunks, strip_function_words
    text = "With Yoon Se – Ah and Kim Jung – Hyun; Tom Hardy – the star – returns."
    chunks = [(c.text, text[c.start:c.end]) for c in map(strip_function_words, name_chunks(text))]
    assert ("Yoon Se – Ah", "Yoon Se – Ah") in chunks and ("Kim Jung – Hyun", "Kim Jung – Hyun") in chunks
    assert ("Tom Hardy", "Tom Hardy") in chunks  # a dash between words that are no syllables ends the name
    assert looks_like_name("Yoon Se – Ah")


def test_a_misspelt_name_with_a_spaced_dash(harbour):
    assert misspelt(harbour, "The cast: Choi Woo – Jim and Lee Bo-ra.", "harbour-lights") == {"Choi Woo – Jim"}


def titles(library, text: str) -> set[str]:
    found, _ = run_checks(handmade_article(text), library.get("copperfield-bay"), library, RuleSelection())
    return {f.span.text for f in found if f.rule == "name/misspelled-title"}


def test_a_longer_title_holding_the_shows_is_not_the_title_with_the_added(library):
    assert titles(library, "Fans of The Copperfield Bay will be glad.") == {"The Copperfield Bay"}
    assert not titles(library, "It adapts the novel The Copperfield Bay of Ghosts by Ann Marlow.")
    assert not titles(library, "Fans of The Copperfield Bay of Dreams will be glad.")


def test_the_source_title_is_one_chunk():
    from rumorcheck.extract.mentions import name_chunks
    assert [c.text for c in name_chunks("It adapts The Copperfield Bay of the Gods.")] == [
        "It", "The Copperfield Bay of the Gods"]
    assert [c.text for c in name_chunks("Ann Marlow of the Times")] == ["Ann Marlow", "Times"]


def test_the_source_works_title_is_never_a_misspelt_title(tmp_path):
    text = (NAMES_DATA / "copperfield-bay.yaml").read_text().replace(
        "The Copperfield Bay of Ghosts, a novel", "The Copperfield Bay, a novel")
    (tmp_path / "copperfield-bay.yaml").write_text(text)
    assert not titles(Library.load(tmp_path), "The show adapts the novel The Copperfield Bay by Ann Marlow.")


@pytest.mark.parametrize("written, name", [
    ("Ranveer Khosla", "Ranvir Khosla"), ("Imran Siddique", "Imran Siddiqui"), ("Imran Siddiqi", "Imran Siddiqui"),
    ("Anil Kapur", "Anil Kapoor"), ("Sanjiv Dwivedi", "Sanjeev Dvivedi"),
])
def test_south_asian_transliterations_are_variants(written, name):
    from rumorcheck.names import classify
    assert classify(written, name) == "variant"


@pytest.mark.parametrize("written, name", [
    ("Ranvir Khossla", "Ranvir Khosla"), ("Song Joong-kii", "Song Joong-ki"), ("Aaron Piper", "Arón Piper"),
])
def test_other_slips_stay_misspellings(written, name):
    from rumorcheck.names import classify
    assert classify(written, name) == "misspelling"


def test_a_south_asian_variant_in_an_article_is_info(library):
    found, _ = run_checks(handmade_article("Copperfield Bay stars Ranveer Khosla as Imran Siddique."),
                          library.get("copperfield-bay"), library, RuleSelection())
    assert {(f.span.text, f.rule, f.severity.value) for f in found if f.rule.startswith("name/")} == {
        ("Ranveer Khosla", "name/variant-spelling", "info"), ("Imran Siddique", "name/variant-spelling", "info")}


def test_japanese_names_keep_their_own_rules():
    from rumorcheck.names import classify
    assert classify("Masami Nagasava", "Masami Nagasawa") == "misspelling"  # v is no kana sound


def test_a_role_garbled_in_lower_case_in_the_actors_credit(library):
    text = "The cast: Jeremy Tallis as rendel kavanagh (a pilot) and Marnie Wiest as nora kavanagh."
    assert misspelt(library, text) == {"rendel kavanagh"}


def test_a_lower_case_description_after_as_is_no_garbled_name(library):
    for role in ("sam's brother", "his brother", "the harbour pilot", "nora herself"):
        assert not misspelt(library, f"The cast: Lucas Brennan as {role} and Marnie Wiest."), role


# -- page shapes: a list under the name, an excerpt that stops mid-word, a given name spaced out --

def test_a_name_at_the_end_of_a_text_cut_mid_word_is_no_misspelling(harbour):
    cut = "Harbour Lights season 2 brings back Lee Bo-ra and Yoon Seo-ye"
    assert "Yoon Seo-ye" not in misspelt(harbour, cut, "harbour-lights")
    assert "Yoon Seo-ye" in misspelt(harbour, cut + " as the nurse.", "harbour-lights")


def test_a_name_spaced_otherwise_and_cut_mid_word_is_no_misspelling(harbour):
    cut = "Harbour Lights season 2 brings back Lee Bo-ra and Yoon Seo Ye"
    assert "Yoon Seo Ye" not in misspelt(harbour, cut, "harbour-lights")
    assert "Yoon Seo Ye" in misspelt(harbour, cut + " as the nurse.", "harbour-lights")


def test_a_title_at_the_end_of_a_text_cut_mid_word_is_no_misspelling(library):
    cut = "When will the next season arrive? Wait for the news.\nCopperfield Ba"
    assert "Copperfield Ba" not in titles(library, cut)
    assert "Copperfield Ba" in titles(library, cut + " returns.")


@pytest.mark.parametrize("written", ["Seo Yeon", "Yoon Seo Yeon"])
def test_a_korean_given_name_written_as_two_words_is_the_hyphenated_name(harbour, written):
    found = harbour.resolver(harbour.get("harbour-lights")).resolve(written)
    assert found is not None and found.entity.name == "Yoon Seo-yeon" and found.match is not Match.MISSPELLED


def test_a_person_entity_running_across_a_line_break_stops_at_it():
    from spacy.tokens import Span

    from rumorcheck.extract.mentions import person_mentions
    from tests.handmade import handmade_doc

    text = "Cast:\n  2. Lee Bo-ra as Seo\n  3. Kim Da-som as Han"
    doc = handmade_doc(text)
    start = next(t.i for t in doc if t.text == "Seo")
    doc.ents = [Span(doc, start, start + 4, label="PERSON")]  # "Seo\n  3" as a model may mark it
    texts = [m.text for m in person_mentions(doc, [])]
    assert "Seo" in texts and not any("\n" in t for t in texts)


def test_a_hyphenated_given_name_misspelt_at_the_start_of_a_sentence(harbour):
    text = "The cast:\nOh Ji-hwan (Kang Dong-su)\nDong-Sun has a secret. Dong-Sun hides it."
    assert misspelt(harbour, text, "harbour-lights") == {"Dong-Sun"}
    assert not misspelt(harbour, "Harbour Lights returns.\nDong-Sun has a secret.", "harbour-lights")


@pytest.mark.parametrize("text", [
    "The cast:\nOh Ji-hwan (Dong-Sun)\nDong-Sun has a secret.",
    "Oh Ji-hwan returns as Dong-Sun, who has a secret.",
])
def test_a_given_name_misspelt_in_a_credit_to_the_actor_of_the_role(harbour, text):
    assert misspelt(harbour, text, "harbour-lights") == {"Dong-Sun"}


def test_a_given_name_credited_to_another_actor_is_no_misspelling_of_the_role(harbour):
    assert not misspelt(harbour, "Lee Bo-ra returns as Dong-Sun, who has a secret.", "harbour-lights")


def test_a_title_word_in_another_number_is_no_misspelt_title(harbour):
    def titles(text):
        found, _ = run_checks(handmade_article(text), harbour.get("harbour-lights"), harbour, RuleSelection())
        return {f.span.text for f in found if f.rule == "name/misspelled-title"}
    assert not titles("The cast of Harbours Lights is back for a second season.")
    assert titles("The cast of Harbour Light is back for a second season.") == {"Harbour Light"}  # an "s" dropped
    assert titles("The cast of Harbur Lights is back for a second season.") == {"Harbur Lights"}


def test_a_credit_whose_role_the_excerpt_cuts_off_is_no_misspelling(harbour):
    assert "Seo-ye" not in " ".join(misspelt(harbour, "The cast: Lee Bo-ra as Yoon Seo-ye", "harbour-lights"))


def test_a_given_name_and_an_initial_cut_off_by_the_excerpt_is_no_misspelling(library):
    assert not misspelt(library, "The cast: Ranvir Khosla as Imran S")


def test_the_misspelt_part_of_a_full_name_alone_later_is_the_same_slip(harbour):
    text = "Kang Dong-seok is back in the second season. The new season follows Dong-seok as he returns."
    assert misspelt(harbour, text, "harbour-lights") == {"Kang Dong-seok", "Dong-seok"}


@pytest.mark.parametrize("text", ["Kang Tae-oh (played by Choi Woo jin) comes home to Haedong.",
                                  "Choi Woo jin returns as Kang Tae-oh."])
def test_a_name_whose_last_syllable_is_in_lower_case_is_no_misspelling(harbour, text):
    assert not misspelt(harbour, text, "harbour-lights")
