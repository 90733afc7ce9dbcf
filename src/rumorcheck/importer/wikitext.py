"""Raw MediaWiki wikitext -> :class:`~.page.Page`, with mwparserfromhell.

The infobox template gives the infobox; a series-overview template gives the seasons; the rest
of the page is rendered to the plain-text form (headings, ``- `` list lines, ``| `` table rows,
text) with references, comments and layout templates dropped, links reduced to their text and
date templates written out, and read by the same code as a plain-text page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, Heading, Tag, Template, Text, Wikilink

from .page import Page, PageError, infobox_key, read_body, split_values

_DATE_TEMPLATES = {"start date", "end date", "start date and age", "end date and age", "dts", "film date",
                   "date", "birth date", "release date"}
_LIST_TEMPLATES = {"ubl", "unbulleted list", "plainlist", "plain list", "flatlist", "flat list", "hlist",
                   "bulleted list", "ublist", "collapsible list"}
_TEXT_TEMPLATES = {"nowrap", "small", "nobold", "noitalic", "lang", "transl", "abbr", "sic", "nihongo",
                   "korean", "tooltip", "vanchor", "anchor", "infobox name module"}  # keep their text


def looks_like_wikitext(text: str) -> bool:
    return "{{infobox" in text.casefold() or ("'''" in text and "\n==" in text)


def read_wikitext(text: str, path: Path | str) -> Page:
    code = mwparserfromhell.parse(text)
    infobox = next((t for t in code.filter_templates(recursive=False) if _name(t).startswith("infobox")), None)
    if infobox is None:
        raise PageError(path, "not a Wikipedia show page: the wikitext has no infobox")
    kind = _name(infobox)[len("infobox"):].strip() or None
    fields = {infobox_key(str(p.name)): _values(p.value) for p in infobox.params if _values(p.value)}
    title = (fields.get("name") or fields.get("title") or [_bold_title(code)])[0]
    if not title:
        raise PageError(path, "cannot find the show's title (no infobox name and no bold title in the lead)")
    page = Page(title, "wikitext", fields, kind)
    page.seasons = _series_overview(code)
    body = _render(code, skip=infobox)
    read_body(page, _plain_lines(body))
    return page


def _name(template: Template) -> str:
    return " ".join(str(template.name).replace("_", " ").split()).casefold()


def _values(wikicode) -> list[str]:
    """An infobox value as a list: list templates and line breaks separate items, commas too."""
    items: list[str] = []
    for node in wikicode.nodes:
        if isinstance(node, Template) and _name(node) in _LIST_TEMPLATES:
            for param in node.params:
                if not param.showkey:
                    items += [f"\n{line.lstrip('*# ').strip()}\n" for line in _render(param.value).splitlines()]
        else:
            items.append(_render_node(node))
    text = "".join(items)
    out: list[str] = []
    for line in text.replace("<br>", "\n").splitlines():
        line = line.lstrip("*# ").strip()
        out += split_values(line) if line else []
    return out


def _bold_title(code) -> str:
    for tag in code.filter_tags(recursive=True):
        if tag.wiki_markup and tag.wiki_markup.startswith("'''"):
            return _render(tag.contents).strip(" '")
    return ""


def _series_overview(code) -> list[dict]:
    """Seasons from {{Series overview | episodesN= | startN= | endN= }}."""
    template = next((t for t in code.filter_templates() if _name(t) == "series overview"), None)
    if template is None:
        return []
    params = {str(p.name).strip().casefold(): p.value for p in template.params}
    seasons = []
    number = 1
    while f"episodes{number}" in params or f"start{number}" in params:
        episodes = _render(params.get(f"episodes{number}", "")).strip()
        seasons.append({
            "number": number,
            "episodes": int(episodes) if episodes.isdigit() else None,
            "first_aired": _iso(params.get(f"start{number}")),
            "last_aired": _iso(params.get(f"end{number}")),
        })
        number += 1
    return seasons


def _iso(wikicode) -> dt.date | None:
    if wikicode is None:
        return None
    for template in wikicode.filter_templates():
        if _name(template) in _DATE_TEMPLATES:
            return _template_date(template)
    return None


def _template_date(template: Template) -> dt.date | None:
    parts = [str(p.value).strip() for p in template.params if not p.showkey][:3]
    try:
        year, month, day = (int(p) for p in parts)
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


def _render(wikicode, skip=None) -> str:
    return "".join(_render_node(node) for node in wikicode.nodes if node is not skip)


def _render_node(node) -> str:
    if isinstance(node, Text):
        return str(node)
    if isinstance(node, Wikilink):
        if str(node.title).casefold().startswith(("file:", "image:", "category:")):
            return ""
        return _render(node.text) if node.text else str(node.title)
    if isinstance(node, ExternalLink):
        return _render(node.title) if node.title else ""
    if isinstance(node, Heading):
        return f"{'=' * node.level}{_render(node.title).strip()}{'=' * node.level}"
    if isinstance(node, Comment):
        return ""
    if isinstance(node, Template):
        return _render_template(node)
    if isinstance(node, Tag):
        return _render_tag(node)
    return ""


def _render_template(template: Template) -> str:
    name = _name(template)
    if name in _DATE_TEMPLATES:
        date = _template_date(template)
        return date.isoformat() if date else ""
    if name in _LIST_TEMPLATES:
        return ", ".join(line.lstrip("*# ").strip() for p in template.params if not p.showkey
                         for line in _render(p.value).splitlines() if line.strip())
    if name in _TEXT_TEMPLATES:  # the text is the last unnamed parameter, else the first named one
        unnamed = [p for p in template.params if not p.showkey]
        chosen = unnamed[-1] if unnamed else (template.params[0] if template.params else None)
        return _render(chosen.value) if chosen is not None else ""
    return ""  # citations, navigation boxes, maintenance tags: not part of the text


def _render_tag(tag: Tag) -> str:
    name = str(tag.tag).casefold()
    if name in ("ref", "references", "gallery", "math", "score"):
        return ""
    if name == "br":
        return "\n"
    if name == "table":
        return "\n" + _render_table(tag) + "\n"
    if tag.wiki_markup and name in ("li", "dd", "dt"):
        return tag.wiki_markup
    return _render(tag.contents) if tag.contents is not None else ""


def _render_table(table: Tag) -> str:
    rows = []
    for row in table.contents.filter_tags(recursive=False, matches=lambda n: str(n.tag).casefold() == "tr"):
        cells = [" ".join(_render(cell.contents).split())
                 for cell in row.contents.filter_tags(recursive=False)
                 if str(cell.tag).casefold() in ("td", "th")]
        if cells:
            rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _plain_lines(body: str) -> list[str]:
    """Wikitext list markers -> the plain form's: "*" -> "- ", "**" -> "  - ", ":" -> text line."""
    out = []
    for line in body.splitlines():
        stripped = line.lstrip()
        marks = len(stripped) - len(stripped.lstrip("*#:;"))
        markers, rest = stripped[:marks], stripped[marks:].strip()
        if not markers:
            out.append(line)
        elif markers.endswith((":", ";")):
            out.append(rest)  # a description under a list line
        else:
            out.append("  " * (len(markers) - 1) + "- " + rest)
    return out
