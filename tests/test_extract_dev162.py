"""hytegraph extract on layouts met in the hundred-and-forty-seventh and -eighth held-out sets:
made-up snippets, one per mechanism, read with either word-form reader.

- a sentence that says how many members a body got and names no one ("Hallitukseen
  valittiin kolme jäsentä.") gives that body's seats to the names of the sentences after it in
  its paragraph when they are exactly as many;
- a body named alone in brackets right after a person's name ("Aino Ek (Tiehallitus)") is whom
  the person comes from: a bare head word in a later sentence ("Hallituksessa jatkavat …")
  does not refer back to it;
- in a run of three list lines or more, each opening with a label and a colon and ending in
  a parenthesis that holds a person's name and nothing else ("KYLÄLÄ: Aino Ek pj. (Bo
  Lind)"), the names in the parentheses are the personal deputies of the lines' members;
- on such a line, "Aino Ek vpj, Eva Aho (Bo Lind, Pia Salo)" gives two members and their
  deputies in the same order;
- a seat read on a line that names a year, in a section under a heading that names a
  history ("Föreningens historia"), is a past seat, not one held now;
- a passive verb of election opening a list entry ("Ledamöter: Väljs A, B och C") is no part
  of the first name.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BOARD = (
    "Testilän Kalaseura ry\n\n"
    "Hallitukseen valittiin kolme jäsentä. Entisistä jatkoivat Liisa Aaltonen (Tiehallitus) "
    "ja Pekka Virtanen (Testiliitto ry).\n\n"
    "Hallituksessa jatkavat vuosiksi 2022-2023 valitut Olli Mäkinen (Testilän kaupunki), "
    "Sari Laine (Testiyhdistys ry) sekä Anna Koski (Kylälän Latu ry).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_in_brackets_after_a_name_is_no_antecedent(morph):
    got = held(BOARD, "fi", morph)
    for name in ("Olli Mäkinen", "Sari Laine", "Anna Koski"):
        assert (name, "member", "Tiehallitus") not in got
        assert (name, "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_body_named_in_full_before_its_bare_word(morph):
    # the bare word refers back to the body the page names in full, outside brackets
    text = (
        "Testilän Kalaseura ry\n\n"
        "Seuran kokous valitsi uuden johtokunnan. Kylälän Nuorisoneuvosto kokoontui "
        "syyskuussa.\n\n"
        "Neuvostossa jatkavat vuosiksi 2022-2023 valitut Olli Mäkinen, Sari Laine sekä "
        "Anna Koski.\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Mäkinen", "member", "Kylälän Nuorisoneuvosto") in got


LINES = (
    "Lautakunnan kokoonpano\n"
    "- KYLÄLÄ: Aino Aaltonen pj. (Bo Berg)\n"
    "- TESTILÄ: Eero Erkkilä (Olli Ojala)\n"
    "- MÄKILÄ: Pia Pelto (Sari Salo)\n"
    "- JOKILA: Kalle Koski vpj, Tiina Toivola (Ulla Uusi, Veli Vainio)\n"
    "- RANTALA: Jussi Järvi (Mika Mäki)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_alone_in_brackets_on_a_run_of_lines_are_deputies(morph):
    got = held(LINES, "fi", morph)
    assert ("Aino Aaltonen", "chair", "Lautakunta") in got
    assert ("Bo Berg", "deputy_member", "Lautakunta") in got
    assert ("Olli Ojala", "deputy_member", "Lautakunta") in got
    assert ("Mika Mäki", "deputy_member", "Lautakunta") in got
    assert ("Eero Erkkilä", "member", "Lautakunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_two_members_and_their_deputies_on_one_line(morph):
    got = held(LINES, "fi", morph)
    assert ("Kalle Koski", "vice_chair", "Lautakunta") in got
    assert ("Tiina Toivola", "member", "Lautakunta") in got
    assert ("Ulla Uusi", "deputy_member", "Lautakunta") in got
    assert ("Veli Vainio", "deputy_member", "Lautakunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_lines_with_names_in_brackets(morph):
    # two lines are no run: a name in brackets says nothing of a deputy
    text = (
        "Lautakunnan kokoonpano\n"
        "- Aino Aaltonen pj.\n"
        "- Eero Erkkilä (Olli Ojala)\n"
        "- Pia Pelto (Sari Salo)\n"
        "- Jussi Järvi\n"
    )
    got = held(text, "fi", morph)
    assert ("Olli Ojala", "deputy_member", "Lautakunta") not in got
    assert ("Sari Salo", "deputy_member", "Lautakunta") not in got


HISTORY = (
    "Styrelsen\n\n"
    "Ordförande\nAnna Berglund\n\n"
    "Ledamot\nKarl Holmqvist\n\n"
    "Föreningens historia\n\n"
    "År 1952 utsågs en interim styrelse som bestod av följande personer: Gustav Ek, "
    "Nils Lind, Erik Strand och Olof Berg. Till ordförande valdes Gustav Ek.\n\n"
    "Huset invigdes med fest och dans.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_dated_board_under_a_history_heading_is_past(morph):
    got = held(HISTORY, "sv", morph)
    assert not {p for p, _, _ in got} & {"Gustav Ek", "Nils Lind", "Erik Strand", "Olof Berg"}
    assert ("Anna Berglund", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_dated_board_under_another_heading(morph):
    text = HISTORY.replace("Föreningens historia", "Föreningens styrelse").replace(
        "År 1952", "År 2024"
    )
    got = held(text, "sv", morph)
    assert "Nils Lind" in {p for p, role, _ in got if role == "member"}


ELECTED = (
    "Årsmötesprotokoll\n\n"
    "Protokoll från årsmöte den 6 mars 2024\n\n"
    "§1  Ordförande Anna Berglund hälsar välkommen och inleder årsmötet.\n\n"
    "§2  Till mötessekreterare väljs Erik Strand.\n\n"
    "§13 Beslut om antalet styrelsemedlemmar. Mötet beslutar: 5 ordinarie ledamöter.\n\n"
    "§14 Val.\n"
    "Ordförande: Till ordförande för föreningen väljs Anna Berglund på 1 år.\n"
    "Ordinarie ledamöter: Väljs Karl Holmqvist, Nils Lind och Olof Berg på 2 år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_election_verb_opening_a_list_entry_is_no_name(morph):
    got = held(ELECTED, "sv", morph)
    assert ("Karl Holmqvist", "member", "Styrelsen") in got
    assert not any(p.startswith("Väljs") for p, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_first_name_like_a_verb(morph):
    text = ELECTED.replace("Väljs Karl Holmqvist", "Valter Holmqvist")
    got = held(text, "sv", morph)
    assert ("Valter Holmqvist", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_organisations_in_brackets_on_a_run_of_lines(morph):
    text = (
        "Neuvoston jäsenet\n"
        "- Aino Aaltonen (Kylälän Martat)\n"
        "- Eero Erkkilä (Testilän Nuorisoseura)\n"
        "- Pia Pelto (Mäkilän Kyläyhdistys)\n"
        "- Jussi Järvi (Rantalan Urheilijat)\n"
    )
    got = held(text, "fi", morph)
    assert not [p for p, role, _ in got if role == "deputy_member"]
    assert ("Eero Erkkilä", "member", "Neuvosto") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_count_of_seats_then_as_many_names(morph):
    text = BOARD.replace(
        "(Testiliitto ry).", "(Testiliitto ry). Uusena valittiin Mika Salo (Kylälän Urheilijat)."
    )
    got = held(text, "fi", morph)
    assert ("Liisa Aaltonen", "member", "Hallitus") in got
    assert ("Pekka Virtanen", "member", "Hallitus") in got
    assert ("Mika Salo", "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_count_of_seats_with_fewer_names(morph):
    # three seats said, two names after: not sure the names are the seats
    got = held(BOARD, "fi", morph)
    assert ("Liisa Aaltonen", "member", "Hallitus") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_deputies_list_naming_whom_each_stands_for(morph):
    text = (
        "Jäsenet\n"
        "Aaltonen Aino (pj.)\n"
        "Erkkilä Eero\n"
        "Pelto Pia\n"
        "Järvi Jussi\n\n"
        "Henkilökohtaiset varajäsenet\n"
        "Berg Bo  (Aino Aaltosen)\n"
        "Ojala Olli  (Eero Erkkilän)\n"
        "Salo Sari  (Pia Pellon)\n"
        "Mäki Mika  (Jussi Järven)\n"
    )
    got = held(text, "fi", morph)
    deputies = {p for p, role, _ in got if role == "deputy_member"}
    assert not {"Aino Aaltosen", "Eero Erkkilän", "Pia Pellon", "Jussi Järven"} & deputies
