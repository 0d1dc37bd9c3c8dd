"""The SQLite name index finds word fragments through its trigram table with the same answers as
reading every word (and as the index in memory); a file without the table, or of an older
format, is never misread."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hytegraph.store import names
from hytegraph.store.names import Entry
from hytegraph.store.names import sqlite as sqlite_index
from hytegraph.store.names.memory import MemoryNameIndex
from hytegraph.store.names.sqlite import SqliteNameIndex, StaleIndex

TEXTS = [
    "Kuusijoen hyvinvoinnin ohjausryhmä",
    "Pohjois-Kuusimaan hyvinvointialue",
    "Hyte-ohjausryhmä 2023",
    "Åsa Öberg-Ekström",
    "Søren Kierkegaard",
    "Straße 12",
    "O'Brien & Co",
    'Yhdistys "Kaikki mukaan" ry',
    "Lasten ja nuorten ohjausryhmässä",
    "Ryhmä 1: ohjaus",
    "a-b c",
    "x",
    "日本語 名前",
    "Crème brûlée -työryhmä",
]


def entries(texts):
    return [
        Entry(f"https://example.org/e{i}", text, "fi", "body", False)
        for i, text in enumerate(texts)
    ]


def fragments(index: MemoryNameIndex) -> set[str]:
    """Every piece of one to five characters of every word, and some that fit nothing."""
    index.with_word_prefix("")  # builds the vocabulary
    found = {
        word[start : start + size]
        for word in index._sorted_vocabulary
        for size in range(1, 6)
        for start in range(len(word))
    }
    return found | {"", "zzz", "Kuusi", "ä", "ryhmä", '"', '"ka', 'a"', "' ", "-", "--o", "12"}


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    memory = MemoryNameIndex(entries(TEXTS))
    on_disk = names.build(entries(TEXTS), folder=tmp_path_factory.mktemp("n"), storage="sqlite")
    assert isinstance(on_disk, SqliteNameIndex)
    assert on_disk._trigrams  # this SQLite has the tokenizer (3.34 or later)
    return memory, on_disk


def test_fragments_are_found_as_by_reading_every_word(indexes):
    memory, on_disk = indexes
    pieces = fragments(memory)
    assert len(pieces) > 300
    for piece in sorted(pieces):
        expected = on_disk._scan_containing(piece)
        if len(piece) >= 3:  # found through the trigram table
            assert on_disk._trigram_containing(piece) == expected, piece
        else:
            assert on_disk._trigram_containing(piece) is None
        assert on_disk.with_word_containing(piece) == expected, piece
        assert memory.with_word_containing(piece) == expected, piece
        assert on_disk.with_word_containing(piece) == expected, piece  # kept for the process


def test_a_fragment_answer_can_be_changed_by_its_caller(indexes):
    _memory, on_disk = indexes
    first = on_disk.with_word_containing("ryhm")
    assert first
    first.clear()
    assert on_disk.with_word_containing("ryhm")


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet="aäbo- 1'\"", min_size=1, max_size=12), max_size=12),
    piece=st.text(alphabet="aäbo- 1'\"", max_size=5),
)
def test_any_fragment_of_any_names(tmp_path_factory, texts, piece):
    on_disk = names.build(entries(texts), folder=tmp_path_factory.mktemp("n"), storage="sqlite")
    assert on_disk.with_word_containing(piece) == on_disk._scan_containing(piece)
    if len(piece) >= 3:
        assert on_disk._trigram_containing(piece) == on_disk._scan_containing(piece)
    assert on_disk.with_word_containing(piece) == MemoryNameIndex(
        entries(texts)
    ).with_word_containing(piece)


def test_without_the_trigram_tokenizer_the_words_are_read(tmp_path, monkeypatch, indexes):
    memory, _on_disk = indexes
    # what SQLite says where the tokenizer is missing (before 3.34)
    monkeypatch.setattr(
        sqlite_index,
        "_TRIGRAMS",
        "CREATE VIRTUAL TABLE word_trigrams USING fts5(word, tokenize = 'no_such_tokenizer')",
    )
    plain = names.build(entries(TEXTS), folder=tmp_path, storage="sqlite")
    assert isinstance(plain, SqliteNameIndex)
    assert not plain._trigrams
    assert plain._trigram_containing("ryhm") is None
    for piece in ("ryhm", "kuusi", "ohjaus", "12", "o", "zzz"):
        assert plain.with_word_containing(piece) == memory.with_word_containing(piece)
        assert plain.search(piece) == memory.search(piece)


def old_format(path):
    """Turn an index file into one of the format before the trigram table."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE word_trigrams")
        db.execute("PRAGMA user_version = 0")
    db.close()


def test_a_file_of_an_older_format_is_not_read(tmp_path):
    index = names.build(entries(TEXTS), folder=tmp_path, storage="sqlite")
    path = index.path
    assert sqlite_index.is_current(path)
    assert names.saved(tmp_path) == path
    index._db.close()
    old_format(path)
    assert sqlite_index.version(path) == 0
    assert not sqlite_index.is_current(path)
    assert names.saved(tmp_path) is None  # to be made again
    with pytest.raises(StaleIndex, match="format 0"):
        SqliteNameIndex(path)
    with pytest.raises(StaleIndex):
        names.load(path)
    rebuilt = names.load(path, lambda _error: MemoryNameIndex(entries(TEXTS)))
    assert rebuilt.resolve("Åsa Öberg-Ekström").iri == "https://example.org/e3"


MIXED = [
    ("Pekka Virtanen", "person"),
    ("Pekka Virtala", "person"),
    ("Virtasen ohjausryhmä", "body"),
    ("Virta ry", "organisation"),
    ("Pekan työryhmä", "body"),
    ("Petra Virtanen", "person"),
    ("Virtanen Oy", "organisation"),
]


@pytest.mark.parametrize("storage", ["memory", "sqlite"])
@pytest.mark.parametrize(
    "text", ["Pekka Virtane", "Virtasen ohjausryma", "Virta", "Petra Virtala", "Pekan"]
)
def test_a_pool_of_some_kinds_is_the_whole_pool_filtered(tmp_path, storage, text):
    """Reading only the names of the kinds asked for leaves out exactly the names of the others,
    so suggestions of one kind are what they were when every name was read and then sorted."""
    rows = [Entry(f"https://example.org/m{i}", t, "fi", k, False) for i, (t, k) in enumerate(MIXED)]
    index = names.build(rows, folder=tmp_path, storage=storage)
    whole = index.suggestion_pool(text)
    assert {e.kind for _i, e in whole} != {"person"}  # the text reaches names of other kinds
    for kinds in ({"person"}, {"body", "organisation"}, set()):
        assert sorted(index.suggestion_pool(text, kinds)) == sorted(
            (i, e) for i, e in whole if e.kind in kinds
        )
    people = index.suggest(text, {"person"})
    assert all(c.kind == "person" for c in people)
    assert people == [c for c in index.suggest(text, None, n=50) if c.kind == "person"][:5]
