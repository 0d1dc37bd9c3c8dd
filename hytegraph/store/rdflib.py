"""The reference backend: an in-memory :class:`rdflib.Graph`."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

import rdflib
from rdflib.term import Node

from hytegraph.core import rdfio
from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import QueryError
from hytegraph.store.base import (
    SelectResult,
    Store,
    Triple,
    _Cancelled,
    _first_line,
    _not_projected,
)


class RdflibStore(Store):
    """The reference backend: an in-memory :class:`rdflib.Graph`."""

    def __init__(self, graph: rdflib.Graph | None = None) -> None:
        self._graph = graph if graph is not None else rdfio.new_graph()

    def _evaluate(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> SelectResult | bool | rdflib.Graph:
        try:
            result = self._graph.query(
                query,
                initNs=PREFIXES,
                initBindings={rdflib.Variable(k): v for k, v in bindings.items()},
            )
            if result.type == "ASK":
                return bool(result.askAnswer)
            if result.type == "SELECT":
                names = [str(v) for v in result.vars or ()]
                # Same rule as pyoxigraph, so that both backends accept the same queries.
                for name in bindings:
                    if name not in names:
                        raise _not_projected(name)
                rows: list[tuple[Node | None, ...]] = []
                for row in result:  # lazy: rows are computed as they are iterated
                    if cancel.is_set():
                        raise _Cancelled
                    rows.append(tuple(row))  # type: ignore[arg-type]
                return SelectResult(names, rows)
            return rdfio.new_graph(result.graph)  # type: ignore[arg-type]
        except (_Cancelled, QueryError):
            raise
        except Exception as e:  # pyparsing and evaluation errors have many types
            raise QueryError(f"query failed: {_first_line(e)}") from None

    def add_triples(self, triples: Iterable[Triple]) -> None:
        for triple in triples:
            self._graph.add(triple)

    def load_file(self, path: str | Path) -> None:
        self.add_triples(rdfio.read_triples(path))

    def to_rdflib(self) -> rdflib.Graph:
        return rdfio.new_graph(self._graph)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._graph)
