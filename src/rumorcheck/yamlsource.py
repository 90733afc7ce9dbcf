"""Safe YAML reading that keeps line numbers, for references and gold files.

PyYAML's safe loader already refuses arbitrary objects; on top of it this module refuses
aliases (``*name``), whose nesting can make a tiny file expand into gigabytes ("billion laughs"),
and duplicate mapping keys, which PyYAML would silently collapse. Every node's 1-based line is
kept under its path (``("cast", 11, "roles", 0)``) so errors and evidence can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import InvalidFile, InvalidReference
from .files import read_limited

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50  # a reference is about six levels deep
# libyaml's loader when PyYAML was built with it: the same safe loader, about ten times faster,
# which matters for libraries of thousands of references.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDocument:
    path: Path
    data: Any
    lines: dict[Path_, int]

    def line_of(self, loc: Path_) -> int | None:
        """The line of the deepest node along ``loc`` that exists."""
        for cut in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:cut]))
            if line is not None:
                return line
        return None


def read_yaml(path: Path, error: type[InvalidFile] = InvalidReference) -> YamlDocument:
    path = Path(path)
    raw = read_limited(path, MAX_BYTES, error)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(path, f"not UTF-8 text (byte {exc.start})") from None
    return parse_yaml(text, path, error)


def parse_yaml(text: str, path: Path | str, error: type[InvalidFile] = InvalidReference) -> YamlDocument:
    """A YAML text read as if it were the file ``path`` (errors name that file)."""
    if not text.strip():
        raise error(path, "file is empty")
    return YamlDocument(Path(path), *_parse(Path(path), text, error))


def _parse(path: Path, text: str, error: type[InvalidFile]) -> tuple[Any, dict[Path_, int]]:
    try:
        _refuse_aliases_and_depth(path, text, error)
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise error(path, f"malformed YAML: {exc.problem or exc.context}", line=line) from None
    except yaml.YAMLError as exc:  # e.g. a control character: its message spans lines
        raise error(path, f"malformed YAML: {' '.join(str(exc).split())}") from None
    lines: dict[Path_, int] = {}
    if node is not None:
        _index_lines(path, node, (), lines, error)
    return data, lines


def _refuse_aliases_and_depth(path: Path, text: str, error: type[InvalidFile]) -> None:
    """One pass over the parse events, before anything is built: aliases are refused, and so is
    nesting deeper than any reference needs (building or indexing it would recurse that deep)."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1
            raise error(path, f"YAML aliases (*{event.anchor}) are not allowed", line=line)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise error(path, f"nested more than {MAX_DEPTH} levels deep", line=event.start_mark.line + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _index_lines(path: Path, node: yaml.Node, loc: Path_, lines: dict[Path_, int], error) -> None:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise error(path, f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
            seen.add(key)
            _index_lines(path, value_node, (*loc, key), lines, error)
            lines[(*loc, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(path, item, (*loc, i), lines, error)


def format_loc(loc: Path_) -> str:
    """``("cast", 11, "roles", 0)`` -> ``cast[11].roles[0]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
