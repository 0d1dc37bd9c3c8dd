"""The main job: load, validate, and write the merged graph (Turtle and JSON-LD), the
network map and the static site, with a summary.

``build`` is a list of steps (:data:`STEPS`), each a function of a :class:`BuildContext` that
writes its files and notes them; :func:`build` validates first and then runs every step in
order. Every step scales to a national graph: the graph files are streamed (from the
in-memory copy of a cached graph that the steps beside validation share,
:mod:`hytegraph.store.memory_copy`, else from its files and derived triples,
:mod:`hytegraph.store.stream`, else out of the store), a big network gets an overview map
with one map per municipality and county (:mod:`hytegraph.views.overview`), and above
:data:`SITE_LIMIT` entities the site holds the places' pages only
(:data:`SITE_KINDS_ABOVE_LIMIT`; every page through ``hytegraph site`` or ``hytegraph serve``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox

from hytegraph.check.validate import ValidationReport, validate
from hytegraph.core import rdfio
from hytegraph.core.atomic import atomic_write, atomic_writer
from hytegraph.core.namespaces import BASE, PREFIXES
from hytegraph.errors import ValidationFailed
from hytegraph.store import Store
from hytegraph.store.load import load_graph
from hytegraph.store.memory_copy import (
    MAX_FILTERED_TRIPLES,
    FilteredStore,
    Parsed,
    memory_copy,
    parse_ahead,
)
from hytegraph.store.stream import copy_sources
from hytegraph.views.summary import Summary, summarise
from hytegraph.web.site import SiteReport, planned_pages, write_site

DEFAULT_OUT = Path("build")
_T = TypeVar("_T")

#: Output files, by name, and the format each is written in.
OUTPUTS = {"graph.ttl": "ttl", "graph.jsonld": "jsonld"}
#: The interactive network map written beside them (see :mod:`hytegraph.views.mapview`); on a
#: big network, the overview map (see :mod:`hytegraph.views.overview`).
MAP_FILE = "map.html"
#: The static site (:mod:`hytegraph.web.site`), in this folder of the output.
SITE_DIR = "site"
#: ``build`` writes the page of every entity of a graph of at most this many entities; above it,
#: only those of :data:`SITE_KINDS_ABOVE_LIMIT` (the site's home, search, kind lists and query
#: catalogue are always written). ``hytegraph site -o DIR`` writes every page and
#: ``hytegraph serve`` shows any (docs/performance.md: 75,000 entities at 3M triples, 6-320 ms of
#: CPU each, a bulk of the build's time).
SITE_LIMIT = 20_000
#: The kinds whose pages ``build`` writes above :data:`SITE_LIMIT` entities: the places, the
#: same ones that get a map of their own (:data:`hytegraph.views.overview.PLACE_KINDS`).
SITE_KINDS_ABOVE_LIMIT = ("municipality", "county")


@dataclass
class BuildResult:
    files: list[Path]
    summary: Summary
    report: ValidationReport
    site: SiteReport | None = None
    #: Seconds each step took (validation included), in order, and ``total``: the whole
    #: build's wall-clock time (less than their sum: the steps of :data:`BESIDE_VALIDATION` run
    #: beside validation).
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class BuildContext:
    """What the steps share: the validated store, the output folder and what was written."""

    store: Store
    out: Path
    lang: str
    #: Above this many network nodes the map step writes the overview and per-place maps.
    overview_above: int
    files: list[Path] = field(default_factory=list)
    site: SiteReport | None = None
    site_pages: list[str] | None = None
    #: The site's catalogue of entities (``content.Catalogue``), read once for the maps' links
    #: and the site.
    site_catalogue: Any = None
    #: An in-memory copy of the graph (:func:`hytegraph.store.memory_copy.memory_copy`) for the
    #: steps beside validation, which read all of it; None: they read :attr:`store`.
    copy: ox.Store | None = None
    #: Without :attr:`copy` (a graph above its size limit): the maps' and the summary's own
    #: filtered copy (:func:`hytegraph.store.memory_copy.filtered_copy`, made by
    #: :func:`filtered_copy_step` in their process), dropped once the network's rows are read.
    filtered: FilteredStore | None = None
    #: An event (of the fork start method) set once a core is free for the maps' process to
    #: share the place maps with a second process: with :attr:`copy`, once the graph validated
    #: (the graph files are written by then); with the filtered copy, once the steps after
    #: validation (the site) are done too. None: no such sharing.
    core_free: Any = None

    #: The graph's summary, when a step made it.
    summary: Summary | None = None

    @property
    def reader(self) -> Store:
        """The store the graph files, the network and the summary are read from: the in-memory
        copy when there is one (a pass over an on-disk store reads every term back from disk),
        with what :attr:`store` says of its files and inference; else the filtered copy, which
        passes what it does not hold to :attr:`store`."""
        if self.copy is None:
            return self.store if self.filtered is None else self.filtered
        from hytegraph.store.oxigraph import OxigraphStore

        reader = OxigraphStore.wrap(self.copy)
        reader.info = self.store.info
        return reader

    @property
    def catalogue(self) -> Any:
        if self.site_catalogue is None:
            from hytegraph.web.content import Catalogue

            self.site_catalogue = Catalogue.of(self.store, self.lang)
        return self.site_catalogue

    @property
    def pages(self) -> dict[str, Any]:
        """Where the site's pages are, relative to the output folder (for the maps' links)."""
        if self.site_pages is None:
            self.site_pages = planned_pages(
                self.store,
                lang=self.lang,
                limit=SITE_LIMIT,
                only_kinds=SITE_KINDS_ABOVE_LIMIT,
                catalogue=self.catalogue,
            )
        return {"base": BASE, "prefix": f"{SITE_DIR}/", "suffix": ".html", "only": self.site_pages}


def triples_of(store: Store) -> Iterator[ox.Triple]:
    """Every triple of ``store`` as pyoxigraph triples, read from the engine when the store is a
    pyoxigraph one (in index order: a subject's triples together), else converted."""
    engine = getattr(store, "_store", None)
    if isinstance(engine, ox.Store):
        for quad in engine.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield ox.Triple(quad.subject, quad.predicate, quad.object)
        return
    from hytegraph.store.terms import rdflib_to_ox

    for s, p, o in store.to_rdflib():
        yield ox.Triple(rdflib_to_ox(s), rdflib_to_ox(p), rdflib_to_ox(o))


def write_turtle(store: Store, out: IO[bytes]) -> bool:
    """The default graph of ``store`` as Turtle with the project's prefixes: dumped by the
    engine's own serialiser in one pass when the store is a pyoxigraph one (no Python object per
    triple; returns True), else streamed from :func:`triples_of` (returns False)."""
    engine = getattr(store, "_store", None)
    if isinstance(engine, ox.Store):
        engine.dump(out, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        return True
    rdfio.write_turtle(triples_of(store), out)
    return False


def write_graph_files(ctx: BuildContext) -> None:
    """``graph.ttl`` and ``graph.jsonld``, each streamed to a temporary file and renamed. The
    JSON-LD is the compacted form with the project's context (:func:`rdfio.write_jsonld`): the
    engine's own JSON-LD serialiser writes full IRIs, twice the size.

    With an in-memory copy of the graph (:attr:`BuildContext.copy`) both are written from it,
    subject by subject in the order of :func:`~hytegraph.store.memory_copy.subject_ordered`.
    Without one, a cached graph is written from its files parsed again and its derived
    triples (:func:`write_graph_files_streamed`), never reading the on-disk store. Otherwise
    the Turtle is the engine's dump of the store, and the JSON-LD is written from that file as
    the engine parses it back, not from the store: reading every triple from the on-disk store
    again cost ten times as much (docs/performance.md, "build at 3M: where the time goes")."""
    if ctx.copy is not None:
        from hytegraph.store.memory_copy import subject_ordered

        _write_both(ctx, subject_ordered(ctx.copy))
        return
    if write_graph_files_streamed(ctx):
        return
    turtle = ctx.out / "graph.ttl"
    with atomic_writer(turtle, binary=True) as f:
        dumped = write_turtle(ctx.store, f)
    ctx.files.append(turtle)
    triples: Iterable[ox.Triple] = (
        ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE) if dumped else triples_of(ctx.store)
    )
    target = ctx.out / "graph.jsonld"
    with atomic_writer(target, binary=True) as f:
        rdfio.write_jsonld(triples, f)
    ctx.files.append(target)


class _Incomplete(Exception):
    """A stream of a graph's triples was not the entry's graph: what it wrote is dropped."""


def _write_both(ctx: BuildContext, quads: Iterable[ox.Quad], counted: Any = None) -> None:
    """``graph.ttl`` and ``graph.jsonld`` in one pass over ``quads``; with ``counted`` (the
    :class:`~hytegraph.store.stream.Counted` that gives them), both are kept only when it is
    complete (else :class:`_Incomplete`, and neither file is written)."""
    turtle, target = ctx.out / "graph.ttl", ctx.out / "graph.jsonld"
    with atomic_writer(turtle, binary=True) as f, atomic_writer(target, binary=True) as g:
        jsonld = rdfio.JsonldWriter(g)

        def both() -> Iterator[ox.Quad]:
            for quad in quads:
                jsonld.add(quad)
                yield quad

        rdfio.write_turtle(both(), f)
        jsonld.close()
        if counted is not None and not counted.complete:
            raise _Incomplete
    ctx.files += [turtle, target]


def write_graph_files_streamed(ctx: BuildContext) -> bool:
    """``graph.ttl`` and ``graph.jsonld`` of a cached graph written from the stream of its
    files and derived triples (:func:`hytegraph.store.stream.graph_stream`); False, with
    nothing written, when the stream cannot be vouched for or is not the entry's graph.

    The stream is counted as it is written: a count other than the entry's means a triple
    stated twice (in two files, or twice in one), and the files are written again from a
    stream that leaves out the repeats; a file that no longer reads, or a count still other
    than the entry's, leaves the graph files to the store."""
    from hytegraph.store.stream import graph_stream

    source = graph_stream(ctx.store)
    if source is None:
        return False
    for distinct in (False, True):
        counted = source.quads(distinct=distinct)
        try:
            _write_both(ctx, counted, counted)
        except _Incomplete:
            if counted.repeats and not distinct:
                continue
            return False
        return True
    return False


def write_maps(ctx: BuildContext) -> None:
    """``map.html``: the whole network, or above :attr:`BuildContext.overview_above` nodes the
    overview with a map per municipality and county under ``maps/``. The network is read once
    as plain rows (:class:`~hytegraph.views.network.NetworkParts`); a big one is never made
    into one networkx graph."""
    from hytegraph.views.mapview import render_graph
    from hytegraph.views.network import NetworkParts

    if ctx.filtered is not None:
        # the maps link to the site's pages, found from the name index: made from the copy's
        # first phase, which holds the names and kinds too (a third of the time of the on-disk
        # store's), and kept in the cache entry for the site, unless the entry has one already
        from hytegraph.store.cache import keep_name_index

        keep_name_index(ctx.store, ctx.filtered)
    parts = NetworkParts.read(ctx.reader, ctx.lang)
    if ctx.filtered is not None:
        # the rows are read: the maps need no more of the copy (nor does a process forked for
        # the place maps)
        ctx.filtered.close()
        ctx.filtered = None
    if len(parts.nodes) > ctx.overview_above:
        from hytegraph.views.overview import write_overview

        report = write_overview(
            ctx.store, ctx.out, lang=ctx.lang, pages=ctx.pages, parts=parts, helper=ctx.core_free
        )
        ctx.files += report.files
        return
    target = ctx.out / MAP_FILE
    atomic_write(target, render_graph(parts.graph(), lang=ctx.lang, pages=ctx.pages))
    ctx.files.append(target)


def names_phase() -> frozenset[str] | None:
    """The predicates the name index's query reads (``hytegraph/sparql/names_index.rq``): part
    of the first phase of the maps' filtered copy, from which the index is made for the maps'
    links and the site (:func:`hytegraph.store.cache.keep_name_index`); None when it may read
    any."""
    from hytegraph.core import resources
    from hytegraph.store.reads import predicates_read

    return predicates_read(resources.read_sparql("names_index"))


def maps_phases() -> list[frozenset[str]] | None:
    """The predicates whose triples the summary and the maps read, in two phases: those the
    queries of :data:`hytegraph.views.summary.QUERIES` and
    :data:`hytegraph.views.network.EDGE_QUERIES` name (from their text:
    :func:`hytegraph.store.reads.predicates_read`), then those of
    :data:`hytegraph.views.network.NODE_QUERIES` with the label properties; None when a query
    may read any predicate."""
    from hytegraph.core import resources
    from hytegraph.query.labels import LABEL_PROPERTIES
    from hytegraph.store.reads import predicates_of_queries
    from hytegraph.views.network import EDGE_QUERIES, NODE_QUERIES
    from hytegraph.views.summary import QUERIES

    first = predicates_of_queries(resources.read_sparql(n) for n in (*QUERIES, *EDGE_QUERIES))
    then = predicates_of_queries(resources.read_sparql(n) for n in NODE_QUERIES)
    if first is None or then is None:
        return None
    return [first, then | {str(p) for p in LABEL_PROPERTIES}]


def filtered_copy_step(ctx: BuildContext) -> None:
    """The maps' and the summary's filtered copy of the graph (:attr:`BuildContext.filtered`),
    when the store is a cache entry's that can be read back (else they read the store): in the
    two phases of :func:`maps_phases`, so that the copy of the nodes' labels and evidence is
    made once that of the kinds and edges is dropped (docs/performance.md, "build at 3M: the
    maps and the summary from a filtered copy"). The first phase also holds what the name
    index reads (:func:`names_phase`: the kinds it shares, and the names, about a fifth as
    many triples as the second phase), so that the index is made from it and the files are
    read twice, not three times ("build at 3M: the name index in the first phase")."""
    from hytegraph.store.memory_copy import filtered_copy

    phases = maps_phases()
    if phases is not None:
        names = names_phase()
        first = phases[0] if names is None else phases[0] | names
        ctx.filtered = filtered_copy(ctx.store, first, then=phases[1:])


def write_site_step(ctx: BuildContext) -> None:
    """The static site (swapped in whole, so a failure leaves the earlier one)."""
    ctx.site = write_site(
        ctx.store,
        ctx.out / SITE_DIR,
        lang=ctx.lang,
        limit=SITE_LIMIT,
        only_kinds=SITE_KINDS_ABOVE_LIMIT,
        catalogue=ctx.catalogue,
    )


def write_summary(ctx: BuildContext) -> None:
    """The graph's summary (:func:`hytegraph.views.summary.summarise`), in
    :attr:`BuildContext.summary`: made beside validation (from the in-memory copy when there is
    one, five times faster than from the on-disk store), printed once the graph validated."""
    ctx.summary = summarise(ctx.reader)


#: The steps of ``build`` after validation, in order: ``(name, function)``.
STEPS: list[tuple[str, Callable[[BuildContext], None]]] = [
    ("graph files", write_graph_files),
    ("maps", write_maps),
    ("site", write_site_step),
]
#: Steps that run beside validation, each in a process of its own (they need only the store,
#: and validation keeps one of two cores busy at most part of the time): a first run of steps
#: of :data:`STEPS` with these names. What they write waits in the staging folder until the
#: graph validates.
BESIDE_VALIDATION = frozenset({"graph files", "maps"})
#: Steps that do not read what the steps beside validation write: they run while those are
#: still going; any other step waits for them first.
INDEPENDENT = frozenset({"site"})


class _Beside:
    """Steps beside validation, in a forked process writing into the staging folder (or,
    where the platform does not fork, run in this process after validation)."""

    def __init__(self, ctx: BuildContext, steps: list[tuple[str, Callable[[BuildContext], None]]]):
        import multiprocessing

        self.ctx = ctx
        self.steps = steps
        self.process: Any = None
        self.done = not steps
        #: What the steps wrote, once :meth:`finish` returned.
        self.files: list[Path] = []
        if steps and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self.receiving, sending = context.Pipe(duplex=False)
            # not a daemon: a step may fork workers of its own (the maps do)
            self.process = context.Process(target=self._child, args=(sending,))
            self.process.start()
            sending.close()

    def _child(self, sending: Any) -> None:
        ctx = self.ctx
        ctx.files = []
        timings: dict[str, float] = {}
        # Validation and then the site keep this build's other process busy: a pool for the
        # place maps here would only add a process's memory, not speed, on two cores.
        from hytegraph.views import overview

        overview.MAP_WORKERS = 1
        try:
            for name, step in self.steps:
                started = time.perf_counter()
                step(ctx)
                timings[name] = time.perf_counter() - started
            sending.send(("ok", [str(p) for p in ctx.files], timings, ctx.summary))
        except BaseException as e:  # sent to the parent, which raises it
            import traceback

            try:
                sending.send(("error", e, traceback.format_exc()))
            except Exception:
                sending.send(("error", None, traceback.format_exc()))

    def stop(self) -> None:
        """Stop the steps (the graph did not validate): nothing they wrote is published."""
        if self.process is not None and self.process.is_alive():
            self.process.kill()
        if self.process is not None:
            self.process.join()
        self.done = True

    def finish(self, timings: dict[str, float]) -> None:
        """Wait for the steps (or run them here): what they wrote in :attr:`files`, their
        seconds in ``timings``; raises what a step raised."""
        if self.done:
            return
        self.done = True
        if self.process is None:
            before = len(self.ctx.files)
            for name, step in self.steps:
                started = time.perf_counter()
                step(self.ctx)
                timings[name] = time.perf_counter() - started
            self.files = self.ctx.files[before:]
            del self.ctx.files[before:]
            return
        try:
            message = self.receiving.recv()
        except EOFError:
            message = ("error", None, f"exit code {self.process.exitcode}")
        except Exception as e:  # an exception that does not unpickle
            message = ("error", None, repr(e))
        self.process.join()
        if message[0] == "error":
            if isinstance(message[1], BaseException):
                raise message[1]
            raise RuntimeError(f"a step of build beside validation failed:\n{message[2]}")
        self.files = [Path(p) for p in message[1]]
        timings.update(message[2])
        if message[3] is not None:
            self.ctx.summary = message[3]


def _forks() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _staging(out: Path) -> Path:
    """An empty folder beside ``out`` that the steps write into; published when all is done."""
    import os
    import shutil

    from hytegraph.core.atomic import output_error

    staging = out.parent / f".{out.name}.build-{os.getpid()}"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir()
    except OSError as e:  # named as the first file build writes
        raise output_error(out / next(iter(OUTPUTS)), e) from None
    return staging


def _publish(staging: Path, out: Path, files: list[Path]) -> list[Path]:
    """Move what the steps wrote from ``staging`` into ``out``, each file replaced atomically
    (the site's folder swapped whole, as :func:`write_site` does; the overview ``map.html``
    last, so that it never links to a map not yet in place); the files' paths in ``out``."""
    import contextlib
    import os
    import shutil

    from hytegraph.core.atomic import output_error
    from hytegraph.web.site import _swap

    def place(rel: Path) -> None:
        target = out / rel
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):  # an existing file keeps its mode
                os.chmod(staging / rel, target.stat().st_mode & 0o7777)
            os.replace(staging / rel, target)
        except OSError as e:
            raise output_error(target, e) from None

    last = []
    for path in sorted(staging.rglob("*")):
        rel = path.relative_to(staging)
        if rel.parts[0] == SITE_DIR or path.is_dir():
            continue
        if rel == Path(MAP_FILE):
            last.append(rel)
            continue
        place(rel)
    if (staging / SITE_DIR).is_dir():
        try:
            _swap(staging / SITE_DIR, out / SITE_DIR)
        except OSError as e:
            raise output_error(out / SITE_DIR, e) from None
    for rel in last:
        place(rel)
    shutil.rmtree(staging, ignore_errors=True)
    return [out / p.relative_to(staging) for p in files]


