"""build reads a cached graph once into memory for the steps beside validation: the copy holds
the store's graph, the graph files and maps written from it are those written from the store,
and the JSON-LD writer puts each node object together from pre-encoded terms with the same
bytes as ``json`` writes for it."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from hytegraph import build as build_mod
from hytegraph.core import rdfio
from hytegraph.core.namespaces import PREFIXES
from hytegraph.store.load import load_graph
from hytegraph.store.memory_copy import memory_copy, subject_ordered

EX = "http://example.org/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _reference_jsonld(triples, out) -> None:
    """The JSON-LD writer as it was before its node objects were put together from
    pre-encoded terms: a dict per subject, encoded by ``json``."""
    by_length = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))

    def compact(iri):
        for name, namespace in by_length:
            if iri.startswith(namespace) and not iri[len(namespace) :].startswith("//"):
                return f"{name}:{iri[len(namespace) :]}"
        return iri

    def value(term):
        if isinstance(term, ox.NamedNode):
            return {"@id": compact(term.value)}
        if isinstance(term, ox.BlankNode):
            return {"@id": f"_:{term.value}"}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": compact(term.datatype.value)}

    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out.write(b'{\n"@context":' + dumps(dict(PREFIXES)).encode() + b',\n"@graph":[')
    nodes: list[dict] = []
    current = None
    for t in triples:
        if t.subject != current:
            current = t.subject
            iri = isinstance(current, ox.NamedNode)
            nodes.append({"@id": compact(current.value) if iri else f"_:{current.value}"})
        node = nodes[-1]
        if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(t.object.value))
        else:
            node.setdefault(compact(t.predicate.value), []).append(value(t.object))
    out.write(",\n".join([""] + [dumps(n) for n in nodes])[1:].encode() if nodes else b"")
    out.write(b"\n]}\n")


def _written(write, triples) -> bytes:
    out = io.BytesIO()
    write(iter(triples), out)
    return out.getvalue()


@pytest.fixture(scope="module")
def cached():
    return load_graph(cache=True)


def test_the_jsonld_writer_writes_what_json_writes_for_each_node(cached):
    triples = list(build_mod.triples_of(cached))
    assert len(triples) > 1000
    assert _written(rdfio.write_jsonld, triples) == _written(_reference_jsonld, triples)


_iris = st.sampled_from(
    [EX + "a", EX + "b", f"{EX}//x", "https://w3id.org/hytegraph/id/person/p1"]
    + [f"{ns}x{i}" for i, ns in enumerate(PREFIXES.values())]
)
_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)
_objects = st.one_of(
    _iris.map(ox.NamedNode),
    st.sampled_from(["b1", "b2"]).map(ox.BlankNode),
    _texts.map(ox.Literal),
    st.tuples(_texts, st.sampled_from(["fi", "en", "sv-FI"])).map(
        lambda t: ox.Literal(t[0], language=t[1])
    ),
    st.tuples(_texts, _iris).map(lambda t: ox.Literal(t[0], datatype=ox.NamedNode(t[1]))),
)
_subjects = st.one_of(_iris.map(ox.NamedNode), st.sampled_from(["b1", "b2"]).map(ox.BlankNode))
_predicates = st.one_of(_iris, st.just(_RDF_TYPE)).map(ox.NamedNode)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_subjects, _predicates, _objects), max_size=25))
def test_the_jsonld_writer_matches_json_on_any_triples(rows):
    # subjects seen again later, literals typed as rdf:type objects, IRIs that do not compact
    triples = [ox.Triple(*row) for row in rows]
    written = _written(rdfio.write_jsonld, triples)
    assert written == _written(_reference_jsonld, triples)
    json.loads(written)


def test_a_memory_copy_holds_the_graph_of_the_cached_store(cached):
    copy = memory_copy(cached)
    assert copy is not None and len(copy) == len(cached)
    quads = list(subject_ordered(copy))
    assert len(quads) == len(cached)
    # a subject's triples together and by predicate, the subjects in order
    subjects = [q.subject for q in quads]
    runs = [s for k, s in enumerate(subjects) if k == 0 or s != subjects[k - 1]]
    assert len(runs) == len(set(runs))
    keys = [(type(s) is ox.BlankNode, s.value) for s in runs]
    assert keys == sorted(keys)
    for k in range(1, len(quads)):
        if subjects[k] == subjects[k - 1]:
            assert quads[k - 1].predicate.value <= quads[k].predicate.value
    graph = rdflib.Graph().parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nt")
    assert isomorphic(graph, cached.to_rdflib())


def test_no_memory_copy_of_a_store_not_from_the_cache_or_of_changed_files(tmp_path):
    assert memory_copy(load_graph()) is None  # in memory already
    data = tmp_path / "extra.ttl"
    data.write_text(f"<{EX}a> <{EX}b> <{EX}c> .\n", encoding="utf-8")
    store = load_graph([data], cache=True)
    assert memory_copy(store) is not None
    data.write_text(f"<{EX}a> <{EX}b> <{EX}d> .\n", encoding="utf-8")
    assert memory_copy(store) is None  # the store holds the file as it was


def test_a_memory_copy_from_files_parsed_ahead_holds_the_same_graph(cached, monkeypatch):
    from hytegraph.store import memory_copy as module
    from hytegraph.store.load import input_files

    files, _folders = input_files()
    assert files == cached.info.files
    ahead = module.parse_ahead(files)
    assert ahead is not None
    copy = memory_copy(cached, ahead)
    assert copy is ahead.engine and len(copy) == len(cached)
    quads = list(copy.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    graph = rdflib.Graph().parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nt")
    assert isomorphic(graph, cached.to_rdflib())
    # other files than the entry's: parsed again, not used
    other = module.parse_ahead(files[:1])
    assert other is not None
    again = memory_copy(cached, other)
    assert again is not None and again is not other.engine and len(again) == len(cached)
    monkeypatch.setattr(module, "MAX_BYTES_AHEAD", 10)
    assert module.parse_ahead(files) is None  # left until the entry says how many triples


def test_no_memory_copy_of_a_graph_larger_than_the_limit(cached, monkeypatch):
    from hytegraph.store import memory_copy as module

    assert memory_copy(cached) is not None
    monkeypatch.setattr(module, "MAX_TRIPLES", len(cached) - 1)
    assert memory_copy(cached) is None  # the steps beside validation read the store instead


def test_a_build_from_the_memory_copy_writes_what_a_build_from_the_store_writes(
    tmp_path, cached, monkeypatch
):
    copied = build_mod.build(tmp_path / "copied", cache=True, overview_above=0)
    assert "copy" in copied.timings
    monkeypatch.setattr(build_mod, "memory_copy", lambda store, parsed=None: None)
    plain = build_mod.build(tmp_path / "plain", cache=True, overview_above=0)
    assert "copy" not in plain.timings
    assert copied.summary == plain.summary
    assert [p.relative_to(tmp_path / "copied") for p in copied.files] == [
        p.relative_to(tmp_path / "plain") for p in plain.files
    ]
    expected = cached.to_rdflib()
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        read = rdflib.Graph().parse(tmp_path / "copied" / name, format=fmt)
        assert isomorphic(read, expected), name
    # the overview, the place maps and the site: the same bytes
    compared = 0
    for path in sorted((tmp_path / "plain").rglob("*")):
        rel = path.relative_to(tmp_path / "plain")
        if path.is_file() and rel.parts[0] not in ("graph.ttl", "graph.jsonld"):
            assert (tmp_path / "copied" / rel).read_bytes() == path.read_bytes(), rel
            compared += 1
    assert (tmp_path / "plain" / "maps").is_dir() and compared > 100
