"""The story checks on hand-built inputs: description claims and reference facts made here, no model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rumorcheck.analysis import analyse
from rumorcheck.article import Article
from rumorcheck.checks.base import Context
from rumorcheck.checks.plot import check_fates, check_occupations, check_relations
from rumorcheck.checks.shows import check_genres, check_sources
from rumorcheck.extract.descriptions import Party, StoryClaim
from rumorcheck.findings import Severity, Verdict
from rumorcheck.names import NameResolver
from rumorcheck.story import Known, ShowStory, Source, Who

from .handmade import handmade_article


def article(text: str, *claims: dict) -> Article:
    """An article whose description claims are given: each dict names its words by substring."""
    built = handmade_article(text)
    segment = built.claims.segments[0]
    built.descriptions = tuple(_claim(text, segment, **c) for c in claims)
    return built


def _party(text: str, words: str | None, **extra) -> Party | None:
    if words is None:
        return None
    start = text.index(words)
    return Party(words, start, start + len(words), **extra)


def _claim(text, segment, kind, span, value, subject=None, other=None, word=None, subject_extra=None,
           other_extra=None, **extra) -> StoryClaim:
    start = text.index(span)
    return StoryClaim(kind, start, start + len(span), _party(text, subject, **(subject_extra or {})), value,
                      word or value, other=_party(text, other, **(other_extra or {})), sentence=text,
                      segment=segment, **extra)


def context(harbour_reference, built: Article, *facts: Known, source: Source = Source(None)) -> Context:
    story = ShowStory(list(facts), source)
    return Context(analyse(built, harbour_reference, NameResolver.for_reference(harbour_reference), None, story))


def fact(kind, who, value, other=None, season=None, ending=False, word="", text=""):
    return Known(kind, Who(who) if isinstance(who, str) else who, value,
                 Who(other) if isinstance(other, str) else other, season, ending, ("characters", 0), text, word)


def findings(judgements):
    return [j.finding for j in judgements if j.finding is not None]


# -- occupations ---------------------------------------------------------------------------------

def test_a_contradicting_occupation_is_a_warning(harbour_reference):
    text = "Yoon Seo-yeon, a prosecutor, returns to Busan."
    built = article(text, dict(kind="occupation", span="Yoon Seo-yeon, a prosecutor", value="prosecutor",
                               subject="Yoon Seo-yeon"))
    (found,) = findings(check_occupations(context(harbour_reference, built, fact("occupation", "Yoon Seo-yeon", "florist"))))
    assert found.rule == "plot/wrong-occupation" and found.severity is Severity.WARNING
    assert "florist" in found.message and found.span.text == "Yoon Seo-yeon, a prosecutor"


def test_an_occupation_set_at_a_later_time_is_unverifiable(harbour_reference):
    text = "Yoon Seo-yeon, now a prosecutor, returns to Busan."
    said = dict(kind="occupation", span="Yoon Seo-yeon, now a prosecutor", value="prosecutor", subject="Yoon Seo-yeon")
    known = fact("occupation", "Yoon Seo-yeon", "florist")
    (judgement,) = check_occupations(context(harbour_reference, article(text, dict(said, later=True)), known))
    assert judgement.verdict is Verdict.UNVERIFIABLE
    # a season named with the later word still compares: "by the end of season 1 she is a prosecutor"
    (found,) = findings(check_occupations(context(harbour_reference, article(text, dict(said, later=True, season=1)),
                                                  known)))
    assert found.rule == "plot/wrong-occupation"


def test_a_later_occupation_the_reference_gives_agrees(harbour_reference):
    text = "Yoon Seo-yeon, now a prosecutor, returns to Busan."
    built = article(text, dict(kind="occupation", span="Yoon Seo-yeon, now a prosecutor", value="prosecutor",
                               subject="Yoon Seo-yeon", later=True))
    (judgement,) = check_occupations(context(harbour_reference, built, fact("occupation", "Yoon Seo-yeon", "florist"),
                                             fact("occupation", "Yoon Seo-yeon", "prosecutor", season=2)))
    assert judgement.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("said,known", [("lawyer", "prosecutor"), ("officer", "police sergeant")])
def test_synonyms_and_broader_words_agree(harbour_reference, said, known):
    text = f"Yoon Seo-yeon, a {said}, returns."
    built = article(text, dict(kind="occupation", span=f"Yoon Seo-yeon, a {said}", value=said, subject="Yoon Seo-yeon"))
    ctx = context(harbour_reference, built, fact("occupation", "Yoon Seo-yeon", known))
    (judgement,) = check_occupations(ctx)
    assert judgement.verdict is Verdict.SUPPORTED and judgement.finding is None


def test_an_occupation_the_reference_does_not_give_is_unverifiable(harbour_reference):
    text = "Kang Tae-oh, a prosecutor, returns."
    built = article(text, dict(kind="occupation", span="Kang Tae-oh, a prosecutor", value="prosecutor", subject="Kang Tae-oh"))
    (judgement,) = check_occupations(context(harbour_reference, built, fact("occupation", "Yoon Seo-yeon", "florist")))
    assert judgement.verdict is Verdict.UNVERIFIABLE and judgement.finding is None


def test_a_hedged_contradiction_is_not_reported(harbour_reference):
    text = "Yoon Seo-yeon might be a prosecutor."
    built = article(text, dict(kind="occupation", span="Yoon Seo-yeon might be a prosecutor", value="prosecutor",
                               subject="Yoon Seo-yeon"))
    assert not findings(check_occupations(context(harbour_reference, built, fact("occupation", "Yoon Seo-yeon", "florist"))))


# -- relations -----------------------------------------------------------------------------------

def test_another_relation_between_the_same_two_refutes(harbour_reference):
    text = "Kang Tae-oh's brother Kang Dong-su runs the lighthouse."
    built = article(text, dict(kind="relation", span="Kang Tae-oh's brother Kang Dong-su", value="sibling",
                               word="brother", subject="Kang Dong-su", other="Kang Tae-oh"))
    ctx = context(harbour_reference, built, fact("relation", "Kang Dong-su", "parent", "Kang Tae-oh", word="father"))
    (found,) = findings(check_relations(ctx))
    assert found.rule == "plot/wrong-relation" and found.severity is Severity.ERROR
    assert "parent" in found.message


def test_the_inverse_of_a_known_relation_agrees(harbour_reference):
    text = "Kang Dong-su's son Kang Tae-oh runs the lighthouse."
    built = article(text, dict(kind="relation", span="Kang Dong-su's son Kang Tae-oh", value="child", word="son",
                               subject="Kang Tae-oh", other="Kang Dong-su"))
    ctx = context(harbour_reference, built, fact("relation", "Kang Dong-su", "parent", "Kang Tae-oh", word="father"))
    (judgement,) = check_relations(ctx)
    assert judgement.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("word,value,known,refuted", [
    ("stepbrother", "step-sibling", "half-sibling", True),
    ("brother", "sibling", "half-sibling", False),
    ("half-brother", "half-sibling", "sibling", False),
])
def test_a_step_relation_for_a_half_relation_refutes(harbour_reference, word, value, known, refuted):
    text = f"Kang Tae-oh's {word} Kang Dong-su runs the lighthouse."
    built = article(text, dict(kind="relation", span=f"Kang Tae-oh's {word} Kang Dong-su", value=value,
                               word=word, subject="Kang Dong-su", other="Kang Tae-oh"))
    (judgement,) = check_relations(context(harbour_reference, built,
                                           fact("relation", "Kang Dong-su", known, "Kang Tae-oh")))
    assert (judgement.verdict is Verdict.REFUTED) is refuted


def test_pronouns_of_one_list_of_relatives_share_their_antecedent(harbour_reference):
    text = "The story follows Yoon Seo-yeon, her father Kang Dong-su and her stepbrother Kang Tae-oh."
    father = dict(kind="relation", span="her father Kang Dong-su", value="parent", word="father",
                  subject="Kang Dong-su", other="her",
                  other_extra=dict(pronoun=True, antecedents=("Yoon Seo-yeon",), in_sentence=1))
    second = text.index("her stepbrother")
    brother = dict(kind="relation", span="her stepbrother Kang Tae-oh", value="step-sibling", word="stepbrother",
                   subject="Kang Tae-oh", other="her stepbrother",
                   other_extra=dict(pronoun=True, antecedents=("Kang Dong-su", "Yoon Seo-yeon"), in_sentence=2))
    built = article(text, father, brother)
    built.descriptions = tuple(replace(c, other=replace(c.other, text="her", end=c.other.start + 3))
                               if c.start == second else c for c in built.descriptions)
    known = fact("relation", "Kang Tae-oh", "half-sibling", "Yoon Seo-yeon")
    found = findings(check_relations(context(harbour_reference, built, known)))
    assert [(f.span.text, f.severity) for f in found] == [("her stepbrother Kang Tae-oh", Severity.WARNING)]
    assert "Yoon Seo-yeon" in found[0].message


def test_a_second_father_refutes_but_a_mother_does_not(harbour_reference):
    text = "Kang Tae-oh's father Yoon Seo-yeon and his mother Han Yu-na."
    built = article(
        text,
        dict(kind="relation", span="Kang Tae-oh's father Yoon Seo-yeon", value="parent", word="father",
             subject="Yoon Seo-yeon", other="Kang Tae-oh"),
        dict(kind="relation", span="his mother Han Yu-na", value="parent", word="mother", subject="Han Yu-na",
             other="his", other_extra=dict(pronoun=True, antecedents=("Kang Tae-oh",))))
    ctx = context(harbour_reference, built, fact("relation", "Kang Dong-su", "parent", "Kang Tae-oh", word="father"))
    (found,) = findings(check_relations(ctx))
    assert found.span.text == "Kang Tae-oh's father Yoon Seo-yeon" and "Kang Dong-su" in found.message


def test_a_character_made_his_own_relative_is_a_warning_through_a_pronoun(harbour_reference):
    text = "His dad was a fisherman, Kang Tae-oh. Kang Tae-oh came home."
    built = article(text, dict(kind="relation", span="His dad was a fisherman, Kang Tae-oh", value="parent",
                               word="dad", subject="Kang Tae-oh", other="His",
                               other_extra=dict(pronoun=True, antecedents=("Kang Tae-oh",))))
    (found,) = findings(check_relations(context(harbour_reference, built)))
    assert found.severity is Severity.WARNING and "a dad of Kang Tae-oh" in found.message


def test_loose_social_words_never_refute(harbour_reference):
    text = "Kang Tae-oh's friend Kang Dong-su."
    built = article(text, dict(kind="relation", span="Kang Tae-oh's friend Kang Dong-su", value="friend",
                               subject="Kang Dong-su", other="Kang Tae-oh"))
    ctx = context(harbour_reference, built, fact("relation", "Kang Dong-su", "parent", "Kang Tae-oh"))
    assert not findings(check_relations(ctx))


def test_an_ambiguous_pronoun_is_settled_by_what_the_story_knows(harbour_reference):
    text = "Kang Tae-oh took revenge on Kang Dong-su, who killed his father."
    killed = dict(kind="fate", span="killed", value="dead", subject="his", other="Kang Dong-su",
                  subject_extra=dict(pronoun=True, relation="parent", antecedents=("Kang Dong-su", "Kang Tae-oh")))
    known = fact("fate", Who("Kang Tae-oh", "parent"), "dead", "Yoon Seo-yeon")
    (found,) = findings(check_fates(context(harbour_reference, article(text, killed), known)))
    assert found.rule == "plot/wrong-fate" and found.severity is Severity.WARNING
    assert "Yoon Seo-yeon" in found.message
    # without a fact to single one out, two candidates leave the claim unverifiable
    (judgement,) = check_fates(context(harbour_reference, article(text, killed)))
    assert judgement.verdict is Verdict.UNVERIFIABLE


# -- fates ---------------------------------------------------------------------------------------

def test_survival_after_the_death_season_refutes(harbour_reference):
    text = "Kang Dong-su makes it out alive."
    built = article(text, dict(kind="fate", span="makes it out alive", value="alive", subject="Kang Dong-su"))
    (found,) = findings(check_fates(context(harbour_reference, built, fact("fate", "Kang Dong-su", "dead", season=1))))
    assert found.rule == "plot/wrong-fate" and "dies in season 1" in found.message


def test_survival_of_a_season_before_the_death_agrees(harbour_reference):
    text = "Kang Dong-su survives season 1."
    built = article(text, dict(kind="fate", span="survives", value="alive", subject="Kang Dong-su", season=1))
    (judgement,) = check_fates(context(harbour_reference, built, fact("fate", "Kang Dong-su", "dead", season=2)))
    assert judgement.verdict is Verdict.SUPPORTED


def test_survival_revealed_at_a_later_time_is_unverifiable(harbour_reference):
    text = "A grey-haired Kang Dong-su, who has been alive all this time, appears in the trailer."
    built = article(text, dict(kind="fate", span="Kang Dong-su, who has been alive", value="alive",
                               subject="Kang Dong-su", later=True))
    (judgement,) = check_fates(context(harbour_reference, built, fact("fate", "Kang Dong-su", "dead", season=1)))
    assert judgement.verdict is Verdict.UNVERIFIABLE


def test_survival_of_one_ordeal_is_no_fate(harbour_reference):
    text = "Kang Dong-su made it out alive of the storm."
    built = article(text, dict(kind="fate", span="made it out alive", value="alive", subject="Kang Dong-su"))
    assert not findings(check_fates(context(harbour_reference, built, fact("fate", "Kang Dong-su", "dead", season=1))))


def test_the_wrong_killer_refutes(harbour_reference):
    text = "Kang Dong-su was killed by Yoon Seo-yeon."
    built = article(text, dict(kind="fate", span="killed", value="dead", subject="Kang Dong-su", other="Yoon Seo-yeon"))
    known = fact("fate", "Kang Dong-su", "dead", "Han Yu-na", season=1)
    (found,) = findings(check_fates(context(harbour_reference, built, known)))
    assert "killed by Han Yu-na, not Yoon Seo-yeon" in found.message


@pytest.mark.parametrize("killers,severities", [
    (["Han Yu-na", "Yoon Seo-yeon"], [Severity.WARNING]),  # the real killer and a co-killer
    (["Kang Tae-oh", "Yoon Seo-yeon"], [Severity.ERROR, Severity.ERROR]),  # neither is the killer
])
def test_co_killers_of_one_killing(harbour_reference, killers, severities):
    text = f"{killers[0]} and {killers[1]} participated in the killing of Kang Dong-su."
    one_event = dict(kind="fate", span="killing", value="dead", subject="Kang Dong-su")
    built = article(text, *(dict(one_event, other=k) for k in killers))
    known = fact("fate", "Kang Dong-su", "dead", "Han Yu-na", season=1)
    found = findings(check_fates(context(harbour_reference, built, known)))
    assert [f.severity for f in found] == severities and found[0].span.text == "killing"
    if severities == [Severity.WARNING]:
        assert "killed by Han Yu-na, not by Yoon Seo-yeon as well" in found[0].message


def test_a_killer_named_by_a_noun_is_judged_as_a_fate(harbour_reference):
    text = "Kang Dong-su's killer Yoon Seo-yeon is caught."
    built = article(text, dict(kind="relation", span="Kang Dong-su's killer Yoon Seo-yeon", value="killer",
                               word="killer", subject="Yoon Seo-yeon", other="Kang Dong-su"))
    known = fact("fate", "Kang Dong-su", "dead", "Han Yu-na", season=1)
    (found,) = findings(check_fates(context(harbour_reference, built, known)))
    assert found.rule == "plot/wrong-fate" and "killed by Han Yu-na, not Yoon Seo-yeon" in found.message
    assert not findings(check_relations(context(harbour_reference, built, known)))


def test_a_wedding_where_the_season_ends_with_an_engagement(harbour_reference):
    text = "Kang Tae-oh and Yoon Seo-yeon's wedding at the end of season 1."
    built = article(text, dict(kind="fate", span="wedding", value="married", subject="Kang Tae-oh",
                               other="Yoon Seo-yeon", season=1, ending=True))
    known = fact("fate", "Kang Tae-oh", "engaged", "Yoon Seo-yeon", season=1, ending=True)
    (found,) = findings(check_fates(context(harbour_reference, built, known)))
    assert "gets engaged to Yoon Seo-yeon at the end of season 1, not married" in found.message
    later = fact("fate", "Kang Tae-oh", "married", "Yoon Seo-yeon", season=1)
    assert not findings(check_fates(context(harbour_reference, built, known, later)))


@pytest.fixture(scope="module")
def harbour_told(tmp_path_factory):
    """Harbour Lights with season 1's ending written down: the reference tells that season."""
    from rumorcheck.reference import load_reference
    from .conftest import DATA

    text = (DATA / "harbour-lights.yaml").read_text(encoding="utf-8").replace(
        "    synopsis: In the port town", "    ending: Yoon Seo-yeon leaves town on Kang Tae-oh's boat.\n"
        "    synopsis: In the port town")
    path = tmp_path_factory.mktemp("told") / "harbour-lights.yaml"
    path.write_text(text, encoding="utf-8")
    return load_reference(path)


