"""``chairs`` in one query (``hytegraph/sparql/chairs_rows.rq``) gives what the lookups' general
path gives (the catalogue query ``who-chairs-what``, then labels, evidence, areas and dates
fetched for its rows): the same rows, in the same order, with the same values."""

from __future__ import annotations

import pytest
from conftest import load_synth

from hytegraph.store.load import load_graph
from hytegraph.views import lookups

synth = load_synth()

# Chairs the synthetic data does not have: one named only by rdfs:label, one with a name in
# English only, a post held ex officio, evidence without a quote beside evidence with one,
# a membership with its own dates and one with two pieces of evidence from two dated sources.
EDGES = """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<body/edge-a> a hyte:SteeringGroup ; skos:prefLabel "Reunaryhmä"@fi , "Edge group"@en .
<body/edge-b> a hyte:Network ; skos:prefLabel "Edge network"@en .
<person/edge-1> a foaf:Person ; rdfs:label "Reuna Yksi" .
<person/edge-2> a foaf:Person ; skos:prefLabel "Reuna Kaksi"@fi .
<post/edge-chair> a org:Post ; skos:prefLabel "Reunaryhmän puheenjohtaja"@fi ;
    org:postIn <body/edge-b> ; org:role <role/chair> ; org:heldBy <person/edge-2> .
<source/edge-1> a hyte:SourceDocument ; skos:prefLabel "Reunalähde 2022"@fi ;
    dcterms:date "2022-05-01"^^xsd:date .
<source/edge-2> a hyte:SourceDocument ; skos:prefLabel "Reunalähde 2024"@fi ;
    dcterms:alternative "Reuna 24"@fi ; dcterms:date "2024"^^xsd:gYear .
<evidence/edge-1> a hyte:Evidence ; dcterms:source <source/edge-1> ;
    hyte:quote "Reunaryhmää johtaa Reuna Yksi."@fi .
<evidence/edge-2> a hyte:Evidence ; dcterms:source <source/edge-2> .
<evidence/edge-3> a hyte:Evidence ; dcterms:source <source/edge-2> ;
    hyte:quote "Puheenjohtajana Reuna Yksi."@fi .
<fact/edge-1> a org:Membership ; org:member <person/edge-1> ; org:organization <body/edge-a> ;
    org:role <role/chair> ; hyte:evidence <evidence/edge-1> , <evidence/edge-2> ,
    <evidence/edge-3> ;
    org:memberDuring [ time:hasBeginning [ time:inXSDDate "2022-01-01"^^xsd:date ] ] .
<fact/edge-2> a org:Membership ; org:member <person/edge-2> ; org:organization <body/edge-b> ;
    org:role <role/chair> .
"""


def _both(store, lang="fi", within=lookups.NO_SCOPE, body=None):
    fast = lookups.chairs(store, body, lang, within=within)
    bindings = {}
    if body is not None:
        from rdflib import URIRef

        bindings["body"] = URIRef(next(iter({r["body_iri"] for r in fast})))
    general = lookups._chairs_by_parts(store, bindings, lang, within, None, None)
    return fast, general


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chairs")
    synth.generate(folder / "national.ttl", 6000, seed=2)
    (folder / "edges.ttl").write_text(EDGES, encoding="utf-8")
    return load_graph([folder / "national.ttl", folder / "edges.ttl"])


@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
def test_same_rows_as_the_general_path(synthetic, lang):
    fast, general = _both(synthetic, lang)
    assert len(fast) > 20
    assert fast == general
    assert [list(r) for r in fast] == [list(r) for r in general]  # the same columns, in order
    # the edge cases are among them, named as every lookup names them
    by_chair = {r["chair_iri"]: r for r in fast}
    edge_1 = by_chair["https://w3id.org/hytegraph/id/person/edge-1"]
    assert edge_1["chair"] == "Reuna Yksi"
    assert [s["evidence_iri"] for s in edge_1["sources"]] == [
        "https://w3id.org/hytegraph/id/evidence/edge-1",
        "https://w3id.org/hytegraph/id/evidence/edge-3",
    ]
    assert edge_1["start"] == "2022-01-01"
    assert (edge_1["first_cited"], edge_1["last_cited"]) == ("2022-05-01", "2024")
    assert any(r["ex_officio"] for r in fast)


def test_same_rows_in_a_scope_and_for_one_body(synthetic):
    municipality = next(
        iri
        for iri, cls in synthetic.select_plain(lookups.resources.read_sparql("scope_areas"))
        if cls.endswith("#Municipality")
    )
    from hytegraph.store.names import Match

    within = lookups.Scope(municipality=Match(municipality, "municipality", "", 100))
    fast, general = _both(synthetic, "en", within)
    assert fast and fast == general
    fast, general = _both(synthetic, "fi", body="Reunaryhmä")
    assert len(fast) == 1 and fast == general


def test_bundled_data_in_both_backends():
    for backend in ("oxigraph", "rdflib"):
        store = load_graph(backend=backend)
        for lang in ("fi", "en"):
            fast, general = _both(store, lang)
            assert fast and fast == general, backend


def test_without_own_dates_only_start_and_end_are_left_empty(synthetic):
    with_dates = lookups.chairs(synthetic)
    without = lookups.chairs(synthetic, own_dates=False)
    assert any(r["start"] for r in with_dates)  # the synthetic memberships have dates
    assert all(r["start"] == r["end"] == "" for r in without)
    strip = [{k: v for k, v in r.items() if k not in ("start", "end")} for r in with_dates]
    assert strip == [{k: v for k, v in r.items() if k not in ("start", "end")} for r in without]
