"""Forgiving name lookup: find the entity a person means by "Virpi Mattila", "hyvinvointialueen",
"Hyte ry:n" or "lasten ja nuorten ohjausryhmässä".

A :class:`NameIndex` is built once from every name in the graph (``skos:prefLabel``,
``skos:altLabel``, ``skos:hiddenLabel``, ``rdfs:label``, ``foaf:name``; one SPARQL query) and
answers a lookup from dictionaries, without scanning the labels. A name and a query are
compared through keys:

- *exact*: case-folded, dashes and spaces unified (``ä`` stays ``ä``);
- *plain*: the exact key without diacritics, so ``Lansi-Uudenmaan`` finds ``Länsi-Uudenmaan``;
- *stems*: per word, the word with Finnish case endings removed (``-n``, ``-ssa/-ssä``, ``-sta``,
  ``-lla``, ``-lle``, ``-lta``, ``-ksi``, ``-na``, ``ry:n`` → ``ry``, ...), common consonant
  gradation undone (``nn``/``nt``, ``mm``/``mp``, ``kk``/``k``, ...) and final vowels dropped,
  so ``ohjausryhmässä`` and ``ohjausryhmä``, ``hyvinvointialueen`` and ``hyvinvointialue``
  share a stem.

Matches are ranked: the whole name exactly; without diacritics; the whole name word by word by
stem; every query word among the name's words; query words as prefixes of the name's words;
query words inside the name's words (compounds). The best-ranked entities win; more than one
is :class:`AmbiguousName`, none is :class:`UnknownName` with the closest names (difflib).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
import weakref
import zlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from hytegraph.errors import HytegraphError

if TYPE_CHECKING:
    from hytegraph.store.base import Store

#: Broad kinds of entity, most specific first: an entity gets the first that its class falls
#: under (a registered association is an ``ngo``, a programme steering group a ``body``).
KIND_ROOTS: tuple[tuple[str, str], ...] = (
    ("https://w3id.org/hytegraph/ontology#WellbeingServicesCounty", "county"),
    ("https://w3id.org/hytegraph/ontology#Municipality", "municipality"),
    ("https://w3id.org/hytegraph/ontology#NGO", "ngo"),
    ("https://w3id.org/hytegraph/ontology#CityUnit", "unit"),
    ("https://w3id.org/hytegraph/ontology#EducationalInstitution", "institution"),
    ("https://w3id.org/hytegraph/ontology#Collective", "collective"),
    ("https://w3id.org/hytegraph/ontology#UnidentifiedActor", "actor"),
    ("https://w3id.org/hytegraph/ontology#Body", "body"),
    ("http://xmlns.com/foaf/0.1/Person", "person"),
    ("http://www.w3.org/ns/org#Post", "post"),
    ("https://w3id.org/hytegraph/ontology#PlanOrReport", "document"),
    ("https://w3id.org/hytegraph/ontology#Activity", "activity"),
    ("https://w3id.org/hytegraph/ontology#SourceDocument", "source"),
    ("https://w3id.org/hytegraph/ontology#SourceItem", "source"),
    ("https://w3id.org/hytegraph/ontology#Ambiguity", "ambiguity"),
    ("https://w3id.org/hytegraph/ontology#Meeting", "event"),
    ("http://www.w3.org/ns/org#ChangeEvent", "event"),
    ("http://www.w3.org/2004/02/skos/core#Concept", "concept"),
)
_KIND_RANK = {iri: i for i, (iri, _kind) in enumerate(KIND_ROOTS)}
_KIND_OF_ROOT = dict(KIND_ROOTS)

#: Kinds that act: people, organisations, units, NGOs, counties, collectives, posts, bodies.
ACTOR_KINDS = frozenset(
    {
        "county",
        "municipality",
        "ngo",
        "unit",
        "institution",
        "collective",
        "actor",
        "body",
        "person",
        "post",
    }
)
BODY_KINDS = frozenset({"body"})

#: Names that are not preferred: other names, and hidden ones (inflected forms and spelling
#: artefacts of a source, which match a query but are never shown).
_ALT = frozenset(
    {
        "http://www.w3.org/2004/02/skos/core#altLabel",
        "http://www.w3.org/2004/02/skos/core#hiddenLabel",
    }
)
_FORMAT_VERSION = 1

# ranks, best first
EXACT, PLAIN, STEMS, WORDS, PREFIX, SUBSTRING = 100, 90, 80, 60, 40, 20
_MIN_FRAGMENT = 3  # shortest query word matched as a prefix or inside a word


# ---------------------------------------------------------------------------------------------
# normalisation


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_PUNCT = re.compile(r"[^\w\s:-]")
_HYPHEN_SPACE = re.compile(r"(?<=\w)-\s+(?=\w)")


def normalise(text: str) -> str:
    """Case-folded NFC text with dashes unified, punctuation dropped and spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _DASHES.sub("-", text)
    text = " ".join(_PUNCT.sub(" ", text).split())
    return _HYPHEN_SPACE.sub("-", text)  # "Länsi- Uudenmaan", as in the source's line breaks


