"""OWL 2 RL consistency from the schema (hytegraph.check.consistency): one query per axiom finds
exactly what the closure (hytegraph.check.reasoning, the reference) finds, on every case of
tests/test_reasoning.py and on contradictions reached only through a chain of axioms; where
it would not be exact it says so and validate uses the closure."""

from __future__ import annotations

import pytest
from test_reasoning import (
    AGREED,
    LONE_EQUAL,
    OWLRL_MISSES,
    THROUGH_PRUNED_AXIOMS,
    _graph,
    _iri,
    _write,
)

from hytegraph.check import consistency, reasoning
from hytegraph.check.validate import validate
from hytegraph.store import OxigraphStore
from hytegraph.store.load import load_graph

#: Contradictions reachable only through a chain of axioms, each with its culprit.
CHAINS = [
    (
        "sub-class of a sub-class",
        """:A rdfs:subClassOf :B . :B rdfs:subClassOf org:Site .
           :x a :A , hyte:SteeringGroup .""",
        ":x",
    ),
    (
        "domain of a sub-property",
        """:p rdfs:subPropertyOf org:subOrganizationOf . :x :p :y ; a org:Site .""",
        ":x",
    ),
    (
        "range of a sub-property of a sub-property",
        """:p rdfs:subPropertyOf :q . :q rdfs:subPropertyOf org:memberOf .
           :x :p :y . :y a org:Role .""",
        ":y",
    ),
    (
        "an inverse property's range",  # org:hasSite's inverse org:siteOf: range of hasSite
        """:site org:siteOf :r . :r a org:Membership .""",
        ":r",
    ),
    (
        "the domain of the inverse of a sub-property",  # org:member, inverse of hasMembership
        """:p rdfs:subPropertyOf org:hasMembership . :a :p :m . :m a org:Site .""",
        ":m",
    ),
    (
        "an equivalent property",
        """:p owl:equivalentProperty org:headOf . :x :p :y . :y a org:Membership .""",
        ":y",
    ),
    (
        "an equivalent class of a sub-class",
        """:C owl:equivalentClass :D . :D rdfs:subClassOf org:Role . :x a :C , org:Membership .""",
        ":x",
    ),
    (
        "a union member's super-class",
        """:U owl:unionOf ( :A :B ) ; rdfs:subClassOf prov:Activity . :x a :B , prov:Entity .""",
        ":x",
    ),
    (
        "an intersection's member",
        """:I owl:intersectionOf ( :A org:Site ) . :x a :I , org:Organization .""",
        ":x",
    ),
    (
        "the symmetric property's other end",  # hyte:cooperatesWith is symmetric
        """:A owl:disjointWith :B . hyte:cooperatesWith rdfs:range :A .
           :x hyte:cooperatesWith :y . :x a :B .""",
        ":x",
    ),
    (
        "cardinality 0 through a sub-property",
        """:p rdfs:subPropertyOf prov:hadActivity . :g a prov:Generation ; :p :act .""",
        ":g",
    ),
    (
        "cardinality 0 on a class through a domain",
        """:q rdfs:domain prov:Invalidation . :u :q "x" ; prov:hadActivity :act .""",
        ":u",
    ),
    (
        "irreflexive through an inverse",
        """:p a owl:IrreflexiveProperty ; owl:inverseOf :q . :x :q :x .""",
        ":x",
    ),
    (
        "asymmetric through a sub-property of a symmetric property",
        """:p a owl:AsymmetricProperty . :s a owl:SymmetricProperty ; rdfs:subPropertyOf :p .
           :x :s :y .""",
        ":x",
    ),
    (
        "disjoint properties through an inverse",
        """:p owl:propertyDisjointWith :q . :r owl:inverseOf :q . :x :p :y . :y :r :x .""",
        ":x",
    ),
    (
        "negative assertion through a sub-property",
        """:s rdfs:subPropertyOf :p .
           [] a owl:NegativePropertyAssertion ; owl:sourceIndividual :x ;
              owl:assertionProperty :p ; owl:targetIndividual :y . :x :s :y .""",
        ":x",
    ),
    (
        "functional literals through a sub-property",
        """:p a owl:FunctionalProperty . :s rdfs:subPropertyOf :p . :x :p "a" ; :s "b" .""",
        ":x",
    ),
    (
        "owl:Nothing through a domain",
        """:p rdfs:domain owl:Nothing . :x :p :y .""",
        ":x",
    ),
    (
        "complement through a range",
        """:A owl:complementOf :B . :p rdfs:range :A . :z :p :x . :x a :B .""",
        ":x",
    ),
]

