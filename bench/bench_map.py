"""Benchmark of the network map: generation time and time until the page is interactive.

For synthetic networks of 500, 2,000 and 10,000 entities (bench/mapsynth.py) it measures

- the whole ``hytegraph --data FILE map -o OUT`` process (what a user waits for);
- inside one process: loading the graph (ontology, data, inference: the baseline every
  command pays), building the network, the layout, and writing the HTML;
- in headless Chromium (Debian's /usr/bin/chromium): the time from navigation start until
  the page has drawn its first frame and set ``window.hytegraphReady``, against a baseline
  page that holds only the same vis-network script and no data.

Run: ``/work/venv/bin/python bench/bench_map.py [--sizes 500,2000,10000] [--write]``;
``--write`` replaces the ``## Network map`` section of docs/performance.md.
"""

from __future__ import annotations

import argparse
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


def in_process(data: Path, out: Path) -> dict[str, float]:
    from hytegraph.graph import load_graph
    from hytegraph.layout import positions
    from hytegraph.mapview import render_graph
    from hytegraph.network import build_network

    t_load, store = timed(load_graph, [data])
    t_net, graph = timed(build_network, store)
    t_layout, _ = timed(positions, graph)
    t_html, html = timed(render_graph, graph)  # includes the layout again
    out.write_text(html, encoding="utf-8")
    return {
        "load": t_load,
        "network": t_net,
        "layout": t_layout,
        "html": t_html - t_layout,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "bytes": len(html.encode("utf-8")),
    }


def whole_command(data: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(HYTEGRAPH), "--data", str(data), "map", "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def baseline_page(folder: Path) -> Path:
    from hytegraph.mapview import VENDOR

    js = (VENDOR / "vis-network.min.js").read_text(encoding="utf-8")
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


def time_to_interactive(paths: list[Path], runs: int = 3) -> dict[Path, float]:
    """Median ms from navigation start to ``hytegraphReady`` for each page (fresh page each
    run, every request but the file itself blocked)."""
    from playwright.sync_api import sync_playwright

    out: dict[Path, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        for path in paths:
            samples = []
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                url = path.resolve().as_uri()
                page.route("**/*", only(url))
                page.goto(url)
                page.wait_for_function("window.hytegraphReady === true", timeout=120_000)
                samples.append(page.evaluate("window.hytegraphReadyAt"))
                page.close()
            out[path] = statistics.median(samples)
        browser.close()
    return out


def run(sizes: list[int]) -> str:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages = []
        for n in sizes:
            data = write_synthetic(folder / f"synth-{n}.ttl", n)
            (folder / "sources").mkdir(exist_ok=True)
            stats = in_process(data, folder / f"map-{n}.html")
            stats["command"] = whole_command(data, folder / f"cmd-{n}.html")
            stats["n"] = n
            rows.append(stats)
            pages.append(folder / f"map-{n}.html")
            print(f"{n}: {stats}", file=sys.stderr)
        base = baseline_page(folder)
        tti = time_to_interactive([base, *pages])
    base_ms = tti[base]
    lines = [
        "| entities | nodes | edges | HTML size | load graph (baseline) | network | layout | HTML "
        "| `hytegraph map` process | interactive in Chromium | vs. empty vis page |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for stats, page in zip(rows, pages, strict=True):
        map_time = stats["network"] + stats["layout"] + stats["html"]
        lines.append(
            f"| {stats['n']:,} | {stats['nodes']:,} | {stats['edges']:,} "
            f"| {stats['bytes'] / 1e6:.1f} MB | {stats['load']:.2f} s "
            f"| {stats['network']:.2f} s | {stats['layout']:.2f} s | {stats['html']:.2f} s "
            f"| {stats['command']:.2f} s ({map_time / stats['load']:.1f}x load for the map part) "
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
(`bench/mapsynth.py`: people,
city units, NGOs, collectives, bodies and documents in the project ontology, about 1.5 qualified
facts per entity, each with its own evidence node) plus the bundled Espoo data. Times are for
this machine (2 cores); *interactive* is the median of three page loads in headless Chromium,
from navigation start until the first frame is drawn and the page script has attached search,
filters and tooltips (`window.hytegraphReady`), with every network request blocked.
"""

DOC_NOTES = """Where the time goes:

- *load graph* is what every command pays (parsing, then the inference rules); it is the
  baseline the map part is compared with.
- *network* runs six internal SPARQL queries and turns the rows into a networkx graph; most of
  it is converting result terms. *layout* is igraph's Fruchterman-Reingold (500 rounds up to
  2,000 nodes, 300 above). *HTML* is assembling the vis-network data and escaping it.
- In the browser, most of the time is vis-network creating its node and edge objects; the
  first frame itself is short because positions are precomputed, physics is off and edges are
  straight. Relation labels on the lines are left off above 3,000 edges.
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
