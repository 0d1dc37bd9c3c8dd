"""validate checks the shapes that read nothing the RDFS entailment adds (nor the vocabularies'
own terms, set aside for the shapes) in a forked process beside the integrity and consistency
checks and the entailment, and the rest after. These tests require the same report as the
sequential path (every shape checked after the entailment, in this process) on the bundled
data, every shape fixture, a graph with violations in both halves, and where the forked
process fails or the whole closure is needed."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import DEFAULT_VALIDATE_SETTINGS, validated_afresh
from rdflib import RDF, RDFS, URIRef
from rdflib.plugins.sparql import prepareQuery
from test_shacl_conformance import CASES, FIXTURES

from hytegraph.check import entailment, reasoning
from hytegraph.check import validate as validate_mod
from hytegraph.core import resources
from hytegraph.core.namespaces import SH
from hytegraph.store.load import load_graph

FOAF_PERSON = URIRef("http://xmlns.com/foaf/0.1/Person")


class _Halves:
    """The SHACL results of the two halves, as validate merges them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.late: list[object] | None = None
        self.early: list[object] | None = None
        original = validate_mod._merged

        def merged(first, second):
            self.late, self.early = list(first), list(second)
            return original(first, second)

        monkeypatch.setattr(validate_mod, "_merged", merged)


def _report(files, *, bundled: bool, beside: bool, monkeypatch) -> tuple[str, dict[str, float]]:
    timings: dict[str, float] = {}
    with monkeypatch.context() as patch:
        patch.setattr(validate_mod, "_SHACL_BESIDE", beside)
        store = load_graph(files, include_bundled=bundled)
        text = validate_mod.validate(store, timings=timings).format()
    return text, timings


def _same_both_ways(files, monkeypatch, *, bundled: bool = True) -> tuple[str, dict[str, float]]:
    split, timings = _report(files, bundled=bundled, beside=True, monkeypatch=monkeypatch)
    sequential, seq_timings = _report(files, bundled=bundled, beside=False, monkeypatch=monkeypatch)
    assert "SHACL beside the entailment" not in seq_timings
    assert split == sequential
    return split, timings


