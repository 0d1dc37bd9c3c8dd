"""hytegraph extract on layouts met in older Finnish and mixed held-out sets (the
sixty-fifth, the hundred-and-fifty-third, the hundred-and-seventy-sixth, the
hundred-and-eighty-third): made-up snippets, one per mechanism, read with either word-form
reader.

- a heading of a body's officers, the body's bare word in the genitive first ("Valtuuston
  puheenjohtajisto, joka osallistuu hallituksen työskentelyyn:"), over lines "Name,
  valtuuston puheenjohtaja" that name the same body in the genitive before an office: each
  person holds that office in that body, and no seat in the body of the list above;
- lines "Office Name Place" with a blank line between them, under a colon line that names
  several bodies one after another ("valdes styrelse, valberedning och revisorer enligt
  nedan:"): the first body's seats, up to a line of an auditor or of another body;
- a line of a body's bare word, a name and a place, a duty perhaps after a comma
  ("Valberedning Name Place, sammankallande"), and lines under it of only a name and a
  place: that body's members;
- a list under a heading of its seats ("Ledamöterna:") that names no body is of the body a
  sentence before gave as many members ("en ny forskningsberedning med tolv ledamöter"),
  when the page names several bodies;
- "valitsi yksimielisesti oululaisen A:n jatkamaan liiton puheenjohtajana": small words
  between the verb and the name, the association's genitive before the office, the person
  named in the genitive holds the office;
- "… A varapuheenjohtajana, B sihteerinä sekä C (Espoo) rahastonhoitajana": a treasurer named
  before the essive at the end of a run of officers holds a member's seat in their body.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, key, roles

BOARD_THEN_COUNCIL_OFFICERS = (
    "Hallituksen kokoonpano 2020-2022\n\n"
    "Virtanen Matti\n"
    "Salonen Pekka\n"
    "Koskimaa Anna\n"
    "Laine Liisa\n\n"
    "Valtuuston puheenjohtajisto, joka osallistuu hallituksen työskentelyyn:\n\n"
    "Aino Ahola, valtuuston puheenjohtaja\n"
    "Olli Mäki, valtuuston 1. varapuheenjohtaja\n"
    "Sari Salo, valtuuston 2. varapuheenjohtaja\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_under_a_body_presidium_heading_hold_that_body_s_offices(morph):
    got = held(BOARD_THEN_COUNCIL_OFFICERS, "fi", morph)
    assert ("Aino Ahola", "chair", "Valtuusto") in got
    assert ("Olli Mäki", "vice_chair", "Valtuusto") in got
    assert ("Sari Salo", "vice_chair", "Valtuusto") in got
    assert not any(p == "Aino Ahola" and b == "Hallitus" for p, _r, b in got)
    assert not any(p == "Sari Salo" and b == "Hallitus" for p, _r, b in got)
    # the board's list above keeps its members
    got = roles(BOARD_THEN_COUNCIL_OFFICERS, "fi", morph)
    assert (key("Matti Virtanen"), "member", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_officers_of_another_body_without_such_a_heading(morph):
    # no heading of that body's officers: the list's members stay the board's
    text = BOARD_THEN_COUNCIL_OFFICERS.replace(
        "Valtuuston puheenjohtajisto, joka osallistuu hallituksen työskentelyyn:\n\n", ""
    )
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "member", "Hallitus") in got
    assert ("Aino Ahola", "chair", "Valtuusto") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_lines_naming_another_body_than_the_heading(morph):
    # the lines' offices are in another body than the heading's: not its officers
    text = BOARD_THEN_COUNCIL_OFFICERS.replace(", valtuuston ", ", lautakunnan ")
    got = held(text, "fi", morph)
    assert ("Aino Ahola", "chair", "Valtuusto") not in got


ANNUAL_REPORT = (
    "Styrelsen och övriga förtroendevalda\n\n"
    "På årsmötet i mars 2021 valdes styrelse, valberedning och revisorer enligt nedan:\n\n"
    "Ordförande Sven Almqvist Tofta\n\n"
    "Sekreterare Nils Bergsten Roma\n\n"
    "Kassör Erik Dahlgren Hemse\n\n"
    "Ledamot Gustav Ekholm Slite\n\n"
    "Ledamot Olof Fransson Roma\n\n"
    "Revisor Karl Holmgren Tofta\n\n"
    "Ersättare Arvid Lindell Hemse\n\n"
    " \n\n"
    "Valberedning Ingvar Nordin Slite, sammankallande\n\n"
    "Pelle Qvist Tofta\n\n"
    "Rune Sjöberg Hemse\n\n"
    "Antal medlemmar\n\n"
    "Föreningen hade 120 medlemmar vid årets slut.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_name_place_lines_under_a_head_of_several_bodies(morph):
    got = held(ANNUAL_REPORT, "sv", morph)
    assert ("Sven Almqvist", "chair", "Styrelse") in got
    assert ("Nils Bergsten", "secretary", "Styrelse") in got
    assert ("Erik Dahlgren", "member", "Styrelse") in got
    assert ("Olof Fransson", "member", "Styrelse") in got
    # the auditor and his deputy: no seat in the board
    assert not any(p in ("Karl Holmgren", "Arvid Lindell") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_word_then_name_and_place_lines(morph):
    got = held(ANNUAL_REPORT, "sv", morph)
    assert ("Ingvar Nordin", "member", "Valberedning") in got
    assert ("Pelle Qvist", "member", "Valberedning") in got
    assert ("Rune Sjöberg", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_head_naming_no_bodies_in_a_row(morph):
    # a colon line that names a meeting and no bodies one after another: no head of seats
    text = ANNUAL_REPORT.replace(
        "valdes styrelse, valberedning och revisorer enligt nedan:",
        "valdes följande personer till olika uppdrag:",
    )
    got = held(text, "sv", morph)
    assert ("Sven Almqvist", "chair", "Styrelse") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_name_and_place_line_under_no_body(morph):
    # a word that names no body before the name: no members read
    text = ANNUAL_REPORT.replace("Valberedning Ingvar", "Medlemsmöte Ingvar")
    got = held(text, "sv", morph)
    assert not any(p in ("Pelle Qvist", "Rune Sjöberg") for p, _r, _b in got)


NEW_COUNCIL = (
    "Ny nämnd ska stärka friluftslivet\n\n"
    "Regeringen tillsätter en ny friluftsberedning med fyra ledamöter.\n\n"
    "Expertgruppen ska bland annat ge råd till regeringen. Beredningens uppdrag gäller ett år."
    "\n\n"
    "Ledamöterna:\n\n"
    "  • Karin Almgren, professor\n"
    "  • Per Brodin, rektor\n"
    "  • Lena Carlsson, doktor\n"
    "  • Mats Dahlin, professor\n\n"
    "Tillbaka till nyheterna\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_list_under_no_body_of_the_body_given_as_many_members(morph):
    got = held(NEW_COUNCIL, "sv", morph)
    assert ("Karin Almgren", "member", "Friluftsberedning") in got
    assert ("Mats Dahlin", "member", "Friluftsberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_count_that_is_not_the_list_s(morph):
    # five members said, four listed: which body the list is of is not guessed
    text = NEW_COUNCIL.replace("med fyra ledamöter", "med fem ledamöter")
    got = held(text, "sv", morph)
    assert ("Karin Almgren", "member", "Friluftsberedning") not in got


FEDERATION_MEETING = (
    "Vuosikokous 2023\n\n"
    "Suomen Testiliitto piti vuosikokouksensa Oulussa 11.3.2023. Vuosikokous valitsi "
    "yksimielisesti oululaisen Juho Kivikallaksen jatkamaan liiton puheenjohtajana. Muissa "
    "tehtävissä jatkavat Paula Niemi (Pori) varapuheenjohtajana, Tiina Oja (Turku) sihteerinä "
    "sekä Terhi Kosola (Espoo) rahastonhoitajana. Muut hallituksen jäsenet ovat Börje Ek "
    "(Lahti) ja Arja Kuusi (Tammela).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_to_go_on_as_the_federations_chair(morph):
    got = held(FEDERATION_MEETING, "fi", morph)
    assert ("Juho Kivikallas", "chair", "Hallitus") in got
    assert not any(p == "Juho Kivikallaksen" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_treasurer_named_before_the_essive_at_the_end_of_a_run(morph):
    got = held(FEDERATION_MEETING, "fi", morph)
    assert ("Terhi Kosola", "member", "Hallitus") in got
    assert ("Tiina Oja", "secretary", "Hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_treasurer_with_no_officers_before(morph):
    # no run of officers in the sentence: whose treasurer is not said
    text = (
        "Vuosikokous 2023\n\n"
        "Tilaisuuden avasi Terhi Kosola (Espoo) rahastonhoitajana. Kahvit tarjosi seura.\n"
    )
    assert not any(p == "Terhi Kosola" for p, _r, _b in held(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_capitalised_word_between_verb_and_name(morph):
    # "valitsi Oulun Juho Kivikallaksen": a capitalised word between, not read as skipped
    text = FEDERATION_MEETING.replace("yksimielisesti oululaisen", "Oulun")
    got = held(text, "fi", morph)
    assert ("Juho Kivikallas", "chair", "Hallitus") not in got
