"""The on-disk graph cache: hits, invalidation, corruption, versions, concurrent processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MINI
from rdflib import RDF

from hytegraph.cli import main
from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, IDNS
from hytegraph.errors import ConfigurationError, InputError
from hytegraph.store import cache
from hytegraph.store.load import load_graph

EXTRA_TTL = """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/verkosto> a hyte:Network ; skos:prefLabel "Testiverkosto"@fi , "Test network"@en .
<person/{slug}> a foaf:Person ; skos:prefLabel "{name}"@fi .
<fact/{slug}-chairs> a org:Membership ; org:member <person/{slug}> ;
    org:organization <body/verkosto> ; org:role <role/chair> .
"""

CHAIRS = "SELECT ?p ?b WHERE { ?p hyte:chairs ?b } ORDER BY ?p ?b"


def write_extra(path: Path, slug: str = "ville-virta", name: str = "Ville Virta") -> Path:
    path.write_text(EXTRA_TTL.format(slug=slug, name=name), encoding="utf-8")
    return path


def chairs(store) -> set[tuple[str, str]]:
    return {(str(p), str(b)) for p, b in store.select(CHAIRS).rows}


@pytest.fixture
def root(tmp_path, monkeypatch) -> Path:
    """A fresh cache folder for one test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def extra(tmp_path) -> Path:
    return write_extra(tmp_path / "extra.ttl")


def entries(root: Path) -> list[Path]:
    folder = root / f"graphs-v{cache.CACHE_FORMAT}"
    return sorted(
        p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "locks"))
    )


EXPECTED = {
    (str(IDNS["person/maija-meikalainen"]), str(IDNS["body/ohjausryhma"])),
    (str(IDNS["person/ville-virta"]), str(IDNS["body/verkosto"])),
}


def test_cached_store_equals_in_memory_and_keeps_info(mini, root, extra):
    memory = load_graph([extra])
    cached = load_graph([extra], cache=True)
    assert cached.read_only and not memory.read_only
    assert chairs(cached) == chairs(memory) == EXPECTED
    assert len(cached) == len(memory)
    assert cached.info.files == memory.info.files
    assert cached.info.data_dirs == memory.info.data_dirs == [mini / "data", extra.parent]
    # the mini rules derive the chairs and type the two memberships as hyte:Fact
    derived = {str(HYTE.chairs): 2, str(RDF.type): 2}
    assert cached.info.inference.derived == memory.info.inference.derived == derived
    assert cached.info.inference.converged


def test_second_load_is_a_hit_without_parsing(mini, root, extra, monkeypatch):
    load_graph([extra], cache=True)
    builds = cache.builds
    calls = []
    monkeypatch.setattr(cache, "bulk_load", lambda *a: calls.append(a))
    store = load_graph([extra], cache=True)
    assert cache.builds == builds
    assert calls == []
    assert chairs(store) == EXPECTED
    assert len(entries(root)) == 1


def test_changed_data_file_rebuilds(mini, root, extra):
    assert chairs(load_graph([extra], cache=True)) == EXPECTED
    builds = cache.builds
    write_extra(extra, "aino-aalto", "Aino Aalto")
    store = load_graph([extra], cache=True)
    assert cache.builds == builds + 1
    assert (str(IDNS["person/aino-aalto"]), str(IDNS["body/verkosto"])) in chairs(store)
    assert (str(IDNS["person/ville-virta"]), str(IDNS["body/verkosto"])) not in chairs(store)


def test_touched_file_rebuilds(mini, root, extra):
    load_graph([extra], cache=True)
    builds = cache.builds
    stat = extra.stat()
    os.utime(extra, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    load_graph([extra], cache=True)
    assert cache.builds == builds + 1


def test_changed_ontology_rule_rebuilds(tmp_path, root, monkeypatch):
    tree = tmp_path / "tree"
    import shutil

    shutil.copytree(MINI, tree)
    monkeypatch.setattr(resources, "ROOTS", [tree])
    typed = {str(RDF.type): 1}  # the mini rules also type the membership as hyte:Fact
    assert load_graph(cache=True).info.inference.derived == {str(HYTE.chairs): 1, **typed}
    rule = tree / "ontology" / "rules" / "memberships.rq"
    rule.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(false) }", encoding="utf-8")
    assert load_graph(cache=True).info.inference.derived == typed


