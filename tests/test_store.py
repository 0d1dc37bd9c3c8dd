import json

import pytest
from conftest import FIXTURES
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from hytegraph.core.namespaces import HYTE, IDNS
from hytegraph.errors import ConfigurationError, QueryError, QueryTimeout
from hytegraph.store import BACKENDS, OxigraphStore, RdflibStore, SelectResult, new_store

SMALL = FIXTURES / "small.ttl"


def _store(backend: str):
    store = new_store(backend)
    store.load_file(SMALL)
    return store


@pytest.fixture(params=sorted(BACKENDS))
def store(request):
    return _store(request.param)


def _rows(result: SelectResult) -> set[tuple]:
    return set(result.rows)


QUERIES = [
    # (query, bindings)
    ("SELECT ?person ?body WHERE { ?person hyte:chairs ?body }", None),
    (
        "SELECT ?person ?body WHERE { ?person hyte:chairs ?body }",
        {"person": IDNS["person/p1"]},
    ),
    (
        "SELECT ?body ?label WHERE { ?body skos:prefLabel ?label . FILTER(lang(?label) = 'en') }",
        None,
    ),
    (
        "SELECT ?person ?label ?body WHERE { ?person org:memberOf ?body ; skos:prefLabel ?label }",
        {"body": IDNS["body/b"]},
    ),
    (
        "SELECT ?person ?x WHERE { ?person a foaf:Person OPTIONAL { ?person hyte:age ?x } }",
        None,
    ),
    (
        "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label }",
        {"label": Literal("Ryhmä A", lang="fi")},
    ),
    ("SELECT ?n WHERE { ?s hyte:age ?n }", {"n": Literal(42)}),
]


@pytest.mark.parametrize(("query", "bindings"), QUERIES)
def test_backends_agree(query, bindings):
    results = {name: _store(name).select(query, bindings) for name in BACKENDS}
    ox, rd = results["oxigraph"], results["rdflib"]
    assert ox.vars == rd.vars
    assert _rows(ox) == _rows(rd)
    assert len(ox) > 0


def test_binding_restricts_rows(store):
    everyone = store.select("SELECT ?person ?body WHERE { ?person hyte:chairs ?body }")
    p1 = store.select(
        "SELECT ?person ?body WHERE { ?person hyte:chairs ?body }", {"person": IDNS["person/p1"]}
    )
    assert _rows(p1) == {
        (IDNS["person/p1"], IDNS["body/a"]),
        (IDNS["person/p1"], IDNS["body/b"]),
    }
    assert _rows(p1) < _rows(everyone)


def test_binding_is_a_term_not_text(store):
    # A value that would break the query if pasted into it is simply a literal that matches nothing.
    rows = store.select(
        "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label }",
        {"label": Literal('x" } UNION { ?s ?p ?label')},
    )
    assert rows.rows == []


def test_bound_variable_must_be_selected(store):
    with pytest.raises(QueryError, match=r"\?body is not in the SELECT clause"):
        store.select(
            "SELECT ?person WHERE { ?person org:memberOf ?body }", {"body": IDNS["body/b"]}
        )


def test_binding_in_ask_and_aggregate(store):
    assert store.ask("ASK { ?p hyte:chairs ?b }", {"b": IDNS["body/c"]})
    assert not store.ask("ASK { ?p hyte:chairs ?b }", {"b": IDNS["body/e"]})
    counts = store.select(
        "SELECT ?body (COUNT(?p) AS ?n) WHERE { ?p org:memberOf ?body } GROUP BY ?body",
        {"body": IDNS["body/a"]},
    )
    assert [int(n) for _b, n in counts.rows] == [2]


def test_ask_and_construct(store):
    assert store.ask("ASK { ?p hyte:chairs ?b }") is True
    assert store.ask("ASK { ?p hyte:leads ?b }") is False
    graph = store.construct("CONSTRUCT { ?b hyte:chairedBy ?p } WHERE { ?p hyte:chairs ?b }")
    assert (IDNS["body/c"], HYTE.chairedBy, IDNS["person/p2"]) in graph
    assert len(graph) == 3


def test_construct_results_identical_across_backends():
    query = "CONSTRUCT { ?b hyte:chairedBy ?p } WHERE { ?p hyte:chairs ?b }"
    ox, rd = (_store(name).construct(query) for name in ("oxigraph", "rdflib"))
    assert isomorphic(ox, rd)


