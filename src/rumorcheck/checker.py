"""The engine: read an article, parse it once, run every check, collect one result."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from collections import Counter
from pathlib import Path
from typing import Iterator

from spacy.language import Language

from .article import Article, parse_story_sentences
from .analysis import analyse
from .analysis.identify import identify
from .checks import ALL_CHECKS, Context
from .errors import RumorcheckError
from .findings import ArticleResult, Finding, ReferenceChoice, Verdict
from .library import Library
from .nlp import CHUNK_CHARS, DEFAULT_MODEL, cached_pipeline, sentence_parser
from .reference import Reference
from .rules import RuleSelection
from .story import ShowStory, read_show_story
from .text import DEFAULT_MAX_BYTES, ArticleText, read_article


class Checker:
    """Checks articles against a library of references with one loaded pipeline.

    Build one and reuse it: the model and the name indexes are loaded once.
    """

    def __init__(self, library: Library, model: str = DEFAULT_MODEL, selection: RuleSelection | None = None,
                 reference_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
        self.library = library
        self.model = model
        self.selection = selection or RuleSelection()
        self.reference_id = reference_id
        self.max_bytes = max_bytes
        self._stories: dict[str, tuple[Reference, ShowStory]] = {}

    @property
    def nlp(self) -> Language:
        return cached_pipeline(self.library.name_patterns, self.model)

    def unused(self) -> "Checker":
        """A copy with these settings and none of what checking caches (name resolvers, stories):
        what is sent to a worker on another machine, which builds them again as it checks."""
        fresh = copy.copy(self)
        fresh.library = dataclasses.replace(self.library, resolvers={})
        fresh._stories = {}
        return fresh

    def check_file(self, path: Path | str) -> ArticleResult:
        """Check one file; a file that cannot be read gives a result with ``error`` set."""
        source = self.read(path)
        return source if isinstance(source, ArticleResult) else self.check_source(source)

    def read(self, path: Path | str) -> ArticleText | ArticleResult:
        """The article in a file, or the error result of a file that cannot be read."""
        try:
            return read_article(path, self.max_bytes)
        except RumorcheckError as exc:
            return ArticleResult(path=str(path), error=str(exc))

    def check_files(self, paths: list[Path]) -> list[ArticleResult]:
        """Check several files at once (see :meth:`check_sources`)."""
        return self.check_sources([self.read(path) for path in paths])

    def check_sources(self, sources: list[ArticleText | ArticleResult]) -> list[ArticleResult]:
        """Check several articles already read, in order; an :class:`ArticleResult` among them (an
        article that could not be read) is passed through. spaCy parses the articles as one batch
        (``nlp.pipe``), and the strings their parses add to the vocabulary are freed afterwards
        (``memory_zone``), so a long run does not grow."""
        results = {i: s for i, s in enumerate(sources) if isinstance(s, ArticleResult)}
        nlp = self.nlp
        with nlp.memory_zone():
            readable = [(i, s) for i, s in enumerate(sources) if i not in results]
            short = [(i, s) for i, s in readable if len(s.text) <= min(nlp.max_length, CHUNK_CHARS)]
            for batch in _batches(short, CHUNK_CHARS):
                docs = nlp.pipe((s.text for _, s in batch), batch_size=len(batch))
                articles = [(i, Article.from_doc(source, doc, sentence_parser(nlp))) for (i, source), doc in zip(batch, docs)]
                choices = [(i, article, self._choose(article, None)) for i, article in articles]
                for _, article, choice in choices:
                    self._focus(article, choice)
                parse_story_sentences([article for _, article, _ in choices])
                for i, article, choice in choices:
                    results[i] = self._result(article, choice)
            for i, source in readable:
                if i not in results:  # long: parsed in pieces
                    results[i] = self.check_source(source)
        return [results[i] for i in range(len(sources))]

    def check_source(self, source: ArticleText, reference: Reference | None = None) -> ArticleResult:
        return self.check_article(Article.build(source, self.nlp), reference)

    def check_article(self, article: Article, reference: Reference | None = None) -> ArticleResult:
        """Check an article already parsed (with this checker's pipeline)."""
        choice = self._choose(article, reference)
        self._focus(article, choice)
        return self._result(article, choice)

    def _focus(self, article: Article, choice: tuple[Reference, ReferenceChoice] | str) -> None:
        if not isinstance(choice, str):
            resolver = self.library.resolver(choice[0])
            article.focus(lambda name: resolver.resolve(name) is not None)

    def _result(self, article: Article, choice: tuple[Reference, ReferenceChoice] | str) -> ArticleResult:
        source = article.source
        result = ArticleResult(path=source.path, sha256=source.sha256, encoding=source.encoding,
                               source_format=source.source_format)
        if isinstance(choice, str):
            result.error = choice
            return result
        reference, result.reference = choice
        findings, verdicts = run_checks(article, reference, self.library, self.selection, self.story(reference))
        result.findings = findings
        result.claims = {v.value: verdicts.get(v, 0) for v in Verdict}
        return result

    def story(self, reference: Reference) -> ShowStory:
        """The reference's story facts, read once per reference with this checker's parser."""
        known = self._stories.get(reference.id)
        if known is None or known[0] is not reference:
            story = read_show_story(reference, self.library.resolver(reference), sentence_parser(self.nlp).parse)
            known = self._stories[reference.id] = (reference, story)
        return known[1]

    def check_text(self, text: str, path: str = "<text>", reference: Reference | None = None) -> ArticleResult:
        source = ArticleText(path, text, "utf-8", hashlib.sha256(text.encode("utf-8")).hexdigest())
        return self.check_source(source, reference)

    def _choose(self, article: Article, reference: Reference | None) -> tuple[Reference, ReferenceChoice] | str:
        """The reference to check against and why, or a one-line reason there is none."""
        if reference is None and self.reference_id:
            reference = self.library.get(self.reference_id)
        if reference is not None:
            return reference, ReferenceChoice(reference.id, reference.title, "given", 1.0, str(reference.path))
        if len(self.library.references) == 1:
            only = self.library.references[0]
            return only, ReferenceChoice(only.id, only.title, "only reference", 1.0, str(only.path))
        found = identify(article, self.library)
        if found.chosen is None and found.unknown_title:
            return (f"{article.source.path}: the article is about {found.unknown_title!r}, which is not in the "
                    f"library; closest: {found.closest()}; add its reference or pass --reference FILE")
        if found.chosen is None:
            return (f"{article.source.path}: cannot tell which show the article is about; closest: "
                    f"{found.closest()}; pass --reference FILE")
        chosen = found.chosen.reference
        return chosen, ReferenceChoice(
            chosen.id, chosen.title, "identified", found.confidence, str(chosen.path),
            reasons=list(found.chosen.reasons),
            candidates=[{"id": c.reference.id, "score": round(c.score, 2)} for c in found.candidates[:3]],
        )


def _batches(sources: list[tuple[int, ArticleText]], max_chars: int) -> Iterator[list[tuple[int, ArticleText]]]:
    """Consecutive groups of articles parsed together, each with at most ``max_chars`` characters
    of text (or a single article): the model's memory grows with the text of a batch."""
    batch: list[tuple[int, ArticleText]] = []
    size = 0
    for item in sources:
        if batch and size + len(item[1].text) > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[1].text)
    if batch:
        yield batch


def run_checks(article: Article, reference: Reference, library: Library,
               selection: RuleSelection, story: ShowStory | None = None) -> tuple[list[Finding], Counter]:
    ctx = Context(analyse(article, reference, library.resolver(reference), library, story))
    findings: list[Finding] = []
    verdicts: Counter = Counter()
    for check in ALL_CHECKS:
        for judgement in check(ctx):
            verdicts[judgement.verdict] += 1
            if judgement.finding is not None and selection.allows(judgement.finding.rule):
                findings.append(judgement.finding)
    return sorted(findings, key=Finding.sort_key), verdicts
