"""The interactive network map: one self-contained HTML file that works offline.

The page inlines vis-network (the build that pyvis ships, see :func:`vis_network_dir`), the data
and the page script,
so it opens with a double click and fetches nothing; a Content-Security-Policy that allows only
the page's own scripts (by hash) backs that up. Positions come from :mod:`hytegraph.views.layout`
and physics is off, so the picture is drawn at once and is the same for the same graph.

Safety: labels, quotes and the heading are data, never markup. The data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and U+2028/U+2029 escaped,
the heading through autoescaping, and the page script puts every text on screen with
``textContent``; vis-network's own HTML tooltips (node ``title``) are not used.

The data is compact, because a big network is megabytes of it and the browser parses all of
it before the first frame. ``nodes`` are lists ``[iri, label, kind, x, y, size, names,
evidence, page]``: ``names`` holds every other name, for search; ``size`` also ranks the names
drawn when they do not all fit; ``page`` is 1 when the node has a page to link to. ``edges``
are lists ``[from, to, relation, name, evidence, repeat, time]`` where ``from`` and ``to`` are
positions in ``nodes``, ``name`` is a number in ``strings``, ``repeat`` counts earlier edges
between the same two nodes (those are drawn curved) and ``time`` is ``[start, end, first cited,
last cited, ended by]`` (texts ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, ``""`` where unknown;
``ended by`` is the date of the first later source that contradicts the fact, see
``docs/time.md``) or 0 when the fact has no date at all. ``asOf`` is the day the page opens on
(``""``: all dates); the date field hides the edges not in force on the chosen day, by the
rules of ``--as-of``. An evidence row is ``[quote, source, item,
respondent]``, the last three numbers in ``strings`` (-1: none). ``pages`` (or null) says where
the pages are: ``{"base": IRI prefix, "prefix": URL before the rest of the IRI, "suffix": after
it}`` (the server: ``/id/person/x``; a static site: ``id/person/x.html`` beside the map);
``languages`` (or null) maps a language to the URL of the same map in it. The page script
builds vis-network's items from these with only what vis-network draws; names, kinds and
evidence stay in the page's own tables. pyvis supplies vis-network itself; its Python page
builder is not used: its template fetches Bootstrap from a CDN and inserts tooltips and the
heading unescaped, and its ``Network`` adds nothing here but import time.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.core.atomic import atomic_write
from hytegraph.errors import ConfigurationError
from hytegraph.store import Store
from hytegraph.views.network import (
    KINDS,
    LANGUAGES,
    RELATIONS,
    build_network,
    paused_gc,
    resolve_focus,
    select,
)
from hytegraph.views.style import KIND_STYLE, RELATION_STYLE, node_size

if TYPE_CHECKING:
    import networkx as nx

_PACKAGE = Path(__file__).resolve().parent
TEMPLATES = _PACKAGE / "templates"
#: The vis-network build inlined into every map: the one pyvis ships (``pyvis/lib/``).
VIS_NETWORK_VERSION = "9.1.2"

#: Above this many edges the relation labels are left off the lines (the legend, the tooltip
#: and the side panel still name every relation); drawing thousands of labels slows the page.
EDGE_LABEL_LIMIT = 3000

#: Above this many nodes the page draws the names itself, only for the nodes in view and only
#: once they are big enough to read (about 6 pixels high), instead of handing every name to
#: vis-network, which measures all of them before the first frame.
NODE_LABEL_LIMIT = 2000

#: Size of node names at zoom 1, in pixels.
LABEL_FONT_SIZE = 14

#: Every text of the page, per language.
UI: dict[str, dict[str, str]] = {
    "fi": {
        "title": "HYTE-yhteistyöverkosto",
        "search": "Hae nimellä…",
        "search_button": "Hae",
        "no_match": "Ei osumia",
        "matches": "osumaa",
        "kinds": "Solmujen lajit",
        "relations": "Suhteet",
        "nodes": "solmua",
        "edges": "yhteyttä",
        "evidence": "Lähde",
        "source": "lähde",
        "item": "kohta",
        "respondent": "vastaaja",
        "neighbours": "Yhteydet",
        "fit": "Koko verkosto",
        "clear_highlight": "Poista korostus",
        "help": "Napsauta solmua: sen yhteydet korostuvat ja lähteet näkyvät tässä. "
        "Vie hiiri solmun tai viivan päälle nähdäksesi lähdelainauksen.",
        "kind": "laji",
        "relation": "suhde",
        "no_evidence": "ei lähdelainausta",
        "filters": "Suodattimet",
        "details": "Tiedot",
        "close": "Sulje",
        "save_png": "Tallenna kuva",
        "open_page": "Avaa sivu",
        "choose": "Valitse osuma",
        "language": "Kieli",
        "shown": "näkyvissä",
        "as_of": "Päivä",
        "as_of_all": "kaikki ajat",
        "as_of_showing": "Tilanne päivänä",
        "as_of_clear": "Kaikki ajat",
    },
    "en": {
        "title": "HYTE collaboration network",
        "search": "Search by name…",
        "search_button": "Search",
        "no_match": "No match",
        "matches": "matches",
        "kinds": "Kinds of node",
        "relations": "Relations",
        "nodes": "nodes",
        "edges": "edges",
        "evidence": "Evidence",
        "source": "source",
        "item": "item",
        "respondent": "respondent",
        "neighbours": "Connections",
        "fit": "Whole network",
        "clear_highlight": "Clear highlight",
        "help": "Click a node to highlight its connections and show its sources here. "
        "Hover over a node or a line to see the quote it comes from.",
        "kind": "kind",
        "relation": "relation",
        "no_evidence": "no quote",
        "filters": "Filters",
        "details": "Details",
        "close": "Close",
        "save_png": "Save image",
        "open_page": "Open its page",
        "choose": "Choose a match",
        "language": "Language",
        "shown": "shown",
        "as_of": "Date",
        "as_of_all": "all dates",
        "as_of_showing": "As of",
        "as_of_clear": "All dates",
    },
    "sv": {
        "title": "HYTE-samarbetsnätverk",
        "search": "Sök med namn…",
        "search_button": "Sök",
        "no_match": "Ingen träff",
        "matches": "träffar",
        "kinds": "Typer av noder",
        "relations": "Relationer",
        "nodes": "noder",
        "edges": "kopplingar",
        "evidence": "Belägg",
        "source": "källa",
        "item": "punkt",
        "respondent": "svarande",
        "neighbours": "Kopplingar",
        "fit": "Hela nätverket",
        "clear_highlight": "Ta bort markering",
        "help": "Klicka på en nod för att markera dess kopplingar och visa källorna här. "
        "Håll muspekaren över en nod eller linje för att se citatet.",
        "kind": "typ",
        "relation": "relation",
        "no_evidence": "inget citat",
        "filters": "Filter",
        "details": "Detaljer",
        "close": "Stäng",
        "save_png": "Spara bild",
        "open_page": "Öppna sidan",
        "choose": "Välj en träff",
        "language": "Språk",
        "shown": "visas",
        "as_of": "Datum",
        "as_of_all": "alla tider",
        "as_of_showing": "Läget den",
        "as_of_clear": "Alla tider",
    },
}

# Details that name the edge better than its relation ("leads" rather than "responsible for").
_DETAIL_NAMES_RELATIONS = ("member", "responsible")


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ConfigurationError(
            f"unknown language {lang!r}", hint=f"Choose one of {', '.join(LANGUAGES)}."
        )


# ---------------------------------------------------------------------------------------------
# safe embedding


_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``</script>``, no
    ``<!--``, no line separators that older parsers treat as line ends."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for char, escape in _JSON_ESCAPES:  # str.replace is far faster than str.translate here
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def vis_network_dir() -> Path:
    """The folder of the vis-network build that the installed pyvis ships (found without
    importing pyvis, whose import is slow)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    for root in roots:
        folder = Path(root) / "lib" / f"vis-{VIS_NETWORK_VERSION}"
        if (folder / "vis-network.min.js").is_file() and (folder / "vis-network.css").is_file():
            return folder
    raise ConfigurationError(
        f"vis-network {VIS_NETWORK_VERSION} was not found in the installed pyvis package",
        hint="Install the pyvis version hytegraph asks for: pip install 'pyvis==0.3.2'.",
    )


