"""A catalogue query rewritten for speed gives the same rows, in the same order, as before.

``tests/fixtures/queries-before/`` holds each query as it was before the rewrite (the reference);
both are run on the bundled data and on the dated fixture of tests/test_time.py with and without
their parameters, and on an 8k-triple synthetic graph (bench/synth.py) without them, as the site
runs them (the reference ``changes-between`` takes seconds there and one to two minutes at 20k).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rdflib import Literal

from hytegraph.query import catalogue
from hytegraph.store.load import load_graph

BEFORE = Path(__file__).parent / "fixtures" / "queries-before"
_SYNTH = Path(__file__).resolve().parents[1] / "bench" / "synth.py"

#: (query, parameters) pairs run on every graph.
CASES = [
    ("changes-between", {}),
    ("changes-between", {"from": "2023-06-01"}),
    ("changes-between", {"to": "2023-12-31"}),
    ("changes-between", {"from": "2022-01-01", "to": "2024-06-01"}),
]


def _synth():
    spec = importlib.util.spec_from_file_location("synth", _SYNTH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=["bundled", "dated"])
def graph(request, tmp_path_factory):
    if request.param == "bundled":
        return load_graph([])
    from tests.test_time import DATED

    path = tmp_path_factory.mktemp("dated") / "dated.ttl"
    path.write_text(DATED, encoding="utf-8")
    return load_graph([path], include_bundled=False)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("synth") / "national-8k.ttl"
    _synth().generate(path, 8_000, seed=1)
    return load_graph([path], include_bundled=False)


@pytest.mark.parametrize(("name", "params"), CASES, ids=lambda c: str(c))
def test_rewritten_query_gives_the_rows_of_the_reference(graph, name, params):
    bindings = {k: Literal(v) for k, v in params.items()}
    before = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    expected = graph.query(before, dict(bindings), timeout=300)
    found = catalogue.run(graph, name, bindings, timeout=300)
    assert found.vars == expected.vars
    assert list(found.rows) == list(expected.rows)


@pytest.mark.parametrize("name", ["changes-between"])
@pytest.mark.timeout(900)
def test_rewritten_query_gives_the_rows_of_the_reference_at_8k(synthetic, name):
    before = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    expected = synthetic.query(before, {}, timeout=800)
    found = catalogue.run(synthetic, name, timeout=800)
    assert len(expected.rows) > 300
    assert found.vars == expected.vars
    assert list(found.rows) == list(expected.rows)


def test_the_cases_return_rows(graph):
    # the comparison above is not between two empty answers
    for name, params in CASES[:1]:
        bindings = {k: Literal(v) for k, v in params.items()}
        assert len(catalogue.run(graph, name, bindings).rows) > 0, name


def test_reference_queries_are_the_ones_replaced():
    # the reference differs from the catalogue's text (else the test above proves nothing)
    for path in sorted(BEFORE.glob("*.rq")):
        assert catalogue.find(path.stem).text != path.read_text(encoding="utf-8"), path.stem
