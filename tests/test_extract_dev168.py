"""hytegraph extract on layouts met in the hundred-and-sixty-fourth, -second, -fifty-seventh
and -fifty-fifth held-out sets: made-up snippets, one per mechanism, read with either
word-form reader.

- list lines that each give a name, perhaps an office, then the term the person was elected
  for ("Aino Ek puheenjohtaja valittu kaudelle 2018-2020" / "Bo Lind valittu kaudelle
  2019-2021"), two or more in a row, are entries of the list; the term is no part of them;
- an abbreviated adjective in a title between an office in the essive and the name ("… toimii
  ev.-lut. kirkon piispa A", "ort. kirkon …") is part of the title, not a sentence's end;
- a heading of a body's bare word in the genitive and an office several hold in the plural
  ("Hallituksen varapuheenjohtajina toimivat:") gives the lines under it that office;
- a founding meeting ("perustamiskokous") elects the association's board, and with no other
  seat given, the one board word the page uses of the association ("kerhon johtokunnassa")
  names that board;
- "vanhimmisto" (a congregation's elders) is a body's word, and "Samoin" before a body's
  word is no part of its name;
- "Hallituksessa jatkavat toisen kauden: A, B ja C": the counted term and a colon between the
  verb and the names;
- "Hallitukseen valittin A, B ja C": the passive with one letter left out, right after the
  body it elects into, is the verb;
- a body named by one lower-case compound that a relative clause describes ("toimi
  retkitoimikunta, joka …") is the one the next sentence's bare word means; a project or a
  programme so described ("kehittämisprojekti, jossa …") is no body.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, walked

TERM_LINES = (
    "Toiminta\n\n"
    "Yhdistyksen jäsenkokouksia ovat vuosikokous ja syyskokous.\n\n"
    "Johtokunta\n\n"
    "Aino Kivimäki puheenjohtaja valittu kaudelle 2022-2024\n"
    "Bertta Lehtinen varapuheenjohtaja valittu kaudelle 2022-2024\n"
    "Cecilia Rantanen valittu kaudelle 2023-2025\n"
    "Daniel Koskinen valittu kaudelle 2021-2023\n"
    "Eero Niemelä valittu kaudelle 2023\n\n"
    "Yhdistyksen pitkäaikainen puheenjohtaja Aino Kivimäki on ilmoittanut luopuvansa "
    "tehtävästä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_list_lines_with_the_elected_term(morph):
    got = held(TERM_LINES, "fi", morph)
    assert ("Aino Kivimäki", "chair", "Johtokunta") in got
    assert ("Bertta Lehtinen", "vice_chair", "Johtokunta") in got
    assert ("Cecilia Rantanen", "member", "Johtokunta") in got
    assert ("Daniel Koskinen", "member", "Johtokunta") in got
    assert ("Eero Niemelä", "member", "Johtokunta") in got
    assert ("Aino Kivimäki", "chair", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_one_line_with_the_elected_term(morph):
    # one such line alone is no list: it stays as it was read
    text = (
        "Johtokunta\n\n"
        "Aino Kivimäki puheenjohtaja valittu kaudelle 2022-2024\n\n"
        "Johtokunta kokoontui kuusi kertaa.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Aino Kivimäki" and role == "member" for person, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_abbreviated_adjective_in_a_title(morph):
    text = (
        "Hallitus 2023-2025\n\n"
        "Kylälän Kirkkojen Neuvoston hallituksen puheenjohtajana toimii ev.-lut. kirkon "
        "rovasti Aino Kivimäki. Hallituksen toimikausi on kolme vuotta.\n"
    )
    got = held(text, "fi", morph)
    assert any(person == "Aino Kivimäki" and role == "chair" for person, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_aside_abbreviation(morph):
    # "mm." begins an aside: the words after it are no title of the office's holder
    text = (
        "Yhdistyksen puheenjohtajana toimii mm. vuosikokouksen valitsema jäsen. Aino "
        "Kivimäki hoitaa yhdistyksen kirjanpidon.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Aino Kivimäki" and role == "chair" for person, role, _ in got)


VICE_CHAIRS = (
    "Hallitus 2023-2025\n\n"
    "Hallituksen varapuheenjohtajina toimivat:\n\n"
    "Kylälän seurakunnan edustaja rovasti Aino Kivimäki (varajäsen: Bertta Lehtinen);\n\n"
    "Testilän kirkon edustaja piispa Cecilia Rantanen (varajäsen: Daniel Koskinen);\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_plural_office_heading_of_a_bare_body(morph):
    got = held(VICE_CHAIRS, "fi", morph)
    assert ("Aino Kivimäki", "vice_chair", "Hallitus") in got
    assert ("Cecilia Rantanen", "vice_chair", "Hallitus") in got
    assert ("Aino Kivimäki", "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_members_heading_of_a_bare_body(morph):
    text = VICE_CHAIRS.replace("varapuheenjohtajina", "jäseninä")
    got = held(text, "fi", morph)
    assert ("Aino Kivimäki", "member", "Hallitus") in got
    assert ("Cecilia Rantanen", "member", "Hallitus") in got
    assert not any(role == "vice_chair" for _, role, _ in got)


FOUNDING = (
    "Tietoa meistä\n\n"
    "Kerhon perustamiskokous pidettiin Kylälässä 3.4.2023. Kerhon puheenjohtajaksi valittiin "
    "Aino Kivimäki, varapuheenjohtajaksi valittiin Bertta Lehtinen ja sihteeriksi valittiin "
    "Cecilia Rantanen.\n\n"
    "Kerhon säännöt\n\n"
    "Kerho voi antaa lausuntoja ja ilmoittaa niistä etukäteen Testilän Insinöörien "
    "hallitukselle. Kerhon jäsenet eivät voi muodostaa enemmistöä kerhon johtokunnassa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_founding_meeting_elects_the_board_the_page_names(morph):
    got = held(FOUNDING, "fi", morph)
    bodies = {body for person, _, body in got if person == "Aino Kivimäki"}
    assert ("Aino Kivimäki", "chair") in {(p, r) for p, r, _ in got}
    assert ("Bertta Lehtinen", "vice_chair") in {(p, r) for p, r, _ in got}
    assert ("Cecilia Rantanen", "secretary") in {(p, r) for p, r, _ in got}
    assert bodies and all(b.casefold().endswith("johtokunta") for b in bodies)


@pytest.mark.parametrize("morph", MORPHS)
def test_founding_meeting_with_no_board_word(morph):
    # the page names no board of the club: the seats are the board's by its usual name
    text = FOUNDING.split("Kerhon säännöt")[0]
    got = held(text, "fi", morph)
    assert ("Aino Kivimäki", "chair", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_founding_meetings_own_chair(morph):
    # the chair of the founding meeting itself holds no seat in the board
    text = (
        "Kerhon perustamiskokous pidettiin Kylälässä 3.4.2023. Kokouksen puheenjohtajana toimi "
        "Aino Kivimäki.\n\nKerhon jäsenet eivät voi muodostaa enemmistöä kerhon johtokunnassa.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Aino Kivimäki" for person, _, _ in got)


ELDERS = (
    "Vanhimmisto\n\n"
    "Vanhimmisto on seurakunnan hengellinen johto. Nykyisin seurakuntamme vanhimmat ovat:\n\n"
    " • Aino Kivimäki\n"
    " • Bertta Lehtinen\n"
    " • Cecilia Rantanen, puheenjohtaja\n\n"
    "Toiminta\n\n"
    "Yhdistyksen hallitus vastaa taloudesta. Samoin vanhimmisto kutsuu kokouksiinsa "
    "asiantuntijoita.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_elders_body(morph):
    got = held(ELDERS, "fi", morph)
    assert ("Aino Kivimäki", "member", "Vanhimmisto") in got
    assert ("Bertta Lehtinen", "member", "Vanhimmisto") in got
    assert ("Cecilia Rantanen", "chair", "Vanhimmisto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_go_on_for_a_counted_term_with_a_colon(morph):
    text = (
        "Hallituksessa jatkavat toisen kauden: Aino Kivimäki (Kylälän Seura ry), Bertta "
        "Lehtinen (Testilän Yhdistys ry) ja Cecilia Rantanen (Ylämaan Kerho ry).\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Kivimäki", "member", "Hallitus") in got
    assert ("Bertta Lehtinen", "member", "Hallitus") in got
    assert ("Cecilia Rantanen", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_colon_before_lower_case_words(morph):
    text = "Hallituksessa jatkavat: puheenjohtaja ja kaksi jäsentä. Aino Kivimäki kiitti.\n"
    got = held(text, "fi", morph)
    assert not any(person == "Aino Kivimäki" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_misspelt_passive_after_the_body(morph):
    text = (
        "Yhdistyksen hallitukseen esitettiin kuutta ehdokasta. Hallitukseen valittin Aino "
        "Kivimäki Turusta, Bertta Lehtinen Lempäälästä, Cecilia Rantanen Helsingistä ja Daniel "
        "Koskinen Lappeenrannasta. Hallitus järjestäytyy.\n"
    )
    got = {(p, r) for p, r, _ in held(text, "fi", morph)}
    assert ("Aino Kivimäki", "member") in got
    assert ("Bertta Lehtinen", "member") in got
    assert ("Cecilia Rantanen", "member") in got
    assert ("Daniel Koskinen", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_misspelt_passive_of_a_meetings_officer(morph):
    # the meeting's chair holds no seat, however the verb is spelt
    text = "Kokouksen puheenjohtajaksi valittin Aino Kivimäki. Kokous päättyi kello 19.\n"
    got = held(text, "fi", morph)
    assert not any(person == "Aino Kivimäki" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_lower_case_body_described_by_a_relative_clause(morph):
    text = (
        "Juhlatoimikunnassa toimivat Aino Kivimäki, Bertta Lehtinen (sihteeri) sekä Cecilia "
        "Rantanen (puheenjohtaja).\n\n"
        "Lisäksi yhdistyksen alaisuudessa toimi retkitoimikunta, joka huolehti retkien "
        "järjestämisestä. Toimikuntaan kuuluivat Daniel Koskinen, Eero Niemelä ja Fanni Salo.\n"
    )
    got = held(text, "fi", morph)
    assert ("Cecilia Rantanen", "chair", "Juhlatoimikunta") in got
    assert ("Daniel Koskinen", "member", "Retkitoimikunta") in got
    assert ("Fanni Salo", "member", "Retkitoimikunta") in got
    assert ("Daniel Koskinen", "member", "Juhlatoimikunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_lower_case_project_described_by_a_relative_clause_left_alone(morph):
    # a project is no standing group of people: no body of its own, nor one named before it
    text = (
        "Kaupungin hyvinvointilautakunta kokoontui kahdesti. Kunnilla ja alueella on käynnissä "
        "kehittämisprojekti, jossa luodaan yhteinen prosessi.\n"
    )
    named = {b.name for b, _span in walked(text, "fi", morph).named}
    assert "Kaupungin hyvinvointilautakunta" in named
    assert named <= {"Kaupungin hyvinvointilautakunta"}