def test_query_kind_mismatch_is_an_error(store):
    with pytest.raises(QueryError, match="expected a SELECT"):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="expected an ASK"):
        store.ask("SELECT * WHERE { ?s ?p ?o }")


def test_syntax_error_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.select("SELECT WHERE {")


def test_declared_prefix_wins_over_predeclared(store):
    rows = store.select(
        "PREFIX skos: <http://example.org/other#> SELECT ?l WHERE { ?s skos:prefLabel ?l }"
    )
    assert rows.rows == []


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_result_formats_identical_across_backends(fmt):
    query = (
        "SELECT ?person ?label WHERE { ?person a foaf:Person ; skos:prefLabel ?label } "
        "ORDER BY ?person"
    )
    ox, rd = (_store(name).query_results(query, fmt) for name in ("oxigraph", "rdflib"))
    assert ox == rd


def test_json_results_follow_w3c_shape(store):
    data = json.loads(
        store.query_results(
            "SELECT ?n ?l WHERE { ?s hyte:age ?n OPTIONAL { ?s hyte:nothing ?l } }", "json"
        )
    )
    assert data["head"]["vars"] == ["n", "l"]
    assert data["results"]["bindings"] == [
        {
            "n": {
                "type": "literal",
                "value": "42",
                "datatype": "http://www.w3.org/2001/XMLSchema#integer",
            }
        }
    ]
    assert json.loads(store.query_results("ASK { ?s ?p ?o }", "json")) == {
        "head": {},
        "boolean": True,
    }


def test_tsv_escapes_tabs(store):
    tsv = store.query_results(
        "SELECT ?note WHERE { ?s hyte:note ?note . FILTER(lang(?note) = 'fi') }", "tsv"
    )
    lines = tsv.decode().splitlines()
    assert lines[0] == "?note"
    assert lines[1] == '"rivi 1\\trivi 2"@fi'


def test_graph_formats_for_construct(store):
    ttl = store.query_results("CONSTRUCT WHERE { ?p hyte:chairs ?b }", "ttl")
    assert b"hyte:chairs" in ttl
    with pytest.raises(QueryError, match="returns a graph"):
        store.query_results("CONSTRUCT WHERE { ?p hyte:chairs ?b }", "csv")
    with pytest.raises(QueryError, match="not a graph"):
        store.query_results("SELECT * WHERE { ?p hyte:chairs ?b }", "ttl")
    with pytest.raises(ConfigurationError):
        store.query_results("SELECT * WHERE { ?p hyte:chairs ?b }", "yaml")


def _big(backend: str):
    store = new_store(backend)
    store.add_triples(
        (URIRef(f"https://example.org/{i}"), URIRef("https://example.org/p"), Literal(i))
        for i in range(400)
    )
    return store


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_timeout_raises(backend):
    store = _big(backend)
    # 64 million rows: far beyond what either backend returns within the limit.
    with pytest.raises(QueryTimeout):
        store.select("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.05)
    # The store is still usable afterwards.
    assert store.ask("ASK { ?s ?p ?o }", timeout=60)


def test_to_rdflib_and_len_agree():
    ox, rd = OxigraphStore(), RdflibStore()
    for s in (ox, rd):
        s.load_file(SMALL)
    assert len(ox) == len(rd) == len(ox.to_rdflib())
    assert isomorphic(ox.to_rdflib(), rd.to_rdflib())


def test_on_disk_oxigraph_store(tmp_path):
    store = OxigraphStore(tmp_path / "db")
    store.load_file(SMALL)
    assert store.ask("ASK { ?p hyte:chairs ?b }")


def test_unknown_backend():
    with pytest.raises(ConfigurationError, match="oxigraph"):
        new_store("virtuoso")


def test_an_error_from_a_timed_query_frees_its_results_in_the_thread_that_made_them():
    # pyoxigraph's result iterators may only be freed by the thread that made them: an error
    # raised under a time limit crosses to the caller's thread, and the frames it holds must
    # not carry the query's results with it.
    import threading

    from hytegraph.store.base import _run_with_timeout

    freed_in: list[str] = []

    class Results:
        def __del__(self):
            freed_in.append(threading.current_thread().name)

    def work(cancel):
        results = Results()  # noqa: F841 - held by this frame when the error is raised
        raise QueryError("no rows")

    with pytest.raises(QueryError) as raised:
        _run_with_timeout(work, timeout=30)
    assert freed_in == ["hytegraph-query"]
    del raised
