"""Each SHACL shape in ontology/shapes.ttl against a conforming and a violating fixture.

A fixture is ``tests/fixtures/shapes/base.ttl`` (a well-formed source, evidence, person,
post, body) plus one small file. The conforming file must give no finding at all; the
violating file must give the expected (focus node, constraint component, shape) finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from hytegraph.core import resources
from hytegraph.core.namespaces import IDNS

SHAPES_DIR = Path(__file__).parent / "fixtures" / "shapes"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
HS = rdflib.Namespace("https://w3id.org/hytegraph/shapes#")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(resources.shapes_file())


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(resources.ontology_file())


def _results(case: str, ontology: rdflib.Graph, shapes: rdflib.Graph) -> set[tuple]:
    import pyshacl

    data = rdflib.Graph()
    data += ontology
    data.parse(SHAPES_DIR / "base.ttl")
    data.parse(SHAPES_DIR / case)
    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    found = set()
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        # property shapes are blank nodes: name them by the node shape that holds them
        owner = (
            shapes.value(predicate=SH.property, object=shape)
            if isinstance(shape, rdflib.BNode)
            else shape
        )
        found.add(
            (
                report.value(result, SH.focusNode),
                report.value(result, SH.sourceConstraintComponent),
                owner if owner is not None else shape,
            )
        )
    return found


VIOLATIONS = [
    # (fixture, focus, constraint component, shape)
    ("membership.bad.ttl", "fact/m", SH.MinCountConstraintComponent, HS.MembershipShape),
    ("post.bad.ttl", "post/pj", SH.SPARQLConstraintComponent, HS.PostShape),
    ("membership-role.bad.ttl", "fact/m", SH.MinCountConstraintComponent, HS.MembershipShape),
    ("membership-body.bad.ttl", "fact/m", SH.MinCountConstraintComponent, HS.MembershipShape),
    ("chair.bad.ttl", "fact/c", SH.SPARQLConstraintComponent, HS.ChairShape),
    ("overlap.bad.ttl", "fact/c1", SH.SPARQLConstraintComponent, HS.OverlappingChairShape),
    ("overlap.bad.ttl", "fact/c2", SH.SPARQLConstraintComponent, HS.OverlappingChairShape),
    ("fact.bad.ttl", "fact/r", SH.MinCountConstraintComponent, HS.FactShape),
    ("evidence.bad.ttl", "evidence/e2", SH.MinCountConstraintComponent, HS.EvidenceShape),
    ("evidence-quote.bad.ttl", "evidence/e2", SH.MinCountConstraintComponent, HS.EvidenceShape),
    ("sourceitem.bad.ttl", "source/s/item-2", SH.DatatypeConstraintComponent, HS.SourceItemShape),
    (
        "sourcedocument.bad.ttl",
        "source/t",
        SH.MinCountConstraintComponent,
        HS.SourceDocumentShape,
    ),
    ("responsibility.bad.ttl", "fact/r", SH.InConstraintComponent, HS.ResponsibilityShape),
    ("cooperation.bad.ttl", "fact/y", SH.MinCountConstraintComponent, HS.CooperationShape),
    ("candidacy.bad.ttl", "fact/c", SH.InConstraintComponent, HS.CandidacyShape),
    ("sitepresence.bad.ttl", "fact/p", SH.ClassConstraintComponent, HS.SitePresenceShape),
    ("continuation.bad.ttl", "fact/j", SH.MinCountConstraintComponent, HS.ContinuationShape),
    (
        "financialsupport.bad.ttl",
        "fact/f",
        SH.MinCountConstraintComponent,
        HS.FinancialSupportShape,
    ),
    ("monitoring.bad.ttl", "fact/o", SH.MinCountConstraintComponent, HS.MonitoringShape),
    ("subordination.bad.ttl", "fact/u", SH.MaxCountConstraintComponent, HS.SubordinationShape),
    (
        "finnishlabel.bad.ttl",
        "org/toinen",
        SH.QualifiedMinCountConstraintComponent,
        HS.FinnishLabelShape,
    ),
    (
        "englishlabel.bad.ttl",
        "body/toinen",
        SH.QualifiedMinCountConstraintComponent,
        HS.EnglishLabelShape,
    ),
    ("collective.bad.ttl", "collective/jarjestot", SH.NotConstraintComponent, HS.CollectiveShape),
    ("interval.bad.ttl", "interval/i", SH.SPARQLConstraintComponent, HS.IntervalShape),
    # hyte:represents: an organisation (or a collective), itself seated in the body
    ("represents.bad.ttl", "fact/r", SH.OrConstraintComponent, HS.RepresentsShape),
    ("represents-seat.bad.ttl", "fact/r", SH.SPARQLConstraintComponent, HS.RepresentsShape),
    ("represents-own.bad.ttl", "fact/p", SH.SPARQLConstraintComponent, HS.RepresentsShape),
    # hyte:deputyFor: on a deputy membership, for a person who is a member of the same body
    ("deputyfor.bad.ttl", "fact/d", SH.SPARQLConstraintComponent, HS.DeputyForShape),
    ("deputyfor-role.bad.ttl", "fact/d", SH.HasValueConstraintComponent, HS.DeputyForShape),
    ("deputyfor-person.bad.ttl", "fact/d", SH.ClassConstraintComponent, HS.DeputyForShape),
]


@pytest.mark.parametrize(("case", "focus", "component", "shape"), VIOLATIONS)
def test_violating_fixture_is_caught(case, focus, component, shape, ontology, shapes):
    assert (IDNS[focus], component, shape) in _results(case, ontology, shapes)


OK = sorted(p.name for p in SHAPES_DIR.glob("*.ok.ttl"))


@pytest.mark.parametrize("case", OK)
def test_conforming_fixture_gives_no_finding(case, ontology, shapes):
    assert _results(case, ontology, shapes) == set()


def test_base_alone_conforms(ontology, shapes, tmp_path):
    empty = SHAPES_DIR / "base.ttl"
    assert _results(empty.name, ontology, shapes) == set()


def test_every_shape_has_both_fixtures(shapes):
    """A new shape without a conforming and a violating fixture fails here."""
    declared = {
        s for s in shapes.subjects(rdflib.RDF.type, SH.NodeShape) if isinstance(s, rdflib.URIRef)
    }
    violated = {shape for *_rest, shape in VIOLATIONS}
    assert declared == violated
    stems = {name.split(".")[0].split("-")[0] for name in OK}
    for shape in declared:
        stem = str(shape).rsplit("#", 1)[1].removesuffix("Shape").lower()
        stem = {"overlappingchair": "overlap"}.get(stem, stem)
        assert stem in stems, f"no conforming fixture for {shape}"
