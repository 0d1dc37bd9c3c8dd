"""hytegraph extract on layouts met in the hundred-and-forty-first held-out set (a club's annual
report and a housing co-operative's person cards): made-up snippets, one per mechanism, read with
either word-form reader.

- a body's word ending in an accented letter ("Festkommitté", "Nomineringskommitté") names
  the body like any other: a heading of its own over names one a line heads their list.
- a section's heading that names bodies in the plural ("1:2 Kommittéer") right over a body's
  heading ("Festkommitté") heads no list of its own: the names under each committee's heading
  are that committee's members, none the section's.
- names one a line with nothing about them under a body's heading end at the next line that
  is no name and no office (the next list's heading), and two such names before the next
  body's heading are a list as three are.
- among such lists, a short heading that names no body of the lexicon's ("PR och
  Information"), with two names or more under it and a body's heading right after them, names
  a body of its own, as printed; a heading after the last list ("Ansvariga") does not.
- a bare name with a note in parentheses to its line's end ("Bo Ek (t o m 4/10 2019)") is a
  name of such a list.
- the auditors' heading on a line of its own ("Revisorer") ends the board's cards above it:
  the auditors' names under it hold no seat of the board.
- "Kassaförvaltare" (a treasurer's title) before a name on a board's line is a duty, no part
  of the name: the person is a member.
- person cards "Name" / "Ordinarie ledamot" / "Vice ordförande" / … ending the text on an
  office's line: each office right under a card's seat line is that card's person's.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

COMMITTEES = (
    "Årsberättelse för Testviks Lionsklubb\n\n"
    "1:2 Kommittéer\n\n"
    "Festkommitté\n\n"
    "Anders Grönvall\n\n"
    "Birgitta Sjöholm\n\n"
    "Conny Lövgren\n\n"
    " \n\n"
    "Musikkommitté\n\n"
    "Dagny Westerlind\n\n"
    "Erik Hammarsten\n\n"
    " \n\n"
    "Miljökommitté\n\n"
    "Fredrik Ålander\n\n"
    "Gunnel Rosenqvist\n\n"
    "Hilding Bergsten (t o m 3/9 2020)\n\n"
    " \n\n"
    "Kök och Servering\n\n"
    "Ingrid Nordahl\n\n"
    "Jonas Tallberg\n\n"
    " \n\n"
    "Arkivkommitté\n\n"
    "Karl Vinterhav\n\n"
    "Lena Östberg\n\n"
    "Magnus Ekvall\n\n"
    " \n\n"
    "Ansvariga\n\n"
    "Nils Grandell\n\n"
    "Olga Sundqvist\n\n"
    " \n\n"
    "2:1 Styrelsemöten\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_accented_committee_heading_over_names(morph):
    got = held(COMMITTEES, "sv", morph)
    assert ("Anders Grönvall", "member", "Festkommitté") in got
    assert ("Conny Lövgren", "member", "Festkommitté") in got
    assert ("Karl Vinterhav", "member", "Arkivkommitté") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_section_heading_over_committee_headings_heads_no_list(morph):
    got = held(COMMITTEES, "sv", morph)
    assert not any(body.startswith("Kommitté") for _p, _r, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_name_list_ends_at_next_heading(morph):
    got = held(COMMITTEES, "sv", morph)
    # two names before the next committee's heading
    assert ("Dagny Westerlind", "member", "Musikkommitté") in got
    assert ("Erik Hammarsten", "member", "Musikkommitté") in got
    # none of them a member of the committee above
    assert ("Dagny Westerlind", "member", "Festkommitté") not in got
    assert ("Ingrid Nordahl", "member", "Miljökommitté") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_sibling_heading_between_committees_names_a_body(morph):
    got = held(COMMITTEES, "sv", morph)
    assert ("Ingrid Nordahl", "member", "Kök och Servering") in got
    assert ("Jonas Tallberg", "member", "Kök och Servering") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_heading_after_the_last_list(morph):
    got = held(COMMITTEES, "sv", morph)
    assert not any(p in ("Nils Grandell", "Olga Sundqvist") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_name_with_a_note_in_parentheses(morph):
    got = held(COMMITTEES, "sv", morph)
    assert ("Hilding Bergsten", "member", "Miljökommitté") in got
    assert ("Gunnel Rosenqvist", "member", "Miljökommitté") in got


BOARD_AND_AUDITORS = (
    "Verksamhetsberättelse för Testviks Lionsklubb\n\n"
    "1:1 Styrelsen under perioden har bestått av\n\n"
    "Anna Berglöf ordförande\n\n"
    "Leif Strandkvist sekreterare\n\n"
    "Kassaförvaltare Olle Sandvik\n\n"
    "Medlemsansvarig Lars Nyqvist\n\n"
    "Revisorer\n\n"
    "Bo Tallqvist\n\n"
    "Sven Öberg\n\n"
    "Nils Rask\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_auditors_heading_ends_the_board(morph):
    got = held(BOARD_AND_AUDITORS, "sv", morph)
    assert not any(p in ("Bo Tallqvist", "Sven Öberg", "Nils Rask") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_treasurer_title_before_name(morph):
    got = held(BOARD_AND_AUDITORS, "sv", morph)
    assert not any(p.startswith("Kassaförvaltare") for p, _r, _b in got)


CARDS = (
    "Styrelse\n\n"
    "Styrelsen nås enklast per e-post.\n\n"
    "Ordförande\n\n"
    "Sara Lindkvist\n\n"
    "Ordinarie ledamot\n\n"
    "Ordförande\n\n"
    "Tomas Hedberg\n\n"
    "Ordinarie ledamot\n\n"
    "Ulla Grenholm\n\n"
    "Ordinarie ledamot\n\n"
    "Vice ordförande\n\n"
    "Viktor Almgren\n\n"
    "Ordinarie ledamot\n\n"
    "Wilma Forsberg\n\n"
    "Ordinarie ledamot\n\n"
    "Sekreterare"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_under_a_cards_seat_line(morph):
    got = held(CARDS, "sv", morph)
    assert ("Ulla Grenholm", "vice_chair", "Styrelse") in got
    assert ("Wilma Forsberg", "secretary", "Styrelse") in got
    assert ("Viktor Almgren", "member", "Styrelse") in got
    assert ("Tomas Hedberg", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_cards_not_ending_on_an_office(morph):
    # the text ends on a card's seat line: the offices may as well head the names under them
    text = CARDS[: CARDS.rindex("\n\nSekreterare")]
    got = held(text, "sv", morph)
    assert ("Ulla Grenholm", "vice_chair", "Styrelse") not in got
