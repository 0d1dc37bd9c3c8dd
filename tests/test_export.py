"""export.py: RDF exports re-parse to the same graph, network exports read back in networkx,
and a failed export never leaves a broken file."""

from __future__ import annotations

import csv
import io
import json
import os

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from hytegraph.cli import main
from hytegraph.errors import ConfigurationError
from hytegraph.store.load import load_graph
from hytegraph.views import export
from hytegraph.views.network import ID, build_network
from tests.conftest import FIXTURES

NET = FIXTURES / "network" / "network.ttl"


@pytest.fixture(scope="module")
def store():
    return load_graph([NET], include_bundled=False)


@pytest.fixture(scope="module")
def source(store):
    return store.to_rdflib()


def reparse(data: bytes, fmt: str) -> rdflib.Graph:
    if fmt == "trig":
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format="trig")
        graphs = {str(c) for *_t, c in dataset.quads((None, None, None, None))}
        assert graphs == {export.NAMED_GRAPH}
        return rdflib.Graph().parse(
            data=dataset.graph(rdflib.URIRef(export.NAMED_GRAPH)).serialize(format="nt"),
            format="nt",
        )
    rdflib_format = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
    return rdflib.Graph().parse(data=data, format=rdflib_format)


@pytest.mark.parametrize("fmt", export.RDF_FORMATS)
def test_rdf_round_trip_is_isomorphic(store, source, fmt):
    (data,) = export.export_bytes(store, fmt).values()
    back = reparse(data, fmt)
    assert len(back) == len(source)
    assert isomorphic(back, source)  # the fixture has blank nodes (validDuring)


def test_jsonld_context_is_readable(store):
    doc = json.loads(export.export_bytes(store, "jsonld")["graph.jsonld"])
    context = doc["@context"]
    assert context["@base"] == ID
    for prefix in ("hyte", "org", "prov", "skos", "dcterms", "foaf"):
        assert context[prefix].startswith("http")
    ids = {node.get("@id") for node in doc["@graph"]}
    assert "org/n1" in ids  # instance IRIs are relative to @base


def network_attrs(g):
    nodes = {
        n: (d["kind"], d["label"], d["label_fi"], d["label_en"], d["evidence"])
        for n, d in g.nodes(data=True)
    }
    edges = sorted(
        (u, v, d["relation"], d["label"], d["detail"], d["fact"], d["evidence"])
        for u, v, d in g.edges(data=True)
    )
    return nodes, edges


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_round_trip(store, fmt):
    network = build_network(store)
    (data,) = export.export_bytes(store, fmt, lang="en").values()
    if fmt == "graphml":
        back = nx.read_graphml(io.BytesIO(data))
    else:
        back = nx.read_gexf(io.BytesIO(data), version="1.3")
    assert back.is_directed()
    assert set(back.nodes) == set(network.nodes)
    assert back.number_of_edges() == network.number_of_edges() == 17
    assert network_attrs(back) == network_attrs(export.flat_network(network, "en"))
    u1 = back.nodes[ID + "unit/u1"]
    assert (u1["kind"], u1["label"], u1["label_fi"]) == ("city_unit", "Unit One", "Yksikkö Yksi")
    chairs = [d for u, v, d in back.edges(data=True) if d["relation"] == "chairs"]
    assert [(d["fact"], d["label"]) for d in chairs] == [(ID + "fact/p1-chairs-a", "chairs")]
    assert chairs[0]["evidence"].startswith("Ohjausryhmä A:n puheenjohtaja")


def test_csv_export_writes_two_files(store, tmp_path):
    paths = export.write_export(store, "csv", tmp_path / "out")
    assert sorted(p.name for p in paths) == ["edges.csv", "nodes.csv"]
    with (tmp_path / "out" / "nodes.csv").open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with (tmp_path / "out" / "edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert len(nodes) == 13 and len(edges) == 17
    assert {"id": ID + "org/n1", "kind": "ngo", "label": "Järjestö Ry"}.items() <= nodes[
        [n["id"] for n in nodes].index(ID + "org/n1")
    ].items()
    assert {(e["source"], e["target"], e["relation"]) for e in edges} >= {
        (ID + "person/p1", ID + "body/a", "chairs")
    }


def test_csv_needs_a_folder(store, tmp_path):
    with pytest.raises(ConfigurationError):
        export.write_export(store, "csv", None)
    existing = tmp_path / "file.csv"
    existing.write_text("keep", encoding="utf-8")
    with pytest.raises(ConfigurationError):
        export.write_export(store, "csv", existing)
    assert existing.read_text(encoding="utf-8") == "keep"


def test_unknown_format(store):
    with pytest.raises(ConfigurationError):
        export.export_bytes(store, "xlsx")


def test_failed_serialisation_leaves_existing_file(store, tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old content", encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise RuntimeError("serialiser failed half-way")

    monkeypatch.setattr(export, "serialize_rdf", broken)
    with pytest.raises(RuntimeError):
        export.write_export(store, "ttl", target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_failed_rename_leaves_existing_files(store, tmp_path, monkeypatch):
    folder = tmp_path / "csv"
    folder.mkdir()
    for name in export.CSV_FILES:
        (folder / name).write_text(f"old {name}", encoding="utf-8")
    target = tmp_path / "net.graphml"
    target.write_text("old graphml", encoding="utf-8")

    def no_rename(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError):
        export.write_export(store, "csv", folder)
    with pytest.raises(OSError):
        export.write_export(store, "graphml", target)
    for name in export.CSV_FILES:
        assert (folder / name).read_text(encoding="utf-8") == f"old {name}"
    assert target.read_text(encoding="utf-8") == "old graphml"
    assert sorted(os.listdir(folder)) == sorted(export.CSV_FILES)  # no temporary files left
    assert sorted(os.listdir(tmp_path)) == ["csv", "net.graphml"]


def test_cli_export_to_stdout_and_file(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["--data", str(NET), "export", "--format", "nt"])
    assert result.exit_code == 0, result.output
    back = rdflib.Graph().parse(data=result.stdout_bytes, format="nt")
    assert (rdflib.URIRef(ID + "fact/p1-chairs-a"), None, None) in back
    out = tmp_path / "network.gexf"
    result = runner.invoke(main, ["export", "--format", "gexf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(out).number_of_nodes() > 0
    result = runner.invoke(main, ["export", "--format", "csv"])
    assert result.exit_code == 1
    assert "Error: the CSV export is two files" in result.output
