"""The command line's Ray options: checked before anything is loaded, and Ray stays optional."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from rumorcheck.cli import app

from ..conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


def one_line_error(*args) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.parametrize("args, message", [
    (["--format", "parquet"], "--format parquet needs --engine ray"),
    (["--input-format", "jsonl"], "--input-format jsonl needs --engine ray"),
    (["--ray-address", "auto"], "--ray-address needs --engine ray"),
    (["--engine", "ray"], "--engine ray needs --output DIR"),
    (["--engine", "ray", "--output", "out", "--format", "html"], "--engine ray writes results as jsonl or parquet"),
    (["--engine", "ray", "--output", "out", "--resume"], "--resume needs the local engine"),
    (["--engine", "ray", "--output", "out", "--input-format", "parquet", "--include", "*.txt"],
     "--include and --exclude select files in folders"),
])
def test_options_that_cannot_work_together_are_one_line_errors(args, message):
    assert one_line_error("check", ARTICLES, *args).startswith(f"rumorcheck: error: {message}")


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_importing_rumorcheck_does_not_import_ray():
    done = python("import sys, rumorcheck, rumorcheck.cli, rumorcheck.distributed\n"
                  "print(sorted({m.split('.')[0] for m in sys.modules} & {'ray', 'pyarrow'}))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_without_ray_the_engine_says_how_to_install_it(tmp_path):
    done = python("import sys\n"
                  "sys.modules['ray'] = None  # as if Ray were not installed\n"
                  "from rumorcheck.cli import main\n"
                  f"sys.argv = ['rumorcheck', 'check', {str(ARTICLES)!r}, '--engine', 'ray', '--output', "
                  f"{str(tmp_path / 'out')!r}]\n"
                  "main()")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "rumorcheck: error: --engine ray needs Ray Data, which is not installed (ray): "
        'pip install "rumorcheck[ray]"']
    assert not (tmp_path / "out").exists()
