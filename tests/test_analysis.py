"""analysis.py on the hand-made network in tests/fixtures/network/network.ttl.

With only the affiliation relations (chairs, member, participates, represented, responsible),
the actor-body graph is a tree of 11 nodes:

    p1 - A - p2          A: steering group; p1 chairs, p2 member
         | \\
        u1   n1 - B - p3       n1 (NGO) is in A and B; B also holds p3 and the county
         |        |
         C - k    county - D   C: u1 and the unnamed collective k; D: the county only

In a tree, a node's betweenness is the number of pairs of nodes in different branches around
it, normalised by (n-1)(n-2)/2 = 45:

    A: branches 1, 1, 3, 5 -> (10^2 - 36) / 2 = 32     n1: branches 6, 4 -> 24
    B: branches 7, 2, 1    -> 23                        u1: branches 8, 2 -> 16
    county: 9, 1 -> 9      C: 9, 1 -> 9                 leaves: 0
"""

from __future__ import annotations

import pytest

from hytegraph.errors import ConfigurationError
from hytegraph.store.load import load_graph
from hytegraph.views.analysis import (
    actor_body_graph,
    actor_projection,
    affiliations,
    body_sectors,
    bridges,
    centrality,
    communities,
    report,
)
from hytegraph.views.network import AFFILIATIONS, ID, build_network, restrict
from tests.conftest import FIXTURES

NET = FIXTURES / "network" / "network.ttl"


def short(node: str) -> str:
    return node[len(ID) :]


@pytest.fixture(scope="module")
def full():
    return build_network(load_graph([NET], include_bundled=False))


@pytest.fixture(scope="module")
def tree(full):
    return restrict(full, relations=AFFILIATIONS)


def test_actor_body_graph_leaves_out_documents(full, tree):
    g = actor_body_graph(tree)
    assert g.number_of_nodes() == 11 and g.number_of_edges() == 10
    assert "doc/plan" not in {short(n) for n in g}
    # the full network also links actors by cooperation and bodies by part-of
    g_full = actor_body_graph(full)
    assert g_full.has_edge(ID + "org/n1", ID + "unit/u1")
    assert g_full.edges[ID + "body/c", ID + "body/a"]["relations"] == ["part_of"]


def test_betweenness_finds_the_brokers(tree):
    values = {short(n): v for n, v in centrality(tree).items()}
    expected = {
        "body/a": 32,
        "org/n1": 24,
        "body/b": 23,
        "unit/u1": 16,
        "org/county": 9,
        "body/c": 9,
    }
    for node, pairs in expected.items():
        assert values[node]["betweenness"] == pytest.approx(pairs / 45)
    for leaf in ("person/p1", "person/p2", "person/p3", "collective/k", "body/d"):
        assert values[leaf]["betweenness"] == 0
    assert {n: v["degree"] for n, v in values.items()} == {
        "body/a": 4, "org/n1": 2, "body/b": 3, "unit/u1": 2, "org/county": 2, "body/c": 2,
        "body/d": 1, "person/p1": 1, "person/p2": 1, "person/p3": 1, "collective/k": 1,
    }  # fmt: skip


def test_centrality_rows_rank_named_nodes_only(tree):
    rows = report(tree, sections=["centrality"])["centrality"]
    assert [r["label"] for r in rows] == [
        "Ohjausryhmä A",
        "Järjestö Ry",
        "Työryhmä B",
        "Yksikkö Yksi",
        "Asiantuntijaryhmä C",  # ties at 9/45 with the county: then by name
        "Testialueen hyvinvointialue",
        "Erityislautakunta D",
        "Paula Kolmas",
        "Pekka Jäsen",
        "Pia Puheenjohtaja",
    ]
    assert rows[0]["betweenness"] == round(32 / 45, 4)
    assert "järjestöt" not in {r["label"] for r in rows}


def test_affiliations_and_actor_rows(full):
    assert {short(a): {short(b) for b in bs} for a, bs in affiliations(full).items()} == {
        "person/p1": {"body/a"},
        "person/p2": {"body/a"},
        "person/p3": {"body/b"},
        "unit/u1": {"body/a", "body/c"},
        "org/n1": {"body/a", "body/b"},
        "org/county": {"body/b", "body/d"},
        "collective/k": {"body/c"},
    }
    rows = report(full, sections=["actors"])["actors"]
    assert [(r["label"], r["bodies"]) for r in rows] == [
        ("Järjestö Ry", 2),
        ("Testialueen hyvinvointialue", 2),
        ("Yksikkö Yksi", 2),
        ("Paula Kolmas", 1),
        ("Pekka Jäsen", 1),
        ("Pia Puheenjohtaja", 1),
    ]
    assert rows[0]["body_names"] == ["Ohjausryhmä A", "Työryhmä B"]


