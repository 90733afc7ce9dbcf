"""Checking many articles: the folder walk, and a streaming, resumable JSON Lines log of results.

The log is written one whole line per article, flushed as each article finishes, so a run that
is interrupted (Ctrl-C, SIGTERM, even SIGKILL) leaves every finished article on disk. With
``resume`` the log is read back first: a torn last line is cut off, and articles whose path and
content hash are already logged (without an error) are not checked again.
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

from .errors import UsageError
from .findings import ArticleResult
from .render.json import result_line
from .summary import Totals
from .text import ARTICLE_SUFFIXES
from .workers import InlineWorkers, ProcessWorkers, done, one_by_one, results_of


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
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs.clear()
            yield WalkError(folder, "symbolic link loop; not followed")
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix.lower() in ARTICLE_SUFFIXES and _selected(path.relative_to(root), include, exclude):
                yield path
    yield from problems


def _selected(relative: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    text = relative.as_posix()

    def matches(pattern: str) -> bool:
        return fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(relative.name, pattern)

    if include and not any(matches(p) for p in include):
        return False
    return not any(matches(p) for p in exclude)


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class ResultLog:
    """A JSON Lines file of results, one whole line per article, flushed line by line."""

    def __init__(self, path: Path, resume: bool = False):
        self.path = path
        self.previous: dict[str, ArticleResult] = self._read_back() if resume and path.exists() else {}
        try:
            self.handle = open(path, "a" if resume else "w", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{path}: cannot write results ({exc.strerror})") from None

    def _read_back(self) -> dict[str, ArticleResult]:
        """Earlier results by path; a last line torn by a kill is cut off the file."""
        raw = self.path.read_bytes()
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


def read_results(path: Path) -> list[ArticleResult]:
    """Every result in a results file, in order; a torn last line (an interrupted run) is skipped."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read results ({exc.strerror})") from None
    results = _parse_results(Path(path), raw[: raw.rfind(b"\n") + 1], "cannot make a report")
    if not results:
        raise UsageError(f"{path}: no results in this file")
    return results


def _parse_results(path: Path, raw: bytes, consequence: str) -> list[ArticleResult]:
    results = []
    for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
        try:
            results.append(ArticleResult.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise UsageError(f"{path}:{number}: not a rumorcheck results line; {consequence}") from None
    return results


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
            for result in results_of(future, paths):
                if log is not None and new:
                    log.write(result)
                outcome.add(result, keep)
                if on_result is not None:
                    on_result(result)

    try:
        with _sigterm_interrupts():
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
        pool.stop()
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
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops the batch like Ctrl-C: between articles' lines, never inside one."""
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
