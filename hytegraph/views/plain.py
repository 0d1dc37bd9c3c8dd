"""``who``, ``body`` and their scope on the store's own terms: the same rows as
:mod:`hytegraph.views.lookups` gives, read as pyoxigraph terms (:meth:`OxigraphStore.select_terms`,
:meth:`OxigraphStore.objects`) and turned into plain strings, with no rdflib term in between.

A lookup costs little more than starting Python only if it imports little: rdflib alone takes
longer to import than the whole lookup takes at a million triples. So this module, and what it
imports, never imports rdflib. It answers for a graph in pyoxigraph (the default store, and the
on-disk cache) and without ``--as-of``; :func:`usable` says when. Otherwise the general path of
:mod:`hytegraph.views.lookups` answers (a remote endpoint, the rdflib backend, a date), and
``tests/test_lookup_plain.py`` checks that both give the same rows.

The scope (:class:`Scope`, :func:`scope`, :func:`resolve`), the area counts and the compact
form of the sources are here too, for every backend: they need no RDF terms at all.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import pyoxigraph as ox

from hytegraph.core import resources
from hytegraph.core.namespaces import PREFIXES
from hytegraph.errors import QueryError
from hytegraph.query import catalogue
from hytegraph.query.dates import (
    _LAST_CITED,
    Citation,
    TimedRows,
    _lexical,
    earliest,
    first_last,
    latest,
    not_in_later,
)
from hytegraph.views.sources import compact_source, compact_sources, shorten

if TYPE_CHECKING:
    from hytegraph.store import Store
    from hytegraph.store.names import Match

Row = dict[str, Any]
Term = ox.NamedNode | ox.BlankNode | ox.Literal

_HYTE, _ORG, _DCTERMS = PREFIXES["hyte"], PREFIXES["org"], PREFIXES["dcterms"]
_SKOS, _RDFS, _OWL, _TIME = PREFIXES["skos"], PREFIXES["rdfs"], PREFIXES["owl"], PREFIXES["time"]
_XSD, _RDF = PREFIXES["xsd"], PREFIXES["rdf"]
_N = ox.NamedNode

PREF_LABEL, LABEL = _N(_SKOS + "prefLabel"), _N(_RDFS + "label")
_QUOTE, _SOURCE = _N(_HYTE + "quote"), _N(_DCTERMS + "source")
_ITEM, _RESPONDENT = _N(_HYTE + "sourceItem"), _N(_HYTE + "respondent")
_ITEM_NUMBER, _ALTERNATIVE = _N(_HYTE + "itemNumber"), _N(_DCTERMS + "alternative")
_TOPIC, _STATUS = _N(_HYTE + "topic"), _N(_HYTE + "status")
_IN_COUNTY = _N(_HYTE + "inWellbeingServicesCounty")
_IDENTIFIER, _SAME_AS = _N(_ORG + "identifier"), _N(_OWL + "sameAs")
_EVIDENCE = _N(_HYTE + "evidence")
_SOURCE_DATES = (_N(_DCTERMS + "date"), _N(_DCTERMS + "issued"))
_DURING = (_N(_ORG + "memberDuring"), _N(_HYTE + "validDuring"))
_BEGINNING, _END = _N(_TIME + "hasBeginning"), _N(_TIME + "hasEnd")
_TIMES = (_N(_TIME + "inXSDDate"), _N(_TIME + "inXSDgYearMonth"), _N(_TIME + "inXSDgYear"))
#: Datatypes rdflib leaves out of a literal (a plain string, a string with a language tag).
_NO_DATATYPE = frozenset({_XSD + "string", _RDF + "langString"})
_KINDS = {_HYTE + "Municipality": "municipality", _HYTE + "WellbeingServicesCounty": "county"}

#: The columns that say which area a row belongs to (lists: a row may belong to several).
AREAS = ("municipality", "county")


# ---------------------------------------------------------------------------------------------
# scope, for every backend


@dataclass(frozen=True)
class Scope:
    """The municipality and wellbeing services county a lookup is limited to (either may be
    None), as resolved names."""

    municipality: Match | None = None
    county: Match | None = None

    @property
    def empty(self) -> bool:
        return self.municipality is None and self.county is None

    def describe(self) -> str:
        return " / ".join(m.label for m in (self.municipality, self.county) if m is not None)


NO_SCOPE = Scope()


def scope(store: Store, municipality: str | None = None, county: str | None = None) -> Scope:
    """The :class:`Scope` these names mean (forgiving match among municipalities and among
    counties; :class:`~hytegraph.store.names.AmbiguousName` lists the candidates,
    :class:`~hytegraph.store.names.UnknownName` the closest names)."""
    if municipality is None and county is None:  # no name to resolve: no name index needed
        return NO_SCOPE
    from hytegraph.store.names import index_for

    index = index_for(store)

    def one(name: str | None, kind: str, what: str) -> Match | None:
        if name is None:
            return None
        match = index.resolve(name, frozenset({kind}), what=what)
        return match._replace(label=index.preferred(match.iri))

    return Scope(
        one(municipality, "municipality", "municipality"),
        one(county, "county", "wellbeing services county"),
    )


def area_counts(store: Store, *, timeout: float | None = None) -> tuple[int, int]:
    """How many municipalities and wellbeing services counties the graph holds."""
    row = store.select_plain(resources.read_sparql("scope_counts"), timeout=timeout)[0]
    return (int(row[0] or 0), int(row[1] or 0))


@functools.cache
def sparql_text(name: str) -> str:
    """The text of the package's query ``name`` (read once: a lookup over every entity of a
    graph asks for it thousands of times)."""
    return resources.read_sparql(name)


@functools.cache
def query_text(name: str) -> str:
    """The text of catalogue query ``name`` (read once, as :func:`sparql_text`)."""
    return catalogue.find(name).text


def iri_text(iri: str) -> str:
    """``iri`` written in a query as pyoxigraph's own serialiser writes it (``<...>``); an IRI
    that is not one is refused with a :class:`QueryError`."""
    try:
        return str(_N(iri))
    except ValueError as e:
        raise QueryError(f"cannot write {iri!r} into a query: {e}") from None


#: The line of a lookup's catalogue query where a scope restricts a variable (``# scope: ?body``).
_SCOPE_LINE = re.compile(r"^[ \t]*# scope: \?(\w+)\b.*$", re.MULTILINE)


def scoped_text(text: str, within: Scope, what: str, term: Any = None) -> str:
    """``text`` (a query with a ``# scope: ?var`` line) restricted to ``within``: ``?var`` must
    belong to the scope's municipality (``scope_in_municipality.rq``) and county
    (``scope_in_county.rq``), the areas' IRIs written in by ``term`` (an IRI's text; by default
    :func:`iri_text`). Without a scope, ``text`` unchanged."""
    if within.empty:
        return text
    term = term or iri_text
    line = _SCOPE_LINE.search(text)
    if line is None:
        raise QueryError(
            f"{what} cannot be limited to a municipality or county",
            hint="Its WHERE clause needs a line '# scope: ?var' naming the variable to restrict.",
        )
    patterns = []
    for match, fragment, variable in (
        (within.municipality, "scope_in_municipality", "scopeMunicipality"),
        (within.county, "scope_in_county", "scopeCounty"),
    ):
        if match is not None:
            body = "\n".join(
                row
                for row in resources.read_sparql(fragment).splitlines()
                if not row.lstrip().startswith("#")
            )
            body = re.sub(r"\?entity\b", f"?{line.group(1)}", body)
            body = re.sub(rf"\?{variable}\b", term(match.iri), body)
            patterns.append(body)
    return text[: line.start()] + "\n".join(patterns) + text[line.end() :]


def members(store: Store, within: Scope, timeout: float | None, term: Any = None) -> set[str]:
    """The IRIs of everything that belongs to the scope (to each of its areas)."""
    term = term or iri_text
    text = resources.read_sparql("scope_members")
    sets = [
        {
            row[0]
            for row in store.select_plain(re.sub(r"\?area\b", term(m.iri), text), timeout=timeout)
            if row[0] is not None
        }
        for m in (within.municipality, within.county)
        if m is not None
    ]
    return set.intersection(*sets) if sets else set()


def resolve(
    store: Store,
    name: str,
    kinds: Iterable[str] | None = None,
    what: str = "entity",
    *,
    within: Scope = NO_SCOPE,
    has_rows: Any = None,
    timeout: float | None = None,
    told_apart: Any = None,
) -> Match:
    """The entity ``name`` means (forgiving match; see :mod:`hytegraph.store.names`). With a
    scope, among the entities that belong to it, or (``has_rows(iri)``, for people and others
    that belong to no area) that have rows in it: the best match among those wins, and several
    equally good ones are ambiguous. ``told_apart(store, error, timeout)`` names the candidates
    of an :class:`~hytegraph.store.names.AmbiguousName` that share a name (by default
    :func:`tell_apart`, for a pyoxigraph store)."""
    told_apart = told_apart or tell_apart
    from hytegraph.store.names import AmbiguousName, index_for
    from hytegraph.store.names.index import RELATED_CHECKS

    index = index_for(store)
    wanted = frozenset(kinds) if kinds is not None else None
    if within.empty:
        try:
            return index.resolve(name, wanted, what=what)
        except AmbiguousName as error:
            raise told_apart(store, error, timeout) from None
    inside_scope = members(store, within, timeout, _term_for(store))
    checks = RELATED_CHECKS

    def inside(match: Match) -> bool:
        nonlocal checks
        if match.iri in inside_scope:
            return True
        if has_rows is None or checks <= 0:
            return False
        checks -= 1
        return bool(has_rows(match.iri))

    try:
        return index.resolve_within(name, wanted, inside, what=what, where=within.describe())
    except AmbiguousName as error:
        raise told_apart(store, error, timeout) from None


def tell_apart(store: Any, error: Any, timeout: float | None) -> Any:
    """``error`` (an :class:`~hytegraph.store.names.AmbiguousName`) with candidates of the same
    name told apart by their municipality (or county), and a hint to limit the lookup to one
    (as :func:`hytegraph.views.lookups._told_apart`, on pyoxigraph terms)."""
    from hytegraph.store.names import AmbiguousName, Candidate

    candidates = list(error.candidates)
    same = {c.label for c in candidates if sum(d.label == c.label for d in candidates) > 1}
    if not same:
        return error
    shown = []
    for candidate in candidates:
        label = candidate.label
        if label in same:
            areas = areas_of(store, _N(candidate.iri), timeout)
            found = areas["municipality"] or areas["county"]
            names = labels(store, found) if found else {}
            if found:
                label = f"{label} ({', '.join(names[t] for t in found)})"
        shown.append(Candidate(candidate.iri, candidate.kind, label))
    told = AmbiguousName(error.name, shown)
    told.hint = (
        "Give more of the name, or limit the lookup with --municipality NAME or --county NAME."
    )
    return told


def _term_for(store: Store) -> Any:
    """How an area's IRI is written into a query for ``store``: checked as a SPARQL server
    needs it for a remote endpoint, by pyoxigraph's serialiser otherwise."""
    import sys

    remote = sys.modules.get("hytegraph.store.remote")
    if remote is not None and isinstance(store, remote.EndpointStore):
        from rdflib import URIRef

        return lambda iri: remote.sparql_term(URIRef(iri))
    return iri_text


