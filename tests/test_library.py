"""The library: title and name indexes, show identification, and what an article borrows."""

from __future__ import annotations

import sys

import pytest

from rumorcheck.checker import Checker
from rumorcheck.library import Library
from rumorcheck.text import read_article

from .conftest import BUNDLED, FIXTURES, ROOT

SEED_000 = FIXTURES / "articles" / "000_ca4b3726235be3cf.txt"
SEED_001 = FIXTURES / "articles" / "001_756c12833167cbdd.txt"


@pytest.fixture(scope="module")
def library():
    return Library.load(BUNDLED)


def ids(library, hits):
    return {(library.references[h.ref].id, h.quality) for h in hits}


def test_exact_loose_and_contained_titles(library):
    hits = ids(library, library.index.titles_in("The Innocent Season 2 release date"))
    assert ("the-innocent-netflix", 1.0) in hits
    assert ("innocent-itv", library.index.LOOSE_QUALITY) in hits  # same words, no article
    inside = library.index.titles_in("Innocent Defendant Season 2", as_title=True)
    itv = [h for h in inside if library.references[h.ref].id == "innocent-itv"]
    assert itv and all(h.quality < 0.5 for h in itv)  # "Innocent" is a word of the longer title
    # nor is a common word followed by more capitals written as a title of its own
    assert "innocent-itv" not in {i for i, _ in ids(library, library.index.titles_in("Innocent Defendant Season 2"))}


def test_titles_must_be_written_as_titles(library):
    assert not library.index.titles_in("Park Jung-woo, the innocent man on death row")
    assert {library.references[h.ref].id for h in library.index.titles_in("Why The Innocent Man hurts")
            if h.quality == 1.0} >= {"the-innocent-man"}
    assert library.index.titles_in("피고인 시즌 2")  # scripts without case need no capitals


def test_fuzzy_titles_only_when_asked(library):
    assert not library.index.titles_in("The Inocent Man season 2")
    fuzzy = library.index.titles_in("The Inocent Man season 2", fuzzy=True)
    best = max(fuzzy, key=lambda h: h.quality)
    assert library.references[best.ref].id == "the-innocent-man" and best.quality < 1.0
    assert all(h.quality < 0.5 for h in fuzzy if h.ref != best.ref)  # other shows' titles inside it


def test_names_are_keyed_by_romanisation(library):
    owners = library.index.owners_of("Song Jung-ki")  # "Joong" and "Jung" are one syllable
    assert [(library.references[o.ref].id, o.name) for o in owners] == [("the-innocent-man", "Song Joong-ki")]
    assert library.index.owners_of("Mateo")[0].name == "Mateo Vidal"  # a unique short form


@pytest.mark.slow
@pytest.mark.parametrize("article,expected", [(SEED_000, "innocent-defendant"), (SEED_001, "innocent-itv")])
def test_identification_of_the_seeds(bundled_checker, article, expected):
    result = bundled_checker.check_file(article)
    assert result.reference.id == expected and result.reference.how == "identified"
    assert 0.5 < result.reference.score <= 1.0 and result.reference.reasons
    assert result.reference.candidates[0]["id"] == expected


@pytest.mark.slow
def test_unknown_show_names_the_closest_candidates(bundled_checker):
    result = bundled_checker.check_text("Midnight Harbour Season 4 Release Date\n\nKBS2 has big plans for the show.")
    assert result.error and "'Midnight Harbour', which is not in the library" in result.error
    assert "closest:" in result.error and "the-innocent-man" in result.error  # the only KBS2 show
    assert "\n" not in result.error


@pytest.mark.slow
def test_seed_001_conflation(bundled_checker):
    """The issue's acceptance case: borrowed title, network, dates and plot; nothing on the real cast."""
    text = SEED_001.read_text(encoding="utf-8")
    findings = bundled_checker.check_file(SEED_001).findings

    def flagged(rule, needle):
        start = text.index(needle)
        return [f for f in findings if f.rule == rule and f.span.start < start + len(needle) and start < f.span.end]

    assert flagged("show/title-of-other-show", "The Innocent Season 2: Release")
    assert flagged("network/wrong-network", "Netflix will greenlight")
    assert flagged("date/wrong-premiere-date", "April or May 2022")
    for needle in ["Mateo showed mercy", "Casas’ character", "Jaime’s actions", "Jiménez as Detective Lorena Ortiz"]:
        hits = flagged("plot/character-of-other-show", needle)
        assert hits and hits[0].evidence.reference == "the-innocent-netflix", needle
    for correct in ["Katherine Kelly as teacher Sally Wright", "probation officer Sam",
                    "Karen’s teenage daughter Bethany", "DCI Mike Braithwaite"]:
        start = text.index(correct)
        assert not [f for f in findings if f.span.start < start + len(correct) and start < f.span.end], correct


@pytest.mark.slow
def test_a_given_reference_file_still_sees_the_library(tmp_path):
    library, chosen = Library.with_reference(BUNDLED / "innocent-itv.yaml", BUNDLED)
    result = Checker(library, reference_id=chosen.id).check_file(SEED_001)
    assert result.reference.how == "given"
    assert any(f.rule == "plot/character-of-other-show" for f in result.findings)


@pytest.mark.slow
def test_contrast_sentences_borrow_nothing(bundled_checker):
    result = bundled_checker.check_text(
        "Innocent Series 2 review\n\nKatherine Kelly stars as Sally Wright in ITV's Innocent. "
        "It is not to be confused with Netflix's The Innocent, where Mario Casas plays Mateo Vidal.")
    assert result.reference.id == "innocent-itv"
    assert [f.rule for f in result.findings if f.severity.value != "info"] == []


@pytest.mark.slow
def test_identification_survives_a_large_library(tmp_path):
    """Two hundred synthetic shows sharing words and surnames do not change any fixture's show."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import write_library

    for path in BUNDLED.glob("*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    write_library(tmp_path, 200)
    small, large = Checker(Library.load(BUNDLED)), Checker(Library.load(tmp_path))
    for article in sorted((FIXTURES / "articles").glob("*.txt")):
        source = read_article(article)
        assert large.check_source(source).reference.id == small.check_source(source).reference.id, article.name
