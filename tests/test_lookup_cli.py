"""The lookup and query commands through CliRunner: every command and format, every error
path, and the answers on the bundled data checked against the qualified facts."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from conftest import FIXTURES
from rdflib import Graph

from hytegraph.cli import main
from hytegraph.core.namespaces import HYTE, ID
from hytegraph.store.load import load_graph

CATALOGUE = FIXTURES / "catalogue" / "catalogue.ttl"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def store():
    return load_graph()


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input)


LOOKUPS = [
    ["chairs"],
    ["chairs", "--body", "työikäisten ohjausryhmä"],
    ["who", "Virpi Mattila"],
    ["who", "hyvinvointialueen"],
    ["who", "Hyte ry:n"],
    ["who", "järjestöt koty-verkostossa"],
    ["who", "Kasvun ja oppimisen toimialalla"],
    ["who", "aluepäälliköt"],
    ["who", "Hyte-alue"],
    ["body", "lasten ja nuorten ohjausryhmässä"],
    ["ngos"],
    ["county"],
    ["sources", "Virpi Mattila"],
]


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_lookup_formats(runner, args, fmt):
    result = run(runner, *args, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr
    out = result.stdout
    if fmt == "json":
        rows = json.loads(out)
        assert isinstance(rows, list) and rows
        assert all(isinstance(r, dict) for r in rows)
        for row in rows:
            if "sources" in row:
                assert row["sources"], row
                for source in row["sources"]:
                    assert {"source", "item", "respondent", "quote"} <= set(source)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows
    else:
        lines = out.splitlines()
        assert set(lines[1]) <= {"-", " "}  # header, then the dashed rule
        assert "https://" not in out  # labels, not IRIs


def test_chairs_json_fields(runner):
    rows = json.loads(run(runner, "chairs", "--format", "json").stdout)
    for row in rows:
        assert {"chair", "body", "chair_iri", "body_iri", "sources"} <= set(row)
        assert row["sources"][0]["quote"]


def test_who_json_fields(runner):
    rows = json.loads(run(runner, "who", "Virpi Mattila", "--format", "json").stdout)
    assert rows == [
        {
            **rows[0],
            "relation": "puheenjohtaja",
            "target": "Lasten ja nuorten hyvinvoinnin ohjausryhmä",
            "target_iri": ID + "body/lasten-ja-nuorten-ohjausryhma",
        }
    ]
    (source,) = rows[0]["sources"]
    assert source["quote"].endswith("(pj. Virpi Mattila)")
    assert source["item_number"] == 3
    assert source["respondent"] == "Kasvun ja oppimisen toimiala"


def test_who_announces_the_match_on_stderr(runner):
    result = run(runner, "who", "virpi mattila")
    assert result.stderr.splitlines()[0] == "Virpi Mattila (person)"
    assert "Virpi Mattila (person)" not in result.stdout


@pytest.mark.parametrize(
    ("lang", "chair_label", "body_label"),
    [
        ("fi", "Virpi Mattila", "Lasten ja nuorten hyvinvoinnin ohjausryhmä"),
        ("en", "Virpi Mattila", "Children and Youth Wellbeing Steering Group"),
        ("sv", "Virpi Mattila", "Lasten ja nuorten hyvinvoinnin ohjausryhmä"),  # no Swedish: fi
    ],
)
def test_lang(runner, lang, chair_label, body_label):
    rows = json.loads(run(runner, "chairs", "--format", "json", "--lang", lang).stdout)
    assert (chair_label, body_label) in {(r["chair"], r["body"]) for r in rows}


def test_table_sources_are_compact(runner):
    out = run(runner, "chairs").stdout
    line = next(x for x in out.splitlines() if x.startswith("Virpi Mattila"))
    assert line.endswith("kohta 3 / Kasvun ja oppimisen toimiala")
    out_en = run(runner, "chairs", "--lang", "en").stdout
    assert "item 3 / Growth and Learning Sector" in out_en


# ---------------------------------------------------------------------------------------------
# the bundled data, checked against the qualified facts


CHAIRS = {  # from the source document, by hand
    ("person/harri-rinta-aho", "body/hyto-ohjausryhma"),
    ("person/virpi-mikama", "body/tyoikaisten-ohjausryhma"),
    ("person/virpi-mattila", "body/lasten-ja-nuorten-ohjausryhma"),
    ("person/tero-luukkonen", "body/nuorten-hyvinvointityoryhma"),
    (  # held by virtue of an office: a chair post held by the area heads
        "collective/suomenkielisen-perusopetuksen-aluepaallikot",
        "body/alueelliset-lasten-ja-nuorten-hyvinvointiryhmat",
    ),
    # Kauniainen's page (examples/kauniainen): "Puheenjohtaja: Mikael Flemmich"
    ("person/flemmich", "body/hyte-ohjausryhma"),
}


def test_chairs_on_bundled_data(runner, store):
    rows = json.loads(run(runner, "chairs", "--format", "json").stdout)
    found = {(r["chair_iri"].removeprefix(ID), r["body_iri"].removeprefix(ID)) for r in rows}
    assert found == CHAIRS
    # the same from the qualified facts, by a query of the test's own
    facts = store.select(
        """SELECT ?chair ?body WHERE {
             { ?m a org:Membership ; org:role <https://w3id.org/hytegraph/id/role/chair> ;
                  org:organization ?body ; org:member ?chair }
             UNION
             { ?m a org:Post ; org:role <https://w3id.org/hytegraph/id/role/chair> ;
                  org:postIn ?body ; org:heldBy ?chair } }"""
    )
    assert {(str(c), str(b)) for c, b in facts.rows} == {
        (r["chair_iri"], r["body_iri"]) for r in rows
    }
    labels = {(r["chair"], r["body"]) for r in rows}
    assert (
        "Harri Rinta-aho",
        "Hyvinvoinnin, terveyden ja osallisuuden edistämisen ohjausryhmä",
    ) in labels
    post = next(r for r in rows if r["chair_iri"].endswith("aluepaallikot"))
    assert post["ex_officio"] is True
    assert post["fact_iri"] == ID + "post/alueellisten-hyvinvointiryhmien-puheenjohtaja"


def test_chairs_table_lists_every_chair(runner):
    out = run(runner, "chairs").stdout
    for name in ("Harri Rinta-aho", "Virpi Mikama", "Virpi Mattila", "Tero Luukkonen",
                 "Suomenkielisen perusopetuksen aluepäälliköt"):  # fmt: skip
        assert name in out


def test_chairs_of_one_body(runner):
    result = run(runner, "chairs", "--body", "Nuorten hyvinvointityöryhmässä", "--format", "json")
    assert [r["chair"] for r in json.loads(result.stdout)] == ["Tero Luukkonen"]


def test_county_on_bundled_data(runner, store):
    rows = json.loads(run(runner, "county", "--format", "json").stdout)
    county = ID + "org/lansi-uusimaa"
    assert {r["county_iri"] for r in rows} == {county}
    # the county's qualified facts, by a query of the test's own
    own = store.select(
        """SELECT DISTINCT ?fact WHERE {
             { ?fact a org:Membership ; org:member ?county }
             UNION { ?fact a hyte:Cooperation ; hyte:focalParty|hyte:partner ?county }
             UNION { ?fact a hyte:Responsibility ; hyte:responsibleAgent ?county }
             VALUES ?county { <https://w3id.org/hytegraph/id/org/lansi-uusimaa> } }"""
    )
    expected_facts = {str(r[0]) for r in own.rows}
    assert len(expected_facts) == 6
    assert {r["fact_iri"] for r in rows if r["possibly_same_as"] is None} == expected_facts
    # what the Hyte-alue, possibly the county's health promotion area, does, marked as such
    marked = {r["fact_iri"]: r["possibly_same_as"] for r in rows if r["possibly_same_as"]}
    assert marked == {ID + "fact/liikunta-hyte-alue-liikuntaneuvonta": "Hyte-alue"}
    bodies = {r["target_iri"] for r in rows if r["relation_iri"].endswith("role/participant")}
    assert bodies == {
        ID + "body/tyoikaisten-ohjausryhma",
        ID + "body/lansi-uusimaa-yhteistyoprojekti",
    }
    cooperations = {
        r["fact_iri"].removeprefix(ID)
        for r in rows
        if r["relation"] == "yhteistyö" and not r["possibly_same_as"]
    }
    assert cooperations == {
        "fact/elinvoima-hyvinvointialue-rajapintayhteistyo",
        "fact/espoo-hyvinvointialue-keskustelut",
        "fact/espoo-hyvinvointialue-yhteistyorakenteet",
        "fact/kunnat-hyvinvointialue-yhteistyoprojekti",
    }
    project = next(
        r for r in rows if r["fact_iri"].endswith("kunnat-hyvinvointialue-yhteistyoprojekti")
    )
    assert project["context"] == ["Länsi-Uudenmaan kuntien ja hyvinvointialueen yhteistyöprojekti"]


def test_body_lists_chair_and_responsible_unit(runner):
    result = run(runner, "body", "lasten ja nuorten ohjausryhmässä", "--format", "json")
    rows = {(r["role"], r["actor"]) for r in json.loads(result.stdout)}
    assert rows == {("puheenjohtaja", "Virpi Mattila"), ("vastuu", "Kasvun ja oppimisen toimiala")}


def test_ngos(runner):
    rows = json.loads(run(runner, "ngos", "--format", "json").stdout)
    bodies = {r["body_iri"].removeprefix(ID) for r in rows}
    # Ohjaamotalo is a place (org:Site) where NGOs work, not a body they are members of
    assert bodies == {
        "body/hyto-ohjausryhma",
        "body/hyte-asiantuntijaryhma",
        "body/nuorten-hyvinvointityoryhma",
        "body/koty-verkosto",
    }


def test_sources(runner):
    rows = json.loads(run(runner, "sources", "Hyte ry", "--format", "json").stdout)
    assert [r["evidence_iri"].removeprefix(ID) for r in rows] == ["evidence/i2-kao-1"]
    assert rows[0]["quote"].startswith("Toimialalla tehdään yhteistyötä Hyte ry:n kanssa")


# ---------------------------------------------------------------------------------------------
# queries and query


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_queries_lists_the_catalogue(runner, fmt):
    result = run(runner, "queries", "--format", fmt)
    assert result.exit_code == 0
    assert "who-chairs-what" in result.stdout
    assert "Who chairs what" in result.stdout


def test_query_table_shows_labels(runner):
    result = run(runner, "query", "who-chairs-what", "-p", "body=Nuorten hyvinvointityöryhmä")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["chair", "body", "exOfficio", "fact", "evidence"]
    assert lines[2].split()[:2] == ["Tero", "Luukkonen"]
    assert "id:fact/chair-nuorten-hyvinvointityoryhma" in lines[2]


def test_query_json_is_w3c(runner):
    result = run(
        runner,
        "query",
        "who-chairs-what",
        "--format",
        "json",
        "-p",
        "body=id:body/hyto-ohjausryhma",
    )
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["chair", "body", "exOfficio", "fact", "evidence"]
    (binding,) = doc["results"]["bindings"]
    assert binding["chair"] == {"type": "uri", "value": ID + "person/harri-rinta-aho"}
    assert binding["exOfficio"]["datatype"].endswith("#boolean")


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("csv", lambda out: out.startswith("chair,body,exOfficio,fact,evidence\r\n")),
        ("tsv", lambda out: out.startswith("?chair\t?body\t?exOfficio\t?fact\t?evidence\n")),
        ("xml", lambda out: "http://www.w3.org/2005/sparql-results#" in out),
    ],
)
def test_query_result_formats(runner, fmt, check):
    result = run(runner, "query", "who-chairs-what", "--format", fmt)
    assert result.exit_code == 0
    assert check(result.stdout_bytes.decode("utf-8"))
    assert result.stdout.count("harri-rinta-aho") == 1


