"""Maps of a national graph: an overview of the counties and municipalities, each opening a
map of its own.

One map of a whole country (hundreds of thousands of nodes) is megabytes of data that no
browser draws at interactive speed and no person can read. Above :data:`OVERVIEW_NODES` nodes,
``build`` therefore writes

- an overview (``map.html``): one node per municipality and wellbeing services county, named
  with the number of bodies and memberships its documents state, joined by the relations
  between them (cooperations, memberships of a county in a municipality's bodies, ...); each
  opens its own map (``maps/<rest of its IRI>.html``) through the map's "open page" link;
- one map per municipality and county: the facts stated by the documents it published
  (``dcterms:publisher``), with every node those facts join.

Both kinds of page are the ordinary map page (:mod:`hytegraph.views.mapview`) fed with other
nodes: aggregated nodes of kind ``municipality`` / ``county`` in the overview, the usual nodes
in the others. A fact no municipality or county published appears in no per-place map (it is
still in ``graph.ttl``); the overview says how many there are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.core import resources
from hytegraph.core.atomic import atomic_write
from hytegraph.core.namespaces import ID
from hytegraph.store import Store
from hytegraph.views.mapview import render_graph
from hytegraph.views.network import KINDS, EdgeRow, NetworkParts, paused_gc

if TYPE_CHECKING:
    import networkx as nx

#: Above this many nodes in the network, ``build`` writes the overview and per-place maps
#: instead of one map (docs/performance.md: a 10,000-node map is interactive in about 2 s).
OVERVIEW_NODES = 10_000

#: The folder of the per-place maps, beside the overview.
MAPS_DIR = "maps"

#: The kinds that get a map of their own.
PLACE_KINDS = ("municipality", "county")

#: Relations that are memberships (counted in the overview).
MEMBERSHIP_RELATIONS = frozenset({"chairs", "member", "participates", "represented"})

_COUNT_WORDS = {
    "fi": ("toimielimiä", "jäsenyyksiä"),
    "en": ("bodies", "memberships"),
    "sv": ("organ", "medlemskap"),
}


@dataclass
class Place:
    """A municipality or county of the overview."""

    iri: str
    kind: str
    bodies: int = 0
    memberships: int = 0
    facts: list[tuple[str, str, str]] = field(default_factory=list)  # (from, to, fact)
    #: The edge rows of :attr:`facts` (:data:`hytegraph.views.network.EdgeRow`), when the
    #: places come from :func:`places_of_parts`.
    rows: list[EdgeRow] = field(default_factory=list)


@dataclass
class OverviewReport:
    """What :func:`write_overview` wrote."""

    files: list[Path]
    places: int
    #: Facts of the network that no municipality or county published (in no per-place map).
    unplaced_facts: int


def place_of_facts(store: Store) -> dict[str, set[str]]:
    """Each fact's publishers: the organisations that published a document its evidence cites
    (``overview_publishers.rq``)."""
    found: dict[str, set[str]] = defaultdict(set)
    for fact, publisher in store.select_plain(resources.read_sparql("overview_publishers")):
        if fact is not None and publisher is not None:
            found[fact].add(publisher)
    return found


def places(graph: nx.MultiDiGraph, publishers: dict[str, set[str]]) -> dict[str, Place]:
    """The municipalities and counties of ``graph`` with the facts their documents state."""
    out = {
        node: Place(node, data["kind"])
        for node, data in graph.nodes(data=True)
        if data["kind"] in PLACE_KINDS
    }
    for u, v, fact, data in graph.edges(keys=True, data=True):
        for publisher in publishers.get(fact, ()):
            place = out.get(publisher)
            if place is not None:
                place.facts.append((u, v, fact))
                if data["relation"] in MEMBERSHIP_RELATIONS:
                    place.memberships += 1
    for place in out.values():
        nodes = {n for u, v, _f in place.facts for n in (u, v)}
        place.bodies = sum(1 for n in nodes if KINDS[graph.nodes[n]["kind"]].family == "body")
    return out


def places_of_parts(parts: NetworkParts, publishers: dict[str, set[str]]) -> dict[str, Place]:
    """:func:`places` from the rows of the network (:class:`NetworkParts`), with no graph of
    the whole network; also each place's edge rows, for :meth:`NetworkParts.graph`."""
    out = {
        node: Place(node, parts.kind(node))
        for node in sorted(parts.nodes)
        if parts.kind(node) in PLACE_KINDS
    }
    for row in parts.edges:
        u, v, fact, relation = row[:4]
        for publisher in sorted(publishers.get(fact, ())):
            place = out.get(publisher)
            if place is not None:
                place.facts.append((u, v, fact))
                place.rows.append(row)
                if relation in MEMBERSHIP_RELATIONS:
                    place.memberships += 1
    for place in out.values():
        nodes = {n for u, v, _f in place.facts for n in (u, v)}
        place.bodies = sum(1 for n in nodes if KINDS[parts.kind(n)].family == "body")
    return out


