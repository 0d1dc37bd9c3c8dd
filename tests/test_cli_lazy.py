"""The command line loads a command's module only when that command runs; the table that says
which module defines which command (``hytegraph.cli.app.COMMANDS``) matches what the modules
register, and ``--help`` and shell completion still see every command."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

import hytegraph.cli
from hytegraph.cli import main
from hytegraph.cli.app import COMMANDS, HytegraphGroup

ROOT = Path(__file__).resolve().parent.parent
#: Modules of hytegraph/cli/ that define no command.
HELPERS = {"hytegraph.cli.app", "hytegraph.cli.options"}


def _command_modules() -> list[str]:
    return sorted(
        f"hytegraph.cli.{info.name}"
        for info in pkgutil.iter_modules(hytegraph.cli.__path__)
        if f"hytegraph.cli.{info.name}" not in HELPERS
    )


def test_the_table_names_every_command_with_the_module_that_defines_it():
    for module in _command_modules():
        importlib.import_module(module)
    registered = main.commands  # every module imported: all of them
    assert sorted(registered) == sorted(COMMANDS)
    for name, command in registered.items():
        assert command.callback is not None
        assert command.callback.__module__ == COMMANDS[name], name
    # and every module of hytegraph/cli/ that is not a helper defines a command
    assert sorted(set(COMMANDS.values())) == _command_modules()


def test_help_lists_every_command_with_its_short_help():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0, result.output
    listed = result.output.split("Commands:")[1].splitlines()
    for name in COMMANDS:
        command = main.get_command(None, name)
        assert command is not None
        short = command.get_short_help_str(limit=45)
        assert any(line.split() and line.split()[0] == name for line in listed), name
        assert short.rstrip(".")[:20] in result.output, name


def _modules_after(args: list[str], tmp_path: Path) -> set[str]:
    """The modules loaded in a fresh process that runs ``hytegraph ARGS``."""
    probe = tmp_path / "modules.json"
    code = (
        "import atexit, json, sys\n"
        f"out = open({str(probe)!r}, 'w')\n"
        "atexit.register(lambda: out.write(json.dumps(sorted(sys.modules))))\n"
        "from hytegraph.cli import main\n"
        f"main({args!r}, prog_name='hytegraph')\n"
    )
    env = {**os.environ, "HYTEGRAPH_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", code]
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    return set(json.loads(probe.read_text()))


def test_a_lookup_imports_only_its_own_command_module(tmp_path):
    loaded = _modules_after(["names", "Kuusijoki"], tmp_path)
    assert "hytegraph.cli.lookup" in loaded
    others = {m for m in set(COMMANDS.values()) - {"hytegraph.cli.lookup"} if m in loaded}
    assert not others
    # nor what only other commands need
    for heavy in ("networkx", "pyshacl", "hytegraph.check.validate", "hytegraph.web.server"):
        assert heavy not in loaded, heavy


def test_help_alone_imports_every_command_module(tmp_path):
    loaded = _modules_after(["--help"], tmp_path)
    assert set(COMMANDS.values()) <= loaded


def test_shell_completion_offers_commands_not_yet_imported():
    env = {**os.environ, "_HYTEGRAPH_COMPLETE": "bash_complete", "COMP_WORDS": "hytegraph ch"}
    env["COMP_CWORD"] = "1"
    code = "from hytegraph.cli import main; main(prog_name='hytegraph')"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert "plain,chairs" in done.stdout.splitlines()


def test_an_unknown_command_is_a_usage_error_that_suggests_the_near_one():
    result = CliRunner().invoke(main, ["chair"])
    assert result.exit_code == 2
    assert "No such command 'chair'" in result.output
    assert "chairs" in result.output


def test_a_lazy_group_loads_a_module_once_and_only_for_its_command(tmp_path, monkeypatch):
    package = tmp_path / "lazyprobe"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "one.py").write_text(
        "import click\nfrom lazyprobe.group import group\nLOADED = []\n"
        "@group.command()\ndef first():\n    'The first.'\n    click.echo('first ran')\n"
    )
    (package / "group.py").write_text(
        "import click\nfrom hytegraph.cli.app import HytegraphGroup\n"
        "@click.group(cls=HytegraphGroup, lazy={'first': 'lazyprobe.one', "
        "'second': 'lazyprobe.two'})\ndef group():\n    pass\n"
    )
    (package / "two.py").write_text(
        "import click\nfrom lazyprobe.group import group\n"
        "@group.command()\ndef second():\n    'The second.'\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    group_module = importlib.import_module("lazyprobe.group")
    group = group_module.group
    assert isinstance(group, HytegraphGroup)
    assert group.list_commands(None) == ["first", "second"]
    assert "lazyprobe.one" not in sys.modules
    result = CliRunner().invoke(group, ["first"])
    assert result.exit_code == 0, result.output
    assert result.output == "first ran\n"
    assert "lazyprobe.one" in sys.modules
    assert "lazyprobe.two" not in sys.modules
    assert isinstance(group.get_command(None, "second"), click.Command)
    assert "lazyprobe.two" in sys.modules
    for name in ("lazyprobe", "lazyprobe.group", "lazyprobe.one", "lazyprobe.two"):
        sys.modules.pop(name, None)
