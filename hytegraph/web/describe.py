"""Everything the graph says about one IRI, gathered for its page and its RDF description.

Every lookup starts from the IRI itself: the triples it is the subject of, the triples it is
the object of (``?s ?p <iri>``), then, for each fact that names it, that fact's own triples,
its evidence, the time it holds and the labels of everything shown, each fetched by subject
(one small query or index lookup per node, batched where the store allows). Nothing scans the
graph, so a page costs the same on the bundled graph and on millions of triples. What an IRI
is the object of is capped at :data:`MAX_INCOMING` (a role such as ``role/member`` is named
by every membership in the country); the page says how many were left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ID, ORG, TIME
from hytegraph.query import labels as labelling

if TYPE_CHECKING:
    import rdflib
    from rdflib.term import Node

    from hytegraph.store import Store

#: The most incoming links read for one page or description.
MAX_INCOMING = 2000
#: The most facts shown in one group of a page (the rest are counted).
MAX_PER_GROUP = 200

PROV = "http://www.w3.org/ns/prov#"
_LANG_INDEX = {"fi": 0, "en": 1, "sv": 2}
_FACT = HYTE.Fact
_AMBIGUITY = HYTE.Ambiguity
_EVIDENCE = HYTE.evidence
_NAME_PROPS = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, URIRef("http://xmlns.com/foaf/0.1/name"))
_HIDDEN = SKOS.hiddenLabel
_TIME_PROPS = (ORG.memberDuring, HYTE.validDuring, HYTE.plannedDuring)
_DATE_PROPS = (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear, TIME.inXSDDateTimeStamp)
_EVIDENCE_PROPS = (HYTE.quote, DCTERMS.source, HYTE.sourceItem, HYTE.respondent)
#: Properties of a fact shown as a badge (a concept such as the role or the status).
_BADGES = (ORG.role, HYTE.responsibilityKind, HYTE.status)
#: Properties of a fact shown as text in the page's language (Finnish when missing).
_TEXTS = (HYTE.topic, HYTE.reading, SKOS.prefLabel, RDFS.label, DCTERMS.description)
_SKIP = {RDF.type, _EVIDENCE, *_TIME_PROPS}

_OUT = resources.read_sparql  # the queries live in hytegraph/sparql/page_*.rq


@dataclass
class Link:
    """An IRI (or a literal's text, ``iri`` empty) with the label to show."""

    iri: str
    label: str
    kind: str = ""


@dataclass
class Evidence:
    iri: str
    quote: str
    source: Link | None = None
    item: Link | None = None
    item_number: int | None = None
    respondent: Link | None = None


@dataclass
class Fact:
    """One fact that names the entity: its class, the entity's place in it (``link``), the
    other parties and values, and what supports it."""

    iri: str
    cls: Link
    link: Link
    parties: list[tuple[Link, list[Link]]] = field(default_factory=list)
    badges: list[Link] = field(default_factory=list)
    texts: list[tuple[Link, str]] = field(default_factory=list)
    when: list[tuple[Link, str]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    outgoing: bool = False


@dataclass
class Group:
    key: str
    heading: str
    facts: list[Fact]
    total: int


@dataclass
class Description:
    """What the page of one IRI shows."""

    iri: str
    label: str
    lang: str
    names: list[tuple[str, str, bool]]  # (text, language, preferred)
    types: list[Link]
    kind: str  # the name index's broad kind ("person", "body", ...) or ""
    identifiers: list[tuple[str, str, str]]  # (scheme, value, link or "")
    possibly_same: list[Link]
    groups: list[Group]
    ambiguities: list[Fact]
    mentions: list[Evidence]
    other: list[tuple[Link, list[Link]]]  # remaining statements, outgoing
    incoming: list[tuple[Link, list[Link]]]  # remaining statements, incoming (non-fact)
    incoming_total: int
    is_fact: bool = False
    neighbours: list[tuple[Link, str, bool]] = field(default_factory=list)  # (node, relation, out)


# ---------------------------------------------------------------------------------------------
# reading the store


def _rows(store: Store, name: str, bindings: dict[str, Node]) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in store.select(_OUT(name), bindings).rows]


def outgoing(store: Store, iri: Node) -> list[tuple[Node, Node]]:
    """``(predicate, object)`` of every triple ``iri`` is the subject of."""
    return [(p, o) for _s, p, o in _rows(store, "page_outgoing", {"s": iri})]


def incoming(
    store: Store, iri: Node, limit: int = MAX_INCOMING
) -> tuple[list[tuple[Node, Node]], bool]:
    """``(subject, predicate)`` of up to ``limit`` triples ``iri`` is the object of, and
    whether there were more."""
    rows = [(s, p) for s, p, _o in _rows(store, "page_incoming", {"o": iri})[: limit + 1]]
    return rows[:limit], len(rows) > limit


def _objects(
    store: Store, subjects: Iterable[Node], preds: Iterable[Node]
) -> dict[Node, dict[Node, list[Node]]]:
    found: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in store.objects_of(list(dict.fromkeys(subjects)), tuple(preds)):
        found[s][p].append(o)
    return found


def _lang_text(values: Iterable[Node], lang: str) -> str:
    pairs = [(SKOS.prefLabel, v) for v in values if isinstance(v, Literal)]
    return labelling.choose(pairs, lang) or ""


_W3C = {
    "http://www.w3.org/ns/org#": "org",
    "http://www.w3.org/ns/prov#": "prov",
    "http://purl.org/dc/terms/": "dcterms",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/2004/02/skos/core#": "skos",
    "http://www.w3.org/2006/time#": "time",
}
#: Names of the W3C terms the data uses (their vocabularies are not loaded into the graph).
TERM_NAMES: dict[str, tuple[str, str, str]] = {
    "org:member": ("jäsen", "member", "medlem"),
    "org:organization": ("toimielin", "organisation", "organ"),
    "org:role": ("rooli", "role", "roll"),
    "org:memberOf": ("jäsenenä", "member of", "medlem i"),
    "org:heldBy": ("viranhaltija", "held by", "innehavare"),
    "org:postIn": ("virka toimielimessä", "post in", "tjänst i"),
    "org:memberDuring": ("jäsenenä ajalla", "member during", "medlem under"),
    "org:identifier": ("tunniste", "identifier", "identifierare"),
    "org:unitOf": ("yksikkönä", "unit of", "enhet i"),
    "org:hasUnit": ("yksiköt", "has unit", "enheter"),
    "org:subOrganizationOf": ("osana", "part of", "del av"),
    "org:hasSubOrganization": ("osat", "has part", "delar"),
    "org:hasSite": ("toimipaikka", "has site", "verksamhetsställe"),
    "org:siteOf": ("toimipaikkana", "site of", "verksamhetsställe för"),
    "org:resultingOrganization": (
        "tuloksena",
        "resulting organisation",
        "resulterande organisation",
    ),
    "org:Membership": ("jäsenyys", "membership", "medlemskap"),
    "org:Post": ("virka", "post", "tjänst"),
    "org:ChangeEvent": ("muutos", "change", "förändring"),
    "org:Organization": ("organisaatio", "organisation", "organisation"),
    "org:FormalOrganization": (
        "virallinen organisaatio",
        "formal organisation",
        "formell organisation",
    ),
    "org:OrganizationalUnit": (
        "organisaation yksikkö",
        "organisational unit",
        "organisatorisk enhet",
    ),
    "org:Site": ("toimipaikka", "site", "verksamhetsställe"),
    "prov:entity": ("lähtökohta", "based on", "utgångspunkt"),
    "prov:qualifiedDerivation": ("pohjautuu", "derived from", "härledd från"),
    "prov:Derivation": ("pohjautuminen", "derivation", "härledning"),
    "dcterms:source": ("lähde", "source", "källa"),
    "dcterms:publisher": ("julkaisija", "publisher", "utgivare"),
    "dcterms:rightsHolder": ("oikeuksien haltija", "rights holder", "rättighetsinnehavare"),
    "dcterms:issued": ("julkaistu", "issued", "utgiven"),
    "dcterms:date": ("päivämäärä", "date", "datum"),
    "dcterms:title": ("otsikko", "title", "titel"),
    "dcterms:language": ("kieli", "language", "språk"),
    "dcterms:hasPart": ("osat", "has part", "delar"),
    "dcterms:isPartOf": ("osa asiakirjaa", "part of", "del av"),
    "dcterms:description": ("kuvaus", "description", "beskrivning"),
    "foaf:name": ("nimi", "name", "namn"),
    "foaf:Person": ("henkilö", "person", "person"),
    "skos:note": ("huomautus", "note", "anmärkning"),
    "skos:definition": ("määritelmä", "definition", "definition"),
    "skos:inScheme": ("sanastossa", "in scheme", "i schema"),
    "skos:Concept": ("käsite", "concept", "begrepp"),
    "time:inXSDDate": ("päivämäärä", "date", "datum"),
}


def _term_name(term: Node, lang: str) -> str | None:
    text = str(term)
    for namespace, prefix in _W3C.items():
        if text.startswith(namespace):
            names = TERM_NAMES.get(f"{prefix}:{text[len(namespace) :]}")
            return names[_LANG_INDEX.get(lang, 0)] if names else None
    return None


class _Labels:
    """Labels of many IRIs (and blank nodes) fetched in one go, then looked up; W3C terms
    without a label get one from :data:`TERM_NAMES`."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store, self.lang = store, lang
        self.known: dict[Node, str] = {}

    def fetch(self, terms: Iterable[Node]) -> None:
        wanted = {t for t in terms if isinstance(t, (URIRef, BNode)) and t not in self.known}
        if not wanted:
            return
        found = labelling.labels(self.store, wanted, self.lang)
        for term, text in found.items():
            if isinstance(term, BNode) and text == labelling.last_segment(term):
                text = ""  # a blank node without a label has no name to show
            elif text == labelling.last_segment(term):
                text = _term_name(term, self.lang) or text
            self.known[term] = text

    def link(self, term: Node, kind: str = "") -> Link:
        if isinstance(term, (URIRef, BNode)):
            if term not in self.known:
                self.fetch([term])
            return Link(str(term) if isinstance(term, URIRef) else "", self.known[term], kind)
        return Link("", str(term), kind)


def _interval_text(store: Store, intervals: list[Node], lang: str) -> dict[Node, str]:
    """A readable time for each interval: its label in ``lang`` if it has one, else its
    beginning and end (``2023-01-01 \u2013 2023-12-31``, an open end left blank)."""
    props = _objects(store, intervals, (RDFS.label, TIME.hasBeginning, TIME.hasEnd))
    instants = [
        i for p in props.values() for k in (TIME.hasBeginning, TIME.hasEnd) for i in p.get(k, [])
    ]
    dates = _objects(store, instants, _DATE_PROPS)
    out: dict[Node, str] = {}
    for interval in intervals:
        values = props.get(interval, {})
        label = _lang_text(values.get(RDFS.label, []), lang)
        if label:
            out[interval] = label
            continue

        def date(key: Node, values: dict[Node, list[Node]] = values) -> str:
            for instant in values.get(key, []):
                for prop in _DATE_PROPS:
                    found = dates.get(instant, {}).get(prop)
                    if found:
                        return str(found[0])
            return ""

        begin, end = date(TIME.hasBeginning), date(TIME.hasEnd)
        out[interval] = f"{begin} \u2013 {end}".strip() if (begin or end) else ""
    return out


def evidence_rows(store: Store, evidence: Iterable[Node], names: _Labels) -> dict[Node, Evidence]:
    """The quote, source, item and respondent of each evidence node (those with a quote)."""
    evidence = list(dict.fromkeys(evidence))
    props = _objects(store, evidence, _EVIDENCE_PROPS)
    items = [i for p in props.values() for i in p.get(HYTE.sourceItem, [])]
    numbers = _objects(store, items, (HYTE.itemNumber,))
    names.fetch(t for p in props.values() for k in _EVIDENCE_PROPS[1:] for t in p.get(k, []))
    out: dict[Node, Evidence] = {}
    for ev in evidence:
        values = props.get(ev, {})
        if not values.get(HYTE.quote):
            continue
        item = (values.get(HYTE.sourceItem) or [None])[0]
        number = (numbers.get(item, {}).get(HYTE.itemNumber) or [None])[0] if item else None
        out[ev] = Evidence(
            iri=str(ev),
            quote=str(values[HYTE.quote][0]),
            source=names.link(values[DCTERMS.source][0]) if values.get(DCTERMS.source) else None,
            item=names.link(item) if item is not None else None,
            item_number=int(number) if isinstance(number, Literal) else None,
            respondent=(
                names.link(values[HYTE.respondent][0]) if values.get(HYTE.respondent) else None
            ),
        )
    return out


# ---------------------------------------------------------------------------------------------
# headings


#: Headings of the usual groups: (fact class, the entity's place in it) → fi, en, sv.
HEADINGS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("Membership", "member"): (
        "Jäsenyydet ja roolit",
        "Memberships and roles",
        "Medlemskap och roller",
    ),
    ("Membership", "organization"): ("Jäsenet", "Members", "Medlemmar"),
    ("Post", "heldBy"): ("Virat ja tehtävät", "Posts held", "Tjänster och uppdrag"),
    ("Post", "postIn"): ("Virat", "Posts", "Tjänster"),
    ("Responsibility", "responsibleAgent"): ("Vastuut", "Responsibilities", "Ansvar"),
    ("Responsibility", "responsibilityFor"): ("Vastuussa", "Who is responsible", "Ansvariga"),
    ("Cooperation", "focalParty"): ("Yhteistyö", "Cooperation", "Samarbete"),
    ("Cooperation", "partner"): (
        "Yhteistyökumppanina",
        "Cooperation partner of",
        "Samarbetspartner till",
    ),
    ("Cooperation", "context"): (
        "Yhteistyö tässä yhteydessä",
        "Cooperation in this context",
        "Samarbete i detta sammanhang",
    ),
    ("FinancialSupport", "supporter"): (
        "Taloudellinen tuki",
        "Supports financially",
        "Stöder ekonomiskt",
    ),
    ("FinancialSupport", "recipient"): (
        "Tukijat",
        "Supported financially by",
        "Stöds ekonomiskt av",
    ),
    ("Monitoring", "monitoringBody"): ("Seuranta", "Monitors", "Följer upp"),
    ("Monitoring", "monitoredPlan"): ("Seuraajat", "Monitored by", "Följs upp av"),
    ("Subordination", "part"): ("Osana", "Part of", "Del av"),
    ("Subordination", "whole"): ("Osat", "Parts", "Delar"),
    ("SitePresence", "siteAgent"): ("Toimipaikat", "Works at", "Verkar på"),
    ("SitePresence", "site"): ("Toimijat tässä paikassa", "Who works here", "Aktörer här"),
    ("Derivation", "entity"): ("Pohjana", "The basis of", "Grund för"),
    ("Derivation", "qualifiedDerivation"): ("Pohjautuu", "Based on", "Bygger på"),
    ("Continuation", "continuingAgent"): ("Jatkuva työ", "Work continued", "Fortsatt arbete"),
}


def _local(iri: str) -> str:
    return labelling.last_segment(URIRef(iri))


def heading(cls: Link, link: Link, lang: str) -> str:
    known = HEADINGS.get((_local(cls.iri), _local(link.iri)))
    if known:
        return known[_LANG_INDEX.get(lang, 0)]
    return f"{cls.label}: {link.label}"


# ---------------------------------------------------------------------------------------------
# the description


def _fact_triples(
    store: Store, node: Node, facts_in: list[tuple[Node, Node]], fact_nodes: list[Node]
) -> dict[Node, list[tuple[Node, Node]]]:
    """The triples of each fact: one lookup per property that names ``node`` when several
    facts do so through it (a county is a party to hundreds of cooperations), else one per
    fact."""
    triples: dict[Node, list[tuple[Node, Node]]] = {}
    by_link: dict[Node, set[Node]] = defaultdict(set)
    for fact, link in facts_in:
        by_link[link].add(fact)
    for link, facts in by_link.items():
        if len(facts) < 4:
            continue
        found: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for _e, _l, fact, p, o in _rows(store, "page_fact_triples", {"e": node, "link": link}):
            if fact in facts:
                found[fact].append((p, o))
        triples.update(found)
    for fact in fact_nodes:
        if fact not in triples:
            triples[fact] = outgoing(store, fact)
    return triples


def describe(
    store: Store,
    iri: str,
    lang: str = "fi",
    kind_of: Callable[[str], str | None] | None = None,
) -> Description | None:
    """What the graph says about ``iri`` (None when it is neither a subject nor an object).
    ``kind_of`` gives an entity's broad kind (default: the name index's)."""
    node = URIRef(iri)
    out = outgoing(store, node)
    into, more = incoming(store, node)
    if not out and not into:
        return None
    names = _Labels(store, lang)
    types = [o for p, o in out if p == RDF.type]
    is_fact = _FACT in types

    # which subjects and objects are facts
    candidates = {s for s, _p in into if isinstance(s, URIRef)}
    candidates |= {o for p, o in out if isinstance(o, URIRef) and p not in (RDF.type, _EVIDENCE)}
    fact_types = _objects(store, candidates, (RDF.type,))
    facts_in = [(s, p) for s, p in into if _FACT in fact_types.get(s, {}).get(RDF.type, [])]
    facts_out = [
        (o, p) for p, o in out if _FACT in fact_types.get(o, {}).get(RDF.type, []) and not is_fact
    ]
    fact_nodes = list(dict.fromkeys([f for f, _p in facts_in] + [f for f, _p in facts_out]))
    fact_triples = _fact_triples(store, node, facts_in, fact_nodes)

    # intervals, evidence and labels, batched
    intervals = [o for triples in fact_triples.values() for p, o in triples if p in _TIME_PROPS]
    intervals += [o for p, o in out if p in _TIME_PROPS]
    when = _interval_text(store, intervals, lang)
    evidence_nodes = [o for triples in fact_triples.values() for p, o in triples if p == _EVIDENCE]
    evidence_nodes += [o for p, o in out if p == _EVIDENCE]
    shown = {node, *types}
    shown |= {p for p, _o in out} | {o for _p, o in out}
    shown |= {p for _s, p in into} | {s for s, _p in into}
    for triples in fact_triples.values():
        shown |= {p for p, _o in triples} | {o for _p, o in triples}
    names.fetch(shown)
    found_evidence = evidence_rows(store, evidence_nodes, names)
    if kind_of is None:
        from hytegraph.store.names import index_for

        kind_of = index_for(store).kind
    kinds = {
        str(t): kind_of(str(t)) or ""
        for t in shown
        if isinstance(t, URIRef) and str(t).startswith(ID)
    }

    def link(term: Node) -> Link:
        return names.link(term, kinds.get(str(term), ""))

    def fact_view(fact: Node, place: Node, is_outgoing: bool) -> Fact:
        triples = fact_triples[fact]
        classes = [o for p, o in triples if p == RDF.type and o != _FACT]
        view = Fact(
            iri=str(fact),
            cls=link(classes[0] if classes else _FACT),
            link=link(place),
            outgoing=is_outgoing,
        )
        by_pred: dict[Node, list[Node]] = defaultdict(list)
        for p, o in triples:
            by_pred[p].append(o)
        for p, values in by_pred.items():
            if p in _SKIP:
                continue
            if p in _BADGES:
                view.badges += [link(v) for v in values]
            elif p in _TEXTS:
                text = _lang_text(values, lang)
                if text:
                    view.texts.append((link(p), text))
            elif p in _TIME_PROPS:
                continue
            else:
                shown_values = [link(v) for v in sorted(values, key=str) if v != node]
                shown_values = [v for v in shown_values if v.label]
                if shown_values:
                    view.parties.append((link(p), shown_values))
        for p in _TIME_PROPS:
            for interval in by_pred.get(p, []):
                if when.get(interval):
                    view.when.append((link(p), when[interval]))
        view.evidence = sorted(
            (found_evidence[e] for e in by_pred.get(_EVIDENCE, []) if e in found_evidence),
            key=lambda e: (e.item_number or 0, e.iri),
        )
        return view

    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    ambiguities: list[Fact] = []
    neighbours: dict[str, tuple[Link, str, bool]] = {}
    for fact, place in [(f, p) for f, p in facts_in] + [(f, p) for f, p in facts_out]:
        view = fact_view(fact, place, (fact, place) in facts_out)
        if view.cls.iri == str(_AMBIGUITY):
            ambiguities.append(view)
            continue
        groups[(view.cls.iri, view.link.iri)].append(view)
        for _pred, parties in view.parties:
            for party in parties:
                if (
                    party.iri.startswith(ID)
                    and party.kind not in ("", "concept")
                    and party.iri != iri
                ):
                    relation = heading(view.cls, view.link, lang)
                    neighbours.setdefault(party.iri, (party, relation, not view.outgoing))

    group_list = []
    for (cls_iri, link_iri), facts in groups.items():
        facts.sort(key=lambda f: ([p.label.casefold() for _l, ps in f.parties for p in ps], f.iri))
        cls, place = facts[0].cls, facts[0].link
        group_list.append(
            Group(
                key=f"{_local(cls_iri)}-{_local(link_iri)}",
                heading=heading(cls, place, lang),
                facts=facts[:MAX_PER_GROUP],
                total=len(facts),
            )
        )
    group_list.sort(key=lambda g: g.heading.casefold())

    # names, identifiers, other statements
    name_rows: list[tuple[str, str, bool]] = []
    identifiers: list[tuple[str, str, str]] = []
    possibly: list[Link] = []
    info = getattr(store, "info", None)
    derived = set(info.inference.derived) if info is not None else set()
    other: dict[Node, list[Link]] = defaultdict(list)
    fact_set = set(fact_nodes)
    for p, o in out:
        if p in (SKOS.prefLabel, RDFS.label, _NAME_PROPS[3]) and isinstance(o, Literal):
            name_rows.append((str(o), o.language or "", True))
        elif p in (SKOS.altLabel,) and isinstance(o, Literal):
            name_rows.append((str(o), o.language or "", False))
        elif p == _HIDDEN:
            continue
        elif p == ORG.identifier and isinstance(o, Literal):
            scheme = names.link(o.datatype).label if o.datatype is not None else ""
            identifiers.append((scheme, str(o), ""))
        elif p == OWL.sameAs:
            identifiers.append(("owl:sameAs", str(o), str(o)))
        elif p == HYTE.possiblySameAs:
            possibly.append(link(o))
        elif p in (RDF.type, _EVIDENCE) or o in fact_set:
            continue
        elif p in _TIME_PROPS:
            other[p].append(Link("", when.get(o, "")))
        elif str(p) in derived:
            continue  # a shortcut the rules derive from a fact listed above
        elif not isinstance(o, BNode):
            other[p].append(link(o))
    incoming_other: dict[Node, list[Link]] = defaultdict(list)
    for s, p in into:
        if s in fact_set or str(p) in derived:
            continue
        if p == HYTE.possiblySameAs:
            possibly.append(link(s))
        elif isinstance(s, URIRef):
            incoming_other[p].append(link(s))
    mentions = sorted(
        (found_evidence[o] for p, o in out if p == _EVIDENCE and o in found_evidence),
        key=lambda e: (e.item_number or 0, e.iri),
    )
    label = labelling.choose([(p, o) for p, o in out if p in _NAME_PROPS], lang)
    return Description(
        iri=iri,
        label=label or labelling.last_segment(node),
        lang=lang,
        names=sorted(set(name_rows), key=lambda n: (not n[2], n[1], n[0])),
        types=[link(t) for t in types if t != _FACT],
        kind=kinds.get(iri, ""),
        identifiers=sorted(identifiers),
        possibly_same=sorted({p.iri: p for p in possibly}.values(), key=lambda p: p.label),
        groups=group_list,
        ambiguities=ambiguities,
        mentions=mentions,
        other=sorted(((link(p), v) for p, v in other.items()), key=lambda x: x[0].label),
        incoming=sorted(
            ((link(p), v) for p, v in incoming_other.items()), key=lambda x: x[0].label
        ),
        incoming_total=len(into) + (1 if more else 0),
        is_fact=is_fact,
        neighbours=sorted(neighbours.values(), key=lambda n: n[0].label.casefold()),
    )


# ---------------------------------------------------------------------------------------------
# RDF


def description_graph(store: Store, iri: str) -> rdflib.Graph:
    """The entity's bounded description as RDF: its own triples, the triples naming it (up to
    :data:`MAX_INCOMING`), every triple of each fact among them and of each piece of evidence
    of the entity and of those facts, and the blank nodes these reach (a fact's time)."""
    from hytegraph.core import rdfio
    from hytegraph.core.namespaces import bind_prefixes

    node = URIRef(iri)
    graph = rdfio.new_graph()
    bind_prefixes(graph)
    seen: set[Node] = set()

    def add_subject(subject: Node) -> list[tuple[Node, Node]]:
        if subject in seen:
            return []
        seen.add(subject)
        triples = outgoing(store, subject)
        for p, o in triples:
            graph.add((subject, p, o))
            if isinstance(o, BNode):
                add_subject(o)
        return triples

    own = add_subject(node)
    into, _more = incoming(store, node)
    for s, p in into:
        graph.add((s, p, node))
    fact_types = _objects(store, {s for s, _p in into if isinstance(s, URIRef)}, (RDF.type,))
    facts = [
        s
        for s in dict.fromkeys(s for s, _p in into)
        if _FACT in fact_types.get(s, {}).get(RDF.type, [])
    ]
    evidence = [o for p, o in own if p == _EVIDENCE]
    fact_set = set(facts)
    triples = _fact_triples(store, node, [(s, p) for s, p in into if s in fact_set], facts)
    for fact in facts:
        seen.add(fact)
        for p, o in triples[fact]:
            graph.add((fact, p, o))
            if isinstance(o, BNode):
                add_subject(o)
            elif p == _EVIDENCE:
                evidence.append(o)
    for ev in dict.fromkeys(evidence):
        add_subject(ev)
    return graph


__all__ = [
    "MAX_INCOMING",
    "Description",
    "Evidence",
    "Fact",
    "Group",
    "Link",
    "describe",
    "description_graph",
    "evidence_rows",
    "incoming",
    "outgoing",
]
