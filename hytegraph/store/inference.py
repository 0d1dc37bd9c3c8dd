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

A pattern ``?x rdf:type ?class`` reads any class, unless a sub-SELECT in the same group gives
``?class`` (``{ SELECT DISTINCT ?class WHERE { ?class rdfs:subClassOf* ... } }``): SPARQL
evaluates a sub-SELECT on its own, so the pattern can only match the classes that sub-SELECT
returns on the graph as it is, and a new ``rdf:type`` triple of another class (``hyte:Fact``,
which the ontology's rules add to every fact node) does not make the rule run again
(:func:`with_class_constraints`). The cache build also keeps new triples of a kind no rule
reads out of its in-memory graph (``hold_unread``): they go straight to the on-disk store.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
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
    #: For a rule whose every ``?x rdf:type ?class`` pattern has its class variable given by a
    #: sub-SELECT in the same group (see :func:`with_class_constraints`): those SELECTs, run
    #: alone, give the classes the patterns can match; ``reads`` then leaves out "any class".
    classes: tuple[str, ...] = ()
    #: Every IRI the rule names, which holds every predicate it reads or writes; None when
    #: it may write a predicate it does not name (a template predicate bound from the data or
    #: computed): see :func:`copy_predicates`.
    names: frozenset[str] | None = None

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
    return Rule(name, text, reads, anything, bool(_LINEAR.search(text)), names=_names(text))


@functools.lru_cache(maxsize=256)
def _names(text: str) -> frozenset[str] | None:
    """Every IRI the rule's algebra names, or None when a predicate of its template is a
    variable that may take a value the rule does not name: one that a triple pattern matches
    (bound from the data), or bound otherwise than to an IRI constant (``BIND (IRI(...))``,
    an aggregate). A template predicate bound by ``VALUES`` or ``BIND (<iri> AS ?p)`` takes
    only IRIs the rule names."""
    from rdflib import URIRef, Variable

    algebra = _algebra(text)
    found: set[str] = set()
    template = algebra.get("template") or ()
    variables = {p for _s, p, _o in template if isinstance(p, Variable)}
    safe = True

    def walk(node: object, where: bool) -> None:
        nonlocal safe
        if isinstance(node, URIRef):
            found.add(str(node))
        elif isinstance(node, dict):
            if where and getattr(node, "name", None) == "Extend" and node.get("var") in variables:
                safe = safe and isinstance(node.get("expr"), URIRef)
            for key, value in node.items():
                if where and key == "triples" and isinstance(value, list):
                    for triple in value:  # a triple pattern binds it from the data
                        if isinstance(triple, (list, tuple)) and set(triple) & variables:
                            safe = False
                walk(value, where and key != "template")
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item, where)
        elif hasattr(node, "__dict__") and not isinstance(node, (str, Variable)):
            walk(vars(node), where)  # property paths

    walk(algebra, True)
    return frozenset(found) if safe else None


#: An IRI in a rule's text, written whole or as a prefixed name.
_IRI_REF = re.compile(r"<([^<>\"{}|^`\\\s]*)>")
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)
_PREFIXED = re.compile(r"(?<![\w<?$])([A-Za-z][\w-]*)?:([\w-]+(?:\.[\w-]+)*)")


def named_in_text(rule_files: Sequence[Path]) -> frozenset[str]:
    """The IRIs the rules of ``rule_files`` name, read from their text alone (no SPARQL
    parser: a few milliseconds), for a copy of the data that holds only the triples the rules
    read or write (:func:`copy_predicates`). It may hold more than the rules name, and may
    miss a form it does not know; :func:`copy_predicates` on the parsed rules says whether it
    holds enough."""
    found = {_RDF_TYPE}
    for path in rule_files:
        text = Path(path).read_text(encoding="utf-8")
        prefixes = {**PREFIXES, **{k or "": v for k, v in _PREFIX_DECL.findall(text)}}
        found.update(_IRI_REF.findall(text))
        for prefix, local in _PREFIXED.findall(text):
            if (prefix or "") in prefixes:
                found.add(prefixes[prefix or ""] + local)
    return frozenset(found)


