import pytest
from conftest import EXTRA, INVALID

from hytegraph.check.validate import normalise_whitespace, validate
from hytegraph.core.namespaces import IDNS
from hytegraph.store.load import load_graph


def _problems(report):
    return {(p.focus, p.component) for p in report.problems}


@pytest.mark.parametrize("backend", ["oxigraph", "rdflib"])
def test_mini_data_is_valid(mini, backend):
    report = validate(load_graph(backend=backend))
    assert report.ok, report.format()
    assert report.problems == []
    assert report.format().startswith("Valid:")


def test_valid_extra_files_with_their_own_source_text(mini):
    report = validate([EXTRA / "extra.ttl", EXTRA / "extra.jsonld", EXTRA / "extra.trig"])
    assert report.ok, report.format()


@pytest.mark.parametrize(
    ("fixture", "focus", "component"),
    [
        ("missing-fi-label.ttl", "body/nameless", "integrity:missing-finnish-label"),
        ("quote-not-in-source.ttl", "evidence/made-up", "integrity:quote-not-in-source"),
        ("undescribed.ttl", "person/ghost", "integrity:undescribed-reference"),
        ("source-text-missing.ttl", "evidence/from-absent", "integrity:source-text-missing"),
        ("missing-en-label.ttl", "body/vain-suomeksi", "sh:SPARQLConstraintComponent"),
    ],
)
def test_each_kind_of_problem_is_found(mini, fixture, focus, component):
    report = validate([INVALID / fixture])
    assert not report.ok
    assert (IDNS[focus], component) in _problems(report)


def test_problem_names_entity_by_label_and_says_how_to_fix(mini):
    report = validate([INVALID / "quote-not-in-source.ttl"])
    [problem] = report.problems
    assert problem.path == "hyte:quote"
    assert "lakkautettu" in problem.message
    assert "mini.txt" in problem.hint
    text = report.format()
    assert f"<{IDNS['evidence/made-up']}>" in text
    assert "fix:" in text
    assert text.rstrip().endswith("Invalid: 1 violation(s), 0 other finding(s).")


def test_undescribed_reference_names_the_referrer(mini):
    report = validate([INVALID / "undescribed.ttl"])
    [problem] = [p for p in report.problems if p.component == "integrity:undescribed-reference"]
    assert problem.focus_label == "ghost"
    assert "org:member" in problem.message
    assert str(IDNS["fact/ghost-member"]) in problem.message


def test_shacl_problem_has_focus_label_and_component(mini):
    report = validate([INVALID / "missing-en-label.ttl"])
    [problem] = report.problems
    assert problem.focus_label == "Vain suomeksi -ryhmä"
    assert problem.message == "a body needs an English name"


def test_finnish_label_reported_once_when_shapes_also_catch_it(mini, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:s> a sh:NodeShape ; sh:targetClass hyte:Body ;
  sh:property [ sh:path skos:prefLabel ; sh:qualifiedValueShape [ sh:languageIn ("fi") ] ;
                sh:qualifiedMinCount 1 ] .
"""
    )
    report = validate(load_graph([INVALID / "missing-fi-label.ttl"]), shapes=shapes)
    focused = [p for p in report.problems if p.focus == IDNS["body/nameless"]]
    assert [p.component for p in focused] == ["sh:QualifiedMinCountConstraintComponent"]


def test_warnings_do_not_fail(mini, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<urn:s> a sh:NodeShape ; sh:targetClass foaf:Person ;
  sh:property [ sh:path foaf:mbox ; sh:minCount 1 ; sh:severity sh:Warning ] .
"""
    )
    report = validate(load_graph(), shapes=shapes)
    assert report.ok
    assert [p.severity for p in report.problems] == ["Warning"]


def test_broken_shapes_are_a_clear_error(mini, tmp_path):
    from hytegraph.errors import HytegraphError

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:s> a sh:NodeShape ; sh:targetNode <urn:x> ; sh:property [ sh:minCount 1 ] .
"""
    )
    with pytest.raises(HytegraphError, match="SHACL shapes cannot be applied"):
        validate(load_graph(), shapes=shapes)


def test_whitespace_normalisation():
    assert normalise_whitespace(" a \n\n b\t c\u00a0d ") == "a b c d"
    # composed and decomposed ä compare equal
    assert normalise_whitespace("a\u0308") == normalise_whitespace("ä")


def test_a_text_file_shared_by_documents_is_reported_for_each_evidence(mini, tmp_path):
    # the text file is looked up once per validation: every evidence citing it still hears of it
    lines = [
        "@base <https://w3id.org/hytegraph/id/> .",
        "@prefix hyte: <https://w3id.org/hytegraph/ontology#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
    ]
    for n, text_file in enumerate(["sources/absent.txt"] * 2 + ["../outside.txt"] * 2):
        lines += [
            f'<source/s{n}> a hyte:SourceDocument ; skos:prefLabel "Lähde {n}"@fi , '
            f'"Source {n}"@en ; hyte:textFile "{text_file}" .',
            f"<evidence/e{n}> a hyte:Evidence ; dcterms:source <source/s{n}> ; "
            f'hyte:quote "Mitä tahansa."@fi .',
        ]
    data = tmp_path / "shared.ttl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = _problems(validate([data]))
    for n in (0, 1):
        assert (IDNS[f"evidence/e{n}"], "integrity:source-text-missing") in found
    for n in (2, 3):
        assert (IDNS[f"evidence/e{n}"], "integrity:source-text-refused") in found


@pytest.mark.parametrize(
    "fixture",
    ["missing-fi-label.ttl", "quote-not-in-source.ttl", "undescribed.ttl", "missing-en-label.ttl"],
)
def test_a_cached_graph_gets_the_report_of_a_fresh_one(mini, fixture):
    """With a graph opened from the cache, the integrity checks run on it beside the working
    copy and the rules: the report is the one a graph loaded afresh gets."""
    cached = validate(load_graph([INVALID / fixture], cache=True))
    assert not cached.ok
    assert cached.format() == validate(load_graph([INVALID / fixture])).format()


def test_stated_shortcuts_are_checked_on_the_working_copy(tmp_path):
    # stated shortcuts (the rules read them when the cache is built): the integrity checks
    # run again on the working copy, and the report is the one a graph loaded afresh gets
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
<person/virpi-mattila> hyte:chairs <body/koty-verkosto> .
<person/tero-luukkonen> org:memberOf <body/nowhere> .
""",
        encoding="utf-8",
    )
    cached = validate(load_graph([extra], cache=True)).format()
    assert "integrity:underived-shortcut" in cached
    assert "integrity:undescribed-reference" in cached
    assert cached == validate(load_graph([extra])).format()


