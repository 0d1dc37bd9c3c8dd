"""SHACL validation compiled to SPARQL and run in bulk on a pyoxigraph store.

Each constraint of each shape that has targets becomes one SELECT query that finds the violations
of *all* its focus nodes at once, instead of one check per focus node (pyshacl's way, about an
hour at a million triples). The verdicts are pyshacl's (``inference="none"``): the same focus
nodes, result paths, constraint components, source shapes, values, severities and declared
messages, result for result; ``tests/test_shacl_conformance.py`` compares the two on every shape
fixture, the bundled data and hundreds of mutations of them.

The compiler is generic over the SHACL constructs below, and refuses anything else with
:class:`~hytegraph.errors.UnsupportedShape` (naming the shape and the construct) when the shapes
are compiled, before any data is read:

- targets: ``sh:targetClass`` (with the ``rdfs:subClassOf`` closure found in the data),
  implicit class targets, ``sh:targetNode``, ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``;
- paths: IRIs, ``sh:inversePath``, sequences, ``sh:alternativePath``, ``sh:zeroOrMorePath``,
  ``sh:oneOrMorePath``, ``sh:zeroOrOnePath``;
- components: ``sh:class``, ``sh:datatype``, ``sh:nodeKind``, ``sh:minLength``,
  ``sh:maxLength``, ``sh:in``, ``sh:hasValue`` (on property shapes and nested shapes),
  ``sh:languageIn``, ``sh:uniqueLang``, ``sh:minCount``,
  ``sh:maxCount``, ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount`` /
  ``sh:qualifiedMaxCount`` (not disjoint), ``sh:or``, ``sh:and``, ``sh:not``, ``sh:xone``,
  ``sh:node``, and SPARQL-based constraints (``sh:sparql`` with ``sh:select``);
- ``sh:message``, ``sh:severity``, ``sh:deactivated``.

Shapes nested in ``sh:or`` / ``sh:and`` / ``sh:not`` / ``sh:xone`` / ``sh:node`` /
``sh:qualifiedValueShape`` become one SPARQL boolean expression ("this node conforms"); they may
use every component above except ``sh:datatype`` (other than ``xsd:string``,
``rdf:langString`` and ``rdfs:Literal``), ``sh:uniqueLang``, the qualified components,
SPARQL-based constraints and counts above 3.

SPARQL-based constraints run as written, once, with ``$this`` unbound and projected; rows whose
``$this`` is not a focus node of the shape are dropped. That equals pyshacl's pre-binding of
``$this`` when every solution binds ``$this`` through a required triple pattern (in the top-level
group, in every branch of a UNION there, or in a sub-select that projects it), which
:func:`compile_shapes` checks; a solution with ``$this`` unbound is an error. A constraint that
binds ``$this`` only through pre-binding (``FILTER NOT EXISTS { $this ... }`` alone, say) runs
once per focus node with ``$this`` substituted, as SHACL defines it: exact, but slow on a large
graph, so the project's own constraints are written in the first form.

How the queries are shaped: pyoxigraph joins two patterns by looking each row of one up in its
indexes unless one side is a sub-select, which it evaluates once and joins by hash; and it
evaluates ``FILTER NOT EXISTS`` row by row. So the value checks of a path scan that path's
(subject, value) pairs and keep the violating ones, whose subjects are then checked against the
shape's targets in Python (there are few); "has no such value" is a MINUS (a hash anti-join;
exact here because the shared variable is bound in every row on the left); the focus nodes are
a sub-select. Paths with ``*``, ``+`` or ``?`` are evaluated from each focus node instead, since
unanchored they would enumerate every node of the graph. The checks are independent and
pyoxigraph releases the GIL while it evaluates, so they run in a thread pool.

Differences from pyshacl that the shapes of this project never reach: pyshacl's own texts for
results of shapes without ``sh:message`` are not reproduced (``declared_messages`` is then
False); the nested results of ``sh:node`` (pyshacl's ``sh:detail``) are not reported.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Container, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as time_of_day
from decimal import Decimal

import pyoxigraph as ox
import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from hytegraph.core.namespaces import SH
from hytegraph.errors import QueryError, UnsupportedShape
from hytegraph.store.terms import ox_to_rdflib, rdflib_to_ox

_RDF_TYPE = f"<{RDF.type}>"
_SUBCLASS = f"<{RDFS.subClassOf}>"


@dataclass(frozen=True)
class Result:
    """One validation result, as pyshacl reports it. ``focus`` and ``value`` are rdflib terms
    of the data; ``path`` and ``source_shape`` are nodes of the shapes graph."""

    focus: Node
    path: Node | None
    component: URIRef
    source_shape: Node
    value: Node | None
    messages: tuple[str, ...]
    severity: URIRef = SH.Violation
    #: True when ``messages`` come from the shapes (``sh:message``), False when made up here.
    declared_messages: bool = True


# ---------------------------------------------------------------------------------------------
# terms and paths


def _sparql_term(node: Node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise UnsupportedShape(f"a blank node ({node}) cannot be written into a query")


def sparql_path(sg: rdflib.Graph, path: Node) -> str:
    """A SHACL property path (a node of the shapes graph) as SPARQL property-path text."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    if (path, RDF.first, None) in sg:
        items = list(Collection(sg, path))
        if len(items) < 2:
            raise UnsupportedShape(f"a sequence path needs two or more members ({path})")
        return "(" + "/".join(sparql_path(sg, i) for i in items) + ")"
    for prop, fmt in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = sg.value(path, prop)
        if inner is not None:
            return "(" + fmt.format(sparql_path(sg, inner)) + ")"
    alternatives = sg.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(sparql_path(sg, i) for i in Collection(sg, alternatives)) + ")"
    raise UnsupportedShape(f"unknown kind of property path {path}")


