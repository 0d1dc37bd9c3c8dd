"""Scope in the lookups: --municipality and --county on chairs, who, body, ngos and county, the
area columns, `county NAME`, and names that fit no area or several, on a graph with two
municipalities in two wellbeing services counties (tests/fixtures/scope/scope.ttl)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import FIXTURES
from rdflib import URIRef

from hytegraph.cli import main
from hytegraph.errors import QueryError
from hytegraph.query import catalogue
from hytegraph.store.load import load_graph
from hytegraph.store.names import AmbiguousName, UnknownName
from hytegraph.views import lookups

SCOPE = FIXTURES / "scope" / "scope.ttl"
ID = "https://w3id.org/hytegraph/id/"
LOHJA, KERAVA = "Lohjan kaupunki", "Keravan kaupunki"
LANSI, KESKI = "Länsi-Uudenmaan hyvinvointialue", "Keski-Uudenmaan hyvinvointialue"


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def store(request):
    return load_graph([SCOPE], include_bundled=False, backend=request.param)


def within(store, municipality=None, county=None):
    return lookups.scope(store, municipality, county)


def chairs(rows):
    return {(r["chair"], tuple(r["municipality"]), tuple(r["county"])) for r in rows}


# ---------------------------------------------------------------------------------------------
# the library


def test_every_chair_with_its_areas(store):
    assert chairs(lookups.chairs(store)) == {
        # the division responsible for the group is part of Lohja, which is in Western Uusimaa
        ("Aino Koskinen", (LOHJA,), (LANSI,)),
        # the group is part of Kerava itself
        ("Mikko Salmi", (KERAVA,), (KESKI,)),
        # the network is part of the county, in no municipality
        ("Liisa Laine", (), (KESKI,)),
        # the regional group is linked to no area
        ("Pekka Nieminen", (), ()),
    }


@pytest.mark.parametrize(
    ("municipality", "county", "expected"),
    [
        ("Lohja", None, {"Aino Koskinen"}),
        ("Keravan", None, {"Mikko Salmi"}),
        (None, "Keski-Uudenmaan", {"Mikko Salmi", "Liisa Laine"}),
        (None, "Länsi-Uudenmaan hyvinvointialue", {"Aino Koskinen"}),
        ("Kerava", "Keski-Uudenmaan hyvinvointialue", {"Mikko Salmi"}),
        ("Lohja", "Keski-Uudenmaan", set()),  # Lohja is not in Central Uusimaa
    ],
)
def test_chairs_in_a_scope(store, municipality, county, expected):
    rows = lookups.chairs(store, within=within(store, municipality, county))
    assert {r["chair"] for r in rows} == expected


def test_the_query_restricts_its_own_rows(store):
    # what the lookup's query returns, before any Python: the municipality's rows only
    text = lookups.scoped_query("who-chairs-what", within(store, "Kerava"))
    assert {str(r["chair"]) for r in store.select(text).dicts()} == {ID + "person/mikko-salmi"}
    text = lookups.scoped_query("ngo-representation", within(store, county="Länsi"))
    assert {str(r["ngo"]) for r in store.select(text).dicts()} == {ID + "org/lohjan-liikunta"}
    # both areas: the body must belong to each
    text = lookups.scoped_query("who-chairs-what", within(store, "Lohja", "Keski"))
    assert store.select(text).rows == []
    text = lookups.scoped_query("who-chairs-what", within(store, "Lohja", "Länsi"))
    assert {str(r["chair"]) for r in store.select(text).dicts()} == {ID + "person/aino-koskinen"}
    # without a scope the catalogue's own query runs, unchanged
    plain = catalogue.find("who-chairs-what").text
    assert lookups.scoped_query("who-chairs-what", lookups.NO_SCOPE) == plain


def test_a_query_without_a_scope_line_cannot_be_limited(store):
    with pytest.raises(QueryError, match="cannot be limited"):
        lookups.scoped_query("unit-leads", within(store, "Kerava"))


def test_areas_are_fetched_in_batches(store, monkeypatch):
    # more entities than one query asks about: every one still gets its areas
    monkeypatch.setattr(lookups, "_AREA_CHUNK", 1)
    found = lookups.areas_by_entity(
        store,
        [
            URIRef(ID + "body/kerava-hyvinvointityoryhma"),
            URIRef(ID + "body/lohja-hyvinvointityoryhma"),
        ],
    )
    assert found == {
        URIRef(ID + "body/kerava-hyvinvointityoryhma"): {
            "municipality": [URIRef(ID + "org/kerava")],
            "county": [URIRef(ID + "org/keski-uusimaa")],
        },
        URIRef(ID + "body/lohja-hyvinvointityoryhma"): {
            "municipality": [URIRef(ID + "org/lohja")],
            "county": [URIRef(ID + "org/lansi-uusimaa")],
        },
    }


def _every_entity(store):
    return {
        row[0]
        for row in store.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }").rows
    }


def test_areas_asked_per_area_are_those_asked_per_entity(store, monkeypatch):
    # many entities: one query per area instead of one per fifty entities, the same answer for
    # every entity of the graph (those of no area included)
    entities = _every_entity(store)
    monkeypatch.setattr(lookups, "_PER_AREA", 10**9)
    per_entity = lookups.areas_by_entity(store, entities)
    monkeypatch.setattr(lookups, "_PER_AREA", 1)
    per_area = lookups.areas_by_entity(store, entities)
    assert per_area == per_entity
    lohja_group = URIRef(ID + "body/lohja-hyvinvointityoryhma")
    assert per_area[lohja_group] == {
        "municipality": [URIRef(ID + "org/lohja")],
        "county": [URIRef(ID + "org/lansi-uusimaa")],
    }
    assert sum(bool(a["municipality"]) for a in per_area.values()) > 3
    assert any(not a["municipality"] and not a["county"] for a in per_area.values())


def test_chairs_are_the_same_whichever_way_the_areas_are_asked(store, monkeypatch):
    monkeypatch.setattr(lookups, "_PER_AREA", 10**9)
    per_entity = lookups.chairs(store)
    monkeypatch.setattr(lookups, "_PER_AREA", 1)
    assert lookups.chairs(store) == per_entity


def test_an_error_while_asking_for_the_areas_beside_reaches_the_caller(store, monkeypatch):
    # for many rows the areas are asked in a second thread: its error is the lookup's
    monkeypatch.setattr(lookups, "_PER_AREA", 1)

    def broken(*_args, **_kwargs):
        raise QueryError("the areas could not be read")

    monkeypatch.setattr(lookups, "areas_by_entity", broken)
    with pytest.raises(QueryError, match="the areas could not be read"):
        lookups.chairs(store)
    with pytest.raises(QueryError, match="the areas could not be read"):
        lookups.ngos(store)


def test_who_in_a_scope_lists_what_is_done_there(store):
    _match, everything = lookups.who(store, "Mikko Salmi")
    assert {(r["relation_iri"], r["target_iri"]) for r in everything} == {
        (ID + "role/chair", ID + "body/kerava-hyvinvointityoryhma"),
        (ID + "role/member", ID + "body/lohja-hyvinvointityoryhma"),
    }
    _match, rows = lookups.who(store, "Mikko Salmi", within=within(store, "Lohja"))
    assert [(r["relation_iri"], r["target_iri"]) for r in rows] == [
        (ID + "role/member", ID + "body/lohja-hyvinvointityoryhma")
    ]
    assert (rows[0]["municipality"], rows[0]["county"]) == ([LOHJA], [LANSI])


def test_who_does_not_find_an_actor_with_nothing_in_the_scope(store):
    with pytest.raises(UnknownName) as caught:
        lookups.who(store, "Liisa Laine", within=within(store, "Lohja"))
    assert "Liisa Laine" in caught.value.hint  # named as the name's fit outside the scope


def test_body_with_one_name_in_two_municipalities(store):
    with pytest.raises(AmbiguousName) as caught:
        lookups.body(store, "Hyvinvointityöryhmä")
    # the candidates are told apart by their municipality
    labels = sorted(c.label for c in caught.value.candidates)
    assert labels == [f"Hyvinvointityöryhmä ({KERAVA})", f"Hyvinvointityöryhmä ({LOHJA})"]
    match, rows = lookups.body(store, "Hyvinvointityöryhmä", within=within(store, "Kerava"))
    assert match.iri == ID + "body/kerava-hyvinvointityoryhma"
    assert {r["actor"] for r in rows} == {"Mikko Salmi", "Keravan Nuoret ry", KESKI}
    assert {(tuple(r["municipality"]), tuple(r["county"])) for r in rows} == {((KERAVA,), (KESKI,))}


def test_ngos_in_a_scope(store):
    assert {(r["ngo"], tuple(r["municipality"])) for r in lookups.ngos(store)} == {
        ("Lohjan Liikunta ry", (LOHJA,)),
        ("Keravan Nuoret ry", (KERAVA,)),
    }
    rows = lookups.ngos(store, within=within(store, county="Keski-Uudenmaan"))
    assert [r["ngo"] for r in rows] == ["Keravan Nuoret ry"]


def test_county_of_one_county_and_of_one_municipality(store):
    everything = {(r["county"], r["target_iri"]) for r in lookups.county(store)}
    assert everything == {
        (LANSI, ID + "body/lohja-hyvinvointityoryhma"),
        (KESKI, ID + "body/kerava-hyvinvointityoryhma"),
    }
    rows = lookups.county(store, within=within(store, county="Keski-Uudenmaan"))
    assert [(r["county"], r["municipality"]) for r in rows] == [(KESKI, [KERAVA])]
    rows = lookups.county(store, within=within(store, municipality="Lohja"))
    assert [r["county"] for r in rows] == [LANSI]


def test_sources_name_the_document_by_its_short_title(store):
    (row,) = lookups.chairs(store, within=within(store, "Lohja"))
    assert (
        lookups.compact_sources(row["sources"]) == "Kuntakysely 2024 / kohta 1 / Sivistystoimiala"
    )
    (row,) = [r for r in lookups.chairs(store) if r["chair"] == "Pekka Nieminen"]
    # no short title: the title, cut after a whole word
    (source,) = row["sources"]
    assert lookups.compact_source(source) == "Uudenmaan seudullisen…"
    assert source["source_iri"] == ID + "source/seutumuistio"


def test_shorten():
    assert lookups.shorten("Lyhyt nimi") == "Lyhyt nimi"
    cut = lookups.shorten("Vastaukset vuoden 2023 talousarvioneuvottelujen pöytäkirjamerkintöihin")
    assert cut == "Vastaukset vuoden 2023…"
    assert len(lookups.shorten("x" * 100)) <= lookups.SHORT_TITLE


# ---------------------------------------------------------------------------------------------
# the command line (the bundled data and the fixture: Espoo, Kauniainen, Lohja, Kerava)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(main, ["--data", str(SCOPE), *args])


def test_tables_show_the_areas_when_the_graph_holds_several(runner):
    result = run(runner, "chairs")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split() == [
        "puheenjohtaja",
        "toimielin",
        "kunta",
        "hyvinvointialue",
        "lähteet",
    ]
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Aino Koskinen")]
    assert LOHJA in line and LANSI in line
    # limited to one county: its column is left out, the municipality stays
    result = run(runner, "chairs", "--county", "Keski-Uudenmaan")
    assert result.stdout.splitlines()[0].split() == [
        "puheenjohtaja",
        "toimielin",
        "kunta",
        "lähteet",
    ]


def test_json_and_csv_always_carry_the_areas(runner):
    result = run(runner, "chairs", "--municipality", "Kerava", "--format", "json")
    (row,) = json.loads(result.stdout)
    assert (row["municipality"], row["county"]) == ([KERAVA], [KESKI])
    assert row["municipality_iri"] == [ID + "org/kerava"]
    result = run(runner, "ngos", "--municipality", "Lohja", "--format", "csv")
    header, line = result.stdout.splitlines()
    assert "municipality" in header.split(",") and "county" in header.split(",")
    assert LOHJA in line


def test_county_takes_a_name(runner):
    result = run(runner, "county", "Keski-Uudenmaan", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {row["county"] for row in json.loads(result.stdout)} == {KESKI}
    both = run(runner, "county", "Keski-Uudenmaan", "--county", "Länsi-Uudenmaan")
    assert both.exit_code == 2


def test_every_county_in_the_bundled_and_fixture_graph(runner):
    result = run(runner, "county", "--format", "json")
    counties = {row["county"] for row in json.loads(result.stdout)}
    assert counties == {LANSI, KESKI}


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["chairs", "--municipality", "Porvoo"], ["no municipality named 'Porvoo'"]),
        # a county's name is not a municipality's
        (["ngos", "--municipality", "Keski-Uudenmaan"], ["no municipality named"]),
        (["chairs", "--county", "Uudenmaan hyvinvointialue"], ["matches 2 entities", KESKI, LANSI]),
        (["who", "Mikko Salmi", "--county", "Itä-Uudenmaan"], ["no wellbeing services county"]),
        (["body", "Hyvinvointityöryhmä"], [f"Hyvinvointityöryhmä ({KERAVA})", "--municipality"]),
    ],
)
def test_unknown_and_ambiguous_names_exit_1_with_the_candidates(runner, args, needles):
    result = run(runner, *args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    for needle in needles:
        assert needle in result.stderr


_STEPS = """
@prefix org: <http://www.w3.org/ns/org#> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix x: <https://example.org/> .
x:m1 a hyte:Municipality . x:m2 a hyte:Municipality . x:c1 a hyte:WellbeingServicesCounty .
x:m1 hyte:inWellbeingServicesCounty x:c1 .
x:division org:subOrganizationOf x:m1 . x:unit org:unitOf x:division .
x:post org:postIn x:unit . x:division hyte:responsibleFor x:group .
x:group hyte:leads x:programme . x:programme hyte:makes x:plan .
x:m2 hyte:organises [ org:subOrganizationOf x:nowhere ; hyte:expectedToDeliver x:report ] .
x:loop1 org:subOrganizationOf x:loop2 . x:loop2 org:subOrganizationOf x:loop1 .
x:loop2 org:subOrganizationOf x:c1 . x:c1 hyte:responsibleFor "a literal" .
x:m2 org:unitOf x:m1 .
x:alone org:subOrganizationOf x:elsewhere .
"""


@pytest.mark.parametrize("which", ["scope", "steps"])
def test_the_members_of_every_area_are_those_of_the_path_query(which, tmp_path):
    # the steps followed in Python give each area the members its path query gives it: several
    # levels, posts, responsibilities, a blank node on the way, a cycle, an area inside another
    if which == "scope":
        store = load_graph([SCOPE], include_bundled=False)
    else:
        path = tmp_path / "steps.ttl"
        path.write_text(_STEPS, encoding="utf-8")
        store = load_graph([path], include_bundled=False)
    from hytegraph.core import resources

    members = lookups._area_members(store, None)
    text = resources.read_sparql("scope_area_members")
    kinds = {
        "https://w3id.org/hytegraph/ontology#Municipality": "municipality",
        "https://w3id.org/hytegraph/ontology#WellbeingServicesCounty": "county",
    }
    areas = store.select_plain(resources.read_sparql("scope_areas"))
    assert len(areas) >= 3
    for area, cls in areas:
        by_query = {e for (e,) in store.select_plain(text.replace(lookups._AREA, f"<{area}>"))}
        by_steps = {e for e, found in members.items() if area in found[kinds[cls]]}
        # blank nodes are named afresh by each query: compared by how many there are
        assert {e for e in by_steps if not e.startswith("_:")} == {
            e for e in by_query if not e.startswith("_:")
        }
        assert sum(e.startswith("_:") for e in by_steps) == sum(
            e.startswith("_:") for e in by_query
        )
    if which == "steps":
        x = "https://example.org/"
        assert {e for e, f in members.items() if x + "m1" in f["municipality"]} >= {
            x + n for n in ("m1", "m2", "division", "unit", "post", "group", "programme", "plan")
        }
        assert x + "report" in members and x + "loop1" in members and "a literal" in members
        assert x + "alone" not in members and x + "nowhere" not in members
