"""The graph's pages: in ``serve`` (content negotiation, sources, search, queries, safety) and
as a static site (relative links that resolve, search data, refusals, the build)."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import RDF

from hytegraph.cli import main
from hytegraph.core.namespaces import HYTE, ID, ORG
from hytegraph.errors import ConfigurationError
from hytegraph.store.load import load_graph
from hytegraph.web import describe
from hytegraph.web.pages import Urls, mark_quotes
from hytegraph.web.server import SparqlServer, negotiate_page
from hytegraph.web.site import MARKER, write_site
from tests.conftest import FIXTURES

VIRPI = ID + "person/virpi-mattila"
SOURCE = ID + "source/espoo-2023-hyte-answers"
XSS = FIXTURES / "network" / "xss.ttl"


@pytest.fixture(scope="module")
def store():
    return load_graph()


@pytest.fixture(scope="module")
def hostile_store():
    return load_graph([XSS])


def _serve(store) -> Iterator[str]:
    srv = SparqlServer(store, "127.0.0.1", 0, timeout=20.0, workers=2)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.url
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def server(store) -> Iterator[str]:
    yield from _serve(store)


@pytest.fixture(scope="module")
def hostile_server(hostile_store) -> Iterator[str]:
    yield from _serve(hostile_store)


def fetch(url: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Links(HTMLParser):
    """Every link, script and style sheet of a page, and whether it has inline script."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.handlers += [name for name, _v in attrs if name.startswith("on")]
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"])
        if tag == "link" and values.get("href"):
            self.hrefs.append(values["href"])
        if tag == "script":
            if values.get("src"):
                self.hrefs.append(values["src"])
            else:
                self._in_script = True

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def links(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


# ---------------------------------------------------------------------------------------------
# Linked Data: one URL, HTML or RDF


def test_turtle_describes_the_entity(server):
    status, headers, body = fetch(server + "/id/person/virpi-mattila", "text/turtle")
    assert status == 200
    assert headers["Content-Type"].startswith("text/turtle")
    assert "Accept" in headers.get("Vary", "")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    virpi = rdflib.URIRef(VIRPI)
    assert (virpi, RDF.type, rdflib.URIRef("http://xmlns.com/foaf/0.1/Person")) in graph
    # her fact, with its evidence and the quote
    facts = set(graph.subjects(ORG.member, virpi))
    assert facts
    (fact,) = facts
    evidence = set(graph.objects(fact, HYTE.evidence))
    assert evidence
    quotes = {str(q) for e in evidence for q in graph.objects(e, HYTE.quote)}
    assert any("(pj. Virpi Mattila)" in q for q in quotes)
    # bounded: nothing about other people
    assert rdflib.URIRef(ID + "person/virpi-mikama") not in set(graph.subjects())


def test_jsonld_and_suffixes(server):
    status, headers, body = fetch(server + "/id/person/virpi-mattila", "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=body, format="json-ld")
    assert (rdflib.URIRef(VIRPI), None, None) in graph
    status, headers, body = fetch(server + "/id/person/virpi-mattila.ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    status, headers, body = fetch(server + "/id/person/virpi-mattila.nt")
    assert status == 200 and len(rdflib.Graph().parse(data=body, format="nt")) > 5


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        (None, "html"),
        ("*/*", "html"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),
        ("text/turtle", "ttl"),
        ("application/ld+json", "jsonld"),
        ("text/html;q=0.5, text/turtle", "ttl"),
        ("application/n-triples", "nt"),
    ],
)
def test_negotiate_page(accept, fmt):
    assert negotiate_page(accept) == fmt


def test_nothing_acceptable_and_unknown(server):
    status, _h, _b = fetch(server + "/id/person/virpi-mattila", "image/png")
    assert status == 406
    status, headers, _body = fetch(server + "/id/person/nobody", "text/html")
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    status, _h, _b = fetch(server + "/id/person/nobody", "text/turtle")
    assert status == 404


# ---------------------------------------------------------------------------------------------
# pages


def test_entity_page(server):
    status, headers, body = fetch(server + "/id/person/virpi-mattila", "text/html")
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    html = body.decode("utf-8")
    assert "<h1>Virpi Mattila</h1>" in html
    assert "puheenjohtaja" in html  # her role
    assert 'href="/id/body/lasten-ja-nuorten-ohjausryhma"' in html  # the body she chairs
    assert "(pj. Virpi Mattila)" in html  # the quote
    assert 'href="/id/source/espoo-2023-hyte-answers#evidence/i3-kao-1"' in html
    assert 'href="/id/unit/kasvu-ja-oppiminen"' in html  # the respondent
    assert '<svg class="ego"' in html
    parsed = links(html)
    assert parsed.inline_scripts == 0 and parsed.handlers == []


def test_entity_page_in_english(server):
    _s, _h, body = fetch(server + "/id/org/espoo?lang=en")
    html = body.decode("utf-8")
    assert '<html lang="en">' in html
    assert "kuntanumero" in html or "municipality code" in html  # the identifier scheme
    assert "049" in html
    assert 'href="/id/org/lansi-uusimaa?lang=en"' in html


def test_possibly_same_and_ambiguity(server):
    _s, _h, body = fetch(server + "/id/actor/hyte-alue")
    html = body.decode("utf-8")
    assert 'href="/id/org/lansi-uusimaa"' in html  # possibly the same as the county
    assert "Mikä on Hyte-alue?" not in html or "Epäselvyydet" in html
    assert "Epäselvyydet" in html


def test_source_page_marks_every_quote(server, store):
    status, _h, body = fetch(server + "/id/source/espoo-2023-hyte-answers")
    assert status == 200
    html = body.decode("utf-8")
    evidence = {
        str(s)
        for s in store.to_rdflib().subjects(
            rdflib.URIRef("http://purl.org/dc/terms/source"), rdflib.URIRef(SOURCE)
        )
    }
    assert len(evidence) > 20
    for ev in evidence:
        anchor = ev[len(ID) :]
        assert f'id="{anchor}"' in html, ev  # where its quote starts in the text
        assert f'id="supports-{anchor}"' in html
    assert html.count("<mark") >= 10
    # a quote links to what it supports: the chair fact is shown on Virpi Mattila's page
    assert 'href="/id/person/virpi-mattila#fact/chair-lasten-ja-nuorten-ohjausryhma"' in html


def test_mark_quotes_across_line_breaks():
    text = "Alku.\n\nEspoo  tekee\nyhteistyötä.  Loppu."
    segments, missing = mark_quotes(
        text, [("e1", "Espoo tekee yhteistyötä."), ("e2", "ei löydy"), ("e3", "tekee")]
    )
    assert missing == {"e2"}
    assert "".join(s.text for s in segments) == text  # nothing lost or changed
    marked = "".join(s.text for s in segments if "e1" in s.evidence)
    assert marked == "Espoo  tekee\nyhteistyötä."
    assert [s.starts for s in segments if s.starts] == [["e1"], ["e3"]]


def test_home_search_and_kinds(server):
    _s, _h, body = fetch(server + "/")
    html = body.decode("utf-8")
    assert 'href="/kinds/person"' in html and 'href="/id/org/espoo"' in html
    assert 'href="/sparql"' in html and 'href="/map"' in html
    _s, _h, body = fetch(server + "/search?q=" + urllib.parse.quote("virpi"))
    html = body.decode("utf-8")
    assert 'href="/id/person/virpi-mattila"' in html and 'href="/id/person/virpi-mikama"' in html
    _s, _h, body = fetch(server + "/search?q=" + urllib.parse.quote("hyvinvointialueen"))
    assert 'href="/id/org/lansi-uusimaa"' in body.decode("utf-8")  # a Finnish word form
    status, _h, body = fetch(server + "/kinds/person")
    assert status == 200 and 'href="/id/person/harri-rinta-aho"' in body.decode("utf-8")
    assert fetch(server + "/kinds/nothing")[0] == 404


def test_query_pages_and_twins(server):
    _s, _h, body = fetch(server + "/queries")
    assert 'href="/queries/who-chairs-what"' in body.decode("utf-8")
    status, _h, body = fetch(server + "/queries/who-chairs-what")
    html = body.decode("utf-8")
    assert status == 200 and "<table>" in html and "Virpi Mattila" in html
    assert 'href="/queries/who-chairs-what.json"' in html
    _s, _h, as_json = fetch(server + "/queries/who-chairs-what.json")
    _s, _headers, as_csv = fetch(server + "/queries/who-chairs-what.csv")
    rows = json.loads(as_json)
    from_csv = list(csv.DictReader(io.StringIO(as_csv.decode("utf-8"), newline="")))
    assert rows == from_csv  # the same rows
    assert {r["chair_label"] for r in rows} >= {"Virpi Mattila", "Harri Rinta-aho"}
    assert html.count("<tr>") == len(rows) + 1
    _s, _h, excel = fetch(server + "/queries/who-chairs-what.csv?excel=1")
    assert excel.startswith(b"\xef\xbb\xbf")
    back = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [r["chair"] for r in back] == [r["chair"] for r in rows]


def test_query_form_with_a_parameter(server):
    status, _h, body = fetch(server + "/queries/actor-roles")
    html = body.decode("utf-8")
    assert status == 200 and '<input id="p-actor" name="actor"' in html and "<table>" not in html
    status, _h, body = fetch(
        server + "/queries/actor-roles?actor=" + urllib.parse.quote("Virpi Mattila")
    )
    assert status == 200 and "Lasten ja nuorten hyvinvoinnin ohjausryhmä" in body.decode("utf-8")
    status, _h, body = fetch(server + "/queries/actor-roles?actor=virpi")
    html = body.decode("utf-8")
    assert status == 400 and "matches 2 entities" in html and "Virpi Mikama" in html


def test_sparql_endpoint_unchanged_and_a_form_for_browsers(server):
    status, _h, body = fetch(server + "/sparql")
    assert status == 400 and b"give exactly one query" in body
    status, headers, body = fetch(server + "/sparql", "text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '<textarea id="sparql-query" name="query"' in body.decode("utf-8")
    query = urllib.parse.quote("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    assert fetch(server + "/sparql?query=" + query, "text/html")[0] == 403


def test_static_files_only_known(server):
    assert fetch(server + "/static/site.css")[0] == 200
    assert fetch(server + "/static/../server.py")[0] == 404
    assert fetch(server + "/static/nothing.js")[0] == 404


def test_hostile_labels_and_quotes_are_text(hostile_server):
    for path in ("/id/person/xss", "/id/body/xss", "/id/source/xss", "/search?q=eve"):
        status, _h, body = fetch(hostile_server + path)
        assert status == 200, path
        html = body.decode("utf-8")
        assert "<img" not in html and "<b onmouseover" not in html, path
        assert 'href="javascript:' not in html
        parsed = links(html)
        assert parsed.inline_scripts == 0 and parsed.handlers == [], path
    _s, _h, body = fetch(hostile_server + "/id/source/xss")
    assert "&lt;img src=x onerror=" in body.decode("utf-8")


def test_incoming_is_bounded(store, monkeypatch):
    monkeypatch.setattr(describe, "MAX_INCOMING", 2)
    into, more = describe.incoming(store, rdflib.URIRef(ID + "role/chair"), 2)
    assert len(into) == 2 and more


def test_urls():
    server = Urls(lang="en")
    assert server.entity(VIRPI) == "/id/person/virpi-mattila?lang=en"
    assert server.entity("http://example.org/x") is None
    site = Urls(static=True, root="../../", has_page={VIRPI}.__contains__)
    assert site.entity(VIRPI, "fact/x") == "../../id/person/virpi-mattila.html#fact/x"
    assert site.entity(ID + "person/other") is None
    assert site.page("kinds/person") == "../../kinds/person.html"


# ---------------------------------------------------------------------------------------------
# the static site


@pytest.fixture(scope="module")
def site(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    report = write_site(store, out)
    assert report.entities > 50 and report.map
    return out


def test_site_links_all_resolve(site):
    pages = sorted(site.rglob("*.html"))
    assert (site / "index.html") in pages and (site / "map.html") in pages
    assert (site / "id" / "person" / "virpi-mattila.html").is_file()
    assert (site / "id" / "source" / "espoo-2023-hyte-answers.html").is_file()
    checked = 0
    for page in pages:
        if page.name == "map.html":
            continue
        parsed = links(page.read_text(encoding="utf-8"))
        assert parsed.inline_scripts == 0 and parsed.handlers == [], page
        for href in parsed.hrefs:
            target = href.split("#", 1)[0].split("?", 1)[0]
            if not target:
                continue
            assert not target.startswith("/"), (page, href)  # relative links only
            if re.match(r"^[a-z]+:", target):
                assert target.startswith(("https://www.wikidata.org", "http://www.wikidata.org")), (
                    page,
                    href,
                )
                continue
            resolved = (page.parent / urllib.parse.unquote(target)).resolve()
            assert resolved.is_file(), (page, href)
            checked += 1
    assert checked > 500


def test_site_search_data(site):
    shard = (site / "search" / "v.js").read_text(encoding="utf-8")
    assert shard.startswith('hytegraphShard("v",')
    rows = json.loads(shard[len('hytegraphShard("v",') : -3])
    assert ["Virpi Mattila", "id/person/virpi-mattila.html", "person"] in rows


def test_site_map_links_to_pages(site):
    html = (site / "map.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="hytegraph-data">(.*?)</script>', html, re.S).group(1))
    assert data["pages"] == {"base": "https://w3id.org/hytegraph/", "prefix": "", "suffix": ".html"}
    virpi = next(n for n in data["nodes"] if n[0] == VIRPI)
    assert virpi[8] == 1


def test_site_replaces_only_a_site(store, tmp_path):
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ConfigurationError):
        write_site(store, other)
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep"
    out = tmp_path / "site"
    write_site(store, out, limit=5)
    assert (out / MARKER).exists()
    first = set(out.rglob("*.html"))
    report = write_site(store, out, limit=10)
    assert report.skipped > 0 and report.entities == 10
    assert len(set(out.rglob("*.html"))) > len(first)
    assert not list(tmp_path.glob(".site.*"))  # no staging folder left behind


def test_site_above_its_limit_keeps_only_the_kinds_asked_for(store, site, tmp_path):
    from hytegraph.web.content import Catalogue
    from hytegraph.web.site import planned_pages

    kinds = {e.iri: e.kind for e in Catalogue.of(store, "fi").entities()}
    wanted = ("municipality", "county")
    # Under the limit the kinds do not matter: every page is written.
    whole = write_site(store, tmp_path / "whole", limit=len(kinds), only_kinds=wanted)
    assert whole.skipped == 0 and whole.only_kinds is None
    assert whole.entities == len(kinds)
    out = tmp_path / "places"
    report = write_site(store, out, limit=len(kinds) - 1, only_kinds=wanted)
    chosen = {iri for iri, kind in kinds.items() if kind in wanted}
    assert chosen and len(chosen) < len(kinds)
    assert set(report.iris) == chosen
    assert planned_pages(store, limit=len(kinds) - 1, only_kinds=wanted) == sorted(chosen)
    assert report.skipped == len(kinds) - len(chosen) and report.only_kinds == wanted
    written = {p.relative_to(out).as_posix() for p in (out / "id").rglob("*.html")}
    assert written == {iri.split("w3id.org/hytegraph/", 1)[1] + ".html" for iri in chosen}
    # The lists, search and home page are still there and link to no page left out.
    assert (out / "index.html").is_file() and (out / "kinds" / "person.html").is_file()
    for page in out.rglob("*.html"):
        for href in links(page.read_text(encoding="utf-8")).hrefs:
            if "://" in href or href.startswith(("#", "mailto:")):
                continue
            target = href.split("#", 1)[0].split("?", 1)[0]
            if target:
                resolved = (page.parent / urllib.parse.unquote(target)).resolve()
                assert resolved.is_file(), (page, href)
    message = report.format()
    assert "municipality, county" in message
    assert f"{report.skipped} entity pages left out" in message
    assert "hytegraph site -o" in message and "hytegraph serve" in message


def test_site_in_parallel_is_the_same(store, site, tmp_path, monkeypatch):
    from hytegraph.web import site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_FROM", 0)
    seen = []
    report = write_site(store, tmp_path / "p", workers=2, progress=lambda d, t: seen.append((d, t)))
    serial = {p.relative_to(site): p.read_bytes() for p in site.rglob("*.html")}
    parallel = {
        p.relative_to(tmp_path / "p"): p.read_bytes() for p in (tmp_path / "p").rglob("*.html")
    }
    assert parallel == serial
    assert report.pages == len(serial)
    assert seen and seen[-1][1] == report.entities


def test_site_command(mini, tmp_path):
    result = CliRunner().invoke(main, ["site", "-o", str(tmp_path / "s"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "wrote the site" in result.stderr
    assert '<html lang="en">' in (tmp_path / "s" / "index.html").read_text(encoding="utf-8")


def test_build_writes_the_site(mini, tmp_path):
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "b" / "site" / "index.html").is_file()
    html = (tmp_path / "b" / "map.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="hytegraph-data">(.*?)</script>', html, re.S).group(1))
    assert data["pages"]["prefix"] == "site/"


def test_site_cut_by_its_limit_gives_the_queries_the_shorter_time(store, tmp_path, monkeypatch):
    import hytegraph.web.site as site_mod

    given: list[float] = []
    asked: list[str] = []
    answers = site_mod._answers

    def spy(store, texts, timeout):
        given.append(timeout)
        asked.extend(texts)
        if timeout == 0.001:
            # every query runs out of its (shorter) time: what the sandbox returns for a query
            # it killed, without depending on how fast this machine starts a process
            return dict.fromkeys(texts)
        return answers(store, texts, timeout)

    monkeypatch.setattr(site_mod, "_answers", spy)
    monkeypatch.setattr(site_mod, "QUERY_TIMEOUT_ABOVE_LIMIT", 0.001)
    below = write_site(store, tmp_path / "below", only_kinds=("municipality",))
    assert given == [site_mod.QUERY_TIMEOUT] and asked
    assert not below.queries_skipped
    given.clear()
    asked.clear()
    above = write_site(store, tmp_path / "above", limit=3)
    assert given == [0.001] and asked
    # no time to speak of: every query without parameters is left out, and its page is still written
    assert len(above.queries_skipped) == len(asked)
    for name in above.queries_skipped:
        assert (tmp_path / "above" / "queries" / f"{name}.html").exists()
        assert not (tmp_path / "above" / "queries" / f"{name}.csv").exists()


def test_national_site_runs_no_catalogue_query_and_says_how_to(store, tmp_path, monkeypatch):
    """Above the limit with only the places' pages (what ``build`` writes for a national graph)
    no catalogue query is run; each page shows the command that answers it."""
    import hytegraph.web.site as site_mod
    from hytegraph.query import catalogue as queries

    asked: list[str] = []
    answers = site_mod._answers

    def spy(store, texts, timeout):
        asked.extend(texts)
        return answers(store, texts, timeout)

    monkeypatch.setattr(site_mod, "_answers", spy)
    without_params = sorted(q.name for q in queries.entries() if not q.params)
    assert without_params
    below = write_site(store, tmp_path / "below", only_kinds=("municipality",))
    assert asked and not below.queries_unanswered
    assert (tmp_path / "below" / "queries" / f"{without_params[0]}.csv").exists()
    asked.clear()
    above = write_site(store, tmp_path / "above", limit=3, only_kinds=("municipality",))
    assert asked == []
    assert set(without_params) <= set(above.queries_unanswered)
    assert not above.queries_skipped
    for name in above.queries_unanswered:
        page = (tmp_path / "above" / "queries" / f"{name}.html").read_text(encoding="utf-8")
        assert f"hytegraph query {name}" in page
        assert not (tmp_path / "above" / "queries" / f"{name}.csv").exists()
    assert "hytegraph query NAME" in above.format()
    assert "not answered" not in below.format()
