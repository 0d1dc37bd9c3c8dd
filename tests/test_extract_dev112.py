"""hytegraph extract on layouts met in the hundred-and-thirteenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a committee's list with one heading per seat-holder ("Kylätalo A:"), each with its member and
  a deputy marked "(varalla)" after the name: the parenthesis makes the entry's seat a
  deputy's; the officer's heading above them with the holder's job in parentheses
  ("Puheenjohtaja (isännöitsijä):") is the chair's, and the first seat's heading after the
  chair's name ends the chair's role;
- a capitalised word with a clitic ("Kullakin toimikunnan jäsenellä") begins no body's name
  (the rules reader took it for an owner in the genitive);
- "Entisistä jatkavat A, B ja C" as a line of its own with no full stop under a composition's
  heading: of the former members those staying on, members of the body;
- "Yhdistyksen vuosikokouksessa 12.3.2024:" over bullets ("Valittiin uudeksi
  puheenjohtajaksi X."): the association's electing meeting, whose seats are its board's;
- "…, sihteeri C, tiedotusvastaava D sekä …" in a run of officers: a board member's duty
  ("-vastaava") after a comma or a conjunction, as the treasurer's, is a member's seat;
- "varapuheenjohtajana Veli Hakka- rainen ja …": a surname broken by a hyphen at a line's end,
  its lower-case rest after one space, is one word.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

SEAT_HEADINGS = (
    "Talotoimikunta\n\n"
    "Talon toiminnasta päättää talotoimikunta, johon kuuluu edustaja kustakin yhtiöstä.\n\n"
    "Kullakin toimikunnan jäsenellä on oikeus yhteen maksuttomaan varaukseen.\n\n"
    "Toimikunnan jäsenet 2024:\n\n"
    "Puheenjohtaja (isännöitsijä):\n"
    "Ville Harjunpää, Kiinteistöhuolto Oy\n\n"
    "Koivurinne:\n"
    "Anneli Vesterinen\n\n"
    "Pihlajarinne:\n"
    "Jouni Kärkkäinen\n"
    "Sirpa Valtonen (varalla)\n\n"
    "Tammirinne:\n"
    "Heikki Lamminpää\n"
    "Marjut Oinonen (varalla)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_marked_varalla_and_a_chair_with_a_job_in_parentheses(morph):
    got = held(SEAT_HEADINGS, "fi", morph)
    assert ("Ville Harjunpää", "chair", "Talotoimikunta") in got
    assert ("Anneli Vesterinen", "member", "Talotoimikunta") in got
    assert ("Jouni Kärkkäinen", "member", "Talotoimikunta") in got
    assert ("Sirpa Valtonen", "deputy_member", "Talotoimikunta") in got
    assert ("Heikki Lamminpää", "member", "Talotoimikunta") in got
    assert ("Marjut Oinonen", "deputy_member", "Talotoimikunta") in got
    # the chair's heading ends at the first seat's heading; the deputies are no members
    assert ("Anneli Vesterinen", "chair", "Talotoimikunta") not in got
    assert ("Jouni Kärkkäinen", "chair", "Talotoimikunta") not in got
    assert ("Sirpa Valtonen", "member", "Talotoimikunta") not in got
    # "Kullakin" is no part of the committee's name
    assert not any(b.startswith("Kullakin") for _p, _r, b in got)


NO_MARK = (
    "Talotoimikunta\n\n"
    "Toimikunnan jäsenet 2024:\n\n"
    "Pihlajarinne:\n"
    "Jouni Kärkkäinen\n"
    "Sirpa Valtonen (Pihlajarinne)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_with_another_parenthesis_stays_a_member(morph):
    # guard: only "(varalla)" marks a deputy
    got = held(NO_MARK, "fi", morph)
    assert ("Sirpa Valtonen", "member", "Talotoimikunta") in got
    assert not any(r == "deputy_member" for _p, r, _b in got)


STAYING_ON = (
    "Ajankohtaista\n\n"
    "Yhdistyksen vuosikokous pidettiin 4.5.2022.\n\n"
    "Hallituksen tämän hetkinen kokoonpano:\n"
    "Puheenjohtaja Raimo Lehtiranta\n"
    "Uudet jäsenet Outi Kervinen, Seppo Rautakorpi ja Liisa Halme.\n"
    "Entisistä jatkavat Kalle Nyyssönen, Tiina Mäkiaho ja Veikko Harjula\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_former_members_staying_on_in_a_line_without_a_full_stop(morph):
    got = held(STAYING_ON, "fi", morph)
    assert ("Raimo Lehtiranta", "chair", "Hallitus") in got
    assert ("Outi Kervinen", "member", "Hallitus") in got
    assert ("Kalle Nyyssönen", "member", "Hallitus") in got
    assert ("Tiina Mäkiaho", "member", "Hallitus") in got
    assert ("Veikko Harjula", "member", "Hallitus") in got


NO_BODY = "Ajankohtaista\n\nEntisistä jatkavat Kalle Nyyssönen, Tiina Mäkiaho ja Veikko Harjula\n"


@pytest.mark.parametrize("morph", MORPHS)
def test_staying_on_with_no_body_gives_no_seats(morph):
    # guard: with no composition's heading above, whose members they are is unknown
    assert held(NO_BODY, "fi", morph) == set()


MEETING_BULLETS = (
    "Uutiset\n\n"
    "Yhdistyksen vuosikokouksessa Kylälässä 12.3.2024 :\n\n"
    "  • Valittiin uudeksi puheenjohtajaksi Arja Peltoniemi.\n"
    "  • Jäsenmaksuksi päätettiin 25 euroa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_annual_meetings_decisions_as_bullets_elect_the_boards_chair(morph):
    got = held(MEETING_BULLETS, "fi", morph)
    assert ("Arja Peltoniemi", "chair", "Hallitus") in got


EVENING_BULLETS = (
    "Uutiset\n\n"
    "Yhdistyksen kerhoillassa Kylälässä 12.3.2024 :\n\n"
    "  • Esitelmän piti uusi puheenjohtaja Arja Peltoniemi.\n"
    "  • Kahvit keitti Olli Rinne.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_another_gathering_over_bullets_elects_no_one(morph):
    # guard: a club evening is no electing meeting
    got = held(EVENING_BULLETS, "fi", morph)
    assert not any(p == "Olli Rinne" for p, _r, _b in got)
    assert ("Arja Peltoniemi", "chair", "Hallitus") not in got


OFFICERS_RUN = (
    "Kylälän Mehiläistarhaajat\n\n"
    "Vuoden 2024 toimihenkilöt:\n\n"
    "Syyskokouksen valintana ja hallituksen järjestäytymiskokouksen päätöksinä toimihenkilömme "
    "vuodelle 2024 ovat seuraavat: puheenjohtaja Aino Ek, varapuheenjohtaja Veli Hakkarainen, "
    "sihteeri Olli Rinne, tiedotusvastaava Liisa Halme sekä uutena hallituksen jäsenenä Pekka "
    "Puu.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_duty_in_a_run_of_officers_is_a_members_seat(morph):
    got = held(OFFICERS_RUN, "fi", morph)
    assert ("Olli Rinne", "secretary", "hallitus") in got
    assert ("Liisa Halme", "member", "hallitus") in got
    assert ("Pekka Puu", "member", "hallitus") in got


DUTY_ELSEWHERE = (
    "Kylälän Mehiläistarhaajat\n\n"
    "Vuoden 2024 toimihenkilöt:\n\n"
    "Syyskokouksen valintana ja hallituksen järjestäytymiskokouksen päätöksinä toimihenkilömme "
    "vuodelle 2024 ovat seuraavat: puheenjohtaja Aino Ek, varapuheenjohtaja Veli Hakkarainen, "
    "sihteeri Olli Rinne sekä uutena hallituksen jäsenenä Pekka Puu. Tiedotusvastaava Liisa "
    "Halme hoitaa kotisivuja.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_duty_outside_the_run_of_officers_gives_no_seat(morph):
    # guard: the duty's holder in a sentence of her own is not said to sit on the board
    got = held(DUTY_ELSEWHERE, "fi", morph)
    assert ("Olli Rinne", "secretary", "hallitus") in got
    assert not any(p == "Liisa Halme" for p, _r, _b in got)


BROKEN_SURNAME = (
    "Kylälän omakotiyhdistys\n\n"
    "Vuonna 2023 hallituksen puheenjohtajana toimi Aino Ek, varapuheenjohtajana Veli Hakka- "
    "rainen ja taloudenhoitajana Olli Rinne.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_surname_broken_by_a_hyphen_at_a_lines_end(morph):
    got = held(BROKEN_SURNAME, "fi", morph)
    assert ("Aino Ek", "chair", "hallitus") in got
    assert ("Veli Hakkarainen", "vice_chair", "hallitus") in got
    assert ("Olli Rinne", "vice_chair", "hallitus") not in got
