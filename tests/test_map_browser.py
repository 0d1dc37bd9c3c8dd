"""The map in headless Chromium: offline, no errors, counts, search, hover, no injection.

Uses Debian's chromium through playwright (never a downloaded browser). Skipped, with the
reason, where either is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import wait_for_map

from hytegraph.store.load import load_graph
from hytegraph.views.mapview import write_map
from hytegraph.views.network import ID, build_network
from tests.conftest import FIXTURES

CHROMIUM = Path("/usr/bin/chromium")
XSS = FIXTURES / "network" / "xss.ttl"
XSS_TITLE = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>'

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("Chromium not found at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield browser
        browser.close()


class Page:
    """A map opened from disk with every other request blocked and every problem recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on(
            "console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text)
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        wait_for_map(self.page)

    def _route(self, route) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def node_position(self, iri: str) -> tuple[float, float]:
        """Where the node is on screen (page coordinates)."""
        box = self.page.locator("#network").bounding_box()
        point = self.page.evaluate(
            """(id) => { const n = window.hytegraphMap.network;
                          return n.canvasToDOM(n.getPositions([id])[id]); }""",
            iri,
        )
        return box["x"] + point["x"], box["y"] + point["y"]

    def hover(self, iri: str) -> None:
        x, y = self.node_position(iri)
        self.page.mouse.move(x - 40, y - 40)
        self.page.mouse.move(x, y, steps=4)
        self.page.wait_for_selector("#tooltip", state="visible", timeout=5_000)


@pytest.fixture(scope="module")
def bundled(browser, tmp_path_factory):
    store = load_graph()
    path = write_map(tmp_path_factory.mktemp("map") / "map.html", store)
    page = Page(browser, path)
    yield page, build_network(store)
    page.context.close()


@pytest.fixture(scope="module")
def hostile(browser, tmp_path_factory):
    store = load_graph([XSS])
    path = write_map(tmp_path_factory.mktemp("xss") / "map.html", store, title=XSS_TITLE)
    page = Page(browser, path)
    yield page
    page.context.close()


def test_loads_offline_without_errors(bundled):
    page, _graph = bundled
    assert page.blocked == []
    assert page.errors == []
    assert page.page.evaluate("document.documentElement.getAttribute('data-ready')") == "true"


def test_counts_match_the_graph(bundled):
    page, graph = bundled
    counts = page.page.evaluate(
        "[hytegraphMap.nodes.length, hytegraphMap.edges.length,"
        " hytegraphMap.network.body.nodeIndices.length,"
        " hytegraphMap.network.body.edgeIndices.length]"
    )
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()] * 2
    assert page.page.inner_text("#node-count") == str(graph.number_of_nodes())


def test_search_selects_the_node(bundled):
    page, _graph = bundled
    page.page.fill("#search", "virpi mattila")
    page.page.press("#search", "Enter")
    selected = page.page.evaluate("hytegraphMap.network.getSelectedNodes()")
    assert selected == [ID + "person/virpi-mattila"]
    assert page.page.inner_text("#panel h2") == "Virpi Mattila"
    # the neighbourhood is highlighted: the chaired group stays bright, the rest is dimmed
    opacity = page.page.evaluate(
        "(ids) => ids.map(id => hytegraphMap.nodes.get(id).opacity)",
        [ID + "body/lasten-ja-nuorten-ohjausryhma", ID + "org/espoo"],
    )
    assert opacity == [None, 0.15]
    page.page.click("#clear")
    page.page.fill("#search", "no such name at all")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#search-status") == "Ei osumia"


def test_hover_shows_the_evidence(bundled):
    page, _graph = bundled
    page.hover(ID + "person/virpi-mattila")
    text = page.page.inner_text("#tooltip")
    assert "Virpi Mattila" in text
    assert "henkilö" in text
    assert "(pj. Virpi Mattila)" in text  # the quote
    assert "Kohta 3" in text  # its source item


def test_filters_hide_kinds(bundled):
    page, graph = bundled
    people = sum(1 for _n, k in graph.nodes(data="kind") if k == "person")
    page.page.uncheck("#legend-kinds input[data-key=person]")
    shown = page.page.evaluate("hytegraphMap.network.body.nodeIndices.length")
    assert shown == graph.number_of_nodes() - people
    page.page.check("#legend-kinds input[data-key=person]")
    assert (
        page.page.evaluate("hytegraphMap.network.body.nodeIndices.length")
        == graph.number_of_nodes()
    )


