"""The pages and the map in headless Chromium, on a desktop (1400 x 900) and a phone (390 x 844):
no console errors, no request outside the server (every other one is blocked and counted), no
serious or critical accessibility violation (axe-core, tests/vendor/), hostile labels shown as
text; the map's names never overlap, its view survives in the address, a phone reaches the
legend and a node's details.

Uses Debian's chromium through playwright (never a downloaded browser). One browser for the
module; skipped, with the reason, where either is missing.
"""

from __future__ import annotations

import shutil
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import wait_for_map

from hytegraph.store.load import load_graph
from hytegraph.views.network import build_network
from hytegraph.web.server import SparqlServer
from hytegraph.web.site import write_site
from tests.conftest import FIXTURES

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
ID = "https://w3id.org/hytegraph/id/"
VIRPI = ID + "person/virpi-mattila"
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("Chromium not found at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def store():
    return load_graph()


def _serve(store) -> Iterator[str]:
    srv = SparqlServer(store, "127.0.0.1", 0, timeout=20.0, workers=2)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.url
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def server(store) -> Iterator[str]:
    yield from _serve(store)


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[str]:
    yield from _serve(load_graph([FIXTURES / "network" / "xss.ttl"]))


class Tab:
    """A page in its own context: requests outside ``allowed`` blocked and recorded, console
    errors, page errors and dialogs recorded."""

    def __init__(self, browser, allowed: str, viewport: dict[str, int] = DESKTOP) -> None:
        self.allowed = allowed
        self.context = browser.new_context(viewport=viewport, has_touch=viewport is PHONE)
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        if route.request.url.startswith(self.allowed):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def open_map(self, url: str) -> None:
        self.page.goto(url)
        wait_for_map(self.page)
        self.page.wait_for_timeout(100)  # the names are drawn with the frame after ready

    def axe(self) -> list[str]:
        """Serious and critical violations (axe-core, evaluated by the test driver: the pages'
        own policy lets no other script in)."""
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        found = self.page.evaluate(
            """async () => {
                 const r = await axe.run(document, { resultTypes: ['violations'] });
                 return r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
                   .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target).join(' | '));
               }"""
        )
        return list(found)

    def close(self) -> None:
        self.context.close()


PAGES = {
    "home": "/",
    "entity": "/id/person/virpi-mattila",
    "organisation": "/id/org/espoo?lang=en",
    "source": "/id/source/espoo-2023-hyte-answers",
    "query": "/queries/who-chairs-what",
    "form": "/queries/actor-roles",
    "search": "/search?q=ohjausryhm%C3%A4",
    "sparql": "/sparql",
}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_clean_and_accessible(browser, server, name, viewport):
    tab = Tab(browser, server, viewport)
    try:
        tab.open(server + PAGES[name])
        assert tab.page.locator("h1").count() == 1
        assert tab.axe() == []
        assert tab.errors == [] and tab.blocked == []
        width = tab.page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"] + 1  # nothing wider than the screen
    finally:
        tab.close()


def test_keyboard_reaches_search_and_links(browser, server):
    tab = Tab(browser, server)
    try:
        tab.open(server + "/")
        tab.page.keyboard.press("Tab")
        assert tab.page.evaluate("document.activeElement.className") == "skip"
        tab.page.focus("#home-q")
        tab.page.keyboard.type("Virpi Mattila")
        tab.page.keyboard.press("Enter")
        tab.page.wait_for_load_state("load")
        tab.page.focus('a[href="/id/person/virpi-mattila"]')
        tab.page.keyboard.press("Enter")
        tab.page.wait_for_load_state("load")
        assert tab.page.inner_text("h1") == "Virpi Mattila"
    finally:
        tab.close()


def test_injection_in_pages_does_not_run(browser, hostile_server):
    tab = Tab(browser, hostile_server)
    try:
        for path in ("/id/person/xss", "/id/body/xss", "/id/source/xss", "/search?q=eve"):
            tab.open(hostile_server + path)
            for link in tab.page.locator("main a").all()[:5]:
                link.hover()
            assert tab.page.evaluate("window.__xss") is None, path
        tab.open(hostile_server + "/id/person/xss")
        assert "<img src=x" in tab.page.inner_text("h1")  # shown as text
        tab.open_map(hostile_server + "/map")
        assert tab.page.evaluate("window.__xss") is None
        assert tab.dialogs == [] and tab.blocked == [] and tab.errors == []
    finally:
        tab.close()


# ---------------------------------------------------------------------------------------------
# the map


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if (
                a["x"] < b["x"] + b["width"]
                and b["x"] < a["x"] + a["width"]
                and a["y"] < b["y"] + b["height"]
                and b["y"] < a["y"] + a["height"]
            ):
                found.append((a["label"], b["label"]))
    return found


def test_first_desktop_view_is_readable(browser, server):
    tab = Tab(browser, server, DESKTOP)
    try:
        tab.open_map(server + "/map")
        boxes = tab.page.evaluate("hytegraphMap.labelBoxes()")
        size = tab.page.locator("#network").bounding_box()
        assert len(boxes) >= 20
        assert overlapping(boxes) == []
        for box in boxes:  # none cut at an edge
            assert box["x"] >= 0 and box["y"] >= 0
            assert box["x"] + box["width"] <= size["width"]
            assert box["y"] + box["height"] <= size["height"]
        # the names really are on the canvas: drawn text matches the boxes
        assert all(box["label"] for box in boxes)
        assert tab.axe() == []
        assert tab.errors == [] and tab.blocked == []
    finally:
        tab.close()


def test_phone_reaches_legend_and_details(browser, server):
    tab = Tab(browser, server, PHONE)
    try:
        tab.open_map(server + "/map")
        assert tab.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert not tab.page.locator("#filters").is_visible()
        tab.page.tap("#toggle-filters")
        assert tab.page.locator("#filters").is_visible()
        assert tab.page.locator("#legend-kinds input").first.is_visible()
        assert tab.page.get_attribute("#toggle-filters", "aria-expanded") == "true"
        tab.page.tap("#toggle-filters")
        point = tab.page.evaluate(
            """(id) => { const n = hytegraphMap.network;
                         n.moveTo({ position: n.getPositions([id])[id], scale: 1.2 });
                         return n.canvasToDOM(n.getPositions([id])[id]); }""",
            VIRPI,
        )
        box = tab.page.locator("#network").bounding_box()
        tab.page.touchscreen.tap(box["x"] + point["x"], box["y"] + point["y"])
        tab.page.wait_for_selector("#panel", state="visible")
        assert tab.page.inner_text("#panel h2") == "Virpi Mattila"
        assert tab.page.get_attribute("#panel a.page-link", "href") == "/id/person/virpi-mattila"
        tab.page.tap("#panel .sheet-close")
        assert not tab.page.locator("#panel").is_visible()
        assert tab.errors == [] and tab.blocked == []
    finally:
        tab.close()


def test_shared_url_reopens_the_view(browser, server, store):
    graph = build_network(store)
    collectives = sum(1 for _n, k in graph.nodes(data="kind") if k == "collective")
    tab = Tab(browser, server)
    try:
        tab.open_map(server + "/map")
        tab.page.uncheck("#legend-kinds input[data-key=collective]")
        tab.page.uncheck("#legend-relations input[data-key=cooperates]")
        tab.page.fill("#search", "Virpi Mattila")
        tab.page.press("#search", "Enter")
        shared = tab.page.url
        assert "focus=" in shared and "hide-kinds=collective" in shared
        counts = tab.page.inner_text(".counts")
    finally:
        tab.close()
    other = Tab(browser, server)
    try:
        other.open_map(shared)
        assert other.page.evaluate("hytegraphMap.focus()") == VIRPI
        assert other.page.evaluate("hytegraphMap.network.getSelectedNodes()") == [VIRPI]
        assert not other.page.is_checked("#legend-kinds input[data-key=collective]")
        assert not other.page.is_checked("#legend-relations input[data-key=cooperates]")
        assert other.page.inner_text(".counts") == counts
        shown = int(other.page.inner_text("#node-count"))
        assert shown == graph.number_of_nodes() - collectives
        assert other.page.inner_text("#panel h2") == "Virpi Mattila"
    finally:
        other.close()


def test_counts_follow_filters_and_several_matches(browser, server, store):
    graph = build_network(store)
    people = [n for n, k in graph.nodes(data="kind") if k == "person"]
    people_edges = sum(1 for u, v in graph.edges() if u in people or v in people)
    tab = Tab(browser, server)
    try:
        tab.open_map(server + "/map")
        nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
        assert tab.page.inner_text("#node-count") == str(nodes)
        tab.page.uncheck("#legend-kinds input[data-key=person]")
        assert tab.page.inner_text("#node-count") == str(nodes - len(people))
        assert tab.page.inner_text("#edge-count") == str(edges - people_edges)
        tab.page.check("#legend-kinds input[data-key=person]")
        tab.page.fill("#search", "virpi")
        tab.page.press("#search", "Enter")
        choices = tab.page.locator("#matches button")
        assert choices.count() == 2
        assert tab.page.evaluate("hytegraphMap.network.getSelectedNodes()") == []
        tab.page.click(f'#matches button[data-id="{ID}person/virpi-mikama"]')
        assert tab.page.inner_text("#panel h2") == "Virpi Mikama"
        assert tab.page.locator("#matches button").count() == 0
    finally:
        tab.close()


def test_save_image(browser, server):
    tab = Tab(browser, server)
    try:
        tab.open_map(server + "/map")
        assert tab.page.evaluate("hytegraphMap.snapshot()").startswith("data:image/png;base64,")
        with tab.page.expect_download() as download:
            tab.page.click("#save")
        assert download.value.suggested_filename == "hytegraph-map.png"
        assert tab.errors == []
    finally:
        tab.close()


# ---------------------------------------------------------------------------------------------
# the static site


@pytest.fixture(scope="module")
def site(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    write_site(store, out)
    return out


def test_static_site_offline(browser, site):
    root = site.resolve().as_uri()
    tab = Tab(browser, root)
    try:
        tab.open(root + "/search.html?q=" + urllib.parse.quote("virpi"))
        tab.page.wait_for_selector("#results li")
        names = tab.page.locator("#results li a").all_inner_texts()
        assert names == ["Virpi Mattila", "Virpi Mikama"]
        tab.page.click("#results li a >> nth=0")
        tab.page.wait_for_load_state("load")
        assert tab.page.inner_text("h1") == "Virpi Mattila"
        assert tab.errors == []
        assert tab.axe() == []
        # axe reads the style sheets of a file:// page through fetch, which the page's
        # policy refuses (connect-src): its own complaint, not the page's
        tab.errors.clear()
        tab.page.click("a.on-map")
        wait_for_map(tab.page)
        assert tab.page.evaluate("hytegraphMap.focus()") == VIRPI
        tab.page.click("#panel a.page-link")
        tab.page.wait_for_load_state("load")
        assert tab.page.url.endswith("/id/person/virpi-mattila.html")
        assert tab.errors == [] and tab.blocked == []
    finally:
        tab.close()
