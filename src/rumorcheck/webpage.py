"""The main article text of a saved web page, found by trafilatura.

Scraped pages wrap a few paragraphs of article in menus, sidebars, comments and scripts. Finding
the article is trafilatura's job; rumorcheck takes its structured (XML) output and lays it out as
plain text the way its text articles are: the headline first, one block per paragraph with a blank
line between blocks, list items one per line. Line and column numbers in findings refer to this
text, which ``rumorcheck`` can reproduce from the same page at any time.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ArticleReadError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_BLOCKS = {"head", "p", "quote", "list", "table", "code"}


def is_html(path: Path | str) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES


def main_text(markup: str, path: Path | str = "<html>") -> str:
    """The article's text; :class:`ArticleReadError` when the page holds none."""
    from lxml import etree

    xml = _extract(markup, path)
    if not xml:
        raise ArticleReadError(path, "no article text found in this HTML page")
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as exc:
        raise ArticleReadError(path, f"cannot read this HTML page (its article is not well-formed: {exc})") from None
    blocks = [text for element in root.iter(*_BLOCKS) if _outermost(element) and (text := _block(element))]
    title = _words(root.get("title") or "")
    if title and not (blocks and _words(blocks[0]).casefold() == title.casefold()):
        blocks.insert(0, title)
    if not blocks:
        raise ArticleReadError(path, "no article text found in this HTML page")
    return "\n\n".join(blocks) + "\n"


def _extract(markup: str, path: Path | str) -> str | None:
    """trafilatura's XML of the article. Malformed pages can trip the page readers it uses (lxml
    asserts on an ``<html>`` inside an ``<svg>`` while the date is looked for): the article is
    then taken without the page's metadata, and if that fails too the page is unreadable."""
    import trafilatura  # imported here: plain-text batches never pay for it

    options = dict(output_format="xml", include_comments=False, include_tables=True, favor_recall=True,
                   deduplicate=False)
    try:
        return trafilatura.extract(markup, with_metadata=True, **options)
    except Exception:  # noqa: BLE001 - any failure in there is this page's problem, retried without metadata
        pass
    try:
        return trafilatura.extract(markup, with_metadata=False, **options)
    except Exception as exc:  # noqa: BLE001
        raise ArticleReadError(path, f"cannot read this HTML page (the page reader failed: {type(exc).__name__})") from None


def _outermost(element) -> bool:
    """A block inside another block (a list in a table cell) is laid out by its container."""
    return not any(parent.tag in _BLOCKS for parent in element.iterancestors())


def _block(element) -> str:
    if element.tag == "list":
        return "\n".join(f"- {_words(''.join(item.itertext()))}" for item in element.iter("item"))
    if element.tag == "table":
        rows = (" | ".join(_words("".join(cell.itertext())) for cell in row.iter("cell"))
                for row in element.iter("row"))
        return "\n".join(row for row in rows if row.strip(" |"))
    return _words("".join(element.itertext()))


def _words(text: str) -> str:
    return " ".join(text.split())