def _anchored(sg: rdflib.Graph, path: Node) -> bool:
    """Whether ``path`` has ``*``, ``+`` or ``?`` (then it is evaluated from each focus node)."""
    if isinstance(path, URIRef):
        return False
    if any((path, p, None) in sg for p in (SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath)):
        return True
    children: list[Node] = list(Collection(sg, path)) if (path, RDF.first, None) in sg else []
    children += list(sg.objects(path, SH.inversePath))
    for head in sg.objects(path, SH.alternativePath):
        children += list(Collection(sg, head))
    return any(_anchored(sg, c) for c in children)


# ---------------------------------------------------------------------------------------------
# the shapes graph


@dataclass
class _Shape:
    node: Node
    path: Node | None  # None for a node shape
    severity: URIRef
    messages: tuple[Literal, ...]
    deactivated: bool


#: Constraint parameters this compiler handles.
_SUPPORTED = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH.minLength,
    SH.maxLength,
    SH["in"],
    SH.hasValue,
    SH.languageIn,
    SH.uniqueLang,
    SH.minCount,
    SH.maxCount,
    SH.qualifiedValueShape,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
    SH["or"],
    SH["and"],
    SH["not"],
    SH.xone,
    SH.node,
    SH.sparql,
}

#: SHACL terms on a shape that constrain nothing.
_NOT_CONSTRAINTS = {
    SH.path,
    SH.property,
    SH.message,
    SH.severity,
    SH.deactivated,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.declare,
    SH.prefixes,
}

#: Terms that say nothing about conformance (for :func:`_exists_pattern`).
_ANNOTATIONS = {RDF.type, RDFS.label, RDFS.comment} | (_NOT_CONSTRAINTS - {SH.path, SH.property})

_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}


def _describe(sg: rdflib.Graph, node: Node) -> str:
    """A shape as a person can find it in the shapes file."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    owner = sg.value(predicate=SH.property, object=node)
    path = sg.value(node, SH.path)
    where = f"a property shape of <{owner}>" if owner is not None else "a blank-node shape"
    return where + (f" (path {sparql_path(sg, path)})" if path is not None else "")


def _label(sg: rdflib.Graph, node: Node) -> str:
    """A short name for a shape (timings, test output)."""
    if isinstance(node, URIRef):
        return re.split(r"[#/]", str(node))[-1]
    owner = sg.value(predicate=SH.property, object=node)
    path = sg.value(node, SH.path)
    name = _label(sg, owner) if owner is not None else "_"
    return f"{name}[{re.split(r'[#/]', str(path))[-1] if path is not None else ''}]"


def _shape(sg: rdflib.Graph, node: Node) -> _Shape:
    severity = sg.value(node, SH.severity)
    deactivated = sg.value(node, SH.deactivated)
    return _Shape(
        node=node,
        path=sg.value(node, SH.path),
        severity=severity if isinstance(severity, URIRef) else SH.Violation,
        messages=tuple(m for m in sg.objects(node, SH.message) if isinstance(m, Literal)),
        deactivated=isinstance(deactivated, Literal) and deactivated.value is True,
    )


def _check_parameters(sg: rdflib.Graph, node: Node) -> None:
    for predicate in set(sg.predicates(node, None)):
        if predicate in _SUPPORTED or predicate in _NOT_CONSTRAINTS:
            continue
        if str(predicate).startswith(str(SH)):
            raise UnsupportedShape(f"{_describe(sg, node)} uses {predicate}, not supported here")
    for predicate in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
        if (node, predicate, None) in sg and (node, SH.qualifiedValueShape, None) not in sg:
            raise UnsupportedShape(f"{_describe(sg, node)}: {predicate} without a value shape")
    disjoint = sg.value(node, SH.qualifiedValueShapesDisjoint)
    if isinstance(disjoint, Literal) and disjoint.value is True:
        raise UnsupportedShape(f"{_describe(sg, node)}: sh:qualifiedValueShapesDisjoint")


def _integer(sg: rdflib.Graph, node: Node, predicate: URIRef) -> int:
    value = sg.value(node, predicate)
    if not isinstance(value, Literal) or not isinstance(value.value, int) or value.value < 0:
        raise UnsupportedShape(f"{_describe(sg, node)}: {predicate} must be a whole number >= 0")
    return int(value.value)


def _list(sg: rdflib.Graph, node: Node, predicate: URIRef) -> list[Node]:
    head = sg.value(node, predicate)
    return [] if head is None else list(Collection(sg, head))


# ---------------------------------------------------------------------------------------------
# classes in the data


class _Classes:
    """The ``rdfs:subClassOf`` closure of classes, as the data state it (found once per run)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._closure: dict[Node, frozenset[object]] = {}
        self._lock = threading.Lock()

    def terms(self, cls: Node) -> frozenset[object]:
        """``cls`` and every class below it."""
        with self._lock:
            if cls not in self._closure:
                query = f"SELECT DISTINCT ?c WHERE {{ ?c {_SUBCLASS}* {_sparql_term(cls)} }}"
                found = {s["c"] for s in self.store.query(query)}  # type: ignore[index, union-attr]
                found.add(rdflib_to_ox(cls))  # the class itself, even when the data never name it
                self._closure[cls] = frozenset(found)
            return self._closure[cls]

    def instance_of(self, var: str, cls: Node, fresh: str) -> str:
        """A pattern that holds when ``var`` is an instance of ``cls`` (``fresh`` is an unused
        variable)."""
        classes = self.terms(cls)
        if any(isinstance(c, ox.BlankNode) for c in classes):  # cannot be listed in VALUES
            return f"{var} {_RDF_TYPE}/{_SUBCLASS}* {_sparql_term(cls)}"
        listed = " ".join(sorted(str(c) for c in classes))
        return f"VALUES {fresh} {{ {listed} }} {var} {_RDF_TYPE} {fresh}"


# ---------------------------------------------------------------------------------------------
# "this node conforms" as a SPARQL expression (value-level components and nested shapes)


class _Names:
    """Fresh variable names for generated patterns."""

    def __init__(self) -> None:
        self.n = 0

    def new(self, stem: str) -> str:
        self.n += 1
        return f"?_{stem}{self.n}"


