"""hytegraph extract on board pages, minutes and reports that the rules read wrong or not at
all:

- "Till ordförande valdes A och till styrelsemedlemmar B, C & D": the board's members in one
  compound word after the chair's clause hold no chair's seat;
- "Styrelsen bestod av A ordf., B förste vice ordf. samt ledamöterna C, D och E och
  suppleanterna F och G", "… A pj., B varapj. sekä jäsenet …": the offices after the names,
  then the next lists (the last member's name before "och suppleanterna" too);
- "Hallituksen varajäseniksi valittiin: A, B, …" after the members' sentence: the deputies;
- "Till ny ordförande valdes A och till vice ordförande B. Övriga styrelseledamöter är C, 2:e
  vice ordförande, D och E.": the second officer, and an office in apposition inside a run;
- "Vid det konstituerande mötet beslutades följande:" over "A   Ordförande", "B   Vice
  Ordförande" on a page that opens with the annual meeting: the board's offices;
- "Valberedningen: A, B och sammankallande C": the convener, one of the committee;
- "Vår ordförande A meddelade valberedningen …": the committee is the verb's object, not the
  body A chairs;
- "Kokouksessa valittuun johtokuntaan tulivat A, B ja C": those who came into the board;
- "Hallituksen varsinaiset jäsenet" / "• pj. A, Kylälä" / "• B, Testilä": a board's heading
  with no body before it, and an office abbreviated with a full stop before the name;
- "… ry:n hallitukseen eli perinteiseen sukutoimikuntaan seuraavat:": the board, then another
  name of it;
- "Pöytäkirjan allekirjoittivat: A, B ja C. Nämä henkilöt tulivat johtokuntaan.
  Puheenjohtajaksi nimettiin A …": the people named before make up the board, its officers
  after;
- "Sekreterare och vice ordförande, A", "Suppleant 1, B": the higher of two offices, a
  numbered deputy's seat;
- "… ja hallituksen muiksi jäseniksi sukuhaarojen esitysten mukaisesti A (Lempin sukuhaara),
  B (Lainan sukuhaara) ja C (Erkin sukuhaara)": a note in parentheses after each name.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, deputies_only, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_members_in_a_compound_after_the_chairs_clause(morph):
    found = seats(
        "Årsmötet 2016\n\n"
        "Årsmötet hölls i Uppsala. Till distriktets ordförande valdes Sune Rantala och till "
        "styrelsemedlemmar Pia Ojanen, Tom Ekblad, Leif Sarkola & Rolf Haapa. Till "
        "suppleanter valdes Siv Kuusela och Eva Lappi.\n",
        "sv",
        morph,
    )
    assert ("Sune Rantala", "chair", "styrelse") in found
    for name in ("Pia Ojanen", "Tom Ekblad", "Leif Sarkola", "Rolf Haapa"):
        assert (name, "member", "styrelse") in found
        assert (name, "chair", "styrelse") not in found
    assert ("Eva Lappi", "deputy_member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_offices_after_names_before_the_next_lists(morph):
    found = seats(
        "Om föreningen\n\n"
        "Styrelsen bestod av Nils Roos ordf., Maja Brink förste vice ordf. samt ledamöterna "
        "Sten Ahl, Rut Falk, Bo Wiik och suppleanterna Ivar Ek och Lisa Hed.\n",
        "sv",
        morph,
    )
    assert ("Nils Roos", "chair", "styrelsen") in found
    assert ("Maja Brink", "vice_chair", "styrelsen") in found
    assert ("Maja Brink", "member", "styrelsen") not in found
    assert ("Bo Wiik", "member", "styrelsen") in found, "the last name before the deputies"
    assert ("Lisa Hed", "deputy_member", "styrelsen") in found
    found = seats(
        "Kylälän kyläyhdistys\n\n"
        "Hallitukseen kuuluvat Aino Rinne pj., Pekka Salo varapj., Eeva Mäki siht. sekä "
        "jäsenet Kalle Uusi ja Sari Aho.\n",
        "fi",
        morph,
    )
    assert ("Aino Rinne", "chair", "hallitus") in found
    assert ("Pekka Salo", "vice_chair", "hallitus") in found
    assert ("Eeva Mäki", "secretary", "hallitus") in found
    assert ("Sari Aho", "member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_elected_after_a_colon_in_the_boards_genitive(morph):
    found = seats(
        "Sukukokous 2022\n\n"
        "Hallituksen varsinaisiksi jäseniksi valittiin Tapio Rinne pj., Arto Rinne, Juha "
        "Kivi (Reijo Kiven tilalle) ja Vesa Laine.\n\n"
        "Hallituksen varajäseniksi valittiin: Tapani Rinne, Esa Kivi, Timo Laine (Usko "
        "Laineen tilalle) ja Veli-Matti Rinne.\n",
        "fi",
        morph,
    )
    assert ("Tapio Rinne", "chair", "hallitus") in found
    deputies_only(found, ("Tapani Rinne", "Esa Kivi", "Timo Laine", "Veli-Matti Rinne"), "hallitus")


@pytest.mark.parametrize("morph", MORPHS)
def test_the_second_officer_and_an_office_in_apposition(morph):
    found = seats(
        "Förbundet\n\n"
        "Vid fullmäktigesammanträdet i maj avgick Lars Berg som ordförande. Till ny ordförande "
        "valdes Jessika Holm och till vice ordförande Didrik af Klint. Övriga "
        "styrelseledamöter är Emma Lund, 2:e vice ordförande, Carin Wiik och Daniel Ros.\n",
        "sv",
        morph,
    )
    assert ("Jessika Holm", "chair", "styrelse") in found
    assert ("Didrik af Klint", "vice_chair", "styrelse") in found
    assert ("Emma Lund", "vice_chair", "styrelse") in found
    assert ("Carin Wiik", "member", "styrelse") in found
    assert ("Daniel Ros", "member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_the_constituting_meetings_offices_are_the_boards(morph):
    found = seats(
        "Årets föreningsstämma hölls den 17 april i Årstagården. Totalt deltog 80 personer.\n\n"
        "Efter kaffet inleddes stämman med att Ordförande Mikael Ström hälsade alla välkomna.\n"
        "Valberedningen presenterade förslag på styrelseledamöter. Stämman beslutade att "
        "styrelsen konstituerar sig själv.\n\n"
        "Vid det konstituerande mötet beslutades följande:\n\n"
        "Mikael Ström   Ordförande\n"
        "Håkan Wiik   Vice Ordförande\n"
        "Maria Persson   Ledamot\n"
        "Johan Nyman   Ledamot\n",
        "sv",
        morph,
    )
    assert ("Mikael Ström", "chair", "styrelsen") in found
    assert ("Håkan Wiik", "vice_chair", "styrelsen") in found, "a two-word role in its column"
    assert ("Maria Persson", "member", "styrelsen") in found
    assert not {b for _p, _r, b in found} & {"årets föreningsstämma", "föreningsstämma"}


@pytest.mark.parametrize("morph", MORPHS)
def test_the_conveners_word_before_a_name_and_a_verbs_object(morph):
    found = seats(
        "Föreningen\n\n"
        "Vår nuvarande ordförande Lars Holm meddelade valberedningen i våras att han vill avgå, "
        "vilket valberedningen beklagade.\n\n"
        "2021-08-20\n"
        "Valberedningen: Kent Ek, Göran Lind, Bo Hed och sammankallande Marianne Roos\n",
        "sv",
        morph,
    )
    for name in ("Kent Ek", "Göran Lind", "Bo Hed", "Marianne Roos"):
        assert (name, "member", "valberedningen") in found
    assert ("Lars Holm", "chair", "valberedningen") not in found


@pytest.mark.parametrize("morph", MORPHS)
def test_those_who_came_into_the_board(morph):
    found = seats(
        "Kylälän Metsästysseura\n\n"
        "Seuran perustava kokous pidettiin huhtikuussa 1905. Kokouksessa valittuun "
        "johtokuntaan tulivat Valle Honka, Herman Röyskä, Kaarlo Lanne ja Eelis Lunde.\n",
        "fi",
        morph,
    )
    for name in ("Valle Honka", "Herman Röyskä", "Kaarlo Lanne", "Eelis Lunde"):
        assert (name, "member", "johtokunta") in found
    found = seats(
        "Kylälän Metsästysseura\n\nKokoukseen tulivat Aino Aho ja Pekka Mäki.\n", "fi", morph
    )
    assert not found, "those who came to a meeting hold no seats"


@pytest.mark.parametrize("morph", MORPHS)
def test_a_boards_heading_and_abbreviated_offices_on_bullets(morph):
    found = seats(
        "Toimintakertomus vuodelta 2005\n\n"
        "Hallituksen varsinaiset jäsenet\n\n"
        " • pj. Juhani Kykkä, Helsinki [HIITOLA 1+2]\n"
        " • vpj. Marja Perttu, Pomarkku [HIITOLA 1+2]\n"
        " • Pirkko Eriksson, Pori [ANTREA]\n\n"
        "Hallituksen varajäsenet:\n\n"
        " • rahastonh. Tapio Kykkä, Kokemäki [HIITOLA 1+2]\n"
        " • Raija Sankari, Jyväskylä [HIITOLA 2]\n\n"
        "Kokoukset\n\n"
        "Sukuseuran hallitus kokoontui kaksi kertaa.\n",
        "fi",
        morph,
    )
    boards = {b for _p, _r, b in found}
    assert len(boards) == 1 and next(iter(boards)).endswith("hallitus"), found
    got = {(p, r) for p, r, _b in found}
    assert ("Juhani Kykkä", "chair") in got
    assert ("Marja Perttu", "vice_chair") in got
    assert ("Pirkko Eriksson", "member") in got
    assert ("Tapio Kykkä", "deputy_member") in got
    assert ("Raija Sankari", "deputy_member") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_and_another_name_of_it(morph):
    found = seats(
        "Hallitus\n\n"
        "Sukukokous valitsi 2.7.2017 Kylälän sukuseura ry:n hallitukseen eli perinteiseen "
        "sukutoimikuntaan toimikaudeksi 2017-2022 seuraavat:\n\n"
        " • Puheenjohtaja: Markku Kylä\n"
        " • Varapuheenjohtaja: Oili Kaarna\n"
        " • Sari Mätäs\n",
        "fi",
        morph,
    )
    assert ("Markku Kylä", "chair", "hallitus") in found
    assert ("Oili Kaarna", "vice_chair", "hallitus") in found
    assert ("Sari Mätäs", "member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_these_people_came_into_the_board_then_its_officers(morph):
    found = seats(
        "Kylälän nuorisoseura\n\n"
        "Seuran perustava kokous pidettiin koululla. Pöytäkirjan allekirjoittivat: Kaarlo "
        "Torvi, Hanna Torvi, Timo Pelto ja Elias Kaihla. Nämä henkilöt tulivat johtokuntaan. "
        "Puheenjohtajaksi nimettiin Kaarlo Torvi ja varapuheenjohtajaksi Vihtori Haapa ja "
        "sihteeriksi Timo Pelto.\n",
        "fi",
        morph,
    )
    assert ("Hanna Torvi", "member", "johtokunta") in found
    assert ("Elias Kaihla", "member", "johtokunta") in found
    assert ("Kaarlo Torvi", "chair", "johtokunta") in found
    assert ("Vihtori Haapa", "vice_chair", "johtokunta") in found
    assert ("Timo Pelto", "secretary", "johtokunta") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_two_offices_of_one_person_and_numbered_deputies(morph):
    found = seats(
        "Kylby Bridgeklubbs organisation\n\n"
        "Styrelse:\n\n"
        "1.     Ordförande, Ingrid Tern\n\n"
        "2.     Sekreterare och vice ordförande, Lars-Åke Lund\n\n"
        "3.     Suppleant 1, Håkan Dahl\n\n"
        "4.     Suppleant 2, Ywa Dam\n",
        "sv",
        morph,
    )
    assert ("Ingrid Tern", "chair", "styrelse") in found
    assert ("Lars-Åke Lund", "vice_chair", "styrelse") in found
    assert ("Lars-Åke Lund", "secretary", "styrelse") not in found
    assert ("Håkan Dahl", "deputy_member", "styrelse") in found
    assert ("Ywa Dam", "deputy_member", "styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_members_run_with_a_note_in_parentheses_after_each_name(morph):
    found = seats(
        "Sukuseuran kokous 2013\n\n"
        "Hallituksen puheenjohtajaksi valittiin Markku Saarto (Reinon sukuhaara) ja hallituksen "
        "muiksi jäseniksi sukuhaarojen esitysten mukaisesti Maija-Riitta Laakso (Lempin "
        "sukuhaara), Heli Hytti (Lainan sukuhaara), Olli Saarto (Voiton sukuhaara) ja "
        "Pirjo-Sisko Jalo (Erkin sukuhaara).\n",
        "fi",
        morph,
    )
    assert ("Markku Saarto", "chair", "hallitus") in found
    for name in ("Maija-Riitta Laakso", "Heli Hytti", "Olli Saarto", "Pirjo-Sisko Jalo"):
        assert (name, "member", "hallitus") in found
