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

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, URIRef, Variable
from rdflib.term import Node

from hytegraph.core import rdfio, resources
from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import QueryError
from hytegraph.store import OxigraphStore, Store, ox_to_rdflib

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
    """A new in-memory pyoxigraph store holding every triple of ``store``."""
    copy = OxigraphStore()
    inner = getattr(store, "_store", None)
    if isinstance(store, OxigraphStore) and isinstance(inner, ox.Store):
        # straight from engine to engine, no rdflib terms in between
        copy.add_quads(
            ox.Quad(q.subject, q.predicate, q.object)
            for q in inner.quads_for_pattern(None, None, None, ox.DefaultGraph())
        )
    else:
        copy.add_triples(store.to_rdflib())
    return copy


def _engine(store: OxigraphStore) -> ox.Store:
    return store._store  # the module works inside the engine on purpose


def _as_insert(text: str) -> str:
    """A CONSTRUCT rule as the INSERT update that adds what it derives."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not line.lstrip().startswith("#") and re.search(r"\bCONSTRUCT\b", line):
            lines[i] = re.sub(r"\bCONSTRUCT\b", "INSERT", line, count=1)
            return "\n".join(lines)
    raise QueryError("not a CONSTRUCT rule", hint="Rules are SPARQL CONSTRUCT queries.")


def run_rules(store: OxigraphStore, rules: Sequence[tuple[str, str]]) -> int:
    """Apply ``(name, CONSTRUCT text)`` rules as INSERT updates until a round adds nothing;
    returns the number of triples added."""
    engine = _engine(store)
    updates = [(name, _as_insert(text)) for name, text in rules]
    start = len(engine)
    for _round in range(MAX_ROUNDS):
        before = len(engine)
        for name, update in updates:
            try:
                engine.update(update, prefixes=PREFIXES)
            except (SyntaxError, OSError, RuntimeError, ValueError) as e:
                raise QueryError(
                    f"rule {name}: {e}", hint="Fix the rule's SPARQL (a CONSTRUCT query)."
                ) from None
        if len(engine) == before:
            break
    return len(engine) - start


def _internal_rules(prefix: str) -> list[tuple[str, str]]:
    return [(name, resources.read_sparql(name)) for name in resources.sparql_dir_names(prefix)]


def add_vocabularies(store: OxigraphStore) -> None:
    """Load the vendored ORG and PROV-O into ``store``."""
    for path in vocabulary_files():
        store.add_quads(rdfio.read_quads(path))


def rdfs_closure(store: OxigraphStore) -> int:
    """Materialise the RDFS entailment of ``store`` (domain, range, sub-class, sub-property)."""
    return run_rules(store, _internal_rules("rdfs_"))


def owl_rl_closure(store: OxigraphStore) -> int:
    """Materialise the RDFS entailment plus the OWL 2 RL rules that type nodes or equate them."""
    return run_rules(store, _internal_rules("rdfs_") + _internal_rules("owlrl_"))


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


def inconsistencies(store: Store) -> list[Inconsistency]:
    """Every OWL 2 RL inconsistency in ``store`` (run on an entailed store: see
    :func:`owl_rl_closure`)."""
    found: list[Inconsistency] = []
    for name in resources.sparql_dir_names("inconsistent_"):
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
    template ``?x a ?class`` with a class from the data is not a shortcut and is skipped."""
    from rdflib.plugins.sparql import prepareQuery

    patterns: set[Pattern] = set()
    for path in rule_files:
        try:
            query = prepareQuery(path.read_text(encoding="utf-8"), initNs=PREFIXES)
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
    return patterns


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


__all__ = [
    "MAX_ROUNDS",
    "Inconsistency",
    "add_vocabularies",
    "check_consistency",
    "inconsistencies",
    "owl_rl_closure",
    "rdfs_closure",
    "run_rules",
    "shortcut_patterns",
    "unsupported_shortcuts",
    "vocabulary_files",
    "without_vocabularies",
    "working_copy",
]
