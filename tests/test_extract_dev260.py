"""hytegraph extract on minutes' rolls and annual meetings' reports that the rules read wrong
or not at all:

- "Läsnä: A, B, C, D" under a body's meeting heading: a short roll (fewer names than fill
  a long line) is no heading of its own, the names are the body's members;
- "LÄSNÄ      A, B, C sekä varajäsen D" / "POISSA      E, varajäsen F", the labels padded
  apart from the names in a minutes' head, with the body named only in the text after the
  roll ("Hallituksen kokouksessa käsiteltiin …"): members and deputies, present or absent; an
  association's general meeting's roll (its members present) is no body's;
- "Ny styrelse är A, B och C", "Uusi hallitus on A, B ja C": the new body's members after the
  copula (not "Styrelsen är nöjd", nor a body with no such adjective);
- "A, B och C omvaldes på 2 år", "D och E är valda till årsmötet 2021", "… medan F omvaldes
  till årsmötet 2021, som …" in a report of an association's meeting: members of the board
  it fills (not the auditors', not a clause naming another seat);
- "Som ordförande till årsmötet 2021 valdes A": the term up to the next annual meeting
  between the office and the verb;
- "SSF:s styrelse 2016 (fr.v.): A, B (ordförande) och C": a photo label's year and order
  after the body's name; "Saknas på bilden gör D och E": the members missing from the photo.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats

SHORT_ROLL = (
    "Hallituksen kokous 4/2023\n\n"
    "Läsnä: Olli Paavola, Arto Juvonen, Göran Koreneff, Kimmo Kekäläinen\n\n"
    "1. Kokouksen avaus\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_roll_under_a_meeting_heading_is_no_heading(morph):
    found = seats(SHORT_ROLL, "fi", morph)
    assert ("Olli Paavola", "member", "hallitus") in found
    assert ("Kimmo Kekäläinen", "member", "hallitus") in found


SHORT_ROLL_SV = (
    "Styrelsemöte 2023-05-03\n\nNärvarande: Ulla Berg, Tor Lind, Eva Holm\n\nMötet öppnades.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_short_swedish_roll_under_a_board_meeting(morph):
    found = seats(SHORT_ROLL_SV, "sv", morph)
    assert ("Ulla Berg", "member", "styrelsen") in found
    assert ("Eva Holm", "member", "styrelsen") in found


PADDED_ROLL = (
    "AIKA            Keskiviikkona 3.5.2023 klo 17.30\n\n"
    "LÄSNÄ         Matias Kaivos, Markus Alanko, Tero Keinovaara, Outi Sailo "
    "sekä varajäsen Pekka Korhonen\n\n"
    "POISSA        Risto Innanen, Jari Jokinen, varajäsen Pekka Peltonen\n\n"
    "Hallituksen kokouksessa käsiteltiin tavanomaiset esityslistan mukaiset asiat.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_padded_roll_takes_the_body_from_the_text_after_it(morph):
    found = seats(PADDED_ROLL, "fi", morph)
    assert ("Matias Kaivos", "member", "hallitus") in found
    assert ("Outi Sailo", "member", "hallitus") in found
    assert ("Pekka Korhonen", "deputy_member", "hallitus") in found
    assert ("Risto Innanen", "member", "hallitus") in found
    assert ("Pekka Peltonen", "deputy_member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_general_meetings_roll_is_no_bodys(morph):
    text = (
        "Vuosikokous 12.3.2023\n\n"
        "LÄSNÄ         Matias Kaivos, Markus Alanko, Tero Keinovaara, Outi Sailo\n\n"
        "Hallituksen kokouksessa sovittiin seuraavasta kokouksesta.\n"
    )
    found = seats(text, "fi", morph)
    assert not {s for s in found if s[0] == "Markus Alanko"}


NEW_BOARD_IS = (
    "Årsmöte\n\n"
    "Årsmötet med föreningen besöktes av ett 50-tal medlemmar.\n\n"
    "Ny styrelse är Jerry Bengt, Kaeth Garde, Agneta Hahn och Anders Wint med museets chef "
    "Cecilia Wide som adjungerad.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_new_boards_members_after_the_copula(morph):
    found = seats(NEW_BOARD_IS, "sv", morph)
    bodies = {b for p, _r, b in found if p == "Jerry Bengt"}
    assert bodies and all(b.startswith("styrelse") for b in bodies)
    assert {("Kaeth Garde", "member"), ("Anders Wint", "member")} <= {(p, r) for p, r, _b in found}
    assert not {s for s in found if s[0] == "Cecilia Wide"}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_new_finnish_boards_members_after_the_copula(morph):
    found = seats(
        "Vuosikokous\n\nUusi hallitus on Matti Virta (pj), Liisa Laine ja Pekka Puu.\n", "fi", morph
    )
    assert ("Matti Virta", "chair", "hallitus") in found
    assert ("Pekka Puu", "member", "hallitus") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_with_no_adjective_before_the_copula_is_no_list(morph):
    found = seats("Årsmöte\n\nStyrelsen är nöjd med året. Bo Ek tackade.\n", "sv", morph)
    assert not found


REELECTED = (
    "Rapport från årsmötet 2020\n\n"
    "Årsmötet ägde rum den 19 oktober.\n\n"
    "Ingrid Anders, Signe Sköld valdes till ordinarie ledamöter till årsmötet 2022, medan "
    "David Lars omvaldes till årsmötet 2021, som resultat av ett beslut. Eva Frisk, Åke Danér "
    "och Guy Ramb är valda till årsmötet 2021. Som ordförande till årsmötet 2021 valdes Tommy "
    "Lindq.\n\n"
    "Marianne Ceder, Louise Arke och Britten Back omvaldes på 2 år. Bland revisorerna kvarstår "
    "Ann Jöns 1 år medan Arne Ekstr och Johanna Hål omvaldes på 2 år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_reelected_with_no_seat_at_a_meeting_are_its_boards(morph):
    found = seats(REELECTED, "sv", morph)
    for name in ("David Lars", "Eva Frisk", "Guy Ramb", "Marianne Ceder", "Britten Back"):
        assert (name, "member", "styrelsen") in found
    assert ("Tommy Lindq", "chair", "styrelsen") in found
    assert ("Ingrid Anders", "member", "styrelsen") in found
    # the auditors re-elected hold no seat
    assert not {s for s in found if s[0] in ("Arne Ekstr", "Johanna Hål", "Ann Jöns")}


@pytest.mark.parametrize("morph", MORPHS)
def test_a_reelection_with_no_meeting_said_is_not_read(morph):
    found = seats("Föreningen\n\nKent Ekl och Bo Lindh omvaldes på 2 år.\n", "sv", morph)
    assert not found


@pytest.mark.parametrize("morph", MORPHS)
def test_a_photo_labels_year_and_order_before_the_colon(morph):
    found = seats(
        "Verksamhetsberättelse 2016\n\n"
        "SSF:s styrelse 2016 (fr.v.): Fredrik Norr, Arne Lasse, Anders Sell (ordförande) och "
        "Hans Ramm.\n",
        "sv",
        morph,
    )
    assert ("Anders Sell", "chair", "ssf:s styrelse") in found
    assert ("Hans Ramm", "member", "ssf:s styrelse") in found


@pytest.mark.parametrize("morph", MORPHS)
def test_those_missing_from_the_photo_said_first(morph):
    found = seats(
        "Verksamhetsberättelse 2016\n\n"
        "Föreningens styrelse 2016 (fr.v.): Fredrik Norr, Arne Lasse, Anders Sell (ordförande) "
        "och Hans Ramm. Saknas på bilden gör Therese Brodd och Karin Malm.\n",
        "sv",
        morph,
    )
    assert ("Anders Sell", "chair", "föreningens styrelse") in found
    assert ("Karin Malm", "member", "föreningens styrelse") in found
    assert ("Therese Brodd", "member", "föreningens styrelse") in found
