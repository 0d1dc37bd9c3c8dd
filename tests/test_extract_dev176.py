"""hytegraph extract on layouts met in the hundred-and-seventy-first held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- an office alone in parentheses right after a name in a sentence's list of members
  ("Hallituksen jäsenet ovat Aino Ek (pj), Bo Lind, …") is that person's office; the others
  stay members, and a post outside the five roles in parentheses ("(rahastonhoitaja)") leaves
  the name a member;
- a list line "Name, kind of membership, place, 1. varapuheenjohtaja" gives the office at the
  line's end, not the member's seat its kind of membership names first;
- the text's last line, cut after a comma and a word in lower case ("… valittiin Aino Ek,
  vara"), is a sentence the excerpt ends in, not a heading: its office is read;
- people named under a line that names the delegates to meetings with the meeting in the
  illative before the delegates' word ("… vuosi- ja syyskokouksiin edustajat kausiksi
  2023-2024:") are delegates, no members of the board the text spoke of before;
- a councillor's title ("kaupunginvaltuutettu") or a performer's trade ("balettitanssija")
  before a name in a run of titled names is a title, as a job is: the run goes on past it
  (also where the next sentence is glued to the last name: "… Mikko Mäkelä.Hallituksen");
- (the hundred-and-sixty-second set) a member's duty in lower case in parentheses after a name
  in a label's list ("Varapuheenjohtajat: A, B, C (jäsenvastaava)") leaves the label's office
  that name's; a label of an office and a duty joined by "ja" ("Sihteeri ja tiedotusvastaava:
  A") gives the office; a post held "hallituksen ulkopuolelta" (from outside the board) named
  between the post's word and the name is no seat in the board;
- (the hundred-and-seventy-seventh set) "osaston jäsen professori A" (a member of the
  association's branch the page is about) is no seat in the branch's board, though the board
  is named "Osaston johtokunta"; "osaston johtokunnan jäsen B" still is.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PAREN_OFFICE = (
    "Testilän kuorojen tuki ry\n\n"
    "Yhdistys tukee kuorojen toimintaa. Yhdistyksen hallituksen jäsenet ovat Aino Koskimaa "
    "(pj), Olli Virtanen, Sari Laitinen, Mikko Mäkelä (rahastonhoitaja) ja Pekka Salonen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_alone_in_parentheses_in_a_sentence_list(morph):
    got = held(PAREN_OFFICE, "fi", morph)
    assert ("Aino Koskimaa", "chair", "Yhdistyksen hallitus") in got
    assert ("Aino Koskimaa", "member", "Yhdistyksen hallitus") not in got
    assert ("Olli Virtanen", "member", "Yhdistyksen hallitus") in got
    assert ("Pekka Salonen", "member", "Yhdistyksen hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_post_outside_the_roles_in_parentheses(morph):
    got = held(PAREN_OFFICE, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Yhdistyksen hallitus") in got


BOARD_LINES = (
    "Testiliiton liittohallitus 2020-2021\n\n"
    "Hallituksen jäsenet:\n"
    "Aino Koskimaa, kannatusjäsen, Kylälä\n"
    "Olli Virtanen, varsinainen jäsen, Ekby ja Kylälä, 1. varapuheenjohtaja\n"
    "Sari Laitinen, varsinainen jäsen, Mäntylä\n"
    "Mikko Mäkelä, kannatusjäsen, Ekby, puheenjohtaja\n"
    "Pekka Salonen, varsinainen jäsen, Kylälä\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_after_the_kind_of_membership_on_a_list_line(morph):
    got = held(BOARD_LINES, "fi", morph)
    assert ("Olli Virtanen", "vice_chair", "Testiliiton liittohallitus") in got
    assert ("Olli Virtanen", "member", "Testiliiton liittohallitus") not in got
    assert ("Mikko Mäkelä", "chair", "Testiliiton liittohallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_kind_of_membership_with_no_office(morph):
    got = held(BOARD_LINES, "fi", morph)
    assert ("Sari Laitinen", "member", "Testiliiton liittohallitus") in got
    assert ("Pekka Salonen", "member", "Testiliiton liittohallitus") in got


CUT_REPORT = (
    "Testilän Soutuseuran toimintakertomus 2019\n\n"
    "Hallinto\n\n"
    "Seuran asioita hoitaa hallitus. Hallituksen jäseninä jatkavat Olli Virtanen, Sari "
    "Laitinen ja Pekka Salonen.\n\n"
    "Hallituksen järjestäytymiskokouksessa 2.4.2019 seuran puheenjohtajaksi valittiin Aino "
    "Koskimaa, vara"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_last_line_cut_after_a_comma_is_a_sentence(morph):
    got = held(CUT_REPORT, "fi", morph)
    assert any(p == "Aino Koskimaa" and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_last_line_heading(morph):
    # a short capitalised last line with no comma stays a heading: no seat read from it
    text = CUT_REPORT.rsplit("\n\n", 1)[0] + "\n\nPuheenjohtaja Aino Koskimaa"
    got = held(text, "fi", morph)
    assert ("Olli Virtanen", "member", "Hallitus") in got


DELEGATES = (
    "Kutsu Testiliiton jäsenkokoukseen\n\n"
    "5. Valitaan kaksi jäsentä liiton hallitukseen. Liiton hallituksen jäseninä jatkavat "
    "Olli Virtanen ja Sari Laitinen.\n\n"
    "6. Jäsenkokous on 3.10.2022 valinnut liiton vuosi- ja syyskokouksiin edustajat kausiksi "
    "2023-2024:\n"
    "Varsinainen jäsen Aino Koskimaa, Kylälän Kuoro, varalla Mikko Mäkelä, Ekbyn Kuoro, "
    "Varsinainen jäsen Pekka Salonen, Mäntylän Kuoro, varalla Eeva Lahtinen, Testilän Kuoro.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_delegates_to_meetings_in_the_illative_hold_no_seat(morph):
    got = held(DELEGATES, "fi", morph)
    assert not any(p in ("Aino Koskimaa", "Pekka Salonen") for p, _r, _b in got)
    assert not any(p in ("Mikko Mäkelä", "Eeva Lahtinen") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_members_named_for_the_board(morph):
    text = DELEGATES.replace("vuosi- ja syyskokouksiin edustajat", "hallitukseen jäsenet")
    got = held(text, "fi", morph)
    assert any(p == "Aino Koskimaa" for p, _r, _b in got)


TITLED_RUN = (
    "Testilän Kamarikuoron säätiön hallitus\n\n"
    "Uusiksi jäseniksi on nimetty kansanedustaja Aino Koskimaa, talousjohtaja Olli Virtanen, "
    "kaupunginvaltuutettu Sari Laitinen ja kansanedustaja Pekka Salonen. Hallituksen työhön "
    "osallistuvat lisäksi henkilökunnan nimeäminä jäseninä orkesterimuusikko Eeva Lahtinen ja "
    "balettitanssija Mikko Mäkelä.Hallituksen sihteerinä toimii lakimies Kaisa Niemi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_councillors_title_in_a_run_of_titled_names(morph):
    got = held(TITLED_RUN, "fi", morph)
    members = {p for p, r, _b in got if r == "member"}
    assert {"Aino Koskimaa", "Olli Virtanen", "Sari Laitinen", "Pekka Salonen"} <= members


@pytest.mark.parametrize("morph", MORPHS)
def test_performers_trade_before_the_last_name_of_a_run(morph):
    got = held(TITLED_RUN, "fi", morph)
    assert any(p == "Mikko Mäkelä" and r == "member" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_councillors_council_and_the_next_sentence(morph):
    got = held(TITLED_RUN, "fi", morph)
    assert not any(p == "Sari Laitinen" and "valtuusto" in b.casefold() for p, _r, b in got)
    assert any(p == "Kaisa Niemi" and r == "secretary" for p, r, _b in got)


LABELLED = (
    "Testilän Soutuseura ry:n hallitus vuonna 2019\n\n"
    " • Puheenjohtaja: Aino Koskimaa\n"
    " • Varapuheenjohtajat: Olli Virtanen, Sari Laitinen, Pekka Salonen ( jäsenvastaava)\n"
    " • Sihteeri ja kilpailutoiminnan vastaava: Eeva Lahtinen\n"
    " • Tiedotus- ja jäsenvastaava: Mikko Mäkelä\n"
    " • Varajäsenet: Kaisa Niemi, Matti Lehto\n"
)
BOARD = "Testilän Soutuseura ry:n hallitus"


@pytest.mark.parametrize("morph", MORPHS)
def test_members_duty_in_parentheses_in_an_office_labels_list(morph):
    got = held(LABELLED, "fi", morph)
    for person in ("Olli Virtanen", "Sari Laitinen", "Pekka Salonen"):
        assert (person, "vice_chair", BOARD) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_office_and_duty_label_gives_the_office(morph):
    got = held(LABELLED, "fi", morph)
    assert ("Eeva Lahtinen", "secretary", BOARD) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_duties_with_no_office_and_an_office_in_parentheses(morph):
    got = held(LABELLED, "fi", morph)
    assert ("Mikko Mäkelä", "member", BOARD) in got
    assert ("Kaisa Niemi", "deputy_member", BOARD) in got
    text = LABELLED.replace("Pekka Salonen ( jäsenvastaava)", "Pekka Salonen (siht.)")
    got = held(text, "fi", morph)
    assert ("Pekka Salonen", "vice_chair", BOARD) not in got


OUTSIDE = (
    "Testilän Omakotiyhdistys ry\n\n"
    "Hallituksen jäsenet ovat Anna Koskimaa, Olli Virtanen ja Pekka Salonen. Hallitus piti "
    "järjestäytymiskokouksen, jossa varapuheenjohtajaksi valittiin Olli Virtanen. Sihteerinä "
    "toimii hallituksen ulkopuolelta Sari Laitinen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_post_held_from_outside_the_board_is_no_seat(morph):
    got = held(OUTSIDE, "fi", morph)
    assert not any(p == "Sari Laitinen" for p, _r, _b in got)
    assert ("Olli Virtanen", "vice_chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_secretary_with_no_outside_said(morph):
    got = held(OUTSIDE.replace("hallituksen ulkopuolelta ", ""), "fi", morph)
    assert ("Sari Laitinen", "secretary", "Hallitus") in got


BRANCH = (
    "Kylälän yliopiston osasto\n\n"
    "Osaston johtokunta\n\n"
    "Puheenjohtaja Aino Koskimaa\n"
    "Jäsen Olli Virtanen\n\n"
    "Edustus liiton toimielimissä\n\n"
    "Toimintavuonna osaston jäsen professori Sari Laitinen toimi liiton puheenjohtajana.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_member_of_the_branch_is_no_seat_in_its_board(morph):
    got = held(BRANCH, "fi", morph)
    assert not any(p == "Sari Laitinen" for p, _r, _b in got)
    assert ("Aino Koskimaa", "chair", "Osaston johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_member_of_the_branch_board(morph):
    text = BRANCH.replace("osaston jäsen", "osaston johtokunnan jäsen")
    got = held(text, "fi", morph)
    assert any(
        (p, r, b.casefold()) == ("Sari Laitinen", "member", "osaston johtokunta") for p, r, b in got
    )
