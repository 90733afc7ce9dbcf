"""How show identification and the checks scale with the size of the reference library.

Builds three libraries in one run: the bundled references, and the bundled references plus
synthetic shows up to 200 and 2,000 references. For each it prints the median time to check
one fixture article end to end (parse, identify, check) and with the article already parsed
(identify and check only), and the ratio to the smallest library. Target: 2,000 references
cost at most 1.5x the end-to-end time of the bundled library.

    python bench/library.py [--repeat 5] [--sizes 200 2000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_library  # noqa: E402

from rumorcheck.article import Article  # noqa: E402
from rumorcheck.checker import Checker  # noqa: E402
from rumorcheck.library import Library, bundled_reference_dir  # noqa: E402
from rumorcheck.text import read_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def measure(library: Library, sources, repeat: int) -> tuple[float, float, int]:
    checker = Checker(library)
    checker.nlp  # build the pipeline (with this library's name patterns) outside the timing
    for source in sources:
        checker.check_source(source)  # warm caches: resolvers, vocab
    end_to_end, after_parse = [], []
    identified = 0
    for _ in range(repeat):
        for source in sources:
            t0 = time.perf_counter()
            article = Article.build(source, checker.nlp)
            t1 = time.perf_counter()
            result = checker.check_article(article)
            t2 = time.perf_counter()
            end_to_end.append(t2 - t0)
            after_parse.append(t2 - t1)
            identified += result.reference is not None
    return statistics.median(end_to_end), statistics.median(after_parse), identified // repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    args = parser.parse_args()
    sources = [read_article(p) for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    bundled = sorted(bundled_reference_dir().glob("*.yaml"))
    work = Path(tempfile.mkdtemp(prefix="rumorcheck-bench-"))
    try:
        rows = []
        for size in [len(bundled), *args.sizes]:
            folder = work / str(size)
            folder.mkdir()
            for path in bundled:
                shutil.copy(path, folder / path.name)
            write_library(folder, max(0, size - len(bundled)))
            t0 = time.perf_counter()
            library = Library.load(folder)
            library.index  # noqa: B018 - build the index inside the load timing
            load = time.perf_counter() - t0
            e2e, checks, identified = measure(library, sources, args.repeat)
            rows.append((size, load, e2e, checks, identified))
        base_e2e, base_checks = rows[0][2], rows[0][3]
        print(f"{len(sources)} fixture articles x {args.repeat} runs; median per article")
        print(f"{'references':>10} {'load s':>8} {'check ms':>9} {'ratio':>6} {'after parse ms':>15} {'ratio':>6} {'identified':>10}")
        for size, load, e2e, checks, identified in rows:
            print(f"{size:>10} {load:>8.2f} {e2e * 1000:>9.1f} {e2e / base_e2e:>6.2f} "
                  f"{checks * 1000:>15.2f} {checks / base_checks:>6.2f} {identified:>7}/{len(sources)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
