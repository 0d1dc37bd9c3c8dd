"""The curated Espoo 2023 graph states what the source says, once per real thing."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import pytest

from hytegraph.check.validate import normalise_whitespace
from hytegraph.core import resources
from hytegraph.core.namespaces import IDNS
from hytegraph.store.load import load_graph

PREFIXES = """
PREFIX hyte: <https://w3id.org/hytegraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def store():
    return load_graph()


def _select(store, query):
    # ``id:body/x`` is not a SPARQL prefixed name (no "/" in local names): expand it
    query = re.sub(r"\bid:([\w/-]+)", lambda m: f"<{IDNS[m.group(1)]}>", query)
    return {tuple(row) for row in store.select(PREFIXES + query)}


def _id(*names):
    return tuple(IDNS[n] for n in names)


def test_every_chair_the_source_names(store):
    # Chairs named in the source text: "pj. Virpi Mattila", "puheenjohtajana ..." etc.
    chairs = _select(
        store,
        """SELECT ?chair ?body WHERE {
            { ?m a org:Membership ; org:role id:role/chair ; org:organization ?body ;
                 org:member ?chair }
            UNION
            { ?m a org:Post ; org:role id:role/chair ; org:postIn ?body ; org:heldBy ?chair } }""",
    )
    assert chairs == {
        _id("person/harri-rinta-aho", "body/hyto-ohjausryhma"),
        _id("person/virpi-mikama", "body/tyoikaisten-ohjausryhma"),
        _id("person/virpi-mattila", "body/lasten-ja-nuorten-ohjausryhma"),
        _id("person/tero-luukkonen", "body/nuorten-hyvinvointityoryhma"),
        # data/kauniainen.ttl: "Mikael Flemmich, sivistystoimenjohtaja (puheenjohtaja)"
        _id("person/flemmich", "body/hyte-ohjausryhma"),
        _id(  # "Suomenkielisen perusopetuksen aluepäälliköt pj:nä": a chair post they hold
            "collective/suomenkielisen-perusopetuksen-aluepaallikot",
            "body/alueelliset-lasten-ja-nuorten-hyvinvointiryhmat",
        ),
    }


def test_chair_shortcut_agrees_with_memberships(store):
    derived = _select(store, "SELECT ?c ?b WHERE { ?c hyte:chairs ?b }")
    qualified = _select(
        store,
        """SELECT ?c ?b WHERE {
            { ?m org:role id:role/chair ; org:organization ?b ; org:member ?c }
            UNION
            { ?m org:role id:role/chair ; org:postIn ?b ; org:heldBy ?c } }""",
    )
    assert derived == qualified


def test_the_county_takes_part_in_the_working_age_group(store):
    rows = _select(store, "SELECT ?b WHERE { id:org/lansi-uusimaa hyte:participatesIn ?b }")
    assert _id("body/tyoikaisten-ohjausryhma") in rows


def test_the_board_last_meeting_is_recorded_and_its_end_left_unknown(store):
    # "jatkanut ... kahdella kokouksella, joista viimeinen pidettiin 24.5.2023": the last
    # meeting, not an end of the board, which the source does not state
    rows = _select(
        store,
        """SELECT ?date WHERE {
            ?meeting hyte:meetingOf id:body/hyte-lautakunta ; hyte:isLastMeeting true ;
                time:inXSDDate ?date }""",
    )
    assert {str(d) for (d,) in rows} == {"2023-05-24"}
    said = _select(
        store,
        """SELECT ?p ?o WHERE { id:body/hyte-lautakunta ?p ?o
            FILTER (?p IN (hyte:status, hyte:validDuring)) }""",
    )
    assert said == set()


def test_the_proposal_is_planned_for_august_to_september(store):
    rows = _select(
        store,
        """SELECT ?to ?b ?e WHERE {
            id:doc/esitys-kaupunginhallitukselle-2023 hyte:submittedTo ?to ;
                hyte:status id:status/planned ;
                hyte:plannedDuring [ time:hasBeginning/time:inXSDgYearMonth ?b ;
                                   time:hasEnd/time:inXSDgYearMonth ?e ] }""",
    )
    assert {(t, str(b), str(e)) for t, b, e in rows} == {
        (IDNS["body/kaupunginhallitus"], "2023-08", "2023-09")
    }


