"""Forgiving name lookup, see :mod:`hytegraph.store.names.index`."""

from hytegraph.store.names.index import (
    ACTOR_KINDS,
    BODY_KINDS,
    KIND_ROOTS,
    AmbiguousName,
    Candidate,
    Entry,
    Match,
    NameIndex,
    UnknownName,
    forget,
    index_for,
    normalise,
    remember,
    stems,
    strip_diacritics,
    words,
)

__all__ = [
    "ACTOR_KINDS",
    "BODY_KINDS",
    "KIND_ROOTS",
    "AmbiguousName",
    "Candidate",
    "Entry",
    "Match",
    "NameIndex",
    "UnknownName",
    "forget",
    "index_for",
    "normalise",
    "remember",
    "stems",
    "strip_diacritics",
    "words",
]
