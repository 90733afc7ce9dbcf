"""Where articles are checked: in this process, or in a pool of worker processes.

Both hand back a :class:`~concurrent.futures.Future` per article, so the batch code keeps results
in input order whatever the number of processes: the same findings, in the same order, for any
``--jobs``.

Workers are forked where the platform allows it, after the model and the library are loaded, so
each worker has them from the start without loading anything again; elsewhere (spawn) the
checker is sent to each worker once, when it starts, and the model loads there on first use.
Workers ignore Ctrl-C: the main process decides when to stop, and stops them.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

from .findings import ArticleResult

CheckFile = Callable[[Path], ArticleResult]


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_safely(check_file: CheckFile, path: Path) -> ArticleResult:
    """One article's result; a failure inside rumorcheck is that article's error, not the batch's end."""
    try:
        return check_file(path)
    except Exception as exc:  # noqa: BLE001 - a bug must not cost the rest of the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return ArticleResult(path=str(path), error=(
            f"{path}: internal error ({type(exc).__name__}: {exc} at {Path(where.filename).name}:{where.lineno}); "
            "please report it"))


class InlineWorkers:
    """Checks each article in this process as it is submitted."""

    capacity = 0  # results are ready at once: nothing waits in flight

    def __init__(self, check_file: CheckFile):
        self.check_file = check_file

    def submit(self, path: Path) -> Future:
        return done(check_safely(self.check_file, path))

    def stop(self) -> None:
        pass

    def __enter__(self) -> "InlineWorkers":
        return self

    def __exit__(self, *exc) -> None:
        pass


class ProcessWorkers:
    """Checks articles in ``jobs`` worker processes, each set up once with ``check_file``."""

    def __init__(self, check_file: CheckFile, jobs: int):
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.capacity = 4 * jobs  # enough queued to keep every worker busy, few enough to stop quickly
        self.pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                                        initializer=_start_worker, initargs=(check_file,))
        self.pool.submit(int).result()  # start the workers now, before this process starts any thread

    def submit(self, path: Path) -> Future:
        try:
            return self.pool.submit(_check_in_worker, path)
        except BrokenProcessPool:
            return done(_died(path))

    def stop(self) -> None:
        """Drop queued articles; let the ones being checked finish (they take a moment)."""
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ProcessWorkers":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def workers(check_file: CheckFile, jobs: int) -> InlineWorkers | ProcessWorkers:
    return InlineWorkers(check_file) if jobs <= 1 else ProcessWorkers(check_file, jobs)


def result_of(future: Future, path: Path | str) -> ArticleResult:
    """The article's result; a worker that died (killed, out of memory) gives an error result."""
    try:
        return future.result()
    except BrokenProcessPool:
        return _died(path)


def done(result: ArticleResult) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future


def _died(path: Path | str) -> ArticleResult:
    return ArticleResult(path=str(path), error=f"{path}: the worker process checking it died; rerun with --resume")


_check_file: CheckFile | None = None


def _start_worker(check_file: CheckFile) -> None:
    global _check_file
    _check_file = check_file
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A main process killed outright (SIGKILL) cannot stop its workers: they notice and leave."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _check_in_worker(path: Path) -> ArticleResult:
    assert _check_file is not None, "worker started without a checker"
    return check_safely(_check_file, path)
