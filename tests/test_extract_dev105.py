"""hytegraph extract on layouts met in the leftover misses of the hundred-and-seventh and
hundred-and-eighth held-out sets: made-up snippets, one per mechanism, read with either
word-form reader.

- a board's contact cards ("Name Office phone e-mail" lines, and a card whose name stands alone
  on a line, its office alone on the next, a telephone number right under the office): the
  office alone between the name above and the contact detail below is that name's office, not
  a heading of the names below it, and the list of cards goes on as members;
- annual-meeting prose "Valen gick helt på valberedningens förslag vilket innebar att A valdes
  till ny ordförande": the meeting adopted the proposal ("gick helt på", as "gick på"), so
  those elected hold their seats, no longer read as only proposed.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CARDS = (
    "Om oss\n\n"
    "Styrelsen\n\n"
    "Maria Sjölund Ordförande +358 50 123 4567 maria.sjolund@example.fi  \n\n"
    "Kalle Nurmi\n\n"
    "Sekreterare \n"
    "+358 40 765 4321\n\n"
    "kalle.nurmi@example.fi\n\n"
    "Juha Ahlroos vice ordförande +358 50 500 1007 juha.ahlroos@example.com\n"
    "Pia Laine pia.laine@example.com\n\n"
    "Tom Berg\n\n\n"
    "tomberg@example.com\n\n"
    "Suppleanter i styrelsen\n\n"
    "Ali Carlsson ali.carlsson@example.com\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_alone_between_a_name_and_its_phone_is_the_cards_office(morph):
    got = held(CARDS, "sv", morph)
    assert ("Kalle Nurmi", "secretary", "Styrelsen") in got
    assert ("Juha Ahlroos", "vice_chair", "Styrelsen") in got
    assert ("Pia Laine", "member", "Styrelsen") in got
    assert ("Tom Berg", "member", "Styrelsen") in got
    assert ("Ali Carlsson", "deputy_member", "Styrelsen") in got
    # the office is no heading of the cards below it
    assert ("Pia Laine", "secretary", "Styrelsen") not in got
    assert ("Tom Berg", "secretary", "Styrelsen") not in got


OFFICE_OVER_NAME = (
    "Om oss\n\n"
    "Styrelsen\n\n"
    "Kalle Nurmi\n\n"
    "Sekreterare\n"
    "Pia Laine\n"
    "+358 40 765 4321\n\n"
    "Suppleanter i styrelsen\n\n"
    "Ali Carlsson ali.carlsson@example.com\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_over_a_name_is_not_the_name_above(morph):
    # guard: a name, not a contact detail, under the office: the office heads that name
    got = held(OFFICE_OVER_NAME, "sv", morph)
    assert ("Kalle Nurmi", "secretary", "Styrelsen") not in got


NO_NAME_ABOVE = (
    "Om oss\n\n"
    "Styrelsen\n\n"
    "Sekreterare\n"
    "+358 40 765 4321\n\n"
    "Pia Laine pia.laine@example.com\n"
    "Tom Berg tom.berg@example.com\n\n"
    "Suppleanter i styrelsen\n\n"
    "Ali Carlsson ali.carlsson@example.com\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_under_a_heading_names_no_one(morph):
    # guard: the line above the office is the body's heading, not a person: no card
    got = held(NO_NAME_ABOVE, "sv", morph)
    assert not any(r == "secretary" and p not in ("Pia Laine", "Tom Berg") for p, r, _b in got)


ADOPTED = (
    "Klubben\n\n"
    "Årsmötet beslutade att ha fem ledamöter i styrelsen. Valen gick helt på valberedningens "
    "förslag vilket innebar att Per Holm valdes till ny ordförande. Eva Lund och Karin Ek "
    "valdes till ledamöter på två år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_proposal_the_meeting_went_wholly_by_is_adopted(morph):
    got = held(ADOPTED, "sv", morph)
    assert ("Per Holm", "chair", "Styrelsen") in got
    assert ("Eva Lund", "member", "Styrelsen") in got
    assert ("Karin Ek", "member", "Styrelsen") in got


ONLY_PROPOSED = (
    "Klubben\n\n"
    "Årsmötet hålls i mars. Valberedningen har lagt fram sitt förslag, som innebär att Per "
    "Holm väljs till ny ordförande och Eva Lund och Karin Ek till ledamöter.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_proposal_not_yet_adopted_seats_no_one(morph):
    # guard: no meeting went by the proposal: the names are only proposed
    got = held(ONLY_PROPOSED, "sv", morph)
    assert ("Per Holm", "chair", "Styrelsen") not in got
    assert ("Eva Lund", "member", "Styrelsen") not in got
