"""Synthetic national-scale HYTE data in the project's own ontology, for benchmarks.

``python bench/synth.py --triples 1000000 --seed 1 -o /tmp/national.ttl`` writes a graph of about
the requested size (``.ttl`` Turtle or ``.nt`` N-Triples) plus, beside it, a ``sources/`` folder
with the verbatim source texts its evidence quotes come from, so that ``hytegraph --data FILE
validate`` can check every quote. The same size and seed always give the same bytes.

The shape mirrors ``data/espoo-2023.ttl``: every fact is a qualified node (``org:Membership``
with a role, ``hyte:Responsibility`` with a kind, ``hyte:Cooperation``, ``hyte:FinancialSupport``,
``hyte:Monitoring``, ``hyte:Subordination``, ``hyte:SitePresence``, ``prov:Derivation``) citing a
``hyte:Evidence``
whose quote is a sentence of a source document; entities carry Finnish, English and (some) Swedish
preferred labels and other word forms as hidden labels; unnamed plural mentions are
``hyte:Collective`` nodes. The country is laid out as 21 wellbeing services counties plus one city
that organises its own services (as Helsinki does), up to about 300 municipalities, each in its
county (``hyte:inWellbeingServicesCounty``); each municipality has divisions and result units,
people, NGOs, a wellbeing plan and report, and bodies of every kind with chairs, members,
representatives, deputies and secretaries. The number of municipalities grows with the size (2 at
10k triples, about 300 from 3M); beyond that the bodies per municipality grow. Shortcut properties
are not written: the rules derive them. Names are invented; any likeness to real places or people is
chance.

The file is written as text, line by line, never through an RDF library, so 3M triples take
well under a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

BASE = "https://w3id.org/hytegraph/id/"
PREFIXES = {
    "hyte": "https://w3id.org/hytegraph/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_TERM_STARTS = frozenset('<"_')  # IRIs, literals and blank nodes; anything else is a CURIE

MAX_MUNICIPALITIES = 309
COUNTIES = 21
TRIPLES_PER_MUNICIPALITY = 10_000  # how the municipality count grows with the size

# -- vocabulary for invented names --------------------------------------------------------------

_HEADS = (
    "Kuusi",
    "Koivu",
    "Mänty",
    "Pihlaja",
    "Tammi",
    "Vaahtera",
    "Haapa",
    "Leppä",
    "Paju",
    "Honka",
    "Kataja",
    "Kallio",
    "Kivi",
    "Rauta",
    "Hopea",
    "Kulta",
    "Marja",
    "Sammal",
    "Kaisla",
    "Ruoho",
)
_TAILS = (  # (nominative, genitive)
    ("joki", "joen"),
    ("lahti", "lahden"),
    ("niemi", "niemen"),
    ("järvi", "järven"),
    ("mäki", "mäen"),
    ("koski", "kosken"),
    ("vesi", "veden"),
    ("saari", "saaren"),
    ("salo", "salon"),
    ("vaara", "vaaran"),
    ("harju", "harjun"),
    ("kylä", "kylän"),
    ("lampi", "lammen"),
    ("linna", "linnan"),
    ("ranta", "rannan"),
)
_REGIONS = (
    ("Pohjois-Kuusimaa", "Pohjois-Kuusimaan", "North Kuusimaa"),
    ("Etelä-Kuusimaa", "Etelä-Kuusimaan", "South Kuusimaa"),
    ("Itä-Koivula", "Itä-Koivulan", "East Koivula"),
    ("Länsi-Koivula", "Länsi-Koivulan", "West Koivula"),
    ("Keski-Harjumaa", "Keski-Harjumaan", "Central Harjumaa"),
    ("Ylä-Järvimaa", "Ylä-Järvimaan", "Upper Järvimaa"),
    ("Ala-Järvimaa", "Ala-Järvimaan", "Lower Järvimaa"),
    ("Rannikko", "Rannikon", "Coast"),
    ("Sisämaa", "Sisämaan", "Inland"),
    ("Vaara-Karjala", "Vaara-Karjalan", "Vaara Karelia"),
    ("Saaristo", "Saariston", "Archipelago"),
    ("Jokilaakso", "Jokilaakson", "River Valley"),
    ("Kallioseutu", "Kallioseudun", "Kallio Region"),
    ("Lakeus", "Lakeuden", "Plains"),
    ("Tunturi", "Tunturin", "Fell"),
    ("Suomaa", "Suomaan", "Fenland"),
    ("Harjuseutu", "Harjuseudun", "Ridge Region"),
    ("Koskiseutu", "Koskiseudun", "Rapids Region"),
    ("Metsämaa", "Metsämaan", "Forest Land"),
    ("Lampiseutu", "Lampiseudun", "Pond Region"),
    ("Niemimaa", "Niemimaan", "Peninsula"),
)
_FIRST = (
    "Aino",
    "Eero",
    "Helmi",
    "Ilkka",
    "Johanna",
    "Kaisa",
    "Lauri",
    "Minna",
    "Niko",
    "Outi",
    "Pekka",
    "Riikka",
    "Sami",
    "Tiina",
    "Ulla",
    "Ville",
    "Anu",
    "Jari",
    "Leena",
    "Marko",
    "Noora",
    "Oskari",
    "Paula",
    "Reijo",
    "Sanna",
    "Timo",
    "Venla",
    "Aleksi",
    "Elina",
    "Hannu",
    "Irma",
    "Jukka",
    "Katja",
    "Lotta",
    "Mikko",
    "Petra",
    "Raimo",
    "Satu",
    "Tuomas",
    "Veera",
)
_LAST = (
    "Aaltonen",
    "Heikkilä",
    "Hirvonen",
    "Järvinen",
    "Kallio",
    "Karjalainen",
    "Koskinen",
    "Laaksonen",
    "Lehtonen",
    "Leinonen",
    "Manninen",
    "Miettinen",
    "Mäkelä",
    "Nieminen",
    "Ojala",
    "Pitkänen",
    "Rantanen",
    "Salminen",
    "Savolainen",
    "Tuominen",
    "Turunen",
    "Vainio",
    "Virtanen",
    "Väisänen",
    "Hämäläinen",
    "Heinonen",
    "Koivisto",
    "Lahtinen",
    "Lindholm",
    "Mattila",
    "Niemi",
    "Peltonen",
    "Rinne",
    "Saarinen",
    "Suominen",
    "Toivonen",
    "Valtonen",
    "Vesterinen",
    "Ahonen",
    "Kettunen",
)

# Body kinds: (class, Finnish name pattern, its inessive "in the ..." form, English pattern).
_BODY_KINDS = (
    (
        "SteeringGroup",
        "{gen} hyvinvoinnin ohjausryhmä",
        "{gen} hyvinvoinnin ohjausryhmässä",
        "{en} Wellbeing Steering Group",
    ),
    (
        "ExpertGroup",
        "{gen} terveyden edistämisen asiantuntijaryhmä",
        "{gen} terveyden edistämisen asiantuntijaryhmässä",
        "{en} Health Promotion Expert Group",
    ),
    (
        "WorkingGroup",
        "{gen} nuorten hyvinvointityöryhmä",
        "{gen} nuorten hyvinvointityöryhmässä",
        "{en} Youth Wellbeing Working Group",
    ),
    (
        "RegionalGroup",
        "{gen} alueellinen hyvinvointiryhmä",
        "{gen} alueellisessa hyvinvointiryhmässä",
        "{en} Regional Wellbeing Group",
    ),
    (
        "Board",
        "{gen} hyvinvointilautakunta",
        "{gen} hyvinvointilautakunnassa",
        "{en} Wellbeing Board",
    ),
    ("Network", "{gen} järjestöverkosto", "{gen} järjestöverkostossa", "{en} NGO Network"),
    (
        "Programme",
        "{gen} liikkumisohjelma",
        "{gen} liikkumisohjelmassa",
        "{en} Physical Activity Programme",
    ),
    (
        "ProgrammeSteeringGroup",
        "{gen} liikkumisohjelman ohjausryhmä",
        "{gen} liikkumisohjelman ohjausryhmässä",
        "{en} Physical Activity Programme Steering Group",
    ),
    (
        "CooperationProject",
        "{gen} osallisuushanke",
        "{gen} osallisuushankkeessa",
        "{en} Inclusion Project",
    ),
    (
        "Network",
        "{gen} nuorten palveluverkosto",
        "{gen} nuorten palveluverkostossa",
        "{en} Youth Services Network",
    ),
    (
        "ExpertGroup",
        "{gen} ikääntyneiden hyvinvointiryhmä",
        "{gen} ikääntyneiden hyvinvointiryhmässä",
        "{en} Older People's Wellbeing Group",
    ),
    (
        "WorkingGroup",
        "{gen} ehkäisevän päihdetyön työryhmä",
        "{gen} ehkäisevän päihdetyön työryhmässä",
        "{en} Substance Abuse Prevention Working Group",
    ),
)
_TOPICS = (
    ("liikunta ja ulkoilu", "physical activity and outdoor life"),
    ("ehkäisevä päihdetyö", "preventive substance abuse work"),
    ("lasten ja nuorten mielenterveys", "mental health of children and young people"),
    ("ikääntyneiden osallisuus", "inclusion of older people"),
    ("kotoutuminen ja työllisyys", "integration and employment"),
    ("yksinäisyyden ehkäisy", "preventing loneliness"),
)
_DIVISIONS = (
    ("Kasvun ja oppimisen toimiala", "Growth and Learning Sector", "kasvu-ja-oppiminen"),
    ("Elinvoiman toimiala", "Vitality Sector", "elinvoima"),
    ("Kaupunkiympäristön toimiala", "Urban Environment Sector", "kaupunkiymparisto"),
)
_RESULT_UNITS = (
    ("Liikunta ja urheilu", "Sports and Exercise", "liikunta"),
    ("Kulttuuri", "Culture", "kulttuuri"),
    ("Nuorisopalvelut", "Youth Services", "nuoriso"),
    ("Työllisyyspalvelut", "Employment Services", "tyollisyys"),
    ("Perusopetus", "Basic Education", "perusopetus"),
    ("Varhaiskasvatus", "Early Childhood Education", "varhaiskasvatus"),
)
_NGO_KINDS = (
    ("liikuntaseura ry", "sports club", "RegisteredAssociation"),
    ("eläkeläiset ry", "pensioners' association", "RegisteredAssociation"),
    ("nuorisoseura ry", "youth association", "RegisteredAssociation"),
    ("mielenterveysyhdistys ry", "mental health association", "RegisteredAssociation"),
    ("kyläyhdistys ry", "village association", "RegisteredAssociation"),
    ("perhekeskus", "family centre", "NGO"),
)
_NATIONAL_NGOS = (
    ("Suomen Liikuntaliitto ry", "Finnish Sports Federation", "liikuntaliitto"),
    ("Hyvinvoinnin järjestöverkko ry", "Wellbeing NGO Network", "jarjestoverkko"),
    ("Päihdetyön keskusliitto ry", "Federation for Substance Abuse Work", "paihdeliitto"),
    ("Ikäihmisten liitto ry", "Federation of Older People", "ikaihmiset"),
)
_ROLES = (
    "chair",
    "member",
    "participant",
    "representation",
    "representative",
    "deputy-member",
    "secretary",
)


@dataclass
class SynthResult:
    """What was written: counts and a few names a benchmark can look up."""

    path: str
    triples: int
    municipalities: int
    counties: int
    bodies: int
    people: int
    evidence: int
    source_files: int
    seed: int
    sample_person: str = ""
    sample_body: str = ""
    sample_municipality: str = ""
    sample_county: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


class _Writer:
    """Writes subjects with their predicate-object pairs as Turtle or N-Triples and counts."""

    def __init__(self, out, ntriples: bool) -> None:
        self.out = out
        self.nt = ntriples
        self.triples = 0
        self._buffer: list[str] = []
        self._bnode = 0
        if ntriples:
            self.iri: Callable[[str], str] = lambda rel: f"<{BASE}{rel}>"
            self.p: Callable[[str], str] = self._expand
        else:
            self.iri = lambda rel: f"<{rel}>"
            self.p = lambda curie: "a" if curie == "a" else curie

    def _expand(self, curie: str) -> str:
        if curie == "a":
            return f"<{RDF_TYPE}>"
        prefix, _, local = curie.partition(":")
        return f"<{PREFIXES[prefix]}{local}>"

    def _object(self, term: str) -> str:
        return term if term[0] in _TERM_STARTS else self._expand(term)

    def header(self, comment: str) -> None:
        lines = [f"# {line}".rstrip() for line in comment.splitlines()]
        if not self.nt:
            lines.append(f"@base <{BASE}> .")
            lines += [f"@prefix {p}: <{iri}> ." for p, iri in PREFIXES.items()]
        self.out.write("\n".join(lines) + "\n\n")

    def lit(self, text: str, lang: str | None = None) -> str:
        return f'"{_escape(text)}"@{lang}' if lang else f'"{_escape(text)}"'

    def typed(self, value: str, datatype: str) -> str:
        return f'"{value}"^^{self.p(datatype)}'

    def integer(self, value: int) -> str:
        return f'"{value}"^^{self._expand("xsd:integer")}' if self.nt else str(value)

    def bnode(self) -> str:
        self._bnode += 1
        return f"_:b{self._bnode}"

    def emit(self, subject: str, pairs: list[tuple[str, str]]) -> None:
        self.triples += len(pairs)
        if self.nt:
            self._buffer.extend(f"{subject} {self.p(p)} {self._object(o)} .\n" for p, o in pairs)
        else:
            body = " ;\n    ".join(f"{self.p(p)} {o}" for p, o in pairs)
            self._buffer.append(f"{subject} {body} .\n")
        if len(self._buffer) > 4096:
            self.flush()

    def flush(self) -> None:
        self.out.write("".join(self._buffer))
        self._buffer.clear()


class _Source:
    """One source document: its items, its sentences (written to a text file) and evidence."""

    def __init__(self, gen: _Generator, slug: str, title_fi: str, title_en: str, publisher: str):
        self.gen = gen
        self.slug = slug
        self.iri = gen.w.iri(f"source/{slug}")
        self.sentences: list[str] = []
        self.items = [gen.w.iri(f"source/{slug}/item-{n}") for n in (1, 2, 3)]
        self.item_titles = (
            ("Kohta 1: rakenteet", "Item 1: structures", "Punkt 1: strukturer"),
            (
                "Kohta 2: järjestöyhteistyö",
                "Item 2: cooperation with NGOs",
                "Punkt 2: samarbete med organisationer",
            ),
            (
                "Kohta 3: suunnitelmat ja seuranta",
                "Item 3: plans and monitoring",
                "Punkt 3: planer och uppföljning",
            ),
        )
        self.title_fi, self.title_en, self.publisher = title_fi, title_en, publisher
        self.count = 0

    def evidence(self, quote: str, item: int, respondent: str | None = None) -> str:
        """A new evidence node whose quote is a new sentence of this source."""
        w = self.gen.w
        self.count += 1
        iri = w.iri(f"evidence/{self.slug}-{self.count}")
        self.sentences.append(quote)
        pairs = [
            ("a", "hyte:Evidence"),
            ("dcterms:source", self.iri),
            ("hyte:sourceItem", self.items[item]),
            ("hyte:quote", w.lit(quote, "fi")),
        ]
        if respondent is not None:
            pairs.append(("hyte:respondent", respondent))
        w.emit(iri, pairs)
        self.gen.evidence += 1
        return iri

    def close(self, text_dir: Path) -> None:
        w = self.gen.w
        rel = f"sources/{text_dir.name}/{self.slug}.txt"
        w.emit(
            self.iri,
            [
                ("a", "hyte:SourceDocument"),
                ("skos:prefLabel", w.lit(self.title_fi, "fi")),
                ("skos:prefLabel", w.lit(self.title_en, "en")),
                ("dcterms:title", w.lit(self.title_fi, "fi")),
                ("dcterms:publisher", self.publisher),
                ("dcterms:issued", w.typed("2023", "xsd:gYear")),
                ("dcterms:language", w.lit("fi")),
                *(("dcterms:hasPart", item) for item in self.items),
                ("hyte:textFile", w.lit(rel)),
            ],
        )
        for n, (item, (fi, en, sv)) in enumerate(zip(self.items, self.item_titles, strict=True)):
            w.emit(
                item,
                [
                    ("a", "hyte:SourceItem"),
                    ("skos:prefLabel", w.lit(fi, "fi")),
                    ("skos:prefLabel", w.lit(en, "en")),
                    ("skos:prefLabel", w.lit(sv, "sv")),
                    ("hyte:itemNumber", w.integer(n + 1)),
                    ("dcterms:isPartOf", self.iri),
                ],
            )
        text = f"{self.title_fi}\n\n" + "\n".join(self.sentences) + "\n"
        (text_dir / f"{self.slug}.txt").write_text(text, encoding="utf-8")


class _Generator:
    def __init__(self, w: _Writer, rnd: random.Random, text_dir: Path) -> None:
        self.w = w
        self.rnd = rnd
        self.text_dir = text_dir
        self.people = 0
        self.bodies = 0
        self.evidence = 0
        self.facts = 0
        self.counts: dict[str, int] = {}
        self.sample_person = ""
        self.sample_body = ""

    # -- helpers ------------------------------------------------------------------------------

    def fact(self, cls: str, pairs: list[tuple[str, str]], evidence: str) -> str:
        self.facts += 1
        iri = self.w.iri(f"fact/f{self.facts}")
        self.w.emit(iri, [("a", cls), *pairs, ("hyte:evidence", evidence)])
        self.counts[cls] = self.counts.get(cls, 0) + 1
        return iri

    def person_name(self, i: int) -> str:
        first = _FIRST[i % len(_FIRST)]
        j = i // len(_FIRST)
        last = _LAST[j % len(_LAST)]
        k = j // len(_LAST)
        if k:  # double surnames keep every name unique
            last = f"{_LAST[(k - 1) % len(_LAST)]}-{last}"
            if k > len(_LAST):
                last = f"{last} {k // len(_LAST)}"
        return f"{first} {last}"

    def new_person(self, src: _Source) -> tuple[str, str]:
        name = self.person_name(self.people)
        self.people += 1
        iri = self.w.iri(f"person/p{self.people}")
        ev = src.evidence(f"Yhteyshenkilönä toimii {name}.", 0)
        self.w.emit(
            iri,
            [
                ("a", "foaf:Person"),
                ("foaf:name", self.w.lit(name)),
                ("skos:prefLabel", self.w.lit(name, "fi")),
                ("hyte:evidence", ev),
            ],
        )
        return iri, name

    def membership(
        self, member: str, body: str, role: str, ev: str, *, during: tuple[str, str] | None = None
    ) -> None:
        pairs = [
            ("org:member", member),
            ("org:organization", body),
            ("org:role", self.w.iri(f"role/{role}")),
        ]
        if during is not None:
            pairs.append(("org:memberDuring", self.interval(*during)))
        self.fact("org:Membership", pairs, ev)

    def interval(self, begin: str, end: str) -> str:
        w = self.w
        node, b, e = w.bnode(), w.bnode(), w.bnode()
        w.emit(b, [("a", "time:Instant"), ("time:inXSDDate", w.typed(begin, "xsd:date"))])
        w.emit(e, [("a", "time:Instant"), ("time:inXSDDate", w.typed(end, "xsd:date"))])
        w.emit(node, [("a", "time:Interval"), ("time:hasBeginning", b), ("time:hasEnd", e)])
        return node

    def organisation(
        self, rel: str, cls: str, fi: str, en: str, alts: list[str], ev: str, sv: str | None = None
    ) -> str:
        w = self.w
        iri = w.iri(rel)
        pairs = [
            ("a", cls),
            ("skos:prefLabel", w.lit(fi, "fi")),
            ("skos:prefLabel", w.lit(en, "en")),
        ]
        if sv:
            pairs.append(("skos:prefLabel", w.lit(sv, "sv")))
        pairs += [("skos:hiddenLabel", w.lit(a, "fi")) for a in alts]
        pairs.append(("hyte:evidence", ev))
        w.emit(iri, pairs)
        self.counts[cls] = self.counts.get(cls, 0) + 1
        return iri

    # -- the country ---------------------------------------------------------------------------

    def national(self) -> tuple[_Source, list[str], str]:
        w = self.w
        ministry = w.iri("org/synteettinen-ministerio")
        src = _Source(
            self,
            "kansallinen-hyte-katsaus-2023",
            "Kansallinen katsaus hyvinvoinnin ja terveyden edistämisen rakenteisiin 2023",
            "National review of health and wellbeing promotion structures 2023",
            ministry,
        )
        ev = src.evidence("Katsauksen on laatinut Synteettinen ministeriö.", 0)
        self.organisation(
            "org/synteettinen-ministerio",
            "org:Organization",
            "Synteettinen ministeriö",
            "Synthetic Ministry",
            ["ministeriö"],
            ev,
        )
        ngos = []
        for fi, en, slug in _NATIONAL_NGOS:
            ev = src.evidence(f"Valtakunnallinen järjestö {fi} toimii kaikkialla maassa.", 1)
            ngos.append(
                self.organisation(
                    f"org/{slug}",
                    "hyte:RegisteredAssociation",
                    fi,
                    en,
                    [f"{fi.removesuffix(' ry')} ry:n"],
                    ev,
                )
            )
        collective_ev = src.evidence("Myös muut järjestöt osallistuvat työhön.", 1)
        collective = w.iri("collective/muut-jarjestot")
        w.emit(
            collective,
            [
                ("a", "hyte:Collective"),
                ("hyte:collectiveOf", "hyte:NGO"),
                ("skos:prefLabel", w.lit("muut järjestöt", "fi")),
                ("skos:prefLabel", w.lit("other NGOs", "en")),
                ("skos:prefLabel", w.lit("andra organisationer", "sv")),
                ("skos:hiddenLabel", w.lit("muiden järjestöjen", "fi")),
                ("hyte:evidence", collective_ev),
            ],
        )
        return src, ngos, collective

    def county(self, index: int) -> tuple[str, str, str, _Source]:
        w = self.w
        _name, gen, en = _REGIONS[index % len(_REGIONS)]
        suffix = "" if index < len(_REGIONS) else f" {index // len(_REGIONS) + 1}"
        slug = f"hva-{index + 1}"
        iri_rel = f"org/{slug}"
        fi = f"{gen} hyvinvointialue{suffix}"
        src = _Source(
            self,
            f"{slug}-hyvinvointikertomus-2023",
            f"{gen} hyvinvointialueen hyvinvointikertomus 2023{suffix}",
            f"Wellbeing report 2023 of {en} Wellbeing Services County{suffix}",
            w.iri(iri_rel),
        )
        ev = src.evidence(f"{fi} vastaa alueensa sosiaali- ja terveyspalveluista.", 0)
        iri = self.organisation(
            iri_rel,
            "hyte:WellbeingServicesCounty",
            fi,
            f"{en} Wellbeing Services County{suffix}",
            [f"{gen} hyvinvointialueen{suffix}", f"{gen} hyvinvointialueella{suffix}"],
            ev,
            sv=f"Välfärdsområdet {en}{suffix}",
        )
        return iri, fi, gen + suffix, src

    def municipality(
        self,
        index: int,
        county: tuple[str, str, str, _Source] | None,
        national: tuple[_Source, list[str], str],
        budget: int,
    ) -> tuple[str, str]:
        """One municipality with its units, people, NGOs, plans and bodies, until the triple
        counter reaches ``budget`` (at least one body of every kind)."""
        w = self.w
        head = _HEADS[index % len(_HEADS)]
        tail, tail_gen = _TAILS[(index // len(_HEADS)) % len(_TAILS)]
        rep = index // (len(_HEADS) * len(_TAILS))
        name = head + tail + (f" {rep + 1}" if rep else "")
        gen = head + tail_gen + (f" {rep + 1}" if rep else "")
        slug = f"kunta-{index + 1}"
        city = index % 3 == 0
        kind_fi, kind_en = ("kaupunki", "City") if city else ("kunta", "Municipality")
        muni_rel = f"org/{slug}"
        muni = w.iri(muni_rel)
        src = _Source(
            self,
            f"{slug}-hyte-vastaukset-2023",
            f"{gen} {kind_fi}n hyte-vastaukset 2023",
            f"{kind_en} of {name}: answers on health and wellbeing promotion 2023",
            muni,
        )
        ev = src.evidence(
            f"{gen} {kind_fi} tekee hyvinvoinnin ja terveyden edistämistä"
            " yhteistyössä järjestöjen kanssa.",
            0,
        )
        self.organisation(
            muni_rel,
            "hyte:Municipality",
            f"{gen} {kind_fi}",
            f"{kind_en} of {name}",
            [name, f"{gen} {kind_fi}n", f"{gen} {kind_fi}lla"],
            ev,
            sv=f"{name} {'stad' if city else 'kommun'}",
        )
        if county is not None:  # the county whose area it is in, as the law states it
            w.emit(muni, [("hyte:inWellbeingServicesCounty", county[0])])
        # units
        divisions = []
        units = []
        for fi, en, us in _DIVISIONS:
            ev = src.evidence(f"Vastaaja: {gen} {fi}.", 0)
            div = self.organisation(
                f"unit/{slug}-{us}", "hyte:Division", fi, f"{en} ({name})", [f"{gen} {fi}"], ev
            )
            self.fact("hyte:Subordination", [("hyte:part", div), ("hyte:whole", muni)], ev)
            divisions.append(div)
        for n, (fi, en, us) in enumerate(_RESULT_UNITS):
            div = divisions[n % len(divisions)]
            ev = src.evidence(f"{gen} {fi} on toimialan tulosyksikkö.", 0, div)
            unit = self.organisation(
                f"unit/{slug}-{us}",
                "hyte:ResultUnit",
                fi,
                f"{en} ({name})",
                [f"{gen} {fi.lower()}"],
                ev,
            )
            self.fact("hyte:Subordination", [("hyte:part", unit), ("hyte:whole", div)], ev)
            units.append(unit)
        actors = divisions + units
        # local NGOs and the people pool
        ngos = []
        for n, (fi, en, cls) in enumerate(_NGO_KINDS):
            full = f"{name} {fi}" if fi.endswith("ry") else f"{gen} {fi}"
            ev = src.evidence(
                f"Yhteistyötä tehdään muun muassa järjestön {full} kanssa.", 1, divisions[0]
            )
            alt = f"{full}:n" if full.endswith("ry") else f"{full}n"
            ngos.append(
                self.organisation(
                    f"org/{slug}-ngo-{n + 1}", f"hyte:{cls}", full, f"{en} of {name}", [alt], ev
                )
            )
        # a service point: a place (org:Site) where a unit serves clients
        site_ev = src.evidence(f"{gen} nuorten palvelupisteessä palvellaan asiakkaita.", 1)
        site = self.organisation(
            f"site/{slug}-palvelupiste",
            "hyte:ServicePoint",
            f"{gen} nuorten palvelupiste",
            f"Youth service point of {name}",
            [f"{gen} nuorten palvelupisteessä"],
            site_ev,
        )
        self.fact(
            "hyte:SitePresence",
            [("hyte:siteAgent", units[3 % len(units)]), ("hyte:site", site)],
            site_ev,
        )
        people = [self.new_person(src) for _ in range(12)]
        elected_ev = src.evidence(f"{gen} luottamushenkilöt osallistuvat ohjelman ohjaukseen.", 2)
        elected = w.iri(f"collective/{slug}-luottamushenkilot")
        w.emit(
            elected,
            [
                ("a", "hyte:Collective"),
                ("hyte:collectiveOf", "hyte:ElectedOfficial"),
                ("skos:prefLabel", w.lit(f"{gen} luottamushenkilöt", "fi")),
                ("skos:prefLabel", w.lit(f"elected officials of {name}", "en")),
                ("skos:hiddenLabel", w.lit(f"{gen} luottamushenkilöitä", "fi")),
                ("hyte:evidence", elected_ev),
            ],
        )
        # plans
        plan_ev = src.evidence(
            f"{gen} {kind_fi}lla on voimassa oleva hyvinvointisuunnitelma,"
            " joka pohjautuu hyvinvointikertomukseen.",
            2,
        )
        plan = self.organisation(
            f"doc/{slug}-hyvinvointisuunnitelma",
            "hyte:WellbeingPlan",
            f"{gen} hyvinvointisuunnitelma",
            f"Wellbeing plan of {name}",
            [f"{gen} hyvinvointisuunnitelman"],
            plan_ev,
            sv=f"Välfärdsplan för {name}",
        )
        report = self.organisation(
            f"doc/{slug}-hyvinvointikertomus",
            "hyte:WellbeingReport",
            f"{gen} hyvinvointikertomus",
            f"Wellbeing report of {name}",
            [f"{gen} hyvinvointikertomukseen"],
            plan_ev,
        )
        derivation = self.fact("prov:Derivation", [("prov:entity", report)], plan_ev)
        w.emit(plan, [("prov:qualifiedDerivation", derivation)])
        self.fact(
            "hyte:Responsibility",
            [
                ("hyte:responsibleAgent", muni),
                ("hyte:responsibilityFor", plan),
                ("hyte:responsibilityKind", w.iri("responsibility-kind/maker")),
            ],
            plan_ev,
        )
        # the county
        if county is not None:
            c_iri, _c_fi, c_gen, _c_src = county
            ev = src.evidence(
                f"{gen} {kind_fi} jatkaa rajapintayhteistyötä {c_gen} hyvinvointialueen kanssa.",
                2,
                divisions[1],
            )
            self.fact(
                "hyte:Cooperation",
                [
                    ("hyte:focalParty", muni),
                    ("hyte:partner", c_iri),
                    (
                        "hyte:topic",
                        w.lit("rajapintayhteistyö hyvinvoinnin ja terveyden edistämiseksi", "fi"),
                    ),
                    (
                        "hyte:topic",
                        w.lit("interface cooperation for wellbeing and health promotion", "en"),
                    ),
                    ("hyte:status", w.iri("status/ongoing")),
                ],
                ev,
            )
        _nat_src, nat_ngos, collective = national
        # bodies, until the budget is spent (every kind at least once)
        b = 0
        while b < len(_BODY_KINDS) or w.triples < budget:
            self.body(
                b,
                slug,
                name,
                gen,
                src,
                actors,
                ngos,
                nat_ngos,
                collective,
                elected,
                people,
                plan,
                county,
            )
            b += 1
            if b % 4 == 0:
                people.extend(self.new_person(src) for _ in range(6))
        src.close(self.text_dir)
        return muni, name

    def body(
        self,
        b,
        slug,
        name,
        gen,
        src,
        actors,
        ngos,
        nat_ngos,
        collective,
        elected,
        people,
        plan,
        county,
    ) -> None:
        w, rnd = self.w, self.rnd
        cls, fi_t, ines_t, en_t = _BODY_KINDS[b % len(_BODY_KINDS)]
        round_ = b // len(_BODY_KINDS)
        extra = f" {round_ + 1}" if round_ else ""
        fi = fi_t.format(gen=gen) + extra
        ines = ines_t.format(gen=gen) + extra
        en = en_t.format(en=name) + extra
        self.bodies += 1
        body_rel = f"body/{slug}-{b + 1}"
        owner = actors[b % len(actors)]
        chair, chair_name = people[rnd.randrange(len(people))]
        ev_chair = src.evidence(
            f"Toimialan vastuulla oleva {fi} on kokoontunut säännöllisesti (pj. {chair_name}).",
            0,
            owner,
        )
        status = ("active", "active", "ongoing", "ended", "planned")[rnd.randrange(5)]
        topic_fi, topic_en = _TOPICS[b % len(_TOPICS)]
        body = self.organisation(body_rel, f"hyte:{cls}", fi, en, [ines, fi.lower()], ev_chair)
        w.emit(
            body,
            [
                ("hyte:status", w.iri(f"status/{status}")),
                ("hyte:topic", w.lit(topic_fi, "fi")),
                ("hyte:topic", w.lit(topic_en, "en")),
            ],
        )
        if not self.sample_body:
            self.sample_body = fi
        if not self.sample_person:
            self.sample_person = chair_name
        self.membership(chair, body, "chair", ev_chair, during=("2023-01-01", "2025-12-31"))
        self.fact(
            "hyte:Responsibility",
            [
                ("hyte:responsibleAgent", owner),
                ("hyte:responsibilityFor", body),
                ("hyte:responsibilityKind", w.iri("responsibility-kind/leadership")),
            ],
            ev_chair,
        )
        # members, representatives, deputies, a secretary
        chosen = rnd.sample(people, min(len(people), 4 + rnd.randrange(4)))
        names = ", ".join(n for _p, n in chosen)
        ev_members = src.evidence(f"Ryhmän {fi} jäseninä ovat {names}.", 0, owner)
        for n, (person, _name) in enumerate(chosen):
            if person == chair:
                continue
            role = ("member", "member", "representative", "deputy-member", "secretary")[n % 5]
            self.membership(person, body, role, ev_members)
        # units taking part, NGOs represented
        participant = actors[(b + 3) % len(actors)]
        ngo = ngos[rnd.randrange(len(ngos))]
        nat = nat_ngos[rnd.randrange(len(nat_ngos))]
        ev_ngo = src.evidence(
            f"Ryhmään osallistuu myös yksikkö ja järjestöjen edustus, muun muassa {ines}"
            f" on edustettuna järjestö numero {b + 1}.",
            1,
            owner,
        )
        self.membership(participant, body, "participant", ev_ngo)
        self.membership(ngo, body, "representation", ev_ngo)
        self.membership(nat, body, "representation", ev_ngo)
        self.membership(collective, body, "representation", ev_ngo)
        if cls in ("Programme", "ProgrammeSteeringGroup", "Board"):
            self.membership(elected, body, "member", ev_ngo)
        if county is not None and b % 3 == 0:
            self.membership(county[0], body, "participant", ev_ngo)
        # cooperation, support, monitoring
        self.fact(
            "hyte:Cooperation",
            [
                ("hyte:focalParty", owner),
                ("hyte:partner", ngo),
                ("hyte:partner", nat),
                ("hyte:context", body),
                ("hyte:topic", w.lit(topic_fi, "fi")),
                ("hyte:topic", w.lit(topic_en, "en")),
            ],
            ev_ngo,
        )
        if b % 4 == 1:
            self.fact(
                "hyte:FinancialSupport",
                [("hyte:supporter", owner), ("hyte:recipient", ngo)],
                ev_ngo,
            )
        if b % 6 == 0:
            ev = src.evidence(f"{fi} vastaa hyvinvointisuunnitelman seurannasta.", 2, owner)
            self.fact(
                "hyte:Monitoring", [("hyte:monitoringBody", body), ("hyte:monitoredPlan", plan)], ev
            )


def generate(path: str | Path, triples: int, seed: int = 1) -> SynthResult:
    """Write about ``triples`` triples to ``path`` (``.ttl`` or ``.nt``) and the source texts to
    ``<folder>/sources/<file stem>/``; the same arguments always write the same bytes."""
    path = Path(path)
    if path.suffix not in (".ttl", ".nt"):
        raise ValueError(f"{path}: write .ttl (Turtle) or .nt (N-Triples)")
    text_dir = path.parent / "sources" / path.stem
    text_dir.mkdir(parents=True, exist_ok=True)
    for old in text_dir.glob("*.txt"):
        old.unlink()
    rnd = random.Random(seed)
    municipalities = max(2, min(MAX_MUNICIPALITIES, triples // TRIPLES_PER_MUNICIPALITY))
    counties = max(1, min(COUNTIES, municipalities // 14))
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        w = _Writer(out, ntriples=path.suffix == ".nt")
        w.header(
            f"Synthetic HYTE data (bench/synth.py): about {triples} triples, seed {seed}.\n"
            "Invented names; facts in the hytegraph ontology, each with its evidence."
        )
        gen = _Generator(w, rnd, text_dir)
        national = gen.national()
        county_list = [gen.county(i) for i in range(counties)]
        municipality_names = []
        # The last municipality organises its own services (as Helsinki does): no county.
        for i in range(municipalities):
            county = (
                county_list[i % counties] if i < municipalities - 1 or municipalities < 3 else None
            )
            budget = (
                triples * (i + 1) // municipalities - 400 * counties * (i + 1) // municipalities
            )
            _iri, name = gen.municipality(i, county, national, budget)
            municipality_names.append(name)
        for _iri, _fi, _gen, c_src in county_list:
            c_src.close(text_dir)
        national[0].close(text_dir)
        w.flush()
    tmp.replace(path)
    return SynthResult(
        path=str(path),
        triples=w.triples,
        municipalities=municipalities,
        counties=counties,
        bodies=gen.bodies,
        people=gen.people,
        evidence=gen.evidence,
        source_files=len(list(text_dir.glob("*.txt"))),
        seed=seed,
        sample_person=gen.sample_person,
        sample_body=gen.sample_body,
        sample_municipality=municipality_names[0],
        sample_county=county_list[0][1],
        counts=dict(sorted(gen.counts.items())),
    )


def parse_size(text: str) -> int:
    """``10k`` → 10000, ``3M`` → 3000000, ``2500`` → 2500."""
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if factor != 1 else text
    return int(float(number) * factor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--triples", "-n", default="10k", help="target size, e.g. 10k, 1M (default 10k)"
    )
    parser.add_argument("--seed", "-s", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "-o", "--output", required=True, type=Path, help="output file (.ttl or .nt)"
    )
    args = parser.parse_args(argv)
    try:
        result = generate(args.output, parse_size(args.triples), args.seed)
    except ValueError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
