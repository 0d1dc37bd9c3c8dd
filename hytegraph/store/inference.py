"""Apply the SPARQL CONSTRUCT rules in ``ontology/rules/*.rq`` until nothing new is derived; and
the engine that runs any set of such rules to a fixpoint (also validation's entailment rules).

The rules derive the shortcut properties (``hyte:chairs``, ``org:memberOf``, ...) from the
qualified facts, so the two can never drift apart.

The engine is semi-naive: after the first round, a rule runs again only if the previous round
added triples it may read, and a rule that reads one data triple beside the schema (a *linear*
rule, marked ``# linear`` in its header: sub-property, domain, range, sub-class, inverse, ...)
runs on those new triples alone (with the schema), not on the whole graph. So a round after
the first costs what it adds, and the round that finds nothing new costs almost nothing, where a
plain fixpoint would evaluate every rule on the whole graph once more. What a rule may read is
found in its algebra (rdflib's parser): the predicates of its triple patterns and property
paths, and for ``rdf:type`` the class; a pattern with a variable predicate reads anything.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from hytegraph.core import resources
from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import QueryError
from hytegraph.store.base import Store
from hytegraph.store.binding import tokens
from hytegraph.store.info import InferenceReport

MAX_ROUNDS = 5

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Named graphs of the engine while it runs (dropped afterwards): one rule's output, and the part
#: of it the graph did not hold yet; the triples the last round added; those the round
#: under way adds; a copy of the schema that linear rules read; every triple the rules produced
#: (for the report, when asked for).
_NEW = ox.NamedNode("urn:hytegraph:rules:new")
_FRESH = ox.NamedNode("urn:hytegraph:rules:fresh")
_DELTA = ox.NamedNode("urn:hytegraph:rules:delta")
_NEXT = ox.NamedNode("urn:hytegraph:rules:next")
_SCHEMA = ox.NamedNode("urn:hytegraph:rules:schema")
_PRODUCED = ox.NamedNode("urn:hytegraph:rules:produced")
_SCRATCH = (_NEW, _FRESH, _DELTA, _NEXT, _SCHEMA, _PRODUCED)


# ---------------------------------------------------------------------------------------------
# rules


#: What a triple pattern reads: a predicate, and for ``rdf:type`` the class (None: any class).
Reads = tuple[str, str | None]


@dataclass(frozen=True)
class Rule:
    """A CONSTRUCT rule and what it reads."""

    name: str
    text: str
    reads: frozenset[Reads] = frozenset()
    #: A pattern with a variable predicate: the rule may read any triple.
    reads_anything: bool = True
    #: The rule reads one data triple beside the schema (header line ``# linear``).
    linear: bool = False

    def may_read(self, added: set[Reads]) -> bool:
        """Whether a triple of one of the kinds ``added`` can match a pattern of the rule."""
        if self.reads_anything:
            return True
        for predicate, cls in added:
            if (predicate, None) in self.reads:
                return True
            if predicate == _RDF_TYPE and (cls is None or (predicate, cls) in self.reads):
                return True
        return False


_LINEAR = re.compile(r"^#\s*linear\b", re.MULTILINE)


def rule(name: str, text: str) -> Rule:
    """A :class:`Rule` from its CONSTRUCT text (what it reads found in its algebra)."""
    reads, anything = _reads(text)
    return Rule(name, text, reads, anything, bool(_LINEAR.search(text)))


@functools.lru_cache(maxsize=256)
def _reads(text: str) -> tuple[frozenset[Reads], bool]:
    from rdflib import BNode, URIRef, Variable
    from rdflib.paths import Path as RdflibPath
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(text, initNs=PREFIXES).algebra
    except Exception as e:  # rdflib's parser raises pyparsing errors of several kinds
        raise QueryError(f"{e}", hint="Fix the rule's SPARQL (a CONSTRUCT query).") from None
    found: set[Reads] = set()
    anything = False

    def path_iris(path: object) -> Iterable[str]:
        for value in vars(path).values() if hasattr(path, "__dict__") else ():
            items = value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                if isinstance(item, URIRef):
                    yield str(item)
                elif isinstance(item, RdflibPath):
                    yield from path_iris(item)

    def walk(node: object) -> None:
        nonlocal anything
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "template":
                    # what the rule writes; a blank node there is new on every run, so such a
                    # rule is run again every round, as a plain fixpoint would
                    if any(isinstance(t, BNode) for triple in value or () for t in triple):
                        anything = True
                    continue
                if key == "triples" and isinstance(value, list):
                    for triple in value:
                        if isinstance(triple, tuple) and len(triple) == 3:
                            _s, p, o = triple
                            if isinstance(p, Variable):
                                anything = True
                            elif isinstance(p, RdflibPath):
                                for iri in path_iris(p):
                                    found.add((iri, None))
                            elif str(p) == _RDF_TYPE:
                                found.add((_RDF_TYPE, str(o) if isinstance(o, URIRef) else None))
                            else:
                                found.add((str(p), None))
                walk(value)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk(algebra)
    return frozenset(found), anything


def _into_graph(text: str, graph: ox.NamedNode, using: Sequence[ox.NamedNode] = ()) -> str:
    """A CONSTRUCT rule as the INSERT update that puts what it derives into ``graph``; with
    ``using``, its WHERE clause reads those graphs (merged) instead of the default graph."""
    toks = tokens(text)
    start = next((i for i, t in enumerate(toks) if t.keyword == "CONSTRUCT"), None)
    opening = (
        None
        if start is None
        else next((j for j in range(start + 1, len(toks)) if toks[j].text == "{"), None)
    )
    closing = None
    if opening is not None:
        depth = 0
        for j in range(opening, len(toks)):
            if toks[j].kind == "other" and toks[j].text in "{}":
                depth += 1 if toks[j].text == "{" else -1
                if depth == 0:
                    closing = j
                    break
    if start is None or opening is None or closing is None:
        raise QueryError("not a CONSTRUCT rule", hint="Rules are SPARQL CONSTRUCT queries.")
    head = "".join(t.text for t in toks[:start])
    template = "".join(t.text for t in toks[opening + 1 : closing])
    rest = "".join(t.text for t in toks[closing + 1 :])
    datasets = "".join(f" USING {g}" for g in using)
    return f"{head}INSERT {{ GRAPH {graph} {{ {template} }} }}{datasets} {rest}"


# ---------------------------------------------------------------------------------------------
# the engine


@dataclass
class Saturation:
    """What :func:`saturate` did."""

    rounds: int = 0
    converged: bool = False
    added: int = 0
    #: Distinct triples each predicate got from the rules (only with ``record=True``).
    produced: Counter[str] = field(default_factory=Counter)


def _update(engine: ox.Store, name: str, update: str) -> None:
    try:
        engine.update(update, prefixes=PREFIXES)
    except (SyntaxError, OSError, RuntimeError, ValueError) as e:
        raise QueryError(
            f"rule {name}: {e}", hint="Fix the rule's SPARQL (a CONSTRUCT query)."
        ) from None


def _count(engine: ox.Store, graph: ox.NamedNode) -> int:
    (row,) = engine.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")  # type: ignore[misc]
    return int(row["n"].value)


def _fire(engine: ox.Store, rule: Rule, record: bool, *, linear: bool = False) -> None:
    """Run ``rule`` (on the whole default graph, or with ``linear`` on the last round's new
    triples and the schema) and add what is new to the default graph and to the round's new
    triples."""
    # a linear rule's WHERE reads the new triples and the schema only
    _update(engine, rule.name, _into_graph(rule.text, _NEW, (_DELTA, _SCHEMA) if linear else ()))
    record_it = (
        f"INSERT {{ GRAPH {_PRODUCED} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {_NEW} {{ ?s ?p ?o }} }} ; "
        if record
        else ""
    )
    # each triple of the rule's output is one solution, so inserting it cannot change whether
    # another one is new: no scratch copy of the new triples is needed
    engine.update(
        record_it + f"INSERT {{ ?s ?p ?o . GRAPH {_NEXT} {{ ?s ?p ?o }} }} "
        f"WHERE {{ GRAPH {_NEW} {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }} }} ; "
        f"DROP SILENT GRAPH {_NEW}"
    )


def _schema_kinds(rules: Sequence[Rule]) -> set[Reads]:
    """What the linear rules read beside their one data triple: the schema."""
    return {
        (p, c) for r in rules if r.linear for p, c in r.reads if p != _RDF_TYPE or c is not None
    }


def _pattern(kinds: set[Reads], graph: ox.NamedNode | None = None) -> str:
    """A UNION of the triple patterns ``kinds`` (in ``graph``, else the default graph), each
    binding ``?s ?p ?o``."""
    branches = [
        f"{{ ?s <{p}> ?o BIND (<{p}> AS ?p) }}"
        if c is None
        else f"{{ ?s <{p}> <{c}> BIND (<{p}> AS ?p) BIND (<{c}> AS ?o) }}"
        for p, c in sorted(kinds, key=lambda k: (k[0], k[1] or ""))
    ]
    body = " UNION ".join(branches) or "{ FILTER (false) }"
    return f"GRAPH {graph} {{ {body} }}" if graph is not None else body


def saturate(
    engine: ox.Store,
    rules: Sequence[Rule],
    *,
    max_rounds: int = 20,
    record: bool = False,
    on_new: Callable[[Iterable[Any]], None] | None = None,
    closed: Collection[str] = (),
) -> Saturation:
    """Apply ``rules`` to the default graph of ``engine`` until a round adds nothing (at most
    ``max_rounds`` rounds; see the module docstring for what a round after the first runs).
    ``record``: count what the rules produced, by predicate; ``on_new`` receives each round's
    new triples (default-graph quads). ``closed`` names linear rules the graph is already
    closed under (it holds everything they derive from it): the first round does not run them,
    later rounds run them on what the others added, and in full where the first round changed
    the schema they read. Everything runs in the engine, in named graphs of its own that are
    dropped afterwards."""
    if not any(r.linear for r in rules):
        return _saturate_streamed(engine, rules, max_rounds, record, on_new)
    skipped = {r.name for r in rules if r.linear and r.name in closed}
    out = Saturation()
    schema = _schema_kinds(rules)
    # rules that read the schema alone (sub-class chains, equivalences) are cheap: run them to
    # their own fixpoint at the start of a full round, so that the rounds after it see a
    # finished schema and can stay on the new triples
    schema_rules = [r for r in rules if not r.reads_anything and r.reads <= schema]
    data_rules = [r for r in rules if r not in schema_rules]
    changed: set[Reads] | None = None
    # with rules already closed, the first round's schema changes count as changes
    sizes: dict[Reads, int] = _schema_sizes(engine, schema) if skipped else {}
    try:
        for round_number in range(1, max_rounds + 1):
            out.rounds = round_number
            if changed is None or changed:
                for _pass in range(max_rounds):
                    before = _count(engine, _NEXT)
                    for r in schema_rules:
                        _fire(engine, r, record)
                    if _count(engine, _NEXT) == before:
                        break
                after = _schema_sizes(engine, schema)
                if changed is not None:
                    changed |= {k for k in schema if after.get(k) != sizes.get(k)}
                    _copy_schema(engine, schema)
                    kinds = _added_kinds(engine) | changed
                elif not skipped:
                    sizes = after
                for r in data_rules:
                    if changed is None and r.name in skipped:
                        continue
                    if changed is None or not r.linear or r.reads & changed:
                        if changed is None or r.may_read(kinds):
                            _fire(engine, r, record)
                    elif r.may_read(kinds):
                        _fire(engine, r, record, linear=True)
                if changed is not None:
                    sizes = after
            else:
                kinds = _added_kinds(engine)
                for r in rules:
                    if r.may_read(kinds):
                        _fire(engine, r, record, linear=r.linear)
            added = _count(engine, _NEXT)
            out.added += added
            engine.update(
                f"DROP SILENT GRAPH {_DELTA} ; MOVE SILENT GRAPH {_NEXT} TO GRAPH {_DELTA}"
            )
            if on_new is not None and added:
                on_new(
                    ox.Quad(q.subject, q.predicate, q.object)
                    for q in engine.quads_for_pattern(None, None, None, _DELTA)
                )
            if not added:
                out.converged = True
                break
            # the next round runs linear rules on the new triples, unless the data rules
            # changed the schema
            now = _schema_sizes(engine, schema)
            changed = {k for k in schema if now.get(k) != sizes.get(k)}
            sizes = now
            if not changed:
                _copy_schema(engine, schema)
        if record:
            for row in engine.query(
                f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH {_PRODUCED} {{ ?s ?p ?o }} }} "
                "GROUP BY ?p"
            ):  # type: ignore[union-attr]
                out.produced[row["p"].value] = int(row["n"].value)
    finally:
        engine.update(" ; ".join(f"DROP SILENT GRAPH {g}" for g in _SCRATCH))
    return out


def _saturate_streamed(
    engine: ox.Store,
    rules: Sequence[Rule],
    max_rounds: int,
    record: bool,
    on_new: Callable[[Iterable[Any]], None] | None,
) -> Saturation:
    """:func:`saturate` for rules none of which is linear (the ontology's rules): each rule's
    CONSTRUCT streams its triples out, those the graph lacks are added at once; after the first
    round only the rules that may read a kind of triple the last round added run again. Twice
    as fast as staging every rule's output in named graphs (docs/performance.md)."""
    out = Saturation()
    # What the rules produced, counted by predicate once per distinct triple: the triples'
    # hashes are kept, not the triples (a few hundred bytes each, gigabytes at 3M triples).
    seen: set[int] = set()
    counts: Counter[str] = Counter()
    added_kinds: set[Reads] | None = None  # None: the first round runs every rule
    for round_number in range(1, max_rounds + 1):
        out.rounds = round_number
        fresh: list[ox.Quad] = []
        for r in rules:
            if added_kinds is not None and not r.may_read(added_kinds):
                continue
            try:
                triples = set(engine.query(r.text, prefixes=PREFIXES))  # type: ignore[arg-type]
            except (SyntaxError, OSError, RuntimeError, ValueError) as e:
                raise QueryError(
                    f"rule {r.name}: {e}", hint="Fix the rule's SPARQL (a CONSTRUCT query)."
                ) from None
            if record:
                for t in triples:
                    h = hash(t)
                    if h not in seen:
                        seen.add(h)
                        counts[t.predicate.value] += 1
            new = [
                quad
                for quad in (ox.Quad(t.subject, t.predicate, t.object) for t in triples)
                if quad not in engine
            ]
            if new:
                engine.extend(new)
                fresh += new
        out.added += len(fresh)
        if fresh and on_new is not None:
            on_new(fresh)
        if not fresh:
            out.converged = True
            break
        added_kinds = {
            (q.predicate.value, q.object.value if q.predicate.value == _RDF_TYPE
             and isinstance(q.object, ox.NamedNode) else None)
            for q in fresh
        }  # fmt: skip
    if record:
        out.produced = counts
    return out


def _schema_sizes(engine: ox.Store, schema: set[Reads]) -> dict[Reads, int]:
    out: dict[Reads, int] = {}
    for kind in schema:
        (row,) = engine.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_pattern({kind})} }}")  # type: ignore[misc]
        out[kind] = int(row["n"].value)
    return out