def _language_ok(var: str, ranges: Sequence[str]) -> str:
    """pyshacl's sh:languageIn test: the tag (in lower case), or its first subtag, is a range."""
    if "*" in ranges:
        return f'(isLiteral({var}) && LANG({var}) != "")'
    if not any("-" in r for r in ranges):  # then it is exactly langMatches, one call per range
        matches = " || ".join(f"langMatches(LANG({var}), {Literal(r).n3()})" for r in ranges)
        return f"(isLiteral({var}) && ({matches or 'false'}))"
    tags = ", ".join(Literal(r.lower()).n3() for r in ranges)
    lang = f"LCASE(LANG({var}))"
    first = f'STRBEFORE(CONCAT({lang}, "-"), "-")'
    return f'(isLiteral({var}) && LANG({var}) != "" && ({lang} IN ({tags}) || {first} IN ({tags})))'


def _value_tests(
    sg: rdflib.Graph, classes: _Classes, shape: Node, var: str, names: _Names, *, nested: bool
) -> list[tuple[URIRef, Node, str]]:
    """(component, parameter, expression true when the value node ``var`` satisfies it) for
    each value-level constraint of ``shape``. At the top level ``sh:datatype`` is left out: its
    well-formedness test needs Python (:meth:`_Validator._datatype_check`)."""
    out: list[tuple[URIRef, Node, str]] = []
    for cls in sg.objects(shape, SH["class"]):
        test = f"EXISTS {{ {classes.instance_of(var, cls, names.new('t'))} }}"
        out.append((SH.ClassConstraintComponent, cls, test))
    for kind in sg.objects(shape, SH.nodeKind):
        if kind not in _NODE_KINDS:
            raise UnsupportedShape(f"{_describe(sg, shape)}: unknown sh:nodeKind {kind}")
        out.append((SH.NodeKindConstraintComponent, kind, _NODE_KINDS[kind].format(v=var)))
    for n in sg.objects(shape, SH.minLength):
        low = _integer(sg, shape, SH.minLength)
        test = "true" if low == 0 else f"(!isBlank({var}) && STRLEN(STR({var})) >= {low})"
        out.append((SH.MinLengthConstraintComponent, n, test))
    for n in sg.objects(shape, SH.maxLength):
        high = _integer(sg, shape, SH.maxLength)
        test = f"(!isBlank({var}) && STRLEN(STR({var})) <= {high})"
        out.append((SH.MaxLengthConstraintComponent, n, test))
    for head in sg.objects(shape, SH["in"]):
        # sameTerm, not IN: SHACL compares terms, SPARQL's = compares values ("1" = "01")
        members = [f"sameTerm({var}, {_sparql_term(m)})" for m in Collection(sg, head)]
        out.append((SH.InConstraintComponent, head, "(" + (" || ".join(members) or "false") + ")"))
    for head in sg.objects(shape, SH.languageIn):
        ranges = [str(r) for r in Collection(sg, head)]
        out.append((SH.LanguageInConstraintComponent, head, _language_ok(var, ranges)))
    for datatype in sg.objects(shape, SH.datatype):
        if not nested:
            continue
        if datatype == RDFS.Literal:
            test = f"isLiteral({var})"
        elif datatype in (XSD.string, RDF.langString):  # never ill-typed
            test = f"(isLiteral({var}) && DATATYPE({var}) = {_sparql_term(datatype)})"
        else:
            raise UnsupportedShape(f"{_describe(sg, shape)}: sh:datatype {datatype} nested")
        out.append((SH.DatatypeConstraintComponent, datatype, test))
    for head in sg.objects(shape, SH["or"]):
        parts = [_conforms(sg, classes, m, var, names) for m in Collection(sg, head)]
        out.append((SH.OrConstraintComponent, head, "(" + (" || ".join(parts) or "false") + ")"))
    for head in sg.objects(shape, SH["and"]):
        parts = [_conforms(sg, classes, m, var, names) for m in Collection(sg, head)]
        out.append((SH.AndConstraintComponent, head, "(" + (" && ".join(parts) or "true") + ")"))
    for head in sg.objects(shape, SH.xone):
        parts = [f"IF({_conforms(sg, classes, m, var, names)}, 1, 0)" for m in Collection(sg, head)]
        out.append((SH.XoneConstraintComponent, head, "((" + (" + ".join(parts) or "0") + ") = 1)"))
    for other in sg.objects(shape, SH["not"]):
        test = f"(!{_conforms(sg, classes, other, var, names)})"
        out.append((SH.NotConstraintComponent, other, test))
    for other in sg.objects(shape, SH.node):
        out.append((SH.NodeConstraintComponent, other, _conforms(sg, classes, other, var, names)))
    return out


def _at_least(var: str, path: str, count: int, names: _Names) -> str:
    """A pattern that holds when ``var`` has at least ``count`` distinct values on ``path``."""
    if count > 3:
        raise UnsupportedShape(f"a count of {count} in a nested shape (at most 3 here)")
    vs = [names.new("v") for _ in range(count)]
    triples = " . ".join(f"{var} {path} {v}" for v in vs)
    distinct = " && ".join(f"!sameTerm({a}, {b})" for i, a in enumerate(vs) for b in vs[i + 1 :])
    return f"{{ {triples} " + (f"FILTER({distinct}) " if distinct else "") + "}"


