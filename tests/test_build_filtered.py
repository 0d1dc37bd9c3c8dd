"""Above the size of the shared in-memory copy, build's maps and summary read a filtered copy of
their own: only the predicates their queries read (found from the queries' text), any other
question passed to the on-disk store. The network (every node, edge and attribute), the
overview's places and the summary from it are those from the whole store, and so are the files
a build writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_synth
from rdflib import URIRef
from rdflib.namespace import SKOS

from hytegraph import build as build_mod
from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ORG
from hytegraph.store import memory_copy as copies
from hytegraph.store.load import load_graph
from hytegraph.store.reads import predicates_of_queries, predicates_read
from hytegraph.views import overview
from hytegraph.views.network import PARTS_QUERIES, NetworkParts
from hytegraph.views.summary import QUERIES, summarise

EX = "http://example.org/"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("SELECT * WHERE { ?s <http://a> ?o }", {"http://a"}),
        ("ASK { ?s a <http://C> }", {_TYPE}),
        ("SELECT * WHERE { VALUES ?p { <http://a> <http://b> } ?s ?p ?o }", {"http://a", "http://b"}),
        (
            "SELECT * WHERE { VALUES ?p { <http://c> } { ?s ?p ?o }"
            " UNION { ?s <http://d>/^<http://e> ?o } }",
            {"http://c", "http://d", "http://e"},
        ),
        ("SELECT * WHERE { ?s <http://a> ?o FILTER EXISTS { ?o <http://b> ?x } }", {"http://a", "http://b"}),
        (
            "SELECT * WHERE { ?s <http://a> ?o { SELECT ?o WHERE { ?o <http://b> ?z } } }",
            {"http://a", "http://b"},
        ),
        ("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <http://a> ?o } GROUP BY ?s ORDER BY ?s LIMIT 3", {"http://a"}),
        # any predicate: unrestricted, restricted only outside its scope, or not a plain read
        ("SELECT * WHERE { ?s ?p ?o }", None),
        ("SELECT * WHERE { ?s <http://a> ?o OPTIONAL { ?o ?p ?x } }", None),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?p = <http://a>) }", None),
        ("SELECT * WHERE { VALUES ?p { <http://a> } { SELECT ?s WHERE { ?s ?p ?o } } }", None),
        ("SELECT * WHERE { VALUES ?p { <http://a> UNDEF } ?s ?p ?o }", None),
        ("SELECT * WHERE { ?s !<http://a> ?o }", None),
        ("SELECT * WHERE { GRAPH ?g { ?s <http://a> ?o } }", None),
        ("SELECT * FROM <http://g> WHERE { ?s <http://a> ?o }", None),
        ("SELECT * WHERE { SERVICE <http://x> { ?s <http://a> ?o } }", None),
        ("DESCRIBE <http://x>", None),
        ("SELECT nonsense", None),
    ],
)  # fmt: skip
def test_the_predicates_a_query_reads(query, read):
    found = predicates_read(query)
    assert found == (None if read is None else frozenset(read))


def test_a_bound_parameter_restricts_the_predicate_it_is_bound_to():
    count = resources.read_sparql("summary_predicates")
    assert predicates_read(count) is None
    assert predicates_read(count, {"predicate": EX + "p"}) == {EX + "p"}
    assert predicates_of_queries([count]) is None


def test_the_maps_read_the_predicates_their_queries_name():
    phases = build_mod.maps_phases()
    assert phases is not None and len(phases) == 2
    first, then = phases
    assert {_TYPE, str(ORG.member), str(ORG.role)} <= first
    assert {str(HYTE.evidence), str(HYTE.quote), str(SKOS.prefLabel)} <= then
    assert str(HYTE.quote) not in first and _TYPE not in then
    # what no map and no summary shows is left out: topics, hidden labels, dates, names
    assert not {str(HYTE.topic), str(SKOS.hiddenLabel)} & (first | then)
    names = (*PARTS_QUERIES, *QUERIES)
    assert first | then >= predicates_of_queries(resources.read_sparql(n) for n in names)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "national-50k.ttl"
    load_synth().generate(path, 50_000, seed=1)
    return path


def _network(parts: NetworkParts):
    graph = parts.graph()
    return (
        sorted(graph.nodes(data=True)),
        sorted(graph.edges(keys=True, data=True)),
        parts.publishers(),
    )


def _places(parts: NetworkParts):
    found = overview.places_of_parts(parts, parts.publishers())
    return {
        iri: (p.kind, p.bodies, p.memberships, p.facts, p.rows) for iri, p in sorted(found.items())
    }


@pytest.mark.parametrize("data", ["bundled", "synthetic-50k"])
def test_the_maps_and_the_summary_from_a_filtered_copy_are_those_from_the_store(data, synthetic):
    store = load_graph([synthetic] if data != "bundled" else [], cache=True)
    first, then = build_mod.maps_phases()
    count = resources.read_sparql("summary_predicates")
    for lang in ("fi", "en"):
        # as build reads it: the summary, then the network, each query once
        filtered = copies.filtered_copy(store, first, then=[then])
        assert filtered is not None and len(filtered) == len(store)
        assert 0 < len(filtered.copy) < len(store) and filtered.phase == 0
        assert summarise(filtered) == summarise(store)
        from_copy = NetworkParts.read(filtered, lang)
        assert filtered.phase == 1  # the second half of the copy read for the nodes' data
        from_store = NetworkParts.read(store, lang)
        assert len(from_copy.nodes) > 50 and from_copy.edges
        assert _network(from_copy) == _network(from_store)
        assert _places(from_copy) == _places(from_store)
        assert any(place[3] for place in _places(from_copy).values())
        # the summary's counts of the derived relations are the only questions for the store
        assert filtered.to_whole and set(filtered.to_whole) == {count}
        filtered.close()
        assert filtered.copy is None


def test_a_filtered_copy_in_phases_never_goes_back():
    store = load_graph(cache=True)
    label = str(SKOS.prefLabel)
    filtered = copies.filtered_copy(store, {_TYPE}, then=[{label}])
    assert filtered is not None and filtered.phase == 0
    typed = "SELECT ?s ?c WHERE { ?s a ?c FILTER(isIRI(?s)) }"  # blank nodes: labels of their own
    named = f"SELECT ?s ?o WHERE {{ ?s <{label}> ?o }}"
    assert sorted(filtered.select_plain(typed)) == sorted(store.select_plain(typed))
    # a lookup by subject of the next phase's predicates: from the store, in the same phase
    some = sorted(row[0] for row in store.select_plain(named))[:3]
    wanted = [URIRef(s) for s in some]
    assert sorted(filtered.objects_of(wanted, [SKOS.prefLabel])) == sorted(
        store.objects_of(wanted, [SKOS.prefLabel])
    )
    assert filtered.phase == 0 and filtered.to_whole == []
    rows = filtered.select_plain(named)
    assert filtered.phase == 1 and filtered.to_whole == []
    assert rows and sorted(rows) == sorted(store.select_plain(named))
    assert len(filtered.copy) == len(rows)
    assert sorted(filtered.select_plain(typed)) == sorted(store.select_plain(typed))
    assert filtered.phase == 1 and filtered.to_whole == [typed]


def test_a_question_beyond_the_copy_is_answered_by_the_store():
    store = load_graph(cache=True)
    filtered = copies.filtered_copy(store, {_TYPE})
    assert filtered is not None
    query = f"SELECT ?s ?o WHERE {{ ?s <{SKOS.prefLabel}> ?o }}"
    rows = filtered.select_plain(query)
    assert rows and sorted(rows) == sorted(store.select_plain(query))
    assert filtered.to_whole == [query]
    typed = "SELECT ?s ?c WHERE { ?s a ?c FILTER(isIRI(?s)) }"  # blank nodes: labels of their own
    assert sorted(filtered.select_plain(typed)) == sorted(store.select_plain(typed))
    assert filtered.to_whole == [query]  # answered by the copy
    assert filtered.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1").rows
    assert len(filtered.to_whole) == 2


def test_a_filtered_copy_of_files_that_state_a_triple_twice(tmp_path):
    data = tmp_path / "twice.ttl"
    data.write_text(
        f"<{EX}a> a <{EX}C> .\n<{EX}a> a <{EX}C> .\n<{EX}a> <{EX}b> <{EX}c> .\n"
        f"<{EX}a> <{EX}b> <{EX}c> .\n<{EX}a> <{EX}d> <{EX}e> .\n",
        encoding="utf-8",
    )
    store = load_graph([data], cache=True)
    filtered = copies.filtered_copy(store, {_TYPE, EX + "d"})
    assert filtered is not None and len(filtered) == len(store)

    def named(quads):  # blank nodes get labels of their own in each load
        return {str(q) for q in quads if "_:" not in str(q)}

    kept = (_TYPE, EX + "d")
    assert len(filtered.copy) == sum(1 for q in store._store if q.predicate.value in kept)
    assert named(filtered.copy) == named(q for q in store._store if q.predicate.value in kept)
    assert f"<{EX}a> <{EX}d> <{EX}e>" in " ".join(named(filtered.copy))


def test_no_filtered_copy_of_changed_files_or_above_the_limit(tmp_path, monkeypatch):
    assert copies.filtered_copy(load_graph(), {_TYPE}) is None  # in memory already
    data = tmp_path / "extra.ttl"
    data.write_text(f"<{EX}a> <{EX}b> <{EX}c> .\n", encoding="utf-8")
    store = load_graph([data], cache=True)
    assert copies.filtered_copy(store, {_TYPE}) is not None
    monkeypatch.setattr(copies, "MAX_FILTERED_TRIPLES", len(store) - 1)
    assert copies.filtered_copy(store, {_TYPE}) is None
    monkeypatch.undo()
    data.write_text(f"<{EX}a> <{EX}b> <{EX}d> .\n", encoding="utf-8")
    assert copies.filtered_copy(store, {_TYPE}) is None  # the store holds the file as it was


def _files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_build_above_the_copy_limit_writes_what_a_build_from_the_copy_writes(
    tmp_path, monkeypatch
):
    load_graph(cache=True)
    shared = build_mod.build(tmp_path / "shared", cache=True, overview_above=0)
    assert "copy" in shared.timings and "filtered copy" not in shared.timings
    monkeypatch.setattr(copies, "MAX_TRIPLES", 10)  # no copy to share
    step = build_mod.filtered_copy_step

    def made(ctx):  # in the maps' process: fails the build when no copy is made
        step(ctx)
        assert ctx.filtered is not None
        # two phases: the name index is made from the first, which holds what it reads
        assert len(ctx.filtered.phases) == 2 and build_mod.names_phase() <= ctx.filtered.phases[0]

    monkeypatch.setattr(build_mod, "filtered_copy_step", made)
    filtered = build_mod.build(tmp_path / "filtered", cache=True, overview_above=0)
    assert "copy" not in filtered.timings
    assert list(filtered.timings)[:4] == ["load", "validate", "filtered copy", "graph files"]
    assert filtered.summary == shared.summary
    assert [p.relative_to(tmp_path / "filtered") for p in filtered.files] == [
        p.relative_to(tmp_path / "shared") for p in shared.files
    ]
    written = _files_under(tmp_path / "filtered")
    expected = _files_under(tmp_path / "shared")
    assert written.keys() == expected.keys() and any(k.startswith("maps/") for k in written)
    for name, data in expected.items():
        if name not in ("graph.ttl", "graph.jsonld"):  # subject order differs; same graph
            assert written[name] == data, name


def test_above_the_copy_limit_the_place_maps_are_shared_once_the_site_is_done(
    tmp_path, monkeypatch
):
    load_graph(cache=True)
    monkeypatch.setattr(copies, "MAX_TRIPLES", 10)  # no copy to share
    seen = []
    site = build_mod.write_site_step

    def writing_site(ctx):  # the event for the maps' second process: not yet set
        seen.append((ctx, ctx.core_free is not None and not ctx.core_free.is_set()))
        site(ctx)

    steps = [(name, writing_site if name == "site" else step) for name, step in build_mod.STEPS]
    result = build_mod.build(tmp_path / "out", cache=True, overview_above=0, steps=steps)
    assert "filtered copy" in result.timings
    [(ctx, unset_during_site)] = seen
    assert unset_during_site and ctx.core_free.is_set()  # set once the site was written


def _catalogue(index):
    """The site's catalogue of ``index`` (through a store that has that index)."""
    from hytegraph.store import names
    from hytegraph.web.content import Catalogue

    holder = load_graph()
    names.remember(holder, index)
    catalogue = Catalogue.of(holder, "fi")
    return (
        list(catalogue.by_kind),
        {kind: [(e.iri, e.label) for e in found] for kind, found in catalogue.by_kind.items()},
        list(catalogue.kinds.items()),
    )


