"""JSON (one document) and JSON Lines (one article a line) output, as documented in README.md ("JSON output")."""

from __future__ import annotations

import json
from typing import TextIO

from ..findings import SCHEMA_VERSION, ArticleResult


def render(results: list[ArticleResult], out: TextIO) -> None:
    document = {
        "schema_version": SCHEMA_VERSION,
        "results": [r.to_dict() for r in results],
    }
    out.write(dumps(document, indent=2) + "\n")


def result_line(result: ArticleResult) -> str:
    return dumps({"schema_version": SCHEMA_VERSION, **result.to_dict()})


def dumps(data: object, indent: int | None = None) -> str:
    """JSON text as it reads (UTF-8 characters as they are), unless it holds a file name that is
    not UTF-8: Python keeps such bytes as lone surrogates, which cannot be written as UTF-8, so the
    whole text is then written with \\u escapes; reading it back gives the same name."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent)
    return text


def render_lines(results: list[ArticleResult], out: TextIO) -> None:
    for result in results:
        out.write(result_line(result) + "\n")
