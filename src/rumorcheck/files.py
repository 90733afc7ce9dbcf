"""Opening the files a user names: regular files only, and never more than a byte limit.

Every input (article, reference, gold file, results file) is read through here. A named pipe
called ``x.txt`` would block a read for ever and a link to ``/dev/zero`` would fill the memory, so
anything but a regular file is refused before it is read; a file is opened without waiting on a
writer, checked again once open (it may have been swapped meanwhile), and read no further than the
limit (it may be growing).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Callable

from .errors import RumorcheckError

# How the caller reports a problem: ``error(path, problem)``, e.g. ArticleReadError.
ErrorFor = Callable[[Path | str, str], RumorcheckError]

_KINDS = [(stat.S_ISDIR, "is a folder, not a file"), (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
          (stat.S_ISCHR, "is a device, not a regular file"), (stat.S_ISBLK, "is a device, not a regular file"),
          (stat.S_ISSOCK, "is a socket, not a regular file")]
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def open_regular(path: Path | str, error: ErrorFor) -> BinaryIO:
    """``path`` opened for reading in binary mode, if it is a regular file (links followed)."""
    try:
        _refuse_special(path, os.stat(path).st_mode, error)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise error(path, _problem(exc)) from None
    except ValueError as exc:  # a NUL in the name
        raise error(path, f"not a usable file name ({exc})") from None
    try:
        _refuse_special(path, os.fstat(fd).st_mode, error)
        if hasattr(os, "O_NONBLOCK"):  # opened so as not to wait for a pipe's writer; reads may block
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: Path | str, max_bytes: int, error: ErrorFor, option: str = "") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``option`` names the setting that
    raises the limit, for the error message."""
    limit = f"the {max_bytes:,}-byte limit" + (f" ({option})" if option else "")
    with open_regular(path, error) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise error(path, f"file is {size:,} bytes, over {limit}")
        try:
            raw = handle.read(max_bytes + 1)
        except OSError as exc:
            raise error(path, _problem(exc)) from None
    if len(raw) > max_bytes:
        raise error(path, f"file grew past {limit} while being read")
    return raw


def _refuse_special(path: Path | str, mode: int, error: ErrorFor) -> None:
    for test, problem in _KINDS:
        if test(mode):
            raise error(path, problem)


def _problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read file ({exc.strerror or exc})"
