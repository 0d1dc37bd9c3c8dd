"""Network analysis of the actor-body graph: who is central, who brokers, who sits together.

The functions follow networkx's style: the network (from :func:`hytegraph.views.network.
build_network`) first, options as keywords, results keyed by node IRI. :func:`report` turns
them into rows for ``hytegraph analyze``.

The *actor-body graph* is the undirected simple graph of actors (people, posts, units,
organisations, collectives) and bodies, linked by every relation between two of them
(memberships, responsibility, cooperation, support, part of). Documents and activities are
left out. Unnamed collectives ("järjestöt") stay in the graph, because the ties they stand
for are real, but they never appear in a ranking of named actors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hytegraph.errors import ConfigurationError
from hytegraph.views.network import AFFILIATIONS, KINDS

if TYPE_CHECKING:
    import networkx as nx

#: The sectors a body can connect, by the kinds of node that belong to each.
SECTORS: dict[str, tuple[str, ...]] = {
    "city": ("municipality", "city_unit"),
    "ngo": ("ngo",),
    "county": ("county",),
}
SECTOR_NAMES = {
    "city": {"fi": "kaupunki", "en": "city", "sv": "staden"},
    "ngo": {"fi": "järjestöt", "en": "NGOs", "sv": "organisationer"},
    "county": {"fi": "hyvinvointialue", "en": "wellbeing services county", "sv": "välfärdsområdet"},
}
_SECTOR_OF_KIND = {kind: sector for sector, kinds in SECTORS.items() for kind in kinds}

#: Communities come from Louvain with this seed, so the same graph gives the same answer.
SEED = 42

SECTIONS = ("centrality", "actors", "bridges", "projection", "communities")

#: Up to this many nodes betweenness is exact; above it, it is estimated from a fixed-seed
#: sample of source nodes (exact betweenness costs nodes x edges: hours on a national graph).
#: The sample has at most :data:`BETWEENNESS_SAMPLES` nodes, fewer on very large graphs so
#: that one run visits about :data:`BETWEENNESS_WORK` edges, but never fewer than
#: :data:`MIN_BETWEENNESS_SAMPLES`. The ranking of strong brokers is stable under sampling;
#: their values are estimates.
EXACT_BETWEENNESS_LIMIT = 5000
BETWEENNESS_SAMPLES = 500
MIN_BETWEENNESS_SAMPLES = 50
BETWEENNESS_WORK = 5_000_000


def _is_body(graph: nx.MultiDiGraph, node: str) -> bool:
    return graph.nodes[node]["family"] == "body"


def _is_actor(graph: nx.MultiDiGraph, node: str) -> bool:
    return graph.nodes[node]["family"] == "actor"


def _named(graph: nx.MultiDiGraph, node: str) -> bool:
    return graph.nodes[node]["kind"] != "collective"


def actor_body_graph(network: nx.MultiDiGraph) -> nx.Graph:
    """Actors and bodies, with one undirected edge for every pair tied by some relation; the
    edge's ``relations`` lists the relations between the two."""
    import networkx as nx

    graph = nx.Graph()
    keep = sorted(n for n in network if _is_actor(network, n) or _is_body(network, n))
    graph.add_nodes_from((n, network.nodes[n]) for n in keep)
    for u, v, relation in sorted(network.edges(data="relation")):
        if u in graph and v in graph and u != v:
            if graph.has_edge(u, v):
                graph.edges[u, v]["relations"] = sorted({*graph.edges[u, v]["relations"], relation})
            else:
                graph.add_edge(u, v, relations=[relation])
    return graph


def affiliations(network: nx.MultiDiGraph) -> dict[str, set[str]]:
    """``{actor: bodies}``: the bodies each actor chairs, belongs to, takes part in, is
    represented in or is responsible for."""
    out: dict[str, set[str]] = defaultdict(set)
    for u, v, relation in network.edges(data="relation"):
        if relation in AFFILIATIONS and _is_actor(network, u) and _is_body(network, v):
            out[u].add(v)
    return dict(out)