def test_quote_checks_read_pyoxigraph_terms_as_the_rdflib_path_reads_rdflib_terms(mini, tmp_path):
    """On an in-memory pyoxigraph store the quote checks keep pyoxigraph's terms and convert
    only what they report: every kind of finding, blank nodes as evidence and as documents,
    must read as it does through the generic (rdflib) path on the same graph."""
    from hytegraph.check.validate import integrity_problems
    from hytegraph.store.rdflib import RdflibStore

    extra = tmp_path / "quotes.ttl"
    extra.write_text(
        """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<source/nofile> a hyte:SourceDocument ; skos:prefLabel "Ei tiedostoa"@fi .
<source/outside> a hyte:SourceDocument ; skos:prefLabel "Ulkona"@fi ;
    hyte:textFile "../outside.txt" .
_:doc a hyte:SourceDocument ; skos:prefLabel "Nimetön"@fi ; hyte:textFile "sources/gone.txt" .
[] a hyte:Evidence ; skos:prefLabel "Todiste"@fi ; hyte:quote "Ei lähdettä." .
[] a hyte:Evidence ; skos:prefLabel "Toinen"@fi ; dcterms:source _:doc ;
    hyte:quote "Jotain." , "Muuta."@fi .
<evidence/nofile> a hyte:Evidence ; skos:prefLabel "Kolmas"@fi ;
    dcterms:source <source/nofile> , <source/outside> ; hyte:quote "Kolmas lainaus."@fi .
""",
        encoding="utf-8",
    )
    files = [INVALID / "quote-not-in-source.ttl", INVALID / "source-text-missing.ttl", extra]
    store = load_graph(files)
    dirs = store.info.data_dirs
    fast = integrity_problems(store, dirs)
    generic = integrity_problems(RdflibStore(store.to_rdflib()), dirs)
    components = {p.component for p in fast}
    assert {
        "integrity:quote-not-in-source",
        "integrity:source-text-missing",
        "integrity:source-text-refused",
        "integrity:quote-without-source",
    } <= components
    assert any(not str(p.focus).startswith("http") for p in fast)  # a blank node reported
    assert fast == generic


def test_an_evidence_is_reported_when_any_of_its_quotes_or_documents_fails(mini, tmp_path):
    # the quote check passes evidence row by row (each quote with each document): one good
    # row must not hide a bad one of the same evidence
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Kunta päätti asiasta.\nToinen lause.\n", encoding="utf-8")
    (sources / "b.txt").write_text("Jotain muuta.\n", encoding="utf-8")
    data = tmp_path / "quotes.ttl"
    data.write_text(
        """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<source/a> a hyte:SourceDocument ; skos:prefLabel "A"@fi ; hyte:textFile "sources/a.txt" .
<source/b> a hyte:SourceDocument ; skos:prefLabel "B"@fi ; hyte:textFile "sources/b.txt" .
<evidence/two-quotes> a hyte:Evidence ; dcterms:source <source/a> ;
    hyte:quote "Kunta päätti asiasta."@fi , "Ei tässä."@fi .
<evidence/two-documents> a hyte:Evidence ; dcterms:source <source/a> , <source/b> ;
    hyte:quote "Toinen lause."@fi .
<evidence/fine> a hyte:Evidence ; dcterms:source <source/a> ; hyte:quote "Toinen   lause."@fi .
""",
        encoding="utf-8",
    )
    report = validate([data])
    quotes = {
        (p.focus, p.message)
        for p in report.problems
        if p.component == "integrity:quote-not-in-source"
    }
    assert quotes == {
        (IDNS["evidence/two-quotes"], 'quote "Ei tässä." does not occur in sources/a.txt'),
        (IDNS["evidence/two-documents"], 'quote "Toinen lause." does not occur in sources/b.txt'),
    }
