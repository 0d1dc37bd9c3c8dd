"""Forgiving name lookup: one :class:`NameIndex` interface, one normaliser
(:mod:`~hytegraph.store.names.normalise`), two storages chosen by size here (each imported
when it is chosen).

- :func:`index_for` — the index of a store, built on first use (or the one saved with a cached
  graph); what callers use.
- :func:`build` / :func:`from_store` — an index of some names: in memory, or in a SQLite file
  when there are at least :data:`MIN_ENTRIES` names and a folder to keep it in.
- :func:`save` / :func:`load` / :func:`saved` — the index kept in a folder beside a cached
  graph (a SQLite file of another format counts as none, and is made again);
  :class:`LazyNameIndex` — one made on its first lookup (a cached graph's, see
  :mod:`hytegraph.store.cache`).
"""

from __future__ import annotations

import threading
import weakref
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.errors import ConfigurationError
from hytegraph.store.names.index import (
    ACTOR_KINDS,
    BODY_KINDS,
    KIND_ROOTS,
    KINDS,
    AmbiguousName,
    Candidate,
    Entry,
    Match,
    NameIndex,
    UnknownName,
    entries_from_bytes,
    entries_from_rows,
    read_entries,
)
from hytegraph.store.names.normalise import normalise, stems, strip_diacritics, words

if TYPE_CHECKING:
    from hytegraph.store.base import Store

#: Indexes of at least this many names are kept in SQLite (when there is a folder to keep
#: them in): an index in memory computes the lookup keys of every name on each command's first
#: lookup (about 17 microseconds a name: 0.35 s for the 20,922 names of a 300k-triple graph),
#: where SQLite answers a lookup in one or two milliseconds whatever its size. The bundled data
#: (a few hundred names) stays in memory.
MIN_ENTRIES = 1_000
#: File names in a folder: the serialised index, and the SQLite one.
MEMORY_FILE = "names.bin"
SQLITE_FILE = "names.sqlite"
STORAGES = ("memory", "sqlite")


def build(
    entries: Iterable[Entry], *, folder: str | Path | None = None, storage: str | None = None
) -> NameIndex:
    """An index of ``entries``: in SQLite (``folder``/names.sqlite) when there are at least
    :data:`MIN_ENTRIES` and a ``folder``, else in memory. ``storage`` (``memory`` or
    ``sqlite``) overrides the choice; SQLite needs a folder."""
    entries = list(entries)
    if storage is None:
        storage = "sqlite" if folder is not None and len(entries) >= MIN_ENTRIES else "memory"
    if storage not in STORAGES:
        raise ConfigurationError(
            f"unknown name index storage {storage!r}; choose one of {', '.join(STORAGES)}"
        )
    if storage == "memory":
        from hytegraph.store.names.memory import MemoryNameIndex

        return MemoryNameIndex(entries)
    if folder is None:
        raise ConfigurationError("a name index in SQLite needs a folder to keep its file in")
    from hytegraph.store.names.sqlite import SqliteNameIndex, write

    path = Path(folder) / SQLITE_FILE
    write(entries, path)
    return SqliteNameIndex(path)


def from_store(store: Store, **options: Any) -> NameIndex:
    """The index of every name in ``store`` (see :func:`build` for ``options``)."""
    return build(read_entries(store), **options)


def from_bytes(data: bytes) -> NameIndex:
    """An index in memory from :meth:`NameIndex.to_bytes`; :class:`ValueError` for data of
    another version."""
    from hytegraph.store.names.memory import MemoryNameIndex

    return MemoryNameIndex(entries_from_bytes(data))


def save(index: NameIndex, folder: str | Path) -> str:
    """Keep ``index`` in ``folder`` (a SQLite index already is); returns its file's name."""
    from hytegraph.store.names.sqlite import SqliteNameIndex

    folder = Path(folder)
    if isinstance(index, SqliteNameIndex) and index.path.parent.resolve() == folder.resolve():
        return index.path.name
    (folder / MEMORY_FILE).write_bytes(index.to_bytes())
    return MEMORY_FILE


