"""The name index every caller uses: find the entity a person means by "Virpi Mattila",
"hyvinvointialueen", "Hyte ry:n" or "lasten ja nuorten ohjausryhmässä".

:class:`NameIndex` holds every name in the graph (``skos:prefLabel``, ``skos:altLabel``,
``skos:hiddenLabel``, ``rdfs:label``, ``foaf:name``; :func:`read_entries`, one SPARQL query)
and answers lookups by the keys of :mod:`hytegraph.store.names.normalise`. The ranking lives
here, once; a storage (:mod:`~hytegraph.store.names.memory`,
:mod:`~hytegraph.store.names.sqlite`) only answers "which names have this key", so both give
the same answers. :func:`hytegraph.store.names.build` chooses the storage by size.

Matches are ranked: the whole name exactly; without diacritics; the whole name word by word by
stem; every query word among the name's words; query words as prefixes of the name's words;
query words inside the name's words (compounds). The best-ranked entities win; more than one
is :class:`AmbiguousName`, none is :class:`UnknownName` with the closest names (difflib).
"""

from __future__ import annotations

import functools
import json
import zlib
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from hytegraph.errors import HytegraphError
from hytegraph.store.names.normalise import normalise, stems, strip_diacritics, words

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
#: Every kind an entity can have, in the order of :data:`KIND_ROOTS` (``other``: none fits).
KINDS: tuple[str, ...] = (*dict.fromkeys(kind for _iri, kind in KIND_ROOTS), "other")

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
FORMAT_VERSION = 1

# ranks, best first
EXACT, PLAIN, STEMS, WORDS, PREFIX, SUBSTRING = 100, 90, 80, 60, 40, 20
_MIN_FRAGMENT = 3  # shortest query word matched as a prefix or inside a word


#: At most this many entities a name fits, outside an area a lookup is limited to (people, and
#: others that belong to no area), are checked for rows in it before the name is reported as
#: ambiguous (the ``inside`` of :meth:`NameIndex.resolve_within` counts them).
RELATED_CHECKS = 20


class Entry(NamedTuple):
    """One name of one entity."""

    iri: str
    text: str
    lang: str
    kind: str
    is_alt: bool


def entry_order(entry: Entry) -> tuple[str, bool, str, str]:
    """The order entries are stored in (by entity, preferred names first): an entry's position
    in it is its id in every storage."""
    return (entry.iri, entry.is_alt, entry.lang, entry.text)


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
            hint = (
                "Check the spelling; `hytegraph names` lists every name, and "
                "`hytegraph names TEXT` searches them."
            )
        super().__init__(f"no {what} named {name!r}", hint=hint)


def read_entries(store: Store) -> list[Entry]:
    """Every name in ``store`` (one query: ``hytegraph/sparql/names_index.rq``), each with the
    broad kind of its entity. A pyoxigraph store is read as plain strings (no rdflib term per
    row: a third of the time at a million triples)."""
    from hytegraph.core.resources import read_sparql

    text = read_sparql("names_index")
    rows = _plain_rows(store, text)
    if rows is None:
        rows = (
            (
                None if iri is None else str(iri),
                str(label) if label is not None else "",
                getattr(label, "language", None) or "",
                str(prop),
                None if type_ is None else str(type_),
                None if root is None else str(root),
            )
            for iri, label, prop, type_, root in store.select(text).rows
        )
    kind_of_type: dict[str, tuple[int, str]] = {}
    names: dict[tuple[str, str, str, bool], set[str]] = defaultdict(set)
    for iri, label, lang, prop, type_, root in rows:
        if iri is None:  # a class and one of the broad classes it falls under
            rank = _KIND_RANK.get(str(root), len(KIND_ROOTS))
            if str(type_) not in kind_of_type or rank < kind_of_type[str(type_)][0]:
                kind_of_type[str(type_)] = (rank, _KIND_OF_ROOT.get(str(root), "other"))
            continue
        types = names[(iri, label, lang, prop in _ALT)]
        if type_ is not None:
            types.add(type_)

    def kind(types: set[str]) -> str:
        ranked = [kind_of_type[t] for t in types if t in kind_of_type]
        return min(ranked)[1] if ranked else "other"

    return [
        Entry(iri, text, lang, kind(types), is_alt)
        for (iri, text, lang, is_alt), types in names.items()
    ]


_Row = tuple[str | None, str, str, str, str | None, str | None]


def _plain_rows(store: Store, text: str) -> Iterator[_Row] | None:
    """The rows of the names query straight from a pyoxigraph engine, as
    ``(iri, label, language, property, type, root)`` strings; None for another store."""
    import pyoxigraph as ox

    from hytegraph.core.namespaces import PREFIXES

    answering = getattr(store, "answering", None)  # a filtered copy: the store that answers
    if answering is not None:
        store = answering(text)
    engine = getattr(store, "_store", None)
    if not isinstance(engine, ox.Store):
        return None
    solutions = engine.query(text, prefixes=PREFIXES)

    def rows() -> Iterator[_Row]:
        for iri, label, prop, type_, root in solutions:  # type: ignore[misc]
            yield (
                None if iri is None else iri.value,
                "" if label is None else label.value,
                (getattr(label, "language", None) or "") if label is not None else "",
                "" if prop is None else prop.value,
                None if type_ is None else type_.value,
                None if root is None else root.value,
            )

    return rows()


