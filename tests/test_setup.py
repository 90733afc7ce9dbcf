"""The README's set-up commands, which CI runs exactly as written in a new virtual environment."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tomllib

import pytest

from .conftest import ROOT


def readme_setup_commands() -> list[str]:
    section = re.search(r"^## Set up\n(.*?)^## ", (ROOT / "README.md").read_text(encoding="utf-8"), re.M | re.S)
    assert section, "README.md has no Set up section"
    return [line for block in re.findall(r"^```sh\n(.*?)^```", section.group(1), re.M | re.S)
            for line in block.splitlines()]


def test_readme_has_two_setup_commands_one_example_one_tests():
    example, tests = readme_setup_commands()
    install, check = example.split(" && ")
    assert install == "pip install ."
    arguments = shlex.split(check)
    assert arguments[:2] == ["rumorcheck", "check"]
    assert all((ROOT / a).is_file() for a in arguments[2:] if not a.startswith("-"))
    assert tests == 'pip install -e ".[test]" && python -m pytest'


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_ci_runs_exactly_the_readme_commands():
    listed = subprocess.run(["bash", str(ROOT / ".ci" / "run"), "--commands"], capture_output=True, text=True,
                            check=True)
    assert listed.stdout.splitlines() == readme_setup_commands()


def names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower().replace("_", "-") for d in requirements}


def third_party_imports(sources) -> set[str]:
    imported = set()
    for source in sources:
        imported |= set(re.findall(r"^\s*(?:from|import) ([a-z_0-9]+)", source.read_text(encoding="utf-8"), re.M))
    imported -= {*sys.stdlib_module_names, "__future__", "rumorcheck"}
    distributions = {"yaml": "pyyaml"}  # where the import name is not the distribution's
    return {distributions.get(name, name).replace("_", "-") for name in imported}


def test_every_imported_library_is_a_direct_dependency():
    """lxml_html_clean is imported by trafilatura's jusText, not by rumorcheck; it is listed
    because the pip that python3 -m venv ships does not install it through lxml's extra.
    The Ray engine (rumorcheck.distributed) may also import what the ray extra lists."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = names(project["dependencies"])
    package = ROOT / "src" / "rumorcheck"
    engine = set((package / "distributed").rglob("*.py"))
    core = third_party_imports(set(package.rglob("*.py")) - engine)
    assert core <= listed, core - listed
    ray_extra = third_party_imports(engine)
    assert ray_extra <= listed | names(project["optional-dependencies"]["ray"]), ray_extra - listed
    assert "lxml-html-clean" in listed

