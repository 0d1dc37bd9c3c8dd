"""``who`` and ``body`` answered from what the cache entry keeps, without opening the graph.

A cache entry holds one graph, which never changes (:mod:`hytegraph.store.cache`), so the answer
to a name lookup is the same every time it is asked of it. The entry keeps answers in two SQLite
files, each read without opening the store (pyoxigraph's read-only open of RocksDB, the freshness
check of its files, the queries):

* every answer (``rows-names.sqlite``), made only on request by ``hytegraph prepare``
  (:func:`keep_all`): the answer of every actor (``who``) and every body (``body``) in every
  language, from a few whole-graph queries (:mod:`hytegraph.views.every_answer`): the rows of
  each (language-dependent: labels, sorting, time notes), split by whose they are (the actor's
  own, then each entity recorded as possibly the same) with the areas of each row's target; the
  line naming each entity, with and without its areas; the areas of every actor; how many
  municipalities and counties the graph holds. Any later ``who`` or ``body``, of any name, in
  any language and format, limited to a municipality or county or not, resolves the names in
  the entry's name index and reads the answer there. A limited answer is chosen from the kept
  rows as :mod:`hytegraph.views.plain` chooses them: the name among the entities of the area or
  (``who``, up to :data:`~hytegraph.store.names.index.RELATED_CHECKS` candidates) with rows in
  it; all the rows of an entity of the area, else those whose target belongs to it. It can take
  minutes on a national graph, so a lookup never makes it.
* the answers to the questions asked (``rows-asked.sqlite``, :func:`keep`): when the entry was
  not prepared, the answer a lookup computed on pyoxigraph's own terms, indexed by the question
  (the command, the name as given, the language, the municipality and county as given), for the
  next command asking the same.

:func:`read` looks in the first, then in the second. Both files are stamped as
:mod:`hytegraph.store.kept` stamps the rows it keeps (a digest of the code and queries that make
them): a file kept by other code, one not complete, or one that cannot be read, is not read and
is made again. Both are written under the entry's lock (the lock its name index is made under);
a new file is written beside and renamed in, an answer added to the questions asked in one
transaction. A question with ``--as-of``, an endpoint, a graph not from the cache, or a name
that is unknown or ambiguous is answered by the ordinary path (which reports what is wrong) and
is not kept.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The file of every answer (made by :func:`keep_all`).
FILE = "rows-names.sqlite"
#: The file of the answers to the questions asked (:func:`keep`).
ASKED_FILE = "rows-asked.sqlite"
_ASKED_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE answers (question TEXT PRIMARY KEY, answer TEXT NOT NULL)",
)
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


def question(
    command: str, name: str, lang: str, municipality: str | None, county: str | None
) -> str:
    """The key of a question in the file of the questions asked."""
    return json.dumps([command, name, lang, municipality, county], ensure_ascii=False)


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
    ``municipality`` and ``county`` named (if any), kept in the entry at ``entry``: from every
    answer (``hytegraph prepare``) when it is there, else the same question's answer kept when
    it was asked before; None when neither holds it (not made, made by other code, unreadable)
    or the names are unknown or ambiguous (the ordinary path says which)."""
    if entry is None:
        return None
    answer = _read_every(entry, command, name, lang, municipality, county)
    if answer is None:
        answer = _read_asked(entry, question(command, name, lang, municipality, county))
    if answer is not None:
        from hytegraph.store.cache import _touch

        _touch(entry)  # used now, as opening it would mark it (the least recently used are pruned)
    return answer


def prepared(entry: Path | None) -> bool:
    """Whether the entry at ``entry`` keeps every answer (a complete file made by this code)."""
    from hytegraph.store import kept

    return entry is not None and _current(entry / FILE, kept.stamp())


def _read_every(
    entry: Path,
    command: str,
    name: str,
    lang: str,
    municipality: str | None,
    county: str | None,
) -> Answer | None:
    """The answer read from every answer kept in the entry (see :func:`read`)."""
    if command not in _WHAT or lang not in LANGUAGES:
        return None
    path = entry / FILE
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            return _answer(db, entry, command, name, lang, municipality, county)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, zlib.error):
        return None


def _read_asked(entry: Path, asked: str) -> Answer | None:
    """The answer kept in the entry for the question ``asked``, or None (not kept, kept by
    other code, unreadable)."""
    path = entry / ASKED_FILE
    if not path.is_file():
        return None
    from hytegraph.store import kept

    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            stamp = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            if stamp is None or stamp[0] != kept.stamp():
                return None
            found = db.execute("SELECT answer FROM answers WHERE question = ?", (asked,)).fetchone()
        if found is None:
            return None
        data = json.loads(found[0])
        return Answer(data["rows"], data["announce"], data["announce_areas"], tuple(data["counts"]))
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError):
        return None


def keep(store: Any, asked: str, answer: Answer) -> bool:
    """Keep ``answer`` to the question ``asked`` in the cache entry of ``store``, for the next
    command asking it; False when there is none or it cannot be written."""
    entry = getattr(store, "cache_entry", None)
    if entry is None:
        return False
    from hytegraph.store import kept
    from hytegraph.store.cache import _locked  # the lock the entry's name index is made under

    entry_dir = Path(entry.path)
    path = entry_dir / ASKED_FILE
    text = json.dumps(
        {
            "rows": answer.rows,
            "announce": answer.announce,
            "announce_areas": answer.announce_areas,
            "counts": list(answer.counts),
        },
        ensure_ascii=False,
    )
    try:
        with _locked(_lock(entry_dir)):
            if not _asked_current(path, kept.stamp()):
                _make_asked(path, kept.stamp())
            with closing(sqlite3.connect(path)) as db, db:
                db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (asked, text))
    except (OSError, sqlite3.Error):
        return False
    return True


