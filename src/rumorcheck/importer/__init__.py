"""``rumorcheck reference import``: a show's Wikipedia page -> a reference a person only reviews.

    page (plain text or wikitext) -> Page (page.py, wikitext.py) -> reference data (build.py,
    cast.py) -> YAML, validated by the same code that loads every reference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import RumorcheckError
from ..text import read_article
from .build import ImportReport, build_reference
from .page import PageError, read_plain_text
from .wikitext import looks_like_wikitext, read_wikitext

__all__ = ["ImportedReference", "PageError", "import_page"]

TV_KEYS = ("network", "original network", "channel", "num episodes", "num seasons", "num series",
           "first aired", "last aired", "original release")


@dataclass
class ImportedReference:
    data: dict
    report: ImportReport

    def to_yaml(self) -> str:
        header = [
            f"# {self.data['title']}: imported by rumorcheck from {self.data['sources'][0]['url']}",
            f"# on {dt.date.today().isoformat()} ({self.report.form}). Review it before use: the importer",
            "# places only what the page states plainly; what it could not place is under review:,",
            "# which a person settles and then deletes.",
        ]
        body = yaml.dump(self.data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                         default_flow_style=False)
        return "\n".join(header) + "\n" + body


def import_page(path: Path | str, url: str | None = None) -> ImportedReference:
    """Read a Wikipedia page file and build a reference from it; :class:`PageError` when it is
    not a Wikipedia page about a television show."""
    try:
        text = read_article(path).text
    except RumorcheckError as exc:
        raise PageError(path, str(exc).removeprefix(f"{path}: ")) from None
    page = read_wikitext(text, path) if looks_like_wikitext(text) else read_plain_text(text, path)
    _require_television(page, path)
    data, report = build_reference(page, str(path), url)
    return ImportedReference(data, report)


def _require_television(page, path) -> None:
    kind = (page.infobox_kind or "").casefold()
    if kind and not any(word in kind for word in ("television", "tv", "series", "drama", "show")):
        raise PageError(path, f"not about a television show (its infobox is 'Infobox {page.infobox_kind}')")
    if not any(key in page.infobox for key in TV_KEYS):
        raise PageError(path, "not about a television show: its infobox names no network, episodes or air dates")


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, dates as plain YYYY-MM-DD."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def _short_lists(dumper: yaml.SafeDumper, data: list):
    flow = bool(data) and all(isinstance(v, (int, str)) for v in data) and sum(len(str(v)) for v in data) < 70
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _short_lists)
