"""Batches: the folder walk, the streaming results log, resuming, and bad files in a batch."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from rumorcheck.batch import ResultLog, WalkError, check_batch, walk
from rumorcheck.findings import ArticleResult
from rumorcheck.workers import ProcessWorkers, one_by_one

from .conftest import FIXTURES


def fake_check(path):
    return ArticleResult(path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                         claims={"supported": len(path.read_text())})


def make_tree(tmp_path):
    (tmp_path / "news" / "old").mkdir(parents=True)
    for name in ["news/a.txt", "news/b.md", "news/old/c.txt", "news/skip.json", "d.txt"]:
        (tmp_path / name).write_text(f"text of {name}\n", encoding="utf-8")
    return tmp_path


def test_walk_is_sorted_and_filtered(tmp_path):
    root = make_tree(tmp_path)
    names = [p.relative_to(root).as_posix() for p in walk([root])]
    assert names == ["d.txt", "news/a.txt", "news/b.md", "news/old/c.txt"]
    included = [p.name for p in walk([root], include=("news/*",), exclude=("*/old/*",))]
    assert included == ["a.txt", "b.md"]


def test_symlink_loop_is_reported_not_followed(tmp_path):
    root = make_tree(tmp_path)
    os.symlink(root / "news", root / "news" / "old" / "loop")
    items = list(walk([root]))
    loops = [i for i in items if isinstance(i, WalkError)]
    assert len(loops) == 1 and "loop" in loops[0].problem
    assert sum(1 for i in items if not isinstance(i, WalkError)) == 4


def test_log_is_whole_lines_and_resume_skips_unchanged(tmp_path):
    root = make_tree(tmp_path)
    out = tmp_path / "results.jsonl"
    files = [p for p in walk([root])]
    log = ResultLog(out)
    check_batch(fake_check, files[:2], log)
    log.close()
    with open(out, "a", encoding="utf-8") as handle:
        handle.write('{"path": "torn')  # a line cut short by a kill
    (root / "news" / "a.txt").write_text("changed\n", encoding="utf-8")
    checked = []
    log = ResultLog(out, resume=True)
    outcome = check_batch(lambda p: checked.append(p.name) or fake_check(p), files, log)
    log.close()
    assert checked == ["a.txt", "b.md", "c.txt"]  # d.txt was logged and unchanged
    assert outcome.resumed == 1 and len(outcome.results) == 4
    lines = out.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["path"] for line in lines) and len(lines) == 5


def test_resume_refuses_a_file_that_is_not_a_results_log(tmp_path):
    out = tmp_path / "notes.jsonl"
    out.write_text("hello\n", encoding="utf-8")
    with pytest.raises(Exception, match="notes.jsonl:1: not a rumorcheck results line"):
        ResultLog(out, resume=True)


def test_interrupt_keeps_finished_lines(tmp_path):
    root = make_tree(tmp_path)
    out = tmp_path / "results.jsonl"

    def check(path):
        if path.name == "b.md":
            raise KeyboardInterrupt
        return fake_check(path)

    log = ResultLog(out)
    outcome = check_batch(check, list(walk([root])), log)
    log.close()
    assert outcome.interrupted and len(outcome.results) == 2
    assert [json.loads(line)["path"].endswith(("d.txt", "a.txt")) for line in out.read_text().splitlines()] == [True, True]


def many_files(tmp_path, count=24):
    for i in range(count):
        (tmp_path / f"{i:02d}.txt").write_text("word " * (i * 37 % 11 + 1), encoding="utf-8")
    return sorted(tmp_path.glob("*.txt"))


def test_workers_give_the_inline_results_in_input_order(tmp_path):
    files = many_files(tmp_path)
    inline = check_batch(fake_check, files).results
    with ProcessWorkers(one_by_one(fake_check), 2, chunk=5) as pool:
        parallel = check_batch(pool, files).results
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in inline]
    assert [r.path for r in parallel] == [str(f) for f in files]


def crash_on_seven(path):
    if path.name == "07.txt":
        raise ValueError("unexpected input")
    return fake_check(path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failure_inside_the_checker_is_that_articles_error(tmp_path, jobs):
    files = many_files(tmp_path, 12)
    with ProcessWorkers(one_by_one(crash_on_seven), jobs, chunk=4) if jobs > 1 else contextlib.nullcontext(crash_on_seven) as check:
        results = check_batch(check, files).results
    errors = {os.path.basename(r.path): r.error for r in results if r.error}
    assert list(errors) == ["07.txt"] and "internal error (ValueError: unexpected input" in errors["07.txt"]
    assert len(results) == 12


def die_on_three(path):
    if path.name == "03.txt":
        os._exit(3)  # a worker killed mid-article (out of memory, a crash in native code)
    return fake_check(path)


def test_a_dead_worker_costs_error_results_not_the_batch(tmp_path):
    files = many_files(tmp_path, 12)
    out = tmp_path / "results.jsonl"
    log = ResultLog(out)
    with ProcessWorkers(one_by_one(die_on_three), 2, chunk=2) as pool:
        outcome = check_batch(pool, files, log)
    log.close()
    assert len(outcome.results) == 12 and not outcome.interrupted
    by_name = {os.path.basename(r.path): r for r in outcome.results}
    assert "worker process checking it died" in by_name["03.txt"].error
    assert by_name["00.txt"].error is None
    assert len(out.read_text().splitlines()) == 12  # every article has its line; errors are re-checked on --resume


def rumorcheck(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "rumorcheck", *map(str, args)], capture_output=True, text=True,
                          **kwargs)


@pytest.mark.slow
def test_bad_files_do_not_stop_a_batch(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    with open(batch / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (batch / "valid.txt").write_bytes((FIXTURES / "articles" / "the-innocent-netflix-guide.txt").read_bytes())
    out = tmp_path / "results.jsonl"
    result = rumorcheck("check", batch, "--format", "jsonl", "--output", out)
    assert result.returncode == 2, result.stderr
    lines = {os.path.basename(json.loads(line)["path"]): json.loads(line) for line in out.read_text().splitlines()}
    assert set(lines) == {"empty.txt", "binary.txt", "huge.txt", "valid.txt"}
    for bad in ["empty.txt", "binary.txt", "huge.txt"]:
        assert lines[bad]["error"] and "\n" not in lines[bad]["error"], bad
    assert lines["valid.txt"]["error"] is None and lines["valid.txt"]["reference"]["id"] == "the-innocent-netflix"


@pytest.mark.slow
def test_sigkill_then_resume_gives_the_uninterrupted_results(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    articles = sorted((FIXTURES / "articles").glob("*.txt"))
    copies = 12  # several chunks per worker: the kill lands mid-run
    for copy in range(copies):
        for article in articles:
            (batch / f"{copy}-{article.name}").write_bytes(article.read_bytes())
    whole, killed = tmp_path / "whole.jsonl", tmp_path / "killed.jsonl"
    rumorcheck("check", batch, "--format", "jsonl", "--output", whole, "--jobs", "1")
    process = subprocess.Popen([sys.executable, "-m", "rumorcheck", "check", str(batch), "--format", "jsonl",
                                "--output", str(killed), "--jobs", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not killed.exists() or killed.read_text().count("\n") < 5):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    finished_before = killed.read_text().count("\n")
    assert 5 <= finished_before < len(articles) * copies
    assert _workers_gone(str(killed)), "workers outlived the killed run"
    rumorcheck("check", batch, "--format", "jsonl", "--output", killed, "--resume", "--jobs", "2")

    def by_path(path):
        return {json.loads(line)["path"]: json.loads(line) for line in path.read_text().splitlines()}

    assert by_path(killed) == by_path(whole)


def _workers_gone(argument: str, wait: float = 10.0) -> bool:
    """No process left whose command line holds ``argument`` (forked workers share it)."""
    deadline = time.time() + wait
    while time.time() < deadline:
        alive = []
        for cmdline in glob.glob("/proc/[0-9]*/cmdline"):
            with contextlib.suppress(OSError):
                if argument.encode() in open(cmdline, "rb").read():
                    alive.append(cmdline)
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_checking_in_chunks_gives_the_one_by_one_results(bundled_checker, tmp_path):
    """Batched parsing and freed vocabulary strings change nothing in the findings."""
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = sorted((FIXTURES / "articles").iterdir())
    paths.insert(3, tmp_path / "empty.txt")
    chunked = bundled_checker.check_files(paths)
    single = [bundled_checker.check_file(p) for p in paths]
    assert [r.to_dict() for r in chunked] == [r.to_dict() for r in single]
    assert "file is empty" in chunked[3].error and sum(bool(r.findings) for r in chunked) >= 10