def _conforms(sg: rdflib.Graph, classes: _Classes, shape: Node, var: str, names: _Names) -> str:
    """A SPARQL expression, true when the node ``var`` conforms to the (nested) ``shape``."""
    _check_parameters(sg, shape)
    info = _shape(sg, shape)
    if info.deactivated:
        return "true"
    for unsupported in (SH.sparql, SH.uniqueLang, SH.qualifiedValueShape):
        if (shape, unsupported, None) in sg:
            raise UnsupportedShape(f"{_describe(sg, shape)}: {unsupported} in a nested shape")
    parts: list[str] = []
    if info.path is None:
        tests = _value_tests(sg, classes, shape, var, names, nested=True)
        parts += [test for _c, _p, test in tests]
    else:
        path = sparql_path(sg, info.path)
        if (shape, SH.minCount, None) in sg and (low := _integer(sg, shape, SH.minCount)) > 0:
            parts.append("EXISTS " + _at_least(var, path, low, names))
        if (shape, SH.maxCount, None) in sg:
            high = _integer(sg, shape, SH.maxCount)
            parts.append("NOT EXISTS " + _at_least(var, path, high + 1, names))
        value = names.new("value")
        for _c, _p, test in _value_tests(sg, classes, shape, value, names, nested=True):
            parts.append(f"NOT EXISTS {{ {var} {path} {value} . FILTER(!({test})) }}")
    for wanted in sg.objects(shape, SH.hasValue):
        term = _sparql_term(wanted)
        if info.path is None:
            parts.append(f"sameTerm({var}, {term})")
        else:
            parts.append(f"EXISTS {{ {var} {sparql_path(sg, info.path)} {term} }}")
    for prop in sg.objects(shape, SH.property):
        parts.append(_conforms(sg, classes, prop, var, names))
    return "(" + (" && ".join(parts) or "true") + ")"


def _exists_pattern(
    sg: rdflib.Graph, classes: _Classes, shape: Node, var: str, names: _Names
) -> str | None:
    """A pattern with a solution exactly when ``var`` conforms to ``shape``, for shapes that
    say only "has a value on this path" or "is an instance of this class" (else None): such a
    shape can be tested for all nodes at once with MINUS."""
    said = set(sg.predicates(shape, None)) - _ANNOTATIONS
    if said == {SH.path, SH.minCount} and _integer(sg, shape, SH.minCount) == 1:
        path = sg.value(shape, SH.path)
        if path is None or _anchored(sg, path):
            return None
        return f"{var} {sparql_path(sg, path)} {names.new('v')}"
    if said == {SH["class"]} and len(set(sg.objects(shape, SH["class"]))) == 1:
        cls = sg.value(shape, SH["class"])
        assert cls is not None
        return classes.instance_of(var, cls, names.new("t"))
    return None


# ---------------------------------------------------------------------------------------------
# SPARQL-based constraints


@dataclass
class _SparqlConstraint:
    node: Node
    text: str  # with its PREFIX declarations, $PATH replaced
    messages: tuple[Literal, ...]
    #: Run once for all focus nodes (``$this`` is certainly bound by the query itself); else
    #: once per focus node, with ``$this`` pre-bound as SHACL says (slow on a large graph).
    bulk: bool = True
    #: The parsed query (rdflib's algebra), for what reads which terms
    #: (:mod:`hytegraph.check.entailment`).
    algebra: object = field(default=None, compare=False, repr=False)


_PATH = re.compile(r"\$PATH\b")
_OTHER_PREBOUND = re.compile(r"[?$](currentShape|shapesGraph|value)\b")


def _prefixes(sg: rdflib.Graph, constraint: Node) -> str:
    lines = set()
    for holder in sg.objects(constraint, SH.prefixes):
        for declaration in sg.objects(holder, SH.declare):
            prefix = sg.value(declaration, SH.prefix)
            namespace = sg.value(declaration, SH.namespace)
            if prefix is None or namespace is None:
                raise UnsupportedShape(f"an sh:declare of {holder} lacks sh:prefix or sh:namespace")
            lines.add(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(lines))


def _this_is_certain(algebra: object) -> bool:
    """Whether every solution binds ``?this`` through a required triple pattern: in the
    top-level group, in every branch of a UNION there, or in a sub-select that projects it."""
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    this = Variable("this")
    passes_through = {"Filter", "Extend", "Distinct", "Reduced", "Slice", "OrderBy", "ToMultiSet"}

    def walk(node: object) -> bool:
        if not isinstance(node, CompValue):
            return False
        if node.name == "BGP":
            return any(this in triple for triple in node.triples)
        if node.name == "Join":
            return walk(node.p1) or walk(node.p2)
        if node.name == "Union":
            return walk(node.p1) and walk(node.p2)
        if node.name == "LeftJoin":
            return walk(node.p1)
        if node.name == "Project":
            return this in node.PV and walk(node.p)
        if node.name in passes_through or node.name == "SelectQuery":
            return walk(node.p)
        return False

    return walk(algebra)


def _sparql_constraint(sg: rdflib.Graph, shape: _Shape, node: Node) -> _SparqlConstraint | None:
    where = _describe(sg, shape.node)
    deactivated = sg.value(node, SH.deactivated)
    if isinstance(deactivated, Literal) and deactivated.value is True:
        return None
    selects = list(sg.objects(node, SH.select))
    if len(selects) != 1 or not isinstance(selects[0], Literal):
        raise UnsupportedShape(f"{where}: an sh:sparql constraint needs one sh:select")
    body = str(selects[0])
    if _OTHER_PREBOUND.search(body):
        raise UnsupportedShape(f"{where}: $value, $currentShape and $shapesGraph")
    if shape.path is not None:
        path_text = sparql_path(sg, shape.path)
        body = _PATH.sub(lambda _m: path_text, body)
    elif _PATH.search(body):
        raise UnsupportedShape(f"{where}: $PATH in a node shape")
    text = _prefixes(sg, node) + "\n" + body
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(text).algebra
    except Exception as e:  # pyparsing's errors have no common base worth naming
        raise UnsupportedShape(f"{where}: the SPARQL does not parse ({e})") from None
    if algebra.name != "SelectQuery":
        raise UnsupportedShape(f"{where}: sh:select must be a SELECT query")
    projected = {str(v) for v in algebra.get("PV", [])}
    if "this" not in projected or "failure" in projected:
        raise UnsupportedShape(f"{where}: the SELECT must project $this (and not ?failure)")
    messages = tuple(m for m in sg.objects(node, SH.message) if isinstance(m, Literal))
    return _SparqlConstraint(
        node=node, text=text, messages=messages, bulk=_this_is_certain(algebra), algebra=algebra
    )


def _format_message(message: str, bindings: dict[str, Node]) -> str:
    """pyshacl's substitution of ``{?var}`` / ``{$var}`` by the solution's values."""
    for name, value in bindings.items():
        message = re.sub("{[?$]" + re.escape(name) + "}", lambda _m, v=value: str(v), message)
    return message


