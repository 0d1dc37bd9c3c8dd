"""hytegraph extract on rosters and sentences that the rules read wrong or not at all:

- "Hallitus: A, B ja C", "Johtokunta: A (pj), B (kesk.), C": a Finnish line led by a body's
  name and a colon, then only names (an office or a party in brackets after one);
- "Hallitus: A (vpj) B (vpj) C D E F", "Valberedning: A B C D": the names of such a line run
  together with nothing but spaces between them, parted by first name and surname;
- "Kaupunginvaltuusto: A ja B" under "Nuorisovaltuuston edustus kaupunginvaltuustossa ja
  lautakunnissa": representatives who speak for another body there, not its members;
- "Kylälän Kyläyhdistys ry:n puheenjohtajana jatkaa A ja varapuheenjohtajana B", after a
  paragraph that named other bodies: the vice chair's body is the chair's, left unsaid;
- "Övriga i styrelsen var målarmästare A, Maskinist B och Handlare C", "Johtokuntaan valittiin
  Talollinen D": an old list's trade, capitalised before a name, is no part of it;
- "Till suppleanter valdes A, Handlare N. Isaksson och snickare B": a first name's initial in
  a list, neither a sentence's end nor a word that is no name;
- "Ordförande" / "Roland Tillberg," / "0735-07 00 13": an office over a name whose comma a
  telephone number's line follows, a card and no sentence going on.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, all_hold, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_a_finnish_body_line_with_a_colon_names_its_members(morph):
    found = seats(
        "Kylälän Yrittäjät ry\n\n"
        "Hallitus: Ville Markkula, Arto Vuorenniemi, Airi Männistö ja Antti Mikkola\n\n"
        "Johtokunta: Sulo Kattila (pj), Eeva Rinne (kesk.), Onni Palo (sd.)\n",
        "fi",
        morph,
    )
    all_hold(
        found,
        ("Ville Markkula", "Arto Vuorenniemi", "Airi Männistö", "Antti Mikkola"),
        "member",
        "hallitus",
    )
    assert ("Sulo Kattila", "chair", "johtokunta") in found
    assert ("Eeva Rinne", "member", "johtokunta") in found
    assert ("Onni Palo", "member", "johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_names_run_together_with_spaces_are_parted(morph):
    found = seats(
        "Kylälän Yrittäjät ry\n\n"
        "Hallitus: Ville Markkula (vpj) Arto Vuorenniemi (vpj) Airi Männistö Antti Mikkola "
        "Raija Rantanen Unto Lehtinen\n",
        "fi",
        morph,
    )
    assert ("Ville Markkula", "vice_chair", "hallitus") in found
    assert ("Arto Vuorenniemi", "vice_chair", "hallitus") in found
    all_hold(
        found,
        ("Airi Männistö", "Antti Mikkola", "Raija Rantanen", "Unto Lehtinen"),
        "member",
        "hallitus",
    )
    assert not any(len(person.split()) > 2 for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_word_before_names_run_together_mid_line(morph):
    found = seats(
        "Jäsenlehti 4 / 2011 Julkaisija Kylälän Säveltäjät ry Puh Fax Kylälän Säveltäjät "
        "ry:n johtokunta Tapio Tuomela ( puheenjohtaja) Antti Auvinen ( varapuheenjohtaja) "
        "Veli-Matti Puumala Harri Suilamo Riikka Talvitie Taitto Susanna Raunio Kansikuva "
        "Yksityiskohta\n",
        "fi",
        morph,
    )
    assert ("Tapio Tuomela", "chair", "johtokunta") in found
    assert ("Antti Auvinen", "vice_chair", "johtokunta") in found
    all_hold(
        found, ("Veli-Matti Puumala", "Harri Suilamo", "Riikka Talvitie"), "member", "johtokunta"
    )
    # the run ends at the first pair that is no name: the layout's credits hold no seat
    assert not any("Raunio" in person for person, _role, _body in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_committee_line_of_names_with_spaces_only(morph):
    found = seats(
        "Föreningen för njursjuka\n\n"
        "Valberedning: Per-Olof Holm Ellinor Broms Karin Hedman Madeleine Linder\n",
        "sv",
        morph,
    )
    all_hold(
        found,
        ("Per-Olof Holm", "Ellinor Broms", "Karin Hedman", "Madeleine Linder"),
        "member",
        "valberedning",
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_words_that_are_no_names_is_no_roster(morph):
    found = seats(
        "Kylälän Yrittäjät ry\n\n"
        "Hallitus: Kokous Kylätalolla Tiistaina Kello Seitsemän Alkaen\n\n"
        "Läsnä: Ville Markkula, Arto Vuorenniemi, Airi Männistö\n\n"
        "Tilintarkastajat: Eeva Rinne, Onni Palo\n\n"
        "Hallituksen Ville Markkula Arto Vuorenniemi Airi Männistö\n",
        "fi",
        morph,
    )
    assert found == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_body_lines_under_a_heading_of_representation_are_no_members(morph):
    found = seats(
        "Nuorisovaltuusto\n\n"
        "Nuorisovaltuuston edustus kaupunginvaltuustossa ja lautakunnissa\n\n"
        "Kaupunginvaltuusto: Tia Rantala ja Behshta Saari\n"
        "Hyvinvointilautakunta: Mirjam Niemi ja Neea Hella\n",
        "fi",
        morph,
    )
    for name, body in (
        ("Tia Rantala", "kaupunginvaltuusto"),
        ("Mirjam Niemi", "hyvinvointilautakunta"),
        ("Neea Hella", "hyvinvointilautakunta"),
    ):
        assert (name, "member", body) not in found
        assert (name, "representative", body) in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_label_and_a_sentence_of_representation_over_body_lines(morph):
    found = seats(
        "Nuorisovaltuusto\n\n"
        "Lautakuntaedustus:\n"
        "Nuorisovaltuuston edustajilla on puhe- ja läsnäolo-oikeus lautakuntien kokouksissa.\n\n"
        "Hyvinvointilautakunta: Anni Torvinen ja Vanessa Vuorela\n"
        "Kuntakehityslautakunta: Milla Lintula ja Säde Särkelä\n",
        "fi",
        morph,
    )
    for name in ("Anni Torvinen", "Vanessa Vuorela"):
        assert (name, "member", "hyvinvointilautakunta") not in found
        assert (name, "representative", "hyvinvointilautakunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_of_representatives_over_its_own_line_keeps_its_members(morph):
    found = seats(
        "Förbundet\n\n"
        "Representantskapet 2018-2021\n\n"
        "Representantskapet: Markku Kukkola, Mirja Jalonen, Liisa Rinne och Ari Tuomi.\n",
        "sv",
        morph,
    )
    all_hold(
        found,
        ("Markku Kukkola", "Mirja Jalonen", "Liisa Rinne", "Ari Tuomi"),
        "member",
        "representantskapet",
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_the_vice_chair_after_ja_shares_the_chairs_association(morph):
    found = seats(
        "Teatterin johtokunta ja Kuoron toimikunta neuvottelivat yhdistymisestä.\n\n"
        "Kalliolan Kyläyhdistys ry:n puheenjohtajana jatkaa Matti Virtanen ja "
        "varapuheenjohtajana Liisa Koski. Muut hallituksen jäsenet ovat Pekka Lahti ja Anna "
        "Niemi.\n",
        "fi",
        morph,
    )
    board = "kalliolan kyläyhdistys ry:n hallitus"
    assert ("Matti Virtanen", "chair", board) in found
    assert ("Liisa Koski", "vice_chair", board) in found
    assert not any(person == "Liisa Koski" and body != board for person, _r, body in found)
    assert ("Pekka Lahti", "member", board) in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_trade_capitalised_before_a_name_is_no_part_of_it(morph):
    found = seats(
        "Kårens första styrelse\n\n"
        "Övriga i styrelsen var målarmästare Birger Johannesson, Maskinist Anders Andersson, "
        "och Handlare Viktor Lindahl.\n",
        "sv",
        morph,
    )
    all_hold(
        found, ("Birger Johannesson", "Anders Andersson", "Viktor Lindahl"), "member", "styrelsen"
    )
    assert not any(person.startswith(("Maskinist", "Handlare")) for person, _r, _b in found)
    found = seats(
        "Seuran historia\n\n"
        "Johtokuntaan valittiin Talollinen Juho Lahti, Kauppias Eemeli Koski ja "
        "Rakennusmestari Onni Palo.\n",
        "fi",
        morph,
    )
    all_hold(found, ("Juho Lahti", "Eemeli Koski", "Onni Palo"), "member", "johtokunta")


@pytest.mark.parametrize("morph", MORPHS)
def test_an_initial_in_a_list_of_names_is_read(morph):
    found = seats(
        "Kårens första styrelse\n\n"
        "Styrelsen valdes. Till suppleanter valdes Kyrkovaktmästare Oskar Hallgren, Handlare "
        "N. Isaksson och snickare Nils Rapp.\n",
        "sv",
        morph,
    )
    all_hold(found, ("Oskar Hallgren", "N. Isaksson", "Nils Rapp"), "deputy_member", "styrelse")


@pytest.mark.parametrize("morph", MORPHS)
def test_titles_before_names_after_a_seat_word_stay_the_sentences(morph):
    found = seats(
        "Liitto\n\n"
        "Valiokunta ei ole pitänyt varsinaisia kokouksia, vaan on hoitanut asiat puhelimitse. "
        "Valmennusvaliokunnan puheenjohtajana on toiminut insinööri Arvo Tanila ja jäseninä "
        "laivanselvittäjä Allan Mustonen, kauppias Paavo Nurmi, konttoristi Erik Vilen, "
        "ekonoomi I. Reinikka ja urheiluohjaaja Olli Vaalamo.\n",
        "fi",
        morph,
    )
    all_hold(found, ("Allan Mustonen", "Paavo Nurmi"), "member", "valmennusvaliokunta")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_name_with_a_comma_over_its_telephone_number_is_a_card(morph):
    found = seats(
        "Föreningen leds av en styrelse som består av:\n\n"
        "Ordförande\nRoland Tillberg,\n0735-07 00 13\n\n"
        "Sekreterare\nChrister Lindberg,\n0703-16 95 95\n\n"
        "Vice ordförande\nJan-Åke Jonsson,\n0705-73 48 77\n",
        "sv",
        morph,
    )
    assert ("Roland Tillberg", "chair", "styrelse") in found
    assert ("Christer Lindberg", "secretary", "styrelse") in found
    assert ("Jan-Åke Jonsson", "vice_chair", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_every_stretch_of_names_run_together_is_parted(morph):
    found = seats(
        "Kylälän Yrittäjät ry\n\n"
        "Hallitus: Ville Markkula Raija Rantanen (vpj) Airi Männistö Antti Mikkola Unto "
        "Lehtinen (siht) Pasi Saarinen Eeva Rinne\n",
        "fi",
        morph,
    )
    assert ("Raija Rantanen", "vice_chair", "hallitus") in found
    assert ("Unto Lehtinen", "secretary", "hallitus") in found
    all_hold(
        found,
        ("Ville Markkula", "Airi Männistö", "Antti Mikkola", "Pasi Saarinen", "Eeva Rinne"),
        "member",
        "hallitus",
    )
    assert not any(len(person.split()) > 2 for person, _role, _body in found)