def map_path(iri: str) -> str | None:
    """Where the map of the place ``iri`` goes, relative to the overview (None: an IRI outside
    the instance space, which gets no map)."""
    if not iri.startswith(ID) or len(iri) == len(ID):
        return None
    return f"{MAPS_DIR}/{iri[len(ID) :]}.html"


def overview_graph(graph: nx.MultiDiGraph, found: dict[str, Place], lang: str) -> nx.MultiDiGraph:
    """The places as nodes (named with their counts) and the relations between them."""
    part = graph.subgraph(found).copy()
    words = _COUNT_WORDS.get(lang, _COUNT_WORDS["en"])
    for node, data in part.nodes(data=True):
        place = found[node]
        counts = f" ({words[0]} {place.bodies}, {words[1]} {place.memberships})"
        for lg, (bodies, members) in _COUNT_WORDS.items():
            key = f"label_{lg}"
            if data.get(key):
                data[key] = f"{data[key]} ({bodies} {place.bodies}, {members} {place.memberships})"
        if not data.get(f"label_{lang}"):
            data[f"label_{lang}"] = node + counts
    return part


def place_graph(graph: nx.MultiDiGraph, place: Place) -> nx.MultiDiGraph:
    """The facts the place's documents state, with the nodes they join and the place itself."""
    import networkx as nx

    part = nx.MultiDiGraph(**graph.graph)
    nodes = {place.iri} | {n for u, v, _f in place.facts for n in (u, v)}
    part.add_nodes_from((n, graph.nodes[n]) for n in sorted(nodes))
    part.add_edges_from((u, v, f, graph.edges[u, v, f]) for u, v, f in sorted(place.facts))
    return part


def _relative_pages(pages: dict[str, Any] | None, depth: int) -> dict[str, Any] | None:
    """``pages`` (relative to the overview) as seen from a map ``depth`` folders below it."""
    if pages is None:
        return None
    prefix = pages["prefix"]
    if "://" not in prefix and not prefix.startswith("/"):
        prefix = "../" * depth + prefix
    return {**pages, "prefix": prefix}


#: Rounds of the layout of a per-place map (:func:`hytegraph.views.layout.spring_positions`),
#: instead of 500 for its size: on the 103 place maps of 212-228 nodes of the national 1M
#: graph, 150 rounds give the same spread and spread of edge lengths (within 1 %) and 3 %
#: more node pairs closer than a third of the spacing, in about 30 % of the time
#: (docs/performance.md, "build: the maps' path and the copy").
PLACE_MAP_ROUNDS = 150

#: How many processes write the per-place maps (each a fork sharing the rows already read).
MAP_WORKERS = 2
#: Fewer places than this are written by one process.
PARALLEL_FROM = 8

# What the forked workers of :func:`_write_place_maps` read: set just before they are forked.
_shared: tuple[Any, ...] | None = None


def _write_maps_of(places: Iterable[Place]) -> list[str]:
    """Write the maps of ``places`` (what :data:`_shared` says: folder, rows, language,
    pages); their paths, as strings."""
    assert _shared is not None
    out, parts, lang, pages = _shared[:4]
    written: list[str] = []
    for place in places:
        rel = map_path(place.iri)
        assert rel is not None
        title = parts.label_in(place.iri, lang) or place.iri
        with paused_gc():
            html = render_graph(
                parts.graph([place.iri], place.rows),
                lang=lang,
                title=title,
                pages=_relative_pages(pages, rel.count("/")),
                layout_rounds=PLACE_MAP_ROUNDS,
            )
        atomic_write(out / rel, html)
        written.append(str(out / rel))
    return written


def _write_part(part: int) -> list[str]:
    assert _shared is not None
    items, workers = _shared[4], _shared[5]
    return _write_maps_of(items[part::workers])


def _help_with(items: list[Place], take: Callable[[], int | None], sending: Any) -> None:
    """In the helper forked by :func:`_write_with_helper`: write the maps of the places
    ``take`` hands out until none is left (or the process that forked this one is gone), and
    send their paths, or the error, on ``sending``."""
    import os

    parent = os.getppid()
    written: list[str] = []
    try:
        while os.getppid() == parent and (k := take()) is not None:
            written += _write_maps_of([items[k]])
        sending.send(("ok", written))
    except BaseException as e:  # raised again by the process that forked this one
        import traceback

        sending.send(("error", repr(e), traceback.format_exc()))


