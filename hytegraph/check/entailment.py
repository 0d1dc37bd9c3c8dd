"""The RDFS entailment the shapes read, and no more.

The shapes see the data with what ORG and PROV-O entail about it (RDFS: sub-class,
sub-property, domain, range). They read only the classes and properties they name: the
targets, ``sh:class``, the paths, and the terms of their SPARQL-based constraints. So instead
of the whole RDFS closure of the working copy (which entails many types and super-property
triples no shape reads, in rounds over every triple), the schema (small) gives, for each class
a shape names, the facts that make a node its instance (a type below it, a property whose
domain or range is below it, through sub-properties) and, for each property, the properties
below it; then one ``INSERT`` per class and per property adds exactly the triples of those
classes and properties that the closure holds.

:func:`entail_for_shapes` returns False, and leaves the store unchanged, where that would not
be exact: a constraint reading a property or a type it does not name (a variable predicate,
``?x a ?class``, a negated path), a node typed with a blank-node class, a schema predicate that
is itself a sub-property, domain or range of something. The caller then materialises the whole
closure (:func:`hytegraph.check.reasoning.rdfs_closure`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, URIRef, Variable
from rdflib.paths import NegatedPath, Path
from rdflib.term import Node

from hytegraph.core import resources

if TYPE_CHECKING:
    from hytegraph.check.shacl import CompiledShapes
    from hytegraph.store import OxigraphStore

_SCHEMA = f"""
SELECT ?kind ?x ?y WHERE {{
  {{ ?x <{RDFS.subClassOf}> ?y BIND ("sub-class" AS ?kind) }}
  UNION {{ ?x <{RDFS.subPropertyOf}> ?y BIND ("sub-property" AS ?kind) }}
  UNION {{ ?x <{RDFS.domain}> ?y BIND ("domain" AS ?kind) }}
  UNION {{ ?x <{RDFS.range}> ?y BIND ("range" AS ?kind) }}
}}
"""

_SCHEMA_PREDICATES = {RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range}


class _NotExact(Exception):
    """The restricted entailment would differ from the closure where a shape reads it."""


def shapes_read(compiled: CompiledShapes) -> set[URIRef] | None:
    """Every IRI the shapes name (classes and properties among them), or None when a
    SPARQL-based constraint may read a property or a type it does not name."""
    found = {t for triple in compiled.graph for t in triple if isinstance(t, URIRef)}
    for target in compiled.shapes:
        for constraints in target.sparql.values():
            for constraint in constraints:
                algebra = constraint.algebra
                if algebra is None:
                    from rdflib.plugins.sparql import prepareQuery

                    algebra = prepareQuery(constraint.text).algebra
                try:
                    _walk(algebra, found)
                except _NotExact:
                    return None
    return found


def _walk(node: object, found: set[URIRef]) -> None:
    if isinstance(node, URIRef):
        found.add(node)
    elif isinstance(node, NegatedPath):
        raise _NotExact  # reads every predicate but a few
    elif isinstance(node, Path):
        for value in vars(node).values():
            _walk(value, found)
    elif isinstance(node, tuple) and len(node) == 3:
        _s, p, o = node
        if isinstance(p, Variable) or (p == RDF.type and isinstance(o, Variable)):
            raise _NotExact
        for term in node:
            _walk(term, found)
    elif isinstance(node, dict):
        for value in node.values():
            _walk(value, found)
    elif isinstance(node, (list, tuple, set, frozenset)):
        for item in node:
            _walk(item, found)


def entail_for_shapes(
    work: OxigraphStore,
    read: Iterable[URIRef] | None,
    timings: dict[str, float] | None = None,
) -> bool:
    """Add to ``work`` the triples of the RDFS closure whose class (``rdf:type``) or property
    is one of ``read`` (:func:`shapes_read`), with the closure of the schema itself; False
    (nothing added) where that would not give the shapes what the whole closure gives.
    ``timings``, if given, receives the seconds each INSERT took, by its text."""
    if read is None:
        return False
    engine = work._store  # INSERTs into the working copy, as the closure does
    if work.ask(f"ASK {{ ?x <{RDF.type}> ?c FILTER (isBlank(?c)) }}"):
        return False
    sub_class: dict[Node, set[Node]] = {}
    sub_property: dict[Node, set[Node]] = {}
    domain: dict[Node, set[Node]] = {}  # class -> properties with that domain
    range_: dict[Node, set[Node]] = {}
    for kind, x, y in work.select(_SCHEMA).rows:
        kind = str(kind)
        if kind != "sub-class" and (x in _SCHEMA_PREDICATES or y in _SCHEMA_PREDICATES):
            return False
        {"sub-class": sub_class, "sub-property": sub_property, "domain": domain, "range": range_}[
            kind
        ].setdefault(y, set()).add(x)
    # the schema's own closure (rdfs5, rdfs11: transitive sub-class and sub-property)
    from hytegraph.check.reasoning import run_rules

    run_rules(work, [("rdfs_1_schema", resources.read_sparql("rdfs_1_schema"))])

    def below(tree: dict[Node, set[Node]], top: Node) -> set[Node]:
        seen, todo = {top}, [top]
        while todo:
            for lower in tree.get(todo.pop(), ()):
                if lower not in seen:
                    seen.add(lower)
                    todo.append(lower)
        return seen

    updates = []
    for cls in sorted(read, key=str):
        classes = below(sub_class, cls)
        subjects = {p for c in classes for p in domain.get(c, ())}
        objects = {p for c in classes for p in range_.get(c, ())}
        subjects = {q for p in subjects for q in below(sub_property, p)}
        objects = {q for p in objects for q in below(sub_property, p)}
        branches = [f"{{ ?x a <{c}> }}" for c in sorted(classes - {cls}, key=str) if _iri(c)]
        branches += [f"{{ ?x <{p}> [] }}" for p in sorted(subjects, key=str) if _iri(p)]
        branches += [
            f"{{ [] <{p}> ?x FILTER (!isLiteral(?x)) }}"
            for p in sorted(objects, key=str)
            if _iri(p)
        ]
        if branches:
            # each node once, and only where the type is new: inserting is the cost
            updates.append(
                f"INSERT {{ ?x a <{cls}> }} WHERE {{ SELECT DISTINCT ?x WHERE {{ "
                f"{' UNION '.join(branches)} }} }}"
            )
    for prop in sorted(read, key=str):
        lower = [p for p in sorted(below(sub_property, prop) - {prop}, key=str) if _iri(p)]
        if lower:
            union = " UNION ".join(f"{{ ?s <{p}> ?o }}" for p in lower)
            updates.append(f"INSERT {{ ?s <{prop}> ?o }} WHERE {{ {union} }}")
    for update in updates:
        started = time.perf_counter()
        engine.update(update)
        if timings is not None:
            timings[update] = time.perf_counter() - started
    return True


def _iri(term: Node) -> bool:
    return isinstance(term, URIRef)
