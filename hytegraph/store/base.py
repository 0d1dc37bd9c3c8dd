"""The store interface every caller uses; the backends implement its primitives.

Callers never touch rdflib or pyoxigraph query APIs directly: they ask a :class:`Store` for
``select`` / ``ask`` / ``construct`` and get rdflib terms back. That keeps a remote SPARQL
endpoint or another embedded store a drop-in later.

- :class:`OxigraphStore` (default): pyoxigraph, in memory or on disk; fast.
- :class:`RdflibStore`: a plain :class:`rdflib.Graph`; the reference implementation.

Both keep one default graph (named graphs in loaded files are merged).

Time limits: with ``timeout=`` the query runs in a daemon worker thread and the caller stops
waiting at the deadline, raising :class:`~hytegraph.errors.QueryTimeout`. Python cannot kill a
thread, so the worker is asked to stop: it checks a cancel flag between result rows and
quits at the next row. A query that computes for long before its first row (a big ORDER BY or
aggregate) runs on in the background until it finishes; its result is discarded. That is good
enough for hytegraph's own queries; a query from a person runs in a process of its own that is
killed at its deadline instead (:func:`hytegraph.query.catalogue.evaluate`,
:mod:`hytegraph.query.sandbox`).
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from hytegraph.errors import ConfigurationError, QueryError, QueryTimeout

if TYPE_CHECKING:
    import rdflib
    from rdflib.term import Node

    from hytegraph.store.info import GraphInfo

# rdflib is imported where a term or graph is made (a lookup on the store's own terms,
# :meth:`OxigraphStore.select_terms`, starts without it).
Triple = tuple["Node", "Node", "Node"]
Bindings = Mapping[str, Any]
T = TypeVar("T")

#: Formats for :meth:`Store.query_results`, by query kind.
GRAPH_RESULT_FORMATS = ("ttl", "nt", "jsonld")


@dataclass(frozen=True)
class SelectResult:
    """The answer to a SELECT query: variable names and rows of rdflib terms (None = unbound)."""

    vars: list[str]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> list[dict[str, Node | None]]:
        """Rows as dicts keyed by variable name."""
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Node | None]:
        index = self.vars.index(name)
        return [row[index] for row in self.rows]


class _Cancelled(Exception):
    """Raised inside a worker thread whose caller has given up waiting."""


def _run_with_timeout(work: Callable[[threading.Event], T], timeout: float | None) -> T:
    cancel = threading.Event()
    if timeout is None:
        return work(cancel)
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work(cancel)
        except BaseException as e:  # handed to the caller's thread below
            _release_frames(e)
            outcome["error"] = e

    worker = threading.Thread(target=target, name="hytegraph-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancel.set()
        raise QueryTimeout(timeout)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _release_frames(error: BaseException) -> None:
    """Clear the local variables of the frames an error's tracebacks hold, in the thread that
    raised it. pyoxigraph's query results may only be freed by the thread that made them; an
    error handed to another thread would otherwise free them there, when it is collected."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__traceback__ is not None:
            import traceback

            traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


def _as_node(value: Any) -> Node:
    """Binding values are rdflib terms; plain Python values become literals."""
    from rdflib.term import Literal, Node

    return value if isinstance(value, Node) else Literal(value)


def _var_name(name: str) -> str:
    return name[1:] if name[:1] in "?$" else name


#: One SELECT row as plain strings (see :meth:`Store.select_plain`).
PlainRow = tuple[str | None, ...]


def plain_term(term: Node | None) -> str | None:
    """An rdflib term as a plain string: an IRI as itself, a literal as its lexical form (its
    language tag and datatype dropped), a blank node as ``_:`` and its id; None stays None."""
    from rdflib import BNode

    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


