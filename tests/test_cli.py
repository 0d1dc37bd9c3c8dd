"""The command line against the tiny fixture tree: exit codes and the lines that matter."""

import json
import re

import pytest
from click.testing import CliRunner
from conftest import EXTRA, INVALID
from rdflib import Graph
from rdflib.compare import isomorphic

from hytegraph.cli import main
from hytegraph.store.load import load_graph


@pytest.fixture
def runner():
    return CliRunner()


def _names(path):
    return sorted(p.name for p in path.iterdir()) if path.exists() else []


@pytest.mark.parametrize("command", [[], *[[name] for name in sorted(main.commands)]])
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    help_body = result.output.split("Options:")[0]
    assert len(help_body.splitlines()) > 2  # a description, not only the usage line


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("hytegraph, version ")


def test_build_writes_graph_files_and_summary(runner, mini, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _names(out) == ["graph.jsonld", "graph.ttl", "map.html", "site"]
    lines = result.stdout.splitlines()  # the summary in words, in Finnish by default
    assert "1 henkilö" in lines
    assert "1 toimielin" in lines
    assert "1 organisaatio" in lines
    assert "1 tieto" in lines
    assert "1 suhde: toimii puheenjohtajana 1" in lines  # the label in the fixture ontology
    assert f"wrote {out / 'graph.ttl'}" in result.stderr
    # both files hold the merged graph, inferred triples included
    expected = load_graph().to_rdflib()
    ttl = Graph().parse(out / "graph.ttl", format="turtle")
    jsonld = Graph().parse(out / "graph.jsonld", format="json-ld")
    assert isomorphic(ttl, expected)
    assert isomorphic(jsonld, expected)
    assert json.loads((out / "graph.jsonld").read_text())["@context"]["hyte"].endswith("ontology#")


def test_build_timings_go_to_stderr(runner, mini, tmp_path):
    out = tmp_path / "out"
    plain = runner.invoke(main, ["build", "--out", str(out)])
    timed = runner.invoke(main, ["build", "--timings", "--out", str(out)])
    assert plain.exit_code == 0 and timed.exit_code == 0, timed.output
    assert timed.stdout == plain.stdout  # the summary alone: the data stays clean
    step = re.compile(r"([a-z][a-z ]*?) +(\d+\.\d\d) s")
    rows = [m.groups() for m in map(step.fullmatch, timed.stderr.splitlines()) if m]
    steps = [name for name, _seconds in rows]
    # "copy": the in-memory copy of a graph opened from the cache, for the steps beside validation
    assert [name for name in steps if name != "copy"] == [
        "load",
        "validate",
        "graph files",
        "maps",
        "site",
        "summary",
        "total",
    ]
    seconds = {name: float(value) for name, value in rows}
    # the total is the wall clock, load and validate one after the other within it (no bound
    # from above: the work between the steps is not timed, and a busy machine stretches it)
    assert seconds["load"] + seconds["validate"] - 0.05 <= seconds["total"]
    beside = "(graph files, maps, summary: beside validate, each in a process of its own)"
    assert beside in timed.stderr
    assert not any(map(step.fullmatch, plain.stderr.splitlines()))


def test_build_with_extra_data(runner, mini, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["--data", str(EXTRA / "extra.ttl"), "build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 toimielintä" in result.stdout.splitlines()


@pytest.mark.parametrize("fixture", ["missing-fi-label.ttl", "quote-not-in-source.ttl"])
def test_build_with_invalid_data_writes_nothing(runner, mini, tmp_path, fixture):
    out = tmp_path / "out"
    result = runner.invoke(main, ["--data", str(INVALID / fixture), "build", "--out", str(out)])
    assert result.exit_code == 1
    assert not out.exists()
    assert result.stdout == ""
    assert "VIOLATION" in result.stderr
    assert result.stderr.rstrip().endswith(f"Error: validation failed; nothing written to {out}")


def test_build_with_invalid_data_keeps_previous_output(runner, mini, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", "--out", str(out)]).exit_code == 0

    def contents():
        return {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    before = contents()
    assert any(p.parts[0] == "site" for p in before)
    result = runner.invoke(
        main, ["--data", str(INVALID / "missing-fi-label.ttl"), "build", "--out", str(out)]
    )
    assert result.exit_code == 1
    assert contents() == before


def test_validate_clean_exits_0(runner, mini):
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Valid: ")


def test_validate_problem_exits_1_with_report(runner, mini):
    result = runner.invoke(main, ["--data", str(INVALID / "missing-fi-label.ttl"), "validate"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "VIOLATION: A steering group <https://w3id.org/hytegraph/id/body/nameless>" in lines
    assert "Traceback" not in result.output


def test_validate_json_format(runner, mini):
    result = runner.invoke(
        main, ["--data", str(INVALID / "undescribed.ttl"), "validate", "--format", "json"]
    )
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert [r["component"] for r in rows] == ["integrity:undescribed-reference"]
    assert rows[0]["focus"] == "https://w3id.org/hytegraph/id/person/ghost"


@pytest.mark.parametrize(
    ("fixture", "where"),
    [("broken.ttl", "broken.ttl:4"), ("broken.jsonld", "broken.jsonld:5")],
)
def test_malformed_data_file(runner, mini, fixture, where):
    result = runner.invoke(main, ["--data", str(INVALID / fixture), "validate"])
    assert result.exit_code == 1
    error_line = result.stderr.splitlines()[0]
    assert error_line.startswith(f"Error: {INVALID / fixture}:")
    assert where in error_line
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unsupported_data_file(runner, mini):
    result = runner.invoke(main, ["--data", str(INVALID / "table.csv"), "build"])
    assert result.exit_code == 1
    assert "unsupported file type '.csv'; supported: .ttl, .trig, .jsonld" in result.stderr


def test_missing_data_file(runner, mini, tmp_path):
    missing = tmp_path / "nope.ttl"
    result = runner.invoke(main, ["--data", str(missing), "validate"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: data file not found: {missing}"


def test_usage_error_exits_2(runner):
    result = runner.invoke(main, ["build", "--no-such-option"])
    assert result.exit_code == 2
    result = runner.invoke(main, ["validate", "--format", "yaml"])
    assert result.exit_code == 2


def test_python_dash_m(mini):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "hytegraph", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "build" in result.stdout
