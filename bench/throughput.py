"""Batch throughput against bare spaCy, scaling to two processes, and memory over long runs.

Generates a corpus by perturbing the fixture articles (paragraphs shuffled, two of the shows'
people swapped, years and days moved; no two articles identical), or the articles of a folder you
give (``--corpus DIR``, with their references: ``--reference DIR``), then in one run measures:

* rumorcheck's batch (read, parse, identify the show, check, stream JSON Lines) and bare
  ``nlp.pipe`` over the same files with the same model and components, at 1 and 2 processes:
  articles/s, words/s, the ratio rumorcheck/bare (target >= 0.8 at equal processes) and the
  speed-up of 2 processes over 1 (target >= 1.6x);
* peak RSS of ``rumorcheck check DIR --format jsonl --output F --jobs 1`` over 1,000 and over
  10,000 articles (target: 10,000 within 10% of 1,000).

Timings are medians of ``--repeat`` runs, bare and rumorcheck interleaved so that drift on a
shared machine hits both alike.

    python bench/throughput.py [--articles 2000] [--repeat 3] [--rss 1000 10000] [--model NAME]
                               [--corpus DIR --reference DIR] [--ignore RULE ...]

What checking costs beyond NER depends on the articles: the story step parses only sentences that
describe the show's people, and the fixtures were written to exercise it (about two in five of
their sentences are parsed; about one in ten of real scraped articles'). ``--corpus`` measures on
articles like yours, and ``--ignore plot show/wrong-genre show/wrong-source-material`` measures
without the story rules (no sentence is then parsed).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rumorcheck.batch import ResultLog, check_batch
from rumorcheck.checker import Checker
from rumorcheck.library import Library
from rumorcheck.nlp import DEFAULT_MODEL
from rumorcheck.rules import RuleSelection
from rumorcheck.text import read_article
from rumorcheck.workers import workers

ROOT = Path(__file__).resolve().parents[1]
PART = 1000  # articles per corpus folder
MAX_TRIES = 50  # perturbations tried before an article is told apart by a number
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_DAY = re.compile(r"\b([1-9]|[12]\d|3[01])(?=(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
                  r"August|September|October|November|December)\b)")


def perturbed(text: str, people: list[str], rng: random.Random) -> str:
    """Paragraphs after the headline shuffled, two people present swapped, dates moved."""
    head, *rest = text.split("\n\n")
    rng.shuffle(rest)
    text = "\n\n".join([head, *rest])
    present = [p for p in people if p in text]
    if len(present) >= 2:
        a, b = rng.sample(present, 2)
        text = re.sub(f"{re.escape(a)}|{re.escape(b)}", lambda m: b if m.group(0) == a else a, text)
    shift = rng.choice([-2, -1, 1, 2, 3])
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    return _DAY.sub(lambda m: str(rng.randint(1, 28)), text)


def write_corpus(folder: Path, count: int, library: Library, originals: Path = ROOT / "fixtures" / "articles") -> list[Path]:
    fixtures = sorted(originals.glob("*.txt"))
    if not fixtures:
        raise SystemExit(f"{originals}: no .txt articles to build the corpus from")
    sources = [f.read_text(encoding="utf-8") for f in fixtures]
    people = sorted({m.name for r in library.references for m in r.show.cast}, key=len, reverse=True)
    seen: set[str] = set()
    paths = []
    for i in range(count):
        rng = random.Random(i)
        text = perturbed(sources[i % len(sources)], people, rng)
        for _ in range(MAX_TRIES):
            if hashlib.sha256(text.encode()).hexdigest() not in seen:
                break
            text = perturbed(text, people, rng)
        else:  # an article with few people and dates has few variants: number it
            text += f"\n\nArticle {i}."
        seen.add(hashlib.sha256(text.encode()).hexdigest())
        path = folder / f"part-{i // PART:02d}" / f"{i:05d}-{fixtures[i % len(fixtures)].name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bare(checker: Checker, paths: list[Path], processes: int) -> float:
    """Seconds for spaCy alone to read and parse every file."""
    start = time.perf_counter()
    texts = (read_article(p).text for p in paths)
    for _ in checker.nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - start


def rumorcheck(checker: Checker, paths: list[Path], processes: int, out: Path) -> float:
    """Seconds for a rumorcheck batch over every file, streaming results to ``out``."""
    start = time.perf_counter()
    log = ResultLog(out)
    with workers(checker.check_files, processes) as pool:
        outcome = check_batch(pool, paths, log, keep=False)
    log.close()
    assert outcome.totals.articles == len(paths)
    if outcome.totals.unreadable:  # a corpus of your own may hold shows the references lack
        print(f"  ({outcome.totals.unreadable} of {len(paths)} articles could not be checked)")
    return time.perf_counter() - start


def _finished(returncode: int, folder: Path, out: Path) -> bool:
    """The run checked every article: exit 0 or 1, or 2 (some articles are of shows the references
    lack) with one result line per article."""
    if returncode in (0, 1):
        return True
    articles = sum(1 for p in folder.rglob("*") if p.is_file())
    return returncode == 2 and out.is_file() and sum(1 for _ in out.open(encoding="utf-8")) == articles


def peak_rss_mib(folder: Path, model: str, out: Path, references: Path | None, ignore: list[str]) -> float:
    """Peak resident memory of one CLI run over ``folder`` (one process)."""
    command = [sys.executable, "-m", "rumorcheck", "check", str(folder), "--format", "jsonl", "--output", str(out),
               "--jobs", "1", "--quiet", "--model", model, *(["--reference", str(references)] if references else []),
               *(f"--ignore={rule}" for rule in ignore)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if not _finished(process.returncode, folder, out):
        raise SystemExit(f"rumorcheck failed on {folder} (exit {process.returncode}): {process.stderr.read().decode()}")
    return usage.ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rss", type=int, nargs=2, default=[1000, 10000], metavar=("SMALL", "LARGE"),
                        help="article counts for the memory runs (the corpus has max(--articles, LARGE))")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--corpus", type=Path, default=ROOT / "fixtures" / "articles",
                        help="folder of .txt articles the corpus is made from (default: the fixtures)")
    parser.add_argument("--reference", type=Path, default=None,
                        help="folder of the references of those articles (default: the bundled ones)")
    parser.add_argument("--ignore", nargs="*", default=[], metavar="RULE",
                        help="rule ids or prefixes to leave out, as with 'rumorcheck check --ignore'")
    args = parser.parse_args()

    library = Library.load(args.reference) if args.reference else Library.load()
    checker = Checker(library, model=args.model, selection=RuleSelection(ignore=tuple(args.ignore)))
    checker.nlp
    with tempfile.TemporaryDirectory(prefix="rumorcheck-bench-") as tmp:
        folder = Path(tmp, "corpus")
        paths = write_corpus(folder, max(args.articles, *args.rss), library, args.corpus)
        sample = paths[:args.articles]
        words = sum(len(read_article(p).text.split()) for p in sample)
        print(f"corpus: {len(paths)} distinct articles; throughput sample {len(sample)} articles, {words:,} words; "
              f"model {args.model}; {args.repeat} runs each, medians")
        checker.check_files(sample[:32])  # warm up: first parses, name caches
        rates = {}
        for processes in (1, 2):
            times = {"bare nlp.pipe": [], "rumorcheck": []}
            for _ in range(args.repeat):
                times["bare nlp.pipe"].append(bare(checker, sample, processes))
                times["rumorcheck"].append(rumorcheck(checker, sample, processes, Path(tmp, "results.jsonl")))
            for name, runs in times.items():
                seconds = statistics.median(runs)
                rates[name, processes] = len(sample) / seconds
                print(f"{name:14} {processes} proc: {len(sample) / seconds:7.1f} articles/s  "
                      f"{words / seconds:9,.0f} words/s  (median {seconds:.1f} s of {', '.join(f'{t:.1f}' for t in runs)})")
            ratio = rates["rumorcheck", processes] / rates["bare nlp.pipe", processes]
            print(f"ratio rumorcheck / bare at {processes} proc: {ratio:.2f}  (target >= 0.80)")
        for name in ("bare nlp.pipe", "rumorcheck"):
            print(f"{name}: 2 processes / 1 = {rates[name, 2] / rates[name, 1]:.2f}x  (target >= 1.60x for rumorcheck)")

        small, large = args.rss
        small_folder = Path(tmp, "small")
        small_folder.mkdir()
        for path in paths[:small]:
            (small_folder / path.name).symlink_to(path)
        rss_small = peak_rss_mib(small_folder, args.model, Path(tmp, "small.jsonl"), args.reference, args.ignore)
        rss_large = peak_rss_mib(folder, args.model, Path(tmp, "large.jsonl"), args.reference, args.ignore)  # the whole corpus
        print(f"peak RSS, 1 process: {small:,} articles {rss_small:.0f} MiB; {len(paths):,} articles {rss_large:.0f} MiB; "
              f"ratio {rss_large / rss_small:.3f}  (target <= 1.10)")


if __name__ == "__main__":
    main()
