"""Push the graph to a SPARQL server and pull it back, with the SPARQL 1.1 Graph Store Protocol.

``push`` uploads one named graph per source file (the ontology, each data file) plus one for
the triples the rules derive, then points the manifest graph (:data:`MANIFEST_GRAPH`) at them.

A failed push leaves the server's previous data as it was:

1. every file is parsed and the rules are applied locally first: a malformed file stops the
   push before anything is sent;
2. each graph goes to a new graph IRI of its own (``…/graph/{push id}/{key}``) with ``PUT``,
   and its triple count on the server is checked;
3. only then is the manifest replaced, in one ``PUT``: this is the switch. Queries made
   through :class:`~hytegraph.store.remote.EndpointStore` read the graphs the manifest lists, so
   they see the old data or the new, never a mix;
4. the previous push's graphs are deleted. If anything before the switch fails, the graphs
   this push uploaded are deleted again and the manifest still names the old ones.

``pull`` downloads the graphs the manifest lists, checks each against the triple count the
manifest records, and writes one Turtle file per graph (plus ``manifest.ttl``), all or none.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from hytegraph.core import datafiles, rdfio, resources
from hytegraph.core.atomic import atomic_write_many
from hytegraph.core.namespaces import BASE
from hytegraph.core.version import __version__
from hytegraph.errors import EndpointError, HytegraphError
from hytegraph.store.base import SelectResult
from hytegraph.store.remote import MANIFEST_GRAPH, SD, Endpoint, parse_graph

DCTERMS = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
GRAPH_BASE = BASE + "graph/"

Progress = Callable[[str], None]


@dataclass
class GraphUpload:
    """One graph of a push: what it holds and where it came from."""

    key: str
    role: str  # ontology | data | inferred
    source: str  # the file name ("inferred" for the derived triples)
    triples: list[Any]  # pyoxigraph triples
    sha256: str = ""
    iri: str = ""

    @property
    def count(self) -> int:
        return len(self.triples)


@dataclass
class PushReport:
    push_id: str
    server: str
    graphs: list[GraphUpload] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)


@dataclass
class PulledGraph:
    iri: str
    key: str
    role: str
    source: str
    triples: int
    path: Path


@dataclass
class PullReport:
    push_id: str
    server: str
    graphs: list[PulledGraph] = field(default_factory=list)
    manifest: Path | None = None


# ---------------------------------------------------------------------------------------------
# preparing a push (no network)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "graph"


def _quads(path: Path) -> Any:
    """The quads of one input: an RDF file, or a workbook through its registered reader."""
    if not path.is_dir() and datafiles.kind_of(path) == datafiles.RDF:
        return rdfio.read_quads(path)
    from hytegraph.store.terms import rdflib_to_ox

    item = datafiles.DataFile(path, datafiles.WORKBOOK)
    return [
        ox.Quad(rdflib_to_ox(s), rdflib_to_ox(p), rdflib_to_ox(o))
        for s, p, o in datafiles.read_triples(item)
    ]


def _digest(path: Path) -> str:
    """SHA-256 of a file, or of every file of a workbook folder (names and contents)."""
    digest = hashlib.sha256()
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(str(child.relative_to(path)).encode("utf-8") + b"\0")
            digest.update(child.read_bytes())
    else:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def prepare(
    data_paths: Sequence[str | Path] = (), *, include_bundled: bool = True
) -> list[GraphUpload]:
    """The graphs a push would upload: every file parsed (errors name file and line) and the
    rules applied, before anything is sent."""
    from hytegraph.store.inference import apply_rules
    from hytegraph.store.oxigraph import OxigraphStore

    bundled = resources.bundled_data_files() if include_bundled else []
    extra = [item.path for item in datafiles.expand(data_paths, skip=bundled)]
    sources: list[tuple[str, Path]] = [("ontology", resources.ontology_file())]
    sources += [("data", p) for p in bundled]
    sources += [("data", p) for p in extra]

    graphs: list[GraphUpload] = []
    keys: set[str] = set()
    store = OxigraphStore()
    owner: dict[Any, int] = {}  # blank node -> index of the graph that holds it
    seen: set[Any] = set()
    for role, path in sources:
        quads = _quads(path)
        key = base = f"{role}-{_slug(path.stem)}"
        n = 2
        while key in keys:
            key, n = f"{base}-{n}", n + 1
        keys.add(key)
        triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
        for t in triples:
            for term in (t.subject, t.object):
                if isinstance(term, ox.BlankNode):
                    owner[term] = len(graphs)
        seen.update(triples)
        digest = _digest(path)
        graphs.append(GraphUpload(key, role, path.name, triples, f"sha256:{digest}"))
        store.add_quads(quads)
    apply_rules(store)
    inferred: list[Any] = []
    for quad in store._store:  # pyoxigraph quads: no conversion, fast at scale
        triple = ox.Triple(quad.subject, quad.predicate, quad.object)
        if triple in seen:
            continue
        # A blank node cannot be shared between two graphs on a server, so a derived triple
        # that mentions one goes into the graph of the file the blank node comes from.
        holders = {owner[t] for t in (triple.subject, triple.object) if t in owner}
        if len(holders) == 1:
            graphs[holders.pop()].triples.append(triple)
        elif holders:
            raise HytegraphError(
                "a derived triple links blank nodes of two different files",
                hint="Give those nodes IRIs in the data files.",
            )
        else:
            inferred.append(triple)
    body = _ntriples(inferred)
    graphs.append(
        GraphUpload(
            "inferred",
            "inferred",
            "inferred",
            inferred,
            f"sha256:{hashlib.sha256(body).hexdigest()}",
        )
    )
    return graphs


def _ntriples(triples: Sequence[Any]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""


def manifest_ntriples(push_id: str, graphs: Sequence[GraphUpload], created: str) -> bytes:
    """The manifest graph: the push, and per graph its IRI, file, role, hash and size."""
    m = ox.NamedNode(MANIFEST_GRAPH)
    triples = [
        ox.Triple(m, ox.NamedNode(RDF_TYPE), ox.NamedNode(SD + "Dataset")),
        ox.Triple(m, ox.NamedNode(DCTERMS + "identifier"), ox.Literal(push_id)),
        ox.Triple(
            m,
            ox.NamedNode(DCTERMS + "created"),
            ox.Literal(created, datatype=ox.NamedNode(XSD + "dateTime")),
        ),
        ox.Triple(m, ox.NamedNode(DCTERMS + "creator"), ox.Literal(f"hytegraph {__version__}")),
    ]
    for g in graphs:
        entry = ox.NamedNode(f"{MANIFEST_GRAPH}#{g.key}")
        triples += [
            ox.Triple(m, ox.NamedNode(SD + "namedGraph"), entry),
            ox.Triple(entry, ox.NamedNode(RDF_TYPE), ox.NamedNode(SD + "NamedGraph")),
            ox.Triple(entry, ox.NamedNode(SD + "name"), ox.NamedNode(g.iri)),
            ox.Triple(entry, ox.NamedNode(DCTERMS + "title"), ox.Literal(g.key)),
            ox.Triple(entry, ox.NamedNode(DCTERMS + "type"), ox.Literal(g.role)),
            ox.Triple(entry, ox.NamedNode(DCTERMS + "source"), ox.Literal(g.source)),
            ox.Triple(entry, ox.NamedNode(DCTERMS + "identifier"), ox.Literal(g.sha256)),
            ox.Triple(
                entry,
                ox.NamedNode(VOID + "triples"),
                ox.Literal(str(g.count), datatype=ox.NamedNode(XSD + "integer")),
            ),
        ]
    return _ntriples(triples)


# ---------------------------------------------------------------------------------------------
# talking to the Graph Store Protocol


def _graph_url(endpoint: Endpoint, iri: str) -> str:
    base = endpoint.store_url
    sep = "&" if urllib.parse.urlsplit(base).query else "?"
    return f"{base}{sep}{urllib.parse.urlencode({'graph': iri})}"


def put_graph(endpoint: Endpoint, iri: str, body: bytes, timeout: float | None = None) -> None:
    endpoint.http.request(
        "PUT",
        _graph_url(endpoint, iri),
        body=body,
        headers={"Content-Type": "application/n-triples"},
        timeout=timeout,
        what=f"upload of graph <{iri}>",
    )


def delete_graph(endpoint: Endpoint, iri: str, timeout: float | None = None) -> None:
    try:
        endpoint.http.request(
            "DELETE", _graph_url(endpoint, iri), timeout=timeout, what=f"removal of <{iri}>"
        )
    except EndpointError as e:
        if getattr(e, "status", None) != 404:  # already gone
            raise


def get_graph(endpoint: Endpoint, iri: str, timeout: float | None = None) -> Any:
    answer = endpoint.http.request(
        "GET",
        _graph_url(endpoint, iri),
        headers={"Accept": "application/n-triples, text/turtle;q=0.9"},
        timeout=timeout,
        what=f"download of graph <{iri}>",
    )
    kinds = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "ttl"}
    if answer.content_type not in kinds:
        raise EndpointError(
            f"the server at {endpoint.server} sent graph <{iri}> as "
            f"{answer.content_type or 'no content type'}, not N-Triples or Turtle",
            hint="Check --store-url: it must be the server's Graph Store Protocol URL.",
        )
    return parse_graph(answer.body, kinds[answer.content_type], endpoint.server)


def count_triples(endpoint: Endpoint, iri: str, timeout: float | None = None) -> int:
    result = endpoint.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}", timeout=timeout
    )
    try:
        assert isinstance(result, SelectResult)
        return int(result.rows[0][0])  # type: ignore[arg-type]
    except (AssertionError, IndexError, TypeError, ValueError):
        raise EndpointError(
            f"the server at {endpoint.server} gave no triple count for <{iri}>"
        ) from None


_MANIFEST_ENTRIES = f"""
SELECT ?push ?graph ?key ?role ?source ?hash ?triples WHERE {{
  GRAPH <{MANIFEST_GRAPH}> {{
    <{MANIFEST_GRAPH}> <{DCTERMS}identifier> ?push ; <{SD}namedGraph> ?entry .
    ?entry <{SD}name> ?graph ; <{DCTERMS}title> ?key ; <{DCTERMS}type> ?role ;
           <{DCTERMS}source> ?source ; <{DCTERMS}identifier> ?hash ; <{VOID}triples> ?triples .
  }}
}}
"""


def read_manifest(endpoint: Endpoint, timeout: float | None = None) -> list[dict[str, str]]:
    """The manifest's entries (push, graph, key, role, source, hash, triples); [] if none."""
    result = endpoint.query(_MANIFEST_ENTRIES, timeout=timeout)
    if not isinstance(result, SelectResult):
        raise EndpointError(f"the server at {endpoint.server} gave no rows for a SELECT query")
    return sorted(
        ({k: str(v) for k, v in row.items() if v is not None} for row in result.dicts()),
        key=lambda e: e.get("key", ""),
    )


