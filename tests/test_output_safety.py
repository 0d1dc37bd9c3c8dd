"""Outputs stay well-formed and inert whatever the data holds: XML (SPARQL results, GraphML,
GEXF) never carries a character XML 1.0 forbids, and CSV meant for spreadsheets never starts a
cell with a formula, while the W3C SPARQL CSV stays exactly as the standard defines it."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from xml.dom import minidom

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import FIXTURES
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef

from hytegraph.cli import main
from hytegraph.core.sanitize import REPLACEMENT, spreadsheet_cell, xml_text
from hytegraph.store import results as sparqlresults
from hytegraph.store.load import load_graph
from hytegraph.views import export

HOSTILE = FIXTURES / "hostile" / "hostile.ttl"
SPARQL = "{http://www.w3.org/2005/sparql-results#}"


#: Every character XML 1.0 allows (its production 2, Char).
def xml_char(c: str) -> bool:
    n = ord(c)
    return (
        n in (0x9, 0xA, 0xD)
        or 0x20 <= n <= 0xD7FF
        or 0xE000 <= n <= 0xFFFD
        or 0x10000 <= n <= 0x10FFFF
    )


# Any text at all: control characters, lone surrogates, U+FFFE/U+FFFF included.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
HOSTILE_TEXT = [
    "ok \x01 \x0b \x1f \ud800 \udfff \ufffe \uffff",
    "\x00",
    "tab\tnewline\ncr\r",
]


@pytest.fixture(scope="module")
def hostile_store():
    return load_graph([HOSTILE], include_bundled=False)


def read_back(text: str) -> str:
    """What an XML reader returns for ``text`` written by hytegraph: forbidden characters
    replaced, line ends normalised as XML 1.0 section 2.11 requires."""
    return xml_text(text).replace("\r\n", "\n").replace("\r", "\n")


def parse_xml(data: bytes) -> ET.Element:
    # Two parsers: ElementTree (expat) and minidom, both strict about well-formedness.
    minidom.parseString(data)
    return ET.fromstring(data)


# ---------------------------------------------------------------------------------------------
# sanitize itself


@given(ANY_TEXT)
def test_xml_text_keeps_allowed_characters_and_replaces_the_rest(text):
    clean = xml_text(text)
    assert len(clean) == len(text)
    for before, after in zip(text, clean, strict=True):
        assert after == (before if xml_char(before) else REPLACEMENT)


@given(ANY_TEXT)
def test_spreadsheet_cell_adds_one_apostrophe_or_nothing(text):
    cell = spreadsheet_cell(text)
    assert cell in (text, "'" + text)
    if cell != text:
        assert text[:1] in ("=", "+", "-", "@", "\t", "\r", "\x00")
    elif text[:1] in ("=", "+", "-", "@", "\t", "\r", "\x00"):
        float(text.replace(",", ".", 1))  # left alone only as a plain number


# ---------------------------------------------------------------------------------------------
# SPARQL Query Results XML (query --format xml, and serve's XML answers)


@given(ANY_TEXT, ANY_TEXT)
def test_sparql_xml_is_well_formed_for_any_literal(plain, tagged):
    rows = [
        (Literal(plain), Literal(tagged, lang="fi"), URIRef("https://example.org/" + "x")),
        (Literal(tagged, datatype=URIRef("https://example.org/dt")), None, BNode("b1")),
    ]
    data = sparqlresults.serialize_results("xml", ["a", "b", "c"], rows)
    root = parse_xml(data)
    literals = [e.text or "" for e in root.iter(f"{SPARQL}literal")]
    assert literals == [read_back(plain), read_back(tagged), read_back(tagged)]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_sparql_xml_replaces_forbidden_characters(text):
    data = sparqlresults.serialize_results("xml", ["x"], [(Literal(text),)])
    (literal,) = parse_xml(data).iter(f"{SPARQL}literal")
    expected = "".join(c if xml_char(c) else REPLACEMENT for c in text)
    assert literal.text == expected.replace("\r", "\n")  # XML's line-end normalisation


def test_query_format_xml_on_hostile_data(mini):
    result = CliRunner().invoke(
        main,
        [
            "--data",
            str(HOSTILE),
            "query",
            "-",
            "--format",
            "xml",
        ],
        input="SELECT ?label WHERE { ?s skos:prefLabel ?label } ORDER BY ?label",
    )
    assert result.exit_code == 0, result.output
    root = parse_xml(result.stdout_bytes)
    labels = [e.text for e in root.iter(f"{SPARQL}literal")]
    assert f"Ryhmä{REPLACEMENT * 5} loppu" in labels


# ---------------------------------------------------------------------------------------------
# GraphML and GEXF


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_xml_is_well_formed_on_hostile_data(hostile_store, fmt):
    (data,) = export.export_bytes(hostile_store, fmt).values()
    parse_xml(data)
    if fmt == "graphml":
        graph = nx.read_graphml(io.BytesIO(data))
    else:
        graph = nx.read_gexf(io.BytesIO(data), version="1.3")
    labels = {d.get("label_fi") for _n, d in graph.nodes(data=True)}
    assert f"Ryhmä{REPLACEMENT * 5} loppu" in labels


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_xml_through_the_cli(mini, tmp_path, fmt):
    out = tmp_path / f"network.{fmt}"
    result = CliRunner().invoke(
        main, ["--data", str(HOSTILE), "export", "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    parse_xml(out.read_bytes())


# ---------------------------------------------------------------------------------------------
# CSV: for spreadsheets (exports, lookups) versus the W3C format (query --format csv)


FORMULA = '=HYPERLINK("http://127.0.0.1:9/x";"Klikkaa")'


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_export_csv_neutralises_formulas(mini, tmp_path):
    out = tmp_path / "csv"
    result = CliRunner().invoke(
        main, ["--data", str(HOSTILE), "export", "--format", "csv", "-o", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    nodes = read_csv((out / "nodes.csv").read_text(encoding="utf-8"))
    edges = read_csv((out / "edges.csv").read_text(encoding="utf-8"))
    person = next(n for n in nodes if n["id"].endswith("person/formula"))
    assert person["label_fi"] == "'" + FORMULA
    assert person["label_en"] == "'@SUM(1+1)"
    assert person["evidence"] == "'+358 40 123 4567 \x02 soittaa"
    body = next(n for n in nodes if n["id"].endswith("body/control"))
    assert body["label_en"] == "'-2+3 group"
    (edge,) = [e for e in edges if e["source"].endswith("person/formula")]
    assert edge["evidence"].startswith("'+358")
    for row in nodes + edges:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_lookup_csv_neutralises_formulas():
    result = CliRunner().invoke(main, ["--data", str(HOSTILE), "chairs", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = read_csv(result.stdout)
    (row,) = [r for r in rows if "HYPERLINK" in ",".join(r.values())]
    assert "'" + FORMULA in row.values()
    for r in rows:
        for value in r.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_w3c_sparql_csv_stays_faithful(mini):
    """``query --format csv`` is the W3C SPARQL 1.1 CSV results format, read by programs:
    values are written exactly as they are."""
    result = CliRunner().invoke(
        main,
        ["--data", str(HOSTILE), "query", "-", "--format", "csv"],
        input="SELECT ?label WHERE { <https://w3id.org/hytegraph/id/person/formula> "
        "skos:prefLabel ?label } ORDER BY ?label",
    )
    assert result.exit_code == 0, result.output
    assert [r["label"] for r in read_csv(result.stdout)] == [
        '=HYPERLINK("http://127.0.0.1:9/x";"Klikkaa")',
        "@SUM(1+1)",
    ]
