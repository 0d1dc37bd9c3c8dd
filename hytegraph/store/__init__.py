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

The names below are imported on first use, so that a module of this layer that needs neither
pyoxigraph nor rdflib (the name index's kinds, say) does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hytegraph.store.backends import BACKENDS, new_store
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

_LAZY = {
    "BACKENDS": "hytegraph.store.backends",
    "new_store": "hytegraph.store.backends",
    "GRAPH_RESULT_FORMATS": "hytegraph.store.base",
    "Bindings": "hytegraph.store.base",
    "PlainRow": "hytegraph.store.base",
    "SelectResult": "hytegraph.store.base",
    "Store": "hytegraph.store.base",
    "Triple": "hytegraph.store.base",
    "plain_term": "hytegraph.store.base",
    "OxigraphStore": "hytegraph.store.oxigraph",
    "RdflibStore": "hytegraph.store.rdflib",
    "ox_to_rdflib": "hytegraph.store.terms",
    "rdflib_to_ox": "hytegraph.store.terms",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hytegraph.store' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


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