def test_corrupt_manifest_is_rebuilt_with_a_note(mini, root, extra, capsys):
    load_graph([extra], cache=True)
    (entry,) = entries(root)
    (entry / "manifest.json").write_text("{not json", encoding="utf-8")
    builds = cache.builds
    store = load_graph([extra], cache=True)
    assert cache.builds == builds + 1
    assert chairs(store) == EXPECTED
    err = capsys.readouterr().err
    assert "unusable" in err and "manifest" in err and "rebuilding" in err
    assert "Traceback" not in err


def test_corrupt_store_is_rebuilt_with_a_note(mini, root, extra, capsys):
    load_graph([extra], cache=True)
    (entry,) = entries(root)
    for child in (entry / "store").iterdir():
        child.write_bytes(b"garbage")
    builds = cache.builds
    store = load_graph([extra], cache=True)
    assert cache.builds == builds + 1
    assert chairs(store) == EXPECTED
    assert "cannot open its store" in capsys.readouterr().err


def test_entry_of_another_version_is_rebuilt(mini, root, extra, capsys):
    load_graph([extra], cache=True)
    (entry,) = entries(root)
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["pyoxigraph"] = "0.0.1"
    (entry / "manifest.json").write_text(json.dumps(manifest))
    builds = cache.builds
    load_graph([extra], cache=True)
    assert cache.builds == builds + 1
    assert "pyoxigraph '0.0.1'" in capsys.readouterr().err


def test_new_version_gets_a_new_entry(mini, root, extra, monkeypatch):
    load_graph([extra], cache=True)
    builds = cache.builds
    monkeypatch.setattr(cache, "__version__", "99.0")
    store = load_graph([extra], cache=True)
    assert cache.builds == builds + 1
    assert store.cache_entry.manifest["hytegraph"] == "99.0"
    assert len(entries(root)) == 2