# ---------------------------------------------------------------------------------------------
# labels on pyoxigraph terms (the rules of hytegraph.query.labels)


def usable(store: Store, as_of: str | None = None) -> bool:
    """Whether :func:`who` and :func:`body` answer for ``store``: a pyoxigraph store, no date."""
    from hytegraph.store.oxigraph import OxigraphStore

    return as_of is None and isinstance(store, OxigraphStore)


def last_segment(term: Term) -> str:
    """The part of an IRI after its last ``#`` or ``/``, percent-decoded (``_:id`` for a blank
    node), as :func:`hytegraph.query.labels.last_segment`."""
    text = term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{text}"
    stripped = text.rstrip("/#")
    cut = max(stripped.rfind("/"), stripped.rfind("#"))
    return unquote(stripped[cut + 1 :]) or text


def _lang_matches(literal: ox.Literal, lang: str) -> bool:
    tag = (literal.language or "").lower()
    return tag == lang.lower() or tag.startswith(lang.lower() + "-")


def choose(pairs: Iterable[tuple[ox.NamedNode, Term]], lang: str = "fi") -> str | None:
    """Pick a label from ``(property, literal)`` pairs as :func:`hytegraph.query.labels.choose`
    does."""
    by_prop: dict[ox.NamedNode, list[ox.Literal]] = {PREF_LABEL: [], LABEL: []}
    for prop, value in pairs:
        if isinstance(value, ox.Literal):
            by_prop.setdefault(prop, []).append(value)
    for prop in (PREF_LABEL, LABEL):
        for wanted in dict.fromkeys((lang, "fi")):
            hits = sorted(v.value for v in by_prop[prop] if _lang_matches(v, wanted))
            if hits:
                return hits[0]
    for prop in (PREF_LABEL, LABEL):
        values = sorted(
            by_prop[prop], key=lambda v: (v.language is not None, v.language or "", v.value)
        )
        if values:
            return values[0].value
    return None


