"""``hytegraph serve``: the SPARQL 1.1 Protocol endpoint, refusals, time limits, load."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from hytegraph.cli import main
from hytegraph.store.load import load_graph
from hytegraph.web.server import SparqlServer, negotiate

CHAIRS = """SELECT ?chair ?body WHERE {
  ?m org:role <https://w3id.org/hytegraph/id/role/chair> ; org:member ?chair ;
     org:organization ?body .
}"""
STEERING = "CONSTRUCT WHERE { ?g a hyte:SteeringGroup ; skos:prefLabel ?label }"
#: Billions of solutions: far longer than any time limit used here.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store():
    return load_graph()


@pytest.fixture(scope="module")
def expected_chairs(store) -> set[tuple[str, str]]:
    return {(str(c), str(b)) for c, b in store.select(CHAIRS)}


def _start(store, **options) -> tuple[SparqlServer, threading.Thread]:
    server = SparqlServer(store, "127.0.0.1", 0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture(scope="module")
def server(store) -> Iterator[str]:
    srv, thread = _start(store, timeout=2.0, workers=4, map_renderer=_fake_map)
    try:
        yield srv.url
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def _fake_map(store, *, lang="fi") -> str:
    _fake_map.calls.append(lang)  # type: ignore[attr-defined]
    return f"<!doctype html><html lang='{lang}'><body>map {len(store)}</body></html>"


_fake_map.calls = []  # type: ignore[attr-defined]


def request(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
    timeout: float = 30,
) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def get(base: str, query: str, accept: str | None = None, **params: str) -> tuple[int, str, bytes]:
    qs = urllib.parse.urlencode({"query": query, **params})
    return request(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def post_form(base: str, fields: dict[str, str], accept: str | None = None):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return request(f"{base}/sparql", data=urllib.parse.urlencode(fields).encode(), headers=headers)


def post_query(base: str, query: str, accept: str | None = None, kind="application/sparql-query"):
    headers = {"Content-Type": kind}
    if accept:
        headers["Accept"] = accept
    return request(f"{base}/sparql", data=query.encode(), headers=headers)


# ---------------------------------------------------------------------------------------------
# results formats


def _rows_from(kind: str, body: bytes) -> set[tuple[str, str]]:
    text = body.decode("utf-8")
    if kind == "json":
        doc = json.loads(text)
        assert doc["head"]["vars"] == ["chair", "body"]
        return {(b["chair"]["value"], b["body"]["value"]) for b in doc["results"]["bindings"]}
    if kind == "xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        rows = set()
        for result in root.iterfind("r:results/r:result", ns):
            values = {b.get("name"): b.find("r:uri", ns).text for b in result}
            rows.add((values["chair"], values["body"]))
        return rows
    if kind == "csv":
        reader = list(csv.reader(io.StringIO(text)))
        assert reader[0] == ["chair", "body"]
        return {(r[0], r[1]) for r in reader[1:]}
    lines = text.splitlines()
    assert lines[0] == "?chair\t?body"
    return {tuple(cell.strip("<>") for cell in line.split("\t")) for line in lines[1:]}  # type: ignore[misc]


@pytest.mark.parametrize(
    ("accept", "kind", "media"),
    [
        (None, "json", "application/sparql-results+json"),
        ("application/sparql-results+json", "json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "xml", "application/sparql-results+xml"),
        ("text/csv", "csv", "text/csv"),
        ("text/tab-separated-values", "tsv", "text/tab-separated-values"),
        ("text/html, text/csv;q=0.5, */*;q=0.1", "csv", "text/csv"),
    ],
)
@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_select_in_each_format(server, expected_chairs, accept, kind, media, how):
    if how == "get":
        status, content_type, body = get(server, CHAIRS, accept)
    elif how == "form":
        status, content_type, body = post_form(server, {"query": CHAIRS}, accept)
    else:
        status, content_type, body = post_query(server, CHAIRS, accept)
    assert status == 200, body
    assert content_type.split(";")[0] == media
    assert _rows_from(kind, body) == expected_chairs
    assert expected_chairs


def test_ask(server):
    status, _, body = get(server, "ASK { ?x hyte:chairs ?y }")
    assert status == 200
    assert json.loads(body) == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("accept", "media", "rdflib_format"),
    [
        (None, "text/turtle", "turtle"),
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
    ],
)
def test_construct_in_each_format(server, store, accept, media, rdflib_format):
    status, content_type, body = get(server, STEERING, accept)
    assert status == 200, body
    assert content_type.split(";")[0] == media
    got = rdflib.Graph().parse(data=body, format=rdflib_format)
    expected = store.construct(STEERING)
    assert len(expected) > 0
    assert isomorphic(got, expected)


def test_format_parameter_overrides_accept(server, expected_chairs):
    status, content_type, body = get(server, CHAIRS, "application/sparql-results+xml", format="csv")
    assert status == 200
    assert content_type.startswith("text/csv")
    assert _rows_from("csv", body) == expected_chairs


def test_nothing_acceptable_is_406(server):
    status, _, body = get(server, CHAIRS, "image/png")
    assert status == 406
    assert b"offered" in body


@pytest.mark.parametrize(
    ("accept", "form", "fmt"),
    [
        ("application/sparql-results+xml;q=0.5, text/csv", "SELECT", "csv"),
        ("text/*", "SELECT", "csv"),
        ("*/*", "CONSTRUCT", "ttl"),
        ("application/n-triples, text/turtle;q=0.9", "DESCRIBE", "nt"),
        ("", "ASK", "json"),
    ],
)
def test_negotiate(accept, form, fmt):
    assert negotiate(accept, form) == fmt


# ---------------------------------------------------------------------------------------------
# refusals and errors


@pytest.mark.parametrize(
    ("how", "payload", "message"),
    [
        ("form", {"update": "DROP ALL"}, b"read-only"),
        ("direct-update", "INSERT DATA { <x:a> <x:b> <x:c> }", b"read-only"),
        ("get-update", "CLEAR DEFAULT", b"read-only"),
        ("get", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", b"SERVICE"),
        ("get", "LOAD <http://example.org/data.ttl>", b"LOAD is not allowed"),
        ("direct", "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", b"FROM"),
        ("form", {"query": "DELETE WHERE { ?s ?p ?o }"}, b"not allowed"),
    ],
)
def test_refused(server, how, payload, message):
    if how == "form":
        status, content_type, body = post_form(server, payload)
    elif how == "direct-update":
        status, content_type, body = post_query(server, payload, kind="application/sparql-update")
    elif how == "get-update":
        status, content_type, body = request(
            f"{server}/sparql?{urllib.parse.urlencode({'update': payload})}"
        )
    elif how == "direct":
        status, content_type, body = post_query(server, payload)
    else:
        status, content_type, body = get(server, payload)
    assert status == 403
    assert content_type.startswith("text/plain")
    assert message in body


def test_graph_is_unchanged_after_refusals(server, expected_chairs):
    post_form(server, {"update": "DROP ALL"})
    status, _, body = get(server, CHAIRS)
    assert status == 200
    assert _rows_from("json", body) == expected_chairs


@pytest.mark.parametrize(
    ("path", "data", "headers", "method", "status"),
    [
        ("/sparql?query=SELECT%20*%20WHERE%20%7B", None, {}, None, 400),
        ("/sparql", None, {}, None, 400),  # no query
        ("/sparql", b"x", {"Content-Type": "text/plain"}, None, 415),
        ("/sparql?query=ASK%7B%7D&default-graph-uri=http://e/g", None, {}, None, 400),
        ("/sparql", None, {}, "PUT", 405),
        ("/nowhere", None, {}, None, 404),
        ("/update", b"update=DROP+ALL", {}, None, 403),
    ],
)
def test_protocol_errors(server, path, data, headers, method, status):
    got, content_type, body = request(server + path, data=data, headers=headers, method=method)
    assert got == status
    assert content_type.startswith("text/plain")
    assert body.strip()


def test_malformed_query_says_where(server):
    status, _, body = get(server, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400
    assert b"SPARQL syntax error at line 1" in body


# ---------------------------------------------------------------------------------------------
# time limits and concurrency


def test_slow_query_times_out_and_fast_ones_still_run(store, expected_chairs):
    srv, thread = _start(store, timeout=5.0, workers=2)
    try:
        slow: dict[str, object] = {}

        def run_slow() -> None:
            answer = get(srv.url, SLOW)
            slow["done"] = time.monotonic()
            slow["answer"] = answer

        worker = threading.Thread(target=run_slow, daemon=True)
        worker.start()
        time.sleep(0.3)  # the slow query is running now
        fast_answers = []
        for _ in range(3):
            fast_answers.append(get(srv.url, CHAIRS))
        fast_done = time.monotonic()
        worker.join(60)
        # the fast ones did not wait for the slow one: they were all answered before it
        assert fast_done < slow["done"]  # type: ignore[operator]
        for status, _, body in fast_answers:
            assert status == 200
            assert _rows_from("json", body) == expected_chairs
        status, content_type, body = slow["answer"]  # type: ignore[misc]
        assert status == 503
        assert content_type.startswith("text/plain")
        assert b"did not finish within 5 s" in body
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


# ---------------------------------------------------------------------------------------------
# pages


def test_landing_page(server):
    status, content_type, body = request(server + "/")
    assert status == 200
    assert content_type.startswith("text/html")
    for link in (b'href="/map"', b'href="/sparql"', b'href="/queries"', b'href="/?lang=en"'):
        assert link in body


def test_map_is_drawn_once_per_language(server, store):
    _fake_map.calls.clear()
    for _ in range(2):
        status, content_type, body = request(server + "/map?lang=en")
        assert status == 200
        assert content_type.startswith("text/html")
        assert (
            body == f"<!doctype html><html lang='en'><body>map {len(store)}</body></html>".encode()
        )
    assert _fake_map.calls == ["en"]
    status, _, _ = request(server + "/map?lang=de")
    assert status == 400


def test_real_map_page(store):
    srv, thread = _start(store, timeout=30.0)
    try:
        status, _, body = request(srv.url + "/map?lang=fi", timeout=120)
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)
    assert status == 200
    assert "Lasten ja nuorten hyvinvoinnin ohjausryhmä" in body.decode("utf-8")


def test_serve_refuses_to_start_where_queries_keep_the_network(monkeypatch, mini):
    from hytegraph.query import sandbox

    monkeypatch.setattr(sandbox, "network_isolation_problem", lambda: "the kernel said no")
    result = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: queries cannot be cut off from the network on this system: the kernel said no"
    )
    assert "--no-network-isolation" in result.stderr


def test_serve_starts_with_a_warning_when_told_to(monkeypatch, mini):
    from hytegraph.query import sandbox

    monkeypatch.setattr(sandbox, "network_isolation_problem", lambda: "the kernel said no")
    monkeypatch.setattr(SparqlServer, "serve_forever", lambda self, poll_interval=0.5: None)
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--no-network-isolation"])
    assert result.exit_code == 0, result.stderr
    assert "WARNING: queries are NOT cut off from the network (the kernel said no)" in (
        result.stderr
    )


def test_serve_help_lists_the_options():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--timeout", "--workers", "--isolation"):
        assert option in result.output
    for option in ("--max-memory", "--max-query-size", "--max-nesting", "--allow-host"):
        assert option in result.output


# ---------------------------------------------------------------------------------------------
# a bounded load test (bench/load_test.py runs the long one)


def _load_test_module():
    path = Path(__file__).resolve().parent.parent / "bench" / "load_test.py"
    spec = importlib.util.spec_from_file_location("hytegraph_load_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_bounded_load(store):
    load = _load_test_module()
    srv, thread = _start(store, timeout=30.0)
    try:
        result = load.run_load(srv.url + "/sparql", clients=10, seconds=3, texts=load.query_texts())
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)
    assert result.errors == []
    assert len(result.latencies) >= 10
    summary = result.summary()
    assert summary["p50_ms"] <= summary["p90_ms"] <= summary["p99_ms"] <= summary["max_ms"]


def test_bounded_load_on_pages(store):
    load = _load_test_module()
    srv, thread = _start(store, timeout=30.0)
    paths = load.page_paths()
    assert any(p.startswith("/id/person/") for p in paths)
    try:
        result = load.run_load(srv.url + "/sparql", clients=10, seconds=3, texts=[], paths=paths)
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)
    assert result.errors == []
    assert len(result.latencies) >= 10
