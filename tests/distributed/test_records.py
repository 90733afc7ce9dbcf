"""Dataset rows to result records, as each Ray worker turns them (no Ray, no model)."""

from __future__ import annotations

import hashlib
import json

import pytest

from rumorcheck.checker import Checker
from rumorcheck.findings import ArticleResult
from rumorcheck.library import Library
from rumorcheck.render.json import result_line
from rumorcheck.text import read_article

from .conftest import needed

pa = needed("pyarrow")

from rumorcheck.distributed.records import CheckArticles, Record, jsonl_records, records_of  # noqa: E402

ARTICLE = "Harbour Lights Season 2: release date and cast\n\nMara Quinn returns as the lighthouse keeper.\n"


@pytest.fixture
def checker(harbour_reference):
    return Checker(Library([harbour_reference]))  # the model is never loaded here


def test_jsonl_lines_become_records_and_bad_lines_error_records():
    lines = [
        json.dumps({"path": "news/a.txt", "text": "one\u2028still one", "lang": "en"}, ensure_ascii=False),
        "",
        json.dumps({"id": 42, "text": "two"}),
        json.dumps({"text": "three"}),
        '{"path": "broken.txt", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"path": "no-text.txt", "body": "four"}),
        json.dumps({"path": "number.txt", "text": 5}),
    ]
    data = "\n".join(lines).encode("utf-8") + b"\n\xff\xfe\n"
    records = list(jsonl_records(data, "dump.jsonl"))
    assert records[:3] == [Record("news/a.txt", "one\u2028still one"), Record("42", "two"),
                           Record("dump.jsonl:4", "three")]
    problems = {r.path: r.problem for r in records[3:]}
    assert list(problems) == ["dump.jsonl:5", "dump.jsonl:6", "no-text.txt", "number.txt", "dump.jsonl:9"]
    assert problems["dump.jsonl:5"].startswith("dump.jsonl:5: not a JSON object (Unterminated string")
    assert problems["dump.jsonl:6"] == "dump.jsonl:6: not a JSON object (a list)"
    assert problems["no-text.txt"] == 'dump.jsonl:7: no "text" string in this record'
    assert problems["number.txt"] == 'dump.jsonl:8: no "text" string in this record'
    assert all("\n" not in p for p in problems.values())


def test_rows_without_a_text_column_are_files_and_a_missing_text_is_an_error():
    files = pa.table({"path": ["a.txt", "gone/"], "problem": [None, "gone/: cannot read folder (denied)"]})
    assert records_of(files) == [Record("a.txt"), Record("gone/", problem="gone/: cannot read folder (denied)")]
    texts = pa.table({"path": ["a", None, "c"], "text": ["x", "y", None]})
    assert records_of(texts) == [Record("a", "x"), Record("(a record without path or id)", "y"),
                                 Record("c", problem="c: the record has no text")]


def test_a_record_is_read_as_the_same_file_would_be(checker, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    from_record = Record(str(path), ARTICLE).source(checker)
    assert from_record == read_article(path)
    assert from_record.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert Record(str(path)).source(checker) == read_article(path)  # a file record: read by the worker
    legacy = Record("old.txt", "Jiménez".encode("cp1252")).source(checker)
    assert (legacy.text, legacy.encoding) == ("Jiménez", "cp1252")


def test_a_record_that_is_no_article_is_an_error_result(checker):
    assert Record("blank.txt", "  \n").source(checker) == ArticleResult(path="blank.txt", error="blank.txt: file is empty")
    binary = Record("x.bin", b"\x00\x01" * 50).source(checker)
    assert "binary file" in binary.error
    assert Record("gone", problem="gone: no such file").source(checker).error == "gone: no such file"


class FakeChecker:
    """A checker without a model: one result per article, and a failure on a poisoned one."""

    max_bytes = 1 << 20
    nlp = None

    def read(self, path):
        raise AssertionError("records with text are never read from files")

    def check_sources(self, sources):
        if any("POISON" in getattr(s, "text", "") for s in sources):
            raise RuntimeError("poisoned")
        return [s if isinstance(s, ArticleResult) else ArticleResult(path=s.path, sha256=s.sha256) for s in sources]


def test_a_batch_gives_one_record_per_article_in_order_and_a_poisoned_article_its_error():
    batch = pa.table({"path": ["a", "b", "c", "d"], "text": ["fine", "POISON here", "", "also fine"]})
    out = CheckArticles(FakeChecker())(batch)
    assert out.column_names == ["path", "record"]
    assert out.column("path").to_pylist() == ["a", "b", "c", "d"]
    records = [json.loads(line) for line in out.column("record").to_pylist()]
    assert [bool(r["error"]) for r in records] == [False, True, True, False]
    assert records[1]["error"].startswith("b: internal error (RuntimeError: poisoned")
    assert records[2]["error"] == "c: file is empty"
    fine = ArticleResult(path="a", sha256=hashlib.sha256(b"fine").hexdigest())
    assert out.column("record").to_pylist()[0] == result_line(fine)  # the --format jsonl line


def test_a_used_checker_travels_to_workers_as_an_unused_copy(checker, harbour_reference):
    import pickle

    checker.library.resolver(harbour_reference)  # a per-show cache, built while checking
    with pytest.raises(pickle.PicklingError):
        pickle.dumps(checker)
    shipped = pickle.loads(pickle.dumps(checker.unused()))
    assert shipped.library.resolvers == {} and checker.library.resolvers
    assert [r.id for r in shipped.library.references] == [harbour_reference.id]
    assert (shipped.model, shipped.selection, shipped.max_bytes) == (checker.model, checker.selection, checker.max_bytes)
