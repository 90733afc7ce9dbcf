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
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def result_line(result: ArticleResult) -> str:
    return json.dumps({"schema_version": SCHEMA_VERSION, **result.to_dict()}, ensure_ascii=False)


def render_lines(results: list[ArticleResult], out: TextIO) -> None:
    for result in results:
        out.write(result_line(result) + "\n")