def copy_predicates(rules: Sequence[Rule]) -> frozenset[str] | None:
    """The predicates a copy of the data must hold for ``rules`` to derive from it exactly
    what they derive from the whole graph, with the same triples counted as new: those they
    read and those they write (a derived triple the data states is not new), as every IRI the
    rules name, with ``rdf:type``. None when the whole graph is needed: a rule reads any
    predicate, or may write one it does not name."""
    found = {_RDF_TYPE}
    for r in rules:
        if r.reads_anything or r.names is None:
            return None
        found |= r.names
    return frozenset(found)


@functools.lru_cache(maxsize=256)
def _algebra(text: str) -> Any:
    from rdflib.plugins.sparql import prepareQuery

    try:
        return prepareQuery(text, initNs=PREFIXES).algebra
    except Exception as e:  # rdflib's parser raises pyparsing errors of several kinds
        raise QueryError(f"{e}", hint="Fix the rule's SPARQL (a CONSTRUCT query).") from None


def _triples(value: list[Any]) -> list[Sequence[Any]] | None:
    """The triple patterns of an algebra node's ``triples``: tuples in a translated group, lists
    of three in the untranslated group of a ``FILTER (NOT) EXISTS``; None for another form."""
    if all(isinstance(t, (tuple, list)) and len(t) == 3 for t in value):
        return value
    return None


@functools.lru_cache(maxsize=256)
def _reads(text: str) -> tuple[frozenset[Reads], bool]:
    from rdflib import BNode, URIRef, Variable
    from rdflib.paths import Path as RdflibPath

    algebra = _algebra(text)
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
                    triples = _triples(value)
                    if triples is None:
                        anything = True  # a form not understood: may read anything
                    for triple in triples or ():
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


@functools.lru_cache(maxsize=256)
def _type_variables(text: str) -> tuple[frozenset[str], bool]:
    """The variables in the class place of the rule's ``?x rdf:type ?class`` triple patterns,
    and whether it also reads ``rdf:type`` in another way (a property path)."""
    from rdflib import URIRef, Variable
    from rdflib.paths import Path as RdflibPath

    algebra = _algebra(text)
    names: set[str] = set()
    other = False

    def in_path(path: object) -> bool:
        for value in vars(path).values() if hasattr(path, "__dict__") else ():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if (isinstance(item, URIRef) and str(item) == _RDF_TYPE) or (
                    isinstance(item, RdflibPath) and in_path(item)
                ):
                    return True
        return False

    def walk(node: object) -> None:
        nonlocal other
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "template":
                    continue
                if key == "triples" and isinstance(value, list):
                    triples = _triples(value)
                    if triples is None:
                        other = True
                    for triple in triples or ():
                        _s, p, o = triple
                        if isinstance(p, RdflibPath):
                            other = other or in_path(p)
                        elif str(p) == _RDF_TYPE and isinstance(o, Variable):
                            names.add(str(o))
                walk(value)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk(algebra)
    return frozenset(names), other


