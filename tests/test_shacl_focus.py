"""Shapes with the same targets share one query for their focus nodes (hytegraph.check.shacl).

The SPARQL-based constraints keep only solutions whose ``$this`` is a focus node of their shape;
the focus nodes are found once per run for each target (at national scale every membership,
asked for by two shapes). The results must be those of each shape checked alone, with pyshacl's
verdicts (``tests/test_shacl_conformance.py`` compares the project's shapes).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from hytegraph.check import shacl

EX = "http://example.org/"

SHAPES = f"""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <{EX}> .

ex:HighShape a sh:NodeShape ; sh:targetClass ex:C ;
    sh:sparql [ sh:select "SELECT $this ?v WHERE {{ $this <{EX}p> ?v FILTER (?v > 1) }}" ] .
ex:QShape a sh:NodeShape ; sh:targetClass ex:C ;
    sh:sparql [ sh:select "SELECT $this WHERE {{ $this <{EX}q> ?v }}" ] .
ex:OtherShape a sh:NodeShape ; sh:targetClass ex:E ;
    sh:sparql [ sh:select "SELECT $this WHERE {{ $this <{EX}q> ?v }}" ] .
"""

DATA = f"""
@prefix ex: <{EX}> .
ex:n1 a ex:C ; ex:p 2 .
ex:n2 a ex:C ; ex:q 1 ; ex:p 1 .
ex:n3 ex:q 1 ; ex:p 5 .
ex:m1 a ex:E ; ex:q 1 .
ex:m2 a ex:E ; ex:p 3 .
"""


def _store() -> ox.Store:
    store = ox.Store()
    store.load(DATA.encode(), format=ox.RdfFormat.TURTLE)
    return store


def _found(results: list[shacl.Result]) -> set[tuple[str, str]]:
    return {(str(r.source_shape).removeprefix(EX), str(r.focus).removeprefix(EX)) for r in results}


@pytest.mark.parametrize("workers", [1, 2])
def test_shapes_with_one_target_share_its_focus_nodes(workers: int) -> None:
    compiled = shacl.compile_shapes(rdflib.Graph().parse(data=SHAPES, format="turtle"))
    timings: dict[str, float] = {}
    results = compiled.validate(_store(), workers=workers, timings=timings)
    # ex:n3 has the values but is no ex:C; ex:m2 is an ex:E without ex:q
    assert _found(results) == {("HighShape", "n1"), ("QShape", "n2"), ("OtherShape", "m1")}
    focus_queries = [label for label in timings if label.endswith("focus nodes")]
    assert len(focus_queries) == 2  # ex:C once for its two shapes, ex:E once


def test_each_shape_alone_finds_what_it_finds_beside_the_other() -> None:
    compiled = shacl.compile_shapes(rdflib.Graph().parse(data=SHAPES, format="turtle"))
    together = compiled.validate(_store())
    alone: list[shacl.Result] = []
    for part in compiled.parts():
        alone += compiled.validate(_store(), parts={part})
    assert sorted(alone, key=shacl.result_key) == together
