"""Errors a user can cause read as one line, whatever the file they quote holds."""

from __future__ import annotations

import pytest

from rumorcheck.errors import ArticleReadError, InvalidReference, one_line


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028", "\x85", "\v"])
def test_a_line_break_quoted_from_a_file_is_written_as_an_escape(brk):
    error = InvalidReference("show.yaml", f"unknown field 'cast{brk}notes'", line=4)
    assert len(str(error).splitlines()) == 1
    assert "unknown field 'cast" in str(error) and "notes'" in str(error)


def test_an_unreadable_article_named_with_a_line_break_is_one_line():
    assert len(str(ArticleReadError("season\n2.txt", "empty file")).splitlines()) == 1


def test_text_without_line_breaks_is_left_as_it_is():
    assert one_line("Café — “Season 2”") == "Café — “Season 2”"
