"""Load the ontology, the bundled data and any extra data (files, workbooks, folders of them)
into one store, then infer."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hytegraph.core import datafiles, resources
from hytegraph.store.info import GraphInfo

if TYPE_CHECKING:
    from hytegraph.store.base import Store


def load_file(store: Store, path: Path) -> None:
    """Add one input to ``store``: an RDF file parsed by the store, or the triples a registered
    reader gives for a workbook (:mod:`hytegraph.core.datafiles`)."""
    if path.is_dir() or datafiles.kind_of(path) != datafiles.RDF:
        store.add_triples(datafiles.read_triples(datafiles.DataFile(path, datafiles.WORKBOOK)))
    else:
        store.load_file(path)


def input_files(
    data_paths: Sequence[str | Path] = (),
    *,
    include_bundled: bool = True,
    include_ontology: bool = True,
) -> tuple[list[Path], list[Path]]:
    """The files :func:`load_graph` loads for these arguments, in order, and the data folders
    they come from; each input checked (exists, known type), nothing parsed."""
    files: list[Path] = []
    data_dirs: list[Path] = []
    if include_ontology:
        files.append(resources.ontology_file())
    bundled = resources.bundled_data_files() if include_bundled else []
    extra = datafiles.expand(data_paths, skip=bundled)
    if include_bundled:
        files.extend(bundled)
        data_dirs.append(resources.data_dir())
    files.extend(item.path for item in extra)
    for item in extra:
        if item.folder not in data_dirs:
            data_dirs.append(item.folder)
    return files, data_dirs


def load_graph(
    data_paths: Sequence[str | Path] = (),
    *,
    include_bundled: bool = True,
    include_ontology: bool = True,
    rules: Sequence[Path] | None = None,
    backend: str = "oxigraph",
    cache: bool = False,
) -> Store:
    """A store holding ``ontology/hyte.ttl``, the bundled ``data/*.ttl`` and ``data_paths``,
    with the inference rules applied.

    ``data_paths`` are RDF files (Turtle, TriG, JSON-LD, N-Triples, N-Quads), workbooks once
    the authoring layer has registered its reader, and folders of them (the files directly in
    a folder, by name; see :mod:`hytegraph.core.datafiles`). A file named twice, or also
    bundled, is loaded once. ``include_bundled=False`` leaves out the bundled data (the ontology
    stays unless ``include_ontology=False``); ``rules`` replaces the bundled rule files. Every
    input is checked (exists, known type) before anything is parsed; parsing is cached per
    process.

    ``cache=True`` (what the command line uses) opens the graph read-only from the on-disk
    cache of :mod:`hytegraph.store.cache`, building it first when an input changed (a file
    added to or removed from a data folder included); it applies to the oxigraph backend only
    and is ignored when ``HYTEGRAPH_NO_CACHE`` is set.
    """
    files, data_dirs = input_files(
        data_paths, include_bundled=include_bundled, include_ontology=include_ontology
    )
    rule_files = list(
        rules if rules is not None else (resources.rule_files() if include_ontology else [])
    )
    if cache and backend == "oxigraph":
        from hytegraph.store import cache as graph_cache

        if graph_cache.enabled():
            cached = _load_cached(files, data_dirs, rule_files)
            if cached is not None:
                return cached

    # the backends and the rules only when the graph is loaded here (a cached graph needs neither)
    from hytegraph.store.backends import new_store
    from hytegraph.store.inference import apply_rules

    store = new_store(backend)
    for path in files:
        load_file(store, path)
    report = apply_rules(store, rule_files)
    store.info = GraphInfo(files=files, data_dirs=data_dirs, inference=report)
    return store


def _load_cached(files: list[Path], data_dirs: list[Path], rule_files: list[Path]) -> Store | None:
    """The graph from the on-disk cache, or None (with a note) when the cache cannot be used."""
    from hytegraph.store import cache as graph_cache

    try:
        # The key covers the files themselves (resolved path, size, times, content sample; for
        # a workbook folder every file in it); how they were named on the command line does
        # not matter, and a data folder is the list of files found in it.
        store: Store = graph_cache.load(files, rule_files, {}, {})
    except (graph_cache.CorruptEntry, OSError) as e:
        print(f"hytegraph: the graph cache is unusable ({e}); loading in memory.", file=sys.stderr)
        return None
    saved = store.cache_entry.manifest["info"]  # type: ignore[attr-defined]
    store.info = GraphInfo(
        files=list(files),
        data_dirs=list(data_dirs),
        inference=graph_cache.inference_report(saved["inference"]),
    )
    return store