def centrality(network: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """``{node: {"degree": distinct neighbours, "betweenness": normalised betweenness}}`` on
    the actor-body graph. High betweenness marks a broker: many shortest paths between others
    run through it. Above :data:`EXACT_BETWEENNESS_LIMIT` nodes, betweenness is estimated
    from a fixed-seed sample of source nodes (see :func:`betweenness_is_estimated`)."""
    import networkx as nx

    graph = actor_body_graph(network)
    if betweenness_is_estimated(graph.number_of_nodes()):
        betweenness = nx.betweenness_centrality(
            graph, k=betweenness_samples(graph.number_of_edges()), normalized=True, seed=SEED
        )
    else:
        betweenness = nx.betweenness_centrality(graph, normalized=True)
    return {
        n: {"degree": graph.degree(n), "betweenness": betweenness[n]} for n in sorted(graph.nodes)
    }


def betweenness_is_estimated(nodes: int) -> bool:
    """Whether :func:`centrality` estimates betweenness for a graph of ``nodes`` nodes."""
    return nodes > EXACT_BETWEENNESS_LIMIT


def betweenness_samples(edges: int) -> int:
    """How many source nodes estimate betweenness on a graph with ``edges`` edges."""
    budget = BETWEENNESS_WORK // max(edges, 1)
    return min(BETWEENNESS_SAMPLES, max(MIN_BETWEENNESS_SAMPLES, budget))


def body_sectors(network: nx.MultiDiGraph) -> dict[str, dict[str, list[str]]]:
    """``{body: {"named": sectors, "unnamed": sectors}}``: the sectors (:data:`SECTORS`) of the
    body's members; ``unnamed`` are sectors present only through an unnamed collective
    (``hyte:collectiveOf`` a kind of that sector)."""
    named: dict[str, set[str]] = defaultdict(set)
    unnamed: dict[str, set[str]] = defaultdict(set)
    for actor, bodies in affiliations(network).items():
        data = network.nodes[actor]
        if data["kind"] == "collective":
            sector = _SECTOR_OF_KIND.get(data.get("collective_of", ""))
            target = unnamed
        else:
            sector = _SECTOR_OF_KIND.get(data["kind"])
            target = named
        if sector:
            for body in bodies:
                target[body].add(sector)
    order = list(SECTORS)
    return {
        body: {
            "named": [s for s in order if s in named[body]],
            "unnamed": [s for s in order if s in unnamed[body] and s not in named[body]],
        }
        for body in sorted(set(named) | set(unnamed))
    }


def bridges(network: nx.MultiDiGraph, *, minimum: int = 2) -> dict[str, dict[str, list[str]]]:
    """The bodies whose members span at least ``minimum`` sectors (named or unnamed)."""
    return {
        body: sectors
        for body, sectors in body_sectors(network).items()
        if len(sectors["named"]) + len(sectors["unnamed"]) >= minimum
    }


def actor_projection(network: nx.MultiDiGraph) -> nx.Graph:
    """Named actors linked when they share a body; ``weight`` counts the shared bodies and
    ``bodies`` lists them."""
    import networkx as nx

    members: dict[str, set[str]] = defaultdict(set)
    for actor, bodies in affiliations(network).items():
        if _named(network, actor):
            for body in bodies:
                members[body].add(actor)
    projection = nx.Graph()
    projection.add_nodes_from(
        sorted(a for a in affiliations(network) if _named(network, a)),
    )
    for body in sorted(members):
        actors = sorted(members[body])
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                if projection.has_edge(a, b):
                    projection.edges[a, b]["bodies"].append(body)
                    projection.edges[a, b]["weight"] += 1
                else:
                    projection.add_edge(a, b, weight=1, bodies=[body])
    return projection


def communities(network: nx.MultiDiGraph, *, seed: int = SEED) -> list[list[str]]:
    """Groups of densely tied actors and bodies (Louvain on the actor-body graph with a fixed
    seed), largest first; each group sorted, ties broken by the first member."""
    import networkx as nx

    graph = actor_body_graph(network)
    if graph.number_of_edges() == 0:
        return [[n] for n in sorted(graph.nodes)]
    found = nx.community.louvain_communities(graph, seed=seed)
    groups = [sorted(group) for group in found]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


# ---------------------------------------------------------------------------------------------
# rows for the command line


def _label(network: nx.MultiDiGraph, node: str, lang: str) -> str:
    data = network.nodes[node]
    return data.get(f"label_{lang}") or data.get("label_fi") or node


def _kind(network: nx.MultiDiGraph, node: str, lang: str) -> str:
    return KINDS[network.nodes[node]["kind"]].name(lang)


def _labels(network: nx.MultiDiGraph, nodes: Iterable[str], lang: str) -> list[str]:
    return sorted(_label(network, n, lang) for n in nodes)


def centrality_rows(network: nx.MultiDiGraph, lang: str = "fi") -> list[dict[str, Any]]:
    """Named actors and bodies by betweenness (brokers first), then degree, then name."""
    rows = [
        {
            "label": _label(network, n, lang),
            "kind": _kind(network, n, lang),
            "degree": values["degree"],
            "betweenness": round(values["betweenness"], 4),
            "iri": n,
        }
        for n, values in centrality(network).items()
        if _named(network, n)
    ]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], r["label"], r["iri"]))


