"""Time: dates of mixed precision, the as-of rules, diff and history, on the fixture of one body
described by a Swedish and a Finnish page at two dates (tests/fixtures/time) and on small
hand-written graphs for the dated rules."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import FIXTURES
from rdflib import Literal, URIRef

from hytegraph.authoring import read_workbook
from hytegraph.cli import main
from hytegraph.core.namespaces import ID
from hytegraph.query import catalogue, when
from hytegraph.store.load import load_graph
from hytegraph.views import lookups, timeline

WORKBOOK = FIXTURES / "time" / "workbook"
BODY = URIRef(ID + "body/hyte-ohjausryhma")
SV, FI = "kauniainen-styrgrupp-sv", "kauniainen-hyte-ohjausryhma"
SV_DATE, FI_DATE = "2023-02-01", "2024-03-13"


def person(slug: str) -> URIRef:
    return URIRef(ID + "person/" + slug)


@pytest.fixture(scope="module")
def fixture_ttl(tmp_path_factory):
    path = tmp_path_factory.mktemp("time") / "time.ttl"
    read_workbook(WORKBOOK).serialize(path, format="turtle")
    return path


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def store(request, fixture_ttl):
    return load_graph([fixture_ttl], include_bundled=False, backend=request.param)


def members_on(store, day, body="Hyte-ohjausryhmä"):
    _match, rows = lookups.body(store, body, "fi", as_of=day)
    return {(r["actor_iri"].rsplit("/", 1)[1], r["role_iri"].rsplit("/", 1)[1]) for r in rows}


# ---------------------------------------------------------------------------------------------
# one body, one node per person, across languages


def test_one_body_and_one_node_per_person_across_languages(store):
    bodies = store.select("SELECT DISTINCT ?b WHERE { ?b a hyte:SteeringGroup }").column("b")
    assert bodies == [BODY]
    people = store.select("SELECT DISTINCT ?p WHERE { ?p a foaf:Person }").column("p")
    # 9 on the Swedish page, 11 on the Finnish one; 7 on both
    assert len(people) == 13
    spelled = store.select(
        "SELECT ?p ?l WHERE { ?p skos:altLabel ?l }", {"p": person("ekman-ekebom")}
    ).column("l")
    assert Literal("Maria Ekman-Ekeblom", lang="sv") in spelled


def test_a_fact_both_pages_state_is_cited_by_both(store):
    facts = store.select(
        "SELECT ?f ?p ?b WHERE { ?f org:member ?p ; org:organization ?b }",
        {"p": person("flemmich"), "b": BODY},
    ).column("f")
    assert len(facts) == 1
    cited = when.citations(store, facts)[facts[0]]
    assert [c.date for c in cited] == [SV_DATE, FI_DATE]
    assert when.first_last(cited) == (SV_DATE, FI_DATE)
    assert when.first_last(cited, "2023-06-01") == (SV_DATE, SV_DATE)


# ---------------------------------------------------------------------------------------------
# as of a date


def test_as_of_before_both_sources_shows_nothing(store):
    assert members_on(store, "2022-12-31") == set()


def test_as_of_between_shows_the_swedish_page(store):
    assert members_on(store, "2023-06-01") == {
        ("flemmich", "chair"),
        ("tiainen", "secretary"),
        ("ikaheimonen", "agenda-preparer"),
        ("renman", "member"),
        ("haapalainen", "member"),
        ("granlund-blomfelt", "member"),
        ("ormio", "member"),
        ("ekman-ekebom", "member"),
        ("hiitola", "member"),
    }


def test_as_of_after_ends_only_what_a_later_source_contradicts(store):
    after = members_on(store, "2024-06-01")
    # another secretary named by the later page ends Tiainen's term
    assert ("tiainen", "secretary") not in after
    assert ("rimpila", "secretary") in after
    # the agenda preparer is not a single-holder role: Ikäheimonen is only missing from the
    # later page, so she is still cited (last cited 2023-02-01)
    assert ("ikaheimonen", "agenda-preparer") in after
    assert {("tiinanen", "member"), ("kuivalainen", "member"), ("salomaa", "agenda-preparer")} <= (
        after
    )
    assert len(after) == 12


def test_as_of_on_the_day_of_a_source(store):
    assert ("tiainen", "secretary") in members_on(store, SV_DATE)
    assert ("tiainen", "secretary") not in members_on(store, FI_DATE)
    assert ("tiainen", "secretary") in members_on(store, "2024-03-12")


def test_not_in_a_later_source(store):
    fact = store.select(
        "SELECT ?f ?p WHERE { ?f org:member ?p }", {"p": person("ikaheimonen")}
    ).column("f")[0]
    cited = when.citations(store, [fact])[fact]
    described = when.body_sources(store, BODY)
    missing = when.not_in_later(cited, described)
    assert [(c.source.rsplit("/", 1)[1], c.date) for c in missing] == [(FI, FI_DATE)]
    # as of a day before the later page, nothing later describes the body
    assert when.not_in_later(cited, described, "2023-12-31") == []


# ---------------------------------------------------------------------------------------------
# dates of mixed precision


@pytest.mark.parametrize(
    ("value", "early", "late"),
    [
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-05", "2023-05-01", "2023-05-31"),
        ("2023-05-24", "2023-05-24", "2023-05-24"),
        ("2023-05-24Z", "2023-05-24", "2023-05-24"),
    ],
)
def test_earliest_and_latest_day(value, early, late):
    assert when.earliest(value) == early
    assert when.latest(value) == late


@pytest.mark.parametrize(
    ("start", "end", "day", "expected"),
    [
        ("2023-03-01", None, "2023-06-01", "dated"),
        ("2023-03-01", None, "2023-02-28", ""),
        ("2023", None, "2023-06-01", "dated?"),  # started some time in 2023
        ("2023", None, "2024-01-01", "dated"),
        ("2022", "2023-05", "2023-05-15", "dated?"),
        ("2022", "2023-05", "2023-04-30", "dated"),
        ("2022", "2023-05", "2023-06-01", ""),
        (None, "2023-12-31", "2020-01-01", "dated"),
    ],
)
def test_rule_of_a_dated_fact(start, end, day, expected):
    assert when.rule(start, end, day) == expected


def test_rule_of_a_cited_fact():
    year = [when.Citation("s", "2023")]
    day = [when.Citation("s", "2023-05-24")]
    assert when.rule(None, None, "2023-06-01", day) == "cited"
    assert when.rule(None, None, "2023-05-23", day) == ""
    assert when.rule(None, None, "2023-06-01", year) == "cited?"
    assert when.rule(None, None, "2024-01-01", year) == "cited"
    assert when.rule(None, None, "2023-06-01", [when.Citation("s", "")]) == ""


@pytest.mark.parametrize("text", ["2023-06-01", "1.6.2023", " 01.06.2023 "])
def test_parse_date(text):
    assert when.parse_date(text) == "2023-06-01"


@pytest.mark.parametrize("text", ["2023", "2023-06", "31.2.2023", "kesäkuu", ""])
def test_parse_date_refuses_what_is_not_a_day(text):
    with pytest.raises(when.BadDate) as info:
        when.parse_date(text)
    assert "2023-06-01" in (info.value.hint or "")


DATED = """
@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<body/b> a hyte:SteeringGroup ; skos:prefLabel "B"@fi .
<person/year> a foaf:Person ; skos:prefLabel "Vuosi"@fi .
<person/month> a foaf:Person ; skos:prefLabel "Kuukausi"@fi .
<person/day> a foaf:Person ; skos:prefLabel "Päivä"@fi .
<fact/year> a org:Membership ; org:member <person/year> ; org:organization <body/b> ;
    org:role <role/member> ;
    org:memberDuring [ a time:Interval ;
        time:hasBeginning [ a time:Instant ; time:inXSDgYear "2023"^^xsd:gYear ] ] .