#: Cases the schema alone cannot decide exactly: the closure is used, and finds the culprit.
NEEDS_CLOSURE = [
    (
        "a sameAs merge",  # the types of :b reach :a through owl:sameAs
        """:a a org:Site ; owl:sameAs :b . :b a org:Membership ; org:member :p .""",
        ":a",
    ),
    (
        "allValuesFrom with an instance",  # ORG's collaboration: every member an organisation
        """:c a org:OrganizationalCollaboration ; org:hasMember :s . :s a org:Site .""",
        ":s",
    ),
    (
        "a transitive property that reaches an irreflexive one",
        """:t a owl:TransitiveProperty , owl:IrreflexiveProperty . :x :t :y . :y :t :x .""",
        ":x",
    ),
    (
        "someValuesFrom",
        """:R owl:someValuesFrom owl:Thing ; owl:onProperty :p ; rdfs:subClassOf org:Site .
           :x :p :y ; a org:Membership .""",
        ":x",
    ),
]

FALLBACK = {
    "same-as-no-clash",
    "same-as-from-functional",
    "same-and-different",
    "same-key",
    "all-different",
    "disjoint classes beside a lone owl:sameAs",
} | {c[0] for c in NEEDS_CLOSURE}

CASES = [
    (c[0], c[1]) for c in AGREED + OWLRL_MISSES + THROUGH_PRUNED_AXIOMS + CHAINS + NEEDS_CLOSURE
] + LONE_EQUAL


def _work(turtle: str) -> OxigraphStore:
    """The data with the vocabularies, as validate holds it when it checks consistency."""
    store = OxigraphStore()
    store.add_triples(_graph(turtle))
    work = reasoning.working_copy(store)
    reasoning.add_vocabularies(work)
    return work


def _closure(turtle: str) -> set[reasoning.Inconsistency]:
    store = OxigraphStore()
    store.add_triples(_graph(turtle))
    skipped = {
        reasoning._header(reasoning.resources.read_sparql(n), "rule")
        for n in reasoning.LITERAL_CHECKS
    }
    return {i for i in reasoning.check_consistency(store) if i.rule not in skipped}


@pytest.mark.parametrize(("name", "turtle"), CASES, ids=[c[0] for c in CASES])
def test_the_schema_check_finds_what_the_closure_finds(name, turtle):
    found = consistency.schema_inconsistencies(_work(turtle))
    if name in FALLBACK:
        assert found is None
    else:
        assert found is not None
        assert set(found) == _closure(turtle)
        assert len(found) == len(set(found))


@pytest.mark.parametrize(("name", "turtle", "culprit"), CHAINS, ids=[c[0] for c in CHAINS])
def test_a_contradiction_through_a_chain_is_found(name, turtle, culprit):
    found = consistency.schema_inconsistencies(_work(turtle))
    assert found is not None
    assert _iri(culprit) in {str(i.focus) for i in found}


@pytest.mark.parametrize(
    ("name", "turtle", "culprit"), NEEDS_CLOSURE, ids=[c[0] for c in NEEDS_CLOSURE]
)
def test_what_needs_the_closure_is_found_by_it(name, turtle, culprit):
    assert consistency.schema_inconsistencies(_work(turtle)) is None
    assert _iri(culprit) in {str(i.focus) for i in _closure(turtle)}


def test_the_bundled_graph_is_checked_from_the_schema():
    work = reasoning.working_copy(load_graph())
    reasoning.add_vocabularies(work)
    assert consistency.schema_inconsistencies(work) == []


def _report(paths, monkeypatch, *, closure: bool) -> str:
    if closure:
        monkeypatch.setattr(consistency, "schema_inconsistencies", lambda _work: None)
    try:
        return validate(paths).format()
    finally:
        monkeypatch.undo()


def test_validate_reports_the_same_by_either_path(tmp_path, monkeypatch):
    """The whole report (bundled data with a contradiction through a chain of axioms added)
    is the same whether consistency is checked from the schema or by the closure."""
    path = _write(
        tmp_path,
        """<fact/x> a org:Membership ; org:member <org/hyte-ry> ;
               org:organization <site/ohjaamotalo> ; org:role <role/participant> ;
               hyte:evidence <evidence/i2-ev-3> .
           hyte:tests rdfs:subPropertyOf org:subOrganizationOf .
           <site/ohjaamotalo> hyte:tests <org/hyte-ry> .""",
    )
    fast = _report([path], monkeypatch, closure=False)
    slow = _report([path], monkeypatch, closure=True)
    assert "owl-rl:cax-dw" in fast
    assert fast == slow