def entries_from_rows(rows: Iterable[Sequence[Any]]) -> list[Entry]:
    """Entries from ``(iri, label text, lang, kind, is_alt)`` rows."""
    return [Entry(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3]), bool(r[4])) for r in rows]


def entries_from_bytes(data: bytes) -> list[Entry]:
    """The entries :meth:`NameIndex.to_bytes` wrote; a :class:`ValueError` for another
    version."""
    doc = json.loads(zlib.decompress(data).decode("utf-8"))
    if doc.get("version") != FORMAT_VERSION:
        raise ValueError(f"name index format {doc.get('version')!r} is not supported")
    return entries_from_rows(doc["entries"])


@functools.lru_cache(maxsize=65_536)
def _plain_key(text: str) -> str:
    """A name as :meth:`NameIndex.suggest` compares it (the pools of one document's names
    overlap: each name is normalised once)."""
    return strip_diacritics(normalise(text))


class NameIndex(ABC):
    """Names of entities, indexed for forgiving lookup, in memory or in SQLite (callers need not
    know which). Get one with :func:`hytegraph.store.names.index_for` (a store's) or
    :func:`hytegraph.store.names.build`."""

    # -- what a storage answers ---------------------------------------------------------------

    @abstractmethod
    def with_keys(self, keys: Collection[str]) -> set[int]:
        """Ids of the names that have any of these lookup keys
        (:func:`~hytegraph.store.names.normalise.lookup_keys`)."""

    @abstractmethod
    def with_word_prefix(self, fragment: str) -> set[int]:
        """Ids of the names with a word (without diacritics) that starts with ``fragment``."""

    @abstractmethod
    def with_word_containing(self, fragment: str) -> set[int]:
        """Ids of the names with a word (without diacritics) that contains ``fragment``."""

    @abstractmethod
    def entries_by_id(self, ids: Iterable[int]) -> dict[int, Entry]:
        """The names with these ids."""

    @abstractmethod
    def names_of(self, iri: str) -> list[Entry]:
        """Every name of one entity, preferred names first."""

    @abstractmethod
    def suggestion_pool(
        self, text: str, kinds: Collection[str] | None = None
    ) -> list[tuple[int, Entry]]:
        """The names to look for close matches of ``text`` among, by id (only names of the
        ``kinds`` given, if any)."""

    @abstractmethod
    def all(self) -> Iterator[Entry]:
        """Every name, in :func:`entry_order`."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of names."""

    # -- lookups ------------------------------------------------------------------------------

    @property
    def entries(self) -> list[Entry]:
        """Every name (read whole: slow on a large graph in SQLite, and rarely needed)."""
        return list(self.all())

    def kind(self, iri: str) -> str | None:
        """The broad kind of an entity (``person``, ``body``, ...), None when it has no name."""
        names = self.names_of(iri)
        return names[0].kind if names else None

    def search(self, text: str, kinds: Collection[str] | None = None) -> list[Match]:
        """Every entity ``text`` may name, best first (one :class:`Match` per entity)."""
        key = normalise(text)
        if not key:
            return []
        scored: dict[int, int] = {}
        found: dict[int, Entry] = {}

        def hit(ids: Iterable[int], score: int) -> None:
            ids = set(ids)
            found.update(self.entries_by_id(ids - found.keys()))
            for i in ids:
                entry = found[i]
                if (kinds is None or entry.kind in kinds) and scored.get(i, -1) < score:
                    scored[i] = score

        hit(self.with_keys([f"e:{key}"]), EXACT)
        hit(self.with_keys([f"p:{strip_diacritics(key)}"]), PLAIN)
        if scored and len({found[i].iri for i in scored}) == 1:
            # one entity has this very name: nothing can rank higher
            i = max(scored, key=lambda i: (scored[i], not found[i].is_alt, -i))
            return [Match(found[i].iri, found[i].kind, found[i].text, scored[i])]
        query_words = words(key)
        query_stems = [stems(w) for w in query_words]
        # names holding every query word (by stem), in any order
        candidates: set[int] | None = None
        for keys in query_stems:
            with_word = self.with_keys([f"s:{k}" for k in keys])
            candidates = with_word if candidates is None else candidates & with_word
            if not candidates:
                break
        found.update(self.entries_by_id((candidates or set()) - found.keys()))
        for i in candidates or ():
            name_words = [stems(w) for w in words(normalise(found[i].text))]
            if len(name_words) == len(query_stems) and all(
                q & n for q, n in zip(query_stems, name_words, strict=True)
            ):
                hit([i], STEMS)
            else:
                # fewer extra words in the name rank higher
                extra = max(len(name_words) - len(query_stems), 0)
                hit([i], WORDS - min(extra, 9))
        if not scored:
            self._fragments(query_words, hit, found, kinds)
        best: dict[str, tuple[int, bool, int]] = {}
        for i, score in scored.items():
            entry = found[i]
            # on equal scores show the preferred label rather than an inflected alternative
            rank = (score, not entry.is_alt, -i)
            if entry.iri not in best or rank > best[entry.iri]:
                best[entry.iri] = rank
        matches = [
            Match(iri, found[-i].kind, found[-i].text, score)
            for iri, (score, _pref, i) in best.items()
        ]
        return sorted(matches, key=lambda m: (-m.score, m.label.casefold(), m.iri))

    def _fragments(
        self,
        query_words: list[str],
        hit: Any,
        found: dict[int, Entry],
        kinds: Collection[str] | None,
    ) -> None:
        """Query words as prefixes of name words, else inside them (compound words)."""
        fragments = [strip_diacritics(w) for w in query_words]
        if not fragments or any(len(f) < _MIN_FRAGMENT for f in fragments):
            return
        for score, finder in (
            (PREFIX, self.with_word_prefix),
            (SUBSTRING, self.with_word_containing),
        ):
            common = set.intersection(*[finder(f) for f in fragments])
            found.update(self.entries_by_id(common - found.keys()))
            common = {i for i in common if kinds is None or found[i].kind in kinds}
            if common:
                hit(common, score)
                return

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

    def resolve_within(
        self,
        text: str,
        kinds: Collection[str] | None,
        inside: Callable[[Match], bool],
        *,
        what: str = "entity",
        where: str = "",
    ) -> Match:
        """The one entity ``text`` names among those ``inside`` accepts (a lookup limited to an
        area, named ``where``): the best score with any such entity wins, and several such
        entities at it are an :class:`AmbiguousName` (candidates as the index names them). No
        such entity: an :class:`UnknownName` listing the names it fits outside ``where``."""
        matches = self.search(text, kinds)
        if not matches:
            raise UnknownName(text, self.suggest(text, kinds), what)
        for score in sorted({m.score for m in matches}, reverse=True):
            kept = [m for m in matches if m.score == score and inside(m)]
            if len(kept) > 1:
                raise AmbiguousName(
                    text, [Candidate(m.iri, m.kind, self.preferred(m.iri)) for m in kept]
                )
            if kept:
                return kept[0]
        outside = [Candidate(m.iri, m.kind, self.preferred(m.iri)) for m in matches[:5]]
        error = UnknownName(text, outside, f"{what} in {where}")
        listed = ", ".join(f"{c.label} ({c.kind})" for c in outside)
        error.hint = f"Outside it the name fits: {listed}. Check the name, or the scope."
        raise error

    def suggest(
        self, text: str, kinds: Collection[str] | None = None, n: int = 5
    ) -> list[Candidate]:
        """The names closest to ``text``, one per entity, most alike first: close as strings
        (difflib) and alike word by word (:func:`~hytegraph.store.names.similarity.similarity`),
        so that "Pekka Virtanen" is not offered "Kauniainen" for sharing letters."""
        from hytegraph.store.names.close import close_matches
        from hytegraph.store.names.similarity import SUGGEST, similarity

        key = strip_diacritics(normalise(text))
        by_key: dict[str, Entry] = {}
        for _i, entry in sorted(self.suggestion_pool(text, kinds)):
            by_key.setdefault(_plain_key(entry.text), entry)
        close = close_matches(key, by_key, n=n * 3, cutoff=0.5)  # difflib's, the same
        scored = [(similarity(text, by_key[k].text), order, k) for order, k in enumerate(close)]
        seen: dict[str, Candidate] = {}
        for score, _order, k in sorted(scored, key=lambda s: (-s[0], s[1])):
            entry = by_key[k]
            if score >= SUGGEST and entry.iri not in seen:
                seen[entry.iri] = Candidate(entry.iri, entry.kind, self.preferred(entry.iri))
        return list(seen.values())[:n]

    def preferred(self, iri: str, lang: str = "fi") -> str:
        """A display name for ``iri``: a preferred label in ``lang``, else Finnish, else any
        name."""
        names = self.names_of(iri)
        for wanted in (lang, "fi"):
            for e in names:
                if not e.is_alt and e.lang == wanted:
                    return e.text
        return names[0].text if names else iri

    # -- persistence --------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """A compact, versioned serialisation of every name (zlib-compressed JSON)."""
        doc = {
            "version": FORMAT_VERSION,
            "entries": [[e.iri, e.text, e.lang, e.kind, e.is_alt] for e in self.all()],
        }
        return zlib.compress(json.dumps(doc, ensure_ascii=False).encode("utf-8"))

    def __eq__(self, other: object) -> bool:
        """Two indexes are equal when they hold the same names, whatever their storage."""
        return isinstance(other, NameIndex) and list(self.all()) == list(other.all())

    __hash__ = None  # type: ignore[assignment]


__all__ = [
    "ACTOR_KINDS",
    "BODY_KINDS",
    "KINDS",
    "KIND_ROOTS",
    "AmbiguousName",
    "Candidate",
    "Entry",
    "Match",
    "NameIndex",
    "UnknownName",
    "entries_from_bytes",
    "entries_from_rows",
    "entry_order",
    "read_entries",
]
