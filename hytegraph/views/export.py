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

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.core import rdfio
from hytegraph.core.atomic import atomic_write, atomic_write_many
from hytegraph.core.namespaces import ID, PREFIXES, bind_prefixes
from hytegraph.core.sanitize import spreadsheet_cell, xml_text
from hytegraph.errors import ConfigurationError
from hytegraph.store import Store
from hytegraph.views.network import LANGUAGES, RELATIONS, build_network

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


def flat_network(
    network: nx.MultiDiGraph, lang: str = "fi", text: Callable[[str], str] = str
) -> nx.MultiDiGraph:
    """A copy of ``network`` whose attributes are all strings (what GraphML and GEXF hold),
    each passed through ``text`` (node ids and edge keys too)."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        attrs = {
            "kind": data["kind"],
            "label": data.get(f"label_{lang}") or data["label_fi"],
            **{f"label_{lg}": data.get(f"label_{lg}", "") for lg in LANGUAGES},
            "identifiers": "; ".join(data.get("identifiers", [])),
            "evidence": _quotes(data["evidence"]),
        }
        flat.add_node(text(node), **{k: text(v) for k, v in attrs.items()})
    for u, v, key, data in network.edges(keys=True, data=True):
        attrs = {
            "relation": data["relation"],
            "label": RELATIONS[data["relation"]].name(lang),
            "detail": data.get("detail", ""),
            "fact": data.get("fact", key),
            "evidence": _quotes(data["evidence"]),
        }
        flat.add_edge(text(u), text(v), key=text(key), **{k: text(x) for k, x in attrs.items()})
    return flat


def serialize_network(network: nx.MultiDiGraph, fmt: str, lang: str = "fi") -> bytes:
    """``network`` as GraphML or GEXF (bytes): always well-formed XML, because characters
    XML 1.0 cannot hold become U+FFFD (:func:`hytegraph.core.sanitize.xml_text`)."""
    import networkx as nx

    flat = flat_network(network, lang, xml_text)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(flat, buffer, encoding="utf-8", prettyprint=True)
    else:
        raise ConfigurationError(f"unknown network format {fmt!r}; choose graphml or gexf")
    return buffer.getvalue()


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def network_csv(network: nx.MultiDiGraph, lang: str = "fi") -> dict[str, bytes]:
    """``{"nodes.csv": ..., "edges.csv": ...}`` for ``network`` (Cytoscape: import the edge
    table as a network, then the node table with ``id`` as key). The files are meant for
    spreadsheets too, so a cell that would start a formula gets a leading ``'``
    (:func:`hytegraph.core.sanitize.spreadsheet_cell`)."""
    flat = flat_network(network, lang, spreadsheet_cell)
    nodes = [{"id": n, **{c: d[c] for c in NODE_COLUMNS[1:]}} for n, d in flat.nodes(data=True)]
    edges = [
        {"source": u, "target": v, **{c: d[c] for c in EDGE_COLUMNS[2:]}}
        for u, v, d in flat.edges(data=True)
    ]
    return {"nodes.csv": _csv(NODE_COLUMNS, nodes), "edges.csv": _csv(EDGE_COLUMNS, edges)}


# ---------------------------------------------------------------------------------------------
# one entry point


def export_bytes(store: Store, fmt: str, *, lang: str = "fi") -> dict[str, bytes]:
    """The export of ``store`` in ``fmt`` as ``{file name: content}``: one file, or two for
    ``csv``. Nothing is written."""
    if fmt not in FORMATS:
        raise ConfigurationError(
            f"unknown export format {fmt!r}", hint=f"Choose one of {', '.join(FORMATS)}."
        )
    if fmt in RDF_FORMATS:
        return {f"graph.{fmt}": serialize_rdf(store.to_rdflib(), fmt)}
    network = build_network(store, lang=lang)
    if fmt == "csv":
        return network_csv(network, lang)
    return {f"network.{fmt}": serialize_network(network, fmt, lang)}


def write_export(
    store: Store, fmt: str, out: str | Path | None, *, lang: str = "fi"
) -> dict[str, bytes] | list[Path]:
    """Export ``store``; with ``out`` write atomically and return the paths written, without
    it return the content (for stdout). For ``csv`` ``out`` is a folder (created if missing)
    that receives ``nodes.csv`` and ``edges.csv``, both replaced together."""
    contents = export_bytes(store, fmt, lang=lang)
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
    "jsonld_context",
    "network_csv",
    "serialize_network",
    "serialize_rdf",
    "write_export",
]
