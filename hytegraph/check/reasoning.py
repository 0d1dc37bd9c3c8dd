"""Reasoning for validation, in the SPARQL engine: RDFS entailment with the vendored W3C
vocabularies, the OWL 2 RL consistency check, and the check that every shortcut triple is one
the inference rules derive from stated facts.

Everything runs on an in-memory pyoxigraph copy of the graph, as SPARQL, so that the work
stays in the engine at any size:

- entailment rules are CONSTRUCT queries (``hytegraph/sparql/rdfs_*.rq`` for RDFS: domain,
  range, sub-class, sub-property; ``owlrl_*.rq`` for the OWL 2 RL rules that can make a node an
  instance of another class: equivalence, inverse, symmetric and transitive properties, class
  expressions, ``owl:sameAs``), run as ``INSERT`` until nothing new is derived;
- each inconsistency rule of OWL 2 RL that can fire with ORG, PROV-O and the hytegraph
  ontology (disjoint classes and properties, ``owl:Nothing``, complements, irreflexive and
  asymmetric properties, cardinality 0, negative assertions, ``owl:sameAs`` against
  ``owl:differentFrom``, a functional property with two literal values, ill-typed literals) is
  a SELECT query, ``hytegraph/sparql/inconsistent_*.rq``.

The test suite checks this against the ``owlrl`` reasoner on consistent and inconsistent
fixtures.
"""

from __future__ import annotations

import functools
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, URIRef, Variable
from rdflib.term import Node

from hytegraph.core import rdfio, resources
from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import QueryError
from hytegraph.store import OxigraphStore, Store, inference, ox_to_rdflib

#: Rounds of a rule set before giving up on a fixpoint (transitive chains need a few).
MAX_ROUNDS = 20

#: Where the triples of the graph as loaded are kept while shortcuts are re-derived.
_AS_LOADED = ox.NamedNode("urn:hytegraph:as-loaded")

_VOCABULARIES = ("org.ttl", "prov-o.ttl")


def vocabulary_files() -> list[Path]:
    """The vendored W3C vocabularies whose meaning validation applies (ORG, PROV-O)."""
    vendor = resources.ontology_dir() / "vendor"
    return [vendor / name for name in _VOCABULARIES if (vendor / name).is_file()]


def vocabulary_namespaces() -> tuple[str, ...]:
    """The namespaces of the vendored vocabularies (their own terms are not data)."""
    return (PREFIXES["org"], PREFIXES["prov"])


# ---------------------------------------------------------------------------------------------
# the working copy


