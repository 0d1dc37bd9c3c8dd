"""``who`` and ``body`` on the store's own terms (:mod:`hytegraph.views.plain`, no rdflib term)
answer as the general lookups (:mod:`hytegraph.views.lookups`) do: the same rows in the same
order, the same line on stderr, byte for byte, in every format and language and in a scope; on
the bundled data, the scope fixture and a synthetic graph with edge cases (a time note, a fact's
own dates, a name known only by ``rdfs:label``, evidence without a quote, an identifier)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, load_synth

from hytegraph.cli import main
from hytegraph.store.load import load_graph
from hytegraph.store.names import AmbiguousName, UnknownName
from hytegraph.views import kept_names, lookups, plain

synth = load_synth()
SCOPE = FIXTURES / "scope" / "scope.ttl"

# What the synthetic data may lack: a fact last cited by an older source while a later dated
# source describes its body (a time note), a fact with its own dates, a person named only by
# rdfs:label, evidence without a quote, two pieces of evidence from two dated sources, an
# identifier with a datatype, and an entity recorded as possibly the same as another.
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
<person/edge-1> a foaf:Person ; rdfs:label "Reuna Yksi" ;
    hyte:possiblySameAs <person/edge-3> .
<person/edge-2> a foaf:Person ; skos:prefLabel "Reuna Kaksi"@fi .
<person/edge-3> a foaf:Person ; skos:prefLabel "Reuna Kolme"@fi ;
    org:identifier "edge-3"^^hyte:WikidataId .
<source/edge-1> a hyte:SourceDocument ; skos:prefLabel "Reunalähde 2022"@fi ;
    dcterms:date "2022-05-01"^^xsd:date .
<source/edge-2> a hyte:SourceDocument ; skos:prefLabel "Reunalähde 2024"@fi ;
    dcterms:alternative "Reuna 24"@fi ; dcterms:date "2024"^^xsd:gYear .
<evidence/edge-1> a hyte:Evidence ; dcterms:source <source/edge-1> ;
    hyte:quote "Reunaryhmää johtaa Reuna Yksi."@fi ; hyte:sourceItem <item/edge-1> .
<item/edge-1> skos:prefLabel "Kysymys 4"@fi ; hyte:itemNumber 4 .
<evidence/edge-2> a hyte:Evidence ; dcterms:source <source/edge-2> .
<evidence/edge-3> a hyte:Evidence ; dcterms:source <source/edge-2> ;
    hyte:quote "Puheenjohtajana Reuna Yksi."@fi .
<evidence/edge-4> a hyte:Evidence ; dcterms:source <source/edge-1> ;
    hyte:quote "Jäsenenä Reuna Kaksi."@fi .
<evidence/edge-5> a hyte:Evidence ; dcterms:source <source/edge-2> ;
    hyte:quote "Reuna Kolme on mukana."@fi .
<fact/edge-1> a org:Membership ; org:member <person/edge-1> ; org:organization <body/edge-a> ;
    org:role <role/chair> ; hyte:evidence <evidence/edge-1> , <evidence/edge-2> ,
    <evidence/edge-3> ;
    org:memberDuring [ time:hasBeginning [ time:inXSDDate "2022-01-01"^^xsd:date ] ] .
<fact/edge-2> a org:Membership ; org:member <person/edge-2> ; org:organization <body/edge-a> ;
    org:role <role/member> ; hyte:evidence <evidence/edge-4> .
<fact/edge-3> a org:Membership ; org:member <person/edge-3> ; org:organization <body/edge-a> ;
    org:role <role/member> ; hyte:evidence <evidence/edge-5> .
"""


@pytest.fixture(autouse=True)
def _computed(monkeypatch):
    """Every command here computes its answer: none is read from a kept one
    (``tests/test_lookup_kept_names.py`` checks those against these)."""
    monkeypatch.setattr(kept_names, "read", lambda *args, **options: None)
    monkeypatch.setattr(kept_names, "keep", lambda *args, **options: False)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plain")
    synth.generate(folder / "national.ttl", 6000, seed=3)
    (folder / "edges.ttl").write_text(EDGES, encoding="utf-8")
    return [folder / "national.ttl", folder / "edges.ttl"]


def _outcome(work):
    try:
        match, rows = work()
    except (AmbiguousName, UnknownName) as e:
        return "error", type(e).__name__, str(e), getattr(e, "hint", None)
    return "rows", match, rows, [list(r) for r in rows]  # the columns in order too


def _compare(store, name, kind, lang="fi", within=plain.NO_SCOPE):
    general = getattr(lookups, kind)
    fast = getattr(plain, kind)
    expected = _outcome(lambda: general(store, name, lang, within=within))
    got = _outcome(lambda: fast(store, name, lang, within=within))
    assert got == expected, (kind, name, lang, within)
    return got


