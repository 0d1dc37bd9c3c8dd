"""Exports that keep what the map knows: GEXF 1.3 valid against the published schema, with
the map's positions, colours and sizes and the dates facts carry; GraphML with the same; CSV
that a Finnish Excel opens (read back as Excel reads it); no internal keys anywhere."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from hytegraph.cli import main
from hytegraph.store.load import load_graph
from hytegraph.views import export
from hytegraph.views.layout import positions
from hytegraph.views.network import ID, build_network
from hytegraph.views.style import KIND_STYLE, RELATION_STYLE, node_size, rgb
from tests.conftest import FIXTURES

etree = pytest.importorskip("lxml.etree", reason="lxml (test extras) validates GEXF")

NET = FIXTURES / "network" / "network.ttl"
SCHEMA = Path(__file__).parent / "vendor" / "gexf-1.3" / "gexf.xsd"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


@pytest.fixture(scope="module")
def store():
    return load_graph([NET], include_bundled=False)


@pytest.fixture(scope="module")
def network(store):
    return build_network(store)


@pytest.fixture(scope="module")
def gexf(store) -> bytes:
    return export.export_bytes(store, "gexf", lang="en")["network.gexf"]


def schema_valid(data: bytes) -> None:
    """Validate against the published GEXF 1.3 XSD. That schema (generated from the RelaxNG
    specification) declares the viz elements in the GEXF namespace itself, while the GEXF 1.3
    primer and Gephi write them in ``http://gexf.net/1.3/viz``; the viz namespace is mapped
    onto the GEXF one before validating, which changes nothing else."""
    text = data.replace(b'xmlns:viz="http://gexf.net/1.3/viz"', b'xmlns:viz="http://gexf.net/1.3"')
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.fromstring(text)
    schema.assertValid(document)


def test_gexf_is_valid_gexf_13(gexf):
    schema_valid(gexf)
    root = etree.fromstring(gexf)
    assert root.get("version") == "1.3"


def test_the_schema_check_can_fail(gexf):
    broken = gexf.replace(b"<viz:size ", b"<viz:sizes ", 1)
    with pytest.raises(etree.DocumentInvalid):
        schema_valid(broken)


def test_gexf_carries_the_maps_picture(gexf, network):
    root = etree.fromstring(gexf)
    nodes = {n.get("id"): n for n in root.iter(GEXF + "node")}
    assert set(nodes) == set(network.nodes)
    placed = positions(network)
    degree = dict(network.degree())
    for node, data in network.nodes(data=True):
        element = nodes[node]
        colour = element.find(VIZ + "color")
        assert tuple(int(colour.get(c)) for c in "rgb") == rgb(KIND_STYLE[data["kind"]][0])
        where = element.find(VIZ + "position")
        x, y = placed[node]
        assert float(where.get("x")) == pytest.approx(x, abs=0.01)
        assert float(where.get("y")) == pytest.approx(-y, abs=0.01)  # Gephi's y points up
        assert float(element.find(VIZ + "size").get("value")) == node_size(degree[node])
    edges = list(root.iter(GEXF + "edge"))
    assert len(edges) == network.number_of_edges()
    assert len({e.get("id") for e in edges}) == len(edges)  # unique, even for one fact's pairs
    for edge in edges:
        colour = tuple(int(edge.find(VIZ + "color").get(c)) for c in "rgb")
        assert colour == rgb(RELATION_STYLE[edge.get("kind")][0])


def test_gexf_dates_for_the_timeline(gexf, store):
    dates = export.network_dates(store)
    assert dates, "the fixture states an end date"
    root = etree.fromstring(gexf)
    graph = root.find(GEXF + "graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    timed = {
        e.get("id"): (e.get("start") or "", e.get("end") or "")
        for e in root.iter()
        if e.tag in (GEXF + "node", GEXF + "edge") and (e.get("start") or e.get("end"))
    }
    assert timed
    assert ("", "2023-05-24") in timed.values()


def test_dates_widen_years_and_months():
    assert export._day("2023", first=True) == "2023-01-01"
    assert export._day("2023", first=False) == "2023-12-31"
    assert export._day("2024-02", first=False) == "2024-02-29"
    assert export._day("2023-05-24", first=False) == "2023-05-24"
    assert export._day("spring", first=True) == ""


def test_gexf_reads_back_in_networkx(gexf, network):
    back = nx.read_gexf(io.BytesIO(gexf), version="1.3")
    assert set(back.nodes) == set(network.nodes)
    u1 = back.nodes[ID + "unit/u1"]
    assert u1["kind"] == "city_unit" and u1["label"] == "Unit One"
    assert set(u1["viz"]) >= {"color", "position", "size"}


def test_graphml_has_the_same_picture(store, network):
    data = export.export_bytes(store, "graphml")["network.graphml"]
    back = nx.read_graphml(io.BytesIO(data))
    placed = positions(network)
    for node, attrs in back.nodes(data=True):
        kind = network.nodes[node]["kind"]
        assert attrs["color"] == KIND_STYLE[kind][0]
        assert (attrs["r"], attrs["g"], attrs["b"]) == rgb(KIND_STYLE[kind][0])
        assert attrs["x"] == pytest.approx(placed[node][0], abs=0.01)
        assert attrs["y"] == pytest.approx(-placed[node][1], abs=0.01)
        assert attrs["size"] > 0
    ids = [e.get("id") for e in etree.fromstring(data).iter("{*}edge")]
    assert len(set(ids)) == len(ids) == network.number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_no_internal_keys(store, fmt):
    for data in export.export_bytes(store, fmt).values():
        assert b"networkx_key" not in data


def read_excel(data: bytes) -> list[dict[str, str]]:
    """What Excel does with a CSV file carrying a UTF-8 BOM in a Finnish locale."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_excel_csv_export(store, network, tmp_path):
    export.write_export(store, "csv", tmp_path / "x", excel=True)
    raw = (tmp_path / "x" / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    nodes = read_excel(raw)
    edges = read_excel((tmp_path / "x" / "edges.csv").read_bytes())
    assert {n["id"] for n in nodes} >= set(network.nodes)
    assert len(edges) >= network.number_of_edges()
    row = next(n for n in nodes if n["id"] == ID + "unit/u1")
    assert row["label_fi"] == "Yksikkö Yksi"  # not mojibake
    assert "," in row["size"] or row["size"].isdigit()  # decimal comma, never a point
    assert "." not in row["x"] and float(row["x"].replace(",", ".")) == pytest.approx(
        positions(network)[ID + "unit/u1"][0], abs=0.01
    )


def test_excel_export_command(tmp_path):
    result = CliRunner().invoke(
        main,
        ["--data", str(NET), "export", "--format", "csv", "--excel", "-o", str(tmp_path / "x")],
    )
    assert result.exit_code == 0, result.output
    assert read_excel((tmp_path / "x" / "edges.csv").read_bytes())[0]["source"].startswith(ID)


def test_excel_applies_to_csv_only(tmp_path):
    result = CliRunner().invoke(
        main,
        ["--data", str(NET), "export", "--format", "gexf", "--excel", "-o", str(tmp_path / "x")],
    )
    assert result.exit_code == 2
    assert "--excel applies to --format csv" in result.output


def test_excel_lookup_csv():
    result = CliRunner().invoke(main, ["chairs", "--excel"])
    assert result.exit_code == 0, result.output
    rows = read_excel(result.stdout_bytes)
    chairs = {r["chair"]: r for r in rows}
    assert chairs["Virpi Mattila"]["body"] == "Lasten ja nuorten hyvinvoinnin ohjausryhmä"
    assert {r["ex_officio"] for r in rows} <= {"0", "1"}
    assert "Harri Rinta-aho" in chairs


def test_excel_cells():
    from hytegraph.views.output import render

    text = render([{"a": True, "b": 1.5, "c": "=1+1", "d": 3}], "excel")
    assert text.startswith("\ufeff")
    assert read_excel(text.encode("utf-8")) == [{"a": "1", "b": "1,5", "c": "'=1+1", "d": "3"}]
