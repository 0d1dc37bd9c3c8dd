"""hytegraph extract on layouts met in the seventy-sixth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.morphology import morphology
from tests.extract_snippets import MORPHS, findings, held, key, roles

REPORT = (
    "Testilän Kotiseutuseura ry:n toimintakertomus 2022\n\n"
    "Hallinto\n\n"
    "Seuran puheenjohtajana on toiminut Eero Mäkelä. "
    "Hallitukseen ovat kuuluneet seuraavat jäsenet ja varajäsenet: Kalle Virtanen (Liisa "
    "Virtanen), Pekka Salonen (Outi Laine) ja Aino Koskela (Jussi Lampinen) Hattulasta, Terttu "
    "Nieminen (Matti Heinonen) Rengosta. Hallitus kokoontui kolme kertaa.\n\n"
    "Työvaliokuntaan ovat kuuluneet Eero Mäkelä puheenjohtajana, Sanna Rantanen sihteerinä "
    "ja jäseninä Kalle Virtanen, Ritva Aaltonen ja Olli Koivisto.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_body_in_the_illative_before_a_verb_of_belonging_names_the_listed_body(morph):
    got = held(REPORT, "fi", morph)
    assert ("Kalle Virtanen", "member", "Hallitus") in got
    assert ("Terttu Nieminen", "member", "Hallitus") in got
    assert ("Aino Koskela", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_members_and_deputies_named_together_put_the_deputy_in_the_parentheses(morph):
    got = held(REPORT, "fi", morph)
    assert ("Liisa Virtanen", "deputy_member", "Hallitus") in got
    assert ("Matti Heinonen", "deputy_member", "Hallitus") in got
    assert not any(p == "Pekka Salonen" and r == "deputy_member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_each_followed_by_a_role_in_the_essive_hold_that_role(morph):
    got = held(REPORT, "fi", morph)
    assert ("Eero Mäkelä", "chair", "Työvaliokunta") in got
    assert ("Sanna Rantanen", "secretary", "Työvaliokunta") in got
    assert ("Ritva Aaltonen", "member", "Työvaliokunta") in got
    assert ("Sanna Rantanen", "chair", "Työvaliokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_role_in_the_essive_before_the_names_still_goes_to_the_names_after_it(morph):
    text = (
        "Toiminta\n\nTyövaliokuntaan ovat kuuluneet puheenjohtajana Eero Mäkelä, sihteerinä "
        "Sanna Rantanen ja jäseninä Ritva Aaltonen ja Olli Koivisto.\n"
    )
    got = held(text, "fi", morph)
    assert ("Eero Mäkelä", "chair", "Työvaliokunta") in got
    assert ("Sanna Rantanen", "secretary", "Työvaliokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_illative_without_a_verb_of_belonging_names_no_list(morph):
    text = (
        "Testilän Kotiseutuseura ry\n\n"
        "Hallitukseen haetaan uusia jäseniä: Kalle Virtanen (Liisa Virtanen) ja Pekka "
        "Salonen (Outi Laine) ovat ehdolla.\n"
    )
    got = held(text, "fi", morph)
    assert not any(b == "Hallitus" for _p, _r, b in got)


BOARD = (
    "Hallitus\n\n"
    "Yhdistyksen toiminnasta vastaa hallitus, johon kuuluu puheenjohtaja, varapuheenjohtaja "
    "ja kuusi hallituksen jäsentä.\n\n"
    "Hallitus v. 2023\n\n"
    "Kari Lehtonen, puheenjohtaja\n"
    "Minna Saarinen, varapuheenjohtaja\n"
    "Jukka Heikkinen, jäsen\n"
    "Tiina Lindqvist, jäsen\n\n"
    "Toimistosihteeri Paula Järvinen toimii hallituksen sihteerinä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_count_before_the_body_is_no_part_of_its_name(morph):
    got = held(BOARD, "fi", morph)
    assert ("Kari Lehtonen", "chair", "Hallitus") in got
    assert ("Tiina Lindqvist", "member", "Hallitus") in got
    assert not any("uusi" in b.casefold() for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sentence_under_a_list_saying_who_serves_as_secretary_is_read_as_one(morph):
    got = {(p, r, b.casefold()) for p, r, b in held(BOARD, "fi", morph)}
    assert ("Paula Järvinen", "secretary", "hallitus") in got
    assert ("Paula Järvinen", "member", "hallitus") not in got


TABLE = (
    "Kulttuurilautakunta\n\n"
    "Kulttuurilautakunnan kokoonpano 2021-2025\n\n"
    "JäsenHenkilökohtainen varajäsen\n"
    "Aaltonen Kaisa (Kesk.)Berg Lauri (Kesk.)\n"
    "Heinonen Pertti (SDP)Ilves Sari (SDP)\n"
    "Kallio Aino (PS)\n"
    "varapuheenjohtaja\n"
    "Laine Jussi (PS)\n"
    "Mäkinen Eero (Kok.)\n"
    "puheenjohtaja\n"
    "Nurmi Helena (Kok.)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_between_a_member_and_the_deputy_is_the_members(morph):
    got = roles(TABLE, "fi", morph)
    body = "Kulttuurilautakunta"
    assert (key("Aino Kallio"), "vice_chair", body) in got
    assert (key("Jussi Laine"), "deputy_member", body) in got
    assert (key("Eero Mäkinen"), "chair", body) in got
    assert (key("Helena Nurmi"), "deputy_member", body) in got
    assert (key("Jussi Laine"), "vice_chair", body) not in got
    assert (key("Kaisa Aaltonen"), "member", body) in got


CARDS = (
    "Yhteystiedot\n\n"
    "Testilän Nuorisoseurat - Hallitus 2024\n"
    "Sanni Lehto\n\n"
    "Puheenjohtaja:\n"
    "Sanni Lehto,\n"
    "Ns Kylälän Nuoret\n\n"
    "Mikko Kivelä\n\n"
    "Varapuheenjohtaja:\n"
    "Mikko Kivelä,\n"
    "Ns Harju\n\n"
    "Oona Rinne\n\n"
    "Hallituksen jäsen:\n"
    "Oona Rinne,\n"
    "Mäkelän Ns\n\n"
    "Hallituksen jäsen:\n"
    "Ville Hakala,\n"
    "Kylälän Ns\n\n"
    "Paula Vainio\n\n"
    "Hallituksen varajäsen:\n"
    "Paula Vainio,\n"
    "Ns Harju\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_photo_cards_give_each_person_the_office_under_the_caption(morph):
    got = held(CARDS, "fi", morph)
    assert ("Sanni Lehto", "chair", "Hallitus") in got
    assert ("Mikko Kivelä", "vice_chair", "Hallitus") in got
    assert ("Oona Rinne", "member", "Hallitus") in got
    assert ("Paula Vainio", "deputy_member", "Hallitus") in got
    # the caption of the next card holds no office of the card before it
    assert ("Mikko Kivelä", "chair", "Hallitus") not in got
    assert ("Paula Vainio", "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_card_without_its_caption_right_after_cards_is_read_the_same_way(morph):
    got = held(CARDS, "fi", morph)
    assert ("Ville Hakala", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_card_of_another_body_is_not_the_lists(morph):
    text = CARDS.replace("Hallituksen jäsen:\nVille Hakala,", "Valtuuston jäsen:\nVille Hakala,")
    got = held(text, "fi", morph)
    assert ("Ville Hakala", "member", "Hallitus") not in got


VILLAGE = (
    "Kylätoimikunta 2021\n\n\n"
    "Puheenjohtaja:  \n"
    "Seppo Kantola; 040 123 4567, seppo.kantola (at) esimerkki.fi\n\n"
    "Sihteeri, tiedottaja:  \n"
    "Marja-Liisa Honkanen  0400 765432; email: mlh  (at)  esimerkki.fi     \n"
    "    \n"
    "Rahastonhoitaja:  \n"
    "Arto Mustonen; arto [at] esimerkki.fi\n\n"
    "Emäntä:  \n\n"
    "           Jäsen  Tarja Leinonen 040 7654321;email: tarja  (at)  esimerkki.fi\n"
    "         Jäsen  Elsa Karjalainen                 040 111 2222\n"
    "Jäsen  Juhani Peltonen:     050 333 4444\n"
    "Jäsen Kirsti Hirvonen                050 555 6666\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_phone_numbers_and_addresses_after_a_list_line_are_no_part_of_the_entry(morph):
    got = held(VILLAGE, "fi", morph)
    assert ("Tarja Leinonen", "member", "Kylätoimikunta") in got
    assert ("Elsa Karjalainen", "member", "Kylätoimikunta") in got
    assert ("Juhani Peltonen", "member", "Kylätoimikunta") in got
    assert ("Kirsti Hirvonen", "member", "Kylätoimikunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_label_with_a_further_duty_and_a_treasurers_label(morph):
    got = held(VILLAGE, "fi", morph)
    assert ("Marja-Liisa Honkanen", "secretary", "Kylätoimikunta") in got
    assert ("Arto Mustonen", "member", "Kylätoimikunta") in got
    assert ("Arto Mustonen", "secretary", "Kylätoimikunta") not in got
    assert ("Seppo Kantola", "chair", "Kylätoimikunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_two_offices_in_one_label_give_neither_alone(morph):
    text = VILLAGE.replace("Sihteeri, tiedottaja:", "Sihteeri, puheenjohtaja:")
    got = held(text, "fi", morph)
    assert ("Marja-Liisa Honkanen", "secretary", "Kylätoimikunta") not in got


NEWS = (
    "Aluevaltuusto valitsi lautakuntien puheenjohtajat\n\n"
    "Aluevaltuusto päätti kokouksessaan lautakuntien kokoonpanosta. Jäsenet valittiin "
    "sivistys- ja kulttuuripalveluiden, teknisten palveluiden, ympäristön ja rakentamisen, ja "
    "pelastuspalveluiden lautakuntaan. Sivistys- ja kulttuuripalveluiden lautakunnan "
    "puheenjohtajaksi valittiin Aila Koivu (sd.), teknisten palveluiden puheenjohtajaksi "
    "Heikki Mattila (kesk.), ympäristön ja rakentamisen puheenjohtajaksi Timo Lahtinen (kok.) "
    "sekä pelastuspalveluiden lautakunnan puheenjohtajaksi Leena Honkanen (kesk.).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_named_by_its_qualifiers_alone_is_the_one_the_text_listed_them_for(morph):
    got = held(NEWS, "fi", morph)
    assert ("Heikki Mattila", "chair", "Teknisten palveluiden lautakunta") in got
    assert ("Timo Lahtinen", "chair", "Ympäristön ja rakentamisen lautakunta") in got
    assert not any(
        p in ("Heikki Mattila", "Timo Lahtinen") and b.startswith("Sivistys") for p, _r, b in got
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_qualifiers_the_text_never_listed_before_a_head_word_name_no_body(morph):
    text = NEWS.replace("teknisten palveluiden puheenjohtajaksi", "maakunnan puheenjohtajaksi")
    got = held(text, "fi", morph)
    assert not any(p == "Heikki Mattila" and "Maakunnan" in b for p, _r, b in got)


ANNUAL = (
    "Toimintakertomus 2022\n\n"
    "Yhdistyksen ja hallituksen puheenjohtajana toimi Pentti Rautio, varapuheenjohtajana "
    "Leena Harju ja jäseninä Olavi Kemppainen, Sirpa Nykänen 5.6 asti, Tapio Kauppinen 5.6 "
    "alkaen ja Raili Huttunen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_held_until_a_date_is_no_seat_now_and_the_list_goes_on(morph):
    got = held(ANNUAL, "fi", morph)
    people = {p for p, _r, _b in got}
    assert "Sirpa Nykänen" not in people
    assert "Tapio Kauppinen" in people
    assert "Raili Huttunen" in people
    ended = {
        f.actor.name for f in findings(ANNUAL, "fi", morph) if f.kind == "membership" and f.status
    }
    assert "Sirpa Nykänen" in ended


OFFICERS = (
    "Testilän Kotiseutuyhdistys ry:n toimintakertomus 2021\n\n"
    "Hallinto\n\n"
    "Yhdistyksen puheenjohtajana on toiminut Eero Kallio Hattulasta (varajäsen Eino Rantala), "
    "varapuheenjohtajana Anne Hietala (varajäsen Pentti Ruuska) Rengosta. Hallitus "
    "kokoontui kolme kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_officer_with_a_personal_deputy_holds_the_seat_in_its_board(morph):
    got = held(OFFICERS, "fi", morph)
    assert ("Eero Kallio", "chair", "Hallitus") in got
    assert ("Eino Rantala", "deputy_member", "Hallitus") in got
    assert ("Anne Hietala", "vice_chair", "Hallitus") in got
    assert ("Pentti Ruuska", "deputy_member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_associations_officers_without_deputies_stay_the_associations(morph):
    text = (
        "Testilän Kotiseutuyhdistys ry:n toimintakertomus 2021\n\n"
        "Hallinto\n\n"
        "Yhdistyksen puheenjohtajana on toiminut Eero Kallio, varapuheenjohtajana Anne "
        "Hietala.\n"
    )
    got = held(text, "fi", morph)
    assert ("Eero Kallio", "chair", "Kotiseutuyhdistys") in got
    assert ("Anne Hietala", "vice_chair", "Kotiseutuyhdistys") in got
    assert not any(b == "Hallitus" for _p, _r, b in got)


def _walk(text: str, morph: str | None):
    from hytegraph.authoring.extract.lexicon import lexicon
    from hytegraph.authoring.extract.walker import Walker

    return Walker(lexicon("fi"), morphology(morph)).walk(text)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_staffs_contacts_and_what_a_card_member_stands_for_are_no_seats(morph):
    text = (
        "Henkilökunnan yhteystiedot\n"
        "Raija Kotilainen\n\n"
        "Raija Kotilainen\n"
        "Toiminnanjohtaja\n"
        "p. 040 123 4567\n\n"
        "Testilän Nuorisoseurat - Hallitus 2024\n"
        "Sanni Lehto\n\n"
        "Puheenjohtaja:\n"
        "Sanni Lehto,\n"
        "Kylälän Ns\n"
    )
    walk = _walk(text, morph)
    spans = walk.no_seat
    for words in ("Raija Kotilainen", "Kylälän Ns"):
        at = text.index(words)
        assert any(s <= at and at + len(words) <= e for s, e in spans), words
    sanni = text.index("Sanni Lehto")
    assert not any(s <= sanni < e for s, e in spans)
    assert not any(f.actor.name == "Raija Kotilainen" for f in walk.findings)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_title_after_a_name_does_not_cut_the_list_of_a_role(morph):
    text = (
        "Testilän järjestöneuvosto\n\n"
        "Järjestöneuvosto kokoontui. Varapuheenjohtajiksi valittiin Sirkka Laitinen "
        "nuorisojärjestöjen edustaja ja Jarmo Kettunen sosiaalijärjestöjen edustaja.\n"
    )
    got = {(p, r) for p, r, _b in held(text, "fi", morph)}
    assert ("Sirkka Laitinen", "vice_chair") in got
    assert ("Jarmo Kettunen", "vice_chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_label_naming_another_body_gives_no_office_in_this_one(morph):
    text = (
        "Kunnanvaltuuston jäsenet\n\n"
        "Puheenjohtajisto\n\n"
        "Puheenjohtaja, kulttuurilautakunta\n\n"
        "Tapani Koskinen (Kok.)\n\n"
        "Varapuheenjohtaja, kunnanvaltuusto\n\n"
        "Hanna Virta (SDP)\n"
    )
    got = held(text, "fi", morph)
    assert not any(p == "Tapani Koskinen" and r == "chair" and b == "Kunnanvaltuusto"
                   for p, r, b in got)  # fmt: skip


@pytest.mark.parametrize("morph", MORPHS)
def test_a_phone_in_parentheses_after_the_office_leaves_the_office(morph):
    text = (
        "Hallitus 2024\n\n"
        " • Kaisa Heinonen, puheenjohtaja\n"
        " • Marjut Laaksonen, sihteeri (puh 040 1234567, sähköposti: ml@esimerkki.fi)\n"
        " • Jari Mattila\n"
    )
    got = held(text, "fi", morph)
    assert ("Marjut Laaksonen", "secretary", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_contact_details_inside_an_entry_do_not_cut_what_follows_them(morph):
    text = (
        "Testby arbetsgrupp för kultur består av:\n"
        "• Sara Lindholm, ordförande, tfn 040 123 4567, personlig ersättare Jonas Berg\n"
        "• Karin Nyström, karin.nystrom@testby.fi, personlig ersättare Erik Sundell\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Jonas Berg", "deputy_member") in got
    assert ("Sara Lindholm", "chair") in got
