"""One-command answers ("who chairs what", "what does Virpi Mattila do"), each a thin layer over
one catalogue query: resolve the name, run the query, group its rows per fact, add labels in
the chosen language and the evidence behind each row.

Every function returns a list of dicts. Label columns (``chair``, ``body``, ``target``, ...) are
in ``lang`` (falling back to Finnish); ``*_iri`` columns hold the IRIs; ``sources`` is a list of
``{"source", "source_short", "item", "item_number", "respondent", "quote", "evidence_iri",
"source_iri", "item_iri", "respondent_iri"}`` dicts.

Scope: ``chairs``, ``who``, ``body``, ``ngos`` and ``county`` take a :class:`Scope` (a
municipality, a wellbeing services county, or both; :func:`scope` resolves their names) and
give every row the lists ``municipality`` and ``county`` (with ``municipality_iri`` and
``county_iri``; ``county`` rows keep the county that takes part as ``county``) of the
municipalities and counties it belongs to. What belongs where follows the graph's structure
only: what is part of a municipality or county (``hyte:Subordination``, ``org:subOrganizationOf``,
``org:unitOf``, any number of levels) or of what it is responsible for, what is part of those,
and the county a municipality is in as stated by ``hyte:inWellbeingServicesCounty`` (never
guessed). A row the graph links to no municipality belongs to none: it is left out when a scope
is given. The restriction happens inside the query: :func:`scoped_query` adds a pattern on the
area's IRI to the catalogue query (which, without a scope, runs as it is); the area columns of
the rows come from one batched query (:func:`areas_by_entity`).

An entity recorded as possibly the same as another (``hyte:possiblySameAs``, e.g. an
unidentified "Hyte-alue" and the wellbeing services county) is never merged with it: ``who`` and
``county`` add the other's rows, each marked with ``possibly_same_as`` (its label).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ORG
from hytegraph.errors import QueryError
from hytegraph.query import catalogue, labels, when
from hytegraph.views import plain
from hytegraph.views.plain import NO_SCOPE, Scope, area_counts, format_identifiers, scope
from hytegraph.views.sources import SHORT_TITLE, compact_source, compact_sources, shorten

if TYPE_CHECKING:
    from rdflib.term import Node

    from hytegraph.store import Store
    from hytegraph.store.names import Match

Row = dict[str, Any]

_MENTION = {"fi": "maininta", "en": "mention", "sv": "omnämnande"}


def _s(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _area(term: Node | None) -> Node | None:
    """An area column's value: an IRI, or None for the queries' "" (no area)."""
    return term if isinstance(term, URIRef) else None


# ---------------------------------------------------------------------------------------------
# scope


#: How many entities one area query asks about (copies of its group).
_AREA_CHUNK = 50
#: The IRI ``scope_areas_of.rq`` holds in place of the entity.
_ENTITY = "<urn:hytegraph:entity>"
#: The group of ``scope_areas_of.rq`` written once per entity.
_EACH_ENTITY = re.compile(r"^[ \t]*# each entity:\n(.*?)\n[ \t]*# end\n", re.MULTILINE | re.DOTALL)


def _areas_query(entities: Sequence[URIRef]) -> str:
    """``scope_areas_of.rq`` about ``entities``: its group once per entity, joined by UNION."""
    from hytegraph.store.remote import sparql_term

    text = resources.read_sparql("scope_areas_of")
    found = _EACH_ENTITY.search(text)
    if found is None or _ENTITY not in found.group(1):  # pragma: no cover - a broken package
        raise QueryError(f"scope_areas_of.rq has no group about {_ENTITY}")
    copies = [found.group(1).replace(_ENTITY, sparql_term(e)) for e in entities]
    return text[: found.start()] + "\n    UNION\n".join(copies) + "\n" + text[found.end() :]


#: From this many entities on, :func:`areas_by_entity` finds the members of every area (the
#: steps of the path read in one query, followed from each area: :func:`_area_members`) instead
#: of asking each entity for its areas: the 2,526 chairs of a 300k-triple graph take 1.8 s in 51
#: queries, the members of every area 0.03 s (one path query per area: 0.3 s).
_PER_AREA = 1000
#: The IRI ``scope_area_members.rq`` (the same relation as one query per area) holds in place of
#: the area.
_AREA = "<urn:hytegraph:area>"


def _area_members(store: Store, timeout: float | None) -> dict[str, dict[str, set[str]]]:
    """What :func:`hytegraph.views.plain.area_members` gives (one place for the walk)."""
    return plain.area_members(store, timeout)


def _members_per_area(
    store: Store, found: dict[Node, dict[str, set[Node]]], timeout: float | None
) -> None:
    """Fill ``found`` (entity -> {"municipality": set, "county": set}) with the areas whose
    path reaches each entity (the relation of ``scope_areas_of.rq``, asked from the areas'
    end, :func:`_area_members`)."""
    members = _area_members(store, timeout)
    for node, areas in found.items():
        if (known := members.get(str(node))) is not None:
            for key, values in known.items():
                areas[key] |= {URIRef(a) for a in values}


def every_area_member(
    store: Store, *, timeout: float | None = None
) -> dict[str, dict[str, set[Node]]]:
    """``{entity IRI: {"municipality": {...}, "county": {...}}}`` for every entity that belongs
    to an area (:func:`_area_members`), the areas it belongs to by the path alone (the counties
    of its municipalities are added by :func:`areas_by_entity`). For a lookup that knows it will
    ask about thousands of entities before it knows which."""
    terms: dict[str, URIRef] = {}
    return {
        entity: {
            key: {terms.setdefault(a, URIRef(a)) for a in values} for key, values in areas.items()
        }
        for entity, areas in _area_members(store, timeout).items()
    }


def areas_by_entity(
    store: Store,
    entities: Iterable[Node],
    *,
    timeout: float | None = None,
    members: dict[str, dict[str, set[Node]]] | None = None,
) -> dict[Node, dict[str, list[Node]]]:
    """``{entity: {"municipality": [...], "county": [...]}}``: the areas each IRI belongs to (see
    the module docstring), each list sorted; one query per :data:`_AREA_CHUNK` entities (other
    terms belong to no area), or for :data:`_PER_AREA` entities and more the members of every
    area (:func:`_area_members`; or ``members``, what :func:`every_area_member` gave), then one
    lookup of the counties of the municipalities found."""
    wanted = sorted({e for e in entities if isinstance(e, URIRef)}, key=str)
    found: dict[Node, dict[str, set[Node]]] = {
        e: {"municipality": set(), "county": set()} for e in wanted
    }
    kinds = {HYTE.Municipality: "municipality", HYTE.WellbeingServicesCounty: "county"}
    if members is not None:
        for e, areas in found.items():
            if (known := members.get(str(e))) is not None:
                for key, values in known.items():
                    areas[key] |= values
    elif len(wanted) >= _PER_AREA:
        _members_per_area(store, found, timeout)
    else:
        for start in range(0, len(wanted), _AREA_CHUNK):
            text = _areas_query(wanted[start : start + _AREA_CHUNK])
            for entity, area, cls in store.select(text, timeout=timeout).rows:
                if entity in found and isinstance(area, URIRef) and cls in kinds:
                    found[entity][kinds[cls]].add(area)  # type: ignore[index]
    municipalities = {m for areas in found.values() for m in areas["municipality"]}
    counties: dict[Node, set[Node]] = defaultdict(set)
    for municipality, _p, county_ in store.objects_of(
        municipalities, (HYTE.inWellbeingServicesCounty,)
    ):
        if isinstance(county_, URIRef):
            counties[municipality].add(county_)
    for areas in found.values():
        for municipality in list(areas["municipality"]):
            areas["county"] |= counties.get(municipality, set())
    return {
        e: {key: sorted(values, key=str) for key, values in areas.items()}
        for e, areas in found.items()
    }


def areas_of(store: Store, iri: Node, *, timeout: float | None = None) -> dict[str, list[Node]]:
    """``{"municipality": [...], "county": [...]}``: the areas ``iri`` belongs to (see the
    module docstring), each sorted."""
    return areas_by_entity(store, [iri], timeout=timeout).get(
        iri, {"municipality": [], "county": []}
    )


def scoped_query(name: str, within: Scope) -> str:
    """The text of catalogue query ``name`` restricted to ``within``: at the query's
    ``# scope: ?var`` line, ``?var`` must belong to the scope's municipality
    (``scope_in_municipality.rq``) and county (``scope_in_county.rq``). The areas' IRIs (names
    resolved in the graph, checked by :func:`~hytegraph.store.remote.sparql_term`) are written
    in: a path whose one given end is a parameter bound by a trailing VALUES block is refused by
    Virtuoso 7 (docs/deployment.md). Without a scope, the catalogue's text unchanged."""
    return _scoped_text(catalogue.find(name).text, within, f"catalogue query {name}")


