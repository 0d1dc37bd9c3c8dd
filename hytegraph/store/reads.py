"""Which predicates a SPARQL query can read: the triples a store must hold for the query to give
the same answer as on the whole graph.

A store that holds only some predicates' triples (``build``'s filtered copy,
:func:`hytegraph.store.memory_copy.filtered_copy`) answers a query itself only when every
triple pattern of the query is of a predicate it holds; :func:`predicates_read` says which,
from the query's parsed algebra (rdflib's parser), so that a query that changes is never
answered from too few triples. ``rdf:type`` is one predicate like the others: a pattern
``?x a hyte:Body`` reads ``rdf:type``, whatever the class.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

#: What :func:`predicates_read` says of a query that may read any predicate.
ANY = None


def predicates_read(query: str, bound: Mapping[str, str] | None = None) -> frozenset[str] | None:
    """The IRIs of the predicates whose triples ``query`` (SPARQL text) can match; None when it
    can match triples of any predicate: a variable in the predicate place that neither ``bound``
    (variable name to IRI, the query's bound parameters) nor a ``VALUES`` block of the same
    group gives a set of IRIs, a negated property set, a named graph (``GRAPH``, ``FROM``), a
    federated query (``SERVICE``), or a query the parser does not read."""
    return _predicates(query, tuple(sorted((bound or {}).items())))


def predicates_of_queries(texts: Iterable[str]) -> frozenset[str] | None:
    """The predicates every query of ``texts`` reads, together (None: one reads any)."""
    found: set[str] = set()
    for text in texts:
        read = predicates_read(text)
        if read is None:
            return None
        found |= read
    return frozenset(found)


class _Any(Exception):
    """The query may read any predicate."""


@functools.lru_cache(maxsize=256)
def _predicates(query: str, bound: tuple[tuple[str, str], ...]) -> frozenset[str] | None:
    from rdflib.plugins.sparql import prepareQuery

    from hytegraph.core.namespaces import PREFIXES

    try:
        parsed = prepareQuery(query, initNs=PREFIXES)
    except Exception:  # rdflib's parser raises errors of several kinds; pyoxigraph may read it
        return ANY
    found: set[str] = set()
    try:
        _walk(parsed.algebra, dict(bound), {}, found)
    except _Any:
        return ANY
    return frozenset(found)


def _values(node: Any) -> dict[str, frozenset[str]]:
    """The variables a ``VALUES`` block (``ToMultiSet(values)``) binds to IRIs only, with them.
    (``dict.get`` on the algebra's nodes: their own ``get`` gives a missing key's name.)"""
    from rdflib import URIRef

    inner = dict.get(node, "p") if getattr(node, "name", None) == "ToMultiSet" else None
    if inner is None or getattr(inner, "name", None) != "values":
        return {}
    rows = dict.get(inner, "res") or []
    names = {str(var) for row in rows for var in row}
    out: dict[str, frozenset[str]] = {}
    for name in names:
        values = [row.get(_var(name)) for row in rows]
        if values and all(isinstance(v, URIRef) for v in values):
            out[name] = frozenset(str(v) for v in values)
    return out


def _var(name: str) -> Any:
    from rdflib import Variable

    return Variable(name)


#: Algebra nodes through which a ``VALUES`` block joined to a pattern still restricts it: the
#: same group (a sub-select, ``Project``, starts a scope of its own).
_SAME_GROUP = frozenset({"Join", "LeftJoin", "Filter", "Union", "Extend", "Minus", "BGP"})


def _walk(
    node: Any,
    bound: dict[str, str],
    values: dict[str, frozenset[str]],
    found: set[str],
    *,
    top: bool = True,
) -> None:
    """Add the predicates the patterns under ``node`` read to ``found``. ``bound``: the query's
    bound parameters (dropped inside a sub-select, whose variables are its own); ``values``:
    what the ``VALUES`` blocks of the group give a variable; ``top``: no ``Project`` passed."""
    from rdflib import URIRef, Variable
    from rdflib.paths import Path as RdflibPath

    if isinstance(node, (list, tuple)):
        for item in node:
            _walk(item, bound, values, found, top=top)
        return
    if not isinstance(node, dict):
        return
    name = getattr(node, "name", None)
    if name in ("Graph", "ServiceGraphPattern", "DescribeQuery") or dict.get(node, "datasetClause"):
        raise _Any
    if name == "Join":
        # a VALUES block on one side restricts the variables of the other side's patterns
        for side, other in (("p1", "p2"), ("p2", "p1")):
            given = _values(dict.get(node, side))
            if given:
                _walk(dict.get(node, other), bound, {**values, **given}, found, top=top)
                return
    if name == "Project":
        if not top:
            bound = {}
        top = False
    if name not in _SAME_GROUP:
        values = {}
    for key, value in node.items():
        if key == "triples" and isinstance(value, list):
            for triple in value:
                if not (isinstance(triple, (tuple, list)) and len(triple) == 3):
                    raise _Any  # a form not understood
                predicate = triple[1]
                if isinstance(predicate, URIRef):
                    found.add(str(predicate))
                elif isinstance(predicate, RdflibPath):
                    found.update(_path_iris(predicate))
                elif isinstance(predicate, Variable) and str(predicate) in bound:
                    found.add(bound[str(predicate)])
                elif isinstance(predicate, Variable) and str(predicate) in values:
                    found.update(values[str(predicate)])
                else:
                    raise _Any
            continue
        if key in ("_vars", "PV", "datasetClause"):
            continue
        _walk(value, bound, values, found, top=top)


def _path_iris(path: Any) -> set[str]:
    """The IRIs of a property path; a negated property set reads any predicate."""
    from rdflib import URIRef
    from rdflib.paths import NegatedPath
    from rdflib.paths import Path as RdflibPath

    if isinstance(path, NegatedPath):
        raise _Any
    found: set[str] = set()
    for value in vars(path).values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, URIRef):
                found.add(str(item))
            elif isinstance(item, RdflibPath):
                found |= _path_iris(item)
    return found


__all__ = ["ANY", "predicates_of_queries", "predicates_read"]
