"""The graph store and everything that fills it: the :class:`Store` interface every caller
uses and its backends (pyoxigraph, rdflib, a remote SPARQL server), loading the ontology and
data with the inference rules, the on-disk cache, Graph Store Protocol push and pull, and the
name index.

Callers never touch rdflib or pyoxigraph query APIs directly: they ask a :class:`Store` for
``select`` / ``ask`` / ``construct`` and get rdflib terms back.

- :class:`OxigraphStore` (default, :mod:`hytegraph.store.oxigraph`): pyoxigraph, in memory or
  on disk; fast.
- :class:`RdflibStore` (:mod:`hytegraph.store.rdflib`): a plain :class:`rdflib.Graph`; the
  reference implementation.
- :class:`~hytegraph.store.remote.EndpointStore`: a SPARQL 1.1 server.
"""

from __future__ import annotations

from typing import Any

from hytegraph.errors import ConfigurationError
from hytegraph.store.base import (
    GRAPH_RESULT_FORMATS,
    Bindings,
    PlainRow,
    SelectResult,
    Store,
    Triple,
    plain_term,
)
from hytegraph.store.oxigraph import OxigraphStore
from hytegraph.store.rdflib import RdflibStore
from hytegraph.store.terms import ox_to_rdflib, rdflib_to_ox

BACKENDS: dict[str, type[Store]] = {"oxigraph": OxigraphStore, "rdflib": RdflibStore}


def new_store(backend: str = "oxigraph", **options: Any) -> Store:
    """An empty store of the named backend (``oxigraph`` or ``rdflib``)."""
    try:
        cls = BACKENDS[backend]
    except KeyError:
        raise ConfigurationError(
            f"unknown store backend {backend!r}; choose one of {', '.join(BACKENDS)}"
        ) from None
    return cls(**options)


__all__ = [
    "BACKENDS",
    "GRAPH_RESULT_FORMATS",
    "Bindings",
    "OxigraphStore",
    "PlainRow",
    "RdflibStore",
    "SelectResult",
    "Store",
    "Triple",
    "new_store",
    "ox_to_rdflib",
    "plain_term",
    "rdflib_to_ox",
]
