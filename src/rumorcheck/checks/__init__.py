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

__all__ = ["ALL_CHECKS", "Check", "Context", "Judgement"]
