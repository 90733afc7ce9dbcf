"""rumorcheck: fact-check entertainment rumour articles against a canonical show reference.

    >>> from rumorcheck import Checker, Library
    >>> checker = Checker(Library.load("reference"))
    >>> result = checker.check_file("article.txt")
    >>> [f.rule for f in result.findings]
"""

from __future__ import annotations

__version__ = "0.1.0"

from .checker import Checker
from .errors import ArticleReadError, InvalidReference, RumorcheckError
from .findings import ArticleResult, Evidence, Finding, Severity, TextSpan, Verdict
from .library import Library
from .reference import Reference, load_reference


def check_text(text: str, reference: str | Reference | None = None, model: str | None = None) -> ArticleResult:
    """Check one article's text against ``reference``: a file or a loaded Reference (that show), a
    folder of references or None (the bundled library; the show is identified from the text)."""
    if isinstance(reference, Reference):
        library = Library([*(r for r in Library.load().references if r.id != reference.id), reference])
        reference_id = reference.id
    else:
        library, reference_id = Library.for_option(reference)
    checker = Checker(library, reference_id=reference_id, **({"model": model} if model else {}))
    return checker.check_text(text)


def check_paths(paths, reference: str | None = None, model: str | None = None) -> list[ArticleResult]:
    """Check article files and folders; unreadable files give results with ``error`` set."""
    from .batch import WalkError, walk

    library, reference_id = Library.for_option(reference)
    checker = Checker(library, reference_id=reference_id, **({"model": model} if model else {}))
    return [item.result() if isinstance(item, WalkError) else checker.check_file(item) for item in walk(paths)]


__all__ = [
    "ArticleReadError", "ArticleResult", "Checker", "Evidence", "Finding", "InvalidReference", "Library",
    "Reference", "RumorcheckError", "Severity", "TextSpan", "Verdict", "check_paths", "check_text",
    "load_reference",
]
