# ruff: noqa: E501  (one line of Turtle per statement reads better than wrapped f-strings)
"""Synthetic collaboration networks in the project ontology, for the map benchmark.

``synthetic_turtle(n)`` writes about ``n`` entities (people, city units, NGOs, collectives,
bodies, documents) and roughly 1.7 ``n`` qualified facts, each with its own evidence node, in
the same shape as ``data/*.ttl``, so that ``hytegraph --data FILE map`` measures the real path.
The same ``n`` and ``seed`` always give the same file.
"""

from __future__ import annotations

import random
from pathlib import Path

PREFIXES = """@base <https://w3id.org/hytegraph/id/> .
@prefix hyte: <https://w3id.org/hytegraph/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""

BODY_CLASSES = ("SteeringGroup", "ExpertGroup", "WorkingGroup", "Network", "Programme", "Board")
UNIT_CLASSES = ("Division", "ResultArea", "ResultUnit", "CityUnit")
DOC_CLASSES = ("WellbeingPlan", "WellbeingReport", "OperatingModel")


def synthetic_turtle(n: int, seed: int = 1) -> str:
    """Turtle for a synthetic network of about ``n`` entities."""
    rnd = random.Random(seed)
    counts = {
        "unit": max(2, n * 8 // 100),
        "ngo": max(1, n * 10 // 100),
        "collective": max(1, n * 2 // 100),
        "body": max(2, n * 15 // 100),
        "doc": max(1, n * 5 // 100),
    }
    counts["person"] = max(1, n - 2 - sum(counts.values()))
    out = [PREFIXES]
    add = out.append
    add(
        '<source/synth> a hyte:SourceDocument ; skos:prefLabel "Synteettinen lähde"@fi ; '
        'hyte:textFile "sources/synth.txt" .\n'
    )
    add('<org/synth-city> a hyte:Municipality ; skos:prefLabel "Synteettinen kaupunki"@fi .\n')
    add(
        '<org/synth-county> a hyte:WellbeingServicesCounty ; skos:prefLabel "Synteettinen alue"@fi .\n'
    )
    names = {k: [f"{k}/s{i}" for i in range(c)] for k, c in counts.items()}
    for i in range(counts["unit"]):
        add(
            f'<unit/s{i}> a hyte:{rnd.choice(UNIT_CLASSES)} ; skos:prefLabel "Yksikkö {i}"@fi , "Unit {i}"@en .\n'
        )
    for i in range(counts["ngo"]):
        add(f'<org/ngo-s{i}> a hyte:NGO ; skos:prefLabel "Järjestö {i} ry"@fi .\n')
    for i in range(counts["collective"]):
        add(
            f'<collective/s{i}> a hyte:Collective ; hyte:collectiveOf hyte:NGO ; skos:prefLabel "järjestöt {i}"@fi .\n'
        )
    for i in range(counts["body"]):
        add(
            f'<body/s{i}> a hyte:{rnd.choice(BODY_CLASSES)} ; skos:prefLabel "Ryhmä {i}"@fi , "Group {i}"@en .\n'
        )
    for i in range(counts["doc"]):
        add(
            f'<doc/s{i}> a hyte:{rnd.choice(DOC_CLASSES)} ; skos:prefLabel "Suunnitelma {i}"@fi .\n'
        )
    for i in range(counts["person"]):
        add(f'<person/s{i}> a foaf:Person ; skos:prefLabel "Henkilö {i}"@fi .\n')
    del names

    fact = 0

    def evidence(text: str) -> str:
        nonlocal fact
        fact += 1
        add(
            f"<evidence/s{fact}> a hyte:Evidence ; dcterms:source <source/synth> ; "
            f'hyte:quote "{text}"@fi .\n'
        )
        return f"<evidence/s{fact}>"

    def membership(member: str, body: int, role: str) -> None:
        ev = evidence(f"{member} {role} ryhmässä {body}.")
        add(
            f"<fact/s{fact}> a org:Membership ; org:member <{member}> ; "
            f"org:organization <body/s{body}> ; org:role <role/{role}> ; hyte:evidence {ev} .\n"
        )

    bodies = counts["body"]
    for i in range(counts["person"]):
        for j, body in enumerate(rnd.sample(range(bodies), min(bodies, rnd.choice((1, 1, 2))))):
            membership(f"person/s{i}", body, "chair" if j == 0 and rnd.random() < 0.1 else "member")
    for i in range(counts["unit"]):
        for body in rnd.sample(range(bodies), min(bodies, rnd.randint(1, 3))):
            membership(f"unit/s{i}", body, "participant")
        whole = f"unit/s{rnd.randrange(i)}" if i and rnd.random() < 0.7 else "org/synth-city"
        ev = evidence(f"Yksikkö {i} kuuluu kokonaisuuteen.")
        add(
            f"<fact/s{fact}> a hyte:Subordination ; hyte:part <unit/s{i}> ; hyte:whole <{whole}> ; hyte:evidence {ev} .\n"
        )
    for i in range(counts["ngo"]):
        for body in rnd.sample(range(bodies), min(bodies, rnd.randint(1, 2))):
            membership(f"org/ngo-s{i}", body, "representation")
        unit = rnd.randrange(counts["unit"])
        ev = evidence(f"Järjestö {i} tekee yhteistyötä yksikön {unit} kanssa.")
        add(
            f"<fact/s{fact}> a hyte:Cooperation ; hyte:focalParty <org/ngo-s{i}> ; hyte:partner <unit/s{unit}> ; hyte:evidence {ev} .\n"
        )
    for i in range(counts["collective"]):
        membership(f"collective/s{i}", rnd.randrange(bodies), "participant")
    for i in range(bodies):
        unit = rnd.randrange(counts["unit"])
        ev = evidence(f"Yksikkö {unit} vastaa ryhmästä {i}.")
        add(
            f"<fact/s{fact}> a hyte:Responsibility ; hyte:responsibleAgent <unit/s{unit}> ; "
            f"hyte:responsibilityFor <body/s{i}> ; "
            f"hyte:responsibilityKind <responsibility-kind/responsible> ; hyte:evidence {ev} .\n"
        )
        if rnd.random() < 0.1:
            membership("org/synth-county", i, "participant")
    for i in range(counts["doc"]):
        body = rnd.randrange(bodies)
        ev = evidence(f"Ryhmä {body} seuraa suunnitelmaa {i}.")
        add(
            f"<fact/s{fact}> a hyte:Monitoring ; hyte:monitoringBody <body/s{body}> ; hyte:monitoredPlan <doc/s{i}> ; hyte:evidence {ev} .\n"
        )
    return "".join(out)


def write_synthetic(path: str | Path, n: int, seed: int = 1) -> Path:
    """Write :func:`synthetic_turtle` to ``path`` (beside it, nothing else is needed)."""
    target = Path(path)
    target.write_text(synthetic_turtle(n, seed), encoding="utf-8")
    return target