# ---------------------------------------------------------------------------------------------
# push and pull


def new_push_id() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + secrets.token_hex(4)


def push(
    endpoint: Endpoint,
    data_paths: Sequence[str | Path] = (),
    *,
    include_bundled: bool = True,
    progress: Progress | None = None,
) -> PushReport:
    """Upload ontology, data and derived triples; see the module docstring for the steps."""
    say = progress or (lambda _message: None)
    graphs = prepare(data_paths, include_bundled=include_bundled)
    previous = read_manifest(endpoint)
    old_graphs = sorted({e["graph"] for e in previous})
    push_id = new_push_id()
    report = PushReport(push_id, endpoint.server, graphs)
    uploaded: list[str] = []
    try:
        for g in graphs:
            g.iri = f"{GRAPH_BASE}{push_id}/{g.key}"
            say(f"uploading {g.source} ({g.count} triples) to <{g.iri}>")
            uploaded.append(g.iri)
            put_graph(endpoint, g.iri, _ntriples(g.triples))
            on_server = count_triples(endpoint, g.iri)
            if on_server != g.count:
                raise EndpointError(
                    f"the server holds {on_server} triples of {g.source} after the upload, "
                    f"not {g.count}"
                )
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        say(f"switching the manifest <{MANIFEST_GRAPH}> to push {push_id}")
        try:
            put_graph(endpoint, MANIFEST_GRAPH, manifest_ntriples(push_id, graphs, created))
        except EndpointError:
            # The PUT may have been applied even though its answer was lost.
            if not _manifest_is(endpoint, push_id):
                raise
    except HytegraphError as e:
        leftovers = _clean(endpoint, uploaded)
        note = "the server's previous data is unchanged"
        if leftovers:
            note += f" (unused graphs left behind: {', '.join(leftovers)})"
        raise EndpointError(f"push failed: {e.message}; {note}", hint=e.hint) from None
    stale = [iri for iri in old_graphs if iri not in set(uploaded)]
    if stale:
        say(f"removing {len(stale)} graph(s) of the previous push")
    report.leftovers = _clean(endpoint, stale)
    report.removed = [iri for iri in stale if iri not in report.leftovers]
    return report


