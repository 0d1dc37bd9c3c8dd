"""Load the ontology, the bundled data and any extra data files into one store, then infer."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from hytegraph.core import rdfio, resources
from hytegraph.store.backends import new_store
from hytegraph.store.base import Store
from hytegraph.store.inference import apply_rules
from hytegraph.store.info import GraphInfo


def load_graph(
    data_paths: Sequence[str | Path] = (),
    *,
    include_bundled: bool = True,
    include_ontology: bool = True,
    rules: Sequence[Path] | None = None,
    backend: str = "oxigraph",
    cache: bool = False,
) -> Store:
    """A store holding ``ontology/hyte.ttl``, the bundled ``data/*.ttl`` and ``data_paths``
    (Turtle, TriG or JSON-LD), with the inference rules applied.

    ``include_bundled=False`` leaves out the bundled data (the ontology stays unless
    ``include_ontology=False``); ``rules`` replaces the bundled rule files. Every extra file is
    checked (exists, known type) before anything is parsed; parsing is cached per process.

    ``cache=True`` (what the command line uses) opens the graph read-only from the on-disk
    cache of :mod:`hytegraph.store.cache`, building it first when an input changed; it applies to
    the oxigraph backend only and is ignored when ``HYTEGRAPH_NO_CACHE`` is set.
    """
    extra = [rdfio.check_readable(Path(p)) for p in data_paths]
    files: list[Path] = []
    data_dirs: list[Path] = []
    if include_ontology:
        files.append(resources.ontology_file())
    if include_bundled:
        files.extend(resources.bundled_data_files())
        data_dirs.append(resources.data_dir())
    files.extend(extra)
    for path in extra:
        parent = path.resolve().parent
        if parent not in data_dirs:
            data_dirs.append(parent)

    rule_files = list(
        rules if rules is not None else (resources.rule_files() if include_ontology else [])
    )
    if cache and backend == "oxigraph":
        from hytegraph.store import cache as graph_cache

        if graph_cache.enabled():
            cached = _load_cached(files, data_dirs, rule_files)
            if cached is not None:
                return cached

    store = new_store(backend)
    for path in files:
        store.load_file(path)
    report = apply_rules(store, rule_files)
    store.info = GraphInfo(files=files, data_dirs=data_dirs, inference=report)
    return store


def _load_cached(files: list[Path], data_dirs: list[Path], rule_files: list[Path]) -> Store | None:
    """The graph from the on-disk cache, or None (with a note) when the cache cannot be used."""
    from hytegraph.store import cache as graph_cache

    try:
        # The key covers the files themselves (resolved path, size, times, content sample);
        # how they were named on the command line does not matter.
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