def labels(store: Any, terms: Iterable[Term], lang: str = "fi") -> dict[Term, str]:
    """``{term: label}`` for IRIs (as :func:`hytegraph.query.labels.labels`): a
    ``skos:prefLabel`` in ``lang`` or Finnish, else ``rdfs:label`` is read too."""
    languages = dict.fromkeys((lang, "fi"))
    out: dict[Term, str] = {}
    for term in set(terms):
        pairs = [(PREF_LABEL, o) for o in store.objects(term, PREF_LABEL)]
        if not any(
            isinstance(o, ox.Literal) and _lang_matches(o, code)
            for _p, o in pairs
            for code in languages
        ):
            pairs += [(LABEL, o) for o in store.objects(term, LABEL)]
        out[term] = choose(pairs, lang) or last_segment(term)
    return out


def label(store: Any, term: Term, lang: str = "fi") -> str:
    """The label of one IRI (as :func:`hytegraph.query.labels.label`)."""
    pairs = [(p, o) for p in (PREF_LABEL, LABEL) for o in store.objects(term, p)]
    return choose(pairs, lang) or last_segment(term)


# ---------------------------------------------------------------------------------------------
# rows, areas, evidence


def _rows(
    store: Any,
    name: str,
    bindings: dict[str, Term],
    timeout: float | None,
    within: Scope = NO_SCOPE,
    memo: dict[Any, Any] | None = None,
) -> list[dict[str, Term | None]]:
    """The rows of catalogue query ``name`` (restricted inside the query to ``within``) as
    dicts of pyoxigraph terms; kept in ``memo`` when given."""
    key = (name, tuple(sorted((k, v.value) for k, v in bindings.items())), within)
    if memo is not None and key in memo:
        return memo[key]  # type: ignore[no-any-return]
    text = scoped_text(query_text(name), within, f"catalogue query {name}")
    names, rows = store.select_terms(text, bindings, timeout=timeout)
    found = [dict(zip(names, row, strict=True)) for row in rows]
    if memo is not None:
        memo[key] = found
    return found


