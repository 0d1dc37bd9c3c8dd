"""build at national scale: the graph files streamed out of the store (Turtle, and JSON-LD with
the project's context), the build steps, and the overview map with a map per municipality and
county (its browser test is in test_overview_browser.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from hytegraph import build as build_mod
from hytegraph.core import rdfio
from hytegraph.core.namespaces import ID, PREFIXES
from hytegraph.store.load import load_graph
from hytegraph.views import overview
from hytegraph.views.network import build_network

EX = "http://example.org/"


def _graph_of(triples: list[ox.Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph.parse(data=data, format="nt")
    return graph


def _jsonld(triples: list[ox.Triple]) -> bytes:
    out = io.BytesIO()
    rdfio.write_jsonld(iter(triples), out)
    return out.getvalue()


@pytest.fixture(scope="module")
def bundled():
    return load_graph()


def test_streamed_files_hold_the_graph(bundled):
    triples = list(build_mod.triples_of(bundled))
    expected = bundled.to_rdflib()
    assert len(triples) == len(expected)
    doc = _jsonld(triples)
    assert isomorphic(rdflib.Graph().parse(data=doc, format="json-ld"), expected)
    turtle = io.BytesIO()
    rdfio.write_turtle(iter(triples), turtle)
    assert isomorphic(rdflib.Graph().parse(data=turtle.getvalue(), format="turtle"), expected)


def test_graph_files_of_a_build_hold_the_store_graph(tmp_path, bundled):
    # graph.jsonld is written from graph.ttl as the engine parses it back, not from the store
    from hytegraph.build import BuildContext, write_graph_files

    ctx = BuildContext(store=bundled, out=tmp_path, lang="fi", overview_above=10_000)
    write_graph_files(ctx)
    assert ctx.files == [tmp_path / "graph.ttl", tmp_path / "graph.jsonld"]
    expected = bundled.to_rdflib()
    turtle = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    doc = (tmp_path / "graph.jsonld").read_bytes()
    assert isomorphic(turtle, expected)
    assert isomorphic(rdflib.Graph().parse(data=doc, format="json-ld"), expected)
    # the same compact document as one streamed from the store's own triples
    assert json.loads(doc) == json.loads(_jsonld(list(build_mod.triples_of(bundled))))


def test_jsonld_is_compact(bundled):
    doc = json.loads(_jsonld(list(build_mod.triples_of(bundled))))
    assert doc["@context"] == PREFIXES
    ids = [node["@id"] for node in doc["@graph"]]
    assert ids and all(not i.startswith(ID) for i in ids)  # written as id:...
    assert any(i.startswith("id:") for i in ids)
    keys = {k for node in doc["@graph"] for k in node}
    assert "skos:prefLabel" in keys and "@type" in keys
    assert not any(k.startswith(ns) for k in keys for ns in PREFIXES.values())


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=30
) | st.sampled_from(['"', '\\"', "}]", "\n", "\\u0041", '{"@id":"x"}', "@value", "\x00", "//x"])


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(
        st.tuples(
            st.sampled_from(["s1", "s2", "s3"]),
            st.sampled_from(
                [f"{EX}p", f"{ID}q", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]
            ),
            st.one_of(
                _text.map(ox.Literal),
                st.tuples(_text, st.sampled_from(["fi", "en-GB", "sv"])).map(
                    lambda t: ox.Literal(t[0], language=t[1])
                ),
                _text.map(lambda t: ox.Literal(t, datatype=ox.NamedNode(f"{EX}dt"))),
                st.sampled_from(["a", "b//c", "", "x%20y", "ä#é"]).map(
                    lambda t: ox.NamedNode(ID + t)
                ),
                st.sampled_from(["b1", "b2"]).map(ox.BlankNode),
            ),
        ),
        min_size=1,
        max_size=12,
    ),
    shuffle=st.booleans(),
)
def test_jsonld_round_trips_any_value(values, shuffle):
    triples = [
        ox.Triple(ox.NamedNode(ID + s) if s != "s3" else ox.BlankNode("s3"), ox.NamedNode(p), o)
        for s, p, o in values
        if not (p.endswith("#type") and isinstance(o, ox.Literal))
    ]
    if not triples:
        return
    if not shuffle:  # as a store gives them: a subject's triples together
        triples.sort(key=lambda t: str(t.subject))
    expected = _graph_of(triples)
    read = rdflib.Graph().parse(data=_jsonld(triples), format="json-ld")
    assert isomorphic(read, expected)


def test_build_steps_are_a_list_one_can_extend(tmp_path):
    seen = []
    steps = [*build_mod.STEPS, ("extra", lambda ctx: seen.append(sorted(ctx.files)))]
    result = build_mod.build(tmp_path / "out", steps=steps)
    assert [name for name, _f in build_mod.STEPS] == ["graph files", "maps", "site"]
    # a step sees the files written so far in the staging folder, published into out after
    assert seen and [p.name for p in seen[0]] == [p.name for p in sorted(result.files)]
    assert all(p.parent == tmp_path / "out" and p.is_file() for p in result.files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left
    assert list(result.timings)[:2] == ["load", "validate"]
    assert "extra" in result.timings


# ---------------------------------------------------------------------------------------------
# the overview


@pytest.fixture(scope="module")
def overview_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("overview") / "build"
    result = build_mod.build(out, overview_above=0)
    return out, result


def test_overview_lists_the_places_with_their_counts(overview_build, bundled):
    out, result = overview_build
    graph = build_network(bundled)
    places = overview.places(graph, overview.place_of_facts(bundled))
    kinds = {graph.nodes[n]["kind"] for n in graph.nodes}
    municipalities = sorted(n for n in graph.nodes if graph.nodes[n]["kind"] == "municipality")
    assert municipalities and set(municipalities) <= set(places)
    html = (out / "map.html").read_text(encoding="utf-8")
    data = _map_data(html)
    drawn = {row[0]: row for row in data["nodes"]}
    assert set(drawn) == set(places)
    assert {row[2] for row in data["nodes"]} <= {"municipality", "county"} < kinds
    # each place with facts of its own: counted, and a link to its map that exists
    busy = [p for p in places.values() if p.facts]
    assert busy
    for place in busy:
        row = drawn[place.iri]
        assert f"{place.bodies}" in row[1] and f"{place.memberships}" in row[1]
        assert row[8] == 1
        assert (out / overview.map_path(place.iri)).is_file()
        assert out / overview.map_path(place.iri) in result.files
    assert data["pages"] == {"base": ID, "prefix": "maps/", "suffix": ".html"}


def test_place_maps_hold_the_facts_their_documents_state(overview_build, bundled):
    out, _result = overview_build
    graph = build_network(bundled)
    places = overview.places(graph, overview.place_of_facts(bundled))
    espoo = places[ID + "org/espoo"]
    data = _map_data((out / overview.map_path(espoo.iri)).read_text(encoding="utf-8"))
    drawn = {row[0] for row in data["nodes"]}
    ends = {n for u, v, _f in espoo.facts for n in (u, v)}
    assert drawn == ends | {espoo.iri}
    assert len(data["edges"]) == len(espoo.facts)
    # every fact the Espoo document states is in Espoo's map, and no other
    publishers = overview.place_of_facts(bundled)
    assert {f for _u, _v, f in espoo.facts} == {
        f for _u, _v, f in graph.edges(keys=True) if espoo.iri in publishers.get(f, ())
    }
    # the nodes link to the site two folders up
    assert data["pages"]["prefix"] == "../../site/"


def test_small_networks_keep_one_map(tmp_path):
    result = build_mod.build(tmp_path / "out")
    assert not (tmp_path / "out" / overview.MAPS_DIR).exists()
    data = _map_data((tmp_path / "out" / "map.html").read_text(encoding="utf-8"))
    assert {row[2] for row in data["nodes"]} - {"municipality", "county"}
    assert tmp_path / "out" / "map.html" in result.files


def _map_data(html: str) -> dict:
    start = html.index('<script type="application/json"')
    start = html.index(">", start) + 1
    end = html.index("</script>", start)
    return json.loads(html[start:end])


def test_map_path_stays_inside_the_maps_folder():
    assert overview.map_path(ID + "org/espoo") == "maps/org/espoo.html"
    assert overview.map_path("http://example.org/x") is None
    assert overview.map_path(ID) is None


def test_unplaced_facts_are_counted(tmp_path, bundled):
    graph = build_network(bundled)
    report = overview.write_overview(bundled, tmp_path)
    publishers = overview.place_of_facts(bundled)
    places = overview.places(graph, publishers)
    placed = {f for p in places.values() for _u, _v, f in p.facts}
    assert report.unplaced_facts == sum(1 for *_e, f in graph.edges(keys=True) if f not in placed)
    assert report.places == len([p for p in places if overview.map_path(p) is not None])


def test_a_build_above_the_site_limit_writes_the_places_pages_only(tmp_path, monkeypatch, bundled):
    from hytegraph.web.content import Catalogue

    monkeypatch.setattr(build_mod, "SITE_LIMIT", 10)
    out = tmp_path / "out"
    result = build_mod.build(out, overview_above=0)
    site = result.site
    assert site is not None and site.only_kinds == build_mod.SITE_KINDS_ABOVE_LIMIT
    kinds = {e.iri: e.kind for e in Catalogue.of(bundled, "fi").entities()}
    places = {iri for iri, kind in kinds.items() if kind in build_mod.SITE_KINDS_ABOVE_LIMIT}
    assert places and site.skipped == len(kinds) - len(places)
    written = {
        p.relative_to(out / "site").as_posix() for p in (out / "site" / "id").rglob("*.html")
    }
    assert written == {iri[len(ID) - len("id/") :] + ".html" for iri in places}
    assert "hytegraph site -o" in site.format() and "hytegraph serve" in site.format()
    # the place maps link their nodes to the pages that were written, and to no other
    linked = 0
    for path in (out / overview.MAPS_DIR).rglob("*.html"):
        for row in _map_data(path.read_text(encoding="utf-8"))["nodes"]:
            assert (row[8] == 1) == (row[0] in places), (path, row[0])
            linked += row[8] == 1
    assert linked


def test_turtle_dumped_by_the_engine_is_the_graph_streamed_before():
    # build writes graph.ttl with the store's own dump; it holds the same graph as the
    # triples streamed one by one through the serialiser (the way it was written before), with
    # the project's prefixes
    store = load_graph([])
    dumped = io.BytesIO()
    build_mod.write_turtle(store, dumped)
    streamed = io.BytesIO()
    rdfio.write_turtle(build_mod.triples_of(store), streamed)
    text = dumped.getvalue().decode("utf-8")
    assert "@prefix hyte: <https://w3id.org/hytegraph/ontology#> ." in text
    read = rdflib.Graph().parse(data=text, format="turtle")
    assert len(read) == len(store)
    assert isomorphic(read, rdflib.Graph().parse(data=streamed.getvalue(), format="turtle"))


def test_places_from_rows_are_those_of_the_whole_graph(bundled):
    # the per-place maps come from the network's rows, never from the whole networkx graph: the
    # same publishers as the one-query join, and the same places, counts and facts
    from hytegraph.views.network import NetworkParts

    parts = NetworkParts.read(bundled, "fi")
    publishers = overview.place_of_facts(bundled)
    assert parts.publishers() == publishers
    expected = overview.places(build_network(bundled), publishers)
    found = overview.places_of_parts(parts, parts.publishers())
    assert set(found) == set(expected) and any(p.facts for p in found.values())
    for iri, place in found.items():
        want = expected[iri]
        assert (place.kind, place.bodies, place.memberships) == (
            want.kind,
            want.bodies,
            want.memberships,
        )
        assert sorted(place.facts) == sorted(want.facts)
        assert [row[:3] for row in place.rows] == place.facts
        # a place's graph is the part of the whole graph its facts span
        part = parts.graph([iri], place.rows)
        whole = overview.place_graph(build_network(bundled), want)
        assert list(part.nodes(data=True)) == list(whole.nodes(data=True))
        assert list(part.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))


def _files_under(folder):
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_place_maps_written_by_two_processes_are_those_written_by_one(
    tmp_path, monkeypatch, bundled
):
    monkeypatch.setattr(overview, "PARALLEL_FROM", 1)
    monkeypatch.setattr(overview, "MAP_WORKERS", 1)
    one = overview.write_overview(bundled, tmp_path / "one")
    monkeypatch.setattr(overview, "MAP_WORKERS", 2)
    two = overview.write_overview(bundled, tmp_path / "two")
    assert one.places == two.places >= 2
    assert [p.relative_to(tmp_path / "one") for p in one.files] == [
        p.relative_to(tmp_path / "two") for p in two.files
    ]
    assert _files_under(tmp_path / "one") == _files_under(tmp_path / "two")
    assert overview._shared is None


def test_place_maps_shared_with_a_helper_once_validated_are_those_written_by_one(
    tmp_path, monkeypatch, bundled
):
    import multiprocessing

    monkeypatch.setattr(overview, "PARALLEL_FROM", 1)
    monkeypatch.setattr(overview, "MAP_WORKERS", 1)
    one = overview.write_overview(bundled, tmp_path / "one")
    context = multiprocessing.get_context("fork")
    for name, validated in (("later", False), ("at once", True)):
        event = context.Event()
        if validated:
            event.set()
        shared = overview.write_overview(bundled, tmp_path / name, helper=event)
        assert [p.relative_to(tmp_path / name) for p in shared.files] == [
            p.relative_to(tmp_path / "one") for p in one.files
        ]
        assert _files_under(tmp_path / name) == _files_under(tmp_path / "one")
    assert overview._shared is None


def test_a_failing_helper_fails_the_maps(tmp_path, monkeypatch, bundled):
    import multiprocessing

    monkeypatch.setattr(overview, "PARALLEL_FROM", 1)

    def broken(items, take, sending):
        sending.send(("error", "OSError('disk full')", "OSError: disk full"))

    monkeypatch.setattr(overview, "_help_with", broken)
    event = multiprocessing.get_context("fork").Event()
    event.set()
    with pytest.raises(RuntimeError, match="disk full"):
        overview.write_overview(bundled, tmp_path / "x", helper=event)
    assert not (tmp_path / "x" / "map.html").exists()


def test_place_maps_are_laid_out_in_their_own_number_of_rounds(tmp_path, monkeypatch, bundled):
    from hytegraph.views import layout

    rounds: list[int | None] = []
    spring = layout.spring_positions

    def recorded(*args, **options):
        rounds.append(options.get("rounds"))
        return spring(*args, **options)

    monkeypatch.setattr(layout, "spring_positions", recorded)
    report = overview.write_overview(bundled, tmp_path / "out")
    # each place map, then the overview in the rounds for its size
    assert rounds == [overview.PLACE_MAP_ROUNDS] * report.places + [None]


def test_a_failing_map_worker_fails_the_maps(tmp_path, monkeypatch, bundled):
    monkeypatch.setattr(overview, "PARALLEL_FROM", 1)

    def broken(places):
        raise OSError("disk full")

    monkeypatch.setattr(overview, "_write_maps_of", broken)
    with pytest.raises(OSError, match="disk full"):
        overview.write_overview(bundled, tmp_path / "x")
    assert not (tmp_path / "x" / "map.html").exists()


def test_steps_beside_validation_run_in_a_process_of_their_own(tmp_path, monkeypatch):
    import os

    def record(name):
        def step(ctx):
            (ctx.out / f"{name}.txt").write_text(str(os.getpid()), encoding="utf-8")
            ctx.files.append(ctx.out / f"{name}.txt")

        return step

    monkeypatch.setattr(build_mod, "BESIDE_VALIDATION", frozenset({"a"}))
    result = build_mod.build(tmp_path / "out", steps=[("a", record("a")), ("b", record("b"))])
    pids = {p.stem: int(p.read_text(encoding="utf-8")) for p in result.files}
    assert pids["b"] == os.getpid() != pids["a"]
    assert [p.name for p in result.files] == ["a.txt", "b.txt"]
    assert list(result.timings) == ["load", "validate", "a", "b", "summary", "total"]


def test_place_maps_beside_validation_are_written_by_that_process_alone(tmp_path, monkeypatch):
    # validation, then the site, keep the main process busy: a pool there would only add memory
    monkeypatch.setattr(overview, "MAP_WORKERS", 2)

    def record(ctx):
        (ctx.out / "workers.txt").write_text(str(overview.MAP_WORKERS), encoding="utf-8")
        ctx.files.append(ctx.out / "workers.txt")

    monkeypatch.setattr(build_mod, "BESIDE_VALIDATION", frozenset({"maps"}))
    result = build_mod.build(tmp_path / "out", steps=[("maps", record)])
    assert [p.read_text(encoding="utf-8") for p in result.files] == ["1"]
    assert overview.MAP_WORKERS == 2  # this process's setting is left as it was


def test_a_failing_step_beside_validation_publishes_nothing(tmp_path, monkeypatch):
    from hytegraph.errors import ConfigurationError

    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("earlier", encoding="utf-8")

    def broken(ctx):
        (ctx.out / "graph.ttl").write_text("half", encoding="utf-8")
        raise ConfigurationError("the disk is full", hint="Free some space.")

    def other(ctx):
        (ctx.out / "map.html").write_text("new", encoding="utf-8")

    with pytest.raises(ConfigurationError, match="the disk is full"):
        build_mod.build(out, steps=[("graph files", broken), ("maps", other)])
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_invalid_data_stops_the_steps_beside_validation(tmp_path):
    import os
    import time as clock

    from hytegraph.errors import ValidationFailed

    invalid = Path(__file__).parent / "fixtures" / "invalid" / "missing-fi-label.ttl"
    pid_file = tmp_path / "pid"

    def slow(ctx):
        (ctx.out / "graph.ttl").write_text("from an invalid graph", encoding="utf-8")
        pid_file.write_text(str(os.getpid()), encoding="utf-8")
        clock.sleep(600)

    with pytest.raises(ValidationFailed):
        build_mod.build(tmp_path / "out", [invalid], steps=[("graph files", slow)])
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) in (["pid"], [])
    if pid_file.exists():  # the step had started: its process was stopped, not waited for
        pid = int(pid_file.read_text(encoding="utf-8"))
        assert pid != os.getpid()
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_without_fork_the_steps_run_after_validation_with_the_same_files(tmp_path, monkeypatch):
    import multiprocessing

    forked = build_mod.build(tmp_path / "forked", overview_above=0)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    plain = build_mod.build(tmp_path / "plain", overview_above=0)
    assert [p.relative_to(tmp_path / "plain") for p in plain.files] == [
        p.relative_to(tmp_path / "forked") for p in forked.files
    ]
    assert list(plain.timings) == list(forked.timings)
    for name in ("map.html", "maps"):
        assert _files_under_or_file(tmp_path / "plain", name) == _files_under_or_file(
            tmp_path / "forked", name
        )


def _files_under_or_file(folder, name):
    path = folder / name
    return path.read_bytes() if path.is_file() else _files_under(path)


_FIRST_LOAD_SCRIPT = """
import os, sys
from hytegraph import build as b