def _write_with_helper(items: list[Place], helper: Any) -> list[str]:
    """The maps of ``items`` written one by one here; once ``helper`` (an event of the fork
    start method) is set, a forked process takes every other map still to write. The paths
    written, in no particular order."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    following = context.Value("i", 0)

    def take() -> int | None:
        with following.get_lock():
            k = following.value
            if k >= len(items):
                return None
            following.value = k + 1
            return k

    written: list[str] = []
    process: Any = None
    receiving: Any = None
    try:
        while (k := take()) is not None:
            written += _write_maps_of([items[k]])
            if process is None and helper.is_set():
                receiving, sending = context.Pipe(duplex=False)
                process = context.Process(
                    target=_help_with, args=(items, take, sending), daemon=True
                )
                process.start()
                sending.close()
    except BaseException:
        if process is not None:
            process.kill()
            process.join()
        raise
    if process is not None:
        try:
            message = receiving.recv()
        except EOFError:
            message = ("error", None, f"exit code {process.exitcode}")
        process.join()
        if message[0] != "ok":
            raise RuntimeError(f"a process writing the place maps failed:\n{message[2]}")
        written += message[1]
    return written


def _write_place_maps(
    out: Path,
    items: list[Place],
    parts: NetworkParts,
    lang: str,
    pages: dict[str, Any] | None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None,
    helper: Any = None,
) -> list[Path]:
    """The map of each place of ``items``, written by :data:`MAP_WORKERS` forked processes
    (the maps are independent; layout and HTML are CPU-bound Python) when there are at least
    :data:`PARALLEL_FROM` places, no progress bar is asked for and the platform forks; else one
    after the other. With ``helper`` (an event of the fork start method) and the same
    conditions, they are written here, and once it is set a second, forked process shares
    those still to write (:func:`_write_with_helper`). The paths written, in the order of
    ``items``."""
    import multiprocessing

    global _shared
    workers = MAP_WORKERS
    forks = "fork" in multiprocessing.get_all_start_methods()
    _shared = (out, parts, lang, pages, items, workers)
    try:
        if helper is not None and forks and progress is None and len(items) >= PARALLEL_FROM:
            done = [_write_with_helper(items, helper)]
        elif workers <= 1 or len(items) < PARALLEL_FROM or not forks or progress is not None:
            chosen: Iterable[Place] = items if progress is None else progress(items)
            return [Path(p) for p in _write_maps_of(chosen)]
        else:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                done = pool.map(_write_part, range(workers))
    finally:
        _shared = None
    order = {str(out / rel): k for k, place in enumerate(items) if (rel := map_path(place.iri))}
    return sorted((Path(p) for part in done for p in part), key=lambda p: order[str(p)])


def write_overview(
    store: Store,
    out_dir: str | Path,
    *,
    lang: str = "fi",
    pages: dict[str, Any] | None = None,
    parts: NetworkParts | None = None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    helper: Any = None,
) -> OverviewReport:
    """Write the overview ``map.html`` and one map per municipality and county under
    ``maps/`` in ``out_dir``; ``pages`` (as for :func:`hytegraph.views.mapview.render_map`,
    relative to ``out_dir``) links the nodes of the per-place maps to their pages. Each file is
    written atomically, the overview last (so that it never links to a map not yet written).

    The network is read as rows (``parts``, else :meth:`NetworkParts.read`) and each map gets a
    graph of its own nodes only: the whole country's network is never one networkx graph.
    ``helper``: an event (of the fork start method) that, once set, has a second process share
    the per-place maps still to write (``build`` sets it when validation is done)."""
    out = Path(out_dir)
    if parts is None:
        parts = NetworkParts.read(store, lang)
    found = places_of_parts(parts, parts.publishers())
    placed = {f for place in found.values() for _u, _v, f in place.facts}
    unplaced = sum(1 for row in parts.edges if row[2] not in placed)
    items: list[Place] = [place for place in found.values() if map_path(place.iri) is not None]
    with_map = [place.iri for place in items]
    files = _write_place_maps(out, items, parts, lang, pages, progress, helper)
    between = [row for row in parts.edges if row[0] in found and row[1] in found]
    html = render_graph(
        overview_graph(parts.graph(found, between), found, lang),
        lang=lang,
        pages={"base": ID, "prefix": f"{MAPS_DIR}/", "suffix": ".html", "only": with_map},
    )
    atomic_write(out / "map.html", html)
    files.append(out / "map.html")
    return OverviewReport(files=files, places=len(with_map), unplaced_facts=unplaced)


__all__ = [
    "MAPS_DIR",
    "OVERVIEW_NODES",
    "OverviewReport",
    "Place",
    "map_path",
    "overview_graph",
    "place_graph",
    "place_of_facts",
    "places",
    "places_of_parts",
    "write_overview",
]
