"""``who`` and ``body`` answered from what the cache entry keeps, without opening the graph.

A cache entry holds one graph, which never changes (:mod:`hytegraph.store.cache`), so the answer
to a name lookup is the same every time it is asked of it. The first name lookup of an entry
computes the answer of every actor (``who``) and every body (``body``) in every language, from a
few whole-graph queries (:mod:`hytegraph.views.every_answer`), and keeps them in the entry, in
one SQLite file (``rows-names.sqlite``): the rows of each (language-dependent: labels, sorting,
time notes), split by whose they are (the actor's own, then each entity recorded as possibly the
same) with the areas of each row's target; the line naming each entity, with and without its
areas; the areas of every actor; how many municipalities and counties the graph holds.

Any later ``who`` or ``body``, of any name, in any language and format, limited to a
municipality or county or not, finds the entry from the inputs' key alone, resolves the names in
the entry's name index, and reads the answer there: the store is not opened (pyoxigraph's
read-only open of RocksDB, the freshness check of its files, the queries). A limited answer is
chosen from the kept rows as :mod:`hytegraph.views.plain` chooses them: the name among the
entities of the area or (``who``, up to :data:`~hytegraph.store.names.index.RELATED_CHECKS`
candidates) with rows in it; all the rows of an entity of the area, else those whose target
belongs to it. ``--timeout`` bounds the queries that make the file; reading an answer runs none.

The file is stamped as :mod:`hytegraph.store.kept` stamps the rows it keeps (a digest of the
code and queries that make them): a file kept by other code, one not complete, or one that cannot
be read, is not read and is made again. It is made under the entry's lock (after the name index,
which is made under the same lock), written beside and renamed in. A question with
``--as-of``, an endpoint, a graph not from the cache, or a name that is unknown or ambiguous is
answered by the ordinary path (which reports what is wrong).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import zlib
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE = "rows-names.sqlite"
_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE areas (iri TEXT PRIMARY KEY, municipalities TEXT, counties TEXT)",
    "CREATE TABLE named (iri TEXT, lang TEXT, announce TEXT, announce_areas TEXT,"
    " PRIMARY KEY (iri, lang))",
    "CREATE TABLE answers (command TEXT, iri TEXT, lang TEXT, parts BLOB,"
    " PRIMARY KEY (command, iri, lang))",
)
#: The languages every answer is kept in (those of ``--lang``).
LANGUAGES = ("fi", "en", "sv")
#: How a lookup names what it looks for (in an error about an unknown name).
_WHAT = {"who": "actor", "body": "body"}


@dataclass(frozen=True)
class Answer:
    """What a name lookup prints, less what its options decide: the rows, the line naming the
    match with and without its areas, and the number of municipalities and counties."""

    rows: list[dict[str, Any]]
    announce: str
    announce_areas: str
    counts: tuple[int, int]


def entry_path(data_paths: Sequence[Path]) -> Path | None:
    """The folder of the complete cache entry the command line would open for ``data_paths``
    (with the bundled data, the ontology and its rules), found from the inputs' key without
    opening the graph; None when the cache is off or has no entry for them yet (or the inputs
    cannot be read: the ordinary path reports that)."""
    from hytegraph.store import cache

    if not cache.enabled():
        return None
    try:
        from hytegraph.core import datafiles, resources

        bundled = resources.bundled_data_files()
        files = [resources.ontology_file(), *bundled]
        files += [item.path for item in datafiles.expand(data_paths, skip=bundled)]
        key = cache.cache_key(files, list(resources.rule_files()), {})
        path = cache._entries_dir(cache.cache_root()) / key
        cache._read_entry(path, key)
    except Exception:  # any doubt: the ordinary path opens (or builds) the entry, or says why not
        return None
    return path


def read(
    entry: Path | None,
    command: str,
    name: str,
    lang: str,
    municipality: str | None = None,
    county: str | None = None,
) -> Answer | None:
    """The answer of ``command`` (``who`` or ``body``) for ``name`` in ``lang``, limited to the
    ``municipality`` and ``county`` named (if any), read from the kept rows of the entry at
    ``entry`` and its name index; None when there are none (not made yet, made by other code,
    unreadable) or the names are unknown or ambiguous (the ordinary path says which)."""
    if entry is None or command not in _WHAT or lang not in LANGUAGES:
        return None
    path = entry / FILE
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            answer = _answer(db, entry, command, name, lang, municipality, county)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, zlib.error):
        return None
    if answer is not None:
        from hytegraph.store.cache import _touch

        _touch(entry)  # used now, as opening it would mark it (the least recently used are pruned)
    return answer


def _answer(
    db: sqlite3.Connection,
    entry: Path,
    command: str,
    name: str,
    lang: str,
    municipality: str | None,
    county: str | None,
) -> Answer | None:
    from hytegraph.store import kept
    from hytegraph.store.names import ACTOR_KINDS, BODY_KINDS, AmbiguousName, UnknownName
    from hytegraph.store.names.index import RELATED_CHECKS

    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("stamp") != kept.stamp() or meta.get("complete") != "1":
        return None
    index = _name_index(entry)
    if index is None:
        return None
    areas: dict[str, tuple[list[str], list[str]]] = {}

    def areas_of(iri: str) -> tuple[list[str], list[str]]:
        if iri not in areas:
            found = db.execute(
                "SELECT municipalities, counties FROM areas WHERE iri = ?", (iri,)
            ).fetchone()
            areas[iri] = (json.loads(found[0]), json.loads(found[1])) if found else ([], [])
        return areas[iri]

    def parts_of(iri: str) -> list[Any] | None:
        found = db.execute(
            "SELECT parts FROM answers WHERE command = ? AND iri = ? AND lang = ?",
            (command, iri, lang),
        ).fetchone()
        return json.loads(zlib.decompress(found[0])) if found else None

    try:
        scope = [
            index.resolve(text, frozenset({kind}), what=what).iri if text is not None else None
            for text, kind, what in (
                (municipality, "municipality", "municipality"),
                (county, "county", "wellbeing services county"),
            )
        ]

        def in_scope(found: Sequence[list[str]]) -> bool:
            return all(area is None or area in found[i] for i, area in enumerate(scope))

        kinds = ACTOR_KINDS if command == "who" else BODY_KINDS
        if municipality is None and county is None:
            match = index.resolve(name, kinds, what=_WHAT[command])
        else:
            checks = RELATED_CHECKS

            def inside(candidate: Any) -> bool:
                # as hytegraph.views.plain.resolve: in the scope, or (who) rows in it
                nonlocal checks
                if in_scope(areas_of(candidate.iri)):
                    return True
                if command != "who" or checks <= 0:
                    return False
                checks -= 1
                own = parts_of(candidate.iri) or []
                return any(
                    in_scope(target)
                    for owner, _rows, targets in own[:1]
                    if owner == candidate.iri
                    for target in targets
                )

            match = index.resolve_within(name, kinds, inside, what=_WHAT[command], where="")
    except (AmbiguousName, UnknownName):
        return None
    parts = parts_of(match.iri)
    named = db.execute(
        "SELECT announce, announce_areas FROM named WHERE iri = ? AND lang = ?", (match.iri, lang)
    ).fetchone()
    if parts is None or named is None:
        return None
    rows: list[dict[str, Any]] = []
    for owner, part, targets in parts:
        if command == "body" or in_scope(areas_of(owner)):
            rows += part
        else:  # only what is done in the scope (its target belongs to it)
            rows += [row for row, target in zip(part, targets, strict=True) if in_scope(target)]
    counts = json.loads(meta["counts"])
    return Answer(rows, named[0], named[1], (int(counts[0]), int(counts[1])))


def _name_index(entry: Path) -> Any:
    """The name index kept in the entry, or None (not made yet)."""
    from hytegraph.store import names

    if (entry / names.SQLITE_FILE).is_file():  # a large graph's: read as it is
        from hytegraph.store.names.sqlite import SqliteNameIndex

        return SqliteNameIndex(entry / names.SQLITE_FILE)
    if (entry / names.MEMORY_FILE).is_file():
        return names.load(entry / names.MEMORY_FILE)
    return None


def keep_all(store: Any, *, timeout: float | None = None) -> bool:
    """Compute every ``who`` and ``body`` answer of the graph of ``store`` in every language
    (:func:`hytegraph.views.every_answer.answers`) and keep them in its cache entry, unless kept
    already; False when there is no entry, or it cannot be written, or a query ran longer than
    ``timeout`` seconds (noted on stderr and in the entry: a later command tries again only
    with a longer limit, or none)."""
    entry = getattr(store, "cache_entry", None)
    if entry is None:
        return False
    from hytegraph.errors import HytegraphError, QueryTimeout
    from hytegraph.store import kept
    from hytegraph.store.cache import _locked  # the lock the entry's name index is made under
    from hytegraph.store.names import index_for

    entry_dir = Path(entry.path)
    path = entry_dir / FILE
    lock = entry_dir.parent / "locks" / f"{entry_dir.name}.lock"
    try:
        if _current(path, kept.stamp()) or _timed_out_before(entry_dir, timeout):
            return _current(path, kept.stamp())
        # the name index first: it is made (and kept) under the same lock
        index_for(store).names_of("")
        with _locked(lock):
            if _current(path, kept.stamp()):
                return True
            _make(store, path, kept.stamp(), timeout)
            (entry_dir / TIMED_OUT).unlink(missing_ok=True)
    except QueryTimeout as error:
        from hytegraph.store.cache import _note

        _note(
            f"the answers of every name were not kept in the cache ({error}); "
            "a lookup with a longer --timeout (or --timeout 0) keeps them."
        )
        with contextlib.suppress(OSError):
            (entry_dir / TIMED_OUT).write_text(str(timeout), encoding="utf-8")
        return False
    except (OSError, sqlite3.Error, HytegraphError):
        return False
    return True


#: The file that records the time limit under which the answers could not be made.
TIMED_OUT = "rows-names.timed-out"


def _timed_out_before(entry: Path, timeout: float | None) -> bool:
    """Whether the answers could not be made under a time limit at least as long as
    ``timeout`` (None: no limit) before."""
    try:
        limit = float((entry / TIMED_OUT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return timeout is not None and timeout <= limit


def _current(path: Path, stamp: str) -> bool:
    """Whether ``path`` is a readable, complete kept file with this stamp."""
    if not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            db.execute("SELECT count(*) FROM answers").fetchone()
    except sqlite3.Error:
        return False
    return meta.get("stamp") == stamp and meta.get("complete") == "1"


def _make(store: Any, path: Path, stamp: str, timeout: float | None) -> None:
    """Every answer kept at ``path``, written beside and renamed in."""
    from hytegraph.views import every_answer, plain

    staging = path.with_name(f".{path.name}-{os.getpid()}")
    staging.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(staging)) as db, db:
            for statement in _SCHEMA:
                db.execute(statement)
            for item in every_answer.answers(store, LANGUAGES, timeout=timeout):
                if isinstance(item, every_answer.Answered):
                    data = json.dumps(item.parts, ensure_ascii=False, separators=(",", ":"))
                    db.execute(
                        "INSERT INTO answers VALUES (?, ?, ?, ?)",
                        (item.command, item.iri, item.lang, zlib.compress(data.encode(), 6)),
                    )
                elif isinstance(item, every_answer.Announced):
                    db.execute("INSERT INTO named VALUES (?, ?, ?, ?)", tuple(item))
                else:
                    db.execute(
                        "INSERT INTO areas VALUES (?, ?, ?)",
                        (item.iri, json.dumps(item.municipalities), json.dumps(item.counties)),
                    )
            counts = list(plain.area_counts(store, timeout=timeout))
            db.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                (("stamp", stamp), ("counts", json.dumps(counts)), ("complete", "1")),
            )
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


__all__ = ["FILE", "LANGUAGES", "Answer", "entry_path", "keep_all", "read"]