CONSTRUCT = "CONSTRUCT { ?p hyte:chairs ?b } WHERE { ?p hyte:chairs ?b }"


@pytest.mark.parametrize(
    ("fmt", "rdf_format"),
    [("table", "turtle"), ("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")],
)
def test_query_construct(runner, store, fmt, rdf_format):
    result = run(runner, "query", "-", "--format", fmt, input=CONSTRUCT)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format=rdf_format)
    # one hyte:chairs triple per chair the sources name
    assert {
        (str(p).removeprefix(ID), str(b).removeprefix(ID))
        for p, b in graph.subject_objects(HYTE.chairs)
    } == CHAIRS


def test_query_ask(runner):
    assert run(runner, "query", "-", input="ASK { ?p hyte:chairs ?b }").stdout == "true\n"


def test_query_file_with_params(runner, tmp_path):
    path = tmp_path / "names.rq"
    path.write_text(
        "# title: Names\n# param: who — the person\n"
        "SELECT ?who ?name WHERE { ?who skos:prefLabel ?name }\n",
        encoding="utf-8",
    )
    result = run(runner, "query", path, "-p", "who=Tero Luukkonen", "--format", "csv")
    assert result.stdout.splitlines()[1] == f"{ID}person/tero-luukkonen,Tero Luukkonen"


