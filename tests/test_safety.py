"""Queries are read-only and local: updates, SERVICE, LOAD and outside FROM are refused before
anything runs, and no network request is made (a listener on 127.0.0.1 must hear nothing)."""

from __future__ import annotations

import socket
import threading

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from hytegraph.cli import main
from hytegraph.errors import QueryError, QueryRefused
from hytegraph.safety import QuerySyntaxError, check_query

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
