"""Reading articles: encodings, bad and special files, boilerplate lines, line/column positions."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

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


@pytest.mark.parametrize("line", ["Previous articleIs Other Show Season 3 Set In A Real Town?",
                                  "Next Post: Other Show Season 2 Cast", "You May Also Like", "Trending Now"])
def test_links_to_the_sites_other_pages_are_boilerplate(line):
    text = f"Real sentence about Kang Tae-oh.\n{line}\nPrevious articles said the show would return.\n"
    assert [text[a:b] for a, b in boilerplate_ranges(text)] == [line]


def test_line_index():
    index = LineIndex("ab\ncd\n\nef")
    assert index.locate(0) == (1, 1)
    assert index.locate(4) == (2, 2)
    assert index.locate(7) == (4, 1)


def test_size_limit_names_the_option_the_check_command_has(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(ArticleReadError, match=r"over the 100-byte limit \(--max-bytes\)"):
        read_article(path, max_bytes=100)


def test_repeated_byline_marks_both_lines_even_with_blank_lines_between():
    text = "Kim Lee\n\n\nKim Lee\nKim Lee stars in the second series."
    assert boilerplate_ranges(text) == [(0, 7), (10, 17)]


def read_in_child(path) -> subprocess.CompletedProcess:
    """``read_article(path)`` in a child process held to 1 GB and 60 s, so that a regression
    reading a pipe or a device cannot hang the test run or swamp the machine."""
    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    code = ("import sys\nfrom rumorcheck.errors import RumorcheckError\nfrom rumorcheck.text import read_article\n"
            "try:\n    read_article(sys.argv[1])\nexcept RumorcheckError as error:\n    print(error)\n")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60,
                          preexec_fn=limit_memory)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    child = read_in_child(tmp_path / "x.txt")
    assert child.stdout == f"{tmp_path / 'x.txt'}: is a named pipe (FIFO), not a regular file\n", child.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_a_device_is_refused_before_reading(tmp_path):
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    child = read_in_child(tmp_path / "zero.txt")
    assert child.stdout == f"{tmp_path / 'zero.txt'}: is a device, not a regular file\n", child.stderr


def test_a_file_growing_past_the_limit_is_cut_off_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text("word " * 10)
    real_fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:])))
    with pytest.raises(ArticleReadError, match="grew past the 20-byte limit"):
        read_article(path, max_bytes=20)
