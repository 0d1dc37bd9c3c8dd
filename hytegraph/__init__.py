"""hytegraph: Finnish municipal HYTE collaboration structures as an RDF knowledge graph.

The public entry points are re-exported lazily so that ``import hytegraph`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hytegraph.core.version import __version__

if TYPE_CHECKING:
    from hytegraph.check.validate import ValidationReport, validate
    from hytegraph.store import OxigraphStore, RdflibStore, Store
    from hytegraph.store.load import load_graph

_LAZY = {
    "load_graph": "hytegraph.store.load",
    "Store": "hytegraph.store",
    "OxigraphStore": "hytegraph.store",
    "RdflibStore": "hytegraph.store",
    "validate": "hytegraph.check.validate",
    "ValidationReport": "hytegraph.check.validate",
}

__all__ = [
    "OxigraphStore",
    "RdflibStore",
    "Store",
    "ValidationReport",
    "__version__",
    "load_graph",
    "validate",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hytegraph' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
