"""W3C SPARQL result serialisations (JSON, CSV, TSV, XML) written from rdflib terms.

Written here rather than by a backend so every store produces byte-identical output.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any
from xml.etree import ElementTree as ET

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from hytegraph.core.sanitize import xml_text

RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "xml": "application/sparql-results+xml",
}

_SPARQL_NS = "http://www.w3.org/2005/sparql-results#"

Row = Sequence[Node | None]


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"cannot serialise {term!r} as a SPARQL result term")


def to_json(variables: Sequence[str], rows: Sequence[Row] | None, boolean: bool | None) -> bytes:
    doc: dict[str, Any]
    if boolean is not None:
        doc = {"head": {}, "boolean": boolean}
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
            for row in rows or ()
        ]
        doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(variables: Sequence[str], rows: Sequence[Row] | None, boolean: bool | None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow(["true" if boolean else "false"])
    else:
        writer.writerow(variables)
        for row in rows or ():
            writer.writerow([_csv_value(t) for t in row])
    return buffer.getvalue().encode("utf-8")


def _tsv_value(term: Node | None) -> str:
    if term is None:
        return ""
    return term.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_tsv(variables: Sequence[str], rows: Sequence[Row] | None, boolean: bool | None) -> bytes:
    if boolean is not None:
        lines = ["?boolean", "true" if boolean else "false"]
    else:
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_value(t) for t in row) for row in rows or ()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def to_xml(variables: Sequence[str], rows: Sequence[Row] | None, boolean: bool | None) -> bytes:
    """SPARQL Query Results XML; characters XML 1.0 cannot hold become U+FFFD (see
    :mod:`hytegraph.core.sanitize`), so the document is always well-formed."""
    ET.register_namespace("", _SPARQL_NS)
    q = f"{{{_SPARQL_NS}}}"
    root = ET.Element(f"{q}sparql")
    head = ET.SubElement(root, f"{q}head")
    if boolean is not None:
        ET.SubElement(root, f"{q}boolean").text = "true" if boolean else "false"
    else:
        for v in variables:
            ET.SubElement(head, f"{q}variable", name=xml_text(v))
        results = ET.SubElement(root, f"{q}results")
        for row in rows or ():
            result = ET.SubElement(results, f"{q}result")
            for v, term in zip(variables, row, strict=True):
                if term is None:
                    continue
                binding = ET.SubElement(result, f"{q}binding", name=xml_text(v))
                if isinstance(term, URIRef):
                    ET.SubElement(binding, f"{q}uri").text = xml_text(str(term))
                elif isinstance(term, BNode):
                    ET.SubElement(binding, f"{q}bnode").text = xml_text(str(term))
                else:
                    assert isinstance(term, Literal)
                    lit = ET.SubElement(binding, f"{q}literal")
                    lit.text = xml_text(str(term))
                    if term.language:
                        lit.set(
                            "{http://www.w3.org/XML/1998/namespace}lang", xml_text(term.language)
                        )
                    elif term.datatype is not None and term.datatype != XSD.string:
                        lit.set("datatype", xml_text(str(term.datatype)))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


WRITERS = {"json": to_json, "csv": to_csv, "tsv": to_tsv, "xml": to_xml}


def serialize_results(
    fmt: str,
    variables: Sequence[str] = (),
    rows: Sequence[Row] | None = None,
    boolean: bool | None = None,
) -> bytes:
    """Serialise SELECT rows (or an ASK ``boolean``) in the W3C format ``fmt``."""
    return WRITERS[fmt](variables, rows, boolean)
