"""RDF terms converted between pyoxigraph and rdflib, for every module that reads pyoxigraph's
terms (the backend, a server's answers, the reasoner's in-memory copy)."""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from hytegraph.errors import ConfigurationError, QueryError

_XSD_STRING = str(XSD.string)
_RDF_LANGSTRING = str(RDF.langString)


def ox_to_rdflib(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise QueryError(f"unsupported RDF term {term!r} (RDF-star triples are not supported)")


def rdflib_to_ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(_bnode_id(str(term)))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _RDF_LANGSTRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ConfigurationError(f"cannot store {term!r} as an RDF term")


_BNODE_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def _bnode_id(value: str) -> str:
    # rdflib accepts any string as a blank node id; oxigraph wants N-Triples-safe ones.
    safe = _BNODE_SAFE.sub("_", value)
    return safe if safe and safe[0].isalnum() else f"b{safe}"


__all__ = ["ox_to_rdflib", "rdflib_to_ox"]
