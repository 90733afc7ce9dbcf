"""CPU time of each step of checking, in one process, against the NER pass it is measured by.

Wall-clock throughput (bench/throughput.py) moves with the load of a shared machine; CPU time of
one process moves much less, and split by step it shows where the time goes:

* ner: the model's pass (what bare ``nlp.pipe`` does);
* extract: sentences, names, credits, dates, counts, season mentions;
* identify: which show each article is about;
* select, parse, describe: the story step (sentences chosen, dependency-parsed, read);
* checks: the analysis stage and every check.

    python bench/steps.py [--articles 150] [--repeat 3] [--corpus DIR --reference DIR] [--ignore RULE ...]

Each step is timed over all the articles at once; the figure is the least of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from throughput import ROOT, write_corpus

from rumorcheck.article import Article, parse_story_sentences
from rumorcheck.checker import Checker
from rumorcheck.library import Library
from rumorcheck.nlp import sentence_parser
from rumorcheck.rules import RuleSelection
from rumorcheck.text import read_article


def timed_steps(checker: Checker, texts: list) -> dict[str, float]:
    nlp, parser, seconds = checker.nlp, sentence_parser(checker.nlp), {}

    def step(name, action):
        start = time.process_time()
        out = action()
        seconds[name] = time.process_time() - start
        return out

    docs = step("ner", lambda: list(nlp.pipe([s.text for s in texts], batch_size=16)))
    articles = step("extract", lambda: [Article.from_doc(s, d, parser) for s, d in zip(texts, docs)])
    choices = step("identify", lambda: [checker._choose(a, None) for a in articles])
    story = checker.reads_story
    step("select", lambda: [(checker._focus(a, c), a.story_segments) for a, c in zip(articles, choices)] if story else None)
    step("parse", lambda: parse_story_sentences(articles) if story else None)
    step("describe", lambda: [a.descriptions for a in articles] if story else None)
    step("checks", lambda: [checker._result(a, c) for a, c in zip(articles, choices)])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT / "fixtures" / "articles")
    parser.add_argument("--reference", type=Path, default=None)
    parser.add_argument("--ignore", nargs="*", default=[], metavar="RULE")
    args = parser.parse_args()

    library = Library.load(args.reference) if args.reference else Library.load()
    checker = Checker(library, selection=RuleSelection(ignore=tuple(args.ignore)))
    with tempfile.TemporaryDirectory(prefix="rumorcheck-steps-") as tmp:
        texts = [read_article(p) for p in write_corpus(Path(tmp), args.articles, library, args.corpus)]
    checker.check_sources(texts[:10])  # warm up: model, name indexes, the references' stories
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, seconds in timed_steps(checker, texts).items():
            best[name] = min(best.get(name, seconds), seconds)
    ner = best.pop("ner")
    beyond = sum(best.values())
    print(f"{len(texts)} articles from {args.corpus.name}; CPU seconds, least of {args.repeat} runs")
    print(f"ner {ner:.2f}  " + "  ".join(f"{name} {seconds:.2f}" for name, seconds in best.items()))
    print(f"beyond NER: {beyond:.2f} s = {beyond / ner:.0%} of it; ratio rumorcheck / bare NER {ner / (ner + beyond):.2f}")


if __name__ == "__main__":
    main()
