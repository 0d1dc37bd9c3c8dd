"""hytegraph extract on layouts met in the twenty-fourth to twenty-seventh held-out sets:
made-up snippets, one per mechanism."""

from __future__ import annotations

from tests.extract_snippets import key, needs_voikko, roles


def test_the_organ_that_appoints_a_list_is_not_the_body_it_sits_in():
    text = (
        "Pensionärsrådet\n\n"
        "Rådet är en länk mellan föreningarna och kommunen. Kommunstyrelsen ska ge rådet "
        "tid att yttra sig.\n\n"
        "Sammansättning 2023-2026\n\n"
        "Ledamöter valda av kommunstyrelsen\n\n"
        "Sigrid Almkvist (S), ordförande\n"
        "Torbjörn Hedlund (M)\n\n"
        "Seniorföreningen Norrby\n\n"
        "Ledamot: Ragnhild Sundqvist\n"
        "Ersättare: Evert Lindgren\n"
    )
    body = "Pensionärsrådet"
    assert roles(text, "sv") == {
        (key("Sigrid Almkvist"), "chair", body),
        (key("Torbjörn Hedlund"), "member", body),
        (key("Ragnhild Sundqvist"), "member", body),
        (key("Evert Lindgren"), "deputy_member", body),
    }


def test_a_deputies_heading_with_whom_they_come_from_after_a_dash():
    text = (
        "Norrby kommuns tillgänglighetsråd\n\n"
        "Rådet är knutet till kommunstyrelsen och möts fyra gånger om året.\n\n"
        "Ledamöter - Föreningar i Norrby\n\n"
        "Ingvar Blom, Synskadades förening\n"
        "Mona Dahlberg, Reumatikerföreningen\n\n"
        "Ersättare - Föreningar i Norrby\n\n"
        "Kerstin Ahlgren, Hörselskadades förening\n"
        "Folke Nyström, Strokeföreningen\n"
    )
    body = "Norrby kommuns tillgänglighetsråd"
    assert roles(text, "sv") == {
        (key("Ingvar Blom"), "member", body),
        (key("Mona Dahlberg"), "member", body),
        (key("Kerstin Ahlgren"), "deputy_member", body),
        (key("Folke Nyström"), "deputy_member", body),
    }


def test_the_board_s_members_named_by_a_compound_word_are_no_body():
    text = (
        "Pressmeddelande\n\n"
        "Till ny styrelseordförande valdes Gustav Lindqvist (SFP) från Borgå.\n\n"
        "Till viceordförande för styrelsen valdes Jonas Ek från SDP. Övriga styrelsemedlemmar "
        "är: Hanna Sjöberg (SDP), Mikael Öhman (SAML) och Lovisa Berg (De Gröna).\n"
    )
    got = roles(text, "sv")
    assert "Styrelsemedlemmar" not in {body for _who, _role, body in got}
    assert {
        (key("Gustav Lindqvist"), "chair", "Styrelse"),
        (key("Hanna Sjöberg"), "member", "Styrelse"),
        (key("Mikael Öhman"), "member", "Styrelse"),
        (key("Lovisa Berg"), "member", "Styrelse"),
    } <= got


@needs_voikko
def test_minutes_attendance_run_together_under_present_and_absent():
    text = (
        "Paikalla: Varsinaiset jäsenet: Matti Aaltonen, puheenjohtaja Liisa Hiltunen, "
        "varapuheenjohtaja (poistui klo 19.05) Pekka Rautio Anna Kivelä Jussi Toivola "
        "(saapui klo 18.20) Maria Kettunen Varajäsenet: Ville Huttunen Emilia Saari "
        "Muut osallistujat: Kaisa Pelkonen, kunnanjohtaja Poissa: Varsinaiset jäsenet: "
        "Timo Lehtola Sanna Väisänen\n"
        "Asialista 1. Kokouksen avaus\n"
        "1. Kokouksen avaus Lasten parlamentti on kutsuttu koolle laillisesti ja on "
        "päätösvaltainen.\n"
    )
    body = "Lasten parlamentti"
    assert roles(text) == {
        (key("Matti Aaltonen"), "chair", body),
        (key("Liisa Hiltunen"), "vice_chair", body),
        (key("Pekka Rautio"), "member", body),
        (key("Anna Kivelä"), "member", body),
        (key("Jussi Toivola"), "member", body),
        (key("Maria Kettunen"), "member", body),
        (key("Ville Huttunen"), "deputy_member", body),
        (key("Emilia Saari"), "deputy_member", body),
        (key("Timo Lehtola"), "member", body),
        (key("Sanna Väisänen"), "member", body),
    }


def test_minutes_attendance_with_no_body_convened_proposes_nothing():
    text = (
        "Paikalla: Varsinaiset jäsenet: Matti Aaltonen, puheenjohtaja Liisa Hiltunen "
        "Pekka Rautio Anna Kivelä\n"
        "Asialista 1. Kokouksen avaus\n"
    )
    assert roles(text) == set()


