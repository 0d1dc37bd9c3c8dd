"""The default backend (moving here from :mod:`hytegraph.store.base`)."""

from hytegraph.store.base import OxigraphStore, _query_error, ox_to_rdflib, rdflib_to_ox

__all__ = ["OxigraphStore", "_query_error", "ox_to_rdflib", "rdflib_to_ox"]
