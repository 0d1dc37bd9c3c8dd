"""Which entity of the graph a name in a document is, through the one name index
(:func:`hytegraph.store.names.index_for`): its Finnish word forms, accents, word order.

An equal name (the whole name, case and accents aside) of an entity of the same broad kind is a
match; for people it is only a candidate, since namesakes are common: the proposal names it and
a person decides in ``same_as``. A name that is alike but not equal (word forms, a part of the
name) gives candidates, never a match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from hytegraph.store.names import NameIndex
from hytegraph.store.names.index import PLAIN
from hytegraph.store.names.similarity import alike

#: Broad kinds of the name index each extracted kind may match.
_INDEX_KINDS = {
    "person": ("person",),
    "municipality": ("municipality",),
    "county": ("county",),
    "registered_association": ("ngo",),
    "ngo": ("ngo",),
    "organisation": ("ngo", "institution", "other", "municipality", "county", "unit"),
    "unit": ("unit",),
    "collective": ("collective",),
    "document": ("document",),
}


@dataclass
class GraphMatch:
    """``iri`` when the name is an entity of the graph (for people: the one person of that
    name), ``candidates`` (IRI, label) when it may be; ``sure`` when no person must decide."""

    iri: str | None = None
    label: str = ""
    sure: bool = False
    candidates: list[tuple[str, str]] = field(default_factory=list)
    #: The graph's preferred names of ``iri`` by language.
    labels: dict[str, str] = field(default_factory=dict)


def match(index: NameIndex | None, name: str, kind: str) -> GraphMatch:
    if index is None or not name.strip():
        return GraphMatch()
    kinds: Sequence[str] = _INDEX_KINDS.get(kind, ("body",))
    found = index.search(name, kinds)
    if not found:
        return GraphMatch()
    top = [m for m in found if m.score == found[0].score]
    best = top[0]
    if best.score >= PLAIN and len(top) == 1:
        label = index.preferred(best.iri)
        labels = {e.lang: e.text for e in index.names_of(best.iri) if not e.is_alt}
        return GraphMatch(best.iri, label, sure=kind != "person", labels=labels)
    candidates = [
        (m.iri, index.preferred(m.iri)) for m in found[:5] if alike(name, index.preferred(m.iri))
    ]
    return GraphMatch(candidates=candidates[:3])


def suggestions(index: NameIndex | None, name: str, kind: str) -> list[tuple[str, str]]:
    """Names of the graph close to ``name`` that matched nothing ("Ekman-Ekeblom" and
    "Ekman-Ekebom"): candidates for a person to look at."""
    if index is None:
        return []
    kinds = _INDEX_KINDS.get(kind, ("body",))
    return [(c.iri, c.label) for c in index.suggest(name, kinds, n=3) if alike(name, c.label)]


__all__ = ["GraphMatch", "match", "suggestions"]
