"""Without an in-memory copy, build writes the graph files of a cached graph from the files its
cache entry was built from and the entry's derived triples, never from the on-disk store: the
files hold the store's graph (blank nodes of two files apart, a triple stated twice written
once, a workbook as its reader gives it), and whatever the entry cannot vouch for, or a stream
that is not the entry's graph, leaves the files to the store, with nothing half-written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from hytegraph import build as build_mod
from hytegraph.core import rdfio
from hytegraph.store import stream as stream_mod
from hytegraph.store.load import load_graph
from hytegraph.store.stream import graph_stream

EX = "http://example.org/"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cached():
    return load_graph(cache=True)


def _context(store, out: Path) -> build_mod.BuildContext:
    out.mkdir(parents=True, exist_ok=True)
    return build_mod.BuildContext(store=store, out=out, lang="fi", overview_above=0)


def _assert_holds_the_graph_of(out: Path, store) -> None:
    expected = store.to_rdflib()
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        read = rdflib.Graph().parse(out / name, format=fmt)
        assert isomorphic(read, expected), name
    # no triple written twice (a graph parsed from the file would hide it)
    assert sum(1 for _ in ox.parse(path=str(out / "graph.ttl"))) == len(store)


def _streamed(store, out: Path) -> bool:
    ctx = _context(store, out)
    done = build_mod.write_graph_files_streamed(ctx)
    assert ctx.files == ([out / "graph.ttl", out / "graph.jsonld"] if done else [])
    return done


def _files(tmp_path: Path, texts: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _distinct_passes(monkeypatch) -> list[bool]:
    passes: list[bool] = []
    quads = stream_mod.GraphStream.quads

    def recorded(self, *, distinct=False):
        passes.append(distinct)
        return quads(self, distinct=distinct)

    monkeypatch.setattr(stream_mod.GraphStream, "quads", recorded)
    return passes


def test_the_streamed_graph_files_hold_the_cached_graph(cached, tmp_path, monkeypatch):
    passes = _distinct_passes(monkeypatch)
    assert _streamed(cached, tmp_path / "out")
    assert passes == [False]  # the bundled files state no triple twice: one pass
    _assert_holds_the_graph_of(tmp_path / "out", cached)


def test_the_stream_gives_the_entry_s_triples_the_derived_ones_a_subject_s_together(cached):
    source = graph_stream(cached)
    assert source is not None and source.triples == len(cached)
    counted = source.quads()
    assert sum(1 for _ in counted) == len(cached) and counted.complete
    derived = list(stream_mod._derived_quads(source.derived))
    assert len(derived) == cached.cache_entry.manifest["derived_file"]["triples"] > 100
    subjects = [q.subject for q in derived]
    runs = [s for k, s in enumerate(subjects) if k == 0 or s != subjects[k - 1]]
    assert len(runs) == len(set(runs))


def test_a_derived_file_too_big_to_sort_is_read_in_its_own_order(cached, tmp_path, monkeypatch):
    monkeypatch.setattr(stream_mod, "MAX_SORTED_BYTES", 0)
    source = graph_stream(cached)
    assert source is not None
    in_file_order = list(ox.parse(path=str(source.derived), format=ox.RdfFormat.N_TRIPLES))
    assert list(stream_mod._derived_quads(source.derived)) == in_file_order
    assert _streamed(cached, tmp_path / "out")
    _assert_holds_the_graph_of(tmp_path / "out", cached)


def test_blank_nodes_of_two_files_stay_apart(tmp_path):
    # the same label in two files: two blank nodes, as the store holds them
    paths = _files(
        tmp_path,
        {
            "a.ttl": f'<{EX}s> <{EX}p> _:x . _:x <{EX}name> "a" .\n',
            "b.ttl": f'<{EX}s> <{EX}p> _:x . _:x <{EX}name> "b" .\n',
        },
    )
    store = load_graph(paths, cache=True)
    named = store.to_rdflib().subjects(rdflib.URIRef(f"{EX}name"), None)
    assert len(set(named)) == 2
    assert _streamed(store, tmp_path / "out")
    _assert_holds_the_graph_of(tmp_path / "out", store)


def test_a_triple_stated_twice_is_written_once(tmp_path, monkeypatch):
    paths = _files(
        tmp_path,
        {
            "a.ttl": f'<{EX}s> <{EX}p> <{EX}o> .\n<{EX}s> <{EX}q> "x" .\n<{EX}s> <{EX}q> "x" .\n',
            "b.ttl": f'<{EX}s> <{EX}p> <{EX}o> .\n_:b <{EX}q> "y" .\n',
        },
    )
    store = load_graph(paths, cache=True)
    passes = _distinct_passes(monkeypatch)
    assert _streamed(store, tmp_path / "out")
    assert passes == [False, True]  # counted more than the entry holds: again, without repeats
    _assert_holds_the_graph_of(tmp_path / "out", store)


def test_a_workbook_input_is_streamed_as_its_reader_gives_it(tmp_path, mini):
    import csv

    from openpyxl import Workbook

    from hytegraph.authoring import register_readers

    register_readers()  # as the command line does before it loads a workbook
    folder = ROOT / "examples" / "kauniainen"
    book = Workbook()
    book.remove(book.active)
    for path in sorted(folder.glob("*.csv")):
        sheet = book.create_sheet(path.stem)
        for row in csv.reader(path.open(encoding="utf-8", newline="")):
            sheet.append([cell or None for cell in row])
    target = tmp_path / "wb"
    target.mkdir()
    for text in folder.glob("*.txt"):
        shutil.copy(text, target / text.name)
    book.save(target / "kauniainen.xlsx")
    store = load_graph([target / "kauniainen.xlsx"], cache=True)
    assert any(path.suffix == ".xlsx" for path in store.info.files)
    assert graph_stream(store) is not None
    assert _streamed(store, tmp_path / "out")
    _assert_holds_the_graph_of(tmp_path / "out", store)


def test_no_stream_of_changed_files_or_without_derived_triples(tmp_path):
    assert graph_stream(load_graph()) is None  # not from the cache
    (data,) = _files(tmp_path, {"extra.ttl": f"<{EX}a> <{EX}b> <{EX}c> .\n"})
    store = load_graph([data], cache=True)
    assert graph_stream(store) is not None
    data.write_text(f"<{EX}a> <{EX}b> <{EX}d> .\n", encoding="utf-8")
    assert graph_stream(store) is None  # the store holds the file as it was
    # the graph files then come from the store: its graph, not the file's
    ctx = _context(store, tmp_path / "out")
    build_mod.write_graph_files(ctx)
    _assert_holds_the_graph_of(tmp_path / "out", store)
    written = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    assert (rdflib.URIRef(f"{EX}a"), None, rdflib.URIRef(f"{EX}c")) in written

    data.write_text(f"<{EX}a> <{EX}b> <{EX}c> .\n", encoding="utf-8")
    store = load_graph([data], cache=True)
    source = graph_stream(store)
    assert source is not None
    source.derived.unlink()
    assert graph_stream(store) is None


def test_a_file_changed_while_it_is_streamed_leaves_the_files_to_the_store(tmp_path, monkeypatch):
    (data,) = _files(tmp_path, {"extra.ttl": f"<{EX}a> <{EX}b> <{EX}c> .\n"})
    store = load_graph([data], cache=True)
    file_quads = stream_mod.file_quads

    def changed_once_read(path):
        yield from file_quads(path)
        if path == data:  # a triple more, read by nothing: the count is right, the file is not
            data.write_text(f"<{EX}a> <{EX}b> <{EX}c> .\n<{EX}a> <{EX}b> <{EX}d> .\n")

    monkeypatch.setattr(stream_mod, "file_quads", changed_once_read)
    assert not _streamed(store, tmp_path / "streamed")
    assert list((tmp_path / "streamed").iterdir()) == []  # nothing half-written left behind
    ctx = _context(store, tmp_path / "out")
    build_mod.write_graph_files(ctx)
    _assert_holds_the_graph_of(tmp_path / "out", store)


def test_a_file_that_no_longer_reads_ends_the_stream_and_nothing_is_written(
    cached, tmp_path, monkeypatch
):
    file_quads = stream_mod.file_quads

    def failing(path):
        yield from list(file_quads(path))[:5]
        raise SyntaxError("the file changed under the parser")

    monkeypatch.setattr(stream_mod, "file_quads", failing)
    source = graph_stream(cached)
    assert source is not None
    counted = source.quads()
    assert sum(1 for _ in counted) == 5
    assert isinstance(counted.error, SyntaxError) and not counted.complete
    assert not _streamed(cached, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_write_that_fails_leaves_no_graph_file(cached, tmp_path, monkeypatch):
    add = rdfio.JsonldWriter.add
    written = [0]

    def failing(self, triple):
        written[0] += 1
        if written[0] > 100:
            raise OSError(28, "No space left on device")
        add(self, triple)

    monkeypatch.setattr(rdfio.JsonldWriter, "add", failing)
    with pytest.raises(OSError):
        _streamed(cached, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_build_without_a_memory_copy_writes_the_graph_files_from_the_stream(
    tmp_path, cached, monkeypatch
):
    monkeypatch.setattr(build_mod, "memory_copy", lambda store, parsed=None: None)

    def no_store(*args, **kwargs):
        raise AssertionError("the graph files were read from the store")

    # in the process beside validation too (forked, with these functions replaced)
    monkeypatch.setattr(build_mod, "write_turtle", no_store)
    monkeypatch.setattr(build_mod, "triples_of", no_store)
    result = build_mod.build(tmp_path / "out", cache=True, overview_above=0)
    assert "copy" not in result.timings
    assert {"graph.ttl", "graph.jsonld"} <= {p.name for p in result.files}
    _assert_holds_the_graph_of(tmp_path / "out", cached)
