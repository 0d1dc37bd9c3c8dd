"""Counts that describe a loaded graph: nodes by kind, facts by class, shortcut relations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import URIRef

from hytegraph.core import resources
from hytegraph.core.namespaces import qname
from hytegraph.query.labels import labels
from hytegraph.store import Store
from hytegraph.views.words import LANGUAGES, category_noun, count

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: Categories in the order they are reported.
CATEGORIES = (
    "persons",
    "posts",
    "bodies",
    "organisations",
    "collectives",
    "documents",
    "sources",
    "facts",
)


@dataclass
class Summary:
    """``totals[category]`` distinct nodes; ``kinds[category][class]`` by most specific class
    (a prefixed name, ``hyte:SteeringGroup``); ``names[class or property][lang]`` the
    ontology's label of each class and relation counted."""

    triples: int = 0
    totals: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, Counter[str]] = field(default_factory=dict)
    relations: Counter[str] = field(default_factory=Counter)
    names: dict[str, dict[str, str]] = field(default_factory=dict)

    def name(self, term: str, lang: str) -> str:
        """The label of a counted class or relation in ``lang`` (its prefixed name if none)."""
        return self.names.get(term, {}).get(lang) or term

    def format(self, lang: str = "fi") -> str:
        """A few lines a person reads, in ``lang``: one per category, with what it holds by kind
        ("13 toimielintä: 3 ohjausryhmää, 2 asiantuntijaryhmää, ..."), then the relations."""
        lines = [count(self.triples, category_noun("triples", lang), lang)]
        for category in CATEGORIES:
            total = self.totals.get(category, 0)
            kinds = self.kinds.get(category, Counter())
            line = count(total, category_noun(category, lang), lang)
            if len(kinds) > 1:
                line += ": " + ", ".join(
                    count(n, self.name(k, lang), lang)
                    for k, n in sorted(kinds.items(), key=_by_count)
                )
            lines.append(line)
        line = count(sum(self.relations.values()), category_noun("relations", lang), lang)
        if self.relations:
            line += ": " + ", ".join(
                f"{self.name(k, lang)} {n}"
                for k, n in sorted(self.relations.items(), key=_by_count)
            )
        lines.append(line)
        return "\n".join(lines) + "\n"

    def rows(self) -> list[dict[str, str | int]]:
        """One row per (category, kind) and per relation, for table/json/csv output."""
        rows: list[dict[str, str | int]] = []
        for category in CATEGORIES:
            for kind, n in sorted(self.kinds.get(category, Counter()).items(), key=_by_count):
                rows.append({"category": category, "kind": kind, "count": n})
        for prop, n in sorted(self.relations.items(), key=_by_count):
            rows.append({"category": "relations", "kind": prop, "count": n})
        return rows


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def summarise(store: Store) -> Summary:
    """Count nodes by kind and the shortcut relations the inference rules derived."""
    members: dict[str, set[object]] = {c: set() for c in CATEGORIES}
    kinds: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    terms: set[str] = set()  # every class and relation counted, to be named
    for category, kind, node in store.select(resources.read_sparql("summary_nodes")).rows:
        members[str(category)].add(node)
        kinds[str(category)][qname(str(kind))] += 1
        terms.add(str(kind))
    shortcuts = set(store.info.inference.derived) if store.info is not None else set()
    shortcuts.discard(_RDF_TYPE)  # the rules also type facts (hyte:Fact): a class, not a relation
    relations: Counter[str] = Counter()
    for predicate, n in store.select(resources.read_sparql("summary_predicates")).rows:
        if str(predicate) in shortcuts:
            relations[qname(str(predicate))] = int(n)  # type: ignore[arg-type]
            terms.add(str(predicate))
    names: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for iri, text in labels(store, [URIRef(t) for t in terms], lang).items():
            names.setdefault(qname(str(iri)), {})[lang] = text
    return Summary(
        triples=len(store),
        totals={c: len(members[c]) for c in CATEGORIES},
        kinds=kinds,
        relations=relations,
        names=names,
    )
