"""hytegraph extract on layouts met in the twenty-second and twenty-third held-out sets: made-up
snippets, one per mechanism."""

from __future__ import annotations

from tests.extract_snippets import key, needs_voikko, roles


def test_the_council_of_an_english_list_is_the_page_s_named_council():
    text = (
        "Council for the Elderly\n\n"
        "The Council for the Elderly follows the services for older people in the town.\n\n"
        "Members\n\n"
        "  • Chairperson, Olli Rantanen, Kotiseutuyhdistys ry\n"
        "  • Vice chairperson, Kerttu Saarela, Eläkeliiton yhdistys\n"
        "  • Member, Tapio Vuorela, Welfare services, City of Testilä\n"
        "  • Town Board representative, Aino Keskinen\n\n"
        "Give feedback to the Council\n"
    )
    body = "Council for the Elderly"
    assert roles(text) == {
        (key("Olli Rantanen"), "chair", body),
        (key("Kerttu Saarela"), "vice_chair", body),
        (key("Tapio Vuorela"), "member", body),
        (key("Aino Keskinen"), "member", body),
    }


def test_a_bare_body_word_stays_when_the_page_names_two_bodies_of_its_kind():
    text = (
        "Uutinen\n\n"
        "Nuorisovaltuusto ja yhtymävaltuusto kokoontuivat yhdessä. "
        "Valtuuston puheenjohtajaksi valittiin Olli Rantanen.\n"
    )
    # which council is meant the text does not say: neither is proposed
    bodies = {body for who, _role, body in roles(text) if who == key("Olli Rantanen")}
    assert not bodies & {"Nuorisovaltuusto", "Yhtymävaltuusto"}


def test_the_bare_valtuusto_of_a_news_text_is_the_municipality_s_council():
    text = (
        "Testilän uusi valtuusto kokoontui\n\n"
        "Kunnanvaltuusto kokoontui uudessa kokoonpanossa maanantaina. Lisäksi nimettiin "
        "edustajat yhtymävaltuustoon.\n\n"
        "Valtuuston puheenjohtajaksi valittiin Olli Rantanen (kesk.), ensimmäiseksi "
        "varapuheenjohtajaksi valittiin Kerttu Saarela (sd.) ja toiseksi puheenjohtajaksi "
        "Tapio Vuorela (kok.)\n"
    )
    assert roles(text) == {
        (key("Olli Rantanen"), "chair", "Kunnanvaltuusto"),
        (key("Kerttu Saarela"), "vice_chair", "Kunnanvaltuusto"),
        (key("Tapio Vuorela"), "vice_chair", "Kunnanvaltuusto"),
    }


@needs_voikko
def test_officers_over_lines_of_a_name_and_an_organisation_with_no_separator():
    text = (
        "Nuorisoneuvosto\n\n"
        "Neuvosto edistää nuorten osallisuutta. Neuvosto valitsee keskuudestaan "
        "puheenjohtajan.\n\n"
        "Puheenjohtaja Olli Rantanen Nurmeksen Partiolaiset ry.\n"
        "Varapuheenjohtaja Kerttu Saarela Nurmeksen Urheiluseura ry.\n"
        "Tapio Vuorela Nurmeksen 4H-yhdistys\n"
        "Aino Keskinen Nurmeksen Nuorisoseura ry.\n"
        "Pekka Lind (varajäsen)\n"
        "Eero Halme Nurmeksen\n"
    )
    # "Eero Halme Nurmeksen": the organisation after the town's genitive was cut off
    body = "Nuorisoneuvosto"
    assert roles(text) == {
        (key("Olli Rantanen"), "chair", body),
        (key("Kerttu Saarela"), "vice_chair", body),
        (key("Tapio Vuorela"), "member", body),
        (key("Aino Keskinen"), "member", body),
        (key("Pekka Lind"), "deputy_member", body),
        (key("Eero Halme"), "member", body),
    }


def test_a_committee_after_a_listed_name_is_whom_the_seat_is_for():
    text = (
        "Kommunala äldrerådet\n\n"
        "Rådet består av politiker och representanter för pensionärsorganisationer.\n\n"
        "Ledamöter i kommunala äldrerådet:\n\n"
        "Ledamöter politiker:\n"
        "Malin Ekberg (S) - socialnämnden\n"
        "Gustav Lindqvist (M) - kommunstyrelsen\n"
        "Sara Holm (C) - kultur- och fritidsnämnden\n\n"
        "Ersättare politiker:\n"
        "Nils Berg (S) - socialnämnden\n"
        "Karin Dahl (M) - kultur- och fritidsnämnden\n\n"
        "Ledamöter organisationer:\n"
        "Olof Strand (SPF Seniorerna)\n"
    )
    body = "kommunala äldrerådet"
    assert roles(text, "sv") == {
        (key("Malin Ekberg"), "member", body),
        (key("Gustav Lindqvist"), "member", body),
        (key("Sara Holm"), "member", body),
        (key("Nils Berg"), "deputy_member", body),
        (key("Karin Dahl"), "deputy_member", body),
        (key("Olof Strand"), "member", body),
    }


