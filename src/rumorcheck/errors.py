"""Errors a user can cause, each rendered as one line that names the file and the problem.

Anything raised as a :class:`RumorcheckError` is a user-facing mistake (bad path, bad YAML,
unreadable article): the command line prints ``str(error)`` and exits with code 2, never a
traceback. Any other exception is a bug in rumorcheck.
"""

from __future__ import annotations

import re
from pathlib import Path

# Every character str.splitlines() breaks at: a key or value quoted from a file may hold any.
_LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with its line breaks written as escapes ("a\\nb"), so a message stays one line."""
    return _LINE_BREAKS.sub(lambda m: repr(m.group(0))[1:-1], text)


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
        super().__init__(one_line(f"{where}: {self.what}: {detail}"))


class InvalidReference(InvalidFile):
    what = "invalid reference"


class InvalidGold(InvalidFile):
    what = "invalid gold file"


class ArticleReadError(RumorcheckError):
    """An article file that is missing, empty, binary or otherwise unreadable."""

    def __init__(self, path: Path | str, message: str):
        self.path = str(path)
        self.problem = message
        super().__init__(one_line(f"{self.path}: {message}"))


class UsageError(RumorcheckError):
    """A command used in a way that cannot work (unknown rule, unknown reference id...)."""


class ModelLoadError(RumorcheckError):
    """The spaCy model named by the user is not installed."""


class EngineError(RumorcheckError):
    """The distributed engine could not run a batch: no cluster at the address, or a job that failed."""