def event(value, word, subject="Kang Tae-oh", ending=True):
    text = f"{subject} {word} at the end of season 1."
    return article(text, dict(kind="fate", span=word, value=value, subject=subject, season=1, ending=ending))


def test_an_arrest_the_reference_places_in_another_season_refutes(harbour_told):
    known = fact("fate", "Kang Tae-oh", "arrested", season=2, ending=True)
    (found,) = findings(check_fates(context(harbour_told, event("arrested", "was arrested"), known)))
    assert found.severity is Severity.ERROR and "is arrested in season 2, not season 1" in found.message
    # not at the season's end: the reference's ending does not cover it, so only a warning
    (found,) = findings(check_fates(context(harbour_told, event("arrested", "was arrested", ending=False), known)))
    assert found.severity is Severity.WARNING


def test_an_arrest_in_a_season_the_reference_does_not_tell_is_unverifiable(harbour_reference):
    known = fact("fate", "Kang Tae-oh", "arrested", season=2, ending=True)
    (judgement,) = check_fates(context(harbour_reference, event("arrested", "was arrested"), known))
    assert judgement.verdict is Verdict.UNVERIFIABLE


def test_an_arrest_in_the_same_season_agrees(harbour_told):
    known = fact("fate", "Kang Tae-oh", "arrested", season=1, ending=True)
    (judgement,) = check_fates(context(harbour_told, event("arrested", "was arrested"), known))
    assert judgement.verdict is Verdict.SUPPORTED


