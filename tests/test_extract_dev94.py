"""hytegraph extract on layouts met in the hundredth held-out set: made-up snippets, one per
mechanism, read with either word-form reader.

- a line led by a board's name and its year closed by a full stop (or a colon), then "office
  Name" items and bare names parted by commas and "och" ("Styrelsen 2021. Ordförande Name,
  Vice ordf Name, Ledamot i AU Name, kassör Name, Name, Name och Name."): the labelled names
  hold their posts, the bare names are members;
- "Övriga medlemmar är: Name, Name och Name." after officers read in one body in the same
  paragraph: the other members of that body;
- a post held outside the board, after the name on the same line ("Name    sekr. utom
  styrelsen", "Name fortsätter som kassör utanför styrelsen"): no seat in the board;
- a members / personal deputies table under a header parting the columns with a slash
  ("ORDINARIE MEDLEMMAR / SUPPLEANTER"), each cell "Surname First / place", a row's two cells
  glued ("Ekby Lind Eva / Åbo" printed "EkbyLind Eva / Åbo"), a deputy's cell on a line of its
  own after a wrapped member's cell, sector headings between the rows.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

BOARD_YEAR_LINE = (
    "Anmäl dina förslag till valberedningens ordförande senast i januari.\n\n"
    "Styrelsen 2021. Ordförande Hedvig Marklund, Vice ordf Torsten Pihlaja, Ledamot i AU "
    "Gunnar Vikström, kassör Elin Sandqvist, Ronja Pekkari, Oskar Lidgren, Tilda Rantatalo "
    "och Mikael Kivijärvi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_line_after_its_year_reads_the_bare_names_as_members(morph):
    got = held(BOARD_YEAR_LINE, "sv", morph)
    assert ("Hedvig Marklund", "chair", "Styrelsen") in got
    assert ("Torsten Pihlaja", "vice_chair", "Styrelsen") in got
    assert ("Gunnar Vikström", "member", "Styrelsen") in got
    assert ("Elin Sandqvist", "member", "Styrelsen") in got
    for name in ("Ronja Pekkari", "Oskar Lidgren", "Tilda Rantatalo", "Mikael Kivijärvi"):
        assert (name, "member", "Styrelsen") in got
    # the board is not the nominating committee named in the paragraph above
    assert not any(b.casefold().startswith("valbered") for _p, _r, b in got)


BOARD_COLON_LINE = (
    "Styrelsen: ordförande Hedvig Marklund, vice ordförande Torsten Pihlaja, kassör Elin "
    "Sandqvist, Ronja Pekkari, Oskar Lidgren och Mikael Kivijärvi.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_line_after_a_colon_reads_the_same(morph):
    got = held(BOARD_COLON_LINE, "sv", morph)
    assert ("Hedvig Marklund", "chair", "Styrelsen") in got
    for name in ("Ronja Pekkari", "Oskar Lidgren", "Mikael Kivijärvi"):
        assert (name, "member", "Styrelsen") in got


BOARD_YEAR_PROSE = (
    "Styrelsen 2021. Ordförande Hedvig Marklund tackade Ronja Pekkari, Oskar Lidgren och "
    "Mikael Kivijärvi för gott samarbete under året.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_year_before_a_sentence_gives_its_names_no_seat(morph):
    # guard: the items after the label are not all names: a sentence, not a roster
    got = held(BOARD_YEAR_PROSE, "sv", morph)
    for name in ("Ronja Pekkari", "Oskar Lidgren", "Mikael Kivijärvi"):
        assert (name, "member", "Styrelsen") not in got


OTHER_MEMBERS = (
    "Styrelsen\n\n"
    "Föreningen grundades för länge sedan. Nuvarande styrelsen består av: Ingvar Backlund, "
    "ordförande, Märta Storbacka, viceordförande, Lisen Häggblom, sekreterare, Kurt Nyholm, "
    "kassör. Övriga medlemmar är: Alva Strandvik, Jonas Kronholm, Siv-Britt Ahlskog och "
    "Runar Sjöholm.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_other_members_after_the_officers_join_their_board(morph):
    got = held(OTHER_MEMBERS, "sv", morph)
    assert ("Ingvar Backlund", "chair", "Styrelsen") in got
    for name in ("Alva Strandvik", "Jonas Kronholm", "Siv-Britt Ahlskog", "Runar Sjöholm"):
        assert (name, "member", "Styrelsen") in got


OTHER_MEMBERS_ALONE = (
    "Föreningen har många aktiva. Övriga medlemmar är: Alva Strandvik, Jonas Kronholm och "
    "Runar Sjöholm.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_other_members_with_no_officers_before_them_join_no_body(morph):
    # guard: no seat read before the words in the paragraph: whose members is not said
    got = held(OTHER_MEMBERS_ALONE, "sv", morph)
    assert not any(p == "Jonas Kronholm" and b for p, _r, b in got)


OUTSIDE_PADDED = (
    "Styrelsen har under året bestått av följande personer:\n\n"
    "Viktor Hagström                         ordf.\n\n"
    "Lina Westerlund                         viceordf.\n\n"
    "Emil Grönqvist                          medlem\n\n"
    "Saga Lindroos                           medlem\n\n"
    "Ida Kronberg                                      sekr. utom styrelsen\n"
)
OUTSIDE_KEPT = OUTSIDE_PADDED.replace("sekr. utom styrelsen", "sekr.")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_secretary_outside_the_board_holds_no_seat_in_it(morph):
    got = held(OUTSIDE_PADDED, "sv", morph)
    assert ("Viktor Hagström", "chair", "Styrelsen") in got
    assert ("Emil Grönqvist", "member", "Styrelsen") in got
    assert not any(p == "Ida Kronberg" and b == "Styrelsen" for p, _r, b in got)
    # leave-alone: a secretary with no "utom styrelsen" keeps her seat
    got = held(OUTSIDE_KEPT, "sv", morph)
    assert any(p == "Ida Kronberg" and b == "Styrelsen" for p, _r, b in got)


OUTSIDE_PROSE = (
    "Vid årsmötet valdes Viktor Hagström till ordförande. Till styrelsen valdes även Lina "
    "Westerlund, Emil Grönqvist och Saga Lindroos. Ida Kronberg fortsätter som kassör "
    "utanför styrelsen.\n"
)
INSIDE_PROSE = OUTSIDE_PROSE.replace(
    "Ida Kronberg fortsätter som kassör utanför styrelsen.",
    "Till styrelsen valdes även Ida Kronberg som kassör.",
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_treasurer_outside_the_board_holds_no_seat_but_one_inside_does(morph):
    got = held(OUTSIDE_PROSE, "sv", morph)
    assert ("Emil Grönqvist", "member", "Styrelsen") in got
    assert not any(p == "Ida Kronberg" for p, _r, _b in got)
    # leave-alone: nothing says she is outside the board
    got = held(INSIDE_PROSE, "sv", morph)
    assert any(p == "Ida Kronberg" and b == "Styrelsen" for p, _r, b in got)


SLASH_PAIRS = (
    "Arbetsgruppen\n\n"
    "Arbetsgruppens sammansättning år 2019:\n\n"
    "ORDINARIE MEDLEMMAR / SUPPLEANTER\n\n"
    " Kommunerna\n"
    "Backman Olli / LillbyRautio Sanna / Storby\n"
    "Heikkilä Tuomas / ÅsbackaNyqvist Mirja / Lillby\n"
    "Föreningar\n"
    "Grönroos Veikko / Skärgårdens fiskeområde\n"
    "och Kustens fiskargille rf\n"
    "Laaksonen Pirkko / Norra fiskelag\n"
    "Sjölund Harri / Byns båtklubbLehtinen Oona / Ekby\n"
    "Företag\n"
    "Ahonen Riikka / StorbyMalm Kari / Lillby\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_slash_parted_member_and_deputy_table_is_read_row_by_row(morph):
    got = roles(SLASH_PAIRS, "sv", morph)
    for member in ("Backman Olli", "Heikkilä Tuomas", "Grönroos Veikko", "Sjölund Harri"):
        assert (" ".join(sorted(member.split())), "member", "Arbetsgruppen") in got
    for deputy in ("Rautio Sanna", "Nyqvist Mirja", "Laaksonen Pirkko", "Lehtinen Oona"):
        assert (" ".join(sorted(deputy.split())), "deputy_member", "Arbetsgruppen") in got
    assert ("Ahonen Riikka", "member", "Arbetsgruppen") in got
    assert ("Kari Malm", "deputy_member", "Arbetsgruppen") in got


SLASH_NO_HEADER = SLASH_PAIRS.replace("ORDINARIE MEDLEMMAR / SUPPLEANTER", "Kontaktpersoner")


@pytest.mark.parametrize("morph", MORPHS)
def test_slash_cells_without_the_columns_header_are_no_deputies(morph):
    # guard: no header naming members and deputies: nothing says the second cell is a deputy
    got = roles(SLASH_NO_HEADER, "sv", morph)
    assert not any(r == "deputy_member" for _p, r, _b in got)
