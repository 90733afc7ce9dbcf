"""Where articles are checked: in this process, or in a pool of worker processes.

Articles go in chunks (spaCy parses a chunk as one batch) and each chunk comes back as a
:class:`~concurrent.futures.Future` of its results, so the batch code keeps results in input
order whatever the number of processes: the same findings, in the same order, for any ``--jobs``.

Workers are forked where the platform allows it, after the model and the library are loaded, so
each worker has them from the start without loading anything again; elsewhere (spawn), and for
workers started again after one died once a progress bar's thread runs, the checker is sent to
each worker once, when it starts, and the model loads there on first use. Workers ignore Ctrl-C:
the main process decides when to stop, and stops them (at once when asked twice).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
import time
import traceback
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

from .findings import ArticleResult

CheckFiles = Callable[[list[Path]], list[ArticleResult]]
CHUNK = 16  # articles per chunk: large enough for batched parsing, small enough to stop quickly


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_safely(check: Callable[[list], list[ArticleResult]], articles: list) -> list[ArticleResult]:
    """The chunk's results; a failure inside rumorcheck costs one article, not the chunk or the batch.

    ``articles`` are what ``check`` takes: paths, or articles already read (anything with a ``path``).
    """
    try:
        return check(articles)
    except Exception as exc:  # noqa: BLE001 - a bug must not cost the rest of the batch
        if len(articles) > 1:  # find the article at fault
            return [result for article in articles for result in check_safely(check, [article])]
        name = str(getattr(articles[0], "path", articles[0]))
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return [ArticleResult(path=name, error=(
            f"{name}: internal error ({type(exc).__name__}: {exc} at {Path(where.filename).name}:"
            f"{where.lineno}); please report it"))]


class InlineWorkers:
    """Checks each chunk in this process as it is submitted."""

    capacity = 0  # results are ready at once: nothing waits in flight

    def __init__(self, check_files: CheckFiles, chunk: int = CHUNK):
        self.check_files = check_files
        self.chunk = chunk

    def submit(self, paths: list[Path]) -> Future:
        return done(check_safely(self.check_files, paths))

    def results(self, future: Future, paths: list[Path | str]) -> list[ArticleResult]:  # noqa: ARG002
        return future.result()

    def stop(self) -> None:
        pass

    def kill(self) -> None:
        pass

    def __enter__(self) -> "InlineWorkers":
        return self

    def __exit__(self, *exc) -> None:
        pass


class ProcessWorkers:
    """Checks chunks in ``jobs`` worker processes, each set up once with ``check_files``.

    A worker that dies (killed, out of memory, a crash in native code) takes its pool with it: the
    pool is replaced, and the articles of every chunk the old pool held are checked again one at a
    time with nothing else in flight, so that only an article whose own check kills a worker again
    gets an error result.
    """

    def __init__(self, check_files: CheckFiles, jobs: int, chunk: int = CHUNK):
        self.check_files = check_files
        self.jobs = jobs
        self.chunk = chunk
        self.capacity = 2 * jobs  # chunks in flight: every worker busy, and stopping stays quick
        self.replaced = 0  # pools started again after a worker died
        self._pending: set[Future] = set()  # chunks sent to the current pool and not yet done
        self._ours_not = {p.pid for p in multiprocessing.active_children()}  # children that are not workers
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # Forking copies the loaded model for free, but a thread holding a lock at that moment (a
        # progress bar drawing) would leave it locked in the worker for good: fork only while this
        # process has no other thread, else start workers afresh.
        fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
        self.start_method = "fork" if fork else "spawn"
        pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(self.start_method),
                                   initializer=_start_worker, initargs=(self.check_files,))
        pool.submit(int).result()  # start the workers now, before this process starts any thread
        return pool

    def submit(self, paths: list[Path]) -> Future:
        try:
            future = self.pool.submit(_check_in_worker, paths)
        except BrokenProcessPool:  # a worker died since the last chunk went out
            self._replace()
            future = self.pool.submit(_check_in_worker, paths)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return future

    def results(self, future: Future, paths: list[Path | str]) -> list[ArticleResult]:
        """The chunk's results; if its worker died, each of its articles checked again alone."""
        try:
            return future.result()
        except BrokenProcessPool:
            return [self._alone(Path(path)) for path in paths]

    def _alone(self, path: Path) -> ArticleResult:
        wait(list(self._pending))  # nothing else in flight: a death now is this article's
        try:
            return self.submit([path]).result()[0]
        except BrokenProcessPool:
            return _died(path)

    def _replace(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start()
        self.replaced += 1

    def stop(self) -> None:
        """Drop queued chunks; let the ones being checked finish (they take a moment)."""
        self.pool.shutdown(wait=True, cancel_futures=True)

    def kill(self) -> None:
        """Stop at once (asked twice): the workers are ended, the chunks they held are dropped."""
        for process in multiprocessing.active_children():
            if process.pid not in self._ours_not:
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ProcessWorkers":
        return self

    def __exit__(self, kind, *exc) -> None:
        if kind is not None and issubclass(kind, KeyboardInterrupt):  # interrupted twice: do not wait
            self.kill()
        else:
            self.stop()


def workers(check_files: CheckFiles, jobs: int, chunk: int = CHUNK) -> InlineWorkers | ProcessWorkers:
    return InlineWorkers(check_files, chunk) if jobs <= 1 else ProcessWorkers(check_files, jobs, chunk)


def done(result: ArticleResult) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future


def _died(path: Path | str) -> ArticleResult:
    return ArticleResult(path=str(path), error=(f"{path}: the worker process checking it died (out of memory?); "
                                                f"--resume checks it again"))


def one_by_one(check_file: Callable[[Path], ArticleResult]) -> CheckFiles:
    """A chunk checker from a function that checks one file."""
    return functools.partial(_each, check_file)


def _each(check_file: Callable[[Path], ArticleResult], paths: list[Path]) -> list[ArticleResult]:
    return [check_file(path) for path in paths]


_check_files: CheckFiles | None = None


def _start_worker(check_files: CheckFiles) -> None:
    global _check_files
    _check_files = check_files
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A main process killed outright (SIGKILL) cannot stop its workers: they notice and leave."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _check_in_worker(paths: list[Path]) -> list[ArticleResult]:
    assert _check_files is not None, "worker started without a checker"
    return check_safely(_check_files, paths)
