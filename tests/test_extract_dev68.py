"""hytegraph extract on Swedish board minutes whose numbered items elect people to bodies:
made-up snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

MINUTES = (
    "Protokoll från styrelsemöte\n\n"
    "Bygdegården 2024-05-12\n\n"
    "1 Mötets öppnande\n\n"
    "Mötet öppnades och dagordningen godkändes.\n\n"
    "2 Val av två representanter i kulturkommittén\n\n"
    " Sofia Lindqvist och Per Hagström omvaldes. Eventuellt kommer en till att utses senare.\n\n"
    "3 Val av tre ordinarie och en ersättare till Bygderådet\n\n"
    " Henrik Nordin, Maja Sjöberg och Elsa Wennberg omvaldes som ordinarie, ingen ersättare "
    "utsågs.\n\n"
    "4 Övrigt\n\n"
    "Inga övriga frågor.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_numbered_item_elects_the_names_leading_its_paragraph_to_its_body(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Per Hagström", "member", "Kulturkommittén") in got
    assert ("Sofia Lindqvist", "member", "Kulturkommittén") in got
    assert ("Henrik Nordin", "member", "Bygderådet") in got
    assert ("Maja Sjöberg", "member", "Bygderådet") in got
    assert ("Elsa Wennberg", "member", "Bygderådet") in got
    # "ingen ersättare utsågs": no deputy
    assert not any(role == "deputy_member" for _p, role, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_elected_in_a_numbered_item_are_deputies(morph):
    text = MINUTES.replace("omvaldes som ordinarie, ingen ersättare utsågs", "valdes som ersättare")
    got = held(text, "sv", morph)
    assert ("Maja Sjöberg", "deputy_member", "Bygderådet") in got
    assert ("Maja Sjöberg", "member", "Bygderådet") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_item_electing_to_no_body_with_seats_gives_no_seat(morph):
    # a museum, a signatory: no body with seats
    text = (
        "Protokoll från styrelsemöte\n\n"
        "5 Val av en representant till Bergsgården\n\n"
        " Henrik Nordin och Maja Sjöberg valdes.\n\n"
        "6 Val av firmatecknare\n\n"
        " Elsa Wennberg och Per Hagström valdes att var för sig teckna firman.\n"
    )
    got = held(text, "sv", morph)
    assert not any(body == "Bergsgården" for _p, _r, body in got)
    assert not any(person in ("Elsa Wennberg", "Per Hagström") and body for person, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_not_leading_the_items_paragraph_are_not_read(morph):
    # the names come after other words: not the item's elected people
    text = MINUTES.replace(
        " Sofia Lindqvist och Per Hagström omvaldes.",
        " Styrelsen beslöt att Sofia Lindqvist och Per Hagström omvaldes.",
    )
    got = held(text, "sv", morph)
    assert ("Per Hagström", "member", "Kulturkommittén") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_unnumbered_line_is_no_item(morph):
    text = MINUTES.replace("3 Val av tre ordinarie", "Val av tre ordinarie")
    got = held(text, "sv", morph)
    assert ("Henrik Nordin", "member", "Bygderådet") not in got
