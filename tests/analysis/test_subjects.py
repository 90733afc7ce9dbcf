"""Which work a clause is about: this show or another one it names."""

from __future__ import annotations

import pytest

from rumorcheck.analysis.subjects import Subjects
from rumorcheck.reference import load_reference
from tests.conftest import DATA
from tests.handmade import handmade_article


@pytest.fixture(scope="module")
def harbour():
    return load_reference(DATA / "harbour-lights.yaml")


def other_work(text: str, claim_text: str, reference):
    article = handmade_article(text)
    start = text.index(claim_text)
    subjects = Subjects(article, reference)
    return subjects.other_work_at(article.claims.segment_at(start), start, start + len(claim_text))


def test_a_career_note_is_about_the_actors_other_work(harbour):
    found = other_work("Choi Woo-jin, who rose to fame in “Cold Harbour,” plays Kang Tae-oh.", "Cold Harbour", harbour)
    assert found is not None and found.career_note and found.title == "Cold Harbour"


def test_a_quoted_title_of_another_work_is_the_clauses_subject(harbour):
    found = other_work("Season 2 of Netflix's series Messengers was cancelled in 2021.", "2021", harbour)
    assert found is not None and found.title == "Messengers" and not found.career_note


def test_the_shows_own_title_keeps_the_clause_its_own(harbour):
    assert other_work("“Harbour Lights” aired on KBS2 in 2021.", "2021", harbour) is None
    assert other_work("The drama Harbour Lights aired on KBS2 in 2021.", "2021", harbour) is None


def test_a_remake_paragraph_stays_about_the_remake(harbour):
    text = ("A remake, which will be titled Port Lanterns, is in the works. The drama will have 13 episodes.\n\n"
            "The drama had 16 episodes.")
    assert other_work(text, "13 episodes", harbour).title == "Port Lanterns"
    assert other_work(text, "16 episodes", harbour) is None


def introduced(text: str, title: str, reference) -> bool:
    article = handmade_article(text)
    start = text.index(title)
    subjects = Subjects(article, reference)
    return subjects.introduced_at(article.claims.segment_at(start), start, start + len(title))


@pytest.mark.parametrize("text", [
    "A Spanish remake titled Harbour Lights: Port Lanterns aired in 2023.",
    "The Korean version, Harbour Lights: Port Lanterns, aired in 2023.",
    "The webtoon was also adapted as Harbour Lights: Port Lanterns in 2023.",
    "Then a remake was made in Spain with Marta Solís as the lead. It was named Harbour Lights: Port Lanterns.",
    "The prequel series Harbour Lights: Port Lanterns will arrive later this year.",
    "Its spin-off film Harbour Lights: Port Lanterns is out.",
    "Fans also await the sequel show, Harbour Lights: Port Lanterns.",
    "The story was inspired by the Korean webtoon Harbour Lights: Port Lanterns.",  # the source, by its medium
    "It is the third version of the hit manga series “Harbour Lights: Port Lanterns” on screen.",
])
def test_a_title_the_article_introduces_as_another_work(harbour, text):
    assert introduced(text, "Harbour Lights: Port Lanterns", harbour)


@pytest.mark.parametrize("text", [
    "Harbour Lights: Port Lanterns season 2 is coming in 2025.",  # used for this show
    "Harbour Lights: Port Lanterns, the adaptation of the webtoon, returns in 2025.",  # the cue comes after
    "A remake was made in Spain.\n\nIt was named Harbour Lights: Port Lanterns.",  # another paragraph
    "Viewers loved the series Harbour Lights: Port Lanterns when it aired.",  # a screen work: may be the show
])
def test_a_title_used_for_the_show_is_not_introduced(harbour, text):
    assert not introduced(text, "Harbour Lights: Port Lanterns", harbour)


def test_the_own_title_inside_another_title_names_another_work(harbour):
    found = other_work("It was named Harbour Lights Forever and aired on tvN in 2019.", "2019", harbour)
    assert found is not None and found.title == "Harbour Lights Forever"


