"""Each page of the graph, built from the store: home, a kind's list, search, an entity or a
source, the query catalogue and one query. ``hytegraph serve`` answers with these and
``hytegraph site`` writes them to files; both pass a :class:`~hytegraph.web.pages.Urls` that
says where the links go."""

from __future__ import annotations

import json
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from hytegraph.core import resources
from hytegraph.core.namespaces import BASE, HYTE, ID
from hytegraph.web import describe as describing
from hytegraph.web.pages import KIND_NAMES, TEXT, Urls, anchor, ego_layout, mark_quotes, render

if TYPE_CHECKING:
    from hytegraph.query.catalogue import Query
    from hytegraph.store import SelectResult, Store
    from hytegraph.store.names import NameIndex

_OUT = resources.read_sparql

#: Entities listed on one page of a kind's list.
PAGE_SIZE = 1000
#: Kinds listed on the home page, in this order (the others follow).
HOME_KINDS = (
    "municipality", "county", "body", "person", "unit", "ngo", "institution", "post",
    "collective", "actor", "document", "activity", "source", "ambiguity", "event", "concept",
)  # fmt: skip
#: Evidence read for one source page at most.
MAX_SOURCE_EVIDENCE = 20_000


def _index(store: Store) -> NameIndex:
    from hytegraph.store.names import index_for

    return index_for(store)


@dataclass
class Entry:
    iri: str
    label: str
    kind: str


