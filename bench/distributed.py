"""The batch on Ray Data against ``--jobs``, on the same cores, and what a million articles cost.

Perturbs the fixture articles into ``--articles`` distinct ones (as bench/throughput.py does),
then in one run, ``--repeat`` times each, interleaved so that drift on a shared machine hits both:

* ``--jobs 2``: rumorcheck's own worker processes (forked with the model loaded), streaming
  JSON Lines, as ``rumorcheck check DIR --format jsonl --output F --jobs 2`` does;
* Ray with 2 CPUs: ``check --engine ray`` over the same folder on a local Ray started once
  (its start is timed apart), each job from scratch: actors start, load the model, check, write;
* Ray with 2 CPUs over the same articles as one Parquet dataset, results written as Parquet.

It prints articles/s, the ratio Ray / ``--jobs 2`` (target >= 0.85), articles/s per core, and
the core-hours of a million such articles; and checks that Ray wrote the ``--jobs 2`` lines.

    python bench/distributed.py [--articles 2000] [--repeat 3] [--cpus 2] [--model NAME]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import ray
from throughput import rumorcheck as jobs_run
from throughput import write_corpus

from rumorcheck.batch import article_items
from rumorcheck.checker import Checker
from rumorcheck.distributed import check_on_ray
from rumorcheck.library import Library
from rumorcheck.nlp import DEFAULT_MODEL

MILLION = 1_000_000


def ray_run(articles: list, checker: Checker, out: Path, count: int, **options) -> float:
    """Seconds for one Ray job over ``articles`` (``count`` of them), writing into the new folder ``out``."""
    start = time.perf_counter()
    totals = check_on_ray(articles, checker, str(out), quiet=True, **options)
    assert totals.articles == count and not totals.unreadable, totals
    return time.perf_counter() - start


def lines_of(folder: Path) -> list[str]:
    if folder.is_file():
        return sorted(folder.read_text(encoding="utf-8").splitlines())
    jsonl = [line for part in folder.glob("*.jsonl") for line in part.read_text(encoding="utf-8").splitlines()]
    return sorted(jsonl or pq.read_table(folder).column("record").to_pylist())


def write_parquet(paths: list[Path], target: Path) -> None:
    """The articles as one dataset of records: ``path`` and ``text``."""
    pq.write_table(pa.table({"path": [str(p) for p in paths], "text": [p.read_text(encoding="utf-8") for p in paths]}),
                   target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpus", type=int, default=2, help="cores for both: --jobs N and Ray's num_cpus")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()

    library = Library.load()
    checker = Checker(library, model=args.model)
    checker.nlp
    with tempfile.TemporaryDirectory(prefix="rumorcheck-bench-") as tmp:
        corpus = Path(tmp, "corpus")
        paths = write_corpus(corpus, args.articles, library)
        dataset = Path(tmp, "articles.parquet")
        write_parquet(paths, dataset)
        articles = article_items([corpus])
        print(f"corpus: {len(paths)} distinct articles; {args.cpus} cores; model {args.model}; "
              f"{args.repeat} runs each, medians")
        start = time.perf_counter()
        ray.init(num_cpus=args.cpus, include_dashboard=False, logging_level="ERROR")
        print(f"ray.init (a local Ray of {args.cpus} CPUs): {time.perf_counter() - start:.1f} s, once")

        runs: dict[str, list[float]] = {"--jobs": [], "ray, files": [], "ray, parquet": []}
        outputs: dict[str, Path] = {}
        for run in range(args.repeat):
            outputs["--jobs"] = Path(tmp, f"jobs-{run}.jsonl")
            runs["--jobs"].append(jobs_run(checker, paths, args.cpus, outputs["--jobs"]))
            outputs["ray, files"] = Path(tmp, f"ray-{run}")
            runs["ray, files"].append(ray_run(articles, checker, outputs["ray, files"], len(paths)))
            outputs["ray, parquet"] = Path(tmp, f"ray-parquet-{run}")
            runs["ray, parquet"].append(ray_run([str(dataset)], checker, outputs["ray, parquet"], len(paths),
                                                input_format="parquet", output_format="parquet"))
        ray.shutdown()

        rates = {}
        for name, seconds in runs.items():
            median = statistics.median(seconds)
            rates[name] = len(paths) / median
            label = f"--jobs {args.cpus}" if name == "--jobs" else f"{name} ({args.cpus} CPUs)"
            print(f"{label:22} {rates[name]:6.1f} articles/s  {rates[name] / args.cpus:5.1f} per core  "
                  f"(median {median:.1f} s of {', '.join(f'{t:.1f}' for t in seconds)})")
        for name in ("ray, files", "ray, parquet"):
            print(f"ratio {name} / --jobs {args.cpus}: {rates[name] / rates['--jobs']:.2f}  (target >= 0.85)")
        per_core = rates["ray, files"] / args.cpus
        print(f"a million articles at {per_core:.1f} articles/s per core: {MILLION / per_core / 3600:.1f} core-hours")
        expected = lines_of(outputs["--jobs"])
        same = all(lines_of(outputs[name]) == expected for name in ("ray, files", "ray, parquet"))
        print(f"Ray wrote the --jobs lines: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
