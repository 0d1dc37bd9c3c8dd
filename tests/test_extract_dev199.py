"""hytegraph extract on layouts met in the hundred-and-ninety-sixth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a mark of the election before an office ("ny ersättare", "ny ordinarie ledamot", or set off
  by commas: "A, ny, ersättare, Testby län") is no part of the office: the seat is the
  office's;
- a bare "Styrelsen" heading (printed twice, short sub-headings such as "Rad 1" under it) is
  the body of the entries below it when the first two begin with a name, a comma and a seat
  among the next two parts set off by commas ("A, ny, ersättare, Testby län, ”…”.");
- an officer's post joined to a level ("förbundsordförande", "förste vice
  förbundsordförande") after a name in an entry under a bare "Styrelsen" (no organisation or
  level named) is that board's post, in a list of lines or in entries of their own line; a
  post printed capitalised after the comma ("Vice Förbundsordförande (Nyval)") names no
  organisation the person speaks for;
- a level's chair after an organisation's acronym in the genitive that the page names only
  there ("DHRs förbundsordförande A var mötesordförande") is another organisation's chair,
  not the chair of the page's level board.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

ENTRIES = (
    "Lyckad kongress i Testby\n\n"
    "Vart fjärde år samlas representanter från lokalföreningarna till en stor kongress.\n\n"
    "Här är den nya styrelsen\n\n"
    "Styrelsen\nStyrelsen\n\n"
    "Rad 1\n\n"
    "Anna Berg, ny, ersättare, Testby län, \u201dBättre vård för alla\u201d.\n\n"
    "Erik Holm , förste vice förbundsordförande, Norrby län, \u201dÅterhämtning\u201d.\n\n"
    "Lisa Ek, ny ordinarie ledamot, Testby län, \u201dBarn och unga\u201d.\n\n"
    "Rad 2\n\n"
    "Karl Lind, ordinarie ledamot, Region Västby, \u201dSkolan\u201d.\n\n"
    "Bo Nyström, förbundsordförande, Region Västby, \u201dInflytande\u201d.\n\n"
    "Eva Dahl, ny ersättare, Norrby län, \u201dArbete åt alla\u201d.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_election_mark_before_an_office(morph):
    text = (
        "Styrelsen 2015\n\n"
        "Anna Berg, ordförande\nErik Holm, ny ersättare\nLisa Ek, ny ordinarie ledamot\n"
        "Karl Lind, omvald ledamot\nEva Dahl, ny, ersättare\n"
    )
    got = held(text, "sv", morph)
    assert ("Erik Holm", "deputy_member", "Styrelsen") in got
    assert ("Erik Holm", "member", "Styrelsen") not in got
    assert ("Lisa Ek", "member", "Styrelsen") in got
    assert ("Karl Lind", "member", "Styrelsen") in got
    assert ("Eva Dahl", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_board_heading_over_name_seat_entries(morph):
    got = held(ENTRIES, "sv", morph)
    assert ("Anna Berg", "deputy_member", "Styrelsen") in got
    assert ("Lisa Ek", "member", "Styrelsen") in got
    assert ("Karl Lind", "member", "Styrelsen") in got
    assert ("Eva Dahl", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_level_post_in_entries_under_a_bare_board(morph):
    got = held(ENTRIES, "sv", morph)
    assert ("Bo Nyström", "chair", "Styrelsen") in got
    assert ("Erik Holm", "vice_chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_level_post_in_list_lines_under_a_bare_board(morph):
    text = (
        "Förbundsmötet 2020\n\n"
        "Styrelsens sammansättning 2020 \u2013 2022:\n\n"
        "Anna Berg, Förbundsordförande (Nyval)\n"
        "Erik Holm, Vice Förbundsordförande (Nyval)\n"
        "Lisa Ek, Kassör (Nyval)\n"
        "Karl Lind, Ledamot (Omval)\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Erik Holm", "vice_chair", "Styrelsen") in got
    assert ("Anna Berg", "member", "Styrelsen") not in got
    assert ("Karl Lind", "member", "Styrelsen") in got
    erik = [f for f in findings(text, "sv", morph) if f.actor.name == "Erik Holm"]
    assert erik and all(f.on_behalf_of is None for f in erik)


@pytest.mark.parametrize("morph", MORPHS)
def test_chair_of_an_organisation_named_only_by_its_acronym(morph):
    text = (
        "Förbundsmötet 2013\n\n"
        "TRFs förbundsordförande Maja Holm var mötesordförande och Ida Ek mötessekreterare.\n\n"
        "Förbundsmötet skulle välja en ny Förbundsstyrelse för de kommande två åren.\n"
    )
    got = held(text, "sv", morph)
    assert not any(person == "Maja Holm" for person, _role, _body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_chair_of_an_organisation_the_page_names_again(morph):
    # the acronym names the page's own organisation elsewhere: its chair, as before
    text = (
        "TRF:s förbundsmöte 2013\n\n"
        "TRF:s förbundsordförande Maja Holm öppnade mötet.\n\n"
        "Förbundsmötet skulle välja en ny Förbundsstyrelse för de kommande två åren.\n"
    )
    got = held(text, "sv", morph)
    assert ("Maja Holm", "chair", "Förbundsstyrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_level_post_under_a_named_board(morph):
    # the board of a club: a federation's chair among its members holds no chair's seat here
    text = (
        "Testby Idrottsförenings styrelse 2020\n\n"
        "Anna Berg, ordförande\nErik Holm, förbundsordförande\nLisa Ek, ledamot\n"
    )
    got = {(person, role) for person, role, _body in held(text, "sv", morph)}
    assert ("Erik Holm", "chair") not in got
    assert ("Erik Holm", "member") in got
    assert ("Anna Berg", "chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_bare_heading_over_entries_without_seats(morph):
    # "Styrelsen" over name-and-place paragraphs that say no seat: no list of the board
    text = (
        "Lyckad kongress i Testby\n\n"
        "Vart fjärde år samlas representanter från lokalföreningarna.\n\n"
        "Styrelsen\n\n"
        "Anna Berg, Testby län, \u201dBättre vård för alla\u201d.\n\n"
        "Erik Holm, Norrby län, \u201dÅterhämtning\u201d.\n"
    )
    assert held(text, "sv", morph) == set()


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_level_post_in_prose_under_a_bare_board(morph):
    # a sentence in the middle of a paragraph: no entry of the board's list
    text = (
        "Styrelsen\n\n"
        "Anna Berg, ordförande, Testby län.\n\n"
        "Erik Holm, ledamot, Norrby län.\n\n"
        "På mötet talade också gästen från grannförbundet. Han sa att Bo Nyström, "
        "förbundsordförande, skulle komma nästa år.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Bo Nyström", "chair", "Styrelsen") not in got
