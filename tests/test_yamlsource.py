"""The YAML reader behind references and gold files: hostile files are one error, never a crash."""

from __future__ import annotations

import os

import pytest

from rumorcheck.errors import InvalidGold, InvalidReference
from rumorcheck.reference import load_reference
from rumorcheck.yamlsource import MAX_DEPTH, read_yaml

from .conftest import at_most


@pytest.mark.parametrize("text", [
    "cast: " + "[" * 1000 + "]" * 1000,
    "cast: " + "{a: " * 1000 + "1" + "}" * 1000,
    "".join("  " * depth + f"level{depth}:\n" for depth in range(1000)),
])
def test_nesting_a_thousand_deep_is_one_error(tmp_path, text):
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    with pytest.raises(InvalidReference, match=f"deep.yaml:\\d+: invalid reference: nested more than {MAX_DEPTH}"):
        load_reference(path)


def test_nesting_as_deep_as_the_limit_is_read(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1))
    assert read_yaml(path).data["a"] is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "gold.yaml")
    with at_most(10), pytest.raises(InvalidGold, match="gold.yaml: invalid gold file: is a named pipe"):
        read_yaml(tmp_path / "gold.yaml", error=InvalidGold)
