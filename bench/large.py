"""Time and peak memory of checking one very long article, at several lengths.

Each article is built from the fixture articles, perturbed as in ``throughput.py`` (paragraphs
shuffled, people swapped, dates moved), until it has the wanted number of characters, so no two
parts of it are identical. Each size is checked by its own ``rumorcheck check FILE --jobs 1``
process (one core), whose wall time, CPU time and peak resident memory are reported; a run on a
short article gives the fixed cost (start-up, model loading), which is subtracted to show the cost
per million characters (CPU time is the steadier measure on a shared machine). Target: linear,
and 5,000,000 characters in under 60 s and 1.5 GB.

    python bench/large.py [--sizes 100000 1000000 5000000] [--repeat 1] [--model NAME]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import ROOT, perturbed

from rumorcheck.library import Library
from rumorcheck.nlp import DEFAULT_MODEL

SHORT = 2_000  # characters of the run that measures the fixed cost


def long_article(chars: int, people: list[str]) -> str:
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    parts, size, i = [], 0, 0
    while size < chars:
        part = perturbed(sources[i % len(sources)], people, random.Random(i))
        parts.append(part)
        size += len(part) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def run(path: Path, model: str, out: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one check of ``path``."""
    command = [sys.executable, "-m", "rumorcheck", "check", str(path), "--format", "json", "--output", str(out),
               "--jobs", "1", "--quiet", "--model", model, "--max-bytes", str(path.stat().st_size)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"rumorcheck failed on {path.name}: {process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # ru_maxrss: KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()

    library = Library.load()
    people = sorted({m.name for r in library.references for m in r.show.cast}, key=len, reverse=True)
    with tempfile.TemporaryDirectory(prefix="rumorcheck-large-") as tmp:
        rows = []
        for chars in [SHORT, *args.sizes]:
            path = Path(tmp, f"article-{chars}.txt")
            path.write_text(long_article(chars, people), encoding="utf-8")
            runs = [run(path, args.model, Path(tmp, "out.json")) for _ in range(args.repeat)]
            wall, cpu, rss = (statistics.median(r[k] for r in runs) for k in range(3))
            rows.append((chars, wall, cpu, rss))
        print(f"model {args.model}; one process; medians of {args.repeat} run(s); the {SHORT:,}-character run "
              f"is the fixed cost (start-up, model loading), taken off the cost per million characters")
        print(f"{'characters':>11} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'wall s/1M':>10} {'cpu s/1M':>9}")
        _, fixed_wall, fixed_cpu, _ = rows[0]
        for chars, wall, cpu, rss in rows:
            per_million = "" if chars == SHORT else \
                f"{(wall - fixed_wall) / chars * 1e6:10.1f} {(cpu - fixed_cpu) / chars * 1e6:9.1f}"
            print(f"{chars:>11,} {wall:8.1f} {cpu:8.1f} {rss:9.0f} {per_million}")
        if len(rows) > 2:
            (small, small_wall, small_cpu, _), (big, big_wall, big_cpu, _) = rows[1], rows[-1]
            wall_ratio = ((big_wall - fixed_wall) / big) / ((small_wall - fixed_wall) / small)
            cpu_ratio = ((big_cpu - fixed_cpu) / big) / ((small_cpu - fixed_cpu) / small)
            print(f"cost per character, {big:,} vs {small:,} characters: wall {wall_ratio:.2f}x, "
                  f"cpu {cpu_ratio:.2f}x (1.00 = linear)")

if __name__ == "__main__":
    main()
