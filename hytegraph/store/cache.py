"""An on-disk cache of the loaded graph, so that repeated commands never re-parse unchanged files.

The first command after a change bulk-loads the ontology, the bundled data and the ``--data``
files into an on-disk pyoxigraph store, applies the inference rules once and saves all of it in
a cache entry. Later commands open that entry read-only, which takes milliseconds whatever the
graph's size. The name index of :mod:`hytegraph.store.names` is made on the first name lookup
and then kept in the entry beside the store (under the entry's lock, renamed in whole). What the
rules derived is also kept as N-Triples (``derived.nt``, :func:`derived_triples_file`), so that
``validate`` can read it back instead of running the rules again.

Where: ``$HYTEGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/hytegraph``, else
``~/.cache/hytegraph``. ``HYTEGRAPH_NO_CACHE=1`` (or ``hytegraph --no-cache``) turns it off.

The key of an entry covers the hytegraph, pyoxigraph and cache-format versions, the load
options, and for every input file (ontology, rules, bundled data, ``--data`` files, and the
modules that shape the cache) its resolved path, size, modification and status-change times in
nanoseconds, inode, and a BLAKE2 hash of its first and last 64 KiB. Hashing whole files would
cost about a second per call at 3 million triples, which is more than a lookup may take; any
write to a file changes its modification and status-change times (the status-change time cannot
be set back by tools that restore modification times), so the statistics catch every edit and
the sampled hash catches a file replaced by another of the same size and times.

Safety: an entry is built in a temporary folder and renamed into place only when complete, with
its manifest written last, so no process ever opens a half-built store. A per-key lock file
(``fcntl.flock``) makes a second process that starts at the same time wait for the first build
and then use it, instead of building again. A finished entry's store is never written to again
and is opened read-only (the name index is the one file added later), so any number of
processes can read one at once. An entry that cannot be read
(a bad manifest, a store pyoxigraph cannot open, another format version) is removed and rebuilt
with a note on stderr; a name index file of another format (its ``user_version``,
:data:`hytegraph.store.names.sqlite.FORMAT_VERSION`) is made again on the first lookup.
Entries unused for an hour are pruned after each build, keeping at most :data:`MAX_ENTRIES`.

Integrity: a damaged store file can make pyoxigraph fail in the middle of a query, or loop
without end, so damage must be found before a query runs. The manifest records the size,
modification time of every store file, and for stores up to :data:`VERIFY_HASH_BYTES` their
BLAKE2 hashes; opening an entry compares sizes and times (any write or truncation changes
them) and the hashes where recorded. Should a read still fail with RocksDB's "Corruption"
error, the entry is removed, rebuilt at once with a note on stderr, and the operation run
again on the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import threading
import time
import uuid
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pyoxigraph as ox

from hytegraph.core import datafiles
from hytegraph.core.version import __version__
from hytegraph.errors import InputError, QueryError
from hytegraph.store.base import PlainRow, SelectResult, Triple
from hytegraph.store.oxigraph import OxigraphStore

if TYPE_CHECKING:  # rdflib is imported where a term is made, not by a lookup's start
    import rdflib
    from rdflib.term import Node

T = TypeVar("T")

#: Bumped whenever the layout of an entry changes; older entries are then rebuilt.
CACHE_FORMAT = 2
#: Most entries kept; older ones are pruned after a build.
MAX_ENTRIES = 8
#: An entry not used for this long may be pruned (seconds).
PRUNE_AFTER = 3600.0
_SAMPLE = 64 * 1024
_MANIFEST = "manifest.json"
_STORE = "store"
#: What the rules derived, as N-Triples (see :func:`derived_triples_file`).
_DERIVED = "derived.nt"
#: Store files RocksDB writes while a store is open, never part of its data.
_UNCHECKED = ("LOCK", "LOG")
#: Stores up to this size (all files together) have their hashes checked on every open;
#: larger ones their sizes and times only (hashing reads every byte: about 0.1 s per 50 MB).
VERIFY_HASH_BYTES = 32 * 1024 * 1024

#: Modules whose code decides what a cache entry holds; their changes invalidate entries even
#: when the version number stays the same (a checkout under development).
_SHAPING_MODULES = (
    "store/cache.py",
    "store/load.py",
    "store/inference.py",
    "store/info.py",
    "store/names/__init__.py",
    "store/names/index.py",
    "store/names/memory.py",
    "store/names/normalise.py",
    "store/names/sqlite.py",
    "sparql/names_index.rq",
)
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # hytegraph/

#: How many entries this process has built (tests use it to prove a cache hit).
builds = 0


def _note(message: str) -> None:
    print(f"hytegraph: {message}", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# configuration


def enabled() -> bool:
    """False when ``HYTEGRAPH_NO_CACHE`` is set to anything but ``""``/``0``/``false``/``no``."""
    value = os.environ.get("HYTEGRAPH_NO_CACHE", "").strip().lower()
    return value in ("", "0", "false", "no")


def cache_root() -> Path:
    """The cache folder: ``$HYTEGRAPH_CACHE_DIR``, ``$XDG_CACHE_HOME/hytegraph`` or
    ``~/.cache/hytegraph``."""
    explicit = os.environ.get("HYTEGRAPH_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "hytegraph"


def _entries_dir(root: Path) -> Path:
    return root / f"graphs-v{CACHE_FORMAT}"


# ---------------------------------------------------------------------------------------------
# the key


def _file_stamp(path: Path) -> list[Any]:
    resolved = path.resolve()
    if resolved.is_dir():
        # A workbook folder: every file in it (its CSV tables and source texts), so that a
        # table or text added, removed or edited rebuilds the entry.
        inside = sorted(
            p for p in resolved.rglob("*") if p.is_file() and not p.name.startswith(".")
        )
        return [str(resolved), "folder", [_file_stamp(p) for p in inside]]
    stat = resolved.stat()
    digest = hashlib.blake2b(digest_size=16)
    with resolved.open("rb") as f:
        digest.update(f.read(_SAMPLE))
        if stat.st_size > 2 * _SAMPLE:
            f.seek(-_SAMPLE, os.SEEK_END)
            digest.update(f.read(_SAMPLE))
        elif stat.st_size > _SAMPLE:
            digest.update(f.read())
    return [
        str(resolved),
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
        stat.st_ino,
        digest.hexdigest(),
    ]


def cache_key(files: Sequence[Path], rule_files: Sequence[Path], options: dict[str, Any]) -> str:
    """The key of the entry for these inputs (see the module docstring for what it covers)."""
    shaping = [_PACKAGE_DIR / name for name in _SHAPING_MODULES]
    document = {
        "format": CACHE_FORMAT,
        "hytegraph": __version__,
        "pyoxigraph": ox.__version__,
        "options": options,
        "files": [_file_stamp(p) for p in files],
        "rules": [_file_stamp(p) for p in rule_files],
        "code": [_file_stamp(p) for p in shaping if p.is_file()],
    }
    text = json.dumps(document, sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


# ---------------------------------------------------------------------------------------------
# entries


@dataclass
class Entry:
    """A complete cache entry on disk."""

    path: Path
    manifest: dict[str, Any]

    @property
    def store_dir(self) -> Path:
        return self.path / _STORE

    def artefact(self, name: str) -> Path | None:
        candidate = self.path / name
        return candidate if candidate.is_file() else None


class CorruptEntry(Exception):
    """A cache entry that cannot be used; the message says why."""


def _read_entry(path: Path, key: str) -> Entry:
    try:
        manifest = json.loads((path / _MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorruptEntry("its manifest is missing") from None
    except (OSError, ValueError) as e:
        raise CorruptEntry(f"its manifest is unreadable ({e})") from None
    if not isinstance(manifest, dict):
        raise CorruptEntry("its manifest is not a JSON object")
    expected = {
        "format": CACHE_FORMAT,
        "key": key,
        "hytegraph": __version__,
        "pyoxigraph": ox.__version__,
    }
    for field_name, value in expected.items():
        if manifest.get(field_name) != value:
            raise CorruptEntry(
                f"it was written for {field_name} {manifest.get(field_name)!r}, not {value!r}"
            )
    if not (path / _STORE).is_dir():
        raise CorruptEntry("its store folder is missing")
    if not isinstance(manifest.get("store_files"), dict) or not manifest["store_files"]:
        raise CorruptEntry("it has no record of its store files")
    return Entry(path, manifest)


def _hash_file(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def store_record(store_dir: Path) -> dict[str, list[Any]]:
    """``{file name: [size, modification time in ns, BLAKE2 hash]}`` for every data file of a
    closed on-disk store (what :func:`verify_store` compares against). The hash is None for
    every file of a store larger than :data:`VERIFY_HASH_BYTES`, whose hashes are never
    checked (hashing the 0.5 GB of a store at 3M triples took 0.2-0.4 s of the first load);
    the files are hashed two at a time (hashlib releases the GIL on large reads)."""
    children = [
        child
        for child in sorted(store_dir.iterdir())
        if child.is_file() and not child.name.startswith(_UNCHECKED)
    ]
    stats = [child.stat() for child in children]
    digests: list[str | None] = [None] * len(children)
    if sum(stat.st_size for stat in stats) <= VERIFY_HASH_BYTES:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=2) as pool:
            digests = list(pool.map(_hash_file, children))
    return {
        child.name: [stat.st_size, stat.st_mtime_ns, digest]
        for child, stat, digest in zip(children, stats, digests, strict=True)
    }


def verify_store(entry: Entry, *, hashes: bool | None = None) -> None:
    """Raise :class:`CorruptEntry` when a store file of ``entry`` is missing or differs from
    the record in its manifest: size and time always, the hash when ``hashes`` (by default:
    when the store is at most :data:`VERIFY_HASH_BYTES`) and one was recorded."""
    record: dict[str, list[Any]] = entry.manifest["store_files"]
    total = 0
    for name, (size, mtime, _digest) in record.items():
        try:
            stat = (entry.store_dir / name).stat()
        except OSError:
            raise CorruptEntry(f"its store file {name} is missing") from None
        if stat.st_size != size or stat.st_mtime_ns != mtime:
            raise CorruptEntry(
                f"its store file {name} was changed after it was written "
                f"({stat.st_size} bytes, {size} recorded)"
            )
        total += size
    if hashes is None:
        hashes = total <= VERIFY_HASH_BYTES
    if hashes:
        for name, (_size, _mtime, digest) in record.items():
            if digest is not None and _hash_file(entry.store_dir / name) != digest:
                raise CorruptEntry(f"its store file {name} is damaged (its hash differs)")


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (waits for another holder to finish)."""
    import fcntl

    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _remove(path: Path) -> None:
    """Remove a folder, renamed aside first so that its name is free at once."""
    import shutil

    if not path.exists():
        return
    trash = path.with_name(f".trash-{path.name}-{uuid.uuid4().hex[:8]}")
    try:
        path.rename(trash)
    except OSError:
        trash = path
    shutil.rmtree(trash, ignore_errors=True)


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)


