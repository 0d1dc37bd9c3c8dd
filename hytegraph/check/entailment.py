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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, URIRef, Variable
from rdflib.paths import MulPath, NegatedPath, Path, SequencePath, ZeroOrMore
from rdflib.term import Node

from hytegraph.core import resources
from hytegraph.core.namespaces import SH

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


#: Objects of these in the shapes graph are terms of the data, not shapes to read on.
_DATA_TERMS = {
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH["class"],
    SH.datatype,
    SH.hasValue,
}

#: Objects of these in the shapes graph are read by no check (the prefixes of a SPARQL-based
#: constraint are in its text, whose algebra is read instead; a shape's own type).
_NOT_READ = {SH.prefixes, SH.declare, RDF.type}


def part_reads(compiled: CompiledShapes) -> dict[tuple[Node, Node], frozenset[URIRef] | None]:
    """For each part of ``compiled`` (:meth:`CompiledShapes.parts`), every IRI of the data its
    checks can read (its targets, paths, classes, values, nested shapes and the terms of its
    SPARQL-based constraints; ``rdf:type`` only where types are read whatever the class), or
    None when a SPARQL-based constraint may read a property or a type it does not name."""
    sg = compiled.graph
    out: dict[tuple[Node, Node], frozenset[URIRef] | None] = {}
    for target in compiled.shapes:
        named = {
            *target.classes,
            *target.nodes,
            *target.subjects_of,
            *target.objects_of,
        }
        for shape in [target.shape, *target.property_shapes]:
            found = {t for t in named if isinstance(t, URIRef)}
            # a node shape's own checks do not read its property shapes
            _shape_terms(sg, shape.node, found, skip_properties=shape is target.shape)
            try:
                for constraint in target.sparql.get(shape.node, []):
                    _constraint_terms(constraint, found)
            except _NotExact:
                out[(target.shape.node, shape.node)] = None
                continue
            out[(target.shape.node, shape.node)] = frozenset(found)
    return out


def _shape_terms(sg: object, node: Node, found: set[URIRef], *, skip_properties: bool) -> None:
    """The IRIs in object position reachable from ``node`` in the shapes graph ``sg``, through
    nested shapes, lists and paths."""
    seen: set[Node] = set()
    todo = [node]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for predicate, obj in sg.predicate_objects(current):  # type: ignore[attr-defined]
            if predicate in _NOT_READ or (
                current == node and skip_properties and predicate == SH.property
            ):
                continue
            if isinstance(obj, URIRef):
                found.add(obj)
            if predicate not in _DATA_TERMS and (obj, None, None) in sg:  # type: ignore[operator]
                todo.append(obj)


def _constraint_terms(constraint: object, found: set[URIRef]) -> None:
    algebra = constraint.algebra  # type: ignore[attr-defined]
    if algebra is None:
        from rdflib.plugins.sparql import prepareQuery

        algebra = prepareQuery(constraint.text).algebra  # type: ignore[attr-defined]
    _walk_reads(algebra, found)