@dataclass
class Catalogue:
    """Every named entity of a store, by kind, with its display name (built once, from the name
    index: no query of the graph)."""

    lang: str
    by_kind: dict[str, list[Entry]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, store: Store, lang: str = "fi") -> Catalogue:
        """The catalogue of ``store``'s name index. It depends on the index's entries only, not
        on their order (an index made from the on-disk store and one made from a filtered copy
        give their rows in different orders): of two names of the same kind (alternative or
        not, one language) an entity is shown with the smaller one, the entities are sorted by
        their names, and the kinds are in the order of :data:`HOME_KINDS`, then by name."""
        names: dict[str, dict[tuple[bool, str], str]] = defaultdict(dict)
        kinds: dict[str, str] = {}
        for entry in _index(store).all():
            kinds[entry.iri] = entry.kind
            options = names[entry.iri]
            key = (entry.is_alt, entry.lang)
            known = options.get(key)
            if known is None or entry.text < known:
                options[key] = entry.text
        kinds = dict(sorted(kinds.items()))
        by_kind: dict[str, list[Entry]] = defaultdict(list)
        for iri, kind in kinds.items():
            options = names[iri]
            label = (
                options.get((False, lang))
                or options.get((False, "fi"))
                or options.get((False, ""))
                or min(options.values())
            )
            by_kind[kind].append(Entry(iri, label, kind))
        for entries in by_kind.values():
            entries.sort(key=lambda e: (e.label.casefold(), e.iri))
        order = {k: i for i, k in enumerate(HOME_KINDS)}
        ordered = sorted(by_kind.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        return cls(lang, dict(ordered), kinds)

    def counts(self) -> list[tuple[str, int]]:
        order = {k: i for i, k in enumerate(HOME_KINDS)}
        return sorted(
            ((k, len(v)) for k, v in self.by_kind.items()),
            key=lambda kv: (order.get(kv[0], len(order)), kv[0]),
        )

    def entities(self) -> Iterator[Entry]:
        for entries in self.by_kind.values():
            yield from entries


# ---------------------------------------------------------------------------------------------
# pages


def home_page(catalogue: Catalogue, urls: Urls, lang: str) -> str:
    t = TEXT[lang]
    places = [
        (t["counties"], "counties", catalogue.by_kind.get("county", [])),
        (t["municipalities"], "municipalities", catalogue.by_kind.get("municipality", [])),
    ]
    return render(
        "home.html",
        urls=urls,
        lang=lang,
        counts=catalogue.counts(),
        places=places,
        here="/",
    )


def kind_pages(catalogue: Catalogue, kind: str) -> int:
    return max(1, -(-len(catalogue.by_kind.get(kind, [])) // PAGE_SIZE))


def kind_page(catalogue: Catalogue, kind: str, number: int, urls: Urls, lang: str) -> str | None:
    """Page ``number`` (from 1) of the list of entities of ``kind``; None past the end."""
    entries = catalogue.by_kind.get(kind)
    pages = kind_pages(catalogue, kind)
    if (entries is None and kind not in KIND_NAMES) or number < 1 or number > pages:
        return None
    chosen = (entries or [])[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]

    def page_link(n: int) -> str | None:
        if not 1 <= n <= pages:
            return None
        if urls.static:
            return urls.page(f"kinds/{kind}" + ("" if n == 1 else f"-{n}"))
        return urls.page(f"kinds/{kind}", {"page": str(n)} if n > 1 else None)

    return render(
        "kind.html",
        urls=urls,
        lang=lang,
        kind=kind,
        items=chosen,
        total=len(entries or []),
        pages=pages,
        number=number,
        previous=page_link(number - 1),
        next=page_link(number + 1),
        here=f"/kinds/{kind}",
    )


@dataclass
class Hit:
    iri: str
    label: str
    kind: str
    matched: str


def search(store: Store, text: str, lang: str, limit: int = 100) -> list[Hit]:
    """The entities ``text`` may name (the forgiving name index), best first."""
    index = _index(store)
    hits = []
    for match in index.search(text)[:limit]:
        hits.append(Hit(match.iri, index.preferred(match.iri, lang), match.kind, match.label))
    return hits


def kinds_json(lang: str) -> str:
    return json.dumps({k: v[{"fi": 0, "en": 1, "sv": 2}[lang]] for k, v in KIND_NAMES.items()})


def search_page(store: Store | None, text: str, urls: Urls, lang: str) -> str:
    results = search(store, text, lang) if (store is not None and text.strip()) else None
    return render(
        "search.html",
        urls=urls,
        lang=lang,
        results=results,
        query_text=text,
        kinds_json=kinds_json(lang),
        here="/search",
    )


@dataclass
class SourceRow:
    evidence: describing.Evidence
    facts: list[tuple[str, str | None]]
    found: bool


@dataclass
class SourceView:
    segments: list[Any]
    rows: list[SourceRow]


#: The party a fact is shown with first: the one that acts in it.
_ACTING = {
    str(p): i
    for i, p in enumerate(
        (
            URIRef("http://www.w3.org/ns/org#member"),
            URIRef("http://www.w3.org/ns/org#heldBy"),
            HYTE.responsibleAgent,
            HYTE.focalParty,
            HYTE.supporter,
            HYTE.monitoringBody,
            HYTE.part,
            HYTE.siteAgent,
            HYTE.continuingAgent,
            HYTE.concerns,
        )
    )
}


def _fact_summary(
    facts: Iterable[URIRef],
    triples: Mapping[Any, list[tuple[Any, Any]]],
    names: describing._Labels,
    urls: Urls,
) -> dict[URIRef, tuple[str, str | None]]:
    """A line per fact (its class and parties) and the page it is shown on (the page of its
    first named party, at the fact's anchor)."""
    out: dict[URIRef, tuple[str, str | None]] = {}
    facts = list(facts)
    names.fetch(t for f in facts for pair in triples[f] for t in pair)
    for fact in facts:
        pairs = triples[fact]
        classes = [o for p, o in pairs if p == RDF.type and o != HYTE.Fact]
        parties = [
            (_ACTING.get(str(p), len(_ACTING)), str(o), o)
            for p, o in pairs
            if isinstance(o, URIRef)
            and str(o).startswith(ID)
            and p not in (RDF.type, HYTE.evidence, HYTE.status)
            and not str(o).startswith((ID + "role/", ID + "status/", ID + "kind/"))
        ]
        parties = [o for _rank, _text, o in sorted(parties)]
        badges = [o for p, o in pairs if isinstance(o, URIRef) and str(o).startswith(ID + "role/")]
        words = [names.link(classes[0]).label] if classes else []
        words += [names.link(b).label for b in badges]
        words += [names.link(o).label for o in parties]
        href = None
        for party in parties:
            href = urls.entity(str(party), anchor(str(fact)))
            if href:
                break
        out[fact] = (" · ".join(w for w in words if w), href)
    return out


def source_view(store: Store, iri: str, lang: str, urls: Urls) -> SourceView | None:
    """The verbatim text of a source document with its quotes marked, and what each quote
    supports; None when ``iri`` is not a source document."""
    from hytegraph.core import sourcetext

    node = URIRef(iri)
    out = describing.outgoing(store, node)
    if (RDF.type, HYTE.SourceDocument) not in out:
        return None
    names = describing._Labels(store, lang)
    # two queries that start from the source: its evidence and what each supports, and every
    # triple of those (index lookups from the bound source, not one query per quote)
    supported: dict[Any, list[URIRef]] = defaultdict(list)
    for _src, ev, thing in store.select(_OUT("page_source_support"), {"src": node}).rows:
        if isinstance(thing, URIRef) and len(supported) <= MAX_SOURCE_EVIDENCE:
            supported[ev].append(thing)
    rows = describing.evidence_rows(store, list(supported), names)
    triples: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
    for _src, thing, p, o in store.select(_OUT("page_source_facts"), {"src": node}).rows:
        triples[thing].append((p, o))
    fact_nodes = [f for f, ts in triples.items() if (RDF.type, HYTE.Fact) in ts]
    summaries = _fact_summary(fact_nodes, triples, names, urls)
    names.fetch(triples)
    text_file = next((o for p, o in out if p == HYTE.textFile and isinstance(o, Literal)), None)
    segments: list[Any] = []
    missing: set[str] = set()
    ordered = sorted(rows.values(), key=lambda e: (e.item_number or 0, e.iri))
    info = getattr(store, "info", None)
    if text_file is not None and info is not None:
        try:
            path = sourcetext.resolve(str(text_file), [Path(d) for d in info.data_dirs])
        except sourcetext.TextFileRefused:
            path = None
        if path is not None:
            segments, missing = mark_quotes(
                sourcetext.read(path), [(e.iri, e.quote) for e in ordered]
            )
    view_rows = []
    for e in ordered:
        node_e = URIRef(e.iri)
        lines = []
        for f in supported.get(node_e, []):
            if f in summaries:
                lines.append(summaries[f])
            else:  # an entity's own mention
                lines.append((names.link(f).label, urls.entity(str(f))))
        view_rows.append(SourceRow(e, sorted(lines, key=lambda x: x[0]), e.iri not in missing))
    return SourceView(segments, view_rows)


def entity_page(
    store: Store, iri: str, urls: Urls, lang: str, catalogue: Catalogue | None = None
) -> str | None:
    """The page of ``iri`` (an entity, a fact, a source, a concept ...); None when the graph
    says nothing about it. ``catalogue`` (when at hand) gives the kinds of what it links."""
    kind_of = catalogue.kinds.get if catalogue is not None else None
    d = describing.describe(store, iri, lang, kind_of)
    if d is None:
        return None
    ego, ego_more = ego_layout(d.neighbours, urls)
    on_map = None
    if urls.has_map and d.neighbours and not d.is_fact:
        on_map = urls.map() + "#focus=" + urllib.parse.quote(iri, safe="")
    return render(
        "entity.html",
        urls=urls,
        lang=lang,
        d=d,
        ego=ego,
        ego_more=ego_more,
        on_map=on_map,
        source=source_view(store, iri, lang, urls),
        here="/" + iri[len(BASE) :] if iri.startswith(BASE) else "/",
    )


def queries_page(queries: list[Query], urls: Urls, lang: str) -> str:
    return render("queries.html", urls=urls, lang=lang, queries=queries, here="/queries")


@dataclass
class Cell:
    text: str
    href: str | None = None
    value: str = ""


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Cell]]

    def records(self) -> list[dict[str, str]]:
        """The rows as the JSON and CSV files give them: every variable's value (an IRI or
        a literal's text) and, for IRIs, ``VAR_label``."""
        out = []
        labelled = {
            c for i, c in enumerate(self.columns) if any(r[i].value != r[i].text for r in self.rows)
        }
        for row in self.rows:
            record: dict[str, str] = {}
            for column, cell in zip(self.columns, row, strict=True):
                record[column] = cell.value
                if column in labelled:
                    record[f"{column}_label"] = cell.text
            out.append(record)
        return out

    def columns_out(self) -> list[str]:
        labelled = {
            c for i, c in enumerate(self.columns) if any(r[i].value != r[i].text for r in self.rows)
        }
        cols: list[str] = []
        for c in self.columns:
            cols.append(c)
            if c in labelled:
                cols.append(f"{c}_label")
        return cols


def table(store: Store, result: SelectResult, urls: Urls, lang: str) -> Table:
    """A result as a table: IRIs by label (linked to their page), literals as text."""
    names = describing._Labels(store, lang)
    names.fetch(t for row in result.rows for t in row if isinstance(t, URIRef))
    rows = []
    for row in result.rows:
        cells = []
        for term in row:
            if term is None:
                cells.append(Cell(""))
            elif isinstance(term, URIRef):
                cells.append(Cell(names.link(term).label, urls.entity(str(term)), str(term)))
            else:
                cells.append(Cell(str(term), None, str(term)))
        rows.append(cells)
    return Table(list(result.vars), rows)


def query_page(
    query: Query,
    urls: Urls,
    lang: str,
    values: Mapping[str, str],
    result: Table | None,
    error: str | None = None,
) -> str:
    return render(
        "query.html",
        urls=urls,
        lang=lang,
        q=query,
        values=dict(values),
        result=result,
        error=error,
        here=f"/queries/{query.name}",
    )


def error_page(
    title: str, message: str, urls: Urls, lang: str, suggestions: Iterable[Any] = ()
) -> str:
    return render(
        "error.html",
        urls=urls,
        lang=lang,
        title=title,
        message=message,
        suggestions=list(suggestions),
    )


def kind_counts(catalogue: Catalogue) -> Counter[str]:
    return Counter({k: len(v) for k, v in catalogue.by_kind.items()})


__all__ = [
    "PAGE_SIZE",
    "Catalogue",
    "Table",
    "entity_page",
    "error_page",
    "home_page",
    "kind_page",
    "queries_page",
    "query_page",
    "search",
    "search_page",
    "source_view",
    "table",
]
