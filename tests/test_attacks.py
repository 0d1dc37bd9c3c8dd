"""Every attack of the security review of `serve` and `query`, as a test: SERVICE smuggled past
the check, queries that crashed or held up the server, HTTP request smuggling, log injection,
DNS rebinding. Each failed before the query pipeline was rebuilt (docs/security.md).

`serve` runs as a real subprocess here (small limits: 2 s, 200 MB), so that an attack that
crashes it cannot take the test run down with it.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from click.testing import CliRunner
from listener import Listener

from hytegraph.cli import main
from hytegraph.query import sandbox
from hytegraph.store.load import load_graph
from hytegraph.web.server import SparqlServer

pytestmark = pytest.mark.skipif(
    sandbox.network_isolation_problem() is not None,
    reason=f"serve needs network namespaces here: {sandbox.network_isolation_problem()}",
)

CHEAP = "SELECT ?body WHERE { ?body a hyte:SteeringGroup } LIMIT 5"


# ---------------------------------------------------------------------------------------------
# the attack queries


def cr_comment_service(url: str, newline: bool = False) -> str:
    """SERVICE after a comment ended by a bare CR (SPARQL ends comments at CR too)."""
    return f"SELECT * WHERE {{ #x\rSERVICE <{url}> {{ ?s ?p ?o }} {chr(10) if newline else ''}}}"


def quote_escape_service(url: str) -> str:
    """SERVICE after ``hyte:a\\'`` (a legal escape in a local name, not a string start) and
    before a quote in a comment: a scanner that starts a string at the first quote and ends it
    at the second never sees the SERVICE."""
    return (
        "SELECT * WHERE { { BIND(hyte:a\\' AS ?z) } UNION "
        f"{{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} #'"
    )


def escape_closing_a_string(url: str) -> str:
    """An escaped backslash (``\\u005c``) that ends a string for a reader that decodes escapes
    late (pyoxigraph: the SERVICE is code), and escapes the quote for one that decodes them
    first, as SPARQL says (rdflib: the SERVICE is inside a string)."""
    return (
        'SELECT * WHERE { BIND("a\\u005c" AS ?x) '
        f'SERVICE <{url}> {{ ?s ?p ?o }} BIND(" AS ?x) #" AS ?y)\n}}'
    )


NESTED = "SELECT * WHERE " + "{" * 3000 + "}" * 3000  # 6 KB
WIDE_BGP = "SELECT * WHERE { " + "?a ?b ?c . " * 60000 + "}"  # 60,000 patterns, 660 KB
#: A 1 GB string from 1 KB of query: each BIND doubles the last.
CONCAT_BOMB = (
    'ASK { BIND("x" AS ?s0) '
    + " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(31))
    + " }"
)
#: 30^6 combinations of inline data, none passing the filter: evaluated even on no data.
VALUES_PRODUCT = (
    "ASK { "
    + " ".join(f"VALUES ?v{i} {{ {' '.join(map(str, range(30)))} }}" for i in range(6))
    + " FILTER(?v0 + ?v1 + ?v2 + ?v3 + ?v4 + ?v5 < 0) }"
)
#: 250 patterns on one subject: pyoxigraph spends minutes planning it.
STAR_250 = "SELECT * WHERE { " + " ".join(f"?x ?p{i} ?o{i} ." for i in range(250)) + " }"


# ---------------------------------------------------------------------------------------------
# a served graph


@dataclass
class Served:
    url: str
    process: subprocess.Popen[str]
    log: list[str] = field(default_factory=list)


def _serve(*options: str) -> Served:
    command = [sys.executable, "-m", "hytegraph", "serve", "--port", "0", *options]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, errors="replace")
    assert process.stderr is not None
    banner = process.stderr.readline()
    match = re.search(r"SPARQL endpoint (http://\S+)/sparql", banner)
    if not match:
        process.kill()
        pytest.fail(f"serve did not start: {banner}{process.stderr.read()}")
    served = Served(match.group(1), process)

    def collect() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            served.log.append(line)

    threading.Thread(target=collect, daemon=True).start()
    return served


def _stop(served: Served) -> None:
    served.process.terminate()
    served.process.wait(30)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    srv = _serve(
        "--timeout", "2", "--max-memory", "200", "--workers", "8",
        "--allow-host", "team.example.org",
    )  # fmt: skip
    yield srv
    _stop(srv)


@pytest.fixture
def listener() -> Iterator[Listener]:
    private = Listener()
    yield private
    private.close()


def post(base: str, query: str, timeout: float = 30) -> tuple[int, str]:
    request = urllib.request.Request(
        f"{base}/sparql",
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def _cli(*args: str, stdin: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hytegraph", "query", "-", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_alive(base: str) -> None:
    """The server answers a cheap query correctly."""
    status, body = post(base, CHEAP)
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"]


# ---------------------------------------------------------------------------------------------
# 1. SERVICE past the check (SSRF with read-back)


@pytest.mark.parametrize("newline", [False, True], ids=["cr", "cr-then-lf"])
def test_service_after_a_cr_ended_comment(served, listener, newline):
    status, body = post(served.url, cr_comment_service(listener.url, newline))
    assert status == 400, body
    assert "carriage return" in body
    assert not listener.heard()


def test_service_after_an_escaped_quote_in_a_local_name(served, listener):
    status, body = post(served.url, quote_escape_service(listener.url))
    assert status == 403, body
    assert f"SERVICE <{listener.url}> is not allowed" in body
    assert not listener.heard()


def test_an_escape_read_differently_by_two_parsers(served, listener):
    # Both parsers now read the decoded text: the SERVICE is inside a string for both, and the
    # one row has ?x bound to that string.
    status, body = post(served.url, escape_closing_a_string(listener.url))
    assert status == 200, body
    rows = json.loads(body)["results"]["bindings"]
    assert [row["x"]["value"] for row in rows] == [
        f'a" AS ?x) SERVICE <{listener.url}> {{ ?s ?p ?o }} BIND('
    ]
    assert not listener.heard()


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_cli_query_makes_no_request(listener, fmt):
    # standard input keeps the bare CR (a file read as text would turn it into a line end)
    result = _cli("--format", fmt, stdin=cr_comment_service(listener.url, True))
    assert result.returncode == 1, result.stderr
    assert "carriage return" in result.stderr
    assert not listener.heard(wait=0.3)


# ---------------------------------------------------------------------------------------------
# 2. one small request killed the server


def test_deep_nesting_is_refused_before_parsing(served):
    status, body = post(served.url, NESTED)
    assert status == 400, body
    assert "3000 deep; the limit is 100" in body
    assert "--max-nesting" in body
    assert_alive(served.url)


def test_a_huge_pattern_is_refused_before_parsing(served):
    status, body = post(served.url, WIDE_BGP)
    assert status == 400, body
    assert "the limit is 65536 bytes" in body
    assert "--max-query-size" in body
    assert_alive(served.url)


@pytest.fixture(scope="module")
def roomy() -> Iterator[Served]:
    # A time limit far above what the memory bomb needs on an idle machine, so that on a busy
    # one the memory limit is still what stops it.
    srv = _serve("--timeout", "60", "--max-memory", "200")
    yield srv
    _stop(srv)


def test_a_memory_bomb_stops_at_the_memory_limit(roomy):
    status, body = post(roomy.url, CONCAT_BOMB)
    assert status == 503, body
    assert "more than 200 MB" in body
    assert_alive(roomy.url)


def test_a_crash_of_the_parser_is_an_error_answer(store):
    # With the nesting limit lifted, 3,000 nested braces reach the parsers and overflow
    # pyoxigraph's stack: the query's process dies, the server answers and lives on.
    srv, thread = _start_in_process(store, timeout=60.0, max_depth=1_000_000)
    try:
        status, body = post(srv.url, NESTED, timeout=90)
        assert status == 400, body
        assert "the query process crashed (SIGSEGV)" in body
        assert_alive(srv.url)
    finally:
        _stop_in_process(srv, thread)


# ---------------------------------------------------------------------------------------------
# 3. time limits


def test_an_inline_data_product_stops_at_the_time_limit(served):
    status, body = post(served.url, VALUES_PRODUCT)
    assert status == 503, body
    assert "did not finish within 2 s" in body
    assert_alive(served.url)


def test_planning_happens_in_the_query_process(served):
    status, body = post(served.url, STAR_250)
    assert status == 503, body
    assert "did not finish within 2 s" in body
    assert_alive(served.url)


@pytest.fixture(scope="module")
def store():
    return load_graph()


def _start_in_process(store, **options) -> tuple[SparqlServer, threading.Thread]:
    server = SparqlServer(store, "127.0.0.1", 0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def _stop_in_process(server: SparqlServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_a_cheap_query_answers_while_hostile_ones_run(store):
    srv, thread = _start_in_process(store, timeout=8.0, workers=6, max_memory_mb=200)
    hostile = [VALUES_PRODUCT, STAR_250, VALUES_PRODUCT]
    answers: list[tuple[int, str]] = []
    workers = [
        threading.Thread(target=lambda q=q: answers.append(post(srv.url, q)), daemon=True)
        for q in hostile
    ]
    try:
        for worker in workers:
            worker.start()
        time.sleep(0.5)  # the hostile queries are running
        assert_alive(srv.url)
        # answered while every hostile query was still running
        assert all(worker.is_alive() for worker in workers)
        assert answers == []
        for worker in workers:
            worker.join(60)
        assert [status for status, _ in answers] == [503, 503, 503]
    finally:
        _stop_in_process(srv, thread)


@pytest.mark.parametrize(
    ("query", "options", "needle"),
    [
        (NESTED, (), "--max-nesting"),
        (WIDE_BGP, (), "--max-query-size"),
        (CONCAT_BOMB, ("--max-memory", "200"), "more than 200 MB"),
        (VALUES_PRODUCT, ("--timeout", "2"), "did not finish within 2 s"),
        (STAR_250, ("--timeout", "2", "--format", "json"), "did not finish within 2 s"),
    ],
    ids=["nested", "wide", "memory", "values", "planning"],
)
def test_cli_query_stops_cleanly(query, options, needle):
    result = _cli(*options, stdin=query)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Error: ")
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_cli_syntax_errors_keep_line_and_column(mini):
    result = CliRunner().invoke(main, ["query", "-"], input="SELECT ?x WHERE {\n  ?x ?y \n}")
    assert result.exit_code == 1
    assert "SPARQL syntax error at line 3, column 1" in result.stderr


# ---------------------------------------------------------------------------------------------
# 4. HTTP hygiene


def _exchange(base: str, raw: bytes) -> list[bytes]:
    """Send raw bytes, close the sending side, and return every response status line read."""
    host, port = urllib.parse.urlsplit(base).netloc.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    # not anchored at a line start: a second response may follow a body without a newline
    return re.findall(rb"HTTP/1\.[01] \d{3}[^\r\n]*", received)


def _host(base: str) -> bytes:
    return urllib.parse.urlsplit(base).netloc.encode()


SMUGGLED = b"GET /smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def test_content_length_with_transfer_encoding_is_refused(served):
    form = b"query=ASK%7B%7D"
    raw = (
        b"POST /sparql HTTP/1.1\r\nHost: " + _host(served.url) + b"\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        + f"Content-Length: {len(form)}\r\n".encode()
        + b"Transfer-Encoding: chunked\r\n\r\n"
        + form
        + SMUGGLED
    )
    statuses = _exchange(served.url, raw)
    assert len(statuses) == 1
    assert statuses[0].startswith(b"HTTP/1.1 400")


def test_duplicate_content_length_is_refused(served):
    raw = (
        b"POST /sparql HTTP/1.1\r\nHost: " + _host(served.url) + b"\r\n"
        b"Content-Type: application/sparql-query\r\nContent-Length: 0\r\n"
        + f"Content-Length: {len(SMUGGLED)}\r\n\r\n".encode()
        + SMUGGLED
    )
    statuses = _exchange(served.url, raw)
    assert len(statuses) == 1
    assert statuses[0].startswith(b"HTTP/1.1 400")


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        (b"Transfer-Encoding: chunked\r\n", b"411"),
        (b"Content-Length: lots\r\n", b"400"),
        (b"Content-Type: text/plain\r\nContent-Length: 0\r\n", b"415"),
    ],
    ids=["411", "400", "415"],
)
def test_no_request_hides_after_an_error(served, headers, status):
    raw = b"POST /sparql HTTP/1.1\r\nHost: " + _host(served.url) + b"\r\n" + headers + b"\r\n"
    statuses = _exchange(served.url, raw + SMUGGLED)
    assert len(statuses) == 1
    assert statuses[0].startswith(b"HTTP/1.1 " + status)


def test_the_body_of_a_get_is_not_a_request(served):
    query = urllib.parse.quote("ASK {}")
    raw = (
        f"GET /sparql?query={query} HTTP/1.1\r\n".encode()
        + b"Host: "
        + _host(served.url)
        + f"\r\nContent-Length: {len(SMUGGLED)}\r\n\r\n".encode()
        + SMUGGLED
    )
    statuses = _exchange(served.url, raw)
    assert statuses == [b"HTTP/1.1 200 OK"]


def test_control_characters_are_escaped_in_the_log(served):
    raw = b"GET /\x1b[2J\x1b[31mfake\x07\x85\x08 HTTP/1.1\r\nHost: " + _host(served.url)
    statuses = _exchange(served.url, raw + b"\r\n\r\n")
    assert statuses[0].startswith((b"HTTP/1.1 400", b"HTTP/1.1 404"))
    for _ in range(100):
        if any("fake" in line for line in served.log):
            break
        time.sleep(0.05)
    logged = [line.rstrip("\n") for line in served.log if "fake" in line]
    assert logged
    for line in logged:
        assert not re.search(r"[\x00-\x1f\x7f-\x9f]", line), repr(line)
    assert "\\x1b[2J\\x1b[31mfake\\x07\\x85\\x08" in logged[0]


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("evil.example:{port}", 421),  # DNS rebinding: a name that now resolves to 127.0.0.1
        ("evil.example.", 421),
        ("localhost:{port}", 200),
        ("LOCALHOST.", 200),
        ("127.0.0.1:{port}", 200),
        ("[::1]:{port}", 200),
        ("team.example.org", 200),  # --allow-host
    ],
)
def test_host_must_name_the_server(served, host, status):
    port = urllib.parse.urlsplit(served.url).port
    raw = (
        f"GET /sparql?query={urllib.parse.quote(CHEAP)} HTTP/1.1\r\n"
        f"Host: {host.format(port=port)}\r\n\r\n"
    ).encode()
    statuses = _exchange(served.url, raw)
    assert statuses[0].startswith(f"HTTP/1.1 {status}".encode()), statuses


def test_rebinding_refusal_says_how_to_allow_a_name(served):
    request = urllib.request.Request(
        f"{served.url}/sparql?query={urllib.parse.quote(CHEAP)}",
        headers={"Host": "hytegraph.evil.example"},
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=30)
    assert info.value.code == 421
    message = info.value.read().decode()
    assert "--allow-host hytegraph.evil.example" in message


def test_isolation_thread_is_refused():
    result = subprocess.run(
        [sys.executable, "-m", "hytegraph", "serve", "--port", "0", "--isolation", "thread"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "always run in a separate process" in result.stderr


def test_a_too_large_body_is_answered_not_reset(served):
    # The server refuses a body over its limit without parsing it, then keeps reading and
    # discarding what the client still sends, so the client sees the 413 rather than a reset.
    host, port = urllib.parse.urlsplit(served.url).netloc.rsplit(":", 1)
    body = b"SELECT * WHERE { " + b"?s ?p ?o . " * 400_000 + b"}"
    head = (
        b"POST /sparql HTTP/1.1\r\nHost: " + _host(served.url) + b"\r\n"
        b"Content-Type: application/sparql-query\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(head + body)  # raises on a reset: the whole body is taken
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    assert received.startswith(b"HTTP/1.1 413"), received[:200]
    assert b"larger than" in received
