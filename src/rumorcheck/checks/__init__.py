"""The checks, one module per category. Importing this package registers every rule."""

from __future__ import annotations

from . import cast, counts, crew, dates, names, networks, plot, seasons, shows
from .base import Check, Context, Judgement

ALL_CHECKS: list[Check] = [
    *cast.CHECKS,
    *crew.CHECKS,
    *names.CHECKS,
    *dates.CHECKS,
    *counts.CHECKS,
    *seasons.CHECKS,
    *networks.CHECKS,
    *shows.CHECKS,
    *plot.CHECKS,
]

# The rules whose checks read what articles say of the story (characters.story_claims): sentences
# are dependency-parsed only when one of them is selected.
STORY_RULES = ("plot", "show/wrong-genre", "show/wrong-source-material")

__all__ = ["ALL_CHECKS", "STORY_RULES", "Check", "Context", "Judgement"]
