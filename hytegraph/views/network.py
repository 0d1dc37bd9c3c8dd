"""The collaboration network: RDF store → a networkx ``MultiDiGraph`` of actors, bodies, units,
documents and activities, with the evidence of every node and edge.

Nodes are keyed by IRI (a string) and carry ``iri``, ``kind`` (a key of :data:`KINDS`),
``family`` (actor, body, document, activity, other), ``label_fi`` / ``label_en`` /
``label_sv`` (each falls back to Finnish), ``alt_labels`` (every other name, for search),
``collective_of`` (for an unnamed collective: the kind of its members), ``identifiers``
(``org:identifier`` values, each as "scheme value") and ``evidence``.

Edges come from the qualified facts, never from the derived shortcuts, so that each edge carries
the evidence of the fact it stands for. The key of an edge is its fact's IRI; attributes are
``relation`` (a key of :data:`RELATIONS`), ``detail`` (the membership role or responsibility
kind, e.g. ``chair`` or ``leadership``), ``detail_label_fi`` / ``_en`` / ``_sv`` (its name),
``fact`` and ``evidence``. A cooperation between
several parties gives one edge per pair of parties, drawn from the smaller IRI to the larger.

Evidence is a list of dicts ``{evidence, quote, source, item, respondent}`` whose last three
are labels in the network's language (``graph.graph["lang"]``).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import pickle
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib.namespace import RDFS, SKOS

from hytegraph.core import resources
from hytegraph.core.atomic import atomic_write
from hytegraph.core.namespaces import FOAF, HYTE, ID, ORG, PROV
from hytegraph.errors import ConfigurationError, HytegraphError
from hytegraph.query import labels as labelling
from hytegraph.store import Store

if TYPE_CHECKING:
    import networkx as nx

LANGUAGES = ("fi", "en", "sv")


@dataclass(frozen=True)
class Kind:
    """A kind of node: which classes it covers and what it is called."""

    key: str
    family: str
    classes: tuple[str, ...]
    names: dict[str, str]  # lang -> name

    def name(self, lang: str = "fi") -> str:
        return self.names.get(lang) or self.names["fi"]


def _h(local: str) -> str:
    return str(HYTE[local])


#: Node kinds, most specific class first: a node with several classes gets the first kind
#: whose classes it has (so a programme steering group is not drawn as a steering group).
KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind(
            "person",
            "actor",
            (_h("ElectedOfficial"), str(FOAF.Person)),
            {"fi": "henkilö", "en": "person", "sv": "person"},
        ),
        Kind("post", "actor", (str(ORG.Post),), {"fi": "virka", "en": "post", "sv": "tjänst"}),
        Kind(
            "collective",
            "actor",
            (_h("Collective"),),
            {"fi": "nimeämätön joukko", "en": "unnamed collective", "sv": "icke namngiven grupp"},
        ),
        Kind(
            "municipality",
            "actor",
            (_h("Municipality"),),
            {"fi": "kunta", "en": "municipality", "sv": "kommun"},
        ),
        Kind(
            "county",
            "actor",
            (_h("WellbeingServicesCounty"),),
            {"fi": "hyvinvointialue", "en": "wellbeing services county", "sv": "välfärdsområde"},
        ),
        Kind(
            "city_unit",
            "actor",
            tuple(
                _h(c)
                for c in (
                    "Division",
                    "ResultArea",
                    "ResultUnit",
                    "GroupAdministration",
                    "GroupAdministrationUnit",
                    "CityUnit",
                )
            ),
            {"fi": "kaupungin yksikkö", "en": "city unit", "sv": "stadens enhet"},
        ),
        Kind(
            "ngo",
            "actor",
            (_h("RegisteredAssociation"), _h("NGO")),
            {"fi": "järjestö", "en": "NGO", "sv": "organisation"},
        ),
        Kind(
            "education",
            "actor",
            (_h("EducationalInstitution"),),
            {"fi": "oppilaitos", "en": "educational institution", "sv": "läroanstalt"},
        ),
        Kind(
            "unidentified",
            "actor",
            (_h("UnidentifiedActor"),),
            {
                "fi": "tunnistamaton toimija",
                "en": "unidentified actor",
                "sv": "oidentifierad aktör",
            },
        ),
        Kind(
            "programme_steering_group",
            "body",
            (_h("ProgrammeSteeringGroup"),),
            {
                "fi": "ohjelman ohjausryhmä",
                "en": "programme steering group",
                "sv": "programmets styrgrupp",
            },
        ),
        Kind(
            "steering_group",
            "body",
            (_h("SteeringGroup"),),
            {"fi": "ohjausryhmä", "en": "steering group", "sv": "styrgrupp"},
        ),
        Kind(
            "expert_group",
            "body",
            (_h("ExpertGroup"),),
            {"fi": "asiantuntijaryhmä", "en": "expert group", "sv": "expertgrupp"},
        ),
        Kind(
            "working_group",
            "body",
            (_h("WorkingGroup"),),
            {"fi": "työryhmä", "en": "working group", "sv": "arbetsgrupp"},
        ),
        Kind(
            "regional_group",
            "body",
            (_h("RegionalGroup"),),
            {"fi": "alueellinen ryhmä", "en": "regional group", "sv": "regional grupp"},
        ),
        Kind("board", "body", (_h("Board"),), {"fi": "lautakunta", "en": "board", "sv": "nämnd"}),
        Kind(
            "city_board",
            "body",
            (_h("CityBoard"),),
            {"fi": "kaupunginhallitus", "en": "city board", "sv": "stadsstyrelse"},
        ),
        Kind(
            "network",
            "body",
            (_h("Network"),),
            {"fi": "verkosto", "en": "network", "sv": "nätverk"},
        ),
        Kind(
            "programme",
            "body",
            (_h("Programme"),),
            {"fi": "ohjelma", "en": "programme", "sv": "program"},
        ),
        Kind(
            "cooperation_project",
            "body",
            (_h("CooperationProject"),),
            {"fi": "yhteistyöprojekti", "en": "cooperation project", "sv": "samarbetsprojekt"},
        ),
        Kind(
            "service_point",
            "body",
            (_h("ServicePoint"),),
            {"fi": "palvelupiste", "en": "service point", "sv": "serviceställe"},
        ),
        Kind(
            "other_body",
            "body",
            (_h("Body"),),
            {"fi": "muu toimielin", "en": "other body", "sv": "annat organ"},
        ),
        Kind(
            "document",
            "document",
            tuple(
                _h(c)
                for c in (
                    "WellbeingPlan",
                    "WellbeingReport",
                    "StrategyDocument",
                    "Recommendation",
                    "Proposal",
                    "OperatingModel",
                    "PlanOrReport",
                )
            ),
            {
                "fi": "suunnitelma tai asiakirja",
                "en": "plan or document",
                "sv": "plan eller dokument",
            },
        ),
        Kind(
            "activity",
            "activity",
            (_h("Activity"),),
            {"fi": "toiminta", "en": "activity", "sv": "verksamhet"},
        ),
        Kind("other", "other", (), {"fi": "muu", "en": "other", "sv": "annan"}),
    )
}

#: Kind keys by family, for ``--kinds body`` and the analysis.
FAMILIES: dict[str, tuple[str, ...]] = {}
for _kind in KINDS.values():
    FAMILIES[_kind.family] = (*FAMILIES.get(_kind.family, ()), _kind.key)

_CLASS_ORDER: dict[str, tuple[int, str]] = {
    cls: (i, kind.key)
    for i, (cls, kind) in enumerate((c, k) for k in KINDS.values() for c in k.classes)
}


@dataclass(frozen=True)
class Relation:
    """A kind of edge and what it is called (from source to target)."""

    key: str
    names: dict[str, str]
    directed: bool = True

    def name(self, lang: str = "fi") -> str:
        return self.names.get(lang) or self.names["fi"]


RELATIONS: dict[str, Relation] = {
    r.key: r
    for r in (
        Relation("chairs", {"fi": "puheenjohtajana", "en": "chairs", "sv": "ordförande i"}),
        Relation("member", {"fi": "jäsen", "en": "member of", "sv": "medlem i"}),
        Relation("participates", {"fi": "osallistuu", "en": "takes part in", "sv": "deltar i"}),
        Relation(
            "represented", {"fi": "edustettuna", "en": "represented in", "sv": "representerad i"}
        ),
        Relation("responsible", {"fi": "vastaa", "en": "responsible for", "sv": "ansvarar för"}),
        Relation(
            "cooperates",
            {"fi": "yhteistyössä", "en": "cooperates with", "sv": "samarbetar med"},
            directed=False,
        ),
        Relation(
            "supports",
            {
                "fi": "tukee taloudellisesti",
                "en": "supports financially",
                "sv": "stöder ekonomiskt",
            },
        ),
        Relation("part_of", {"fi": "osa", "en": "part of", "sv": "del av"}),
        Relation("monitors", {"fi": "seuraa", "en": "monitors", "sv": "följer upp"}),
        Relation("works_at", {"fi": "toimii paikassa", "en": "works at", "sv": "verkar på"}),
        Relation("based_on", {"fi": "pohjautuu", "en": "based on", "sv": "bygger på"}),
    )
}

#: Relations that tie an actor to a body it works in (the actor-body graph of the analysis).
AFFILIATIONS = ("chairs", "member", "participates", "represented", "responsible", "works_at")

#: Membership roles → relation; other roles (member, representative, deputy, secretary) are
#: ``member`` with the role as detail.
_ROLE_RELATION = {"chair": "chairs", "participant": "participates", "representation": "represented"}
_FAMILY_RELATION = {
    "responsibility": "responsible",
    "cooperation": "cooperates",
    "support": "supports",
    "monitoring": "monitors",
    "subordination": "part_of",
    "derivation": "based_on",
    "site": "works_at",
}


class UnknownNode(HytegraphError):
    """A ``--focus`` that names no node of the network."""

    hint = "Give the node's IRI or its exact name; `hytegraph map` without --focus draws all."


def _relation_for(family: str, detail: str) -> str:
    if family == "membership":
        return _ROLE_RELATION.get(detail, "member")
    return _FAMILY_RELATION[family]


def _local(iri: Any) -> str:
    return labelling.last_segment(iri) if iri is not None else ""


# ---------------------------------------------------------------------------------------------
# building the graph


def _kinds(store: Store) -> dict[str, str]:
    """``{node IRI: kind key}`` for every node whose class maps to a kind."""
    supers: dict[str, set[str]] = defaultdict(set)
    for cls, sup in store.select_plain(resources.read_sparql("network_classes")):
        supers[cls].add(sup)

    resolved: dict[str, tuple[int, str] | None] = {}

    def resolve(cls: str) -> tuple[int, str] | None:
        # the nearest named ancestor (breadth first); None for classes outside the network
        if cls in resolved:
            return resolved[cls]
        resolved[cls] = None  # guards against cycles in the hierarchy
        seen, frontier, found = {cls}, [cls], None
        while frontier and found is None:
            hits = [_CLASS_ORDER[c] for c in frontier if c in _CLASS_ORDER]
            if hits:
                found = min(hits)
                break
            frontier = sorted({s for c in frontier for s in supers.get(c, ()) if s not in seen})
            seen.update(frontier)
        resolved[cls] = found
        return found

    best: dict[str, tuple[int, str]] = {}
    left_out = {row[0] for row in store.select_plain(resources.read_sparql("network_not_nodes"))}
    for node, cls in store.select_plain(resources.read_sparql("network_types")):
        if node in left_out:
            continue
        hit = resolve(cls)
        if hit is not None:
            old = best.get(node)
            if old is None or hit < old:
                best[node] = hit
    return {node: hit[1] for node, hit in best.items()}


def _kind_of_class(cls: str) -> str:
    hit = _CLASS_ORDER.get(cls)
    return hit[1] if hit else "other"


_PREF_LABEL = str(SKOS.prefLabel)
_ALT_LABEL = str(SKOS.altLabel)
_LABEL_ORDER = (_PREF_LABEL, str(RDFS.label))


def _lang_matches(tag: str, lang: str) -> bool:
    return tag == lang or tag.startswith(lang + "-")


def choose_label(candidates: Iterable[tuple[str, str, str]], lang: str) -> str | None:
    """:func:`hytegraph.query.labels.choose` for plain ``(property IRI, text, language tag)``
    triples (the tag lower-case, ``""`` for none): the same order, without rdflib terms."""
    by_prop: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for prop, text, tag in candidates:
        by_prop[prop].append((tag, text))
    wanted_langs = tuple(dict.fromkeys((lang.lower(), "fi")))
    for prop in _LABEL_ORDER:
        values = by_prop.get(prop, ())
        for wanted in wanted_langs:
            hits = [text for tag, text in values if _lang_matches(tag, wanted)]
            if hits:
                return min(hits)
    for prop in _LABEL_ORDER:
        values = by_prop.get(prop, ())
        if values:
            # an untagged label before labels in other languages
            return min(values, key=lambda v: (v[0] != "", v[0], v[1]))[1]
    return None


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects that all stay
    alive: its repeated full scans otherwise cost as much as the building itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_network(store: Store, *, lang: str = "fi") -> nx.MultiDiGraph:
    """The whole network of ``store`` (see the module docstring for the attributes).

    On a store opened from the on-disk cache (:mod:`hytegraph.store.cache`) the network is saved in
    the cache entry the first time it is built, and read from there afterwards: querying the
    on-disk store is most of the time a map takes on a big graph."""
    entry = getattr(store, "cache_entry", None)
    saved = _saved_network_path(entry, lang) if entry is not None else None
    if saved is not None:
        graph = _read_saved_network(saved)
        if graph is not None:
            return graph
    with paused_gc():
        graph = _build_network(store, lang)
    if saved is not None:
        _save_network(saved, graph)
    return graph


def _saved_network_path(entry: Any, lang: str) -> Path | None:
    """Where the network of a cache entry is saved; the name carries a fingerprint of the code
    and queries that build it, so a changed hytegraph never reads an old network."""
    folder = getattr(entry, "path", None)
    if folder is None or lang not in LANGUAGES:
        return None
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in resources.sparql_dir_names("network_"):
        digest.update(resources.read_sparql(name).encode("utf-8"))
    return Path(folder) / f"network-{lang}-{digest.hexdigest()[:16]}.pickle"


def _read_saved_network(path: Path) -> nx.MultiDiGraph | None:
    # The file is one this program wrote into the user's own cache folder (never data from
    # elsewhere), so unpickling it is as safe as opening the cached store itself.
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        with paused_gc():
            return pickle.loads(data)
    except Exception:  # a damaged file is rebuilt, never trusted
        return None


def _save_network(path: Path, graph: nx.MultiDiGraph) -> None:
    # a read-only cache folder: the network is simply built each time
    with contextlib.suppress(OSError):
        atomic_write(path, pickle.dumps(graph, protocol=pickle.HIGHEST_PROTOCOL))


def _build_network(store: Store, lang: str) -> nx.MultiDiGraph:
    return NetworkParts.read(store, lang).graph()


_O = str(ORG)
_H = str(HYTE)
#: How each family of fact (``network_fact_classes.rq``) becomes edges: the family the edge's
#: relation comes from, the link properties of its source and target
#: (``network_links.rq``), and the property of its detail with whether the fact needs one
#: (``network_fact_details.rq``).
_EDGE_PARTS: dict[str, tuple[str, str, str, str | None, bool]] = {
    "membership": ("membership", _O + "member", _O + "organization", _O + "role", False),
    "post": ("membership", _O + "heldBy", _O + "postIn", _O + "role", True),
    "responsibility": (
        "responsibility",
        _H + "responsibleAgent",
        _H + "responsibilityFor",
        _H + "responsibilityKind",
        False,
    ),
    "cooperation": ("cooperation", _H + "focalParty", _H + "partner", None, False),
    "site": ("site", _H + "siteAgent", _H + "site", None, False),
    "support": ("support", _H + "supporter", _H + "recipient", None, False),
    "monitoring": ("monitoring", _H + "monitoringBody", _H + "monitoredPlan", None, False),
    "subordination": ("subordination", _H + "part", _H + "whole", None, False),
}
_DERIVATION = str(PROV.qualifiedDerivation)
_DERIVED_FROM = str(PROV.entity)

#: An edge row: (source, target, fact, relation, detail key, detail IRI or "").
EdgeRow = tuple[str, str, str, str, str, str]


def _edge_rows(store: Store) -> list[EdgeRow]:
    """Every edge of the network, sorted, each (source, target, fact) once: the facts, their
    links and details read as three scans of plain rows and joined here (a join in the store
    looks each fact up on disk again, which took most of the time on big graphs)."""
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for fact, prop, entity in store.select_plain(resources.read_sparql("network_links")):
        links[(fact, prop)].append(entity)
    details: dict[tuple[str, str], list[str]] = defaultdict(list)
    derivations: list[tuple[str, str]] = []
    for subject, prop, value in store.select_plain(resources.read_sparql("network_fact_details")):
        if prop == _DERIVATION:
            if not subject.startswith("_:"):  # a derivation's entity is drawn when an IRI
                derivations.append((subject, value))
        else:
            details[(subject, prop)].append(value)
    found: list[tuple[str, str, str, str, str]] = []  # (source, target, fact, family, detail)
    for fact, kind in store.select_plain(resources.read_sparql("network_fact_classes")):
        family, source_prop, target_prop, detail_prop, needs_detail = _EDGE_PARTS[kind]
        sources = links.get((fact, source_prop))
        targets = links.get((fact, target_prop))
        if not sources or not targets:
            continue
        values: list[str | None] = []
        if detail_prop is not None:
            values = list(details.get((fact, detail_prop), ()))
        if not values:
            if needs_detail:
                continue
            values = [None]
        found += [(s, t, fact, family, d or "") for s in sources for t in targets for d in values]
    for source, fact in derivations:
        for target in links.get((fact, _DERIVED_FROM), ()):
            found.append((source, target, fact, "derivation", ""))
    rows: list[EdgeRow] = []
    for source, target, fact, family, detail in found:
        detail_key = _local(detail) if detail else ""
        rows.append((source, target, fact, _relation_for(family, detail_key), detail_key, detail))
    rows.sort()
    unique: list[EdgeRow] = []
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        if row[:3] not in seen:  # the same fact reached twice (member and post of one fact)
            seen.add(row[:3])
            unique.append(row)
    return unique


#: The queries (``hytegraph/sparql/NAME.rq``) :class:`NetworkParts` runs first: the nodes'
#: kinds and the edges.
EDGE_QUERIES = (
    "network_classes",
    "network_not_nodes",
    "network_types",
    "network_links",
    "network_fact_details",
    "network_fact_classes",
    "network_collectives",
)
#: The queries it runs then: what the nodes and edges carry (labels, evidence, identifiers,
#: places of publication).
NODE_QUERIES = (
    "network_labels",
    "network_evidence_details",
    "network_evidence",
    "network_identifiers",
    "network_documents",
)
#: Every query :class:`NetworkParts` runs, in order: a store that holds the triples of the
#: predicates they read answers all of it (``build``'s filtered copy,
#: :func:`hytegraph.store.memory_copy.filtered_copy`, which holds those of the first ones,
#: then those of the others).
PARTS_QUERIES = (*EDGE_QUERIES, *NODE_QUERIES)


class NetworkParts:
    """What the network is made of, as plain rows: the edges, and the labels, kinds, evidence,
    identifiers and places of publication of the nodes, read once from the store (the queries of
    :data:`PARTS_QUERIES`; the store is not kept). :meth:`graph` makes a networkx graph of all
    of it or of a part (the per-place maps of :mod:`hytegraph.views.overview` make one small
    graph at a time, never the whole country's)."""

    def __init__(self, store: Store, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ConfigurationError(
                f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}"
            )
        self.lang = lang
        self.kinds = _kinds(store)
        self.edges = _edge_rows(store)
        nodes = set(self.kinds)
        for source, target, *_ in self.edges:
            nodes.add(source)
            nodes.add(target)
        self.nodes = nodes
        self.collective_of = {
            c: _kind_of_class(cls)
            for c, cls in store.select_plain(resources.read_sparql("network_collectives"))
        }

        self._label_rows: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._alt: dict[str, set[str]] = defaultdict(set)
        for node, prop, value, tag in store.select_plain(resources.read_sparql("network_labels")):
            if prop == _ALT_LABEL:
                if node in nodes:
                    self._alt[node].add(value)
            else:
                self._label_rows[node].append((prop, value, (tag or "").lower()))
        self._chosen: dict[tuple[str, str], str] = {}

        # each evidence node: the first value of each field, and every document it cites
        fields: dict[str, dict[str, str]] = defaultdict(dict)
        self._cites: dict[str, set[str]] = defaultdict(set)
        items: dict[str, set[str]] = defaultdict(set)
        for ev, field_name, value in store.select_plain(
            resources.read_sparql("network_evidence_details")
        ):
            if value is None:
                continue
            own = fields[ev]
            old = own.get(field_name)
            if old is None or value < old:
                own[field_name] = value
            if field_name == "source":
                self._cites[ev].add(value)
            elif field_name == "item":
                items[ev].add(value)
        shared: dict[str, dict[str, str]] = {}
        self.evidence: dict[str, list[dict[str, str]]] = defaultdict(list)
        links = store.select_plain(resources.read_sparql("network_evidence"))
        links.sort()
        for subject, ev in links:
            entry = shared.get(ev)
            if entry is None:
                own = fields.get(ev, {})
                entry = shared[ev] = {
                    "evidence": ev,
                    "quote": own.get("quote") or "",
                    **{
                        key: self.label_in(own[key], lang) if own.get(key) is not None else ""
                        for key in ("source", "item", "respondent")
                    },
                }
            self.evidence[subject].append(entry)
        self._evidence_links = links
        self._items = items

        self.identifiers: dict[str, list[str]] = defaultdict(list)
        for node, value, scheme in store.select_plain(resources.read_sparql("network_identifiers")):
            if node in nodes:
                name = self.label_in(scheme, lang) if scheme is not None else ""
                self.identifiers[node].append(f"{name} {value}".strip())
        # the documents' parts and publishers, for :meth:`publishers`
        self._part_of: dict[str, set[str]] = defaultdict(set)
        self._published_by: dict[str, set[str]] = defaultdict(set)
        for subject, prop, value in store.select_plain(resources.read_sparql("network_documents")):
            if subject is not None and value is not None:
                (self._part_of if prop == "part_of" else self._published_by)[subject].add(value)

    @classmethod
    def read(cls, store: Store, lang: str = "fi") -> NetworkParts:
        with paused_gc():
            return cls(store, lang)

    def label_in(self, key: str, language: str) -> str:
        found = self._chosen.get((key, language))
        if found is None:
            found = choose_label(self._label_rows.get(key, ()), language) or _local(key)
            self._chosen[(key, language)] = found
        return found

    def kind(self, node: str) -> str:
        return self.kinds.get(node, "other")

    def node_data(self, node: str) -> dict[str, Any]:
        """The attributes of ``node`` (see the module docstring)."""
        kind = self.kind(node)
        own = {f"label_{lg}": self.label_in(node, lg) for lg in LANGUAGES}
        names = {own["label_fi"], own["label_en"], own["label_sv"]}
        alt = self._alt.get(node)
        return {
            "iri": node,
            "kind": kind,
            "family": KINDS[kind].family,
            **own,
            "alt_labels": sorted(alt - names) if alt else [],
            "collective_of": self.collective_of.get(node, ""),
            "identifiers": self.identifiers.get(node, []),
            "evidence": self.evidence.get(node, []),
        }

    def edge_data(self, row: EdgeRow) -> dict[str, Any]:
        _source, _target, fact, relation, detail, detail_iri = row
        return {
            "relation": relation,
            "detail": detail,
            **{
                f"detail_label_{lg}": self.label_in(detail_iri, lg) if detail else ""
                for lg in LANGUAGES
            },
            "fact": fact,
            "evidence": self.evidence.get(fact, []),
        }

    def publishers(self) -> dict[str, set[str]]:
        """Each fact's publishers: the organisations that published a document its evidence
        cites (as ``overview_publishers.rq``), joined from the rows already read."""
        part_of, published_by = self._part_of, self._published_by
        by_evidence: dict[str, set[str]] = {}
        found: dict[str, set[str]] = defaultdict(set)
        for subject, ev in self._evidence_links:
            places = by_evidence.get(ev)
            if places is None:
                docs = set(self._cites.get(ev, ()))
                for item in self._items.get(ev, ()):
                    docs |= part_of.get(item, set())
                places = by_evidence[ev] = {p for d in docs for p in published_by.get(d, ())}
            if places:
                found[subject] |= places
        return found

    def graph(
        self, nodes: Iterable[str] | None = None, edges: Iterable[EdgeRow] | None = None
    ) -> nx.MultiDiGraph:
        """The networkx graph of every node and edge, or of ``nodes`` and ``edges`` (rows of
        :attr:`edges`; their ends are added to the nodes)."""
        import networkx as nx

        rows = self.edges if edges is None else sorted(edges)
        wanted = set(self.nodes if nodes is None else nodes)
        for source, target, *_ in rows:
            wanted.add(source)
            wanted.add(target)
        graph = nx.MultiDiGraph(lang=self.lang)
        with paused_gc():
            graph.add_nodes_from((node, self.node_data(node)) for node in sorted(wanted))
            graph.add_edges_from((row[0], row[1], row[2], self.edge_data(row)) for row in rows)
        return graph


# ---------------------------------------------------------------------------------------------
# selecting a part of the graph


def node_label(graph: nx.MultiDiGraph, node: str, lang: str = "fi") -> str:
    data = graph.nodes[node]
    return data.get(f"label_{lang}") or data.get("label_fi") or node


def expand_kinds(kinds: Iterable[str]) -> set[str]:
    """Kind keys from kind keys and family names (``body`` = every kind of body, ``actor`` =
    every kind of actor)."""
    out: set[str] = set()
    for item in kinds:
        if item in FAMILIES:
            out.update(FAMILIES[item])
        elif item in KINDS:
            out.add(item)
        else:
            names = dict.fromkeys([*sorted(FAMILIES), *KINDS])
            raise ConfigurationError(
                f"unknown node kind {item!r}", hint=f"Choose from {', '.join(names)}."
            )
    return out


def check_relations(relations: Iterable[str]) -> set[str]:
    out = set(relations)
    unknown = sorted(out - set(RELATIONS))
    if unknown:
        raise ConfigurationError(
            f"unknown relation {unknown[0]!r}", hint=f"Choose from {', '.join(RELATIONS)}."
        )
    return out


def restrict(
    graph: nx.MultiDiGraph,
    *,
    kinds: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    keep: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """A copy with only nodes of ``kinds`` (kind keys or families) and edges of ``relations``;
    nodes in ``keep`` stay whatever their kind."""
    result = graph.copy()
    if relations is not None:
        wanted = check_relations(relations)
        result.remove_edges_from(
            [
                (u, v, k)
                for u, v, k, r in result.edges(keys=True, data="relation")
                if r not in wanted
            ]
        )
    if kinds is not None:
        wanted_kinds = expand_kinds(kinds)
        kept = set(keep)
        result.remove_nodes_from(
            [n for n, k in result.nodes(data="kind") if k not in wanted_kinds and n not in kept]
        )
    return result


def neighbourhood(graph: nx.MultiDiGraph, center: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps of ``center`` (either direction) and the edges among
    them."""
    import networkx as nx

    if center not in graph:
        raise UnknownNode(f"{center} is not a node of the network")
    if depth < 0:
        raise ConfigurationError(f"depth must be 0 or more, not {depth}")
    reach = nx.single_source_shortest_path_length(
        graph.to_undirected(as_view=True), center, cutoff=depth
    )
    return graph.subgraph(sorted(reach)).copy()


def find_node(graph: nx.MultiDiGraph, text: str) -> str:
    """The node whose IRI, ``id/``-relative IRI or label (any language, any case) is ``text``.

    An exact match on the network alone, for a graph that did not come from a store; a forgiving
    lookup (word forms, alternative names) is :func:`resolve_focus`'s.
    """
    wanted = text.strip()
    if wanted in graph:
        return wanted
    if ID + wanted in graph:
        return ID + wanted
    folded = wanted.casefold()
    hits = sorted(
        n
        for n, data in graph.nodes(data=True)
        if folded in {data.get(f"label_{lg}", "").casefold() for lg in LANGUAGES}
        or folded in {a.casefold() for a in data.get("alt_labels", ())}
    )
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise UnknownNode(
            f"{text!r} names {len(hits)} nodes: {', '.join(hits)}",
            hint="Give the IRI of the one you mean.",
        )
    raise UnknownNode(f"no node is called {text!r}")


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    kinds: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Restrict to ``relations`` and ``kinds`` first, then take the neighbourhood of ``focus``
    (an IRI already resolved by the caller) within ``depth`` steps."""
    part = graph
    if kinds is not None or relations is not None:
        part = restrict(graph, kinds=kinds, relations=relations, keep=[focus] if focus else [])
    if focus is not None:
        part = neighbourhood(part, focus, depth)
    return part


def network(
    store: Store,
    *,
    lang: str = "fi",
    focus: str | None = None,
    depth: int = 1,
    kinds: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """:func:`build_network` then :func:`select`; ``focus`` is a name or an IRI."""
    graph = build_network(store, lang=lang)
    center = resolve_focus(store, graph, focus) if focus is not None else None
    return select(graph, focus=center, depth=depth, kinds=kinds, relations=relations)


def resolve_focus(store: Store, graph: nx.MultiDiGraph, text: str) -> str:
    """The node ``text`` names: an IRI (full or ``id/``-relative) as is; a name through the
    forgiving name index (:mod:`hytegraph.store.names`: case, diacritics, Finnish word forms,
    alternative names), which raises ``AmbiguousName`` / ``UnknownName`` with suggestions."""
    from hytegraph.store.names import index_for

    wanted = text.strip()
    for iri in (wanted, ID + wanted):
        if iri in graph:
            return iri
    iri = str(index_for(store).resolve(wanted).iri)
    if iri not in graph:
        raise UnknownNode(
            f"{text!r} ({iri}) is not drawn on the network map",
            hint="Only actors, bodies, documents and activities are on the map.",
        )
    return iri


__all__ = [
    "AFFILIATIONS",
    "EDGE_QUERIES",
    "FAMILIES",
    "KINDS",
    "NODE_QUERIES",
    "PARTS_QUERIES",
    "RELATIONS",
    "Kind",
    "NetworkParts",
    "Relation",
    "UnknownNode",
    "build_network",
    "expand_kinds",
    "find_node",
    "neighbourhood",
    "network",
    "node_label",
    "resolve_focus",
    "restrict",
    "select",
]
