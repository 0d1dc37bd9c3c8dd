"""The rules as the first load runs them: the same triples as a plain fixpoint of every rule.

The engine runs a rule again only for new triples it may read (a class pattern narrowed by the
sub-SELECT that gives its classes), and the cache build keeps new triples no rule reads out of
its in-memory store. Both must derive exactly what running every rule, every round, until
nothing changes derives: on the bundled data, on a synthetic graph, and on rule sets made to
catch each shortcut (a held kind that a later schema triple makes readable, a class variable
that a sub-SELECT in another UNION branch does not bind).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import load_synth

from hytegraph.core import resources
from hytegraph.core.namespaces import PREFIXES
from hytegraph.store import cache, inference
from hytegraph.store.load import load_graph

synth = load_synth()

#: The unit test of ontology/rules/structure.rq as it was written before it became a
#: FILTER EXISTS (an OPTIONAL group of its own): the plain fixpoint below runs this form, so the
#: comparison also proves the two forms derive the same.
_OLD_UNIT_TEST = """    OPTIONAL {
      ?part a ?unitClass .
      ?whole a ?formalClass .
      { SELECT DISTINCT ?unitClass WHERE { ?unitClass rdfs:subClassOf* org:OrganizationalUnit } }
      { SELECT DISTINCT ?formalClass
        WHERE { ?formalClass rdfs:subClassOf* org:FormalOrganization } }
      BIND (org:unitOf AS ?unitOf)
      BIND (org:hasUnit AS ?hasUnit)
    }"""


def _reference_rules() -> list[str]:
    texts = []
    for path in resources.rule_files():
        text = path.read_text(encoding="utf-8")
        if path.name == "structure.rq":
            start = text.index("    # the unit test is a FILTER EXISTS")
            end = text.index("    }\n  }\n  UNION") + len("    }")
            text = text[:start] + _OLD_UNIT_TEST + text[end:]
            assert "FILTER EXISTS" not in text
        texts.append(text)
    return texts


def _plain_fixpoint(store: ox.Store, rules: list[str]) -> tuple[Counter[str], int]:
    """Every rule on the whole graph, every round, until the graph stops growing; the distinct
    triples produced per predicate and the number added."""
    produced: set[ox.Triple] = set()
    start = len(store)
    while True:
        before = len(store)
        for text in rules:
            triples = set(store.query(text, prefixes=PREFIXES))  # type: ignore[arg-type]
            produced |= triples
            store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        if len(store) == before:
            break
    return Counter(t.predicate.value for t in produced), len(store) - start


def _load(files: list[Path]) -> ox.Store:
    store = ox.Store()
    for path in files:
        cache.bulk_load(store, path)
    return store


def _named(store: ox.Store) -> set[ox.Quad]:
    """The triples without a blank node (blank node names differ from one load to another)."""
    return {
        q
        for q in store
        if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "national-20k.ttl"
    synth.generate(path, 20_000, seed=1)
    return path


@pytest.mark.parametrize("with_synthetic", [False, True], ids=["bundled", "synthetic-20k"])
def test_first_load_derives_what_a_plain_fixpoint_derives(
    with_synthetic, synthetic, tmp_path, monkeypatch
):
    extra = [synthetic] if with_synthetic else []
    files = [resources.ontology_file(), *resources.bundled_data_files(), *extra]
    expected_store = _load(files)
    data = set(expected_store)
    derived, added = _plain_fixpoint(expected_store, _reference_rules())
    assert added > 100 and derived["http://www.w3.org/ns/org#unitOf"] > 0

    # the engine on a store in memory (load_graph without the cache)
    plain = load_graph(extra)
    engine = plain._store
    assert _named(engine) == _named(expected_store)
    assert len(engine) == len(expected_store)
    report = plain.info.inference
    assert report.converged
    assert dict(report.derived) == dict(derived)
    assert report.added == added

    # the first load into the on-disk cache: same triples, same counts in the manifest
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    cached = load_graph(extra, cache=True)
    assert cached.read_only
    assert _named(cached._store) == _named(expected_store)
    assert len(cached) == len(expected_store)
    manifest = cached.cache_entry.manifest
    assert manifest["triples"] == len(expected_store)
    saved = manifest["info"]["inference"]
    assert saved["derived"] == dict(derived)
    assert saved["added"] == added and saved["converged"]
    assert saved["rounds"] == report.rounds
    # the derived triples on disk are exactly the new ones
    on_disk = {q for q in _named(cached._store) if q not in data}
    assert on_disk == {q for q in _named(expected_store) if q not in data}


EX = "http://example.org/"
_PROLOGUE = (
    "PREFIX ex: <http://example.org/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
#: A: makes every ex:p subject an ex:Thing. B: marks the instances of the sub-classes of
#: ex:Top. C: makes ex:Thing a sub-class of ex:Top once a marker says so. B runs before C, so
#: the ex:Thing triples A derives are read by no rule when they are made (held back by the
#: cache build) and become readable only when C has run.
_SCHEMA_GROWS = [
    ("a", _PROLOGUE + "CONSTRUCT { ?x a ex:Thing } WHERE { ?x ex:p ?y }"),
    (
        "b",
        _PROLOGUE + "CONSTRUCT { ?x ex:isTop true } WHERE { ?x a ?c . "
        "{ SELECT DISTINCT ?c WHERE { ?c rdfs:subClassOf ex:Top } } }",
    ),
    ("c", _PROLOGUE + "CONSTRUCT { ?t rdfs:subClassOf ex:Top } WHERE { ex:marker ex:says ?t }"),
]
#: The class variable of the pattern is bound by a sub-SELECT in another UNION branch: no
#: narrowing may apply.
_OTHER_BRANCH = [
    ("a", _PROLOGUE + "CONSTRUCT { ?x a ex:Thing } WHERE { ?x ex:p ?y }"),
    (
        "b",
        _PROLOGUE + "CONSTRUCT { ?x ex:typed ?c } WHERE { { ?x a ?c } UNION "
        "{ { SELECT DISTINCT ?c WHERE { ?c rdfs:subClassOf ex:Top } } ?x ex:q ?c } }",
    ),
]
_DATA = f"""
<{EX}x1> <{EX}p> <{EX}y1> .
<{EX}x2> <{EX}p> <{EX}y2> .
<{EX}z> a <{EX}Other> .
<{EX}Other> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <{EX}Top> .
<{EX}marker> <{EX}says> <{EX}Thing> .
"""


def _data_store() -> ox.Store:
    store = ox.Store()
    store.load(_DATA.encode(), format=ox.RdfFormat.TURTLE)
    return store


@pytest.mark.parametrize("rules", [_SCHEMA_GROWS, _OTHER_BRANCH], ids=["schema-grows", "union"])
@pytest.mark.parametrize("hold_unread", [False, True])
def test_engine_shortcuts_derive_what_a_plain_fixpoint_derives(rules, hold_unread):
    expected = _data_store()
    data = set(expected)
    derived, added = _plain_fixpoint(expected, [text for _name, text in rules])
    assert added

    engine = _data_store()
    parsed = [inference.with_class_constraints(inference.rule(n, t)) for n, t in rules]
    batches: list[ox.Triple] = []
    done = inference.saturate(
        engine, parsed, record=True, on_new=batches.extend, hold_unread=hold_unread
    )
    new = [ox.Quad(t.subject, t.predicate, t.object) for t in batches]
    assert done.converged
    assert done.added == added == len(new)
    assert dict(done.produced) == dict(derived)
    # what the engine holds plus what it handed out is the fixpoint
    assert set(engine) | set(new) == set(expected)
    assert set(new) == set(expected) - data
    if not hold_unread:
        assert set(engine) == set(expected)


def test_class_constraint_only_where_the_sub_select_binds_the_pattern():
    narrowed = inference.with_class_constraints(inference.rule("b", _SCHEMA_GROWS[1][1]))
    assert len(narrowed.classes) == 1
    assert (inference._RDF_TYPE, None) not in narrowed.reads
    # a new triple of a class the sub-SELECT does not give does not make it run again
    store = _data_store()
    store.update(
        "INSERT DATA { <http://example.org/x1> a <http://example.org/Unrelated> }",
    )
    kinds = {(inference._RDF_TYPE, EX + "Unrelated")}
    assert not narrowed.may_read(kinds)
    other = inference.rule("b", _OTHER_BRANCH[1][1])
    assert inference.with_class_constraints(other) is other  # another branch: not narrowed
    assert other.may_read(kinds)


class _CountingEngine:
    """An in-memory store that counts the queries run on it."""

    def __init__(self, inner: ox.Store) -> None:
        self.inner = inner
        self.runs: Counter[str] = Counter()

    def query(self, text, **kwargs):
        self.runs[text] += 1
        return self.inner.query(text, **kwargs)

    def extend(self, quads) -> None:
        self.inner.extend(quads)

    def __contains__(self, quad) -> bool:
        return quad in self.inner

    def quads_for_pattern(self, *pattern):
        return self.inner.quads_for_pattern(*pattern)


@pytest.mark.parametrize("hold_unread", [False, True])
def test_bundled_rules_each_run_once(hold_unread):
    """On the bundled data the second round runs no rule: the only kind of triple the first
    round adds that a rule could match by its class is ``rdf:type hyte:Fact``, a class none of
    the rules' sub-SELECTs gives."""
    engine = _CountingEngine(_load([resources.ontology_file(), *resources.bundled_data_files()]))
    rules = [
        inference.with_class_constraints(inference._rule_file(p)) for p in resources.rule_files()
    ]
    done = inference.saturate(engine, rules, record=True, hold_unread=hold_unread)  # type: ignore[arg-type]
    assert done.converged and done.rounds == 2 and done.added > 100
    assert {r.name: engine.runs[r.text] for r in rules} == {r.name: 1 for r in rules}