def working_copy(store: Store) -> OxigraphStore:
    """A new in-memory pyoxigraph store holding the triples of ``store``.

    A graph opened from the on-disk cache is read back from its files (parsing is several
    times faster than reading every triple out of the on-disk store) and holds only what the
    files state: the rules are applied to it by :func:`unsupported_shortcuts`. Any other store
    is copied whole, derived triples included."""
    copy = OxigraphStore()
    inner = getattr(store, "_store", None)
    files = store.info.files if store.info is not None else []
    entry = getattr(store, "cache_entry", None)
    if entry is not None and files:
        from hytegraph.store.cache import bulk_load, unchanged_since_build

        for path in files:
            # a file unchanged since the entry was built passed the checks before the parsers
            # then: not scanned again
            checked = unchanged_since_build(entry, Path(path))
            bulk_load(_engine(copy), Path(path), checked=checked)
    elif isinstance(store, OxigraphStore) and isinstance(inner, ox.Store):
        # straight from engine to engine, no rdflib terms in between
        _engine(copy).bulk_extend(inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    else:
        copy.add_triples(store.to_rdflib())
    return copy


def _engine(store: OxigraphStore) -> ox.Store:
    return store._store  # the module works inside the engine on purpose


def engine_of(store: OxigraphStore) -> ox.Store:
    """The pyoxigraph store inside a working copy (for the compiled shapes)."""
    return _engine(store)


def run_rules(
    store: OxigraphStore, rules: Sequence[tuple[str, str]], *, closed: Iterable[str] = ()
) -> int:
    """Apply ``(name, CONSTRUCT text)`` rules until a round adds nothing (semi-naive: see
    :mod:`hytegraph.store.inference`; ``closed`` names rules the store is closed under
    already); returns the number of triples added."""
    parsed = []
    for name, text in rules:
        try:
            parsed.append(inference.rule(name, text))
        except QueryError as e:
            raise QueryError(
                f"rule {name}: {e.message}", hint="Fix the rule's SPARQL (a CONSTRUCT query)."
            ) from None
    return inference.saturate(
        _engine(store), parsed, max_rounds=MAX_ROUNDS, closed=set(closed)
    ).added


def _internal_rules(prefix: str) -> list[tuple[str, str]]:
    return [(name, resources.read_sparql(name)) for name in resources.sparql_dir_names(prefix)]


def add_vocabularies(store: OxigraphStore) -> None:
    """Load the vendored ORG and PROV-O into ``store``."""
    for path in vocabulary_files():
        store.add_quads(rdfio.read_quads(path))


def rdfs_closure(store: OxigraphStore) -> int:
    """Materialise the RDFS entailment of ``store`` (domain, range, sub-class, sub-property)."""
    return run_rules(store, _internal_rules("rdfs_"))


def owl_rl_closure(store: OxigraphStore, *, rdfs_closed: bool = False) -> int:
    """Materialise the RDFS entailment plus the OWL 2 RL rules that type nodes or equate them.

    ``rdfs_closed``: ``store`` holds its RDFS entailment already (:func:`rdfs_closure`, or the
    part of it :func:`consistency_store` keeps), so the first round runs only the OWL rules and
    the RDFS rules then follow what those add."""
    rdfs = _internal_rules("rdfs_")
    closed = [name for name, _text in rdfs] if rdfs_closed else []
    return run_rules(store, rdfs + _internal_rules("owlrl_"), closed=closed)


# ---------------------------------------------------------------------------------------------
# what the consistency check needs


_OWL = "http://www.w3.org/2002/07/owl#"
_RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
_RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

#: The schema as pairs (what the rules of ``hytegraph/sparql/owlrl_*`` and ``rdfs_*`` and the
#: inconsistency checks read): one query, few rows.
_SCHEMA_QUERY = f"""
SELECT ?kind ?x ?y ?z WHERE {{
  {{ ?x <{_RDFS_NS}subPropertyOf> ?y BIND ("sub-property" AS ?kind) }}
  UNION {{ ?x <{_OWL}equivalentProperty> ?y BIND ("equivalent-property" AS ?kind) }}
  UNION {{ ?x <{_OWL}inverseOf> ?y BIND ("inverse" AS ?kind) }}
  UNION {{ ?x <{_RDFS_NS}domain> ?y BIND ("domain" AS ?kind) }}
  UNION {{ ?x <{_RDFS_NS}range> ?y BIND ("range" AS ?kind) }}
  UNION {{ ?x <{_RDFS_NS}subClassOf> ?y BIND ("sub-class" AS ?kind) }}
  UNION {{ ?x <{_OWL}equivalentClass> ?y BIND ("equivalent-class" AS ?kind) }}
  UNION {{ ?x <{_OWL}intersectionOf>/<{_RDF_NS}rest>*/<{_RDF_NS}first> ?y
           BIND ("intersection" AS ?kind) }}
  UNION {{ ?x <{_OWL}unionOf>/<{_RDF_NS}rest>*/<{_RDF_NS}first> ?y BIND ("union" AS ?kind) }}
  UNION {{ ?x <{_OWL}someValuesFrom> ?y ; <{_OWL}onProperty> ?z BIND ("some" AS ?kind) }}
  UNION {{ ?x <{_OWL}allValuesFrom> ?y ; <{_OWL}onProperty> ?z BIND ("all" AS ?kind) }}
  UNION {{ ?x <{_OWL}hasValue> ?y ; <{_OWL}onProperty> ?z BIND ("value" AS ?kind) }}
  UNION {{ ?x <{_OWL}disjointWith> ?y BIND ("disjoint" AS ?kind) }}
  UNION {{ ?x <{_OWL}complementOf> ?y BIND ("disjoint" AS ?kind) }}
  UNION {{ ?a a <{_OWL}AllDisjointClasses> ; <{_OWL}members>/<{_RDF_NS}rest>*/<{_RDF_NS}first> ?x
           BIND ("disjoint" AS ?kind) }}
  UNION {{ ?x <{_OWL}propertyDisjointWith> ?y BIND ("disjoint-property" AS ?kind) }}
  UNION {{ ?a a <{_OWL}AllDisjointProperties> ;
              <{_OWL}members>/<{_RDF_NS}rest>*/<{_RDF_NS}first> ?x
           BIND ("disjoint-property" AS ?kind) }}
  UNION {{ ?x a ?y FILTER (?y IN (<{_OWL}IrreflexiveProperty>, <{_OWL}AsymmetricProperty>,
                                  <{_OWL}FunctionalProperty>))
           BIND ("checked-property" AS ?kind) }}
  UNION {{ ?x a ?y FILTER (?y = <{_OWL}InverseFunctionalProperty>)
           BIND ("equating-property" AS ?kind) }}
  UNION {{ ?y <{_OWL}hasKey>/<{_RDF_NS}rest>*/<{_RDF_NS}first> ?x BIND ("key" AS ?kind) }}
  UNION {{ ?r <{_OWL}onProperty> ?x
           {{ ?r <{_OWL}maxCardinality> ?n }} UNION {{ ?r <{_OWL}maxQualifiedCardinality> ?n }}
           BIND (?r AS ?y) BIND ("max" AS ?kind) }}
  UNION {{ ?a <{_OWL}assertionProperty> ?x BIND ("checked-property" AS ?kind) }}
}}
"""


def _kind(term: object) -> str:
    """A class or property of the schema as text (an IRI, or ``_:id`` for a blank node)."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _relevance(engine: ox.Store) -> tuple[set[str], set[str]] | None:
    """The properties and classes whose triples an OWL 2 RL inconsistency can follow from
    (see :func:`consistency_store`), or None when every triple may matter."""
    props: dict[str, set[str]] = {}  # kind -> kinds it derives
    goals: set[str] = set()
    equating: list[tuple[str, str]] = []  # (property, "functional" | "inverse" | "key")
    links: list[tuple[str, str, bool]] = []  # (p, q, reversed): p's triples give q's

    def edge(a: str, b: str) -> None:
        props.setdefault(a, set()).add(b)

    for row in engine.query(_SCHEMA_QUERY):  # type: ignore[union-attr]
        kind = row["kind"].value
        x = _kind(row["x"])
        y = _kind(row["y"]) if row["y"] is not None else ""
        z = _kind(row["z"]) if row["z"] is not None else ""
        p, c = "p " + x, "c " + x
        if kind == "sub-property":
            edge(p, "p " + y)
            links.append((x, y, False))
        elif kind in ("equivalent-property", "inverse"):
            edge(p, "p " + y)
            edge("p " + y, p)
            links += [(x, y, kind == "inverse"), (y, x, kind == "inverse")]
        elif kind in ("domain", "range"):
            edge(p, "c " + y)
        elif kind == "sub-class":
            edge(c, "c " + y)
        elif kind == "equivalent-class" or kind == "intersection":
            edge(c, "c " + y)
            edge("c " + y, c)
        elif kind == "union":
            edge("c " + y, c)
        elif kind == "some":
            edge("p " + z, c)
            edge("c " + y, c)
        elif kind == "all":
            edge(c, "c " + y)
            edge("p " + z, "c " + y)
        elif kind == "value":
            edge(c, "p " + z)
            edge("p " + z, c)
        elif kind == "disjoint":
            goals.update({c, "c " + y} if y else {c})
        elif kind in ("disjoint-property", "checked-property"):
            goals.update({p, "p " + y} if y and kind == "disjoint-property" else {p})
            if y == f"{_OWL}FunctionalProperty":
                equating.append((x, "functional"))
        elif kind == "equating-property":
            equating.append((x, "inverse"))
        elif kind == "key":
            equating.append((x, "key"))
        elif kind == "max":
            goals.update({"c " + y, p})
    goals.add(f"c {_OWL}Nothing")
    # owl:sameAs copies every triple of a node to its equals: if two described nodes are
    # stated the same, everything matters (an equal that appears in no other triple, such as
    # a Wikidata item named for a municipality, only receives copies and changes nothing)
    if not _harmless_same_as(engine):
        return None
    for prop, how in sorted(equating):
        if _may_equate(engine, prop, how, links):
            return None
    # the kinds from which a goal can be reached
    reverse: dict[str, set[str]] = {}
    for a, targets in props.items():
        for b in targets:
            reverse.setdefault(b, set()).add(a)
    relevant = set(goals)
    todo = list(goals)
    while todo:
        for a in reverse.get(todo.pop(), ()):
            if a not in relevant:
                relevant.add(a)
                todo.append(a)
    return (
        {k[2:] for k in relevant if k.startswith("p ")},
        {k[2:] for k in relevant if k.startswith("c ")},
    )


#: Above this many owl:sameAs triples, :func:`_harmless_same_as` does not look at each.
_SAME_AS_LIMIT = 10_000


def _harmless_same_as(engine: ox.Store) -> bool:
    """Whether every ``owl:sameAs`` triple joins a node to one that appears in no triple but
    ``owl:sameAs`` ones: such an equal only receives copies of the other's triples, so no
    inconsistency can follow from it that does not follow from the other."""
    same_as = ox.NamedNode(f"{_OWL}sameAs")
    default = ox.DefaultGraph()

    def alone(node: Any) -> bool:
        if not isinstance(node, ox.Literal):
            for quad in engine.quads_for_pattern(node, None, None, default):
                if quad.predicate != same_as:
                    return False
        for quad in engine.quads_for_pattern(None, None, node, default):
            if quad.predicate != same_as:
                return False
        return True

    for n, quad in enumerate(engine.quads_for_pattern(None, same_as, None, default)):
        if n >= _SAME_AS_LIMIT:
            return False
        if not (alone(quad.object) or alone(quad.subject)):
            return False
    return True


def _may_equate(
    engine: ox.Store, prop: str, how: str, links: Sequence[tuple[str, str, bool]]
) -> bool:
    """Whether ``prop`` (functional, inverse functional, or a key property) could make two
    nodes the same here: a node with two values on it (a functional property), a value of two
    nodes (the others), counting the triples of every property whose triples give ``prop``'s
    (sub-properties, equivalents, inverses). Over-approximates: the key's class and its other
    properties are not looked at."""
    same, flipped = {prop}, set()
    todo = [(prop, False)]
    while todo:
        target, reversed_ = todo.pop()
        for p, q, inverse in links:
            if q != target:
                continue
            direction = reversed_ != inverse
            found = flipped if direction else same
            if p not in found:
                found.add(p)
                todo.append((p, direction))
    # (owner, value) pairs of prop, however stated
    branches = [f"{{ VALUES ?p {{ <{p}> }} ?x ?p ?v }}" for p in sorted(same)]
    branches += [f"{{ VALUES ?p {{ <{p}> }} ?v ?p ?x }}" for p in sorted(flipped)]
    pairs = " UNION ".join(branches)
    if how == "functional":  # two non-literal values of one node
        group, counted, keep = "?x", "?v", "FILTER (!isLiteral(?v))"
    else:  # one value of two nodes
        group, counted, keep = "?v", "?x", ""
    query = (
        f"SELECT {group} WHERE {{ {pairs} {keep} }} "
        f"GROUP BY {group} HAVING (COUNT(DISTINCT {counted}) > 1) LIMIT 1"
    )
    return any(True for _ in engine.query(query))  # type: ignore[union-attr]


#: Schema predicates the OWL 2 RL rules and the inconsistency checks read, and the OWL classes
#: they look for in ``rdf:type`` triples: copied into the consistency store whatever else is.
_SCHEMA_TERMS = (
    [f"{_RDFS_NS}{name}" for name in ("subClassOf", "subPropertyOf", "domain", "range")]
    + [
        f"{_OWL}{name}"
        for name in [
            "inverseOf",
            "equivalentClass",
            "equivalentProperty",
            "intersectionOf",
            "unionOf",
            "someValuesFrom",
            "allValuesFrom",
            "hasValue",
            "onProperty",
            "onClass",
            "maxCardinality",
            "maxQualifiedCardinality",
            "disjointWith",
            "complementOf",
            "propertyDisjointWith",
            "members",
            "distinctMembers",
            "hasKey",
            "sourceIndividual",
            "assertionProperty",
            "targetIndividual",
            "targetValue",
            "differentFrom",
            "sameAs",
        ]
    ]
    + [f"{_RDF_NS}first", f"{_RDF_NS}rest"]
)
_SUB_PROPERTY = f"{_RDFS_NS}subPropertyOf"
_OWL_CLASSES = [
    f"{_OWL}{name}"
    for name in [
        "SymmetricProperty",
        "TransitiveProperty",
        "FunctionalProperty",
        "InverseFunctionalProperty",
        "IrreflexiveProperty",
        "AsymmetricProperty",
        "AllDisjointClasses",
        "AllDisjointProperties",
        "AllDifferent",
        "NegativePropertyAssertion",
        "Nothing",
        "Thing",
    ]
]


def consistency_store(work: OxigraphStore) -> OxigraphStore:
    """A new in-memory store with what the OWL 2 RL consistency check needs of ``work``
    (:func:`write_consistency_triples`)."""
    with tempfile.TemporaryDirectory(prefix="hytegraph-consistency-") as folder:
        path = write_consistency_triples(work, Path(folder) / "consistency.nt")
        return load_consistency_triples(path)


def load_consistency_triples(path: Path) -> OxigraphStore:
    """A new in-memory store holding the N-Triples file ``path``
    (:func:`write_consistency_triples`)."""
    out = OxigraphStore()
    _engine(out).bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return out


def write_consistency_triples(work: OxigraphStore, path: Path) -> Path:
    """Write to ``path`` (N-Triples) what the OWL 2 RL consistency check needs of ``work``
    (entailed with RDFS): its schema, and the triples of the properties and classes from which
    an inconsistency can follow.

    The OWL 2 RL rules derive a type or a property triple from triples of kinds the schema
    names (a sub-property's triples give the super-property's, a property's give its domain's
    type, a union member's type gives the union's, ...); following those links backwards from
    what the inconsistency rules read (the types of disjoint classes, the triples of disjoint,
    irreflexive, asymmetric and functional properties, ...) gives every kind whose triples can
    matter. The closure of those triples alone then holds every triple of those kinds that the
    closure of the whole graph holds. Labels, quotes and the like never reach a check and are
    left out, which halves the work at national scale. When two nodes may be made the same
    (``owl:sameAs``, a functional property with two values, a key shared by two nodes), every
    triple may matter, and all are copied.

    Written to a file, so that the caller can free ``work`` before the triples are loaded
    again (:func:`load_consistency_triples`): at national scale the two stores side by side
    were the peak of memory."""
    engine = _engine(work)
    relevance = _relevance(engine)
    if relevance is None:
        ox.serialize(
            (
                ox.Triple(q.subject, q.predicate, q.object)
                for q in engine.quads_for_pattern(None, None, None, ox.DefaultGraph())
            ),
            str(path),
            ox.RdfFormat.N_TRIPLES,
        )
        return path
    properties, classes = relevance
    default = ox.DefaultGraph()
    rdf_type = ox.NamedNode(str(RDF.type))
    # the axioms that derive a type or a property triple are kept only where what they
    # derive is relevant (the rest would only derive triples no check reads); a union only
    # where its members' types can matter as its own
    pruned = {_RDFS_NS + "domain", _RDFS_NS + "range", _RDFS_NS + "subClassOf"}
    by_object = {**{t: classes for t in pruned}, _SUB_PROPERTY: properties}
    by_subject = {f"{_OWL}unionOf": classes}

    def kept() -> Iterator[ox.Quad]:
        # one index lookup per kind, streamed (a join with a VALUES table would scan and
        # hold every triple of the store first)
        for prop in sorted(properties):
            if not prop.startswith("_:"):  # a blank node is never a predicate
                yield from engine.quads_for_pattern(None, ox.NamedNode(prop), None, default)
        for cls in sorted({c for c in classes if not c.startswith("_:")} | set(_OWL_CLASSES)):
            yield from engine.quads_for_pattern(None, rdf_type, ox.NamedNode(cls), default)
        for quad in engine.quads_for_pattern(None, rdf_type, None, default):
            if isinstance(quad.object, ox.BlankNode) and _kind(quad.object) in classes:
                yield quad
        for term in _SCHEMA_TERMS:
            quads = engine.quads_for_pattern(None, ox.NamedNode(term), None, default)
            if term in by_object:
                yield from (q for q in quads if _kind(q.object) in by_object[term])
            elif term in by_subject:
                yield from (q for q in quads if _kind(q.subject) in by_subject[term])
            else:
                yield from quads

    ox.serialize(
        (ox.Triple(q.subject, q.predicate, q.object) for q in kept()),
        str(path),
        ox.RdfFormat.N_TRIPLES,
    )
    return path


# ---------------------------------------------------------------------------------------------
# consistency


@dataclass(frozen=True)
class Inconsistency:
    """One reason the graph is inconsistent under OWL 2 RL: the rule, the node, what clashes."""

    rule: str
    focus: Node
    message: str


def _header(text: str, key: str) -> str:
    match = re.search(rf"^#\s*{key}:\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    from hytegraph.core.namespaces import qname

    return qname(str(term)) if isinstance(term, URIRef) else str(term)


#: The inconsistency checks that read literals: they need every triple, not only what
#: :func:`consistency_store` keeps.
LITERAL_CHECKS = frozenset({"inconsistent_dt_not_type"})


def inconsistencies(
    store: Store, *, only: Iterable[str] | None = None, skip: Iterable[str] = ()
) -> list[Inconsistency]:
    """Every OWL 2 RL inconsistency in ``store`` (run on an entailed store: see
    :func:`owl_rl_closure`); ``only`` / ``skip`` choose checks by file name."""
    wanted = None if only is None else set(only)
    skipped = set(skip)
    found: list[Inconsistency] = []
    for name in resources.sparql_dir_names("inconsistent_"):
        if (wanted is not None and name not in wanted) or name in skipped:
            continue
        text = resources.read_sparql(name)
        rule, template = _header(text, "rule"), _header(text, "message")
        for focus, a, b in store.select(text).rows:
            if focus is None:
                continue
            message = template.format(a=_short(a), b=_short(b))
            found.append(Inconsistency(rule, focus, message))
    return sorted(set(found), key=lambda i: (str(i.focus), i.rule, i.message))


def check_consistency(store: Store) -> list[Inconsistency]:
    """OWL 2 RL consistency of ``store`` with ORG and PROV-O: a working copy is entailed and
    checked; ``store`` is not changed."""
    work = working_copy(store)
    add_vocabularies(work)
    owl_rl_closure(work)
    return inconsistencies(work)


# ---------------------------------------------------------------------------------------------
# shortcuts: derived facts are only those the rules derive from stated facts


#: A kind of triple a rule derives: a predicate, and for rdf:type the class.
Pattern = tuple[URIRef, URIRef | None]


def _constants(algebra: object, variable: Variable) -> set[URIRef]:
    """IRIs bound to ``variable`` anywhere in a query's algebra (VALUES rows, BIND)."""
    found: set[URIRef] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("var") == variable and isinstance(node.get("expr"), URIRef):
                found.add(node["expr"])  # BIND (<iri> AS ?var)
            for key, value in node.items():
                if key == "res" and isinstance(value, list):  # VALUES rows
                    for row in value:
                        if isinstance(row, dict) and isinstance(row.get(variable), URIRef):
                            found.add(row[variable])
                walk(value)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk(algebra)
    return found


def shortcut_patterns(rule_files: Iterable[Path]) -> set[Pattern]:
    """What the rules derive, read from their CONSTRUCT templates: each predicate (a constant,
    or the constants a VALUES or BIND gives its variable); for ``rdf:type``, the class. A
    template ``?x a ?class`` with a class from the data is not a shortcut and is skipped.
    (Each set of rule texts is parsed once per process.)"""
    texts = tuple((str(path), path.read_text(encoding="utf-8")) for path in rule_files)
    return set(_patterns_of(texts))


@functools.lru_cache(maxsize=8)
def _patterns_of(texts: tuple[tuple[str, str], ...]) -> frozenset[Pattern]:
    from rdflib.plugins.sparql import prepareQuery

    patterns: set[Pattern] = set()
    for path, text in texts:
        try:
            query = prepareQuery(text, initNs=PREFIXES)
        except Exception as e:  # rdflib's parser raises pyparsing errors of several kinds
            raise QueryError(
                f"rule {path}: {e}", hint="Fix the rule's SPARQL (a CONSTRUCT query)."
            ) from None
        algebra = query.algebra
        for _s, p, o in algebra.get("template") or ():
            predicates = {p} if isinstance(p, URIRef) else _constants(algebra, p)
            for predicate in predicates:
                if predicate == RDF.type:
                    classes = {o} if isinstance(o, URIRef) else _constants(algebra, o)
                    patterns |= {(predicate, c) for c in classes}
                else:
                    patterns.add((predicate, None))
    return frozenset(patterns)


def has_shortcut_triples(store: OxigraphStore, rule_files: Sequence[Path]) -> bool:
    """Whether ``store`` holds any triple of a kind the rules derive
    (:func:`shortcut_patterns`)."""
    engine = _engine(store)
    rdf_type = ox.NamedNode(str(RDF.type))
    for predicate, cls in shortcut_patterns(rule_files):
        obj = ox.NamedNode(str(cls)) if cls is not None else None
        pred = rdf_type if predicate == RDF.type else ox.NamedNode(str(predicate))
        for _quad in engine.quads_for_pattern(None, pred, obj, ox.DefaultGraph()):
            return True
    return False


def unsupported_shortcuts(
    store: OxigraphStore, rule_files: Sequence[Path]
) -> list[tuple[Node, Node, Node]]:
    """The triples of ``store`` that look like rule output (:func:`shortcut_patterns`) but that
    the rules do not derive from the rest of the graph: written in a data file instead of
    derived, or left over from a fact that was removed.

    ``store`` (a working copy) is changed in place: its shortcut triples are set aside, the
    rules re-derive them from the stated triples, and the two are compared; afterwards it holds
    its own triples plus everything the rules derive."""
    engine = _engine(store)
    patterns = shortcut_patterns(rule_files)
    for predicate, cls in sorted(patterns, key=str):
        obj = f"<{cls}>" if cls is not None else "?o"
        engine.update(
            f"INSERT {{ GRAPH <{_AS_LOADED.value}> {{ ?s <{predicate}> {obj} }} }} "
            f"WHERE {{ ?s <{predicate}> {obj} }} ; "
            f"DELETE WHERE {{ ?s <{predicate}> {obj} }}"
        )
    rules = [(str(path), path.read_text(encoding="utf-8")) for path in rule_files]
    run_rules(store, rules)
    missing = engine.query(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{_AS_LOADED.value}> {{ ?s ?p ?o }} "
        "FILTER NOT EXISTS { ?s ?p ?o } }"
    )
    found = [
        (ox_to_rdflib(row["s"]), ox_to_rdflib(row["p"]), ox_to_rdflib(row["o"]))
        for row in missing  # type: ignore[union-attr]
    ]
    engine.update(
        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{_AS_LOADED.value}> {{ ?s ?p ?o }} }} ; "
        f"DROP SILENT GRAPH <{_AS_LOADED.value}>"
    )
    return sorted(found, key=lambda t: tuple(str(x) for x in t))


