"""The HTML pages of the graph, the same for ``hytegraph serve`` and the static site.

Every page is a Jinja template with autoescaping (``hytegraph/web/templates/``), so a label or
a quote is always text, never markup. Pages load only their own style sheet and script
(``hytegraph/web/static/``) and say so in a Content-Security-Policy: no inline script, no
inline style, nothing from another site. Links come from a :class:`Urls`: absolute paths on
the server (``/id/person/virpi-mattila``), relative file names in the static site
(``../person/virpi-mattila.html``), so a site works from ``file://`` and from any web server.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hytegraph.core.namespaces import BASE, ID
from hytegraph.core.version import __version__
from hytegraph.views.style import KIND_STYLE

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
LANGUAGES = ("fi", "en", "sv")

#: The policy of every page: its own script and style sheet only.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'"
)

#: Names of the name index's broad kinds of entity.
KIND_NAMES: dict[str, tuple[str, str, str]] = {
    "county": ("hyvinvointialueet", "wellbeing services counties", "välfärdsområden"),
    "municipality": ("kunnat", "municipalities", "kommuner"),
    "ngo": ("järjestöt", "NGOs", "organisationer"),
    "unit": ("kaupunkien yksiköt", "city units", "stadens enheter"),
    "institution": ("oppilaitokset", "educational institutions", "läroanstalter"),
    "collective": ("nimeämättömät joukot", "unnamed collectives", "icke namngivna grupper"),
    "actor": ("tunnistamattomat toimijat", "unidentified actors", "oidentifierade aktörer"),
    "body": ("toimielimet", "bodies", "organ"),
    "person": ("henkilöt", "people", "personer"),
    "post": ("virat", "posts", "tjänster"),
    "document": ("suunnitelmat ja asiakirjat", "plans and documents", "planer och dokument"),
    "activity": ("toiminnot", "activities", "verksamheter"),
    "source": ("lähteet", "sources", "källor"),
    "ambiguity": ("epäselvyydet", "ambiguities", "oklarheter"),
    "event": ("tapahtumat", "events", "händelser"),
    "concept": ("käsitteet", "concepts", "begrepp"),
    "other": ("muut", "other", "övriga"),
}
#: The name index's kinds → the map's kinds, for colours.
_MAP_KIND = {
    "unit": "city_unit",
    "institution": "education",
    "actor": "unidentified",
    "body": "other_body",
    "source": "document",
}
_LANG = {"fi": 0, "en": 1, "sv": 2}

#: Every text of the pages, per language.
TEXT: dict[str, dict[str, str]] = {
    "fi": {
        "site": "HYTE-yhteistyörakenteet",
        "tagline": "Kuntien hyvinvoinnin ja terveyden edistämisen yhteistyörakenteet "
        "tietoverkkona; jokainen tieto on jäljitettävissä lähteeseensä.",
        "skip": "Siirry sisältöön",
        "home": "Etusivu",
        "search": "Haku",
        "search_label": "Hae nimellä",
        "search_button": "Hae",
        "queries": "Kyselyt",
        "map": "Verkostokartta",
        "on_map": "Näytä verkostokartalla",
        "sparql": "SPARQL",
        "counts": "Mitä verkossa on",
        "municipalities": "Kunnat",
        "counties": "Hyvinvointialueet",
        "names": "Nimet",
        "kind": "Laji",
        "identifiers": "Tunnisteet",
        "possibly_same": "Mahdollisesti sama kuin",
        "ambiguities": "Epäselvyydet",
        "mentions": "Maininnat lähteessä",
        "other": "Muut tiedot",
        "incoming": "Mainitaan",
        "more": "ja {n} muuta",
        "evidence": "Lähde",
        "source": "lähde",
        "item": "kohta",
        "respondent": "vastaaja",
        "ego": "Lähiverkosto",
        "ego_more": "ja {n} muuta yhteyttä",
        "text": "Lähteen teksti",
        "supports": "Mitä lähde tukee",
        "quote": "lainaus",
        "no_text": "Lähteen tekstiä ei ole saatavilla.",
        "not_found": "Sivua ei löytynyt",
        "no_results": "Ei osumia.",
        "results": "Tulokset",
        "run": "Suorita",
        "parameters": "Parametrit",
        "optional": "valinnainen",
        "rows": "riviä",
        "download": "Lataa",
        "static_query": "Tämä kysely tarvitsee parametrin; suorita se komennolla",
        "static_run": "Tulokset eivät ole tällä sivustolla; suorita kysely komennolla",
        "translations": "Kieli",
        "turtle": "RDF (Turtle)",
        "jsonld": "RDF (JSON-LD)",
        "all_of_kind": "Kaikki",
        "page": "sivu",
        "previous": "Edellinen",
        "next": "Seuraava",
        "search_hint": "Kirjoita nimi tai sen osa; taivutetut muodot ja aksentit eivät haittaa.",
        "js_search": "Haku toimii selaimessa tämän sivuston nimiluettelosta.",
        "time": "aika",
        "fact": "tieto",
        "version": "hytegraph {v}",
        "sparql_title": "SPARQL-kysely",
        "sparql_help": "Vain luku: jokainen kysely suoritetaan erillisessä prosessissa "
        "ilman verkkoyhteyttä.",
        "format": "Muoto",
        "query": "Kysely",
    },
    "en": {
        "site": "HYTE collaboration structures",
        "tagline": "Finnish municipalities' health and wellbeing promotion collaboration as "
        "a knowledge graph; every fact traces back to its source.",
        "skip": "Skip to content",
        "home": "Home",
        "search": "Search",
        "search_label": "Search by name",
        "search_button": "Search",
        "queries": "Queries",
        "map": "Network map",
        "on_map": "Show on the network map",
        "sparql": "SPARQL",
        "counts": "What the graph holds",
        "municipalities": "Municipalities",
        "counties": "Wellbeing services counties",
        "names": "Names",
        "kind": "Kind",
        "identifiers": "Identifiers",
        "possibly_same": "Possibly the same as",
        "ambiguities": "Ambiguities",
        "mentions": "Mentioned in the source",
        "other": "Other statements",
        "incoming": "Named by",
        "more": "and {n} more",
        "evidence": "Evidence",
        "source": "source",
        "item": "item",
        "respondent": "respondent",
        "ego": "Neighbourhood",
        "ego_more": "and {n} more connections",
        "text": "Text of the source",
        "supports": "What the source supports",
        "quote": "quote",
        "no_text": "The text of the source is not available.",
        "not_found": "Page not found",
        "no_results": "No match.",
        "results": "Results",
        "run": "Run",
        "parameters": "Parameters",
        "optional": "optional",
        "rows": "rows",
        "download": "Download",
        "static_query": "This query needs a parameter; run it with",
        "static_run": "Its results are not on this site; run it with",
        "translations": "Language",
        "turtle": "RDF (Turtle)",
        "jsonld": "RDF (JSON-LD)",
        "all_of_kind": "All",
        "page": "page",
        "previous": "Previous",
        "next": "Next",
        "search_hint": "Type a name or part of it; word forms and accents do not matter.",
        "js_search": "Search runs in the browser, on this site's list of names.",
        "time": "time",
        "fact": "fact",
        "version": "hytegraph {v}",
        "sparql_title": "SPARQL query",
        "sparql_help": "Read-only: every query runs in a process of its own without network "
        "access.",
        "format": "Format",
        "query": "Query",
    },
    "sv": {
        "site": "HYTE-samarbetsstrukturer",
        "tagline": "Finländska kommuners samarbete för hälsa och välfärd som en "
        "kunskapsgraf; varje uppgift kan spåras till sin källa.",
        "skip": "Till innehållet",
        "home": "Startsida",
        "search": "Sök",
        "search_label": "Sök med namn",
        "search_button": "Sök",
        "queries": "Frågor",
        "map": "Nätverkskarta",
        "on_map": "Visa på nätverkskartan",
        "sparql": "SPARQL",
        "counts": "Vad grafen innehåller",
        "municipalities": "Kommuner",
        "counties": "Välfärdsområden",
        "names": "Namn",
        "kind": "Typ",
        "identifiers": "Identifierare",
        "possibly_same": "Möjligen samma som",
        "ambiguities": "Oklarheter",
        "mentions": "Omnämnt i källan",
        "other": "Övriga uppgifter",
        "incoming": "Nämns av",
        "more": "och {n} till",
        "evidence": "Belägg",
        "source": "källa",
        "item": "punkt",
        "respondent": "svarande",
        "ego": "Närmaste nätverk",
        "ego_more": "och {n} kopplingar till",
        "text": "Källans text",
        "supports": "Vad källan stöder",
        "quote": "citat",
        "no_text": "Källans text finns inte tillgänglig.",
        "not_found": "Sidan hittades inte",
        "no_results": "Inga träffar.",
        "results": "Resultat",
        "run": "Kör",
        "parameters": "Parametrar",
        "optional": "valfri",
        "rows": "rader",
        "download": "Ladda ner",
        "static_query": "Frågan behöver en parameter; kör den med",
        "static_run": "Resultaten finns inte på webbplatsen; kör frågan med",
        "translations": "Språk",
        "turtle": "RDF (Turtle)",
        "jsonld": "RDF (JSON-LD)",
        "all_of_kind": "Alla",
        "page": "sida",
        "previous": "Föregående",
        "next": "Nästa",
        "search_hint": "Skriv ett namn eller en del av det; böjningsformer och accenter "
        "spelar ingen roll.",
        "js_search": "Sökningen körs i webbläsaren, i webbplatsens namnlista.",
        "time": "tid",
        "fact": "uppgift",
        "version": "hytegraph {v}",
        "sparql_title": "SPARQL-fråga",
        "sparql_help": "Endast läsning: varje fråga körs i en egen process utan nätverksåtkomst.",
        "format": "Format",
        "query": "Fråga",
    },
}


def kind_name(kind: str, lang: str) -> str:
    names = KIND_NAMES.get(kind) or KIND_NAMES["other"]
    return names[_LANG.get(lang, 0)]


def kind_colour(kind: str) -> str:
    return KIND_STYLE.get(_MAP_KIND.get(kind, kind), KIND_STYLE["other"])[0]


def anchor(iri: str) -> str:
    """The id of a fact or a quote on a page: its IRI after ``id/`` (``fact/chair-x``)."""
    return iri[len(ID) :] if iri.startswith(ID) else urllib.parse.quote(iri, safe="")


# ---------------------------------------------------------------------------------------------
# links


@dataclass
class Urls:
    """Where each page is: on the server (``static=False``: absolute paths, ``?lang=`` when
    not Finnish) or in a static site (relative to the page being written, ``root`` being
    ``../`` repeated to reach the site's top; ``has_page`` says which IRIs have a page)."""

    static: bool = False
    root: str = "/"
    lang: str = "fi"
    has_page: Callable[[str], bool] | None = None
    has_map: bool = True

    def _q(self, params: dict[str, str] | None = None) -> str:
        items = dict(params or {})
        if not self.static and self.lang != "fi":
            items.setdefault("lang", self.lang)
        return ("?" + urllib.parse.urlencode(items)) if items else ""

    def entity(self, iri: str, fragment: str = "") -> str | None:
        """The page of ``iri``, or None when it has none (outside hytegraph, or not written)."""
        if not iri.startswith(BASE):
            return None
        if self.has_page is not None and not self.has_page(iri):
            return None
        path = urllib.parse.quote(iri[len(BASE) :], safe="/-._~")
        tail = f"#{urllib.parse.quote(fragment, safe='/-._~')}" if fragment else ""
        if self.static:
            return f"{self.root}{path}.html{tail}"
        return f"/{path}{self._q()}{tail}"

    def rdf(self, iri: str, fmt: str) -> str | None:
        if self.static or not iri.startswith(BASE):
            return None
        return f"/{urllib.parse.quote(iri[len(BASE) :], safe='/-._~')}.{fmt}"

    def page(self, name: str, params: dict[str, str] | None = None) -> str:
        """A page of the site by name: ``index``, ``search``, ``queries``, ``kinds/person``."""
        if self.static:
            return f"{self.root}{name}.html"
        return "/" + ("" if name == "index" else name) + self._q(params)

    def query(self, name: str, fmt: str = "", params: dict[str, str] | None = None) -> str:
        """A catalogue query's page (``fmt`` "": the form and table; json, csv: the rows)."""
        if self.static:
            return f"{self.root}queries/{name}.{fmt or 'html'}"
        items = dict(params or {})
        if not fmt and self.lang != "fi":
            items.setdefault("lang", self.lang)
        query = ("?" + urllib.parse.urlencode(items)) if items else ""
        return f"/queries/{name}{'.' + fmt if fmt else ''}{query}"

    def asset(self, name: str) -> str:
        return f"{self.root}static/{name}" if self.static else f"/static/{name}"

    def map(self) -> str:
        return f"{self.root}map.html" if self.static else "/map" + self._q()

    def in_lang(self, lang: str, path: str) -> str:
        """The same server page in another language."""
        if self.static:
            return ""
        return path + (("?lang=" + lang) if lang != "fi" else "")


# ---------------------------------------------------------------------------------------------
# the source text with its quotes marked


def normalise_space(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class Segment:
    text: str
    evidence: list[str]  # the evidence IRIs whose quote covers it (empty: plain text)
    starts: list[str]  # the evidence IRIs whose quote starts here


def mark_quotes(text: str, quotes: Sequence[tuple[str, str]]) -> tuple[list[Segment], set[str]]:
    """``text`` cut into segments, each covered by the quotes (``(evidence IRI, quote)``)
    found in it. A quote matches after whitespace normalisation (as ``validate`` checks it);
    returns the segments and the evidence IRIs whose quote was not found."""
    text = unicodedata.normalize("NFC", text)
    flat: list[str] = []
    where: list[int] = []  # flat index → index in text
    in_space = True
    for i, char in enumerate(text):
        if char.isspace():
            if not in_space:
                flat.append(" ")
                where.append(i)
            in_space = True
        else:
            flat.append(char)
            where.append(i)
            in_space = False
    joined = "".join(flat)
    spans: list[tuple[int, int, str]] = []
    missing: set[str] = set()
    for evidence, quote in quotes:
        wanted = normalise_space(quote)
        at = joined.find(wanted) if wanted else -1
        if at < 0:
            missing.add(evidence)
            continue
        start = where[at]
        end = where[at + len(wanted) - 1] + 1
        spans.append((start, end, evidence))
    cuts = sorted({0, len(text), *(s for s, _e, _v in spans), *(e for _s, e, _v in spans)})
    segments: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = [v for s, e, v in spans if s <= a and b <= e]
        starting = [v for s, _e, v in spans if s == a]
        segments.append(Segment(text[a:b], covering, starting))
    return segments, missing


# ---------------------------------------------------------------------------------------------
# the ego map


@dataclass
class EgoNode:
    x: float
    y: float
    label: str
    short: str
    href: str | None
    colour: str
    relation: str
    outgoing: bool
    anchor_x: str


def ego_layout(
    neighbours: Sequence[tuple[Any, str, bool]], urls: Urls, limit: int = 16
) -> tuple[list[EgoNode], int]:
    """Positions on a circle around the centre (a viewBox 660 by 350 wide) for up to
    ``limit`` neighbours; returns them and how many were left out."""
    shown = list(neighbours[:limit])
    nodes: list[EgoNode] = []
    n = max(len(shown), 1)
    for i, (link, relation, outgoing) in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        x, y = 200 * math.cos(angle), 125 * math.sin(angle)
        short = link.label if len(link.label) <= 30 else link.label[:29] + "\u2026"
        nodes.append(
            EgoNode(
                x=round(x, 1),
                y=round(y, 1),
                label=link.label,
                short=short,
                href=urls.entity(link.iri),
                colour=kind_colour(link.kind),
                relation=relation,
                outgoing=outgoing,
                anchor_x="start" if x > 20 else ("end" if x < -20 else "middle"),
            )
        )
    return nodes, max(len(neighbours) - len(shown), 0)


# ---------------------------------------------------------------------------------------------
# rendering


@cache
def environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["anchor"] = anchor
    env.globals.update(kind_name=kind_name, kind_colour=kind_colour, version=__version__)
    return env


def render(template: str, *, urls: Urls, lang: str, **context: Any) -> str:
    """A page from ``template`` in ``lang`` with links from ``urls``."""
    return (
        environment()
        .get_template(template)
        .render(urls=urls, lang=lang, t=TEXT.get(lang, TEXT["fi"]), languages=LANGUAGES, **context)
    )


def static_files() -> Iterable[Path]:
    """The style sheet and scripts every page may load."""
    return sorted(p for p in STATIC.iterdir() if p.is_file())


__all__ = [
    "CSP",
    "KIND_NAMES",
    "LANGUAGES",
    "TEXT",
    "Segment",
    "Urls",
    "anchor",
    "ego_layout",
    "environment",
    "kind_colour",
    "kind_name",
    "mark_quotes",
    "render",
    "static_files",
]