def _class_selects(text: str, names: frozenset[str]) -> tuple[str, ...] | None:
    """For each variable of ``names``, the sub-SELECT that gives its values, as a query of its
    own (the rule's prologue before it); None unless every variable is bound that way.

    A variable qualifies when a sub-SELECT projecting it (plain variables only) stands directly
    in a group, and every other occurrence of the variable is directly in that same group, in a
    triple pattern ``a ?v`` / ``rdf:type ?v``. Every solution of the group then joins the
    pattern's class with the sub-SELECT's rows (SPARQL evaluates a sub-SELECT on its own), so
    the pattern can only match a triple whose class is one of those rows."""
    toks = tokens(text)
    sig = [i for i, t in enumerate(toks) if t.kind not in ("space", "comment")]
    form = next((i for i in sig if toks[i].keyword == "CONSTRUCT"), None)
    if form is None:
        return None
    prologue = "".join(t.text for t in toks[:form])
    parent: dict[int, int | None] = {}  # significant token -> the "{" of its innermost group
    match: dict[int, int] = {}
    stack: list[int] = []
    for i in sig:
        parent[i] = stack[-1] if stack else None
        if toks[i].text == "{" and toks[i].kind == "other":
            stack.append(i)
        elif toks[i].text == "}" and toks[i].kind == "other":
            if not stack:
                return None
            match[stack.pop()] = i
    if stack:
        return None
    position = {index: n for n, index in enumerate(sig)}
    selects: dict[str, tuple[int, int, str]] = {}  # variable -> (open, close, query text)
    for opening, closing in match.items():
        n = position[opening]
        if n + 1 >= len(sig) or toks[sig[n + 1]].keyword != "SELECT":
            continue
        projected: list[str] = []
        for j in sig[n + 2 :]:
            tok = toks[j]
            if tok.keyword in ("DISTINCT", "REDUCED"):
                continue
            if tok.kind == "var":
                projected.append(tok.text[1:])
                continue
            if tok.keyword != "WHERE" and tok.text != "{":
                projected = []  # an expression or "*": not handled
            break
        body = "".join(t.text for t in toks[sig[n + 1] : closing])
        for name in projected:
            if name in names:
                if name in selects:
                    return None  # two sub-SELECTs give it
                selects[name] = (opening, closing, prologue + body)
    out: list[str] = []
    for name in sorted(names):
        if name not in selects:
            return None
        opening, closing, query = selects[name]
        group = parent[opening]
        for k, i in enumerate(sig):
            tok = toks[i]
            if tok.kind != "var" or tok.text[1:] != name or opening <= i <= closing:
                continue
            before = toks[sig[k - 1]] if k else None
            typed = before is not None and before.text in ("a", "rdf:type", f"<{_RDF_TYPE}>")
            if parent[i] != group or not typed:
                return None
        out.append(query)
    return tuple(out)


