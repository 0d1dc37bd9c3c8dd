"""The summary's counts, from the nodes counted by their sets of classes and the sets sorted in
Python, are those of the reference SPARQL query (each node's most specific class per category,
by FILTER NOT EXISTS): tests/fixtures/summary_nodes_reference.rq."""

from __future__ import annotations

from collections import Counter

import pytest

from hytegraph.core.namespaces import qname
from hytegraph.store.load import load_graph
from hytegraph.views.summary import CATEGORIES, counted, summarise
from tests.conftest import FIXTURES

REFERENCE = FIXTURES / "summary_nodes_reference.rq"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: Classes beyond the data's: a subclass chain, a node with a broader and a narrower class, a
#: body that is also an organisation (counted as a body only), a fact with two classes and a
#: cycle in the hierarchy.
EXTRA = """
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex:   <https://example.org/> .

ex:NarrowBoard rdfs:subClassOf hyte:Board .
ex:Loop1 rdfs:subClassOf ex:Loop2 . ex:Loop2 rdfs:subClassOf ex:Loop1 .
ex:Loop1 rdfs:subClassOf hyte:Collective .
ex:b1 a ex:NarrowBoard , hyte:Board , org:Organization .
ex:o1 a org:FormalOrganization , org:Organization .
ex:c1 a ex:Loop1 , ex:Loop2 .
ex:f1 a hyte:Fact , org:Membership , ex:OtherFactClass .
"""


@pytest.fixture(scope="module", params=["bundled", "bundled+extra"])
def graph(request, tmp_path_factory):
    if request.param == "bundled":
        return load_graph([])
    path = tmp_path_factory.mktemp("extra") / "extra.ttl"
    path.write_text(EXTRA, encoding="utf-8")
    return load_graph([path])


def _reference(graph):
    rows = {tuple(row) for row in graph.select_plain(REFERENCE.read_text(encoding="utf-8"))}
    totals = {c: len({n for cc, _k, n in rows if cc == c}) for c in CATEGORIES}
    kinds = {c: Counter(k for cc, k, _n in rows if cc == c) for c in CATEGORIES}
    return totals, kinds


def test_counts_are_those_of_the_reference_query(graph):
    totals, kinds = counted(graph)
    expected_totals, expected_kinds = _reference(graph)
    assert sum(totals.values()) > 100
    assert totals == expected_totals
    assert {c: +kinds[c] for c in CATEGORIES} == expected_kinds


def test_extra_classes_sort_as_stated(tmp_path):
    path = tmp_path / "extra.ttl"
    path.write_text(EXTRA, encoding="utf-8")
    totals, kinds = counted(load_graph([path], include_bundled=False))
    ex = "https://example.org/"
    assert +kinds["bodies"] == {f"{ex}NarrowBoard": 1}  # the narrowest class only
    # no ORG subclass axioms loaded: both classes of o1 are its most specific, one node
    assert +kinds["organisations"] == {
        "http://www.w3.org/ns/org#FormalOrganization": 1,
        "http://www.w3.org/ns/org#Organization": 1,
    }
    assert totals["organisations"] == 1
    assert +kinds["facts"] == {"http://www.w3.org/ns/org#Membership": 1, f"{ex}OtherFactClass": 1}
    assert totals["facts"] == 1  # one node, counted once
    assert totals["collectives"] == 0  # only classes in a cycle: none is the most specific


def test_relations_are_the_counts_of_every_derived_relation(graph):
    # counted one relation at a time from its index: the same as counting every predicate
    rows = graph.select_plain("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")
    derived = set(graph.info.inference.derived) - {RDF_TYPE}
    expected = {qname(p): int(n) for p, n in rows if p in derived}
    assert len(expected) > 5
    assert dict(summarise(graph).relations) == expected
