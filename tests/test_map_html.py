"""mapview.py without a browser: offline, escaped, deterministic."""

from __future__ import annotations

import base64
import hashlib
import html as html_module
import json
import re

import pytest
from click.testing import CliRunner

from hytegraph.cli import main
from hytegraph.errors import ConfigurationError
from hytegraph.store.load import load_graph
from hytegraph.views.mapview import render_map, script_json, write_map
from hytegraph.views.network import ID, build_network
from tests.conftest import FIXTURES

NET = FIXTURES / "network" / "network.ttl"
XSS = FIXTURES / "network" / "xss.ttl"
PAYLOAD_TITLE = '<img src=x onerror="window.__xss=1"></script><script>window.__xss=1</script>'

# References a browser would fetch: src= / href= / url( / @import / import() / <link>
FETCHABLE = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:@import\b)"""
    r"""|(?:\bimport\s*\(\s*["'](?:https?:)?//)"""
    r"""|(?:<link\b)|(?:<iframe\b)""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def store():
    return load_graph([NET, XSS], include_bundled=False)


@pytest.fixture(scope="module")
def html(store):
    return render_map(store, title=PAYLOAD_TITLE)


def page_data(html: str) -> dict:
    """The page's data, with nodes, edges and evidence rows spelt out as dicts (the page holds
    them as lists, see hytegraph/views/mapview.py)."""
    match = re.search(
        r'<script type="application/json" id="hytegraph-data">(.*?)</script>', html, re.S
    )
    assert match
    data = json.loads(match.group(1))
    strings = data["strings"]

    def text(i: int) -> str:
        return strings[i] if i >= 0 else ""

    def evidence(rows: list) -> list[dict]:
        return [
            {"quote": q, "source": text(s), "item": text(i), "respondent": text(r)}
            for q, s, i, r in rows
        ]

    keys = ("id", "label", "kind", "x", "y", "size", "alt", "ev", "page")
    data["nodes"] = [dict(zip(keys, row, strict=True)) for row in data["nodes"]]
    for node in data["nodes"]:
        node["ev"] = evidence(node["ev"])
    data["edges"] = [
        {
            "from": data["nodes"][u]["id"],
            "to": data["nodes"][v]["id"],
            "relation": relation,
            "name": strings[name],
            "ev": evidence(ev),
            "repeat": repeat,
            "time": time,
        }
        for u, v, relation, name, ev, repeat, time in data["edges"]
    ]
    return data


def test_nothing_to_fetch(html):
    assert FETCHABLE.findall(html) == []
    assert "<script src" not in html


def test_content_security_policy_allows_only_the_pages_own_scripts(html):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert csp
    policy = html_module.unescape(csp.group(1))
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network and the page script; the data block is not run
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_payloads_are_data_not_markup(html, store):
    # the heading is escaped
    assert '<h1 id="heading">&lt;img src=x onerror=&#34;window.__xss=1&#34;&gt;' in html
    assert "<title>&lt;img" in html
    # no raw payload anywhere: every "<" in the data is \u003c
    assert "<img" not in html
    assert "<b onmouseover" not in html
    assert html.count("</script>") == 3
    data = page_data(html)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels[ID + "person/xss"].startswith('Eve <img src=x onerror="window.__xss=1">')
    assert "\u2028" in labels[ID + "person/xss"]
    quotes = [row["quote"] for n in data["nodes"] for row in n["ev"]]
    assert any(q.startswith("Lainaus <img") for q in quotes)
    # vis-network's HTML tooltips (title) are never used: the options set none, and the page
    # script builds vis-network's items from fixed columns (checked in the browser tests)
    assert '"title"' not in json.dumps(data["options"])


def test_script_json_escapes():
    text = script_json({"a": "</script><!--\u2028\u2029&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--\u2028\u2029&"}


def test_counts_match_the_network(html, store):
    graph = build_network(store)
    data = page_data(html)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert f'data-node-count="{graph.number_of_nodes()}"' in html
    assert f'data-edge-count="{graph.number_of_edges()}"' in html
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)


def test_same_graph_same_page(store):
    assert render_map(store) == render_map(store)


def test_positions_are_precomputed_and_physics_off(html):
    data = page_data(html)
    assert data["options"]["physics"] == {"enabled": False}
    assert data["options"]["edges"]["smooth"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_language_and_legend(store):
    data = page_data(render_map(store, lang="sv"))
    assert data["ui"]["search"] == "Sök med namn…"
    kinds = {k["key"]: k["name"] for k in data["kinds"]}
    assert kinds["county"] == "välfärdsområde"
    relations = {r["key"]: r["count"] for r in data["relations"]}
    assert relations["cooperates"] == 3 and relations["chairs"] == 1
    # distinct (colour, shape) for every kind on the page
    styles = [(k["color"], k["shape"]) for k in data["kinds"]]
    assert len(set(styles)) == len(styles)
    with pytest.raises(ConfigurationError):
        render_map(store, lang="de")


def test_focus_kinds_relations(store):
    data = page_data(render_map(store, focus="Työryhmä B", depth=1))
    assert {n["id"][len(ID) :] for n in data["nodes"]} == {
        "body/b",
        "org/n1",
        "org/county",
        "person/p3",
    }
    data = page_data(render_map(store, kinds=["body"], relations=["part_of"]))
    assert {n["kind"] for n in data["nodes"]} <= {"programme_steering_group", "working_group",
                                                 "expert_group", "board"}  # fmt: skip
    assert [e["relation"] for e in data["edges"]] == ["part_of"]


def test_write_map_and_cli(store, tmp_path):
    path = write_map(tmp_path / "m.html", store)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    runner = CliRunner()
    out = tmp_path / "cli.html"
    result = runner.invoke(main, ["--data", str(NET), "map", "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr
    assert "HYTE collaboration network" in out.read_text(encoding="utf-8")
    result = runner.invoke(main, ["map", "--kinds", "spaceship", "-o", str(out)])
    assert result.exit_code == 1
    assert "Error: unknown node kind 'spaceship'" in result.output
    result = runner.invoke(main, ["map", "--focus", "Virpi", "-o", "-"])
    assert result.exit_code == 1
    assert "matches 2 entities" in result.output


def test_build_writes_the_map(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "map.html").read_text(encoding="utf-8").count('id="hytegraph-data"') == 1


def test_the_fetch_check_catches_remote_resources():
    pyvis_like = (
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/x.css">'
        '<script src="https://cdnjs.cloudflare.com/vis.js"></script>'
        "<style>body { background: url('//example.org/a.png') }</style>"
    )
    assert len(FETCHABLE.findall(pyvis_like)) == 4


def test_big_maps_leave_names_to_the_page(store, monkeypatch):
    from hytegraph.views import mapview

    small = json.loads(
        re.search(r'id="hytegraph-data">(.*?)</script>', render_map(store), re.S).group(1)
    )
    # the page draws every name itself (placed without overlaps); vis-network draws none
    assert small["canvasLabels"] is True and small["edgeLabels"] is True
    assert small["options"]["interaction"]["hideEdgesOnDrag"] is False
    monkeypatch.setattr(mapview, "NODE_LABEL_LIMIT", 5)
    monkeypatch.setattr(mapview, "EDGE_LABEL_LIMIT", 5)
    data = page_data(render_map(store))
    assert data["canvasLabels"] is True and data["edgeLabels"] is False
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True
    # every node still has its name, other names and evidence in the page's data
    graph = build_network(store)
    assert {n["id"]: n["label"] for n in data["nodes"]} == {
        n: d["label_fi"] for n, d in graph.nodes(data=True)
    }
    n1 = next(n for n in data["nodes"] if n["id"] == ID + "org/n1")
    assert n1["ev"] and n1["ev"][0]["source"] == "Verkostolähde"


def test_repeated_texts_are_stored_once(store):
    match = re.search(r'id="hytegraph-data">(.*?)</script>', render_map(store), re.S)
    strings = json.loads(match.group(1))["strings"]
    assert len(strings) == len(set(strings))
    assert "Verkostolähde" in strings


def test_vis_network_comes_from_pyvis_and_its_absence_is_explained(monkeypatch):
    import importlib.util

    from hytegraph.errors import ConfigurationError
    from hytegraph.views import mapview

    folder = mapview.vis_network_dir()
    assert folder.parent.parent.name == "pyvis"
    assert "@version 9.1.2" in (folder / "vis-network.min.js").read_text("utf-8")[:1000]
    mapview.vis_network_dir.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        with pytest.raises(ConfigurationError) as caught:
            mapview.vis_network_dir()
        assert "pyvis" in caught.value.describe()
    finally:
        mapview.vis_network_dir.cache_clear()