def _manifest_is(endpoint: Endpoint, push_id: str) -> bool:
    try:
        return any(e.get("push") == push_id for e in read_manifest(endpoint))
    except HytegraphError:
        return False


def _clean(endpoint: Endpoint, graphs: Sequence[str]) -> list[str]:
    """Delete ``graphs``; the ones that could not be deleted."""
    left: list[str] = []
    for iri in graphs:
        try:
            delete_graph(endpoint, iri)
        except HytegraphError:
            left.append(iri)
    return left


def pull(
    endpoint: Endpoint, out_dir: str | Path, *, progress: Progress | None = None
) -> PullReport:
    """Download every graph the manifest lists into ``out_dir`` (one ``KEY.ttl`` per graph and
    ``manifest.ttl``); all files are written, or none."""
    say = progress or (lambda _message: None)
    entries = read_manifest(endpoint)
    if not entries:
        raise EndpointError(
            f"the server at {endpoint.server} holds no hytegraph manifest "
            f"(graph <{MANIFEST_GRAPH}>)",
            hint="Push the graph first with `hytegraph push --endpoint URL`.",
        )
    out = Path(out_dir)
    report = PullReport(entries[0]["push"], endpoint.server)
    files: dict[Path, bytes] = {}
    for entry in entries:
        say(f"downloading <{entry['graph']}> ({entry['source']})")
        graph = get_graph(endpoint, entry["graph"])
        expected = int(entry["triples"])
        if len(graph) != expected:
            raise EndpointError(
                f"graph <{entry['graph']}> came with {len(graph)} triples; the manifest says "
                f"{expected}",
                hint="The download is incomplete or the graph changed; nothing was written. "
                "Try again.",
            )
        path = out / f"{_slug(entry['key'])}.ttl"
        files[path] = rdfio.serialize_graph(graph, "ttl")
        report.graphs.append(
            PulledGraph(
                entry["graph"], entry["key"], entry["role"], entry["source"], expected, path
            )
        )
    manifest = get_graph(endpoint, MANIFEST_GRAPH)
    report.manifest = out / "manifest.ttl"
    files[report.manifest] = rdfio.serialize_graph(manifest, "ttl")
    atomic_write_many(files)
    return report


__all__ = [
    "GRAPH_BASE",
    "PullReport",
    "PushReport",
    "manifest_ntriples",
    "prepare",
    "pull",
    "push",
    "read_manifest",
]
