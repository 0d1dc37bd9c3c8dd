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

Above :data:`MAX_TRIPLES`, the process that draws the maps makes a filtered copy of its own
(:func:`filtered_copy`): only the triples of the predicates its queries read
(:func:`hytegraph.store.reads.predicates_read` on their text), parsed from the same files. It
answers a query from memory when the query reads only those predicates, and passes any other
question to the on-disk store (:class:`FilteredStore`), so that no answer ever comes from too
few triples.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from hytegraph.errors import ConfigurationError
from hytegraph.store.base import Bindings, PlainRow, SelectResult, Store, Triple, _var_name
from hytegraph.store.oxigraph import OxigraphStore
from hytegraph.store.reads import predicates_read
from hytegraph.store.stream import copy_sources, file_quads

if TYPE_CHECKING:
    import rdflib
    from rdflib.term import Node

#: The most triples a cached graph may hold for ``build`` to copy it into memory.
MAX_TRIPLES = 1_500_000
#: The most triples a cached graph may hold for ``build`` to make a filtered copy of it
#: (:func:`filtered_copy`) for the maps and the summary (docs/performance.md, "build at 3M:
#: the maps and the summary from a filtered copy").
MAX_FILTERED_TRIPLES = 5_000_000
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
    from hytegraph.store.cache import bulk_load

    sources = copy_sources(store, MAX_TRIPLES)
    if sources is None:
        return None
    files, derived, expected = sources
    if parsed is not None and parsed.files == files:
        copy, ahead = parsed.engine, True
    else:
        copy, ahead = ox.Store(), False
    try:
        if not ahead:
            for path in files:
                bulk_load(copy, path, checked=True)
        copy.bulk_load(path=str(derived), format=ox.RdfFormat.N_TRIPLES)
    except (OSError, SyntaxError, ValueError):
        return None
    if len(copy) != expected:
        return None
    return copy


def filtered_copy(
    store: Any, predicates: Iterable[str], *, then: Sequence[Iterable[str]] = ()
) -> FilteredStore | None:
    """A :class:`FilteredStore` of ``store`` (a graph opened from a cache entry): the triples of
    ``predicates`` (IRIs) read back into memory from the files the entry was built from and the
    triples its rules derived, with ``store`` for any other question; None when that cannot be
    vouched for (as for :func:`memory_copy`: the files and the derived triples the entry was
    built from, as many distinct triples as it records) or the entry holds more than
    :data:`MAX_FILTERED_TRIPLES` triples. ``then``: the predicates of later phases, in order
    (see :class:`FilteredStore`)."""
    sources = copy_sources(store, MAX_FILTERED_TRIPLES)
    if sources is None:
        return None
    filtered = FilteredStore(store, sources, [frozenset(predicates), *map(frozenset, then)])
    return filtered if filtered.copy is not None else None


def _filtered(sources: tuple[list[Path], Path, int], predicates: frozenset[str]) -> Any:
    """The triples of ``predicates`` of the files and derived triples of ``sources``
    (:func:`hytegraph.store.stream.copy_sources`) in a new in-memory store, or None when they
    are not as many distinct triples as the entry records.

    The triples are filtered as the parser gives them, so the whole graph is never in memory.
    Counting them vouches for the copy: as many as the entry records, or, when the files state
    a triple twice, as many distinct ones (the kept ones counted by the copy, the others by a
    second pass that keeps a hash of each)."""
    files, derived, expected = sources
    keep = frozenset(ox.NamedNode(iri) for iri in predicates)
    paths = [*files, derived]

    def quads(path: Path) -> Iterable[ox.Quad]:
        if path == derived:
            return ox.parse(path=str(derived), format=ox.RdfFormat.N_TRIPLES)
        return file_quads(path)

    copy = ox.Store()
    seen = 0

    def kept() -> Iterator[ox.Quad]:
        nonlocal seen
        for path in paths:
            for quad in quads(path):
                seen += 1
                if quad.predicate in keep:
                    yield quad

    try:
        copy.bulk_extend(kept())
        if seen != expected:  # a triple stated twice, or not the graph of the entry
            others = {hash(q) for path in paths for q in quads(path) if q.predicate not in keep}
            if len(copy) + len(others) != expected:
                return None
    except (OSError, SyntaxError, ValueError):
        return None
    return copy


