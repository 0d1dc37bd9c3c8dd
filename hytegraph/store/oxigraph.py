"""The default backend: a pyoxigraph store, in memory or on disk."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pyoxigraph as ox

from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import ConfigurationError, QueryError
from hytegraph.store.base import (
    _NOT_PROJECTED,
    Bindings,
    PlainRow,
    SelectResult,
    Store,
    Triple,
    _as_node,
    _Cancelled,
    _not_projected,
    _run_with_timeout,
    _var_name,
)

if TYPE_CHECKING:
    import rdflib
    from rdflib.term import Node

T = TypeVar("T")

#: pyoxigraph's own terms: bound as they are (no rdflib term in between).
_OX_TERMS = (ox.NamedNode, ox.BlankNode, ox.Literal)


class OxigraphStore(Store):
    """The default backend: a pyoxigraph store in memory, or on disk when ``path`` is given."""

    def __init__(self, path: str | Path | None = None) -> None:
        self._store = ox.Store(str(path)) if path is not None else ox.Store()
        self.read_only = False
        #: The :class:`hytegraph.store.cache.Entry` this store was opened from, if any.
        self.cache_entry: Any = None

    @classmethod
    def wrap(cls, store: ox.Store, *, read_only: bool = False) -> OxigraphStore:
        """Use an open pyoxigraph store (e.g. one opened read-only from the on-disk cache)."""
        self = cls.__new__(cls)
        self._store = store
        self.read_only = read_only
        self.cache_entry = None
        return self

    def _writable(self) -> None:
        if self.read_only:
            raise ConfigurationError(
                "this graph was opened read-only from the on-disk cache",
                hint="Load it with load_graph(..., cache=False) to change it in memory.",
            )

    def derive(self, query: str) -> set[Any]:
        """Run a CONSTRUCT query and add its triples to the store, without converting terms
        (inference at scale); returns the triples produced, as pyoxigraph triples."""
        self._writable()
        try:
            results = self._store.query(query, prefixes=PREFIXES)
            if not isinstance(results, ox.QueryTriples):
                kind = "ASK" if isinstance(results, ox.QueryBoolean) else "SELECT"
                raise QueryError(f"expected a CONSTRUCT query, got {kind}")
            produced = set(results)
        except (SyntaxError, OSError, RuntimeError, ValueError) as e:
            raise _query_error(e) from None
        if produced:
            self._store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in produced)
        return produced

    def _evaluate(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> SelectResult | bool | rdflib.Graph:
        from hytegraph.core import rdfio
        from hytegraph.store.terms import ox_to_rdflib

        results: Any = None
        try:
            results = self._run(query, bindings)
            if isinstance(results, ox.QueryBoolean):
                return bool(results)
            if isinstance(results, ox.QuerySolutions):
                names = [v.value for v in results.variables]
                rows: list[tuple[Node | None, ...]] = []
                for solution in results:
                    if cancel.is_set():
                        raise _Cancelled
                    rows.append(
                        tuple(
                            None if (t := solution[n]) is None else ox_to_rdflib(t) for n in names
                        )
                    )
                return SelectResult(names, rows)
            graph = rdfio.new_graph()
            for triple in results:
                if cancel.is_set():
                    raise _Cancelled
                graph.add(
                    (
                        ox_to_rdflib(triple.subject),
                        ox_to_rdflib(triple.predicate),
                        ox_to_rdflib(triple.object),
                    )
                )
            return graph
        except (SyntaxError, OSError, RuntimeError, ValueError) as e:
            raise _query_error(e) from None
        finally:
            # pyoxigraph result iterators belong to the thread that made them; drop it here,
            # not in whichever thread later collects a traceback that references this frame.
            del results

    def _run(self, query: str, bindings: dict[str, Node]) -> Any:
        """Start evaluating ``query`` with ``bindings`` written into its text as constants
        (:mod:`hytegraph.store.binding`); values that cannot be written there are passed as
        ``substitutions``."""
        if not bindings:
            return self._store.query(query, prefixes=PREFIXES)
        from hytegraph.store.binding import bind_into_text, projection

        terms = {
            name: value if isinstance(value, _OX_TERMS) else _bound_term(name, value)
            for name, value in bindings.items()
        }
        projected = projection(query)
        for name in terms:
            if projected is not None and name not in projected:
                raise _not_projected(name)
        text, left = bind_into_text(query, terms)
        if text != query:
            try:
                return self._store.query(
                    text,
                    prefixes=PREFIXES,
                    substitutions={ox.Variable(k): v for k, v in left.items()} or None,
                )
            except SyntaxError:
                pass  # e.g. a literal bound in a predicate's place: the engine decides below
        return self._store.query(
            query, prefixes=PREFIXES, substitutions={ox.Variable(k): v for k, v in terms.items()}
        )

    def select_plain(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> list[PlainRow]:
        """:meth:`Store.select_plain` straight from pyoxigraph's terms (``.value``), with no
        rdflib term in between."""
        bound = {_var_name(k): _as_node(v) for k, v in (bindings or {}).items()}
        return _run_with_timeout(lambda cancel: self._plain_rows(query, bound, cancel), timeout)

    def _plain_rows(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> list[PlainRow]:
        results: Any = None
        blank = ox.BlankNode
        try:
            results = self._run(query, bindings)
            if not isinstance(results, ox.QuerySolutions):
                raise QueryError(
                    "expected a SELECT query, got "
                    + ("ASK" if isinstance(results, ox.QueryBoolean) else "CONSTRUCT/DESCRIBE")
                )
            rows: list[PlainRow] = []
            for solution in results:
                if cancel.is_set():
                    raise _Cancelled
                rows.append(
                    tuple(
                        None if t is None else (f"_:{t.value}" if type(t) is blank else t.value)
                        for t in solution
                    )
                )
            return rows
        except (SyntaxError, OSError, RuntimeError, ValueError) as e:
            raise _query_error(e) from None
        finally:
            del results  # see _evaluate

    def select_terms(
        self,
        query: str,
        bindings: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The variables and rows of a SELECT query as pyoxigraph's own terms (``NamedNode``,
        ``BlankNode``, ``Literal``; None = unbound), for the lookups that read them without any
        rdflib term (:mod:`hytegraph.views.plain`). ``bindings`` are pyoxigraph terms, bound as
        :meth:`query` binds rdflib terms."""
        bound = {_var_name(k): v for k, v in (bindings or {}).items()}
        return _run_with_timeout(
            lambda cancel: self._guarded(lambda: self._term_rows(query, bound, cancel)), timeout
        )

    def _term_rows(
        self, query: str, bindings: dict[str, Any], cancel: threading.Event
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        results: Any = None
        try:
            results = self._run(query, bindings)
            if not isinstance(results, ox.QuerySolutions):
                raise QueryError(
                    "expected a SELECT query, got "
                    + ("ASK" if isinstance(results, ox.QueryBoolean) else "CONSTRUCT/DESCRIBE")
                )
            names = [v.value for v in results.variables]
            rows: list[tuple[Any, ...]] = []
            for solution in results:
                if cancel.is_set():
                    raise _Cancelled
                rows.append(tuple(solution))
            return names, rows
        except (SyntaxError, OSError, RuntimeError, ValueError) as e:
            raise _query_error(e) from None
        finally:
            del results  # see _evaluate

    def objects(self, subject: Any, predicate: Any) -> list[Any]:
        """The objects of ``subject predicate ?o`` as pyoxigraph terms (an index lookup), in
        the order of the store's index (as :meth:`objects_of` gives them)."""
        return self._guarded(
            lambda: [q.object for q in self._store.quads_for_pattern(subject, predicate, None)]
        )

    def pairs(self, predicate: Any) -> list[tuple[Any, Any]]:
        """Every ``(subject, object)`` of ``predicate`` as pyoxigraph terms (one index scan; the
        objects of one subject in the order :meth:`objects` gives them)."""
        return self._guarded(
            lambda: [
                (q.subject, q.object) for q in self._store.quads_for_pattern(None, predicate, None)
            ]
        )

    def _guarded(self, work: Callable[[], T]) -> T:
        """Run ``work``; a store opened from the cache recovers there from a damaged file
        (:class:`hytegraph.store.cache.CachedStore`)."""
        return work()

    def objects_of(self, subjects: Iterable[Node], predicates: Sequence[Node]) -> Iterator[Triple]:
        from hytegraph.store.terms import ox_to_rdflib, rdflib_to_ox

        preds = [(p, ox.NamedNode(str(p))) for p in predicates]
        # Objects repeat (the source, item and respondent of thousands of pieces of evidence,
        # classes, statuses): each distinct one is made an rdflib term once.
        converted: dict[Any, Node] = {}
        pattern = self._store.quads_for_pattern
        for subject in subjects:
            ox_subject = rdflib_to_ox(subject)
            for predicate, ox_predicate in preds:
                for quad in pattern(ox_subject, ox_predicate, None):
                    value = quad.object
                    node = converted.get(value)
                    if node is None:
                        node = converted[value] = ox_to_rdflib(value)
                    yield (subject, predicate, node)

    def add_triples(self, triples: Iterable[Triple]) -> None:
        from hytegraph.store.terms import rdflib_to_ox

        self._writable()
        self._store.extend(
            ox.Quad(rdflib_to_ox(s), rdflib_to_ox(p), rdflib_to_ox(o)) for s, p, o in triples
        )

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Add pyoxigraph quads (already in the default graph)."""
        self._writable()
        self._store.extend(quads)

    def load_file(self, path: str | Path) -> None:
        from hytegraph.core import rdfio

        self._writable()
        self._store.extend(rdfio.read_quads(path))

    def to_rdflib(self) -> rdflib.Graph:
        from hytegraph.core import rdfio
        from hytegraph.store.terms import ox_to_rdflib

        return rdfio.new_graph(
            (ox_to_rdflib(q.subject), ox_to_rdflib(q.predicate), ox_to_rdflib(q.object))
            for q in self._store
        )

    def __len__(self) -> int:
        return len(self._store)


def _bound_term(name: str, value: Node) -> Any:
    from hytegraph.store.terms import rdflib_to_ox

    try:
        return rdflib_to_ox(value)
    except ValueError as e:  # pyoxigraph refuses an IRI or language tag that is not valid
        raise QueryError(f"the value bound to ?{name} is not a valid RDF term: {e}") from None


def _query_error(error: Exception) -> QueryError:
    """The error to report for an exception pyoxigraph raised while running a query."""
    if isinstance(error, SyntaxError):
        return QueryError(f"SPARQL syntax error: {error.msg or error}")
    if match := _NOT_PROJECTED.search(str(error)):
        return _not_projected(match.group(1))
    return QueryError(f"query failed: {error}")
