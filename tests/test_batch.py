"""Batches: the folder walk, the streaming results log, resuming, and bad files in a batch."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from rumorcheck.batch import ResultLog, WalkError, check_batch, read_results, walk
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
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [os.path.basename(line["path"]) for line in lines] == ["d.txt", "a.txt", "b.md", "c.txt"]
    assert lines[1]["claims"]["supported"] == len("changed\n")  # a.txt's new result replaced its old one


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
    assert [name for name, r in by_name.items() if r.error] == ["03.txt"]  # only the article that kills
    assert pool.replaced >= 1
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


def test_any_number_of_resumes_leaves_one_line_per_article(tmp_path):
    root = make_tree(tmp_path / "tree")
    out = tmp_path / "results.jsonl"
    files = list(walk([root]))
    failing = {"b.md"}

    def check(path):
        if path.name in failing:
            return ArticleResult(path=str(path), error=f"{path}: cannot read file")
        return fake_check(path)

    for run in range(4):
        if run == 2:
            failing.clear()  # the failed article is readable now
            (root / "news" / "a.txt").write_text(f"changed in run {run}\n", encoding="utf-8")
        log = ResultLog(out, resume=run > 0)
        check_batch(check, files, log)
        log.close()
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [line["path"] for line in lines] == [str(f) for f in files], run
    by_name = {os.path.basename(line["path"]): line for line in lines}
    assert by_name["b.md"]["error"] is None and by_name["a.txt"]["claims"]["supported"] == len("changed in run 2\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.jsonl", "tree"]  # no temporary file left


def test_a_resumed_run_killed_before_tidying_up_is_tidied_by_the_next(tmp_path):
    root = make_tree(tmp_path / "tree")
    out = tmp_path / "results.jsonl"
    files = list(walk([root]))
    log = ResultLog(out)
    check_batch(lambda p: ArticleResult(path=str(p), error="failed"), files, log)
    log.close()
    killed = ResultLog(out, resume=True)
    check_batch(fake_check, files[:2], killed)
    killed.handle.close()  # killed: never closed, so never rewritten
    assert len(out.read_text().splitlines()) == 6  # the old lines of two articles are still there
    assert [r.error for r in read_results(out)] == [None, None, "failed", "failed"]  # the later line wins
    log = ResultLog(out, resume=True)
    check_batch(fake_check, files, log)
    log.close()
    assert [json.loads(line)["error"] for line in out.read_text().splitlines()] == [None] * 4


def test_a_symlink_to_a_folder_already_walked_is_walked_once_without_error(tmp_path):
    root = make_tree(tmp_path)
    os.symlink(root / "news" / "old", root / "zz-old-again")
    items = list(walk([root]))
    assert not [i for i in items if isinstance(i, WalkError)]
    assert [p.relative_to(root).as_posix() for p in items] == ["d.txt", "news/a.txt", "news/b.md", "news/old/c.txt"]


def die_once_on_five(path):
    """A worker killed from outside while it checks 05.txt, the first time only."""
    marker = path.parent / "killed-once"
    if path.name == "05.txt" and not marker.exists():
        marker.write_text("")
        os._exit(9)
    return fake_check(path)


def test_a_worker_killed_once_costs_no_article(tmp_path):
    files = many_files(tmp_path, 12)
    with ProcessWorkers(one_by_one(die_once_on_five), 2, chunk=3) as pool:
        outcome = check_batch(pool, files)
    assert [r.error for r in outcome.results] == [None] * 12 and pool.replaced >= 1
    assert [r.path for r in outcome.results] == [str(f) for f in files]


NON_UTF8 = os.fsdecode(b"caf\xe9.txt")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "html", "markdown", "text"])
def test_a_file_name_that_is_not_utf8_loses_nothing(tmp_path, fmt):
    from rumorcheck.cli import write_output
    from rumorcheck.render import RENDERERS

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / NON_UTF8).write_text("text of a file with a Latin-1 name\n", encoding="utf-8")
    (folder / "plain.txt").write_text("plain\n", encoding="utf-8")
    out = tmp_path / f"results.{fmt}"
    if fmt == "jsonl":
        log = ResultLog(out)
        check_batch(fake_check, walk([folder]), log)
        log.close()
        assert [r.path for r in read_results(out)] == [str(folder / NON_UTF8), str(folder / "plain.txt")]
        out.read_text(encoding="utf-8")  # the log stays valid UTF-8
        return
    buffer = io.StringIO()
    unreadable = check_batch(lambda p: ArticleResult(path=str(p), error=f"{p}: a problem"), walk([folder])).results
    RENDERERS[fmt](unreadable, buffer)  # every format names an article that has an error
    write_output(buffer.getvalue(), out)
    raw = out.read_bytes()
    assert b"plain.txt" in raw
    if fmt == "json":
        paths = [r["path"] for r in json.loads(raw.decode("utf-8"))["results"]]
        assert paths == [str(folder / NON_UTF8), str(folder / "plain.txt")]
    else:  # the name is written back as the bytes it was
        assert b"caf\xe9.txt" in raw


def test_workers_started_again_while_another_thread_runs_are_spawned_not_forked(tmp_path):
    files = many_files(tmp_path, 8)
    with ProcessWorkers(one_by_one(die_once_on_five), 2, chunk=2) as pool:
        busy = threading.Event()
        drawing = threading.Thread(target=busy.wait, daemon=True)  # like a progress bar's thread
        drawing.start()
        try:
            outcome = check_batch(pool, files)
        finally:
            busy.set()
        assert pool.start_method == "spawn"
    assert [r.error for r in outcome.results] == [None] * 8 and pool.replaced >= 1


def worker_pids(parent: int) -> list[int]:
    with open(f"/proc/{parent}/task/{parent}/children") as handle:
        return [int(pid) for pid in handle.read().split()]


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"), reason="Linux /proc")
def test_a_worker_killed_mid_batch_costs_nothing(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    articles = sorted((FIXTURES / "articles").glob("*.txt"))
    for copy in range(6):
        for article in articles:
            (batch / f"{copy}-{article.name}").write_bytes(article.read_bytes())
    out = tmp_path / "results.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "rumorcheck", "check", str(batch), "--format", "jsonl",
                                "--output", str(out), "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    deadline = time.time() + 300
    while not out.exists() or out.read_text().count("\n") < 3:
        assert process.poll() is None and time.time() < deadline, process.communicate()
        time.sleep(0.05)
    os.kill(worker_pids(process.pid)[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=600)
    assert process.returncode == 1, stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(line["path"] for line in lines) == sorted(str(p) for p in batch.iterdir())
    assert [line["error"] for line in lines] == [None] * len(lines)
