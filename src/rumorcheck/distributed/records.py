"""Dataset rows in, result records out: what each Ray worker does with a batch of articles.

Nothing here imports Ray: a batch is a ``pyarrow.Table`` of article rows, and the same function
that ``--jobs`` workers use finds the article at fault when something inside rumorcheck fails.

An article row has a ``path`` (a file path, or the record's ``path`` or ``id``) and either no
``text`` column (the article is the file at ``path``, read by the worker) or its ``text`` (a
string, or bytes decoded as a file's would be). A row whose ``problem`` is set could not be read
as an article (a malformed JSON line, an unreadable folder): it becomes an error result as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator

import pyarrow as pa

from ..checker import Checker
from ..errors import RumorcheckError
from ..findings import ArticleResult
from ..render.json import result_line
from ..text import ArticleText, article_from_bytes
from ..workers import check_safely

ROW_SCHEMA = pa.schema([("path", pa.string()), ("text", pa.string()), ("problem", pa.string())])
RESULT_COLUMNS = ("path", "record")  # record: the result's line as `--format jsonl` writes it


@dataclass(frozen=True)
class Record:
    """One article of a batch: where it comes from and, unless it is a file, its content."""

    path: str
    content: str | bytes | None = None  # None: the article is the file at ``path``
    problem: str | None = None  # set: the error result this row stands for

    def source(self, checker: Checker) -> ArticleText | ArticleResult:
        """The article, read as a file's content is read, or the error result of one that cannot be."""
        if self.problem is not None:
            return ArticleResult(path=self.path, error=self.problem)
        if self.content is None:
            return checker.read(self.path)
        raw = self.content.encode("utf-8") if isinstance(self.content, str) else self.content
        try:
            return article_from_bytes(self.path, raw, checker.max_bytes)
        except RumorcheckError as exc:
            return ArticleResult(path=self.path, error=str(exc))


def records_of(batch: pa.Table) -> list[Record]:
    """A batch's rows as records; rows of a dataset without a ``text`` column are files."""
    has_text = "text" in batch.column_names
    records = []
    for row in batch.to_pylist():
        path = str(row["path"]) if row["path"] is not None else "(a record without path or id)"
        if row.get("problem"):
            records.append(Record(path, problem=row["problem"]))
        elif has_text and row["text"] is None:
            records.append(Record(path, problem=f"{path}: the record has no text"))
        else:
            records.append(Record(path, row["text"] if has_text else None))
    return records


def jsonl_records(data: bytes, file: str) -> Iterator[Record]:
    """The articles of a JSON Lines file: one object a line with ``text`` and ``path`` or ``id``.

    Lines are split at ``\\n`` only (JSON text may hold U+2028 and other line separators raw); a
    line that is not such an object is an error record named ``FILE:LINE``.
    """
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.strip():
            yield _jsonl_record(line, f"{file}:{number}")


def _jsonl_record(line: bytes, where: str) -> Record:
    try:
        value = json.loads(line)
    except ValueError as exc:  # also UnicodeDecodeError
        return Record(where, problem=f"{where}: not a JSON object ({exc})")
    if not isinstance(value, dict):
        return Record(where, problem=f"{where}: not a JSON object (a {type(value).__name__})")
    name = value.get("path", value.get("id"))
    path = where if name is None else str(name)
    text = value.get("text")
    if not isinstance(text, str):
        return Record(path, problem=f"{where}: no \"text\" string in this record")
    return Record(path, text)


def rows_table(records: list[Record]) -> pa.Table:
    """Records as a block of article rows (file records are not made here: they need no text)."""
    return pa.Table.from_pylist(
        [{"path": r.path, "text": r.content, "problem": r.problem} for r in records], schema=ROW_SCHEMA)


class CheckArticles:
    """A Ray Data ``map_batches`` callable class: one checker per worker, built once.

    Ray creates one instance per worker (actor) with the checker the job was started with; the
    model and the library's indexes load here, once, as a ``--jobs`` worker loads them. Each batch
    gives one result record per article, in the batch's order.
    """

    def __init__(self, checker: Checker):
        self.checker = checker
        checker.nlp  # load the model before the first batch arrives

    def __call__(self, batch: pa.Table) -> pa.Table:
        results = check_safely(self._check, records_of(batch))
        return pa.table({"path": [r.path for r in results], "record": [result_line(r) for r in results]})

    def _check(self, records: list[Record]) -> list[ArticleResult]:
        return self.checker.check_sources([record.source(self.checker) for record in records])
