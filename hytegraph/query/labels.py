"""Choose the label to show for a node: the requested language first, then Finnish.

Order: ``skos:prefLabel`` in ``lang``; ``skos:prefLabel`` in Finnish; ``rdfs:label`` in ``lang``,
then in Finnish (ontology terms carry ``rdfs:label``); any ``skos:prefLabel``; any ``rdfs:label``;
finally the IRI's last segment. Ties are broken by sorting, so the choice is stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import unquote

import rdflib
from rdflib import BNode, Literal
from rdflib.namespace import RDFS, SKOS
from rdflib.term import Node

from hytegraph.store import Store

Source = Store | rdflib.Graph

#: The properties a label is read from, in the order of preference.
LABEL_PROPERTIES = (SKOS.prefLabel, RDFS.label)

_ONE_LABEL_QUERY = """
SELECT ?s ?p ?label WHERE {
  VALUES ?p { skos:prefLabel rdfs:label }
  ?s ?p ?label .
  FILTER(isLiteral(?label))
}
"""


def last_segment(iri: Node) -> str:
    """The part of an IRI after its last ``#`` or ``/``, percent-decoded."""
    text = str(iri)
    if isinstance(iri, BNode):
        return f"_:{text}"
    stripped = text.rstrip("/#")
    cut = max(stripped.rfind("/"), stripped.rfind("#"))
    return unquote(stripped[cut + 1 :]) or text


def _lang_matches(literal: Literal, lang: str) -> bool:
    tag = (literal.language or "").lower()
    return tag == lang.lower() or tag.startswith(lang.lower() + "-")


def choose(candidates: Iterable[tuple[Node, Node]], lang: str = "fi") -> str | None:
    """Pick a label from ``(property, literal)`` pairs by the module's fallback order."""
    by_prop: dict[Node, list[Literal]] = defaultdict(list)
    for prop, value in candidates:
        if isinstance(value, Literal):
            by_prop[prop].append(value)
    for prop in LABEL_PROPERTIES:
        for wanted in dict.fromkeys((lang, "fi")):
            hits = sorted(str(v) for v in by_prop[prop] if _lang_matches(v, wanted))
            if hits:
                return hits[0]
    for prop in LABEL_PROPERTIES:
        # an untagged label before labels in other languages
        values = sorted(
            by_prop[prop], key=lambda v: (v.language is not None, v.language or "", str(v))
        )
        if values:
            return str(values[0])
    return None


def _pairs(source: Source, iri: Node) -> list[tuple[Node, Node]]:
    if isinstance(source, rdflib.Graph):
        return [(p, o) for p in LABEL_PROPERTIES for o in source.objects(iri, p)]
    rows = source.select(_ONE_LABEL_QUERY, {"s": iri}).rows
    return [(p, o) for _s, p, o in rows]  # type: ignore[misc]


def label(source: Source, iri: Node, lang: str = "fi") -> str:
    """The label of ``iri`` in ``lang`` (fallback order in the module docstring)."""
    return choose(_pairs(source, iri), lang) or last_segment(iri)


def labels(source: Source, iris: Iterable[Node], lang: str = "fi") -> dict[Node, str]:
    """Labels for many nodes with one query: ``{iri: label}``."""
    wanted = set(iris)
    found: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    if isinstance(source, rdflib.Graph):
        for prop in LABEL_PROPERTIES:
            for s, o in source.subject_objects(prop):
                if s in wanted:
                    found[s].append((prop, o))
    else:
        # by subject, not a scan of every label: fast whatever the size of the graph. A
        # skos:prefLabel in the language or in Finnish is chosen before any rdfs:label, so
        # rdfs:label is read only for the nodes that have neither (half the index lookups).
        for s, p, o in source.objects_of(wanted, (SKOS.prefLabel,)):
            if isinstance(o, Literal):
                found[s].append((p, o))
        languages = dict.fromkeys((lang, "fi"))
        rest = [
            iri
            for iri in wanted
            if not any(_lang_matches(o, code) for _p, o in found.get(iri, ()) for code in languages)
        ]
        for s, p, o in source.objects_of(rest, (RDFS.label,)):
            if isinstance(o, Literal):
                found[s].append((p, o))
    return {iri: choose(found.get(iri, ()), lang) or last_segment(iri) for iri in wanted}


__all__ = ["LABEL_PROPERTIES", "choose", "label", "labels", "last_segment"]