def test_a_person_named_after_a_naming_word_is_no_other_work(harbour):
    assert other_work("The story follows a florist named Yoon Seo-yeon in Busan.", "florist", harbour) is None
    found = other_work("Kang Tae-oh starred in a drama named Cold Harbour in 2019.", "2019", harbour)
    assert found is not None
    # a title given with "titled" keeps its work even when it opens with a character's name
    found = other_work("A special titled “Kang Tae-oh of the North” aired in 2021.", "2021", harbour)
    assert found is not None and found.title == "Kang Tae-oh of the North"


@pytest.mark.parametrize("text,title", [
    ("Choi Woo-jin joined the cast of Cold Harbour for the show's second season as Dr. Seo Min-ji.", "Cold Harbour"),
    ("Lee Bo-ra left to star in The Night Ferry, where she plays a detective.", "The Night Ferry"),
    ("Han Jae-sung went on to star in Netflix's new series Cold Harbour as a detective.", "Cold Harbour"),
    ("Kim Da-som was cast in the thriller “Cold Harbour” as its lead.", "Cold Harbour"),
])
def test_a_move_to_another_show_is_a_career_note(harbour, text, title):
    found = other_work(text, title, harbour)
    assert found is not None and found.career_note and found.title == title


@pytest.mark.parametrize("text", [
    "Choi Woo-jin joined the cast of Harbour Lights for its second season as Kang Tae-oh.",
    "Choi Woo-jin joined the cast of the show for Season 2 as Kang Tae-oh.",
    "Choi Woo-jin was cast in March 2021 as Kang Tae-oh.",
])
def test_joining_this_shows_cast_is_about_this_show(harbour, text):
    assert other_work(text, "Kang Tae-oh", harbour) is None


@pytest.mark.parametrize("text", [
    "Harbour Lights: Port Lanterns, a reality series based on the show, premieres in May.",
    "Port Lanterns, its reality spin-off, premieres in May.",
    "Port Lanterns, the Spanish remake, premieres in May.",
    "Port Lanterns, the live-action adaptation, premieres in May.",
])
def test_a_title_called_another_work_by_apposition_is_introduced(harbour, text):
    title = "Harbour Lights: Port Lanterns" if text.startswith("Harbour") else "Port Lanterns"
    assert introduced(text, title, harbour)


def test_an_apposition_that_may_describe_the_show_introduces_nothing(harbour):
    assert not introduced("Port Lanterns, a drama based on the webtoon, premieres in May.", "Port Lanterns", harbour)


def test_the_sentences_after_an_apposed_work_go_on_about_it(harbour):
    text = ("Fans of Harbour Lights can watch Port Lanterns, a reality series based on the show, in May. "
            "Spanning 10 episodes, the competition follows 99 players, unlike the fictional Harbour Lights.\n\n"
            "Harbour Lights has 16 episodes.")
    assert other_work(text, "in May", harbour).title == "Port Lanterns"
    assert other_work(text, "10 episodes", harbour).title == "Port Lanterns"
    assert other_work(text, "16 episodes", harbour) is None


@pytest.mark.parametrize("sentence", [
    "Meanwhile, Port Lanterns started airing on JTBC on May 3, 2022.",
    "Port Lanterns premiered on JTBC on May 3, 2022.",
    "In the meantime, “Port Lanterns” will premiere on JTBC on May 3, 2022.",
])
def test_another_title_airing_as_the_subject_owns_the_date(harbour, sentence):
    found = other_work(sentence, "May 3, 2022", harbour)
    assert found is not None and found.title == "Port Lanterns"


@pytest.mark.parametrize("sentence", [
    "Meanwhile, Harbour Lights started airing on JTBC on May 3, 2022.",
    "Netflix's Harbour Lights premiered on JTBC on May 3, 2022.",
    "Harbour Lights Season 2 premiered on JTBC on May 3, 2022.",
    "Season 2 premiered on JTBC on May 3, 2022.",
    "It premiered on JTBC on May 3, 2022.",
    "Netflix premiered the drama on May 3, 2022.",
])
def test_the_show_or_no_title_airing_keeps_the_date_the_shows(harbour, sentence):
    assert other_work(sentence, "May 3, 2022", harbour) is None
