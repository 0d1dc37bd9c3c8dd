"""The name index in SQLite, for graphs too large to read every name in every command.

A national graph has hundreds of thousands of names; reading them all into memory costs
seconds per command. This file keeps each name's lookup keys (its exact and accent-free form,
the stems of its words) and its words in indexed tables, so that a lookup reads only the names
that share a key with the query. The ranking is :class:`~hytegraph.store.names.NameIndex`'s,
the same as in memory.

A word fragment (a query word inside a compound word) is looked up in an FTS5 table of the
distinct words with SQLite's ``trigram`` tokenizer (case-sensitive: the words are normalised
already), not found by reading every word; fragments shorter than three characters, and files
made where SQLite lacks the tokenizer, read the words instead. The answers are the same either
way. The file carries its format in ``PRAGMA user_version`` (:data:`FORMAT_VERSION`): a file of
another format is not read (:class:`StaleIndex`) but made again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from hytegraph.store.names.close import by_length, close_matches, within_reach
from hytegraph.store.names.index import Entry, NameIndex, entry_order
from hytegraph.store.names.normalise import lookup_keys

#: The layout of the file, kept in ``PRAGMA user_version``; files of another are made again.
FORMAT_VERSION = 2
_SUGGEST_LIMIT = 20_000  # names read to suggest close matches for an unknown name
_CHUNK = 500  # ids per query (SQLite limits the number of parameters)
_POOLED_LIMIT = 200_000  # names kept read for suggestions in one process, at most
_KEPT_LIMIT = 4_096  # fragments and words whose answers one process keeps, at most

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
#: The distinct words, by their trigrams (SQLite 3.34 or later): ``MATCH`` a quoted phrase
#: finds the words that contain it, as ``instr`` would.
_TRIGRAMS = (
    "CREATE VIRTUAL TABLE word_trigrams USING fts5(word, tokenize = 'trigram case_sensitive 1')"
)
_MIN_TRIGRAM = 3  # shorter fragments have no trigram to look up
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
        try:
            db.execute(_TRIGRAMS)
        except sqlite3.OperationalError:  # no FTS5 or no trigram tokenizer: words are read
            pass
        else:
            db.execute("INSERT INTO word_trigrams (word) SELECT DISTINCT word FROM vocabulary")
        db.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        db.commit()
    finally:
        db.close()
    return len(rows)


class StaleIndex(ValueError):
    """A name index file of another format (made by another version): make it again."""


def version(path: str | Path) -> int | None:
    """The format of the index file at ``path`` (:data:`FORMAT_VERSION` for a current one);
    None when it cannot be read."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except (sqlite3.Error, OSError):
        return None


def is_current(path: str | Path) -> bool:
    """Whether the index file at ``path`` is of this version's format."""
    return version(path) == FORMAT_VERSION


def _entry(row: Any) -> tuple[int, Entry]:
    return row[0], Entry(row[1], row[2], row[3], row[4], bool(row[5]))


class SqliteNameIndex(NameIndex):
    """A name index answered from a SQLite file that :func:`write` made (opened read-only);
    :class:`StaleIndex` for a file of another format."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        found = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if found != FORMAT_VERSION:
            self._db.close()
            raise StaleIndex(
                f"the name index {self.path} is of format {found}, not {FORMAT_VERSION}"
            )
        self._trigrams = (
            self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'word_trigrams'").fetchone()
            is not None
        )
        self._containing: dict[str, frozenset[int]] = {}  # fragment -> ids, this process
        self._vocabulary: dict[int, list[str]] | None = None  # distinct words by length
        self._close: dict[str, list[str]] = {}  # word -> close words, this process
        self._pooled: dict[int, Entry] = {}  # names read for suggestions, this process

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
        found = self._containing.get(fragment)
        if found is None:
            if len(self._containing) >= _KEPT_LIMIT:
                self._containing = {}
            found = self._containing[fragment] = frozenset(self._containing_ids(fragment))
        return set(found)

    def _containing_ids(self, fragment: str) -> set[int]:
        found = self._trigram_containing(fragment)
        return self._scan_containing(fragment) if found is None else found

    def _trigram_containing(self, fragment: str) -> set[int] | None:
        """What :meth:`with_word_containing` answers, through the trigram table; None when the
        table cannot answer (a short fragment, a file or a SQLite without it)."""
        if not self._trigrams or len(fragment) < _MIN_TRIGRAM:
            return None
        phrase = '"' + fragment.replace('"', '""') + '"'  # a string, never query syntax
        try:
            return self._ids(
                "SELECT id FROM vocabulary WHERE word IN "
                "(SELECT word FROM word_trigrams WHERE word_trigrams MATCH ?)",
                (phrase,),
            )
        except sqlite3.OperationalError:  # e.g. a SQLite without FTS5 reading this file
            return None

    def _scan_containing(self, fragment: str) -> set[int]:
        """What :meth:`with_word_containing` answers, by reading every word."""
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

    def suggestion_pool(
        self, text: str, kinds: Collection[str] | None = None
    ) -> list[tuple[int, Entry]]:
        """Every name of the entities (of ``kinds``, if given) with a word close to one of
        ``text``'s words (difflib, over the distinct words) or beginning like it (three
        letters): close names are looked for among those, not among every name."""
        _keys, plain_words = lookup_keys(text)
        close = {w for word in plain_words for w in self._close_words(word)}
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
        # only the names of the kinds asked for are read (a person's name is not offered a body)
        wanted = sorted(set(kinds)) if kinds is not None else []
        of_kinds = f" AND kind IN ({','.join('?' * len(wanted))})" if kinds is not None else ""
        pool: list[int] = []
        for chunk in self._chunks(ids):
            marks = ",".join("?" * len(chunk))
            pool += [
                row[0]
                for row in self._db.execute(
                    "SELECT id FROM entries WHERE iri IN "
                    f"(SELECT iri FROM entries WHERE id IN ({marks})){of_kinds}",
                    [*chunk, *wanted],
                )
            ]
        # the names are read once a process: pools of one document's names overlap
        known = self._pooled
        if len(known) > _POOLED_LIMIT:
            known = self._pooled = {}
        known.update(self.entries_by_id(set(pool).difference(known)))
        return [(i, known[i]) for i in pool]

    def _close_words(self, word: str) -> list[str]:
        """``difflib.get_close_matches(word, distinct words, n=20, cutoff=0.6)``: only the words
        of the lengths that can reach the cutoff are compared, and each word once a process."""
        found = self._close.get(word)
        if found is None:
            if self._vocabulary is None:
                self._vocabulary = by_length(row[0] for row in self._db.execute(_DISTINCT_WORDS))
            if len(self._close) >= _KEPT_LIMIT:
                self._close = {}
            found = self._close[word] = close_matches(
                word, within_reach(self._vocabulary, len(word), 0.6), n=20, cutoff=0.6
            )
        return found

    def all(self) -> Iterator[Entry]:
        for row in self._db.execute(f"SELECT {_COLUMNS} FROM entries ORDER BY id"):
            yield _entry(row)[1]

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])


__all__ = ["FORMAT_VERSION", "SqliteNameIndex", "StaleIndex", "is_current", "version", "write"]