# ---------------------------------------------------------------------------------------------
# errors: exit 1, "Error: ..." on stderr, nothing on stdout


def assert_error(result, *needles):
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


def test_unknown_name(runner):
    assert_error(
        run(runner, "who", "Virpi Matilainen-Xyz"),
        "no actor named",
        "Did you mean",
        "Virpi Mattila (person)",
    )


def test_unknown_body(runner):
    assert_error(run(runner, "body", "Virpi Mattila"), "no body named")


def test_ambiguous_name(runner):
    assert_error(
        run(runner, "who", "Virpi"),
        "matches 2 entities",
        "Virpi Mattila (person)",
        "Virpi Mikama (person)",
    )


def test_ambiguous_name_in_sources(runner):
    assert_error(run(runner, "sources", "virpi"), "Virpi Mikama (person)")


def test_unknown_name_as_parameter(runner):
    assert_error(
        run(runner, "query", "actor-roles", "-p", "actor=Nobody Anywhere Qq"), "no entity named"
    )


def test_bad_parameter_name(runner):
    assert_error(run(runner, "query", "actor-roles", "-p", "person=Virpi Mattila"),
                 "has no parameter 'person'", "Parameters of actor-roles: actor")  # fmt: skip


def test_bad_parameter_value(runner):
    assert_error(run(runner, "query", "actor-roles", "-p", "actor=<not an iri"), "parameter actor")


