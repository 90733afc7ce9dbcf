"""The batch on a local Ray (two CPUs): the same results as --jobs 1, whatever goes wrong.

One Ray is started for the whole module; each test runs one small job on it (a handful of
articles), and the command-line test joins it from another process with --ray-address.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rumorcheck.batch import article_items
from rumorcheck.checker import Checker
from rumorcheck.errors import EngineError
from rumorcheck.library import Library

from ..conftest import BUNDLED, FIXTURES
from .conftest import needed

ray = needed("ray")
pq = needed("pyarrow.parquet")
pa = needed("pyarrow")

from rumorcheck.distributed import check_on_ray  # noqa: E402
from rumorcheck.distributed.engine import RETRIES  # noqa: E402

pytestmark = pytest.mark.slow  # the workers load the model

ARTICLES = ["000_ca4b3726235be3cf.txt", "innocent-itv-series-2-recycled.txt", "the-innocent-netflix-guide.txt",
            "innocent-defendant-webpage.html"]
POISON = "Editor's note: this page trips a bug."
KILL = "Editor's note: this page is checked when the worker is killed."


@pytest.fixture(scope="module")
def ray_address():
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=256 * 1024 * 1024, logging_level="ERROR")
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A few articles of different shows, a web page, an empty file, and two copies marked for sabotage."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ARTICLES:
        (folder / name).write_bytes((FIXTURES / "articles" / name).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    base = (FIXTURES / "articles" / ARTICLES[0]).read_text(encoding="utf-8")
    (folder / "poison.txt").write_text(f"{base}\n{POISON}\n", encoding="utf-8")
    (folder / "kill.txt").write_text(f"{base}\n{KILL}\n", encoding="utf-8")
    return folder


def rumorcheck(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rumorcheck", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def jobs_1_lines(corpus, tmp_path_factory):
    """What ``check --format jsonl --jobs 1`` writes for the corpus, line by line, sorted."""
    out = tmp_path_factory.mktemp("jobs1") / "results.jsonl"
    done = rumorcheck("check", corpus, "--format", "jsonl", "--output", out, "--jobs", "1", "--quiet")
    assert done.returncode == 2, done.stderr  # the empty file
    return sorted(out.read_text(encoding="utf-8").splitlines())


def result_lines(folder: Path) -> list[str]:
    return sorted(line for part in folder.glob("*.jsonl") for line in part.read_text(encoding="utf-8").splitlines())


def by_path(lines: list[str]) -> dict[str, dict]:
    return {json.loads(line)["path"]: json.loads(line) for line in lines}


def test_the_command_on_a_cluster_writes_the_lines_of_jobs_1(ray_address, corpus, jobs_1_lines, tmp_path):
    out = tmp_path / "results"
    done = rumorcheck("check", corpus, "--engine", "ray", "--ray-address", ray_address, "--output", out)
    assert done.returncode == 2, done.stderr  # the empty file, as with --jobs 1
    assert done.stdout == ""
    assert result_lines(out) == jobs_1_lines
    summary = done.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{len(jobs_1_lines)} articles: ") and summary.endswith(
        f"; 1 file could not be checked; results written to {out}")


def test_jsonl_records_give_the_results_of_their_files_and_bad_lines_error_rows(ray_address, corpus, jobs_1_lines,
                                                                                tmp_path):
    dataset = tmp_path / "articles.jsonl"
    records = [json.dumps({"path": str(p), "text": p.read_text(encoding="utf-8")}, ensure_ascii=False)
               for p in sorted(corpus.iterdir())]
    dataset.write_text("\n".join([*records, "{not json", json.dumps({"id": "no-text"})]) + "\n", encoding="utf-8")
    out = tmp_path / "results"
    totals = check_on_ray([str(dataset)], Checker(Library.load(BUNDLED)), str(out), input_format="jsonl", quiet=True)
    lines = by_path(result_lines(out))
    assert [lines.pop(key)["error"] for key in (f"{dataset}:{len(records) + 1}", "no-text")] == [
        f"{dataset}:{len(records) + 1}: not a JSON object (Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1))", f'{dataset}:{len(records) + 2}: no "text" string in this record']
    assert lines == by_path(jobs_1_lines)
    assert (totals.articles, totals.unreadable) == (len(records) + 2, 3)


def test_parquet_records_in_parquet_results_out(ray_address, corpus, jobs_1_lines, tmp_path):
    files = sorted(corpus.iterdir())
    pq.write_table(pa.table({"id": [str(p) for p in files], "text": [p.read_bytes() for p in files],
                             "crawled": ["2024-05-01"] * len(files)}), tmp_path / "articles.parquet")
    out = tmp_path / "results"
    check_on_ray([str(tmp_path / "articles.parquet")], Checker(Library.load(BUNDLED)), str(out),
                 input_format="parquet", output_format="parquet", quiet=True)
    table = pq.read_table(out)
    assert table.column_names == ["path", "record"]
    assert sorted(table.column("record").to_pylist()) == jobs_1_lines
    assert sorted(table.column("path").to_pylist()) == sorted(json.loads(line)["path"] for line in jobs_1_lines)


class Sabotaged(Checker):
    """Fails inside the check on one article, and kills its own worker process the first time it
    meets another (as the out-of-memory killer or a lost machine would)."""

    def __init__(self, library: Library, killed: Path):
        super().__init__(library)
        self.killed = killed

    def check_sources(self, sources):
        texts = [getattr(source, "text", "") for source in sources]
        if any(POISON in text for text in texts):
            raise RuntimeError("a bug this article triggers")
        if any(KILL in text for text in texts) and not self.killed.exists():
            self.killed.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        return super().check_sources(sources)


def test_a_poisoned_article_and_a_killed_worker_lose_nothing(ray_address, corpus, jobs_1_lines, tmp_path):
    killed = tmp_path / "killed-worker.pid"
    out = tmp_path / "results"
    totals = check_on_ray(article_items([corpus]), Sabotaged(Library.load(BUNDLED), killed), str(out), quiet=True)
    assert killed.exists(), "no worker was killed"
    lines, expected = by_path(result_lines(out)), by_path(jobs_1_lines)
    poisoned = str(corpus / "poison.txt")
    assert lines.pop(poisoned)["error"].startswith(f"{poisoned}: internal error (RuntimeError: a bug this article")
    del expected[poisoned]
    assert lines == expected  # the killed worker's batch was run again: the kill article has its findings
    assert lines[str(corpus / "kill.txt")]["findings"]
    assert (totals.articles, totals.unreadable) == (len(ARTICLES) + 3, 2)


class KillsItsWorker(Checker):
    """Kills its worker process whenever it meets the marked article, as a crash in native code would."""

    def check_sources(self, sources):
        if any(KILL in getattr(source, "text", "") for source in sources):
            os.kill(os.getpid(), signal.SIGKILL)
        return super().check_sources(sources)


def test_an_article_that_kills_every_worker_fails_the_job_after_bounded_reruns(ray_address, corpus, tmp_path):
    with pytest.raises(EngineError, match=f"a worker died {RETRIES + 1} times checking the same batch"):
        check_on_ray([corpus / "kill.txt"], KillsItsWorker(Library.load(BUNDLED)), str(tmp_path / "results"),
                     quiet=True)


def test_results_never_mix_with_an_earlier_run(ray_address, corpus, tmp_path):
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "old.jsonl").write_text("{}\n")
    done = rumorcheck("check", corpus, "--engine", "ray", "--ray-address", ray_address,
                      "--output", tmp_path / "results")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        f"rumorcheck: error: {tmp_path / 'results'}: folder is not empty; results of another run would mix with these")