def give_back_memory() -> None:
    """Return the memory of what was just freed (a copy's many small blocks) to the system,
    where the C library can: otherwise the process keeps it as its own until it exits."""
    import contextlib
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError, TypeError):  # not the GNU C library
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)


class FilteredStore(Store):
    """The triples of some predicates of a graph in memory (:func:`filtered_copy`), the whole
    graph beside them: a query that reads only those predicates
    (:func:`hytegraph.store.reads.predicates_read`) is answered from memory, any other question
    by the whole graph. Read-only.

    The copy can be made in phases, each with the predicates of a part of the work (the
    network's kinds and edges, then what its nodes carry), so that no more than one part is in
    memory: the first query that reads only predicates of a later phase drops the copy and reads
    the files again for that phase's. There is no going back: a question for an earlier phase
    is then one for the whole graph. A lookup by subject (:meth:`objects_of`), a few index
    entries, never changes the phase."""

    def __init__(
        self, whole: Store, sources: tuple[list[Path], Path, int], phases: Sequence[frozenset[str]]
    ) -> None:
        self.whole = whole
        self.info = whole.info
        #: The predicates of each phase of the copy, in order.
        self.phases = list(phases)
        #: The queries passed to :attr:`whole`, in order (what was asked beyond the copy).
        self.to_whole: list[str] = []
        self.triples = sources[2]
        self._sources = sources
        self._lock = threading.Lock()
        self.copy: ox.Store | None = None
        self.phase = -1
        self._fill(0)

    @property
    def predicates(self) -> frozenset[str]:
        """The IRIs of the predicates whose triples :attr:`copy` holds (all of them)."""
        return self.phases[self.phase] if self.copy is not None else frozenset()

    def _fill(self, phase: int) -> None:
        if self.copy is not None:
            self.copy = self._memory = None
            give_back_memory()
        self.phase = phase
        self.copy = _filtered(self._sources, self.phases[phase])
        self._memory = None if self.copy is None else OxigraphStore.wrap(self.copy, read_only=True)

    def answering(self, query: str, bindings: Bindings | dict[str, Any] | None = None) -> Store:
        """The store that answers ``query`` with ``bindings``: the copy (of the phase whose
        predicates it reads), or the whole graph."""
        from rdflib import URIRef

        bound = {}
        for name, value in (bindings or {}).items():
            if isinstance(value, URIRef):
                bound[_var_name(name)] = str(value)
            elif isinstance(value, ox.NamedNode):
                bound[_var_name(name)] = value.value
        read = predicates_read(query, bound)
        with self._lock:
            if read is not None and self.copy is not None:
                if read <= self.predicates and self._memory is not None:
                    return self._memory
                later = [
                    k for k in range(self.phase + 1, len(self.phases)) if read <= self.phases[k]
                ]
                if later:
                    self._fill(later[0])
                    if self._memory is not None:
                        return self._memory
            self.to_whole.append(query)
        return self.whole

    def _evaluate(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> SelectResult | bool | rdflib.Graph:
        return self.answering(query, bindings)._evaluate(query, bindings, cancel)

    def select_plain(
        self, query: str, bindings: Bindings | None = None, *, timeout: float | None = None
    ) -> list[PlainRow]:
        return self.answering(query, bindings).select_plain(query, bindings, timeout=timeout)

    def objects_of(self, subjects: Iterable[Node], predicates: Sequence[Node]) -> Iterator[Triple]:
        memory = self._memory
        if memory is not None and {str(p) for p in predicates} <= self.predicates:
            return memory.objects_of(subjects, predicates)
        return self.whole.objects_of(subjects, predicates)

    def close(self) -> None:
        """Drop the copy (every later question goes to the whole graph)."""
        with self._lock:
            if self.copy is not None:
                self.copy = self._memory = None
                give_back_memory()

    def add_triples(self, triples: Iterable[Triple]) -> None:
        raise ConfigurationError("a filtered copy of a graph is read-only")

    def load_file(self, path: str | Path) -> None:
        raise ConfigurationError("a filtered copy of a graph is read-only")

    def to_rdflib(self) -> rdflib.Graph:
        return self.whole.to_rdflib()

    def __len__(self) -> int:
        return self.triples


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