def _scoped_text(text: str, within: Scope, what: str) -> str:
    """``text`` (a query with a ``# scope: ?var`` line) restricted to ``within`` (see
    :func:`scoped_query`), the areas' IRIs checked as a SPARQL server needs them."""
    from hytegraph.store.remote import sparql_term

    return plain.scoped_text(text, within, what, lambda iri: sparql_term(URIRef(iri)))


def in_scope(areas: dict[str, list[Node]], within: Scope) -> bool:
    """Whether something with these areas belongs to every area of the scope."""
    return all(
        URIRef(match.iri) in areas[key]
        for key, match in (("municipality", within.municipality), ("county", within.county))
        if match is not None
    )


def resolve(
    store: Store,
    name: str,
    kinds: Iterable[str] | None = None,
    what: str = "entity",
    *,
    within: Scope = NO_SCOPE,
    has_rows: Any = None,
    timeout: float | None = None,
) -> Match:
    """:func:`hytegraph.views.plain.resolve` for any store: candidates that share a name told
    apart by their areas on rdflib terms (:func:`_told_apart`)."""
    return plain.resolve(
        store,
        name,
        kinds,
        what,
        within=within,
        has_rows=has_rows,
        timeout=timeout,
        told_apart=_told_apart,
    )


def _told_apart(store: Store, error: Any, timeout: float | None) -> Any:
    """``error`` (an :class:`~hytegraph.store.names.AmbiguousName`) with candidates of the same
    name told apart by their municipality (or county), and a hint to limit the lookup to one."""
    from hytegraph.store.names import AmbiguousName, Candidate

    candidates = list(error.candidates)
    same = {c.label for c in candidates if sum(d.label == c.label for d in candidates) > 1}
    if not same:
        return error
    shown = []
    for candidate in candidates:
        label = candidate.label
        if label in same:
            areas = areas_of(store, URIRef(candidate.iri), timeout=timeout)
            found = areas["municipality"] or areas["county"]
            names = labels.labels(store, found) if found else {}
            if found:
                label = f"{label} ({', '.join(names[t] for t in found)})"
        shown.append(Candidate(candidate.iri, candidate.kind, label))
    told = AmbiguousName(error.name, shown)
    told.hint = (
        "Give more of the name, or limit the lookup with --municipality NAME or --county NAME."
    )
    return told


# ---------------------------------------------------------------------------------------------
# evidence and details


_QUOTE, _SOURCE, _ITEM, _RESPONDENT = (
    HYTE.quote,
    DCTERMS.source,
    HYTE.sourceItem,
    HYTE.respondent,
)
_EVIDENCE_PROPS = (_QUOTE, _SOURCE, _ITEM, _RESPONDENT)


#: The columns that say which area a row belongs to (lists: a row may belong to several).
AREAS = ("municipality", "county")


def _group(
    rows: Sequence[dict[str, Node | None]],
    keys: Sequence[str],
    evidence_var: str = "evidence",
    areas: Sequence[str] = AREAS,
) -> list[tuple[dict[str, Any], list[Node]]]:
    """Rows that differ only in ``evidence_var`` or in their ``areas`` merged; the evidence
    collected in order, and the areas as lists of IRIs (no "")."""
    grouped: dict[tuple[Node | None, ...], tuple[dict[str, Any], list[Node]]] = {}
    for row in rows:
        key = tuple(row.get(k) for k in keys)
        entry = grouped.setdefault(
            key, ({**{k: row.get(k) for k in keys}, **{a: [] for a in areas}}, [])
        )
        ev = row.get(evidence_var)
        if ev is not None and ev not in entry[1]:
            entry[1].append(ev)
        for area in areas:
            value = _area(row.get(area))
            if value is not None and value not in entry[0][area]:
                entry[0][area].append(value)
    return list(grouped.values())


