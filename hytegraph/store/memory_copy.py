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

The input files can be parsed ahead (:func:`parse_ahead`), while another process makes or
opens the cache entry (the first load leaves part of a core idle): the copy is then finished
with the derived triples once the entry is there, and costs the build only that last part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

#: The most triples a cached graph may hold for ``build`` to copy it into memory.
MAX_TRIPLES = 1_500_000
#: The most bytes the input files may hold for :func:`parse_ahead` to parse them before the
#: number of triples is known: :data:`MAX_TRIPLES` of Turtle such as the national files (about
#: 51 bytes a triple). A bigger input is copied, if at all, once its entry says how many.
MAX_BYTES_AHEAD = 80_000_000


@dataclass
class Parsed:
    """Input files parsed into an in-memory store ahead of their cache entry."""

    files: list[Path]
    engine: ox.Store


def parse_ahead(files: Sequence[Path]) -> Parsed | None:
    """``files`` (those :func:`hytegraph.store.load.input_files` names) parsed into an
    in-memory store, for :func:`memory_copy` to finish once the cache entry exists; None when
    they hold more than :data:`MAX_BYTES_AHEAD` bytes or do not parse (the load reports why).
    Parsed as files an entry vouches for: :func:`memory_copy` uses them only if the entry was
    built from them, unchanged since."""
    from hytegraph.store.cache import bulk_load

    paths = [Path(path) for path in files]
    try:
        if sum(path.stat().st_size for path in paths if path.is_file()) > MAX_BYTES_AHEAD:
            return None
        engine = ox.Store()
        for path in paths:
            bulk_load(engine, path, checked=True)
    except (OSError, SyntaxError, ValueError):
        return None
    return Parsed(paths, engine)


def memory_copy(store: Any, parsed: Parsed | None = None) -> ox.Store | None:
    """An in-memory pyoxigraph store with the same triples as ``store``, a graph opened from a
    cache entry, read back from the files the entry was built from and the triples its rules
    derived; None when that cannot be vouched for: ``store`` is not from the cache, a file
    changed since the entry was built, the entry keeps no file of derived triples (the rules
    did not converge, or derived a triple about a blank node), or the copy does not hold as
    many triples as the entry records, or it holds more than :data:`MAX_TRIPLES`. Blank nodes
    get labels of their own, as in every load. ``parsed``: the entry's files already parsed
    (:func:`parse_ahead`), used when they are the files of ``store``; the derived triples are
    added to it."""
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
    if parsed is not None and parsed.files == files:
        copy, ahead = parsed.engine, True
    else:
        copy, ahead = ox.Store(), False
    try:
        if not ahead:
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