def load(path: str | Path, fallback: Callable[[Exception], NameIndex] | None = None) -> NameIndex:
    """The index :func:`save` kept at ``path``. A serialised one is read on its first lookup;
    should it be unreadable then, ``fallback(error)`` gives the index instead (or the error is
    raised)."""
    from hytegraph.store.names.memory import MemoryNameIndex
    from hytegraph.store.names.sqlite import SqliteNameIndex, StaleIndex

    path = Path(path)
    if path.name == SQLITE_FILE:
        try:
            return SqliteNameIndex(path)
        except StaleIndex as e:
            if fallback is None:
                raise
            return fallback(e)

    def read() -> list[Entry]:
        try:
            return entries_from_bytes(path.read_bytes())
        except (OSError, ValueError, EOFError, zlib.error) as e:
            if fallback is None:
                raise
            return list(fallback(e).all())

    return MemoryNameIndex(loader=read)


def saved(folder: str | Path) -> Path | None:
    """The index :func:`save` kept in ``folder``, None when there is none, or only a SQLite
    file of another format (made by another version, to be made again)."""
    folder = Path(folder)
    if (folder / SQLITE_FILE).is_file():
        from hytegraph.store.names.sqlite import is_current

        if is_current(folder / SQLITE_FILE):
            return folder / SQLITE_FILE
    if (folder / MEMORY_FILE).is_file():
        return folder / MEMORY_FILE
    return None


class LazyNameIndex(NameIndex):
    """An index made by ``make()`` on its first lookup (once, also when threads look up at the
    same time): a cached graph gets its name index when a command first needs a name, not when
    the graph is loaded."""

    def __init__(self, make: Callable[[], NameIndex]) -> None:
        self._make: Callable[[], NameIndex] | None = make
        self._index: NameIndex | None = None
        self._lock = threading.Lock()

    @property
    def made(self) -> bool:
        """Whether the index was made already."""
        return self._index is not None

    def _target(self) -> NameIndex:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    assert self._make is not None
                    self._index = self._make()
                    self._make = None
        return self._index

    def with_keys(self, keys: Collection[str]) -> set[int]:
        return self._target().with_keys(keys)

    def with_word_prefix(self, fragment: str) -> set[int]:
        return self._target().with_word_prefix(fragment)

    def with_word_containing(self, fragment: str) -> set[int]:
        return self._target().with_word_containing(fragment)

    def entries_by_id(self, ids: Iterable[int]) -> dict[int, Entry]:
        return self._target().entries_by_id(ids)

    def names_of(self, iri: str) -> list[Entry]:
        return self._target().names_of(iri)

    def suggestion_pool(
        self, text: str, kinds: Collection[str] | None = None
    ) -> list[tuple[int, Entry]]:
        return self._target().suggestion_pool(text, kinds)

    def all(self) -> Iterator[Entry]:
        return self._target().all()

    def __len__(self) -> int:
        return len(self._target())

    def __getattr__(self, name: str) -> Any:  # what a storage adds (e.g. a SQLite path)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._target(), name)


_INDEXES: weakref.WeakKeyDictionary[Any, NameIndex] = weakref.WeakKeyDictionary()


def index_for(store: Store) -> NameIndex:
    """The name index of ``store``, built on first use and kept for the store's lifetime
    (callers that change the store after a lookup should call :func:`forget`)."""
    index = _INDEXES.get(store)
    if index is None:
        index = _INDEXES[store] = from_store(store)
    return index


def known_index(store: Store) -> NameIndex | None:
    """The name index :func:`index_for` would give ``store`` without making one; None if none
    is known yet."""
    return _INDEXES.get(store)


def remember(store: Store, index: NameIndex) -> None:
    """Use ``index`` for ``store`` (e.g. one saved with an on-disk cache)."""
    _INDEXES[store] = index


def forget(store: Store) -> None:
    _INDEXES.pop(store, None)


__all__ = [
    "ACTOR_KINDS",
    "BODY_KINDS",
    "KINDS",
    "KIND_ROOTS",
    "MEMORY_FILE",
    "MIN_ENTRIES",
    "SQLITE_FILE",
    "STORAGES",
    "AmbiguousName",
    "Candidate",
    "Entry",
    "LazyNameIndex",
    "Match",
    "NameIndex",
    "UnknownName",
    "build",
    "entries_from_rows",
    "forget",
    "from_bytes",
    "from_store",
    "index_for",
    "load",
    "normalise",
    "read_entries",
    "remember",
    "save",
    "saved",
    "stems",
    "strip_diacritics",
    "words",
]
