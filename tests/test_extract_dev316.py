"""hytegraph extract on boards' lists and working groups that the rules read wrong or not at
all:

- "KG Persson", "PG Lind", "JP Kärkinen": a double first name's initials before the surname,
  in a board's list, after a seat's word in running text and in a working group's dash item;
- "- Kultur och besöksnäringsgrupp: A och B": a group named by two fields joined by "och",
  the hyphen left out;
- "Puheenjohtajana" over "uittopäällikkö P. V. Pentikäinen", "Jäseninä:" over titled lines,
  under the sentence that chose the body ("valittiin toimikunta, johon tulivat:");
- "omval i styrelsen (A och B), Disciplinnämnden (C, D) och Valberedningen (E, F)": each
  name a member of the body its parenthesis follows;
- "omvaldes A till styrelsens ordförande och B, C och D omvaldes till styrelseledamöter": the
  names after "och" are elected to their own seat, not the chair's;
- "styrelsearvode" is no body; "enligt valberedningens förslag: att omval sker av
  styrelseledamöterna A, B och C": the board the compound names, not the proposer;
- "Janerik Thelin-sammankallande", "Bror Johansson-ordförande": a seat glued to the surname
  by a hyphen is no part of the name;
- "Transportstyrelsens lättnad": a state agency named "-styrelsen" is no board of the page;
- "Suppleanter (ej personliga):" over a column: the deputies, the parenthesis saying what kind;
- "Johtokunnan varajäsenet: A" in the list of "Testilän Visan johtokunta": the list's own
  body's deputy;
- "tillsätta en ersättningskommitté som består av A, B och C": "som" points back to the
  body before it;
- "Johtokunnan muodostivat A, B ja C": the body in the genitive, the people who formed it.

Three are guards: two capitals that stand for a club ("SS Manhem") or a club's town in a local
case after its letters ("SI Imatrassa") are no person; an officer's label over a titled line
under a second body's introduction is no officer of the first body.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_double_initials_in_a_boards_list(morph):
    found = seats(
        "Styrelse 2024\n\n"
        "Ordförande: KG Persson\n"
        "Vice ordförande: PG Lind\n"
        "Sekreterare: Anna Berg\n"
        "Ledamöter: GB Jansson, Lars Ask, Eva Holm\n",
        "sv",
        morph,
    )
    assert ("KG Persson", "chair", "styrelse") in found
    assert ("PG Lind", "vice_chair", "styrelse") in found
    assert ("GB Jansson", "member", "styrelse") in found
    assert ("Lars Ask", "member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_double_initials_after_a_seats_word(morph):
    found = seats(
        "Styrelsen består av ordförande KG Persson, vice ordförande Eva Lind, sekreterare "
        "PG Ek samt ledamöterna Bo Holm och GB Jansson.\n",
        "sv",
        morph,
    )
    assert ("KG Persson", "chair", "styrelsen") in found
    assert ("Eva Lind", "vice_chair", "styrelsen") in found
    assert ("PG Ek", "secretary", "styrelsen") in found
    assert ("GB Jansson", "member", "styrelsen") in found
    found = seats(
        "Hallitus 2024\n\n"
        "Puheenjohtaja JP Kärkinen\n"
        "Varapuheenjohtaja Liisa Mäki\n"
        "Jäsenet: PO Lehtonen, Matti Virtanen ja Anna Koski\n",
        "fi",
        morph,
    )
    assert ("JP Kärkinen", "chair", "hallitus") in found
    assert ("PO Lehtonen", "member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_working_groups_with_double_initials_and_joined_fields(morph):
    found = seats(
        "Arbetsgrupper 2024\n\n"
        "- Kultur och besöksnäringsgrupp: Anna Berg och Lars Ask\n"
        "- Utställningsgruppen: GB Jansson och Rolf Wiking\n"
        "- Resegruppen: KG Persson, Eva Holm och PG Lind\n",
        "sv",
        morph,
    )
    assert ("Anna Berg", "member", "kultur och besöksnäringsgrupp") in found
    assert ("GB Jansson", "member", "utställningsgruppen") in found
    assert ("KG Persson", "member", "resegruppen") in found
    assert ("PG Lind", "member", "resegruppen") in found
    assert ("Eva Holm", "member", "resegruppen") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_clubs_letters_are_no_persons_initials(morph):
    found = seats(
        "Styrelse\n\n"
        "Ordförande\n\nJohan Granholm\n\nSS Manhem\n\n"
        "Kassör\n\nMats Eriksson\n\nKärra SS\n",
        "sv",
        morph,
    )
    assert not any(p.startswith("SS") for p, _, _ in found)
    found = seats(
        "SI Imatra ry:n hallitus 2024\n\n"
        "Puheenjohtaja Aino Ek\n\n"
        "Lisäksi yhdistys toimii SI Imatrassa ja Bo Lind on sihteeri.\n",
        "fi",
        morph,
    )
    assert not any(p.startswith("SI ") for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officers_label_over_a_titled_line(morph):
    found = seats(
        "Kokouksessa valittiin toimikunta, johon tulivat:\n"
        "Puheenjohtajana              \n"
        "uittopäällikkö P. V. Pentikäinen\n"
        " \n"
        "Jäseninä:             \n"
        "varatuomari Antti Aho\n"
        "kalastusmestari Sulo Ahvonen\n"
        "junailija Tauno Haapamo\n",
        "fi",
        morph,
    )
    assert ("P. V. Pentikäinen", "chair", "toimikunta") in found
    assert ("Antti Aho", "member", "toimikunta") in found
    assert ("Tauno Haapamo", "member", "toimikunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_members_in_parentheses_after_each_body(morph):
    found = seats(
        "I övrigt blev det omval på övriga ledamöter i styrelsen (Anna Berg och Eva Holm), "
        "Disciplinnämnden ( Johan Ek, Jonas Lind och Åsa Kock) och Valberedningen (Bertil "
        "Ström, Per Lysén och Amanda Sand).\n",
        "sv",
        morph,
    )
    assert ("Anna Berg", "member", "styrelsen") in found
    assert ("Åsa Kock", "member", "disciplinnämnden") in found
    assert ("Johan Ek", "member", "disciplinnämnden") in found
    assert ("Amanda Sand", "member", "valberedningen") in found
    assert ("Per Lysén", "member", "valberedningen") in found
    assert not any(p == "Åsa Kock" and b == "styrelsen" for p, _, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_och_elected_to_their_own_seat(morph):
    found = seats(
        "Styrelsen består av fem ledamöter. Vid årsstämman den 24 maj 2022 omvaldes Marios "
        "Fotiadis till styrelsens ordförande och Eva Nilsagård, Catherine Gilmore-Lawless och "
        "Anita Tollstadius omvaldes till styrelseledamöter.\n",
        "sv",
        morph,
    )
    assert ("Marios Fotiadis", "chair", "styrelsen") in found
    assert ("Eva Nilsagård", "member", "styrelsen") in found
    assert ("Anita Tollstadius", "member", "styrelsen") in found
    assert not any(r == "chair" and p != "Marios Fotiadis" for p, r, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_fee_is_no_body_and_the_seats_compound_names_the_board(morph):
    found = seats(
        "Stämman beslutade att styrelsearvode ska utgå med ett halvt prisbasbelopp vardera "
        "till styrelseledamöter.\n"
        "Stämman beslutade enligt valberedningens förslag: att omval sker av "
        "styrelseledamöterna Jeanette Andersson, Martin Strandqvist, Mats Nyberg och Ulf "
        "Persson, att nyval sker av Jimmy Björkman som suppleant.\n",
        "sv",
        morph,
    )
    assert ("Martin Strandqvist", "member", "styrelse") in found
    assert ("Ulf Persson", "member", "styrelse") in found
    assert not any("arvode" in b or "valberedning" in b for _, _, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_seat_glued_to_the_surname_by_a_hyphen(morph):
    found = seats(
        "Valberedningen, bestående av Janerik Thelin-sammankallande, Ulf Holmgren och Rolf "
        "Persson, avböjde omval. Till ny valberedning valdes Birger Eriksson-sammankallande och "
        "Torbjörn Åström.\n",
        "sv",
        morph,
    )
    assert ("Birger Eriksson", "member", "valberedning") in found
    assert not any("-" in p and p.split("-")[-1].islower() for p, _, _ in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_state_agency_is_no_board(morph):
    found = seats(
        "Föreningen M 20 årsmöte 2014\n\n"
        "Styrelsen lämnades oförändrad varvid omval gjordes för Åke Foghammar, Johan Magnusson "
        "och Rickard Wallmark vilka omvaldes för två år.\n\n"
        "I övrigt informerades om sommarens turer, Transportstyrelsens lättnad avseende "
        "säkerhetsbemanningen och beslut om avgifter.\n\n"
        "Styrelsen består av ordförande Johan Boström samt ledamöterna Claes Enquist och "
        "Anders Kierkegaard.\n",
        "sv",
        morph,
    )
    assert ("Johan Boström", "chair", "styrelsen") in found
    assert not any("transport" in b for _, _, b in found)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_deputies_label_with_its_kind_in_parentheses(morph):
    found = seats(
        "Ny styrelse\n\nOrdinarie Ledamöter:\n\nMaria Stejdahl (Ordförande)\n\n"
        "Maria Felix (ny)\n\nTomas Eliasson\n\nSuppleanter (ej personliga):\n\n"
        "Ann-Sofie Johansson\n\nSanna Ekvall (ny)\n\nAnna Nordstedt\n",
        "sv",
        morph,
    )
    assert ("Tomas Eliasson", "member", "styrelse") in found
    assert ("Ann-Sofie Johansson", "deputy_member", "styrelse") in found
    assert ("Anna Nordstedt", "deputy_member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_label_naming_the_lists_own_body_in_the_genitive(morph):
    found = seats(
        "Kokous valitsi seuraavat toimihenkilöt Testilän Visan johtokuntaan seuraavaksi "
        "kaudeksi:\n\n"
        "Puheenjohtaja: Juha Lujanen\n"
        "Sihteeri: Maarit Ince\n"
        "Johtokunnan jäsenet: Teemu Vanhala (salibandyjaosto)\n"
        "Johtokunnan varajäsenet: Sanna Kotkaslahti (koripallojaosto)\n",
        "fi",
        morph,
    )
    assert ("Teemu Vanhala", "member", "testilän visan johtokunta") in found
    assert ("Sanna Kotkaslahti", "deputy_member", "testilän visan johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_then_som_bestar_av(morph):
    found = seats(
        "Styrelsen har beslutat tillsätta en ersättningskommitté som består av Anders Dreijer, "
        "Meg Tivéus och Wilhelm Lüning.\n",
        "sv",
        morph,
    )
    assert {p for p, r, b in found if b == "ersättningskommitté" and r == "member"} == {
        "Anders Dreijer",
        "Meg Tivéus",
        "Wilhelm Lüning",
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_the_people_who_formed_a_body(morph):
    found = seats(
        "Yhdistyksen perustuskokous pidettiin 30. lokakuuta 1930. Johtokunnan muodostivat Thea "
        "Brander, Lyydia Kankkunen, Kalle Virtanen ja Emil Eloranta. Varajäseninä olivat Eevi "
        "Takala ja Toivo Kainulainen.\n",
        "fi",
        morph,
    )
    assert ("Thea Brander", "member", "johtokunta") in found
    assert ("Emil Eloranta", "member", "johtokunta") in found
    assert ("Eevi Takala", "deputy_member", "johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_an_officers_label_under_another_bodys_introduction(morph):
    found = seats(
        "Testilän nuorisovaltuusto on kunnan yhteistyöelin, joka kokoontuu neljä kertaa "
        "vuodessa.\n\n"
        "Jäsenet:\nPuheenjohtaja\nvapaa-aikasihteeri Ojala Johanna\nJäsen\n"
        "sivistysjohtaja Aaltonen Kaisa\nJäsen\nhyvinvointikoordinaattori Nieminen Mikko\n\n"
        "Kylälän hyte-ohjausryhmä on kunnan yhteistyöelin, joka kokoontuu neljä kertaa "
        "vuodessa.\n\n"
        "Jäsenet:\nPuheenjohtaja\nrehtori Järvinen Sami\nJäsen\nterveydenhoitaja Niemi Ulla\n",
        "fi",
        morph,
    )
    assert not any("järvinen" in p.casefold() and "nuorisovaltuusto" in b for p, _, b in found)
