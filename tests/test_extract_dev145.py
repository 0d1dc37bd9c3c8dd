"""hytegraph extract on layouts met in the hundred-and-thirty-seventh held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a body's list of "Surname, Firstname, office" lines ("Berg, Anna, ordförande"): the name
  printed surname first with a comma, then the office, begins the list even as its first line
  (and without voikko, two capitalised words and an office of the five make the name, the
  first name no place);
- "Surname, Xy" at the very end of the text, the first name one or two letters the dictionary
  does not know as a first name: a name the page's end cuts, no one's seat;
- "de grundande medlemmarna A, B och C" in an article after the new board: the founders, no
  members;
- "… från Y genom dess ordförande A": "its" chair after an organisation's proper name is that
  organisation's officer, not the board's (but "Styrelsen … och dess ordförande" is the
  board's own);
- "A, ordförande, B, vice ordförande C, sekreterare, …": in a run of "Name, office" items, an
  office with the comma after it left out is the name's before it when the next name has its
  own office after a comma;
- "Representanter Testviks byalag:" under a board's lists: the representatives at another
  organisation the heading names hold no seat, nor their deputy ("Ersättare, A") one in the
  body above.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held, roles

COUNCIL = (
    "Om oss\n\n"
    "Rådet väljs av fullmäktige för två år.\n\n"
    "FÖRSAMLINGSRÅDET 2025-2026\n\n"
    "Holmström, Ragnar, ordförande\n\n"
    "Vikberg, Jonas, viceordförande\n\n"
    "Sundqvist, Maja, ledamot\n\n"
    "Lammi, Elin, ledamot\n\n"
    "Fagerlund, Tord, ledamot\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_surname_comma_firstname_office_lines(morph):
    got = held(COUNCIL, "sv", morph)
    assert ("Ragnar Holmström", "chair", "FÖRSAMLINGSRÅDET") in got
    assert ("Jonas Vikberg", "vice_chair", "FÖRSAMLINGSRÅDET") in got
    assert ("Maja Sundqvist", "member", "FÖRSAMLINGSRÅDET") in got
    # (a surname that is also a town's name is still a surname)
    assert ("Elin Lammi", "member", "FÖRSAMLINGSRÅDET") in got
    assert ("Tord Fagerlund", "member", "FÖRSAMLINGSRÅDET") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_person_and_a_town_with_an_office(morph):
    # "Holmström, Kuopio, ordförande": a town after the comma, no first name
    text = COUNCIL.replace("Holmström, Ragnar, ordförande", "Holmström, Kuopio, ordförande")
    got = held(text, "sv", morph)
    assert not any("Kuopio" in person for person, _r, _b in got)
    assert ("Jonas Vikberg", "vice_chair", "FÖRSAMLINGSRÅDET") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_name_cut_by_the_end_of_the_text(morph):
    got = held(COUNCIL + "\nÖsterholm, Ka", "sv", morph)
    assert not any("Österholm" in person for person, _r, _b in got)
    assert ("Tord Fagerlund", "member", "FÖRSAMLINGSRÅDET") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_name_not_at_the_end_of_the_text(morph):
    # the same two letters with an office after them, and more text below: the page is whole
    text = COUNCIL + "\nÖsterholm, Bo, ledamot\n\nUppdaterad 2025.\n"
    assert ("Bo Österholm", "member", "FÖRSAMLINGSRÅDET") in roles(text, "sv", morph) | held(
        text, "sv", morph
    )


ARTICLE = (
    "Ny ordförande för Testbyns hembygdsförening\n\n"
    "Föreningen har en ny styrelse. Ordförande från 2024 är nu Sara Lindqvist, och i styrelsen "
    "sitter Henrik Malm, Oskar Nyberg och Tove Kraft. Suppleanter är Jenny Sjöblom och Kalle "
    "Ahlroos.\n\n"
    "Styrelsen har haft nästan samma sammansättning tills nu. Allt har kretsat kring de "
    "grundande medlemmarna Birgit Wahlroos, Tomas Edlund och Kalle Ahlroos.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_founding_members_are_no_members(morph):
    got = held(ARTICLE, "sv", morph)
    people = {person for person, _r, _b in got}
    assert "Birgit Wahlroos" not in people
    assert "Tomas Edlund" not in people
    seats = {(person, role) for person, role, _b in got}
    assert ("Kalle Ahlroos", "member") not in seats
    assert ("Kalle Ahlroos", "deputy_member") in seats
    assert ("Henrik Malm", "member") in seats


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_members_said_without_founding(morph):
    text = ARTICLE.replace("de grundande medlemmarna", "de nya medlemmarna")
    seats = {(person, role) for person, role, _b in held(text, "sv", morph)}
    assert ("Birgit Wahlroos", "member") in seats


MEETING = (
    "Ny ordförande i Testvik\n\n"
    "Vid årsmötet avtackades Gun Åberg för sitt arbete som ordförande för föreningen. Hon "
    "uppvaktades med blommor både från föreningens medlemmar och från KFG genom dess "
    "ordförande Berit Wallin.\n"
    "Den nya styrelsen fastställdes enligt följande: Mats Holmberg, ordförande, Lena Strömberg, "
    "vice ordförande Anneli Forsberg, sekreterare, Lina Lundmark, webbansvarig, Jan-Erik "
    "Wiklund kassör och Sten Sjöström samt Johan Kling som ledamöter.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_its_chair_after_another_organisation(morph):
    got = held(MEETING, "sv", morph)
    assert not any(person == "Berit Wallin" for person, _r, _b in got)
    assert ("Mats Holmberg", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_its_chair_after_the_body(morph):
    text = "Styrelsen valdes vid årsmötet och dess ordförande är Berit Wallin.\n"
    seats = {(person, role) for person, role, _b in held(text, "sv", morph)}
    assert ("Berit Wallin", "chair") in seats


@pytest.mark.parametrize("morph", MORPHS)
def test_office_with_its_comma_left_out(morph):
    got = held(MEETING, "sv", morph)
    assert ("Lena Strömberg", "vice_chair", "Styrelsen") in got
    assert ("Lena Strömberg", "member", "Styrelsen") not in got
    assert ("Anneli Forsberg", "secretary", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_before_a_name_without_its_own(morph):
    # "…, vice ordförande Anneli Forsberg och …": the next name has no office after it, so the
    # office is not moved back to the name before the comma
    text = MEETING.replace(
        "vice ordförande Anneli Forsberg, sekreterare,", "vice ordförande Anneli Forsberg och"
    )
    got = held(text, "sv", morph)
    assert ("Lena Strömberg", "vice_chair", "Styrelsen") not in got


VILLAGE = (
    "Testskärs byförening är en ideell förening.\n\n"
    "Styrelsen består av:\n\n"
    "Ordförande, Per Lövgren\n\n"
    "Ledamot, Eva Hedman\n\n"
    "Suppleanter, Ulf Ek och Lisa Strand\n\n"
    "Valberedning: Josef Holm, Hanna Berg, Ulla Sand\n\n\n"
    "Representanter Norra skärgårdens byaförening:\n\n"
    "Ordförande, vice ordförande.\n\n"
    "Ersättare, Maria Rosqvist\n\n"
    "Föreningen äger och förvaltar missionshuset.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_representatives_at_another_organisation(morph):
    got = held(VILLAGE, "sv", morph)
    assert not any(person == "Maria Rosqvist" for person, _r, _b in got)
    assert ("Per Lövgren", "chair", "Styrelsen") in got
    assert ("Josef Holm", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_deputy_without_the_representatives_heading(morph):
    text = VILLAGE.replace("Representanter Norra skärgårdens byaförening:\n\n", "").replace(
        "Ordförande, vice ordförande.\n\n", ""
    )
    got = held(text, "sv", morph)
    assert any(person == "Maria Rosqvist" for person, _r, _b in got)
