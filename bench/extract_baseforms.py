"""Base forms of the Finnish names extract reads, with libvoikko and with rules only.

The gold list holds the inflected names of the development documents and the bundled sources
(people in the genitive, bodies and organisations in the cases the texts use) with the basic
form a person writes in the workbook. Both analysers read each one in its sentence as extract
does (:class:`hytegraph.authoring.extract.mentions.Reader`).

    python bench/extract_baseforms.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hytegraph.authoring.extract.lexicon import FI  # noqa: E402
from hytegraph.authoring.extract.mentions import Reader, tokens  # noqa: E402
from hytegraph.authoring.extract.morphology import RuleMorphology, morphology  # noqa: E402

# (sentence, what, expected basic form); what: person, body or organisation
GOLD = [
    ("valitsi puheenjohtajakseen Risto Kovasen liikunta-", "person", "Risto Kovanen"),
    ("on nimennyt edustajaksi Pekka Leskisen ja", "person", "Pekka Leskinen"),
    ("edustajaksi Pekka Leskisen ja Neeta Röppäsen.", "person", "Neeta Röppänen"),
    ("Kokous pidettiin Virpi Mikaman johdolla.", "person", "Virpi Mikama"),
    ("Kokous pidettiin Harri Rinta-ahon johdolla.", "person", "Harri Rinta-aho"),
    ("Kokous pidettiin Tero Luukkosen johdolla.", "person", "Tero Luukkonen"),
    ("Kokous pidettiin Outi Pekkalan johdolla.", "person", "Outi Pekkala"),
    (
        "Kokous pidettiin Kristiina Kariniemi-Örmälän johdolla.",
        "person",
        "Kristiina Kariniemi-Örmälä",
    ),
    ("Kokous pidettiin Hannu Lahden johdolla.", "person", "Hannu Lahti"),
    ("Kokous pidettiin Sari Kokon johdolla.", "person", "Sari Kokko"),
    ("joka on edustettuna ohjausryhmässä", "body", "ohjausryhmä"),
    ("on nimennyt hyte-ohjausryhmään seuraavat", "body", "hyte-ohjausryhmä"),
    ("myös Nuorten hyvinvointityöryhmässä.", "body", "Nuorten hyvinvointityöryhmä"),
    ("nimennyt keskuudestaan järjestöneuvostoon edustajaksi", "body", "järjestöneuvosto"),
    ("Laajan poliittisen ohjausryhmän jäsenet ovat", "body", "Laaja poliittinen ohjausryhmä"),
    (
        "vastaa toistaiseksi työikäisten hyvinvoinnin ja terveydenedistämisen ohjausryhmän toiminnasta",  # noqa: E501
        "body",
        "työikäisten hyvinvoinnin ja terveydenedistämisen ohjausryhmä",
    ),
    (
        "hyvinvointialueen kumppanuuspöydän jäsenten valinnasta",
        "body",
        "hyvinvointialueen kumppanuuspöytä",
    ),
    (
        "edustajansa hyvinvointialueen vanhus- ja vammaisneuvostoon sekä",
        "body",
        "hyvinvointialueen vanhus- ja vammaisneuvosto",
    ),
    ("Kaupunginhallitukselle ollaan tuomassa", "body", "Kaupunginhallitus"),
    ("raportoi työstään Keusoten valtuustolle alueellisen", "body", "Keusoten valtuusto"),
    (
        "ollut poikkihallinnollisen Hyvinvoiva Espoo-ohjelman vetovastuu",
        "body",
        "Hyvinvoiva Espoo-ohjelma",
    ),
    ("yhteistyötä Hyte ry:n kanssa", "organisation", "Hyte ry"),
    (
        "rajapintayhteistyötä Länsi-Uudenmaan hyvinvointialueen kanssa",
        "organisation",
        "Länsi-Uudenmaan hyvinvointialue",
    ),
    ("Espoon kaupungilla on varmistettu", "organisation", "Espoon kaupunki"),
    (
        "kokoontui ensimmäistä kertaa Pohjois-Savon liitossa.",
        "organisation",
        "Pohjois-Savon liitto",
    ),
]


def read(reader: Reader, sentence: str, what: str) -> str | None:
    toks = tokens(sentence)
    if what == "person":
        # recognising the name is not measured here, its basic form is: read as in a list
        found = [reader.person_at(toks, i, in_list=True, genitive=True) for i in range(len(toks))]
        names = [f for f in found if f is not None]
        return names[-1].name if names else None
    if what == "body":
        found = reader.bodies(toks)
        return found[-1].name if found else None
    found = reader.organisations(toks)
    return found[-1].name if found else None


def main() -> None:
    analysers = [("rules", RuleMorphology())]
    voikko = morphology()
    if voikko.name == "voikko":
        analysers.insert(0, ("voikko", voikko))
    else:
        print("note: libvoikko is not installed; only the rules are measured")
    print("| analyser | people | bodies | organisations | all | time per name |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    misses: dict[str, list[str]] = {}
    for name, analyser in analysers:
        reader = Reader(FI, analyser)
        right = {"person": 0, "body": 0, "organisation": 0}
        total = {"person": 0, "body": 0, "organisation": 0}
        t0 = time.perf_counter()
        for sentence, what, expected in GOLD:
            got = read(reader, sentence, what)
            total[what] += 1
            if got == expected:
                right[what] += 1
            else:
                misses.setdefault(name, []).append(f"{expected!r} → {got!r}")
        took = (time.perf_counter() - t0) / len(GOLD)
        cells = [f"{right[k]}/{total[k]}" for k in ("person", "body", "organisation")]
        print(
            f"| {name} | {' | '.join(cells)} | {sum(right.values())}/{len(GOLD)} | "
            f"{took * 1000:.2f} ms |"
        )
    for name, found in misses.items():
        print(f"\n{name} misses: " + "; ".join(found))


if __name__ == "__main__":
    main()
