"""The one base IRI and every namespace built from it or borrowed from W3C vocabularies."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/hytegraph/"
HYTE = Namespace(BASE + "ontology#")
ID = BASE + "id/"
IDNS = Namespace(ID)
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Prefixes used for SPARQL queries (added when a query does not declare them) and
#: for every serialisation hytegraph writes.
PREFIXES: dict[str, str] = {
    "hyte": str(HYTE),
    "id": ID,
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "sh": str(SH),
}

__all__ = [
    "BASE",
    "DCTERMS",
    "FOAF",
    "HYTE",
    "ID",
    "IDNS",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SKOS",
    "TIME",
    "XSD",
    "bind_prefixes",
    "qname",
]


def bind_prefixes(graph: object) -> None:
    """Bind :data:`PREFIXES` on an rdflib graph so serialisations use them."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)  # type: ignore[attr-defined]


def qname(iri: str) -> str:
    """Shorten an IRI with :data:`PREFIXES` (``hyte:Body``); unknown IRIs come back as ``<iri>``."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        local = iri[len(PREFIXES[best]) :]
        if local and all(c.isalnum() or c in "-_." for c in local):
            return f"{best}:{local}"
    return f"<{iri}>"
