"""hytegraph extract on layouts met in the hundred-and-ninety-second held-out set (sv): made-up
snippets, one per mechanism, read with either word-form reader.

- a lead-in whose colon the list follows, its body's bare word the subject of a passive
  that elects it ("En styrelse valdes för det kommande året i följande skepnad:"), names
  the list's body;
- cards of three lines, a name, its office and a third line that is no office (the person's
  club or home), repeated: each office is the name's above it, the third line skipped;
- "A har suttit i förbundsstyrelsen i flera år och valdes nu till ny ordförande": the office
  a closing clause with "och valdes till" elects the sentence's one name to is its seat in
  that body;
- "Valen följde helt de lagda förslagen": the proposals adopted, as with "följde förslagen";
- "A fick förtroende för två nya år i styrelsen": re-elected to the body named after it;
- "Även A, B och C omvaldes": members of the body the sentence right before gave a seat in.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CARDS = (
    "Testvikens Schackförbund höll årsmöte\n\n"
    "I måndags höll förbundet sitt årsmöte i Klubbhuset. Ett tiotal klubbar var på plats.\n\n"
    "En styrelse valdes för det kommande året i följande skepnad:\n\n"
    "Anna Berglund\n\nOrdförande\n\nSK Tornet\n\n"
    "Olle Sundin\n\nVice ordförande\n\nBondens SS\n\n"
    "Karin Lövgren\n\nSekreterare\n\nTestvikens SS\n\n"
    "Per Almqvist\n\nKassör\n\nSK Löparen\n\n"
    "Lisa Hedman\n\nLedamot\n\nSS Springaren\n\n"
    "Erik Dahlin\n\nSuppleant\n\nSK Tornet\n\n"
    "Nästa år fyller förbundet hundra år och det blir ett jubileumsår.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_three_line_cards_under_an_elected_body_lead_in(morph):
    got = held(CARDS, "sv", morph)
    bodies = {body for _, _, body in got}
    assert len(bodies) == 1
    body = bodies.pop()
    assert body.casefold().startswith("styrelse")
    assert got == {
        ("Anna Berglund", "chair", body),
        ("Olle Sundin", "vice_chair", body),
        ("Karin Lövgren", "secretary", body),
        ("Per Almqvist", "member", body),
        ("Lisa Hedman", "member", body),
        ("Erik Dahlin", "deputy_member", body),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_three_line_cards_under_a_body_label(morph):
    lead = "En styrelse valdes för det kommande året i följande skepnad:"
    text = CARDS.replace(lead, "Styrelsen:")
    got = held(text, "sv", morph)
    assert ("Anna Berglund", "chair", "Styrelsen") in got
    assert ("Olle Sundin", "vice_chair", "Styrelsen") in got
    assert ("Karin Lövgren", "secretary", "Styrelsen") in got
    assert ("Erik Dahlin", "deputy_member", "Styrelsen") in got
    assert not any(role == "vice_chair" and who == "Karin Lövgren" for who, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_body_lead_in_over_two_line_cards(morph):
    # the same lead-in over cards of a name and its office only
    text = CARDS
    for club in ("SK Tornet", "Bondens SS", "Testvikens SS", "SK Löparen", "SS Springaren"):
        text = text.replace(f"\n\n{club}\n\n", "\n\n")
    got = held(text, "sv", morph)
    assert {(who, role) for who, role, _ in got} >= {
        ("Anna Berglund", "chair"),
        ("Olle Sundin", "vice_chair"),
        ("Karin Lövgren", "secretary"),
        ("Erik Dahlin", "deputy_member"),
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_line_cards_under_a_label(morph):
    # name and office alternating: every second line an office, as before
    text = (
        "Styrelsen:\n\nAnna Berglund\n\nOrdförande\n\nOlle Sundin\n\nSekreterare\n\n"
        "Karin Lövgren\n\nLedamot\n\nDet var allt för i år.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berglund", "chair", "Styrelsen") in got
    assert ("Olle Sundin", "secretary", "Styrelsen") in got
    assert ("Karin Lövgren", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_year_under_each_office(morph):
    # "Per Almqvist¹" / "Ledamot" / "1995": a table's row, the year under the office no
    # third card line (the rows read as the table's, the mark no part of a name)
    text = (
        "Styrelsens ledamöter\n\nNamn\n  \nInvald år\nBolag\nÄgare\n"
        "Anna Berglund\nOrdförande\n2016\nOberoende\nOberoende\n"
        "Olle Sundin\nLedamot\n2011\nOberoende\nOberoende\n"
        "Karin Lövgren\nLedamot\n2017\nOberoende\nOberoende\n"
        "Per Almqvist¹\nLedamot\n1995\nLisa Hedman¹\nLedamot\n2016\n \n\n"
        "¹ Arbetstagarrepresentanter som vid frånvaro ersätts av suppleanter\n"
    )
    got = held(text, "sv", morph)
    assert not any("¹" in who for who, _, _ in got)
    assert ("Per Almqvist", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_elected_body_in_a_sentence_without_colon(morph):
    # no lead-in: the sentence ends with a full stop, the lines after it are no list of it
    text = (
        "En styrelse valdes för det kommande året. Mötet avslutades med kaffe.\n\n"
        "Anna Berglund\n\nOrdförande i Testvikens Hembygdsförening\n"
    )
    got = held(text, "sv", morph)
    assert not any(body.casefold().startswith("styrelse") for _, _, body in got)


CHAIR = (
    "Testvikens Släktforskarförbund har fått en ny ordförande. Anna Berglund från Bondby har "
    "suttit i förbundsstyrelsen i flera år och valdes nu till ny ordförande. Hon efterträder "
    "Olle Sundin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_and_elected_to_an_office_after_sitting_in_the_body(morph):
    got = held(CHAIR, "sv", morph)
    assert ("Anna Berglund", "chair", "Förbundsstyrelsen") in got
    assert ("Anna Berglund", "member", "Förbundsstyrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_names_before_and_elected_to_an_office(morph):
    # two names: whose office it is is not said
    text = CHAIR.replace("Anna Berglund från Bondby har", "Anna Berglund och Karin Lövgren har")
    got = held(text, "sv", morph)
    assert not any(role == "chair" for _, role, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_an_office_of_another_body_after_and_elected(morph):
    text = CHAIR.replace("till ny ordförande.", "till ny ordförande i valberedningen.")
    got = held(text, "sv", morph)
    assert ("Anna Berglund", "chair", "Förbundsstyrelsen") not in got


ELECTIONS = (
    "Valen i övrigt följde helt de lagda förslagen, vilket bland annat innebär att Anna "
    "Berglund, Bondby, fick förtroende för två nya år i styrelsen. Även Olle Sundin, Karin "
    "Lövgren och Per Almqvist omvaldes, medan Lisa Hedman, Åby, nyvaldes som ledamot på två "
    "år.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_trust_for_new_years_in_the_board_as_proposed(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Anna Berglund", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_also_reelected_after_a_seat(morph):
    got = held(ELECTIONS, "sv", morph)
    assert ("Olle Sundin", "member", "Styrelsen") in got
    assert ("Karin Lövgren", "member", "Styrelsen") in got
    assert ("Per Almqvist", "member", "Styrelsen") in got
    assert ("Lisa Hedman", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_proposals_not_said_adopted(morph):
    text = (
        "Valberedningen lade fram sina förslag: Anna Berglund föreslås få förtroende för två "
        "nya år i styrelsen.\n"
    )
    assert not any(who == "Anna Berglund" for who, _, _ in held(text, "sv", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_reelected_without_also(morph):
    # no "Även": the names are not said to be re-elected to the same body
    text = ELECTIONS.replace("Även Olle Sundin", "Olle Sundin")
    got = held(text, "sv", morph)
    assert ("Per Almqvist", "member", "Styrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_also_reelected_after_the_auditors(morph):
    # the sentence right before names auditors, not seats: no body to be re-elected to
    text = (
        "Anna Berglund omvaldes för två år i styrelsen. Till revisorer omvaldes Gustav Ek. "
        "Även Olle Sundin och Per Almqvist omvaldes.\n"
    )
    got = held(text, "sv", morph)
    assert ("Anna Berglund", "member", "Styrelsen") in got
    assert not any(who in ("Olle Sundin", "Per Almqvist") for who, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_elections_that_followed_the_proposals_made(morph):
    text = (
        "Valen följde helt de lagda förslagen, vilket innebär att Anna Berglund omvaldes för "
        "två år i styrelsen.\n"
    )
    assert ("Anna Berglund", "member", "Styrelsen") in held(text, "sv", morph)
