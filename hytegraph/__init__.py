"""hytegraph: Finnish municipal HYTE collaboration structures as an RDF knowledge graph.

The public entry points are re-exported lazily so that ``import hytegraph`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The one place the version is written (pyproject.toml reads it from here); a constant, so
# that starting a command does not pay for importlib.metadata.
__version__ = "0.1.0"

if TYPE_CHECKING:
    from hytegraph.graph import load_graph
    from hytegraph.store import OxigraphStore, RdflibStore, Store
    from hytegraph.validate import ValidationReport, validate

_LAZY = {
    "load_graph": "hytegraph.graph",
    "Store": "hytegraph.store",
    "OxigraphStore": "hytegraph.store",
    "RdflibStore": "hytegraph.store",
    "validate": "hytegraph.validate",
    "ValidationReport": "hytegraph.validate",
}

__all__ = ["OxigraphStore", "RdflibStore", "Store", "ValidationReport", "load_graph", "validate"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hytegraph' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
