"""Errors a user can cause, each rendered as one line that names the file and the problem.

Anything raised as a :class:`RumorcheckError` is a user-facing mistake (bad path, bad YAML,
unreadable article): the command line prints ``str(error)`` and exits with code 2, never a
traceback. Any other exception is a bug in rumorcheck.
"""

from __future__ import annotations

from pathlib import Path


class RumorcheckError(Exception):
    """Base class: a problem with the user's input, reported as one line."""

    exit_code = 2


class InvalidFile(RumorcheckError):
    """A YAML input (reference, gold file) that cannot be read or fails validation."""

    what = "invalid file"

    def __init__(self, path: Path | str, message: str, line: int | None = None, field: str | None = None):
        self.path = str(path)
        self.line = line
        self.field = field
        self.problem = message
        where = f"{self.path}:{line}" if line else self.path
        detail = f"{field}: {message}" if field else message
        super().__init__(f"{where}: {self.what}: {detail}")


class InvalidReference(InvalidFile):
    what = "invalid reference"


class InvalidGold(InvalidFile):
    what = "invalid gold file"


class ArticleReadError(RumorcheckError):
    """An article file that is missing, empty, binary or otherwise unreadable."""

    def __init__(self, path: Path | str, message: str):
        self.path = str(path)
        self.problem = message
        super().__init__(f"{self.path}: {message}")


class UsageError(RumorcheckError):
    """A command used in a way that cannot work (unknown rule, unknown reference id...)."""


class ModelLoadError(RumorcheckError):
    """The spaCy model named by the user is not installed."""


class EngineError(RumorcheckError):
    """The distributed engine could not run a batch: no cluster at the address, or a job that failed."""
