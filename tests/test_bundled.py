"""The bundled ontology and data: parse with both parsers, validate, build."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.compare import isomorphic

from hytegraph.check.validate import integrity_problems, validate
from hytegraph.cli import main
from hytegraph.core import rdfio, resources
from hytegraph.store.load import load_graph


def _bundled_rdf_files() -> list[Path]:
    ontology = resources.ontology_dir()
    return sorted(ontology.glob("*.ttl")) + resources.bundled_data_files()


def test_bundled_files_exist():
    names = {p.name for p in _bundled_rdf_files()}
    assert {"hyte.ttl", "shapes.ttl"} <= names
    assert resources.bundled_data_files()
    assert resources.rule_files()


@pytest.mark.parametrize("path", _bundled_rdf_files(), ids=lambda p: p.name)
def test_parses_with_both_parsers(path):
    quads = rdfio.read_quads(path)
    triples = rdfio.read_triples(path)
    assert len(quads) == len(triples) > 0


@pytest.fixture(scope="module")
def store():
    return load_graph()


def test_rules_converge(store):
    report = store.info.inference
    assert report.converged
    assert report.derived  # the shortcut properties exist


def test_backends_load_the_same_graph(store):
    assert isomorphic(store.to_rdflib(), load_graph(backend="rdflib").to_rdflib())


def test_integrity_checks_pass(store):
    problems = integrity_problems(store, store.info.data_dirs)
    assert problems == [], "\n".join(p.format() for p in problems)


def test_bundled_graph_validates(store):
    report = validate(store)
    assert report.ok, report.format()


def test_build_from_another_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == [
        "graph.jsonld",
        "graph.ttl",
        "map.html",
        "site",
    ]
    assert (tmp_path / "build" / "site" / "id" / "person" / "virpi-mattila.html").is_file()
    assert json.loads((tmp_path / "build" / "graph.jsonld").read_text())["@context"]
    # the summary in words, one category a line: "13 toimielintä: 3 ohjausryhmää, ..."
    counts = {}
    for line in result.stdout.splitlines():
        number, _, noun = line.split(": ", 1)[0].partition(" ")
        counts[noun] = int(number)
    assert counts.get("toimielintä", counts.get("toimielin", 0)) > 0
    assert counts.get("tietoa", counts.get("tieto", 0)) > 0


def _installed_script() -> Path | None:
    script = Path(sys.executable).parent / "hytegraph"
    return script if script.is_file() else None


@pytest.mark.skipif(_installed_script() is None, reason="hytegraph is not installed here")
def test_installed_command_works_from_any_directory(tmp_path):
    script = str(_installed_script())
    help_run = subprocess.run([script, "--help"], cwd=tmp_path, capture_output=True, text=True)
    assert help_run.returncode == 0
    run = subprocess.run([script, "validate"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Valid: ")
