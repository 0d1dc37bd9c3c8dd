"""hytegraph extract on layouts met in the sixty-eighth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, key, roles

PARTY_TABLE = (
    "Toimielimet\n\n"
    "Yhtymähallitus\n"
    "jäsenet varajäsenet puolue\n"
    "Kaarina Lehtola pj Veikko Rantanen Keskusta\n"
    "Outi Kallio 1. vpj. Janne Manninen Kokoomus\n"
    "Pertti Laakso Sirpa Hiltunen SDP\n"
    "Irja Kivelä (vihr.) Tapio Nurmi (kd) Vaaliliitto vihr./kd\n"
    "Eero Palonen Maija Koivisto Perussuomalaiset\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_deputy_table_with_a_party_column_reads_each_row(morph):
    got = roles(PARTY_TABLE, "fi", morph)
    assert (key("Kaarina Lehtola"), "chair", "Yhtymähallitus") in got
    assert (key("Veikko Rantanen"), "deputy_member", "Yhtymähallitus") in got
    assert (key("Outi Kallio"), "vice_chair", "Yhtymähallitus") in got
    assert (key("Pertti Laakso"), "member", "Yhtymähallitus") in got
    assert (key("Sirpa Hiltunen"), "deputy_member", "Yhtymähallitus") in got
    assert (key("Irja Kivelä"), "member", "Yhtymähallitus") in got
    assert (key("Tapio Nurmi"), "deputy_member", "Yhtymähallitus") in got
    assert (key("Maija Koivisto"), "deputy_member", "Yhtymähallitus") in got
    assert not any(person.startswith(("Keskusta", "SDP")) for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_party_column_table_without_a_heading_body_is_not_given_one(morph):
    text = PARTY_TABLE.replace("Yhtymähallitus\n", "Nimet vuodelta 2023\n")
    got = roles(text, "fi", morph)
    assert not any(person == key("Pertti Laakso") for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_party_column_rows_without_a_party_cell_are_not_read_as_pairs(morph):
    text = (
        "Yhtymähallitus\n"
        "jäsenet varajäsenet puolue\n"
        "Pertti Laakso Sirpa Hiltunen\n"
        "Eero Palonen Maija Koivisto\n"
        "Irja Kivelä Tapio Nurmi\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Sirpa Hiltunen"), "deputy_member", "Yhtymähallitus") not in got


GROUPED_GLUED_TABLE = (
    "Hallitus 2025\n\n"
    "KuntaJäsenVarajäsen\n"
    "Nuoret toimijatLahdenperäOskari HeinonenVilma Salmi\n"
    "KoivumäkiRiikka Aaltonen (pj)Jussi Lehto\n"
    "Yritykset ja järjestötSaarijokiHelena VirtaPaavo Kantola\n"
    "LahdenperäMarkus Toivonen (I vpj)Anu Rautio\n\n"
    "Hallituksessa voi olla myös kunnanhallituksen jäseniä ja kunnan viranhaltijoita.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_glued_table_row_led_by_a_group_label_is_read(morph):
    got = roles(GROUPED_GLUED_TABLE, "fi", morph)
    assert (key("Oskari Heinonen"), "member", "Hallitus") in got
    assert (key("Vilma Salmi"), "deputy_member", "Hallitus") in got
    assert (key("Helena Virta"), "member", "Hallitus") in got
    assert (key("Paavo Kantola"), "deputy_member", "Hallitus") in got
    assert (key("Riikka Aaltonen"), "chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_for_several_municipalities_are_no_municipal_body(morph):
    got = roles(GROUPED_GLUED_TABLE, "fi", morph)
    assert not any(body.casefold().startswith("kunnan") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_acting_chair_for_one_item_holds_no_seat(morph):
    text = (
        "Nuorisovaltuusto, kokous 4.3.2025\n\n"
        "Päätös\n\n"
        "Nuorisovaltuusto valitsi puheenjohtajaksi Senja Harju.\n\n"
        "Kokouskäsittely\n\n"
        "Puhetta asian käsittelyn ajan johti tilapäinen puheenjohtaja Ville Kolehmainen.\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Senja Harju"), "chair", "Nuorisovaltuusto") in got
    assert not any(person == key("Ville Kolehmainen") for person, _, _ in got)


ASSOCIATION_BOARD = (
    "Uutinen Rannikon Kalastajat ry:n hallituksen kokouksesta\n\n"
    "Rannikon Kalastajat ry:n hallitus kokoontui 14.2.2025.\n\n"
    "Hallitus valitsi keskuudestaan Rannikon Kalastajat ry:n varapuheenjohtajaksi Tuomas "
    "Lindqvist.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_named_from_the_legal_form_gets_its_association_back(morph):
    got = roles(ASSOCIATION_BOARD, "fi", morph)
    assert (key("Tuomas Lindqvist"), "vice_chair", "Rannikon Kalastajat ry") in got
    assert not any(body.casefold().startswith("ry:n") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_of_an_association_keeps_its_officers_when_not_written_as_its_own(morph):
    text = ASSOCIATION_BOARD.replace(
        "Rannikon Kalastajat ry:n varapuheenjohtajaksi", "varapuheenjohtajaksi"
    )
    got = roles(text, "fi", morph)
    assert (key("Tuomas Lindqvist"), "vice_chair", "Rannikon Kalastajat ry:n hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_numbered_before_its_office_keeps_its_number(morph):
    text = (
        "Aluevaltuusto teki seuraavat valinnat.\n\n"
        "Sosiaalilautakunnan jaoston 2 puheenjohtaja Heidi Kantonen (kok.), "
        "varapuheenjohtaja Jari Honkanen (sd.)\n"
    )
    got = roles(text, "fi", morph)
    assert (key("Heidi Kantonen"), "chair", "Sosiaalilautakunnan jaosto 2") in got
    assert (key("Jari Honkanen"), "vice_chair", "Sosiaalilautakunnan jaosto 2") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_presenter_after_a_name_list_is_no_member(morph):
    text = (
        "Hyvinvointitoimikunnan jäsenet\n\n"
        " • Aino Peltonen, puheenjohtaja\n"
        " • Ilkka Saarinen\n"
        " • Marja Lehtinen\n"
        " • Risto Vainio\n"
        "Hyvinvointitoimikunnan esittelijä on hyvinvointijohtaja Anneli Koski.Talousjaosto\n"
    )
    got = roles(text, "fi", morph)
    assert any(person == key("Ilkka Saarinen") and role == "member" for person, role, _ in got)
    assert not any(person == key("Anneli Koski") for person, _, _ in got)