def test_the_same_rows_on_a_synthetic_graph(synthetic):
    store = load_graph(synthetic, include_bundled=False)
    chairs = lookups.chairs(store)
    people = sorted({r["chair"] for r in chairs})[:25]
    bodies = sorted({r["body"] for r in chairs})[:25]
    answered = 0
    for lang in ("fi", "en", "sv"):
        for name in [*people, "Reuna Yksi", "Reuna Kaksi"]:
            answered += _compare(store, name, "who", lang)[0] == "rows"
        for name in [*bodies, "Reunaryhmä"]:
            answered += _compare(store, name, "body", lang)[0] == "rows"
    assert answered > 100
    # the edge cases are there, and answered as the general path does
    _kind, _match, rows, _columns = _compare(store, "Reunaryhmä", "body")
    by_actor = {r["actor"]: r for r in rows}
    assert by_actor["Reuna Yksi"]["start"] == "2022-01-01"
    assert (by_actor["Reuna Yksi"]["first_cited"], by_actor["Reuna Yksi"]["last_cited"]) == (
        "2022-05-01",
        "2024",
    )
    # evidence without a quote is left out; the item's number where the evidence has an item
    assert [s["item_number"] for s in by_actor["Reuna Yksi"]["sources"]] == [None, 4]
    assert "Reunalähde 2024 (2024)" in by_actor["Reuna Kaksi"]["time_note"]
    _kind, _match, rows, _columns = _compare(store, "Reuna Yksi", "who", "en")
    assert {r["possibly_same_as"] for r in rows} == {None, "Reuna Kolme"}


TWINS = """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/twin-a> a hyte:SteeringGroup ; skos:prefLabel "Kaksoisryhmä"@fi ;
    org:subOrganizationOf <org/lohja> .
<body/twin-b> a hyte:SteeringGroup ; skos:prefLabel "Kaksoisryhmä"@fi ;
    org:subOrganizationOf <org/kerava> .
"""


def test_candidates_of_one_name_are_told_apart_alike(tmp_path):
    # two bodies of the same name: the error names each with its municipality
    (tmp_path / "twins.ttl").write_text(TWINS, encoding="utf-8")
    store = load_graph([SCOPE, tmp_path / "twins.ttl"], include_bundled=False)
    outcome = _compare(store, "Kaksoisryhmä", "body")
    assert outcome[0] == "error" and "Kaksoisryhmä (Lohjan kaupunki)" in outcome[2]


def test_the_same_rows_in_a_scope(synthetic):
    store = load_graph([SCOPE], include_bundled=False)
    for municipality, county in (("Lohja", None), (None, "Keski-Uudenmaan"), ("Kerava", None)):
        within = plain.scope(store, municipality, county)
        for name in ("Aino Koskinen", "hyvinvointiryhmä", "Lohjan kaupunki", "ohjausryhmä"):
            _compare(store, name, "who", "fi", within)
            _compare(store, name, "body", "en", within)


ARGS = [
    ["who", "Virpi Mattila"],
    ["who", "Virpi Mattila", "--format", "json", "--lang", "en"],
    ["who", "Virpi Mattila", "--municipality", "Espoo", "--format", "csv"],
    ["who", "Espoo", "--format", "json"],
    ["who", "hyte-alue", "--lang", "sv"],
    ["who", "Mattila", "--excel"],
    ["who", "nobody by this name"],
    ["body", "hyvinvointiryhmä"],
    ["body", "hyvinvointiryhmä", "--format", "json", "--lang", "sv"],
    ["body", "ohjausryhmä", "--format", "csv", "--lang", "en"],
    ["body", "ohjausryhmä"],
]


@pytest.mark.parametrize("args", ARGS, ids=[" ".join(a) for a in ARGS])
def test_the_command_prints_the_same(args, monkeypatch):
    runner = CliRunner()
    calls: list[str] = []
    for kind in ("who", "body"):
        real = getattr(plain, kind)
        monkeypatch.setattr(
            plain,
            kind,
            lambda *a, _real=real, _kind=kind, **k: calls.append(_kind) or _real(*a, **k),
        )
    fast = runner.invoke(main, args)
    assert calls == [args[0]]  # the plain path answered
    with monkeypatch.context() as m:
        m.setattr(plain, "usable", lambda store, as_of=None: False)
        general = runner.invoke(main, args)
    assert calls == [args[0]]  # and the general path the second time
    assert (fast.exit_code, fast.stdout_bytes, fast.stderr_bytes) == (
        general.exit_code,
        general.stdout_bytes,
        general.stderr_bytes,
    )


def test_the_command_on_the_synthetic_graph_prints_the_same(synthetic, monkeypatch):
    runner = CliRunner()
    data = [a for path in synthetic for a in ("--data", str(path))]
    for args in (
        ["body", "Reunaryhmä", "--format", "json"],
        ["who", "Reuna Kolme", "--lang", "en"],
        ["who", "Reuna Yksi", "--format", "csv"],
    ):
        fast = runner.invoke(main, [*data, *args])
        with monkeypatch.context() as m:
            m.setattr(plain, "usable", lambda store, as_of=None: False)
            general = runner.invoke(main, [*data, *args])
        assert fast.exit_code == 0, fast.output
        assert (fast.stdout_bytes, fast.stderr_bytes) == (
            general.stdout_bytes,
            general.stderr_bytes,
        )


def test_not_for_other_stores_or_a_date():
    assert plain.usable(load_graph())
    assert not plain.usable(load_graph(), "2024-01-01")
    assert not plain.usable(load_graph(backend="rdflib"))
