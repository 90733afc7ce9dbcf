"""The labelled names table (tests/data/names_table.tsv): accuracy per class, printed and held to 0.97."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from rumorcheck.names import classify

TABLE = Path(__file__).resolve().parent / "data" / "names_table.tsv"
LABELS = ("variant", "misspelling", "different")
MIN_ACCURACY = 0.97


def load_table(path: Path = TABLE) -> list[dict[str, str]]:
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.fixture(scope="module")
def judged():
    return [(row, classify(row["written"], row["reference"])) for row in load_table()]


def test_table_is_large_and_covers_every_class_and_language():
    rows = load_table()
    assert len(rows) >= 400
    assert {r["label"] for r in rows} == set(LABELS)
    systems = {r["rule"].split(":")[0] for r in rows if ":" in r["rule"]}
    assert {"ko", "ja", "zh", "es", "fr", "de"} <= systems


def test_accuracy_per_class(judged, capsys):
    total, right = Counter(), Counter()
    for row, got in judged:
        total[row["label"]] += 1
        right[row["label"]] += got == row["label"]
    with capsys.disabled():
        print("\nnames table accuracy: " + ", ".join(
            f"{label} {right[label]}/{total[label]} = {right[label] / total[label]:.3f}" for label in LABELS))
    wrong = [f"{row['written']!r} vs {row['reference']!r}: {row['label']} taken as {got} ({row['rule']})"
             for row, got in judged if got != row["label"]]
    for label in LABELS:
        assert right[label] / total[label] >= MIN_ACCURACY, "\n".join(wrong)
