from pathlib import Path

import pytest
from conftest import EXTRA, FIXTURES, INVALID

from hytegraph.core import rdfio
from hytegraph.errors import InputError, MissingFile, UnsupportedFormat


@pytest.mark.parametrize("reader", [rdfio.read_quads, rdfio.read_triples])
def test_broken_turtle_names_file_and_line(reader):
    with pytest.raises(InputError) as info:
        reader(INVALID / "broken.ttl")
    error = info.value
    assert error.file == INVALID / "broken.ttl"
    assert error.line == 4  # the unterminated string
    assert str(error).startswith(f"{INVALID / 'broken.ttl'}:4")


@pytest.mark.parametrize("reader", [rdfio.read_quads, rdfio.read_triples])
def test_broken_jsonld_names_file_and_line(reader):
    with pytest.raises(InputError) as info:
        reader(INVALID / "broken.jsonld")
    assert info.value.line == 5  # the member after the missing comma
    assert "broken.jsonld:5" in str(info.value)


def test_broken_ntriples_line_found_for_rdflib_too(tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://a> <http://b> <http://c> .\n<http://a> <http://b> c .\n")
    with pytest.raises(InputError) as info:
        rdfio.read_triples(bad)
    assert info.value.line == 2


def test_not_utf8_is_reported_with_line(tmp_path):
    bad = tmp_path / "latin1.ttl"
    bad.write_bytes(b'<http://a> <http://b> "ok" .\n<http://a> <http://b> "\xe4" .\n')
    with pytest.raises(InputError) as info:
        rdfio.read_quads(bad)
    assert info.value.line == 2
    assert "UTF-8" in str(info.value)


def test_unsupported_type_lists_supported_ones():
    with pytest.raises(UnsupportedFormat) as info:
        rdfio.read_quads(INVALID / "table.csv")
    message = str(info.value)
    assert "table.csv" in message
    for extension in (".ttl", ".trig", ".jsonld", ".nt", ".nq"):
        assert extension in message


def test_missing_file_is_named(tmp_path):
    missing = tmp_path / "nope.ttl"
    with pytest.raises(MissingFile) as info:
        rdfio.read_triples(missing)
    assert str(missing) in str(info.value)


@pytest.mark.parametrize("name", ["extra.ttl", "extra.jsonld", "extra.trig"])
def test_both_parsers_read_the_same_triples(name):
    quads = rdfio.read_quads(EXTRA / name)
    triples = rdfio.read_triples(EXTRA / name)
    assert len(quads) == len(triples) > 0
    assert {str(q.subject.value) for q in quads} == {str(s) for s, _p, _o in triples}


def test_parsing_is_cached_until_the_file_changes(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text("<http://a> <http://b> <http://c> .\n")
    first = rdfio.read_triples(path)
    assert rdfio.read_triples(path) is first
    path.write_text("<http://a> <http://b> <http://c>, <http://d> .\n")
    assert len(rdfio.read_triples(path)) == 2


def test_serialize_graph_round_trips_through_both_formats():
    from rdflib.compare import isomorphic

    graph = rdfio.read_graph(FIXTURES / "small.ttl")
    for fmt, parse_as in (("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")):
        data = rdfio.serialize_graph(graph, fmt)
        again = rdfio.new_graph()
        again.parse(data=data, format=parse_as)
        assert isomorphic(graph, again), fmt


def test_jsonld_output_uses_prefix_context():
    import json

    graph = rdfio.read_graph(FIXTURES / "small.ttl")
    doc = json.loads(rdfio.serialize_graph(graph, "jsonld"))
    assert doc["@context"]["hyte"] == "https://w3id.org/hytegraph/ontology#"
    assert "skos:prefLabel" in json.dumps(doc)


def test_check_readable_rejects_directories(tmp_path):
    with pytest.raises(MissingFile):
        rdfio.check_readable(Path(tmp_path))
