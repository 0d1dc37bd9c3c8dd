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