@cache
def _asset(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    return env.get_template("map.html")


# ---------------------------------------------------------------------------------------------
# graph → page data


class _Strings:
    """Interns the texts that repeat across evidence rows and edges (source documents, items,
    respondents, relation names): the page holds each once and refers to it by number."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        if not text:
            return -1
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.index)
        return found

    def table(self) -> list[str]:
        return list(self.index)


def _evidence_rows(evidence: Iterable[dict[str, str]], strings: _Strings) -> list[list[Any]]:
    return [
        [e["quote"], strings(e["source"]), strings(e["item"]), strings(e["respondent"])]
        for e in evidence
    ]


def _edge_name(data: dict[str, Any], lang: str) -> str:
    relation = RELATIONS[data["relation"]]
    detail = data.get(f"detail_label_{lang}") or ""
    if detail and data["relation"] in _DETAIL_NAMES_RELATIONS:
        return detail
    return relation.name(lang)


def page_data(
    graph: nx.MultiDiGraph,
    positions: dict[Any, tuple[float, float]],
    lang: str,
    pages: dict[str, Any] | None = None,
    times: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """The data the page script draws from (see the module docstring for its layout).
    ``pages``: where the nodes' pages are (``base``, ``prefix``, ``suffix``), and optionally
    ``only``, the IRIs that have one (default: every IRI under ``base``)."""
    base = pages["base"] if pages else None
    only = set(pages["only"]) if pages and pages.get("only") is not None else None
    strings = _Strings()
    degree = dict(graph.degree())
    index: dict[str, int] = {}
    nodes: list[list[Any]] = []
    for node, data in graph.nodes(data=True):
        index[node] = len(nodes)
        x, y = positions[node]
        label = data.get(f"label_{lang}") or data.get("label_fi") or node
        names = {data.get(f"label_{lg}", "") for lg in LANGUAGES} | set(data["alt_labels"])
        names.discard(label)
        names.discard("")
        nodes.append(
            [
                node,
                label,
                data["kind"],
                x,
                y,
                node_size(degree.get(node, 0)),
                sorted(names),
                _evidence_rows(data["evidence"], strings),
                int(base is not None and node.startswith(base) and (only is None or node in only)),
            ]
        )
    edges: list[list[Any]] = []
    seen_pairs: Counter[tuple[str, str]] = Counter()
    for u, v, data in graph.edges(data=True):
        pair = (min(u, v), max(u, v))
        repeat = seen_pairs[pair]  # a second relation between the same two nodes bends aside
        seen_pairs[pair] += 1
        edges.append(
            [
                index[u],
                index[v],
                data["relation"],
                strings(_edge_name(data, lang)),
                _evidence_rows(data["evidence"], strings),
                repeat,
                (times or {}).get(data.get("fact", ""), 0),
            ]
        )
    big = len(nodes) > NODE_LABEL_LIMIT
    return {
        "canvasLabels": True,
        "pages": (
            {k: pages[k] for k in ("base", "prefix", "suffix")} if pages is not None else None
        ),
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
        "strings": strings.table(),
        "nodes": nodes,
        "edges": edges,
        "options": _options(big),
    }


def _options(big: bool) -> dict[str, Any]:
    """vis-network's options: positions fixed in advance, physics off, straight lines."""
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 3_600_000,  # the page draws its own tooltips
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {
            "borderWidth": 1.5,
            "font": {
                "size": LABEL_FONT_SIZE,
                "face": "system-ui, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": False,
            "width": 1.3,
            "selectionWidth": 1.5,
            "arrowStrikethrough": False,
            "font": {
                "size": 10,
                "align": "middle",
                "color": "#333333",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "groups": {
            key: {
                "shape": shape,
                "color": {
                    "background": colour,
                    "border": "#333333" if key != "collective" else "#777777",
                    "highlight": {"background": colour, "border": "#000000"},
                    "hover": {"background": colour, "border": "#000000"},
                },
                **({"shapeProperties": {"borderDashes": [4, 3]}} if key == "collective" else {}),
            }
            for key, (colour, shape) in KIND_STYLE.items()
        },
    }


def _legend(graph: nx.MultiDiGraph, lang: str) -> tuple[list[dict[str, Any]], ...]:
    kind_counts = Counter(k for _n, k in graph.nodes(data="kind"))
    relation_counts = Counter(r for _u, _v, r in graph.edges(data="relation"))
    kinds = [
        {
            "key": key,
            "name": KINDS[key].name(lang),
            "color": KIND_STYLE[key][0],
            "shape": KIND_STYLE[key][1],
            "count": kind_counts[key],
        }
        for key in KINDS
        if kind_counts[key]
    ]
    relations = [
        {
            "key": key,
            "name": RELATIONS[key].name(lang),
            "color": RELATION_STYLE[key][0],
            "dashes": RELATION_STYLE[key][1],
            "arrow": RELATION_STYLE[key][2],
            "count": relation_counts[key],
        }
        for key in RELATIONS
        if relation_counts[key]
    ]
    return kinds, relations


def render_graph(
    graph: nx.MultiDiGraph,
    *,
    lang: str = "fi",
    title: str | None = None,
    pages: dict[str, Any] | None = None,
    languages: dict[str, str] | None = None,
    times: dict[str, list[str]] | None = None,
    as_of: str | None = None,
    layout_rounds: int | None = None,
) -> str:
    """The HTML page for an already built (and selected) network graph; ``pages`` and
    ``languages`` as in the module docstring; ``times`` the dates of each fact
    (:func:`edge_times`) and ``as_of`` the day the page opens on; ``layout_rounds`` the
    layout's rounds (:func:`hytegraph.views.layout.spring_positions`; None: by the size)."""
    with paused_gc():
        return _render_graph(graph, lang, title, pages, languages, times, as_of, layout_rounds)


def edge_times(store: Store, graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """``fact IRI → [start, end, first cited, last cited, ended by, held back]`` for the facts
    the edges of ``graph`` draw (only those with some date): their own interval, the dates of
    the sources that cite them, the first later source that contradicts them, and ``"1"`` when
    their status is ended or planned, which keeps a fact without dates of its own from being in
    force by its citations (:func:`hytegraph.query.when.held_back`, docs/time.md)."""
    from hytegraph.core import resources
    from hytegraph.query import when

    facts = {data["fact"] for _u, _v, data in graph.edges(data=True) if data.get("fact")}
    if not facts:
        return {}
    own: dict[str, tuple[str, str]] = {}
    for subject, start, end in store.select_plain(resources.read_sparql("network_dates")):
        if subject in facts:
            own[subject] = (start or "", end or "")
    ended: dict[str, str] = {}
    for fact, ended_by in store.select_plain(resources.read_sparql("time_contradicted")):
        if fact in facts and ended_by:
            ended[fact] = ended_by
    from rdflib import URIRef

    from hytegraph.core.namespaces import HYTE

    cited = when.citations(store, (URIRef(f) for f in facts))
    statuses: dict[str, set[Any]] = {}
    for fact_iri, _p, status in store.objects_of({URIRef(f) for f in facts}, (HYTE.status,)):
        statuses.setdefault(str(fact_iri), set()).add(status)
    out: dict[str, list[str]] = {}
    for fact in facts:
        start, end = own.get(fact, ("", ""))
        first, last = when.first_last(cited.get(URIRef(fact), []))
        held = "1" if when.held_back(statuses.get(fact, ())) else ""
        row = [start[:10], end[:10], first, last, ended.get(fact, ""), held]
        if any(row):
            out[fact] = row
    return out


def _render_graph(
    graph: nx.MultiDiGraph,
    lang: str,
    title: str | None,
    pages: dict[str, Any] | None = None,
    languages: dict[str, str] | None = None,
    times: dict[str, list[str]] | None = None,
    as_of: str | None = None,
    layout_rounds: int | None = None,
) -> str:
    from hytegraph.views.layout import positions as layout_positions

    _check_lang(lang)
    ui = UI[lang]
    heading = title if title is not None else ui["title"]
    kinds, relations = _legend(graph, lang)
    data = {
        "lang": lang,
        "ui": ui,
        "kinds": kinds,
        "relations": relations,
        "languages": languages,
        "asOf": as_of or "",
        **page_data(graph, layout_positions(graph, rounds=layout_rounds), lang, pages, times),
    }
    vis_js = _asset(vis_network_dir() / "vis-network.min.js")
    app_js = _asset(TEMPLATES / "map.js")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return _template().render(
        lang=lang,
        title=heading,
        ui=ui,
        csp=csp,
        as_of=data["asOf"],
        node_count=len(data["nodes"]),
        edge_count=len(data["edges"]),
        vis_css=_asset(vis_network_dir() / "vis-network.css"),
        vis_js=vis_js,
        app_js=app_js,
        data_json=script_json(data),
    )


def render_map(
    store: Store,
    *,
    lang: str = "fi",
    focus: str | None = None,
    depth: int = 1,
    kinds: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    title: str | None = None,
    pages: dict[str, Any] | None = None,
    languages: dict[str, str] | None = None,
    as_of: str | None = None,
) -> str:
    """The map of ``store`` as one HTML page (a string).

    ``focus`` (a name or IRI) with ``depth`` draws only that node's neighbourhood; ``kinds``
    (kind keys or families such as ``body``) and ``relations`` restrict what is drawn.
    ``pages`` links each node's details to its page; ``languages`` links the same map in
    other languages (see the module docstring). ``as_of`` (``YYYY-MM-DD``) is the day the
    page's date field opens on: the edges not in force on it are hidden until the field is
    cleared.
    """
    _check_lang(lang)
    graph = build_network(store, lang=lang)
    center = resolve_focus(store, graph, focus) if focus is not None else None
    part = select(graph, focus=center, depth=depth, kinds=kinds, relations=relations)
    return render_graph(
        part,
        lang=lang,
        title=title,
        pages=pages,
        languages=languages,
        times=edge_times(store, part),
        as_of=as_of,
    )


def write_map(path: str | Path, store: Store, **options: Any) -> Path:
    """Write :func:`render_map` to ``path`` atomically; returns the path."""
    html = render_map(store, **options)
    atomic_write(path, html)
    return Path(path)


__all__ = [
    "KIND_STYLE",
    "RELATION_STYLE",
    "UI",
    "page_data",
    "render_graph",
    "render_map",
    "script_json",
    "write_map",
]
