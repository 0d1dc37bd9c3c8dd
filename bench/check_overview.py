"""Open a build's overview map and some of its per-place maps offline in headless Chromium.

    .venv/bin/python bench/check_overview.py BUILD_DIR [--maps 3]

Every request other than the build's own HTML files is blocked and reported. For the overview
and the first ``--maps`` maps it links to (in the order of its nodes), it prints the seconds
until the page is interactive (``window.hytegraphReady``), the number of nodes and edges, and
every console error or warning; the exit code is 1 when anything was blocked or logged.
Uses Debian's chromium (``/usr/bin/chromium``) through playwright.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--maps", type=int, default=3, help="per-place maps to open")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    root = args.build.resolve()
    overview = root / "map.html"
    blocked: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})

        def route(r) -> None:
            if r.request.url.startswith(root.as_uri() + "/") and (
                r.request.resource_type == "document"
            ):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))

        def open_map(path: Path) -> list[str]:
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.hytegraphReady === true", timeout=120_000)
            took = time.perf_counter() - started
            nodes, edges = page.evaluate("[hytegraphMap.nodes.length, hytegraphMap.edges.length]")
            print(
                f"{path.relative_to(root)}: interactive in {took:.2f} s, "
                f"{nodes} nodes, {edges} edges, {len(errors)} console errors so far",
                flush=True,
            )
            data = page.evaluate(
                "(() => { const d = JSON.parse(document.querySelector("
                "'script[type=\"application/json\"]').textContent);"
                " return [d.pages, d.nodes.filter(n => n[8]).map(n => n[0])]; })()"
            )
            pages, linked = data
            if not pages:
                return []
            return [
                pages["prefix"] + iri[len(pages["base"]) :] + pages["suffix"]
                for iri in linked
                if iri.startswith(pages["base"])
            ]

        links = open_map(overview)
        missing = [link for link in links if not (root / link).is_file()]
        print(f"overview links to {len(links)} maps; {len(missing)} missing")
        for link in links[: args.maps]:
            open_map(root / link)
        browser.close()
    for url in blocked:
        print(f"blocked: {url}")
    for message in errors:
        print(f"console: {message}")
    return 1 if blocked or errors or missing else 0


if __name__ == "__main__":
    sys.exit(main())