# ---------------------------------------------------------------------------------------------
# compiling


@dataclass
class _TargetShape:
    """A shape with targets, its property shapes and SPARQL-based constraints."""

    shape: _Shape
    property_shapes: list[_Shape]
    classes: list[Node]
    nodes: list[Node]
    subjects_of: list[Node]
    objects_of: list[Node]
    sparql: dict[Node, list[_SparqlConstraint]] = field(default_factory=dict)


@dataclass
class CompiledShapes:
    """A shapes graph, checked, ready to validate any number of stores."""

    graph: rdflib.Graph
    shapes: list[_TargetShape]

    def parts(self) -> list[tuple[Node, Node]]:
        """Each (shape with targets, shape whose constraints are checked for its focus nodes:
        itself or one of its property shapes), in the order the checks are made."""
        return [(t.shape.node, s.node) for t in self.shapes for s in [t.shape, *t.property_shapes]]

    def validate(
        self,
        store: ox.Store,
        *,
        workers: int = 2,
        timings: dict[str, float] | None = None,
        parts: Container[tuple[Node, Node]] | None = None,
    ) -> list[Result]:
        """Every validation result for the default graph of ``store``, sorted; ``workers``
        queries run at a time; ``timings`` (if given) receives seconds per check. ``parts``
        (of :meth:`parts`), if given, limits the checks to those parts: the results of a
        split are, merged and sorted, those of one run over all parts on the same store."""
        return _Validator(self, store, timings).run(workers, parts)


def compile_shapes(sg: rdflib.Graph) -> CompiledShapes:
    """Check every shape that has targets; :class:`UnsupportedShape` names the first construct
    that cannot be compiled."""
    class_types = {RDFS.Class, *sg.subjects(RDFS.subClassOf, RDFS.Class)}
    candidates: set[Node] = set()
    for kind in (SH.NodeShape, SH.PropertyShape):
        candidates.update(sg.subjects(RDF.type, kind))
    for predicate in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        candidates.update(sg.subjects(predicate, None))
    empty = _Classes(ox.Store())  # to build every expression once now, and fail early
    targets: list[_TargetShape] = []
    for node in sorted(candidates, key=str):
        if (node, SH.target, None) in sg:
            raise UnsupportedShape(f"{_describe(sg, node)}: sh:target (SPARQL-based targets)")
        classes = list(sg.objects(node, SH.targetClass))
        if any(t in class_types for t in sg.objects(node, RDF.type)):
            classes.append(node)  # an implicit class target
        target = _TargetShape(
            shape=_shape(sg, node),
            property_shapes=[],
            classes=sorted(set(classes), key=str),
            nodes=list(sg.objects(node, SH.targetNode)),
            subjects_of=list(sg.objects(node, SH.targetSubjectsOf)),
            objects_of=list(sg.objects(node, SH.targetObjectsOf)),
        )
        has_targets = target.classes or target.nodes or target.subjects_of or target.objects_of
        if not has_targets or target.shape.deactivated:
            continue
        _check_parameters(sg, node)
        if (node, SH.hasValue, None) in sg:
            raise UnsupportedShape(f"{_describe(sg, node)}: sh:hasValue on a node shape")
        for prop in sg.objects(node, SH.property):
            _check_parameters(sg, prop)
            info = _shape(sg, prop)
            if info.path is None:
                raise UnsupportedShape(f"{_describe(sg, prop)}: a property shape needs sh:path")
            if (prop, SH.property, None) in sg:
                raise UnsupportedShape(f"{_describe(sg, prop)}: sh:property in a property shape")
            if not info.deactivated:
                target.property_shapes.append(info)
        for info in [target.shape, *target.property_shapes]:
            constraints = (
                _sparql_constraint(sg, info, c) for c in sg.objects(info.node, SH.sparql)
            )
            target.sparql[info.node] = [c for c in constraints if c is not None]
            _value_tests(sg, empty, info.node, "?value", _Names(), nested=False)
            for qualified in sg.objects(info.node, SH.qualifiedValueShape):
                _conforms(sg, empty, qualified, "?value", _Names())
        targets.append(target)
    return CompiledShapes(graph=sg, shapes=targets)


def validate(store: ox.Store, shapes: rdflib.Graph, *, workers: int = 2) -> list[Result]:
    """Compile ``shapes`` and validate the default graph of ``store`` against them."""
    return compile_shapes(shapes).validate(store, workers=workers)


# ---------------------------------------------------------------------------------------------
# validating

_RDFLIB_LOG_LOCK = threading.Lock()

#: The Python types rdflib gives well-formed literals of these datatypes (pyshacl's check).
_VALUE_TYPES: dict[str, type | tuple[type, ...]] = {
    str(XSD.string): (str, bytes),
    str(RDF.langString): (str, bytes),
    str(XSD.integer): int,
    str(XSD.float): float,
    str(XSD.decimal): Decimal,
    str(XSD.boolean): bool,
    str(XSD.date): date,
    str(XSD.time): time_of_day,
    str(XSD.dateTime): datetime,
}


def _ill_typed(value: object, datatype: str) -> bool:
    """Whether pyshacl finds a literal of the required datatype ill-formed (as rdflib reads it)."""
    logger = logging.getLogger("rdflib.term")
    with _RDFLIB_LOG_LOCK:  # rdflib logs a traceback for every ill-typed literal it reads
        previous, logger.disabled = logger.disabled, True
        try:
            literal = ox_to_rdflib(value)
        finally:
            logger.disabled = previous
    if not isinstance(literal, Literal):
        return True
    if getattr(literal, "ill_typed", None) is True:
        return True
    wanted = _VALUE_TYPES.get(datatype)
    return wanted is not None and not isinstance(literal.value, wanted)


Rows = list[dict[str, object]]
Check = Callable[[], list[Result]]


