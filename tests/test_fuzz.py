"""Fuzzing the readers of user files: whatever the input, only rumorcheck's own errors come out.

The text reader, the web page reader, the reference loader and the reader of saved results (and
the reports made from what it accepts) get generated input: random bytes, markup soup, YAML and
JSON of the right shape with wrong types, truncated and corrupted. A result or a
:class:`RumorcheckError` (one line naming the file) is fine; any other exception is a bug.
Example counts are kept modest so the suite stays quick (RUMORCHECK_FUZZ_EXAMPLES=2000 for a
longer hunt); no model is loaded.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rumorcheck.batch import read_results
from rumorcheck.errors import RumorcheckError
from rumorcheck.findings import ArticleResult, Evidence, Finding, ReferenceChoice, Severity, TextSpan, Verdict
from rumorcheck.reference import load_reference
from rumorcheck.render import RENDERERS
from rumorcheck.text import decode, read_article

from .conftest import DATA

FUZZ = settings(max_examples=int(os.environ.get("RUMORCHECK_FUZZ_EXAMPLES", 80)), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """One folder for the whole module: each example overwrites the file it reads."""
    return tmp_path_factory.mktemp("fuzz")


def written(folder: Path, raw: bytes, name: str) -> Path:
    path = folder / name
    path.write_bytes(raw)
    return path


def only_our_errors(action) -> object | None:
    """The action's value, or None when it raised a one-line RumorcheckError."""
    try:
        return action()
    except RumorcheckError as error:
        assert "\n" not in str(error), str(error)
        return None


# --- the text reader -----------------------------------------------------------------------------

bom_or_not = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
text_bytes = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(bom_or_not, st.binary(max_size=200)).map(lambda p: p[0] + p[1]),
)


@FUZZ
@given(text_bytes)
def test_text_reader(scratch, raw):
    article = only_our_errors(lambda: read_article(written(scratch, raw, "a.txt")))
    if article is not None:
        assert article.text.strip() and "\r" not in article.text
        assert decode(raw)[0] == article.text


# --- the web page reader -------------------------------------------------------------------------

TAGS = ["html", "head", "body", "svg", "math", "article", "p", "div", "table", "tr", "td", "ul", "li", "h1",
        "script", "style", "title", "template", "iframe", "noscript", "main", "nav", "foreignObject"]
markup_piece = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(["<!DOCTYPE html>", "<?xml version='1.0' encoding='latin-1'?>", "<![CDATA[", "]]>",
                     "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&unknown;", '<meta charset="utf-16">',
                     "<p>Kim Lee plays Ivo Brandt in the second series of Tidewater, out next spring.</p>"]),
    st.text(max_size=40),
)
pages = st.lists(markup_piece, max_size=40).map("".join)


@FUZZ
@given(pages, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_web_page_reader(scratch, page, encoding):
    raw = page.encode(encoding, errors="replace")
    article = only_our_errors(lambda: read_article(written(scratch, raw, "page.html")))
    if article is not None:
        assert article.source_format == "html" and article.text.strip()


# --- the reference loader ------------------------------------------------------------------------

VALID_REFERENCE = yaml.safe_load((DATA / "tidewater.yaml").read_text(encoding="utf-8"))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=20), st.dates())
junk = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                         max_size=4), max_leaves=12)


def mutated(data, draw, odds: int = 20):
    """A valid record with, at any depth, about one value in ``odds`` swapped for junk, one dropped,
    and now and then an unknown field added."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            roll = draw(st.integers(0, odds - 1))
            if roll == 0:
                continue  # a field missing
            out[key] = draw(junk) if roll == 1 else mutated(value, draw, odds)
        if draw(st.integers(0, odds // 2)) == 0:
            out[draw(st.text(max_size=8))] = draw(junk)  # an unknown field
        return out
    if isinstance(data, list):
        return [draw(junk) if draw(st.integers(0, odds - 1)) == 0 else mutated(v, draw, odds) for v in data]
    return data


@st.composite
def reference_texts(draw):
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.text(max_size=300))  # anything at all
    odds = 1000 if kind == 1 else 20  # kind 1: mostly a valid reference, to get past the first check
    text = yaml.safe_dump(mutated(VALID_REFERENCE, draw, odds), allow_unicode=True, sort_keys=False)
    if kind == 2:  # torn or corrupted
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", "*alias", "&anchor x", ": :", "\t", "- [", "{", "!!python/object:os.system"]))
    return text


@FUZZ
@given(reference_texts())
def test_reference_loader(scratch, text):
    reference = only_our_errors(lambda: load_reference(written(scratch, text.encode("utf-8", "surrogatepass"), "show.yaml")))
    if reference is not None:
        assert reference.id and reference.title


# --- the results reader, and the reports made from what it accepts --------------------------------

GOOD = ArticleResult(
    path="tidewater-season-2.txt", sha256="0" * 64, encoding="utf-8",
    reference=ReferenceChoice("tidewater", "Tidewater", "identified", 0.9, "tidewater.yaml", ["title in headline"],
                              [{"id": "tidewater", "score": 0.9}]),
    claims={"supported": 3, "refuted": 1, "unverifiable": 0},
    findings=[Finding("cast/misattributed-role", Severity.ERROR, Verdict.REFUTED, "Ivo Brandt is played by Lena Marsh",
                      TextSpan(10, 30, 2, 5, "Kim Lee as Ivo Brandt"), "Kim Lee as Ivo Brandt",
                      "Lena Marsh as Ivo Brandt", Evidence("tidewater", "cast[0]", 12, "https://example.org/tidewater"))])


@st.composite
def results_lines(draw):
    record = mutated(json.loads(json.dumps(GOOD.to_dict())), draw, odds=80)  # mostly readable: reports get made
    line = json.dumps(record, default=str, ensure_ascii=draw(st.booleans()))
    if draw(st.integers(0, 4)) == 0:  # a torn or corrupted line
        cut = draw(st.integers(0, len(line)))
        line = line[:cut] + draw(st.sampled_from(["", "\n", "\x00", "]]]", "\u2028", '"\\ud800"']))
    return line


@FUZZ
@given(st.lists(results_lines(), min_size=1, max_size=3), st.binary(max_size=3))
def test_results_reader_and_reports(scratch, lines, tail):
    raw = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n" + tail
    results = only_our_errors(lambda: read_results(written(scratch, raw, "results.jsonl")))
    for render in RENDERERS.values() if results is not None else ():
        render(results, io.StringIO())
