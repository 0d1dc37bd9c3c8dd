"""network.py: kinds, labels, edges with the evidence of their facts, selection of a part."""

from __future__ import annotations

import pytest

from hytegraph.errors import ConfigurationError, HytegraphError
from hytegraph.store.load import load_graph
from hytegraph.views.network import (
    ID,
    UnknownNode,
    build_network,
    expand_kinds,
    find_node,
    neighbourhood,
    resolve_focus,
    restrict,
    select,
)
from tests.conftest import FIXTURES

NET = FIXTURES / "network" / "network.ttl"


def iri(local: str) -> str:
    return ID + local


@pytest.fixture(scope="module")
def store():
    return load_graph([NET], include_bundled=False)


@pytest.fixture(scope="module")
def graph(store):
    return build_network(store)


def edge_set(g):
    return {(u[len(ID) :], v[len(ID) :], r) for u, v, r in g.edges(data="relation")}


def test_nodes_and_kinds(graph):
    kinds = {n[len(ID) :]: k for n, k in graph.nodes(data="kind")}
    assert kinds == {
        "person/p1": "person",
        "person/p2": "person",
        "person/p3": "person",
        "unit/u1": "city_unit",  # hyte:ResultArea
        "org/n1": "ngo",  # hyte:RegisteredAssociation
        "org/county": "county",
        "collective/k": "collective",
        "body/a": "programme_steering_group",  # the more specific of its two classes
        "body/b": "working_group",
        "body/c": "expert_group",
        "body/d": "board",  # an extension's subclass of hyte:Board
        "doc/plan": "document",
        "doc/report": "document",
    }
    assert graph.nodes[iri("collective/k")]["collective_of"] == "ngo"
    assert graph.nodes[iri("body/a")]["family"] == "body"


def test_labels_fall_back_to_finnish(graph):
    u1 = graph.nodes[iri("unit/u1")]
    assert (u1["label_fi"], u1["label_en"], u1["label_sv"]) == (
        "Yksikkö Yksi",
        "Unit One",
        "Enhet Ett",
    )
    assert u1["alt_labels"] == ["Ykkösyksikkö"]
    a = graph.nodes[iri("body/a")]
    assert (a["label_en"], a["label_sv"]) == ("Steering group A", "Ohjausryhmä A")


def test_edges_come_from_the_qualified_facts(graph):
    assert edge_set(graph) == {
        ("person/p1", "body/a", "chairs"),
        ("person/p2", "body/a", "member"),
        ("unit/u1", "body/a", "participates"),
        ("org/n1", "body/a", "represented"),
        ("org/n1", "body/b", "represented"),
        ("org/county", "body/b", "participates"),
        ("person/p3", "body/b", "member"),
        ("unit/u1", "body/c", "participates"),
        ("collective/k", "body/c", "participates"),
        ("org/county", "body/d", "participates"),
        ("body/d", "doc/plan", "monitors"),
        ("doc/plan", "doc/report", "based_on"),
        ("unit/u1", "doc/plan", "responsible"),
        ("body/c", "body/a", "part_of"),
        # one cooperation of three parties: one edge per pair, smaller IRI first
        ("org/county", "org/n1", "cooperates"),
        ("org/county", "unit/u1", "cooperates"),
        ("org/n1", "unit/u1", "cooperates"),
    }
    assert graph.number_of_edges() == 17


def test_edge_carries_its_fact_and_evidence(graph):
    ((key, data),) = graph[iri("person/p1")][iri("body/a")].items()
    assert key == data["fact"] == iri("fact/p1-chairs-a")
    assert data["detail"] == "chair"
    assert data["evidence"] == [
        {
            "evidence": iri("evidence/a"),
            "quote": "Ohjausryhmä A:n puheenjohtaja on Pia Puheenjohtaja, jäseninä Pekka Jäsen ja "
            "Yksikkö Yksi.",
            "source": "Verkostolähde",
            "item": "Kohta 1",
            "respondent": "Yksikkö Yksi",
        }
    ]
    lead = graph[iri("unit/u1")][iri("doc/plan")][iri("fact/u1-leads-plan")]
    assert (lead["relation"], lead["detail"], lead["detail_label_en"]) == (
        "responsible",
        "leadership",
        "leads",
    )


def test_evidence_labels_in_the_chosen_language(store):
    english = build_network(store, lang="en")
    (data,) = english[iri("person/p1")][iri("body/a")].values()
    assert (data["evidence"][0]["source"], data["evidence"][0]["item"]) == (
        "Network source",
        "Item 1",
    )
    assert english.graph["lang"] == "en"


def test_entity_evidence(graph):
    assert [e["quote"] for e in graph.nodes[iri("org/n1")]["evidence"]] == [
        "Järjestö Ry on edustettuna ohjausryhmässä A."
    ]
    assert graph.nodes[iri("person/p1")]["evidence"] == []


def test_neighbourhood(graph):
    one = neighbourhood(graph, iri("body/b"), 1)
    assert {n[len(ID) :] for n in one} == {"body/b", "org/n1", "org/county", "person/p3"}
    assert edge_set(one) == {
        ("org/n1", "body/b", "represented"),
        ("org/county", "body/b", "participates"),
        ("person/p3", "body/b", "member"),
        ("org/county", "org/n1", "cooperates"),
    }
    zero = neighbourhood(graph, iri("body/b"), 0)
    assert list(zero) == [iri("body/b")]
    with pytest.raises(UnknownNode):
        neighbourhood(graph, iri("body/nope"), 1)


