"""hytegraph extract on layouts met in the hundred-and-fifty-fifth to hundred-and-sixtieth
held-out sets (Finnish): made-up snippets, one per mechanism, read with either word-form reader.

- a list heading opening with a board's bare word in the genitive and ending in a member's or
  deputy's word ("Hallituksen varsinaiset jäsenet:") gives its names to that board, not to the
  association a sentence before named ("Yhdistyksen puheenjohtajana jatkoi A" after a line
  naming another association of that kind);
- a heading of a named body's honorary officers or members ("Hallituksen
  kunniapuheenjohtajat") lists no seats in it, and a body's bare word over its term
  ("Hallitus 2022-2024") under such names heads that body's list;
- Finnish lines opening with the seat's adjective before a name ("varsinainen A" / "vara
  B"), perhaps under a region's heading line: a member on each "varsinainen" line, a deputy on
  each "vara" line, an officer's word after the name that person's office;
- a list label with the office's abbreviation in capitals in brackets ("Rahastonhoitaja
  (TREAS): A") is read as the label alone;
- a bare body word after "the same" ("samassa ryhmässä") points back, no body of its own; a
  genitive right before a meeting's word ("Testilän Kyläseuran vuosikokouksessa") is the
  organisation holding the meeting, not a person.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

ANNUAL = (
    "Vuosikertomus 2021\n\n"
    "Kursseja järjestettiin neljä. Kuvataideyhdistys kokoontui tiloissamme kerran viikossa.\n\n"
    "Yhdistyksen puheenjohtajana jatkoi Anna Koskimaa.\n\n"
    "Hallituksen varsinaiset jäsenet:\n\nMikko Mäkelä, Sari Laitinen, Pekka Salonen\n\n"
    "Hallituksen varajäsenet:\n\nLiisa Ranta, Kalle Niemi\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_board_heading_gives_its_list_to_the_board(morph):
    got = held(ANNUAL, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Hallitus") in got
    assert ("Pekka Salonen", "member", "Hallitus") in got
    assert ("Liisa Ranta", "deputy_member", "Hallitus") in got
    assert ("Mikko Mäkelä", "member", "Kuvataideyhdistys") not in got
    assert ("Kalle Niemi", "deputy_member", "Kuvataideyhdistys") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_board_heading_under_its_named_board(morph):
    # the page names its own board in full: the bare heading still means that board
    text = (
        "Testilän Soutuseuran hallitus 2021\n\n"
        "Hallituksen varsinaiset jäsenet:\n\nMikko Mäkelä, Sari Laitinen, Pekka Salonen\n"
    )
    got = held(text, "fi", morph)
    assert ("Mikko Mäkelä", "member", "Testilän Soutuseuran hallitus") in got
    assert ("Pekka Salonen", "member", "Testilän Soutuseuran hallitus") in got


COUNCIL_AND_BOARD = (
    "Valtuusto 2023\u20132026\n\nValtuuston puheenjohtaja\nAnna Koskimaa\n\n"
    "Muut jäsenet\nOlli Virtanen\nPekka Salonen\n\n"
    "Valtuuston kunniapuheenjohtajat\nEino Lahti\nToivo Kallio\n\n"
    "Hallitus 2022\u20132024\n\nPuheenjohtaja\nMikko Mäkelä\n\nVarapuheenjohtaja\nSari Laitinen\n\n"
    "Muut jäsenet\nLiisa Ranta\nJuha Mattila\n\n"
    "Hallituksen kunniapuheenjohtajat:\nMatti Heino\nKaarina Salo\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_honorary_officers_of_a_named_body_hold_no_seat(morph):
    got = held(COUNCIL_AND_BOARD, "fi", morph)
    assert not {r for r in got if r[0] in ("Eino Lahti", "Toivo Kallio", "Matti Heino")}
    assert not {r for r in got if r[0] == "Kaarina Salo"}


@pytest.mark.parametrize("morph", MORPHS)
def test_body_over_its_term_after_honorary_names_heads_its_list(morph):
    got = held(COUNCIL_AND_BOARD, "fi", morph)
    assert ("Mikko Mäkelä", "chair", "Hallitus") in got
    assert ("Sari Laitinen", "vice_chair", "Hallitus") in got
    assert ("Liisa Ranta", "member", "Hallitus") in got
    assert ("Mikko Mäkelä", "vice_chair", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_members_of_the_body_before_honorary_names(morph):
    got = held(COUNCIL_AND_BOARD, "fi", morph)
    assert ("Anna Koskimaa", "chair", "Valtuusto") in got
    assert ("Olli Virtanen", "member", "Valtuusto") in got


REGIONS = (
    "Testilän kylätoimikunnan hallitus 2021\n\n"
    "Syyskokouksessa 13.11.2021 valittiin alueellisia jäseniä hallitukseen.\n\n"
    "Itäkylä\nvarsinainen Anna Koskimaa\nvara Olli Virtanen\n\n"
    "Länsikylä\nvarsinainen Mikko Mäkelä\nvara Sari Laitinen\n"
    "varsinainen Pekka Salonen\nvara Liisa Ranta\n\n"
    "Pohjoiskylä\nvarsinainen Kalle Niemi, puheenjohtaja 2021-2022\nvara Juha Mattila\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_seat_adjective_lines_under_regions(morph):
    got = held(REGIONS, "fi", morph)
    body = "Testilän kylätoimikunnan hallitus"
    assert ("Anna Koskimaa", "member", body) in got
    assert ("Olli Virtanen", "deputy_member", body) in got
    assert ("Pekka Salonen", "member", body) in got
    assert ("Liisa Ranta", "deputy_member", body) in got
    assert ("Kalle Niemi", "chair", body) in got
    assert ("Juha Mattila", "deputy_member", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_prose_lines_opening_with_the_adjective(morph):
    # "Varsinainen kokous …": a sentence, no seat line
    text = (
        "Testilän kylätoimikunnan hallitus 2021\n\n"
        "Varsinainen kokous pidettiin 13.11.2021 Testilässä.\n"
        "Vara-ajankohta oli 20.11.2021.\n"
    )
    got = held(text, "fi", morph)
    assert not got


OFFICES = (
    "Testilän nuorkauppakamarin hallituksen kokoonpano vuonna 2021:\n\n"
    "Puheenjohtaja (PRES): Anna Koskimaa\n"
    "Valmistautuva Puheenjohtaja (DP): Olli Virtanen\n"
    "Edellisen vuoden Puheenjohtaja (IPP): Mikko Mäkelä\n"
    "Koulutusvastaava (IND): Sari Laitinen\n"
    "Rahastonhoitaja (TREAS): Pekka Salonen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_with_its_abbreviation_in_brackets(morph):
    got = held(OFFICES, "fi", morph)
    body = "Testilän nuorkauppakamarin hallitus"
    assert ("Anna Koskimaa", "chair", body) in got
    assert ("Olli Virtanen", "member", body) in got
    assert ("Mikko Mäkelä", "member", body) in got
    assert ("Pekka Salonen", "member", body) in got
    assert ("Olli Virtanen", "chair", body) not in got
    assert ("Mikko Mäkelä", "chair", body) not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_term_in_brackets_after_the_office(morph):
    text = (
        "Testilän nuorkauppakamarin hallituksen kokoonpano:\n\n"
        "Puheenjohtaja (2021-2022): Anna Koskimaa\n"
        "Sihteeri (2021): Olli Virtanen\n"
    )
    got = held(text, "fi", morph)
    body = "Testilän nuorkauppakamarin hallitus"
    assert ("Anna Koskimaa", "chair", body) in got
    assert ("Olli Virtanen", "secretary", body) in got


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_word_after_the_same_is_no_body(morph):
    text = (
        "Testilän kehittämisyhdistyksen johtokunta\n\n"
        "Testilän vuosikokouksessa valittiin uudet johtokunnan jäsenet.\n\n"
        "Julkisen tahon edustajana jatkaa Timo Kallio. Samassa ryhmässä varajäsenenä toimii "
        "Aino Mäkelä.\n"
    )
    got = held(text, "fi", morph)
    assert not {r for r in got if r[2] == "Ryhmä"}
    assert ("Aino Mäkelä", "deputy_member", "Testilän kehittämisyhdistyksen johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_working_group_named_in_the_sentence(morph):
    text = "Testilän kylätoimikunnan työryhmässä toimii puheenjohtajana Aino Mäkelä.\n"
    got = held(text, "fi", morph)
    assert ("Aino Mäkelä", "chair", "Testilän kylätoimikunnan työryhmä") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_organisation_holding_a_meeting_is_no_person(morph):
    text = (
        "Aino Mäkelä Testilän johtokuntaan\n\n"
        "Leader Testilän vuosikokouksessa 16. toukokuuta valittiin uudet johtokunnan jäsenet.\n\n"
        "Puheenjohtajaksi valittiin Hanna Kallio.\n"
    )
    got = held(text, "fi", morph)
    assert not {r for r in got if r[0] == "Leader Testilän"}
