"""The summary's categories, sorted in Python from one scan of the classes, are the ones the
reference SPARQL query (each node's most specific class per category, by FILTER NOT EXISTS)
gives: tests/fixtures/summary_nodes_reference.rq."""

from __future__ import annotations

import pytest

from hytegraph.store.load import load_graph
from hytegraph.views.summary import classified
from tests.conftest import FIXTURES

REFERENCE = FIXTURES / "summary_nodes_reference.rq"

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


def test_classified_nodes_are_those_of_the_reference_query(graph):
    expected = {tuple(row) for row in graph.select_plain(REFERENCE.read_text(encoding="utf-8"))}
    found = classified(graph)
    assert len(found) > 100
    assert found == expected


def test_extra_classes_sort_as_stated(tmp_path):
    path = tmp_path / "extra.ttl"
    path.write_text(EXTRA, encoding="utf-8")
    found = classified(load_graph([path], include_bundled=False))
    ex = "https://example.org/"
    bodies = {(k, n) for c, k, n in found if c == "bodies"}
    assert bodies == {(f"{ex}NarrowBoard", f"{ex}b1")}  # the narrowest class only
    assert not any(n == f"{ex}b1" for c, _k, n in found if c == "organisations")
    assert {(c, k) for c, k, n in found if n == f"{ex}f1"} == {
        ("facts", "http://www.w3.org/ns/org#Membership"),
        ("facts", f"{ex}OtherFactClass"),
    }