class Store(ABC):
    """A graph you can query with SPARQL and add triples to."""

    #: What :func:`hytegraph.store.load.load_graph` put in this store (files, folders, inference).
    info: GraphInfo | None = None

    # -- primitives a backend implements ------------------------------------------------------

    @abstractmethod
    def _evaluate(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> SelectResult | bool | rdflib.Graph:
        """Evaluate ``query`` fully; check ``cancel`` between rows."""

    @abstractmethod
    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Add rdflib triples."""

    @abstractmethod
    def load_file(self, path: str | Path) -> None:
        """Parse an RDF file (any type in :data:`hytegraph.core.rdfio.FILE_TYPES`) into the
        store."""

    @abstractmethod
    def to_rdflib(self) -> rdflib.Graph:
        """A copy of the whole store as an rdflib graph (for SHACL and serialisation)."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of triples."""

    # -- the interface callers use -------------------------------------------------------------

    def query(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> SelectResult | bool | rdflib.Graph:
        """Run any SPARQL query; ``bindings`` are bound as RDF terms, never pasted into text.

        In a SELECT query a bound variable must appear in the SELECT clause (the substitution
        semantics of SPARQL SEP-0007, which pyoxigraph enforces); both backends refuse it
        otherwise with a :class:`QueryError`.
        """
        bound = {_var_name(k): _as_node(v) for k, v in (bindings or {}).items()}
        return _run_with_timeout(lambda cancel: self._evaluate(query, bound, cancel), timeout)

    def select(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> SelectResult:
        result = self.query(query, bindings, timeout=timeout)
        if not isinstance(result, SelectResult):
            raise QueryError(f"expected a SELECT query, got {_kind(result)}")
        return result

    def select_plain(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> list[PlainRow]:
        """Rows of a SELECT query as plain strings, for callers that turn many rows into their
        own structures and need no rdflib terms: IRIs as themselves, literals as their lexical
        form, blank nodes as ``_:id``, unbound as None (see :func:`plain_term`). A literal's
        language or datatype is dropped: project ``LANG(?x)`` or ``DATATYPE(?x)`` in the query
        to get it.

        This default converts :meth:`select`'s rows, so every backend has it; a backend may
        override it to build the strings directly from its own terms (much faster).
        """
        rows = self.select(query, bindings, timeout=timeout).rows
        return [tuple(plain_term(t) for t in row) for row in rows]

    def ask(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> bool:
        result = self.query(query, bindings, timeout=timeout)
        if not isinstance(result, bool):
            raise QueryError(f"expected an ASK query, got {_kind(result)}")
        return result

    def construct(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> rdflib.Graph:
        """Run a CONSTRUCT or DESCRIBE query; the graph has hytegraph's prefixes bound."""
        import rdflib

        result = self.query(query, bindings, timeout=timeout)
        if not isinstance(result, rdflib.Graph):
            raise QueryError(f"expected a CONSTRUCT or DESCRIBE query, got {_kind(result)}")
        return result

    def query_results(
        self,
        query: str,
        fmt: str,
        bindings: Bindings | None = None,
        *,
        timeout: float | None = None,
    ) -> bytes:
        """The query's answer as W3C SPARQL results (json|csv|tsv|xml for SELECT and ASK) or as
        a graph (ttl|nt|jsonld for CONSTRUCT and DESCRIBE)."""
        import rdflib

        from hytegraph.core import rdfio
        from hytegraph.store.results import RESULT_FORMATS, serialize_results

        if fmt not in RESULT_FORMATS and fmt not in GRAPH_RESULT_FORMATS:
            raise ConfigurationError(
                f"unknown result format {fmt!r}; supported: "
                f"{', '.join([*RESULT_FORMATS, *GRAPH_RESULT_FORMATS])}"
            )
        result = self.query(query, bindings, timeout=timeout)
        if isinstance(result, rdflib.Graph):
            if fmt not in GRAPH_RESULT_FORMATS:
                raise QueryError(
                    f"a {_kind(result)} query returns a graph; "
                    f"choose one of {', '.join(GRAPH_RESULT_FORMATS)}"
                )
            return rdfio.serialize_graph(result, fmt)
        if fmt not in RESULT_FORMATS:
            raise QueryError(
                f"a {_kind(result)} query returns results, not a graph; "
                f"choose one of {', '.join(RESULT_FORMATS)}"
            )
        if isinstance(result, bool):
            return serialize_results(fmt, boolean=result)
        return serialize_results(fmt, result.vars, result.rows)

    def objects_of(self, subjects: Iterable[Node], predicates: Sequence[Node]) -> Iterator[Triple]:
        """The triples ``(s, p, o)`` for each subject and predicate given.

        This generic version asks one query per predicate and keeps the wanted subjects (one
        round trip each to a remote endpoint); :class:`OxigraphStore` looks each subject up in
        its indexes instead, in proportion to what is asked, not to the size of the graph."""
        wanted = set(subjects)
        if not wanted:
            return
        query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
        for predicate in predicates:
            for subject, _p, obj in self.select(query, {"p": predicate}).rows:
                if subject in wanted and obj is not None:
                    yield (subject, predicate, obj)

    def add_graph(self, graph: rdflib.Graph) -> None:
        self.add_triples(graph)  # type: ignore[arg-type]

    def load_files(self, paths: Iterable[str | Path]) -> None:
        for path in paths:
            self.load_file(path)


def _kind(result: object) -> str:
    if isinstance(result, SelectResult):
        return "SELECT"
    if isinstance(result, bool):
        return "ASK"
    return "CONSTRUCT/DESCRIBE"


_NOT_PROJECTED = re.compile(r"does not contains? variable \??(\w+) in its SELECT projection")


def _not_projected(name: str) -> QueryError:
    return QueryError(
        f"the bound variable ?{name} is not in the SELECT clause",
        hint=f"Add ?{name} to the SELECT clause (and to GROUP BY if the query aggregates).",
    )


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
