"""hytegraph extract on layouts met in the hundred-and-thirtieth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a bare body word as a heading ("STYRELSEN") over card lines "Name Office e-mail, phone", the
  e-mail written round a spam filter ("aino.berg(at)example.org") or after a comma: the office
  after the name says the heading opens the board's list (as it did for a line with the
  telephone number or an "@" address right after the office);
- "FUNKTIONÄRER" in capitals alone on a line (no colon) after the board's list: the
  officials' part of the page begins, the names under it and in the prose further down hold no
  seat in the board (also for the learned tagger: no guess across the officials' heading).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CARDS = (
    "Till startsidan\n\n"
    "STYRELSEN\n"
    "Aino Berglund, Ordförande, aino.berglund(at)example.org, 040 123 4567\n"
    "Bo Lindqvist, Viceordförande, bo.lindqvist(at)example.org, 050 234 5678\n"
    "Eva Holmström, Sekreterare, eva.holmstrom(at)example.org, 045 345 6789\n"
    "Kurt Sandelin, Medlem, kurt.sandelin(at)example.org, 040 456 7890\n\n"
    "FUNKTIONÄRER\n"
    "BYGDEGÅRDEN\n"
    "Mona Strandberg, Intendent, mona.strandberg(at)example.org, 040 567 8901\n\n"
    "Så började det\n\n"
    "Hösten 1950 träffades herrarna Gunnar Ahlfors, Sune Wikström och Tor Nylund med fruar "
    "på Bygdegården för att grunda föreningen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_cards_with_an_e_mail_written_round_a_spam_filter(morph):
    got = held(CARDS, "sv", morph)
    assert ("Aino Berglund", "chair", "STYRELSEN") in got
    assert ("Bo Lindqvist", "vice_chair", "STYRELSEN") in got
    assert ("Eva Holmström", "secretary", "STYRELSEN") in got
    assert ("Kurt Sandelin", "member", "STYRELSEN") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_no_board_seat_under_the_officials_heading(morph):
    got = held(CARDS, "sv", morph)
    people = {p for p, _r, _b in got}
    assert not any(p.startswith("Mona Strandberg") for p in people)
    assert not {"Gunnar Ahlfors", "Sune Wikström", "Tor Nylund"} & people


NO_OFFICE = (
    "STYRELSEN\n"
    "Aino Berglund, Bygdegården, aino.berglund(at)example.org, 040 123 4567\n"
    "Bo Lindqvist, Hembygdsgården, bo.lindqvist(at)example.org, 050 234 5678\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_cards_without_an_office(morph):
    got = held(NO_OFFICE, "sv", morph)
    assert not any(r in ("chair", "vice_chair", "secretary") for _p, r, _b in got)
