"""Stopping the command line with signals: a message every time, and nothing half-written left.

The command runs in a child process whose slow step (checking a chunk, or putting a written file
in place) is replaced by one that marks a file and waits, so each signal lands at a known moment.
No model is loaded.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rumorcheck.findings import ArticleResult
from rumorcheck.render.json import result_line

from .conftest import DATA

SLOW_CHECK = """
import sys, time
from pathlib import Path
from rumorcheck.checker import Checker
from rumorcheck.findings import ArticleResult

def slow_check(self, paths):
    Path(sys.argv[1]).write_text("checking")
    time.sleep(60)
    return [ArticleResult(path=str(p)) for p in paths]

Checker.check_files = slow_check
Checker.nlp = property(lambda self: None)
from rumorcheck.cli import app
app(sys.argv[2:], prog_name="rumorcheck")
"""

SLOW_DISK = """
import os, sys, time
from pathlib import Path

def slow_replace(source, target):
    Path(sys.argv[1]).write_text("writing")
    time.sleep(60)

os.replace = slow_replace
from rumorcheck.cli import app
app(sys.argv[2:], prog_name="rumorcheck")
"""


def start(code: str, marker: Path, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, str(marker), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(marker: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the slow step never started"
        time.sleep(0.05)


def test_a_second_sigterm_stops_at_once_with_a_message(tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text("Kim Lee plays Ivo Brandt.\n")
    marker = tmp_path / "marker"
    out = tmp_path / "results.jsonl"
    process = start(SLOW_CHECK, marker, "check", tmp_path, "-r", DATA / "tidewater.yaml", "--jobs", "2",
                    "--format", "jsonl", "--output", out)
    wait_for(marker, process)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)  # stops after the chunks being checked: a minute here
    time.sleep(1)
    process.send_signal(signal.SIGTERM)  # asked again: now
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130 and time.monotonic() - started < 30
    # the message comes first; a known issue (the pool's feeder thread may print after it while
    # the interpreter shuts down) is left for its own fix, so only the first line is asserted
    assert stderr.strip().splitlines()[0] == (f"rumorcheck: interrupted after 0 of 4 articles; 0 results are in "
                                              f"{out}: rerun with --resume to continue")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_sigterm_while_a_report_is_written_leaves_no_partial_file(tmp_path, fmt):
    saved = tmp_path / "results.jsonl"
    saved.write_text(result_line(ArticleResult(path="a.txt", error="a.txt: file is empty")) + "\n")
    marker = tmp_path / "marker"
    process = start(SLOW_DISK, marker, "report", saved, "--format", fmt, "--output", tmp_path / "report.out")
    wait_for(marker, process)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130 and stderr == "rumorcheck: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["marker", "results.jsonl"]