def _lock(entry_dir: Path) -> Path:
    """The lock file of the entry at ``entry_dir`` (its name index is made under it too)."""
    return entry_dir.parent / "locks" / f"{entry_dir.name}.lock"


def _asked_current(path: Path, stamp: str) -> bool:
    """Whether ``path`` is a readable file of questions asked with this stamp."""
    if not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            found = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            db.execute("SELECT count(*) FROM answers").fetchone()
    except sqlite3.Error:
        return False
    return found is not None and found[0] == stamp


def _make_asked(path: Path, stamp: str) -> None:
    """An empty file of questions asked with ``stamp`` at ``path``, written beside and renamed
    in."""
    staging = path.with_name(f".{path.name}-{os.getpid()}")
    staging.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(staging)) as db, db:
            for statement in _ASKED_SCHEMA:
                db.execute(statement)
            db.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


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

    saved = names.saved(entry)  # None too for one of another format: made again elsewhere
    if saved is not None and saved.name == names.SQLITE_FILE:  # a large graph's: read as it is
        from hytegraph.store.names.sqlite import SqliteNameIndex

        return SqliteNameIndex(saved)
    if saved is not None:
        return names.load(saved)
    return None


@dataclass(frozen=True)
class Prepared:
    """What :func:`keep_all` kept: the actors and bodies whose answers the entry holds, and
    whether they were kept already (nothing was computed)."""

    actors: int
    bodies: int
    already: bool


def keep_all(
    store: Any,
    *,
    timeout: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Prepared:
    """Compute every ``who`` and ``body`` answer of the graph of ``store`` in every language
    (:func:`hytegraph.views.every_answer.answers`) and keep them in its cache entry, unless kept
    already. ``progress(done, total)`` is told the answers made as they are made. Raises a
    :class:`~hytegraph.errors.HytegraphError` when there is no cache entry, it cannot be
    written, or a query runs longer than ``timeout`` seconds (nothing is then kept: the file is
    written beside and renamed in only when complete)."""
    from hytegraph.errors import HytegraphError, QueryTimeout
    from hytegraph.store import kept
    from hytegraph.store.cache import _locked
    from hytegraph.store.names import index_for

    entry = getattr(store, "cache_entry", None)
    if entry is None:
        raise HytegraphError(
            "the answers can only be kept in the graph cache, which is not in use",
            hint="Leave out --no-cache and --endpoint (and unset HYTEGRAPH_NO_CACHE).",
        )
    entry_dir = Path(entry.path)
    path = entry_dir / FILE
    try:
        if not _current(path, kept.stamp()):
            # the name index first: it is made (and kept) under the same lock
            index_for(store).names_of("")
            with _locked(_lock(entry_dir)):
                if not _current(path, kept.stamp()):
                    _make(store, path, kept.stamp(), timeout, progress)
                    return _counts(path, already=False)
        return _counts(path, already=True)
    except QueryTimeout as error:
        error.message = f"the answers were not all made in time ({error}); nothing was kept"
        error.hint = "Allow a longer time limit (--timeout SECONDS), or none (--timeout 0)."
        raise
    except (OSError, sqlite3.Error) as error:
        raise HytegraphError(
            f"the answers could not be kept in the cache entry {entry_dir} ({error})",
            hint="Check that the cache folder can be written (HYTEGRAPH_CACHE_DIR) and that "
            "the disk is not full.",
        ) from None


def _counts(path: Path, *, already: bool) -> Prepared:
    """The actors and bodies whose answers the file at ``path`` holds."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        found = dict(
            db.execute(
                "SELECT command, count(DISTINCT iri) FROM answers GROUP BY command"
            ).fetchall()
        )
    return Prepared(int(found.get("who", 0)), int(found.get("body", 0)), already)


def _current(path: Path, stamp: str) -> bool:
    """Whether ``path`` is a readable, complete file of every answer with this stamp."""
    if not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            db.execute("SELECT count(*) FROM answers").fetchone()
    except sqlite3.Error:
        return False
    return meta.get("stamp") == stamp and meta.get("complete") == "1"


def _make(
    store: Any,
    path: Path,
    stamp: str,
    timeout: float | None,
    progress: Callable[[int, int], None] | None,
) -> None:
    """Every answer kept at ``path``, written beside and renamed in."""
    from hytegraph.views import every_answer, plain

    staging = path.with_name(f".{path.name}-{os.getpid()}")
    staging.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(staging)) as db, db:
            for statement in _SCHEMA:
                db.execute(statement)
            for item in every_answer.answers(store, LANGUAGES, timeout=timeout, progress=progress):
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


__all__ = [
    "ASKED_FILE",
    "FILE",
    "LANGUAGES",
    "Answer",
    "Prepared",
    "entry_path",
    "keep",
    "keep_all",
    "prepared",
    "question",
    "read",
]
