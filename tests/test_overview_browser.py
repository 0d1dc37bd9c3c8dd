"""The overview map of ``build`` in headless Chromium: it opens offline with no console error,
a municipality's "open page" link leads to that municipality's map, which opens offline too.

The bundled data is small, so the overview is forced (``overview_above=0``). Uses Debian's
chromium through playwright (never a downloaded browser); skipped, with the reason, where
either is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import wait_for_map

from hytegraph import build as build_mod
from hytegraph.core.namespaces import ID

CHROMIUM = Path("/usr/bin/chromium")

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("Chromium not found at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("overview") / "build"
    build_mod.build(out, overview_above=0)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        blocked: list[str] = []
        errors: list[str] = []
        root = out.resolve().as_uri()

        def route(r) -> None:
            # only the build's own files, and only the HTML pages themselves
            if r.request.url.startswith(root + "/") and r.request.resource_type == "document":
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        yield out, page, blocked, errors
        browser.close()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_for_map(page)


def test_overview_and_its_links_work_offline(site):
    out, page, blocked, errors = site
    _open(page, (out / "map.html").resolve().as_uri())
    kinds = page.evaluate("hytegraphMap.nodes.get().map(n => n.id)")
    espoo = ID + "org/espoo"
    assert espoo in kinds
    # select Espoo as a person would: search, then follow the panel's link
    page.fill("#search", "Espoo")
    page.press("#search", "Enter")
    assert page.evaluate("hytegraphMap.network.getSelectedNodes()") == [espoo]
    link = page.locator("#panel a[href]").first
    href = link.get_attribute("href")
    assert href == "maps/org/espoo.html"
    link.click()
    page.wait_for_url("**/maps/org/espoo.html")
    wait_for_map(page)
    ids = page.evaluate("hytegraphMap.nodes.get().map(n => n.id)")
    assert espoo in ids and len(ids) > 1
    assert blocked == []
    assert errors == []
