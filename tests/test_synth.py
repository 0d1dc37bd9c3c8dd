"""The synthetic national-scale generator (bench/synth.py): valid, deterministic, sized."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_synth
from rdflib import Literal

from hytegraph.check.validate import validate
from hytegraph.core.namespaces import HYTE
from hytegraph.store.load import load_graph

synth = load_synth()


def test_small_instance_passes_validate(tmp_path):
    # the smallest instance (two municipalities, every kind of body once): validating the
    # 10k-triple one takes minutes of SHACL, so its structure is checked below instead
    result = synth.generate(tmp_path / "small.ttl", 1000, seed=3)
    report = validate([tmp_path / "small.ttl"])
    assert report.ok, report.format()
    assert not report.problems
    assert result.source_files == 4


def test_ten_thousand_triples_are_well_formed_and_sized(tmp_path):
    result = synth.generate(tmp_path / "ten.ttl", 10_000, seed=1)
    assert 9_000 <= result.triples <= 11_000
    store = load_graph([tmp_path / "ten.ttl"], include_bundled=False)
    assert len(store) >= result.triples  # plus the ontology and derived shortcuts
    derived = store.info.inference.derived
    for shortcut in ("chairs", "participatesIn", "representedIn", "deputyMemberOf",
                     "secretaryOf", "leads", "makes", "cooperatesWith", "monitors",
                     "supportsFinancially"):  # fmt: skip
        assert derived[str(HYTE[shortcut])] > 0, shortcut
    # every evidence quote is a line of its source text
    rows = store.select(
        "SELECT ?quote ?file WHERE { ?e hyte:quote ?quote ; dcterms:source/hyte:textFile ?file }"
    ).rows
    assert len(rows) == result.evidence
    texts: dict[str, set[str]] = {}
    for quote, file in rows:
        lines = texts.setdefault(
            str(file), set((tmp_path / str(file)).read_text(encoding="utf-8").splitlines())
        )
        assert str(quote) in lines
    # every municipality is in its county, stated (the one organising its own services aside)
    rows = store.select(
        "SELECT ?m (COUNT(?c) AS ?n) WHERE { ?m a hyte:Municipality . "
        "OPTIONAL { ?m hyte:inWellbeingServicesCounty ?c . ?c a hyte:WellbeingServicesCounty } "
        "} GROUP BY ?m"
    ).rows
    assert len(rows) == result.municipalities
    assert sorted(int(n) for _m, n in rows) == [1] * result.municipalities
    # the sample names a benchmark looks up are there, once
    for name in (result.sample_person, result.sample_body):
        found = store.select(
            "SELECT ?s ?l WHERE { ?s skos:prefLabel ?l }", {"l": Literal(name, lang="fi")}
        )
        assert len(found) == 1, name


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    a = synth.generate(tmp_path / "a" / "g.ttl", 5_000, seed=7)
    b = synth.generate(tmp_path / "b" / "g.ttl", 5_000, seed=7)
    c = synth.generate(tmp_path / "c" / "g.ttl", 5_000, seed=8)
    data = [Path(r.path).read_bytes() for r in (a, b, c)]
    assert data[0] == data[1]
    assert data[0] != data[2]
    texts = [sorted((Path(r.path).parent / "sources" / "g").glob("*.txt")) for r in (a, b)]
    assert [t.read_bytes() for t in texts[0]] == [t.read_bytes() for t in texts[1]]


def test_ntriples_holds_the_same_graph(tmp_path):
    synth.generate(tmp_path / "g.ttl", 3_000, seed=2)
    synth.generate(tmp_path / "g.nt", 3_000, seed=2)
    ttl = load_graph([tmp_path / "g.ttl"], include_bundled=False, rules=[])
    nt = load_graph([tmp_path / "g.nt"], include_bundled=False, rules=[])
    assert len(ttl) == len(nt)
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?s) && isIRI(?o)) }"
    assert set(ttl.select(query).rows) == set(nt.select(query).rows)


def test_cli_and_sizes(tmp_path, capsys):
    assert synth.parse_size("10k") == 10_000
    assert synth.parse_size("3M") == 3_000_000
    assert synth.parse_size("2500") == 2_500
    assert synth.main(["--triples", "2k", "--seed", "1", "-o", str(tmp_path / "x.ttl")]) == 0
    assert '"triples"' in capsys.readouterr().out
    assert synth.main(["-o", str(tmp_path / "x.rdf")]) == 2
    with pytest.raises(ValueError, match="Turtle"):
        synth.generate(tmp_path / "x.xml", 100)
