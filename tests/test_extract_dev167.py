"""hytegraph extract on layouts met in the hundred-and-fifty-ninth and hundred-and-sixty-first
held-out sets: made-up snippets, one per mechanism, read with either word-form reader.

- "- Ordförande (ett år): A": an office's label with the seats' term in brackets before the
  colon is read as the label alone.
- "2. Val av mötesfunktionärer" / "- ordförande: A" / "- sekreterare: B": the meeting's
  officers hold no seat, and the board's seats the same people are elected to later are kept.
- "- Kvarstår ytterligare ett år: A, B, C": a label saying the seats go on, over names, gives
  members of the body of the list.
- "- Label: A, B," / "C": a bullet's or a numbered item's names wrapped onto the next line after
  a comma or "och" are one list.
- "A, Ort och B, Ort blev nya styrelseledamöter.": a sentence that is a run of names, then
  "blev" and a plural seat noun, seats them in the body joined to the noun.
- "Valberedningen - A, B och C - hade …": a body's name, then names between dashes: its members.
- "I styrelsen från vänster: A, suppleant, B, sekreterare …": a caption's "Name, suppleant"
  is a deputy.
- Name-and-office cells glued on list lines ("Bo LindKassör"): a name of three words, a run
  that goes on past one line of another kind, a body glued to the name ("Valberedning") and
  auditors (no seat).
- "Eva Ek, Ås - Ekonomiansvarig | 2:e vice ordförande": of two posts parted by a bar, the
  officer's.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

MINUTES = (
    "Protokoll årsmöte Testby Filmklubb 12 mars 2021\n\n"
    "1. Mötet öppnades av Anna Berg.\n"
    "2. Val av mötesfunktionärer\n"
    "- ordförande: Ulla Ström\n"
    "- sekreterare: Kim Dahl\n"
    "3. Val av ordförande och övriga ledamöter i styrelsen:\n"
    "- Ordförande (ett år): Anna Berg\n"
    "- Ledamöter (två år): Olle Ek, Per Lund, Kim Dahl\n"
    "- Ersättare (ett år): Eva Holm, Bo Sjö\n"
    "- Kvarstår ytterligare ett år gör: Nils Grön, Ulla Ström,\n"
    "Lena Vik\n"
    "4. Till revisor valdes Sven Ås.\n"
    "5. Val av ledamöter i valberedningen: Rut Malm (sammankallande) och\n"
    "Gun Lax.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bracketed_term_in_an_office_label(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelsen") in got
    assert ("Olle Ek", "member", "Styrelsen") in got
    assert ("Per Lund", "member", "Styrelsen") in got
    assert ("Eva Holm", "deputy_member", "Styrelsen") in got
    assert ("Bo Sjö", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_meeting_officers_hold_no_seat_and_keep_their_board_seats(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Kim Dahl", "member", "Styrelsen") in got
    assert ("Ulla Ström", "member", "Styrelsen") in got
    assert not any(p == "Kim Dahl" and r == "secretary" for p, r, _b in got)
    assert not any(p == "Ulla Ström" and r == "chair" for p, r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_seats_that_go_on_under_their_label_wrapped_onto_a_line(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Nils Grön", "member", "Styrelsen") in got
    assert ("Lena Vik", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_numbered_item_names_wrapped_after_och(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Rut Malm", "member", "Valberedningen") in got
    assert ("Gun Lax", "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_bracketed_term_of_an_auditor(morph):
    got = held(MINUTES.replace("4. Till revisor valdes Sven Ås.", "- Revisor (ett år): Sven Ås"),
               "sv", morph)  # fmt: skip
    assert not any(p == "Sven Ås" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_officers_of_a_board_with_no_meeting_item(morph):
    text = (
        "Protokoll årsmöte Testby Filmklubb 12 mars 2021\n\n"
        "2. Val av styrelse\n"
        "- ordförande: Ulla Ström\n"
        "- sekreterare: Kim Dahl\n"
        "- ledamöter: Olle Ek, Per Lund\n"
    )
    got = held(text, "sv", morph)
    assert any(p == "Kim Dahl" and r == "secretary" for p, r, _b in got)
    assert any(p == "Ulla Ström" and r == "chair" for p, r, _b in got)


NEWS = (
    "Årsmöte i Testby Spelmanslag\n\n"
    "Valberedningen \u2013 Eva Ek, Bo Lind och Per Holm \u2013 hade gjort ett bra arbete. "
    "Ny ordförande i styrelsen blev Kim Dahl, Testby. Anna Berg, Ås och Olle Sjö, Bromma blev nya "
    "styrelseledamöter.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_with_homes_became_board_members(morph):
    got = held(NEWS, "sv", morph)
    assert ("Anna Berg", "member", "Styrelsen") in got
    assert ("Olle Sjö", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_body_then_names_between_dashes(morph):
    got = held(NEWS, "sv", morph)
    assert ("Eva Ek", "member", "Valberedningen") in got
    assert ("Bo Lind", "member", "Valberedningen") in got
    assert ("Per Holm", "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_that_became_honorary_members(morph):
    text = NEWS.replace("nya \nstyrelseledamöter", "nya hedersledamöter").replace(
        "blev nya styrelseledamöter", "blev nya hedersledamöter"
    )
    got = held(text, "sv", morph)
    assert not any(p in ("Anna Berg", "Olle Sjö") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_names_between_dashes_after_no_body(morph):
    text = NEWS.replace("Valberedningen \u2013 ", "Musikerna \u2013 ")
    got = held(text, "sv", morph)
    assert not any(p in ("Eva Ek", "Bo Lind", "Per Holm") for p, _r, _b in got)


CAPTION = (
    "Filmklubben i Testby\n\n"
    "I styrelsen från vänster: Eva Ek, suppleant, Bo Lind, sekreterare, Rut Malm, suppleant, "
    "Anna Berg, ordförande, Olle Sjö, kassör, Kim Dahl, ledamot och Per Holm, ledamot\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_caption_deputies_after_their_names(morph):
    got = held(CAPTION, "sv", morph)
    assert ("Eva Ek", "deputy_member", "Styrelsen") in got
    assert ("Rut Malm", "deputy_member", "Styrelsen") in got
    assert ("Bo Lind", "secretary", "Styrelsen") in got
    assert ("Kim Dahl", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_deputy_named_outside_the_caption(morph):
    text = CAPTION.replace("Eva Ek, suppleant,", "Eva Ek,") + (
        "\nEva Ek, suppleant i kommunfullmäktige, visade filmen.\n"
    )
    got = held(text, "sv", morph)
    assert ("Eva Ek", "deputy_member", "Styrelsen") not in got


GLUED = (
    "Styrelse och stadgar\n\n"
    "Förtroendevalda 2024\n\n"
    "Anna BergOrdförande\n"
    "Olle SjöVice ordförande\n"
    "Rut MalmSekreterare\n"
    "Per Holm LindqvistKassör\n"
    "Kim DahlLedamot\n"
    "Eva EkholmLedamot\n"
    "Bo LindellSuppleant\n"
    "Sven ÅströmLekmannarevisor\n"
    "Testby Revision ABAuktoriserad revisor\n"
    "Gun LaxValberedning (sammankallande)\n"
    "Nils GrönValberedning\n"
    "Lena VikValberedning\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_glued_names_and_offices_past_a_line_of_another_kind(morph):
    got = held(GLUED, "sv", morph)
    assert ("Anna Berg", "chair", "Styrelse") in got
    assert ("Per Holm Lindqvist", "member", "Styrelse") in got
    assert ("Kim Dahl", "member", "Styrelse") in got
    assert ("Bo Lindell", "deputy_member", "Styrelse") in got
    assert ("Gun Lax", "member", "Valberedning") in got
    assert ("Lena Vik", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_glued_auditors(morph):
    got = held(GLUED, "sv", morph)
    assert not any(p == "Sven Åström" for p, _r, _b in got)


BARRED = (
    "Styrelsen\n\n"
    "I styrelsen ingår\n\n"
    "Anna Berg, Testby \u2013 Ordförande\n\n"
    "Olle Sjö, Ås\n\n"
    "Rut Malm, Bro \u2013 Ekonomiansvarig | 2:e vice ordförande\n\n"
    "Per Holm, Ås\n\n"
    "Kim Dahl, Bro\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_officer_post_after_a_bar(morph):
    got = held(BARRED, "sv", morph)
    assert ("Rut Malm", "vice_chair", "Styrelsen") in got
    assert ("Per Holm", "member", "Styrelsen") in got
    assert ("Kim Dahl", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_posts_neither_an_officer(morph):
    text = BARRED.replace("Ekonomiansvarig | 2:e vice ordförande", "Ekonomiansvarig | Webbansvarig")
    got = held(text, "sv", morph)
    assert not any(p == "Rut Malm" and r == "vice_chair" for p, r, _b in got)
