"""A SPARQL server as the store: push, queries, lookups, pull, failures
(hytegraph.store.remote, hytegraph.store.gsp).

The tests start a real Oxigraph server (the ``oxigraph`` executable of the PyPI package) on a
free loopback port, and tiny stub servers that misbehave on purpose.
"""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic

from hytegraph.cli import main
from hytegraph.errors import (
    ConfigurationError,
    EndpointError,
    InputError,
    QueryError,
    QueryTimeout,
)
from hytegraph.query import catalogue
from hytegraph.store import SelectResult, gsp, remote
from hytegraph.store.load import load_graph
from hytegraph.store.remote import MANIFEST_GRAPH, Endpoint, EndpointStore

ID = "https://w3id.org/hytegraph/id/"
#: A value for each catalogue parameter, so that bound runs are compared too.
PARAM_VALUES = {
    "actor": URIRef(ID + "person/virpi-mattila"),
    "body": URIRef(ID + "body/lasten-ja-nuorten-ohjausryhma"),
    "entity": URIRef(ID + "org/hyte-ry"),
    "subject": URIRef(ID + "fact/kao-vetovastuu-hyvinvoiva-espoo"),
}
#: Parameters that only a FILTER reads (the days of memberships-on-date and changes-between): a
#: trailing VALUES block would join after the WHERE clause, where no filter sees it, so a
#: literal is written into the query's text (remote._literals_into_text). Each day is chosen so
#: that the bound answer differs from the unbound one on the bundled data.
DAYS = {
    "date": Literal("2023-06-01"),
    "from": Literal("2023-01-01"),
    "to": Literal("2023-12-31"),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_ready(url: str, process: subprocess.Popen[bytes] | None, deadline: float) -> None:
    """Poll ``url`` until it answers 200 (or fail at the deadline / when the process died)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not become ready within {deadline} s")


def oxigraph_executable() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The query URL of a fresh Oxigraph server (empty; pushed to by ``pushed``)."""
    exe = oxigraph_executable()
    if exe is None:
        pytest.skip("the oxigraph server executable (PyPI package 'oxigraph') is not installed")
    port = free_port()
    folder = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [exe, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, 30)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(process)


@pytest.fixture(scope="module")
def local():
    return load_graph()


@pytest.fixture(scope="module")
def pushed(oxigraph: str) -> gsp.PushReport:
    return gsp.push(Endpoint(oxigraph))


def server_graphs(url: str) -> set[str]:
    result = Endpoint(url).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(result, SelectResult)
    return {str(row[0]) for row in result}


def row_set(result: SelectResult) -> set[tuple[object, ...]]:
    """Rows as a set, columns in name order, blank nodes made comparable across stores."""
    order = sorted(range(len(result.vars)), key=lambda i: result.vars[i])
    return {
        tuple("_:blank" if isinstance(row[i], BNode) else row[i] for i in order)
        for row in result.rows
    }


# ---------------------------------------------------------------------------------------------
# push and the catalogue


def test_push_writes_one_graph_per_source_and_a_manifest(oxigraph, pushed, local):
    sources = [g.source for g in pushed.graphs]
    # one graph per bundled file: the ontology, Espoo, Kauniainen (data/kauniainen.ttl)
    assert sources == [
        "hyte.ttl",
        "espoo-2023.ttl",
        "kauniainen.ttl",
        "wellbeing-services-counties.ttl",
        "inferred",
    ]
    assert sum(g.count for g in pushed.graphs) == len(local)
    assert server_graphs(oxigraph) == {g.iri for g in pushed.graphs} | {MANIFEST_GRAPH}
    entries = gsp.read_manifest(Endpoint(oxigraph))
    assert {e["graph"] for e in entries} == {g.iri for g in pushed.graphs}
    assert {e["push"] for e in entries} == {pushed.push_id}
    assert all(e["hash"].startswith("sha256:") for e in entries)
    # the derived shortcuts are on the server too
    store = EndpointStore(oxigraph)
    assert store.ask("ASK { ?p hyte:chairs ?b }")
    assert len(store) == len(local)


@pytest.mark.parametrize("query", catalogue.entries(), ids=lambda q: q.name)
def test_catalogue_query_same_rows_on_server(oxigraph, pushed, local, query):
    store = EndpointStore(oxigraph)
    expected = local.select(query.text)
    assert expected.rows, f"{query.name} has no rows on the bundled data"
    assert row_set(store.select(query.text)) == row_set(expected)
    for param in query.param_names:
        bindings = {param: DAYS.get(param) or PARAM_VALUES.get(param, PARAM_VALUES["actor"])}
        bound = local.select(query.text, bindings)
        assert row_set(store.select(query.text, bindings)) == row_set(bound)
        if param in DAYS:
            assert row_set(bound) != row_set(expected), (query.name, param)


def test_bindings_are_terms_not_text(oxigraph, pushed):
    store = EndpointStore(oxigraph)
    text = 'SELECT ?x WHERE { BIND ("a" AS ?y) }'
    tricky = rdflib.Literal('x" } } ; DROP ALL ; SELECT * { "')
    result = store.select("SELECT ?x WHERE { }", {"x": tricky})
    assert result.rows == [(tricky,)]
    with pytest.raises(QueryError, match="not an absolute IRI"):
        store.select("SELECT ?x WHERE { }", {"x": URIRef("http://x/> } DROP ALL {<")})
    with pytest.raises(QueryError, match="not in the SELECT clause"):
        store.select(text, {"z": rdflib.Literal("1")})


@pytest.mark.parametrize(
    "args",
    [
        ["chairs"],
        ["who", "Virpi Mattila"],
        ["body", "työikäisten ohjausryhmässä"],
        ["county", "--format", "json"],
        ["ngos", "--lang", "en"],
        ["sources", "Hyte ry:n"],
        ["query", "unit-leads"],
        ["query", "who-chairs-what", "-p", "body=Nuorten hyvinvointityöryhmä", "--format", "csv"],
        ["analyze"],
    ],
    ids=lambda a: a[0] if isinstance(a, list) else a,
)
def test_commands_give_the_same_answer_through_the_server(oxigraph, pushed, args):
    runner = CliRunner()
    here = runner.invoke(main, args)
    there = runner.invoke(main, ["--endpoint", oxigraph, *args])
    assert here.exit_code == 0, here.output
    assert there.exit_code == 0, there.output
    assert there.stdout == here.stdout


def test_endpoint_from_environment(oxigraph, pushed, monkeypatch):
    monkeypatch.setenv("HYTEGRAPH_ENDPOINT", oxigraph)
    result = CliRunner().invoke(main, ["query", "ended-bodies", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "body,end,lastMeeting,evidence"


def test_map_through_the_server(oxigraph, pushed, tmp_path):
    out = tmp_path / "map.html"
    result = CliRunner().invoke(main, ["--endpoint", oxigraph, "map", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Lasten ja nuorten hyvinvoinnin ohjausryhmä" in out.read_text(encoding="utf-8")


def test_data_with_endpoint_is_refused(oxigraph, tmp_path):
    extra = tmp_path / "x.ttl"
    extra.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["--endpoint", oxigraph, "--data", str(extra), "chairs"])
    assert result.exit_code == 1
    assert "--data cannot be combined with --endpoint" in result.output


# ---------------------------------------------------------------------------------------------
# pull


def test_pull_round_trip(oxigraph, pushed, local, tmp_path):
    result = CliRunner().invoke(main, ["pull", "--endpoint", oxigraph, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "data-espoo-2023.ttl",
        "data-kauniainen.ttl",
        "data-wellbeing-services-counties.ttl",
        "inferred.ttl",
        "manifest.ttl",
        "ontology-hyte.ttl",
    ]
    merged = rdflib.Graph()
    for name in names:
        if name != "manifest.ttl":
            merged.parse(tmp_path / name, format="turtle")
    assert isomorphic(merged, local.to_rdflib())
    manifest = rdflib.Graph().parse(tmp_path / "manifest.ttl", format="turtle")
    assert (URIRef(MANIFEST_GRAPH), None, None) in manifest


def test_pull_without_manifest_is_an_error(oxigraph, tmp_path, monkeypatch):
    monkeypatch.setattr(gsp, "read_manifest", lambda endpoint, timeout=None: [])
    with pytest.raises(EndpointError, match="holds no hytegraph manifest"):
        gsp.pull(Endpoint(oxigraph), tmp_path / "out")
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------------------------
# failed pushes leave the previous data


def _state(url: str) -> tuple[set[str], set[str], int]:
    entries = gsp.read_manifest(Endpoint(url))
    return server_graphs(url), {e["push"] for e in entries}, len(EndpointStore(url))


def test_malformed_file_stops_the_push_before_any_upload(oxigraph, pushed, tmp_path):
    before = _state(oxigraph)
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;;; .\nex:x\n", "utf-8")
    calls: list[str] = []
    endpoint = Endpoint(oxigraph)
    original = endpoint.http.request

    def counting(method, url, **kw):
        calls.append(method)
        return original(method, url, **kw)

    endpoint.http.request = counting  # type: ignore[method-assign]
    with pytest.raises(InputError) as error:
        gsp.push(endpoint, [bad])
    assert str(bad) in str(error.value)
    assert "PUT" not in calls
    assert _state(oxigraph) == before


def test_server_failure_halfway_leaves_previous_data(oxigraph, pushed, tmp_path):
    before = _state(oxigraph)
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/hytegraph/id/org/new> skos:prefLabel "Uusi"@fi .\n',
        "utf-8",
    )
    endpoint = Endpoint(oxigraph)
    original = endpoint.http.request
    puts: list[str] = []

    def failing(method, url, **kw):
        if method == "PUT":
            puts.append(url)
            if len(puts) == 3:  # ontology and Espoo went up; the extra file fails
                raise EndpointError("the SPARQL server refused the upload: HTTP 503")
        return original(method, url, **kw)

    endpoint.http.request = failing  # type: ignore[method-assign]
    with pytest.raises(EndpointError, match="previous data is unchanged"):
        gsp.push(endpoint, [extra])
    assert len(puts) == 3
    assert _state(oxigraph) == before  # staging graphs removed, manifest untouched
    assert not EndpointStore(oxigraph).ask('ASK { ?x skos:prefLabel "Uusi"@fi }')


def test_lost_answer_to_the_manifest_switch(oxigraph, pushed, tmp_path):
    """The manifest PUT went through but its answer was lost: the push still counts."""
    endpoint = Endpoint(oxigraph)
    original = endpoint.http.request

    def lossy(method, url, **kw):
        answer = original(method, url, **kw)
        if method == "PUT" and "manifest" in url:
            raise EndpointError("the SPARQL server did not answer within 1 s")
        return answer

    endpoint.http.request = lossy  # type: ignore[method-assign]
    report = gsp.push(endpoint)
    graphs, pushes, _size = _state(oxigraph)
    assert pushes == {report.push_id}
    assert graphs == {g.iri for g in report.graphs} | {MANIFEST_GRAPH}
    # later tests see the server as a fresh push left it
    pushed.graphs, pushed.push_id = report.graphs, report.push_id


def test_second_push_replaces_the_first(oxigraph, pushed, local):
    first = {g.iri for g in pushed.graphs}
    report = gsp.push(Endpoint(oxigraph))
    assert set(report.removed) == first
    graphs, pushes, size = _state(oxigraph)
    assert pushes == {report.push_id}
    assert graphs == {g.iri for g in report.graphs} | {MANIFEST_GRAPH}
    assert size == len(local)
    pushed.graphs, pushed.push_id = report.graphs, report.push_id


# ---------------------------------------------------------------------------------------------
# servers that are down, slow or answer garbage


def test_server_down(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(main, ["--endpoint", url, "chairs"])
    assert result.exit_code == 1
    assert f"Error: cannot reach the SPARQL server at {url}: connection refused" in result.output
    assert "Traceback" not in result.output
    push = CliRunner().invoke(main, ["push", "--endpoint", url])
    assert push.exit_code == 1
    assert "cannot reach the SPARQL server" in push.output


class _Stub(http.server.BaseHTTPRequestHandler):
    """Answers by path: the misbehaviours a client must survive."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _head(self, status, kind, length=None, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for key, value in extra:
            self.send_header(key, value)
        self.send_header("Connection", "close")
        self.end_headers()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        good = b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "http://e/1"}}]}}'
        path = self.path.split("?")[0]
        if path == "/html":
            body = b"<html><body>Welcome to our intranet</body></html>"
            self._head(200, "text/html", len(body))
            self.wfile.write(body)
        elif path == "/notjson":
            body = b"this is not json"
            self._head(200, "application/sparql-results+json", len(body))
            self.wfile.write(body)
        elif path == "/wrongshape":
            body = b'{"rows": []}'
            self._head(200, "application/sparql-results+json", len(body))
            self.wfile.write(body)
        elif path == "/truncated":  # announces the whole answer, sends half, hangs up
            self._head(200, "application/sparql-results+json", len(good))
            self.wfile.write(good[: len(good) // 2])
        elif path == "/chunked-cut":  # chunked, a complete JSON chunk, but no final chunk
            self._head(
                200, "application/sparql-results+json", None, [("Transfer-Encoding", "chunked")]
            )
            self.wfile.write(b"%x\r\n%s\r\n" % (len(good), good))
        elif path == "/cut-json":  # a JSON document cut off, correctly framed
            body = good[:-20]
            self._head(200, "application/sparql-results+json", len(body))
            self.wfile.write(body)
        elif path == "/slow":
            time.sleep(3)
            self._head(200, "application/sparql-results+json", len(good))
            self.wfile.write(good)
        elif path in ("/endless-chunked", "/endless"):  # streams until the client hangs up
            chunked = path == "/endless-chunked"
            extra = [("Transfer-Encoding", "chunked")] if chunked else []
            self._head(200, "application/sparql-results+json", None, extra)
            block = b" " * 65536
            try:
                while True:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
            except OSError:
                return
        elif path == "/trickle":  # a byte at a time, without end
            self._head(200, "application/sparql-results+json")
            try:
                while True:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.02)
            except OSError:
                return
        elif path == "/huge":  # announces a terabyte, sends a little, then waits
            self._head(200, "application/sparql-results+json", 10**12)
            self.wfile.write(good)
            self.wfile.flush()
            time.sleep(3)
        elif path == "/error":
            body = b"<html><h1>Internal error</h1><p>Parser exploded at line 3</p></html>"
            self._head(500, "text/html", len(body))
            self.wfile.write(body)
        else:
            self._head(200, "application/sparql-results+json", len(good))
            self.wfile.write(good)
        self.close_connection = True


class _StubServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients that gave up (the slow answer) are expected here


@pytest.fixture(scope="module")
def stub() -> Iterator[str]:
    server = _StubServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_stub_good_answer_is_read(stub):
    store = EndpointStore(stub + "/good", default_graphs=(), timeout=2)
    assert store.select("SELECT ?x WHERE {}").rows == [(URIRef("http://e/1"),)]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/html", "got text/html, expected application/sparql-results+json"),
        ("/notjson", "not complete JSON"),
        ("/wrongshape", "no 'head' object"),
        ("/truncated", "broke off its answer"),
        ("/chunked-cut", "broke off its answer"),
        ("/cut-json", "not complete JSON"),
        ("/slow", "did not answer within 0.5 s"),
        ("/error", "HTTP 500 Internal Server Error: Internal error Parser exploded at line 3"),
    ],
)
def test_garbage_is_a_clear_error(stub, path, message):
    store = EndpointStore(stub + path, default_graphs=(), timeout=0.5)
    with pytest.raises(EndpointError) as error:
        store.select("SELECT ?x WHERE {}")
    assert message in error.value.message
    assert error.value.hint


@pytest.mark.parametrize("path", ["/html", "/truncated", "/chunked-cut", "/slow"])
def test_garbage_on_the_command_line(stub, path):
    # chairs needs no name index: its one query meets the misbehaving server
    result = CliRunner().invoke(main, ["--endpoint", stub + path, "chairs", "--timeout", "0.5"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert "Traceback" not in result.output
    assert "hint:" in result.output


@pytest.mark.parametrize("path", ["/endless-chunked", "/endless"])
def test_endless_answer_is_cut_off(stub, path, tmp_path):
    """A server that streams without end: the answer is bounded in size, so the command ends
    with an error instead of filling the memory (the child's address space is capped, so
    that reading without a bound fails fast here instead of burdening the machine)."""
    import resource

    env = dict(
        os.environ,
        HYTEGRAPH_MAX_RESPONSE_MB="1",
        HYTEGRAPH_CACHE_DIR=str(tmp_path / "cache"),
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "hytegraph", "--endpoint", stub + path, "chairs"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    if hasattr(resource, "prlimit"):  # set at once: the child is still starting Python
        resource.prlimit(child.pid, resource.RLIMIT_AS, (3 << 30, 3 << 30))
    try:
        _out, stderr = child.communicate(timeout=120)
    finally:
        child.kill()
    done = subprocess.CompletedProcess(child.args, child.returncode, _out, stderr)
    assert done.returncode == 1, done.stderr[-800:]
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"Error: the SPARQL server at {stub}{path} sent more than 1 MiB")
    assert "HYTEGRAPH_MAX_RESPONSE_MB" in done.stderr


def test_announced_size_over_the_limit_is_refused_at_once(stub, monkeypatch):
    monkeypatch.setenv("HYTEGRAPH_MAX_RESPONSE_MB", "16")
    store = EndpointStore(stub + "/huge", default_graphs=(), timeout=10)
    # only a hundred bytes come: the announced length alone decides
    with pytest.raises(EndpointError, match="sent more than 16 MiB"):
        store.select("SELECT ?x WHERE {}")


def test_trickle_without_end_meets_the_time_limit(stub):
    store = EndpointStore(stub + "/trickle", default_graphs=(), timeout=1)
    with pytest.raises(EndpointError, match="did not answer within 1 s"):
        store.select("SELECT ?x WHERE {}")


@pytest.mark.parametrize("value", ["0", "-3", "lots"])
def test_bad_response_limit_setting(monkeypatch, value):
    monkeypatch.setenv("HYTEGRAPH_MAX_RESPONSE_MB", value)
    with pytest.raises(ConfigurationError, match="HYTEGRAPH_MAX_RESPONSE_MB"):
        remote.max_response_bytes()


def test_timeout_given_to_a_query_is_a_query_timeout(stub):
    store = EndpointStore(stub + "/slow", default_graphs=())
    with pytest.raises(QueryTimeout):
        store.select("SELECT ?x WHERE {}", timeout=0.5)


# ---------------------------------------------------------------------------------------------
# pieces


def test_values_block_escapes_and_checks():
    block = remote.values_block(
        {"a": URIRef("http://e/x"), "b": rdflib.Literal('say "hi"\n', lang="fi")}
    )
    assert block.strip() == 'VALUES (?a ?b) { (<http://e/x> "say \\"hi\\"\\n"@fi) }'
    typed = remote.sparql_term(rdflib.Literal("3", datatype=rdflib.XSD.integer))
    assert typed == '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    with pytest.raises(QueryError):
        remote.sparql_term(BNode())


@pytest.mark.parametrize(
    ("query_url", "store_url"),
    [
        ("http://h:7878/query", "http://h:7878/store"),
        ("http://h:7878", "http://h:7878/store"),
        ("http://h:3030/ds/sparql", "http://h:3030/ds/data"),
        ("http://h:3030/ds/query", "http://h:3030/ds/data"),
        ("http://h:8890/sparql", "http://h:8890/sparql-graph-crud-auth"),
    ],
)
def test_store_url_by_engine(query_url, store_url):
    assert Endpoint(query_url).store_url == store_url


def test_credentials_in_the_url_are_not_sent_in_it():
    clean, user, password = remote._strip_userinfo("http://dba:s%40cret@h:8890/sparql")
    assert (clean, user, password) == ("http://h:8890/sparql", "dba", "s@cret")


# ---------------------------------------------------------------------------------------------
# a second engine: Virtuoso (Debian package virtuoso-opensource)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    exe = shutil.which("virtuoso-t")
    if exe is None:
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    vsp = Path("/var/lib/virtuoso-opensource-7/vsp")
    (folder / "virtuoso.ini").write_text(
        f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp if vsp.is_dir() else folder}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [exe, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ready(f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", process, 90)
        yield f"http://127.0.0.1:{http_port}/sparql"
    finally:
        stop(process)


@pytest.fixture(scope="module")
def virtuoso_pushed(virtuoso: str) -> gsp.PushReport:
    # Virtuoso's Graph Store endpoint /sparql-graph-crud-auth wants HTTP Digest credentials;
    # dba/dba is the account of a freshly created database. Queries need none.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HYTEGRAPH_ENDPOINT_USER", "dba")
        patch.setenv("HYTEGRAPH_ENDPOINT_PASSWORD", "dba")
        return gsp.push(Endpoint(virtuoso))


def test_virtuoso_push_catalogue_and_pull(virtuoso, virtuoso_pushed, local, monkeypatch, tmp_path):
    assert sum(g.count for g in virtuoso_pushed.graphs) == len(local)
    store = EndpointStore(virtuoso)
    assert len(store) == len(local)
    # every catalogue query, unbound and with each parameter bound, gives the same rows
    for query in catalogue.entries():
        expected = local.select(query.text)
        assert expected.rows, f"{query.name} has no rows on the bundled data"
        assert row_set(store.select(query.text)) == row_set(expected), query.name
        for param in query.param_names:
            bindings = {param: DAYS.get(param) or PARAM_VALUES.get(param, PARAM_VALUES["actor"])}
            bound = local.select(query.text, bindings)
            assert row_set(store.select(query.text, bindings)) == row_set(bound), query.name
            if param in DAYS:
                assert row_set(bound) != row_set(expected), (query.name, param)
    # pull works against Virtuoso too
    monkeypatch.setenv("HYTEGRAPH_ENDPOINT_USER", "dba")
    monkeypatch.setenv("HYTEGRAPH_ENDPOINT_PASSWORD", "dba")
    pulled = gsp.pull(Endpoint(virtuoso), tmp_path / "pulled")
    assert sum(g.triples for g in pulled.graphs) == len(local)
    assert pulled.manifest is not None


def test_virtuoso_booleans_are_booleans(virtuoso, virtuoso_pushed):
    # who-chairs-what's ?exOfficio: xsd:boolean on Virtuoso too, not the integers 1 and 0
    rows = EndpointStore(virtuoso).select(catalogue.find("who-chairs-what").text).dicts()
    assert {row["exOfficio"] for row in rows} == {rdflib.Literal(True), rdflib.Literal(False)}


@pytest.mark.parametrize(
    "args",
    [
        ["who", "Virpi Mattila"],
        ["body", "työikäisten ohjausryhmässä"],
        ["sources", "Hyte ry:n"],
        ["chairs"],
        ["county", "--format", "json"],
        ["ngos", "--lang", "en"],
        ["query", "who-chairs-what", "-p", "body=Nuorten hyvinvointityöryhmä", "--format", "csv"],
        ["analyze"],
        # limited to a municipality or county: the area is one end of each path
        ["chairs", "--municipality", "Espoo", "--format", "json"],
        ["chairs", "--county", "Länsi-Uudenmaan", "--municipality", "Kauniainen"],
        ["ngos", "--county", "Länsi-Uudenmaan", "--format", "json"],
        ["who", "Virpi Mattila", "--municipality", "Espoo", "--format", "json"],
        ["body", "työikäisten ohjausryhmässä", "--county", "Länsi-Uudenmaan"],
        ["county", "--municipality", "Espoo", "--format", "json"],
        # as of a day, the date condition inside the lookup's query, with and without a scope
        ["chairs", "--as-of", "2023-06-01", "--format", "json"],
        ["who", "Virpi Mattila", "--as-of", "2023-06-01", "--municipality", "Espoo"],
        ["body", "työikäisten ohjausryhmässä", "--as-of", "2023-06-01", "--format", "json"],
        ["ngos", "--as-of", "2023-06-01", "--county", "Länsi-Uudenmaan", "--format", "json"],
        ["county", "--as-of", "2023-06-01", "--municipality", "Espoo", "--format", "json"],
        ["chairs", "--as-of", "2019-01-01"],
        ["diff", "--from", "2019-01-01", "--to", "2024-01-01", "--municipality", "Espoo"],
        ["history", "Lasten ja nuorten hyvinvoinnin ohjausryhmä", "--format", "csv"],
    ],
    ids=lambda a: "-".join(
        [a[0], *(x[2:] for x in a if x in ("--municipality", "--county", "--as-of"))]
    ),
)
def test_commands_give_the_same_answer_through_virtuoso(virtuoso, virtuoso_pushed, args):
    runner = CliRunner()
    here = runner.invoke(main, args)
    there = runner.invoke(main, ["--endpoint", virtuoso, *args])
    assert here.exit_code == 0, here.output
    assert there.exit_code == 0, there.output
    assert there.stdout == here.stdout


def test_map_through_virtuoso_is_the_same_page(virtuoso, virtuoso_pushed, tmp_path):
    here, there = tmp_path / "here.html", tmp_path / "there.html"
    runner = CliRunner()
    assert runner.invoke(main, ["map", "-o", str(here)]).exit_code == 0
    result = runner.invoke(main, ["--endpoint", virtuoso, "map", "-o", str(there)])
    assert result.exit_code == 0, result.output
    assert there.read_bytes() == here.read_bytes()


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_construct_comes_back_as_a_graph(engine, request, local):
    """A graph query asks for RDF: the whole graph comes back isomorphic to the local one."""
    from rdflib.compare import isomorphic

    url = request.getfixturevalue(engine)
    request.getfixturevalue("pushed" if engine == "oxigraph" else "virtuoso_pushed")
    remote = EndpointStore(url).to_rdflib()
    assert len(remote) == len(local)
    assert isomorphic(remote, local.to_rdflib())


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_validate_through_the_server(engine, request):
    url = request.getfixturevalue(engine)
    request.getfixturevalue("pushed" if engine == "oxigraph" else "virtuoso_pushed")
    result = CliRunner().invoke(main, ["--endpoint", url, "validate"])
    assert result.exit_code == 0, result.output
    assert "Valid:" in result.output
