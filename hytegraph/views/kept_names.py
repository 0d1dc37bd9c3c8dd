"""``who`` and ``body`` answered from what the cache entry keeps, without opening the graph.

A cache entry holds one graph, which never changes (:mod:`hytegraph.store.cache`), so the answer
to a name lookup (the rows, the line naming the match, how many municipalities and counties the
graph holds) is the same every time the same question is asked of it. The first time a question
is answered on pyoxigraph's own terms (:mod:`hytegraph.views.plain`), its answer is kept in the
entry, in one SQLite file (``rows-names.sqlite``, indexed by the question: the command, the
name as given, the language, the municipality and county as given). A later command asking the
same question finds the entry from the inputs' key alone and reads the answer there: the store
is not opened (pyoxigraph's read-only open of RocksDB, the freshness check of its files, the
queries of the answer).

The file is stamped as :mod:`hytegraph.store.kept` stamps the rows it keeps (a digest of the
code and queries that make them): a file kept by other code, or one that cannot be read, is
made again. It is written under the entry's lock; a new file is written beside and renamed in,
an answer added to an existing one in one transaction. A question with ``--as-of``, an endpoint,
a graph not from the cache, or a name that is unknown or ambiguous is never kept: the ordinary
path answers it (and reports what is wrong).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE = "rows-names.sqlite"
_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE answers (question TEXT PRIMARY KEY, answer TEXT NOT NULL)",
)


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
    """The key of a question in the kept file."""
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


def read(entry: Path | None, asked: str) -> Answer | None:
    """The answer kept in the entry at ``entry`` for ``asked``, or None (not kept, kept by
    other code, unreadable)."""
    if entry is None:
        return None
    path = entry / FILE
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
        answer = Answer(
            data["rows"], data["announce"], data["announce_areas"], tuple(data["counts"])
        )
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError):
        return None
    from hytegraph.store.cache import _touch

    _touch(entry)  # used now, as opening it would mark it (the least recently used are pruned)
    return answer


def keep(store: Any, asked: str, answer: Answer) -> bool:
    """Keep ``answer`` to ``asked`` in the cache entry of ``store``; False when there is none or
    it cannot be written."""
    entry = getattr(store, "cache_entry", None)
    if entry is None:
        return False
    from hytegraph.store import kept
    from hytegraph.store.cache import _locked  # the lock the entry's name index is made under

    entry_dir = Path(entry.path)
    path = entry_dir / FILE
    text = json.dumps(
        {
            "rows": answer.rows,
            "announce": answer.announce,
            "announce_areas": answer.announce_areas,
            "counts": list(answer.counts),
        },
        ensure_ascii=False,
    )
    lock = entry_dir.parent / "locks" / f"{entry_dir.name}.lock"
    try:
        with _locked(lock):
            if not _current(path, kept.stamp()):
                _make(path, kept.stamp())
            with closing(sqlite3.connect(path)) as db, db:
                db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (asked, text))
    except (OSError, sqlite3.Error):
        return False
    return True


def _current(path: Path, stamp: str) -> bool:
    """Whether ``path`` is a readable kept file with this stamp."""
    if not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            found = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            db.execute("SELECT count(*) FROM answers").fetchone()
    except sqlite3.Error:
        return False
    return found is not None and found[0] == stamp


def _make(path: Path, stamp: str) -> None:
    """An empty kept file with ``stamp`` at ``path``, written beside and renamed in."""
    staging = path.with_name(f".{path.name}-{os.getpid()}")
    staging.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(staging)) as db, db:
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


__all__ = ["FILE", "Answer", "entry_path", "keep", "question", "read"]