def actor_rows(network: nx.MultiDiGraph, lang: str = "fi") -> list[dict[str, Any]]:
    """Named actors by the number of bodies they are in."""
    rows = [
        {
            "label": _label(network, actor, lang),
            "kind": _kind(network, actor, lang),
            "bodies": len(bodies),
            "body_names": _labels(network, bodies, lang),
            "iri": actor,
        }
        for actor, bodies in affiliations(network).items()
        if _named(network, actor)
    ]
    return sorted(rows, key=lambda r: (-r["bodies"], r["label"], r["iri"]))


def bridge_rows(network: nx.MultiDiGraph, lang: str = "fi") -> list[dict[str, Any]]:
    """Bodies that connect two or more of city, NGOs and county."""
    rows = []
    for body, sectors in bridges(network).items():
        rows.append(
            {
                "label": _label(network, body, lang),
                "kind": _kind(network, body, lang),
                "sectors": len(sectors["named"]) + len(sectors["unnamed"]),
                "named": [SECTOR_NAMES[s][lang] for s in sectors["named"]],
                "unnamed_only": [SECTOR_NAMES[s][lang] for s in sectors["unnamed"]],
                "iri": body,
            }
        )
    return sorted(rows, key=lambda r: (-r["sectors"], -len(r["named"]), r["label"], r["iri"]))


def projection_rows(network: nx.MultiDiGraph, lang: str = "fi") -> list[dict[str, Any]]:
    """Pairs of named actors that share a body, most shared bodies first."""
    rows = []
    for a, b, data in actor_projection(network).edges(data=True):
        first, second = sorted((a, b), key=lambda n: (_label(network, n, lang), n))
        rows.append(
            {
                "actor": _label(network, first, lang),
                "other": _label(network, second, lang),
                "shared": data["weight"],
                "bodies": _labels(network, data["bodies"], lang),
                "iri": first,
                "other_iri": second,
            }
        )
    return sorted(rows, key=lambda r: (-r["shared"], r["actor"], r["other"]))


def community_rows(network: nx.MultiDiGraph, lang: str = "fi") -> list[dict[str, Any]]:
    """One row per community: its size and its members (unnamed collectives marked)."""
    rows = []
    for number, group in enumerate(communities(network), start=1):
        members = [_label(network, n, lang) + ("" if _named(network, n) else " (*)") for n in group]
        rows.append({"community": number, "size": len(group), "members": sorted(members)})
    return rows


_ROWS = {
    "centrality": centrality_rows,
    "actors": actor_rows,
    "bridges": bridge_rows,
    "projection": projection_rows,
    "communities": community_rows,
}


def report(
    network: nx.MultiDiGraph,
    *,
    sections: Sequence[str] | None = None,
    top: int | None = None,
    lang: str = "fi",
) -> dict[str, list[dict[str, Any]]]:
    """``{section: rows}`` for the chosen sections (all by default), each cut to ``top`` rows."""
    chosen = list(sections) if sections else list(SECTIONS)
    for name in chosen:
        if name not in _ROWS:
            raise ConfigurationError(
                f"unknown analysis section {name!r}", hint=f"Choose from {', '.join(SECTIONS)}."
            )
    if top is not None and top < 1:
        raise ConfigurationError(f"--top must be 1 or more, not {top}")
    out = {}
    for name in chosen:
        rows = _ROWS[name](network, lang)
        out[name] = rows[:top] if top is not None else rows
    return out


__all__ = [
    "SECTIONS",
    "SECTORS",
    "actor_body_graph",
    "actor_projection",
    "affiliations",
    "betweenness_is_estimated",
    "betweenness_samples",
    "body_sectors",
    "bridges",
    "centrality",
    "communities",
    "report",
]