def test_bad_parameter_syntax(runner):
    assert_error(run(runner, "query", "actor-roles", "-p", "actor"), "NAME=VALUE")


def test_unknown_query(runner):
    assert_error(
        run(runner, "query", "who-chair-what"), "no catalogue query or file", "who-chairs-what"
    )


def test_syntax_error(runner):
    result = run(runner, "query", "-", input="SELECT ?x WHERE {\n  ?x ?y\n}")
    assert_error(result, "SPARQL syntax error at line 3, column 1")


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "CLEAR DEFAULT",
    ],
)
def test_update_refused(runner, store, update):
    before = len(store)
    assert_error(run(runner, "query", "-", input=update), "SPARQL Update", "read-only")
    assert len(store) == before


def test_wrong_format_for_the_query_form(runner):
    assert_error(run(runner, "query", "-", "--format", "json", input=CONSTRUCT), "returns a graph")
    assert_error(run(runner, "query", "who-chairs-what", "--format", "nt"), "returns results")


def test_timeout(runner):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = run(runner, "query", "-", "--timeout", "1", input=query)
    assert_error(result, "query did not finish within 1 s", "longer timeout")


def test_extra_data_through_the_cli(runner):
    # the bundled data plus the catalogue fixture (--data)
    result = run(runner, "--data", CATALOGUE, "chairs", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["chair"] for r in rows} >= {"Anna Aalto", "Ville Virta", "rehtorit", "Virpi Mattila"}
    ville = next(r for r in rows if r["chair"] == "Ville Virta")
    assert [s["item_number"] for s in ville["sources"]] == [1, 2]
    assert_error(
        run(runner, "--data", CATALOGUE, "who", "Virta"),
        "Ville Virta (person)",
        "Veera Virta (person)",
    )
