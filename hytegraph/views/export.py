"""Export the graph for other tools: RDF for the semantic web, GraphML / GEXF / CSV for Gephi
and Cytoscape.

- ``ttl``, ``nt``, ``jsonld``, ``trig``: the merged RDF graph (ontology, data and the derived
  shortcut properties), as ``hytegraph build`` writes it. JSON-LD is compacted with a readable
  ``@context``: the hytegraph prefixes plus ``@base`` = the instance namespace, so that an
  entity reads ``"@id": "org/espoo"``. TriG puts the whole graph in one named graph,
  :data:`NAMED_GRAPH` (the store keeps no per-file graphs: provenance lives in the evidence
  nodes).
- ``graphml``, ``gexf``: the network of :mod:`hytegraph.views.network` (actors, bodies, documents
  and the relations between them), with ``kind``, ``label`` (in the chosen language),
  ``label_fi`` / ``label_en`` / ``label_sv`` and ``evidence`` on nodes and ``relation``,
  ``label``, ``detail``, ``fact`` and ``evidence`` on edges. Lists become text: quotes are
  joined with `` | ``.
- ``csv``: the same network as two files, ``nodes.csv`` and ``edges.csv``, in one folder.

Text is made safe for what reads it (:mod:`hytegraph.core.sanitize`): characters XML 1.0 cannot hold
become U+FFFD in GraphML and GEXF; a CSV cell that a spreadsheet would run as a formula gets a
leading ``'``.

Every file is produced completely in memory first and then written atomically, so a failed
export leaves no partial file and an existing file unchanged.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.core import rdfio, resources
from hytegraph.core.atomic import atomic_write, atomic_write_many
from hytegraph.core.namespaces import ID, PREFIXES, bind_prefixes
from hytegraph.core.sanitize import xml_text
from hytegraph.errors import ConfigurationError
from hytegraph.store import Store
from hytegraph.views.network import LANGUAGES, RELATIONS, build_network
from hytegraph.views.style import (
    KIND_STYLE,
    RELATION_STYLE,
    kind_colour,
    node_size,
    relation_colour,
    rgb,
)

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

RDF_FORMATS = ("ttl", "nt", "jsonld", "trig")
NETWORK_FORMATS = ("graphml", "gexf", "csv")
FORMATS = RDF_FORMATS + NETWORK_FORMATS

#: The one named graph of the TriG export.
NAMED_GRAPH = ID + "graph/hytegraph"

#: File names of the CSV export.
CSV_FILES = ("nodes.csv", "edges.csv")

NODE_COLUMNS = (
    "id", "kind", "label", "label_fi", "label_en", "label_sv", "identifiers", "evidence"
)  # fmt: skip
EDGE_COLUMNS = ("source", "target", "relation", "label", "detail", "fact", "evidence")


def jsonld_context() -> dict[str, str]:
    """The readable ``@context``: prefixes for every namespace, ``@base`` for instances."""
    return {"@base": ID, **PREFIXES}


# ---------------------------------------------------------------------------------------------
# RDF


def serialize_rdf(graph: rdflib.Graph, fmt: str) -> bytes:
    """``graph`` as Turtle, N-Triples, JSON-LD or TriG."""
    import rdflib

    bind_prefixes(graph)
    if fmt == "jsonld":
        text = graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
        doc = json.loads(text)
        # rdflib leaves node IRIs absolute (or makes them host-relative with @base), so make
        # instance IRIs relative to @base here: "org/espoo" rather than the whole IRI
        doc["@context"] = jsonld_context()
        doc = _relative_ids(doc)
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "trig":
        dataset = rdflib.Dataset()
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace, override=True, replace=True)
        named = dataset.graph(rdflib.URIRef(NAMED_GRAPH))
        for triple in graph:
            named.add(triple)
        return dataset.serialize(format="trig").encode("utf-8")
    if fmt in ("ttl", "nt"):
        return rdfio.serialize_graph(graph, fmt)
    raise ConfigurationError(f"unknown RDF format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}")


def _relative_ids(value: Any) -> Any:
    """``@id`` values under the instance namespace, relative to ``@base`` (``org/espoo``);
    a remainder with a colon would read as a compact IRI, so it stays absolute."""
    if isinstance(value, list):
        return [_relative_ids(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key == "@context":
            out[key] = item
        elif key == "@id" and isinstance(item, str) and item.startswith(ID):
            rest = item[len(ID) :]
            out[key] = (
                rest if rest and ":" not in rest and not rest.startswith(("/", "?", "#")) else item
            )
        else:
            out[key] = _relative_ids(item)
    return out


# ---------------------------------------------------------------------------------------------
# network formats


def _quotes(evidence: list[dict[str, str]]) -> str:
    return " | ".join(e["quote"] for e in evidence if e.get("quote"))


def network_dates(store: Store) -> dict[str, tuple[str, str]]:
    """``{fact or entity IRI: (start, end)}`` as ``xsd:date`` text ("" where open) for what
    the source says is in force from or until a time (``org:memberDuring``,
    ``hyte:validDuring``). A year or a month is widened to its first or last day."""
    found: dict[str, tuple[str, str]] = {}
    for subject, start, end in store.select_plain(resources.read_sparql("network_dates")):
        if subject is None or subject in found:
            continue
        found[subject] = (_day(start, first=True), _day(end, first=False))
    return found


def _day(value: str | None, *, first: bool) -> str:
    """An ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` as a date: 2023 → 2023-01-01 (or
    2023-12-31 for an end), 2023-05 → 2023-05-01 (or 2023-05-31); "" for anything else."""
    import calendar
    import re

    if not value:
        return ""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        if not 1 <= month <= 12:
            return ""
        day = 1 if first else calendar.monthrange(year, month)[1]
        return f"{text}-{day:02d}"
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01" if first else f"{text}-12-31"
    return ""


def _viz(network: nx.MultiDiGraph) -> tuple[dict[Any, tuple[float, float]], dict[Any, float]]:
    """The map's picture: each node's position (the map's layout, y pointing up as Gephi draws
    it) and size (:func:`hytegraph.views.style.node_size`)."""
    from hytegraph.views.layout import positions

    placed = positions(network)
    where = {n: (round(x, 2), round(-y, 2)) for n, (x, y) in placed.items()}
    sizes = {n: node_size(d) for n, d in network.degree()}
    return where, sizes


def flat_network(
    network: nx.MultiDiGraph,
    lang: str = "fi",
    text: Callable[[str], str] = str,
    *,
    viz: bool = False,
) -> nx.MultiDiGraph:
    """A copy of ``network`` whose attributes are all strings (what GraphML and GEXF hold),
    each passed through ``text`` (node ids too). Edges are keyed ``e0``, ``e1``, ... (one fact
    may give several edges; its IRI is the ``fact`` attribute). With ``viz`` nodes also carry
    the map's ``x``, ``y``, ``size``, ``color`` and ``r``, ``g``, ``b``, and edges their
    relation's ``color`` and ``r``, ``g``, ``b``."""
    import networkx as nx

    where, sizes = _viz(network) if viz else ({}, {})
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        attrs: dict[str, Any] = {
            "kind": data["kind"],
            "label": data.get(f"label_{lang}") or data["label_fi"],
            **{f"label_{lg}": data.get(f"label_{lg}", "") for lg in LANGUAGES},
            "identifiers": "; ".join(data.get("identifiers", [])),
            "evidence": _quotes(data["evidence"]),
        }
        attrs = {k: text(v) for k, v in attrs.items()}
        if viz:
            colour = kind_colour(data["kind"])
            x, y = where[node]
            r, g, b = rgb(colour)
            attrs.update(x=x, y=y, size=sizes[node], color=colour, r=r, g=g, b=b)
        flat.add_node(text(node), **attrs)
    for number, (u, v, key, data) in enumerate(network.edges(keys=True, data=True)):
        attrs = {
            "relation": data["relation"],
            "label": RELATIONS[data["relation"]].name(lang),
            "detail": data.get("detail", ""),
            "fact": data.get("fact", key),
            "evidence": _quotes(data["evidence"]),
        }
        attrs = {k: text(x) for k, x in attrs.items()}
        if viz:
            colour = relation_colour(data["relation"])
            r, g, b = rgb(colour)
            attrs.update(color=colour, r=r, g=g, b=b)
        flat.add_edge(text(u), text(v), key=f"e{number}", **attrs)
    return flat


#: GEXF 1.3 namespaces (the viz module's as the GEXF 1.3 primer and Gephi write it).
GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
#: vis-network shapes → GEXF node shapes (disc, square, triangle, diamond).
_GEXF_SHAPES = {
    "dot": "disc",
    "square": "square",
    "triangle": "triangle",
    "triangleDown": "triangle",
    "diamond": "diamond",
    "star": "diamond",
    "hexagon": "disc",
}
GEXF_NODE_ATTRIBUTES = (
    "iri",
    "kind",
    "label_fi",
    "label_en",
    "label_sv",
    "identifiers",
    "evidence",
)
GEXF_EDGE_ATTRIBUTES = ("relation", "detail", "fact", "evidence")


def network_gexf(
    network: nx.MultiDiGraph,
    lang: str = "fi",
    dates: dict[str, tuple[str, str]] | None = None,
) -> bytes:
    """``network`` as GEXF 1.3, as Gephi opens it with the map's picture: ``viz:position`` (the
    map's layout), ``viz:color`` and ``viz:shape`` (the kind's or relation's colour and shape)
    and ``viz:size`` (from the number of relations). Where ``dates`` (:func:`network_dates`)
    give a fact or entity a start or end, its edge or node carries them and the graph is
    ``dynamic`` with ``timeformat="date"``, for Gephi's timeline. Characters XML 1.0 cannot hold
    become U+FFFD."""
    import xml.etree.ElementTree as ET

    dates = dates or {}
    where, sizes = _viz(network)
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", GEXF_VIZ_NS)
    ET.register_namespace("xsi", _XSI_NS)
    g, v = f"{{{GEXF_NS}}}", f"{{{GEXF_VIZ_NS}}}"
    root = ET.Element(
        g + "gexf",
        {
            "version": "1.3",
            f"{{{_XSI_NS}}}schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd",
        },
    )
    meta = ET.SubElement(root, g + "meta")
    ET.SubElement(meta, g + "creator").text = "hytegraph"
    ET.SubElement(meta, g + "description").text = (
        "HYTE collaboration network: actors, bodies and documents, and the relations the "
        "sources state"
    )
    dated = any(n in dates for n in network.nodes) or any(
        d.get("fact", k) in dates for _u, _v, k, d in network.edges(keys=True, data=True)
    )
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dated else "static"}
    if dated:
        graph_attrs["timeformat"] = "date"
    graph = ET.SubElement(root, g + "graph", graph_attrs)
    for cls, names in (("node", GEXF_NODE_ATTRIBUTES), ("edge", GEXF_EDGE_ATTRIBUTES)):
        declared = ET.SubElement(graph, g + "attributes", {"class": cls})
        for name in names:
            ET.SubElement(declared, g + "attribute", {"id": name, "title": name, "type": "string"})

    def timed(element_attrs: dict[str, str], subject: str) -> dict[str, str]:
        start, end = dates.get(subject, ("", ""))
        if start:
            element_attrs["start"] = start
        if end:
            element_attrs["end"] = end
        return element_attrs

    def values(parent: ET.Element, pairs: dict[str, str]) -> None:
        holder = ET.SubElement(parent, g + "attvalues")
        for key, value in pairs.items():
            ET.SubElement(holder, g + "attvalue", {"for": key, "value": xml_text(value)})

    nodes = ET.SubElement(graph, g + "nodes", {"count": str(network.number_of_nodes())})
    for node, data in network.nodes(data=True):
        label = data.get(f"label_{lang}") or data["label_fi"]
        element = ET.SubElement(
            nodes, g + "node", timed({"id": xml_text(node), "label": xml_text(label)}, node)
        )
        values(
            element,
            {
                "iri": node,
                "kind": data["kind"],
                **{f"label_{lg}": data.get(f"label_{lg}", "") for lg in LANGUAGES},
                "identifiers": "; ".join(data.get("identifiers", [])),
                "evidence": _quotes(data["evidence"]),
            },
        )
        colour, shape = KIND_STYLE.get(data["kind"], KIND_STYLE["other"])
        r, gr, b = rgb(colour)
        ET.SubElement(element, v + "color", {"r": str(r), "g": str(gr), "b": str(b)})
        x, y = where[node]
        ET.SubElement(element, v + "position", {"x": f"{x:g}", "y": f"{y:g}", "z": "0"})
        ET.SubElement(element, v + "size", {"value": f"{sizes[node]:g}"})
        ET.SubElement(element, v + "shape", {"value": _GEXF_SHAPES.get(shape, "disc")})
    edges = ET.SubElement(graph, g + "edges", {"count": str(network.number_of_edges())})
    for number, (u, w, key, data) in enumerate(network.edges(keys=True, data=True)):
        fact = data.get("fact", key)
        element = ET.SubElement(
            edges,
            g + "edge",
            timed(
                {
                    "id": f"e{number}",
                    "source": xml_text(u),
                    "target": xml_text(w),
                    "label": RELATIONS[data["relation"]].name(lang),
                    "kind": data["relation"],
                },
                fact,
            ),
        )
        values(
            element,
            {
                "relation": data["relation"],
                "detail": data.get("detail", ""),
                "fact": fact,
                "evidence": _quotes(data["evidence"]),
            },
        )
        colour, dashes, _arrow = RELATION_STYLE.get(data["relation"], ("#555555", False, True))
        r, gr, b = rgb(colour)
        ET.SubElement(element, v + "color", {"r": str(r), "g": str(gr), "b": str(b)})
        ET.SubElement(element, v + "thickness", {"value": "1"})
        ET.SubElement(element, v + "shape", {"value": "dashed" if dashes else "solid"})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def serialize_network(
    network: nx.MultiDiGraph,
    fmt: str,
    lang: str = "fi",
    dates: dict[str, tuple[str, str]] | None = None,
) -> bytes:
    """``network`` as GraphML or GEXF 1.3 (bytes), each with the map's positions, colours and
    sizes: always well-formed XML, because characters XML 1.0 cannot hold become U+FFFD
    (:func:`hytegraph.core.sanitize.xml_text`)."""
    import networkx as nx

    if fmt == "gexf":
        return network_gexf(network, lang, dates)
    if fmt != "graphml":
        raise ConfigurationError(f"unknown network format {fmt!r}; choose graphml or gexf")
    flat = flat_network(network, lang, xml_text, viz=True)
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]], excel: bool = False) -> bytes:
    from hytegraph.views.output import csv_text

    return csv_text(rows, columns, excel=excel).encode("utf-8-sig" if excel else "utf-8")


def network_csv(
    network: nx.MultiDiGraph, lang: str = "fi", *, excel: bool = False
) -> dict[str, bytes]:
    """``{"nodes.csv": ..., "edges.csv": ...}`` for ``network`` (Cytoscape: import the edge
    table as a network, then the node table with ``id`` as key). The files are meant for
    spreadsheets too, so a cell that would start a formula gets a leading ``'``
    (:func:`hytegraph.core.sanitize.spreadsheet_cell`). ``excel``: the form a Finnish Excel
    opens with a double click (:func:`hytegraph.views.output.csv_text`); nodes then also
    carry the map's ``x``, ``y`` and ``size`` (with a decimal comma)."""
    flat = flat_network(network, lang, viz=excel)
    columns = NODE_COLUMNS + (("x", "y", "size") if excel else ())
    nodes = [{"id": n, **{c: d[c] for c in columns[1:]}} for n, d in flat.nodes(data=True)]
    edges = [
        {"source": u, "target": v, **{c: d[c] for c in EDGE_COLUMNS[2:]}}
        for u, v, d in flat.edges(data=True)
    ]
    return {
        "nodes.csv": _csv(columns, nodes, excel),
        "edges.csv": _csv(EDGE_COLUMNS, edges, excel),
    }


# ---------------------------------------------------------------------------------------------
# one entry point


def in_force(store: Store, network: nx.MultiDiGraph, as_of: str) -> nx.MultiDiGraph:
    """A copy of ``network`` without the edges whose fact is not in force on ``as_of`` (the
    rules of ``--as-of``, :mod:`hytegraph.query.when`). Every node stays."""
    from hytegraph.query import when

    every = store.select(resources.read_sparql("time_facts")).dicts()
    facts = when.in_force(store, every, as_of, hand_off=False)
    found = [r["fact"] for r in facts if r["fact"] is not None]
    cited = when.citations(store, found)
    own = when.own_dates(store, found)
    keep = {
        str(fact)
        for fact in found
        if when.rule(*own.get(fact, (None, None)), as_of, cited.get(fact, []))
    }
    part = network.copy()
    part.remove_edges_from(
        [(u, v, k) for u, v, k, d in network.edges(keys=True, data=True) if d["fact"] not in keep]
    )
    return part


def export_bytes(
    store: Store, fmt: str, *, lang: str = "fi", excel: bool = False, as_of: str | None = None
) -> dict[str, bytes]:
    """The export of ``store`` in ``fmt`` as ``{file name: content}``: one file, or two for
    ``csv`` (``excel``: for a Finnish Excel). ``as_of`` (network formats only): only the
    relations in force on that day. Nothing is written."""
    if fmt not in FORMATS:
        raise ConfigurationError(
            f"unknown export format {fmt!r}", hint=f"Choose one of {', '.join(FORMATS)}."
        )
    if fmt in RDF_FORMATS:
        if as_of is not None:
            raise ConfigurationError(
                f"--as-of applies to the network formats, not to {fmt}",
                hint="Use --format graphml, gexf or csv; the RDF export is the whole graph, "
                "with every date in it.",
            )
        return {f"graph.{fmt}": serialize_rdf(store.to_rdflib(), fmt)}
    network = build_network(store, lang=lang)
    if as_of is not None:
        network = in_force(store, network, as_of)
    if fmt == "csv":
        return network_csv(network, lang, excel=excel)
    dates = network_dates(store) if fmt == "gexf" else None
    return {f"network.{fmt}": serialize_network(network, fmt, lang, dates)}


def write_export(
    store: Store,
    fmt: str,
    out: str | Path | None,
    *,
    lang: str = "fi",
    excel: bool = False,
    as_of: str | None = None,
) -> dict[str, bytes] | list[Path]:
    """Export ``store``; with ``out`` write atomically and return the paths written, without
    it return the content (for stdout). For ``csv`` ``out`` is a folder (created if missing)
    that receives ``nodes.csv`` and ``edges.csv``, both replaced together."""
    contents = export_bytes(store, fmt, lang=lang, excel=excel, as_of=as_of)
    if out is None:
        if fmt == "csv":
            raise ConfigurationError(
                "the CSV export is two files (nodes.csv and edges.csv)",
                hint="Give a folder to write them to with -o, e.g. `-o network-csv`.",
            )
        return contents
    target = Path(out)
    if fmt == "csv":
        if target.exists() and not target.is_dir():
            raise ConfigurationError(
                f"{target} is a file; the CSV export needs a folder",
                hint="Give a folder name with -o; nodes.csv and edges.csv are written in it.",
            )
        files = {target / name: data for name, data in contents.items()}
        atomic_write_many(files)
        return list(files)
    ((_name, data),) = contents.items()
    atomic_write(target, data)
    return [target]


__all__ = [
    "CSV_FILES",
    "FORMATS",
    "NAMED_GRAPH",
    "NETWORK_FORMATS",
    "RDF_FORMATS",
    "export_bytes",
    "flat_network",
    "in_force",
    "jsonld_context",
    "network_csv",
    "network_dates",
    "network_gexf",
    "serialize_network",
    "serialize_rdf",
    "write_export",
]