def _with_areas(
    out: Row, ctx: _Context, areas: dict[str, list[Node]], keys: Sequence[str] = AREAS
) -> Row:
    """``out`` with the area columns: labels (sorted) and IRIs."""
    for key in keys:
        values = sorted(dict.fromkeys(areas.get(key, [])), key=lambda t: (ctx.label(t) or "", t))
        out[key] = [ctx.label(v) for v in values]
        out[f"{key}_iri"] = [str(v) for v in values]
    return out


class _Context:
    """Labels, evidence and details for one lookup, each fetched once and only for the nodes
    the lookup shows (through :meth:`Store.objects_of`: index lookups, not a scan of every
    piece of evidence in the graph)."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self._labels: dict[Node, str] = {}
        self._evidence: dict[Node, Row | None] = {}
        self._topics: dict[Node, str | None] = {}
        self._status: dict[Node, Node | None] = {}
        self._short: dict[Node, str] = {}

    def label_all(self, terms: Iterable[Node | None]) -> None:
        """Fetch the labels of ``terms`` (those not fetched yet), in one go."""
        wanted = {t for t in terms if isinstance(t, URIRef) and t not in self._labels}
        if wanted:
            self._labels.update(labels.labels(self.store, wanted, self.lang))

    def label(self, term: Node | None) -> str | None:
        if term is None:
            return None
        if isinstance(term, Literal):
            return str(term)
        if term not in self._labels:
            self.label_all([term])
        return self._labels[term]

    def prefetch(self, evidence: Iterable[Node] = (), facts: Iterable[Node | None] = ()) -> None:
        """Fetch the evidence (quote, source, item, respondent) and the fact details (topic,
        status) that the rows will show, in a few batched lookups."""
        wanted = {e for e in evidence if e not in self._evidence}
        if wanted:
            found: dict[Node, dict[Node, Node]] = defaultdict(dict)
            for e, prop, value in self.store.objects_of(wanted, _EVIDENCE_PROPS):
                found[e].setdefault(prop, value)
            items = {v[_ITEM] for v in found.values() if _ITEM in v}
            numbers = {i: n for i, _p, n in self.store.objects_of(items, (HYTE.itemNumber,))}
            self._short_titles(v[_SOURCE] for v in found.values() if _SOURCE in v)
            self.label_all(
                t for v in found.values() for p in (_SOURCE, _ITEM, _RESPONDENT) if (t := v.get(p))
            )
            for e in wanted:
                values = found.get(e, {})
                if _QUOTE not in values:  # not evidence with a quote: nothing to show
                    self._evidence[e] = None
                    continue
                item = values.get(_ITEM)
                number = numbers.get(item) if item is not None else None
                source = values.get(_SOURCE)
                self._evidence[e] = {
                    "source": self.label(source),
                    "source_short": self._short.get(source) if source is not None else None,
                    "item": self.label(item),
                    "item_number": int(number) if isinstance(number, Literal) else None,
                    "respondent": self.label(values.get(_RESPONDENT)),
                    "quote": str(values[_QUOTE]),
                    "evidence_iri": str(e),
                    "source_iri": _s(source),
                    "item_iri": _s(item),
                    "respondent_iri": _s(values.get(_RESPONDENT)),
                }
        nodes = {f for f in facts if f is not None and f not in self._status}
        if nodes:
            topics: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
            status: dict[Node, Node] = {}
            for node, prop, value in self.store.objects_of(nodes, (HYTE.topic, HYTE.status)):
                if prop == HYTE.topic:
                    topics[node].append((SKOS.prefLabel, value))
                else:
                    status[node] = value
            for node in nodes:
                pairs = topics.get(node)
                self._topics[node] = (labels.choose(pairs, self.lang) or None) if pairs else None
                self._status[node] = status.get(node)

    def _short_titles(self, sources: Iterable[Node]) -> None:
        """The name a table gives each source document: its short title
        (``dcterms:alternative``) in the language, else its title, shortened."""
        wanted = {s for s in sources if s not in self._short}
        if not wanted:
            return
        self.label_all(wanted)
        pairs: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for node, _prop, value in self.store.objects_of(wanted, (DCTERMS.alternative,)):
            pairs[node].append((SKOS.prefLabel, value))
        for node in wanted:
            chosen = labels.choose(pairs[node], self.lang) if node in pairs else None
            self._short[node] = chosen or shorten(self.label(node) or "")

    def sources(self, evidence: Iterable[Node]) -> list[Row]:
        evidence = list(evidence)
        self.prefetch(evidence)
        found = [row for e in evidence if (row := self._evidence.get(e)) is not None]
        return sorted(found, key=lambda s: (s["item_number"] or 0, s["evidence_iri"]))

    def topic(self, node: Node | None) -> str | None:
        if node is None:
            return None
        self.prefetch(facts=[node])
        return self._topics.get(node)

    def status(self, node: Node | None) -> str | None:
        if node is None:
            return None
        self.prefetch(facts=[node])
        value = self._status.get(node)
        return self.label(value) if value is not None else None


def _rows(
    store: Store,
    name: str,
    bindings: dict[str, Node] | None,
    timeout: float | None,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    memo: dict[Any, list[dict[str, Node | None]]] | None = None,
) -> list[dict[str, Node | None]]:
    """The rows of catalogue query ``name``, restricted inside the query to ``within``;
    ``as_of``: only the facts that may be in force on that day (the same query, then
    :func:`hytegraph.query.when.in_force` on its rows); kept in ``memo`` (when given) for a
    lookup that asks the same twice."""
    key = (name, tuple(sorted((bindings or {}).items())), within, as_of)
    if memo is not None and key in memo:
        return memo[key]
    if as_of is not None:
        plain = _rows(store, name, bindings, timeout, within, None, memo)
        rows = when.in_force(store, plain, as_of, timeout=timeout)
    elif within.empty:
        rows = catalogue.run(store, name, bindings, timeout=timeout).dicts()
    else:
        rows = store.select(scoped_query(name, within), bindings, timeout=timeout).dicts()
    if memo is not None:
        memo[key] = rows
    return rows


def _fill_areas(
    store: Store,
    rows: Iterable[dict[str, Any]],
    key: str,
    timeout: float | None,
    areas: Sequence[str] = AREAS,
) -> None:
    """Give each row the ``areas`` columns (lists of IRIs) of its ``key`` column's entity, all
    fetched in one batched query (:func:`areas_by_entity`)."""
    rows = list(rows)
    found = areas_by_entity(store, (row[key] for row in rows), timeout=timeout)
    _set_areas(rows, key, found, areas)


def _set_areas(
    rows: list[dict[str, Any]],
    key: str,
    found: dict[Node, dict[str, list[Node]]],
    areas: Sequence[str] = AREAS,
) -> None:
    for row in rows:
        own = found.get(row[key], {})
        for area in areas:
            row[area] = list(own.get(area, []))


@contextlib.contextmanager
def _areas_beside(
    store: Store, rows: list[dict[str, Any]], key: str, timeout: float | None
) -> Iterator[None]:
    """:func:`_fill_areas` for ``rows``, done while the block runs: for :data:`_PER_AREA` rows
    and more in a second thread (the store answers both at once, on two cores; the rows get
    their area columns when the block ends), else before the block."""
    if len(rows) < _PER_AREA:
        _fill_areas(store, rows, key, timeout)
        yield
        return
    found: dict[str, Any] = {}

    def work() -> None:
        try:
            found["areas"] = areas_by_entity(store, (row[key] for row in rows), timeout=timeout)
        except BaseException as e:  # handed to the caller's thread below
            found["error"] = e

    worker = threading.Thread(target=work, name="hytegraph-areas", daemon=True)
    worker.start()
    try:
        yield
    finally:
        worker.join()
    if "error" in found:
        raise found["error"]
    _set_areas(rows, key, found["areas"])


@contextlib.contextmanager
def _areas_after(
    store: Store,
    rows: list[dict[str, Any]],
    worker: threading.Thread,
    members: dict[str, Any],
    timeout: float | None,
) -> Iterator[None]:
    """The area columns of ``rows`` (their ``body``) when the block ends, from what ``worker``
    (:func:`every_area_member` in a thread) left in ``members``."""
    try:
        yield
    finally:
        worker.join()
    if "error" in members:
        raise members["error"]
    found = areas_by_entity(
        store, (row["body"] for row in rows), timeout=timeout, members=members["found"]
    )
    _set_areas(rows, "body", found)


def _merge_contexts(
    groups: list[tuple[dict[str, Any], list[Node]]],
    keys: Sequence[str],
    areas: Sequence[str] = AREAS,
) -> list[tuple[dict[str, Any], list[Node | None], list[Node]]]:
    """Rows of one fact that differ only in ``context`` merged; contexts, evidence and areas
    listed."""
    merged: dict[tuple[Node | None, ...], tuple[dict[str, Any], list[Node | None], list[Node]]] = {}
    for row, evidence in groups:
        key = tuple(row.get(k) for k in keys)
        entry = merged.setdefault(key, (row, [], []))
        context = row.get("context")
        if context is not None and context not in entry[1]:
            entry[1].append(context)
        for e in evidence:
            if e not in entry[2]:
                entry[2].append(e)
        if entry[0] is not row:
            for area in areas:
                for value in row.get(area, []):
                    if value not in entry[0][area]:
                        entry[0][area].append(value)
    return list(merged.values())


def _sort(rows: list[Row], *keys: str) -> list[Row]:
    return sorted(rows, key=lambda r: tuple(str(r.get(k) or "").casefold() for k in keys))


# ---------------------------------------------------------------------------------------------
# the lookups


def chairs(
    store: Store,
    body: str | None = None,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    timeout: float | None = None,
    own_dates: bool = True,
) -> list[Row]:
    """Every chair and the body they chair (``body``: only that body's chair), with the
    municipality and county of the body; ``within``: only bodies of that scope; ``as_of``: only
    the chairs in force on that day (:mod:`hytegraph.query.when`). ``own_dates=False`` (for a
    table, which does not show them) leaves ``start`` and ``end`` empty unless ``as_of`` is
    given; the time notes are the same either way."""
    bindings: dict[str, Node] = {}
    if body is not None:
        from hytegraph.store.names import BODY_KINDS

        match = resolve(store, body, BODY_KINDS, "body", within=within, timeout=timeout)
        bindings["body"] = URIRef(match.iri)
    if as_of is None:
        return _chairs_in_one_query(store, bindings, lang, within, timeout, own_dates)
    return _chairs_by_parts(store, bindings, lang, within, as_of, timeout)


def _chairs_by_parts(
    store: Store,
    bindings: dict[str, Node],
    lang: str,
    within: Scope,
    as_of: str | None,
    timeout: float | None,
) -> list[Row]:
    """:func:`chairs` as the other lookups work: the catalogue query's rows (those in force on
    ``as_of``), then labels, evidence and areas fetched for them (:class:`_Context`)."""
    groups = _group(
        _rows(store, "who-chairs-what", bindings, timeout, within, as_of),
        ("chair", "body", "exOfficio", "fact"),
    )
    ctx = _Context(store, lang)
    with _areas_beside(store, [row for row, _ in groups], "body", timeout):
        ctx.label_all(t for row, _ in groups for t in (row["chair"], row["body"]))
        ctx.prefetch(e for _row, evidence in groups for e in evidence)
    ctx.label_all(t for row, _ in groups for t in (*row["municipality"], *row["county"]))
    out = [
        _with_areas(
            {
                "chair": ctx.label(row["chair"]),
                "body": ctx.label(row["body"]),
                "ex_officio": bool(row["exOfficio"] is not None and row["exOfficio"].toPython()),  # type: ignore[union-attr]
                "chair_iri": _s(row["chair"]),
                "body_iri": _s(row["body"]),
                "fact_iri": _s(row["fact"]),
                "sources": ctx.sources(evidence),
            },
            ctx,
            row,
        )
        for row, evidence in groups
    ]
    return when.annotate(store, _sort(out, "body", "chair"), as_of, lang)


#: The columns of ``chairs_rows.rq``, in its order.
_CHAIR_COLUMNS = (
    "chair",
    "body",
    "exOfficio",
    "fact",
    "evidence",
    "chairLang",
    "chairFi",
    "bodyLang",
    "bodyFi",
    "quote",
    "source",
    "item",
    "itemNumber",
    "respondent",
    "start",
    "end",
)
#: A language tag as the lookups take it (written into ``chairs_rows.rq``).
_LANG_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


#: The block of ``chairs_rows.rq`` that reads the facts' own dates.
_OWN_DATES = re.compile(
    r"^[ \t]*# own dates:.*?^[ \t]*# end of own dates\n", re.MULTILINE | re.DOTALL
)


def _chairs_text(lang: str, within: Scope, own_dates: bool = True) -> str:
    """``chairs_rows.rq`` for ``lang`` (the "# in lang" lines left out for Finnish) and
    ``within``; without ``own_dates``, without the block that reads the facts' own dates."""
    if not _LANG_TAG.fullmatch(lang):
        raise QueryError(f"{lang!r} is not a language tag")
    text = resources.read_sparql("chairs_rows")
    if not own_dates:
        text, found = _OWN_DATES.subn("", text)
        if found != 1:  # pragma: no cover - a broken package
            raise QueryError("chairs_rows.rq has no block of own dates")
    if lang.lower() == "fi":
        text = "\n".join(
            line for line in text.splitlines() if not line.rstrip().endswith("# in lang")
        )
    else:
        text = text.replace('"LANG"', f'"{lang}"')
    return _scoped_text(text, within, "chairs_rows.rq")


