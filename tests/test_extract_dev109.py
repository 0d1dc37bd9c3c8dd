"""hytegraph extract on layouts met in the hundred-and-eleventh held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- "• Aino Ahonensihteeri — FM, opettaja": a list line's office run on to the surname without
  a space is cut off the name (not a whole word that is itself a role's, "Varapuheenjohtaja");
  the office before a dash and the person's degree or occupation is the entry's; a name
  followed by an em dash is a name like one before an en dash; "Yleisvarajäsenet:" (general
  deputies) heads deputies;
- an annual report's "Hallituksen muodostivat" over "Name<run of spaces>office" lines: the
  people the body was made up of; a heading after the list whose first word the text writes
  in small letters elsewhere ("Retkipäivä Kuopioon siirtyi" over "yhdistyksen retkipäivä …")
  is a common noun, no one's first name (a first name that is also a word, "Tuuli", keeps its
  seat when an office follows it);
- headings of one body's terms ("Hallitus keväällä 2020", "Hallitus syksyllä 2020
  (nykyinen)"; "Styrelse 2022 (nuvarande)"): the seats under the heading not marked current
  are past ones; with no heading marked, both terms' seats stand as before;
- a body's heading ("• Hallitus") over "Name, puheenjohtaja" and "Name, varapuheenjohtaja"
  lines and then names alone on their lines: the officers, and the others its members;
- "Aho Aino, vastuuopettaja (aino.aho@…)" under a pupils' board's names: the teacher in
  charge of the body holds no seat (a teacher's seat, "opettajajäsen", stays).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

GLUED_OFFICES = (
    "Hallituksen jäsenet\n\n"
    "Varsinaiset jäsenet:\n"
    " • Veera Lampinensihteeri — FM, kuvataideopettaja\n"
    " • Oskari Rinnevarapuheenjohtaja — DI\n"
    " • Helmi Kuusistopuheenjohtaja — KTM, yrittäjä\n"
    " • Jere Aaltonen — FM, historian ja yhteiskuntaopin opettaja\n"
    "Yleisvarajäsenet:\n"
    " • Noora Heikura — sairaanhoitaja\n"
    " • Ville-Pekka Rasi — insinööri, kouluttaja\n\n"
    "Yhdistyksen tarkoitus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_run_on_to_the_surname_and_general_deputies(morph):
    got = held(GLUED_OFFICES, "fi", morph)
    assert ("Helmi Kuusisto", "chair", "Hallitus") in got
    assert ("Oskari Rinne", "vice_chair", "Hallitus") in got
    assert ("Veera Lampinen", "secretary", "Hallitus") in got
    assert ("Jere Aaltonen", "member", "Hallitus") in got
    assert ("Noora Heikura", "deputy_member", "Hallitus") in got
    assert ("Ville-Pekka Rasi", "deputy_member", "Hallitus") in got
    assert not any(p.endswith(("sihteeri", "puheenjohtaja")) for p, _r, _b in got)


ROLE_WORD_GLUED = (
    "Hallituksen jäsenet\n\n"
    " • Helmi Kuusisto, puheenjohtaja\n"
    " • Nuorten Varapuheenjohtaja\n"
    " • Jere Aaltonen\n"
    " • Veera Lampinen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_capitalised_role_word_is_not_cut_as_a_glued_office(morph):
    # guard: "Varapuheenjohtaja" is a role's word as a whole: no "Nuorten Vara" cut off it
    got = held(ROLE_WORD_GLUED, "fi", morph)
    assert ("Helmi Kuusisto", "chair", "Hallitus") in got
    assert not any(p.startswith("Nuorten") for p, _r, _b in got)


REPORT = (
    "Toimintakertomus 2021\n\n"
    "Yhdistyksen hallitus kokoontui vuoden aikana neljä kertaa.\n\n"
    "Hallituksen muodostivat\n\n"
    "Sampo Linnanmäki                     puheenjohtaja\n\n"
    "Irja Vesterinen                  varapuheenjohtaja\n\n"
    "Toni Kaarlela                         jäsen\n\n"
    "Aila Mustakallio                    jäsen\n\n"
    "Reino Paasivaara                   sihteeri\n\n"
    " \n\n"
    "Retkipäivä Kuopioon siirtyi\n\n"
    " \n\n"
    "Yhdistyksen retkipäivä Kuopioon oli tarkoitus pitää toukokuussa. Matka siirtyi syksyyn.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_board_an_annual_report_says_it_was_made_up_of(morph):
    got = {(p, r) for p, r, b in held(REPORT, "fi", morph) if b.casefold().endswith("hallitus")}
    assert ("Sampo Linnanmäki", "chair") in got
    assert ("Irja Vesterinen", "vice_chair") in got
    assert ("Toni Kaarlela", "member") in got
    assert ("Aila Mustakallio", "member") in got
    assert ("Reino Paasivaara", "secretary") in got
    assert not any(p.startswith("Retkipäivä") for p, _r in got)


WORD_AS_FIRST_NAME = (
    "Hallituksen muodostivat\n\n"
    "Sampo Linnanmäki                     puheenjohtaja\n\n"
    "Tuuli Rantanen                  varapuheenjohtaja\n\n"
    "Toni Kaarlela                         jäsen\n\n"
    "Aila Mustakallio                    jäsen\n\n"
    " \n\n"
    "Kevät\n\n"
    " \n\n"
    "Kevään retkellä tuuli kovasti, mutta kaikki viihtyivät.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_that_is_also_a_word_keeps_its_seat(morph):
    # guard: "tuuli" in small letters elsewhere, but an office follows the name on its line
    got = held(WORD_AS_FIRST_NAME, "fi", morph)
    assert ("Tuuli Rantanen", "vice_chair", "Hallitus") in got


TERMS = (
    "Oppilaskunnan hallitus\n\n"
    "Hallitus keväällä 2020\n\n"
    "Aada Leinonen, puheenjohtaja\n"
    "Eetu Pesonen, sihteeri\n"
    "Iida Rantala, varapuheenjohtaja\n"
    "Onni Haapala, tiedotusvastaava\n\n"
    "Hallitus syksyllä 2020 (nykyinen)\n\n"
    "Veeti Kauppinen – puheenjohtaja\n"  # noqa: RUF001
    "Eetu Pesonen – varapuheenjohtaja\n"  # noqa: RUF001
    "Nelli Huttunen – sihteeri\n"  # noqa: RUF001
    "Ronja Salmi – rahastonhoitaja\n\n"  # noqa: RUF001
    "Syksyllä oppilaskunta järjesti koulun alkajaisiin tempauksen ja jakoi uusille "
    "opiskelijoille lokeroiden avaimet.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_term_the_page_marks_current_and_the_one_before_it(morph):
    got = held(TERMS, "fi", morph)
    assert ("Veeti Kauppinen", "chair", "Oppilaskunnan hallitus") in got
    assert ("Eetu Pesonen", "vice_chair", "Oppilaskunnan hallitus") in got
    assert ("Nelli Huttunen", "secretary", "Oppilaskunnan hallitus") in got
    assert ("Ronja Salmi", "member", "Oppilaskunnan hallitus") in got
    people = {p for p, _r, _b in got}
    assert not people & {"Aada Leinonen", "Iida Rantala", "Onni Haapala"}
    assert ("Eetu Pesonen", "secretary", "Oppilaskunnan hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_terms_with_none_marked_current_both_stand(morph):
    # guard: no "(nykyinen)": which term holds is not said, both lists read as before
    got = held(TERMS.replace(" (nykyinen)", ""), "fi", morph)
    assert ("Aada Leinonen", "chair", "Oppilaskunnan hallitus") in got
    assert ("Veeti Kauppinen", "chair", "Oppilaskunnan hallitus") in got


SV_TERMS = (
    "Elevkårens styrelse\n\n"
    "Styrelse 2021\n\n"
    "Alva Lindqvist, ordförande\n"
    "Hugo Berglund, sekreterare\n"
    "Elsa Nyholm, vice ordförande\n"
    "Otto Sandell, kassör\n\n"
    "Styrelse 2022 (nuvarande)\n\n"
    "Wilma Åberg, ordförande\n"
    "Hugo Berglund, vice ordförande\n"
    "Ebba Holmström, sekreterare\n"
    "Leo Grönqvist, kassör\n\n"
    "Under hösten ordnade elevkåren en välkomstfest för de nya studerandena och delade ut "
    "skåpnycklar.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_swedish_term_marked_current(morph):
    got = held(SV_TERMS, "sv", morph)
    people = {(p, r) for p, r, _b in got}
    assert ("Wilma Åberg", "chair") in people
    assert ("Hugo Berglund", "vice_chair") in people
    assert ("Ebba Holmström", "secretary") in people
    assert not {p for p, _r in people} & {"Alva Lindqvist", "Elsa Nyholm", "Otto Sandell"}


OFFICERS_THEN_NAMES = (
    "Hallinto\n\n"
    "Koulua ylläpitää koulun kannatusyhdistys. Syyskokouksessa hyväksytään tulevan vuoden "
    "budjetti ja valitaan hallituksen jäsenet.\n\n"
    "Johtokunnat\n\n"
    "Johtokunnat vastaavat osastojen taloudesta ja toiminnasta.\n\n"
    " \n\n"
    " • Hallitus\n\n"
    "  Oona Pelkonen, puheenjohtaja\n\n"
    "  Elmeri Kallunki, varapuheenjohtaja\n\n"
    "  Tuula Hirvikoski\n\n"
    "  Jari Seppälä-Koivu\n\n"
    "  Minna Ylitalo\n\n"
    "  Kalle "
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_then_names_alone_under_a_bulleted_heading(morph):
    got = held(OFFICERS_THEN_NAMES, "fi", morph)
    assert ("Oona Pelkonen", "chair", "Hallitus") in got
    assert ("Elmeri Kallunki", "vice_chair", "Hallitus") in got
    assert ("Tuula Hirvikoski", "member", "Hallitus") in got
    assert ("Jari Seppälä-Koivu", "member", "Hallitus") in got
    assert ("Minna Ylitalo", "member", "Hallitus") in got
    # the body under the bullet, not the one the heading above spoke of
    assert not any(b.casefold().startswith("johtokun") for _p, _r, b in got)
    # the name the page cuts after its first word: no one
    assert not any(p.startswith("Kalle") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_then_names_alone_between_blank_lines(morph):
    text = (
        "Hallitus\n\n"
        "Oona Pelkonen, puheenjohtaja\n\n"
        "Elmeri Kallunki, varapuheenjohtaja\n\n"
        "Tuula Hirvikoski\n\n"
        "Jari Seppälä-Koivu\n"
    )
    got = held(text, "fi", morph)
    assert ("Oona Pelkonen", "chair", "Hallitus") in got
    assert ("Elmeri Kallunki", "vice_chair", "Hallitus") in got
    assert ("Tuula Hirvikoski", "member", "Hallitus") in got
    assert ("Jari Seppälä-Koivu", "member", "Hallitus") in got


PUPILS_BOARD = (
    "Lukion opiskelijakunnan hallituksen jäsenet 2021:\n"
    "Sanni Uotila (puheenjohtaja)\n"
    "Arttu Kemppainen\n"
    "Lotta Vainikka\n"
    "Mikael Hurme\n"
    "Hartikainen Reija, vastuuopettaja (reija.hartikainen@koulu.example)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_teacher_in_charge_holds_no_seat(morph):
    got = held(PUPILS_BOARD, "fi", morph)
    assert ("Sanni Uotila", "chair", "Lukion opiskelijakunnan hallitus") in got
    assert ("Mikael Hurme", "member", "Lukion opiskelijakunnan hallitus") in got
    assert not any("Hartikainen" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_teachers_seat_on_the_board_stays(morph):
    # guard: "opettajajäsen" is a seat on the board, not the teacher in charge of it
    text = PUPILS_BOARD.replace(
        "Hartikainen Reija, vastuuopettaja (reija.hartikainen@koulu.example)",
        "Reija Hartikainen, opettajajäsen",
    )
    got = held(text, "fi", morph)
    assert ("Reija Hartikainen", "member", "Lukion opiskelijakunnan hallitus") in got


ADDRESSES = (
    "Nuorisovaltuuston jäsenet ovat:\n\n"
    "Pj.          Oona Pelkonen               oona.pelkonen@posti.example\n\n"
    "             Tuula Hirvikoski            tuula.hirvikoski@posti.example\n\n"
    "             Jari Seppälä                jari.seppala@posti.example\n\n"
    "             Minna Ylitalo               minna.ylitalo@posti.example\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_first_name_written_small_in_an_address_is_still_a_name(morph):
    # guard: "tuula" in the e-mail address is no word of the text's
    got = held(ADDRESSES, "fi", morph)
    assert ("Tuula Hirvikoski", "member", "Nuorisovaltuusto") in got
    assert ("Jari Seppälä", "member", "Nuorisovaltuusto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_title_before_a_name_is_not_a_glued_office(morph):
    # guard: "Toimistosihteeri Lehtola Sari": an office's word ends the title, a name follows
    text = (
        "Vanhusneuvosto\n\n"
        "Valmistelija Toimistosihteeri Lehtola Sari\n\n"
        "Vanhusneuvoston jäsenet:\n"
        "Aino Ahola, puheenjohtaja\n"
        "Pekka Puu\n"
        "Liisa Laine\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "chair", "Vanhusneuvosto") in got
    assert not any(p.startswith("Valmistelija") for p, _r, _b in got)