def test_a_departure_given_to_another_character_of_the_same_ending_is_a_warning(harbour_told):
    ending = "Yoon Seo-yeon leaves town on Kang Tae-oh's boat."
    known = fact("fate", "Yoon Seo-yeon", "leaves", season=1, ending=True, text=ending)
    (found,) = findings(check_fates(context(harbour_told, event("leaves", "left town"), known)))
    assert found.severity is Severity.WARNING
    assert "In season 1, Yoon Seo-yeon leaves, not Kang Tae-oh" in found.message
    # an ending that does not name him says nothing about whether he left too
    silent = fact("fate", "Yoon Seo-yeon", "leaves", season=1, ending=True, text="Yoon Seo-yeon leaves town.")
    (judgement,) = check_fates(context(harbour_told, event("leaves", "left town"), silent))
    assert judgement.verdict is Verdict.UNVERIFIABLE


# -- the show: genre and source ---------------------------------------------------------------------

def test_a_genre_of_another_family_refutes(harbour_reference):
    text = "This sitcom follows Kang Tae-oh home."
    built = article(text, dict(kind="genre", span="sitcom", value="sitcom"))
    (found,) = findings(check_genres(context(harbour_reference, built)))
    assert found.rule == "show/wrong-genre" and "Romance, Mystery" in found.message


