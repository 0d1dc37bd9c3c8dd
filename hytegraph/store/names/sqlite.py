"""The name index in SQLite, for graphs too large to read every name in every command.

A national graph has hundreds of thousands of names; reading them all into memory costs
seconds per command. This file keeps each name's lookup keys (its exact and accent-free form,
the stems of its words) and its words in indexed tables, so that a lookup reads only the names
that share a key with the query. The ranking is :class:`~hytegraph.store.names.NameIndex`'s,
the same as in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from hytegraph.store.names.index import Entry, NameIndex, entry_order
from hytegraph.store.names.normalise import lookup_keys

_SUGGEST_LIMIT = 20_000  # names read to suggest close matches for an unknown name
_CHUNK = 500  # ids per query (SQLite limits the number of parameters)

_SCHEMA = """
CREATE TABLE entries (id INTEGER PRIMARY KEY, iri TEXT, text TEXT, lang TEXT, kind TEXT,
                      is_alt INTEGER);
CREATE TABLE keys (key TEXT, id INTEGER);
CREATE TABLE vocabulary (word TEXT, id INTEGER);
"""
_INDEXES = """
CREATE INDEX entries_iri ON entries (iri);
CREATE INDEX keys_key ON keys (key);
CREATE INDEX vocabulary_word ON vocabulary (word);
"""
_COLUMNS = "id, iri, text, lang, kind, is_alt"
_DISTINCT_WORDS = "SELECT DISTINCT word FROM vocabulary ORDER BY word"


def write(entries: Iterable[Entry], path: str | Path) -> int:
    """Write the index of ``entries`` to a new SQLite file at ``path``; returns the count."""
    db = sqlite3.connect(str(path))
    try:
        # A new file, written once and complete before anyone reads it (the cache publishes
        # its folder by renaming it): no journal, no waiting for the disk.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        rows, key_rows, word_rows = [], [], []
        for i, e in enumerate(sorted(set(entries), key=entry_order)):
            rows.append((i, e.iri, e.text, e.lang, e.kind, int(e.is_alt)))
            found, plain_words = lookup_keys(e.text)
            key_rows.extend((k, i) for k in found)
            word_rows.extend((w, i) for w in plain_words)
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO keys VALUES (?, ?)", key_rows)
        db.executemany("INSERT INTO vocabulary VALUES (?, ?)", word_rows)
        db.executescript(_INDEXES)
        db.commit()
    finally:
        db.close()
    return len(rows)


def _entry(row: Any) -> tuple[int, Entry]:
    return row[0], Entry(row[1], row[2], row[3], row[4], bool(row[5]))


class SqliteNameIndex(NameIndex):
    """A name index answered from a SQLite file that :func:`write` made (opened read-only)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        self._vocabulary: list[str] | None = None  # distinct words, read for suggestions

    def _ids(self, sql: str, params: Iterable[Any]) -> set[int]:
        return {row[0] for row in self._db.execute(sql, list(params))}

    def _chunks(self, values: Collection[Any]) -> Iterator[list[Any]]:
        values = sorted(values)
        for start in range(0, len(values), _CHUNK):
            yield values[start : start + _CHUNK]

    # -- the storage --------------------------------------------------------------------------

    def with_keys(self, keys: Collection[str]) -> set[int]:
        found: set[int] = set()
        for chunk in self._chunks(set(keys)):
            marks = ",".join("?" * len(chunk))
            found |= self._ids(f"SELECT id FROM keys WHERE key IN ({marks})", chunk)
        return found

    def with_word_prefix(self, fragment: str) -> set[int]:
        return self._ids(
            "SELECT id FROM vocabulary WHERE word >= ? AND word < ?",
            (fragment, fragment + "\U0010ffff"),
        )

    def with_word_containing(self, fragment: str) -> set[int]:
        return self._ids("SELECT id FROM vocabulary WHERE instr(word, ?) > 0", (fragment,))

    def entries_by_id(self, ids: Iterable[int]) -> dict[int, Entry]:
        found: dict[int, Entry] = {}
        for chunk in self._chunks(set(ids)):
            marks = ",".join("?" * len(chunk))
            found.update(
                _entry(row)
                for row in self._db.execute(
                    f"SELECT {_COLUMNS} FROM entries WHERE id IN ({marks})", chunk
                )
            )
        return found

    def names_of(self, iri: str) -> list[Entry]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM entries WHERE iri = ? ORDER BY id", (iri,))
        return [_entry(row)[1] for row in rows]

    def kind(self, iri: str) -> str | None:
        row = self._db.execute("SELECT kind FROM entries WHERE iri = ? LIMIT 1", (iri,)).fetchone()
        return row[0] if row else None

    def suggestion_pool(self, text: str) -> list[tuple[int, Entry]]:
        """Every name of the entities with a word close to one of ``text``'s words (difflib,
        over the distinct words) or beginning like it (three letters): close names are looked
        for among those, not among every name."""
        import difflib

        _keys, plain_words = lookup_keys(text)
        if self._vocabulary is None:
            self._vocabulary = [row[0] for row in self._db.execute(_DISTINCT_WORDS)]
        close = {
            w
            for word in plain_words
            for w in difflib.get_close_matches(word, self._vocabulary, n=20, cutoff=0.6)
        }
        ids: set[int] = set()
        for chunk in self._chunks(close):
            marks = ",".join("?" * len(chunk))
            ids |= self._ids(f"SELECT id FROM vocabulary WHERE word IN ({marks})", chunk)
        for word in plain_words:
            head = word[:3]
            ids |= self._ids(
                "SELECT id FROM vocabulary WHERE word >= ? AND word < ? LIMIT ?",
                (head, head + "\U0010ffff", _SUGGEST_LIMIT),
            )
        pool: list[tuple[int, Entry]] = []
        for chunk in self._chunks(ids):
            marks = ",".join("?" * len(chunk))
            pool += [
                _entry(row)
                for row in self._db.execute(
                    f"SELECT {_COLUMNS} FROM entries WHERE iri IN "
                    f"(SELECT iri FROM entries WHERE id IN ({marks}))",
                    chunk,
                )
            ]
        return pool

    def all(self) -> Iterator[Entry]:
        for row in self._db.execute(f"SELECT {_COLUMNS} FROM entries ORDER BY id"):
            yield _entry(row)[1]

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])


__all__ = ["SqliteNameIndex", "write"]