def _copy_schema(engine: ox.Store, schema: set[Reads]) -> None:
    engine.update(
        f"DROP SILENT GRAPH {_SCHEMA} ; "
        f"INSERT {{ GRAPH {_SCHEMA} {{ ?s ?p ?o }} }} WHERE {{ {_pattern(schema)} }}"
    )


def _added_kinds(engine: ox.Store) -> set[Reads]:
    """The kinds of triple the last round added (predicates; for ``rdf:type`` the classes)."""
    found: set[Reads] = set()
    query = (
        f"SELECT DISTINCT ?p ?c WHERE {{ GRAPH {_DELTA} {{ ?s ?p ?o }} "
        f"BIND (IF(?p = <{_RDF_TYPE}> && isIRI(?o), ?o, ?none) AS ?c) }}"
    )
    for row in engine.query(query):  # type: ignore[union-attr]
        cls = row["c"]
        found.add((row["p"].value, cls.value if cls is not None else None))
    return found


# ---------------------------------------------------------------------------------------------
# the ontology's rules


def apply_rules(
    store: Store,
    rule_files: Sequence[Path] | None = None,
    *,
    max_rounds: int = MAX_ROUNDS,
    on_new: Callable[[Iterable[Any]], None] | None = None,
) -> InferenceReport:
    """Run every rule, add its results, and repeat until a round adds no triple.

    ``rule_files`` defaults to the bundled ``ontology/rules/*.rq``. ``derived`` counts the
    distinct triples each rule produced (whether or not the data already held them), keyed by
    predicate IRI: those predicates are the shortcut properties. On a pyoxigraph store the rules
    run in the engine (:func:`saturate`; ``on_new`` receives each batch of new triples), on any
    other store through its query interface.
    """
    files = list(resources.rule_files() if rule_files is None else rule_files)
    report = InferenceReport(rules=[path.name for path in files])
    if not files:
        return report
    engine = getattr(store, "_store", None)
    if isinstance(engine, ox.Store) and not getattr(store, "read_only", False):
        rules = [_rule_file(path) for path in files]
        done = saturate(engine, rules, max_rounds=max_rounds, record=True, on_new=on_new)
        report.rounds, report.converged = done.rounds, done.converged
        report.derived = Counter(done.produced)
        report.added = done.added
        return report
    return _apply_generic(store, files, max_rounds, report)


