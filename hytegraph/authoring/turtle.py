"""Deterministic, readable Turtle: the same graph always gives the same bytes.

Subjects come in sections (sources, roles, entities by folder, facts, ambiguities, evidence),
each sorted by IRI; a subject's predicates in a fixed order (type and names first, evidence
last), objects sorted; blank nodes (OWL-Time intervals) written inline as ``[ ... ]``. Instance
IRIs are relative to ``@base`` (``<org/espoo>``), vocabulary terms prefixed names. rdflib's own
serialiser orders blank nodes by their (random) ids, so it cannot give byte-identical files.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Protocol

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, SKOS, XSD

from hytegraph.core.namespaces import HYTE, ID, PREFIXES

_PREFIXES = ("hyte", "org", "foaf", "prov", "skos", "dcterms", "time", "owl", "rdfs", "xsd")
_FIRST = (RDF.type, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, FOAF.name, RDFS.label)
_LAST = (HYTE.evidence,)
_SECTIONS = (
    ("source/", "Sources and their items"),
    ("role/", "Roles the workbook adds"),
    ("org/", "Organisations"),
    ("unit/", "City units"),
    ("actor/", "Other actors"),
    ("collective/", "Unnamed collectives"),
    ("person/", "People"),
    ("post/", "Posts"),
    ("body/", "Bodies"),
    ("site/", "Places"),
    ("doc/", "Plans, reports and documents"),
    ("activity/", "Activities"),
    ("event/", "Events"),
    ("fact/", "Facts"),
    ("ambiguity/", "Ambiguities"),
    ("evidence/", "Evidence: verbatim quotes"),
)


class _Graph(Protocol):
    """What the writer reads: an rdflib graph or :class:`~hytegraph.authoring.triples.Triples`."""

    def subjects(self) -> Iterator[object]: ...
    def predicates(self, subject: object) -> Iterator[object]: ...
    def objects(self, subject: object, predicate: object) -> Iterator[object]: ...


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./~")


@functools.lru_cache(maxsize=65536)
def _iri(term: URIRef) -> str:
    text = str(term)
    if text.startswith(ID) and set(text[len(ID) :]) <= _SAFE and text[len(ID) :]:
        return f"<{text[len(ID) :]}>"
    for prefix in _PREFIXES:
        ns = PREFIXES[prefix]
        local = text[len(ns) :]
        if (
            text.startswith(ns)
            and local
            and (local[0].isalpha())
            and all(c.isalnum() or c in "-_" for c in local)
        ):
            return f"{prefix}:{local}"
    return "<" + "".join(c if c not in '<>"{}|^`\\ ' else f"%{ord(c):02X}" for c in text) + ">"


@functools.lru_cache(maxsize=65536)
def _literal(term: Literal) -> str:
    if term.datatype == XSD.integer and term.language is None:
        return str(int(term))
    if term.datatype == XSD.boolean:
        return "true" if term.toPython() else "false"
    text = str(term)
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    out = f'"{escaped}"'
    if term.language:
        return f"{out}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{out}^^{_iri(term.datatype)}"
    return out


@functools.lru_cache(maxsize=1024)
def _predicate_key(p: URIRef) -> tuple[int, str]:
    if p in _FIRST:
        return (_FIRST.index(p), "")
    if p in _LAST:
        return (100, str(p))
    return (50, _iri(p))


def _object(graph: _Graph, term: object, indent: str) -> str:
    if isinstance(term, BNode):
        return _bnode(graph, term, indent)
    if isinstance(term, Literal):
        return _literal(term)
    return _iri(term)  # type: ignore[arg-type]


def _bnode(graph: _Graph, node: BNode, indent: str) -> str:
    inner = indent + "    "
    parts = _predicates(graph, node, inner)
    if not parts:
        return "[]"
    return "[ " + (" ;\n" + inner).join(parts) + " ]"


def _predicates(graph: _Graph, subject: URIRef | BNode, indent: str) -> list[str]:
    lines = []
    for p in sorted(set(graph.predicates(subject)), key=_predicate_key):
        objects = sorted(_object(graph, o, indent + "    ") for o in graph.objects(subject, p))
        name = "a" if p == RDF.type else _iri(p)
        joiner = (
            " ,\n" + indent + "        "
            if any("\n" in o for o in objects) or sum(len(o) for o in objects) > 80
            else " , "
        )
        lines.append(f"{name} {joiner.join(objects)}")
    return lines


def _section(subject: URIRef) -> int:
    text = str(subject)[len(ID) :] if str(subject).startswith(ID) else ""
    for index, (prefix, _title) in enumerate(_SECTIONS):
        if text.startswith(prefix):
            return index
    return len(_SECTIONS)


def serialize(graph: _Graph, header: Iterable[str] = ()) -> str:
    """``graph`` as Turtle (see the module doc); ``header`` lines become leading comments."""
    out = [f"# {line}".rstrip() for line in header]
    if out:
        out.append("")
    out.append(f"@base <{ID}> .")
    for prefix in _PREFIXES:
        out.append(f"@prefix {prefix}: <{PREFIXES[prefix]}> .")
    subjects = sorted(
        (s for s in set(graph.subjects()) if isinstance(s, URIRef)),
        key=lambda s: (_section(s), str(s)),
    )
    current = -1
    for subject in subjects:
        section = _section(subject)
        if section != current:
            current = section
            title = _SECTIONS[section][1] if section < len(_SECTIONS) else "Other"
            out += ["", "#" * 65, f"# {title}", "#" * 65]
        out.append("")
        parts = _predicates(graph, subject, "")
        out.append(f"{_iri(subject)} " + " ;\n    ".join(parts) + " .")
    return "\n".join(out) + "\n"


__all__ = ["serialize"]
