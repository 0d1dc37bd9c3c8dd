"""The triples of a cached graph as a stream read from its files, not from its on-disk store.

Reading every triple back out of a cache entry's on-disk store costs a RocksDB lookup per
term (about 12 us a triple at 3 million triples); parsing the files the entry was built from
again (pyoxigraph's parser, in Rust) and then reading the entry's file of derived triples
(:func:`hytegraph.store.cache.derived_triples_file`, N-Triples) gives the same graph without
holding it in memory (at 3 million triples, both graph files in 15 s, against 105 s from the
store). ``build`` writes its graph files this way when a graph is too big for an in-memory
copy (:mod:`hytegraph.store.memory_copy`).

The stream is vouched for as the copy is: the store is a cache entry's, every file is
unchanged since the entry was built, and the entry keeps its derived triples. Its blank nodes
get labels of their own in each file, as in every load. A store holds a triple once, while
two files (or one) may state it twice: :class:`GraphStream` counts what it gives, and a
stream is complete only when that count is the entry's own (the derived triples are new ones,
never a triple of the files: :func:`hytegraph.store.inference.apply_rules`); a stream of
``distinct`` triples (:meth:`GraphStream.quads`) leaves out those seen before, at the cost of
a set of their hashes in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from hytegraph.core import datafiles
from hytegraph.errors import HytegraphError

#: The largest file of derived triples whose lines are sorted (in memory, about 1.3 times the
#: file's size) so that a subject's derived triples come together: 127 MB at 3 million triples.
#: A bigger one is read in its own order (the rules' batches), which the writers accept too.
MAX_SORTED_BYTES = 256_000_000
#: Lines of derived triples handed to the parser at a time.
_CHUNK_LINES = 20_000

#: What reading the files again may raise: the stream then ends, incomplete.
_READ_ERRORS = (OSError, SyntaxError, ValueError, HytegraphError)


@dataclass(frozen=True)
class GraphStream:
    """The files a cache entry was built from and its file of derived triples, vouched for by
    :func:`graph_stream`; iterated (:meth:`quads`) with a count of what was given."""

    entry: Any = field(repr=False)
    files: tuple[Path, ...]
    derived: Path
    #: The triples the entry's store holds (each once).
    triples: int

    def unchanged(self) -> bool:
        """Whether every file is still as it was when the entry was built (asked again once a
        stream is read to its end: a file replaced meanwhile makes the stream incomplete)."""
        from hytegraph.store.cache import unchanged_since_build

        return all(unchanged_since_build(self.entry, path) for path in self.files)

    def quads(self, *, distinct: bool = False) -> Counted:
        """The graph's triples as quads of the default graph: each file's in its own order,
        then the derived ones. ``distinct``: a triple already given is left out."""
        return Counted(self, distinct=distinct)


class Counted:
    """An iterator over the triples of a :class:`GraphStream` that counts them; once it is
    exhausted, :attr:`complete` says whether they are the entry's graph. A file that no longer
    reads (removed, or changed into something else) ends the stream early, incomplete, with
    the error in :attr:`error`: a writer fed from it is never interrupted by a reading error."""

    def __init__(self, source: GraphStream, *, distinct: bool = False) -> None:
        self.source = source
        self.count = 0
        self.error: BaseException | None = None
        self._seen: set[int] | None = set() if distinct else None
        self._iterator = self._all()
        self._finished = False

    def __iter__(self) -> Iterator[ox.Quad]:
        return self

    def __next__(self) -> ox.Quad:
        try:
            return next(self._iterator)
        except StopIteration:
            self._finished = True
            raise
        except _READ_ERRORS as e:
            self.error = e
            raise StopIteration from None

    @property
    def complete(self) -> bool:
        """Whether the stream was read to its end, gave as many triples as the entry holds, and
        its files did not change meanwhile."""
        return self._finished and self.count == self.source.triples and self.source.unchanged()

    @property
    def repeats(self) -> bool:
        """Whether the stream, read to its end, gave more triples than the entry holds with its
        files unchanged: a triple stated twice, which a :meth:`GraphStream.quads` stream of
        ``distinct`` triples leaves out."""
        return self._finished and self.count > self.source.triples and self.source.unchanged()

    def _all(self) -> Iterator[ox.Quad]:
        seen = self._seen
        for path in self.source.files:
            for quad in file_quads(path):
                if seen is not None:
                    key = hash(quad)
                    if key in seen:
                        continue
                    seen.add(key)
                self.count += 1
                yield quad
        # the rules' triples are new ones: none is a triple of the files, none comes twice
        self._seen = None
        for quad in _derived_quads(self.source.derived):
            self.count += 1
            yield quad


def copy_sources(store: Any, limit: int | None) -> tuple[list[Path], Path, int] | None:
    """What a copy of ``store`` (a graph opened from a cache entry) is read from: the files the
    entry was built from, its file of derived triples, and the number of triples the entry
    records; None when that cannot be vouched for (see
    :func:`hytegraph.store.memory_copy.memory_copy`) or the entry holds more than ``limit``
    triples (None: no limit)."""
    from hytegraph.store.cache import derived_triples_file, unchanged_since_build

    entry = getattr(store, "cache_entry", None)
    info = getattr(store, "info", None)
    if entry is None or info is None or not info.files:
        return None
    record = entry.manifest.get("derived_file")
    expected = entry.manifest.get("triples")
    if not isinstance(record, dict) or not isinstance(expected, int):
        return None
    if limit is not None and expected > limit:
        return None
    files = [Path(path) for path in info.files]
    if not all(unchanged_since_build(entry, path) for path in files):
        return None
    derived = derived_triples_file(entry, [Path(p) for p in record.get("rules", [])])
    if derived is None:
        return None
    return files, derived[0], expected


def graph_stream(store: Any) -> GraphStream | None:
    """The stream of the graph of ``store``, a graph opened from a cache entry, read from the
    files the entry was built from and the triples its rules derived; None when that cannot
    be vouched for: ``store`` is not from the cache, a file changed since the entry was built
    (or is a folder), or the entry keeps no file of derived triples (the rules did not
    converge, or derived a triple about a blank node). Nothing is read yet."""
    sources = copy_sources(store, limit=None)
    if sources is None:
        return None
    files, derived, expected = sources
    return GraphStream(store.cache_entry, tuple(files), derived, expected)


def file_quads(path: Path) -> Iterator[ox.Quad]:
    """The triples of one input file as default-graph quads, blank nodes named apart from
    other files' (as :func:`hytegraph.store.cache.bulk_load` adds them to a store)."""
    if path.is_dir() or datafiles.kind_of(path) != datafiles.RDF:
        from hytegraph.store.terms import rdflib_to_ox

        item = datafiles.DataFile(path, datafiles.WORKBOOK)
        for s, p, o in datafiles.read_triples(item):
            yield ox.Quad(rdflib_to_ox(s), rdflib_to_ox(p), rdflib_to_ox(o))
        return
    from hytegraph.core.filetypes import file_type

    kind = file_type(path)
    path = path.resolve()
    parsed = ox.parse(
        path=str(path),
        format=kind.oxigraph_format,
        base_iri=path.as_uri(),
        rename_blank_nodes=True,
    )
    if kind.extension in (".ttl", ".nt"):
        yield from parsed  # a graph: every quad in the default graph already
        return
    for quad in parsed:  # named graphs merged into the default graph, as the store's load does
        yield ox.Quad(quad.subject, quad.predicate, quad.object)


def _derived_quads(path: Path) -> Iterator[ox.Quad]:
    """The triples of a file of derived triples (N-Triples, no blank nodes), a subject's
    together when the file is at most :data:`MAX_SORTED_BYTES`: its lines sorted, so that
    each subject's run is one (a line starts with its subject)."""
    if path.stat().st_size > MAX_SORTED_BYTES:
        yield from ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)
        return
    with path.open("rb") as f:
        lines = f.readlines()
    if lines and not lines[-1].endswith(b"\n"):
        lines[-1] += b"\n"
    lines.sort()
    for start in range(0, len(lines), _CHUNK_LINES):
        chunk = b"".join(lines[start : start + _CHUNK_LINES])
        yield from ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES)
