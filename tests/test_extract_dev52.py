"""hytegraph extract on layouts met in the seventy-fourth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

GROUPED_DEPUTIES = (
    "Kylätoimikunnan hallitus\n\n"
    "Varsinaiset jäsenet\n\n"
    "Kuntien edustajat\n\n"
    "Anneli Mäkitalo, Rautavaara\n\n"
    "Oskari Heinonen, Tervo\n\n"
    "Asukasedustajat\n\n"
    "Pentti Lammi, Vesanto\n\n"
    "Varajäsenet\n\n"
    "Julkisen sektorin edustajat\n\n"
    "Hilkka Saarinen, Rautavaara\n\n"
    "Veikko Pulkkinen, Tervo\n\n"
    "Asukasedustajat\n\n"
    "Raili Korhonen, Vesanto\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_group_headings_under_the_deputies_heading_keep_them_deputies(morph):
    got = held(GROUPED_DEPUTIES, morph=morph)
    body = "Kylätoimikunnan hallitus"
    assert ("Anneli Mäkitalo", "member", body) in got
    assert ("Pentti Lammi", "member", body) in got
    assert ("Hilkka Saarinen", "deputy_member", body) in got
    assert ("Veikko Pulkkinen", "deputy_member", body) in got
    assert ("Raili Korhonen", "deputy_member", body) in got
    assert ("Hilkka Saarinen", "member", body) not in got
    assert ("Raili Korhonen", "member", body) not in got


GLUED_GROUP_TABLE = (
    "Hallitus\n\n"
    "Kehittämisyhdistyksen hallituksen muodostavat:\n\n"
    "Puheenjohtaja\n\n"
    "Oiva Karppinen (Rautavaara)\n\n\n"
    "KuntaedustajatYhdistysedustajatAsukasedustajat\n"
    "TervoLauri PesonenMaija LappalainenTimo Kärkkäinen\n"
    "VesantoHelena RytkönenJouni TiihonenElina Ruotsalainen\n"
    "VarajäsenAila Hämäläinen (Tervo)Kalle Venäläinen (Vesanto)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_table_of_group_columns_reads_each_cell_a_member(morph):
    got = held(GLUED_GROUP_TABLE, morph=morph)
    BOARD = "Kehittämisyhdistyksen hallitus"
    assert ("Oiva Karppinen", "chair", BOARD) in got
    for name in (
        "Lauri Pesonen",
        "Maija Lappalainen",
        "Timo Kärkkäinen",
        "Helena Rytkönen",
        "Jouni Tiihonen",
        "Elina Ruotsalainen",
    ):
        assert (name, "member", BOARD) in got
        assert (name, "chair", BOARD) not in got  # the heading's role ends at the table
    assert ("Aila Hämäläinen", "deputy_member", BOARD) in got
    assert ("Kalle Venäläinen", "deputy_member", BOARD) in got
    assert not any(p in ("Tervo", "Vesanto", "Varajäsen") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_group_words_in_running_text_are_no_table_header(morph):
    text = (
        "Hallitus\n\n"
        "Kuntaedustajat ja asukasedustajat valitaan vuosikokouksessa.\n"
        "TervoLauri Pesonen kertoi hankkeista.\n"
    )
    got = held(text, morph=morph)
    assert ("Lauri Pesonen", "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representatives_heading_after_the_members_list_stays_members(morph):
    text = (
        "Nuorisoneuvosto\n\n"
        "Jäsenet\n\n"
        "Koulujen edustajat\n\n"
        "Sanni Väisänen, Tervo\n\n"
        "Järjestöjen edustajat\n\n"
        "Eetu Halonen, Vesanto\n"
    )
    got = held(text, morph=morph)
    assert ("Sanni Väisänen", "deputy_member", "Nuorisoneuvosto") not in got
    assert ("Eetu Halonen", "deputy_member", "Nuorisoneuvosto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_one_representative_under_the_deputies_heading_is_no_deputy(morph):
    text = (
        "Läsnä\n\n"
        "Vammaisneuvosto\n\n"
        "Jäsenet\n"
        "Sanni Väisänen\n"
        "Eetu Halonen\n\n"
        "Varajäsenet\n"
        "Aila Hämäläinen\n\n"
        "Kh:n edustaja\n"
        "Kalle Venäläinen\n"
    )
    got = held(text, morph=morph)
    assert ("Aila Hämäläinen", "deputy_member", "Vammaisneuvosto") in got
    assert ("Kalle Venäläinen", "deputy_member", "Vammaisneuvosto") not in got
