"""The README documents every command and the two commands a new user runs, and every code
block in it runs as shown."""

import contextlib
import io
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hytegraph.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


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


# ---------------------------------------------------------------------------------------------
# every code block of the README runs

BLOCK = re.compile(r"^```(?P<lang>\w*)\n(?P<body>.*?)^```", re.M | re.S)


def readme_blocks(lang: str) -> list[str]:
    return [m["body"] for m in BLOCK.finditer(README) if m["lang"] == lang]


def console_examples() -> list[tuple[str, str]]:
    """``(command, output)`` for every ``$ command`` in the README's console blocks."""
    examples = []
    for body in readme_blocks("console"):
        for chunk in re.split(r"^\$ ", body, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output.rstrip("\n") + "\n"))
    return examples


def test_the_readme_has_blocks_of_every_kind():
    assert len(console_examples()) >= 10
    assert readme_blocks("python")
    assert readme_blocks("sh")


@pytest.mark.parametrize(
    ("command", "expected"), [pytest.param(c, o, id=c) for c, o in console_examples()]
)
def test_readme_console_example(command, expected):
    """The output is what the README shows, line for line (stdout and stderr as a terminal
    shows them)."""
    words = shlex.split(command)
    stdin = None
    if "|" in words:  # echo '...' | hytegraph ...
        bar = words.index("|")
        assert words[0] == "echo", command
        stdin = " ".join(words[1:bar]) + "\n"
        words = words[bar + 1 :]
    assert words[0] == "hytegraph", command
    result = CliRunner().invoke(main, words[1:], input=stdin)
    assert result.output == expected, command


@pytest.mark.parametrize("code", readme_blocks("python"))
def test_readme_python_block_runs(code):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert printed.getvalue().strip()  # every example prints what it shows


@pytest.mark.parametrize("script", readme_blocks("sh"))
def test_readme_shell_block_is_valid(script):
    """Shell blocks are checked, not run (they install packages, start servers or take
    minutes): bash parses them, every hytegraph subcommand they name exists, and every
    script they run is in the checkout with the options they give."""
    done = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
    assert done.returncode == 0, done.stderr
    for line in script.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = shlex.split(line)
        for i, word in enumerate(words):
            if word.endswith("hytegraph") and i + 1 < len(words) and words[i + 1][0] != "-":
                assert words[i + 1] in main.commands, line
            if word.endswith(".py"):
                script_path = ROOT / word
                assert script_path.is_file(), line
                options = [w.split("=")[0] for w in words[i + 1 :] if w.startswith("--")]
                usage = subprocess.run(
                    [sys.executable, str(script_path), "--help"],
                    capture_output=True,
                    text=True,
                    timeout=120,
                )
                assert usage.returncode == 0, usage.stderr
                for option in options:
                    assert option in usage.stdout, (line, option)
