"""Benchmark of the network map: generation time and time until the page is interactive.

For synthetic networks of 500, 2,000 and 10,000 entities (bench/mapsynth.py) it measures

- the whole ``hytegraph --data FILE map -o OUT`` process (what a user waits for), twice with
  a fresh on-disk graph cache (:mod:`hytegraph.store.cache`, when it is there): *cold*, which builds
  the cache, and *warm*, which opens it;
- inside one process: loading the graph in memory (ontology, data, inference: the baseline
  every command pays), building the network, the layout, and writing the HTML; and building
  the network again from the warm cache's on-disk store;
- in headless Chromium (Debian's /usr/bin/chromium): the time from navigation start until
  the page has drawn its first frame and set ``window.hytegraphReady``, against a baseline
  page that holds only the same vis-network script and no data.

Run: ``/work/venv/bin/python bench/bench_map.py [--sizes 500,2000,10000] [--write]``;
``--write`` replaces the ``## Network map`` section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mapsynth import write_synthetic  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
HYTEGRAPH = Path(sys.executable).parent / "hytegraph"


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def has_cache() -> bool:
    try:
        from hytegraph.store import cache  # noqa: F401
    except ImportError:
        return False
    import inspect

    from hytegraph.store.load import load_graph

    return "cache" in inspect.signature(load_graph).parameters


def in_process(data: Path, out: Path) -> dict[str, float]:
    from hytegraph.store.load import load_graph
    from hytegraph.views import layout
    from hytegraph.views.layout import positions
    from hytegraph.views.mapview import render_graph
    from hytegraph.views.network import build_network

    t_load, store = timed(load_graph, [data])
    t_net, graph = timed(build_network, store)
    t_layout, placed = timed(positions, graph)
    layout.positions = lambda _graph, **_options: placed  # render_graph reuses this layout
    try:
        t_html, html = timed(render_graph, graph)
    finally:
        layout.positions = positions
    out.write_text(html, encoding="utf-8")
    stats = {
        "load": t_load,
        "network": t_net,
        "layout": t_layout,
        "html": t_html,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "bytes": len(html.encode("utf-8")),
    }
    if has_cache():  # the network from the on-disk store a warm command reads
        cached = load_graph([data], cache=True)  # the command before built the entry
        stats["network_disk"], _ = timed(build_network, cached)
    return stats


def whole_command(data: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(HYTEGRAPH), "--data", str(data), "map", "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def baseline_page(folder: Path) -> Path:
    from hytegraph.views.mapview import vis_network_dir

    js = (vis_network_dir() / "vis-network.min.js").read_text(encoding="utf-8")
    page = folder / "baseline.html"
    page.write_text(
        "<!DOCTYPE html><html><body><div id=n style='height:600px'></div><script>"
        + js
        + "</script><script>var net = new vis.Network(document.getElementById('n'), "
        "{nodes: [], edges: []}, {physics: false}); requestAnimationFrame(function () {"
        "window.hytegraphReadyAt = performance.now(); window.hytegraphReady = true; });"
        "</script></body></html>",
        encoding="utf-8",
    )
    return page


def only(url: str):
    """A route handler that lets ``url`` through and aborts every other request."""

    def handle(route) -> None:
        if route.request.url == url:
            route.continue_()
        else:
            route.abort()

    return handle


def time_to_interactive(paths: list[Path], runs: int = 5) -> dict[Path, float]:
    """Median ms from navigation start to ``hytegraphReady`` for each page (fresh page each
    run, every request but the file itself blocked). The pages take turns, so that other work
    on the machine weighs on all of them alike."""
    from playwright.sync_api import sync_playwright

    samples: dict[Path, list[float]] = {path: [] for path in paths}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        for _ in range(runs):
            for path in paths:
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                url = path.resolve().as_uri()
                page.route("**/*", only(url))
                page.goto(url)
                page.wait_for_function("window.hytegraphReady === true", timeout=120_000)
                samples[path].append(page.evaluate("window.hytegraphReadyAt"))
                page.close()
        browser.close()
    return {path: statistics.median(values) for path, values in samples.items()}


def run(sizes: list[int]) -> str:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["HYTEGRAPH_CACHE_DIR"] = str(folder / "cache")  # a fresh cache, for both
        os.environ.pop("HYTEGRAPH_NO_CACHE", None)
        pages = []
        for n in sizes:
            data = write_synthetic(folder / f"synth-{n}.ttl", n)
            (folder / "sources").mkdir(exist_ok=True)
            stats = {"cold": whole_command(data, folder / f"cmd-{n}.html")}
            stats["warm"] = whole_command(data, folder / f"cmd-{n}.html")
            stats.update(in_process(data, folder / f"map-{n}.html"))
            stats["n"] = n
            rows.append(stats)
            pages.append(folder / f"map-{n}.html")
            print(f"{n}: {stats}", file=sys.stderr)
        base = baseline_page(folder)
        tti = time_to_interactive([base, *pages])
    base_ms = tti[base]
    lines = [
        "| entities | nodes | edges | HTML size | load graph (baseline) | network (in memory "
        "/ cached on disk) | layout | HTML | `hytegraph map` cold / warm | interactive in "
        "Chromium | vs. empty vis page |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for stats, page in zip(rows, pages, strict=True):
        disk = f" / {stats['network_disk']:.2f} s" if "network_disk" in stats else ""
        lines.append(
            f"| {stats['n']:,} | {stats['nodes']:,} | {stats['edges']:,} "
            f"| {stats['bytes'] / 1e6:.1f} MB | {stats['load']:.2f} s "
            f"| {stats['network']:.2f} s{disk} | {stats['layout']:.2f} s "
            f"| {stats['html']:.2f} s | {stats['cold']:.2f} s / {stats['warm']:.2f} s "
            f"| {tti[page] / 1000:.2f} s | {tti[page] / base_ms:.1f}x |"
        )
    lines.append("")
    lines.append(f"Empty vis-network page (baseline): interactive after {base_ms / 1000:.2f} s.")
    return "\n".join(lines) + "\n"


def write_section(table: str) -> None:
    doc = ROOT / "docs" / "performance.md"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
    intro = (DOC_INTRO + "\n" + table + "\n" + DOC_NOTES).rstrip() + "\n"
    section = "## Network map\n\n" + intro
    pattern = re.compile(r"^## Network map\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text)
    else:
        text = text.rstrip() + "\n\n" + section
    doc.write_text(text, encoding="utf-8")


DOC_INTRO = """Measured with `bench/bench_map.py` on synthetic networks
(`bench/mapsynth.py`: people, city units, NGOs, collectives, bodies and documents in the
project ontology, about 1.5 qualified facts per entity, each with its own evidence node) plus
the bundled Espoo data. Times are for this machine (2 cores; the table below was measured
with the machine otherwise idle, load average below 1; on a busy machine single numbers vary
by ±50 %, the ratio to the empty page less).
*interactive* is the median of five page loads in headless Chromium, taking turns with the
other pages, from navigation start until the first frame is drawn with search, filters and
tooltips attached (`window.hytegraphReady`), with every network request blocked. *cold* is the
first `hytegraph map` after a change (it also builds the on-disk graph cache of
`hytegraph.store.cache`), *warm* a repeated one.

