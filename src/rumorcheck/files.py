"""The files a user names: read as regular files only, never past a byte limit; written whole.

Every input (article, reference, gold file, results file) is read through here. A named pipe
called ``x.txt`` would block a read for ever and a link to ``/dev/zero`` would fill the memory, so
anything but a regular file is refused before it is read; a file is opened without waiting on a
writer, checked again once open (it may have been swapped meanwhile), and read no further than the
limit (it may be growing).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from .errors import RumorcheckError, UsageError

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


def write_atomically(target: Path, content: str) -> None:
    """Write ``content`` to ``target`` whole or not at all: into a new file in the same folder,
    flushed to disk, then renamed over ``target``. The new file is removed if anything stops the
    write, Ctrl-C and SIGTERM included (the command line turns SIGTERM into KeyboardInterrupt).

    Text is UTF-8; file names that are not (kept by Python as lone surrogates) are written back as
    the bytes they were, so nothing is lost on the way out."""
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # as an ordinary new file: mkstemp's are private
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise UsageError(f"{target}: cannot write ({exc.strerror or exc})") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
