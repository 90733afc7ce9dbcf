"""Checking many articles: the folder walk, and a streaming, resumable JSON Lines log of results.

The log is written one whole line per article, flushed as each article finishes, so a run that
is interrupted (Ctrl-C, SIGTERM, even SIGKILL) leaves every finished article on disk. With
``resume`` the log is read back first: a torn last line is cut off, and articles whose path and
content hash are already logged (without an error) are not checked again; the others' new lines
replace their old ones, so the log keeps one line per article however often it is resumed.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import json
import os
import signal
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pydantic import TypeAdapter, ValidationError

from .errors import ArticleReadError, RumorcheckError, UsageError
from .files import open_regular, write_atomically
from .findings import ArticleResult
from .render.json import result_line
from .summary import Totals
from .text import ARTICLE_SUFFIXES
from .workers import InlineWorkers, ProcessWorkers, done, one_by_one


@dataclass(frozen=True)
class WalkError:
    """A folder entry that could not be listed or would loop back on itself."""

    path: str
    problem: str

    def result(self) -> ArticleResult:
        return ArticleResult(path=self.path, error=f"{self.path}: {self.problem}")


def walk(paths: Iterable[Path | str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
         ) -> Iterator[Path | WalkError]:
    """Files as given; for folders, every article file below them in a stable order.

    ``include``/``exclude`` are globs matched against the path relative to the folder (and the
    file name). Symbolic links to folders are followed once: a link back into a folder already
    being walked is reported, not followed.
    """
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        yield from _walk_folder(path, include, exclude)


def _walk_folder(root: Path, include, exclude) -> Iterator[Path | WalkError]:
    problems: list[WalkError] = []

    def on_error(exc: OSError) -> None:
        problems.append(WalkError(str(exc.filename), f"cannot read folder ({exc.strerror})"))

    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=True):
        yield from problems
        problems.clear()
        here = _identity(folder)
        if here in seen:  # reached again through a symbolic link: walked once only
            dirs.clear()
            if here in {_identity(parent) for parent in Path(folder).parents if parent.is_relative_to(root)}:
                yield WalkError(folder, "symbolic link loop (a link to a folder that contains it); not followed")
            continue
        seen.add(here)
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix.lower() in ARTICLE_SUFFIXES and _selected(path.relative_to(root), include, exclude):
                yield path
    yield from problems


def _identity(folder: Path | str) -> tuple[int, int]:
    stat = os.stat(folder)
    return stat.st_dev, stat.st_ino


def article_items(paths: Iterable[Path | str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
                  ) -> list[Path | WalkError]:
    """What :func:`walk` finds; a folder holding no article file is a usage error."""
    paths = [Path(p) for p in paths]
    items = list(walk(paths, include, exclude))
    for path in paths:
        if path.is_dir() and not any(isinstance(i, Path) and i.is_relative_to(path) for i in items):
            raise UsageError(f"{path}: no article files (.txt, .md, .html) in this folder")
    return items


def _selected(relative: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    text = relative.as_posix()

    def matches(pattern: str) -> bool:
        return fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(relative.name, pattern)

    if include and not any(matches(p) for p in include):
        return False
    return not any(matches(p) for p in exclude)


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it is not a regular file that can be read."""
    digest = hashlib.sha256()
    try:
        with open_regular(path, ArticleReadError) as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except (RumorcheckError, OSError):
        return None
    return digest.hexdigest()


class ResultLog:
    """A JSON Lines file of results, one whole line per article, flushed line by line.

    With ``resume`` the earlier results are read back (a line torn by a kill is cut off first) and
    the articles checked again are appended; closing the log rewrites it atomically with one line
    per article, its latest. A kill at any moment leaves either the appended file, in which the
    later line of an article wins wherever results are read, or the rewritten one.
    """

    def __init__(self, path: Path, resume: bool = False):
        self.path = path
        self.resume = resume
        self.previous: dict[str, ArticleResult] = self._read_back() if resume and path.exists() else {}
        try:
            self.handle = open(path, "a" if resume else "w", encoding="utf-8", errors="surrogateescape")
        except OSError as exc:
            raise UsageError(f"{path}: cannot write results ({exc.strerror})") from None

    def _read_back(self) -> dict[str, ArticleResult]:
        """Earlier results by path; a last line torn by a kill is cut off the file."""
        raw = _read_results_file(self.path, "cannot resume")
        whole = raw[: raw.rfind(b"\n") + 1]
        if len(whole) != len(raw):
            with open(self.path, "r+b") as handle:
                handle.truncate(len(whole))
        return {r.path: r for r in _parse_results(self.path, whole, "cannot resume")}

    def earlier(self, path: Path) -> ArticleResult | None:
        """The logged result for ``path`` if its content has not changed and it had no error."""
        result = self.previous.get(str(path))
        if result is None or result.error or result.sha256 != file_sha256(path):
            return None
        return result

    def write(self, result: ArticleResult) -> None:
        self.handle.write(result_line(result) + "\n")
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()
        if self.resume:
            self._compact()

    def _compact(self) -> None:
        """One line per article, the latest, each where the article first appeared."""
        latest: dict[str, str] = {}
        for line in _lines(self.path.read_bytes()):
            latest[json.loads(line)["path"]] = line
        write_atomically(self.path, "".join(line + "\n" for line in latest.values()))