def test_cached_store_refuses_writes(mini, root, extra):
    store = load_graph([extra], cache=True)
    with pytest.raises(ConfigurationError, match="read-only"):
        store.add_graph(store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"))


def test_syntax_error_names_file_and_line(mini, root, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix e: <http://e/> .\ne:a e:b e:c .\ne:a e:b .\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_graph([bad], cache=True)
    assert info.value.line == 3
    assert str(bad) in str(info.value)
    assert entries(root) == []


def test_quad_formats_are_merged_into_the_default_graph(mini, root):
    from conftest import EXTRA

    files = [EXTRA / "extra.ttl", EXTRA / "extra.jsonld", EXTRA / "extra.trig"]
    memory, cached = load_graph(files), load_graph(files, cache=True)
    assert len(cached) == len(memory)
    for slug in ("nuorisotyon-verkosto", "jsonld-ryhma", "trig-ryhma"):
        assert cached.ask("ASK { ?b a hyte:SteeringGroup }", {"b": IDNS[f"body/{slug}"]}), slug


def test_no_cache_environment_and_option(mini, root, extra, monkeypatch):
    monkeypatch.setenv("HYTEGRAPH_NO_CACHE", "1")
    store = load_graph([extra], cache=True)
    assert not store.read_only
    assert not root.exists()
    monkeypatch.delenv("HYTEGRAPH_NO_CACHE")
    result = CliRunner().invoke(main, ["--no-cache", "--data", str(extra), "validate"])
    assert "Traceback" not in result.output
    assert not root.exists()
    CliRunner().invoke(main, ["--data", str(extra), "validate"])
    assert len(entries(root)) == 1


def test_name_index_is_saved_and_used(mini, root, extra):
    from hytegraph.store import names
    from hytegraph.store.names import index_for

    store = load_graph([extra], cache=True)
    # made on the first lookup, not while loading, then kept in the entry
    assert store.cache_entry.artefact("names.bin") is None
    index = index_for(store)
    assert index.resolve("Ville Virran").iri == str(IDNS["person/ville-virta"])
    saved = store.cache_entry.artefact("names.bin")
    assert saved is not None
    assert names.from_bytes(saved.read_bytes()) == names.from_store(load_graph([extra]))
    # a later command reads the kept index instead of making it again
    later = load_graph([extra], cache=True)
    again = index_for(later)
    assert not isinstance(again, names.LazyNameIndex)
    assert again.resolve("Ville Virran").iri == str(IDNS["person/ville-virta"])


def test_name_index_made_by_two_readers_at_once_is_made_and_kept_once(
    mini, root, extra, monkeypatch
):
    import threading

    from hytegraph.store import names
    from hytegraph.store.names import index_for

    made = []
    real = names.from_store
    monkeypatch.setattr(names, "from_store", lambda *a, **k: made.append(1) or real(*a, **k))
    stores = [load_graph([extra], cache=True) for _ in range(2)]
    assert stores[0].cache_entry.path == stores[1].cache_entry.path
    start = threading.Barrier(2)
    found = {}

    def look(k):
        start.wait()
        found[k] = index_for(stores[k]).resolve("Ville Virta").iri

    threads = [threading.Thread(target=look, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == {0: str(IDNS["person/ville-virta"]), 1: str(IDNS["person/ville-virta"])}
    assert len(made) == 1  # the second reader waited and read what the first kept
    entry = stores[0].cache_entry.path
    assert sorted(p.name for p in entry.iterdir() if "names" in p.name) == ["names.bin"]


def test_name_index_that_cannot_be_kept_is_made_for_the_run(mini, root, extra, monkeypatch, capsys):
    from hytegraph.store.names import index_for

    store = load_graph([extra], cache=True)

    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only cache folder")

    monkeypatch.setattr(cache.os, "replace", refuse)
    assert index_for(store).resolve("Ville Virta").iri == str(IDNS["person/ville-virta"])
    assert "made for this run only" in capsys.readouterr().err
    entry = store.cache_entry.path
    assert not [p.name for p in entry.iterdir() if "names" in p.name]  # nothing half-kept


def test_prune_removes_stale_entries_and_leftovers(root):
    folder = root / f"graphs-v{cache.CACHE_FORMAT}"
    now = time.time()
    for name, age in (("old", 7200), ("fresh", 10), (".tmp-x-1-a", 7200), ("keep", 7200)):
        (folder / name).mkdir(parents=True)
        os.utime(folder / name, (now - age, now - age))
    cache.prune(root, keep="keep", now=now)
    assert sorted(p.name for p in folder.iterdir()) == ["fresh", "keep"]


_CHILD = textwrap.dedent(
    """
    import json, sys
    from hytegraph.store import cache
    from hytegraph.core import resources
    from hytegraph.store.load import load_graph
    resources.ROOTS[:] = [__import__("pathlib").Path(sys.argv[1])]
    store = load_graph([sys.argv[2]], cache=True)
    rows = store.select("SELECT ?p ?b WHERE { ?p hyte:chairs ?b }").rows
    print(json.dumps({"builds": cache.builds, "triples": len(store), "chairs": len(rows),
                      "read_only": store.read_only}))
    """
)


def _children(n: int, extra: Path) -> list[subprocess.Popen]:
    return [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(MINI), str(extra)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]


def _results(children: list[subprocess.Popen]) -> list[dict]:
    out = []
    for child in children:
        stdout, stderr = child.communicate(timeout=120)
        assert child.returncode == 0, stderr
        assert "Traceback" not in stderr
        out.append(json.loads(stdout))
    return out


def test_two_processes_starting_at_once_build_once(mini, root, extra, tmp_path, monkeypatch):
    expected = len(load_graph([extra]))
    # Learn the entry's key with a build elsewhere (the key does not depend on the folder).
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(tmp_path / "elsewhere"))
    key = load_graph([extra], cache=True).cache_entry.path.name
    monkeypatch.setenv("HYTEGRAPH_CACHE_DIR", str(root))
    # Hold the entry's build lock while both children start, so that both find no entry and
    # queue on the lock; released, one builds and the other must use that build.
    with cache._locked(root / f"graphs-v{cache.CACHE_FORMAT}" / "locks" / f"{key}.lock"):
        children = _children(2, extra)
        time.sleep(1.5)
        assert all(child.poll() is None for child in children)  # both are waiting
    results = _results(children)
    assert sorted(r["builds"] for r in results) == [0, 1]
    assert all(r["triples"] == expected and r["chairs"] == 2 for r in results)
    assert len(entries(root)) == 1


def test_concurrent_readers(mini, root, extra):
    held = load_graph([extra], cache=True)  # this process keeps the entry open meanwhile
    results = _results(_children(3, extra))
    assert all(r["builds"] == 0 and r["read_only"] and r["chairs"] == 2 for r in results)
    assert chairs(held) == EXPECTED


QUERIES = [
    "Virpi Mattila",
    "virpi mattilan",
    "Lansi-Uudenmaan hyvinvointialue",
    "hyvinvointialueen",
    "Hyte ry:n",
    "lasten ja nuorten ohjausryhmässä",
    "ohjausryhmä",
    "järjestöjen",
    "Espoo",
    "koty",
    "verkosto",
    "ohjaus",
    "nuorten",
    "tyollisyys",
    "Mattila Virpi",
    "Tyttöjen talo",
    "xyzzy",
    "Virpi Matila",
]


def test_sqlite_name_index_answers_like_the_full_index(root, tmp_path, monkeypatch):
    from hytegraph.store import names
    from hytegraph.store.names import ACTOR_KINDS, AmbiguousName, UnknownName

    monkeypatch.setattr(names, "MIN_ENTRIES", 1)  # the bundled data is small
    store = load_graph(cache=True)
    assert store.cache_entry.artefact("names.sqlite") is None
    assert names.index_for(store).resolve("Virpi Mattila")
    assert store.cache_entry.artefact("names.sqlite") is not None
    assert not list(store.cache_entry.path.glob(".names-*"))  # the staging folder is gone
    full = names.from_store(load_graph())
    disk = names.load(store.cache_entry.artefact("names.sqlite"))
    assert len(disk) == len(full)

    def outcome(index, text, kinds):
        try:
            return ("match", index.resolve(text, kinds))
        except AmbiguousName as e:
            return ("ambiguous", sorted(c.iri for c in e.candidates))
        except UnknownName as e:
            return ("unknown", bool(e.suggestions))

    for text in QUERIES:
        for kinds in (None, ACTOR_KINDS):
            assert disk.search(text, kinds) == full.search(text, kinds), text
            assert outcome(disk, text, kinds) == outcome(full, text, kinds), text
    for entry in full.entries[:50]:
        assert disk.kind(entry.iri) == full.kind(entry.iri)
        assert disk.preferred(entry.iri) == full.preferred(entry.iri)
    # the CLI uses it
    result = CliRunner().invoke(main, ["who", "virpi mattilan"])
    assert result.exit_code == 0, result.output
    assert "Lasten ja nuorten hyvinvoinnin ohjausryhmä" in result.output


def test_same_file_named_differently_is_one_entry(mini, root, extra, monkeypatch):
    load_graph([extra], cache=True)
    builds = cache.builds
    monkeypatch.chdir(extra.parent)
    store = load_graph([Path("extra.ttl")], cache=True)
    assert cache.builds == builds
    assert store.info.files[-1] == Path("extra.ttl")  # as this call named it
    assert chairs(store) == EXPECTED


def test_unreadable_name_index_is_rebuilt_in_memory(mini, root, extra, capsys):
    from hytegraph.store.names import index_for

    store = load_graph([extra], cache=True)
    index_for(store).resolve("Ville Virta")  # makes and keeps the index
    store.cache_entry.artefact("names.bin").write_bytes(b"not an index")
    store = load_graph([extra], cache=True)
    assert index_for(store).resolve("Ville Virta").iri == str(IDNS["person/ville-virta"])
    assert "name index" in capsys.readouterr().err


def test_name_index_of_an_older_format_is_made_again(mini, root, extra, monkeypatch):
    import sqlite3

    from hytegraph.store import names
    from hytegraph.store.names import sqlite as sqlite_index

    monkeypatch.setattr(names, "MIN_ENTRIES", 1)  # the small graph's index in SQLite
    store = load_graph([extra], cache=True)
    names.index_for(store).resolve("Ville Virta")  # makes and keeps the index
    path = store.cache_entry.artefact(names.SQLITE_FILE)
    assert path is not None and sqlite_index.is_current(path)
    names.forget(store)
    with sqlite3.connect(path) as db:  # as an earlier version wrote it: no trigram table
        db.execute("DROP TABLE word_trigrams")
        db.execute("PRAGMA user_version = 1")
    db.close()
    builds = cache.builds
    store = load_graph([extra], cache=True)
    assert cache.builds == builds  # the same entry, only its name index made again
    index = names.index_for(store)
    assert index.resolve("ville virta").iri == str(IDNS["person/ville-virta"])
    assert index.search("irta")  # a word fragment: the trigram table is back
    assert sqlite_index.is_current(path)
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("SELECT COUNT(*) FROM word_trigrams").fetchone()[0] > 0
    db.close()


# ---------------------------------------------------------------------------------------------
# damaged store files
#
# A damaged block makes pyoxigraph fail in the middle of a query or loop without end, so the
# damage is done to real store files and every check runs in a child process with a time
# limit: a command that spins fails the test instead of hanging it.

DAMAGE_CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from hytegraph.store import cache
    from hytegraph.core import resources
    from hytegraph.store.load import load_graph

    resources.ROOTS = [Path(sys.argv[1])]
    if sys.argv[3] == "no-hash":
        cache.VERIFY_HASH_BYTES = 0
    store = load_graph([Path(sys.argv[2])], cache=True)
    rows = store.select("SELECT ?p ?b WHERE { ?p hyte:chairs ?b } ORDER BY ?p ?b").rows
    triples = len(store.to_rdflib())
    print(json.dumps({"chairs": [[str(t) for t in r] for r in rows], "triples": triples,
                      "builds": cache.builds}))
    """
)


def run_child(extra: Path, root: Path, mode: str = "") -> tuple[dict, str]:
    done = subprocess.run(
        [sys.executable, "-c", DAMAGE_CHILD, str(MINI), str(extra), mode],
        capture_output=True,
        text=True,
        env=dict(os.environ, HYTEGRAPH_CACHE_DIR=str(root)),
        timeout=120,  # a loop without end fails here
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout), done.stderr


def store_files(root: Path) -> list[Path]:
    """The SST files of the one entry that hold many data blocks (4 KiB each)."""
    (entry,) = entries(root)
    found = [
        p for p in (entry / "store").iterdir() if p.suffix == ".sst" and p.stat().st_size > 32768
    ]
    assert found
    return sorted(found)


def damage(path: Path, *, keep_times: bool, truncate: bool = False) -> None:
    """Overwrite bytes in the data blocks of an SST file (they come first; the index,
    properties and footer that opening reads are at the end), or cut the file short."""
    before = path.stat()
    with path.open("r+b") as f:
        if truncate:
            f.truncate(before.st_size // 2)
        else:
            f.seek(before.st_size // 4)
            f.write(b"\xde\xad" * 64)
    if keep_times:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


@pytest.fixture
def big_extra(tmp_path) -> Path:
    """The extra file plus a few thousand people, so that the store has many data blocks."""
    path = write_extra(tmp_path / "big-extra.ttl")
    with path.open("a", encoding="utf-8") as f:
        for i in range(3000):
            f.write(f'<person/p{i}> a foaf:Person ; skos:prefLabel "Henkilö {i}"@fi .\n')
    return path


@pytest.fixture
def built(root, big_extra) -> dict:
    first, _err = run_child(big_extra, root)
    assert first["builds"] == 1
    assert len(first["chairs"]) == 2
    return first


@pytest.mark.parametrize(
    ("how", "found"),
    [
        ({"keep_times": False}, "was changed after it was written"),
        ({"keep_times": True}, "is damaged (its hash differs)"),
        ({"keep_times": False, "truncate": True}, "store"),
    ],
    ids=["overwritten", "overwritten-times-kept", "truncated"],
)
def test_damaged_store_file_is_found_on_open_and_rebuilt(root, big_extra, built, how, found):
    for sst in store_files(root):
        damage(sst, **how)
    again, err = run_child(big_extra, root)
    assert again == {**built, "builds": 1}  # rebuilt once, the same answers
    assert "is unusable" in err and found in err and "rebuilding it" in err
    # the new entry is sound: the next command opens it without building
    third, err = run_child(big_extra, root)
    assert third == {**built, "builds": 0}
    assert err == ""


def test_damage_only_a_read_finds_is_repaired_then(root, big_extra, built):
    """A store too big to hash on every open is checked by size and time only; damage that
    keeps both is met by a read, which removes the entry, rebuilds it and reads again."""
    for sst in store_files(root):
        damage(sst, keep_times=True)
    again, err = run_child(big_extra, root, "no-hash")
    assert again == {**built, "builds": 1}
    assert "is damaged (Corruption:" in err and "rebuilding it" in err


def test_store_too_big_to_hash_on_open_has_no_hashes_recorded(mini, root, extra, monkeypatch):
    """Hashes are recorded only for a store small enough to have them checked on open; a
    store without them is checked by size and time, even when hashes are asked for."""
    load_graph([extra], cache=True)
    (small,) = entries(root)
    record = json.loads((small / "manifest.json").read_text())["store_files"]
    assert all(isinstance(digest, str) for _size, _mtime, digest in record.values())
    cache._remove(small)
    monkeypatch.setattr(cache, "VERIFY_HASH_BYTES", 0)
    assert chairs(load_graph([extra], cache=True)) == EXPECTED
    (entry,) = entries(root)
    manifest = json.loads((entry / "manifest.json").read_text())
    assert manifest["store_files"]
    assert all(digest is None for _size, _mtime, digest in manifest["store_files"].values())
    cache.verify_store(cache.Entry(entry, manifest), hashes=True)


def test_entry_without_a_record_of_its_files_is_rebuilt(mini, root, extra, capsys):
    load_graph([extra], cache=True)
    (entry,) = entries(root)
    manifest = json.loads((entry / "manifest.json").read_text())
    del manifest["store_files"]
    (entry / "manifest.json").write_text(json.dumps(manifest))
    builds = cache.builds
    assert chairs(load_graph([extra], cache=True)) == EXPECTED
    assert cache.builds == builds + 1
    assert "no record of its store files" in capsys.readouterr().err


def test_working_copy_does_not_scan_a_file_again_unless_it_changed(mini, tmp_path, monkeypatch):
    """validate's working copy reads the files a cache entry was built from; a file whose
    stamp is the one kept in the entry's manifest passed the scan before the parsers when the
    entry was built and is not scanned again; a file changed since is."""
    from hytegraph.check import reasoning
    from hytegraph.core import rdfio

    data = tmp_path / "extra.ttl"
    write_extra(data)
    store = load_graph([data], cache=True)
    entry = store.cache_entry
    assert cache.unchanged_since_build(entry, data)
    scanned: list[Path] = []
    real = rdfio.check_file
    monkeypatch.setattr(rdfio, "check_file", lambda path: (scanned.append(Path(path)), real(path)))
    copy = reasoning.working_copy(store)
    assert data.resolve() not in scanned
    assert len(copy) > 0

    # an entry written before the stamps were kept: scanned as before
    entry.manifest.pop("file_stamps")
    assert not cache.unchanged_since_build(entry, data)
    reasoning.working_copy(store)
    assert data.resolve() in scanned
    entry.manifest["file_stamps"] = [cache._file_stamp(data)]

    # the file changed after the entry was built (the store still open): scanned again
    scanned.clear()
    data.write_text(data.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert not cache.unchanged_since_build(entry, data)
    reasoning.working_copy(store)
    assert data.resolve() in scanned