# ---------------------------------------------------------------------------------------------
# building


#: Derived indexes saved with the store: functions(store, entry folder) that write their files
#: into the folder and return their names (an ImportError skips one). The name index is not
#: one of them: it is made on the first name lookup and then kept in the entry
#: (:func:`_attach_name_index`), so that a graph that is only validated or built does not wait
#: for it while loading.
ARTEFACT_BUILDERS: list[Callable[[Any, Path], list[str]]] = []


def bulk_load(
    target: ox.Store,
    path: Path,
    *,
    checked: bool = False,
    keep: frozenset[ox.NamedNode] | None = None,
) -> None:
    """Load one RDF file into ``target`` fast, into the default graph, blank nodes kept apart
    from other files'; errors name the file and line as :mod:`hytegraph.core.rdfio` does. A
    workbook (:mod:`hytegraph.core.datafiles`) is added as the triples its reader gives.
    ``checked``: the file is known to pass :func:`hytegraph.core.rdfio.check_file` (it is the
    file a cache entry was built from, unchanged since: :func:`unchanged_since_build`), which
    is then not run again (a scan of the whole file: about 2.5 s at 3M triples). ``keep``:
    only the triples of these predicates are added (a workbook's all)."""
    from hytegraph.core import rdfio

    if path.is_dir() or datafiles.kind_of(path) != datafiles.RDF:
        from hytegraph.store.terms import rdflib_to_ox

        item = datafiles.DataFile(path, datafiles.WORKBOOK)
        target.bulk_extend(
            ox.Quad(rdflib_to_ox(s), rdflib_to_ox(p), rdflib_to_ox(o))
            for s, p, o in datafiles.read_triples(item)
        )
        return
    kind = rdfio.file_type(path)
    path = path.resolve()
    if kind.extension in (".ttl", ".nt"):
        if not checked:
            rdfio.check_file(path)  # nesting and token size, before the parser sees the file
        try:
            if keep is None:
                target.bulk_load(
                    path=str(path), format=kind.oxigraph_format, base_iri=path.as_uri()
                )
            else:  # pyoxigraph's parser, the triples filtered on the way
                quads = ox.parse(
                    path=str(path), format=kind.oxigraph_format, base_iri=path.as_uri()
                )
                target.bulk_extend(q for q in quads if q.predicate in keep)
            return
        except (SyntaxError, ValueError):
            rdfio.read_quads(path)  # the standard error, with file and line
            raise InputError(path, None, "the file could not be loaded") from None
        except MemoryError as e:
            if not rdfio.token_overflow(e):
                raise
            raise rdfio.token_too_large(path, e) from None
    # Formats that can hold named graphs: merged into the default graph first.
    target.bulk_extend(q for q in rdfio.read_quads(path) if keep is None or q.predicate in keep)


