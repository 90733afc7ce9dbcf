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
    import trafilatura  # imported here: plain-text batches never pay for it
    from lxml import etree

    xml = trafilatura.extract(markup, output_format="xml", with_metadata=True, include_comments=False,
                              include_tables=True, favor_recall=True, deduplicate=False)
    if not xml:
        raise ArticleReadError(path, "no article text found in this HTML page")
    root = etree.fromstring(xml.encode("utf-8"))
    blocks = [text for element in root.iter(*_BLOCKS) if _outermost(element) and (text := _block(element))]
    title = _words(root.get("title") or "")
    if title and not (blocks and _words(blocks[0]).casefold() == title.casefold()):
        blocks.insert(0, title)
    if not blocks:
        raise ArticleReadError(path, "no article text found in this HTML page")
    return "\n\n".join(blocks) + "\n"


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
