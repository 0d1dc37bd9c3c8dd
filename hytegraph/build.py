"""The main job: load, validate, and write the merged graph (Turtle and JSON-LD), the
network map and the static site, with a summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hytegraph.check.validate import ValidationReport, validate
from hytegraph.core import rdfio
from hytegraph.core.atomic import atomic_write_many
from hytegraph.core.namespaces import BASE
from hytegraph.errors import ValidationFailed
from hytegraph.store.load import load_graph
from hytegraph.views.mapview import render_map
from hytegraph.views.summary import Summary, summarise
from hytegraph.web.site import SiteReport, planned_pages, write_site

DEFAULT_OUT = Path("build")

#: Output files, by name, and the format each is written in.
OUTPUTS = {"graph.ttl": "ttl", "graph.jsonld": "jsonld"}
#: The interactive network map written beside them (see :mod:`hytegraph.views.mapview`).
MAP_FILE = "map.html"
#: The static site (:mod:`hytegraph.web.site`), in this folder of the output.
SITE_DIR = "site"
#: ``build`` writes the pages of at most this many entities (the most central kinds first);
#: ``hytegraph site -o DIR`` writes every page (docs/performance.md: 24,636 entities at 1M
#: triples, about 16 ms of CPU each).
SITE_LIMIT = 20_000


@dataclass
class BuildResult:
    files: list[Path]
    summary: Summary
    report: ValidationReport
    site: SiteReport | None = None


def build(
    out_dir: str | Path = DEFAULT_OUT,
    data_paths: Sequence[str | Path] = (),
    *,
    backend: str = "oxigraph",
    lang: str = "fi",
) -> BuildResult:
    """Write ``graph.ttl``, ``graph.jsonld``, the network map ``map.html`` and the static site
    ``site/`` (up to :data:`SITE_LIMIT` entities) to ``out_dir``; the map's nodes link to
    their pages in the site.

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
    only = planned_pages(store, limit=SITE_LIMIT)
    pages = {"base": BASE, "prefix": f"{SITE_DIR}/", "suffix": ".html", "only": only}
    contents[out / MAP_FILE] = render_map(store, lang=lang, pages=pages)
    atomic_write_many(contents)
    # the site after the graph: it is swapped in whole, so a failure leaves the earlier one
    site = write_site(store, out / SITE_DIR, lang=lang, limit=SITE_LIMIT)
    return BuildResult(files=list(contents), summary=summarise(store), report=report, site=site)
