"""Golden tests for the query catalogue: every queries/*.rq on a small hand-written graph
(tests/fixtures/catalogue/catalogue.ttl), expected rows written out here and compared as sets;
plus the header parser and parameter parsing."""

from __future__ import annotations

import pytest
from conftest import FIXTURES
from rdflib import Literal, URIRef

from hytegraph.core.namespaces import HYTE, ID, PREFIXES
from hytegraph.errors import QueryError, QueryTimeout
from hytegraph.query import catalogue
from hytegraph.store import names
from hytegraph.store.load import load_graph
from hytegraph.store.names import UnknownName

CATALOGUE = FIXTURES / "catalogue" / "catalogue.ttl"


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def store(request):
    return load_graph([CATALOGUE], include_bundled=False, backend=request.param)


def short(term):
    """``person/anna`` for instances, ``hyte:Cooperation`` for ontology terms, text for
    literals, None for unbound."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(ID):
            return text[len(ID) :]
        if text.startswith(str(HYTE)):
            return "hyte:" + text[len(str(HYTE)) :]
        if text.startswith(PREFIXES["org"]):
            return "org:" + text[len(PREFIXES["org"]) :]
        return text
    return str(term)


def rows(store, name, **params):
    bindings = {k: URIRef(ID + v) for k, v in params.items()}
    result = catalogue.run(store, name, bindings)
    return {tuple(short(t) for t in row) for row in result.rows}


Q1 = "Hyvinvoinnin ohjausryhmä (pj. Anna Aalto) on sivistystoimialan vastuulla."
Q3 = "Nuorisotyöryhmässä (pj. Ville Virta) ovat mukana järjestöt."
Q4 = "Ville Virta johtaa nuorisotyöryhmää, jossa toimiala ja Liikuntaseura ry tekevät yhteistyötä."

PARTICIPANT, CHAIR, MEMBER = "role/participant", "role/chair", "role/member"
RESPONSIBLE, LEADERSHIP = "responsibility-kind/responsible", "responsibility-kind/leadership"
SRC, ITEM1, ITEM2 = "source/s", "source/s/item-1", "source/s/item-2"

GOLDEN = [
    # (query, params, variables, expected rows)
    (
        "who-chairs-what",
        {},
        ["chair", "body", "exOfficio", "fact", "evidence"],
        {
            ("person/anna", "body/ohjausryhma", "false", "fact/m1", "evidence/ev1"),
            # a chair post, held by virtue of an office: the post is the fact
            (
                "collective/rehtorit",
                "body/alueryhmat",
                "true",
                "post/alueryhmien-puheenjohtaja",
                "evidence/ev2",
            ),
            ("person/ville", "body/tyoryhma", "false", "fact/m3", "evidence/ev3"),
            ("person/ville", "body/tyoryhma", "false", "fact/m3", "evidence/ev4"),
        },
    ),
    (
        "who-chairs-what",
        {"body": "body/tyoryhma"},
        ["chair", "body", "exOfficio", "fact", "evidence"],
        {
            ("person/ville", "body/tyoryhma", "false", "fact/m3", "evidence/ev3"),
            ("person/ville", "body/tyoryhma", "false", "fact/m3", "evidence/ev4"),
        },
    ),
    (
        "actor-roles",
        {"actor": "org/alue"},
        ["actor", "relation", "target", "context", "fact", "evidence"],
        {
            ("org/alue", PARTICIPANT, "body/ohjausryhma", None, "fact/m6", "evidence/ev5"),
            ("org/alue", PARTICIPANT, "body/projekti", None, "fact/m7", "evidence/ev6"),
            ("org/alue", "hyte:cooperatesWith", "org/kunta", None, "fact/c1", "evidence/ev5"),
            (
                "org/alue",
                "hyte:cooperatesWith",
                "unit/liikunta",
                "body/projekti",
                "fact/c3",
                "evidence/ev6",
            ),
        },
    ),
    (
        "actor-roles",
        {"actor": "unit/sivistys"},
        ["actor", "relation", "target", "context", "fact", "evidence"],
        {
            ("unit/sivistys", RESPONSIBLE, "body/ohjausryhma", None, "fact/r1", "evidence/ev1"),
            ("unit/sivistys", LEADERSHIP, "body/ohjelma", None, "fact/r2", "evidence/ev7"),
            ("unit/sivistys", RESPONSIBLE, "doc/suunnitelma", None, "fact/r5", "evidence/ev7"),
            (
                "unit/sivistys",
                "hyte:cooperatesWith",
                "org/ry",
                "body/tyoryhma",
                "fact/c2",
                "evidence/ev4",
            ),
            (
                "unit/sivistys",
                "hyte:supportsFinancially",
                "collective/jarjestot",
                None,
                "fact/fs",
                "evidence/ev7",
            ),
        },
    ),
    (
        "actor-roles",
        {"actor": "collective/jarjestot"},
        ["actor", "relation", "target", "context", "fact", "evidence"],
        {
            ("collective/jarjestot", PARTICIPANT, "body/tyoryhma", None, "fact/m5", "evidence/ev3"),
            (
                "collective/jarjestot",
                "hyte:recipient",
                "unit/sivistys",
                None,
                "fact/fs",
                "evidence/ev7",
            ),
        },
    ),
    (
        "actor-roles",
        {"actor": "body/ohjausryhma"},
        ["actor", "relation", "target", "context", "fact", "evidence"],
        {
            (
                "body/ohjausryhma",
                "hyte:monitors",
                "doc/suunnitelma",
                None,
                "fact/mon",
                "evidence/ev1",
            )
        },
    ),
    (
        "actor-roles",
        {"actor": "collective/rehtorit"},
        ["actor", "relation", "target", "context", "fact", "evidence"],
        {
            (
                "collective/rehtorit",
                CHAIR,
                "body/alueryhmat",
                None,
                "post/alueryhmien-puheenjohtaja",
                "evidence/ev2",
            )
        },
    ),
    (
        "body-composition",
        {"body": "body/tyoryhma"},
        ["body", "role", "actor", "fact", "evidence"],
        {
            ("body/tyoryhma", CHAIR, "person/ville", "fact/m3", "evidence/ev3"),
            ("body/tyoryhma", CHAIR, "person/ville", "fact/m3", "evidence/ev4"),
            ("body/tyoryhma", PARTICIPANT, "collective/jarjestot", "fact/m5", "evidence/ev3"),
            ("body/tyoryhma", PARTICIPANT, "collective/oppilaitokset", "fact/m9", "evidence/ev3"),
            ("body/tyoryhma", MEMBER, "person/anna", "fact/m8", "evidence/ev3"),
            ("body/tyoryhma", RESPONSIBLE, "person/anna", "fact/r3", "evidence/ev3"),
            ("body/tyoryhma", "hyte:Cooperation", "unit/sivistys", "fact/c2", "evidence/ev4"),
            ("body/tyoryhma", "hyte:Cooperation", "org/ry", "fact/c2", "evidence/ev4"),
        },
    ),
    (
        "body-composition",
        {"body": "body/ohjelma"},
        ["body", "role", "actor", "fact", "evidence"],
        {
            ("body/ohjelma", LEADERSHIP, "unit/sivistys", "fact/r2", "evidence/ev7"),
            ("body/ohjelma", RESPONSIBLE, "unit/liikunta", "fact/r4", "evidence/ev7"),
            ("body/ohjelma", "hyte:part", "body/ohjausryhma", "fact/sub2", "evidence/ev7"),
        },
    ),
    (
        "ngo-representation",
        {},
        ["body", "ngo", "role", "fact", "evidence"],
        {
            ("body/ohjausryhma", "org/ry", "role/representation", "fact/m4", "evidence/ev1"),
            ("body/tyoryhma", "collective/jarjestot", PARTICIPANT, "fact/m5", "evidence/ev3"),
        },
    ),
    (
        "county-participation",
        {},
        ["county", "relation", "target", "context", "fact", "evidence"],
        {
            ("org/alue", PARTICIPANT, "body/ohjausryhma", None, "fact/m6", "evidence/ev5"),
            ("org/alue", PARTICIPANT, "body/projekti", None, "fact/m7", "evidence/ev6"),
            ("org/alue", "hyte:Cooperation", "org/kunta", None, "fact/c1", "evidence/ev5"),
            (
                "org/alue",
                "hyte:Cooperation",
                "unit/liikunta",
                "body/projekti",
                "fact/c3",
                "evidence/ev6",
            ),
        },
    ),
    (
        "unit-leads",
        {},
        ["unit", "kind", "body", "status", "fact", "evidence"],
        {
            ("unit/sivistys", RESPONSIBLE, "body/ohjausryhma", None, "fact/r1", "evidence/ev1"),
            ("unit/sivistys", LEADERSHIP, "body/ohjelma", None, "fact/r2", "evidence/ev7"),
            (
                "unit/liikunta",
                RESPONSIBLE,
                "body/ohjelma",
                "status/interim",
                "fact/r4",
                "evidence/ev7",
            ),
        },
    ),
    (
        "cooperation-partners",
        {"actor": "org/alue"},
        ["actor", "partner", "context", "topic", "status", "fact", "evidence"],
        {
            (
                "org/alue",
                "org/kunta",
                None,
                "yhteistyön valmistelu",
                "status/ongoing",
                "fact/c1",
                "evidence/ev5",
            ),
            ("org/alue", "unit/liikunta", "body/projekti", None, None, "fact/c3", "evidence/ev6"),
        },
    ),
    (
        "ended-bodies",
        {},
        ["body", "end", "lastMeeting", "evidence"],
        {("body/lautakunta", "2022-12-31", "2022-12-15", "evidence/ev8")},
    ),
    (
        "evidence",
        {"subject": "fact/m3"},
        ["subject", "evidence", "quote", "source", "item", "itemNumber", "respondent"],
        {
            ("fact/m3", "evidence/ev3", Q3, SRC, ITEM1, "1", "unit/sivistys"),
            ("fact/m3", "evidence/ev4", Q4, SRC, ITEM2, "2", None),
        },
    ),
    (
        "entity-evidence",
        {"entity": "person/ville"},
        [
            "entity",
            "fact",
            "factClass",
            "evidence",
            "quote",
            "source",
            "item",
            "itemNumber",
            "respondent",
        ],
        {
            (
                "person/ville",
                "fact/m3",
                "org:Membership",
                "evidence/ev3",
                Q3,
                SRC,
                ITEM1,
                "1",
                "unit/sivistys",
            ),
            (
                "person/ville",
                "fact/m3",
                "org:Membership",
                "evidence/ev4",
                Q4,
                SRC,
                ITEM2,
                "2",
                None,
            ),
            (
                "person/ville",
                "person/ville",
                None,
                "evidence/ev3",
                Q3,
                SRC,
                ITEM1,
                "1",
                "unit/sivistys",
            ),
        },
    ),
    (
        "multi-body-actors",
        {},
        ["actor", "bodies", "body", "role", "fact", "evidence"],
        {
            ("person/anna", "2", "body/ohjausryhma", CHAIR, "fact/m1", "evidence/ev1"),
            ("person/anna", "2", "body/tyoryhma", MEMBER, "fact/m8", "evidence/ev3"),
            ("org/alue", "2", "body/ohjausryhma", PARTICIPANT, "fact/m6", "evidence/ev5"),
            ("org/alue", "2", "body/projekti", PARTICIPANT, "fact/m7", "evidence/ev6"),
        },
    ),
    (
        # source s is dated 2023-05-24; m8 (Anna in the working group) ran 2023-01 … 2023-03
        "memberships-on-date",
        {"date": Literal("2023-06-01")},
        ["body", "role", "actor", "fact", "start", "end", "rule", "evidence", "date"],
        {
            (body, role, actor, fact, None, None, "cited", ev, "2023-06-01")
            for body, role, actor, fact, ev in (
                ("body/ohjausryhma", CHAIR, "person/anna", "fact/m1", "evidence/ev1"),
                ("body/tyoryhma", CHAIR, "person/ville", "fact/m3", "evidence/ev3"),
                ("body/tyoryhma", CHAIR, "person/ville", "fact/m3", "evidence/ev4"),
                ("body/ohjausryhma", "role/representation", "org/ry", "fact/m4", "evidence/ev1"),
                ("body/tyoryhma", PARTICIPANT, "collective/jarjestot", "fact/m5", "evidence/ev3"),
                ("body/ohjausryhma", PARTICIPANT, "org/alue", "fact/m6", "evidence/ev5"),
                ("body/projekti", PARTICIPANT, "org/alue", "fact/m7", "evidence/ev6"),
                (
                    "body/tyoryhma",
                    PARTICIPANT,
                    "collective/oppilaitokset",
                    "fact/m9",
                    "evidence/ev3",
                ),
                (
                    "body/alueryhmat",
                    CHAIR,
                    "collective/rehtorit",
                    "post/alueryhmien-puheenjohtaja",
                    "evidence/ev2",
                ),
            )
        },
    ),
    (
        # m8's start (2023-01) and end (2023-03) fall in the period; the board's end
        # (2022-12-31) and the first citations (2023-05-24) do not
        "changes-between",
        {"from": Literal("2023-01-01"), "to": Literal("2023-04-30")},
        ["when", "change", "fact", "body", "role", "actor", "evidence", "from", "to"],
        {
            (
                "2023-01",
                "start",
                "fact/m8",
                "body/tyoryhma",
                MEMBER,
                "person/anna",
                "evidence/ev3",
                "2023-01-01",
                "2023-04-30",
            ),
            (
                "2023-03",
                "end",
                "fact/m8",
                "body/tyoryhma",
                MEMBER,
                "person/anna",
                "evidence/ev3",
                "2023-01-01",
                "2023-04-30",
            ),
        },
    ),
    (
        "entity-timeline",
        {"entity": "person/anna"},
        ["entity", "when", "event", "fact", "factClass", "role", "other", "source", "evidence"],
        {
            (
                "person/anna",
                "2023-01",
                "start",
                "fact/m8",
                "org:Membership",
                MEMBER,
                "body/tyoryhma",
                None,
                None,
            ),
            (
                "person/anna",
                "2023-03",
                "end",
                "fact/m8",
                "org:Membership",
                MEMBER,
                "body/tyoryhma",
                None,
                None,
            ),
            (
                "person/anna",
                "2023-05-24",
                "cited",
                "fact/m8",
                "org:Membership",
                MEMBER,
                "body/tyoryhma",
                SRC,
                "evidence/ev3",
            ),
            (
                "person/anna",
                "2023-05-24",
                "cited",
                "fact/m1",
                "org:Membership",
                CHAIR,
                "body/ohjausryhma",
                SRC,
                "evidence/ev1",
            ),
            (
                "person/anna",
                "2023-05-24",
                "cited",
                "fact/r3",
                "hyte:Responsibility",
                RESPONSIBLE,
                "body/tyoryhma",
                SRC,
                "evidence/ev3",
            ),
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "params", "variables", "expected"),
    GOLDEN,
    ids=[f"{g[0]}-{'-'.join(map(str, g[1].values())) or 'all'}" for g in GOLDEN],
)
def test_golden(store, name, params, variables, expected):
    # a text is an instance IRI's tail; a literal (a date) is bound as it is
    bindings = {k: v if isinstance(v, Literal) else URIRef(ID + v) for k, v in params.items()}
    result = catalogue.run(store, name, bindings)
    assert result.vars == variables
    assert {tuple(short(t) for t in row) for row in result.rows} == expected


def test_every_catalogue_query_has_a_golden_test():
    tested = {g[0] for g in GOLDEN}
    assert {q.name for q in catalogue.entries()} == tested


def test_the_catalogue_covers_the_questions():
    names = {q.name for q in catalogue.entries()}
    assert len(names) >= 10


@pytest.mark.parametrize("query", catalogue.entries(), ids=lambda q: q.name)
def test_every_query_has_a_header(query):
    assert query.title
    assert query.description
    for param in query.params:
        assert f"?{param.name}" in query.text
        assert param.meaning
    from hytegraph.query.safety import check_query

    assert check_query(query.text) == "SELECT"


# ---------------------------------------------------------------------------------------------
# headers, files, parameters


def test_parse_header():
    text = (
        "# title: Who chairs what\n"
        "# description: Every chair.\n"
        "# param: body — only this body\n"
        "# param: ?lang - a language\n"
        "PREFIX x: <http://x/>\n"
        "# param: late — not part of the header\n"
        "SELECT ?body ?lang WHERE {}\n"
    )
    title, description, params = catalogue.parse_header(text)
    assert title == "Who chairs what"
    assert description == "Every chair."
    assert params == (
        catalogue.Param("body", "only this body"),
        catalogue.Param("lang", "a language"),
    )


def test_find_by_name_and_by_path(tmp_path):
    assert catalogue.find("who-chairs-what").title == "Who chairs what"
    assert catalogue.find("who-chairs-what.rq").name == "who-chairs-what"
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\nSELECT ?x WHERE { ?x a hyte:Body }\n", encoding="utf-8")
    found = catalogue.find(str(path))
    assert (found.name, found.title, found.path) == ("mine", "Mine", path)


def test_find_unknown_suggests():
    with pytest.raises(QueryError) as info:
        catalogue.find("who-chair-what")
    assert "who-chairs-what" in info.value.hint


@pytest.fixture(scope="module")
def index(store):
    return names.from_store(store)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"<{ID}body/tyoryhma>", URIRef(ID + "body/tyoryhma")),
        ("id:body/tyoryhma", URIRef(ID + "body/tyoryhma")),
        ("hyte:Body", HYTE.Body),
        ('"Anna Aalto"', Literal("Anna Aalto")),
        ('"Anna Aalto"@fi', Literal("Anna Aalto", lang="fi")),
        ('"3"^^xsd:integer', Literal("3", datatype=URIRef(PREFIXES["xsd"] + "integer"))),
        ("42", Literal("42", datatype=URIRef(PREFIXES["xsd"] + "integer"))),
        ("nuorisotyöryhmässä", URIRef(ID + "body/tyoryhma")),
        ("Liikuntaseura ry:n", URIRef(ID + "org/ry")),
    ],
)
def test_parse_value(index, value, expected):
    assert catalogue.parse_value(value, "x", lambda: index) == expected


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("<not closed", "missing the closing"),
        ("<has space>", "not an absolute IRI"),
        ('"unterminated', "not a literal"),
        ('"x"^^nope:int', "unknown datatype"),
        ("", "empty"),
    ],
)
def test_parse_value_errors(index, value, needle):
    with pytest.raises(catalogue.BadParameter) as info:
        catalogue.parse_value(value, "body", lambda: index)
    assert "parameter body" in str(info.value)
    assert needle in str(info.value)


def test_parse_value_unknown_name(index):
    with pytest.raises(UnknownName):
        catalogue.parse_value("Nobody Anywhere", "actor", lambda: index)


def test_parse_params_checks_names(index):
    query = catalogue.find("who-chairs-what")
    assert catalogue.parse_params(query, ["body=id:body/x"]) == {"body": URIRef(ID + "body/x")}
    with pytest.raises(catalogue.BadParameter) as info:
        catalogue.parse_params(query, ["actor=id:x"])
    assert "no parameter 'actor'" in str(info.value)
    assert "Parameters of who-chairs-what: body" in info.value.hint
    with pytest.raises(catalogue.BadParameter) as info:
        catalogue.parse_params(query, ["body"])
    assert "NAME=VALUE" in str(info.value)
    with pytest.raises(catalogue.BadParameter):
        catalogue.parse_params(query, ["body=id:a", "body=id:b"])


def test_parse_params_without_header_uses_variables():
    query = catalogue.from_text("SELECT ?person WHERE { ?person a foaf:Person }")
    assert catalogue.parse_params(query, ["person=id:person/anna"]) == {
        "person": URIRef(ID + "person/anna")
    }
    with pytest.raises(catalogue.BadParameter) as info:
        catalogue.parse_params(query, ["body=id:x"])
    assert "person" in info.value.hint


def test_parameters_are_bound_not_pasted(store):
    # a value that would break the query if pasted into its text
    evil = Literal('x" } UNION { ?chair ?body ?fact } #')
    result = catalogue.run(store, "who-chairs-what", {"body": evil})
    assert result.rows == []


# ---------------------------------------------------------------------------------------------
# running with a time limit


def test_execute_select_ask_construct(store):
    result = catalogue.execute(store, "SELECT ?b WHERE { ?p hyte:chairs ?b }", timeout=30)
    assert {short(r[0]) for r in result.rows} == {
        "body/ohjausryhma",
        "body/alueryhmat",
        "body/tyoryhma",
    }
    assert catalogue.execute(store, "ASK { ?p hyte:chairs ?b }", timeout=30) is True
    graph = catalogue.execute(
        store, "CONSTRUCT { ?p hyte:chairs ?b } WHERE { ?p hyte:chairs ?b }", timeout=30
    )
    assert len(graph) == 3


def test_execute_stops_a_long_query():
    store = load_graph([CATALOGUE], include_bundled=False)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryTimeout):
        catalogue.execute(store, query, timeout=1)


def test_execute_reports_errors_from_the_child(store):
    with pytest.raises(QueryError) as info:
        catalogue.execute(store, "SELECT ?x WHERE { ?x ?p ?o }", {"nope": Literal(1)}, timeout=30)
    assert "?nope" in str(info.value)


def test_readable_rows_use_labels(store):
    result = catalogue.run(store, "who-chairs-what", {"body": URIRef(ID + "body/ohjausryhma")})
    table = catalogue.readable(store, result, "en")
    assert table.rows == [
        {
            "chair": "Anna Aalto",
            "body": "Wellbeing Steering Group",
            "exOfficio": "false",
            "fact": "id:fact/m1",
            "evidence": "id:evidence/ev1",
        }
    ]