def without_vocabularies(store: OxigraphStore) -> list[tuple[Node, Node, Node]]:
    """The triples of ``store`` as rdflib terms, less the vendored vocabularies' own terms
    (so that SHACL sees the data and what the vocabularies entail about it)."""
    spaces = vocabulary_namespaces()
    out = []
    for quad in _engine(store).quads_for_pattern(None, None, None, ox.DefaultGraph()):
        subject = quad.subject
        if isinstance(subject, ox.NamedNode) and subject.value.startswith(spaces):
            continue
        out.append((ox_to_rdflib(subject), ox_to_rdflib(quad.predicate), ox_to_rdflib(quad.object)))
    return out


#: Where the triples of the vocabularies' own terms wait while the shapes are checked.
_VOCABULARY_ASIDE = ox.NamedNode("urn:hytegraph:vocabulary-terms")


def _vocabulary_terms() -> list[ox.NamedNode]:
    """Every IRI of the ORG and PROV-O namespaces that the vendored vocabularies or the
    ontology mention."""
    spaces = vocabulary_namespaces()
    found: set[str] = set()
    for path in [*vocabulary_files(), resources.ontology_file()]:
        for quad in rdfio.read_quads(path):
            for term in (quad.subject, quad.predicate, quad.object):
                if isinstance(term, ox.NamedNode) and term.value.startswith(spaces):
                    found.add(term.value)
    return [ox.NamedNode(v) for v in sorted(found)]


