"""Rows a lookup over the whole graph computes once per cache entry, kept in the entry.

A cache entry holds one graph, which never changes (:mod:`hytegraph.store.cache`: new inputs
make a new entry). What a lookup computes from the whole of it (``chairs``: one query over the
graph, labels, evidence, areas and time columns; at a million triples twice the engine work of
the raw query) is then the same every time for the same options, and is kept in the entry as
JSON by the first command that computes it (``rows-<name>.json``: written beside and renamed in,
under the entry's lock, so that a reader sees all of it or none). Each file is stamped with a
digest of the code and queries that make the rows (:func:`stamp`): rows kept by another version
of them are not read, and are replaced. A cache folder that cannot be written keeps nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

#: The modules whose code makes the kept rows (relative to the package).
_MODULES = (
    "views/lookups.py",
    "views/plain.py",
    "views/kept_names.py",
    "views/every_answer.py",
    "query/when.py",
    "query/dates.py",
    "query/labels.py",
    "query/catalogue.py",
    "store/kept.py",
)
#: The internal queries they read (prefixes of ``hytegraph/sparql/*.rq``).
_QUERIES = ("chairs_", "scope_", "time_")
_NAME = re.compile(r"[a-z0-9-]{1,64}")
_stamp: str | None = None


def stamp() -> str:
    """A digest of the code and queries that make the kept rows, and of the catalogue."""
    global _stamp
    if _stamp is None:
        from hytegraph.core import resources
        from hytegraph.core.version import __version__

        package = Path(__file__).resolve().parent.parent
        digest = hashlib.blake2b(__version__.encode(), digest_size=16)
        files = [package / m for m in _MODULES]
        files += [resources.sparql_file(n) for p in _QUERIES for n in resources.sparql_dir_names(p)]
        files += sorted(resources.queries_dir().glob("*.rq"))
        for path in files:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _stamp = digest.hexdigest()
    return _stamp


def _path(store: Any, name: str) -> Path | None:
    entry = getattr(store, "cache_entry", None)
    if entry is None or not _NAME.fullmatch(name):
        return None
    return Path(entry.path) / f"rows-{name}.json"


def read(store: Any, name: str) -> list[Any] | None:
    """The rows kept as ``name`` in the cache entry ``store`` was opened from, or None (not
    kept, kept by other code, unreadable, or a store not from the cache)."""
    path = _path(store, name)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("stamp") != stamp():
        return None
    rows = data.get("rows")
    return rows if isinstance(rows, list) else None


def keep(store: Any, name: str, rows: list[Any]) -> bool:
    """Keep ``rows`` (plain JSON values) as ``name`` in the cache entry of ``store``; False when
    there is none or it cannot be written."""
    path = _path(store, name)
    if path is None:
        return False
    from hytegraph.core.atomic import atomic_write
    from hytegraph.store.cache import _locked  # the lock the entry's name index is made under

    text = json.dumps({"stamp": stamp(), "rows": rows}, ensure_ascii=False)
    lock = path.parent.parent / "locks" / f"{path.parent.name}.lock"
    try:
        with _locked(lock):
            atomic_write(path, text)
    except OSError:  # an OutputError too
        return False
    return True


__all__ = ["keep", "read", "stamp"]
