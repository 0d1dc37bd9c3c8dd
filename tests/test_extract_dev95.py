"""hytegraph extract on layouts met in the hundred-and-first held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a board printed on one line under its heading, each name with its office in parentheses
  and the last two names joined by "ja" ("Hallitus 2019-2021" over "Aino Ek (pj), Bo Lind
  (vpj), Eva Berg (sihteeri), Olli Salo (rahastonhoitaja), Aki Puu ja Siiri Saha
  (jäsenlehti)."): one name a line, each with its office, the last two members;
- the players, winners or performers listed after "Pelaajat:" (or the like) in minutes: no
  seats in the body of the minutes, neither by the rules nor by the learned tagger;
- a heading of an association's registered name, its body's word and a year ("Kylälän
  Lukupiiri ry hallitus 2021") over "Office Name" lines: the page's body;
- an officer's abbreviation with its full stop right after a name, before the column of
  whom the person comes from ("Aino Ahola pj.  Kylälän Kuoro (SKL)").
"""

from __future__ import annotations

import pytest

from hytegraph.authoring.extract.lexicon import lexicon
from hytegraph.authoring.extract.lists import under_crowd_label
from hytegraph.authoring.extract.unflatten import Unflattener
from tests.extract_snippets import MORPHS, held

ONE_LINE_BOARD = (
    "Toimintakertomus 2019-2021\n\n"
    "Hallitus 2019-2021\n\n"
    "Aino Ahola (pj), Pekka Puu (vpj), Eeva Ek (sihteeri), Olli Oja (rahastonhoitaja), "
    "Kaisa Koski ja Leo Lind (Kyläviesti).\n\n"
    "Hallitus on kokoontunut kauden aikana 7 kertaa.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_on_one_line_under_its_heading_is_read_name_by_name(morph):
    got = held(ONE_LINE_BOARD, "fi", morph)
    assert ("Aino Ahola", "chair", "Hallitus") in got
    assert ("Pekka Puu", "vice_chair", "Hallitus") in got
    assert ("Eeva Ek", "secretary", "Hallitus") in got
    assert ("Olli Oja", "member", "Hallitus") in got
    assert ("Kaisa Koski", "member", "Hallitus") in got
    assert ("Leo Lind", "member", "Hallitus") in got


def test_a_one_line_board_keeps_the_text_length():
    text = Unflattener(lexicon("fi")).role_note_runs(ONE_LINE_BOARD)
    assert len(text) == len(ONE_LINE_BOARD)
    assert "\nPekka Puu (vpj) " in text
    assert "Kaisa Koski\n   Leo Lind (Kyläviesti)." in text


@pytest.mark.parametrize(
    "text",
    [
        # guard: no body's heading above the line (a sentence of prose)
        ONE_LINE_BOARD.replace("Hallitus 2019-2021\n\n", "Kiitos kaikille mukana olleille.\n\n"),
        # guard: only two of the notes name an office
        ONE_LINE_BOARD.replace("(sihteeri)", "(Kylälä)").replace("(rahastonhoitaja)", "(Ilo)"),
        # guard: offices but no officer among them
        ONE_LINE_BOARD.replace("(pj)", "(jäsen)")
        .replace("(vpj)", "(jäsen)")
        .replace("(sihteeri)", "(jäsen)"),
        # guard: something else on the line before the names
        ONE_LINE_BOARD.replace("Aino Ahola (pj)", "Läsnä olivat Aino Ahola (pj)"),
    ],
)
def test_lines_that_are_not_a_one_line_board_are_left_alone(text):
    assert Unflattener(lexicon("fi")).role_note_runs(text) == text


PLAYERS = (
    "Pöytäkirja\n"
    "Asia: Testilän Sulkapalloseuran hallituksen kokous 4/2019\n\n"
    "31 § Kilpailut\n"
    "• Nuorten turnaus 3.-5.4.2020 Oslossa, Norjassa. Pelaajat: Aapo Ranta, Iiro Kallio, "
    "Oona Lehto ja Veera Sola. Joukkueenjohtajana toimii Ilkka Sarpo.\n\n"
    "• Valmentajakurssi keväällä.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_players_listed_in_minutes_hold_no_seats(morph):
    got = held(PLAYERS, "fi", morph)
    for name in ("Aapo Ranta", "Iiro Kallio", "Oona Lehto", "Veera Sola"):
        assert not any(p == name for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_listed_the_same_way_are_still_read(morph):
    # guard: "Jäsenet:" in the same place is a list of members
    text = PLAYERS.replace("Nuorten turnaus 3.-5.4.2020 Oslossa, Norjassa. Pelaajat:", "Jäsenet:")
    got = held(text, "fi", morph)
    assert ("Aapo Ranta", "member", "Testilän Sulkapalloseuran hallitus") in got
    assert ("Veera Sola", "member", "Testilän Sulkapalloseuran hallitus") in got


def test_the_tagger_leaves_names_after_a_players_label_alone():
    assert under_crowd_label(PLAYERS, PLAYERS.index("Iiro Kallio"))
    # guard: a name after the sentence that ends the list
    assert not under_crowd_label(PLAYERS, PLAYERS.index("Ilkka Sarpo"))
    # guard: a label of members
    members = PLAYERS.replace("Pelaajat:", "Jäsenet:")
    assert not under_crowd_label(members, members.index("Iiro Kallio"))


REGISTERED_HEADING = (
    "Kylälän Lukupiiri ry hallitus 2021\n\n"
    "Puheenjohtaja Aino Ahola\n"
    "Puhelin:  040 123 4567\n"
    "Varapuheenjohtaja Pekka Puu\n"
    "Sihteeri Eeva Ek\n"
    "Rahastonhoitaja Olli Oja\n"
    "Muut jäsenet\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_of_the_registered_name_and_the_body_with_its_year(morph):
    got = held(REGISTERED_HEADING, "fi", morph)
    assert ("Aino Ahola", "chair", "Hallitus") in got
    assert ("Pekka Puu", "vice_chair", "Hallitus") in got
    assert ("Eeva Ek", "secretary", "Hallitus") in got
    assert ("Olli Oja", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_registered_name_and_body_without_a_year_is_no_heading_of_the_list(morph):
    # guard: with no year (or term), the line is not read as the body's heading
    got = held(REGISTERED_HEADING.replace(" 2021\n", "\n", 1), "fi", morph)
    assert not any(b == "Hallitus" for _p, _r, b in got)


CHOIR_COLUMNS = (
    "UUSI PIIRIN HALLITUS:\n"
    "vuonna 2021 vaihtavat:\n"
    "Aino Ahola pj.  Kylälän Kuoro (SKL)\n"
    "Pekka Puu (Eeva Ek)  Testilän Laulu (SKL)\n"
    "Olli Oja (Siiri Saha)  Kuoro Ilo (SNKL)\n\n"
    "Vuonna 2022 vaihtavat:\n"
    "Kaisa Koski vpj. Kylälän Naiset (SNKL)\n"
    "Leo Lind (Iida Ilo)  Kuoro Sävel (SMKL)\n\n"
    "Piirin hallitus kokoontuu heti.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officer_abbreviation_before_the_organisation_column(morph):
    got = {(p, r) for p, r, _b in held(CHOIR_COLUMNS, "fi", morph)}
    assert ("Aino Ahola", "chair") in got
    assert ("Kaisa Koski", "vice_chair") in got
    assert ("Leo Lind", "member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_other_words_before_the_organisation_column_give_no_office(morph):
    # guards: an abbreviation that is no officer's; an officer's without its full stop
    text = CHOIR_COLUMNS.replace("pj.  Kylälän", "ent. Kylälän").replace(
        "vpj. Kylälän", "vpj Kylälän"
    )
    got = {(p, r) for p, r, _b in held(text, "fi", morph)}
    assert ("Aino Ahola", "chair") not in got
    assert ("Kaisa Koski", "vice_chair") not in got
