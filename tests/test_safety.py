"""Queries are read-only and local: updates, SERVICE, LOAD and outside FROM are refused before
anything runs, and no network request is made (a listener on 127.0.0.1 must hear nothing)."""

from __future__ import annotations

import contextlib
import re
import socket
import threading

import pytest
from click.testing import CliRunner
from conftest import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from hytegraph.cli import main
from hytegraph.errors import QueryError, QueryRefused, QueryTooLarge
from hytegraph.query import sandbox
from hytegraph.query.safety import (
    QueryLimits,
    QuerySyntaxError,
    approve,
    check_bounds,
    check_query,
    nesting_depth,
)
from hytegraph.store.remote import query_form

CATALOGUE = FIXTURES / "catalogue" / "catalogue.ttl"


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("ask { ?s ?p ?o }", "ASK"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <https://w3id.org/hytegraph/id/org/espoo>", "DESCRIBE"),
        ("PREFIX ex: <http://example.org/>\nSELECT ?x WHERE { ?x ex:p ?y }", "SELECT"),
        # keywords inside strings, IRIs, comments, variables and prefixed names are harmless
        ('SELECT * WHERE { ?s ?p "SERVICE <http://x/> LOAD INSERT" }', "SELECT"),
        ("SELECT * WHERE { ?service ?load ?insert } # DELETE everything", "SELECT"),
        ("SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }", "SELECT"),
        ("PREFIX drop: <http://example.org/>\nSELECT * WHERE { ?s drop:add ?o }", "SELECT"),
        ("SELECT * FROM <https://w3id.org/hytegraph/id/graph> WHERE { ?s ?p ?o }", "SELECT"),
        ("SELECT * FROM NAMED id:graph WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT"),
        ("SELECT * WHERE { ?a ?b ?c FILTER(?a < ?c && ?b > ?c) }", "SELECT"),
    ],
)
def test_accepted(query, form):
    assert check_query(query) == form


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "SPARQL Update (INSERT)"),
        ("DELETE WHERE { ?s ?p ?o }", "SPARQL Update (DELETE)"),
        ("delete { ?s ?p ?o } insert { ?s ?p 1 } where { ?s ?p ?o }", "SPARQL Update (DELETE)"),
        ("CLEAR ALL", "SPARQL Update (CLEAR)"),
        ("DROP GRAPH <http://x/g>", "SPARQL Update (DROP)"),
        ("CREATE GRAPH <http://x/g>", "SPARQL Update (CREATE)"),
        ("WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "SPARQL Update (WITH)"),
        ("LOAD <http://127.0.0.1:1/data.ttl>", "LOAD is not allowed"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { SERVICE SILENT <http://x/> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { BIND(<http://x/> AS ?e) SERVICE ?e { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://127.0.0.1:1/x> WHERE { ?s ?p ?o }", "FROM <http://127.0.0.1:1/x>"),
        ("SELECT * FROM NAMED <http://x/g> WHERE { ?s ?p ?o }", "FROM <http://x/g>"),
        ("PREFIX ex: <http://x/>\nSELECT * FROM ex:g WHERE { ?s ?p ?o }", "FROM <http://x/g>"),
        ("BASE <http://x/>\nSELECT * FROM <g> WHERE { ?s ?p ?o }", "FROM <http://x/g>"),
    ],
)
def test_refused(query, needle):
    with pytest.raises(QueryRefused) as info:
        check_query(query)
    assert needle in str(info.value)
    assert isinstance(info.value, QueryError)


@pytest.mark.parametrize(
    ("query", "line", "column"),
    [
        ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER( }", 3, 11),
        ("SELECT X", 1, 8),
        ("SELECT ?x WHERE { ?x ?y ?z }}", 1, 29),
    ],
)
def test_syntax_error_has_line_and_column(query, line, column):
    with pytest.raises(QuerySyntaxError) as info:
        check_query(query)
    assert (info.value.line, info.value.column) == (line, column)
    assert f"line {line}, column {column}" in str(info.value)
    # the line is shown with a caret under the column
    shown = str(info.value).splitlines()
    assert shown[-1] == "  " + " " * (column - 1) + "^"


def test_empty_query():
    with pytest.raises(QueryError):
        check_query("  \n")


# ---------------------------------------------------------------------------------------------
# no request leaves the machine


class Listener:
    """A TCP server on 127.0.0.1 that records every connection it accepts."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, addr = self.sock.accept()
            except OSError:
                continue
            self.connections.append(addr)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def test_listener_hears_a_connection(listener):
    # the control: the listener does record a request that is made
    with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
        pass
    for _ in range(50):
        if listener.connections:
            break
        threading.Event().wait(0.05)
    assert len(listener.connections) == 1


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "LOAD <http://127.0.0.1:{port}/data.ttl>",
        "LOAD <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <http://x/g>",
        "SELECT * FROM <http://127.0.0.1:{port}/x> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <http://127.0.0.1:{port}/x> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "ASK {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    ],
)
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_cli_refuses_and_makes_no_request(listener, template, fmt, mini):
    query = template.format(port=listener.port)
    result = CliRunner().invoke(main, ["query", "-", "--format", fmt], input=query)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "is not allowed" in result.stderr
    assert "Traceback" not in result.stderr
    threading.Event().wait(0.1)  # time for a request to arrive, had one been made
    assert listener.connections == []


def test_cli_refuses_a_query_file(listener, tmp_path, mini):
    path = tmp_path / "remote.rq"
    path.write_text(
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/s> {{ ?s ?p ?o }} }}",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["query", str(path)])
    assert result.exit_code == 1
    assert f"SERVICE <http://127.0.0.1:{listener.port}/s> is not allowed" in result.stderr
    assert listener.connections == []


# ---------------------------------------------------------------------------------------------
# bounds, before any parser


def test_a_query_over_the_size_limit_is_refused():
    query = "SELECT * WHERE { " + "?s ?p ?o . " * 100 + "}"
    with pytest.raises(QueryTooLarge) as info:
        check_bounds(query, QueryLimits(max_bytes=1000))
    assert f"the query is {len(query)} bytes long; the limit is 1000 bytes" in str(info.value)
    assert "--max-query-size" in info.value.hint
    check_bounds(query, QueryLimits(max_bytes=len(query)))  # at the limit: accepted


def test_size_counts_bytes_not_characters():
    query = 'SELECT * WHERE { ?s ?p "äää" }'
    with pytest.raises(QueryTooLarge):
        check_bounds(query, QueryLimits(max_bytes=len(query)))


@pytest.mark.parametrize(
    ("query", "depth"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", 1),
        ("SELECT * WHERE { { ?s ?p [ :q ( 1 2 ) ] } }", 4),
        ("SELECT * WHERE { FILTER((((?x)))) }", 5),
        # closing brackets in a comment or a string do not lower the estimate
        ("SELECT * WHERE { # )))\n { { } } }", 3),
        ('SELECT * WHERE { ?s ?p ")))" { { } } }', 3),
        ("SELECT * WHERE { ?s ?p ''')))''' { { } } }", 3),
        ("SELECT * WHERE { ?s ex:a\\) { { } } }", 3),
        # opening ones there raise it (an over-estimate is safe)
        ('SELECT * WHERE { ?s ?p "((" }', 3),
    ],
)
def test_nesting_depth(query, depth):
    assert nesting_depth(query) == depth


@given(
    st.recursive(
        st.just(""),
        lambda inner: st.tuples(
            st.sampled_from(["{}", "()", "[]"]),
            st.lists(inner, max_size=3),
            st.sampled_from(["", " # ))) \n", ' ")]}" ', " '''}}''' ", " <http://x/#)(> "]),
        ).map(lambda t: t[0][0] + t[2] + "".join(t[1]) + t[0][1]),
        max_leaves=30,
    )
)
def test_nesting_depth_never_underestimates(text):
    # the true depth of the brackets outside comments, strings and IRIs
    depth = true = 0
    for char in re.sub(r"#[^\n]*\n|\"[^\"]*\"|'''.*?'''|<[^>]*>", "", text, flags=re.S):
        if char in "{([":
            depth += 1
            true = max(true, depth)
        elif char in "})]":
            depth -= 1
    assert nesting_depth(text) >= true


def test_deep_nesting_is_refused_without_parsing(monkeypatch):
    import hytegraph.query.safety as safety

    def no_parsing(text):
        raise AssertionError("a parser saw the query")

    monkeypatch.setattr(safety, "_parse", no_parsing)
    with pytest.raises(QueryTooLarge) as info:
        check_query("SELECT * WHERE " + "{" * 3000 + "}" * 3000)
    assert "3000 deep; the limit is 100" in str(info.value)
    assert "--max-nesting" in info.value.hint


def test_a_decoded_escape_counts_as_a_bracket():
    query = "SELECT * WHERE " + "\\u007B" * 200 + "\\u007D" * 200
    with pytest.raises(QueryTooLarge):
        check_query(query)


# ---------------------------------------------------------------------------------------------
# one text for both parsers


@pytest.mark.parametrize(
    ("query", "needle", "line", "column"),
    [
        ("SELECT * WHERE { #x\rSERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "carriage", 1, 20),
        ("SELECT * WHERE {\n  ?s ?p ?o }\r", "carriage", 2, 13),
        ("SELECT * WHERE { ?s ?p ?o } # \\u005Cu000A", "escape spells another", 1, 31),
        ("SELECT * WHERE { ?s ?p '\\uD800' }", "is not a character", 1, 25),
    ],
)
def test_text_two_readers_could_see_differently_is_refused(query, needle, line, column):
    with pytest.raises(QuerySyntaxError) as info:
        check_query(query)
    assert needle in str(info.value)
    assert (info.value.line, info.value.column) == (line, column)


def test_crlf_line_ends_are_fine():
    assert check_query("SELECT * WHERE {\r\n  ?s ?p ?o # a comment\r\n}\r\n") == "SELECT"


def test_the_approved_text_is_the_decoded_one():
    # Both parsers read the decoded text: here the SERVICE is inside a string for both (read
    # before decoding, the escaped backslash would end the string and leave SERVICE as code).
    query = (
        'SELECT * WHERE { BIND("a\\u005c" AS ?x) SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } '
        'BIND(" AS ?x) #" AS ?y)\n}'
    )
    approved = approve(query)
    assert approved.form == "SELECT"
    assert approved.text == query.replace("\\u005c", "\\")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { { BIND(hyte:a\\' AS ?z) } UNION { SERVICE <http://127.0.0.1:1/> {} } }",
        "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SELECT ?s WHERE { "
        "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } } }",
        "SELECT * WHERE { BIND(EXISTS { SERVICE <http://127.0.0.1:1/> {} } AS ?x) }",
        "ASK { OPTIONAL { MINUS { GRAPH ?g { SERVICE <http://127.0.0.1:1/> {} } } } }",
        "DESCRIBE ?s WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { SERVICE <http://127.0.0.1:1/> {} } } }",
        "SELECT * WHERE { \\u0073\\u0065rvice <http://127.0.0.1:1/> {} }",
        "BASE <http://127.0.0.1:1/a/> PREFIX ex: <../> SELECT * WHERE { SERVICE ex:q\\'x {} }",
    ],
)
def test_service_is_refused_wherever_it_is(query):
    with pytest.raises(QueryRefused, match="SERVICE"):
        check_query(query)


def test_query_form_is_a_guess_that_never_raises():
    assert query_form("PREFIX select: <http://x/>\nCONSTRUCT WHERE { ?s select:a ?o }") == (
        "CONSTRUCT"
    )
    assert query_form("# SELECT\nask {}") == "ASK"
    assert query_form("INSERT DATA {}") is None


# ---------------------------------------------------------------------------------------------
# the two layers, each on its own


@pytest.fixture
def tiny_store():
    from hytegraph.store.load import load_graph

    return load_graph([CATALOGUE], include_bundled=False)


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ #x\rSERVICE <{url}> {{ ?s ?p ?o }}\n}}",
    "SELECT * WHERE {{ {{ BIND(hyte:a\\' AS ?z) }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_the_query_check_alone_refuses(listener, tiny_store, template):
    from hytegraph.query import catalogue

    url = f"http://127.0.0.1:{listener.port}/sparql"
    query = template.format(url=url)
    # network="keep": the query process has the network; only the check stands in the way
    limits = QueryLimits(timeout=10, memory_mb=None, network="keep")
    with pytest.raises(QueryError) as info:
        catalogue.execute_results(tiny_store, query, "json", limits=limits)
    assert "SERVICE" in str(info.value) or "carriage return" in str(info.value)
    threading.Event().wait(0.1)
    assert listener.connections == []


@pytest.mark.skipif(
    sandbox.network_isolation_problem() is not None,
    reason=f"network namespaces unavailable: {sandbox.network_isolation_problem()}",
)
@pytest.mark.parametrize("template", SERVICE_QUERIES[:2])
def test_the_network_cut_alone_stops_service(listener, tiny_store, template, monkeypatch):
    import hytegraph.query.safety as safety
    from hytegraph.query import catalogue

    # the query check switched off: SERVICE, CR and all pass it
    monkeypatch.setattr(safety, "_check_tree", lambda parsed, algebra: None)
    url = f"http://127.0.0.1:{listener.port}/sparql"
    query = template.format(url=url)
    # the control: with the network, the query reaches the listener
    keep = QueryLimits(timeout=10, memory_mb=None, network="keep")
    with contextlib.suppress(QueryError):
        catalogue.execute_results(tiny_store, query, "json", limits=keep)
    for _ in range(50):
        if listener.connections:
            break
        threading.Event().wait(0.05)
    assert listener.connections
    listener.connections.clear()
    # cut off the network, the same query reaches nothing
    cut = QueryLimits(timeout=10, memory_mb=None, network="cut")
    with pytest.raises(QueryError) as info:
        catalogue.execute_results(tiny_store, query, "json", limits=cut)
    assert "query failed" in str(info.value)
    threading.Event().wait(0.2)
    assert listener.connections == []


def test_a_syntax_error_near_service_is_located_in_the_sandbox():
    # In a process cut off the network pyoxigraph is asked where the error is, SERVICE or not.
    from hytegraph.query import catalogue

    if sandbox.network_isolation_problem() is not None:
        pytest.skip(f"network namespaces unavailable: {sandbox.network_isolation_problem()}")
    with pytest.raises(QuerySyntaxError) as info:
        catalogue.check("SELECT ?service WHERE {\n  ?service ?p \n}")
    assert (info.value.line, info.value.column) == (3, 1)
