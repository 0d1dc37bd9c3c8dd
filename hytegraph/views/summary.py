"""Counts that describe a loaded graph: nodes by kind, facts by class, shortcut relations."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from hytegraph.core import resources
from hytegraph.core.namespaces import FOAF, HYTE, ORG, qname
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


#: The categories of :func:`summarise` and the class at the top of each (``hyte:Fact`` is
#: counted apart: a fact by its other classes). The W3C ORG subclass axioms are not loaded, so
#: its organisation classes are named too.
TOPS = (
    ("persons", f"{FOAF}Person"),
    ("posts", f"{ORG}Post"),
    ("bodies", f"{HYTE}Body"),
    ("organisations", f"{ORG}Organization"),
    ("organisations", f"{ORG}FormalOrganization"),
    ("organisations", f"{ORG}OrganizationalUnit"),
    ("collectives", f"{HYTE}Collective"),
    ("documents", f"{HYTE}PlanOrReport"),
    ("sources", f"{HYTE}SourceDocument"),
)
#: The queries (``hytegraph/sparql/NAME.rq``) :func:`summarise` runs over the whole graph, each
#: once; it also reads the labels of what it counts (``LABEL_PROPERTIES`` of
#: :mod:`hytegraph.query.labels`) and counts each relation the rules derived
#: (``summary_predicates``, one predicate at a time).
QUERIES = ("summary_classes", "summary_types")
_FACT = f"{HYTE}Fact"
_BODY = f"{HYTE}Body"


def _superclasses(store: Store) -> dict[str, frozenset[str]]:
    """Each class with all its superclasses (``rdfs:subClassOf+``; a class in a cycle is its own
    superclass)."""
    direct: dict[str, set[str]] = defaultdict(set)
    for cls, sup in store.select_plain(resources.read_sparql("summary_classes")):
        if cls is not None and sup is not None:
            direct[cls].add(sup)
    closed: dict[str, frozenset[str]] = {}
    for cls in direct:
        seen: set[str] = set()
        todo = list(direct[cls])
        while todo:
            sup = todo.pop()
            if sup not in seen:
                seen.add(sup)
                todo.extend(direct.get(sup, ()))
        closed[cls] = frozenset(seen)
    return closed


def _sorted_into(kinds: frozenset[str], up: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    """``(category, class)`` for a node of the classes ``kinds``: each of its most specific
    classes (no other class of the node is narrower) under each category's top class.
    Organisations are the organisations that are not bodies; facts (typed ``hyte:Fact``) by their
    other classes."""
    empty: frozenset[str] = frozenset()
    specific = [k for k in kinds if not any(n != k and k in up.get(n, empty) for n in kinds)]
    found: set[tuple[str, str]] = set()
    if _FACT in kinds:
        found.update(("facts", k) for k in specific if k != _FACT)
    body = any(k == _BODY or _BODY in up.get(k, empty) for k in kinds)
    for kind in specific:
        above = up.get(kind, empty)
        for category, top in TOPS:
            if (kind == top or top in above) and not (category == "organisations" and body):
                found.add((category, kind))
    return found


def counted(store: Store) -> tuple[dict[str, int], dict[str, Counter[str]]]:
    """The nodes of each summary category, and of each category by class (full IRIs).

    The store counts the nodes by the set of their classes (``summary_types.rq``: a few dozen
    sets, no node's name is ever read) and the sets are sorted here: a SPARQL query asking each
    node's most specific class (``FILTER NOT EXISTS`` per node) took 17 s at a million triples."""
    up = _superclasses(store)
    totals: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    kinds: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    for joined, n in store.select_plain(resources.read_sparql("summary_types")):
        if not joined or n is None:
            continue
        pairs = _sorted_into(frozenset(joined.split(" ")), up)
        for category in {c for c, _k in pairs}:
            totals[category] += int(n)
        for category, kind in pairs:
            kinds[category][kind] += int(n)
    return totals, kinds


def summarise(store: Store) -> Summary:
    """Count nodes by kind and the shortcut relations the inference rules derived."""
    totals, by_class = counted(store)
    kinds: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    terms: set[str] = set()  # every class and relation counted, to be named
    for category, counts in by_class.items():
        for kind, n in counts.items():
            kinds[category][qname(kind)] += n
            terms.add(kind)
    shortcuts = set(store.info.inference.derived) if store.info is not None else set()
    shortcuts.discard(_RDF_TYPE)  # the rules also type facts (hyte:Fact): a class, not a relation
    relations: Counter[str] = Counter()
    # one count per shortcut relation, each read from the predicate's index (counting every
    # predicate of the graph scanned all of it: about 2 s at a million triples)
    count = resources.read_sparql("summary_predicates")
    for shortcut in sorted(shortcuts):
        for predicate, n in store.select_plain(count, {"predicate": URIRef(shortcut)}):
            if predicate == shortcut and n is not None:
                relations[qname(shortcut)] = int(n)
                terms.add(shortcut)
    names: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for iri, text in labels(store, [URIRef(t) for t in terms], lang).items():
            names.setdefault(qname(str(iri)), {})[lang] = text
    return Summary(
        triples=len(store),
        totals=totals,
        kinds=kinds,
        relations=relations,
        names=names,
    )
