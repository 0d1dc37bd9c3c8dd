"""Every ``who`` and ``body`` answer of a graph at once, from a few whole-graph queries.

:mod:`hytegraph.views.plain` answers one name: a handful of queries with the entity bound
(``actor-roles``, ``body-composition``, ``possibly_same``, the areas of the rows' targets, the
sources that describe a body). Asked of every actor and body of a national graph, that is
hundreds of thousands of queries. :class:`WholeGraph` instead runs each of those queries once
over the whole graph, unbound, and hands each entity its share (the rows of an unbound query
whose variable holds the entity, in the query's order), and the areas of every entity from one
walk (:func:`hytegraph.views.plain.area_members`); a lookup made on it runs the very code of
:mod:`hytegraph.views.plain`, so its rows are those of a single lookup.

:func:`answers` gives, for each language, the rows of ``who`` (by whose they are: the actor's
own, then each entity recorded as possibly the same, with the areas of each row's target, so that
a lookup limited to an area can be answered from them) and of ``body``, the line naming each
entity, and the areas of every actor. :mod:`hytegraph.views.kept_names` keeps them in the cache
entry.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

import pyoxigraph as ox

from hytegraph.views import plain

#: The bound lookup queries answered from one whole-graph run: (text, the bound variable).
_GROUPED = (
    ("actor-roles", "actor"),
    ("body-composition", "body"),
)
_GROUPED_SPARQL = (("possibly_same", "entity"), ("time_body_sources", "body"))
#: Queries without a bound variable, run once.
_ONCE = ("time_sources",)
#: The properties whose objects a lookup reads (labels, evidence, dates, identifiers, ...).
_READ = (
    plain.PREF_LABEL,
    plain.LABEL,
    plain._QUOTE,
    plain._SOURCE,
    plain._ITEM,
    plain._RESPONDENT,
    plain._ITEM_NUMBER,
    plain._ALTERNATIVE,
    plain._TOPIC,
    plain._STATUS,
    plain._IN_COUNTY,
    plain._IDENTIFIER,
    plain._SAME_AS,
    plain._EVIDENCE,
    *plain._SOURCE_DATES,
    *plain._DURING,
    plain._BEGINNING,
    plain._END,
    *plain._TIMES,
)
#: A query's closing ``ORDER BY`` of variables.
_ORDER_BY = re.compile(r"^ORDER BY((?:[ \t]+\?\w+)+)[ \t]*\s*\Z", re.MULTILINE)


def _order_key(term: Any) -> tuple[int, str]:
    """Where SPARQL's ``ORDER BY`` puts ``term``: unbound first, then blank nodes, IRIs and
    literals (the lookups sort by IRIs only), each by its text."""
    if term is None:
        return (0, "")
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    return (3, term.value)


class WholeGraph:
    """A pyoxigraph store whose per-entity lookup queries (:data:`_GROUPED`) are answered from
    one whole-graph run each, whose entities' areas are read in one walk, and whose objects of
    the properties a lookup reads (:data:`_READ`) are read in one pass each. Everything else goes
    to the store."""

    def __init__(self, store: Any, timeout: float | None = None) -> None:
        self._store = store
        self._grouped: dict[str, tuple[str, list[str], dict[Any, list[tuple[Any, ...]]]]] = {}
        self._once: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        texts = [(plain.query_text(name), var) for name, var in _GROUPED]
        texts += [(plain.sparql_text(name), var) for name, var in _GROUPED_SPARQL]
        for text, var in texts:
            self._grouped[text] = (var, *self._run_grouped(text, var, timeout))
        for name in _ONCE:
            text = plain.sparql_text(name)
            self._once[text] = store.select_terms(text, timeout=timeout)
        self._areas = self._read_areas(timeout)
        # subject -> objects, in the order of the store's index (objects of one subject and
        # predicate come in the order of their encoding in every index)
        self._objects: dict[Any, dict[Any, list[Any]]] = {}
        for predicate in _READ:
            by: dict[Any, list[Any]] = defaultdict(list)
            for subject, value in store.pairs(predicate):
                by[subject].append(value)
            self._objects[predicate] = dict(by)

    def _run_grouped(
        self, text: str, var: str, timeout: float | None
    ) -> tuple[list[str], dict[Any, list[tuple[Any, ...]]]]:
        """The rows of ``text`` run unbound, by the value of ``var``. Its ``ORDER BY`` (of
        variables only) is applied here, to each entity's rows: the engine sorts the rows of
        the whole graph far more slowly than Python sorts each entity's few."""
        order = _ORDER_BY.search(text)
        if order is not None:
            text = text[: order.start()]
        names, rows = self._store.select_terms(text, timeout=timeout)
        at = names.index(var)
        by: dict[Any, list[tuple[Any, ...]]] = defaultdict(list)
        for row in rows:
            by[row[at]].append(row)
        if order is not None:
            keys = [names.index(v.lstrip("?")) for v in order.group(1).split()]

            def key(row: tuple[Any, ...]) -> tuple[tuple[int, str], ...]:
                return tuple(_order_key(row[i]) for i in keys)

            for found in by.values():
                found.sort(key=key)
        return names, dict(by)

    def _read_areas(self, timeout: float | None) -> dict[str, dict[str, list[ox.NamedNode]]]:
        """Every entity's areas as :func:`hytegraph.views.plain.areas_by_entity` gives them:
        those its path reaches, and the counties of its municipalities."""
        members = plain.area_members(self._store, timeout)
        nodes: dict[str, ox.NamedNode] = {}
        counties: dict[str, set[str]] = {}
        for areas in members.values():
            for municipality in areas["municipality"]:
                if municipality not in counties:
                    counties[municipality] = {
                        c.value
                        for c in self._store.objects(ox.NamedNode(municipality), plain._IN_COUNTY)
                        if isinstance(c, ox.NamedNode)
                    }
        out = {}
        for entity, areas in members.items():
            county = set(areas["county"])
            for municipality in areas["municipality"]:
                county |= counties[municipality]
            out[entity] = {
                key: [nodes.setdefault(a, ox.NamedNode(a)) for a in sorted(values)]
                for key, values in (("municipality", areas["municipality"]), ("county", county))
            }
        return out

    def known_areas(self, entity: ox.NamedNode) -> dict[str, list[ox.NamedNode]]:
        """The areas of ``entity`` (:func:`hytegraph.views.plain.areas_by_entity`'s form)."""
        found = self._areas.get(entity.value)
        if found is None:
            return {"municipality": [], "county": []}
        return {key: list(values) for key, values in found.items()}

    def area_iris(self, iri: str) -> list[list[str]]:
        """The municipalities and counties of ``iri`` as IRIs (two lists)."""
        found = self._areas.get(iri, {})
        return [[a.value for a in found.get(key, [])] for key in plain.AREAS]

    def select_terms(
        self, query: str, bindings: Any = None, *, timeout: float | None = None
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        grouped = self._grouped.get(query)
        if grouped is not None and bindings and len(bindings) == 1:
            ((var, value),) = bindings.items()
            if var == grouped[0]:
                return grouped[1], grouped[2].get(value, [])
        if not bindings and query in self._once:
            return self._once[query]
        return self._store.select_terms(query, bindings, timeout=timeout)  # type: ignore[no-any-return]

    def objects(self, subject: Any, predicate: Any) -> list[Any]:
        read = self._objects.get(predicate)
        if read is None:
            return self._store.objects(subject, predicate)  # type: ignore[no-any-return]
        return list(read.get(subject, ()))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class _Kinds:
    """A name index whose :meth:`kind` of an entity is looked up once."""

    def __init__(self, index: Any) -> None:
        self._index = index
        self._kinds: dict[str | None, str | None] = {}

    def kind(self, iri: str | None) -> str | None:
        if iri not in self._kinds:
            self._kinds[iri] = self._index.kind(iri) if iri is not None else None
        return self._kinds[iri]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._index, name)


