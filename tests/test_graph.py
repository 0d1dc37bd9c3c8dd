import pytest
from conftest import EXTRA, INVALID
from rdflib import RDF

from hytegraph.core import rdfio
from hytegraph.core.namespaces import HYTE, IDNS
from hytegraph.errors import InputError, MissingFile, UnsupportedFormat
from hytegraph.store.load import load_graph


@pytest.mark.parametrize("backend", ["oxigraph", "rdflib"])
def test_loads_ontology_data_and_derives_shortcuts(mini, backend):
    store = load_graph(backend=backend)
    assert store.ask(
        "ASK { ?p hyte:chairs ?b }",
        {"p": IDNS["person/maija-meikalainen"], "b": IDNS["body/ohjausryhma"]},
    )
    info = store.info
    assert info is not None
    assert [p.name for p in info.files] == ["hyte.ttl", "mini.ttl"]
    assert info.inference.converged
    # the chair, and the membership typed as a fact (the mini rules/facts.rq)
    assert info.inference.derived == {str(HYTE.chairs): 1, str(RDF.type): 1}
    assert info.data_dirs == [mini / "data"]


def test_extra_files_of_every_type(mini):
    store = load_graph([EXTRA / "extra.ttl", EXTRA / "extra.jsonld", EXTRA / "extra.trig"])
    for slug in ("nuorisotyon-verkosto", "jsonld-ryhma", "trig-ryhma"):
        assert store.ask("ASK { ?b a hyte:SteeringGroup }", {"b": IDNS[f"body/{slug}"]}), slug
    assert EXTRA.resolve() in store.info.data_dirs


def test_without_bundled_data(mini):
    store = load_graph(include_bundled=False)
    assert not store.ask("ASK { ?p hyte:chairs ?b }")
    assert store.ask("ASK { hyte:Body a owl:Class }")


def test_extra_files_checked_before_parsing(mini, tmp_path):
    with pytest.raises(MissingFile, match=r"nope\.ttl"):
        load_graph([EXTRA / "extra.ttl", tmp_path / "nope.ttl"])
    with pytest.raises(UnsupportedFormat):
        load_graph([INVALID / "table.csv"])
    with pytest.raises(InputError, match=r"broken\.ttl:4"):
        load_graph([INVALID / "broken.ttl"])


def test_files_are_parsed_once_per_process(mini, monkeypatch):
    load_graph()
    before = rdfio._read_quads_cached.cache_info()
    load_graph()
    after = rdfio._read_quads_cached.cache_info()
    assert after.misses == before.misses
    assert after.hits > before.hits


def test_missing_ontology_is_named(monkeypatch, tmp_path):
    from hytegraph.core import resources

    (tmp_path / "ontology").mkdir()
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(resources, "ROOTS", [tmp_path])
    with pytest.raises(MissingFile, match=r"hyte\.ttl"):
        load_graph()


def test_rules_that_keep_growing_stop(mini, tmp_path):
    rule = tmp_path / "grow.rq"
    rule.write_text("CONSTRUCT { ?s hyte:again [] } WHERE { ?s a hyte:SourceDocument }")
    store = load_graph(rules=[rule])
    assert store.info.inference.converged is False
    assert store.info.inference.rounds == 5


def test_derived_counts_each_produced_triple_once():
    """The rules' report counts distinct triples by predicate, though later rounds run a rule
    again over what it produced before (the rules have no negation, so what they produced over
    all rounds is what each produces once on the final graph)."""
    from collections import Counter

    from hytegraph.core import resources
    from hytegraph.core.namespaces import PREFIXES
    from hytegraph.store.inference import _rule_file

    store = load_graph()
    report = store.info.inference
    assert report.rounds > 1 and report.converged
    produced = set()
    for path in resources.rule_files():
        produced |= set(store._store.query(_rule_file(path).text, prefixes=PREFIXES))
    expected = Counter(t.predicate.value for t in produced)
    assert expected and dict(report.derived) == dict(expected)
