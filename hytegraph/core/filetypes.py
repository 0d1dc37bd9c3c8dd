"""The RDF file types hytegraph reads, by extension: the one place they are defined (read by
:mod:`hytegraph.core.rdfio`, which parses them, and :mod:`hytegraph.core.datafiles`, which
finds them; kept apart from the parsers so that naming a file's type needs no rdflib)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from hytegraph.errors import UnsupportedFormat


@dataclass(frozen=True)
class RdfFileType:
    """One supported RDF serialisation and how each parser names it."""

    extension: str
    label: str
    rdflib_format: str
    oxigraph_format: ox.RdfFormat
    media_type: str


#: Every RDF file type hytegraph reads, by extension (the one place this is defined).
FILE_TYPES: dict[str, RdfFileType] = {
    t.extension: t
    for t in (
        RdfFileType(".ttl", "Turtle", "turtle", ox.RdfFormat.TURTLE, "text/turtle"),
        RdfFileType(".trig", "TriG", "trig", ox.RdfFormat.TRIG, "application/trig"),
        RdfFileType(".jsonld", "JSON-LD", "json-ld", ox.RdfFormat.JSON_LD, "application/ld+json"),
        RdfFileType(".json", "JSON-LD", "json-ld", ox.RdfFormat.JSON_LD, "application/ld+json"),
        RdfFileType(".nt", "N-Triples", "nt", ox.RdfFormat.N_TRIPLES, "application/n-triples"),
        RdfFileType(".nq", "N-Quads", "nquads", ox.RdfFormat.N_QUADS, "application/n-quads"),
    )
}


def supported_extensions() -> list[str]:
    return list(FILE_TYPES)


def file_type(path: str | Path) -> RdfFileType:
    """The type of ``path`` by extension; :class:`UnsupportedFormat` lists the supported ones."""
    path = Path(path)
    try:
        return FILE_TYPES[path.suffix.lower()]
    except KeyError:
        raise UnsupportedFormat(path, supported_extensions()) from None


__all__ = ["FILE_TYPES", "RdfFileType", "file_type", "supported_extensions"]
