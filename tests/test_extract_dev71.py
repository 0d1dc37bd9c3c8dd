"""hytegraph extract on layouts met in the eighty-fifth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held, roles

COMMA_ROLE_RUN = (
    "KIRKKONEUVOSTON KOKOUS PÖYTÄKIRJA 2/2019 Kokousaika: ti 5.2.2019 klo 18 Paikka: "
    "Seurakuntatalon sali, Kirkkotie 3 Läsnä: Pertti Koivu, puheenjohtaja Sanna Mäki, jäsen "
    "Olli Hakala, varajäsen (Lehto) Riitta Aalto, jäsen Mikko Salmi, jäsen Leena Virta, "
    "varapuheenjohtaja Kari Niemelä, varajäsen (Koski) Tuula Rinne, jäsen Elina Saari, sihteeri "
    "Poissa: Jaana Lehto, Matti Koski Hartaus: vuorossa on Sanna Mäki. 1. Kokouksen avaus "
    "Puheenjohtaja avasi kokouksen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_comma_role_run_under_a_genitive_minutes_title_gives_each_role_to_the_name_before(
    morph,
):
    got = held(COMMA_ROLE_RUN, "fi", morph)
    assert ("Pertti Koivu", "chair", "Kirkkoneuvosto") in got
    assert ("Sanna Mäki", "member", "Kirkkoneuvosto") in got
    assert ("Olli Hakala", "deputy_member", "Kirkkoneuvosto") in got
    assert ("Leena Virta", "vice_chair", "Kirkkoneuvosto") in got
    assert ("Kari Niemelä", "deputy_member", "Kirkkoneuvosto") in got
    # the role before a name is the name's before it, never the next one's
    assert ("Sanna Mäki", "chair", "Kirkkoneuvosto") not in got
    assert ("Kari Niemelä", "vice_chair", "Kirkkoneuvosto") not in got
    # the members absent keep their seats
    assert ("Jaana Lehto", "member", "Kirkkoneuvosto") in got
    assert ("Matti Koski", "member", "Kirkkoneuvosto") in got
    # the meeting's secretary: no seat
    assert not any(p == "Elina Saari" for p, _r, _b in got)


NO_SEATS_BEFORE_ABSENT = (
    "KIRKKONEUVOSTON KOKOUS PÖYTÄKIRJA 2/2019 Kokousaika: ti 5.2.2019 klo 18 Läsnä: Pertti "
    "Koivu, talousjohtaja Sanna Mäki, kirkkoherra Olli Hakala, kanttori Poissa: Jaana Lehto, "
    "Matti Koski\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_absentees_after_a_run_of_officials_are_no_members(morph):
    # guard: a run with no seat in it says nothing of whom the absent are
    got = held(NO_SEATS_BEFORE_ABSENT, "fi", morph)
    assert not any(p in ("Jaana Lehto", "Matti Koski") for p, _r, _b in got)


MEMBERS_AND_BRACKETED_DEPUTIES = (
    "1 TESTILÄN SEURAKUNTA PÖYTÄKIRJA 03/18 1 Kirkkoneuvosto Kokousaika maanantai klo 18:00 "
    "Kokouspaikka Seurakuntakeskus Osallistujat Päätöksentekijät Muut Allekirjoitukset "
    "Varsinaiset jäsenet Pertti Koivu, kirkkoherra Sanna Mäki Olli Hakala Riitta Aalto "
    "Varajäsenet Kari Niemelä (Sanna Mäki) Tuula Rinne (Olli Hakala) Leena Virta (Riitta Aalto) "
    "Matti Salo, kirkkovaltuuston puheenjohtaja Jaana Lehto, kirkkovaltuuston varapuh.joht. "
    "Elina Saari, talouspäällikkö Pertti Koivu, puheenjohtaja Asiat Pöytäkirjan tarkastus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_and_deputies_under_their_labels_sit_in_the_minutes_body(morph):
    got = held(MEMBERS_AND_BRACKETED_DEPUTIES, "fi", morph)
    for name in ("Sanna Mäki", "Olli Hakala", "Riitta Aalto"):
        assert (name, "member", "Kirkkoneuvosto") in got
    for name in ("Kari Niemelä", "Tuula Rinne", "Leena Virta"):
        assert (name, "deputy_member", "Kirkkoneuvosto") in got
    # the council's presidium named beside its posts holds its seats there, no one else
    assert ("Matti Salo", "chair", "Kirkkovaltuusto") in got
    assert ("Jaana Lehto", "vice_chair", "Kirkkovaltuusto") in got
    assert not any(
        body == "Kirkkovaltuusto" and p not in ("Matti Salo", "Jaana Lehto") for p, _r, body in got
    )
    # the chair is not also a bare member
    assert ("Pertti Koivu", "chair", "Kirkkoneuvosto") in got
    assert ("Pertti Koivu", "member", "Kirkkoneuvosto") not in got


PARTIES_IN_BRACKETS = (
    "1 TESTILÄN SEURAKUNTA PÖYTÄKIRJA 03/18 1 Kirkkoneuvosto Kokousaika maanantai klo 18:00 "
    "Varsinaiset jäsenet Sanna Mäki Olli Hakala Riitta Aalto "
    "Varajäsenet Kari Niemelä (Ville Ranta) Tuula Rinne (Aila Ranta) Leena Virta (Ari Ranta)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bracketed_names_that_are_no_listed_members_are_not_read_as_their_deputies(morph):
    # guard: the brackets name no member of the list, so nothing says they are the members'
    # deputies; the labels' reader leaves the run to the other rules
    assert not any(f.rule == "minutes-labels" for f in findings(PARTIES_IN_BRACKETS, "fi", morph))


SURNAME_FIRST_LABELS = (
    "Kirkkoneuvosto\n\n"
    "1 Kirkkoneuvosto Paikka ja aika Seurakuntatalo, torstai klo Läsnäolevat jäsenet Koivu "
    "Pertti, pj Mäki Sanna Hakala Olli varajäsen Aalto Riitta Saapui pykälän 12 aikana klo "
    "Niemelä Kari Rinne Tuula Poissaolevat jäsenet Virta Leena Muut läsnä olevat Salo Matti, "
    "talousjohtaja Lehto Jaana, kirkkovaltuuston puheenjohtaja Ranta Ville, kirkkovaltuuston "
    "varapuheenjohtaja Pöytäkirjan tarkistajiksi valittiin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_surname_first_names_under_present_and_absent_labels_are_the_body_s_seats(morph):
    got = roles(SURNAME_FIRST_LABELS, "fi", morph)
    assert ("Koivu Pertti", "chair", "Kirkkoneuvosto") in got
    assert ("Hakala Olli", "deputy_member", "Kirkkoneuvosto") in got
    for name in ("Mäki Sanna", "Aalto Riitta", "Kari Niemelä", "Rinne Tuula", "Leena Virta"):
        assert (name, "member", "Kirkkoneuvosto") in got
    # a note of arrival is no name, and no name is read across it
    assert not any("Saapui" in p or "Riitta Saapui" in p for p, _r, _b in got)
    # among the others present only the post in another body gives a seat
    assert ("Jaana Lehto", "chair", "Kirkkovaltuusto") in got
    assert ("Ranta Ville", "vice_chair", "Kirkkovaltuusto") in got
    assert not any(p == "Matti Salo" for p, _r, _b in got)


PRESENT_LABEL_IN_PROSE = (
    "Kirkkoneuvosto\n\n"
    "Läsnäolevat jäsenet Koivu Pertti ja Mäki Sanna esittivät, että asia palautetaan. "
    "Muut läsnä olevat eivät puhuneet.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_present_label_before_prose_is_no_attendance_list(morph):
    # guard: words that are no names between the labels: the list reader leaves them
    got = roles(PRESENT_LABEL_IN_PROSE, "fi", morph)
    assert ("Koivu Pertti", "member", "Kirkkoneuvosto") not in got


STAFF_AS_SECRETARY = (
    "1 TESTILÄN SEURAKUNTA PÖYTÄKIRJA 03/18 1 Kirkkoneuvosto Kokousaika maanantai klo 18:00 "
    "Läsnä Matti Salo, kirkkovaltuuston puheenjohtaja Jaana Lehto, kirkkovaltuuston "
    "varapuheenjohtaja Elina Saari, talouspäällikkö Pertti Koivu, puheenjohtaja /poissa/ "
    "sihteeri Elina Saari, sihteeri Asiat Pöytäkirjan tarkastus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_official_listed_with_a_post_is_no_secretary_of_the_body(morph):
    got = held(STAFF_AS_SECRETARY, "fi", morph)
    assert ("Matti Salo", "chair", "Kirkkovaltuusto") in got
    assert ("Pertti Koivu", "chair", "Kirkkoneuvosto") in got
    # the official keeps the minutes: no seat, nor the words after her post read as a name
    assert not any(r == "secretary" for _p, r, _b in got)


SECRETARY_NOT_LISTED = STAFF_AS_SECRETARY.replace(
    "Elina Saari, talouspäällikkö", "Kari Niemelä, talouspäällikkö"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_secretary_not_listed_with_an_official_s_post_keeps_the_reading(morph):
    # guard: only a name the run lists with an official's post loses the secretary's seat
    got = held(SECRETARY_NOT_LISTED, "fi", morph)
    assert any(p == "Elina Saari" and r == "secretary" for p, r, _b in got)


OPENING_OFFICERS = (
    "Puheenjohtaja Aino Koskinen ja varapuheenjohtaja Pekka Laaksonen tapasivat 3.3.2011 "
    "Testiliiton toiminnanjohtaja Ville Rannan. Tapaamisen tarkoitus oli saada kokouspaikka "
    "liiton tiloista.\n\n"
    "Testiliiton pääsihteeri Olli Nurmi on kirjoittanut kirjan liiton historiasta. Pekka "
    "Laaksonen oli silloin Testiliiton hallituksessa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_news_text_opening_on_bare_officers_names_the_board_s_officers(morph):
    got = held(OPENING_OFFICERS, "fi", morph)
    assert ("Aino Koskinen", "chair", "Hallitus") in got
    assert ("Pekka Laaksonen", "vice_chair", "Hallitus") in got
    # a post after another organisation's genitive is a title there, no seat in the board
    assert not any(p == "Olli Nurmi" and b == "Hallitus" for p, _r, b in got)


OFFICERS_IN_MINUTES = (
    "Hallituksen kokouksen pöytäkirja\n\n"
    "Puheenjohtaja Aino Koskinen ja sihteeri Pekka Laaksonen allekirjoittivat pöytäkirjan.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_opening_minutes_are_left_to_the_minutes_rules(morph):
    # guard: the opening-officers reading is for news texts, not minutes
    assert not any(f.rule == "opening-officer" for f in findings(OFFICERS_IN_MINUTES, "fi", morph))


OWN_ASSOCIATION_POST = (
    "Testilän Eläkeläiset ry piti vuosikokouksensa. Yhdistyksen sihteeri Aino Koskinen luki "
    "pöytäkirjan. Hallitukseen valittiin Pekka Laaksonen ja Olli Nurmi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_of_the_page_s_own_association_keeps_its_seat_in_the_board(morph):
    # guard: "Yhdistyksen" names no other organisation
    assert ("Aino Koskinen", "secretary", "Hallitus") in held(OWN_ASSOCIATION_POST, "fi", morph)
