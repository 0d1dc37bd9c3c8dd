"""One-command answers ("who chairs what", "what does Virpi Mattila do"), each a thin layer over
one catalogue query: resolve the name, run the query, group its rows per fact, add labels in
the chosen language and the evidence behind each row.

Every function returns a list of dicts. Label columns (``chair``, ``body``, ``target``, ...) are
in ``lang`` (falling back to Finnish); ``*_iri`` columns hold the IRIs; ``sources`` is a list of
``{"source", "item", "item_number", "respondent", "quote", "evidence_iri"}`` dicts.

An entity recorded as possibly the same as another (``hyte:possiblySameAs``, e.g. an
unidentified "Hyte-alue" and the wellbeing services county) is never merged with it: ``who`` and
``county`` add the other's rows, each marked with ``possibly_same_as`` (its label).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ORG
from hytegraph.query import catalogue, labels

if TYPE_CHECKING:
    from rdflib.term import Node

    from hytegraph.store import Store
    from hytegraph.store.names import Match

Row = dict[str, Any]

_ITEM_WORD = {"fi": "kohta", "en": "item", "sv": "punkt"}
_MENTION = {"fi": "maininta", "en": "mention", "sv": "omnämnande"}


def _s(term: Node | None) -> str | None:
    return None if term is None else str(term)


def resolve(
    store: Store, name: str, kinds: Iterable[str] | None = None, what: str = "entity"
) -> Match:
    """The entity ``name`` means (forgiving match; see :mod:`hytegraph.store.names`)."""
    from hytegraph.store.names import index_for

    return index_for(store).resolve(
        name, frozenset(kinds) if kinds is not None else None, what=what
    )


# ---------------------------------------------------------------------------------------------
# evidence and details


_QUOTE, _SOURCE, _ITEM, _RESPONDENT = (
    HYTE.quote,
    DCTERMS.source,
    HYTE.sourceItem,
    HYTE.respondent,
)
_EVIDENCE_PROPS = (_QUOTE, _SOURCE, _ITEM, _RESPONDENT)


def _group(
    rows: Sequence[dict[str, Node | None]], keys: Sequence[str], evidence_var: str = "evidence"
) -> list[tuple[dict[str, Node | None], list[Node]]]:
    """Rows that differ only in ``evidence_var`` merged; the evidence collected in order."""
    grouped: dict[tuple[Node | None, ...], tuple[dict[str, Node | None], list[Node]]] = {}
    for row in rows:
        key = tuple(row.get(k) for k in keys)
        entry = grouped.setdefault(key, ({k: row.get(k) for k in keys}, []))
        ev = row.get(evidence_var)
        if ev is not None and ev not in entry[1]:
            entry[1].append(ev)
    return list(grouped.values())


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
                self._evidence[e] = {
                    "source": self.label(values.get(_SOURCE)),
                    "item": self.label(item),
                    "item_number": int(number) if isinstance(number, Literal) else None,
                    "respondent": self.label(values.get(_RESPONDENT)),
                    "quote": str(values[_QUOTE]),
                    "evidence_iri": str(e),
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
    store: Store, name: str, bindings: dict[str, Node] | None, timeout: float | None
) -> list[dict[str, Node | None]]:
    return catalogue.run(store, name, bindings, timeout=timeout).dicts()


def _merge_contexts(
    groups: list[tuple[dict[str, Node | None], list[Node]]], keys: Sequence[str]
) -> list[tuple[dict[str, Node | None], list[Node | None], list[Node]]]:
    """Rows of one fact that differ only in ``context`` merged; contexts and evidence listed."""
    merged: dict[
        tuple[Node | None, ...], tuple[dict[str, Node | None], list[Node | None], list[Node]]
    ] = {}
    for row, evidence in groups:
        key = tuple(row.get(k) for k in keys)
        entry = merged.setdefault(key, (row, [], []))
        context = row.get("context")
        if context is not None and context not in entry[1]:
            entry[1].append(context)
        for e in evidence:
            if e not in entry[2]:
                entry[2].append(e)
    return list(merged.values())


def _sort(rows: list[Row], *keys: str) -> list[Row]:
    return sorted(rows, key=lambda r: tuple(str(r.get(k) or "").casefold() for k in keys))


# ---------------------------------------------------------------------------------------------
# the lookups


def chairs(
    store: Store, body: str | None = None, lang: str = "fi", *, timeout: float | None = None
) -> list[Row]:
    """Every chair and the body they chair (``body``: only that body's chair)."""
    bindings = None
    if body is not None:
        from hytegraph.store.names import BODY_KINDS

        bindings = {"body": URIRef(resolve(store, body, BODY_KINDS, "body").iri)}
    groups = _group(
        _rows(store, "who-chairs-what", bindings, timeout), ("chair", "body", "exOfficio", "fact")
    )
    ctx = _Context(store, lang)
    ctx.label_all(t for row, _ in groups for t in (row["chair"], row["body"]))
    ctx.prefetch(e for _row, evidence in groups for e in evidence)
    out = [
        {
            "chair": ctx.label(row["chair"]),
            "body": ctx.label(row["body"]),
            "ex_officio": bool(row["exOfficio"] is not None and row["exOfficio"].toPython()),  # type: ignore[union-attr]
            "chair_iri": _s(row["chair"]),
            "body_iri": _s(row["body"]),
            "fact_iri": _s(row["fact"]),
            "sources": ctx.sources(evidence),
        }
        for row, evidence in groups
    ]
    return _sort(out, "body", "chair")


def _relations(
    ctx: _Context,
    store: Store,
    query: str,
    bindings: dict[str, Node],
    subject: str,
    timeout: float | None,
) -> list[Row]:
    keys = (subject, "relation", "target", "context", "fact")
    groups = _merge_contexts(
        _group(_rows(store, query, bindings, timeout), keys),
        (subject, "relation", "target", "fact"),
    )
    ctx.label_all(
        t
        for row, contexts, _ in groups
        for t in (row[subject], row["relation"], row["target"], *contexts)
    )
    ctx.prefetch(
        (e for _row, _contexts, evidence in groups for e in evidence),
        (row["fact"] for row, _contexts, _evidence in groups),
    )
    from hytegraph.store.names import index_for

    index = index_for(store)
    out = []
    for row, contexts, evidence in groups:
        out.append(
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
            }
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


def who(
    store: Store, name: str, lang: str = "fi", *, timeout: float | None = None
) -> tuple[Match, list[Row]]:
    """What an actor does: roles in bodies, responsibilities, cooperation, support, monitoring,
    and the same for each entity recorded as possibly the same actor (marked as such)."""
    from hytegraph.store.names import ACTOR_KINDS

    match = resolve(store, name, ACTOR_KINDS, "actor")
    ctx = _Context(store, lang)
    actor = URIRef(match.iri)
    rows = _mark(
        _relations(ctx, store, "actor-roles", {"actor": actor}, "actor", timeout), ctx, None
    )
    for other in possibly_same(store, actor, timeout=timeout):
        found = _relations(ctx, store, "actor-roles", {"actor": other}, "actor", timeout)
        rows += _mark(found, ctx, other)
    return match, rows


#: ``actor-roles`` relations kept for ``county`` (memberships and responsibilities keep theirs).
_COOPERATES = "https://w3id.org/hytegraph/ontology#cooperatesWith"
_COOPERATION = HYTE.Cooperation


def county(store: Store, lang: str = "fi", *, timeout: float | None = None) -> list[Row]:
    """Every body, responsibility and cooperation the wellbeing services county takes part in,
    and those of each entity recorded as possibly the same as the county (marked as such)."""
    ctx = _Context(store, lang)
    rows = _mark(_relations(ctx, store, "county-participation", {}, "county", timeout), ctx, None)
    for county_iri in dict.fromkeys(URIRef(r["county_iri"]) for r in list(rows)):
        for other in possibly_same(store, county_iri, timeout=timeout):
            found = _relations(ctx, store, "actor-roles", {"actor": other}, "actor", timeout)
            for row in found:
                if row["relation_iri"] == _COOPERATES:  # named as county-participation does
                    row["relation_iri"] = str(_COOPERATION)
                    row["relation"] = ctx.label(_COOPERATION)
                row["county"] = ctx.label(county_iri)
                row["county_iri"] = str(county_iri)
                row.pop("actor", None)
                row.pop("actor_iri", None)
            rows += _mark(found, ctx, other)
    return rows


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


def body(
    store: Store, name: str, lang: str = "fi", *, timeout: float | None = None
) -> tuple[Match, list[Row]]:
    """Chair, members, participants, responsible unit and cooperation partners of a body."""
    from hytegraph.store.names import BODY_KINDS, index_for

    match = resolve(store, name, BODY_KINDS, "body")
    groups = _group(
        _rows(store, "body-composition", {"body": URIRef(match.iri)}, timeout),
        ("body", "role", "actor", "fact"),
    )
    ctx = _Context(store, lang)
    ctx.label_all(t for row, _ in groups for t in (row["body"], row["role"], row["actor"]))
    ctx.prefetch(
        (e for _row, evidence in groups for e in evidence), (row["fact"] for row, _ in groups)
    )
    index = index_for(store)
    out = [
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
        }
        for row, evidence in groups
    ]
    return match, _sort(out, "role", "actor")


