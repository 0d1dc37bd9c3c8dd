"""hytegraph extract on layouts met in the hundred-and-eighty-fifth and hundred-and-eighty-ninth
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- an officer's word in the nominative right after a name and before a comma, in a list of
  names after a role word ("varsinaiset jäsenet A varapuheenjohtaja, B, C sihteeri,
  varajäsenet D ja E"), is that name's office; the list goes on after the comma, and the
  word begins no list of its own;
- a line whose last sentence names a body and ends in a colon, then a run of "Name, duties"
  items split by semicolons and wrapped over indented lines (blank lines between them): the
  first word of an item's duties gives the seat (chair, vice chair, secretary), a treasurer or
  any other task a member's; the names after the last semicolon with no duty get no row;
- "… ja C sekä varajäseninä D ja E": a role in the essive after "sekä" and before names
  begins the next role's list, the name before it stays in the list before;
- "heidän jäädessä pois hallituksesta": persons thanked on leaving the board hold no seat,
  the one titled "hallituksen jäsen" included;
- a name is never read with a question's clitic ("Arjanko" is no "Arjan" and "-ko");
- a body's name in capitals with a genitive before its head ("KYLÄSEURAN HALLITUS") is read
  whole by the rules reader too (not with a word in -NEN or -SEN before it, "SEURAN NYKYINEN
  HALLITUS": an adjective, left alone in ``test_extract_dev164``);
- "A (vas.), B, C (edessä) ja D ovat X:n hallituksen jäseniä": where a person stands in the
  photo, in parentheses after the name, is no end of the list of names before the role;
- right after a line ending in a colon, three cards or more, each a name alone on a line
  printed again on the next and the person's own words after it: when the cards' names the
  rules read are all read in one body, the other cards' persons are members of it;
- a name read as written ending in -een, beside the same name ending in -e on the page
  ("Aino Mantereen" beside "Aino Mantere"), is the e-stem's genitive, not another person.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_a_name_before_a_comma_in_a_members_list(morph):
    text = (
        "Hallinto\n\n"
        "Johtokuntaan ovat kuuluneet puheenjohtaja Olli Virtanen, varsinaiset jäsenet Mikko "
        "Mäkelä varapuheenjohtaja, Sari Laitinen, Pekka Salonen, Anna Koskimaa sihteeri, "
        "varajäsenet Kalle Nurmi ja Liisa Aalto.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "chair", "Johtokunta") in got
    assert ("Mikko Mäkelä", "vice_chair", "Johtokunta") in got
    assert ("Sari Laitinen", "member", "Johtokunta") in got
    assert ("Pekka Salonen", "member", "Johtokunta") in got
    assert ("Anna Koskimaa", "secretary", "Johtokunta") in got
    assert ("Kalle Nurmi", "deputy_member", "Johtokunta") in got
    assert ("Sari Laitinen", "vice_chair", "Johtokunta") not in got
    assert ("Pekka Salonen", "vice_chair", "Johtokunta") not in got
    assert ("Anna Koskimaa", "vice_chair", "Johtokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_before_the_names_it_heads(morph):
    # no comma after the office word: it heads the name after it
    text = (
        "Johtokuntaan ovat kuuluneet puheenjohtaja Olli Virtanen, varapuheenjohtaja Mikko "
        "Mäkelä, sihteeri Anna Koskimaa ja jäsenet Sari Laitinen ja Pekka Salonen.\n"
    )
    got = held(text, "fi", morph)
    assert ("Mikko Mäkelä", "vice_chair", "Johtokunta") in got
    assert ("Anna Koskimaa", "secretary", "Johtokunta") in got
    assert ("Olli Virtanen", "vice_chair", "Johtokunta") not in got


SEMICOLON_RUN = (
    "Hallinto ja jäsenistö\n\n"
    "Jäseniä oli vuoden lopussa 210. Hallituksen muodosti puheenjohtaja ja 6 varsinaista ja "
    "2 varajäsentä:\n\n"
    "    Olli Virtanen, puheenjohtaja; Mikko Mäkelä varapuheenjohtaja;  Sari Laitinen,   \n\n"
    "   sihteeri ja retkivastaava ;Pekka Salonen, taloudenhoitaja ;Anna Koskimaa tiedottaja ja\n\n"
    "   nettisivut; Kalle Nurmi, kuoro ; Liisa Aalto, Lohjan alue ; Timo Lehto  ja Maija\n\n"
    "   Kallio                                   \n\n"
    "   Toiminnantarkastajina ovat toimineet Eero Hämäläinen ja Aili Saari.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_semicolon_run_of_names_and_duties_over_wrapped_lines(morph):
    got = held(SEMICOLON_RUN, "fi", morph)
    assert ("Olli Virtanen", "chair", "Hallitus") in got
    assert ("Mikko Mäkelä", "vice_chair", "Hallitus") in got
    assert ("Sari Laitinen", "secretary", "Hallitus") in got
    assert ("Pekka Salonen", "member", "Hallitus") in got
    assert ("Anna Koskimaa", "member", "Hallitus") in got
    assert ("Kalle Nurmi", "member", "Hallitus") in got
    assert ("Liisa Aalto", "member", "Hallitus") in got
    # the names with no duty after the last semicolon: no guess
    assert not any(p in ("Timo Lehto", "Maija Kallio") for p, _r, _b in got)
    assert not any(p == "Eero Hämäläinen" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_semicolons_in_prose_after_a_colon(morph):
    # items that are no name and its duties: no such run
    text = (
        "Hallituksen toiminta vuonna 2018:\n\n"
        "Hallitus kokoontui kuusi kertaa; retkiä tehtiin kolme; Olli Virtanen, puheenjohtaja; "
        "Mikko Mäkelä, sihteeri; jäseniä oli 210.\n"
    )
    assert not any(f.rule == "list-semicolon-run" for f in findings(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_names_before_the_next_role_in_the_essive(morph):
    text = (
        "Hallituksen puheenjohtajana toimi Olli Virtanen, varapuheenjohtajana Mikko Mäkelä, "
        "sihteerinä Anna Koskimaa, taloudenhoitajana Pekka Salonen, jäseninä Sari Laitinen, "
        "Kalle Nurmi ja Eero Koskenranta sekä varajäseninä Liisa Aalto ja Maija Kallio.\n"
    )
    got = held(text, "fi", morph)
    assert ("Eero Koskenranta", "member", "Hallitus") in got
    assert ("Kalle Nurmi", "member", "Hallitus") in got
    assert ("Liisa Aalto", "deputy_member", "Hallitus") in got
    assert ("Maija Kallio", "deputy_member", "Hallitus") in got
    assert ("Eero Koskenranta", "deputy_member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_thanked_on_leaving_the_board(morph):
    text = (
        "Vuosikokous oli 24.1.2019. Yhdistyksen sihteeri Aino Lehto sekä\n\n"
        "hallituksen jäsen Mikko Mäkelä saivat kukkakimput pitkäaikaisesta työstä\n\n"
        "heidän jäädessä pois hallituksesta.\n"
    )
    got = held(text, "fi", morph)
    assert not any(p in ("Aino Lehto", "Mikko Mäkelä") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_titled_member_elected_to_an_office(morph):
    # no one leaves: the titled member's seat stands
    text = "Puheenjohtajaksi valittiin hallituksen jäsen Mikko Mäkelä.\n"
    got = held(text, "fi", morph)
    assert any(p == "Mikko Mäkelä" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_with_no_question_clitic(morph):
    text = (
        "Hallituksen puheenjohtajana toimi Olli Virtanen, jäseninä Sari Laitinen ja Kalle "
        "Nurmi sekä varajäseninä Liisa Aalto ja Maija Kallio-Arjanko.\n"
    )
    got = held(text, "fi", morph)
    assert ("Maija Kallio-Arjanko", "deputy_member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_body_in_capitals_with_its_genitive(morph):
    text = (
        "HALLITUS JA SÄÄNNÖT\n\n\n"
        "MÄNTYLÄN KYLÄSEURAN HALLITUS  1.6.2022 ALKAEN\n\n"
        "Puheenjohtaja: Olli Virtanen puh: 040-1234567\n\n"
        "Saunatoimikunnan pj: Olli Virtanen\n\n"
        "Varapuheenjohtaja: Mikko Mäkelä\n\n"
        "Sihteeri: Anna Koskimaa\n\n"
        "Jäsen: Sari Laitinen, Kalle Nurmi ja Liisa Aalto\n"
    )
    got = held(text, "fi", morph)
    assert ("Mikko Mäkelä", "vice_chair", "MÄNTYLÄN KYLÄSEURAN HALLITUS") in got
    assert ("Anna Koskimaa", "secretary", "MÄNTYLÄN KYLÄSEURAN HALLITUS") in got
    assert ("Mikko Mäkelä", "vice_chair", "Saunatoimikunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_genitive_in_een_beside_the_name_in_e(morph):
    text = (
        "Testilä-Seuran johtokunta 2021\n\n"
        "Johtokunnan puheenjohtajana jatkaa Aino Mantere ja varapuheenjohtajana toimii Mikko "
        "Mäkelä. Johtokunnan jäsenet kertovat lyhyesti miksi ovat mukana:\n\n"
        "Aino Mantere\n\n"
        "Aino Mantere\n"
        "Aino Mantereen haastattelun voi lukea lehden numerosta 1/2020.\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Mantere", "chair", "Testilä-Seuran johtokunta") in got
    assert not any("Mantereen" in p for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_picture_places_in_a_list_before_the_role(morph):
    text = (
        "Kuvassa viisi henkilöä.\n"
        "Olli Virtanen (vas.), Sari Laitinen, Pekka Salonen, Kalle Nurmi (edessä) ja Liisa "
        "Aalto ovat Mäntylän omakotiyhdistyksen hallituksen jäseniä.\n"
    )
    got = held(text, "fi", morph)
    for name in ("Olli Virtanen", "Sari Laitinen", "Pekka Salonen", "Kalle Nurmi", "Liisa Aalto"):
        assert (name, "member", "Mäntylän omakotiyhdistyksen hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_note_in_parentheses_that_is_no_picture_place(morph):
    # a town in the parenthesis: the list of the role's names ends there
    text = (
        "Olli Virtanen (Lohja), Sari Laitinen ja Liisa Aalto ovat Mäntylän omakotiyhdistyksen "
        "hallituksen jäseniä.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "member", "Mäntylän omakotiyhdistyksen hallitus") not in got


NAME_CARDS = (
    "Testilä-Seuran johtokunta 2021\n\n"
    "Johtokunnan puheenjohtajana jatkaa Aino Lehto ja varapuheenjohtajana toimii Mikko "
    "Mäkelä. Johtokunnan jäsenet kertovat lyhyesti miksi ovat mukana Testilä-Seurassa:\n\n"
    "Aino Lehto\n\n"
    "Aino Lehto\n"
    "Aino Lehdon haastattelun voi lukea lehden numerosta 1/2020.\n\n"
    "Sari Laitinen\n\n"
    "Sari Laitinen\n"
    "Olen mukana, koska haluan edistää kylän kehittymistä. Kiinnostukseni kohteita ovat "
    "kaavoitus ja puistot.\n\n"
    "Kalle Nurmi\n\n"
    "Kalle Nurmi\n\n"
    "Olen mukana pitämässä yllä tietoisuutta kylän historiasta.\n\n"
    "Liisa Aalto\n\n"
    "Liisa Aalto\n"
    "Haluan seurata johtokunnassa alueen kaavoitusasioita.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_of_names_printed_twice_after_a_colon(morph):
    got = held(NAME_CARDS, "fi", morph)
    for name in ("Sari Laitinen", "Kalle Nurmi", "Liisa Aalto"):
        assert (name, "member", "Testilä-Seuran johtokunta") in got
    assert ("Aino Lehto", "chair", "Testilä-Seuran johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_printed_once(morph):
    # each name printed once, no card: not read as the body's members
    text = NAME_CARDS.replace("Sari Laitinen\n\nSari Laitinen\n", "Sari Laitinen\n")
    text = text.replace("Kalle Nurmi\n\nKalle Nurmi\n", "Kalle Nurmi\n")
    text = text.replace("Liisa Aalto\n\nLiisa Aalto\n", "Liisa Aalto\n")
    got = held(text, "fi", morph)
    assert not any(f[0] == "Kalle Nurmi" and f[2] == "Testilä-Seuran johtokunta" for f in got)