<fact/month> a org:Membership ; org:member <person/month> ; org:organization <body/b> ;
    org:role <role/member> ;
    org:memberDuring [ a time:Interval ;
        time:hasEnd [ a time:Instant ; time:inXSDgYearMonth "2023-05"^^xsd:gYearMonth ] ] .
<fact/day> a org:Membership ; org:member <person/day> ; org:organization <body/b> ;
    org:role <role/chair> ;
    org:memberDuring [ a time:Interval ;
        time:hasBeginning [ a time:Instant ; time:inXSDDate "2023-03-01"^^xsd:date ] ;
        time:hasEnd [ a time:Instant ; time:inXSDDate "2023-12-31"^^xsd:date ] ] .
"""


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def dated(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("dated") / "dated.ttl"
    path.write_text(DATED, encoding="utf-8")
    return load_graph([path], include_bundled=False, backend=request.param)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-12-31", {"month"}),
        ("2023-01-01", {"month", "year"}),  # the year may have begun: kept, as dated?
        ("2023-05-31", {"month", "year", "day"}),
        ("2023-06-01", {"year", "day"}),
        ("2024-01-01", {"year"}),
    ],
)
def test_dated_facts_compare_by_their_possible_days(dated, day, expected):
    assert {actor for actor, _role in members_on(dated, day, "B")} == expected
    by_catalogue = catalogue.run(dated, "memberships-on-date", {"date": Literal(day)})
    assert {str(a).rsplit("/", 1)[1] for a in by_catalogue.column("actor")} == expected


def test_history_of_a_dated_fact_is_in_order(dated):
    _match, rows = timeline.history(dated, "Päivä", "en")
    assert [(r["when"], r["event_key"]) for r in rows] == [
        ("2023-03-01", "start"),
        ("2023-12-31", "end"),
    ]


# ---------------------------------------------------------------------------------------------
# the catalogue queries agree with the lookups' filter


@pytest.mark.parametrize("day", ["2022-12-31", "2023-06-01", FI_DATE, "2024-06-01"])
def test_memberships_on_date_agrees_with_the_lookups(store, day):
    on_date = catalogue.run(store, "memberships-on-date", {"date": Literal(day)}).dicts()
    _match, rows = lookups.body(store, "Hyte-ohjausryhmä", "fi", as_of=day)
    assert {str(r["fact"]) for r in on_date} == {r["fact_iri"] for r in rows}
    assert {str(r["rule"]) for r in on_date} <= {"cited"}


def test_the_lookups_rows_say_their_rule_and_dates(store):
    _match, rows = lookups.body(store, "Hyte-ohjausryhmä", "en", as_of="2024-06-01")
    by_actor = {r["actor_iri"].rsplit("/", 1)[1]: r for r in rows}
    assert by_actor["flemmich"]["rule"] == "cited"
    assert (by_actor["flemmich"]["first_cited"], by_actor["flemmich"]["last_cited"]) == (
        SV_DATE,
        FI_DATE,
    )
    note = by_actor["ikaheimonen"]["time_note"]
    assert note.startswith(f"last cited {SV_DATE}; not in ") and note.endswith(f"({FI_DATE})")
    assert by_actor["rimpila"]["time_note"] == ""
    # before the later page exists, nothing later leaves her out
    _match, earlier = lookups.body(store, "Hyte-ohjausryhmä", "en", as_of="2023-06-01")
    assert all(r["time_note"] == "" for r in earlier)
    # without a date every row is shown, with the same note
    _match, every = lookups.body(store, "Hyte-ohjausryhmä", "en")
    assert len(every) == 13  # one membership per person
    assert {r["rule"] for r in every} == {""}
    assert any(r["time_note"].startswith("last cited") for r in every)


def test_changes_between_two_dates(store):
    rows = catalogue.run(
        store,
        "changes-between",
        {"from": Literal("2023-06-01"), "to": Literal("2024-06-01")},
    ).dicts()
    first = {str(r["actor"]).rsplit("/", 1)[1] for r in rows if str(r["change"]) == "first cited"}
    assert first == {"rimpila", "salomaa", "tiinanen", "kuivalainen"}


def test_entity_timeline_oldest_first(store):
    rows = catalogue.run(store, "entity-timeline", {"entity": person("flemmich")}).dicts()
    assert [(str(r["when"]), str(r["source"]).rsplit("/", 1)[1]) for r in rows] == [
        (SV_DATE, SV),
        (FI_DATE, FI),
    ]


# ---------------------------------------------------------------------------------------------
# diff and history


def changes(rows):
    return {(r["change_key"], r["role_iri"].rsplit("/", 1)[-1], r["from"], r["to"]) for r in rows}


def test_diff_between_dates_lists_exactly_joined_left_and_changed(store):
    rows = timeline.diff(store, from_date="2023-06-01", to_date="2024-06-01", lang="en")
    assert changes(rows) == {
        ("changed", "secretary", "Maija Tiainen", "Krista Rimpilä"),
        ("joined", "agenda-preparer", "", "Laura Salomaa"),
        ("joined", "member", "", "Jaakko Tiinanen"),
        ("joined", "member", "", "Tero Kuivalainen"),
    }
    changed = next(r for r in rows if r["change_key"] == "changed")
    assert changed["from_quote"].startswith("Maija Tiainen, planerare")
    assert changed["from_date"] == SV_DATE
    assert changed["to_quote"].startswith("Krista Rimpilä, sivistystoimen")
    assert changed["to_date"] == FI_DATE


def test_diff_between_sources_says_what_each_states(store):
    rows = timeline.diff(store, from_source=SV, to_source=FI, lang="en")
    assert changes(rows) == {
        ("changed", "secretary", "Maija Tiainen", "Krista Rimpilä"),
        ("joined", "agenda-preparer", "", "Laura Salomaa"),
        ("joined", "member", "", "Jaakko Tiinanen"),
        ("joined", "member", "", "Tero Kuivalainen"),
        # the Finnish page does not name her: between sources that is a difference
        ("left", "agenda-preparer", "Taru Ikäheimonen", ""),
    }
    left = next(r for r in rows if r["change_key"] == "left")
    assert left["from_quote"].startswith("Taru Ikäheimonen")
    assert left["to_quote"] == ""


def test_diff_the_other_way_round(store):
    rows = timeline.diff(store, from_source=FI, to_source=SV, lang="en")
    assert ("changed", "secretary", "Krista Rimpilä", "Maija Tiainen") in changes(rows)
    assert ("left", "member", "Jaakko Tiinanen", "") in changes(rows)


def test_diff_words_in_three_languages(store):
    found = {
        lang: {r["change"] for r in timeline.diff(store, from_source=SV, to_source=FI, lang=lang)}
        for lang in ("fi", "en", "sv")
    }
    assert found["en"] == {"changed", "joined", "left"}
    assert len({frozenset(v) for v in found.values()}) == 3


def test_diff_needs_two_dates_or_two_sources(store):
    with pytest.raises(timeline.DiffUsage):
        timeline.diff(store, from_date="2023-01-01")
    with pytest.raises(timeline.DiffUsage):
        timeline.diff(store, from_date="2023-01-01", to_date="2024-01-01", from_source=SV)


def test_history_in_order_with_sources(store):
    match, rows = timeline.history(store, "Maria Ekman-Ekeblom", "en")
    assert match.iri == str(person("ekman-ekebom"))
    assert [(r["when"], r["source_iri"].rsplit("/", 1)[1]) for r in rows] == [
        (SV_DATE, SV),
        (FI_DATE, FI),
    ]
    assert rows[0]["quote"] == ["Maria Ekman-Ekeblom, undervisningschef"]
    assert rows[1]["quote"] == ["Maria Ekman-Ekebom, opetuspäällikkö"]


# ---------------------------------------------------------------------------------------------
# the commands


def test_diff_and_history_commands(fixture_ttl):
    runner = CliRunner()
    base = ["--no-cache", "--data", str(fixture_ttl)]
    result = runner.invoke(
        main,
        [*base, "diff", "--from", "1.6.2023", "--to", "2024-06-01", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["to"] for r in rows} >= {"Krista Rimpilä", "Jaakko Tiinanen"}
    result = runner.invoke(main, [*base, "history", "Mikael Flemmich", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("when,event,")


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "--from", "2023", "--to", "2024-01-01"],
        ["diff", "--from", "2023-01-01"],
        ["diff", "--from", "2023-01-01", "--to", "2024-01-01", "--from-source", "x"],
    ],
)
def test_diff_usage_errors(args):
    result = CliRunner().invoke(main, ["--no-cache", *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------------------------
# the bundled data


def test_bundled_chairs_as_of_2023_06_01_are_espoos_five():
    result = CliRunner().invoke(main, ["chairs", "--as-of", "2023-06-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 5
    assert all("espoo" in r["sources"][0]["source_iri"] for r in rows)
    # the answers are dated by their year only: cited, with the uncertainty said
    assert {r["rule"] for r in rows} == {"cited?"}
    # Kauniainen's page is undated: its chair is left out, and the count says so
    assert (
        "1 row left out"
        in CliRunner().invoke(main, ["chairs", "--as-of", "2023-06-01", "--lang", "en"]).stderr
    )


def test_bundled_chairs_as_of_2019_are_none():
    result = CliRunner().invoke(main, ["chairs", "--as-of", "1.1.2019", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    "args",
    [
        ["who", "Virpi Mattila"],
        ["body", "Lasten ja nuorten hyvinvoinnin ohjausryhmä"],
        ["ngos"],
        ["county"],
    ],
)
def test_as_of_on_every_lookup(args):
    before = CliRunner().invoke(main, [*args, "--as-of", "2019-01-01", "--format", "json"])
    after = CliRunner().invoke(main, [*args, "--as-of", "2024-01-01", "--format", "json"])
    assert before.exit_code == after.exit_code == 0, before.output + after.output
    assert json.loads(before.stdout) == []
    rows = json.loads(after.stdout)
    assert rows and all(r["rule"] == "cited" for r in rows)


def test_as_of_that_is_not_a_day_is_a_usage_error():
    result = CliRunner().invoke(main, ["chairs", "--as-of", "2023"])
    assert result.exit_code == 2
    assert "2023-06-01" in result.output


def test_export_as_of_keeps_the_relations_in_force(fixture_ttl, tmp_path):
    runner = CliRunner()
    base = ["--no-cache", "--data", str(fixture_ttl)]
    counts = {}
    for day in ("2022-01-01", "2023-06-01", "2024-06-01"):
        out = tmp_path / day
        result = runner.invoke(
            main, [*base, "export", "--format", "csv", "-o", str(out), "--as-of", day]
        )
        assert result.exit_code == 0, result.output
        edges = (out / "edges.csv").read_text(encoding="utf-8")
        counts[day] = edges
    assert "tiainen" not in counts["2022-01-01"]
    assert "person/tiainen" in counts["2023-06-01"]
    assert "person/rimpila" not in counts["2023-06-01"]
    assert "person/rimpila" in counts["2024-06-01"]
    refused = runner.invoke(main, [*base, "export", "--format", "ttl", "--as-of", "2023-06-01"])
    assert refused.exit_code == 2


def test_diff_for_a_municipality(store):
    from hytegraph.views.lookups import scope

    kauniainen = scope(store, "Kauniainen")
    rows = timeline.diff(store, from_source=SV, to_source=FI, within=kauniainen, lang="en")
    assert len(rows) == 5
    assert {r["body_iri"] for r in rows} == {str(BODY)}


# ---------------------------------------------------------------------------------------------
# as of a date, the rules run on the rows of the lookup's own query (when.in_force)

STATUSES = """
@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<body/s> a hyte:SteeringGroup ; skos:prefLabel "S"@fi .
<source/early> a hyte:SourceDocument ; dcterms:issued "2023-02-01"^^xsd:date .
<source/late> a hyte:SourceDocument ; dcterms:date "2024-03-13"^^xsd:date .
<source/undated> a hyte:SourceDocument .
<evidence/early> dcterms:source <source/early> .
<evidence/late> dcterms:source <source/late> .
<evidence/undated> dcterms:source <source/undated> .
<person/a> a foaf:Person ; skos:prefLabel "A"@fi .
<person/b> a foaf:Person ; skos:prefLabel "B"@fi .
<person/c> a foaf:Person ; skos:prefLabel "C"@fi .
<person/d> a foaf:Person ; skos:prefLabel "D"@fi .
<person/e> a foaf:Person ; skos:prefLabel "E"@fi .
<person/f> a foaf:Person ; skos:prefLabel "F"@fi .
<fact/ended> a org:Membership ; org:member <person/a> ; org:organization <body/s> ;
    org:role <role/member> ; hyte:status <status/ended> ; hyte:evidence <evidence/early> .