def _rule_file(path: Path) -> Rule:
    text = path.read_text(encoding="utf-8")
    try:
        return rule(str(path), text)
    except QueryError as e:
        raise QueryError(
            f"rule {path}: {e.message}",
            hint="Fix the rule's SPARQL; rules must be CONSTRUCT queries.",
        ) from None


def _apply_generic(
    store: Store, files: Sequence[Path], max_rounds: int, report: InferenceReport
) -> InferenceReport:
    """The rules through the store interface (any backend): every rule every round."""
    rules = [(path, path.read_text(encoding="utf-8")) for path in files]
    start = len(store)
    produced: set[tuple[object, object, object]] = set()
    report.converged = False
    for round_number in range(1, max_rounds + 1):
        before = len(store)
        for path, text in rules:
            try:
                derived = store.construct(text)
            except QueryError as e:
                raise QueryError(
                    f"rule {path}: {e.message}",
                    hint="Fix the rule's SPARQL; rules must be CONSTRUCT queries.",
                ) from None
            produced.update(derived)  # type: ignore[arg-type]
            store.add_graph(derived)
        report.rounds = round_number
        if len(store) == before:
            report.converged = True
            break
    report.derived = Counter(str(p) for _s, p, _o in produced)
    report.added = len(store) - start
    return report
