"""Load the ontology, the bundled data and any extra data files into one store, then infer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hytegraph import rdfio, resources
from hytegraph.inference import InferenceReport, apply_rules
from hytegraph.store import Store, new_store


@dataclass
class GraphInfo:
    """Where a loaded graph came from; validation uses ``data_dirs`` to find source texts."""

    files: list[Path] = field(default_factory=list)
    data_dirs: list[Path] = field(default_factory=list)
    inference: InferenceReport = field(default_factory=InferenceReport)


def load_graph(
    data_paths: Sequence[str | Path] = (),
    *,
    include_bundled: bool = True,
    include_ontology: bool = True,
    rules: Sequence[Path] | None = None,
    backend: str = "oxigraph",
) -> Store:
    """A store holding ``ontology/hyte.ttl``, the bundled ``data/*.ttl`` and ``data_paths``
    (Turtle, TriG or JSON-LD), with the inference rules applied.

    ``include_bundled=False`` leaves out the bundled data (the ontology stays unless
    ``include_ontology=False``); ``rules`` replaces the bundled rule files. Every extra file is
    checked (exists, known type) before anything is parsed; parsing is cached per process.
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

    store = new_store(backend)
    for path in files:
        store.load_file(path)
    rule_files = (
        rules if rules is not None else (resources.rule_files() if include_ontology else [])
    )
    report = apply_rules(store, rule_files)
    store.info = GraphInfo(files=files, data_dirs=data_dirs, inference=report)
    return store
