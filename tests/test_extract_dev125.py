"""hytegraph extract on layouts met again in the hundred-and-nineteenth and hundred-and-twentieth
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- a board run together on one line after its heading in capitals ("STYRELSE Aino Ek Bo Lind …"),
  the surnames in alphabetical order (an accented letter sorting as the letter: "Lindén" before
  "Lindskog"), officers' posts after a comma, an ordinal's "2:e vice ordförande" among them:
  each name a seat of the heading's body, the post an officer's;
- "Hallitus ja johtokunta 2024" over "Name, office" lines: one body that acts as another too,
  the lines its people, the first body named;
- contact cards under "Ordinarie:" and "Ersättare:", a card's line naming a place of two words
  after "i" ("odlare i Lilla Mossen"): a place, no person, so the deputies' cards are read;
- a lead-in's colon run into the first entry of the list under it ("Styrelsen valdes enligt
  följande:Aino Ek, aino@example.org"): the entry a list line as the ones under it;
- names printed in capitals under a board's heading, each officer's post in small letters on
  the line under the name ("AINO EK" / "ordförande"): the officers and the members after them.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CAPITAL_HEADING_RUN = (
    "Årsredovisning 2019\n\n"
    "3 Innehåll Förbundets styrelse 4 Ordföranden har ordet 5 Verksamhet 8 Ekonomi 12\n\n"
    "4 Västbygdens Fiskevårdsförbunds STYRELSE Greta Ahlqvist Olof Bergvik Signe Dahlberg "
    "Anton Engström Vilma Hedlund Rune Lindén Maja Lindskog Sixten Nordfors, 2:e vice "
    "ordförande Ebba Sandell, vice ordförande 4 Harald Sjölund, ordförande Lisen Åkerblad, "
    "personalrepresentant\n\n"
    "5 Ordföranden har ordet Året har varit händelserikt.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sorted_run_after_a_heading_in_capitals(morph):
    got = held(CAPITAL_HEADING_RUN, "sv", morph)
    # (the board, as the heading or with the federation's genitive before it)
    seats = {(p, r) for p, r, b in got if b.casefold().endswith("styrelse")}
    assert ("Harald Sjölund", "chair") in seats
    assert ("Ebba Sandell", "vice_chair") in seats
    assert ("Sixten Nordfors", "vice_chair") in seats
    for name in ("Greta Ahlqvist", "Olof Bergvik", "Rune Lindén", "Maja Lindskog"):
        assert (name, "member") in seats
    # no name runs into the next one
    assert not any(len(p.split()) > 2 for p, _r, _b in got)


NOT_A_BODY_RUN = CAPITAL_HEADING_RUN.replace("STYRELSE", "KONTAKTER")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_sorted_run_after_another_heading_in_capitals_gives_no_seat(morph):
    # guard: a heading in capitals that names no body gives the run no body
    got = held(NOT_A_BODY_RUN, "sv", morph)
    listed = ("Greta Ahlqvist", "Olof Bergvik", "Rune Lindén", "Maja Lindskog", "Vilma Hedlund")
    assert not any(p in listed for p, _r, _b in got)


TWO_NAMED_HEADING = (
    "Tukiyhdistys\n\n"
    "Yhdistys valitsee syyskokouksessaan hallituksen, joka toimii myös koulun johtokuntana.\n\n"
    "Hallitus ja johtokunta 2025\n"
    "Aino Salmela, puheenjohtaja\n"
    "Pekka Honkanen, jäsen\n"
    "Liisa Vuorela, jäsen\n\n"
    "Marja Kettunen, jäsen\n"
    "Olli Rantanen, varajäsen\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_of_one_body_acting_as_another(morph):
    got = held(TWO_NAMED_HEADING, "fi", morph)
    assert ("Aino Salmela", "chair", "Hallitus") in got
    assert ("Pekka Honkanen", "member", "Hallitus") in got
    assert ("Marja Kettunen", "member", "Hallitus") in got
    assert ("Olli Rantanen", "deputy_member", "Hallitus") in got


NOT_TWO_BODIES = TWO_NAMED_HEADING.replace("Hallitus ja johtokunta 2025", "Hallitus ja toiminta")


@pytest.mark.parametrize("morph", MORPHS)
def test_a_heading_of_a_body_and_something_else_is_left_alone(morph):
    # guard: "Hallitus ja toiminta" names a body and no other: not read as the lines' heading
    got = held(NOT_TWO_BODIES, "fi", morph)
    assert ("Aino Salmela", "chair", "Hallitus") not in got


CONTACT_CARDS = (
    "Förtroendevalda\n\n"
    "STYRELSE\n\n"
    "Ordinarie:\n"
    "Greta Ahlqvist, ordförande\n"
    "070-111 22 33\n"
    "greta@example.org\n"
    "odlare i Backa (lotter)\n\n"
    "Olof Bergvik, sekreterare\n"
    "olof@example.org\n"
    "odlare i Ängby (lotter)\n\n"
    "Signe Dahlberg\n"
    "odlare i Ekdalen (stuglotter)\n\n"
    "Ersättare:\n"
    "Anton Engström\n"
    "odlare i Lilla Mossen (odlingslotter)\n\n"
    "Vilma Hedlund\n"
    "070-222 33 44\n"
    "odlare i Stora Ekby (stuglotter)\n\n"
    "KOMMITTÉER\n\n"
    "Varje kommitté har en sammankallande.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_contact_cards_naming_a_place_of_two_words(morph):
    got = held(CONTACT_CARDS, "sv", morph)
    assert ("Greta Ahlqvist", "chair", "STYRELSE") in got
    assert ("Signe Dahlberg", "member", "STYRELSE") in got
    assert ("Anton Engström", "deputy_member", "STYRELSE") in got
    assert ("Vilma Hedlund", "deputy_member", "STYRELSE") in got
    # the place after "i" is no person
    assert not any(p in ("Lilla Mossen", "Stora Ekby") for p, _r, _b in got)


GLUED_COLON = (
    "Årsmöte för Ängens vänner den 3 mars 2024\n\n"
    "11. Styrelsen beviljades ansvarsfrihet.\n\n"
    "12. Styrelsen valdes enligt följande:Greta Ahlqvist, greta@example.org\n\n"
    "Olof Bergvik, olof.bergvik@example.org\n\n"
    "Signe Dahlberg, signe@example.net\n\n"
    "13. Medlemsavgiften diskuterades.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_lead_ins_colon_run_into_the_first_entry(morph):
    got = held(GLUED_COLON, "sv", morph)
    assert ("Greta Ahlqvist", "member", "Styrelsen") in got
    assert ("Olof Bergvik", "member", "Styrelsen") in got
    assert ("Signe Dahlberg", "member", "Styrelsen") in got


GLUED_COLON_ALONE = (
    "Årsmöte för Ängens vänner den 3 mars 2024\n\n"
    "Frågor om styrelsen besvaras av vår kontaktperson:Greta Ahlqvist, greta@example.org\n\n"
    "Välkomna på årsmötet i mars! Vi bjuder på kaffe.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_colon_run_into_one_name_without_a_list_gives_no_seat(morph):
    # guard: one name after the colon and no list under it is no board's list
    got = held(GLUED_COLON_ALONE, "sv", morph)
    assert ("Greta Ahlqvist", "member", "Styrelsen") not in got


CAPITAL_NAMES = (
    "OM OSS KONTAKT\n\n"
    "Styrelsen\n\n"
    "GRETA AHLQVIST\n"
    "ordförande\n"
    "OLOF BERGVIK\n"
    "sekreterare\n"
    "SIGNE DAHLBERG\n"
    "kassör\n"
    "ANTON ENGSTRÖM\n"
    "VILMA HEDLUND\n\n"
    "Stadgar\n\n"
    "§ 1 Namn\n"
    "Föreningens namn är Ängens vänner.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_in_capitals_with_their_posts_under_them(morph):
    got = {(p.casefold(), r, b) for p, r, b in held(CAPITAL_NAMES, "sv", morph)}
    assert ("greta ahlqvist", "chair", "Styrelsen") in got
    assert ("olof bergvik", "secretary", "Styrelsen") in got
    assert ("signe dahlberg", "member", "Styrelsen") in got
    assert ("anton engström", "member", "Styrelsen") in got
    assert ("vilma hedlund", "member", "Styrelsen") in got
    # the post under a name is that name's, not the next one's
    assert ("olof bergvik", "chair", "Styrelsen") not in got


CAPITALS_POST_FIRST = (
    "OM OSS KONTAKT\n\n"
    "Styrelsen\n\n"
    "ordförande\n"
    "GRETA AHLQVIST\n"
    "sekreterare\n"
    "OLOF BERGVIK\n"
    "kassör\n"
    "SIGNE DAHLBERG\n\n"
    "Stadgar\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_posts_over_names_in_capitals_are_left_alone(morph):
    # guard: a post first under the heading is no name's post under it
    got = {(p.casefold(), r, b) for p, r, b in held(CAPITALS_POST_FIRST, "sv", morph)}
    assert ("greta ahlqvist", "secretary", "Styrelsen") not in got
