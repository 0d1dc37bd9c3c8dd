"""hytegraph extract on layouts met in the hundred-and-eighth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- a heading of one Swedish compound of a body's word and the members' word, a term after it
  ("Kyrkorådsmedlemmar 2024-2027"), over "Ordinarie:" and "Suppleanter:" lists of
  "Surname Firstname" lines: the body is the compound's first part (a linking "s" aside);
  a compound whose first part is no body ("Föreningsmedlemmar") names none;
- minutes' attendance "Ordförande: A." / "Ordinarie: B, C och D.": the seat's column word
  alone at a line's head before its colon opens a run of members of the page's body (its
  word with and without the definite ending one body: "församlingsråd" in the heading,
  "Församlingsrådet" in an item), and the officer's line right above the run holds that
  office in the same body (not another line: "Protokollförare: E.");
- "Name,  styrelsens ordförande" / "Name,  styrelsemedlem" lines under a body's bare heading
  after its rules in prose: the heading's body in the genitive before the office, or its
  word joined to the front of the seat's word, is that body's seat (not another body's
  compound: "nämndsekreterare"); experts under "Utomstående sakkunniga" hold no seat;
- a fact sheet "Styrelsen:      A      Ordförande" with the further values on indented lines:
  the label is read as a heading over its list; "Name      Office" lines give the office
  (a name never runs across a column's gap: "B   Kassör"); a publication's credit
  ("Jubileumsskriftens redaktion:   C") ends the list, its names hold no seat.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

COMPOUND_HEADING = (
    "Förtroendevalda\n\n"
    "I varje församling finns ett kyrkoråd som leder verksamheten.\n\n"
    "Kyrkorådsmedlemmar 2024-2027\n\n"
    "Ordinarie:\n\n"
    "Lindqvist Agneta (ordf.)\n\n"
    "Holmberg Gustav (vice ordf)   \n\n"
    "Sjöberg Ingrid      \n\n"
    "Falkman Tore\n\n"
    "Suppleanter:\n\n"
    "Backman Olof\n\n"
    "Sundin Maja     \n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_of_a_body_and_the_members_word_heads_the_list(morph):
    got = roles(COMPOUND_HEADING, "sv", morph)
    assert ("Agneta Lindqvist", "chair", "Kyrkorådet") in got
    assert ("Gustav Holmberg", "vice_chair", "Kyrkorådet") in got
    assert ("Ingrid Sjöberg", "member", "Kyrkorådet") in got
    assert ("Falkman Tore", "member", "Kyrkorådet") in got
    assert ("Backman Olof", "deputy_member", "Kyrkorådet") in got
    assert ("Maja Sundin", "deputy_member", "Kyrkorådet") in got


ASSOCIATION_MEMBERS = (
    "Medlemmar\n\n"
    "Föreningsmedlemmar 2024\n\n"
    "Lindqvist Agneta\n\n"
    "Holmberg Gustav\n\n"
    "Sjöberg Ingrid\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_compound_whose_first_part_is_no_body_names_none(morph):
    got = held(ASSOCIATION_MEMBERS, "sv", morph)
    assert not any(body for _p, _r, body in got)


MINUTES = (
    "PROTOKOLL\n\n"
    "Norrvik församlings församlingsråd\n\n"
    "Möte 12.3.2024 kl. 18 i församlingshemmet.\n\n"
    "1 § MÖTETS ÖPPNANDE\n\n"
    "Närvarande:\n\n"
    "Ordförande: Agneta Lindqvist.\n\n"
    "Ordinarie: Gustav Holmberg, Ingrid Sjöberg, Tore Falkman och Maja Sundin.\n\n"
    "2 § ANSTÄLLNING\n\n"
    "Församlingsrådet beslöt att anställa en vaktmästare.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_minutes_attendance_of_a_chair_line_and_an_ordinary_members_run(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Agneta Lindqvist", "chair", "Församlingsrådet") in got
    for name in ("Gustav Holmberg", "Ingrid Sjöberg", "Tore Falkman", "Maja Sundin"):
        assert (name, "member", "Församlingsrådet") in got


MINUTES_CLERK = (
    "PROTOKOLL\n\n"
    "Norrvik församlings församlingsråd\n\n"
    "Närvarande:\n\n"
    "Protokollförare: Olof Backman.\n\n"
    "Ordinarie: Gustav Holmberg, Ingrid Sjöberg, Tore Falkman och Maja Sundin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_line_above_the_run_that_names_no_office_of_the_body_gives_no_seat(morph):
    got = held(MINUTES_CLERK, "sv", morph)
    assert ("Gustav Holmberg", "member", "Församlingsråd") in got
    assert not any(p == "Olof Backman" for p, _r, _b in got)


FOUNDATION = (
    "Styrelsen\n\n"
    "Stiftelsens styrelse består av sju medlemmar. Grundarna utser medlemmarna för tre år.\n\n"
    "Agneta Lindqvist,  styrelsens ordförande\n\n"
    "Gustav Holmberg,  styrelsemedlem\n\n"
    "Ingrid Sjöberg,  styrelsemedlem\n\n"
    "Tore Falkman,  styrelsemedlem\n\n"
    "Utomstående sakkunniga\n\n"
    "Olof Backman, verkställande direktör (Norrvik Bostäder Ab)\n"
    "Maja Sundin, ekonomidirektör (Norrvik stad)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_lines_of_the_body_in_the_genitive_or_joined_to_the_seat(morph):
    got = held(FOUNDATION, "sv", morph)
    assert ("Agneta Lindqvist", "chair", "Styrelsen") in got
    assert ("Gustav Holmberg", "member", "Styrelsen") in got
    assert ("Tore Falkman", "member", "Styrelsen") in got
    # outside experts hold no seat
    seats = ("chair", "vice_chair", "secretary", "member", "deputy_member")
    assert not any(p in ("Olof Backman", "Maja Sundin") and r in seats for p, r, _b in got)


OTHER_BODY_COMPOUND = (
    "Styrelsen\n\n"
    "Stiftelsens styrelse består av sju medlemmar. Grundarna utser medlemmarna för tre år.\n\n"
    "Agneta Lindqvist,  styrelsens ordförande\n\n"
    "Gustav Holmberg,  styrelsemedlem\n\n"
    "Ingrid Sjöberg,  nämndsekreterare\n\n"
    "Tore Falkman,  styrelsemedlem\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_another_bodys_compound_office_is_no_office_of_the_heading(morph):
    got = held(OTHER_BODY_COMPOUND, "sv", morph)
    assert not any(p == "Ingrid Sjöberg" and r == "secretary" for p, r, _b in got)


FACT_SHEET = (
    "Norrviks Seniorer rf\n\n"
    "Grundad:                  12.8.1990\n\n"
    "Medlemsavgift:            20 euro\n\n"
    "Styrelsen:                Agneta Lindqvist      Ordförande\n\n"
    "                          Gustav Holmberg           Viceordförande\n\n"
    "                          Ingrid Sjöberg        Sekreterare\n\n"
    "                          Tore Falkman   Kassör\n\n"
    "                          Maja Sundin\n\n"
    "                          Olof Backman\n\n"
    "Jubileumsskriftens redaktion:     Karin Nyström\n\n"
    "                          Lennart Åberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_fact_sheets_label_over_indented_name_and_office_lines(morph):
    got = held(FACT_SHEET, "sv", morph)
    assert ("Agneta Lindqvist", "chair", "Styrelsen") in got
    assert ("Gustav Holmberg", "vice_chair", "Styrelsen") in got
    assert ("Ingrid Sjöberg", "secretary", "Styrelsen") in got
    assert ("Tore Falkman", "member", "Styrelsen") in got
    assert ("Maja Sundin", "member", "Styrelsen") in got
    assert ("Olof Backman", "member", "Styrelsen") in got
    # no name across the column's gap, and the editors hold no seat
    assert not any(p.endswith("Kassör") for p, _r, _b in got)
    assert not any(p in ("Karin Nyström", "Lennart Åberg") for p, _r, _b in got)
