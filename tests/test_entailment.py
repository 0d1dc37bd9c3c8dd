"""The RDFS entailment of what the shapes read (hytegraph.check.entailment) gives the compiled
shapes exactly the results the whole RDFS closure gives them: on every shape fixture with the
rules applied, the bundled data, the seeded mutations of both (tests/test_shacl_conformance.py)
and cases where a shape sees a triple only through a chain of axioms."""

from __future__ import annotations

import functools
from collections import Counter

import pytest
import rdflib
from test_shacl_conformance import (
    CASES,
    FIXTURES,
    MUTANTS,
    _compiled_rows,
    _mutate,
    _mutated_fixture,
    _project_shapes,
    _validate_graph,
)

from hytegraph.check import reasoning, shacl
from hytegraph.check.entailment import entail_for_shapes, shapes_read
from hytegraph.core import resources
from hytegraph.store import OxigraphStore

PREFIXES = """
@base <https://w3id.org/hytegraph/id/> .
@prefix ex:    <http://example.org/> .
@prefix hyte:  <https://w3id.org/hytegraph/ontology#> .
@prefix org:   <http://www.w3.org/ns/org#> .
@prefix prov:  <http://www.w3.org/ns/prov#> .
@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
"""

#: A shape sees these only through the schema: each changes the results of some shape.
CHAINS = {
    "a domain makes a collective an organisation": """
        <collective/x> a hyte:Collective ; hyte:collectiveOf hyte:NGO ;
            org:subOrganizationOf <org/espoo> .""",
    "a sub-property of a path gives a second Finnish name": """
        ex:p rdfs:subPropertyOf skos:prefLabel .
        <org/espoo> ex:p "Toinen nimi"@fi .""",
    "a range below a target class makes a node a target": """
        ex:C rdfs:subClassOf org:Membership . ex:q rdfs:range ex:C .
        <org/espoo> ex:q <fact/new> .""",
    "a sub-property of a sub-property of a path": """
        ex:p rdfs:subPropertyOf ex:q . ex:q rdfs:subPropertyOf org:role .
        <fact/y> a org:Membership ; ex:p <org/espoo> .""",
}


@functools.cache
def _shapes() -> tuple[rdflib.Graph, shacl.CompiledShapes]:
    """The project's shapes, compiled once (every case reads them; nothing changes them)."""
    graph = _project_shapes()
    return graph, shacl.compile_shapes(graph)


def _rows(graph: rdflib.Graph, *, whole: bool) -> Counter:
    shapes, compiled = _shapes()
    work = OxigraphStore()
    work.add_triples(graph)
    reasoning.add_vocabularies(work)
    if whole:
        reasoning.rdfs_closure(work)
    else:
        assert entail_for_shapes(work, shapes_read(compiled))
    reasoning.set_vocabularies_aside(work)
    return _compiled_rows(reasoning.engine_of(work), shapes, compiled)


def _same(graph: rdflib.Graph) -> Counter:
    whole = _rows(graph, whole=True)
    assert _rows(graph, whole=False) == whole
    return whole


@pytest.mark.parametrize("case", CASES)
def test_fixture_with_rules_applied(case):
    _same(_validate_graph([FIXTURES / "base.ttl", FIXTURES / case], bundled=False))


def test_bundled_data():
    _same(_validate_graph([], bundled=True))


@pytest.mark.parametrize("seed", range(MUTANTS))
def test_mutated_fixtures(seed):
    _same(_mutated_fixture(seed))


def test_mutated_bundled_data():
    protected = rdflib.Graph().parse(resources.ontology_file())
    graph = _validate_graph([], bundled=True)
    _same(_mutate(graph, _project_shapes(), 2000, protected=protected))


@pytest.mark.parametrize("name", sorted(CHAINS))
def test_a_shape_sees_what_a_chain_of_axioms_entails(name):
    bundled = _validate_graph([], bundled=True)
    graph = rdflib.Graph()
    graph += bundled
    graph.parse(data=PREFIXES + CHAINS[name], format="turtle")
    assert _same(graph) != _same(bundled)


def test_only_what_the_shapes_read_is_added():
    graph = _validate_graph([], bundled=True)

    def size(whole: bool) -> int:
        work = OxigraphStore()
        work.add_triples(graph)
        reasoning.add_vocabularies(work)
        if whole:
            reasoning.rdfs_closure(work)
        else:
            assert entail_for_shapes(work, shapes_read(_shapes()[1]))
        return len(work)

    assert size(False) < size(True)


def test_a_constraint_reading_any_property_needs_the_whole_closure():
    shapes = rdflib.Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o }" ] .""",
        format="turtle",
    )
    assert shapes_read(shacl.compile_shapes(shapes)) is None
    assert not entail_for_shapes(OxigraphStore(), None)