def _fill(
    folder: Path, files: Sequence[Path], rule_files: Sequence[Path], *, whole: bool = False
) -> tuple[int, Any, list[str], dict[str, float]]:
    """Build the on-disk store and the artefacts in ``folder``.

    Two things run at once (pyoxigraph releases the GIL while loading): a thread bulk-loads
    the files into the on-disk store, while this thread loads them again into memory and
    applies the rules there (two to three times faster than on disk, and hidden behind the
    on-disk load on a machine with a second core). Each rule's new triples go to the loading
    thread as N-Triples as soon as the rule has run, and are bulk-loaded after the files. New
    triples of a kind no rule reads stay out of the in-memory store (they cannot change what
    the rules derive). Should a rule derive a triple with a blank node (whose name differs
    between the two loads), the disk store is refilled from memory instead.

    The in-memory copy holds only the triples of the predicates the rules name (those they
    read or write, :func:`hytegraph.store.inference.copy_predicates`: about half the triples
    of the synthetic graphs), filtered while pyoxigraph parses the files: the rules derive the
    same from it, with the same triples counted as new. The whole graph is copied (``whole``)
    when the rules need it (a rule reads any predicate, or writes one it does not name), when
    an artefact builder reads the graph, and when the rules derive a triple about a blank node
    (the disk store is then refilled from a whole copy, as above).
    """
    import queue

    from hytegraph.core import rdfio
    from hytegraph.store.inference import (
        apply_rules,
        copy_predicates,
        named_in_text,
        prepare_rules,
    )

    whole = whole or bool(ARTEFACT_BUILDERS)  # the builders read the whole graph
    # guessed from the rules' text before they are parsed; checked once they are, below
    named = None if whole else named_in_text(rule_files)
    keep = None if named is None else frozenset(ox.NamedNode(iri) for iri in _iris(named))
    for path in files:  # once, before the two loads below each need it
        if not path.is_dir() and datafiles.kind_of(path) == datafiles.RDF:
            rdfio.check_file(path)
    disk = ox.Store(str(folder / _STORE))
    failures: list[BaseException] = []
    batches: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    loading_derived = [0.0]  # seconds the loading thread spent on the derived triples
    on_disk = [0]  # the triples of the files (counted when the copy in memory is not whole)

    def load_disk(target: ox.Store) -> None:
        try:
            for path in files:
                bulk_load(target, path)
            if keep is not None:
                on_disk[0] = len(target)
            while (batch := batches.get()) is not None:
                started = time.perf_counter()
                target.bulk_load(batch, format=ox.RdfFormat.N_TRIPLES)
                loading_derived[0] += time.perf_counter() - started
        except BaseException as e:  # reported below, after the in-memory load's own errors
            failures.append(e)

    loader = threading.Thread(
        target=load_disk, args=(disk,), name="hytegraph-cache-load", daemon=True
    )
    loader.start()
    phases: dict[str, float] = {}
    clock = time.perf_counter()
    blank = False
    # the same N-Triples, kept in the entry for validate's working copy
    derived_file = (folder / _DERIVED).open("wb")

    def derived(quads: list[Any]) -> None:
        nonlocal blank
        if blank:
            return
        batch = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES)
        # every blank node is written "_:", so a batch without it has none; one with it (an
        # IRI or literal may hold the two characters) is looked at term by term
        blank = b"_:" in batch and any(
            isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads
        )
        if not blank:
            batches.put(batch)
            derived_file.write(batch)

    # the rules are read (rdflib, pure Python) while this thread parses the files (pyoxigraph,
    # without the GIL); a rule's error is raised after the data's, as when read one after the other
    from concurrent.futures import ThreadPoolExecutor

    reading = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hytegraph-rules")
    prepared = reading.submit(prepare_rules, list(rule_files))
    try:
        memory = ox.Store()
        for path in files:
            bulk_load(memory, path, keep=keep)
        phases["parse in memory"] = time.perf_counter() - clock
        rules = prepared.result()
        needed = copy_predicates(rules)
        if keep is not None and (needed is None or not needed <= named):  # type: ignore[operator]
            keep = None  # the rules need more than the text named: the whole graph
            memory = ox.Store()
            for path in files:
                bulk_load(memory, path)
        loaded = len(memory) if keep is None else -1
        store = OxigraphStore.wrap(memory)
        # the new triples, for a disk store refilled from a whole copy (a blank node) and for
        # the builders; a copy that is not whole is made again whole in those cases
        new_triples: list[Any] = []

        def on_new(quads: Iterable[Any]) -> None:
            batch = list(quads)
            if keep is None:
                new_triples.extend(batch)
            derived(batch)

        report = apply_rules(store, rule_files, on_new=on_new, hold_unread=True, prepared=rules)
        phases["inference"] = time.perf_counter() - clock - sum(phases.values())
        artefacts: list[str] = []
        if ARTEFACT_BUILDERS:
            memory.extend(_quads(new_triples))  # the builders see the whole graph
            for builder in ARTEFACT_BUILDERS:
                try:
                    artefacts += builder(store, folder)
                except ImportError:
                    continue
        phases["indexes"] = time.perf_counter() - clock - sum(phases.values())
        if keep is not None or not blank:
            # no refill from memory follows: the copy is freed now (about 1 s at 3M
            # triples), beside the loading thread's last derived triples, not after them
            del store, memory
            new_triples.clear()
            phases["freeing the copy in memory"] = (
                time.perf_counter() - clock - sum(phases.values())
            )
    finally:
        reading.shutdown(wait=True)
        batches.put(None)
        derived_file.close()
        loader.join()
    phases["waiting for the on-disk load"] = time.perf_counter() - clock - sum(phases.values())
    # in the loading thread, beside the phases above (not part of their sum)
    phases["derived triples to disk"] = loading_derived[0]
    if failures:
        raise failures[0]
    if keep is not None:
        if blank:  # the disk store is refilled from memory, which must then hold every triple
            del disk
            (folder / _DERIVED).unlink(missing_ok=True)
            import shutil

            shutil.rmtree(folder / _STORE)
            return _fill(folder, files, rule_files, whole=True)
        loaded = on_disk[0]
    if blank or not report.converged:
        (folder / _DERIVED).unlink()  # blank nodes are named apart in every load
    if blank:
        started = time.perf_counter()
        disk.clear()
        disk.bulk_extend(memory)
        disk.bulk_extend(_quads(new_triples))  # held out of memory; the others again, harmless
        phases["derived triples to disk"] = time.perf_counter() - started
    disk.flush()
    triples = loaded + report.added
    del disk  # closes the on-disk store before its folder is renamed
    return triples, report, artefacts, {k: round(v, 3) for k, v in phases.items()}