def _fill_in_child(data_paths: list[str | Path]) -> None:
    try:
        load_graph(data_paths, cache=True)
    except BaseException:  # reported by the parent, which loads again and raises it there
        os._exit(1)
    os._exit(0)


def _fill_cache_apart(
    data_paths: list[str | Path], meanwhile: Callable[[], _T] | None = None
) -> _T | None:
    """Make the graph's cache entry, if it has to be made, in a process of its own, and run
    ``meanwhile`` here while it does (what it returns; None when nothing was forked).

    A first load parses the files into memory beside the on-disk store for the rules; the
    memory it leaves behind would stay with this process and be shared by every process that
    build forks beside validation. Made in a child that then exits, the entry is opened here
    as a warm one. Where the platform does not fork, the process already runs other threads
    (only a single-threaded process forks safely), or the cache is off, nothing is done;
    should the child fail, the parent's own load raises the same error with its message.
    """
    import multiprocessing

    from hytegraph.store import cache as graph_cache

    if not graph_cache.enabled() or "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:  # a fork copies no other thread: one holding a lock (RocksDB's own, say) would hang it
        if len(os.listdir("/proc/self/task")) != 1:
            return None
    except OSError:
        return None
    child = multiprocessing.get_context("fork").Process(target=_fill_in_child, args=(data_paths,))
    child.start()
    try:
        return meanwhile() if meanwhile is not None else None
    finally:
        child.join()


