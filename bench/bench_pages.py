"""How long an entity's page takes on a large graph, and what a static site costs.

    python bench/bench_pages.py --data /tmp/national.ttl        # pages of a synthetic graph
    python bench/bench_pages.py --data /tmp/national.ttl --site /tmp/site

Opens the graph from the on-disk cache (built first if needed), then times
:func:`hytegraph.web.content.entity_page` (HTML) and
:func:`hytegraph.web.describe.description_graph` (the RDF answer) for a sample of entities of
each kind, and their Turtle. Baseline, measured in the same run on the same entities: one
SPARQL lookup of the entity's own triples (``SELECT ?s ?p ?o { ?s ?p ?o }`` with ``?s``
bound), the cheapest question the store answers about it; the ratio says how many such
lookups a page costs. ``--site DIR`` also writes the whole static site and reports its time and
size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--sample", type=int, default=30, help="entities per kind")
    parser.add_argument("--site", type=Path, help="also write the static site here")
    args = parser.parse_args()

    from rdflib import URIRef

    from hytegraph.core import resources
    from hytegraph.store.load import load_graph
    from hytegraph.web import content, describe
    from hytegraph.web.pages import Urls

    started = time.perf_counter()
    store = load_graph(args.data, cache=True)
    print(f"graph: {len(store):,} triples, opened in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    catalogue = content.Catalogue.of(store)
    entities = sum(len(v) for v in catalogue.by_kind.values())
    print(f"catalogue: {entities:,} named entities in {time.perf_counter() - started:.1f} s")
    lookup = resources.read_sparql("page_outgoing")
    urls = Urls()
    print()
    print("| kind | entities | page median | page max | RDF median | baseline median | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind in ("person", "body", "unit", "ngo", "municipality", "county", "source"):
        chosen = catalogue.by_kind.get(kind, [])
        step = max(1, len(chosen) // args.sample)
        sample = chosen[::step][: args.sample]
        if not sample:
            continue
        pages, rdf, base = [], [], []
        for entry in sample:
            t = time.perf_counter()
            store.select(lookup, {"s": URIRef(entry.iri)})
            base.append(time.perf_counter() - t)
            t = time.perf_counter()
            content.entity_page(store, entry.iri, urls, "fi", catalogue)
            pages.append(time.perf_counter() - t)
            t = time.perf_counter()
            describe.description_graph(store, entry.iri).serialize(format="turtle")
            rdf.append(time.perf_counter() - t)
        page_ms = statistics.median(pages) * 1000
        base_ms = statistics.median(base) * 1000
        print(
            f"| {kind} | {len(chosen):,} | {page_ms:.0f} ms | {max(pages) * 1000:.0f} ms | "
            f"{statistics.median(rdf) * 1000:.0f} ms | {base_ms:.2f} ms | "
            f"{page_ms / base_ms:.0f}x |"
        )
    if args.site:
        from hytegraph.web.site import write_site

        report = write_site(store, args.site)
        print()
        print(report.format())
        if report.queries_skipped:
            print("queries left out (slower than the limit):", ", ".join(report.queries_skipped))


if __name__ == "__main__":
    main()