def test_restrict_by_kind_family_and_relation(graph):
    bodies = restrict(graph, kinds=["body"])
    assert {n[len(ID) :] for n in bodies} == {"body/a", "body/b", "body/c", "body/d"}
    assert edge_set(bodies) == {("body/c", "body/a", "part_of")}
    chairs = restrict(graph, relations=["chairs"])
    assert edge_set(chairs) == {("person/p1", "body/a", "chairs")}
    assert chairs.number_of_nodes() == graph.number_of_nodes()
    with pytest.raises(ConfigurationError):
        restrict(graph, kinds=["spaceship"])
    with pytest.raises(ConfigurationError):
        restrict(graph, relations=["likes"])


def test_expand_kinds():
    assert expand_kinds(["ngo", "county"]) == {"ngo", "county"}
    assert "other_body" in expand_kinds(["body"]) and "steering_group" in expand_kinds(["body"])


def test_select_keeps_the_focus_whatever_its_kind(graph):
    part = select(graph, focus=iri("person/p1"), depth=2, kinds=["body", "ngo"])
    assert {n[len(ID) :] for n in part} == {"person/p1", "body/a", "org/n1", "body/c"}


def test_find_node(graph):
    assert find_node(graph, "org/n1") == iri("org/n1")
    assert find_node(graph, iri("org/n1")) == iri("org/n1")
    assert find_node(graph, "unit one") == iri("unit/u1")
    assert find_node(graph, "Ykkösyksikkö") == iri("unit/u1")
    with pytest.raises(UnknownNode):
        find_node(graph, "Nobody")


def test_resolve_focus_by_name(store, graph):
    assert resolve_focus(store, graph, "Pia Puheenjohtaja") == iri("person/p1")
    assert resolve_focus(store, graph, "body/b") == iri("body/b")
    with pytest.raises(HytegraphError):
        resolve_focus(store, graph, "Zyxwv Qwerty")


def test_bundled_data_chair_with_quote():
    graph = build_network(load_graph())
    data = graph[iri("person/virpi-mattila")][iri("body/lasten-ja-nuorten-ohjausryhma")]
    ((key, edge),) = data.items()
    assert key == iri("fact/chair-lasten-ja-nuorten-ohjausryhma")
    assert edge["relation"] == "chairs"
    assert edge["evidence"][0]["quote"].endswith("(pj. Virpi Mattila)")
    kinds = dict(graph.nodes(data="kind"))
    assert kinds[iri("collective/jarjestot-koty-verkostossa")] == "collective"
    assert kinds[iri("org/lansi-uusimaa")] == "county"


def test_plain_label_choice_follows_labels_choose():
    # network.choose_label works on plain strings; it must pick what labels.choose picks
    from rdflib import Literal
    from rdflib.namespace import RDFS, SKOS

    from hytegraph.query.labels import choose
    from hytegraph.views.network import choose_label

    cases = [
        [(SKOS.prefLabel, Literal("Bee", lang="fi")), (SKOS.prefLabel, Literal("Aa", lang="fi"))],
        [(RDFS.label, Literal("Nimi", lang="fi")), (SKOS.prefLabel, Literal("Name", lang="en"))],
        [(SKOS.prefLabel, Literal("Namn", lang="sv")), (SKOS.prefLabel, Literal("Untagged"))],
        [(RDFS.label, Literal("Label", lang="en-GB")), (RDFS.label, Literal("Etikett", lang="sv"))],
        [
            (SKOS.prefLabel, Literal("Zeta", lang="de")),
            (SKOS.prefLabel, Literal("Alpha", lang="nb")),
        ],
        [],
    ]
    expected = {  # worked out from the order in hytegraph/query/labels.py (4: "de" sorts first)
        ("fi", 0): "Aa", ("en", 0): "Aa", ("fi", 1): "Nimi", ("en", 1): "Name",
        ("sv", 2): "Namn", ("fi", 2): "Untagged", ("en", 3): "Label", ("sv", 3): "Etikett",
        ("fi", 3): "Label", ("fi", 4): "Zeta", ("fi", 5): None,
    }  # fmt: skip
    for (lang, i), wanted in expected.items():
        plain = [(str(p), str(v), (v.language or "").lower()) for p, v in cases[i]]
        assert choose(cases[i], lang) == wanted
        assert choose_label(plain, lang) == wanted


def test_network_is_saved_in_the_cache_entry_and_reused(monkeypatch):
    """A map on a cached graph reads the saved network instead of querying the store again;
    a damaged saved network is rebuilt."""
    import networkx as nx

    from hytegraph.store.load import load_graph
    from hytegraph.views import network as network_mod

    store = load_graph(cache=True)
    assert store.cache_entry is not None
    first = network_mod.build_network(store, lang="en")
    [saved] = list(store.cache_entry.path.glob("network-en-*.pickle"))

    def no_queries(*_args, **_kwargs):
        raise AssertionError("the saved network should have been used")

    with monkeypatch.context() as m:
        m.setattr(network_mod, "_build_network", no_queries)
        again = network_mod.build_network(load_graph(cache=True), lang="en")
    assert nx.utils.graphs_equal(first, again)
    assert dict(first.nodes(data=True)) == dict(again.nodes(data=True))

    saved.write_bytes(b"not a pickle")
    rebuilt = network_mod.build_network(load_graph(cache=True), lang="en")
    assert nx.utils.graphs_equal(first, rebuilt)
    assert saved.read_bytes() != b"not a pickle"