def read_results(path: Path) -> list[ArticleResult]:
    """Every article's result in a results file, in order: the latest line of an article that has
    several (a resumed run killed before it could tidy up); a torn last line is skipped."""
    raw = _read_results_file(Path(path), "cannot make a report")
    results = _parse_results(Path(path), raw[: raw.rfind(b"\n") + 1], "cannot make a report")
    if not results:
        raise UsageError(f"{path}: no results in this file")
    return list({r.path: r for r in results}.values())


def _read_results_file(path: Path, consequence: str) -> bytes:
    def error(path: Path | str, problem: str) -> UsageError:
        return UsageError(f"{path}: {problem}; {consequence}")

    with open_regular(path, error) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise error(path, f"cannot read results ({exc.strerror})") from None


_RESULT = TypeAdapter(ArticleResult)  # the record's own dataclasses say which types each field takes


def _parse_results(path: Path, raw: bytes, consequence: str) -> list[ArticleResult]:
    results = []
    for number, line in enumerate(_lines(raw), 1):
        problem = ""
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                problem = " (not a JSON object)"
            else:
                results.append(_RESULT.validate_python(data))
                continue
        except ValidationError as exc:
            first = exc.errors()[0]
            problem = f" ({'.'.join(map(str, first['loc']))}: {first['msg']})"
        except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
            pass
        raise UsageError(f"{path}:{number}: not a rumorcheck results line{problem}; {consequence}")
    return results


def _lines(raw: bytes) -> list[str]:
    """The file's lines. Only a newline ends a line: JSON text may hold other line separators
    (U+2028...). Bytes that are not UTF-8 (a file name) are kept as the bytes they were."""
    return raw.decode("utf-8", errors="surrogateescape").split("\n")[:-1] if raw else []


@dataclass
class BatchOutcome:
    results: list[ArticleResult] = field(default_factory=list)  # empty unless kept
    totals: Totals = field(default_factory=Totals)
    resumed: int = 0  # results taken from an earlier run
    interrupted: bool = False

    def add(self, result: ArticleResult, keep: bool) -> None:
        self.totals.add(result)
        if keep:
            self.results.append(result)


def check_batch(check: Callable[[Path], ArticleResult] | InlineWorkers | ProcessWorkers,
                items: Iterable[Path | WalkError], log: ResultLog | None = None,
                on_result: Callable[[ArticleResult], None] | None = None, keep: bool = True) -> BatchOutcome:
    """Check every item, logging each result in input order as soon as it and those before it are
    done; stop cleanly on an interrupt. ``check`` is a function checking one file, or workers.
    With ``keep=False`` results are logged and counted but not kept (long streamed batches)."""
    pool = InlineWorkers(one_by_one(check), chunk=1) if callable(check) else check
    outcome = BatchOutcome()
    in_flight: deque[tuple[list, Future, bool]] = deque()  # (paths, their results, log them?)
    chunk: list[Path] = []

    def send() -> None:
        if chunk:
            in_flight.append((chunk.copy(), pool.submit(chunk.copy()), True))
            chunk.clear()

    def settle(limit: int) -> None:
        while in_flight and (in_flight[0][1].done() or len(in_flight) > limit):
            paths, future, new = in_flight.popleft()
            for result in pool.results(future, paths):
                if log is not None and new:
                    log.write(result)
                outcome.add(result, keep)
                if on_result is not None:
                    on_result(result)

    with sigterm_interrupts():
        try:
            for item in items:
                ready = _ready(item, log, outcome)
                if ready is None:
                    chunk.append(item)
                    if len(chunk) >= pool.chunk:
                        send()
                else:
                    send()  # keep input order: what came before goes first
                    in_flight.append(([_path_of(item)], done([ready[0]]), ready[1]))
                settle(pool.capacity)
            send()
            settle(0)
        except KeyboardInterrupt:
            outcome.interrupted = True
            try:
                pool.stop()  # the chunks being checked finish: a moment
            except KeyboardInterrupt:  # asked again: do not wait
                pool.kill()
    return outcome


def _path_of(item: Path | WalkError) -> Path | str:
    return item.path if isinstance(item, WalkError) else item


def _ready(item: Path | WalkError, log: ResultLog | None, outcome: BatchOutcome) -> tuple[ArticleResult, bool] | None:
    """The item's result if it needs no checking, and whether it is new (an earlier run's is not
    logged again); None when it must be checked."""
    if isinstance(item, WalkError):
        return item.result(), True
    earlier = log.earlier(item) if log is not None else None
    if earlier is None:
        return None
    outcome.resumed += 1
    return earlier, False


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops like Ctrl-C (KeyboardInterrupt): a batch between articles' lines, never inside
    one, and a file being written atomically is removed rather than left half-made."""
    def interrupt(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