Goals (issue): `hytegraph map` for 10,000 nodes in under 3 s, and the page interactive within
2 s in headless Chromium.
"""

DOC_NOTES = """Goals:

- **`hytegraph map` under 3 s for 10,000 nodes: met on every run after the first** (warm,
  1.1 s). The first run after the data changes takes about 5 s, because it also builds the
  graph cache (parse, inference rules, on-disk store, name index) and saves the network
  there; `--no-cache` runs skip the cache and pay load + network every time.
- **Interactive within 2 s in headless Chromium: met, narrowly** (1.91 s, median of five
  loads, about 10 times the empty vis-network page). On a busy machine it was 3.3 to 3.5 s.

Where the time goes:

- *load graph* is what every command pays without the cache (parsing, then the inference
  rules); a warm command opens the cache instead, in a few hundredths of a second.
- *network* runs six internal SPARQL queries through `Store.select_plain` (rows as plain
  strings, no rdflib terms) and builds the networkx graph. On a cached graph the network is
  saved in the cache entry the first time (`network-<lang>-<fingerprint>.pickle`, the
  fingerprint covering the code and queries that build it) and read back afterwards: the
  *cached on disk* column. Querying the on-disk store instead takes two to three times as
  long as in memory, because every result term is read back from disk.
- *layout* is igraph's Fruchterman-Reingold, 500 rounds up to 2,000 nodes and 150 above (the
  picture of a big graph is the same after 150 rounds). *HTML* assembles compact page data
  (lists, not objects; repeated texts such as source names stored once): 3.0 MB instead of
  6.8 MB for 10,000 nodes.
- The command imports networkx, igraph and jinja2, never pyshacl or pyvis.
- In the browser about two thirds of the time is vis-network creating its node and edge
  objects; the rest is parsing the page and the first frame. Above 2,000 nodes the page draws
  node names itself, only for nodes in view and once they are readable, instead of handing
  them to vis-network, which measures every name before the first frame; above 3,000 edges the
  relation labels are left off the lines. Search suggestions are filled in after the first
  frame and the search index is built on the first search.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,10000")
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    args = parser.parse_args()
    table = run([int(s) for s in args.sizes.split(",")])
    print(table)
    if args.write:
        write_section(table)


if __name__ == "__main__":
    main()