class _Validator:
    """The compiled checks of one run on one store."""

    def __init__(
        self, compiled: CompiledShapes, store: ox.Store, timings: dict[str, float] | None
    ) -> None:
        self.sg = compiled.graph
        self.compiled = compiled
        self.store = store
        self.classes = _Classes(store)
        self.timings = timings
        self._lock = threading.Lock()
        #: the focus nodes of each target sub-select (shapes with the same targets share one)
        self._focus: dict[str, Future[frozenset[object]]] = {}

    # -- running ----------------------------------------------------------------------------

    def run(self, workers: int, parts: Container[tuple[Node, Node]] | None = None) -> list[Result]:
        checks: list[Check] = []
        for t in self.compiled.shapes:
            shapes = [
                s
                for s in [t.shape, *t.property_shapes]
                if parts is None or (t.shape.node, s.node) in parts
            ]
            if not shapes:
                continue
            target = self._target(t)
            for shape in shapes:
                checks += self._checks(t, shape, target)
        results: list[Result] = []
        if workers <= 1:
            for check in checks:
                results += check()
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                for found in pool.map(lambda check: check(), checks):
                    results += found
        return sorted(results, key=result_key)

    def _query(
        self,
        label: str,
        text: str,
        bound: dict[str, object] | None = None,
        *,
        this_in: Container[object] | None = None,
    ) -> Rows:
        """The solutions of ``text`` as dicts (variable name -> pyoxigraph term or None);
        ``bound`` pre-binds variables (SPARQL substitution, as SHACL pre-binds ``$this``).
        ``this_in``, if given, keeps only the solutions whose ``?this`` is in it or unbound
        (tested before a dict is made: a constraint may select every membership for a few
        posts)."""
        start = time.perf_counter()
        substitutions = {ox.Variable(k): v for k, v in (bound or {}).items()} or None
        try:
            solutions = self.store.query(text, substitutions=substitutions)  # type: ignore[arg-type]
            names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
            if this_in is not None and "this" in names:
                at = names.index("this")
                rows: Rows = [
                    dict(zip(names, s, strict=True))
                    for s in solutions  # type: ignore[union-attr]
                    if s[at] is None or s[at] in this_in
                ]
            else:
                rows = [dict(zip(names, s, strict=True)) for s in solutions]  # type: ignore[union-attr]
        except (SyntaxError, ValueError, OSError, RuntimeError) as e:
            raise QueryError(
                f"the SHACL check {label} failed: {e}",
                hint="This is a fault of the shapes compiler (hytegraph/check/shacl.py); "
                "the query was:\n" + text,
            ) from None
        if self.timings is not None:
            with self._lock:
                self.timings[label] = self.timings.get(label, 0.0) + time.perf_counter() - start
        return rows

    # -- focus nodes ------------------------------------------------------------------------

    def _target(self, t: _TargetShape) -> str:
        """A sub-select of the focus nodes (``?this``) of ``t``."""
        branches: list[str] = []
        for i, cls in enumerate(t.classes):
            branches.append(self.classes.instance_of("?this", cls, f"?_cls{i}"))
        if t.nodes:
            branches.append("VALUES ?this { " + " ".join(_sparql_term(n) for n in t.nodes) + " }")
        branches += [f"?this {_sparql_term(p)} ?_o" for p in t.subjects_of]
        branches += [f"?_s {_sparql_term(p)} ?this" for p in t.objects_of]
        body = " UNION ".join("{ " + b + " }" for b in branches)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {body} }} }}"

    def _is_focus(self, t: _TargetShape, node: object) -> bool:
        """Whether ``node`` is a focus node of ``t`` (what its target sub-select finds)."""
        store = self.store
        if t.nodes and node in {rdflib_to_ox(n) for n in t.nodes}:
            return True
        for p in t.objects_of:
            if next(iter(store.quads_for_pattern(None, rdflib_to_ox(p), node)), None) is not None:  # type: ignore[arg-type]
                return True
        if isinstance(node, ox.Literal):  # never a subject
            return False
        if t.classes:
            classes = frozenset().union(*(self.classes.terms(c) for c in t.classes))
            types = store.quads_for_pattern(node, ox.NamedNode(str(RDF.type)), None)  # type: ignore[arg-type]
            if any(q.object in classes for q in types):
                return True
        for p in t.subjects_of:
            if next(iter(store.quads_for_pattern(node, rdflib_to_ox(p), None)), None) is not None:  # type: ignore[arg-type]
                return True
        return False

    def _focus_nodes(self, t: _TargetShape) -> frozenset[object]:
        """The focus nodes of ``t``, found once per run for each target sub-select (shapes
        with the same targets, as two with ``sh:targetClass org:Membership``, share them)."""
        target = self._target(t)
        with self._lock:
            found = self._focus.get(target)
            mine = found is None
            if found is None:
                found = self._focus[target] = Future()
        if not mine:
            return found.result()
        label = f"{_label(self.sg, t.shape.node)} focus nodes"
        try:
            nodes = self._column(label, f"SELECT ?this WHERE {target}")
        except BaseException as e:
            found.set_exception(e)
            raise
        found.set_result(nodes)
        return nodes

    def _column(self, label: str, text: str) -> frozenset[object]:
        """The distinct values of the one variable ``text`` selects (no dict per row: a
        target's focus nodes are every instance of its class)."""
        start = time.perf_counter()
        try:
            nodes = frozenset(s[0] for s in self.store.query(text))  # type: ignore[index, union-attr]
        except (SyntaxError, ValueError, OSError, RuntimeError) as e:
            raise QueryError(
                f"the SHACL check {label} failed: {e}",
                hint="This is a fault of the shapes compiler (hytegraph/check/shacl.py); "
                "the query was:\n" + text,
            ) from None
        if self.timings is not None:
            with self._lock:
                self.timings[label] = self.timings.get(label, 0.0) + time.perf_counter() - start
        return nodes

    def _select_focus(self, t: _TargetShape, label: str, query: tuple[str, bool]) -> Rows:
        """Run ``query``; when its second part says so, keep the rows whose ``?this`` is a
        focus node of ``t``."""
        text, check_focus = query
        rows = self._query(label, text)
        return [r for r in rows if self._is_focus(t, r["this"])] if check_focus else rows

    def _result(
        self,
        shape: _Shape,
        component: URIRef,
        focus: object,
        value: object | None,
        *,
        path: Node | None = None,
        messages: Sequence[str] | None = None,
    ) -> Result:
        declared = [str(m) for m in shape.messages] if messages is None else list(messages)
        return Result(
            focus=ox_to_rdflib(focus),
            path=path if path is not None else shape.path,
            component=component,
            source_shape=shape.node,
            value=None if value is None else ox_to_rdflib(value),
            messages=tuple(sorted(set(declared))) or (f"{_local(component)} not satisfied",),
            severity=shape.severity,
            declared_messages=bool(declared),
        )

    # -- the checks of one shape ------------------------------------------------------------

    def _pairs(self, shape: _Shape, target: str, condition: str) -> tuple[str, bool]:
        """A query for the (``?this``, ``?value``) pairs of ``shape`` that meet ``condition``
        (a FILTER, MINUS or VALUES on ``?value``), and whether its rows still need
        :meth:`_is_focus`."""
        if shape.path is None:  # a node shape: the value node is the focus node
            condition = condition.replace("?value", "?this")
            return f"SELECT ?this (?this AS ?value) WHERE {{ {target} {condition} }}", False
        path = sparql_path(self.sg, shape.path)
        values = f"?this {path} ?value . {condition}"
        if _anchored(self.sg, shape.path):
            return f"SELECT DISTINCT ?this ?value WHERE {{ {target} {values} }}", False
        return f"SELECT DISTINCT ?this ?value WHERE {{ {values} }}", True

    def _checks(self, t: _TargetShape, shape: _Shape, target: str) -> list[Check]:
        sg = self.sg
        name = _label(sg, shape.node)
        names = _Names()
        checks: list[Check] = []
        filters: list[tuple[URIRef, str]] = []
        for component, param, test in _value_tests(
            sg, self.classes, shape.node, "?value", names, nested=False
        ):
            condition = None
            if component == SH.ClassConstraintComponent:
                condition = f"MINUS {{ {self.classes.instance_of('?value', param, '?_t')} }}"
            elif component == SH.OrConstraintComponent:
                members = [
                    _exists_pattern(sg, self.classes, m, "?value", names)
                    for m in Collection(sg, param)
                ]
                if members and all(members):  # none of the alternatives: subtract each
                    condition = " ".join(f"MINUS {{ {m} }}" for m in members)
            if condition is None:
                filters.append((component, test))
                continue

            def check(component: URIRef = component, condition: str = condition) -> list[Result]:
                label = f"{name} {_local(component)}"
                rows = self._select_focus(t, label, self._pairs(shape, target, condition))
                return [self._result(shape, component, r["this"], r["value"]) for r in rows]

            checks.append(check)
        if filters:
            checks.append(lambda: self._filter_check(t, shape, target, name, filters))
        for datatype in sg.objects(shape.node, SH.datatype):
            checks.append(lambda d=datatype: self._datatype_check(t, shape, target, name, d))
        if shape.path is not None:
            checks += self._count_checks(t, shape, target, name)
        for constraint in t.sparql.get(shape.node, []):
            checks.append(lambda c=constraint: self._sparql_check(t, shape, c, name))
        return checks

    def _filter_check(
        self,
        t: _TargetShape,
        shape: _Shape,
        target: str,
        name: str,
        tests: list[tuple[URIRef, str]],
    ) -> list[Result]:
        """The FILTER-tested components of a shape in one scan of its values. Each test is bound
        to a flag; a test that raises an error leaves its flag unbound, which is no violation,
        as in a FILTER of its own."""
        flags = " ".join(f"BIND(!({test}) AS ?_f{i})" for i, (_c, test) in enumerate(tests))
        any_flag = " || ".join(f"?_f{i}" for i in range(len(tests)))
        text, check_focus = self._pairs(shape, target, f"{flags} FILTER({any_flag})")
        projected = " ".join(f"?_f{i}" for i in range(len(tests)))
        text = re.sub(r"^SELECT (DISTINCT )?(\?this \S+ AS \?value\)|\?this \?value)",
                      lambda m: f"{m.group(0)} {projected}", text)  # fmt: skip
        label = f"{name} " + "+".join(_local(c) for c, _t in tests)
        out: list[Result] = []
        for row in self._select_focus(t, label, (text, check_focus)):
            for i, (component, _test) in enumerate(tests):
                flag = row.get(f"_f{i}")
                if isinstance(flag, ox.Literal) and flag.value == "true":
                    out.append(self._result(shape, component, row["this"], row["value"]))
        return out

    def _datatype_check(
        self, t: _TargetShape, shape: _Shape, target: str, name: str, datatype: Node
    ) -> list[Result]:
        component = SH.DatatypeConstraintComponent
        label = f"{name} {_local(component)}"
        if datatype == RDFS.Literal:
            ok = "isLiteral(?value)"
        elif datatype == RDFS.Datatype:
            ok = '(isLiteral(?value) && LANG(?value) = "")'  # pyshacl: any typed literal
        else:
            ok = f"(isLiteral(?value) && DATATYPE(?value) = {_sparql_term(datatype)})"
        rows = self._select_focus(t, label, self._pairs(shape, target, f"FILTER(!{ok})"))
        if datatype not in (RDFS.Literal, RDFS.Datatype):
            # literals of the right datatype must be well formed too: each distinct lexical
            # form is checked once, in Python as rdflib reads it, then its users are found
            pairs, _ = self._pairs(shape, target, f"FILTER({ok})")
            forms = self._query(label, f"SELECT DISTINCT ?value WHERE {{ {{ {pairs} }} }}")
            bad = [r["value"] for r in forms if _ill_typed(r["value"], str(datatype))]
            if bad:
                listed = " ".join(str(v) for v in bad)
                query = self._pairs(shape, target, f"VALUES ?value {{ {listed} }}")
                rows += self._select_focus(t, label, query)
        return [self._result(shape, component, r["this"], r["value"]) for r in rows]

    def _count_checks(self, t: _TargetShape, shape: _Shape, target: str, name: str) -> list[Check]:
        sg = self.sg
        assert shape.path is not None
        path = sparql_path(sg, shape.path)
        anchored = _anchored(sg, shape.path)
        checks: list[Check] = []

        def add(component: URIRef, text: str, check_focus: bool = False) -> None:
            def check() -> list[Result]:
                label = f"{name} {_local(component)}"
                rows = self._select_focus(t, label, (text, check_focus))
                return [self._result(shape, component, r["this"], None) for r in rows]

            checks.append(check)

        def fewer(component: URIRef, low: int, condition: str = "") -> None:
            """Focus nodes with fewer than ``low`` values (that meet ``condition``)."""
            values = f"?this {path} ?_v . {condition}"
            if low <= 0:
                return
            if low == 1 and anchored:
                add(
                    component,
                    f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ {values} }} }}",
                )
            elif low == 1:
                add(component, f"SELECT DISTINCT ?this WHERE {{ {target} MINUS {{ {values} }} }}")
            elif anchored:
                add(component, f"SELECT ?this WHERE {{ {target} OPTIONAL {{ {values} }} }} "
                               f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) < {low})")  # fmt: skip
            else:
                counted = (
                    f"{{ SELECT ?this (COUNT(DISTINCT ?_v) AS ?_n) WHERE {{ {values} }} "
                    "GROUP BY ?this }"
                )
                add(component, f"SELECT DISTINCT ?this WHERE {{ {target} OPTIONAL {counted} "
                               f"FILTER(!BOUND(?_n) || ?_n < {low}) }}")  # fmt: skip

        def more(component: URIRef, high: int, condition: str = "") -> None:
            """Focus nodes with more than ``high`` values (that meet ``condition``)."""
            start = target if anchored else ""
            add(component, f"SELECT ?this WHERE {{ {start} ?this {path} ?_v . {condition} }} "
                           f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) > {high})",
                not anchored)  # fmt: skip

        if (shape.node, SH.minCount, None) in sg:
            fewer(SH.MinCountConstraintComponent, _integer(sg, shape.node, SH.minCount))
        if (shape.node, SH.maxCount, None) in sg:
            more(SH.MaxCountConstraintComponent, _integer(sg, shape.node, SH.maxCount))
        for wanted in sg.objects(shape.node, SH.hasValue):
            # focus nodes without the value on the path (a result without sh:value)
            has = f"?this {path} {_sparql_term(wanted)}"
            if anchored:
                query = f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ {has} }} }}"
            else:
                query = f"SELECT DISTINCT ?this WHERE {{ {target} MINUS {{ {has} }} }}"
            add(SH.HasValueConstraintComponent, query)
        for qualified in sg.objects(shape.node, SH.qualifiedValueShape):
            condition = f"FILTER({_conforms(sg, self.classes, qualified, '?_v', _Names())})"
            if (shape.node, SH.qualifiedMaxCount, None) in sg:
                high = _integer(sg, shape.node, SH.qualifiedMaxCount)
                more(SH.QualifiedMaxCountConstraintComponent, high, condition)
            if (shape.node, SH.qualifiedMinCount, None) in sg:
                low = _integer(sg, shape.node, SH.qualifiedMinCount)
                fewer(SH.QualifiedMinCountConstraintComponent, low, condition)
        unique = sg.value(shape.node, SH.uniqueLang)
        if isinstance(unique, Literal) and unique.value is True:
            # one result per focus node and language (compared in lower case) used twice
            start = target if anchored else ""
            add(SH.UniqueLangConstraintComponent,
                f"SELECT ?this ?_lang WHERE {{ {start} ?this {path} ?_v . "
                f'FILTER(isLiteral(?_v) && LANG(?_v) != "") BIND(LCASE(LANG(?_v)) AS ?_lang) }} '
                "GROUP BY ?this ?_lang HAVING (COUNT(DISTINCT ?_v) > 1)",
                not anchored)  # fmt: skip
        return checks

    def _sparql_check(
        self, t: _TargetShape, shape: _Shape, constraint: _SparqlConstraint, name: str
    ) -> list[Result]:
        focus = self._focus_nodes(t)
        if constraint.bulk:
            rows = self._query(f"{name} SPARQL", constraint.text, this_in=focus)
        else:
            rows = []
            for node in sorted(focus, key=str):
                found = self._query(f"{name} SPARQL", constraint.text, {"this": node})
                rows += [{**row, "this": node} for row in found]
        if not rows:
            return []
        out: list[Result] = []
        seen: set[tuple[tuple[str, str], ...]] = set()
        for row in rows:
            this = row.get("this")
            if this is None:
                raise UnsupportedShape(
                    f"{name}: a solution of its SPARQL constraint leaves $this unbound"
                )
            if this not in focus:
                continue
            key = tuple(sorted((k, str(v)) for k, v in row.items() if v is not None))
            if key in seen:  # pyshacl reports a repeated solution once
                continue
            seen.add(key)
            bindings = {k: ox_to_rdflib(v) for k, v in row.items() if v is not None}
            value = row.get("value")
            if value is None and shape.path is None:
                value = this  # pyshacl: a node shape's value node is its focus node
                bindings["value"] = ox_to_rdflib(this)
            messages = [_format_message(str(m), bindings) for m in shape.messages]
            messages += [_format_message(str(m), bindings) for m in constraint.messages]
            out.append(
                self._result(
                    shape,
                    SH.SPARQLConstraintComponent,
                    this,
                    value,
                    path=bindings.get("path"),
                    messages=messages,
                )
            )
        return out


def _local(iri: Node) -> str:
    return str(iri).rsplit("#", 1)[-1].replace("ConstraintComponent", "")


def result_key(r: Result) -> tuple[str, ...]:
    return (
        str(r.focus),
        str(r.source_shape),
        str(r.component),
        str(r.path),
        str(r.value),
        *r.messages,
    )
