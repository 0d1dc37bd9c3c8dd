"""OWL 2 RL consistency from the schema: one targeted query per axiom instead of a closure.

The axioms of ORG, PROV-O and the ontology that can make data inconsistent are few (disjoint
classes and properties, complements, ``owl:Nothing``, irreflexive and asymmetric properties,
functional properties with two literal values, cardinality 0, negative property assertions).
Whether a node is an instance of a class in the OWL 2 RL closure follows, for the rules that
read one fact at a time (sub-class, sub-property, equivalence, domain, range, inverse and
symmetric properties, union members, intersection components), from a single fact about the
node: a type it has, a property it is the subject or the object of. Following those rules
backwards through the schema (small, read once per validation) gives, for each class a check
reads, the facts that make a node its instance; for each property a check reads, the
properties whose triples become its triples (forwards or turned round). Each check is then
one query on the data as stated, joining those facts: no closure is materialised.

:func:`schema_inconsistencies` returns None where this would not be exact, and the caller
uses the materialising check (:mod:`hytegraph.check.reasoning`), which stays the reference
(the tests run both on every case and require the same findings):

- two nodes may be made the same (``owl:sameAs`` between described nodes, a functional or
  inverse functional property with two values, a shared key), or ``owl:sameAs`` meets
  ``owl:differentFrom`` / ``owl:AllDifferent``, or some check fires on a graph with
  ``owl:sameAs`` (its lone equals would share the finding);
- an axiom whose rule reads two facts could matter: ``owl:someValuesFrom``, ``owl:hasValue``,
  an ``owl:allValuesFrom`` restriction that has instances, an intersection whose members
  together conclude more than each alone, a transitive property whose triples reach a
  property check;
- a node is typed with a blank-node class, or a schema predicate (``rdf:type``,
  ``rdfs:subClassOf``, ...) is itself a sub-property, inverse, domain or range of something.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from hytegraph.check.reasoning import Inconsistency, _relevance
from hytegraph.core import resources
from hytegraph.store import OxigraphStore, ox_to_rdflib

_OWL = "http://www.w3.org/2002/07/owl#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE = f"{_RDF}type"

#: The schema, one row per axiom the rules read (lists unrolled).
_SCHEMA = f"""
SELECT ?kind ?x ?y ?z WHERE {{
  {{ ?x <{_RDFS}subClassOf> ?y BIND ("sub-class" AS ?kind) }}
  UNION {{ ?x <{_OWL}equivalentClass> ?y BIND ("equivalent-class" AS ?kind) }}
  UNION {{ ?x <{_RDFS}subPropertyOf> ?y BIND ("sub-property" AS ?kind) }}
  UNION {{ ?x <{_OWL}equivalentProperty> ?y BIND ("equivalent-property" AS ?kind) }}
  UNION {{ ?x <{_OWL}inverseOf> ?y BIND ("inverse" AS ?kind) }}
  UNION {{ ?x a <{_OWL}SymmetricProperty> BIND ("symmetric" AS ?kind) }}
  UNION {{ ?x a <{_OWL}TransitiveProperty> BIND ("transitive" AS ?kind) }}
  UNION {{ ?x <{_RDFS}domain> ?y BIND ("domain" AS ?kind) }}
  UNION {{ ?x <{_RDFS}range> ?y BIND ("range" AS ?kind) }}
  UNION {{ ?x <{_OWL}unionOf>/<{_RDF}rest>*/<{_RDF}first> ?y BIND ("union" AS ?kind) }}
  UNION {{ ?x <{_OWL}intersectionOf>/<{_RDF}rest>*/<{_RDF}first> ?y
           BIND ("intersection" AS ?kind) }}
  UNION {{ ?x <{_OWL}allValuesFrom> ?y ; <{_OWL}onProperty> ?z BIND ("all" AS ?kind) }}
  UNION {{ ?x <{_OWL}someValuesFrom> ?y BIND ("some" AS ?kind) }}
  UNION {{ ?x <{_OWL}hasValue> ?y BIND ("value" AS ?kind) }}
  UNION {{ ?x <{_OWL}disjointWith> ?y BIND ("disjoint" AS ?kind) }}
  UNION {{ ?y <{_OWL}complementOf> ?x BIND ("complement" AS ?kind) }}
  UNION {{ ?z a <{_OWL}AllDisjointClasses> ;
              <{_OWL}members>/<{_RDF}rest>*/<{_RDF}first> ?x , ?y
           BIND ("all-disjoint" AS ?kind) }}
  UNION {{ ?x <{_OWL}propertyDisjointWith> ?y BIND ("disjoint-property" AS ?kind) }}
  UNION {{ ?z a <{_OWL}AllDisjointProperties> ;
              <{_OWL}members>/<{_RDF}rest>*/<{_RDF}first> ?x , ?y
           BIND ("all-disjoint-property" AS ?kind) }}
  UNION {{ ?x a <{_OWL}IrreflexiveProperty> BIND ("irreflexive" AS ?kind) }}
  UNION {{ ?x a <{_OWL}AsymmetricProperty> BIND ("asymmetric" AS ?kind) }}
  UNION {{ ?x a <{_OWL}FunctionalProperty> BIND ("functional" AS ?kind) }}
  UNION {{ {{ ?x <{_OWL}maxCardinality> ?n }} UNION {{ ?x <{_OWL}maxQualifiedCardinality> ?n }}
           FILTER (STR(?n) = "0")
           ?x <{_OWL}onProperty> ?y OPTIONAL {{ ?x <{_OWL}onClass> ?z }}
           BIND ("max-0" AS ?kind) }}
  UNION {{ ?w <{_OWL}sourceIndividual> ?x ; <{_OWL}assertionProperty> ?y .
           {{ ?w <{_OWL}targetIndividual> ?z }} UNION {{ ?w <{_OWL}targetValue> ?z }}
           BIND ("negative" AS ?kind) }}
}}
"""

#: Predicates whose triples are schema to the rules: if one of them is itself a sub-property,
#: inverse, domain or range of something, the data can derive schema, and the check falls back.
_SCHEMA_PREDICATES = {
    URIRef(_TYPE),
    *(URIRef(_RDFS + n) for n in ("subClassOf", "subPropertyOf", "domain", "range")),
    *(
        URIRef(_OWL + n)
        for n in (
            "equivalentClass",
            "equivalentProperty",
            "inverseOf",
            "unionOf",
            "intersectionOf",
            "onProperty",
            "allValuesFrom",
            "someValuesFrom",
            "hasValue",
            "disjointWith",
            "complementOf",
            "propertyDisjointWith",
            "members",
            "sameAs",
            "differentFrom",
        )
    ),
    URIRef(_RDF + "first"),
    URIRef(_RDF + "rest"),
}

_NOTHING = URIRef(f"{_OWL}Nothing")
_THING = URIRef(f"{_OWL}Thing")

#: A fact about one node: ("t", class) it has the type; ("s", p) it is the subject of a
#: p-triple; ("sr", p) of a p-triple whose object is not a literal; ("o", p) it is the object.
Atom = tuple[str, Node]
#: Where a property's triples come from: (property, turned, resource): its own triples
#: (turned False) or the triples turned round (True); resource: the object must not be a
#: literal.
Source = tuple[Node, bool, bool]


class _Fallback(Exception):
    """The schema-compiled check would not be exact here."""


@dataclass
class _Schema:
    type_edges: dict[Atom, set[Atom]]
    pair_edges: dict[Node, set[tuple[Node, bool]]]  # p -> {(q, turned)}: p's pairs give q's
    transitive: set[Node]
    intersections: dict[Node, set[Node]]
    all_values: list[tuple[Node, Node, Node]]  # (restriction, filler, property)
    disjoint: set[tuple[Node, Node]]  # class pairs of owl:disjointWith
    all_disjoint: set[tuple[Node, Node]]
    complement: set[tuple[Node, Node]]  # (a, b): b owl:complementOf a
    disjoint_properties: set[tuple[Node, Node]]
    irreflexive: set[Node]
    asymmetric: set[Node]
    functional: set[Node]
    max_zero: set[tuple[Node, Node, Node | None]]  # (restriction, property, onClass)
    negative: set[tuple[Node, Node, Node]]  # (source, property, target)


def _read_schema(store: OxigraphStore) -> _Schema:
    s = _Schema(
        {}, {}, set(), {}, [], set(), set(), set(), set(), set(), set(), set(), set(), set()
    )

    def edge(a: Atom, b: Atom) -> None:
        s.type_edges.setdefault(a, set()).add(b)

    def pair(p: Node, q: Node, turned: bool) -> None:
        s.pair_edges.setdefault(p, set()).add((q, turned))

    def inverse(p: Node, q: Node) -> None:
        edge(("sr", p), ("o", q))
        edge(("o", p), ("sr", q))
        pair(p, q, True)

    for kind, x, y, z in store.select(_SCHEMA).rows:
        kind = str(kind)
        if kind in ("sub-property", "equivalent-property", "inverse", "domain", "range") and (
            x in _SCHEMA_PREDICATES
            or (kind != "domain" and kind != "range" and y in _SCHEMA_PREDICATES)
        ):
            raise _Fallback
        if kind == "sub-class":
            edge(("t", x), ("t", y))
        elif kind == "equivalent-class":
            edge(("t", x), ("t", y))
            edge(("t", y), ("t", x))
        elif kind in ("sub-property", "equivalent-property"):
            for a, b in [(x, y), (y, x)] if kind == "equivalent-property" else [(x, y)]:
                for k in ("s", "sr", "o"):
                    edge((k, a), (k, b))
                pair(a, b, False)
        elif kind == "inverse":
            inverse(x, y)
            inverse(y, x)
        elif kind == "symmetric":
            inverse(x, x)
        elif kind == "transitive":
            s.transitive.add(x)
        elif kind == "domain":
            edge(("s", x), ("t", y))
        elif kind == "range":
            edge(("o", x), ("t", y))
        elif kind == "union":
            edge(("t", y), ("t", x))
        elif kind == "intersection":
            edge(("t", x), ("t", y))
            s.intersections.setdefault(x, set()).add(y)
        elif kind == "all":
            s.all_values.append((x, y, z))
        elif kind in ("some", "value"):
            raise _Fallback
        elif kind == "disjoint":
            s.disjoint.add((x, y))
        elif kind == "all-disjoint":
            s.all_disjoint.add((x, y))
        elif kind == "complement":
            s.complement.add((x, y))
        elif kind in ("disjoint-property", "all-disjoint-property"):
            s.disjoint_properties.add((x, y))
        elif kind == "irreflexive":
            s.irreflexive.add(x)
        elif kind == "asymmetric":
            s.asymmetric.add(x)
        elif kind == "functional":
            s.functional.add(x)
        elif kind == "max-0":
            s.max_zero.add((x, y, z))
        elif kind == "negative":
            s.negative.add((x, y, z))
    # a p-triple with a resource object is a p-triple
    atoms = set(s.type_edges) | {b for targets in s.type_edges.values() for b in targets}
    for a in atoms:
        if a[0] == "sr":
            edge(a, ("s", a[1]))
    return s


def _reach(edges: dict[Atom, set[Atom]], start: Iterable[Atom]) -> set[Atom]:
    seen = set(start)
    todo = list(seen)
    while todo:
        for b in edges.get(todo.pop(), ()):
            if b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


class _Compiled:
    """The schema turned into query patterns."""

    def __init__(self, schema: _Schema) -> None:
        self.schema = schema
        self.reverse: dict[Atom, set[Atom]] = {}
        for a, targets in schema.type_edges.items():
            for b in targets:
                self.reverse.setdefault(b, set()).add(a)
        self._sources: dict[Node, set[Source]] = {}

    def facts(self, cls: Node) -> set[Atom]:
        """The facts about a node that make it an instance of ``cls``."""
        return _reach(self.reverse, [("t", cls)])

    def sources(self, prop: Node) -> set[Source]:
        """Where the triples of ``prop`` come from (sub-properties, inverses, symmetry)."""
        if prop in self._sources:
            return self._sources[prop]
        # forwards from every property's own triples: (source, current, turned, resource)
        found: set[Source] = set()
        for start in {prop} | set(self.schema.pair_edges):
            seen = {(start, False, False)}
            todo = [(start, False, False)]
            while todo:
                current, turned, resource = todo.pop()
                if current == prop:
                    found.add((start, turned, resource))
                for nxt, flips in self.schema.pair_edges.get(current, ()):
                    state = (nxt, turned != flips, resource or flips)
                    if state not in seen:
                        seen.add(state)
                        todo.append(state)
        self._sources[prop] = found
        return found

    def type_pattern(self, cls: Node, var: str, tag: str) -> str | None:
        """A SPARQL group matching the nodes ``?var`` that are instances of ``cls``; None when
        no fact can make a node one."""
        facts = self.facts(cls)
        branches = []
        for n, (kind, term) in enumerate(sorted(facts, key=lambda f: (f[0], str(f[1])))):
            if not isinstance(term, URIRef):
                continue  # a blank class (no node is typed with one: checked) or property
            if kind == "t":
                branches.append(f"{{ ?{var} a <{term}> }}")
            elif kind == "s":
                branches.append(f"{{ ?{var} <{term}> [] }}")
            elif kind == "sr" and ("s", term) not in facts:
                branches.append(f"{{ ?{var} <{term}> ?{tag}{n} FILTER (!isLiteral(?{tag}{n})) }}")
            elif kind == "o":
                branches.append(f"{{ [] <{term}> ?{var} FILTER (!isLiteral(?{var})) }}")
        return " UNION ".join(branches) if branches else None

    def pair_pattern(self, prop: Node, subject: str, obj: str) -> str | None:
        """A SPARQL group matching ``?subject prop ?obj`` in the closure."""
        branches = []
        for source, turned, resource in sorted(self.sources(prop), key=str):
            if not isinstance(source, URIRef):
                continue
            if turned:
                branches.append(
                    f"{{ ?{obj} <{source}> ?{subject} FILTER (!isLiteral(?{subject})) }}"
                )
            elif resource:
                branches.append(f"{{ ?{subject} <{source}> ?{obj} FILTER (!isLiteral(?{obj})) }}")
            else:
                branches.append(f"{{ ?{subject} <{source}> ?{obj} }}")
        return " UNION ".join(branches) if branches else None


def _header(text: str, key: str) -> str:
    match = re.search(rf"^#\s*{key}:\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    from hytegraph.core.namespaces import qname

    return qname(str(term)) if isinstance(term, URIRef) else str(term)


class _Found:
    """Findings, worded as the check queries ``hytegraph/sparql/inconsistent_*.rq`` word
    them."""

    def __init__(self) -> None:
        self.items: set[Inconsistency] = set()

    def add(self, check: str, focus: Node | None, a: Node | None, b: Node | None) -> None:
        if focus is None:
            return
        text = resources.read_sparql(check)
        rule, template = _header(text, "rule"), _header(text, "message")
        self.items.add(Inconsistency(rule, focus, template.format(a=_short(a), b=_short(b))))


def _ask(store: OxigraphStore, query: str) -> bool:
    return store.ask(query)


class _Instances:
    """The nodes of each class in the closure, as engine terms, each class queried once (a
    join of two unions of facts in one query is planned badly; two scans and a set
    intersection are fast)."""

    def __init__(self, store: OxigraphStore, compiled: _Compiled) -> None:
        self.engine = store._store
        self.compiled = compiled
        self.known: dict[Node, frozenset[Any]] = {}

    def of(self, cls: Node) -> frozenset[Any]:
        if cls not in self.known:
            pattern = self.compiled.type_pattern(cls, "x", "u")
            self.known[cls] = (
                frozenset()
                if pattern is None
                else frozenset(
                    row[0] for row in self._query(f"SELECT DISTINCT ?x WHERE {{ {pattern} }}")
                )
            )
        return self.known[cls]

    def pairs(self, prop: Node) -> frozenset[tuple[Any, Any]]:
        """The (subject, object) pairs of ``prop`` in the closure."""
        pattern = self.compiled.pair_pattern(prop, "x", "y")
        if pattern is None:
            return frozenset()
        return frozenset(
            (row[0], row[1]) for row in self._query(f"SELECT DISTINCT ?x ?y WHERE {{ {pattern} }}")
        )

    def _query(self, text: str) -> Any:
        return self.engine.query(text)  # type: ignore[union-attr]


def _sorted_terms(terms: Iterable[Any]) -> list[Any]:
    return sorted(terms, key=lambda t: (type(t).__name__, str(t)))


def _sorted_pair(a: Node, b: Node) -> tuple[Node, Node] | None:
    """The pair as the checks list it (``STR(?a) < STR(?b)``: IRIs only, each pair once)."""
    if not (isinstance(a, URIRef) and isinstance(b, URIRef)) or str(a) == str(b):
        return None
    return (a, b) if str(a) < str(b) else (b, a)


def schema_inconsistencies(store: OxigraphStore) -> list[Inconsistency] | None:
    """What :func:`hytegraph.check.reasoning.inconsistencies` finds on the OWL 2 RL closure of
    ``store`` (the data with the vocabularies, before or after RDFS entailment), except the
    literal checks (``reasoning.LITERAL_CHECKS``), computed without a closure; None when that
    would not be exact (see the module's docstring) and the closure is needed."""
    try:
        return _schema_inconsistencies(store)
    except _Fallback:
        return None


def _schema_inconsistencies(store: OxigraphStore) -> list[Inconsistency]:
    engine = store._store  # the relevance test reads the engine directly
    if _relevance(engine) is None:
        raise _Fallback
    same_as = _ask(store, f"ASK {{ ?a <{_OWL}sameAs> ?b }}")
    if same_as and _ask(
        store,
        f"ASK {{ {{ ?a <{_OWL}differentFrom> ?b }} UNION {{ ?a a <{_OWL}AllDifferent> }} }}",
    ):
        raise _Fallback
    if _ask(store, f"ASK {{ ?x <{_TYPE}> ?c FILTER (isBlank(?c)) }}"):
        raise _Fallback
    schema = _read_schema(store)
    c = _Compiled(schema)

    # goals: the classes and properties the checks read
    class_goals: set[Node] = {_NOTHING}
    for a, b in schema.disjoint | schema.all_disjoint | schema.complement:
        class_goals |= {a, b}
    property_goals: set[Node] = set(schema.irreflexive | schema.asymmetric | schema.functional)
    for a, b in schema.disjoint_properties:
        property_goals |= {a, b}
    for r, p, on_class in schema.max_zero:
        class_goals.add(r)
        property_goals.add(p)
        if on_class is not None:
            class_goals.add(on_class)
    property_goals |= {p for _s, p, _t in schema.negative}
    conditions = {("t", r) for r, _f, _p in schema.all_values}
    watched = {("t", g) for g in class_goals} | conditions

    # an intersection concludes nothing its members do not, or the check falls back
    for inter, members in schema.intersections.items():
        alone = _reach(schema.type_edges, [("t", inter)]) & watched
        together = _reach(schema.type_edges, [("t", m) for m in members]) & watched
        if not alone <= together:
            raise _Fallback
    # owl:allValuesFrom: exact only when no node is an instance of the restriction
    for r, _filler, _p in schema.all_values:
        pattern = c.type_pattern(r, "x", "u")
        if pattern is not None and _ask(store, f"ASK {{ {pattern} }}"):
            raise _Fallback
    # a transitive property whose triples become a checked property's
    for goal in property_goals:
        if any(source in schema.transitive for source, _t, _r in c.sources(goal)):
            raise _Fallback

    found = _Found()
    instances = _Instances(store, c)

    def both(a: Node, b: Node) -> list[Node]:
        return [ox_to_rdflib(n) for n in _sorted_terms(instances.of(a) & instances.of(b))]

    for pairs, check in (
        (schema.disjoint, "inconsistent_cax_dw"),
        (schema.all_disjoint, "inconsistent_cax_adc"),
    ):
        for a, b in sorted({p for p in (_sorted_pair(*q) for q in pairs) if p}, key=str):
            for focus in both(a, b):
                found.add(check, focus, a, b)
    for a, b in sorted(schema.complement, key=str):
        for focus in both(a, b):
            found.add("inconsistent_cls_com", focus, a, b)
    nothing = c.type_pattern(_NOTHING, "x", "u")
    if nothing is not None:
        for (focus,) in store.select(f"SELECT DISTINCT ?x WHERE {{ {nothing} }}").rows:
            found.add("inconsistent_cls_nothing", focus, None, None)
    for r, p, on_class in sorted(schema.max_zero, key=str):
        owners = instances.of(r)
        if not owners:
            continue
        typed_values = None if on_class is None or on_class == _THING else instances.of(on_class)
        for focus, value in _sorted_terms(instances.pairs(p)):
            if focus in owners and (typed_values is None or value in typed_values):
                found.add("inconsistent_cls_maxc", ox_to_rdflib(focus), p, ox_to_rdflib(value))
    for p in sorted(schema.asymmetric, key=str):
        related = instances.pairs(p)
        for focus, other in related:
            if (other, focus) in related:
                found.add("inconsistent_prp_asyp", ox_to_rdflib(focus), p, ox_to_rdflib(other))
    for p in sorted(schema.irreflexive, key=str):
        loops = c.pair_pattern(p, "x", "y")
        if loops is not None:
            query = f"SELECT DISTINCT ?x WHERE {{ {loops} FILTER (sameTerm(?x, ?y)) }}"
            for (focus,) in store.select(query).rows:
                found.add("inconsistent_prp_irp", focus, p, None)
    for p, q in sorted({pq for pq in (_sorted_pair(*x) for x in schema.disjoint_properties) if pq}):
        for focus, value in instances.pairs(p) & instances.pairs(q):
            found.add(
                "inconsistent_prp_pdw",
                ox_to_rdflib(focus),
                Literal(f"{p} and {q}"),
                ox_to_rdflib(value),
            )
    for p in sorted(schema.functional, key=str):
        literal_sources = [
            s
            for s, turned, resource in c.sources(p)
            if not turned and not resource and isinstance(s, URIRef)
        ]
        if not literal_sources:
            continue
        values = " ".join(f"<{s}>" for s in sorted(literal_sources))
        query = f"""SELECT DISTINCT ?x ?b WHERE {{
          VALUES ?p1 {{ {values} }} VALUES ?p2 {{ {values} }}
          ?x ?p1 ?v1 . FILTER (isLiteral(?v1)) ?x ?p2 ?v2 .
          FILTER (isLiteral(?v2) && !sameTerm(?v1, ?v2))
          FILTER (STR(?v1) < STR(?v2)
                  || (STR(?v1) = STR(?v2)
                      && CONCAT(LANG(?v1), STR(DATATYPE(?v1)))
                         < CONCAT(LANG(?v2), STR(DATATYPE(?v2)))))
          FILTER (COALESCE(?v1 != ?v2, true))
          BIND (CONCAT(STR(?v1), " and ", STR(?v2)) AS ?b) }}"""
        for focus, text in store.select(query).rows:
            found.add("inconsistent_prp_fp_literal", focus, p, text)
    for source, p, target in sorted(schema.negative, key=str):
        values = c.pair_pattern(p, "x", "y")
        if values is None or isinstance(source, Literal):
            continue
        if store.ask(f"ASK {{ {values} }}", {"x": source, "y": target}):
            found.add("inconsistent_prp_npa", source, p, target)
    if found.items and same_as:
        # a lone equal of a node shares its findings (the closure names it too)
        raise _Fallback
    return sorted(found.items, key=lambda i: (str(i.focus), i.rule, i.message))
