"""The engine: read an article, parse it once, run every check, collect one result."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language

from .article import Article
from .checks import ALL_CHECKS, Context
from .errors import RumorcheckError
from .findings import ArticleResult, Finding, ReferenceChoice, Verdict
from .library import Library
from .nlp import DEFAULT_MODEL, cached_pipeline
from .reference import Reference
from .rules import RuleSelection
from .text import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, ArticleText, read_article


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

    @property
    def nlp(self) -> Language:
        return cached_pipeline(self.library.name_patterns, self.model)

    def check_file(self, path: Path | str) -> ArticleResult:
        """Check one file; a file that cannot be read gives a result with ``error`` set."""
        try:
            source = read_article(path, self.max_bytes)
        except RumorcheckError as exc:
            return ArticleResult(path=str(path), error=str(exc))
        return self.check_source(source)

    def check_source(self, source: ArticleText, reference: Reference | None = None) -> ArticleResult:
        article = Article.build(source, self.nlp)
        result = ArticleResult(path=source.path, sha256=source.sha256, encoding=source.encoding)
        choice = self._choose(article, reference)
        if choice is None:
            result.error = f"{source.path}: cannot tell which show the article is about; pass --reference"
            return result
        reference, result.reference = choice
        findings, verdicts = run_checks(article, reference, self.library, self.selection)
        result.findings = findings
        result.claims = {v.value: verdicts.get(v, 0) for v in Verdict}
        return result

    def check_text(self, text: str, path: str = "<text>") -> ArticleResult:
        import hashlib

        source = ArticleText(path, text, "utf-8", hashlib.sha256(text.encode("utf-8")).hexdigest())
        return self.check_source(source)

    def _choose(self, article: Article, reference: Reference | None) -> tuple[Reference, ReferenceChoice] | None:
        if reference is not None:
            return reference, ReferenceChoice(reference.id, reference.title, "given", 1.0, str(reference.path))
        if self.reference_id:
            ref = self.library.get(self.reference_id)
            return ref, ReferenceChoice(ref.id, ref.title, "given", 1.0, str(ref.path))
        headline = article.claims.headline.text if article.claims.headline else ""
        found = self.library.identify(headline, article.text)
        if found is None:
            return None
        ref, score = found
        how = "only reference" if len(self.library.references) == 1 else "identified"
        return ref, ReferenceChoice(ref.id, ref.title, how, round(score, 3), str(ref.path))


def run_checks(article: Article, reference: Reference, library: Library,
               selection: RuleSelection) -> tuple[list[Finding], Counter]:
    ctx = Context(article, reference, library.resolver(reference))
    findings: list[Finding] = []
    verdicts: Counter = Counter()
    for check in ALL_CHECKS:
        for judgement in check(ctx):
            verdicts[judgement.verdict] += 1
            if judgement.finding is not None and selection.allows(judgement.finding.rule):
                findings.append(judgement.finding)
    return sorted(findings, key=Finding.sort_key), verdicts


def iter_article_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files as given, and for folders every article file below them, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield path
