"""The HTML report without a browser: highlights cut at every finding's edge, escaping, fallbacks."""

from __future__ import annotations

import hashlib
import io

from lxml import html as lxml_html

from rumorcheck.findings import ArticleResult, Evidence, Finding, Severity, TextSpan, Verdict
from rumorcheck.render.html import pieces, render, web_link

TEXT = 'Intro. <img src=x onerror="alert(1)"> Ji Sung (Cha Min-ho) leads.\nIt aired on tvN.'


def at(text, needle, rule="cast/misattributed-role", severity=Severity.ERROR, source="https://example.org/src"):
    start = TEXT.index(needle) if text is TEXT else text.index(needle)
    return Finding(rule, severity, Verdict.REFUTED, f"{needle} is wrong", TextSpan(start, start + len(needle), 1, start + 1, needle),
                   needle, "the right one", Evidence("demo", "cast[0]", 3, source))


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def rendered(results, texts=lambda r: TEXT):
    out = io.StringIO()
    render(results, out, texts)
    return lxml_html.fromstring(out.getvalue())


def highlighted(page, anchor, number):
    """The text of every highlight piece that belongs to finding ``number``, joined."""
    marks = page.xpath(f'//article[@id="{anchor}"]//mark[contains(concat(" ", @data-findings, " "), " {number} ")]')
    return "".join(m.text_content() for m in marks)


def test_pieces_cover_the_text_once_and_split_at_nested_findings():
    outer = at(TEXT, "Ji Sung (Cha Min-ho)")
    inner = at(TEXT, "Cha Min-ho", "name/misspelled-name", Severity.WARNING)
    cut = pieces(TEXT, [outer, inner])
    assert "".join(p.text for p in cut) == TEXT
    assert [(p.text, p.findings) for p in cut if p.findings] == [("Ji Sung (", (1,)), ("Cha Min-ho", (1, 2)), (")", (1,))]
    assert [p.ends for p in cut if p.ends] == [(2,), (1,)]


def test_each_finding_is_highlighted_with_its_own_text_and_noted():
    findings = [at(TEXT, "Ji Sung (Cha Min-ho)"), at(TEXT, "tvN", "network/wrong-network")]
    page = rendered([ArticleResult("a.txt", sha(TEXT), findings=findings)])
    assert highlighted(page, "a1", 1) == "Ji Sung (Cha Min-ho)"
    assert highlighted(page, "a1", 2) == "tvN"
    notes = page.xpath('//article[@id="a1"]//ol[@class="findings"]/li')
    assert [n.get("data-rule") for n in notes] == ["cast/misattributed-role", "network/wrong-network"]
    assert page.xpath('//mark[contains(@class, "c-network") and contains(@class, "s-error")]')
    assert notes[0].xpath('.//a[text()="source"]/@href') == ["https://example.org/src"]


def test_article_markup_is_text_never_elements():
    page = rendered([ArticleResult("a.txt", sha(TEXT), findings=[at(TEXT, "tvN", "network/wrong-network")])])
    assert not page.xpath("//script | //img | //*[@onerror]")
    assert 'onerror="alert(1)"' in page.xpath('//div[@class="text"]')[0].text_content()
    policy = page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in policy and "script-src" not in policy


def test_unsafe_source_links_stay_text():
    assert web_link("javascript:alert(1)") is None and web_link("https://x.org/a") == "https://x.org/a"
    finding = at(TEXT, "tvN", "network/wrong-network", source="javascript:alert(1)")
    page = rendered([ArticleResult("a.txt", sha(TEXT), findings=[finding])])
    assert not page.xpath('//a[starts-with(@href, "javascript")]')


def test_changed_files_errors_and_clean_articles():
    results = [
        ArticleResult("gone.txt", "0" * 64, findings=[at(TEXT, "tvN", "network/wrong-network")]),
        ArticleResult("bad.txt", error="bad.txt: file is empty"),
        ArticleResult("fine.txt", sha(TEXT)),
    ]
    page = rendered(results, texts=lambda r: None)
    gone, bad = page.xpath("//article")
    assert "has changed since it was checked" in gone.text_content() and not gone.xpath(".//mark")
    assert gone.xpath('.//li[@data-rule="network/wrong-network"]')
    assert "bad.txt: file is empty" in bad.text_content()
    assert "fine.txt" in page.xpath('//nav[@id="articles"]')[0].text_content()
    assert [a.get("href") for a in page.xpath('//article[@id="a2"]//div[@class="pager"]/a')] == ["#top", "#a1"]