def test_a_flattened_table_of_two_members_per_place_under_the_body_s_heading():
    text = (
        "Regionstämman 2025 - 2028\n\n"
        "Regionstämman för Norrby kommunförbund utser nämnden som leder arbetet.\n\n"
        "Regionstämmans medlemmar\n"
        "Ordförande Harald Nyberg Västby\n"
        "1.viceordförande Signe Wallin Östby\n"
        "Västby Harald Nyberg Elsa Lund\n"
        "Östby Arvid Holm Signe Wallin\n"
        "Norrvik Oskar P Berglund Greta Falk\n"
        "Sandö Ture Ek Vera Åberg\n"
    )
    got = roles(text, "sv")
    assert {body for _who, _role, body in got} == {"Regionstämman"}
    assert {(who, role) for who, role, _body in got} == {
        (key("Harald Nyberg"), "chair"),
        (key("Signe Wallin"), "vice_chair"),
        (key("Elsa Lund"), "member"),
        (key("Arvid Holm"), "member"),
        (key("Oskar P Berglund"), "member"),
        (key("Greta Falk"), "member"),
        (key("Ture Ek"), "member"),
        (key("Vera Åberg"), "member"),
    }


def test_three_lines_of_a_place_and_two_names_under_no_body_propose_nothing():
    text = (
        "Kontakter\n"
        "Västby Harald Nyberg Elsa Lund\n"
        "Östby Arvid Holm Signe Wallin\n"
        "Sandö Ture Ek Vera Åberg\n"
    )
    assert roles(text, "sv") == set()


def test_a_role_in_lower_case_between_the_name_and_the_place_it_is_for():
    text = (
        "Styrelsens medlemmar\n"
        "Harald Nyberg ordförande Västra Norrby\n"
        "Signe Wallin vice ordförande Skärgården\n"
        "Elsa Lund ledamot Östra Norrby\n"
    )
    assert roles(text, "sv") == {
        (key("Harald Nyberg"), "chair", "Styrelsen"),
        (key("Signe Wallin"), "vice_chair", "Styrelsen"),
        (key("Elsa Lund"), "member", "Styrelsen"),
    }


@needs_voikko
def test_a_member_deputy_table_flattened_cell_by_cell_alternates_member_and_deputy():
    text = (
        "Vammaisneuvosto\n\n"
        "Testilän vammaisneuvoston jäsenet 2025-2027\n\n"
        "Jäsen Varajäsen\n"
        "Kivelä Aino, pj\n"
        "Testilän Invalidit ry\n"
        "040 123 4567\n"
        "aino.kivela(at)example.fi\n"
        "Rautio Pekka\n"
        "Testilän Invalidit ry\n"
        "Hiltunen Liisa\n"
        "Testilän Näkövammaiset ry\n"
        "050 765 4321 Toivola Jussi\n"
        "Testilän Näkövammaiset ry\n"
        "Kettunen Maria, vpj\n"
        "kaupungin edustaja\n"
        "Saari Emilia\n"
        "Pelkonen Kaisa\n"
        "sihteeri\n"
        "044 111 2222\n"
    )
    body = "Testilän vammaisneuvosto"
    assert roles(text) == {
        (key("Aino Kivelä"), "chair", body),
        (key("Pekka Rautio"), "deputy_member", body),
        (key("Liisa Hiltunen"), "member", body),
        (key("Jussi Toivola"), "deputy_member", body),
        (key("Maria Kettunen"), "vice_chair", body),
        (key("Emilia Saari"), "deputy_member", body),
        (key("Kaisa Pelkonen"), "secretary", body),
    }


@needs_voikko
def test_names_glued_to_the_organisation_they_speak_for():
    text = (
        "Testilän vanhusneuvoston jäsenet\n"
        "Kivelä AinoTestilän Eläkkeensaajat ry\n"
        "Rautio PekkaSPR Testilän osasto\n"
        "Hiltunen LiisaTestilän seurakunta\n"
    )
    body = "Testilän vanhusneuvosto"
    assert roles(text) == {
        (key("Aino Kivelä"), "member", body),
        (key("Pekka Rautio"), "member", body),
        (key("Liisa Hiltunen"), "member", body),
    }


def test_list_lines_of_one_shape_stay_apart_after_a_trailing_comma():
    text = (
        "Testilän lautakunta\n\n"
        "Lautakunnan puheenjohtajisto:\n"
        "Aino Kivelä, puheenjohtaja, Kesk., (Testilä),\n"
        "Pekka Rautio, 1. varapuheenjohtaja, SDP, (Testilä),\n"
        "Liisa Hiltunen, 2. varapuheenjohtaja, KOK, (Testilä)\n"
    )
    assert {(who, role) for who, role, _body in roles(text)} == {
        (key("Aino Kivelä"), "chair"),
        (key("Pekka Rautio"), "vice_chair"),
        (key("Liisa Hiltunen"), "vice_chair"),
    }


def test_people_who_serve_in_a_body_named_in_the_inessive():
    text = (
        "Uusi nuorisovaltuusto\n\n"
        "Testilän nuorisovaltuustossa vaikuttavat tällä kaudella Aino Kivelä, Pekka Rautio "
        "ja Liisa Hiltunen. Kuva: kunta.\n"
    )
    body = "Testilän nuorisovaltuusto"
    assert roles(text) == {
        (key("Aino Kivelä"), "member", body),
        (key("Pekka Rautio"), "member", body),
        (key("Liisa Hiltunen"), "member", body),
    }
