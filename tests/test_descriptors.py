"""Honorifics, ranks, offices and ages written before names."""

from __future__ import annotations

import pytest

from rumorcheck.descriptors import is_generic, name_of_version, split_descriptor


@pytest.mark.parametrize("text, descriptor, name, version", [
    ("Sgt Ann Cole", "Sgt", "Ann Cole", None),
    ("Home Secretary Ruth Dale", "Home Secretary", "Ruth Dale", None),
    ("Adult Mira Holt", "Adult", "Mira Holt", "adult"),
    ("young Kang Tae-oh", "young", "Kang Tae-oh", "young"),
    ("Sergeant Major Tak", "Sergeant Major", "Tak", None),
    ("Dr. Lim", "Dr.", "Lim", None),
    ("Detective Chief Inspector Ann Cole", "Detective Chief Inspector", "Ann Cole", None),
    ("Kang Tae-oh", "", "Kang Tae-oh", None),
    ("Detective", "", "Detective", None),  # nothing would be left of the name
    ("SWAT-Captain Tom", "SWAT-Captain", "Tom", None),  # a rank joined to its unit by a hyphen
    ("Ex-President Ruth Dale", "Ex-President", "Ruth Dale", None),
    ("Jae-Gen Park", "", "Jae-Gen Park", None),  # short ranks are not split off hyphenated given names
    ("Min-king Lee", "", "Min-king Lee", None),
])
def test_split_descriptor(text, descriptor, name, version):
    described = split_descriptor(text)
    assert (described.descriptor, described.name, described.version) == (descriptor, name, version)


@pytest.mark.parametrize("role, generic", [
    ("Kid", True), ("Head Boss", True), ("Prison Security Chief", True), ("Executive Secretary", True),
    ("Kang Tae-oh", False), ("Ah-yi", False), ("Prisoner #2460", True),
])
def test_generic_roles_name_no_one(role, generic):
    assert is_generic(role) is generic


@pytest.mark.parametrize("written, name", [
    ("Old-Mira", "Mira"), ("Adult-Mira Holt", "Mira Holt"), ("Mira Prime", "Mira"), ("AI Pip 301", "Pip"),
    ("Android Pip", "Pip"), ("Dr. Pip", "Pip"),
    ("Mira", "Mira"), ("Old", "Old"), ("Tom Hale Sr.", "Tom Hale Sr."), ("Ex-Mira", "Ex-Mira"),
])
def test_the_name_inside_a_version_or_kind_of_a_character(written, name):
    assert name_of_version(written) == name
