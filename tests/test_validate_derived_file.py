"""validate reads back what the rules derived from the cache entry's file of derived triples
(``derived.nt``, written by the first load) instead of running the rules again on its working
copy, when the files state no shortcut triple. These tests require the same working copy and
the same report both ways (the file read back, the rules run again on the same copy) on the
bundled data and a synthetic graph; the report read back equal to the one of the same files
loaded afresh (no cache, so the rules run) for every invalid and shape fixture and the seeded
mutations of the shape fixtures; and the rules' path wherever the file cannot be trusted."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from conftest import INVALID, load_synth, validated_afresh
from test_shacl_conformance import CASES, FIXTURES, MUTANTS, _mutated_fixture

from hytegraph.check import reasoning
from hytegraph.check import validate as validate_mod
from hytegraph.core import resources
from hytegraph.store import cache as graph_cache
from hytegraph.store.load import load_graph

synth = load_synth()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "national-20k.ttl"
    synth.generate(path, 20_000, seed=1)
    return path


class _Rules:
    """Counts the runs of the rules on a working copy (validate's own, or the cache's file)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        self.monkeypatch = monkeypatch
        original = reasoning.unsupported_shortcuts

        def counted(*args, **kwargs):
            self.runs += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(reasoning, "unsupported_shortcuts", counted)

    def report(self, store, *, from_file: bool) -> str:
        """The report of ``store``, the derived triples read back or derived again."""
        with self.monkeypatch.context() as patch:
            if not from_file:
                patch.setattr(validate_mod, "_cached_derived", lambda *_a: None)
            before = self.runs
            text = _comparable(validate_mod.validate(store).format())
            self.rules_ran = self.runs > before
        return text


def _comparable(report: str) -> str:
    """A report with its blank node labels left out (every copy of a graph names its blank nodes
    apart, and the report sorts by them)."""
    blocks = re.sub(r"_:[0-9A-Za-z]+", "_:b", report).split("\n\n")
    return "\n\n".join([*sorted(blocks[:-1]), blocks[-1]])


def _both_ways(
    rules: _Rules, files: list[Path], *, bundled: bool = True, again: bool = False
) -> str:
    """The report read back, required equal to the one of a graph loaded afresh (no cache, so
    the rules run) and, ``again``, to the one the rules re-derive on the same working copy;
    and whether the file was read back."""
    store = load_graph(files, include_bundled=bundled, cache=True)
    read_back = rules.report(store, from_file=True)
    used_file = not rules.rules_ran
    if again:
        rederived = rules.report(store, from_file=False)
        assert rules.rules_ran
        assert read_back == rederived
    # a graph loaded afresh: the report test_validate_shacl_beside.py also requires of the
    # shape fixtures, made once for both
    fresh = validated_afresh(tuple(files), bundled)
    assert read_back == _comparable(fresh)
    rules.used_file = used_file
    return read_back


def _stated(files: list[Path], bundled: bool) -> bool:
    work = reasoning.working_copy(load_graph(files, include_bundled=bundled, cache=True))
    return reasoning.has_shortcut_triples(work, list(resources.rule_files()))


def _without_shortcuts(graph: rdflib.Graph, path: Path) -> Path:
    """``graph`` less every triple of a kind the rules derive, written to ``path``."""
    patterns = reasoning.shortcut_patterns(resources.rule_files())
    out = rdflib.Graph()
    for s, p, o in graph:
        if (p, None) in patterns or (p == rdflib.RDF.type and (p, o) in patterns):
            continue
        out.add((s, p, o))
    out.serialize(path, format="nt", encoding="utf-8")
    return path


def _triples(store) -> Counter[str]:
    """The triples of a working copy as N-Triples, blank node labels left out."""
    out: Counter[str] = Counter()
    for quad in reasoning.engine_of(store):
        terms = (quad.subject, quad.predicate, quad.object)
        out[" ".join("_:b" if t.__class__.__name__ == "BlankNode" else str(t) for t in terms)] += 1
    return out


@pytest.mark.parametrize("with_synthetic", [False, True], ids=["bundled", "synthetic-20k"])
def test_the_working_copy_read_back_is_the_one_the_rules_make(with_synthetic, synthetic):
    files = [synthetic] if with_synthetic else []
    store = load_graph(files, cache=True)
    rule_files = list(resources.rule_files())
    derived = validate_mod._cached_derived(store, rule_files)
    assert derived is not None and derived[1] > 0
    clock = validate_mod._Clock(None)
    read_back, unsupported, counted = validate_mod._working_graph(store, rule_files, derived, clock)
    assert unsupported == []
    again, unsupported, _counted = validate_mod._working_graph(store, rule_files, None, clock)
    assert unsupported == []
    assert _triples(read_back) == _triples(again)
    assert len(read_back) == store.cache_entry.manifest["triples"] == counted


@pytest.mark.parametrize("with_synthetic", [False, True], ids=["bundled", "synthetic-20k"])
def test_the_report_is_the_same_both_ways(with_synthetic, synthetic, monkeypatch):
    rules = _Rules(monkeypatch)
    _both_ways(rules, [synthetic] if with_synthetic else [], again=True)
    assert rules.used_file


