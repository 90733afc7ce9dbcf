"""The HTML report in a real headless browser (Debian's chromium; .ci/run installs it).

The report of the fixture articles is opened as a person would open it: the highlights of the
findings must be there with their text, the script and onerror payloads written into an article
must not have run, and screenshots (desktop and phone width) are saved.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from .conftest import FIXTURES

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str:
    found = os.environ.get("RUMORCHECK_BROWSER") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no headless browser: .ci/run installs Debian's chromium")
        pytest.skip("no chromium installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="session")
def chromium() -> str:
    """The browser, looked up before anything else a browser test needs: without one the test is
    skipped (failed in CI), whatever else would have gone wrong first."""
    return browser()


def headless(*args: str) -> subprocess.CompletedProcess:
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--virtual-time-budget=3000", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def rumorcheck(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rumorcheck", *map(str, args)], capture_output=True, text=True)


def article_of(dom, name: str):
    (article,) = [a for a in dom.xpath("//article") if a.xpath("string(h2)").endswith("/" + name)]
    return article


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    where = tmp_path_factory.mktemp("report")
    articles = FIXTURES / "articles"
    made = rumorcheck("check", articles, "--format", "html", "--output", where / "report.html", "--quiet")
    assert made.returncode in (0, 1), made.stderr
    saved = rumorcheck("check", articles, "--format", "jsonl", "--output", where / "results.jsonl", "--quiet")
    assert saved.returncode in (0, 1), saved.stderr
    results = [json.loads(line) for line in (where / "results.jsonl").read_text().splitlines()]
    return where / "report.html", results


@pytest.mark.slow
def test_report_command_makes_the_same_page_from_saved_results(report, tmp_path):
    page, _ = report
    again = rumorcheck("report", page.parent / "results.jsonl", "--format", "html", "--output", tmp_path / "again.html")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.html").read_text() == page.read_text()


@pytest.mark.slow
def test_browser_shows_every_finding_highlighted_and_runs_no_article_script(chromium, report):
    page, results = report
    dom = lxml_html.fromstring(headless("--dump-dom", page.as_uri()).stdout)
    body = dom.find("body")
    assert body.get("data-pwned") is None, "a script from an article ran"
    assert not dom.xpath("//script | //img | //*[@onerror]")

    by_path = {a.xpath("string(h2)"): a for a in dom.xpath("//article")}
    checked = [r for r in results if r["findings"] and not r["error"]]
    assert checked, "the fixtures have findings"
    for result in checked:
        article = by_path[result["path"]]
        notes = article.xpath('.//ol[@class="findings"]/li')
        shown = sorted((n.get("data-rule"), n.get("data-span")) for n in notes)
        assert shown == sorted((f["rule"], f["span"]["text"]) for f in result["findings"]), result["path"]
        for number, note in enumerate(notes, 1):
            marks = article.xpath(f'.//mark[contains(concat(" ", @data-findings, " "), " {number} ")]')
            assert "".join(m.text_content() for m in marks) == note.get("data-span"), (result["path"], number)


@pytest.mark.slow
def test_known_findings_and_escaped_payloads_are_on_the_page(chromium, report):
    page, _ = report
    dom = lxml_html.fromstring(headless("--dump-dom", page.as_uri()).stdout)
    webpage = article_of(dom, "innocent-defendant-webpage.html")
    network = webpage.xpath('.//mark[contains(@class, "c-network") and contains(@class, "s-error")]')
    assert [m.text_content() for m in network] == ["tvN"]
    text = webpage.xpath('string(.//div[@class="text"])')
    assert '<script>document.body.setAttribute("data-pwned", "script")</script>' in text
    assert "onerror=" in text
    seed = article_of(dom, "000_ca4b3726235be3cf.txt")
    cast_errors = seed.xpath('.//mark[contains(@class, "c-cast") and contains(@class, "s-error")]')
    assert "Xiumin (Lee Sung Gyu)" in [m.text_content() for m in cast_errors]


@pytest.mark.slow
@pytest.mark.parametrize("name,size", [("desktop", "1280,4800"), ("phone", "390,2400")])
def test_screenshot(chromium, report, name, size):
    page, _ = report
    folder = os.environ.get("RUMORCHECK_SCREENSHOTS")
    target = (Path(folder) if folder else page.parent) / f"report-{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    headless(f"--window-size={size}", f"--screenshot={target}", page.as_uri())
    png = target.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000, "an empty or blank screenshot"
    print(f"screenshot: {target}")
