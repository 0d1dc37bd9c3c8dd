"""Store.select_plain: SELECT rows as plain strings, the same from every backend."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

from hytegraph.errors import QueryError
from hytegraph.store import OxigraphStore, RdflibStore, Store, plain_term

EX = "https://example.org/"
TRIPLES = [
    (URIRef(EX + "a"), URIRef(EX + "name"), Literal("Aino", lang="fi")),
    (URIRef(EX + "a"), URIRef(EX + "name"), Literal("Aino (en)", lang="en")),
    (URIRef(EX + "a"), URIRef(EX + "age"), Literal(41)),
    (URIRef(EX + "b"), URIRef(EX + "name"), Literal("Bertta")),
    (URIRef(EX + "b"), URIRef(EX + "knows"), BNode("x1")),
]

QUERY = f"""
SELECT ?s ?value ?lang WHERE {{
  ?s <{EX}name> ?value .
  OPTIONAL {{ ?s <{EX}knows> ?nobody . FILTER(false) }}
  BIND(LANG(?value) AS ?lang)
}}
"""


@pytest.fixture(params=["oxigraph", "rdflib"])
def store(request) -> Store:
    backend = OxigraphStore() if request.param == "oxigraph" else RdflibStore()
    backend.add_triples(TRIPLES)
    return backend


def test_rows_are_plain_strings(store):
    rows = store.select_plain(QUERY)
    assert set(rows) == {
        (EX + "a", "Aino", "fi"),
        (EX + "a", "Aino (en)", "en"),
        (EX + "b", "Bertta", ""),
    }
    assert all(type(value) is str for row in rows for value in row)


def test_unbound_typed_literal_and_blank_node(store):
    rows = store.select_plain(
        f"SELECT ?s ?age ?friend WHERE {{ ?s <{EX}name> ?n . "
        f"OPTIONAL {{ ?s <{EX}age> ?age }} OPTIONAL {{ ?s <{EX}knows> ?friend }} }}"
    )
    by_subject = {row[0]: row[1:] for row in rows}
    assert by_subject[EX + "a"] == ("41", None)  # the lexical form, datatype dropped
    age, friend = by_subject[EX + "b"]
    assert age is None
    assert friend is not None and friend.startswith("_:")


def test_bindings_are_rdf_terms(store):
    rows = store.select_plain(
        f"SELECT ?s ?value WHERE {{ ?s <{EX}name> ?value }}", {"s": URIRef(EX + "b")}
    )
    assert rows == [(EX + "b", "Bertta")]


def test_same_rows_as_select(store):
    converted = [tuple(plain_term(t) for t in row) for row in store.select(QUERY).rows]
    assert sorted(store.select_plain(QUERY)) == sorted(converted)


def test_only_select_queries(store):
    with pytest.raises(QueryError):
        store.select_plain(f"ASK {{ ?s <{EX}name> ?o }}")


def test_the_default_converts_select_results():
    class OnlySelect(RdflibStore):
        """A backend that implements nothing of select_plain (as a remote store may)."""

    store = OnlySelect()
    store.add_triples(TRIPLES)
    assert "select_plain" not in OnlySelect.__dict__ and "select_plain" not in vars(RdflibStore)
    assert set(store.select_plain(QUERY)) == {
        (EX + "a", "Aino", "fi"),
        (EX + "a", "Aino (en)", "en"),
        (EX + "b", "Bertta", ""),
    }


def test_plain_term():
    assert plain_term(None) is None
    assert plain_term(URIRef(EX + "a")) == EX + "a"
    assert plain_term(Literal("Aino", lang="fi")) == "Aino"
    assert plain_term(BNode("x1")) == "_:x1"
