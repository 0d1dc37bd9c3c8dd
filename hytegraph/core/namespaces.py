"""The one base IRI and every namespace built from it or borrowed from W3C vocabularies.

The namespaces (``HYTE``, ``ORG``, ``SKOS``, ...) are rdflib objects made on first use: the
plain strings here (:data:`PREFIXES`, :data:`BASE`) need no rdflib, so a lookup that works on
the store's own terms starts without importing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Namespace
    from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/hytegraph/"
ID = BASE + "id/"

#: Prefixes used for SPARQL queries (added when a query does not declare them) and
#: for every serialisation hytegraph writes.
PREFIXES: dict[str, str] = {
    "hyte": BASE + "ontology#",
    "id": ID,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "time": "http://www.w3.org/2006/time#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}

#: The rdflib namespaces this module gives, made on first use: ours by IRI, the W3C ones as
#: rdflib names them.
_OWN = {"HYTE": PREFIXES["hyte"], "IDNS": ID, "ORG": PREFIXES["org"], "SH": PREFIXES["sh"]}
_W3C = ("DCTERMS", "FOAF", "OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD")

if TYPE_CHECKING:
    HYTE = Namespace(_OWN["HYTE"])
    IDNS = Namespace(ID)
    ORG = Namespace(_OWN["ORG"])
    SH = Namespace(_OWN["SH"])


def __getattr__(name: str) -> Any:
    if name in _OWN:
        from rdflib import Namespace

        value: Any = Namespace(_OWN[name])
    elif name in _W3C:
        import rdflib.namespace

        value = getattr(rdflib.namespace, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


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
