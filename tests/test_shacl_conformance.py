"""The SPARQL-compiled SHACL validation (hytegraph.check.shacl) gives pyshacl's verdicts, result
for result.

For each data graph below, pyshacl (``inference="none"``, the way ``hytegraph validate`` called
it before) and :mod:`hytegraph.check.shacl` validate the same triples against
``ontology/shapes.ttl``; their results must be equal as multisets of (focus node, result path,
constraint component, source shape, value, severity, declared messages). The graphs:

- every shape fixture (``tests/fixtures/shapes/*.ttl`` over ``base.ttl`` and the ontology), as
  ``tests/test_shapes.py`` sees it and as ``validate`` sees it (rules applied);
- the bundled data as ``validate`` loads it, alone and with the RDFS closure materialised;
- seeded mutations of the fixtures and of the bundled data (triples removed, triples with
  shape-relevant predicates and odd objects added), which reach every component many times;
- small shapes of our own for the components and paths ``shapes.ttl`` does not use yet.

A test also checks that each component of ``shapes.ttl`` is reached by some violating case, so
that agreement is never agreement on empty reports.
"""

from __future__ import annotations

import functools
import random
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import FIXTURES as ALL_FIXTURES
from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef

from hytegraph.check import shacl as shacl_sparql
from hytegraph.core import resources
from hytegraph.core.namespaces import SH
from hytegraph.errors import UnsupportedShape
from hytegraph.store.load import load_graph
from hytegraph.store.terms import ox_to_rdflib, rdflib_to_ox

FIXTURES = ALL_FIXTURES / "shapes"
CASES = sorted(p.name for p in FIXTURES.glob("*.ttl") if p.name != "base.ttl")
ID = "https://w3id.org/hytegraph/id/"
HYTE = rdflib.Namespace("https://w3id.org/hytegraph/ontology#")


# ---------------------------------------------------------------------------------------------
# the two validators, reduced to comparable rows


@functools.cache
def _project_shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(resources.shapes_file())


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return _project_shapes()


@pytest.fixture(scope="module")
def compiled(shapes: rdflib.Graph) -> shacl_sparql.CompiledShapes:
    return shacl_sparql.compile_shapes(shapes)


def _path_text(graph: rdflib.Graph, path: rdflib.term.Node | None) -> str | None:
    return None if path is None else shacl_sparql.sparql_path(graph, path)


def _pyshacl_rows(data: rdflib.Graph, shapes: rdflib.Graph) -> Counter:
    import pyshacl

    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    rows: Counter = Counter()
    # the report's results (sh:result); results nested through sh:detail (sh:node) are not
    for result in report.objects(None, SH.result):
        component = report.value(result, SH.sourceConstraintComponent)
        shape = report.value(result, SH.sourceShape)
        messages = tuple(sorted({str(m) for m in report.objects(result, SH.resultMessage)}))
        constraint = report.value(result, SH.sourceConstraint)  # of a SPARQL constraint
        declared = any(
            True
            for node in (shape, constraint)
            if node is not None
            for _m in shapes.objects(node, SH.message)
        )
        rows[
            (
                report.value(result, SH.focusNode),
                _path_text(report, report.value(result, SH.resultPath)),
                component,
                shape,
                report.value(result, SH.value),
                report.value(result, SH.resultSeverity),
                messages if declared else None,
            )
        ] += 1
    return rows


def _compiled_rows(
    store: ox.Store, shapes: rdflib.Graph, compiled: shacl_sparql.CompiledShapes
) -> Counter:
    return Counter(
        (
            r.focus,
            _path_text(shapes, r.path),
            r.component,
            r.source_shape,
            r.value,
            r.severity,
            r.messages if r.declared_messages else None,
        )
        for r in compiled.validate(store)
    )


def _to_store(graph: rdflib.Graph) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(rdflib_to_ox(s), rdflib_to_ox(p), rdflib_to_ox(o)) for s, p, o in graph)
    return store


