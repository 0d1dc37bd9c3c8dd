"""hytegraph extract on layouts met in the eighty-third held-out set (minutes and a meeting
notice of Finnish joint municipal authorities): made-up snippets, one per mechanism, read with
either word-form reader, with the lines that must not be read."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, roles

SEATS = ("chair", "vice_chair", "secretary", "member", "deputy_member")

# Participants run together, each name followed by its home town and role with no comma
# before the role; officials with posts; absent members after a capitalised label.
RAN_TOGETHER = (
    "1 PÖYTÄKIRJA 3/ Yhtymähallitus AIKA klo 10:00 PAIKKA Testilä, virasto KÄSITELLYT ASIAT "
    "Otsikko Sivu 40 Kokouksen laillisuus\n\n"
    "2 PÖYTÄKIRJA 3/ OSALLISTUJAT Nimi Tehtävä Lisätiedot LÄSNÄ Koivisto Aarne, Testilä "
    "puheenjohtaja Lahtinen Paula, Korpela jäsen Mäkelä Sirkka, Korpela jäsen Vuori Kalle, "
    "Testilä jäsen Rinne Oskari varajäsen Harju Eino Korpelan kj. Salmi Aila "
    "pöytäkirjanpitäjä POISSA Hakala Veli, Testilä jäsen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_roles_after_names_without_commas_are_each_names_own(morph):
    got = roles(RAN_TOGETHER, "fi", morph)
    assert ("Aarne Koivisto", "chair", "Yhtymähallitus") in got
    assert ("Lahtinen Paula", "member", "Yhtymähallitus") in got
    assert ("Mäkelä Sirkka", "member", "Yhtymähallitus") in got
    assert ("Kalle Vuori", "member", "Yhtymähallitus") in got
    assert ("Oskari Rinne", "deputy_member", "Yhtymähallitus") in got
    # guards: the role before a name is the name's before it, not the next one's
    assert ("Lahtinen Paula", "chair", "Yhtymähallitus") not in got
    assert ("Kalle Vuori", "deputy_member", "Yhtymähallitus") not in got
    assert ("Oskari Rinne", "member", "Yhtymähallitus") not in got
    # guard: an official with a post holds no seat
    assert not any("Harju" in person or "Salmi" in person for person, _r, _b in got)


# The council's presidium among those present, each office after the name with an ordinal.
COUNCIL_PRESIDIUM = (
    "1 TESTILÄN TERVEYDEN- PÖYTÄKIRJA Nro Sivu Yhtymähallitus 3/ Kokousaika klo Kokouspaikka "
    "terveysasema Läsnä olleet jäsenet Aalto Reijo yhtymähallituksen puheenjohtaja von Ek Asta "
    "jäsen Koski Aila jäsen Laine Martti jäsen Muut läsnä olleet Heino Sari yhtymävaltuuston "
    "puheenjohtaja Rinne Paavo yhtymävaltuuston I varapuheenjohtaja Salo Kirsi yhtymävaltuuston II "
    "varapuheenjohtaja Lepistö Harri kuntayhtymän johtaja Poissa Asiat\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_councils_presidium_after_the_boards_members(morph):
    got = roles(COUNCIL_PRESIDIUM, "fi", morph)
    assert ("Aalto Reijo", "chair", "Yhtymähallitus") in got
    assert ("Aila Koski", "member", "Yhtymähallitus") in got
    assert ("Laine Martti", "member", "Yhtymähallitus") in got
    assert ("Asta Ek von", "member", "Yhtymähallitus") in got  # "von Ek Asta": one name
    assert ("Heino Sari", "chair", "Yhtymävaltuusto") in got
    assert ("Paavo Rinne", "vice_chair", "Yhtymävaltuusto") in got
    assert ("Kirsi Salo", "vice_chair", "Yhtymävaltuusto") in got
    # guards: the plural label is no role of the first name; the director holds no seat
    assert ("Aalto Reijo", "member", "Yhtymähallitus") not in got
    assert ("Aila Koski", "chair", "Yhtymähallitus") not in got
    assert ("Paavo Rinne", "chair", "Yhtymävaltuusto") not in got
    assert not any("Lepistö" in person for person, _r, _b in got)


# First names first, the chair's first name an initial, the body named only in the genitive
# before the word for minutes, the council's presidium with abbreviated offices.
INITIAL_AND_MINUTES = (
    "1 PÖYTÄKIRJA 4/2009 HALLITUKSEN KOKOUKSEN PÖYTÄKIRJA Kokousaika klo Kokouspaikka "
    "neuvotteluhuone Asian no Asia Sivu 40 KOKOUKSEN LAILLISUUS 3\n\n"
    "2 PÖYTÄKIRJA 4/2009 Kokousaika klo Kokouspaikka neuvotteluhuone Osallistujat Muut "
    "osallistujat K. Virtanen-Laine puheenjohtaja puheenjohtaja Outi Salmela varajäsen Aarne "
    "Koski jäsen Heli Rantanen jäsen Oiva Pelto varajäsen Eero Laakso valtuuston pj. Sami "
    "Kallio valt. 1. varapj. Pirjo Heino valt. 2. varapj. Jussi Alanko piirin johtaja "
    "esittelijä Mauri Ahola talousjohtaja Asiat\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_after_a_name_with_an_initial_in_the_boards_minutes(morph):
    got = roles(INITIAL_AND_MINUTES, "fi", morph)
    assert ("Outi Salmela", "deputy_member", "Hallitus") in got
    assert ("Aarne Koski", "member", "Hallitus") in got
    assert ("Heli Rantanen", "member", "Hallitus") in got
    assert ("Oiva Pelto", "deputy_member", "Hallitus") in got
    assert ("Eero Laakso", "chair", "Valtuusto") in got
    assert ("Kallio Sami", "vice_chair", "Valtuusto") in got
    assert ("Heino Pirjo", "vice_chair", "Valtuusto") in got
    # guards: no role shifted to the next name; the staff hold no seats
    assert ("Outi Salmela", "chair", "Hallitus") not in got
    assert not any(role == "chair" and body != "Valtuusto" for _p, role, body in got)
    assert not any(
        ("Alanko" in person or "Ahola" in person) and role in SEATS for person, role, _b in got
    )


# Guards: roles written before the names stay the names' after them.
ROLES_BEFORE = (
    "Testilän kyläyhdistyksen hallitus\n\n"
    "Hallitukseen kuuluvat puheenjohtaja Aarne Koski, varapuheenjohtaja Liisa Laine, "
    "sihteeri Outi Salmela ja jäsen Heli Rantanen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_roles_before_names_are_still_read_so(morph):
    got = {(p, r) for p, r, _b in roles(ROLES_BEFORE, "fi", morph)}
    assert ("Aarne Koski", "chair") in got
    assert ("Laine Liisa", "vice_chair") in got
    assert ("Outi Salmela", "secretary") in got
    assert ("Laine Liisa", "chair") not in got


TITLES_JOINED = (
    "Testilän hankkeen ohjausryhmä\n\n"
    "Ohjausryhmän jäseniksi valittiin kunnan talousjohtaja Aarne Koski, kaupungin "
    "sivistysjohtaja Liisa Laine, kunnan hallintojohtaja Outi Salmela sekä kaupungin "
    "puheenjohtaja Heli Rantanen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_titles_before_names_joined_by_a_conjunction_are_not_a_bare_run(morph):
    got = {(p, r) for p, r, _b in roles(TITLES_JOINED, "fi", morph)}
    # the title after a name and a comma is the next name's, never the one before it
    assert ("Aarne Koski", "member") in got
    assert ("Laine Liisa", "member") in got
    assert ("Outi Salmela", "chair") not in got