def _group(
    rows: Sequence[dict[str, Term | None]], keys: Sequence[str], evidence_var: str = "evidence"
) -> list[tuple[dict[str, Any], list[Term]]]:
    """Rows that differ only in ``evidence_var`` merged; the evidence collected in order."""
    grouped: dict[tuple[Any, ...], tuple[dict[str, Any], list[Term]]] = {}
    for row in rows:
        key = tuple(row.get(k) for k in keys)
        entry = grouped.setdefault(
            key, ({**{k: row.get(k) for k in keys}, **{a: [] for a in AREAS}}, [])
        )
        ev = row.get(evidence_var)
        if ev is not None and ev not in entry[1]:
            entry[1].append(ev)
    return list(grouped.values())


#: How many entities one area query asks about (copies of its group).
_AREA_CHUNK = 50
_ENTITY = "<urn:hytegraph:entity>"
_EACH_ENTITY = re.compile(r"^[ \t]*# each entity:\n(.*?)\n[ \t]*# end\n", re.MULTILINE | re.DOTALL)


def _areas_query(entities: Sequence[ox.NamedNode]) -> str:
    """``scope_areas_of.rq`` about ``entities``: its group once per entity, joined by UNION."""
    text = resources.read_sparql("scope_areas_of")
    found = _EACH_ENTITY.search(text)
    if found is None or _ENTITY not in found.group(1):  # pragma: no cover - a broken package
        raise QueryError(f"scope_areas_of.rq has no group about {_ENTITY}")
    copies = [found.group(1).replace(_ENTITY, str(e)) for e in entities]
    return text[: found.start()] + "\n    UNION\n".join(copies) + "\n" + text[found.end() :]


def areas_by_entity(
    store: Any, entities: Iterable[Term | None], timeout: float | None = None
) -> dict[ox.NamedNode, dict[str, list[ox.NamedNode]]]:
    """The areas of each IRI (as :func:`hytegraph.views.lookups.areas_by_entity` for fewer than
    a thousand entities), each list sorted."""
    wanted = sorted({e for e in entities if isinstance(e, ox.NamedNode)}, key=lambda t: t.value)
    known = getattr(store, "known_areas", None)
    if known is not None:  # every entity's areas, read once (hytegraph.views.every_answer)
        return {e: known(e) for e in wanted}
    found: dict[ox.NamedNode, dict[str, set[ox.NamedNode]]] = {
        e: {"municipality": set(), "county": set()} for e in wanted
    }
    for start in range(0, len(wanted), _AREA_CHUNK):
        text = _areas_query(wanted[start : start + _AREA_CHUNK])
        for entity, area, cls in store.select_terms(text, timeout=timeout)[1]:
            if (
                entity in found
                and isinstance(area, ox.NamedNode)
                and isinstance(cls, ox.NamedNode)
                and cls.value in _KINDS
            ):
                found[entity][_KINDS[cls.value]].add(area)
    municipalities = {m for areas in found.values() for m in areas["municipality"]}
    counties: dict[ox.NamedNode, set[ox.NamedNode]] = defaultdict(set)
    for municipality in municipalities:
        for county_ in store.objects(municipality, _IN_COUNTY):
            if isinstance(county_, ox.NamedNode):
                counties[municipality].add(county_)
    for areas in found.values():
        for municipality in list(areas["municipality"]):
            areas["county"] |= counties.get(municipality, set())
    return {
        e: {key: sorted(values, key=lambda t: t.value) for key, values in areas.items()}
        for e, areas in found.items()
    }