def _term(value: str) -> Node:
    """An IRI or blank node from :meth:`Store.select_plain`'s string."""
    return BNode(value[2:]) if value.startswith("_:") else URIRef(value)


def _number(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


@dataclass
class _ChairGroup:
    """One row of ``chairs``: a chair, a body, whether ex officio, the fact; and what the
    query's rows gave about them."""

    chair: str
    body: str
    ex_officio: bool
    fact: str
    evidence: dict[str, None]
    start: set[str]
    end: set[str]


def _chairs_in_one_query(
    store: Store,
    bindings: dict[str, Node],
    lang: str,
    within: Scope,
    timeout: float | None,
    own_dates: bool = True,
) -> list[Row]:
    """:func:`chairs` without ``as_of``: one query (``chairs_rows.rq``) gives the rows with the
    labels of their chairs and bodies, their evidence and their facts' own dates, as plain
    strings; what it leaves (labels of the few sources, items and respondents, short titles,
    the dates of the sources, the areas of the bodies) is looked up for the distinct nodes only.
    The rows, their order and their values are those of the general path (``who-chairs-what``
    and :class:`_Context`)."""
    members: dict[str, Any] = {}
    worker: threading.Thread | None = None
    from hytegraph.store.oxigraph import OxigraphStore

    if not bindings and within.empty and isinstance(store, OxigraphStore):
        # every chair: the areas of thousands of bodies, asked per area in a second thread
        # while the store answers the rows (on two cores both at once; pyoxigraph answers
        # queries from two threads, rdflib's query parser does not)
        def work() -> None:
            try:
                members["found"] = every_area_member(store, timeout=timeout)
            except BaseException as e:  # handed to the caller's thread below
                members["error"] = e

        worker = threading.Thread(target=work, name="hytegraph-areas", daemon=True)
        worker.start()
    # (should the query fail, the daemon thread is left to end on its own)
    plain = store.select_plain(_chairs_text(lang, within, own_dates), bindings, timeout=timeout)
    column = {name: i for i, name in enumerate(_CHAIR_COLUMNS)}
    c_chair, c_body, c_ex, c_fact, c_ev = (column[k] for k in _CHAIR_COLUMNS[:5])
    # the order of who-chairs-what (ORDER BY ?body ?chair ?evidence ?fact; unbound first)
    plain.sort(
        key=lambda r: (
            r[c_body] or "",
            r[c_chair] or "",
            r[c_ev] is not None,
            r[c_ev] or "",
            r[c_fact] or "",
        )
    )
    groups: dict[tuple[str, str, str, str], _ChairGroup] = {}
    found_labels: dict[str, tuple[set[str], set[str]]] = {}
    # each piece of evidence: the values of these columns (in this order) the rows gave
    fields = ("quote", "source", "item", "itemNumber", "respondent")
    field_columns = tuple(column[f] for f in fields)
    evidence: dict[str, tuple[set[str], ...]] = {}
    for row in plain:
        chair, body_, ex, fact = row[c_chair], row[c_body], row[c_ex], row[c_fact]
        if chair is None or body_ is None or fact is None:
            continue
        key = (chair, body_, ex or "", fact)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _ChairGroup(
                chair, body_, ex in ("true", "1"), fact, {}, set(), set()
            )
        for node, in_lang, in_fi in (
            (chair, "chairLang", "chairFi"),
            (body_, "bodyLang", "bodyFi"),
        ):
            pair = found_labels.setdefault(node, (set(), set()))
            if (value := row[column[in_lang]]) is not None:
                pair[0].add(value)
            if (value := row[column[in_fi]]) is not None:
                pair[1].add(value)
        for which in ("start", "end"):
            if (value := row[column[which]]) is not None:
                getattr(group, which).add(value[:10])
        ev = row[c_ev]
        if ev is not None:
            group.evidence.setdefault(ev, None)
            details = evidence.get(ev)
            if details is None:
                details = evidence[ev] = tuple(set() for _ in fields)
            for found, at in zip(details, field_columns, strict=True):
                if (value := row[at]) is not None:
                    found.add(value)
    ctx = _Context(store, lang)
    # a chair or body with a preferred label in the language or in Finnish is named by it (as
    # hytegraph.query.labels.choose would); the others as every lookup names them
    names: dict[str, str] = {}
    missing: list[Node] = []
    for node, (in_lang, in_fi) in found_labels.items():
        if in_lang or in_fi:
            names[node] = min(in_lang or in_fi)
        else:
            missing.append(_term(node))
    if missing:
        ctx.label_all(missing)
        names.update((str(t), ctx.label(t) or "") for t in missing)
    bodies = {g.body: _term(g.body) for g in groups.values()}
    area_rows = [{"body": term} for term in bodies.values()]
    # each piece of evidence: (quote, source, item, itemNumber, respondent), one value each
    first: dict[str, tuple[str | None, ...]] = {}
    if worker is not None:
        areas_beside: Any = _areas_after(store, area_rows, worker, members, timeout)
    else:
        areas_beside = _areas_beside(store, area_rows, "body", timeout)
    with areas_beside:
        for ev, details in evidence.items():
            first[ev] = tuple(min(v) if v else None for v in details)
        nodes = {value for values in first.values() for value in values[1:3] + values[4:] if value}
        terms = {value: _term(value) for value in nodes}
        ctx.label_all(terms.values())
        sources = {values[1] for values in first.values()} - {None}
        ctx._short_titles(terms[s] for s in sources if s is not None)
        dates = when._source_dates(store, {terms[s] for s in sources if s is not None})
    areas_of_body = {str(r["body"]): r for r in area_rows}
    ctx.label_all(t for r in area_rows for t in (*r["municipality"], *r["county"]))

    def shown(ev: str) -> Row | None:
        quote, source, item, number, respondent = first[ev]
        if quote is None:  # not evidence with a quote: nothing to show
            return None
        source_term = terms.get(source) if source is not None else None
        return {
            "source": ctx.label(source_term),
            "source_short": ctx._short.get(source_term) if source_term is not None else None,
            "item": ctx.label(terms.get(item) if item is not None else None),
            "item_number": _number(number) if item is not None else None,
            "respondent": ctx.label(terms.get(respondent) if respondent is not None else None),
            "quote": quote,
            "evidence_iri": ev,
            "source_iri": source,
            "item_iri": item,
            "respondent_iri": respondent,
        }

    evidence_rows = {ev: shown(ev) for ev in evidence}
    out: list[Row] = []
    cited: dict[Node, list[when.Citation]] = {}
    own: dict[Node, tuple[str | None, str | None]] = {}
    # the area columns, made once for each combination of areas (thousands of bodies share a
    # few hundred): each row gets its own copies of the lists
    area_columns: dict[tuple[tuple[Node, ...], ...], Row] = {}
    for group in groups.values():
        found = [row for ev in group.evidence if (row := evidence_rows[ev]) is not None]
        found.sort(key=lambda s: (s["item_number"] or 0, s["evidence_iri"]))
        areas = areas_of_body[group.body]
        area_key = (tuple(areas["municipality"]), tuple(areas["county"]))
        shown_areas = area_columns.get(area_key)
        if shown_areas is None:
            shown_areas = area_columns[area_key] = _with_areas({}, ctx, areas)
        row = {
            "chair": names[group.chair],
            "body": names[group.body],
            "ex_officio": group.ex_officio,
            "chair_iri": group.chair,
            "body_iri": group.body,
            "fact_iri": group.fact,
            "sources": found,
        }
        for key, values in shown_areas.items():
            row[key] = list(values)
        out.append(row)
        fact = URIRef(group.fact)
        citing = {s for ev in group.evidence if (s := first[ev][1]) is not None}
        cited[fact] = sorted(
            (when.Citation(s, dates.get(terms[s], "")) for s in citing),
            key=lambda c: (c.date == "", c.date, c.source),
        )
        if group.start or group.end:
            own[fact] = (min(group.start, default=None), min(group.end, default=None))
    return when.annotate(store, _sort(out, "body", "chair"), None, lang, cited=cited, own=own)


def _relations(
    ctx: _Context,
    store: Store,
    query: str,
    bindings: dict[str, Node],
    subject: str,
    timeout: float | None,
    *,
    areas: tuple[str, ...] = AREAS,
    extra_areas: dict[str, list[Node]] | None = None,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    memo: dict[Any, Any] | None = None,
) -> list[Row]:
    """Rows of ``actor-roles`` or ``county-participation`` (whose target belongs to
    ``within``), one per fact and target, with the ``areas`` columns: the target's, and
    ``extra_areas`` (the actor's own)."""
    keys = (subject, "relation", "target", "context", "fact")
    grouped = _group(_rows(store, query, bindings, timeout, within, as_of, memo), keys, areas=areas)
    _fill_areas(store, (row for row, _ in grouped), "target", timeout, areas)
    groups = _merge_contexts(grouped, (subject, "relation", "target", "fact"), areas)
    for row, _contexts, _evidence in groups:
        for area in areas:
            row[area] = list(dict.fromkeys([*row[area], *(extra_areas or {}).get(area, [])]))
    ctx.label_all(
        t
        for row, contexts, _ in groups
        for t in (row[subject], row["relation"], row["target"], *contexts)
    )
    ctx.label_all(t for row, _c, _e in groups for a in areas for t in row[a])
    ctx.prefetch(
        (e for _row, _contexts, evidence in groups for e in evidence),
        (row["fact"] for row, _contexts, _evidence in groups),
    )
    from hytegraph.store.names import index_for

    index = index_for(store)
    out = []
    for row, contexts, evidence in groups:
        out.append(
            _with_areas(
                {
                    subject: ctx.label(row[subject]),
                    "relation": ctx.label(row["relation"]),
                    "target": ctx.label(row["target"]),
                    "target_kind": index.kind(str(row["target"])),
                    "context": [ctx.label(c) for c in contexts],
                    "topic": ctx.topic(row["fact"]),
                    "status": ctx.status(row["fact"]),
                    f"{subject}_iri": _s(row[subject]),
                    "relation_iri": _s(row["relation"]),
                    "target_iri": _s(row["target"]),
                    "context_iri": [str(c) for c in contexts],
                    "fact_iri": _s(row["fact"]),
                    "sources": ctx.sources(evidence),
                },
                ctx,
                row,
                areas,
            )
        )
    return _sort(out, "relation", "target", "fact_iri")


def possibly_same(store: Store, iri: Node, *, timeout: float | None = None) -> list[Node]:
    """The entities recorded as possibly the same as ``iri`` (either direction), sorted."""
    rows = store.select(
        resources.read_sparql("possibly_same"), {"entity": iri}, timeout=timeout
    ).column("other")
    return sorted({r for r in rows if r is not None}, key=str)


def _mark(rows: list[Row], ctx: _Context, other: Node | None) -> list[Row]:
    for row in rows:
        row["possibly_same_as"] = ctx.label(other) if other is not None else None
        row["possibly_same_as_iri"] = _s(other)
    return rows


def _actor_rows(
    ctx: _Context,
    store: Store,
    actor: Node,
    within: Scope,
    timeout: float | None,
    areas: tuple[str, ...] = AREAS,
    as_of: str | None = None,
    memo: dict[Any, Any] | None = None,
) -> list[Row]:
    """What ``actor`` does (``actor-roles``), each row with the target's areas and the actor's
    own. In a scope: all of it when the actor itself belongs to the scope, else the rows whose
    target does (restricted by the query)."""
    own = _areas_memo(store, actor, timeout, memo)
    limit = NO_SCOPE if within.empty or in_scope(own, within) else within
    return _relations(
        ctx,
        store,
        "actor-roles",
        {"actor": actor},
        "actor",
        timeout,
        areas=areas,
        extra_areas=own,
        within=limit,
        as_of=as_of,
        memo=memo,
    )


def _areas_memo(
    store: Store, iri: Node, timeout: float | None, memo: dict[Any, Any] | None
) -> dict[str, list[Node]]:
    """:func:`areas_of`, kept in ``memo`` (when given): checking a candidate in a scope and
    listing its rows ask the same."""
    if memo is None:
        return areas_of(store, iri, timeout=timeout)
    key = ("areas", iri)
    if key not in memo:
        memo[key] = areas_of(store, iri, timeout=timeout)
    return memo[key]  # type: ignore[no-any-return]


def has_rows_in(
    store: Store,
    within: Scope,
    *,
    timeout: float | None = None,
    memo: dict[Any, Any] | None = None,
) -> Any:
    """``has(iri)``: whether an actor does anything in the scope (for :func:`resolve`); the rows
    it reads are kept in ``memo`` (when given)."""

    def has(iri: str) -> bool:
        actor = URIRef(iri)
        if in_scope(_areas_memo(store, actor, timeout, memo), within):
            return True
        return bool(_rows(store, "actor-roles", {"actor": actor}, timeout, within, memo=memo))

    return has


def who(
    store: Store,
    name: str,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    timeout: float | None = None,
) -> tuple[Match, list[Row]]:
    """What an actor does (``as_of``: in force on that day): roles in bodies, responsibilities,
    cooperation, support, monitoring, and the same for each entity recorded as possibly the
    same actor (marked as such). Each row belongs to the areas of its target and of the actor.
    ``within``: the actor is looked for among those that belong to the scope or do something in
    it, and only the rows in the scope are shown (all of them when the actor itself belongs to
    it)."""
    from hytegraph.store.names import ACTOR_KINDS

    memo: dict[Any, Any] = {}  # the rows resolve() reads to check a candidate, used again
    match = resolve(
        store,
        name,
        ACTOR_KINDS,
        "actor",
        within=within,
        has_rows=has_rows_in(store, within, timeout=timeout, memo=memo),
        timeout=timeout,
    )
    ctx = _Context(store, lang)
    actor = URIRef(match.iri)
    rows = _mark(_actor_rows(ctx, store, actor, within, timeout, as_of=as_of, memo=memo), ctx, None)
    for other in possibly_same(store, actor, timeout=timeout):
        rows += _mark(_actor_rows(ctx, store, other, within, timeout, as_of=as_of), ctx, other)
    return match, when.annotate(store, rows, as_of, lang)


#: ``actor-roles`` relations kept for ``county`` (memberships and responsibilities keep theirs).
_COOPERATES = "https://w3id.org/hytegraph/ontology#cooperatesWith"
_COOPERATION = HYTE.Cooperation


def county(
    store: Store,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    timeout: float | None = None,
) -> list[Row]:
    """Every body, responsibility and cooperation a wellbeing services county takes part in
    (``as_of``: in force on that day),
    and those of each entity recorded as possibly the same as the county (marked as such).
    ``within``: only that county (its ``county``), only rows whose target belongs to that
    municipality (its ``municipality``). Rows name the county that takes part (``county``)
    and the municipalities of the target (``municipality``)."""
    ctx = _Context(store, lang)
    rows = _mark(
        _relations(
            ctx,
            store,
            "county-participation",
            {"county": URIRef(within.county.iri)} if within.county is not None else {},
            "county",
            timeout,
            areas=("municipality",),
            within=Scope(municipality=within.municipality),
            as_of=as_of,
        ),
        ctx,
        None,
    )
    only_municipality = Scope(municipality=within.municipality)
    for county_iri in dict.fromkeys(URIRef(r["county_iri"]) for r in list(rows)):
        for other in possibly_same(store, county_iri, timeout=timeout):
            found = _actor_rows(
                ctx,
                store,
                other,
                only_municipality,
                timeout,
                areas=("municipality",),
                as_of=as_of,
            )
            for row in found:
                if row["relation_iri"] == _COOPERATES:  # named as county-participation does
                    row["relation_iri"] = str(_COOPERATION)
                    row["relation"] = ctx.label(_COOPERATION)
                row["county"] = ctx.label(county_iri)
                row["county_iri"] = str(county_iri)
                row.pop("actor", None)
                row.pop("actor_iri", None)
            rows += _mark(found, ctx, other)
    return when.annotate(store, rows, as_of, lang)


def identifiers(store: Store, iri: Node, lang: str = "fi") -> list[Row]:
    """The external identifiers of ``iri``: each ``org:identifier`` (``scheme`` named by its
    datatype, e.g. "kuntanumero") and each ``owl:sameAs`` IRI (``scheme`` "owl:sameAs")."""
    found: list[Row] = []
    for _subject, prop, value in store.objects_of([iri], (ORG.identifier, OWL.sameAs)):
        if prop == OWL.sameAs:
            found.append({"scheme": "owl:sameAs", "value": str(value), "datatype": None})
        elif isinstance(value, Literal):
            datatype = value.datatype
            scheme = labels.label(store, datatype, lang) if datatype is not None else ""
            found.append({"scheme": scheme, "value": str(value), "datatype": _s(datatype)})
    return sorted(found, key=lambda r: (r["scheme"], r["value"]))


def body(
    store: Store,
    name: str,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    timeout: float | None = None,
) -> tuple[Match, list[Row]]:
    """Chair, members, participants, responsible unit and cooperation partners of a body
    (``as_of``: in force on that day), each
    row with the body's municipality and county. ``within``: the body is looked for among
    those of the scope."""
    from hytegraph.store.names import BODY_KINDS, index_for

    match = resolve(store, name, BODY_KINDS, "body", within=within, timeout=timeout)
    iri = URIRef(match.iri)
    groups = _group(
        _rows(store, "body-composition", {"body": iri}, timeout, as_of=as_of),
        ("body", "role", "actor", "fact"),
    )
    areas = areas_of(store, iri, timeout=timeout)
    ctx = _Context(store, lang)
    ctx.label_all(t for row, _ in groups for t in (row["body"], row["role"], row["actor"]))
    ctx.label_all(t for values in areas.values() for t in values)
    ctx.prefetch(
        (e for _row, evidence in groups for e in evidence), (row["fact"] for row, _ in groups)
    )
    index = index_for(store)
    out = [
        _with_areas(
            {
                "body": ctx.label(row["body"]),
                "role": ctx.label(row["role"]),
                "actor": ctx.label(row["actor"]),
                "actor_kind": index.kind(str(row["actor"])),
                "status": ctx.status(row["fact"]),
                "body_iri": _s(row["body"]),
                "role_iri": _s(row["role"]),
                "actor_iri": _s(row["actor"]),
                "fact_iri": _s(row["fact"]),
                "sources": ctx.sources(evidence),
            },
            ctx,
            areas,
        )
        for row, evidence in groups
    ]
    return match, when.annotate(store, _sort(out, "role", "actor"), as_of, lang)


def ngos(
    store: Store,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    as_of: str | None = None,
    timeout: float | None = None,
) -> list[Row]:
    """Bodies in which NGOs (named, or an unnamed group of them) are represented or take part,
    with the municipality and county of the body; ``within``: only bodies of that scope."""
    groups = _group(
        _rows(store, "ngo-representation", {}, timeout, within, as_of),
        ("body", "ngo", "role", "fact"),
    )
    ctx = _Context(store, lang)
    with _areas_beside(store, [row for row, _ in groups], "body", timeout):
        ctx.label_all(t for row, _ in groups for t in (row["body"], row["ngo"], row["role"]))
        ctx.prefetch(e for _row, evidence in groups for e in evidence)
    ctx.label_all(t for row, _ in groups for t in (*row["municipality"], *row["county"]))
    out = [
        _with_areas(
            {
                "body": ctx.label(row["body"]),
                "ngo": ctx.label(row["ngo"]),
                "role": ctx.label(row["role"]),
                "body_iri": _s(row["body"]),
                "ngo_iri": _s(row["ngo"]),
                "role_iri": _s(row["role"]),
                "fact_iri": _s(row["fact"]),
                "sources": ctx.sources(evidence),
            },
            ctx,
            row,
        )
        for row, evidence in groups
    ]
    return when.annotate(store, _sort(out, "body", "ngo"), as_of, lang)


def sources(
    store: Store, name: str, lang: str = "fi", *, timeout: float | None = None
) -> tuple[Match, list[Row]]:
    """Each piece of evidence behind what the graph says about an entity, with the facts it
    supports (by kind)."""
    match = resolve(store, name)
    rows = _rows(store, "entity-evidence", {"entity": URIRef(match.iri)}, timeout)
    by_evidence: dict[Node, list[tuple[Node | None, Node | None]]] = defaultdict(list)
    for row in rows:
        pair = (row["fact"], row["factClass"])
        if pair not in by_evidence[row["evidence"]]:  # type: ignore[index]
            by_evidence[row["evidence"]].append(pair)  # type: ignore[index]
    ctx = _Context(store, lang)
    ctx.label_all(c for pairs in by_evidence.values() for _f, c in pairs)
    ctx.prefetch(by_evidence)
    entity = URIRef(match.iri)
    out = []
    for evidence, pairs in by_evidence.items():
        (details,) = ctx.sources([evidence]) or [None]
        if details is None:
            continue
        facts = sorted(
            {
                _MENTION.get(lang, "maininta") if fact == entity else _fact_class(ctx, cls, lang)
                for fact, cls in pairs
            }
        )
        out.append(
            {
                **{k: details[k] for k in ("quote", "item", "item_number", "respondent", "source")},
                "source_short": details["source_short"],
                "facts": facts,
                "evidence_iri": details["evidence_iri"],
                "source_iri": details["source_iri"],
                "fact_iris": sorted({str(f) for f, _c in pairs if f != entity}),
            }
        )
    out.sort(key=lambda r: (r["item_number"] or 0, r["evidence_iri"]))
    return match, out


def _fact_class(ctx: _Context, cls: Node | None, lang: str) -> str:
    return ctx.label(cls) or ""


# ---------------------------------------------------------------------------------------------
# presentation helpers


def names(
    store: Store,
    text: str | None = None,
    kinds: Iterable[str] | None = None,
    lang: str = "fi",
) -> list[Row]:
    """Every named entity, or those ``text`` may name (the forgiving lookup of
    :mod:`hytegraph.store.names`, best match first), with its kind and its preferred name in
    ``lang`` (``name``: falling back to Finnish) and in each of Finnish, English and Swedish
    (``fi``, ``en``, ``sv``: empty when it has none). ``kinds`` keeps those kinds only."""
    from hytegraph.store.names import index_for

    index = index_for(store)
    wanted = frozenset(kinds) if kinds is not None else None
    if text is not None and text.strip():
        grouped = [(m.iri, index.names_of(m.iri)) for m in index.search(text, wanted)]
    else:
        by_iri: dict[str, list[Any]] = defaultdict(list)
        for entry in index.all():
            if wanted is None or entry.kind in wanted:
                by_iri[entry.iri].append(entry)
        grouped = list(by_iri.items())
    rows = []
    for iri, entries in grouped:
        preferred = {}
        for entry in entries:
            if not entry.is_alt:
                preferred.setdefault(entry.lang, entry.text)
        name = preferred.get(lang) or preferred.get("fi") or entries[0].text
        rows.append(
            {
                "name": name,
                "kind": entries[0].kind,
                **{code: preferred.get(code, "") for code in ("fi", "en", "sv")},
                "iri": iri,
            }
        )
    if text is None or not text.strip():
        rows.sort(key=lambda r: (r["name"].casefold(), r["iri"]))
    return rows


__all__ = [
    "AREAS",
    "NO_SCOPE",
    "SHORT_TITLE",
    "Scope",
    "area_counts",
    "areas_by_entity",
    "areas_of",
    "body",
    "chairs",
    "compact_source",
    "compact_sources",
    "county",
    "format_identifiers",
    "has_rows_in",
    "identifiers",
    "in_scope",
    "names",
    "ngos",
    "possibly_same",
    "resolve",
    "scope",
    "scoped_query",
    "shorten",
    "sources",
    "who",
]
