"""Which entity of the graph a workbook entity is: the same one, a new one, or one a person must
decide on.

Against the graph it joins (bundled data, ``--data`` files, earlier imports), through the one
name index (:mod:`hytegraph.store.names`):

1. a decision in ``same_as`` (an IRI, or ``new``) is kept;
2. an external identifier (Wikidata, municipality or county code, business ID) the graph has
   for one entity is the same entity;
3. an equal name (case, accents, dashes aside; any of the names, any language) of an entity of
   the same broad kind is the same entity when the kind's names are unique (municipalities,
   counties, NGOs) or when both name the same parent (``part_of``); a Swedish name equal to the
   graph's Swedish name is as good as a Finnish one;
4. a person's equal name, or a name close in the index's forgiving sense (word forms, word
   order, part of a name) that is also alike word by word
   (:func:`hytegraph.store.names.similarity.alike`: the same head and a distinctive word in
   common, or a high similarity), only proposes candidates: a person decides. A name that
   shares only a generic word ("ryhmä", "group") is not a candidate: the entity is new.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from hytegraph.authoring.vocabulary import PERSON_KINDS, UNIQUE_NAME_KINDS, EntityKind
from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ID
from hytegraph.store.names import NameIndex, normalise, strip_diacritics
from hytegraph.store.names.similarity import alike

_LANG_WORDS = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
#: Index scores at least this high are an equal name (exact, or without accents).
_EQUAL = 90
#: Scores below this (a query word only as a prefix or inside a word) are not a candidate.
_CLOSE = 51
#: Candidates shown for a decision.
_SHOWN = 3

SCHEMES = {
    "wikidata": HYTE.WikidataId,
    "code:municipality": HYTE.MunicipalityCode,
    "code:county": HYTE.WellbeingServicesCountyCode,
    "business_id": HYTE.BusinessId,
}


@dataclass
class Candidate:
    iri: str
    label: str
    reason: str


@dataclass
class Decision:
    """``same`` (``iri`` is the graph's entity), ``new``, or ``decide`` (``candidates``)."""

    status: str
    iri: str = ""
    reason: str = ""
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Wanted:
    """What matching knows of a workbook entity."""

    id: str
    kind: EntityKind
    names: Sequence[tuple[str, str]]  # (text, lang)
    identifiers: Sequence[tuple[str, str]] = ()  # (datatype IRI, value)
    parent: str = ""  # the resolved IRI of part_of, if any


class GraphFacts:
    """What matching reads from the graph, once: identifiers and stated parents."""

    def __init__(self, store: object, index: NameIndex) -> None:
        self.index = index
        self.identifiers: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.parents: dict[str, set[str]] = defaultdict(set)
        for entity, value, scheme in store.select(  # type: ignore[attr-defined]
            resources.read_sparql("authoring_identifiers")
        ).rows:
            self.identifiers[(str(scheme), str(value).strip())].add(str(entity))
        for part, whole in store.select(resources.read_sparql("authoring_parents")).rows:  # type: ignore[attr-defined]
            self.parents[str(part)].add(str(whole))

    def exists(self, iri: str) -> bool:
        return self.index.kind(iri) is not None

    def label(self, iri: str) -> str:
        return self.index.preferred(iri)


def _same_name_reason(index: NameIndex, iri: str, names: Sequence[tuple[str, str]]) -> str:
    """Which name is shared: "same Swedish name", "same name", ..."""
    keys = {strip_diacritics(normalise(t)): lang for t, lang in names}
    order = {"fi": 0, "sv": 1, "en": 2}
    for entry in sorted(index.names_of(iri), key=lambda e: (e.is_alt, order.get(e.lang, 3))):
        lang = keys.get(strip_diacritics(normalise(entry.text)))
        if lang is not None:
            word = _LANG_WORDS.get(entry.lang) if entry.lang == lang else None
            kind = "other name" if entry.is_alt else "name"
            return f"same {word} {kind}" if word else f"same {kind}"
    return "same name"


def match(wanted: Wanted, graph: GraphFacts) -> Decision:
    """How ``wanted`` matches the graph (rules 2 to 4 of the module doc; a ``same_as`` decision is
    the caller's)."""
    for scheme, value in wanted.identifiers:
        found = graph.identifiers.get((scheme, value), set())
        if len(found) == 1:
            (iri,) = found
            return Decision("same", iri, f"same identifier {value}")
    index = graph.index
    kinds = {wanted.kind.index_kind}
    equal: dict[str, int] = {}
    close: dict[str, int] = {}
    for text, _lang in wanted.names:
        for m in index.search(text, kinds):
            if m.score < _CLOSE:
                continue
            target = equal if m.score >= _EQUAL else close
            target[m.iri] = max(target.get(m.iri, 0), m.score)
    for iri in equal:
        close.pop(iri, None)
    for iri in list(close):
        theirs = [entry.text for entry in index.names_of(iri)]
        if not any(alike(text, other) for text, _lang in wanted.names for other in theirs):
            del close[iri]
    if len(equal) == 1 and not close:
        (iri,) = equal
        reason = _same_name_reason(index, iri, wanted.names)
        if wanted.kind.id in PERSON_KINDS:
            return Decision(
                "decide",
                candidates=[
                    Candidate(
                        iri,
                        graph.label(iri),
                        f"{reason}; a name alone does not prove it is the same person",
                    )
                ],
            )
        parents = graph.parents.get(iri, set())
        if wanted.kind.id in UNIQUE_NAME_KINDS:
            return Decision("same", iri, reason)
        if wanted.parent and wanted.parent in parents:
            return Decision("same", iri, f"{reason}, part of the same {graph.label(wanted.parent)}")
        why = (
            f"{reason}, but part of another organisation"
            if parents and wanted.parent
            else f"{reason}; give part_of to tell whose it is"
        )
        return Decision("decide", candidates=[Candidate(iri, graph.label(iri), why)])
    ranked = sorted(equal, key=lambda i: (-equal[i], i)) + sorted(
        close, key=lambda i: (-close[i], i)
    )
    if not ranked:
        return Decision("new")
    return Decision(
        "decide",
        candidates=[
            Candidate(
                iri,
                graph.label(iri),
                _same_name_reason(index, iri, wanted.names) if iri in equal else "a similar name",
            )
            for iri in ranked[:_SHOWN]
        ],
    )


def relative(iri: str) -> str:
    """``id/org/espoo`` for an instance IRI (how same_as cells and previews name it)."""
    return "id/" + iri[len(ID) :] if iri.startswith(ID) else iri


__all__ = ["SCHEMES", "Candidate", "Decision", "GraphFacts", "Wanted", "match", "relative"]
