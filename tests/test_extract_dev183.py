"""hytegraph extract on layouts met in the hundred-and-seventy-ninth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a heading naming one seat twice, in two languages on either side of a slash ("Puheenjohtaja /
  Chair", "Jäsenet / Members", "Varajäsenet / Deputy members"), is that seat's heading over
  the "Name, Company" lines under it; a slash between two seats ("Jäsen / varajäsen") still
  heads member and deputy pairs;
- an office word cut short by its last one or two letters ("Varapuheenjohta Eero Mäki") names
  that office, with either reader;
- a photo caption from the left ("Kuvassa vasemmalta …") after a sentence about a body's
  meeting ("Johtokunnan kokous pidettiin …", "Viimeinen hallituksen kokous …": a word in the
  nominative before the body's genitive agrees with the meeting) names that body's members,
  each item's title or description before the name ("varapuheenjohtaja A", "sihteeri-
  rahastonhoitaja B", "juhlien järjestelyjä hoitava C", "Punaisissa-sukissaan D") giving an
  officer's seat or none; a long sentence naming no body's meeting is no caption's body;
- a title in small letters run on to a person's first name ("kansanedustajaEsko Kiviranta"),
  and a surname run on to a place in a local case ("Reima KaretieJoensuusta"), are read with
  the space put back;
- two titles of a person set apart by a comma between a role in the essive and the name
  ("puheenjohtajana kauppapuutarhuri, puutarhaneuvos A") are both titles before that name;
- the rules reader reads "Turusta", "Turussa" as Turku's local cases (the gradation of "rk"),
  a place after a name, no part of it.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BILINGUAL = (
    "Testilän kauppaseuran vaalikokouksessa 3.5.2023 johtokunnan kokoonpano muodostui "
    "seuraavanlaiseksi:\n\n"
    "Puheenjohtaja / Chair\n"
    "Aino Laakso, Testilän Kone Oy\n"
    "Varapuheenjohtaja / Vice-Chair\n"
    "Eero Mäntylä, Kylälän Paperi Oyj\n"
    "Jäsenet / Members\n"
    "Olli Virtanen, Testipankki Oyj\n"
    "Sari Koskela, Kylälän Rahapaja Oy\n"
    "Varajäsenet / Deputy members\n"
    "Pekka Salo, Testisäätiö\n"
    "Liisa Harju, Henkilöjäsen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_one_seat_named_in_two_languages_heads_its_list(morph):
    got = held(BILINGUAL, "fi", morph)
    assert ("Aino Laakso", "chair", "Johtokunta") in got
    assert ("Eero Mäntylä", "vice_chair", "Johtokunta") in got
    assert ("Olli Virtanen", "member", "Johtokunta") in got
    assert ("Sari Koskela", "member", "Johtokunta") in got
    assert ("Pekka Salo", "deputy_member", "Johtokunta") in got
    assert ("Liisa Harju", "deputy_member", "Johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_slash_between_a_member_and_a_deputy(morph):
    # "Jäsen / varajäsen": two seats, each line a member and the member's deputy
    text = (
        "Testilän kylätoimikunta 2023\n\n"
        "Jäsen / varajäsen\n"
        "Aino Laakso / Eero Mäntylä\n"
        "Olli Virtanen / Sari Koskela\n"
    )
    got = held(text, "fi", morph)
    assert ("Aino Laakso", "deputy_member", "Testilän kylätoimikunta") not in got
    assert ("Eero Mäntylä", "member", "Testilän kylätoimikunta") not in got


CUT_OFFICE = (
    "Johtokunta 2021\n\n"
    " • Puheenjohtaja Aino Laakso\n"
    " • 0400 123 456\n"
    " • Varapuheenjohta Eero Mäntylä\n"
    " • 0400 654 321\n\n"
    "Johtokunnan jäsenet\n\n"
    " • Olli Virtanen\n"
    " • Sari Koskela\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_word_cut_short_names_the_office(morph):
    got = held(CUT_OFFICE, "fi", morph)
    assert ("Eero Mäntylä", "vice_chair", "Johtokunta") in got
    assert ("Varapuheenjohta Eero Mäntylä", "member", "Johtokunta") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_bare_names_under_the_members_heading(morph):
    got = held(CUT_OFFICE, "fi", morph)
    assert ("Aino Laakso", "chair", "Johtokunta") in got
    assert ("Olli Virtanen", "member", "Johtokunta") in got
    assert ("Sari Koskela", "member", "Johtokunta") in got
    assert not any(person[:1].isdigit() for person, _, _ in got)


MEETING_CAPTION = (
    "Viimeinen johtokunnan kokous pidettiin perinteisesti sihteerin mökillä ennen syyskokousta. "
    "Kuvassa vasemmalta sihteeri-rahastonhoitaja Aino Laakso, Punaisissa-sukissaan Eero "
    "Mäntylä, varapuheenjohtaja Olli Virtanen, puheenjohtaja Sari Koskela, retkivastaava Pekka "
    "Salo ja kevätjuhlan järjestelyjä hoitava Liisa Harju. Etänä kokoukseen osallistui Ville "
    "Nieminen.\n\n"
    "Testilän Kirjoittajat ry toimii kylässä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_after_a_bodys_meeting_names_its_members(morph):
    got = held(MEETING_CAPTION, "fi", morph)
    assert ("Aino Laakso", "secretary", "Johtokunta") in got
    assert ("Eero Mäntylä", "member", "Johtokunta") in got
    assert ("Olli Virtanen", "vice_chair", "Johtokunta") in got
    assert ("Sari Koskela", "chair", "Johtokunta") in got
    assert ("Pekka Salo", "member", "Johtokunta") in got
    assert ("Liisa Harju", "member", "Johtokunta") in got
    assert not any("Punaisissa" in person or "Viimeinen" in body for person, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_long_sentence_naming_no_bodys_meeting(morph):
    text = MEETING_CAPTION.replace(
        "Viimeinen johtokunnan kokous pidettiin", "Viimeinen kesäretki tehtiin"
    )
    got = held(text, "fi", morph)
    # (no body's meeting: the caption names no board's members, "Aino Laakso" no secretary)
    assert not any(body == "Johtokunta" for _, _, body in got)
    assert not any(person == "Aino Laakso" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_sentence_after_the_caption(morph):
    got = held(MEETING_CAPTION, "fi", morph)
    assert ("Ville Nieminen", "member", "Johtokunta") not in got


RUN_TOGETHER = (
    "Testiliiton hallitukseen valittiin kaksi uutta jäsentä, kansanedustajaOlli Virtanen "
    "Kuopiosta ja viljelijä Sari Koskela Kajaanista.\n\n"
    "Liiton valtuuston varapuheenjohtajana jatkaa puutarhaneuvos Eero MäntyläJoensuusta.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_title_run_on_to_a_first_name(morph):
    got = held(RUN_TOGETHER, "fi", morph)
    assert ("Olli Virtanen", "member", "Testiliiton hallitus") in got
    assert not any("Kuopiosta" in person for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_surname_run_on_to_a_place(morph):
    got = held(RUN_TOGETHER, "fi", morph)
    assert any(person == "Eero Mäntylä" and role == "vice_chair" for person, role, _ in got), got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_capital_inside_a_word_that_is_no_place(morph):
    text = RUN_TOGETHER.replace("MäntyläJoensuusta", "MäntyläKivelä")
    got = held(text, "fi", morph)
    assert not any(person == "Eero Mäntylä" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_two_titles_apart_by_a_comma_before_the_name(morph):
    text = (
        "Testiliiton vuosikokous pidettiin 4.4.2023.\n\n"
        "Liiton hallituksen puheenjohtajana jatkaa kauppapuutarhuri, puutarhaneuvos Aino "
        "Laakso Turusta.\n"
    )
    got = held(text, "fi", morph)
    assert any(person == "Aino Laakso" and role == "chair" for person, role, _ in got), got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_inflected_word_before_a_comma(morph):
    # "uudelleen" is no title: the sentence goes on after the comma
    text = (
        "Testiliiton vuosikokous pidettiin 4.4.2023.\n\n"
        "Liiton hallituksen puheenjohtajana jatkaa uudelleen, kuten toivottiin, toimittaja Aino "
        "Laakso.\n"
    )
    got = held(text, "fi", morph)
    assert not any(person == "Kuten" for person, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_place_in_a_local_case_after_a_name_with_gradation(morph):
    text = (
        "Testiliiton vuosikokous pidettiin 4.4.2023.\n\n"
        "Liiton hallituksen puheenjohtajana jatkaa puutarhaneuvos Aino Laakso Turusta.\n"
    )
    got = held(text, "fi", morph)
    assert any(person == "Aino Laakso" and role == "chair" for person, role, _ in got), got