# broken.ttl cannot be parsed, so it is never validated
@pytest.mark.parametrize(
    "fixture", sorted(p.name for p in INVALID.glob("*.ttl") if p.name != "broken.ttl")
)
def test_each_invalid_fixture_gets_the_same_report(fixture, monkeypatch):
    rules = _Rules(monkeypatch)
    report = _both_ways(rules, [INVALID / fixture])
    assert "Invalid" in report or "warning" in report
    assert rules.used_file != _stated([INVALID / fixture], True)


@pytest.mark.parametrize("case", CASES)
def test_each_shape_fixture_gets_the_same_report(case, monkeypatch):
    rules = _Rules(monkeypatch)
    files = [FIXTURES / "base.ttl", FIXTURES / case]
    report = _both_ways(rules, files, bundled=False)
    assert rules.used_file != _stated(files, False)
    if not case.endswith(".ok.ttl"):
        assert "Invalid" in report or "warning" in report


@pytest.mark.parametrize("seed", range(MUTANTS))
def test_each_mutation_gets_the_same_report(seed, tmp_path, monkeypatch):
    rules = _Rules(monkeypatch)
    mutated = _without_shortcuts(_mutated_fixture(seed), tmp_path / f"mutant-{seed}.nt")
    _both_ways(rules, [mutated], bundled=False)
    assert rules.used_file


def test_stated_shortcuts_make_the_rules_run_again(tmp_path, monkeypatch):
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
<person/virpi-mattila> hyte:chairs <body/koty-verkosto> .
""",
        encoding="utf-8",
    )
    rules = _Rules(monkeypatch)
    assert "integrity:underived-shortcut" in _both_ways(rules, [extra], again=True)
    assert not rules.used_file


def _entry(store) -> graph_cache.Entry:
    entry = store.cache_entry
    assert entry is not None
    return entry


def test_a_derived_file_that_does_not_add_up_is_not_trusted(tmp_path, monkeypatch):
    """A file that holds other triples than the entry records: the rules run again, and the
    report is the one they give."""
    store = load_graph([INVALID / "undescribed.ttl"], cache=True)
    path, triples = graph_cache.derived_triples_file(_entry(store), resources.rule_files())
    short = tmp_path / "derived.nt"
    short.write_bytes(b"".join(path.read_bytes().splitlines(keepends=True)[1:]))
    monkeypatch.setattr(validate_mod, "_cached_derived", lambda *_a: (short, triples))
    rules = _Rules(monkeypatch)
    got = validate_mod.validate(store).format()
    assert rules.runs == 1
    assert "integrity:undescribed-reference" in got
    fresh = validate_mod.validate(load_graph([INVALID / "undescribed.ttl"])).format()
    assert got == fresh


def test_the_file_is_used_only_with_the_rules_it_was_made_with(tmp_path):
    store = load_graph([], cache=True)
    entry = _entry(store)
    rule_files = list(resources.rule_files())
    found = graph_cache.derived_triples_file(entry, rule_files)
    assert found is not None
    assert found[1] == entry.manifest["info"]["inference"]["added"]
    assert graph_cache.derived_triples_file(entry, rule_files[1:]) is None
    # a file written since the entry was built (another size or time): not used
    copy = graph_cache.Entry(tmp_path, json.loads(json.dumps(entry.manifest)))
    shutil.copy2(found[0], tmp_path / "derived.nt")
    assert graph_cache.derived_triples_file(copy, rule_files) == (tmp_path / "derived.nt", found[1])
    (tmp_path / "derived.nt").write_bytes(found[0].read_bytes() + b"\n")
    assert graph_cache.derived_triples_file(copy, rule_files) is None
    shutil.copy2(found[0], tmp_path / "derived.nt")
    os.utime(tmp_path / "derived.nt", ns=(0, found[0].stat().st_mtime_ns + 1))
    assert graph_cache.derived_triples_file(copy, rule_files) is None
    (tmp_path / "derived.nt").unlink()
    assert graph_cache.derived_triples_file(copy, rule_files) is None


def test_no_file_when_a_rule_derives_a_triple_about_a_blank_node(tmp_path):
    data = tmp_path / "blank.ttl"
    data.write_text(
        """@prefix ex: <http://example.org/> .
[] ex:p ex:o .
""",
        encoding="utf-8",
    )
    rule = tmp_path / "copy.rq"
    rule.write_text(
        "PREFIX ex: <http://example.org/>\nCONSTRUCT { ?s ex:q ?o } WHERE { ?s ex:p ?o }\n",
        encoding="utf-8",
    )
    store = load_graph([data], include_bundled=False, rules=[rule], cache=True)
    entry = _entry(store)
    assert entry.manifest["info"]["inference"]["added"] == 1
    assert entry.manifest["derived_file"] is None
    assert graph_cache.derived_triples_file(entry, [rule]) is None
