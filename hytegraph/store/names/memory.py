"""The name index in memory: dictionaries from lookup keys to names, for graphs up to some ten
thousand names (see :func:`hytegraph.store.names.build`)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator

from hytegraph.store.names.index import Entry, NameIndex, entry_order
from hytegraph.store.names.normalise import normalise, stems, strip_diacritics, words


class MemoryNameIndex(NameIndex):
    """Every name in a list, found through dictionaries. The word-level keys (stems,
    vocabulary) are built on the first lookup that needs them: a whole name given exactly, the
    common case, is answered from the exact and accent-free keys alone.

    ``loader`` defers reading the names until the first lookup (an index saved beside a cached
    graph costs nothing to a command that never looks a name up)."""

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        *,
        loader: Callable[[], Iterable[Entry]] | None = None,
    ) -> None:
        self._loader = loader
        self._entries: list[Entry] = []
        if loader is None:
            self._fill(entries)

    def _fill(self, entries: Iterable[Entry]) -> None:
        self._entries = sorted(set(entries), key=entry_order)
        self._keys: dict[str, set[int]] = defaultdict(set)
        self._of_iri: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(self._entries):
            self._of_iri[entry.iri].append(i)
            key = normalise(entry.text)
            self._keys[f"e:{key}"].add(i)
            self._keys[f"p:{strip_diacritics(key)}"].add(i)
        self._vocabulary: dict[str, set[int]] = defaultdict(set)  # plain word -> names
        self._sorted_vocabulary: list[str] = []
        self._words_built = False

    def _ready(self) -> None:
        if self._loader is not None:
            loader, self._loader = self._loader, None
            self._fill(loader())

    def _build_words(self) -> None:
        self._ready()
        if self._words_built:
            return
        for i, entry in enumerate(self._entries):
            for word in words(normalise(entry.text)):
                for k in stems(word):
                    self._keys[f"s:{k}"].add(i)
                self._vocabulary[strip_diacritics(word)].add(i)
        self._sorted_vocabulary = sorted(self._vocabulary)
        self._words_built = True

    # -- the storage --------------------------------------------------------------------------

    def with_keys(self, keys: Collection[str]) -> set[int]:
        self._ready()
        if not self._words_built and any(k.startswith("s:") for k in keys):
            self._build_words()
        found: set[int] = set()
        for key in keys:
            found |= self._keys.get(key, set())
        return found

    def with_word_prefix(self, fragment: str) -> set[int]:
        self._build_words()
        found: set[int] = set()
        start = bisect.bisect_left(self._sorted_vocabulary, fragment)
        for word in self._sorted_vocabulary[start:]:
            if not word.startswith(fragment):
                break
            found |= self._vocabulary[word]
        return found

    def with_word_containing(self, fragment: str) -> set[int]:
        self._build_words()
        found: set[int] = set()
        for word in self._sorted_vocabulary:  # the vocabulary, not every name
            if fragment in word:
                found |= self._vocabulary[word]
        return found

    def entries_by_id(self, ids: Iterable[int]) -> dict[int, Entry]:
        self._ready()
        return {i: self._entries[i] for i in ids}

    def names_of(self, iri: str) -> list[Entry]:
        self._ready()
        return [self._entries[i] for i in self._of_iri.get(iri, ())]

    def kind(self, iri: str) -> str | None:
        self._ready()
        ids = self._of_iri.get(iri)
        return self._entries[ids[0]].kind if ids else None

    def suggestion_pool(
        self, text: str, kinds: Collection[str] | None = None
    ) -> list[tuple[int, Entry]]:
        self._ready()
        return [(i, e) for i, e in enumerate(self._entries) if kinds is None or e.kind in kinds]

    def all(self) -> Iterator[Entry]:
        self._ready()
        return iter(self._entries)

    @property
    def entries(self) -> list[Entry]:
        self._ready()
        return self._entries

    def __len__(self) -> int:
        self._ready()
        return len(self._entries)


__all__ = ["MemoryNameIndex"]
