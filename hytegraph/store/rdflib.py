"""The reference backend (moving here from :mod:`hytegraph.store.base`)."""

from hytegraph.store.base import RdflibStore

__all__ = ["RdflibStore"]
