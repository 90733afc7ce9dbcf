"""A show's Wikipedia page, read into one structure whatever form it came in.

Two forms are read: the plain-text rendering (``= Title =``, an ``Infobox`` block of ``- Key:
Value`` lines, ``==Section==`` headings, ``- `` list lines) and raw MediaWiki wikitext, which
:mod:`.wikitext` turns into the same structure with a wikitext parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RumorcheckError


class PageError(RumorcheckError):
    """A page that cannot be imported: not a Wikipedia page, or not about a television show."""

    def __init__(self, path: Path | str, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")


@dataclass
class Item:
    """A list line, its indented sub-lines, and the text lines written right after it."""

    text: str
    children: list["Item"] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Section:
    path: tuple[str, ...]  # headings from the top: ("Cast", "Supporting", "Prosecutors")
    paragraphs: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)  # rows of cells

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class Page:
    title: str
    form: str  # "plain text" or "wikitext"
    infobox: dict[str, list[str]]  # key (lower case, spaces) -> values
    infobox_kind: str | None = None  # "television", "film"... when the page says
    lead: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    seasons: list[dict] = field(default_factory=list)  # from a series-overview template, if any
    skipped: list[str] = field(default_factory=list)  # lines no part of the structure holds

    def value(self, *keys: str) -> list[str]:
        for key in keys:
            if self.infobox.get(key):
                return self.infobox[key]
        return []

    def under(self, *titles: str) -> list[Section]:
        """Sections whose top heading is one of ``titles`` (case-insensitive), in page order."""
        wanted = {t.casefold() for t in titles}
        return [s for s in self.sections if s.path and s.path[0].casefold() in wanted]


_HEADING = re.compile(r"^(={2,6})\s*(.*?)\s*\1\s*$")
_TITLE = re.compile(r"^=\s*(.+?)\s*=\s*$")
_ITEM = re.compile(r"^(\s*)[-*]\s+(.*)$")


def infobox_key(key: str) -> str:
    return " ".join(key.replace("_", " ").split()).casefold()


def split_values(value: str) -> list[str]:
    """"A, B (x, y), C" -> ["A", "B (x, y)", "C"]: commas inside brackets do not split."""
    out, depth, current = [], 0, []
    for ch in value:
        depth += ch in "([" and 1 or (-1 if ch in ")]" else 0)
        if ch == "," and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [v.strip() for v in out if v.strip()]


def read_plain_text(text: str, path: Path | str) -> Page:
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    title = _TITLE.match(lines[first]) if first is not None else None
    if title is None or _HEADING.match(lines[first]):
        raise PageError(path, "not a Wikipedia page: expected '= Title =' on the first line, or wikitext")
    infobox, rest = _plain_infobox(lines[first + 1:])
    page = Page(title.group(1), "plain text", infobox)
    read_body(page, rest)
    return page


def _plain_infobox(lines: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    infobox: dict[str, list[str]] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip().casefold() == "infobox":
        i += 1
        while i < len(lines) and lines[i].strip():
            match = re.match(r"^\s*-\s*([^:]+):\s*(.*)$", lines[i])
            if match:
                infobox[infobox_key(match.group(1))] = split_values(match.group(2))
            i += 1
    return infobox, lines[i:]


def read_body(page: Page, lines: list[str]) -> None:
    """Lead paragraphs, then sections with their paragraphs, list items and tables."""
    path: tuple[str, ...] = ()
    section: Section | None = None
    last: Item | None = None  # the item the next text line describes, until a blank line
    in_table = False  # the previous line was a table row: the next row joins its table
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            last, in_table = None, False
            continue
        heading = _HEADING.match(line)
        if heading:
            depth = len(heading.group(1)) - 2
            path = (*path[:depth], *[""] * max(0, depth - len(path)), heading.group(2))
            section = Section(path)
            page.sections.append(section)
            last = None
            continue
        if section is None:
            page.lead.append(line.strip())
            continue
        item = _ITEM.match(line)
        if line.lstrip().startswith("|"):
            if not in_table:
                section.tables.append([])
            section.tables[-1].append([c.strip() for c in line.strip().strip("|").split("|")])
            last, in_table = None, True
            continue
        in_table = False
        if item:
            last = _add_item(section, item, last)
        elif last is not None:
            last.notes.append(line.strip())
        else:
            section.paragraphs.append(line.strip())


def _add_item(section: Section, match: re.Match, last: Item | None) -> Item:
    """Add a list line; return the item that text lines after it describe (a sub-line's parent)."""
    item = Item(match.group(2).strip())
    if match.group(1) and section.items:  # indented: a sub-line of the item above
        section.items[-1].children.append(item)
        return section.items[-1]
    section.items.append(item)
    return item
