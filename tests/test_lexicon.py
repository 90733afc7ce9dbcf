"""The story lexicon: which words name the same concept, and which contradict."""

from __future__ import annotations

import re

import pytest

from rumorcheck.lexicon import story_lexicon

LEX = story_lexicon()


@pytest.mark.parametrize("said,known", [
    ("attorney", "prosecutor"),  # a broader word covers the narrower one
    ("lawyer", "defence lawyer"),
    ("officer", "police sergeant"),
    ("sgt", "police sergeant"),  # abbreviations stand for their term
    ("sergeant major", "master sergeant"),  # two names of one military rank family
    ("ceo", "chairman"),
    ("doctor", "dentist"),
    ("agent", "federal agent"),
])
def test_occupations_that_agree(said, known):
    assert LEX.occupations.agree(LEX.occupation(said), LEX.occupation(known))


@pytest.mark.parametrize("said,known", [
    ("teacher", "dentist"),
    ("inspector", "sergeant"),  # two police ranks
    ("prosecutor", "defence lawyer"),
    ("florist", "prosecutor"),
])
def test_occupations_that_contradict(said, known):
    assert not LEX.occupations.agree(LEX.occupation(said), LEX.occupation(known))


def test_most_specific_drops_broader_concepts():
    assert LEX.occupations.most_specific(frozenset({"police", "police sergeant"})) == {"police sergeant"}


def test_abbreviated_titles_mean_their_term():
    assert LEX.occupation("Sgt") == LEX.occupation("sergeant")
    assert LEX.occupation("DCI") == LEX.occupation("detective chief inspector")


def test_relations_carry_sex_and_inverse():
    father = LEX.relation("dad")
    assert (father.name, father.sex, LEX.inverse(father.name)) == ("parent", "m", "child")
    assert LEX.relation("mother").sex == "f"
    assert LEX.relation("brother-in-law").name == "in-law"
    assert LEX.relation("colleague").family == "social"
    assert LEX.relation("boyfriend").family == LEX.relation("wife").family == "romance"


@pytest.mark.parametrize("said,genres,clash", [
    ("sitcom", ["Heist", "Crime drama", "Thriller"], True),
    ("thriller", ["Romantic comedy", "Slice of life"], True),
    ("horror", ["Science fiction", "Thriller", "Mystery"], False),  # one family: suspense
    ("sitcom", ["Romantic drama", "Comedy"], False),
    ("drama", ["Heist", "Crime drama"], None),  # generic: settles nothing
    ("sitcom", ["Drama"], None),  # the show's genres are only generic
    ("comedy", ["Japanese horror"], True),  # a genre the lexicon knows in part
])
def test_genre_families(said, genres, clash):
    assert LEX.genres_clash(said, genres) is clash


def test_media_tree():
    assert LEX.media.agree(LEX.medium("comic"), LEX.medium("manga"))
    assert LEX.media.agree(LEX.medium("manhwa"), LEX.medium("webtoon"))
    assert not LEX.media.agree(LEX.medium("novel"), LEX.medium("webtoon"))
    assert not LEX.media.agree(LEX.medium("film"), LEX.medium("novel"))


@pytest.mark.parametrize("text,media", [
    ("the comic book series by Ana Ruiz", ["comic book"]),  # longest reading, not a "book series"
    ("a webcomic series", ["webcomic"]),  # a collection word keeps the medium before it
    ("her manga saga", ["manga"]),
    ("the book series", ["book series"]),
    ("a television series", ["television series"]),  # a term of its own stays whole
    ("the novel and its film", ["novel", "film"]),
])
def test_media_of_a_text_take_the_longest_reading(text, media):
    assert LEX.media_in(text) == media


def test_graphic_novels_and_comic_book_series_agree():
    (said,), (known,) = LEX.media_in("graphic novel"), LEX.media_in("comic book series")
    assert LEX.media.agree(LEX.medium(said), LEX.medium(known))
    assert not LEX.media.agree(LEX.medium("novel"), LEX.medium(known))


def test_a_medium_word_opening_a_title():
    assert LEX.leading_medium(["Book", "Night", "Tides"]).term == "book"
    assert LEX.leading_medium(["Graphic", "Novel", "Night"]).last == 1
    assert LEX.leading_medium(["This", "2006", "Book", "Night"]).first == 2
    assert LEX.leading_medium(["Night", "Tides"]) is None
    assert LEX.leading_medium(["Book"]) is None  # no title after it
    assert LEX.leading_medium(["Book", "of", "Tides"]) is None


@pytest.mark.parametrize("text,cue", [
    ("his dad was a big burglar", True),
    ("Mina and Leo have made it out alive", True),
    ("the nurse Mina Oh", True),
    ("Kim Seon-ho stars in the new series", False),  # industry words do not make a sentence worth parsing
    ("They make it to the final", False),  # a light verb alone
])
def test_person_cues(text, cue):
    assert any(w in LEX.person_cue for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())) is cue


@pytest.mark.parametrize("text,cue", [
    ("This sitcom gained enormous popularity", True),
    ("the horror series returns", True),
    ("Tides is a dark psychological thriller", True),
    ("The show is based on the manga", True),
    ("a remake of the 2004 film", True),
    ("the heist at the mint goes wrong", False),  # a genre word, not said of the show
    ("Netflix debuted the first series in December", False),
])
def test_show_cues(text, cue):
    assert bool(LEX.show_cue.search(text)) is cue


@pytest.mark.parametrize("said,known,agree", [
    ("brother", "half-brother", True),  # the plain word covers each kind
    ("half-sister", "sister", True),
    ("father", "stepfather", True),
    ("stepbrother", "half-brother", False),  # no shared parent against one shared parent
    ("stepmother", "adoptive mother", False),
    ("stepson", "adopted son", False),
    ("brother", "father", False),
])
def test_step_half_and_adoptive_relations_are_kinds_of_the_plain_one(said, known, agree):
    assert LEX.kinds_agree(LEX.relation(said).name, LEX.relation(known).name) is agree


def test_kinds_of_relations_keep_their_inverse():
    assert LEX.inverse("step-parent") == "stepchild" and LEX.inverse("half-sibling") == "half-sibling"


def test_boss_alone_is_no_occupation():
    # the boss of a firm, of a gang or of a cartel: "crime boss" cannot contradict it
    assert not LEX.occupation("boss") and LEX.occupation("crime boss")


@pytest.mark.parametrize("written,term", [
    ("Web-toon", "webtoon"), ("web toon", "webtoon"), ("Web-novel", "web novel"),
    ("webnovel", "web novel"), ("Light-Novel", "light novel"), ("web-comic", "webcomic"),
])
def test_a_medium_word_however_written_is_that_medium(written, term):
    assert LEX.medium(written) == LEX.medium(term) != frozenset()


def test_a_medium_word_written_with_a_hyphen_opens_a_title():
    lead = LEX.leading_medium(["the", "Web-novel", "Port", "Lanterns"])
    assert lead is not None and (lead.first, lead.last) == (1, 1)