def area_members(store: Any, timeout: float | None = None) -> dict[str, dict[str, set[str]]]:
    """``{entity: {"municipality": {...}, "county": {...}}}`` (plain strings, blank nodes as
    ``_:id``) for everything that belongs to an area of the graph by the path of
    ``scope_area_members.rq`` (any number of steps, none included: an area belongs to itself).
    The steps are read in one query (``scope_area_edges.rq``) and followed from each area in
    Python: at a million triples 0.03 s of the engine's time and a walk, against about a second
    for one path query per area. (The counties of an entity's municipalities are not added.)"""
    kinds = {_HYTE + "Municipality": "municipality", _HYTE + "WellbeingServicesCounty": "county"}
    below: dict[str, list[str]] = defaultdict(list)
    for child, parent in store.select_plain(
        resources.read_sparql("scope_area_edges"), timeout=timeout
    ):
        if child is not None and parent is not None:
            below[parent].append(child)
    members: dict[str, dict[str, set[str]]] = defaultdict(
        lambda: {"municipality": set(), "county": set()}
    )
    for area, cls in store.select_plain(resources.read_sparql("scope_areas"), timeout=timeout):
        if area is None or cls not in kinds or area.startswith("_:"):
            continue
        key = kinds[cls]
        seen = {area}
        todo = [area]
        while todo:
            for child in below.get(todo.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        for entity in seen:
            members[entity][key].add(area)
    return members


def areas_of(store: Any, term: Term, timeout: float | None = None) -> dict[str, list[Any]]:
    """``{"municipality": [...], "county": [...]}``: the areas ``term`` belongs to."""
    return areas_by_entity(store, [term], timeout).get(
        term,  # type: ignore[arg-type]
        {"municipality": [], "county": []},
    )


def in_scope(areas: dict[str, list[Any]], within: Scope) -> bool:
    """Whether something with these areas belongs to every area of the scope."""
    return all(
        _N(match.iri) in areas[key]
        for key, match in (("municipality", within.municipality), ("county", within.county))
        if match is not None
    )


class _Context:
    """Labels, evidence and details for one lookup, each read once (as the general lookups'
    context does, on pyoxigraph terms)."""

    def __init__(self, store: Any, lang: str) -> None:
        self.store = store
        self.lang = lang
        self._labels: dict[Term, str] = {}
        self._evidence: dict[Term, Row | None] = {}
        self._topics: dict[Term, str | None] = {}
        self._status: dict[Term, Term | None] = {}
        self._short: dict[Term, str] = {}

    def label_all(self, terms: Iterable[Term | None]) -> None:
        wanted = {t for t in terms if isinstance(t, ox.NamedNode) and t not in self._labels}
        if wanted:
            self._labels.update(labels(self.store, wanted, self.lang))

    def label(self, term: Term | None) -> str | None:
        if term is None:
            return None
        if isinstance(term, ox.Literal):
            return term.value
        if term not in self._labels:
            self.label_all([term])
        return self._labels[term]

    def prefetch(self, evidence: Iterable[Term] = (), facts: Iterable[Term | None] = ()) -> None:
        objects = self.store.objects
        wanted = [e for e in dict.fromkeys(evidence) if e not in self._evidence]
        if wanted:
            found: dict[Term, dict[ox.NamedNode, Term]] = {}
            for e in wanted:
                values: dict[ox.NamedNode, Term] = {}
                for prop in (_QUOTE, _SOURCE, _ITEM, _RESPONDENT):
                    for value in objects(e, prop):
                        values.setdefault(prop, value)
                found[e] = values
            numbers: dict[Term, Term] = {}
            for item in {v[_ITEM] for v in found.values() if _ITEM in v}:
                for number in objects(item, _ITEM_NUMBER):
                    numbers[item] = number
            self._short_titles(v[_SOURCE] for v in found.values() if _SOURCE in v)
            self.label_all(
                t for v in found.values() for p in (_SOURCE, _ITEM, _RESPONDENT) if (t := v.get(p))
            )
            for e in wanted:
                values = found[e]
                if _QUOTE not in values:  # not evidence with a quote: nothing to show
                    self._evidence[e] = None
                    continue
                item = values.get(_ITEM)
                number = numbers.get(item) if item is not None else None
                source = values.get(_SOURCE)
                respondent = values.get(_RESPONDENT)
                self._evidence[e] = {
                    "source": self.label(source),
                    "source_short": self._short.get(source) if source is not None else None,
                    "item": self.label(item),
                    "item_number": int(number.value) if isinstance(number, ox.Literal) else None,
                    "respondent": self.label(respondent),
                    "quote": values[_QUOTE].value,
                    "evidence_iri": e.value,
                    "source_iri": _s(source),
                    "item_iri": _s(item),
                    "respondent_iri": _s(respondent),
                }
        nodes = [f for f in dict.fromkeys(facts) if f is not None and f not in self._status]
        for node in nodes:
            pairs = [(PREF_LABEL, value) for value in objects(node, _TOPIC)]
            status = objects(node, _STATUS)
            self._topics[node] = (choose(pairs, self.lang) or None) if pairs else None
            self._status[node] = status[-1] if status else None

    def _short_titles(self, sources: Iterable[Term]) -> None:
        wanted = {s for s in sources if s not in self._short}
        if not wanted:
            return
        self.label_all(wanted)
        for node in wanted:
            pairs = [(PREF_LABEL, v) for v in self.store.objects(node, _ALTERNATIVE)]
            chosen = choose(pairs, self.lang) if pairs else None
            self._short[node] = chosen or shorten(self.label(node) or "")

    def sources(self, evidence: Iterable[Term]) -> list[Row]:
        evidence = list(evidence)
        self.prefetch(evidence)
        found = [row for e in evidence if (row := self._evidence.get(e)) is not None]
        return sorted(found, key=lambda s: (s["item_number"] or 0, s["evidence_iri"]))

    def topic(self, node: Term | None) -> str | None:
        if node is None:
            return None
        self.prefetch(facts=[node])
        return self._topics.get(node)

    def status(self, node: Term | None) -> str | None:
        if node is None:
            return None
        self.prefetch(facts=[node])
        value = self._status.get(node)
        return self.label(value) if value is not None else None


def _s(term: Term | None) -> str | None:
    return None if term is None else term.value


def _with_areas(
    out: Row, ctx: _Context, areas: dict[str, list[Any]], keys: Sequence[str] = AREAS
) -> Row:
    """``out`` with the area columns: labels (sorted) and IRIs."""
    for key in keys:
        values = sorted(
            dict.fromkeys(areas.get(key, [])), key=lambda t: (ctx.label(t) or "", t.value)
        )
        out[key] = [ctx.label(v) for v in values]
        out[f"{key}_iri"] = [v.value for v in values]
    return out


def _sort(rows: list[Row], *keys: str) -> list[Row]:
    return sorted(rows, key=lambda r: tuple(str(r.get(k) or "").casefold() for k in keys))


def _relations(
    ctx: _Context,
    store: Any,
    actor: ox.NamedNode,
    timeout: float | None,
    own: dict[str, list[Any]],
    within: Scope,
    memo: dict[Any, Any] | None,
) -> list[Row]:
    """What ``actor`` does (``actor-roles``; its target in ``within``), one row per fact and
    target, with the target's areas and the actor's own (as the general lookups' rows)."""
    subject = "actor"
    rows = _rows(store, "actor-roles", {"actor": actor}, timeout, within, memo)
    grouped = _group(rows, (subject, "relation", "target", "context", "fact"))
    found = areas_by_entity(store, (row["target"] for row, _ in grouped), timeout)
    for row, _ in grouped:
        areas = found.get(row["target"], {})
        for area in AREAS:
            row[area] = list(areas.get(area, []))
    merged: dict[tuple[Any, ...], tuple[dict[str, Any], list[Term], list[Term]]] = {}
    for row, evidence in grouped:
        key = tuple(row.get(k) for k in (subject, "relation", "target", "fact"))
        entry = merged.setdefault(key, (row, [], []))
        context = row.get("context")
        if context is not None and context not in entry[1]:
            entry[1].append(context)
        for e in evidence:
            if e not in entry[2]:
                entry[2].append(e)
        if entry[0] is not row:
            for area in AREAS:
                for value in row.get(area, []):
                    if value not in entry[0][area]:
                        entry[0][area].append(value)
    groups = list(merged.values())
    for row, _contexts, _evidence in groups:
        for area in AREAS:
            row[area] = list(dict.fromkeys([*row[area], *own.get(area, [])]))
    ctx.label_all(
        t
        for row, contexts, _ in groups
        for t in (row[subject], row["relation"], row["target"], *contexts)
    )
    ctx.label_all(t for row, _c, _e in groups for a in AREAS for t in row[a])
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
                    "target_kind": index.kind(_s(row["target"])),
                    "context": [ctx.label(c) for c in contexts],
                    "topic": ctx.topic(row["fact"]),
                    "status": ctx.status(row["fact"]),
                    f"{subject}_iri": _s(row[subject]),
                    "relation_iri": _s(row["relation"]),
                    "target_iri": _s(row["target"]),
                    "context_iri": [c.value for c in contexts],
                    "fact_iri": _s(row["fact"]),
                    "sources": ctx.sources(evidence),
                },
                ctx,
                row,
            )
        )
    return _sort(out, "relation", "target", "fact_iri")