class Announced(NamedTuple):
    """The line naming an entity on stderr, without and with its areas."""

    iri: str
    lang: str
    plain: str
    with_areas: str


class Answered(NamedTuple):
    """The rows of ``command`` for ``iri`` in ``lang``, in parts: ``(owner IRI, rows, the
    municipalities and counties of each row's target)``."""

    command: str
    iri: str
    lang: str
    parts: list[tuple[str, list[dict[str, Any]], list[list[list[str]]]]]


class Areas(NamedTuple):
    """The municipalities and counties an actor belongs to."""

    iri: str
    municipalities: list[str]
    counties: list[str]


def answers(
    store: Any,
    languages: Sequence[str],
    *,
    timeout: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Announced | Answered | Areas]:
    """Every actor's ``who`` and every body's ``body`` rows in each language, the line naming
    each, and every actor's areas (see the module docstring). ``progress(done, total)`` is told
    the actors answered (in every language: ``total`` is their number times the languages')."""
    from hytegraph.store.names import ACTOR_KINDS, BODY_KINDS, Match, index_for, remember

    index = index_for(store)
    whole = WholeGraph(store, timeout)
    kinds = _Kinds(index)
    remember(whole, kinds)
    actors_, bodies = set(), set()
    for entry in index.all():
        if entry.kind in ACTOR_KINDS:
            actors_.add(entry.iri)
        if entry.kind in BODY_KINDS:
            bodies.add(entry.iri)
    actors = sorted(actors_)
    total = len(actors) * len(languages)
    answered = 0
    if progress is not None:
        progress(0, total)
    for iri in actors:
        yield Areas(iri, *whole.area_iris(iri))
    for lang in languages:
        ctx = plain._Context(whole, lang)
        for iri in actors:
            if progress is not None and answered and answered % 100 == 0:
                progress(answered, total)
            answered += 1
            node = ox.NamedNode(iri)
            match = Match(iri, kinds.kind(iri) or "", "", 0)
            yield Announced(
                iri,
                lang,
                plain.announce(whole, match, lang, False),
                plain.announce(whole, match, lang, True),
            )
            parts = plain.actor_parts(ctx, whole, node, plain.NO_SCOPE, timeout)
            rows = plain.annotate(whole, [row for _owner, part in parts for row in part], lang)
            split = []
            start = 0
            for owner, part in parts:
                done = list(rows[start : start + len(part)])
                start += len(part)
                targets = [whole.area_iris(str(row.get("target_iri") or "")) for row in done]
                split.append((owner.value, done, targets))
            yield Answered("who", iri, lang, split)
            if iri in bodies:
                done = list(plain.annotate(whole, plain.body_rows(ctx, whole, node, timeout), lang))
                yield Answered("body", iri, lang, [(iri, done, [])])
    if progress is not None:
        progress(total, total)


__all__ = ["Announced", "Answered", "Areas", "WholeGraph", "answers"]