def _parse_inputs(data_paths: list[str | Path]) -> Parsed | None:
    """The input files parsed for the in-memory copy (:func:`parse_ahead`), or None; an input
    that cannot be read is left for the load to report."""
    from hytegraph.errors import HytegraphError
    from hytegraph.store.load import input_files

    try:
        files, _folders = input_files(data_paths)
        return parse_ahead(files)
    except HytegraphError:  # a workbook that does not read, say
        return None


def build(
    out_dir: str | Path = DEFAULT_OUT,
    data_paths: Sequence[str | Path] = (),
    *,
    backend: str = "oxigraph",
    lang: str = "fi",
    cache: bool = False,
    overview_above: int | None = None,
    steps: Sequence[tuple[str, Callable[[BuildContext], None]]] | None = None,
) -> BuildResult:
    """Write ``graph.ttl``, ``graph.jsonld``, the network map ``map.html`` (with ``maps/`` on a
    big network) and the static site ``site/`` (the places' pages only above
    :data:`SITE_LIMIT` entities) to ``out_dir``; the maps' nodes link to their pages in the
    site.

    Raises :class:`ValidationFailed` (carrying the report) when the graph does not validate,
    and then nothing in ``out_dir`` changes; ``lang`` is the language of the report's entity
    names and of the maps. The steps write into a staging folder beside ``out_dir`` (the first
    ones, :data:`BESIDE_VALIDATION`, in a process of their own while the graph is validated),
    and what they wrote is moved into ``out_dir`` file by file, each renamed into place, only
    once every step is done: no file is ever half-written, and nothing is published from a
    graph that does not validate. ``cache`` opens the graph from the on-disk cache (as the
    command line does); ``overview_above`` overrides
    :data:`hytegraph.views.overview.OVERVIEW_NODES`; ``steps`` replaces :data:`STEPS`.
    """
    import shutil

    from hytegraph.views.overview import OVERVIEW_NODES
    from hytegraph.web.site import _check_target

    timings: dict[str, float] = {}
    begun = started = time.perf_counter()
    chosen = list(STEPS if steps is None else steps)
    first = 0
    while first < len(chosen) and chosen[first][0] in BESIDE_VALIDATION:
        first += 1
    parsed: Parsed | None = None
    if cache and backend == "oxigraph":
        # the files parsed for the steps' copy while the entry is made (a core is partly idle)
        ahead = (lambda: _parse_inputs(list(data_paths))) if first and _forks() else None
        parsed = _fill_cache_apart(list(data_paths), ahead)
    store = load_graph(list(data_paths), backend=backend, cache=cache)
    timings["load"] = time.perf_counter() - started
    out = Path(out_dir)
    _check_target(out / SITE_DIR)
    staging = _staging(out)
    try:
        ctx = BuildContext(
            store=store,
            out=staging,
            lang=lang,
            overview_above=OVERVIEW_NODES if overview_above is None else overview_above,
        )
        besides: list[_Beside] = []
        try:
            if first and _forks():
                # made once and shared by the forked steps; dropped here, where nothing reads it
                started = time.perf_counter()
                ctx.copy = memory_copy(store, parsed)
                parsed = None
                if ctx.copy is not None:
                    timings["copy"] = time.perf_counter() - started
            # Without a copy to share (a graph above its size limit), the maps' process makes
            # a filtered copy of its own and writes the summary from it first.
            filtered = (
                ctx.copy is None
                and _forks()
                and any(name == "maps" for name, _step in chosen[:first])
                and copy_sources(store, MAX_FILTERED_TRIPLES) is not None
            )
            if ctx.copy is not None or filtered:
                # A second process shares the place maps once a core is free: read from the
                # copy, the graph files are done before validation, which then leaves a core;
                # with the filtered copy, the main process idles once validation and the site
                # are done (docs/performance.md, "build at 3M: the name index in the first
                # phase"). Read from the on-disk store, the steps take both cores throughout,
                # and a helper would only add memory.
                import multiprocessing

                ctx.core_free = multiprocessing.get_context("fork").Event()
            for name, step in chosen[:first]:
                if filtered and name == "maps":
                    with_copy = [("filtered copy", filtered_copy_step), ("summary", write_summary)]
                    besides.append(_Beside(ctx, [*with_copy, (name, step)]))
                else:
                    besides.append(_Beside(ctx, [(name, step)]))
            if not filtered:
                besides.append(_Beside(ctx, [("summary", write_summary)]))
            ctx.copy = None

            pending = list(besides)

            def finish() -> None:
                """Wait for the steps beside validation; their files first in ``ctx.files``."""
                for beside in pending:
                    beside.finish(timings)
                ctx.files[:0] = [path for beside in pending for path in beside.files]
                pending.clear()

            started = time.perf_counter()
            # the steps beside validation keep the second core busy: a thread for the shapes
            # only adds memory there (at 3M the build's tree 4.09 GB with it, 3.79 GB without;
            # docs/performance.md, "All of it together: the goals at 1M and 3M (issue 12,
            # 16:57 the same day)")
            report = validate(store, lang=lang, shapes_in_thread=False)
            timings["validate"] = time.perf_counter() - started
            if not report.ok:
                raise ValidationFailed(report)
            if ctx.core_free is not None and not filtered:  # the shared copy's graph files are done
                ctx.core_free.set()
            if filtered:
                # validation's working copy is freed: its memory back to the system before the
                # site, and before a second process shares the place maps
                from hytegraph.store.memory_copy import give_back_memory

                give_back_memory()
            for name, step in chosen[first:]:
                if name not in INDEPENDENT:
                    finish()
                started = time.perf_counter()
                step(ctx)
                timings[name] = time.perf_counter() - started
            if ctx.core_free is not None:
                ctx.core_free.set()
            finish()
            summary = ctx.summary if ctx.summary is not None else summarise(store)
        finally:
            for beside in besides:
                beside.stop()
        files = _publish(staging, out, ctx.files)
        if ctx.site is not None:
            ctx.site.path = out / SITE_DIR
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    order = ["load", "copy", "validate", "filtered copy"]
    order += [*(name for name, _step in chosen), "summary"]
    timings = {name: timings[name] for name in order if name in timings}
    timings["total"] = time.perf_counter() - begun
    return BuildResult(files=files, summary=summary, report=report, site=ctx.site, timings=timings)
