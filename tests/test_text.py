"""Reading articles: encodings, bad files, boilerplate lines, line/column positions."""

from __future__ import annotations

import pytest

from rumorcheck.errors import ArticleReadError
from rumorcheck.text import LineIndex, boilerplate_ranges, read_article

TEXT = "Kang Tae-oh returns — café scene.\n"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-16-le", None), ("cp1252", "cp1252"),
])
def test_encodings(tmp_path, encoding, expected):
    path = tmp_path / "a.txt"
    raw = TEXT.encode(encoding)
    path.write_bytes(raw)
    if expected is None:  # UTF-16 without a byte-order mark cannot be told from binary
        with pytest.raises(ArticleReadError, match="binary"):
            read_article(path)
        return
    article = read_article(path)
    assert article.text == TEXT and article.encoding == expected


def test_latin1_without_cp1252_only_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Jiménez as Lorena Ortiz\n".encode("latin-1"))
    assert read_article(path).text.startswith("Jiménez")


@pytest.mark.parametrize("raw,problem", [
    (b"", "empty"), (b"\n\n  \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_unreadable_files(tmp_path, raw, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleReadError, match=problem) as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_missing_and_folder(tmp_path):
    with pytest.raises(ArticleReadError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleReadError, match="folder"):
        read_article(tmp_path)


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(ArticleReadError, match="limit"):
        read_article(path, max_bytes=100)


def test_crlf_is_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\r\ntwo\r\n")
    assert read_article(path).text == "one\ntwo\n"


def test_boilerplate_lines():
    text = ("Title\n\nJane Writer\nJane Writer\n\nReal sentence about Kang Tae-oh.\n- Advertisement -\n"
            "MUST READ|| Other Show Season 3 Release Date\nShare This Article\nBy Jane Writer\n")
    flagged = [text[a:b] for a, b in boilerplate_ranges(text)]
    assert flagged == ["Jane Writer", "Jane Writer", "- Advertisement -",
                       "MUST READ|| Other Show Season 3 Release Date", "Share This Article", "By Jane Writer"]


def test_line_index():
    index = LineIndex("ab\ncd\n\nef")
    assert index.locate(0) == (1, 1)
    assert index.locate(4) == (2, 2)
    assert index.locate(7) == (4, 1)