def with_class_constraints(r: Rule) -> Rule:
    """``r`` with its class patterns narrowed by the sub-SELECTs that give their classes
    (:func:`_class_selects`), so that a new ``rdf:type`` triple of another class does not make
    it run again; ``r`` itself when that cannot be shown."""
    if r.reads_anything or (_RDF_TYPE, None) not in r.reads:
        return r
    names, other = _type_variables(r.text)
    if other or not names:
        return r
    selects = _class_selects(r.text, names)
    if selects is None:
        return r
    return replace(r, reads=r.reads - {(_RDF_TYPE, None)}, classes=selects)


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
    hold_unread: bool = False,
) -> Saturation:
    """Apply ``rules`` to the default graph of ``engine`` until a round adds nothing (at most
    ``max_rounds`` rounds; see the module docstring for what a round after the first runs).
    ``record``: count what the rules produced, by predicate; ``on_new`` receives the new
    triples in batches (each round's as default-graph quads; without linear rules each rule's,
    as pyoxigraph triples). ``closed`` names linear rules the graph is already
    closed under (it holds everything they derive from it): the first round does not run them,
    later rounds run them on what the others added, and in full where the first round changed
    the schema they read. Everything runs in the engine, in named graphs of its own that are
    dropped afterwards. ``hold_unread`` (rules none of which is linear): see
    :func:`_saturate_streamed`."""
    if not any(r.linear for r in rules):
        return _saturate_streamed(
            engine, rules, max_rounds, record, on_new, hold_unread=hold_unread
        )
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
    *,
    hold_unread: bool = False,
) -> Saturation:
    """:func:`saturate` for rules none of which is linear (the ontology's rules): each rule's
    CONSTRUCT streams its triples out, those the graph lacks are added at once; after the first
    round only the rules that may read a kind of triple the last round added run again. Twice
    as fast as staging every rule's output in named graphs (docs/performance.md). ``on_new``
    receives each rule's new triples (pyoxigraph triples) as soon as it has run.

    A rule with class constraints (:func:`with_class_constraints`) runs again for a new
    ``rdf:type`` triple only when its class is one its sub-SELECTs give on the graph as it is.
    ``hold_unread``: a new triple of a kind no rule reads is not written to ``engine`` (it
    cannot change what any rule derives) but only counted and passed to ``on_new``; at the end
    of each round the held triples are looked at again (a rule may read their kind by then, if
    the schema grew) and written if so. The graph then lacks the held triples: for a caller
    that keeps what ``on_new`` receives (the cache writes it to disk) and drops ``engine``."""
    out = Saturation()
    # With ``hold_unread``, every distinct triple the rules produced: a triple produced again
    # is neither new nor counted again, and a new one of a kind the data never had is found
    # without asking the store. Without it (validation's rule sets, where the rules may make
    # millions of triples), only the hashes of what was produced are kept, for ``record``, and
    # the store says what is new.
    produced: set[Any] = set()
    hashes: set[int] = set()
    counts: Counter[str] = Counter()
    classes: dict[str, frozenset[Any]] = {}  # a constraint's classes, until the graph grows
    held: dict[Reads, list[Any]] = {}
    # whether the graph held a triple of a kind before the rules first produced one; when it
    # did not, a triple of that kind not produced before is new without asking the store
    in_data: dict[Reads, bool] = {}
    type_node = ox.NamedNode(_RDF_TYPE)
    default_graph = ox.DefaultGraph()

    def classes_of(query: str) -> frozenset[Any]:
        if query not in classes:
            values: set[Any] = set()
            for row in engine.query(query, prefixes=PREFIXES):  # type: ignore[union-attr]
                value = row[0]
                values.add(value.value if isinstance(value, ox.NamedNode) else None)
            classes[query] = frozenset(values)
        return classes[query]

    def may_read(r: Rule, kinds: set[Reads]) -> bool:
        if r.may_read(kinds):
            return True
        if not r.classes:
            return False
        wanted = {c for p, c in kinds if p == _RDF_TYPE}
        if not wanted:
            return False
        known = frozenset().union(*(classes_of(q) for q in r.classes))
        return None in known or bool(wanted & known)

    def read_by_some_rule(kind: Reads) -> bool:
        return any(may_read(r, {kind}) for r in rules)

    def write(triples: list[Any]) -> None:
        if triples:
            engine.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
            classes.clear()

    def kinds_of(predicate: Any, triples: list[Any]) -> dict[Reads, list[Any]]:
        if predicate != type_node:
            return {(predicate.value, None): triples}
        out: dict[Reads, list[Any]] = {}
        for t in triples:
            cls = t.object.value if isinstance(t.object, ox.NamedNode) else None
            out.setdefault((_RDF_TYPE, cls), []).append(t)
        return out

    def new_ones(kind: Reads, triples: list[Any]) -> list[Any]:
        if kind not in in_data:
            predicate, cls = kind
            in_data[kind] = (cls is None and predicate == _RDF_TYPE) or any(
                True
                for _ in engine.quads_for_pattern(
                    None,
                    ox.NamedNode(predicate),
                    ox.NamedNode(cls) if cls is not None else None,
                    default_graph,
                )
            )
        if hold_unread and not in_data[kind]:
            return triples
        return [t for t in triples if ox.Quad(t.subject, t.predicate, t.object) not in engine]

    added_kinds: set[Reads] | None = None  # None: the first round runs every rule
    for round_number in range(1, max_rounds + 1):
        out.rounds = round_number
        fresh = 0
        kinds_now: set[Reads] = set()
        for r in rules:
            if added_kinds is not None and not may_read(r, added_kinds):
                continue
            by_predicate: dict[Any, list[Any]] = {}
            known = produced if hold_unread else set()
            try:
                for t in engine.query(r.text, prefixes=PREFIXES):  # type: ignore[union-attr]
                    if t in known:
                        continue
                    known.add(t)
                    group = by_predicate.get(t.predicate)
                    if group is None:
                        group = by_predicate[t.predicate] = []
                    group.append(t)
            except (SyntaxError, OSError, RuntimeError, ValueError) as e:
                raise QueryError(
                    f"rule {r.name}: {e}", hint="Fix the rule's SPARQL (a CONSTRUCT query)."
                ) from None
            new: list[Any] = []
            to_write: list[Any] = []
            for predicate, triples in by_predicate.items():
                if hold_unread:
                    counts[predicate.value] += len(triples)
                elif record:
                    for t in triples:
                        h = hash(t)
                        if h not in hashes:
                            hashes.add(h)
                            counts[predicate.value] += 1
                for kind, group in kinds_of(predicate, triples).items():
                    group = new_ones(kind, group)
                    if not group:
                        continue
                    new += group
                    kinds_now.add(kind)
                    if hold_unread and not read_by_some_rule(kind):
                        held.setdefault(kind, []).extend(group)
                    else:
                        to_write += group
            write(to_write)
            if new:
                fresh += len(new)
                if on_new is not None:
                    on_new(new)
        released: set[Reads] = set()
        if held:
            # a kind held back may be read now that the schema grew: written now, and read
            # by the next round as if added in this one
            released = {k for k in held if read_by_some_rule(k)}
            for kind in released:
                write(held.pop(kind))
        out.added += fresh
        if not fresh and not released:
            out.converged = True
            break
        added_kinds = kinds_now | released
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
    hold_unread: bool = False,
    prepared: Sequence[Rule] | None = None,
) -> InferenceReport:
    """Run every rule, add its results, and repeat until a round adds no triple.

    ``rule_files`` defaults to the bundled ``ontology/rules/*.rq``. ``derived`` counts the
    distinct triples each rule produced (whether or not the data already held them), keyed by
    predicate IRI: those predicates are the shortcut properties. On a pyoxigraph store the rules
    run in the engine (:func:`saturate`; ``on_new`` receives each batch of new triples), on any
    other store through its query interface. A rule whose class patterns take their classes
    from a sub-SELECT runs again only for new ``rdf:type`` triples of those classes
    (:func:`with_class_constraints`). ``hold_unread`` (pyoxigraph only): new triples of a kind
    no rule reads are passed to ``on_new`` but not added to the store
    (:func:`_saturate_streamed`); ``added`` and ``derived`` count them all the same.
    ``prepared``: the rules of ``rule_files`` as :func:`prepare_rules` gives them (read
    beforehand, for example beside a load).
    """
    files = list(resources.rule_files() if rule_files is None else rule_files)
    report = InferenceReport(rules=[path.name for path in files])
    if not files:
        return report
    engine = getattr(store, "_store", None)
    if isinstance(engine, ox.Store) and not getattr(store, "read_only", False):
        rules = list(prepared) if prepared is not None else prepare_rules(files)
        done = saturate(
            engine,
            rules,
            max_rounds=max_rounds,
            record=True,
            on_new=on_new,
            hold_unread=hold_unread,
        )
        report.rounds, report.converged = done.rounds, done.converged
        report.derived = Counter(done.produced)
        report.added = done.added
        return report
    return _apply_generic(store, files, max_rounds, report)


def prepare_rules(rule_files: Sequence[Path]) -> list[Rule]:
    """The rules of ``rule_files`` as the engine runs them (parsed by rdflib to find what each
    reads: about 1 s for the ontology's rules, whatever the graph's size)."""
    return [with_class_constraints(_rule_file(path)) for path in rule_files]


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
