"""Name resolution speed over a 2,000-show library, and the names table's accuracy per class.

Builds the bundled references plus synthetic shows up to ``--shows`` references, then resolves
names the way articles write them: the reference spelling, another romanisation, one slipped
letter, a rank in front, and names of no one. Each name is resolved against the show it belongs
to (``NameResolver``, built once per show, memo cleared so every name is resolved afresh) and
looked up in the library index (identification's ``owners_of``). Prints the median names per
CPU second of ``--repeat`` runs (CPU time is steadier than wall time on a shared machine) and the
accuracy of the labelled names table in tests/data.

    python bench/names.py [--shows 2000] [--names 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_library  # noqa: E402

from rumorcheck.library import Library, bundled_reference_dir  # noqa: E402
from rumorcheck.names import NameResolver, classify  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "names_table.tsv"
SPELLINGS = [("eo", "u"), ("oo", "u"), ("Lee", "Yi"), ("Park", "Pak"), ("Jung", "Jeong"), ("k", "g"), ("-", " ")]


def written_forms(name: str, rng: random.Random) -> str:
    """One way an article may write ``name``."""
    roll = rng.random()
    if roll < 0.3:
        return name
    if roll < 0.5:
        old, new = rng.choice(SPELLINGS)
        return name.replace(old, new, 1)
    if roll < 0.7 and len(name) > 6:
        i = rng.randrange(2, len(name) - 1)
        return name[:i] + rng.choice("aeiounrst") + name[i + 1:]
    if roll < 0.8:
        return f"{rng.choice(['Detective', 'Dr', 'Young', 'Sgt'])} {name}"
    return f"{rng.choice(['Nora', 'Tomas', 'Yuki', 'Min'])} {rng.choice(['Vance', 'Ortega', 'Sato', 'Bae'])}"


def workload(library: Library, count: int, seed: int = 11) -> list[tuple[int, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        ref = rng.randrange(len(library.references))
        reference = library.references[ref]
        names = [m.name for m in reference.show.cast] + [c.name for c in reference.characters]
        out.append((ref, written_forms(rng.choice(names), rng)))
    return out


def run(library: Library, queries: list[tuple[int, str]]) -> tuple[float, float]:
    """(resolver names/s, library index names/s) in CPU time, resolvers built beforehand, memos cold."""
    resolvers = [NameResolver.for_reference(r) for r in library.references]
    t0 = time.process_time()
    for ref, text in queries:
        resolvers[ref]._resolve(text, None)  # the memo-free path: every name resolved afresh
    resolve_rate = len(queries) / (time.process_time() - t0)
    t0 = time.process_time()
    for _, text in queries:
        library.index.owners_of(text)
    lookup_rate = len(queries) / (time.process_time() - t0)
    return resolve_rate, lookup_rate


def table_accuracy() -> str:
    lines = [line for line in TABLE.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    total, right = Counter(), Counter()
    for row in csv.DictReader(lines, delimiter="\t"):
        total[row["label"]] += 1
        right[row["label"]] += classify(row["written"], row["reference"]) == row["label"]
    return ", ".join(f"{label} {right[label]}/{total[label]} = {right[label] / total[label]:.3f}" for label in total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shows", type=int, default=2000)
    parser.add_argument("--names", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rumorcheck-bench-names-"))
    try:
        bundled = sorted(bundled_reference_dir().glob("*.yaml"))
        for path in bundled:
            shutil.copy(path, work / path.name)
        write_library(work, max(0, args.shows - len(bundled)))
        t0 = time.process_time()
        library = Library.load(work)
        library.index  # noqa: B018 - keyed inside the timing
        load = time.process_time() - t0
        queries = workload(library, args.names)
        rates = [run(library, queries) for _ in range(args.repeat)]
        print(f"{len(library.references)} references, loaded and keyed in {load:.2f} CPU s; "
              f"{len(queries)} names x {args.repeat} runs (median)")
        print(f"  resolve against the show's names: {statistics.median(r[0] for r in rates):>10,.0f} names per CPU s")
        print(f"  library index look-up (owners_of): {statistics.median(r[1] for r in rates):>10,.0f} names per CPU s")
        print(f"names table accuracy: {table_accuracy()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