def _from_store(store: ox.Store) -> rdflib.Graph:
    graph = rdflib.Graph()
    for q in store:
        graph.add(tuple(ox_to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    return graph


def _agree(
    graph: rdflib.Graph, shapes: rdflib.Graph, compiled: shacl_sparql.CompiledShapes
) -> Counter:
    """Validate ``graph`` both ways (each on the same triples, via a pyoxigraph store, as
    ``validate`` does) and require equal results; returns them."""
    store = _to_store(graph)
    data = _from_store(store)  # what pyshacl sees: the store's terms (e.g. lower-case tags)
    expected = _pyshacl_rows(data, shapes)
    got = _compiled_rows(store, shapes, compiled)
    missing, extra = expected - got, got - expected
    assert not missing and not extra, _explain(missing, extra)
    return got


def _explain(missing: Counter, extra: Counter) -> str:
    lines = ["the compiled validation differs from pyshacl"]
    lines += [f"  only pyshacl: {row}" for row in missing]
    lines += [f"  only compiled: {row}" for row in extra]
    return "\n".join(lines)


@functools.cache
def _fixture_graph(case: str) -> rdflib.Graph:
    """(Cached: callers must not change the graph.)"""
    graph = rdflib.Graph().parse(resources.ontology_file())
    graph.parse(FIXTURES / "base.ttl")
    graph.parse(FIXTURES / case)
    return graph


def _validate_graph(paths: list[Path], *, bundled: bool) -> rdflib.Graph:
    """The graph ``hytegraph validate`` checks: ontology + data + derived triples (cached:
    callers must not change it)."""
    return _validate_graph_cached(tuple(paths), bundled)


@functools.cache
def _validate_graph_cached(paths: tuple[Path, ...], bundled: bool) -> rdflib.Graph:
    return load_graph(list(paths), include_bundled=bundled).to_rdflib()


# ---------------------------------------------------------------------------------------------
# fixtures, bundled data


@pytest.mark.parametrize("case", CASES)
def test_fixture_as_test_shapes_sees_it(case, shapes, compiled):
    got = _agree(_fixture_graph(case), shapes, compiled)
    if case.endswith(".ok.ttl"):
        assert not got, f"{case} should conform"
    else:
        assert got, f"{case} should violate a shape"


@pytest.mark.parametrize("case", CASES)
def test_fixture_with_rules_applied(case, shapes, compiled):
    _agree(
        _validate_graph([FIXTURES / "base.ttl", FIXTURES / case], bundled=False), shapes, compiled
    )


def test_bundled_data(shapes, compiled):
    _agree(_validate_graph([], bundled=True), shapes, compiled)


def _rdfs_closure(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph with rdfs2/3/7/9/11 consequences added (what RDFS entailment materialises)."""
    out = rdflib.Graph()
    out += graph
    while True:
        before = len(out)
        sub_class = {(s, o) for s, o in out.subject_objects(RDFS.subClassOf)}
        sub_prop = {(s, o) for s, o in out.subject_objects(RDFS.subPropertyOf)}
        for a, b in list(sub_class):
            for c in list(out.objects(b, RDFS.subClassOf)):
                out.add((a, RDFS.subClassOf, c))
        for a, b in sub_prop:
            for s, o in list(out.subject_objects(a)):
                out.add((s, b, o))
        for p, c in list(out.subject_objects(RDFS.domain)):
            for s in list(out.subjects(p, None)):
                out.add((s, RDF.type, c))
        for p, c in list(out.subject_objects(RDFS.range)):
            for o in list(out.objects(None, p)):
                if not isinstance(o, Literal):
                    out.add((o, RDF.type, c))
        for a, b in sub_class:
            for s in list(out.subjects(RDF.type, a)):
                out.add((s, RDF.type, b))
        if len(out) == before:
            return out


def test_bundled_data_with_rdfs_entailment(shapes, compiled):
    _agree(_rdfs_closure(_validate_graph([], bundled=True)), shapes, compiled)


def test_fixtures_with_rdfs_entailment(shapes, compiled):
    for case in CASES:
        _agree(_rdfs_closure(_fixture_graph(case)), shapes, compiled)


# ---------------------------------------------------------------------------------------------
# mutations


def _paths(shapes: rdflib.Graph) -> list[URIRef]:
    found = {p for p in shapes.objects(None, SH.path) if isinstance(p, URIRef)}
    found |= {HYTE.chairs, HYTE.leads, HYTE.responsibleFor, RDF.type}
    found |= {
        URIRef("http://www.w3.org/2006/time#" + n)
        for n in ("hasBeginning", "hasEnd", "inXSDDate", "inXSDgYear")
    }
    return sorted(found)


def _paths_by_class(shapes: rdflib.Graph) -> dict[rdflib.term.Node, list[URIRef]]:
    """The IRI paths of the property shapes of each target class."""
    out: dict[rdflib.term.Node, list[URIRef]] = {}
    for shape, cls in shapes.subject_objects(SH.targetClass):
        for prop in shapes.objects(shape, SH.property):
            path = shapes.value(prop, SH.path)
            if isinstance(path, URIRef):
                out.setdefault(cls, []).append(path)
        for head in shapes.objects(shape, SH["or"]):
            for member in rdflib.collection.Collection(shapes, head):
                path = shapes.value(member, SH.path)
                if isinstance(path, URIRef):
                    out.setdefault(cls, []).append(path)
    return out


def _mutate(
    graph: rdflib.Graph, shapes: rdflib.Graph, seed: int, *, protected: rdflib.Graph
) -> rdflib.Graph:
    """``graph`` with 1-6 data triples removed and 1-6 odd triples added, mostly on a path a
    shape of the subject's class constrains."""
    rnd = random.Random(seed)
    out = rdflib.Graph()
    out += graph
    data = sorted(t for t in graph if t not in protected)
    constrained = set(_paths(shapes))
    on_paths = [t for t in data if t[1] in constrained]
    for _ in range(rnd.randint(1, 6)):
        out.remove(rnd.choice(on_paths if on_paths and rnd.random() < 0.7 else data))
    nodes = sorted(
        {s for s in graph.subjects() if isinstance(s, (URIRef, BNode))} - set(protected.subjects()),
        key=str,
    )
    classes = sorted(
        protected.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")), key=str
    )
    by_class = _paths_by_class(shapes)
    odd_objects = [
        Literal("kaksi", datatype=XSD.integer),
        Literal("7", datatype=XSD.integer),
        Literal("7"),
        Literal("ab"),
        Literal("x" * 700),
        Literal("Nimi", lang="fi"),
        Literal("Name", lang="en"),
        Literal("Namn", lang="sv"),
        Literal("Nimi", lang="fi-FI"),
        Literal("2024-01-01", datatype=XSD.date),
        Literal("2020", datatype=XSD.gYear),
        URIRef(ID + "role/chair"),
        URIRef(ID + "role/member"),
        URIRef(ID + "responsibility-kind/leadership"),
        URIRef(ID + "nowhere"),
        BNode("odd"),
    ]
    paths = _paths(shapes)
    instances = {
        c: sorted(
            {
                s
                for s in nodes
                for t in graph.objects(s, RDF.type)
                if c in set(graph.transitive_objects(t, RDFS.subClassOf))
            },
            key=str,
        )
        for c in by_class
    }
    targeted = [c for c in sorted(instances, key=str) if instances[c]]
    for _ in range(rnd.randint(1, 6)):
        if targeted and rnd.random() < 0.7:
            subject = rnd.choice(instances[rnd.choice(targeted)])
        else:
            subject = rnd.choice(nodes)
        types = {
            c
            for t in graph.objects(subject, RDF.type)
            for c in graph.transitive_objects(t, RDFS.subClassOf)
        }
        relevant = sorted({p for c in types for p in by_class.get(c, [])})
        predicate = rnd.choice(relevant) if relevant and rnd.random() < 0.8 else rnd.choice(paths)
        obj = rnd.choice(classes) if predicate == RDF.type else rnd.choice(odd_objects + nodes)
        out.add((subject, predicate, obj))
    return out


MUTANTS = 24


@functools.cache
def _mutated_fixture(seed: int) -> rdflib.Graph:
    shapes = _project_shapes()
    protected = rdflib.Graph().parse(resources.ontology_file())
    conforming = [c for c in CASES if c.endswith(".ok.ttl")]
    graph = _fixture_graph(conforming[seed % len(conforming)])
    return _mutate(graph, shapes, seed, protected=protected)


@pytest.mark.parametrize("seed", range(MUTANTS))
def test_mutated_fixtures(seed, shapes, compiled):
    _agree(_mutated_fixture(seed), shapes, compiled)


@pytest.mark.parametrize("seed", range(2))
def test_mutated_bundled_data(seed, shapes, compiled):
    protected = rdflib.Graph().parse(resources.ontology_file())
    graph = _validate_graph([], bundled=True)
    _agree(_mutate(graph, shapes, 1000 + seed, protected=protected), shapes, compiled)


def _all_conforming() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph += _fixture_graph(CASES[0])
    for case in CASES:
        if case.endswith(".ok.ttl"):
            graph.parse(FIXTURES / case)
    return graph


def _shape_paths() -> list[URIRef]:
    shapes = rdflib.Graph().parse(resources.shapes_file())
    return sorted({p for p in shapes.objects(None, SH.path) if isinstance(p, URIRef)})


@functools.cache
def _systematic(path: URIRef, operation: str) -> rdflib.Graph:
    """All conforming fixtures together; of the subjects that have a ``path`` value, every
    other one gets three odd values more (a short Finnish text, a 700-character text, an
    unknown IRI) and the rest lose theirs ("mixed"), or all lose them ("drop", for paths only
    one subject has)."""
    graph = _all_conforming()
    subjects = sorted(set(graph.subjects(path, None)), key=str)
    for i, subject in enumerate(subjects):
        if operation == "mixed" and i % 2 == 0:
            graph.add((subject, path, Literal("ab", lang="fi")))
            graph.add((subject, path, Literal("x" * 700)))
            graph.add((subject, path, URIRef(ID + "nowhere")))
        else:
            graph.remove((subject, path, None))
    return graph


def _systematic_cases() -> list[tuple[URIRef, str]]:
    conforming = _all_conforming()
    cases = []
    for path in _shape_paths():
        cases.append((path, "mixed"))
        if len(set(conforming.subjects(path, None))) == 1:
            cases.append((path, "drop"))
    return cases


SYSTEMATIC = _systematic_cases()


@pytest.mark.parametrize(
    ("path", "operation"), SYSTEMATIC, ids=[f"{op}-{p.split('/')[-1]}" for p, op in SYSTEMATIC]
)
def test_systematic_mutations(path, operation, shapes, compiled):
    _agree(_systematic(path, operation), shapes, compiled)


def test_every_component_of_the_shapes_is_exercised(shapes, compiled):
    """Agreement must come from violating cases: every (shape, component) that shapes.ttl
    declares at the top level is reported for at least one fixture or mutation."""
    reached: set[tuple] = set()
    graphs = [_fixture_graph(c) for c in CASES]
    graphs += [_mutated_fixture(seed) for seed in range(MUTANTS)]
    graphs += [_systematic(p, op) for p, op in SYSTEMATIC]
    for graph in graphs:
        for r in compiled.validate(_to_store(graph)):
            reached.add((r.source_shape, r.component))
    declared = set()
    component_of = {
        SH["class"]: SH.ClassConstraintComponent,
        SH.minCount: SH.MinCountConstraintComponent,
        SH.maxCount: SH.MaxCountConstraintComponent,
        SH.nodeKind: SH.NodeKindConstraintComponent,
        SH.datatype: SH.DatatypeConstraintComponent,
        SH.minLength: SH.MinLengthConstraintComponent,
        SH.maxLength: SH.MaxLengthConstraintComponent,
        SH["in"]: SH.InConstraintComponent,
        SH.qualifiedMinCount: SH.QualifiedMinCountConstraintComponent,
        SH.uniqueLang: SH.UniqueLangConstraintComponent,
        SH["or"]: SH.OrConstraintComponent,
        SH["not"]: SH.NotConstraintComponent,
        SH.sparql: SH.SPARQLConstraintComponent,
    }
    for t in compiled.shapes:
        for info in [t.shape, *t.property_shapes]:
            for parameter, component in component_of.items():
                if (info.node, parameter, None) in shapes:
                    declared.add((info.node, component))
    assert declared, "no constraint found in the shapes"
    unreached = sorted(
        f"{shacl_sparql._label(shapes, s)} {c.split('#')[1]}" for s, c in declared - reached
    )
    assert not unreached, unreached


# ---------------------------------------------------------------------------------------------
# components and paths shapes.ttl does not use (yet)

EX = "http://example.org/"
EXTRA_SHAPES = f"""
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <{EX}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:A a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 2 ; sh:maxCount 3 ;
                sh:nodeKind sh:IRIOrLiteral ] ;
  sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:maxCount 1 ; sh:class ex:Thing ] ;
  sh:property [ sh:path [ sh:alternativePath ( ex:r ex:s ) ] ; sh:datatype xsd:integer ;
                sh:maxLength 2 ] ;
  sh:property [ sh:path [ sh:oneOrMorePath ex:p ] ; sh:nodeKind sh:BlankNodeOrIRI ;
                sh:minCount 1 ] ;
  sh:property [ sh:path [ sh:zeroOrMorePath ex:p ] ; sh:in ( ex:a ex:b ex:c ex:d 1 ) ] ;
  sh:property [ sh:path ex:r ; sh:qualifiedValueShape [ sh:datatype xsd:string ] ;
                sh:qualifiedMaxCount 1 ] ;
  sh:property [ sh:path ex:s ; sh:qualifiedValueShape [ sh:languageIn ( "en" ) ] ;
                sh:qualifiedMinCount 2 ] ;
  sh:property [ sh:path ex:s ; sh:languageIn ( "en" "fi-FI" ) ; sh:uniqueLang true ;
                sh:minLength 2 ] ;
  sh:property [ sh:path ex:q ; sh:or ( [ sh:class ex:Thing ] [ sh:nodeKind sh:Literal ] ) ] ;
  sh:property [ sh:path ex:p ; sh:or ( [ sh:class ex:Sub2 ] [ sh:class ex:Bad ] ) ] ;
  sh:and ( [ sh:path ex:p ; sh:minCount 1 ] [ sh:not [ sh:class ex:Bad ] ] ) ;
  sh:xone ( [ sh:path ex:q ; sh:minCount 1 ] [ sh:path ex:r ; sh:minCount 1 ] ) ;
  sh:node ex:Named .
ex:Named a sh:NodeShape ; sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:maxCount 1 ] .
ex:Prebound a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:sparql [ sh:message "no s value" ;
    sh:select "SELECT $this WHERE {{ FILTER NOT EXISTS {{ $this <{EX}s> ?v }} }}" ] .
ex:Valued a sh:NodeShape ; sh:targetSubjectsOf ex:r ;
  sh:property [ sh:path ex:p ; sh:hasValue ex:a ] ;
  sh:property [ sh:path ex:q ; sh:or ( [ sh:hasValue ex:b ] [ sh:nodeKind sh:Literal ] ) ] ;
  sh:property [ sh:path ex:s ; sh:qualifiedValueShape [ sh:path ex:p ; sh:hasValue ex:c ] ;
                sh:qualifiedMaxCount 0 ] .
ex:Sub a sh:NodeShape ; sh:targetSubjectsOf ex:q ; sh:targetObjectsOf ex:r ;
  sh:targetNode ex:a , ex:zz ;
  sh:nodeKind sh:IRI ; sh:severity sh:Warning ; sh:message "not an IRI"@en , "ei IRI"@fi .
ex:Thing a rdfs:Class , sh:NodeShape ;
  sh:property [ sh:path ex:p ; sh:maxCount 2 ; sh:deactivated true ] .
"""


def _random_extra_graph(seed: int) -> rdflib.Graph:
    rnd = random.Random(seed)
    ex = rdflib.Namespace(EX)
    nodes = [ex[n] for n in "abcdefg"] + [BNode(f"n{i}") for i in range(3)]
    objects = [
        *nodes,
        Literal(1),
        Literal(12),
        Literal(123),
        Literal("x1", datatype=XSD.integer),
        Literal("s"),
        Literal("st", lang="en"),
        Literal("tt", lang="EN"),
        Literal("uu", lang="fi-fi"),
        Literal("v", lang="fi"),
        Literal("w", lang="sv"),
    ]
    graph = rdflib.Graph()
    graph.add((ex.Sub2, RDFS.subClassOf, ex.Thing))
    for _ in range(rnd.randint(15, 60)):
        graph.add(
            (
                rnd.choice(nodes),
                rnd.choice([ex.p, ex.q, ex.r, ex.s, RDFS.label]),
                rnd.choice(objects),
            )
        )
    for node in rnd.sample(nodes, 4):
        graph.add((node, RDF.type, rnd.choice([ex.Thing, ex.Sub2, ex.Bad])))
    # values that repeat a language or a datatype on one subject, and shared objects
    subject = rnd.choice(nodes)
    graph.add((subject, ex.s, Literal("xx", lang="en")))
    graph.add((subject, ex.s, Literal("yy", lang=rnd.choice(["en", "EN", "sv"]))))
    graph.add((subject, ex.r, Literal("text")))
    graph.add((subject, ex.r, Literal(rnd.choice(["more text", "text"]))))
    graph.add((rnd.choice(nodes), ex.p, subject))
    return graph


@pytest.mark.parametrize("seed", range(40))
def test_components_beyond_the_project_shapes(seed):
    extra = rdflib.Graph().parse(data=EXTRA_SHAPES, format="turtle")
    _agree(_random_extra_graph(seed), extra, shacl_sparql.compile_shapes(extra))


def test_components_beyond_the_project_shapes_are_exercised():
    extra = rdflib.Graph().parse(data=EXTRA_SHAPES, format="turtle")
    compiled = shacl_sparql.compile_shapes(extra)
    reached = {
        r.component
        for seed in range(40)
        for r in compiled.validate(_to_store(_random_extra_graph(seed)))
    }
    declared = {
        SH[f"{name}ConstraintComponent"]
        for name in [
            "And",
            "Class",
            "Datatype",
            "HasValue",
            "In",
            "LanguageIn",
            "MaxCount",
            "MaxLength",
            "MinCount",
            "MinLength",
            "Node",
            "NodeKind",
            "Or",
            "QualifiedMaxCount",
            "QualifiedMinCount",
            "SPARQL",
            "UniqueLang",
            "Xone",
        ]
    }
    assert declared <= reached, sorted(declared - reached)


# ---------------------------------------------------------------------------------------------
# refusals


@pytest.mark.parametrize(
    "shape",
    [
        'sh:property [ sh:path ex:p ; sh:pattern "^a" ]',
        "sh:property [ sh:path ex:p ; sh:lessThan ex:q ]",
        "sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:C ] ; "
        "sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMinCount 1 ]",
        "sh:or ( [ sh:datatype xsd:integer ] )",
        'sh:sparql [ sh:select "SELECT ?x WHERE { ?x ?p ?o }" ]',
        "sh:hasValue ex:a",
    ],
)
def test_unsupported_constructs_are_refused(shape):
    text = f"""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <{EX}> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    ex:S a sh:NodeShape ; sh:targetClass ex:C ; {shape} ."""
    with pytest.raises(UnsupportedShape):
        shacl_sparql.compile_shapes(rdflib.Graph().parse(data=text, format="turtle"))