def test_derived_blank_nodes_are_the_data_s_own_on_disk(tmp_path, monkeypatch):
    """A rule that derives a triple about a blank node of the data: the blank node names of
    the in-memory load differ from those of the on-disk load, so the cache build must not
    write the in-memory names beside the disk's own (it refills the disk store instead)."""
    data = tmp_path / "blank.ttl"
    data.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "ex:a ex:has [ ex:name 'one' ] .\nex:b ex:has [ ex:name 'two' ] .\n",
        encoding="utf-8",
    )
    rule_file = tmp_path / "link.rq"
    rule_file.write_text(
        _PROLOGUE + "CONSTRUCT { ?x ex:link ?b } WHERE { ?x ex:has ?b }", encoding="utf-8"
    )
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    store = load_graph([data], include_bundled=False, rules=[rule_file], cache=True)
    engine = store._store
    links = list(engine.query(_PROLOGUE + "SELECT ?x ?b WHERE { ?x ex:link ?b }"))
    assert len(links) == 2
    assert all(isinstance(row["b"], ox.BlankNode) for row in links)
    # each derived link ends at the very node the data names
    assert not engine.query(_PROLOGUE + "ASK { ?x ex:link ?b FILTER NOT EXISTS { ?x ex:has ?b } }")
    assert store.cache_entry.manifest["info"]["inference"]["added"] == 2