log, out, data, apart = sys.argv[1:5]
load = b.load_graph


def recorded(*args, **kwargs):
    with open(log, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\\n")
    return load(*args, **kwargs)


b.load_graph = recorded
if apart == "no":
    b._fill_cache_apart = lambda paths, meanwhile=None: None
print(os.getpid())
try:
    b.build(out, [data] if data else [], cache=True)
except Exception as e:
    print(type(e).__name__, e)
"""


def _build_in_a_process(tmp_path, name, data, apart):
    import os
    import subprocess
    import sys

    log = tmp_path / f"{name}.log"
    env = {**os.environ, "HYTEGRAPH_CACHE_DIR": str(tmp_path / f"{name}-cache")}
    env.pop("HYTEGRAPH_NO_CACHE", None)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _FIRST_LOAD_SCRIPT,
            str(log),
            str(tmp_path / name),
            str(data),
            apart,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    pid, *said = done.stdout.splitlines()
    return int(pid), [int(p) for p in log.read_text(encoding="utf-8").split()], said


def test_a_first_load_is_made_in_a_process_of_its_own_then_opened_warm(tmp_path):
    # the first load's leftover memory must not stay with the process that forks the side steps
    pid, loads, said = _build_in_a_process(tmp_path, "apart", "", "yes")
    assert said == []
    assert len(loads) == 2 and loads[0] != pid and loads[1] == pid
    assert (tmp_path / "apart" / "graph.ttl").is_file()
    pid, loads, said = _build_in_a_process(tmp_path, "here", "", "no")
    assert said == [] and loads == [pid]
    import rdflib
    from rdflib.compare import isomorphic

    graphs = [rdflib.Graph().parse(tmp_path / name / "graph.ttl") for name in ("apart", "here")]
    assert len(graphs[0]) > 1000 and isomorphic(*graphs)


def test_a_first_load_that_fails_apart_fails_here_with_the_same_message(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n", encoding="utf-8")
    _, _, apart = _build_in_a_process(tmp_path, "apart", broken, "yes")
    _, _, here = _build_in_a_process(tmp_path, "here", broken, "no")
    assert apart == here != []
    assert not (tmp_path / "apart").exists()
