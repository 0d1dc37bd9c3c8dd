"""An in-memory copy of a graph opened from the on-disk cache, for work that reads all of it.

Reading every triple back out of a cache entry's on-disk store costs a RocksDB lookup per
term: at 1.3 million triples, 15 s for one pass, where parsing the files the entry was built
from and its file of derived triples (:func:`hytegraph.store.cache.derived_triples_file`) into
an in-memory store takes 3 s, and one pass over that store half a second. ``build`` makes such
a copy once, before it forks the processes that write the graph files and the maps.

The copy is held beside validation, which reads the same files into a working copy of its own,
so it is made only up to :data:`MAX_TRIPLES`: about 550 bytes a triple, 1.6 GB at 3 million,
which would take a whole 3-million-triple build from 3.2 GB to 5.7 GB, over the 4 GB it must
stay under. A larger graph's steps read the on-disk store, as they did before the copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

#: The most triples a cached graph may hold for ``build`` to copy it into memory.
MAX_TRIPLES = 1_500_000


def memory_copy(store: Any) -> ox.Store | None:
    """An in-memory pyoxigraph store with the same triples as ``store``, a graph opened from a
    cache entry, read back from the files the entry was built from and the triples its rules
    derived; None when that cannot be vouched for: ``store`` is not from the cache, a file
    changed since the entry was built, the entry keeps no file of derived triples (the rules
    did not converge, or derived a triple about a blank node), or the copy does not hold as
    many triples as the entry records, or it holds more than :data:`MAX_TRIPLES`. Blank nodes
    get labels of their own, as in every load."""
    from hytegraph.store.cache import bulk_load, derived_triples_file, unchanged_since_build

    entry = getattr(store, "cache_entry", None)
    info = getattr(store, "info", None)
    if entry is None or info is None or not info.files:
        return None
    record = entry.manifest.get("derived_file")
    expected = entry.manifest.get("triples")
    if not isinstance(record, dict) or not isinstance(expected, int):
        return None
    if expected > MAX_TRIPLES:
        return None
    files = [Path(path) for path in info.files]
    if not all(unchanged_since_build(entry, path) for path in files):
        return None
    derived = derived_triples_file(entry, [Path(p) for p in record.get("rules", [])])
    if derived is None:
        return None
    copy = ox.Store()
    try:
        for path in files:
            bulk_load(copy, path, checked=True)
        copy.bulk_load(path=str(derived[0]), format=ox.RdfFormat.N_TRIPLES)
    except (OSError, SyntaxError, ValueError):
        return None
    if len(copy) != expected:
        return None
    return copy


def subject_ordered(engine: ox.Store) -> Any:
    """The quads of the default graph of ``engine`` (an in-memory store), a subject's together
    and by predicate (so that a serialiser can write ``;`` and ``,``), the subjects in order:
    IRIs by their text, then blank nodes. The in-memory store gives a subject's triples in as
    many runs as the loads that added them, in no particular order."""
    default = ox.DefaultGraph()
    subjects = {quad.subject for quad in engine.quads_for_pattern(None, None, None, default)}
    ordered = sorted(subjects, key=lambda term: (type(term) is ox.BlankNode, term.value))
    for subject in ordered:
        yield from sorted(engine.quads_for_pattern(subject, None, None, default), key=_predicate)


def _predicate(quad: ox.Quad) -> str:
    return quad.predicate.value
