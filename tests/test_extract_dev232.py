"""hytegraph extract on shapes of village associations' annual reports and federations' meeting
news that the rules read wrong or not at all:

- "Hallitus Puheenjohtaja Anneli Makkonen" (a table's first column flattened into its first
  row), then "Jäsen   Vara" over rows of a member and her deputy: the body's heading and a
  deputy's column headed by the word's first part (before: no body, no pairs);
- "Varapuheenjohtaja Tommi Kaasalainen 14-16": the years of the seat's term after the name
  (before: the list ended there); "Kyläpostin vastaava -": a post nobody holds, the list goes
  on; "Tiedottaja Tiina Korpi", "Koulutusvastaavat A ja B": a duty's title before a name is
  no part of it;
- "Sällskapets styrelse har under verksamhetsåret utgjorts av A (ordförande), B": the body
  made of its members, the verb in the perfect (before: nothing);
- "Förbundets årsstämma hölls … Därutöver består styrelsen av A, B": the board's word after a
  meeting names the board, not the meeting (which has no members; before: nothing).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_glued_to_its_first_officer_and_a_deputy_column_headed_vara(morph):
    text = (
        "Villalan kyläyhdistys ry.\n\nVUOSIKERTOMUS 2017\n\n"
        "Hallitus Puheenjohtaja Anneli Makkonen\n"
        "Sihteeri Anne Koskinen\n\n"
        "Jäsen                 Vara\n"
        "Arja Molarius        Sinikka Punnonen\n"
        "Taru Westerhoff   Virve Haajanen\n"
        "Teijo Jalkanen      Vesa Hirvonen\n\n"
        "Hallituksen kokoukset\n"
    )
    found = seats(text, "fi", morph)
    assert ("Anneli Makkonen", "chair", "hallitus") in found
    assert ("Arja Molarius", "member", "hallitus") in found
    assert ("Sinikka Punnonen", "deputy_member", "hallitus") in found
    assert ("Vesa Hirvonen", "deputy_member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_terms_years_a_vacant_post_and_a_duty_title_in_a_boards_lines(morph):
    text = (
        "HALLITUS\n\nHallitus valittiin 16.3.2015. Hallitus järjestäytyi seuraavasti:\n\n"
        "Puheenjohtaja Piia Töllinen\n\n"
        "Varapuheenjohtaja Tommi Kaasalainen 14-16\n\n"
        "Tiedottaja Tiina Korpi 15-17\n\n"
        "Kyläpostin vastaava -\n\n"
        "Rahastonhoitaja Eva Raatikainen 15-17\n"
    )
    assert seats(text, "fi", morph) == {
        ("Piia Töllinen", "chair", "hallitus"),
        ("Tommi Kaasalainen", "vice_chair", "hallitus"),
        ("Tiina Korpi", "member", "hallitus"),
        ("Eva Raatikainen", "member", "hallitus"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_made_of_its_members_said_in_the_perfect(morph):
    text = (
        "Sällskapets styrelse har under verksamhetsåret utgjorts av Göran Schäder (ordförande), "
        "Olle Ferm (vice ordförande), Inger Larsson (skattmästare) och Solbritt Benneth "
        "(klubbmästare och vice sekreterare). "
        "Suppleanter har varit Claes Gejrot och Rune Palm.\n"
    )
    assert seats(text, "sv", morph) == {
        ("Göran Schäder", "chair", "sällskapets styrelse"),
        ("Olle Ferm", "vice_chair", "sällskapets styrelse"),
        ("Inger Larsson", "member", "sällskapets styrelse"),
        ("Solbritt Benneth", "member", "sällskapets styrelse"),
        ("Claes Gejrot", "deputy_member", "sällskapets styrelse"),
        ("Rune Palm", "deputy_member", "sällskapets styrelse"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_boards_word_after_a_meeting_names_the_board(morph):
    text = (
        "Förbundets årsstämma hölls i Stockholm.\n\n"
        "Därutöver består styrelsen av Jörgen Gassilewski, Maria Fagerberg och Niclas Hval.\n"
    )
    assert seats(text, "sv", morph) == {
        ("Jörgen Gassilewski", "member", "styrelsen"),
        ("Maria Fagerberg", "member", "styrelsen"),
        ("Niclas Hval", "member", "styrelsen"),
    }