def ngos(store: Store, lang: str = "fi", *, timeout: float | None = None) -> list[Row]:
    """Bodies in which NGOs (named, or an unnamed group of them) are represented or take part."""
    groups = _group(
        _rows(store, "ngo-representation", None, timeout), ("body", "ngo", "role", "fact")
    )
    ctx = _Context(store, lang)
    ctx.label_all(t for row, _ in groups for t in (row["body"], row["ngo"], row["role"]))
    ctx.prefetch(e for _row, evidence in groups for e in evidence)
    out = [
        {
            "body": ctx.label(row["body"]),
            "ngo": ctx.label(row["ngo"]),
            "role": ctx.label(row["role"]),
            "body_iri": _s(row["body"]),
            "ngo_iri": _s(row["ngo"]),
            "role_iri": _s(row["role"]),
            "fact_iri": _s(row["fact"]),
            "sources": ctx.sources(evidence),
        }
        for row, evidence in groups
    ]
    return _sort(out, "body", "ngo")


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
                "facts": facts,
                "evidence_iri": details["evidence_iri"],
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


def compact_source(source: Row, lang: str = "fi") -> str:
    """``kohta 3 / Kasvun ja oppimisen toimiala``: where a piece of evidence comes from."""
    parts = []
    if source.get("item_number") is not None:
        parts.append(f"{_ITEM_WORD.get(lang, 'kohta')} {source['item_number']}")
    elif source.get("item"):
        parts.append(str(source["item"]))
    if source.get("respondent"):
        parts.append(str(source["respondent"]))
    return " / ".join(parts) or str(source.get("source") or "")


def compact_sources(sources_: Sequence[Row], lang: str = "fi") -> str:
    return "; ".join(dict.fromkeys(compact_source(s, lang) for s in sources_))


__all__ = [
    "body",
    "chairs",
    "compact_source",
    "compact_sources",
    "county",
    "format_identifiers",
    "identifiers",
    "names",
    "ngos",
    "possibly_same",
    "resolve",
    "sources",
    "who",
]
