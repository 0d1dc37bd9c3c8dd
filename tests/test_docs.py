"""The README documents every command and the two commands a new user runs."""

from pathlib import Path

import pytest

from hytegraph.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_command_in_readme(command):
    assert f"hytegraph {command}" in README


def test_readme_starts_with_the_two_commands():
    block = README.split("```")[1]
    assert ".venv/bin/pip install . && .venv/bin/hytegraph build" in block
    assert ".venv/bin/pip install '.[test]' && .venv/bin/python -m pytest -q" in block


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(line for line in README.split("```")[1].splitlines() if "pytest" in line)
    assert test_command.strip() in ci
