"""The first load's in-memory copy for the rules holds only the predicates the rules name: the
derived triples, their counts and the on-disk store are the same as from a whole copy."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from bench import synth
from hytegraph.core import resources
from hytegraph.store import cache
from hytegraph.store.inference import copy_predicates, named_in_text, prepare_rules, rule

_FIXTURES = Path(__file__).parent / "fixtures"
_EX = "http://example.org/"


def _fill(folder: Path, files: list[Path], rule_files: list[Path], whole: bool):
    folder.mkdir()
    triples, report, _artefacts, _phases = cache._fill(folder, files, rule_files, whole=whole)
    derived = folder / cache._DERIVED
    derived_triples = (
        set(ox.parse(path=str(derived), format=ox.RdfFormat.N_TRIPLES))
        if derived.is_file()
        else None
    )
    disk = ox.Store.read_only(str(folder / cache._STORE))
    named = {
        q
        for q in disk
        if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }
    return {
        "triples": triples,
        "disk": len(disk),
        "named on disk": named,
        "added": report.added,
        "derived": dict(report.derived),
        "rounds": report.rounds,
        "converged": report.converged,
        "derived file": derived_triples,
    }


def _both(tmp_path: Path, files: list[Path], rule_files: list[Path]) -> tuple[dict, dict]:
    return (
        _fill(tmp_path / "filtered", files, rule_files, whole=False),
        _fill(tmp_path / "whole", files, rule_files, whole=True),
    )


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "national-20k.ttl"
    synth.generate(path, 20_000, seed=1)
    return path


@pytest.mark.parametrize(
    "extra",
    [
        [],
        [_FIXTURES / "extra" / "extra.ttl", _FIXTURES / "extra" / "extra.trig"],
        [_FIXTURES / "network" / "network.ttl"],
        ["synthetic"],
    ],
    ids=["bundled", "extra", "network", "synthetic-20k"],
)
def test_filtered_copy_derives_what_the_whole_copy_derives(extra, synthetic, tmp_path):
    files = [resources.ontology_file(), *resources.bundled_data_files()]
    files += [synthetic if item == "synthetic" else item for item in extra]
    rule_files = resources.rule_files()
    filtered, whole = _both(tmp_path, files, rule_files)
    assert whole["added"] > 0 and whole["derived file"]
    assert filtered == whole


def test_the_ontology_rules_take_the_filtered_copy():
    """The text of the bundled rules names every IRI their parsed form names, so the first
    load does not fall back to a whole copy; the copy leaves out predicates they never name."""
    rule_files = resources.rule_files()
    needed = copy_predicates(prepare_rules(rule_files))
    assert needed is not None
    assert needed <= named_in_text(rule_files)
    assert "http://www.w3.org/2004/02/skos/core#prefLabel" not in needed


def test_a_predicate_bound_from_the_data_needs_the_whole_copy(tmp_path):
    """A rule whose template predicate comes from the data may write a predicate it does not
    name; a triple the data already states is then not new, which only the whole graph says."""
    data = tmp_path / "data.ttl"
    data.write_text(
        f"@prefix ex: <{_EX}> .\n"
        "ex:a ex:p ex:b . ex:b ex:via ex:knows .\n"
        "ex:a ex:knows ex:b .\n"  # what the rule derives, stated already
        "ex:c ex:p ex:d . ex:d ex:via ex:likes .\n",
        encoding="utf-8",
    )
    rule_file = tmp_path / "via.rq"
    rule_file.write_text(
        f"PREFIX ex: <{_EX}>\nCONSTRUCT {{ ?s ?q ?o }} WHERE {{ ?s ex:p ?o . ?o ex:via ?q }}",
        encoding="utf-8",
    )
    assert copy_predicates(prepare_rules([rule_file])) is None
    filtered, whole = _both(tmp_path, [data], [rule_file])
    assert whole["added"] == 1  # ex:c ex:likes ex:d only
    assert filtered == whole


def test_a_predicate_bound_to_a_constant_keeps_the_filtered_copy():
    bound = rule(
        "bound",
        f"CONSTRUCT {{ ?s ?q ?o }} WHERE {{ ?s <{_EX}p> ?o BIND (<{_EX}q> AS ?q) }}",
    )
    valued = rule(
        "valued",
        f"CONSTRUCT {{ ?s ?q ?o }} WHERE {{ ?s <{_EX}p> ?o VALUES ?q {{ <{_EX}r> }} }}",
    )
    computed = rule(
        "computed",
        f"CONSTRUCT {{ ?s ?q ?o }} WHERE {{ ?s <{_EX}p> ?o "
        "BIND (IRI(CONCAT(STR(?o), 'x')) AS ?q) }",
    )
    assert copy_predicates([bound]) == {
        f"{_EX}p",
        f"{_EX}q",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    }
    assert f"{_EX}r" in copy_predicates([valued])  # type: ignore[operator]
    assert copy_predicates([computed]) is None


def test_a_name_the_text_scan_misses_falls_back_to_the_whole_copy(tmp_path):
    """A predicate written as a relative IRI under BASE is not found by the scan of the text:
    the parsed rule names it, so the copy is made whole and the result is the same."""
    data = tmp_path / "data.ttl"
    data.write_text(f"@prefix ex: <{_EX}> .\nex:a ex:p ex:b . ex:a ex:q ex:b .\n", encoding="utf-8")
    rule_file = tmp_path / "base.rq"
    rule_file.write_text(
        f"BASE <{_EX}>\nCONSTRUCT {{ ?s <q> ?o . ?o <r> ?s }} WHERE {{ ?s <p> ?o }}",
        encoding="utf-8",
    )
    needed = copy_predicates(prepare_rules([rule_file]))
    assert needed is not None and f"{_EX}q" in needed
    assert not needed <= named_in_text([rule_file])
    filtered, whole = _both(tmp_path, [data], [rule_file])
    assert whole["added"] == 1  # ex:a ex:q ex:b is stated: only ex:b ex:r ex:a is new
    assert filtered == whole


def test_a_derived_blank_node_refills_the_disk_with_every_triple(tmp_path):
    """With a derived triple about a blank node the disk store is refilled from memory: from a
    whole copy, so that no triple the rules do not name is lost."""
    data = tmp_path / "blank.ttl"
    data.write_text(
        f"@prefix ex: <{_EX}> .\n"
        "ex:a ex:has [ ex:name 'one' ] .\nex:b ex:has [ ex:name 'two' ] .\nex:a ex:label 'A' .\n",
        encoding="utf-8",
    )
    rule_file = tmp_path / "link.rq"
    rule_file.write_text(
        f"PREFIX ex: <{_EX}>\nCONSTRUCT {{ ?x ex:link ?b }} WHERE {{ ?x ex:has ?b }}",
        encoding="utf-8",
    )
    filtered, whole = _both(tmp_path, [data], [rule_file])
    assert filtered["disk"] == whole["disk"] == 7  # 5 stated, 2 derived
    assert filtered["triples"] == whole["triples"] == 7
    assert filtered["derived file"] is None  # blank nodes are named apart in every load
    assert filtered == whole