@functools.lru_cache(maxsize=8192)
def strip_diacritics(text: str) -> str:
    """``Länsi-Uudenmaan`` → ``Lansi-Uudenmaan``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def words(key: str) -> list[str]:
    """The words of a normalised key; compounds joined by a hyphen count as one word."""
    return [w for w in re.split(r"[\s]+", key) if w.strip("-:")]


# Finnish case endings (and a few plural and possessive forms), longest first.
_ENDINGS = tuple(
    sorted(
        {
            "ssa",
            "ssä",
            "sta",
            "stä",
            "lla",
            "llä",
            "lta",
            "ltä",
            "lle",
            "ksi",
            "tta",
            "ttä",
            "ineen",
            "ihin",
            "seen",
            "siin",
            "hin",
            "iin",
            "jen",
            "ien",
            "den",
            "tten",
            "ten",
            "na",
            "nä",
            "ta",
            "tä",
            "ja",
            "jä",
            "en",
            "an",
            "än",
            "in",
            "a",
            "ä",
            "n",
            "t",
        },
        key=len,
        reverse=True,
    )
)
_GRADATION = (("nt", "nn"), ("mp", "mm"), ("lt", "ll"), ("rt", "rr"), ("nk", "ng"),
              ("kk", "k"), ("pp", "p"), ("tt", "t"))  # fmt: skip
_VOWELS = "aeiouyäöå"
_MIN_STEM = 3


def _reduce(word: str) -> str:
    for strong, weak in _GRADATION:
        word = word.replace(strong, weak)
    stripped = word.rstrip(_VOWELS)
    return stripped if len(stripped) >= _MIN_STEM - 1 else word


@functools.lru_cache(maxsize=8192)
def stems(word: str) -> frozenset[str]:
    """Stem keys of one normalised word: the word itself and the word less each Finnish ending
    it may carry, reduced alike (gradation undone, final vowels dropped).

    Two word forms of the same word share at least one key; both a name and a query go
    through this, so over-eager stripping only ever adds candidates, which ranking sorts out.
    """
    word = strip_diacritics(word)
    if ":" in word:  # "ry:n", "HUS:ssa": an abbreviation with its ending after the colon
        head, _, _tail = word.partition(":")
        word = head or word
    forms = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            forms.add(word[: -len(ending)])
    return frozenset(_reduce(f) for f in forms)


# ---------------------------------------------------------------------------------------------
# the index


class Entry(NamedTuple):
    """One name of one entity."""

    iri: str
    text: str
    lang: str
    kind: str
    is_alt: bool


class Match(NamedTuple):
    """The entity a name resolved to, the name that matched and how well (see module doc)."""

    iri: str
    kind: str
    label: str
    score: int


class Candidate(NamedTuple):
    iri: str
    kind: str
    label: str


class AmbiguousName(HytegraphError):
    """A name that fits several entities equally well; ``candidates`` lists them."""

    def __init__(self, name: str, candidates: Sequence[Candidate]) -> None:
        self.name = name
        self.candidates = list(candidates)
        listed = "\n".join(f"  - {c.label} ({c.kind})" for c in self.candidates)
        super().__init__(
            f"{name!r} matches {len(self.candidates)} entities:\n{listed}",
            hint="Give more of the name, e.g. the full name of one of the above.",
        )


class UnknownName(HytegraphError):
    """A name that fits nothing; ``suggestions`` are the closest names."""

    def __init__(self, name: str, suggestions: Sequence[Candidate], what: str = "entity") -> None:
        self.name = name
        self.suggestions = list(suggestions)
        if self.suggestions:
            listed = ", ".join(f"{c.label} ({c.kind})" for c in self.suggestions)
            hint = f"Did you mean: {listed}?"
        else:
            hint = "Check the spelling; `hytegraph query` can list every name."
        super().__init__(f"no {what} named {name!r}", hint=hint)


class NameIndex:
    """Names of entities, indexed for forgiving lookup. Build with :meth:`from_store` or
    :meth:`from_rows`; persist with :meth:`to_bytes` / :meth:`from_bytes`."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = sorted(
            set(entries), key=lambda e: (e.iri, e.is_alt, e.lang, e.text)
        )
        self._kind: dict[str, str] = {}
        self._exact: dict[str, set[int]] = defaultdict(set)
        self._plain: dict[str, set[int]] = defaultdict(set)
        self._keys: list[str] = []
        for i, entry in enumerate(self.entries):
            self._kind.setdefault(entry.iri, entry.kind)
            key = normalise(entry.text)
            self._keys.append(key)
            self._exact[key].add(i)
            self._plain[strip_diacritics(key)].add(i)
        # The word-level structures are built on the first lookup that needs them: a whole
        # name given exactly, the common case, is answered from the two dicts above.
        self._stem: dict[str, set[int]] = defaultdict(set)  # stem key -> entries with that word
        self._words: list[list[frozenset[str]]] = []  # per entry: stems of each word
        self._vocabulary: dict[str, set[int]] = defaultdict(set)  # plain word -> entries
        self._sorted_vocabulary: list[str] = []
        self._words_built = False

    def _build_words(self) -> None:
        if self._words_built:
            return
        for i, key in enumerate(self._keys):
            word_stems = [stems(w) for w in words(key)]
            self._words.append(word_stems)
            for keys in word_stems:
                for k in keys:
                    self._stem[k].add(i)
            for w in words(key):
                self._vocabulary[strip_diacritics(w)].add(i)
        self._sorted_vocabulary = sorted(self._vocabulary)
        self._words_built = True

    # -- construction and persistence --------------------------------------------------------

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]]) -> NameIndex:
        """From ``(iri, label text, lang, kind, is_alt)`` rows."""
        return cls(
            Entry(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3]), bool(r[4])) for r in rows
        )

    @classmethod
    def from_store(cls, store: Store) -> NameIndex:
        """Every name in ``store`` (one query: ``hytegraph/sparql/names_index.rq``)."""
        from hytegraph.core.resources import read_sparql

        result = store.select(read_sparql("names_index"))
        kind_of_type: dict[str, tuple[int, str]] = {}
        names: dict[tuple[str, str, str, bool], set[str]] = defaultdict(set)
        for iri, label, prop, type_, root in result.rows:
            if iri is None:  # a class and one of the broad classes it falls under
                rank = _KIND_RANK.get(str(root), len(KIND_ROOTS))
                if str(type_) not in kind_of_type or rank < kind_of_type[str(type_)][0]:
                    kind_of_type[str(type_)] = (rank, _KIND_OF_ROOT.get(str(root), "other"))
                continue
            lang = getattr(label, "language", None) or ""
            types = names[(str(iri), str(label), lang, str(prop) in _ALT)]
            if type_ is not None:
                types.add(str(type_))

        def kind(types: set[str]) -> str:
            ranked = [kind_of_type[t] for t in types if t in kind_of_type]
            return min(ranked)[1] if ranked else "other"

        return cls(
            Entry(iri, text, lang, kind(types), is_alt)
            for (iri, text, lang, is_alt), types in names.items()
        )

    def to_bytes(self) -> bytes:
        """A compact, versioned serialisation (zlib-compressed JSON)."""
        doc = {
            "version": _FORMAT_VERSION,
            "entries": [[e.iri, e.text, e.lang, e.kind, e.is_alt] for e in self.entries],
        }
        return zlib.compress(json.dumps(doc, ensure_ascii=False).encode("utf-8"))

    @classmethod
    def from_bytes(cls, data: bytes) -> NameIndex:
        """The inverse of :meth:`to_bytes`; a :class:`ValueError` for data of another version."""
        doc = json.loads(zlib.decompress(data).decode("utf-8"))
        if doc.get("version") != _FORMAT_VERSION:
            raise ValueError(f"name index format {doc.get('version')!r} is not supported")
        return cls.from_rows(doc["entries"])

    def __len__(self) -> int:
        return len(self.entries)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NameIndex) and self.entries == other.entries

    __hash__ = None  # type: ignore[assignment]

    # -- lookup -------------------------------------------------------------------------------

    def kind(self, iri: str) -> str | None:
        return self._kind.get(iri)

    def _allowed(self, i: int, kinds: Collection[str] | None) -> bool:
        return kinds is None or self.entries[i].kind in kinds

    def search(self, text: str, kinds: Collection[str] | None = None) -> list[Match]:
        """Every entity ``text`` may name, best first (one :class:`Match` per entity)."""
        key = normalise(text)
        if not key:
            return []
        scored: dict[int, int] = {}

        def hit(indices: Iterable[int], score: int) -> None:
            for i in indices:
                if self._allowed(i, kinds) and scored.get(i, -1) < score:
                    scored[i] = score

        hit(self._exact.get(key, ()), EXACT)
        hit(self._plain.get(strip_diacritics(key), ()), PLAIN)
        if scored and len({self.entries[i].iri for i in scored}) == 1:
            # one entity has this very name: nothing can rank higher
            i = max(scored, key=lambda i: (scored[i], not self.entries[i].is_alt))
            return [
                Match(self.entries[i].iri, self.entries[i].kind, self.entries[i].text, scored[i])
            ]
        self._build_words()
        query_words = words(key)
        query_stems = [stems(w) for w in query_words]
        # entries holding every query word (by stem), in any order
        candidates: set[int] | None = None
        for keys in query_stems:
            found: set[int] = set()
            for k in keys:
                found |= self._stem.get(k, set())
            candidates = found if candidates is None else candidates & found
        for i in candidates or ():
            name_words = self._words[i]
            if len(name_words) == len(query_stems) and all(
                q & n for q, n in zip(query_stems, name_words, strict=True)
            ):
                hit([i], STEMS)
            else:
                # fewer extra words in the name rank higher
                extra = max(len(name_words) - len(query_stems), 0)
                hit([i], WORDS - min(extra, 9))
        if not scored:
            self._fragments(query_words, kinds, hit)
        best: dict[str, tuple[int, bool, int]] = {}
        for i, score in scored.items():
            entry = self.entries[i]
            # on equal scores show the preferred label rather than an inflected alternative
            rank = (score, not entry.is_alt, -i)
            if entry.iri not in best or rank > best[entry.iri]:
                best[entry.iri] = rank
        matches = [
            Match(iri, self.entries[-i].kind, self.entries[-i].text, score)
            for iri, (score, _pref, i) in best.items()
        ]
        return sorted(matches, key=lambda m: (-m.score, m.label.casefold(), m.iri))

    def _fragments(self, query_words: list[str], kinds: Collection[str] | None, hit: Any) -> None:
        """Query words as prefixes of name words, else inside them (compound words)."""
        fragments = [strip_diacritics(w) for w in query_words]
        if not fragments or any(len(f) < _MIN_FRAGMENT for f in fragments):
            return
        for score, finder in ((PREFIX, self._prefixed), (SUBSTRING, self._containing)):
            sets = [finder(f) for f in fragments]
            common = set.intersection(*sets) if sets else set()
            common = {i for i in common if self._allowed(i, kinds)}
            if common:
                hit(common, score)
                return

    def _prefixed(self, fragment: str) -> set[int]:
        found: set[int] = set()
        start = bisect.bisect_left(self._sorted_vocabulary, fragment)
        for word in self._sorted_vocabulary[start:]:
            if not word.startswith(fragment):
                break
            found |= self._vocabulary[word]
        return found

    def _containing(self, fragment: str) -> set[int]:
        found: set[int] = set()
        for word in self._sorted_vocabulary:  # the vocabulary, not every label
            if fragment in word:
                found |= self._vocabulary[word]
        return found

    def resolve(
        self, text: str, kinds: Collection[str] | None = None, *, what: str = "entity"
    ) -> Match:
        """The one entity ``text`` names; :class:`AmbiguousName` or :class:`UnknownName`."""
        matches = self.search(text, kinds)
        if not matches:
            raise UnknownName(text, self.suggest(text, kinds), what)
        top = [m for m in matches if m.score == matches[0].score]
        if len(top) > 1:
            raise AmbiguousName(
                text, [Candidate(m.iri, m.kind, self.preferred(m.iri)) for m in top]
            )
        return top[0]

    def suggest(
        self, text: str, kinds: Collection[str] | None = None, n: int = 5
    ) -> list[Candidate]:
        """The names closest to ``text`` (difflib), one per entity, preferred labels first."""
        import difflib

        key = strip_diacritics(normalise(text))
        by_key: dict[str, int] = {}
        for i, entry in enumerate(self.entries):
            if self._allowed(i, kinds):
                by_key.setdefault(strip_diacritics(normalise(entry.text)), i)
        close = difflib.get_close_matches(key, list(by_key), n=n * 3, cutoff=0.5)
        seen: dict[str, Candidate] = {}
        for k in close:
            entry = self.entries[by_key[k]]
            if entry.iri not in seen:
                seen[entry.iri] = Candidate(entry.iri, entry.kind, self.preferred(entry.iri))
        return list(seen.values())[:n]

    def preferred(self, iri: str, lang: str = "fi") -> str:
        """A display name for ``iri`` from the index: a preferred label in ``lang``, else Finnish,
        else any name."""
        names = [e for e in self.entries if e.iri == iri]
        for wanted in (lang, "fi"):
            for e in names:
                if not e.is_alt and e.lang == wanted:
                    return e.text
        return names[0].text if names else iri


_INDEXES: weakref.WeakKeyDictionary[Any, NameIndex] = weakref.WeakKeyDictionary()


def index_for(store: Store) -> NameIndex:
    """The name index of ``store``, built on first use and kept for the store's lifetime
    (callers that change the store after a lookup should call :func:`forget`)."""
    index = _INDEXES.get(store)
    if index is None:
        index = _INDEXES[store] = NameIndex.from_store(store)
    return index


def remember(store: Store, index: NameIndex) -> None:
    """Use ``index`` for ``store`` (e.g. one loaded from an on-disk cache)."""
    _INDEXES[store] = index


def forget(store: Store) -> None:
    _INDEXES.pop(store, None)


__all__ = [
    "ACTOR_KINDS",
    "BODY_KINDS",
    "KIND_ROOTS",
    "AmbiguousName",
    "Candidate",
    "Entry",
    "Match",
    "NameIndex",
    "UnknownName",
    "forget",
    "index_for",
    "normalise",
    "remember",
    "stems",
    "strip_diacritics",
]
