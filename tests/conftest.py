"""Shared fixtures. The spaCy model is loaded once per test session (tests marked slow use it)."""

from __future__ import annotations

import contextlib
import signal
from pathlib import Path

import pytest

from rumorcheck.checker import Checker
from rumorcheck.library import Library
from rumorcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
FIXTURES = ROOT / "fixtures"
BUNDLED = ROOT / "reference"


@pytest.fixture(scope="session")
def harbour_reference():
    return load_reference(DATA / "harbour-lights.yaml")


@pytest.fixture(scope="session")
def harbour_checker(harbour_reference):
    return Checker(Library([harbour_reference]))


@pytest.fixture(scope="session")
def examples_checker():
    """The fictional shows in tests/data as one library; rule examples name the show to check against."""
    return Checker(Library.load(DATA))


@pytest.fixture(scope="session")
def bundled_checker():
    return Checker(Library.load(BUNDLED))


def pytest_collection_modifyitems(items):
    slow_fixtures = {"harbour_checker", "bundled_checker", "examples_checker"}
    for item in items:
        if slow_fixtures & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@contextlib.contextmanager
def at_most(seconds: int):
    """Fail, instead of hanging the test run, when the code inside blocks for ``seconds``."""
    def give_up(signum, frame):  # noqa: ARG001
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
