"""What the distributed tests share: Ray Data is needed, and in CI it must be there."""

from __future__ import annotations

import importlib
import os

import pytest


def needed(module: str):
    """A module of the ray extra: without it the tests skip, except in CI (CI=true), which installs
    the test extra and so must run them."""
    if os.environ.get("CI") == "true":
        return importlib.import_module(module)
    return pytest.importorskip(module, reason='needs the ray extra: pip install -e ".[test]"')
