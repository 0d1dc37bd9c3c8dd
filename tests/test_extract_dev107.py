"""hytegraph extract on layouts left over from the ninety-fifth, hundred-and-seventh and
hundred-and-eighth held-out sets: made-up snippets, one per mechanism, read with either
word-form reader.

- a minutes' attendance table of rows "member [office] / personal deputy / municipality"
  flattened to one run under "Paikalla", an "x" before whoever was present ("Paikalla x Aino
  Ek pj. Bo Lind Hanko …"): a municipality's name closes each row, the first name of a row is
  the member (the chair's and vice chair's offices after it), the second the deputy; the body
  is the one the head names, else the one whose meeting schedule is an item of the agenda
  ("LAUTAKUNNAN KOKOUSAIKATAULU");
- "A och B har ett år kvar på sin mandatperiod." after a sentence electing members: the
  members continuing their terms sit in the body the sentence before elected its members to;
- "A valdes till ny ordförande efter B": B, greeted earlier as "ordföranden B", is the
  outgoing chair, no chair's seat (B's seat as a member elected the same day stays);
- "Norrby Byar rf.:s ordförande A" (also "rf:s", "r.f.:s"): the office is the registered
  association's, not one of a body the sentence names later;
- "ta farväl av styrelsens långvariga medlem och kassör A": a farewell to one leaving, no seat;
- a bare "Styrelsen" heading over a line of a name and an officer's office ("Aino Berg,
  ordförande", "Aino Berg Ordförande +358 … aino@…"): the board whose people follow.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

PLACE_ROWS = (
    "PÖYTÄKIRJA Kokouspäivä\n\n"
    "1 Aika ja paikka: klo Kirkkotie 3, Testilä PÖYTÄKIRJA Paikalla x Aino Keränen pj. "
    "Olli Mäkelä Hanko Pertti Salonen vpj. x Riitta Ahola klo Inkoo x Marja Toivonen "
    "Heikki Lampinen Siuntio Jussi Pelkonen x Sirpa Hyvönen Karkkila x Tiina Rantala, "
    "esittelijä, sihteeri. ASIAT: 1 KOKOUKSEN LAILLISUUS 1 2 LAUTAKUNNAN KOKOUSAIKATAULU "
    "VUONNA 3\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_attendance_rows_closed_by_a_municipality(morph):
    got = held(PLACE_ROWS, "fi", morph)
    assert got == {
        ("Aino Keränen", "chair", "Lautakunta"),
        ("Olli Mäkelä", "deputy_member", "Lautakunta"),
        ("Pertti Salonen", "vice_chair", "Lautakunta"),
        ("Riitta Ahola", "deputy_member", "Lautakunta"),
        ("Marja Toivonen", "member", "Lautakunta"),
        ("Heikki Lampinen", "deputy_member", "Lautakunta"),
        ("Jussi Pelkonen", "member", "Lautakunta"),
        ("Sirpa Hyvönen", "deputy_member", "Lautakunta"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_attendance_rows_under_a_body_named_in_the_head(morph):
    text = PLACE_ROWS.replace("PÖYTÄKIRJA Kokouspäivä", "Ympäristölautakunta Pöytäkirja")
    got = held(text, "fi", morph)
    assert ("Aino Keränen", "chair", "Ympäristölautakunta") in got
    assert ("Sirpa Hyvönen", "deputy_member", "Ympäristölautakunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_attendance_rows_left_alone(morph):
    # no office marks a row's first name: which column is the members' is not said
    unmarked = PLACE_ROWS.replace(" pj.", "").replace(" vpj.", "")
    assert not any(b == "Lautakunta" for _p, _r, b in held(unmarked, "fi", morph))
    # two rows only
    short = PLACE_ROWS.replace("Siuntio Jussi Pelkonen x Sirpa Hyvönen Karkkila ", "Siuntio ")
    short = short.replace("Inkoo x Marja Toivonen Heikki Lampinen Siuntio ", "Inkoo ")
    assert not any(b == "Lautakunta" for _p, _r, b in held(short, "fi", morph))
    # no body named anywhere
    nameless = PLACE_ROWS.replace("LAUTAKUNNAN KOKOUSAIKATAULU", "TALOUSARVION TOTEUTUMINEN")
    assert not any(r == "chair" for _p, r, _b in held(nameless, "fi", morph))


ANNUAL_MEETING = (
    "Tisdagen den 12 mars genomfördes årsmötet på restaurang Klubbstugan vid Norrvik IP.\n"
    "Mötet började kl 19.05 med att ordföranden Kim Berg hälsade medlemmarna välkomna och "
    "förklarade mötet öppnat. Årsmötet beslutade att ha sju ledamöter i styrelsen. Punkt 9 "
    "gällde valen och mötet gick helt på valberedningens förslag vilket innebar att Per "
    "Nyholm valdes till ny ordförande efter Kim Berg. Eva Lund, Kim Berg och Ola Ek valdes "
    "till ledamöter på två år. Gun Strand och Tor Vik har ett år kvar på sin mandatperiod.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_members_with_years_left_and_the_chair_before_the_new(morph):
    got = held(ANNUAL_MEETING, "sv", morph)
    assert ("Per Nyholm", "chair", "Styrelsen") in got
    assert ("Gun Strand", "member", "Styrelsen") in got
    assert ("Tor Vik", "member", "Styrelsen") in got
    assert ("Kim Berg", "member", "Styrelsen") in got
    assert not any(p == "Kim Berg" and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_years_left_and_new_chair_left_alone(morph):
    # no members elected in the sentence before: whose term is left is not said
    alone = "Gun Strand och Tor Vik har ett år kvar på sin mandatperiod.\n"
    assert not held(alone, "sv", morph)
    # a chair elected with no predecessor named: the chair greeting the meeting stays
    text = ANNUAL_MEETING.replace(" efter Kim Berg", "")
    assert ("Kim Berg", "chair", "Styrelsen") in held(text, "sv", morph)


VILLAGE_MEETING = (
    "Byaträffen\n\n"
    "Norrby Byar rf.:s ordförande Kim Lund gästade oss och berättade om Smarta Byar "
    "nätverket.\n\n"
    "Efter årsmötet var vi tvungna att ta farväl av styrelsens långvariga medlem och kassör "
    "Olle Strand. I styrelsen fortsätter Eva Berg och Ola Ek.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_registered_association_genitive_and_a_farewell(morph):
    got = held(VILLAGE_MEETING, "sv", morph)
    assert ("Kim Lund", "chair", "Norrby Byar rf") in got
    assert not any(b.casefold() == "nätverket" for _p, _r, b in got)
    assert ("Eva Berg", "member", "Styrelsen") in got
    assert not any(p == "Olle Strand" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_registered_association_and_farewell_left_alone(morph):
    # the board's own chair, no association's genitive before the office
    text = "Styrelsen\n\nStyrelsens ordförande Kim Lund hälsade alla välkomna.\n"
    assert not any(b.endswith(" rf") for _p, _r, b in held(text, "sv", morph))
    # a member welcomed, not taken farewell of
    text = VILLAGE_MEETING.replace("ta farväl av", "välkomna")
    assert not any(p == "Olle Strand" and r == "chair" for p, r, _b in held(text, "sv", morph))


BARE_BOARD = (
    "Styrelsen\n\n"
    "Maria Nyström, ordförande\n"
    "Johan Backman, vice ordförande\n"
    "Lena Sundqvist\n"
    "Mikael Granholm\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_board_heading_over_a_name_and_its_office(morph):
    got = held(BARE_BOARD, "sv", morph)
    assert got == {
        ("Maria Nyström", "chair", "Styrelsen"),
        ("Johan Backman", "vice_chair", "Styrelsen"),
        ("Lena Sundqvist", "member", "Styrelsen"),
        ("Mikael Granholm", "member", "Styrelsen"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_a_bare_board_heading_left_alone(morph):
    # no officer's office right after the first name: whose list follows is not said
    for first in ("Maria Nyström, kassör", "Maria Nyström, Norrby"):
        text = BARE_BOARD.replace("Maria Nyström, ordförande", first)
        assert not held(text, "sv", morph)
