"""The ontology: every term documented in Finnish and English; borrowed terms really exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS

from hytegraph.core import resources

HYTE = rdflib.Namespace("https://w3id.org/hytegraph/ontology#")
VENDOR = resources.ontology_dir() / "vendor"
BORROWED = {
    "http://www.w3.org/ns/org#": VENDOR / "org.ttl",
    "http://www.w3.org/ns/prov#": VENDOR / "prov-o.ttl",
}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(resources.ontology_file())


def _own_terms(g: rdflib.Graph) -> set[rdflib.URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {
        s
        for kind in kinds
        for s in g.subjects(RDF.type, kind)
        if isinstance(s, rdflib.URIRef) and str(s).startswith(str(HYTE))
    }


def test_ontology_declares_its_terms(ontology):
    assert len(_own_terms(ontology)) > 50


@pytest.mark.parametrize("prop", [RDFS.label, SKOS.definition])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_term_is_labelled_and_defined(ontology, prop, lang):
    missing = sorted(
        str(t)
        for t in _own_terms(ontology)
        if not any(getattr(v, "language", None) == lang for v in ontology.objects(t, prop))
    )
    assert missing == []


def _project_texts() -> list[Path]:
    files = [resources.ontology_file(), resources.shapes_file(), *resources.rule_files()]
    files += resources.bundled_data_files()
    queries = Path(__file__).parents[1] / "queries"
    files += sorted(queries.glob("*.rq"))
    files += sorted((Path(__file__).parents[1] / "hytegraph" / "sparql").glob("*.rq"))
    return files


def _used(namespace: str, prefix: str) -> set[str]:
    used: set[str] = set()
    full = re.compile(re.escape("<" + namespace) + r"([A-Za-z][\w-]*)>")
    short = re.compile(r"(?<![\w:/#])" + prefix + r":([A-Za-z][\w-]*)")
    for path in _project_texts():
        text = path.read_text("utf-8")
        used |= {namespace + m for m in full.findall(text)}
        used |= {namespace + m for m in short.findall(text)}
    return used


@pytest.mark.parametrize(("namespace", "prefix"), [(n, n.split("/")[-1][:-1]) for n in BORROWED])
def test_borrowed_terms_exist_in_the_w3c_vocabulary(namespace, prefix):
    vocab = rdflib.Graph().parse(BORROWED[namespace])
    defined = {str(s) for s in vocab.subjects(RDF.type, None)}
    used = _used(namespace, prefix)
    assert used, f"no {prefix}: terms found; the scan is broken"
    assert sorted(used - defined) == []


def test_hyte_terms_used_in_data_are_declared(ontology):
    declared = {str(t) for t in _own_terms(ontology)} | {
        str(s) for s in ontology.subjects() if str(s).startswith(str(HYTE))
    }
    used = _used(str(HYTE), "hyte")
    assert sorted(used - declared) == []


def test_role_scheme_has_three_languages(ontology):
    roles = set(ontology.subjects(RDF.type, rdflib.URIRef("http://www.w3.org/ns/org#Role")))
    names = {str(r).rsplit("/", 1)[-1] for r in roles}
    assert {"chair", "member", "representation", "deputy-member", "secretary"} <= names
    for role in roles:
        langs = {v.language for v in ontology.objects(role, SKOS.prefLabel)}
        assert {"fi", "en", "sv"} <= langs, role