@pytest.mark.parametrize("data", ["bundled", "synthetic-50k"])
def test_the_name_index_from_a_filtered_copy_is_that_from_the_store(data, synthetic):
    from hytegraph.store import names

    store = load_graph([synthetic] if data != "bundled" else [], cache=True)
    first, then = build_mod.maps_phases()
    named = build_mod.names_phase()
    assert named is not None and {_TYPE, str(SKOS.hiddenLabel)} <= named
    # as build makes it: the name index's predicates in the first phase
    filtered = copies.filtered_copy(store, first | named, then=[then])
    from_copy = names.from_store(filtered)
    assert filtered.phase == 0 and filtered.to_whole == []  # answered from memory
    network = NetworkParts.read(filtered, "fi")
    assert filtered.phase == 1 and filtered.to_whole == []
    assert _network(network) == _network(NetworkParts.read(store, "fi"))
    from_store = names.from_store(store)
    copied, stored = list(from_copy.all()), list(from_store.all())
    assert len(copied) > 100 and sorted(copied) == sorted(stored)
    # the catalogue depends on the entries, not on their order
    assert _catalogue(from_copy) == _catalogue(from_store)
    assert _catalogue(names.build(reversed(stored))) == _catalogue(from_store)
    filtered.close()


def test_a_catalogue_shows_the_smaller_of_two_names_of_a_kind_in_any_order():
    from hytegraph.store.names import build
    from hytegraph.store.names.index import Entry as Name

    two = [
        Name(EX + "x", "Beta", "fi", "body", False),
        Name(EX + "x", "Alfa", "fi", "body", False),
        Name(EX + "x", "Aaa", "fi", "body", True),
        Name(EX + "y", "Gamma", "", "person", False),
    ]
    found = _catalogue(build(two))
    assert found == _catalogue(build(list(reversed(two))))
    assert found[1] == {"person": [(EX + "y", "Gamma")], "body": [(EX + "x", "Alfa")]}
    assert found[0] == ["body", "person"]  # in the order of the home page


def test_the_maps_keep_the_name_index_made_from_their_copy(tmp_path):
    from hytegraph.store import names
    from hytegraph.store.cache import keep_name_index

    path = tmp_path / "small.ttl"
    load_synth().generate(path, 5_000, seed=3)
    store = load_graph([path], cache=True)
    assert isinstance(names.known_index(store), names.LazyNameIndex)
    filtered = copies.filtered_copy(store, build_mod.names_phase())
    assert keep_name_index(store, filtered)
    made = names.known_index(store)
    assert not isinstance(made, names.LazyNameIndex)
    entry = store.cache_entry
    assert entry.artefact(names.SQLITE_FILE) or entry.artefact(names.MEMORY_FILE)
    assert filtered.to_whole == []
    # another process opening the entry reads the kept index; making it again is a no-op
    again = load_graph([path], cache=True)
    assert not isinstance(names.known_index(again), names.LazyNameIndex)
    assert keep_name_index(again, filtered)
    assert sorted(names.index_for(again).all()) == sorted(names.from_store(store).all())
