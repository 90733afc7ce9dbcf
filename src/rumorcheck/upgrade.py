"""``rumorcheck reference upgrade``: a format 1 reference rewritten as format 2.

Format 2 lists every platform besides the original network under ``platforms``, each with its
role (co-commission, broadcast, streaming), region and dates, where format 1 had two plain
lists, ``also_aired_on`` and ``streaming``. The upgrade moves those lists into ``platforms`` and
marks the file ``format_version: 2``; every other line, comments included, stays as written.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import InvalidReference
from .reference import load_reference, load_reference_text

_MOVED = {"also_aired_on": "broadcast", "streaming": "streaming"}


def upgrade_text(text: str, path: Path | str) -> str | None:
    """The upgraded text, or None when the file is format 2 already."""
    data = load_reference_text(text, path).show
    if data.format_version >= 2:
        return None
    root = yaml.compose(text)
    keys = {key.value: (key, value) for key, value in root.value}
    if "platforms" in keys and any(k in keys for k in _MOVED):
        raise InvalidReference(path, "has both platforms and also_aired_on/streaming: merge them by hand",
                               line=keys["platforms"][0].start_mark.line + 1, field="platforms")
    lines = text.splitlines(keepends=True)
    entries = [f"  - {{name: {_flow(name)}, role: {role}}}\n"
               for key, role in _MOVED.items() for name in getattr(data, key)]
    removed = sorted((_line_span(*keys[k]) for k in _MOVED if k in keys), reverse=True)
    insert_at = removed[-1][0] if removed else None
    for first, last in removed:
        del lines[first:last + 1]
    if entries:
        lines[insert_at:insert_at] = ["platforms:\n", *entries]
    id_line = keys["id"][0].start_mark.line
    lines.insert(id_line, "format_version: 2\n")
    upgraded = "".join(lines)
    load_reference_text(upgraded, path)  # the result must be a valid format 2 reference
    return upgraded


def _line_span(key: yaml.Node, value: yaml.Node) -> tuple[int, int]:
    """First and last line (0-based) a top-level key and its value take."""
    end = value.end_mark.line if value.end_mark.column > 0 else value.end_mark.line - 1
    return key.start_mark.line, max(end, key.start_mark.line)


def _flow(name: str) -> str:
    """A name as a YAML flow scalar, quoted only when it must be."""
    dumped = yaml.safe_dump(name, default_flow_style=True, width=10_000).strip()
    return dumped.removesuffix("\n...").removesuffix(" ...")


def upgrade_file(path: Path) -> str | None:
    """The upgraded text of a reference file (None when already format 2); the file is not written."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidReference(path, f"cannot read the file ({exc.__class__.__name__})") from None
    load_reference(path)  # report a broken file as such, with its line, before changing anything
    return upgrade_text(text, path)