def test_ambiguities_are_recorded_not_resolved(store):
    concerned = {
        row[0]
        for row in _select(store, "SELECT ?x WHERE { ?a a hyte:Ambiguity ; hyte:concerns ?x }")
    }
    assert {
        IDNS["actor/hyte-alue"],
        IDNS["unit/tyollisyyspalvelut"],
        IDNS["unit/tyollisyys-espoo"],
    } <= concerned
    # the two employment units stay two nodes: the text does not say they are one
    assert IDNS["unit/tyollisyyspalvelut"] != IDNS["unit/tyollisyys-espoo"]
    same = _select(
        store,
        "SELECT ?x WHERE { id:unit/tyollisyyspalvelut <http://www.w3.org/2002/07/owl#sameAs> ?x }",
    )
    assert same == set()


def test_every_fact_cites_a_quote_found_in_its_source(store):
    rows = _select(
        store,
        """SELECT ?fact ?quote ?file WHERE {
            ?fact a hyte:Fact ; hyte:evidence ?e .
            ?e hyte:quote ?quote ; dcterms:source/hyte:textFile ?file }""",
    )
    facts = _select(store, "SELECT ?f WHERE { ?f a hyte:Fact }")
    assert len(facts) > 50  # every fact node is typed hyte:Fact (ontology/rules/facts.rq)
    assert {r[0] for r in rows} == {f[0] for f in facts}
    texts = {}
    for _fact, quote, file in rows:
        if file not in texts:
            texts[file] = normalise_whitespace(
                (resources.data_dir() / str(file)).read_text("utf-8")
            )
        assert normalise_whitespace(str(quote)) in texts[file], quote


def test_collectives_are_not_named_organisations(store):
    collectives = _select(store, "SELECT ?c WHERE { ?c a hyte:Collective }")
    assert _id("collective/jarjestot-koty-verkostossa") in collectives
    assert _id("collective/oppilaitokset-koty-verkostossa") in collectives
    assert _id("collective/lansi-uudenmaan-kunnat") in collectives
    typed_as_org = _select(
        store,
        """SELECT ?c WHERE { ?c a hyte:Collective .
            { ?c a org:Organization } UNION { ?c a org:FormalOrganization } }""",
    )
    assert typed_as_org == set()


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.replace("-", " ").split())


def test_one_node_per_name(store):
    """No two bodies, organisations or units share a Finnish name or alternative name."""
    rows = _select(
        store,
        """SELECT ?x ?label WHERE {
            { ?x a org:Organization } UNION { ?x a hyte:Collective } UNION { ?x a foaf:Person }
            { ?x skos:prefLabel ?label } UNION { ?x skos:altLabel ?label }
            FILTER (LANG(?label) = "fi") }""",
    )
    owners = defaultdict(set)
    for node, label in rows:
        owners[_key(str(label))].add(node)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_every_body_and_organisation_has_finnish_and_english_names(store):
    missing = _select(
        store,
        """SELECT ?x ?lang WHERE {
            { ?x a org:Organization } UNION { ?x a org:Role }
            VALUES ?lang { "fi" "en" }
            FILTER NOT EXISTS { ?x skos:prefLabel ?l FILTER (LANG(?l) = ?lang) } }""",
    )
    assert missing == set()


@pytest.mark.parametrize(
    ("entity", "swedish"),
    [("org/espoo", "Esbo stad"), ("org/lansi-uusimaa", "Västra Nylands välfärdsområde")],
)
def test_official_swedish_names(store, entity, swedish):
    rows = _select(
        store,
        f"""SELECT ?l WHERE {{ <{IDNS[entity]}> skos:prefLabel ?l FILTER (LANG(?l) = "sv") }}""",
    )
    assert {str(r[0]) for r in rows} == {swedish}


def test_source_metadata(store):
    rows = _select(
        store,
        """SELECT ?publisher ?issued (COUNT(DISTINCT ?item) AS ?items) WHERE {
            id:source/espoo-2023-hyte-answers dcterms:publisher ?publisher ;
                dcterms:issued ?issued ; dcterms:hasPart ?item . ?item hyte:itemNumber ?n }
            GROUP BY ?publisher ?issued""",
    )
    assert {(p, str(i), int(n)) for p, i, n in rows} == {(IDNS["org/espoo"], "2023", 2)}
    respondents = _select(store, "SELECT DISTINCT ?r WHERE { ?e hyte:respondent ?r }")
    assert _id("unit/kasvu-ja-oppiminen") in respondents
    assert len(respondents) >= 3