def test_injection_does_not_execute(hostile):
    page = hostile
    eve = ID + "person/xss"
    page.hover(eve)
    assert "Lainaus <img" in page.page.inner_text("#tooltip")  # shown as text
    page.page.fill("#search", "Eve")
    page.page.press("#search", "Enter")
    if page.page.locator("#matches button").count():  # several matches: pick Eve
        page.page.click(f'#matches button[data-id="{eve}"]')
    assert page.page.evaluate("hytegraphMap.network.getSelectedNodes()") == [eve]
    panel = page.page.inner_text("#panel")
    assert "onerror" in panel and "Lainaus <img" in panel
    x, y = page.node_position(ID + "body/xss")
    page.page.mouse.move(x, y, steps=3)
    page.page.wait_for_timeout(200)
    assert page.page.evaluate("window.__xss") is None
    assert (
        page.page.evaluate("document.querySelectorAll('img, #panel script, #tooltip b').length")
        == 0
    )
    assert page.page.inner_text("#heading") == XSS_TITLE
    assert page.page.title() == XSS_TITLE
    assert page.dialogs == []
    assert page.blocked == []
    assert page.errors == []


@pytest.fixture(scope="module")
def big_mode(browser, tmp_path_factory):
    """The bundled map written as a big map is (names drawn by the page, no edge labels)."""
    from hytegraph.views import mapview

    store = load_graph()
    limits = mapview.NODE_LABEL_LIMIT, mapview.EDGE_LABEL_LIMIT
    mapview.NODE_LABEL_LIMIT = mapview.EDGE_LABEL_LIMIT = 0
    try:
        path = write_map(tmp_path_factory.mktemp("big") / "map.html", store)
    finally:
        mapview.NODE_LABEL_LIMIT, mapview.EDGE_LABEL_LIMIT = limits
    page = Page(browser, path)
    yield page, build_network(store)
    page.context.close()


def test_big_mode_keeps_every_node_findable(big_mode):
    page, graph = big_mode
    assert page.errors == [] and page.blocked == []
    counts = page.page.evaluate(
        "[hytegraphMap.network.body.nodeIndices.length,"
        " hytegraphMap.network.body.edgeIndices.length]"
    )
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]
    # vis-network gets no names (the page draws them) and never an HTML tooltip
    assert (
        page.page.evaluate(
            "hytegraphMap.nodes.get().concat(hytegraphMap.edges.get())"
            ".filter(i => 'label' in i || 'title' in i).length"
        )
        == 0
    )
    # every node is found by its name, in its own name's place in the page's tables
    labels = {n: d["label_fi"] for n, d in graph.nodes(data=True)}
    found = page.page.evaluate(
        "(labels) => Object.entries(labels).filter(([id, name]) =>"
        " hytegraphMap.search(name).includes(id) && hytegraphMap.label(id) === name).length",
        labels,
    )
    assert found == len(labels)
    page.page.fill("#search", "virpi mattila")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#panel h2") == "Virpi Mattila"
    page.page.click("#clear")


def test_big_mode_tooltips_and_names_on_zoom(big_mode):
    page, _graph = big_mode
    virpi = ID + "person/virpi-mattila"
    page.hover(virpi)
    text = page.page.inner_text("#tooltip")
    assert "Virpi Mattila" in text and "(pj. Virpi Mattila)" in text
    drawn = page.page.evaluate(
        """(id) => {
             const texts = [];
             const original = CanvasRenderingContext2D.prototype.fillText;
             CanvasRenderingContext2D.prototype.fillText = function (t, x, y) {
               texts.push(String(t)); return original.apply(this, arguments); };
             const net = hytegraphMap.network;
             net.moveTo({ position: net.getPositions([id])[id], scale: 0.1 });
             net.redraw();
             const far = texts.slice();
             net.moveTo({ position: net.getPositions([id])[id], scale: 1.5 });
             net.redraw();
             CanvasRenderingContext2D.prototype.fillText = original;
             return [far, texts.slice(far.length)];
           }""",
        virpi,
    )
    far, near = drawn
    # far out only the most important names fit; hers appears as one zooms in
    assert "Virpi Mattila" not in far
    assert "Virpi Mattila" in near
    assert page.errors == []