def _areas_memo(
    store: Any, term: Term, timeout: float | None, memo: dict[Any, Any] | None
) -> dict[str, list[Any]]:
    if memo is None:
        return areas_of(store, term, timeout)
    key = ("areas", term)
    if key not in memo:
        memo[key] = areas_of(store, term, timeout)
    return memo[key]  # type: ignore[no-any-return]


def _actor_rows(
    ctx: _Context,
    store: Any,
    actor: ox.NamedNode,
    within: Scope,
    timeout: float | None,
    memo: dict[Any, Any] | None = None,
) -> list[Row]:
    own = _areas_memo(store, actor, timeout, memo)
    limit = NO_SCOPE if within.empty or in_scope(own, within) else within
    return _relations(ctx, store, actor, timeout, own, limit, memo)


def _mark(rows: list[Row], ctx: _Context, other: Term | None) -> list[Row]:
    for row in rows:
        row["possibly_same_as"] = ctx.label(other) if other is not None else None
        row["possibly_same_as_iri"] = _s(other)
    return rows


def possibly_same(store: Any, term: Term, timeout: float | None = None) -> list[Term]:
    """The entities recorded as possibly the same as ``term`` (either direction), sorted."""
    names, rows = store.select_terms(
        sparql_text("possibly_same"), {"entity": term}, timeout=timeout
    )
    index = names.index("other")
    return sorted({r[index] for r in rows if r[index] is not None}, key=lambda t: t.value)