def vocabulary_terms() -> list[str]:
    """The IRIs whose triples :func:`set_vocabularies_aside` sets aside."""
    return [t.value for t in _vocabulary_terms()]


def set_vocabularies_aside(store: OxigraphStore) -> None:
    """Move the triples about the vendored vocabularies' own terms out of the default graph
    (so that the shapes see the data and what the vocabularies entail about it, as
    :func:`without_vocabularies` gives it); :func:`restore_vocabularies` puts them back."""
    terms = " ".join(str(t) for t in _vocabulary_terms())
    _engine(store).update(
        f"INSERT {{ GRAPH {_VOCABULARY_ASIDE} {{ ?s ?p ?o }} }} "
        f"WHERE {{ VALUES ?s {{ {terms} }} ?s ?p ?o }} ; "
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {_VOCABULARY_ASIDE} {{ ?s ?p ?o }} }}"
    )


def restore_vocabularies(store: OxigraphStore) -> None:
    _engine(store).update(
        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {_VOCABULARY_ASIDE} {{ ?s ?p ?o }} }} ; "
        f"DROP SILENT GRAPH {_VOCABULARY_ASIDE}"
    )


__all__ = [
    "LITERAL_CHECKS",
    "MAX_ROUNDS",
    "Inconsistency",
    "add_vocabularies",
    "check_consistency",
    "consistency_store",
    "engine_of",
    "has_shortcut_triples",
    "inconsistencies",
    "owl_rl_closure",
    "rdfs_closure",
    "restore_vocabularies",
    "run_rules",
    "set_vocabularies_aside",
    "shortcut_patterns",
    "unsupported_shortcuts",
    "vocabulary_files",
    "vocabulary_terms",
    "without_vocabularies",
    "working_copy",
]
