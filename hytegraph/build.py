"""The main job: load, validate, and write the merged graph (Turtle and JSON-LD) and the
network map, with a summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hytegraph.check.validate import ValidationReport, validate
from hytegraph.core import rdfio
from hytegraph.core.atomic import atomic_write_many
from hytegraph.errors import ValidationFailed
from hytegraph.store.load import load_graph
from hytegraph.views.mapview import render_map
from hytegraph.views.summary import Summary, summarise

DEFAULT_OUT = Path("build")

#: Output files, by name, and the format each is written in.
OUTPUTS = {"graph.ttl": "ttl", "graph.jsonld": "jsonld"}
#: The interactive network map written beside them (see :mod:`hytegraph.views.mapview`).
MAP_FILE = "map.html"


@dataclass
class BuildResult:
    files: list[Path]
    summary: Summary
    report: ValidationReport


def build(
    out_dir: str | Path = DEFAULT_OUT,
    data_paths: Sequence[str | Path] = (),
    *,
    backend: str = "oxigraph",
    lang: str = "fi",
) -> BuildResult:
    """Write ``graph.ttl``, ``graph.jsonld`` and the network map ``map.html`` to ``out_dir``.

    Raises :class:`ValidationFailed` (carrying the report) before writing anything when the
    graph does not validate; ``lang`` is the language of the report's entity names and of the
    map. Every file is staged first and then renamed into place.
    """
    store = load_graph(list(data_paths), backend=backend)
    report = validate(store, lang=lang)
    if not report.ok:
        raise ValidationFailed(report)
    graph = store.to_rdflib()
    out = Path(out_dir)
    contents: dict[Path, bytes | str] = {
        out / name: rdfio.serialize_graph(graph, fmt) for name, fmt in OUTPUTS.items()
    }
    contents[out / MAP_FILE] = render_map(store, lang=lang)
    atomic_write_many(contents)
    return BuildResult(files=list(contents), summary=summarise(store), report=report)
