"""Web pages: the article text is found among the page's furniture and laid out as plain text."""

from __future__ import annotations

import pytest

from rumorcheck.batch import walk
from rumorcheck.errors import ArticleReadError
from rumorcheck.text import read_article
from rumorcheck.webpage import main_text

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour Lights Season 2: Everything We Know | Telly Gossip</title>
<script>var tracking = "Harbour Lights aired on Netflix";</script></head>
<body><nav><a href="/">Home</a> <a href="/tv">Television news and reviews</a></nav>
<article>
<h1>Harbour Lights Season 2: Everything We Know</h1>
<p>Harbour Lights aired on KBS2 from March 2021 and ran for sixteen episodes in total.</p>
<h2>Cast</h2>
<ul><li>Mina Cole as Ada Quinn</li><li>Tomas Reyes as Jonah Pike</li></ul>
<p>The story follows a harbour master who finds a body in the shipping lanes &lt;b&gt;at dawn&lt;/b&gt;.</p>
</article>
<div class="comments"><p>Great show, I think Tomas Reyes played Ada Quinn.</p></div>
<footer>Copyright Telly Gossip. All rights reserved.</footer>
</body></html>"""


def test_main_text_keeps_the_article_and_drops_the_page():
    text = main_text(PAGE)
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "Harbour Lights Season 2: Everything We Know"
    assert "- Mina Cole as Ada Quinn\n- Tomas Reyes as Jonah Pike" in blocks
    assert "Harbour Lights aired on KBS2 from March 2021 and ran for sixteen episodes in total." in blocks
    assert "<b>at dawn</b>" in text  # escaped markup in the page is text, kept as written
    for furniture in ("tracking", "Television news", "Great show", "Copyright"):
        assert furniture not in text


def test_title_is_the_headline_when_the_page_has_no_heading():
    page = PAGE.replace("<h1>Harbour Lights Season 2: Everything We Know</h1>", "")
    assert main_text(page).startswith("Harbour Lights Season 2: Everything We Know\n\n")


@pytest.mark.parametrize("page", [
    "<html><body></body></html>", "<html><body><nav>Home</nav></body></html>",
    "<svg><html>", "<html><body><svg><html></svg></body></html>",  # these trip lxml inside trafilatura
])
def test_page_without_article_is_an_error_naming_the_file(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page)
    with pytest.raises(ArticleReadError, match=r"empty\.html: no article text found"):
        read_article(path)


def test_html_files_are_read_through_the_extractor_and_walked(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    (tmp_path / "page.htm").write_text(PAGE)
    (tmp_path / "style.css").write_text("body {}")
    source = read_article(tmp_path / "page.html")
    assert source.source_format == "html"
    assert "<" not in source.text.replace("<b>at dawn</b>", "")
    assert sorted(p.name for p in walk([tmp_path])) == ["page.htm", "page.html"]


@pytest.mark.slow
def test_findings_point_into_the_extracted_text(tmp_path, harbour_checker):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("KBS2", "Netflix"))
    result = harbour_checker.check_file(path)
    (finding,) = [f for f in result.findings if f.rule == "network/wrong-network"]
    text = read_article(path).text
    assert text[finding.span.start:finding.span.end] == "Netflix"
    assert text.splitlines()[finding.span.line - 1][finding.span.column - 1:].startswith("Netflix")
    assert result.source_format == "html"


def test_an_article_after_markup_that_trips_the_date_finder_is_still_read():
    page = PAGE.replace("<article>", "<svg><html></svg><article>")
    assert "Harbour Lights aired on KBS2 from March 2021" in main_text(page)


def test_a_checker_gives_a_page_that_trips_the_reader_an_error_result(tmp_path):
    from rumorcheck.checker import Checker
    from rumorcheck.library import Library

    path = tmp_path / "odd.html"
    path.write_text("<svg><html>")
    result = Checker(Library([])).check_file(path)  # the file is read first: no model is loaded
    assert result.error == f"{path}: no article text found in this HTML page"
