"""The interactive network map: one self-contained HTML file that works offline.

The page inlines vis-network (``hytegraph/vendor/vis-network/``), the data and the page script,
so it opens with a double click and fetches nothing; a Content-Security-Policy that allows only
the page's own scripts (by hash) backs that up. Positions come from :mod:`hytegraph.layout`
and physics is off, so the picture is drawn at once and is the same for the same graph.

Safety: labels, quotes and the heading are data, never markup. The data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and U+2028/U+2029 escaped,
the heading through autoescaping, and the page script puts every text on screen with
``textContent``; vis-network's own HTML tooltips (node ``title``) are not used.

pyvis's :class:`~pyvis.network.Network` holds the nodes, edges and options; they are appended
to its lists directly, because its ``add_node`` / ``add_edge`` / ``from_nx`` check membership in
lists and take quadratic time, and the page is written from our own template because pyvis's
template fetches Bootstrap from a CDN and inserts tooltips and the heading unescaped.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hytegraph.atomic import atomic_write
from hytegraph.errors import ConfigurationError
from hytegraph.network import (
    KINDS,
    LANGUAGES,
    RELATIONS,
    build_network,
    paused_gc,
    resolve_focus,
    select,
)
from hytegraph.store import Store

if TYPE_CHECKING:
    import networkx as nx

_PACKAGE = Path(__file__).resolve().parent
TEMPLATES = _PACKAGE / "templates"
VENDOR = _PACKAGE / "vendor" / "vis-network"

#: Above this many edges the relation labels are left off the lines (the legend, the tooltip
#: and the side panel still name every relation); drawing thousands of labels slows the page.
EDGE_LABEL_LIMIT = 3000

#: Node kinds: (fill colour, vis-network shape). Families share a shape: people are dots,
#: organisations stars, city units triangles, NGOs diamonds, bodies squares, documents and
#: activities downward triangles, unnamed collectives and unidentified actors hexagons.
KIND_STYLE: dict[str, tuple[str, str]] = {
    "person": ("#d62728", "dot"),
    "post": ("#ff9896", "dot"),
    "municipality": ("#1f4e9c", "star"),
    "county": ("#8e44ad", "star"),
    "city_unit": ("#4c9be8", "triangle"),
    "ngo": ("#2ca02c", "diamond"),
    "education": ("#b5b520", "diamond"),
    "collective": ("#bdbdbd", "hexagon"),
    "unidentified": ("#8c564b", "hexagon"),
    "programme_steering_group": ("#ffbb78", "square"),
    "steering_group": ("#ff7f0e", "square"),
    "expert_group": ("#17becf", "square"),
    "working_group": ("#9edae5", "square"),
    "regional_group": ("#e377c2", "square"),
    "board": ("#7f3c00", "square"),
    "city_board": ("#393b79", "square"),
    "network": ("#98df8a", "square"),
    "programme": ("#c49c94", "square"),
    "cooperation_project": ("#c5b0d5", "square"),
    "service_point": ("#f7b6d2", "square"),
    "other_body": ("#aaaaaa", "square"),
    "document": ("#e7ba52", "triangleDown"),
    "activity": ("#6b6ecf", "triangleDown"),
    "other": ("#dddddd", "dot"),
}

#: Relations: (line colour, dashes, arrow at the target).
RELATION_STYLE: dict[str, tuple[str, bool, bool]] = {
    "chairs": ("#d62728", False, True),
    "member": ("#555555", False, True),
    "participates": ("#1f77b4", False, True),
    "represented": ("#2ca02c", True, True),
    "responsible": ("#ff7f0e", False, True),
    "cooperates": ("#9467bd", True, False),
    "supports": ("#17becf", True, True),
    "part_of": ("#7f7f7f", True, True),
    "monitors": ("#8c564b", False, True),
    "based_on": ("#bcbd22", True, True),
}

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


def _evidence_rows(evidence: Iterable[dict[str, str]]) -> list[list[str]]:
    return [[e["quote"], e["source"], e["item"], e["respondent"]] for e in evidence]


def _edge_name(data: dict[str, Any], lang: str) -> str:
    relation = RELATIONS[data["relation"]]
    detail = data.get(f"detail_label_{lang}") or ""
    if detail and data["relation"] in _DETAIL_NAMES_RELATIONS:
        return detail
    return relation.name(lang)


def page_data(
    graph: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]], lang: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """vis-network nodes, edges and options for ``graph`` (assembled in a pyvis Network)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    degree = dict(graph.degree())
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        net.nodes.append(
            {
                "id": node,
                "label": data.get(f"label_{lang}") or data.get("label_fi") or node,
                "group": data["kind"],
                "x": x,
                "y": y,
                "size": round(9 + 3 * math.sqrt(degree.get(node, 0)), 1),
                "kind": data["kind"],
                "alt": sorted(
                    {data.get(f"label_{lg}", "") for lg in LANGUAGES} | set(data["alt_labels"])
                ),
                "ev": _evidence_rows(data["evidence"]),
            }
        )
        net.node_ids.append(node)
    with_labels = graph.number_of_edges() <= EDGE_LABEL_LIMIT
    seen_pairs: Counter[tuple[str, str]] = Counter()
    for i, (u, v, data) in enumerate(graph.edges(data=True)):
        colour, dashes, arrow = RELATION_STYLE[data["relation"]]
        pair = (min(u, v), max(u, v))
        repeat = seen_pairs[pair]
        seen_pairs[pair] += 1
        name = _edge_name(data, lang)
        edge: dict[str, Any] = {
            "id": f"e{i}",
            "from": u,
            "to": v,
            "relation": data["relation"],
            "name": name,
            "color": colour,  # a string: one colour for every state, cheapest to set up
            "dashes": dashes,
            "arrows": "to" if arrow else "",
            "ev": _evidence_rows(data["evidence"]),
        }
        if with_labels:
            edge["label"] = name
        if repeat:  # a second relation between the same two nodes bends aside
            edge["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if repeat % 2 else "curvedCCW",
                "roundness": 0.2 * ((repeat + 1) // 2),
            }
        net.edges.append(edge)

    big = graph.number_of_nodes() > 2000
    # a dict, not set_options(): that one strips every space, even inside strings
    net.options = {
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
                "size": 14,
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
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return nodes, edges, json.loads(options)


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


def render_graph(graph: nx.MultiDiGraph, *, lang: str = "fi", title: str | None = None) -> str:
    """The HTML page for an already built (and selected) network graph."""
    with paused_gc():
        return _render_graph(graph, lang, title)


def _render_graph(graph: nx.MultiDiGraph, lang: str, title: str | None) -> str:
    from hytegraph.layout import positions as layout_positions

    _check_lang(lang)
    ui = UI[lang]
    heading = title if title is not None else ui["title"]
    nodes, edges, options = page_data(graph, layout_positions(graph), lang)
    kinds, relations = _legend(graph, lang)
    data = {
        "lang": lang,
        "ui": ui,
        "kinds": kinds,
        "relations": relations,
        "nodes": nodes,
        "edges": edges,
        "options": options,
    }
    vis_js = _asset(VENDOR / "vis-network.min.js")
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
        node_count=len(nodes),
        edge_count=len(edges),
        vis_css=_asset(VENDOR / "vis-network.css"),
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
) -> str:
    """The map of ``store`` as one HTML page (a string).

    ``focus`` (a name or IRI) with ``depth`` draws only that node's neighbourhood; ``kinds``
    (kind keys or families such as ``body``) and ``relations`` restrict what is drawn.
    """
    _check_lang(lang)
    graph = build_network(store, lang=lang)
    center = resolve_focus(store, graph, focus) if focus is not None else None
    part = select(graph, focus=center, depth=depth, kinds=kinds, relations=relations)
    return render_graph(part, lang=lang, title=title)


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
