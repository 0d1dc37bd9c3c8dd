"""hytegraph extract on layouts met in the hundred-and-seventeenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a heading line with no body's word of its own ("Liikunta ja ulkoilu:", "Kulttuuri \u2013
  työryhmä"), then a paragraph of one line that points back to it ("Tämän ryhmän vetäjänä
  toimii A ja ryhmään kuuluvat seuraavat jäsenet:", "Ryhmän vetäjänä …") over "Village: Name,
  Name" lines: the heading names the group whose members the lines list, and the leader is
  the group's chair ("Ryhmänvetäjänä toimii B" under a working group's own heading, too); a
  place in the ablative after the leader's name ("C Ylikylästä") is no part of it;
- the next group's heading run on to a line's last name ("Aino LaineTiet -työryhmä:"): a
  paragraph of its own;
- a board's term headings with the term's dates ("HALLITUS (pj + 3-8 jäsentä) ajalla
  1.9.2022\u201331.8.2023") over "office Name" lines: the board's list; with two such terms of one
  body, the one that ended when the later began is the outgoing board (no seats held);
- "Rahastonhoitajana on toiminut yhdistyksen jäsen A": one of the association's members, no
  seat in its board;
- "Kokouksen puheenjohtajaksi valittiin A, sihteeriksi B": the meeting's secretary too, no
  seat;
- "Koulun edustajina kokouksissa ovat toimineet rehtori A" and "ohjaajina oli B ja C": who
  attend the meetings for another party and a club's instructors, no seats and no guesses of
  the learned tagger's.
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.morphology import morphology
from hytegraph.authoring.extract.walker import Walker
from tests.extract_snippets import MORPHS, held

GROUPS = (
    "Kylien työryhmät\n\n"
    "Työryhmien esittely:\n\n"
    "Liikunta ja ulkoilu:\n\n"
    "Tämän ryhmän vetäjänä toimii Outi Merilä ja ryhmään on kuulunut / kuuluu seuraavat "
    "jäsenet:\n\n"
    "Ylikylä: Aapo Hirvelä\n"
    "Alakylä: Tuomo Kaarto\n\n\n"
    "Kulttuuri \u2013 työryhmä\n\n"
    "Ryhmän vetäjänä toimii Eila Karppinen ja ryhmään kuuluvat seuraavat jäsenet:\n\n"
    "Ylikylä: Jari Penttilä\n"
    "Alakylä: Minna LouhiTiet -työryhmä:\n\n"
    "Työryhmän vetäjänä toimii Kalle Vuorio Ylikylästä ja ryhmään kuuluvat seuraavat jäsenet:\n\n"
    "Ylikylä: Sanni Aho\n"
    "Alakylä: Pekka Rinne\n\n"
    "Vesi -työryhmä\n\n"
    "Työryhmän jäsenet ovat alan ammattilaisia. Ryhmänvetäjänä toimii Veli Saari ja "
    "jäsenet ovat:\n\n"
    "Ylikylä: Aino Pulkkinen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_group_pointed_back_to_is_the_heading_above_and_its_leader_the_chair(morph):
    got = held(GROUPS, "fi", morph)
    assert ("Outi Merilä", "chair", "Liikunta ja ulkoilu") in got
    assert ("Aapo Hirvelä", "member", "Liikunta ja ulkoilu") in got
    assert ("Tuomo Kaarto", "member", "Liikunta ja ulkoilu") in got
    assert ("Eila Karppinen", "chair", "Kulttuuri \u2013 työryhmä") in got
    assert ("Jari Penttilä", "member", "Kulttuuri \u2013 työryhmä") in got
    # the heading run on to the last name: her name alone, the next group's own heading
    assert ("Minna Louhi", "member", "Kulttuuri \u2013 työryhmä") in got
    assert ("Kalle Vuorio", "chair", "Tiet -työryhmä") in got
    assert ("Sanni Aho", "member", "Tiet -työryhmä") in got
    assert ("Pekka Rinne", "member", "Tiet -työryhmä") in got
    assert ("Veli Saari", "chair", "Vesi -työryhmä") in got
    # "Tämän ryhmä" is no body; the village's name is no part of the leader's
    assert not any(b.startswith(("Tämän", "Minna")) for _p, _r, b in got)
    assert not any(p.endswith("Ylikylästä") for p, _r, _b in got)


NO_POINTER = (
    "Kylien työryhmät\n\n"
    "Liikunta ja ulkoilu:\n\n"
    "Kesän aikana kokoonnuttiin kolme kertaa, ja mukana olivat seuraavat kyläläiset:\n\n"
    "Ylikylä: Aapo Hirvelä\n"
    "Alakylä: Tuomo Kaarto\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_not_pointed_back_to_names_no_group(morph):
    # guard: a paragraph that does not say "this group" makes the heading no body's name
    got = held(NO_POINTER, "fi", morph)
    assert not any(b == "Liikunta ja ulkoilu" for _p, _r, b in got)
    assert not any(r == "chair" for _p, r, _b in got)


TWO_TERMS = (
    "Toimintakertomus 2022\u20132023\n\n\n"
    "Kylälän koulun vanhempainyhdistys ry\n\n\n"
    "JOHDANTO\n\n\n"
    "Vanhempainyhdistys on toiminut koulun yhteydessä vuodesta 1990 ja kattaa koko koulupolun "
    "esiopetuksesta yläkouluun.\n\n"
    "HALLITUS (pj + 3-8 jäsentä) ajalla 15.9.2021\u20131.9.2022\n\n\n"
    "Puheenjohtaja Kaarina Lepistö\n"
    "Varapuheenjohtaja Olavi Rantanen\n"
    "Jäsenet Heli Vainio, Tero Salmi\n\n"
    "Rahastonhoitajana on toiminut yhdistyksen jäsen Anneli Koivu.\n\n"
    "HALLITUS (pj + 3-8 jäsentä) ajalla 1.9.2022\u201331.8.2023\n\n\n"
    "Puheenjohtaja Heli Vainio\n"
    "Varapuheenjohtaja Jorma Aaltonen\n"
    "Jäsenet Tero Salmi, Sirpa Nieminen\n\n"
    "Rahastonhoitajana on toiminut yhdistyksen jäsen Anneli Koivu.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_dated_term_headings_the_earlier_board_outgoing(morph):
    got = held(TWO_TERMS, "fi", morph)
    assert ("Heli Vainio", "chair", "HALLITUS") in got
    assert ("Jorma Aaltonen", "vice_chair", "HALLITUS") in got
    assert ("Sirpa Nieminen", "member", "HALLITUS") in got
    # the outgoing board's officers hold no seats now
    assert not any(p in ("Kaarina Lepistö", "Olavi Rantanen") for p, _r, _b in got)
    # the treasurer is one of the association's members, not the board's
    assert not any(p == "Anneli Koivu" for p, _r, _b in got)


ONE_TERM = (
    "Toimintakertomus 2022\u20132023\n\n\n"
    "JOHDANTO\n\n\n"
    "Vanhempainyhdistys on toiminut koulun yhteydessä vuodesta 1990 ja kattaa koko koulupolun "
    "esiopetuksesta yläkouluun.\n\n"
    "HALLITUS (pj + 3-8 jäsentä) ajalla 15.9.2021\u20131.9.2022\n\n\n"
    "Puheenjohtaja Kaarina Lepistö\n"
    "Varapuheenjohtaja Olavi Rantanen\n"
    "Jäsenet Heli Vainio, Tero Salmi\n\n"
    "Hallituksen jäsen Anneli Koivu on hoitanut myös yhdistyksen taloutta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_dated_term_holds_its_seats(morph):
    # guard: with no later term, the board under its dates is the one the page reports
    got = held(ONE_TERM, "fi", morph)
    assert ("Kaarina Lepistö", "chair", "HALLITUS") in got
    assert ("Olavi Rantanen", "vice_chair", "HALLITUS") in got
    # guard: the board's own member ("Hallituksen jäsen") keeps her seat
    assert any(p == "Anneli Koivu" and r == "member" for p, r, _b in got)


MEETING_OFFICERS = (
    "Kylälän Asukasyhdistys ry.\n\n"
    "Vuosikokous 14.3.2024\n\n"
    " 1. Kokouksen avaaminen\n\n"
    "Timo Lahtela avasi kokouksen ja toivotti osallistujat tervetulleiksi vuosikokoukseen.\n\n"
    " 1. Kokouksen järjestäytyminen\n\n"
    "Kokouksen puheenjohtajaksi valittiin Timo Lahtela, sihteeriksi Raija Mäenpää ja "
    "pöytäkirjan tarkastajiksi Ossi Kuusela ja Elina Vuori\n\n"
    " 1. Tilinpäätöksen vahvistaminen\n\n"
    "Päätettiin vahvistaa tilinpäätös ja myöntää vastuuvapaus hallitukselle.\n\n"
    " 1. Hallituksen valinta\n\n"
    "Hallituksen jäsenmääräksi päätettiin viisi jäsentä. Hallitukseen puheenjohtajaksi "
    "valittiin Timo Lahtela sekä jäseneksi Ossi Kuusela, Elina Vuori, Kimmo Aho.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_secretary_after_its_chair_holds_no_seat(morph):
    got = held(MEETING_OFFICERS, "fi", morph)
    assert ("Ossi Kuusela", "member", "Hallitus") in got
    assert ("Kimmo Aho", "member", "Hallitus") in got
    assert not any(p == "Raija Mäenpää" for p, _r, _b in got)


BOARD_OFFICERS = (
    "Kylälän Asukasyhdistys ry.\n\n"
    "Vuosikokous 14.3.2024\n\n"
    " 1. Hallituksen valinta\n\n"
    "Hallituksen puheenjohtajaksi valittiin Timo Lahtela, sihteeriksi Raija Mäenpää ja "
    "jäseniksi Ossi Kuusela ja Elina Vuori.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_boards_secretary_after_its_chair_keeps_the_seat(morph):
    # guard: after the board's chair, the secretary is the board's
    got = held(BOARD_OFFICERS, "fi", morph)
    assert ("Timo Lahtela", "chair", "Hallitus") in got
    assert ("Raija Mäenpää", "secretary", "Hallitus") in got


ATTENDING = (
    "Toimintakertomus 2023\n\n"
    "HALLITUS 2023\n\n"
    "Puheenjohtaja Kaarina Lepistö\n"
    "Jäsenet Heli Vainio, Tero Salmi\n\n"
    "KOKOUKSET\n\n"
    "Koulun edustajina kokouksissa ovat toimineet rehtori Matti Kallio ja apulaisrehtori "
    "Sari Rasila. Hallituksen kokoukset ovat olleet avoimia kaikille.\n\n"
    "KESÄKOULU\n\n"
    "Mukana kesäkoulun ohjaajina oli kesätyötuella Onni Kettunen, Liisa Ahonen ja Ville "
    "Nurmi. Saimme myös kunnalta tukea toimintaan.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_attendants_for_another_party_and_instructors_hold_no_seats(morph):
    got = held(ATTENDING, "fi", morph)
    assert ("Kaarina Lepistö", "chair", "Hallitus") in got or (
        "Kaarina Lepistö",
        "chair",
        "HALLITUS",
    ) in got
    people = {p for p, _r, _b in got}
    assert not people & {"Matti Kallio", "Sari Rasila", "Onni Kettunen", "Liisa Ahonen"}
    # nor a guess: the spans are closed to the learned tagger
    walk = Walker(lexicon("fi"), morphology(morph)).walk(ATTENDING)
    for name in ("Matti Kallio", "Onni Kettunen", "Ville Nurmi"):
        at = ATTENDING.index(name)
        assert any(a <= at < b for a, b in walk.no_seat), name


REPRESENTATIVES = (
    "Toimintakertomus 2023\n\n"
    "HALLITUS 2023\n\n"
    "Puheenjohtaja Kaarina Lepistö\n\n"
    "Koulun edustajina hallituksessa ovat toimineet Matti Kallio ja Sari Rasila.\n"
)


def test_representatives_in_the_board_are_not_closed_to_the_tagger():
    # guard: "edustajina hallituksessa" (in the board, not at its meetings) is a seat's word
    walk = Walker(lexicon("fi"), morphology("rules")).walk(REPRESENTATIVES)
    at = REPRESENTATIVES.index("Matti Kallio")
    assert not any(a <= at < b for a, b in walk.no_seat)