def test_a_glued_member_and_deputy_table_with_a_role_in_parentheses():
    text = (
        "Vammaisneuvosto\n\n"
        "Vammaisneuvostoon kuuluu neljä jäsentä ja kullekin henkilökohtainen varajäsen.\n\n"
        "Jäsen:Varajäsen:\n"
        "Rantanen Olli (puheenjohtaja)Saarela Kerttu\n"
        "Vuorela Tapio (varapuheenjohtaja)Keskinen Aino\n"
        "Lind PekkaHalme Eero\n"
        "Ranta Liisa\n"
    )
    body = "Vammaisneuvosto"
    assert roles(text) == {
        (key("Olli Rantanen"), "chair", body),
        (key("Kerttu Saarela"), "deputy_member", body),
        (key("Tapio Vuorela"), "vice_chair", body),
        (key("Aino Keskinen"), "deputy_member", body),
        (key("Pekka Lind"), "member", body),
        (key("Eero Halme"), "deputy_member", body),
        (key("Liisa Ranta"), "member", body),
    }


def test_officers_named_mid_line_and_after_a_job_title():
    text = (
        "Nuorisoneuvosto\n\n"
        "Neuvoston jäsenet valitaan kahdeksi vuodeksi kerrallaan.\n\n"
        "Nuorisoneuvoston puheenjohtaja Olli Rantanen, varapuheenjohtaja Kerttu Saarela\n"
        "Nuorisoneuvoston sihteeri nuorisosihteeri Tapio Vuorela.\n\n"
        "Neuvoston tehtävät:\n"
    )
    body = "Nuorisoneuvosto"
    assert roles(text) == {
        (key("Olli Rantanen"), "chair", body),
        (key("Kerttu Saarela"), "vice_chair", body),
        (key("Tapio Vuorela"), "secretary", body),
    }


def test_two_posts_stacked_over_one_name_and_a_card_under_a_one_word_heading():
    stacked = (
        "Vanhusneuvosto\n\n"
        "Neuvosto antaa lausuntoja.\n\n"
        "Vanhusneuvoston sihteeri\n"
        "Liikkumistyöryhmän puheenjohtaja\n"
        "Aino Keskinen, palveluohjaaja\n"
        "puh. 040 123 4567\n"
    )
    assert roles(stacked) == {
        (key("Aino Keskinen"), "secretary", "Vanhusneuvosto"),
        (key("Aino Keskinen"), "chair", "Liikkumistyöryhmä"),
    }
    card = (
        "Vanhusneuvosto\n\nNeuvosto antaa lausuntoja.\n\n"
        "Yhteystiedot\nneuvoston sihteeri\nPekka Lind\nKatu 3\n"
    )
    assert roles(card) == {(key("Pekka Lind"), "secretary", "Vanhusneuvosto")}


def test_contact_cards_after_a_list_of_working_groups():
    text = (
        "Kommunala äldrerådet\n\n"
        "Rådet är en mötesplats för pensionärsorganisationerna.\n\n"
        "Rådet har tre arbetsgrupper. Följande arbetsgrupper finns:\n\n"
        " • Boendegruppen\n • Trafikgruppen\n • Kulturgruppen\n\n"
        "Olof Strand (S)\n\nOrdförande\n\nTelefon:\n\n"
        "Sara Holm\n\nHandläggare\n\nTelefon:\n\n"
        "Nils Berg\n\nSekreterare\n\nTelefon:\n"
    )
    # the developer of the administration is a contact, not a member of the council
    assert roles(text, "sv") == {
        (key("Olof Strand"), "chair", "Kommunala äldrerådet"),
        (key("Nils Berg"), "secretary", "Kommunala äldrerådet"),
    }


@needs_voikko
def test_a_one_column_table_flattened_then_older_dated_captions():
    text = (
        "Vammaisneuvosto\n"
        "Vammaisneuvosto on kuntalakiin perustuva vaikuttamistoimielin.\n"
        "Vammaisneuvoston jäsenet 2024-2027\n\n"
        "Olli Rantanen, pj Nurmeksen Invalidit ry |\n"
        "Kerttu Saarela Nurmeksen Kuulo ry |\n"
        "Tapio Vuorela Kaupunginhallitus |\n"
        "Testilän Palvelu Oy |\n"
        "Aino Keskinen Perusturvalautakunta |\n"
        "Pekka Lind Nurmeksen kaupunki, sihteeri puh. 040 123 4567 |\n"
        "Kuvagalleria\n\n"
        "Kuvassa vammaisneuvoston pj. Kerttu Saarela avaa tilaisuuden.\n\n"
        "Retkellä 5.6.2019 vammaisneuvoston jäsenet varapj. Eero Halme ja jäsen Liisa Ranta.\n"
    )
    body = "Vammaisneuvosto"
    assert roles(text) == {
        (key("Olli Rantanen"), "chair", body),
        (key("Kerttu Saarela"), "member", body),
        (key("Tapio Vuorela"), "member", body),
        (key("Aino Keskinen"), "member", body),
        (key("Pekka Lind"), "secretary", body),
    }


def test_a_street_named_for_a_person_in_an_address_is_no_one():
    text = (
        "Vammaisneuvosto\n\n"
        "Vammaisneuvoston jäsenet 2025\n"
        "Puheenjohtaja Olli Rantanen\n"
        "p. 040 123 4567\n"
        "Eino Leinontie 4b, 70100 Testilä\n"
    )
    assert roles(text) == {(key("Olli Rantanen"), "chair", "Vammaisneuvosto")}
