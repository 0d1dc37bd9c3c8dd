"""hytegraph extract on permanent experts ("Pysyvät asiantuntijat", "Ständiga experter"): they
attend a body and hold no seat in it, nor do their deputies; an expert member does. Made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract import tagger
from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, key, needs_voikko, roles

FI_BOARD = (
    "Kokoonpano\n\n"
    "Puheenjohtaja: Aino Lehtinen\n"
    "Varapuheenjohtaja: Eero Salmi\n\n"
    "Jaoston jäsenet\n\n"
    "Mikko Harju\n"
    "Liisa Ranta\n\n"
)
FI_EXPERTS = (
    "Esimerkkiliitto ry: Pekka Kallio (Sari Nurmi)\n"
    "Kuusijoen yhdistys ry: Outi Vainio (Jari Laakso)\n"
    "Tutkimushanke: Hanna Koivu (Timo Peltola)\n"
)
FI_EXPERT_NAMES = ("Pekka Kallio", "Sari Nurmi", "Outi Vainio", "Jari Laakso", "Hanna Koivu",
                   "Timo Peltola")  # fmt: skip


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("heading", ["Pysyvät asiantuntijat", "Pysyvät asiantuntijatahot:"])
def test_permanent_experts_under_their_heading_hold_no_seat(morph, heading):
    text = f"Esimerkkijaosto\n\n{FI_BOARD}{heading}\n\n{FI_EXPERTS}"
    got = roles(text, "fi", morph)
    people = {p for p, _r, _b in got}
    assert key("Aino Lehtinen") in people and key("Liisa Ranta") in people
    for name in FI_EXPERT_NAMES:
        assert key(name) not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_members_under_a_new_heading_after_the_experts_are_read_again(morph):
    text = (
        f"Esimerkkijaosto\n\nPysyvät asiantuntijat\n\n{FI_EXPERTS}\n"
        "Jäsenet\n\nMikko Harju\nLiisa Ranta\n\nVarajäsenet\n\nKalle Aho\nMaija Lind\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "fi", morph)}
    assert (key("Liisa Ranta"), "member") in got
    assert (key("Maija Lind"), "deputy_member") in got
    assert not any(p == key("Pekka Kallio") for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_person_labelled_a_permanent_expert_holds_no_seat(morph):
    text = (
        "Esimerkkijaosto\n\nKokoonpano\n\n"
        "Puheenjohtaja: Aino Lehtinen\n"
        "Jäsen: Mikko Harju\n"
        "Pysyvä asiantuntija: Pekka Kallio\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Mikko Harju"), "member", "Esimerkkijaosto") in got
    assert not any(p == key("Pekka Kallio") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_expert_member_still_holds_a_seat(morph):
    text = (
        "Esimerkkijaosto\n\nKokoonpano\n\n"
        "Puheenjohtaja: Aino Lehtinen\n"
        "Jäsen: Mikko Harju\n"
        "Asiantuntijajäsen: Pekka Kallio\n"
    )
    got = roles(text, "fi", morph)
    assert any(p == key("Pekka Kallio") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_expert_members_under_their_heading_still_hold_seats(morph):
    text = "Esimerkkijaosto\n\nAsiantuntijajäsenet\n\nPekka Kallio\nOuti Vainio\n"
    people = {p for p, _r, _b in roles(text, "fi", morph)}
    assert key("Pekka Kallio") in people and key("Outi Vainio") in people


SV_BOARD = (
    "Exempelrådet\n\nSammansättning\n\n"
    "Ordförande: Åsa Berg\n"
    "Vice ordförande: Bo Ek\n\n"
    "Ledamöter\n\nCarl Holm\nDora Lind\n\n"
)
SV_EXPERTS = (
    "Exempelförbundet rf: Erik Sjöberg (Frida Nyström)\n"
    "Forskningsprojektet: Gustav Lund (Hanna Åberg)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize("heading", ["Ständiga experter", "Permanenta sakkunniga:"])
def test_swedish_permanent_experts_under_their_heading_hold_no_seat(morph, heading):
    got = roles(f"{SV_BOARD}{heading}\n\n{SV_EXPERTS}", "sv", morph)
    people = {p for p, _r, _b in got}
    assert key("Åsa Berg") in people and key("Dora Lind") in people
    for name in ("Erik Sjöberg", "Frida Nyström", "Gustav Lund", "Hanna Åberg"):
        assert key(name) not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_swedish_members_after_the_experts_are_read_again(morph):
    text = (
        f"Exempelrådet\n\nStändiga experter\n\n{SV_EXPERTS}\n"
        "Ledamöter\n\nCarl Holm\nDora Lind\n\nErsättare\n\nEva Strand\nOlle Grön\n"
    )
    got = {(p, r) for p, r, _b in roles(text, "sv", morph)}
    assert (key("Dora Lind"), "member") in got
    assert (key("Olle Grön"), "deputy_member") in got
    assert not any(p == key("Erik Sjöberg") for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_expert_member_still_holds_a_seat(morph):
    text = (
        "Exempelrådet\n\nSammansättning\n\n"
        "Ordförande: Åsa Berg\n"
        "Ledamot: Carl Holm\n"
        "Sakkunnig ledamot: Gustav Lund\n"
    )
    got = roles(text, "sv", morph)
    assert any(p == key("Gustav Lund") for p, _r, _b in got)


@needs_voikko
@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "fi",
            f"Esimerkkijaosto\n\n{FI_BOARD}Pysyvät asiantuntijat\n\n{FI_EXPERTS}",
            FI_EXPERT_NAMES,
        ),
        (
            "sv",
            f"{SV_BOARD}Ständiga experter\n\n{SV_EXPERTS}",
            ("Erik Sjöberg", "Frida Nyström", "Gustav Lund", "Hanna Åberg"),
        ),
    ],
)
def test_the_tagger_proposes_no_seat_for_permanent_experts(lang, text, names):
    walker = Walker(lexicon(lang), morphology())
    walk = walker.walk(text)
    found = tagger.propose(
        text, walk.findings, walk.named, walker.reader, tagger.load_model(), margin=0.0,
        no_seat=walk.no_seat,
    )  # fmt: skip
    assert not {f.actor.name for f in found} & set(names)