def who(
    store: Store,
    name: str,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    timeout: float | None = None,
) -> tuple[Match, list[Row]]:
    """:func:`hytegraph.views.lookups.who` without a date, on pyoxigraph terms."""
    from hytegraph.store.names import ACTOR_KINDS

    memo: dict[Any, Any] = {}

    def has(iri: str) -> bool:
        actor = _N(iri)
        if in_scope(_areas_memo(store, actor, timeout, memo), within):
            return True
        return bool(_rows(store, "actor-roles", {"actor": actor}, timeout, within, memo))

    match = resolve(store, name, ACTOR_KINDS, "actor", within=within, has_rows=has, timeout=timeout)
    ctx = _Context(store, lang)
    parts = actor_parts(ctx, store, _N(match.iri), within, timeout, memo)
    return match, annotate(store, [row for _owner, rows in parts for row in rows], lang)


def actor_parts(
    ctx: _Context,
    store: Any,
    actor: ox.NamedNode,
    within: Scope = NO_SCOPE,
    timeout: float | None = None,
    memo: dict[Any, Any] | None = None,
) -> list[tuple[Term, list[Row]]]:
    """The rows of :func:`who` for ``actor`` before their time columns, by whose they are: the
    actor's own, then those of each entity recorded as possibly the same (marked)."""
    own = _mark(_actor_rows(ctx, store, actor, within, timeout, memo), ctx, None)
    parts: list[tuple[Term, list[Row]]] = [(actor, own)]
    for other in possibly_same(store, actor, timeout):
        parts.append((other, _mark(_actor_rows(ctx, store, other, within, timeout), ctx, other)))
    return parts


def body(
    store: Store,
    name: str,
    lang: str = "fi",
    *,
    within: Scope = NO_SCOPE,
    timeout: float | None = None,
) -> tuple[Match, list[Row]]:
    """:func:`hytegraph.views.lookups.body` without a date, on pyoxigraph terms."""
    from hytegraph.store.names import BODY_KINDS

    match = resolve(store, name, BODY_KINDS, "body", within=within, timeout=timeout)
    ctx = _Context(store, lang)
    return match, annotate(store, body_rows(ctx, store, _N(match.iri), timeout), lang)


def body_rows(
    ctx: _Context, store: Any, iri: ox.NamedNode, timeout: float | None = None
) -> list[Row]:
    """The rows of :func:`body` for the body ``iri`` before their time columns."""
    from hytegraph.store.names import index_for

    groups = _group(
        _rows(store, "body-composition", {"body": iri}, timeout), ("body", "role", "actor", "fact")
    )
    areas = areas_of(store, iri, timeout)
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
                "actor_kind": index.kind(_s(row["actor"])),
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
    return _sort(out, "role", "actor")


# ---------------------------------------------------------------------------------------------
# time columns without a date (hytegraph.query.when.annotate with as_of=None)


def _citations(store: Any, facts: Iterable[ox.NamedNode]) -> dict[ox.NamedNode, list[Citation]]:
    """The sources that cite each fact (through its evidence), oldest first; undated last."""
    objects = store.objects
    out: dict[ox.NamedNode, list[Citation]] = {}
    source_of: dict[Term, Term | None] = {}
    dates: dict[Term, str] = {}
    for fact in facts:
        evidence = objects(fact, _EVIDENCE)
        if not evidence:
            continue
        found = set()
        for ev in evidence:
            if ev not in source_of:
                sources = objects(ev, _SOURCE)
                source_of[ev] = sources[-1] if sources else None
            if (source := source_of[ev]) is not None:
                found.add(source)
        for source in found:
            if source not in dates:
                texts = [_lexical(v.value) for p in _SOURCE_DATES for v in objects(source, p)]
                if texts:
                    dates[source] = min(texts)
        out[fact] = sorted(
            (Citation(s.value, dates.get(s, "")) for s in found),
            key=lambda c: (c.date == "", c.date, c.source),
        )
    return out


def _own_dates(store: Any, facts: Iterable[ox.NamedNode]) -> dict[Any, tuple[Any, Any]]:
    """The start and end of each fact's own interval, where it has them."""
    objects = store.objects
    out: dict[Any, tuple[Any, Any]] = {}
    for fact in facts:
        interval = next((i for p in _DURING for i in objects(fact, p)), None)
        if interval is None:
            continue
        ends: dict[ox.NamedNode, Term] = {}
        for prop in (_BEGINNING, _END):
            for instant in objects(interval, prop):
                ends[prop] = instant
        value_of = {}
        for instant in set(ends.values()):
            for prop in _TIMES:
                for value in objects(instant, prop):
                    value_of[instant] = _lexical(value.value)
        start = value_of.get(ends.get(_BEGINNING))  # type: ignore[arg-type]
        end = value_of.get(ends.get(_END))  # type: ignore[arg-type]
        if start or end:
            out[fact] = (start, end)
    return out