<fact/planned> a org:Membership ; org:member <person/b> ; org:organization <body/s> ;
    org:role <role/member> ; hyte:status <status/planned> ; hyte:evidence <evidence/early> .
<fact/ended-but-dated> a org:Membership ; org:member <person/c> ; org:organization <body/s> ;
    org:role <role/member> ; hyte:status <status/ended> ; hyte:evidence <evidence/early> ;
    org:memberDuring [ a time:Interval ;
        time:hasEnd [ a time:Instant ; time:inXSDgYear "2023"^^xsd:gYear ] ] .
<fact/later> a org:Membership ; org:member <person/d> ; org:organization <body/s> ;
    org:role <role/member> ; hyte:evidence <evidence/late> .
<fact/both> a org:Membership ; org:member <person/e> ; org:organization <body/s> ;
    org:role <role/member> ; hyte:evidence <evidence/early>, <evidence/late> .
<fact/undated> a org:Membership ; org:member <person/f> ; org:organization <body/s> ;
    org:role <role/member> ; hyte:evidence <evidence/undated> .
"""


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def statuses(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("statuses") / "statuses.ttl"
    path.write_text(STATUSES, encoding="utf-8")
    return load_graph([path], include_bundled=False, backend=request.param)


def _fact(slug):
    return URIRef(ID + "fact/" + slug)


def _evidence(slug):
    return URIRef(ID + "evidence/" + slug)


def test_in_force_judges_each_row_by_its_fact_and_its_evidence(statuses):
    rows = [
        {"fact": _fact(f), "evidence": _evidence(e)}
        for f, e in [
            ("ended", "early"),
            ("planned", "early"),
            ("ended-but-dated", "early"),
            ("later", "late"),
            ("both", "early"),
            ("both", "late"),
            ("undated", "undated"),
        ]
    ]
    kept = {
        (str(r["fact"]).rsplit("/", 1)[1], str(r["evidence"]).rsplit("/", 1)[1])
        for r in when.in_force(statuses, rows, "2023-06-01")
    }
    assert kept == {
        # its own end (2023) may not have come yet: its dates decide, not its status
        ("ended-but-dated", "early"),
        # cited by the early source; the later source's evidence is not shown yet
        ("both", "early"),
        # kept, to be counted as left out for want of a dated source
        ("undated", "undated"),
    }
    later = {
        (str(r["fact"]).rsplit("/", 1)[1], str(r["evidence"]).rsplit("/", 1)[1])
        for r in when.in_force(statuses, rows, "2024-06-01")
    }
    assert later == {("later", "late"), ("both", "early"), ("both", "late"), ("undated", "undated")}
    # a row without an evidence column is judged by all of its fact's evidence
    whole = when.in_force(
        statuses, [{"fact": _fact("both")}, {"fact": _fact("later")}], "2023-06-01"
    )
    assert [r["fact"] for r in whole] == [_fact("both")]


def test_as_of_leaves_out_ended_planned_and_later_and_counts_undated(statuses):
    _match, rows = lookups.body(statuses, "S", "en", as_of="2023-06-01")
    assert {r["actor_iri"].rsplit("/", 1)[1]: r["rule"] for r in rows} == {
        "c": "dated?",
        "e": "cited",
    }
    assert rows.undated == 1
    # without a date every row is shown
    _match, every = lookups.body(statuses, "S", "en")
    assert len(every) == 6


def test_as_of_lists_only_the_evidence_dated_by_then(store):
    def sources_of(day):
        _match, rows = lookups.body(store, "Hyte-ohjausryhmä", "en", as_of=day)
        (row,) = [r for r in rows if r["actor_iri"].endswith("/flemmich")]
        return {s["source_iri"].rsplit("/", 1)[1] for s in row["sources"]}

    assert sources_of("2023-06-01") == {SV}
    assert sources_of("2024-06-01") == {SV, FI}


def test_as_of_runs_the_lookups_own_query_unchanged(store, monkeypatch):
    """The cost of --as-of follows the rows: the lookup's query is the one without a date, and
    what is added is asked about those rows' facts and evidence (and a body's memberships only
    where a later source describes the body)."""
    asked: list[str] = []
    select = store.select

    def spy(query, *args, **kwargs):
        asked.append(query)
        return select(query, *args, **kwargs)

    # (once before the spy: what is asked only on a store's first lookup is no part of either
    # lookup's cost; run alone, this test saw it in the first lookup only, and failed)
    lookups.body(store, "Hyte-ohjausryhmä", "en")
    monkeypatch.setattr(store, "select", spy)
    lookups.body(store, "Hyte-ohjausryhmä", "en")
    plain = list(asked)
    asked.clear()
    lookups.body(store, "Hyte-ohjausryhmä", "en", as_of="2023-06-01")
    added = [q for q in asked if q not in plain]
    assert all(q in asked for q in plain)
    assert added and all(("VALUES ?fact { <" in q or "VALUES ?evidence { <" in q) for q in added)
    # as of a day after the later page, the body it describes is checked for contradictions
    asked.clear()
    lookups.body(store, "Hyte-ohjausryhmä", "en", as_of="2024-06-01")
    assert any("?fact org:organization ?body ; org:member ?who" in q for q in asked)


def test_the_maps_edge_times_say_which_facts_their_status_holds_back(statuses):
    from hytegraph.views.mapview import edge_times
    from hytegraph.views.network import build_network

    times = edge_times(statuses, build_network(statuses))
    held = {f.rsplit("/", 1)[1] for f, t in times.items() if t[5]}
    assert held == {"ended", "planned", "ended-but-dated"}
    assert when.held_back([URIRef(ID + "status/ended"), URIRef(ID + "status/planned")])
    assert not when.held_back([URIRef(ID + "status/ended"), URIRef(ID + "status/active")])
    assert not when.held_back([])


class _NoHandoff:
    """In place of ``when._HANDOFF``: keeps nothing, so annotate reads every fact again."""

    def setdefault(self, *_args):
        raise TypeError("no handoff")

    def pop(self, *_args):
        return None


@pytest.mark.parametrize("day", ["2023-06-01", "2024-06-01"])
def test_what_in_force_read_gives_annotate_the_same_rows(store, dated, statuses, day, monkeypatch):
    """annotate takes the dates in_force read about the same facts: the rows are the same as
    when it reads them itself."""

    def every(day):
        return [
            lookups.body(store, "Hyte-ohjausryhmä", "en", as_of=day)[1],
            lookups.body(dated, "B", "en", as_of=day)[1],
            lookups.body(statuses, "S", "en", as_of=day)[1],
            lookups.chairs(store, lang="en", as_of=day),
        ]

    shared = every(day)
    monkeypatch.setattr(when, "_HANDOFF", _NoHandoff())
    alone = every(day)
    assert shared == alone
    assert [r.undated for r in shared] == [r.undated for r in alone]
    assert any(r["first_cited"] for rows in shared for r in rows)
    assert any(r["start"] for rows in shared for r in rows)
