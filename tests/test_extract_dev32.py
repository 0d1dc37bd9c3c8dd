"""hytegraph extract on layouts met in the fiftieth and fifty-first held-out sets: made-up
snippets, one per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, key, needs_voikko, roles

TITLED_FI = (
    "Päätös VN/2024/77\n\n"
    "Hellekriisiministerityöryhmän asettaminen\n\n"
    "Ministerityöryhmän tehtävänä on hellekauden toimien yhteensovittaminen.\n\n"
    "KOKOONPANO:\n\n"
    "Puheenjohtaja Oona Ojanperä\n\n"
    "Jäsenet\n\n"
    "Paavo Pirttimaa\n\n"
    "Reetta Ruskola\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_shorter_body_word_is_the_one_titled_body_ending_in_it(morph):
    got = held(TITLED_FI, lang="fi", morph=morph)
    bodies = {b for _p, _r, b in got}
    assert "Hellekriisiministerityöryhmä" in bodies
    assert "Ministerityöryhmä" not in bodies


TITLED_SV = (
    "Referensgrupp för vattenfrågor\n\n"
    "Förbundet har tillsatt en politisk referensgrupp. Referensgruppen bereder ärenden.\n\n"
    "I referensgruppen ingår:\n\n"
    "Alva Brandt, Region Norrby\n\n"
    "Sixten Holm, sammankallande, Region Söderby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_definite_body_word_is_the_titled_body_that_begins_with_it(morph):
    got = roles(TITLED_SV, lang="sv", morph=morph)
    assert (key("Alva Brandt"), "member", "Referensgrupp för vattenfrågor") in got
    assert not any(b == "Referensgruppen" for _p, _r, b in got)


TWO_TITLED = (
    "Referensgrupp för vattenfrågor\n\n"
    "Referensgrupp för skogsfrågor\n\n"
    "I referensgruppen ingår:\n\n"
    "Alva Brandt, Region Norrby\n\n"
    "Sixten Holm, Region Söderby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_with_two_titled_bodies_the_shorter_word_is_not_resolved(morph):
    got = roles(TWO_TITLED, lang="sv", morph=morph)
    assert not any(b in ("Referensgrupp för vattenfrågor", "Referensgrupp för skogsfrågor")
                   for _p, _r, b in got)  # fmt: skip


TIME_AFTER_FOR = (
    "I måndags tillsatte regeringen TBK-styrelsen för tre år framåt. Ivar Lund (c) är "
    "ordförande. Övriga medlemmar i styrelsen är Siv Berg, Olle Ek och Tora Lind. "
    "Personliga ersättare för de sistnämnda är Lisa Sand, Nils Ström och Ada Vik.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_time_phrase_after_for_is_no_part_of_the_body_and_the_last_named_are_no_body(morph):
    got = roles(TIME_AFTER_FOR, lang="sv", morph=morph)
    bodies = {b for _p, _r, b in got}
    assert "TBK-styrelsen" in bodies
    assert not any("för tre" in b or "nämnda" in b.casefold() for b in bodies)
    for name in ("Lisa Sand", "Nils Ström", "Ada Vik"):
        assert (key(name), "deputy_member", "TBK-styrelsen") in got, name


def test_for_a_subject_stays_in_the_body_name():
    got = roles(
        "Rådet för två språk består av följande personer: Ivar Lund, Siv Berg och Olle Ek.\n",
        lang="sv",
        morph="rules",
    )
    assert not any(b == "Rådet" for _p, _r, b in got)


COMPOUND_SEATS = (
    "Ny ordförande för Västkustens förbund\n\n"
    "Förbundet bildades av kommunerna och medlemmarna i Skärgårdens musikråd.\n\n"
    "Vid årsmötet valdes också styrelsemedlemmar för perioden 2024 - 2026:\n\n"
    "Eva Rask, sfp, Åbo\n"
    "ersättare: Kim Salo, sfp, Pargas\n\n"
    "Jon Mård, grön, Esbo\n"
    "ersättare: Pia Lax, grön, Vanda\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_seat_noun_over_a_list_names_its_body(morph):
    got = roles(COMPOUND_SEATS, lang="sv", morph=morph)
    assert (key("Eva Rask"), "member", "Styrelsen") in got
    assert (key("Kim Salo"), "deputy_member", "Styrelsen") in got
    assert not any(b == "Skärgårdens musikråd" for _p, _r, b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_list_without_a_compound_seat_noun_keeps_its_body(morph):
    text = COMPOUND_SEATS.replace("styrelsemedlemmar", "medlemmar i musikrådet")
    got = roles(text, lang="sv", morph=morph)
    assert not any(b == "Styrelsen" for _p, _r, b in got)


SEMICOLON_ENTRIES = (
    "Ny styrelse i förbundet\n\n"
    "Årsmötet hölls i Borås. Stämman valde också revisorer.\n\n"
    "SPK:s förbundsstyrelse under mandatperioden 2023 - 2026 är:\n\n"
    "Greta Alm, Ystad (förbundsordförande); Hugo Berglund, Tranås (vice ordförande); "
    "Ines Dahl, Kalix; Olof Eng Umeå; Rut Fors, Lund samt Viktor Gran, Mora.\n\n"
    "SPK:s valberedning är:\n\n"
    "Tage Holm (ordförande), Vera Ask, Sune Lind samt Maj-Britt Ek.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_semicolon_entries_with_places_and_bracketed_roles_after_a_body_is(morph):
    got = roles(SEMICOLON_ENTRIES, lang="sv", morph=morph)
    assert (key("Greta Alm"), "chair", "Förbundsstyrelsen") in got
    assert (key("Hugo Berglund"), "vice_chair", "Förbundsstyrelsen") in got
    for name in ("Ines Dahl", "Olof Eng", "Rut Fors", "Viktor Gran"):
        assert (key(name), "member", "Förbundsstyrelsen") in got, name
    assert (key("Tage Holm"), "chair", "Valberedningen") in got
    for name in ("Vera Ask", "Sune Lind", "Maj-Britt Ek"):
        assert (key(name), "member", "Valberedningen") in got, name


COMMA_ENTRIES = (
    "De övriga sex ledamöterna i förbundsstyrelsen blev:\n\n"
    "Alf Berg, Bodil Carlsson, Dagny Ek (ordförande i Blindas förening Norr), Erik\n\n"
    "Falk, Gun Holm, Ivar Jansson.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_comma_list_after_a_body_became_and_a_role_in_another_body(morph):
    got = roles(COMMA_ENTRIES, lang="sv", morph=morph)
    for name in ("Alf Berg", "Bodil Carlsson", "Dagny Ek", "Erik Falk", "Gun Holm", "Ivar Jansson"):
        assert (key(name), "member", "Förbundsstyrelsen") in got, name
    assert (key("Dagny Ek"), "chair", "Blindas förening Norr") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_is_with_no_body_in_the_line_read_no_seats(morph):
    text = (
        "Förbundet delade ut sina priser i Lund.\n\n"
        "Årets pristagare är:\n\n"
        "Alf Berg, Ystad; Bodil Carlsson, Lund; Dagny Ek, Mora samt Erik Falk, Kalix.\n"
    )
    assert held(text, lang="sv", morph=morph) == set()


TITLED_LINES = (
    "Tulvaministerityöryhmän asettaminen\n\n"
    "KOKOONPANO:\n\n"
    "Puheenjohtaja maa- ja metsätalousministeri Kerttu Kallioniemi\n\n"
    "Jäsenet\n\n"
    "liikenne- ja viestintäministeri Jussi Ahtola\n\n"
    "sisäministeri Maija Rautiainen (sijainen asuntoministeri Olli Pelkonen)\n\n"
    "ympäristöministeri Sanni Vuorela\n\n"
    "Työryhmän pääsihteeriksi nimetään neuvotteleva virkamies Pekka Harju.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_member_lines_of_a_title_and_a_name_with_a_deputy_in_brackets(morph):
    got = roles(TITLED_LINES, lang="fi", morph=morph)
    body = "Tulvaministerityöryhmä"
    assert (key("Kerttu Kallioniemi"), "chair", body) in got
    for name in ("Jussi Ahtola", "Maija Rautiainen", "Sanni Vuorela"):
        assert (key(name), "member", body) in got, name
    assert (key("Olli Pelkonen"), "deputy_member", body) in got
    assert (key("Pekka Harju"), "secretary", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_titled_lines_under_a_members_label_with_no_body_before_read_no_seats(morph):
    text = (
        "Jäsenet\n\n"
        "liikenne- ja viestintäministeri Jussi Ahtola\n\n"
        "sisäministeri Maija Rautiainen\n\n"
        "ympäristöministeri Sanni Vuorela\n"
    )
    assert not any(b for _p, _r, b in held(text, lang="fi", morph=morph))


PERSONAL_DEPUTIES = (
    "I går tillsatte regeringen BVS-styrelsen för två år framåt. Hugo Lind (lib) efterträder "
    "Sven Alm (fs) som ordförande. Linds personliga ersättare blir Britta Ek (lib). Ola Berg (c) "
    "Tosarby är viceordförande med Tove Sund (c) Kumlinge som ersättare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_successor_takes_the_post_and_personal_deputies_are_deputies(morph):
    got = roles(PERSONAL_DEPUTIES, lang="sv", morph=morph)
    assert (key("Hugo Lind"), "chair", "BVS-styrelsen") in got
    assert (key("Britta Ek"), "deputy_member", "BVS-styrelsen") in got
    assert (key("Tove Sund"), "deputy_member", "BVS-styrelsen") in got
    assert not any(p == key("Sven Alm") and r == "chair" for p, r, _b in got)
    assert not any(p == key("Britta Ek") and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputy_with_no_body_in_the_paragraph_is_not_read(morph):
    text = "Linds personliga ersättare blir Britta Ek (lib).\n"
    assert not any(p == key("Britta Ek") for p, _r, _b in roles(text, lang="sv", morph=morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_a_title_and_a_name_on_a_line_under_a_body_heading(morph):
    text = (
        "Metsäpaloministerityöryhmän asettaminen\n\n"
        "Puheenjohtaja maa- ja metsätalousministeri Kerttu Kallioniemi\n\n"
        "Sihteeri neuvotteleva virkamies Aapo Salmi\n"
    )
    got = roles(text, lang="fi", morph=morph)
    assert (key("Kerttu Kallioniemi"), "chair", "Metsäpaloministerityöryhmä") in got
    assert (key("Aapo Salmi"), "secretary", "Metsäpaloministerityöryhmä") in got


CAPTION = (
    "PRO Seniorernas nyvalda styrelse, från vänster: Alma Berg, Bror Dahl, Cilla Eng och "
    "Doris Falk (saknas på bilden: Egon Gran).\n\n"
    "Ny i styrelsen\n\n"
    "Alma Berg har suttit en period i förbundsstyrelsen.\n\n"
    "– Vi har mycket att göra, säger Doris Falk, omvald förbundsordförande.\n"  # noqa: RUF001
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_left_to_right_caption_names_the_members_of_the_pages_one_board(morph):
    got = roles(CAPTION, lang="sv", morph=morph)
    for name in ("Alma Berg", "Bror Dahl", "Cilla Eng", "Egon Gran"):
        assert (key(name), "member", "Förbundsstyrelsen") in got, name
    assert (key("Doris Falk"), "chair", "Förbundsstyrelsen") in got
    assert (key("Doris Falk"), "member", "Förbundsstyrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_left_to_right_caption_of_no_body_reads_no_seats(morph):
    text = "Vinnarna i golf, från vänster: Alma Berg, Bror Dahl och Cilla Eng.\n"
    assert not any(r == "member" for _p, r, _b in roles(text, lang="sv", morph=morph))


CHOSEN_RUN = (
    "Till ny valberedning valdes: Olle Ask, sammankallande\n\n"
    "Per Erik Berg, Karin Dahl, Jenny-Ann Eng, Kevin Falk\n\n"
    " \n\n"
    "Kongressen hann inte med allt, så en extra kongress hålls i höst.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_entries_after_chosen_across_a_paragraph_break(morph):
    got = roles(CHOSEN_RUN, lang="sv", morph=morph)
    for name in ("Olle Ask", "Per Erik Berg", "Karin Dahl", "Jenny-Ann Eng", "Kevin Falk"):
        assert (key(name), "member", "Valberedning") in got, name


BRACKETED = (
    "Yhtymähallitus\n"
    "Yhtymähallituksen jäsenet\n"
    "Varajäsenet ilmoitettu suluissa.\n"
    "- Aino Koivula, pj. (Eero Salo)\n"
    "- Ville Niemelä (Kaisa Pori)\n"
    "- Tuula Ranta (Abdikarim Warsame)\n"
    "- Olli Saari (Liisa Heino)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bracketed_deputies_read_by_their_shape_under_a_deputies_in_brackets_line(morph):
    got = roles(BRACKETED, lang="fi", morph=morph)
    for name in ("Kaisa Pori", "Abdikarim Warsame"):
        assert any(p == key(name) and r == "deputy_member" for p, r, _b in got), name
        assert not any(p == key(name) and r == "member" for p, r, _b in got), name


@pytest.mark.parametrize("morph", MORPHS)
def test_brackets_without_a_deputies_line_are_not_deputies(morph):
    text = BRACKETED.replace("Varajäsenet ilmoitettu suluissa.\n", "")
    got = roles(text, lang="fi", morph=morph)
    assert not any(p == key("Abdikarim Warsame") for p, _r, _b in got)


CO_CHAIRS = (
    "Ravitsemuksen ohjausryhmä on asetettu\n\n"
    "Ministeriö asetti ohjausryhmän seuraamaan ohjelman toteutumista.\n\n"
    "Ryhmän puheenjohtajina toimivat johtaja Leena Rautio maa- ja metsätalousministeriöstä "
    "sekä ylijohtaja Matti Kivelä sosiaali- ja terveysministeriöstä. Ryhmän toimikausi on "
    "1.1.2024 - 31.12.2026.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_chairs_in_the_plural_essive_in_the_titled_body(morph):
    got = roles(CO_CHAIRS, lang="fi", morph=morph)
    for name in ("Leena Rautio", "Matti Kivelä"):
        assert any(p == key(name) and r == "chair" and "ohjausryhmä" in b.casefold()
                   for p, r, b in got), name  # fmt: skip


@pytest.mark.parametrize("morph", MORPHS)
def test_one_name_after_a_plural_post_reads_no_co_chairs(morph):
    text = CO_CHAIRS.replace(" sekä ylijohtaja Matti Kivelä sosiaali- ja terveysministeriöstä", "")
    got = roles(text, lang="fi", morph=morph)
    assert not any(r == "chair" and b == "Ryhmä" for _p, r, b in got)


NAME_PLACE = (
    "Förbundet arbetar för bättre vård. ADRESS Box 12, 111 22 Stockholm. "
    "HJÄRTFÖRBUNDETS STYRELSE Agnes Holm, Luleå, Bertil Ström, Skövde, Cecilia Nord, Malmö, "
    "David Lund, Gävle. Ersättare: Elsa Berg, Umeå, Fredrik Ek, Borås, Greta Sand, Visby. "
    "KONGRESS 2024\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_flattened_run_of_names_and_towns_after_a_board_with_deputies(morph):
    got = roles(NAME_PLACE, lang="sv", morph=morph)
    for name in ("Agnes Holm", "Bertil Ström", "Cecilia Nord", "David Lund"):
        assert any(p == key(name) and r == "member" for p, r, _b in got), name
    for name in ("Elsa Berg", "Fredrik Ek", "Greta Sand"):
        assert any(p == key(name) and r == "deputy_member" for p, r, _b in got), name
    assert not any(p in ("Luleå", "Skövde", "Umeå") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_and_towns_with_no_body_before_reads_no_seats(morph):
    text = "Vinnare i år: Agnes Holm, Luleå, Bertil Ström, Skövde, Cecilia Nord, Malmö.\n"
    assert not any(r == "member" for _p, r, _b in roles(text, lang="sv", morph=morph))


CAPTION_PROSE = (
    "Seniorförbundets nyvalda styrelse, från vänster: Alma Berg, Bror Dahl, Cilla Eng och "
    "Doris Falk.\n\n"
    "Vid kongressen i Växjö fick Bror Dahl fortsatt förtroende som förbundsordförande. Cilla Eng "
    "valdes till ny förbundssekreterare. Alma Berg har suttit i förbundsstyrelsen sedan 2019.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_caption_persons_post_from_a_sentence_about_them(morph):
    got = roles(CAPTION_PROSE, lang="sv", morph=morph)
    assert (key("Bror Dahl"), "chair", "Förbundsstyrelsen") in got
    assert (key("Cilla Eng"), "secretary", "Förbundsstyrelsen") in got
    assert (key("Alma Berg"), "member", "Förbundsstyrelsen") in got
    assert (key("Doris Falk"), "member", "Förbundsstyrelsen") in got


@needs_voikko
def test_a_place_in_a_local_case_before_a_name_is_no_part_of_it():
    text = (
        "Yhtymähallituksen kokouksessa valittiin uusi puheenjohtaja.\n"
        "Varapuheenjohtajaksi valittiin Rovaniemeltä Anja Heikkala.\n"
    )
    people = {p for p, _r, _b in roles(text, lang="fi")}
    assert key("Anja Heikkala") in people
    assert not any("Rovaniemeltä" in p for p in people)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_a_title_and_a_name_with_no_body_heading_reads_no_seat(morph):
    text = "Puheenjohtaja maa- ja metsätalousministeri Kerttu Kallioniemi\n"
    assert not any(r == "chair" and b for _p, r, b in roles(text, lang="fi", morph=morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_the_last_named_with_no_seat_before_is_no_body(morph):
    text = "Personliga ersättare för de sistnämnda är Lisa Sand, Nils Ström och Ada Vik.\n"
    got = roles(text, lang="sv", morph=morph)
    assert not any("nämnda" in b.casefold() for _p, _r, b in got)


GLUED = (
    "Referensgrupp för äldrefrågor\n\n"
    "I referensgruppen ingår:\n\n"
    "Olle Strand, Region NorrbyAnna Lindgren, Region SöderbyPer Sundberg, Region Västerby\n\n"
    "Karin Nyström, Region Österby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_entries_glued_with_no_separator_on_a_list_line(morph):
    got = roles(GLUED, lang="sv", morph=morph)
    for name in ("Olle Strand", "Anna Lindgren", "Per Sundberg", "Karin Nyström"):
        assert any(p == key(name) and r == "member" for p, r, _b in got), name


@pytest.mark.parametrize("morph", MORPHS)
def test_an_organisation_glued_after_a_name_is_no_entry(morph):
    text = "Vanhusneuvoston jäsenet\n\nNiemi PekkaNaantalin Seudun Eläkeläiset\n"
    people = {p for p, _r, _b in roles(text, lang="fi", morph=morph)}
    assert not any("Naantalin" in p for p in people)