def _body_sources(store: Any, body: str) -> list[Citation]:
    """The dated sources that state anything about ``body``, oldest first."""
    names, rows = store.select_terms(sparql_text("time_body_sources"), {"body": _N(body)})
    source_at, date_at = names.index("source"), names.index("date")
    found: dict[str, str] = {}
    for row in rows:
        source, date = row[source_at].value, _lexical(row[date_at].value)
        if source not in found or date < found[source]:
            found[source] = date
    return sorted((Citation(s, d) for s, d in found.items()), key=lambda c: (c.date, c.source))


def annotate(store: Any, rows: Sequence[Row], lang: str = "fi") -> TimedRows:
    """``rows`` with the time columns :func:`hytegraph.query.when.annotate` gives them without
    a date: ``start``, ``end``, ``first_cited``, ``last_cited``, ``rule`` (``""``) and
    ``time_note`` ("last cited D1; not in S2 (D2)")."""
    facts = sorted({_N(str(r["fact_iri"])) for r in rows if r.get("fact_iri")}, key=str)
    cited = _citations(store, facts)
    own = _own_dates(store, facts)
    dated = [
        _lexical(date.value) for _source, date in store.select_terms(sparql_text("time_sources"))[1]
    ]
    newest = max(dated, default="")
    described: dict[str, list[Citation]] = {}
    names: dict[str, str] = {}
    out = TimedRows()
    out.as_of = None
    for row in rows:
        fact = _N(str(row["fact_iri"])) if row.get("fact_iri") else None
        its = cited.get(fact, []) if fact is not None else []  # type: ignore[call-overload]
        start, end = own.get(fact, (None, None)) if fact is not None else (None, None)
        first, last = first_last(its)
        body_ = next((str(row[k]) for k in ("body_iri", "target_iri") if row.get(k)), None)
        note = ""
        if last and body_ and newest and earliest(newest) > latest(last):
            if body_ not in described:
                described[body_] = _body_sources(store, body_)
            missing = not_in_later(its, described[body_])
            if missing:
                wanted = {c.source for c in missing} - set(names)
                if wanted:
                    found = labels(store, [_N(s) for s in wanted], lang)
                    names.update({t.value: text for t, text in found.items()})
                listed = ", ".join(f"{names[c.source]} ({c.date})" for c in missing)
                note = _LAST_CITED.get(lang, _LAST_CITED["en"]).format(last=last, missing=listed)
        out.append(
            {
                **row,
                "rule": "",
                "start": start or "",
                "end": end or "",
                "first_cited": first,
                "last_cited": last,
                "time_note": note,
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# the name on stderr


def identifiers(store: Any, term: ox.NamedNode, lang: str = "fi") -> list[Row]:
    """:func:`hytegraph.views.lookups.identifiers` on pyoxigraph terms."""
    found: list[Row] = []
    for prop in (_IDENTIFIER, _SAME_AS):
        for value in store.objects(term, prop):
            if prop == _SAME_AS:
                found.append({"scheme": "owl:sameAs", "value": value.value, "datatype": None})
            elif isinstance(value, ox.Literal):
                datatype = value.datatype if value.datatype.value not in _NO_DATATYPE else None
                scheme = label(store, datatype, lang) if datatype is not None else ""
                found.append({"scheme": scheme, "value": value.value, "datatype": _s(datatype)})
    return sorted(found, key=lambda r: (r["scheme"], r["value"]))


def format_identifiers(found: Sequence[Row]) -> str:
    """``kuntanumero 049; owl:sameAs http://...``: identifiers in one line. An ``owl:sameAs``
    to the Wikidata item already named by a Wikidata identifier is not repeated."""
    wikidata = {
        f"http://www.wikidata.org/entity/{r['value']}"
        for r in found
        if (r.get("datatype") or "").endswith("#WikidataId")
    }
    shown = [r for r in found if not (r["scheme"] == "owl:sameAs" and r["value"] in wikidata)]
    return "; ".join(f"{r['scheme']} {r['value']}".strip() for r in shown)


def announce(store: Any, match: Match, lang: str, areas: bool = False) -> str:
    """The line naming the matched entity on stderr (as the general lookups write it): its
    label, kind, external identifiers and, with ``areas``, its municipality and county."""
    term = _N(match.iri)
    details = [match.kind]
    if ids := format_identifiers(identifiers(store, term, lang)):
        details.append(ids)
    if areas:
        found = [t for values in areas_of(store, term).values() for t in values if t != term]
        names = labels(store, found, lang)
        details += [names[t] for t in found]
    return f"{label(store, term, lang)} ({'; '.join(details)})"


__all__ = [
    "AREAS",
    "NO_SCOPE",
    "Scope",
    "actor_parts",
    "announce",
    "area_counts",
    "area_members",
    "body",
    "body_rows",
    "compact_source",
    "compact_sources",
    "format_identifiers",
    "resolve",
    "scope",
    "shorten",
    "usable",
    "who",
]
