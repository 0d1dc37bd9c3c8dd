"""hytegraph extract on layouts met in the eighty-sixth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BRANCH_MEETING = (
    "Brännbackens kretsstämma\n\n"
    "Lördag 14 mars hölls kretsstämma i församlingshemmet i Brännbacken.\n"
    "Ordförande Karin Sjöberg\n"
    "Hälsade alla välkomna och öppnade mötet.\n"
    "Styrelsen består av 5 ledamöter.\n"
    "Karin Sjöberg Ordförande\n"
    "Olle Hägg, Maja Ström, Nils Kvist och Eva Torell.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_listed_under_a_meeting_title_sits_in_the_board_it_elected(morph):
    got = held(BRANCH_MEETING, "sv", morph)
    assert ("Karin Sjöberg", "chair", "Styrelsen") in got
    # a meeting is an event, no body with members
    assert not any(body.casefold().endswith("stämma") for _p, _r, body in got)


DISTRICT_MEETING = (
    "Distriktsstämman\n\nOrdförande Lars Holm\nVice ordförande Petra Ek\nSekreterare Jonas Lind\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_meeting_title_over_its_officers_with_no_board_named_keeps_them(morph):
    # guard: no board is named, so the seats are not moved to one
    got = held(DISTRICT_MEETING, "sv", morph)
    assert ("Lars Holm", "chair", "Distriktsstämman") in got
    assert not any(body == "Styrelsen" for _p, _r, body in got)


EACH_SECTION = (
    "Rapport från årsmötet\n\n"
    "Föreningen Lövsta IF höll sitt årsmöte på tisdagen.\n\n"
    "Till ny styrelseledamot valdes Hanna Wikström. Av förra årets styrelse omvaldes "
    "Jonas Berglund och Sara Nyqvist.\n\n"
    "Träningsavgiften beslutas av respektive sektionsstyrelse.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_each_ones_body_is_not_the_page_s_board(morph):
    got = held(EACH_SECTION, "sv", morph)
    assert ("Hanna Wikström", "member", "Styrelse") in got
    assert not any(body == "Sektionsstyrelse" for _p, _r, body in got)


ONE_SECTION = (
    "Rapport från årsmötet\n\n"
    "Föreningen Lövsta IF höll sitt årsmöte på tisdagen.\n\n"
    "Till ny styrelseledamot valdes Hanna Wikström. Av förra årets styrelse omvaldes "
    "Jonas Berglund och Sara Nyqvist.\n\n"
    "Träningsavgiften beslutas av fotbollens sektionsstyrelse.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_page_s_one_named_board_still_names_the_bare_word(morph):
    # guard: without the distributive word the one named board is the page's
    got = held(ONE_SECTION, "sv", morph)
    assert ("Hanna Wikström", "member", "Sektionsstyrelse") in got
