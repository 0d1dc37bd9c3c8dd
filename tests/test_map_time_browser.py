"""The map's date field in headless Chromium, on the two-page fixture (tests/fixtures/time):
edges not in force on the chosen day are hidden, the page says which day it shows, it works
offline and logs no errors. Uses Debian's chromium through playwright; skipped, with the
reason, where either is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import wait_for_map

from hytegraph.authoring import read_workbook
from hytegraph.store.load import load_graph
from hytegraph.views.mapview import write_map
from tests.conftest import FIXTURES

CHROMIUM = Path("/usr/bin/chromium")

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("Chromium not found at /usr/bin/chromium", allow_module_level=True)

TIAINEN = "https://w3id.org/hytegraph/id/person/tiainen"
RIMPILA = "https://w3id.org/hytegraph/id/person/rimpila"
IKAHEIMONEN = "https://w3id.org/hytegraph/id/person/ikaheimonen"


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("timemap")
    ttl = folder / "time.ttl"
    read_workbook(FIXTURES / "time" / "workbook").serialize(ttl, format="turtle")
    store = load_graph([ttl], include_bundled=False)
    return write_map(folder / "map.html", store, lang="fi", as_of="2023-06-01")


@pytest.fixture(scope="module")
def page(map_file):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        url = map_file.resolve().as_uri()
        blocked: list[str] = []
        errors: list[str] = []

        def route(r):
            if r.request.url == url:
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        pg = context.new_page()
        pg.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(url)
        wait_for_map(pg)
        yield pg, errors, blocked
        browser.close()


def connected(pg, iri: str) -> int:
    """How many edges of ``iri`` are drawn."""
    return pg.evaluate("""(id) => window.hytegraphMap.network.getConnectedEdges(id).length""", iri)


def test_the_page_opens_on_the_given_day_and_says_so(page):
    pg, errors, blocked = page
    assert pg.evaluate("window.hytegraphMap.asOf()") == "2023-06-01"
    assert pg.input_value("#as-of") == "2023-06-01"
    assert pg.text_content("#as-of-status") == "Tilanne päivänä 1.6.2023"
    # the Swedish page's secretary is drawn, the Finnish page's is not yet
    assert connected(pg, TIAINEN) == 1
    assert connected(pg, RIMPILA) == 0
    assert errors == [] and blocked == []


def test_another_day_hides_and_shows_edges(page):
    pg, errors, _blocked = page
    pg.fill("#as-of", "2024-06-01")
    pg.dispatch_event("#as-of", "change")
    assert pg.text_content("#as-of-status") == "Tilanne päivänä 1.6.2024"
    assert connected(pg, TIAINEN) == 0  # another secretary named by the later page
    assert connected(pg, RIMPILA) == 1
    assert connected(pg, IKAHEIMONEN) == 1  # only missing from the later page: still cited
    shown = int(pg.text_content("#edge-count"))
    pg.fill("#as-of", "2022-01-01")
    pg.dispatch_event("#as-of", "change")
    assert int(pg.text_content("#edge-count")) == 0
    pg.click("#as-of-clear")
    assert pg.text_content("#as-of-status") == "kaikki ajat"
    assert int(pg.text_content("#edge-count")) > shown
    assert connected(pg, TIAINEN) == 1 and connected(pg, RIMPILA) == 1
    assert "date=all" in pg.evaluate("window.location.hash")
    assert errors == []


def test_ended_and_planned_facts_are_not_in_force_by_their_citations(page, tmp_path):
    """A membership whose status is ended or planned and that has no dates of its own is not in
    force on any day, as in the lookups (docs/time.md); one with its own dates follows them."""
    from test_time import STATUSES

    ttl = tmp_path / "statuses.ttl"
    ttl.write_text(STATUSES, encoding="utf-8")
    html = write_map(tmp_path / "map.html", load_graph([ttl], include_bundled=False), lang="en")
    person = "https://w3id.org/hytegraph/id/person/"
    browser = page[0].context.browser  # the module's browser: one playwright per process
    context = browser.new_context()
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
    )
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(html.resolve().as_uri())
    wait_for_map(pg)
    # every edge without a date
    assert connected(pg, person + "a") == 1 and connected(pg, person + "b") == 1
    pg.fill("#as-of", "2023-06-01")
    pg.dispatch_event("#as-of", "change")
    shown = {s: connected(pg, person + s) for s in "abcdef"}
    context.close()
    # a: ended, b: planned (cited by a source of 2023-02-01); c: ended, but its own end is
    # 2023; d: cited only in 2024; e: cited in 2023; f: only by an undated source
    assert shown == {"a": 0, "b": 0, "c": 1, "d": 0, "e": 1, "f": 0}
    assert errors == []
