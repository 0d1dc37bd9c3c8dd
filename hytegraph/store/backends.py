"""The embedded backends by name, and a new empty store of one."""

from __future__ import annotations

from typing import Any

from hytegraph.errors import ConfigurationError
from hytegraph.store.base import Store
from hytegraph.store.oxigraph import OxigraphStore
from hytegraph.store.rdflib import RdflibStore

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


__all__ = ["BACKENDS", "new_store"]