def test_bodies_connecting_sectors(full):
    sectors = {short(b): s for b, s in body_sectors(full).items()}
    assert sectors == {
        "body/a": {"named": ["city", "ngo"], "unnamed": []},
        "body/b": {"named": ["ngo", "county"], "unnamed": []},
        "body/c": {"named": ["city"], "unnamed": ["ngo"]},  # NGOs only as an unnamed collective
        "body/d": {"named": ["county"], "unnamed": []},
    }
    assert {short(b) for b in bridges(full)} == {"body/a", "body/b", "body/c"}
    rows = report(full, sections=["bridges"], lang="en")["bridges"]
    assert [(r["label"], r["named"], r["unnamed_only"]) for r in rows] == [
        ("Steering group A", ["city", "NGOs"], []),
        ("Työryhmä B", ["NGOs", "wellbeing services county"], []),
        ("Asiantuntijaryhmä C", ["city"], ["NGOs"]),
    ]


def test_actor_projection(full):
    projection = actor_projection(full)
    pairs = {frozenset((short(a), short(b))) for a, b in projection.edges}
    assert pairs == {
        frozenset(p)
        for p in [
            ("person/p1", "person/p2"), ("person/p1", "unit/u1"), ("person/p1", "org/n1"),
            ("person/p2", "unit/u1"), ("person/p2", "org/n1"), ("unit/u1", "org/n1"),
            ("org/n1", "org/county"), ("org/n1", "person/p3"), ("org/county", "person/p3"),
        ]
    }  # fmt: skip
    assert "collective/k" not in {short(n) for n in projection}
    assert projection.edges[ID + "org/n1", ID + "unit/u1"]["bodies"] == [ID + "body/a"]


def test_communities_are_a_deterministic_partition(tree):
    first = communities(tree)
    assert first == communities(tree)
    members = [n for group in first for n in group]
    assert sorted(members) == sorted(actor_body_graph(tree).nodes)
    where = {short(n): i for i, group in enumerate(first) for n in group}
    assert where["person/p1"] == where["person/p2"] == where["body/a"]
    assert where["person/p3"] == where["body/b"]
    rows = report(tree, sections=["communities"])["communities"]
    assert sum(r["size"] for r in rows) == 11
    assert any("järjestöt (*)" in r["members"] for r in rows)


def test_report_top_and_errors(full):
    out = report(full, top=2)
    assert list(out) == ["centrality", "actors", "bridges", "projection", "communities"]
    assert all(len(rows) <= 2 for rows in out.values())
    with pytest.raises(ConfigurationError):
        report(full, sections=["gossip"])
    with pytest.raises(ConfigurationError):
        report(full, top=0)


def test_betweenness_is_sampled_on_large_graphs(monkeypatch):
    """Above the limit betweenness is estimated from a fixed-seed sample: still deterministic,
    and on a path graph the middle node still ranks first."""
    import networkx as nx

    from hytegraph.views import analysis

    path = nx.MultiDiGraph()
    for i in range(41):
        kind = "person" if i % 2 == 0 else "steering_group"
        family = "actor" if kind == "person" else "body"
        path.add_node(
            f"n{i}", kind=kind, family=family, label_fi=f"n{i}", alt_labels=[], evidence=[]
        )
    for i in range(40):
        path.add_edge(f"n{i}", f"n{i + 1}", relation="member", evidence=[])
    exact = analysis.centrality(path)
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS_LIMIT", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_SAMPLES", 20)
    assert analysis.betweenness_is_estimated(41)
    first = analysis.centrality(path)
    assert first == analysis.centrality(path)  # fixed seed
    assert first != exact  # really sampled
    ranked = sorted(first, key=lambda n: -first[n]["betweenness"])
    assert 14 <= int(ranked[0][1:]) <= 26  # a middle node, not an end


def test_betweenness_sample_shrinks_on_very_large_graphs():
    from hytegraph.views import analysis

    assert analysis.betweenness_samples(1_000) == analysis.BETWEENNESS_SAMPLES
    big = analysis.betweenness_samples(10**9)
    assert big == analysis.MIN_BETWEENNESS_SAMPLES
    middle = analysis.betweenness_samples(analysis.BETWEENNESS_WORK // 100)
    assert analysis.MIN_BETWEENNESS_SAMPLES < middle < analysis.BETWEENNESS_SAMPLES