def _iris(names: Iterable[str]) -> Iterator[str]:
    """The absolute IRIs among ``names`` (a rule's text may name a relative one)."""
    for name in names:
        try:
            ox.NamedNode(name)
        except ValueError:
            continue
        yield name


def _derived_record(folder: Path, rule_files: Sequence[Path], added: int) -> dict[str, Any] | None:
    """What the manifest says of the entry's file of derived triples (None: there is none)."""
    path = folder / _DERIVED
    if not path.is_file():
        return None
    stat = path.stat()
    return {
        "name": _DERIVED,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "triples": added,
        "rules": [str(Path(p).resolve()) for p in rule_files],
    }


def derived_triples_file(entry: Entry, rule_files: Sequence[Path]) -> tuple[Path, int] | None:
    """The file of the triples the rules derived when ``entry`` was built, and how many it
    holds, if the entry has one and ``rule_files`` are the rules it was built with.

    The file is N-Triples, written beside the on-disk store from the same batches; it exists
    only when the rules reached their fixpoint and derived no triple about a blank node (whose
    name differs between two loads of the same file). With the files the entry was built from,
    it gives the graph the cache's store holds, without running the rules again."""
    record = entry.manifest.get("derived_file")
    if not isinstance(record, dict):
        return None
    path = entry.path / str(record.get("name"))
    wanted = [str(Path(p).resolve()) for p in rule_files]
    try:
        stat = path.stat()
    except OSError:
        return None
    if record.get("rules") != wanted or [stat.st_size, stat.st_mtime_ns] != [
        record.get("size"),
        record.get("mtime_ns"),
    ]:
        return None  # other rules, or a file written since the entry was built
    return path, int(record.get("triples", -1))


