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