def _walk_reads(node: object, found: set[URIRef]) -> None:
    """As :func:`_walk`, but a type pattern with a named class (``?x a C``, ``?x
    a/rdfs:subClassOf* C``) reads that class, not every type; and the triples of a ``NOT
    EXISTS`` (lists, paths not yet translated) are read as triples."""
    if isinstance(node, tuple) and len(node) == 3 and not isinstance(node, Path):
        _triple_reads(node, found)
    elif isinstance(node, (URIRef, NegatedPath)):
        _walk(node, found)
    elif isinstance(node, Path):
        for value in vars(node).values():
            _walk_reads(value, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "triples" and isinstance(value, (list, tuple)):
                _triples_reads(list(value), found)
            else:
                _walk_reads(value, found)
    elif isinstance(node, (list, tuple, set, frozenset)):
        for item in node:
            _walk_reads(item, found)


def _triples_reads(triples: list[object], found: set[URIRef]) -> None:
    for a, b in _instance_pairs(triples):
        # rdflib writes ``?x a/rdfs:subClassOf* C`` as two triples through a blank node
        _walk_reads(a[0], found)
        found.add(b[2])  # type: ignore[arg-type]
        triples = [t for t in triples if t is not a and t is not b]
    for triple in triples:
        if isinstance(triple, (tuple, list)) and len(triple) == 3:
            _triple_reads(triple, found)
        else:
            _walk_reads(triple, found)


def _triple_reads(triple: Sequence[object], found: set[URIRef]) -> None:
    s, p, o = triple
    if isinstance(o, URIRef) and (p == RDF.type or _instance_path(p)):
        _walk_reads(s, found)
        found.add(o)
        return
    if isinstance(p, Variable) or (p == RDF.type and isinstance(o, Variable)):
        raise _NotExact
    for term in (s, p, o):
        _walk_reads(term, found)


def _instance_pairs(items: list[object]) -> list[tuple[Sequence[Node], Sequence[Node]]]:
    """The pairs ``(?x rdf:type _:b, _:b rdfs:subClassOf* C)`` among the triples ``items``."""
    triples = [i for i in items if isinstance(i, (tuple, list)) and len(i) == 3]
    pairs = []
    for a in triples:
        if a[1] != RDF.type or not isinstance(a[2], BNode):
            continue
        for b in triples:
            if (
                b[0] == a[2]
                and isinstance(b[2], URIRef)
                and isinstance(b[1], MulPath)
                and b[1].path == RDFS.subClassOf
                and b[1].mod == ZeroOrMore
                and sum(a[2] in t for t in triples) == 2
            ):
                pairs.append((a, b))
    return pairs


def _instance_path(path: object) -> bool:
    """Whether ``path`` is ``rdf:type/rdfs:subClassOf*``."""
    if not isinstance(path, SequencePath) or len(path.args) != 2:
        return False
    first, second = path.args
    return (
        first == RDF.type
        and isinstance(second, MulPath)
        and second.path == RDFS.subClassOf
        and second.mod == ZeroOrMore
    )


def changed_for_shapes(
    work: OxigraphStore, plan: Entailment, aside: Iterable[str]
) -> frozenset[URIRef] | None:
    """The IRIs whose triples differ between ``work`` now (the data, the derived triples and
    the vocabularies) and ``work`` as the shapes read it (``plan`` applied, and the triples
    about the terms ``aside`` set aside): the classes and properties that gain triples,
    ``rdfs:subClassOf`` and ``rdfs:subPropertyOf`` (the schema's closure), ``rdf:type`` (for
    a shape that reads every type), and the properties and classes of the triples set aside.
    A check whose part reads none of these (:func:`part_reads`) finds the same on ``work``
    now as on ``work`` then: a class it names gains no instance, so a node of a class below
    it is already typed with it, whichever sub-class axioms are set aside. None where a term
    set aside has a blank-node class."""
    changed: set[URIRef] = {RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, *plan.gaining}
    terms = sorted(set(aside))
    if terms:
        values = " ".join(f"<{t}>" for t in terms)
        said = work._store.query(
            f"SELECT DISTINCT ?term WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o "
            f"BIND (IF(?p = <{RDF.type}>, ?o, ?p) AS ?term) }}"
        )
        for (term,) in said:  # type: ignore[misc,union-attr]
            if not isinstance(term, ox.NamedNode):
                return None
            changed.add(URIRef(term.value))
    return frozenset(changed)


@dataclass
class Entailment:
    """What :func:`entail_for_shapes` adds to a working copy, found without changing it
    (:func:`plan_entailment`): the ``INSERT`` of each class and property that gains a triple,
    and those classes and properties."""

    updates: list[str]
    gaining: frozenset[URIRef]


def plan_entailment(work: OxigraphStore, read: Iterable[URIRef] | None) -> Entailment | None:
    """The restricted entailment of ``work`` for the shapes (see :func:`entail_for_shapes`),
    read from ``work`` but not added to it; None where it would not be exact. Each class's or
    property's ``INSERT`` reads only triples of the graph as it is (the sub-class and
    sub-property trees are followed here, not through what another ``INSERT`` adds), so
    whether it would add a triple is asked before any is run, and those that would add none
    are left out."""
    if read is None:
        return None
    engine = work._store
    if work.ask(f"ASK {{ ?x <{RDF.type}> ?c FILTER (isBlank(?c)) }}"):
        return None
    sub_class: dict[Node, set[Node]] = {}
    sub_property: dict[Node, set[Node]] = {}
    domain: dict[Node, set[Node]] = {}  # class -> properties with that domain
    range_: dict[Node, set[Node]] = {}
    for kind, x, y in work.select(_SCHEMA).rows:
        kind = str(kind)
        if kind != "sub-class" and (x in _SCHEMA_PREDICATES or y in _SCHEMA_PREDICATES):
            return None
        {"sub-class": sub_class, "sub-property": sub_property, "domain": domain, "range": range_}[
            kind
        ].setdefault(y, set()).add(x)

    def below(tree: dict[Node, set[Node]], top: Node) -> set[Node]:
        seen, todo = {top}, [top]
        while todo:
            for lower in tree.get(todo.pop(), ()):
                if lower not in seen:
                    seen.add(lower)
                    todo.append(lower)
        return seen

    updates: list[str] = []
    gaining: set[URIRef] = set()
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
            where = f"SELECT DISTINCT ?x WHERE {{ {' UNION '.join(branches)} }}"
            if engine.query(f"ASK {{ {{ {where} }} FILTER NOT EXISTS {{ ?x a <{cls}> }} }}"):
                updates.append(f"INSERT {{ ?x a <{cls}> }} WHERE {{ {where} }}")
                gaining.add(cls)
    for prop in sorted(read, key=str):
        lower = [p for p in sorted(below(sub_property, prop) - {prop}, key=str) if _iri(p)]
        if lower:
            union = " UNION ".join(f"{{ ?s <{p}> ?o }}" for p in lower)
            if engine.query(f"ASK {{ {{ {union} }} FILTER NOT EXISTS {{ ?s <{prop}> ?o }} }}"):
                updates.append(f"INSERT {{ ?s <{prop}> ?o }} WHERE {{ {union} }}")
                gaining.add(prop)  # type: ignore[arg-type]
    return Entailment(updates, frozenset(gaining))


def apply_entailment(
    work: OxigraphStore, plan: Entailment, timings: dict[str, float] | None = None
) -> None:
    """Add what ``plan`` (:func:`plan_entailment` of ``work``) found, with the closure of the
    schema itself (rdfs5, rdfs11: transitive sub-class and sub-property). ``timings``, if
    given, receives the seconds each INSERT took, by its text."""
    from hytegraph.check.reasoning import run_rules

    run_rules(work, [("rdfs_1_schema", resources.read_sparql("rdfs_1_schema"))])
    engine = work._store  # INSERTs into the working copy, as the closure does
    for update in plan.updates:
        started = time.perf_counter()
        engine.update(update)
        if timings is not None:
            timings[update] = time.perf_counter() - started


def entail_for_shapes(
    work: OxigraphStore,
    read: Iterable[URIRef] | None,
    timings: dict[str, float] | None = None,
) -> bool:
    """Add to ``work`` the triples of the RDFS closure whose class (``rdf:type``) or property
    is one of ``read`` (:func:`shapes_read`), with the closure of the schema itself; False
    (nothing added) where that would not give the shapes what the whole closure gives.
    ``timings``, if given, receives the seconds each INSERT took, by its text."""
    plan = plan_entailment(work, read)
    if plan is None:
        return False
    apply_entailment(work, plan, timings)
    return True


def _iri(term: Node) -> bool:
    return isinstance(term, URIRef)