def unchanged_since_build(entry: Entry, path: Path) -> bool:
    """Whether ``path`` is one of the files ``entry`` was built from, unchanged since (the same
    stamp: size, times, inode and sampled bytes, as the cache key reads it). Such a file passed
    :func:`hytegraph.core.rdfio.check_file` when the entry was built."""
    stamps = entry.manifest.get("file_stamps")
    if not isinstance(stamps, list):
        return False  # an entry written before the stamps were kept
    try:
        stamp = _file_stamp(Path(path))
    except OSError:
        return False
    return stamp in stamps and stamp[1] != "folder"


def _quads(triples: Iterable[Any]) -> Iterator[ox.Quad]:
    return (ox.Quad(t.subject, t.predicate, t.object) for t in triples)


def _build(
    entries: Path, key: str, files: Sequence[Path], rule_files: Sequence[Path], info: dict[str, Any]
) -> Entry:
    import shutil

    global builds
    entries.mkdir(parents=True, exist_ok=True)
    tmp = entries / f".tmp-{key}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    started = time.time()
    try:
        # taken before the files are read: a file changed while loading is not trusted later
        stamps = [_file_stamp(Path(p)) for p in files]
        triples, report, artefacts, phases = _fill(tmp, files, rule_files)
        store_files = store_record(tmp / _STORE)
        manifest = {
            "format": CACHE_FORMAT,
            "key": key,
            "hytegraph": __version__,
            "pyoxigraph": ox.__version__,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "build_seconds": round(time.time() - started, 3),
            "build_phases": phases,
            "triples": triples,
            "info": {
                **info,
                "inference": {
                    "rules": report.rules,
                    "derived": dict(report.derived),
                    "rounds": report.rounds,
                    "converged": report.converged,
                    "added": report.added,
                },
            },
            "artefacts": artefacts,
            "derived_file": _derived_record(tmp, rule_files, report.added),
            # what each file was when it was loaded (and passed the checks before the parsers)
            "file_stamps": stamps,
            "store_files": store_files,
            "build": uuid.uuid4().hex,
        }
        (tmp / _MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        final = entries / key
        if final.exists():  # only under the lock: a leftover that failed to read
            _remove(final)
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    builds += 1
    return _read_entry(final, key)


def prune(root: Path | None = None, *, keep: str | None = None, now: float | None = None) -> None:
    """Remove entries unused for :data:`PRUNE_AFTER` seconds (beyond :data:`MAX_ENTRIES`, the
    oldest too) and leftovers of interrupted builds; never the entry ``keep``."""
    import shutil

    entries = _entries_dir(root or cache_root())
    if not entries.is_dir():
        return
    now = time.time() if now is None else now
    found: list[tuple[float, Path]] = []
    for child in entries.iterdir():
        if child.name == keep or child.name == "locks":
            continue
        try:
            used = child.stat().st_mtime
        except OSError:
            continue
        if child.name.startswith((".tmp-", ".trash-")):
            if now - used > PRUNE_AFTER:
                shutil.rmtree(child, ignore_errors=True)
            continue
        found.append((used, child))
    found.sort(reverse=True)
    for index, (used, child) in enumerate(found):
        if now - used > PRUNE_AFTER or (index >= MAX_ENTRIES - 1 and now - used > 60):
            _remove(child)
            (entries / "locks" / f"{child.name}.lock").unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# opening


def _open_raw(entry: Entry) -> ox.Store:
    """The entry's store opened read-only, after checking its files against the manifest."""
    try:
        raw = ox.Store.read_only(str(entry.store_dir))
    except (OSError, RuntimeError, ValueError) as e:
        raise CorruptEntry(f"pyoxigraph cannot open its store ({e})") from None
    verify_store(entry)
    return raw


def _is_corruption(error: BaseException) -> bool:
    """RocksDB's report of a damaged block, as pyoxigraph raises it (or as the store turned
    it into a :class:`QueryError`)."""
    text = str(error)
    return text.startswith(("Corruption:", "query failed: Corruption:"))


class CachedStore(OxigraphStore):
    """A read-only store opened from a cache entry. A read that fails because a store file is
    damaged removes the entry, rebuilds it (``rebuild``), and runs once more on the new one."""

    rebuild: Callable[[Entry, str], tuple[ox.Store, Entry]] | None = None
    _recovery = threading.Lock()

    def _guarded(self, work: Callable[[], T]) -> T:
        used = self._store
        try:
            return work()
        except (QueryError, RuntimeError, OSError) as e:
            if self.rebuild is None or not _is_corruption(e):
                raise
            with self._recovery:
                if self._store is used:  # not already replaced by another thread
                    raw, entry = self.rebuild(self.cache_entry, _first_line(e))
                    self._store = raw
                    self.cache_entry = entry
                    _attach_name_index(self, entry)
        return work()

    def _evaluate(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> SelectResult | bool | rdflib.Graph:
        return self._guarded(lambda: OxigraphStore._evaluate(self, query, bindings, cancel))

    def _plain_rows(
        self, query: str, bindings: dict[str, Node], cancel: threading.Event
    ) -> list[PlainRow]:
        return self._guarded(lambda: OxigraphStore._plain_rows(self, query, bindings, cancel))

    def objects_of(self, subjects: Iterable[Node], predicates: Sequence[Node]) -> Iterator[Triple]:
        wanted = list(subjects)
        return iter(self._guarded(lambda: list(OxigraphStore.objects_of(self, wanted, predicates))))

    def to_rdflib(self) -> rdflib.Graph:
        return self._guarded(lambda: OxigraphStore.to_rdflib(self))

    def __len__(self) -> int:
        return self._guarded(lambda: OxigraphStore.__len__(self))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _attach_name_index(store: Any, entry: Entry) -> None:
    """Give ``store`` the name index kept in its entry (read on its first lookup; an unreadable
    one is noted and built from the store instead), or, when the entry has none yet, one made
    on the first lookup and then kept in the entry for every later command
    (:func:`_keep_name_index`)."""
    from hytegraph.store import names

    owner = weakref.ref(store)

    def from_store() -> Any:
        source = owner()
        if source is None:
            raise RuntimeError("the store of this name index is closed")
        return names.from_store(source)

    saved = names.saved(entry.path)
    if saved is None:
        names.remember(store, names.LazyNameIndex(lambda: _keep_name_index(owner, entry)))
        return

    def rebuild(error: Exception) -> Any:
        _note(f"the cached name index {saved} is unreadable ({error}); rebuilding it here.")
        return from_store()

    names.remember(store, names.load(saved, rebuild))


def keep_name_index(store: Any, source: Any) -> bool:
    """Make the name index of ``store`` (a graph opened from a cache entry) from ``source``, a
    store of the same graph that answers the names query sooner (a filtered copy in memory:
    :func:`hytegraph.store.memory_copy.filtered_copy`), and keep it in the entry, as
    :func:`_keep_name_index` would from ``store``; nothing when the entry or this process has
    one already. Returns whether ``store`` now has its index."""
    from hytegraph.store import names

    entry = getattr(store, "cache_entry", None)
    current = names.known_index(store)
    if entry is None or not isinstance(current, names.LazyNameIndex) or current.made:
        return current is not None and not isinstance(current, names.LazyNameIndex)
    names.remember(store, _keep_name_index(lambda: source, entry))
    return True


def _keep_name_index(owner: Callable[[], Any], entry: Entry) -> Any:
    """The name index of the entry's graph, made from ``owner()`` and saved into the entry, or
    the one another process saved meanwhile (both under the entry's lock, so that it is made
    once; the file is written beside and renamed in, so a reader sees all of it or none). A
    cache folder that cannot be written gets an index for this process only."""
    import shutil

    from hytegraph.store import names

    source = owner()
    if source is None:
        raise RuntimeError("the store of this name index is closed")
    lock = entry.path.parent / "locks" / f"{entry.path.name}.lock"
    try:
        with _locked(lock):
            saved = names.saved(entry.path)
            if saved is not None:
                return names.load(saved, lambda _error: names.from_store(source))
            staging = entry.path / f".names-{os.getpid()}-{uuid.uuid4().hex[:8]}"
            staging.mkdir()
            try:
                index = names.from_store(source, folder=staging)
                name = names.save(index, staging)
                os.replace(staging / name, entry.path / name)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
            return index if name == names.MEMORY_FILE else names.load(entry.path / name)
    except OSError as e:
        _note(f"the name index could not be kept in {entry.path} ({e}); made for this run only.")
        return names.from_store(source)


def _open(
    entry: Entry, rebuild: Callable[[Entry, str], tuple[ox.Store, Entry]] | None = None
) -> Any:
    store = CachedStore.wrap(_open_raw(entry), read_only=True)
    assert isinstance(store, CachedStore)
    store.rebuild = rebuild
    _touch(entry.path)
    store.cache_entry = entry
    _attach_name_index(store, entry)
    return store


def load(
    files: Sequence[Path],
    rule_files: Sequence[Path],
    info: dict[str, Any],
    options: dict[str, Any],
    *,
    root: Path | None = None,
) -> Any:
    """An :class:`~hytegraph.store.OxigraphStore` opened read-only from the cache entry for these
    inputs, building the entry first if needed. ``info`` (JSON-able) is saved with the entry and
    returned in ``store.cache_entry.manifest["info"]``."""
    root = root or cache_root()
    entries = _entries_dir(root)
    key = cache_key(files, rule_files, options)
    final = entries / key
    lock = entries / "locks" / f"{key}.lock"

    def rebuild(damaged: Entry, reason: str) -> tuple[ox.Store, Entry]:
        """After a read failed on ``damaged``: a sound entry (another process may have
        rebuilt it already) and its store."""
        with _locked(lock):
            try:
                current: Entry | None = _read_entry(final, key)
            except CorruptEntry:
                current = None
            if current is None or current.manifest.get("build") == damaged.manifest.get("build"):
                _note(f"the graph cache entry {final} is damaged ({reason}); rebuilding it.")
                _remove(final)
                current = _build(entries, key, files, rule_files, info)
            return _open_raw(current), current

    if (final / _MANIFEST).is_file():
        try:
            return _open(_read_entry(final, key), rebuild)
        except CorruptEntry:
            pass  # looked at again below, under the lock
    with _locked(lock):
        if final.exists():
            try:
                return _open(_read_entry(final, key), rebuild)
            except CorruptEntry as e:
                _note(f"the graph cache entry {final} is unusable: {e}; rebuilding it.")
                _remove(final)
        entry = _build(entries, key, files, rule_files, info)
    with contextlib.suppress(OSError):
        prune(root, keep=key)
    return _open(entry, rebuild)


def inference_report(data: dict[str, Any]) -> Any:
    """The :class:`~hytegraph.store.info.InferenceReport` saved in a manifest."""
    from hytegraph.store.info import InferenceReport

    return InferenceReport(
        rules=list(data.get("rules", [])),
        derived=Counter(data.get("derived", {})),
        rounds=int(data.get("rounds", 0)),
        converged=bool(data.get("converged", True)),
        added=int(data.get("added", 0)),
    )


__all__ = [
    "CACHE_FORMAT",
    "CorruptEntry",
    "Entry",
    "bulk_load",
    "cache_key",
    "cache_root",
    "derived_triples_file",
    "enabled",
    "load",
    "prune",
]