@functools.cache
def _sequential(files: tuple[Path, ...], bundled: bool) -> str:
    """The sequential report of ``files`` (every shape after the entailment, in this process),
    made once: it does not depend on the limit of the forked process, so the tests of the
    forked process and of the thread compare against the same one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validate_mod, "SHACL_BESIDE_MAX_TRIPLES", DEFAULT_VALIDATE_SETTINGS[1])
        sequential, seq_timings = _report(
            list(files), bundled=bundled, beside=False, monkeypatch=patch
        )
    assert "SHACL beside the entailment" not in seq_timings
    assert "SHACL in a thread beside the entailment" not in seq_timings
    return sequential


def test_the_bundled_data_gets_the_same_report(monkeypatch):
    halves = _Halves(monkeypatch)
    report, timings = _same_both_ways([], monkeypatch)
    assert report.startswith("Valid")
    # the split happened: the child checked some shapes, this process the others
    assert "SHACL beside the entailment" in timings
    assert halves.early is not None


@pytest.mark.parametrize("case", CASES)
def test_each_shape_fixture_gets_the_same_report(case):
    # split as validate does by default: the report test_validate_derived_file.py requires
    # too, made once for both
    files = (FIXTURES / "base.ttl", FIXTURES / case)
    assert validated_afresh(files, False) == _sequential(files, False)


def test_violations_in_both_halves_get_the_same_report(monkeypatch):
    halves = _Halves(monkeypatch)
    # fact.bad: a fact without evidence (a shape on a class the entailment gives no instance);
    # finnishlabel.bad: an actor without a Finnish name (a shape on classes it does)
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    report, _timings = _same_both_ways(files, monkeypatch, bundled=False)
    assert "Invalid" in report
    assert halves.early and halves.late
    early_components = {str(r.component) for r in halves.early}
    late_components = {str(r.component) for r in halves.late}
    assert str(SH.MinCountConstraintComponent) in early_components
    assert str(SH.QualifiedMinCountConstraintComponent) in late_components


def test_a_failed_child_leaves_every_shape_to_this_process(monkeypatch):
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    sequential, _t = _report(files, bundled=False, beside=False, monkeypatch=monkeypatch)
    monkeypatch.setattr(validate_mod, "_early_child", lambda *_a: os._exit(3))
    timings: dict[str, float] = {}
    report = validate_mod.validate(load_graph(files, include_bundled=False), timings=timings)
    assert report.format() == sequential
    assert "SHACL beside the entailment" not in timings


def test_a_child_failing_in_the_shapes_leaves_them_to_this_process(monkeypatch):
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    sequential, _t = _report(files, bundled=False, beside=False, monkeypatch=monkeypatch)
    original = validate_mod._early_child

    def failing(work, compiled, read, sending):
        def broken(*_a, **_k):
            raise RuntimeError("a fault in the child")

        compiled.validate = broken
        original(work, compiled, read, sending)

    monkeypatch.setattr(validate_mod, "_early_child", failing)
    timings: dict[str, float] = {}
    report = validate_mod.validate(load_graph(files, include_bundled=False), timings=timings)
    assert report.format() == sequential
    assert "SHACL beside the entailment" not in timings


def test_the_whole_closure_makes_every_shape_checked_after_it(monkeypatch):
    from hytegraph.check import consistency

    # the consistency check asks for its closure: the whole RDFS closure is then added, which
    # may give the early shapes more to read
    monkeypatch.setattr(consistency, "schema_inconsistencies", lambda _work: None)
    halves = _Halves(monkeypatch)
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    _same_both_ways(files, monkeypatch, bundled=False)
    assert halves.early is None  # nothing of the child's was used


# ---------------------------------------------------------------------------------------------
# what a part reads, and what the entailment and the vocabularies change


def _compiled():
    rule_files = list(resources.rule_files())
    return validate_mod._prepare(None, rule_files)


def test_an_instance_path_reads_its_class_not_every_type():
    found: set[URIRef] = set()
    query = prepareQuery(
        "SELECT $this WHERE { $this <urn:p> ?x . "
        f"FILTER NOT EXISTS {{ ?x a/<{RDFS.subClassOf}>* <{FOAF_PERSON}> }} }}"
    )
    entailment._walk_reads(query.algebra, found)
    assert FOAF_PERSON in found and URIRef("urn:p") in found
    assert RDF.type not in found and RDFS.subClassOf not in found


@pytest.mark.parametrize(
    "pattern", ["?x ?p ?y", "?x a ?class", "?x <urn:p> ?y FILTER NOT EXISTS { ?y ?p ?z }"]
)
def test_a_constraint_reading_any_predicate_or_type_reads_everything(pattern):
    query = prepareQuery(f"SELECT $this WHERE {{ $this <urn:p> ?x . {pattern} }}")
    with pytest.raises(entailment._NotExact):
        entailment._walk_reads(query.algebra, set())


def test_the_bundled_shapes_split_where_the_entailment_adds_types():
    _graph, compiled, read = _compiled()
    work = reasoning.working_copy(load_graph([]))
    reasoning.unsupported_shortcuts(work, list(resources.rule_files()))
    reasoning.add_vocabularies(work)
    plan = entailment.plan_entailment(work, read)
    assert plan is not None and plan.gaining
    early = validate_mod._early_parts(work, compiled, plan)
    reads = entailment.part_reads(compiled)
    changed = entailment.changed_for_shapes(work, plan, reasoning.vocabulary_terms())
    assert changed is not None
    assert early and len(early) < len(compiled.parts())
    for part in compiled.parts():
        read_by_part = reads[part]
        assert (part in early) == (read_by_part is not None and not (read_by_part & changed))
    # the plan is what the entailment adds: applied, the classes it names gain instances
    engine = reasoning.engine_of(work)

    def instances(cls: URIRef) -> int:
        rdf_type, named = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(cls))
        return len(list(engine.quads_for_pattern(None, rdf_type, named)))

    before = {c: instances(c) for c in plan.gaining}
    entailment.apply_entailment(work, plan)
    assert all(instances(c) > n for c, n in before.items())


def test_a_working_copy_above_the_limit_is_checked_in_one_process(monkeypatch):
    monkeypatch.setattr(validate_mod, "SHACL_BESIDE_MAX_TRIPLES", 10)
    report, timings = _report([], bundled=True, beside=True, monkeypatch=monkeypatch)
    assert "SHACL beside the entailment" not in timings  # nothing was forked
    # the same early parts were checked in a thread beside the entailment instead
    assert "SHACL in a thread beside the entailment" in timings
    monkeypatch.setattr(validate_mod, "SHACL_BESIDE_MAX_TRIPLES", 10**9)
    split, split_timings = _report([], bundled=True, beside=True, monkeypatch=monkeypatch)
    assert "SHACL beside the entailment" in split_timings
    assert report == split


# ---------------------------------------------------------------------------------------------
# above the limit: the early parts in a thread beside the entailment, nothing forked


@pytest.fixture
def in_a_thread(monkeypatch):
    """Every working copy above the limit: the early parts are checked in a thread."""
    monkeypatch.setattr(validate_mod, "SHACL_BESIDE_MAX_TRIPLES", 0)


@pytest.mark.parametrize("case", CASES)
def test_each_shape_fixture_gets_the_same_report_in_a_thread(case, monkeypatch, in_a_thread):
    files = (FIXTURES / "base.ttl", FIXTURES / case)
    threaded, timings = _report(list(files), bundled=False, beside=True, monkeypatch=monkeypatch)
    assert "SHACL beside the entailment" not in timings
    assert threaded == _sequential(files, False)


def test_violations_in_both_halves_get_the_same_report_in_a_thread(monkeypatch, in_a_thread):
    halves = _Halves(monkeypatch)
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    report, timings = _same_both_ways(files, monkeypatch, bundled=False)
    assert "Invalid" in report
    assert "SHACL in a thread beside the entailment" in timings
    assert halves.early and halves.late
    assert str(SH.MinCountConstraintComponent) in {str(r.component) for r in halves.early}
    assert str(SH.QualifiedMinCountConstraintComponent) in {str(r.component) for r in halves.late}


def test_the_whole_closure_drops_the_thread_s_results(monkeypatch, in_a_thread):
    from hytegraph.check import consistency

    monkeypatch.setattr(consistency, "schema_inconsistencies", lambda _work: None)
    halves = _Halves(monkeypatch)
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    _report_text, timings = _same_both_ways(files, monkeypatch, bundled=False)
    assert halves.early is None  # every part checked after the whole closure
    assert "SHACL in a thread beside the entailment" not in timings


def test_shapes_in_thread_off_checks_every_shape_after_the_entailment(monkeypatch, in_a_thread):
    files = [FIXTURES / "base.ttl", FIXTURES / "fact.bad.ttl", FIXTURES / "finnishlabel.bad.ttl"]
    threaded, timings = _report(files, bundled=False, beside=True, monkeypatch=monkeypatch)
    assert "SHACL in a thread beside the entailment" in timings
    off_timings: dict[str, float] = {}
    store = load_graph(files, include_bundled=False)
    off = validate_mod.validate(store, timings=off_timings, shapes_in_thread=False).format()
    assert "SHACL in a thread beside the entailment" not in off_timings
    assert off == threaded


def test_build_validates_without_the_shapes_thread(monkeypatch, in_a_thread, tmp_path):
    """build's steps keep the second core busy above the copy's limit: its validation checks
    no shape in a thread (one that ran would raise here)."""
    from hytegraph.build import build

    def no_thread(*_args, **_kwargs):
        raise AssertionError("the shapes were checked in a thread")

    monkeypatch.setattr(validate_mod, "_early_in_thread", no_thread)
    result = build(tmp_path / "out", steps=[])
    assert result.report.ok