def test_a_genre_said_of_another_title_is_not_judged(harbour_reference):
    text = "Her last drama Sunny Days was a sitcom."
    built = article(text, dict(kind="genre", span="sitcom", value="sitcom", subject="Sunny Days"))
    assert not list(check_genres(context(harbour_reference, built)))


def test_sources(harbour_reference):
    text = "Harbour Lights is based on the novel by Seo Ha-neul."
    novel = dict(kind="source", span="based on the novel by Seo Ha-neul", value="novel", subject="Harbour Lights",
                 other="Seo Ha-neul")
    webtoon = Source(False, frozenset({"webtoon"}), ("Seo Ha-neul",), ("Harbour Lights",), "a webtoon")
    (found,) = findings(check_sources(context(harbour_reference, article(text, novel), source=webtoon)))
    assert found.rule == "show/wrong-source-material" and found.severity is Severity.ERROR
    comic = dict(novel, value="comic", span="based on")
    assert not findings(check_sources(context(harbour_reference, article(text, comic), source=webtoon)))
    (original,) = findings(check_sources(context(harbour_reference, article(text, novel), source=Source(True))))
    assert original.severity is Severity.WARNING and "original" in original.message
    (unknown,) = check_sources(context(harbour_reference, article(text, novel), source=Source(None)))
    assert unknown.verdict is Verdict.UNVERIFIABLE


def test_a_graphic_novel_agrees_with_a_comic_book_series(harbour_reference):
    text = "Harbour Lights is based on the graphic novel by Seo Ha-neul."
    said = dict(kind="source", span="based on the graphic novel", value="graphic novel", subject="Harbour Lights")
    comics = Source(False, frozenset({"comic book"}), ("Seo Ha-neul",), ("Night Tides",), "a comic book series")
    assert not findings(check_sources(context(harbour_reference, article(text, said), source=comics)))


@pytest.mark.parametrize("said,flagged", [("The Novel Night Tides", False), ("The Novel Day Tides", True)])
def test_source_titles_are_compared_without_their_medium_word(harbour_reference, said, flagged):
    text = f"Harbour Lights is based on {said} by Seo Ha-neul."
    claim = dict(kind="source", span=f"based on {said}", value="", subject="Harbour Lights", title=said)
    novel = Source(False, frozenset({"novel"}), ("Seo Ha-neul",), ("Night Tides",), "Night Tides, by Seo Ha-neul")
    assert bool(findings(check_sources(context(harbour_reference, article(text, claim), source=novel)))) is flagged
