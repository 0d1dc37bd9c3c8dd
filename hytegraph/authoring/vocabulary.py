"""The words of the workbook and what each means in the ontology: entity kinds (classes and
IRI folders), fact kinds, roles, kinds of responsibility, statuses and seasons.

Cells accept the canonical id (``steering_group``, ``deputy_member``) or the Finnish, Swedish or
English label the ontology gives the term (``ohjausryhmä``, ``ersättare``, ``deputy member``), in
any case; :func:`lookup` finds the term. Labels come from ``ontology/hyte.ttl`` itself, so the
workbook can name nothing the ontology does not define.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import FOAF, RDFS, SKOS

from hytegraph.core import resources
from hytegraph.core.namespaces import HYTE, ID, ORG
from hytegraph.store.names import normalise

LANGS = ("fi", "sv", "en")
_PROV = "http://www.w3.org/ns/prov#"


@dataclass(frozen=True)
class Term:
    """One word of the workbook: its id, the ontology term it stands for and its labels."""

    id: str
    iri: URIRef
    labels: Mapping[str, str]  # lang -> label
    synonyms: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.id


@dataclass(frozen=True)
class EntityKind(Term):
    #: The instance folder of new IRIs (``body`` → ``id/body/...``).
    folder: str = ""
    #: The broad kind of the name index (:data:`hytegraph.store.names.KINDS`) it matches.
    index_kind: str = ""


# (id, class, folder, index kind)
_ENTITY_KINDS: tuple[tuple[str, URIRef, str, str], ...] = (
    ("municipality", HYTE.Municipality, "org", "municipality"),
    ("county", HYTE.WellbeingServicesCounty, "org", "county"),
    ("division", HYTE.Division, "unit", "unit"),
    ("result_area", HYTE.ResultArea, "unit", "unit"),
    ("result_unit", HYTE.ResultUnit, "unit", "unit"),
    ("group_administration", HYTE.GroupAdministration, "unit", "unit"),
    ("group_administration_unit", HYTE.GroupAdministrationUnit, "unit", "unit"),
    ("unit", HYTE.CityUnit, "unit", "unit"),
    ("ngo", HYTE.NGO, "org", "ngo"),
    ("registered_association", HYTE.RegisteredAssociation, "org", "ngo"),
    ("educational_institution", HYTE.EducationalInstitution, "org", "institution"),
    ("person", FOAF.Person, "person", "person"),
    ("elected_official", HYTE.ElectedOfficial, "person", "person"),
    ("post", ORG.Post, "post", "post"),
    ("collective", HYTE.Collective, "collective", "collective"),
    ("unidentified", HYTE.UnidentifiedActor, "actor", "actor"),
    ("steering_group", HYTE.SteeringGroup, "body", "body"),
    ("programme_steering_group", HYTE.ProgrammeSteeringGroup, "body", "body"),
    ("expert_group", HYTE.ExpertGroup, "body", "body"),
    ("working_group", HYTE.WorkingGroup, "body", "body"),
    ("regional_group", HYTE.RegionalGroup, "body", "body"),
    ("board", HYTE.Board, "body", "body"),
    ("city_board", HYTE.CityBoard, "body", "body"),
    ("network", HYTE.Network, "body", "body"),
    ("programme", HYTE.Programme, "body", "body"),
    ("project", HYTE.CooperationProject, "body", "body"),
    ("body", HYTE.Body, "body", "body"),
    ("service_point", HYTE.ServicePoint, "site", "other"),
    ("plan", HYTE.WellbeingPlan, "doc", "document"),
    ("report", HYTE.WellbeingReport, "doc", "document"),
    ("strategy", HYTE.StrategyDocument, "doc", "document"),
    ("recommendation", HYTE.Recommendation, "doc", "document"),
    ("proposal", HYTE.Proposal, "doc", "document"),
    ("operating_model", HYTE.OperatingModel, "doc", "document"),
    ("document", HYTE.PlanOrReport, "doc", "document"),
    ("activity", HYTE.Activity, "activity", "activity"),
    ("meeting", HYTE.Meeting, "event", "event"),
    ("change", ORG.ChangeEvent, "event", "event"),
    ("organisation", ORG.Organization, "org", "other"),
)

#: Kinds that are organisations or bodies (the classes under ``org:Organization``): the
#: table's organisation, unit and body folders.
_ORGANISATION_KINDS = frozenset(
    k for k, _, folder, _ in _ENTITY_KINDS if folder in {"org", "unit", "body"}
)
#: Kinds of entity a member can represent (``on_behalf_of``): organisations and collectives
#: (the classes under ``org:Organization`` or ``hyte:Collective``), and the same as broad kinds
#: of the name index, for entities the graph already has.
PARTY_KINDS = _ORGANISATION_KINDS | {"collective"}
#: Kinds whose new entities need an English name (every body, organisation and post); the
#: generic ``organisation`` is the fallback for what the workbook cannot classify, and is
#: exempt.
NEEDS_ENGLISH = (_ORGANISATION_KINDS - {"organisation"}) | {"post"}
PARTY_INDEX_KINDS = frozenset(
    {"county", "municipality", "ngo", "unit", "institution", "collective", "body"}
)
#: Kinds whose members are people: an equal name alone never proves the same person.
PERSON_KINDS = frozenset({"person", "elected_official"})
#: Kinds whose names are unique enough in Finland that an equal name is the same entity.
UNIQUE_NAME_KINDS = frozenset(
    {"municipality", "county", "ngo", "registered_association", "educational_institution"}
)

_ROLE_IDS = (
    ("chair", "chair"),
    ("vice_chair", "vice-chair"),
    ("secretary", "secretary"),
    ("member", "member"),
    ("deputy_member", "deputy-member"),
    ("representative", "representative"),
    ("participant", "participant"),
    ("representation", "representation"),
)
# Words of membership registers and lists beyond the ontology's labels (all lower case).
_ROLE_SYNONYMS = {
    "chair": ("pj", "pj.", "puheenjohtajana", "ordf.", "chairperson", "chairman", "chairwoman"),
    "vice_chair": (
        "varapuheenjohtajana",
        "viceordförande",
        "vice-ordförande",
        "vice chairperson",
        "vice-chair",
        "deputy chair",
    ),
    "secretary": ("tekninen sihteeri", "sihteerinä", "teknisk sekreterare"),
    "member": ("varsinainen jäsen", "jäsenenä", "ledamot", "ordinarie ledamot"),
    "deputy_member": (
        "varahenkilö",
        "henkilökohtainen varajäsen",
        "suppleant",
        "deputy",
        "personlig ersättare",
        "substitute member",
    ),
    "representative": ("edustajana",),
    "participant": ("mukana",),
    "representation": ("edustus",),
}

_RESPONSIBILITY_KINDS = ("responsible", "leadership", "maker", "organiser", "expected")
_STATUSES = (
    "active",
    "ended",
    "planned",
    "ongoing",
    "interim",
    "applicant",
    "candidate",
    "invited",
    "proposed",
)
_SEASONS = ("spring", "summer", "autumn", "winter")


@dataclass(frozen=True)
class FactKind:
    """A kind of row of the ``facts`` sheet: the fact class it makes (None: the row describes
    the ``actor`` entity itself) and its labels."""

    id: str
    cls: URIRef | None
    labels: Mapping[str, str]
    #: The ``role`` column: ``role`` (a role), ``responsibility`` (a kind of responsibility)
    #: or ``""`` (unused).
    role: str = ""


_FACT_KINDS: tuple[FactKind, ...] = (
    FactKind("membership", ORG.Membership, {}, "role"),
    FactKind("responsibility", HYTE.Responsibility, {}, "responsibility"),
    FactKind("cooperation", HYTE.Cooperation, {}),
    FactKind("candidacy", HYTE.Candidacy, {}, "role"),
    FactKind("financial_support", HYTE.FinancialSupport, {}),
    FactKind("monitoring", HYTE.Monitoring, {}),
    FactKind("part_of", HYTE.Subordination, {}),
    FactKind("site_presence", HYTE.SitePresence, {}),
    FactKind("continuation", HYTE.Continuation, {}),
    FactKind("based_on", URIRef(_PROV + "Derivation"), {}),
    FactKind("mention", None, {"fi": "maininta", "sv": "omnämnande", "en": "mention"}),
    FactKind(
        "post",
        None,
        {"fi": "virka toimielimessä", "sv": "tjänst i organet", "en": "post in a body"},
        "role",
    ),
    FactKind(
        "holds_post",
        None,
        {"fi": "viran haltija", "sv": "innehavare av tjänsten", "en": "holds the post"},
    ),
    FactKind(
        "meeting",
        None,
        {"fi": "toimielimen kokous", "sv": "organets möte", "en": "meeting of a body"},
    ),
    FactKind(
        "last_meeting",
        None,
        {
            "fi": "toimielimen viimeinen kokous",
            "sv": "organets sista möte",
            "en": "last meeting of a body",
        },
    ),
    FactKind(
        "produced",
        None,
        {
            "fi": "kokouksessa annettu asiakirja",
            "sv": "dokument från mötet",
            "en": "document issued at the meeting",
        },
    ),
    FactKind(
        "submitted_to",
        None,
        {
            "fi": "käsiteltäväksi toimielimelle",
            "sv": "föreläggs organet",
            "en": "submitted to a body",
        },
    ),
    FactKind(
        "change",
        None,
        {
            "fi": "muutos organisaatiossa",
            "sv": "förändring i organisationen",
            "en": "change in an organisation",
        },
    ),
)


#: For each kind of fact node: the property to its actor and the property to its target (None:
#: the fact has no such link).
FACT_LINKS: dict[str, tuple[URIRef | None, URIRef | None]] = {
    "membership": (ORG.member, ORG.organization),
    "responsibility": (HYTE.responsibleAgent, HYTE.responsibilityFor),
    "cooperation": (HYTE.focalParty, HYTE.partner),
    "candidacy": (HYTE.candidate, HYTE.candidateFor),
    "financial_support": (HYTE.supporter, HYTE.recipient),
    "monitoring": (HYTE.monitoringBody, HYTE.monitoredPlan),
    "part_of": (HYTE.part, HYTE.whole),
    "site_presence": (HYTE.siteAgent, HYTE.site),
    "continuation": (HYTE.continuingAgent, None),
    "based_on": (None, URIRef(_PROV + "entity")),
}


@functools.lru_cache(maxsize=1)
def _ontology_labels() -> dict[URIRef, dict[str, str]]:
    """``rdfs:label`` / ``skos:prefLabel`` of every ontology term, by language."""
    from hytegraph.core import rdfio

    graph = rdfio.read_graph(resources.ontology_file())
    found: dict[URIRef, dict[str, str]] = {}
    for prop in (SKOS.prefLabel, RDFS.label):
        for s, o in graph.subject_objects(prop):
            lang = getattr(o, "language", None)
            if isinstance(s, URIRef) and lang in LANGS:
                found.setdefault(s, {}).setdefault(lang, str(o))
    for s, o in graph.subject_objects(SKOS.altLabel):
        if isinstance(s, URIRef):
            found.setdefault(s, {}).setdefault("alt:" + str(o), str(o))
    return found


def _labels(iri: URIRef) -> dict[str, str]:
    return {k: v for k, v in _ontology_labels().get(iri, {}).items() if k in LANGS}


def _alt_labels(iri: URIRef) -> tuple[str, ...]:
    return tuple(v for k, v in _ontology_labels().get(iri, {}).items() if k.startswith("alt:"))


# FOAF names its classes in English only; the workbook needs them in Finnish and Swedish too
_BORROWED_LABELS = {
    FOAF.Person: {"fi": "henkilö", "sv": "person", "en": "person"},
    ORG.Organization: {"fi": "organisaatio", "sv": "organisation", "en": "organisation"},
}


@functools.lru_cache(maxsize=1)
def entity_kinds() -> dict[str, EntityKind]:
    return {
        kid: EntityKind(
            kid,
            cls,
            _labels(cls) or _BORROWED_LABELS.get(cls, {}),
            (),
            folder=folder,
            index_kind=index_kind,
        )
        for kid, cls, folder, index_kind in _ENTITY_KINDS
    }


@functools.lru_cache(maxsize=1)
def kind_of_class() -> dict[URIRef, str]:
    """The kind id of each class (the most specific kind of a class is its own)."""
    return {k.iri: k.id for k in entity_kinds().values()}


@functools.lru_cache(maxsize=1)
def roles() -> dict[str, Term]:
    out = {}
    for rid, local in _ROLE_IDS:
        iri = URIRef(f"{ID}role/{local}")
        out[rid] = Term(rid, iri, _labels(iri), _alt_labels(iri) + _ROLE_SYNONYMS.get(rid, ()))
    return out


@functools.lru_cache(maxsize=1)
def responsibility_kinds() -> dict[str, Term]:
    out = {}
    for kid in _RESPONSIBILITY_KINDS:
        iri = URIRef(f"{ID}responsibility-kind/{kid}")
        out[kid] = Term(kid, iri, _labels(iri))
    return out


@functools.lru_cache(maxsize=1)
def statuses() -> dict[str, Term]:
    return {
        sid: Term(sid, URIRef(f"{ID}status/{sid}"), _labels(URIRef(f"{ID}status/{sid}")))
        for sid in _STATUSES
    }


@functools.lru_cache(maxsize=1)
def seasons() -> dict[str, Term]:
    return {
        sid: Term(sid, URIRef(f"{ID}season/{sid}"), _labels(URIRef(f"{ID}season/{sid}")))
        for sid in _SEASONS
    }


@functools.lru_cache(maxsize=1)
def fact_kinds() -> dict[str, FactKind]:
    out = {}
    for fk in _FACT_KINDS:
        labels = dict(fk.labels) or (_labels(fk.cls) if fk.cls is not None else {})
        out[fk.id] = FactKind(fk.id, fk.cls, labels, fk.role)
    return out


def _key(text: str) -> str:
    return normalise(text.replace("_", " "))


@functools.cache
def _index(name: str) -> dict[str, str]:
    terms: Mapping[str, Term | FactKind] = {
        "entity": entity_kinds(),
        "role": roles(),
        "responsibility": responsibility_kinds(),
        "status": statuses(),
        "fact": fact_kinds(),
    }[name]
    index: dict[str, str] = {}
    for tid, term in terms.items():
        words: Iterable[str] = (tid, *term.labels.values(), *getattr(term, "synonyms", ()))
        for word in words:
            index.setdefault(_key(word), tid)
    return index


@functools.lru_cache(maxsize=4096)
def lookup(vocabulary: str, text: str) -> str | None:
    """The id that ``text`` names in ``vocabulary`` (``entity``, ``role``, ``responsibility``,
    ``status``, ``fact``): its id or a label in Finnish, Swedish or English; None if none."""
    return _index(vocabulary).get(_key(text))


def choices(vocabulary: str, lang: str | None = None) -> list[str]:
    """Every id of ``vocabulary`` (or, with ``lang``, its labels in that language)."""
    terms: Mapping[str, Term | FactKind] = {
        "entity": entity_kinds(),
        "role": roles(),
        "responsibility": responsibility_kinds(),
        "status": statuses(),
        "fact": fact_kinds(),
    }[vocabulary]
    if lang is None:
        return list(terms)
    return [t.labels.get(lang) or tid for tid, t in terms.items()]


__all__ = [
    "LANGS",
    "PERSON_KINDS",
    "UNIQUE_NAME_KINDS",
    "EntityKind",
    "FactKind",
    "Term",
    "choices",
    "entity_kinds",
    "fact_kinds",
    "kind_of_class",
    "lookup",
    "responsibility_kinds",
    "roles",
    "seasons",
    "statuses",
]
