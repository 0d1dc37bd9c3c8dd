"""The name index in SQLite, for graphs too large to read a whole index in every command.

A national graph has hundreds of thousands of names; reading them all into a
:class:`~hytegraph.store.names.NameIndex` costs seconds per command. This file keeps the index's
lookup keys (each name's exact and accent-free form, the stems of its words, its words) in
indexed SQLite tables, so a lookup fetches only the names that share a key with the query and
ranks them with an ordinary :class:`~hytegraph.store.names.NameIndex` built from those few. The
answer is the same as the full index's: every name that could score is among those fetched.

:mod:`hytegraph.store.cache` writes one of these beside a cached store when the graph has more than
:data:`MIN_ENTRIES` names (smaller graphs keep the plain serialised index).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from hytegraph.store.names import (
    Candidate,
    Entry,
    Match,
    NameIndex,
    UnknownName,
    normalise,
    stems,
    strip_diacritics,
    words,
)

#: Graphs with at least this many names get the SQLite index.
MIN_ENTRIES = 50_000
_SUGGEST_LIMIT = 20_000  # names read to suggest close matches for an unknown name

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


def _keys(text: str) -> tuple[set[str], set[str]]:
    """Lookup keys (``e:`` exact, ``p:`` accent-free, ``s:`` word stems) and plain words."""
    key = normalise(text)
    found = {f"e:{key}", f"p:{strip_diacritics(key)}"}
    plain_words = set()
    for word in words(key):
        found.update(f"s:{s}" for s in stems(word))
        plain_words.add(strip_diacritics(word))
    return found, plain_words


def write(entries: Iterable[Entry], path: str | Path) -> int:
    """Write the index of ``entries`` to a new SQLite file at ``path``; returns the count."""
    db = sqlite3.connect(str(path))
    try:
        db.executescript(_SCHEMA)
        rows, key_rows, word_rows = [], [], []
        for i, e in enumerate(entries):
            rows.append((i, e.iri, e.text, e.lang, e.kind, int(e.is_alt)))
            found, plain_words = _keys(e.text)
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


class DiskNameIndex(NameIndex):
    """A :class:`~hytegraph.store.names.NameIndex` answered from a SQLite file (read-only)."""

    def __init__(self, path: str | Path) -> None:  # no entries in memory: see the module doc
        self._path = Path(path)
        self._db = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True)
        self._full: NameIndex | None = None

    # -- fetching ----------------------------------------------------------------------------

    def _entries_of_ids(self, ids: Iterable[int]) -> list[Entry]:
        """The entries with these ids and every other name of the same entities."""
        wanted = sorted(set(ids))
        if not wanted:
            return []
        out: list[Entry] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out += [
                Entry(iri, text, lang, kind, bool(alt))
                for iri, text, lang, kind, alt in self._db.execute(
                    "SELECT iri, text, lang, kind, is_alt FROM entries WHERE iri IN "
                    f"(SELECT iri FROM entries WHERE id IN ({marks}))",
                    chunk,
                )
            ]
        return out

    def _ids(self, sql: str, params: Iterable[Any]) -> set[int]:
        return {row[0] for row in self._db.execute(sql, list(params))}

    def _with_keys(self, keys: Collection[str]) -> set[int]:
        marks = ",".join("?" * len(keys))
        return self._ids(f"SELECT id FROM keys WHERE key IN ({marks})", keys) if keys else set()

    def _subset(self, text: str) -> NameIndex:
        """A small index of every name that may match ``text``: the whole name exactly or
        without accents, or every query word by stem (the tiers of :class:`NameIndex`), else
        the query words as parts of words."""
        key = normalise(text)
        _found, plain_words = _keys(text)
        ids = self._with_keys([f"e:{key}", f"p:{strip_diacritics(key)}"])
        common: set[int] | None = None
        for word in words(key):
            with_word = self._with_keys([f"s:{s}" for s in stems(word)])
            common = with_word if common is None else common & with_word
            if not common:
                break
        ids |= common or set()
        if not ids:  # parts of words: prefixes, else anywhere inside a word
            for word in plain_words:
                ids |= self._ids(
                    "SELECT id FROM vocabulary WHERE word >= ? AND word < ?",
                    (word, word + "\U0010ffff"),
                )
            if not ids:
                for word in plain_words:
                    ids |= self._ids("SELECT id FROM vocabulary WHERE instr(word, ?) > 0", (word,))
        return NameIndex(self._entries_of_ids(ids))

    # -- the NameIndex interface ------------------------------------------------------------

    def search(self, text: str, kinds: Collection[str] | None = None) -> list[Match]:
        return self._subset(text).search(text, kinds)

    def resolve(
        self, text: str, kinds: Collection[str] | None = None, *, what: str = "entity"
    ) -> Match:
        subset = self._subset(text)
        if not subset.search(text, kinds):
            raise UnknownName(text, self.suggest(text, kinds), what)
        return subset.resolve(text, kinds, what=what)

    def suggest(
        self, text: str, kinds: Collection[str] | None = None, n: int = 5
    ) -> list[Candidate]:
        """Close names among those sharing a word beginning (three letters) with ``text``."""
        _found, plain_words = _keys(text)
        ids: set[int] = set()
        for word in plain_words:
            head = word[:3]
            ids |= self._ids(
                "SELECT id FROM vocabulary WHERE word >= ? AND word < ? LIMIT ?",
                (head, head + "\U0010ffff", _SUGGEST_LIMIT),
            )
        return NameIndex(self._entries_of_ids(ids)).suggest(text, kinds, n)

    def preferred(self, iri: str, lang: str = "fi") -> str:
        rows = self._db.execute(
            "SELECT iri, text, lang, kind, is_alt FROM entries WHERE iri = ?", (iri,)
        ).fetchall()
        return NameIndex(Entry(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows).preferred(
            iri, lang
        )

    def kind(self, iri: str) -> str | None:
        row = self._db.execute("SELECT kind FROM entries WHERE iri = ? LIMIT 1", (iri,)).fetchone()
        return row[0] if row else None

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def _whole(self) -> NameIndex:
        if self._full is None:
            rows = self._db.execute("SELECT iri, text, lang, kind, is_alt FROM entries")
            self._full = NameIndex(Entry(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows)
        return self._full

    @property  # type: ignore[override]
    def entries(self) -> list[Entry]:
        """Every name (read from the file: slow on a large graph, and rarely needed)."""
        return self._whole().entries

    def __getattr__(self, name: str) -> Any:
        # anything else NameIndex offers is answered by the whole index, read once
        if name.startswith("__") or name in ("_path", "_db", "_full"):
            raise AttributeError(name)
        return getattr(self._whole(), name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NameIndex) and self.entries == other.entries

    __hash__ = None  # type: ignore[assignment]


__all__ = ["MIN_ENTRIES", "DiskNameIndex", "write"]
