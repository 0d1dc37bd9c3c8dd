"""hytegraph extract on layouts met in the hundred-and-seventy-eighth held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a lead-in saying who leave a body, a colon before their names ("Sex personer lämnar
  styrelsen: A, B och C"), gives those names no seat;
- the active "valde" with the names right after it and the body after "till" ("Personalen
  valde A, B och C till styrelsen") names the body's members, as the passive "valdes" does;
- a body's lead and a colon, then one line of names each followed by its one office word,
  whatever the commas ("Nuvarande styrelse (sedan 2021): A ordförande, B, Kassör, C
  sekreterare, D,ledamot, E ledamot F ersättare, G, revisor"): each office is the name's
  before it, a treasurer a member, an auditor no seat;
- cards under a body's heading, a short sentence between, each a name printed twice, an
  office line (perhaps an office, a comma and a task: "Förste vice ordförande, kontaktperson
  för …") and an occupation line: each person holds the office of the card's line, also when
  the rules read the names as members or left a card unread;
- "Name, vice ordförande" on a line among such cards is a card of its own with that office,
  never the office of the card above;
- a page cut inside the second copy of a card's name ("Malin Ek" / "Malin E"): the cut card
  gives no seat, nor does its whole first copy;
- a bare body word with no colon ("Valberedningen") over lines of a name, perhaps a note in
  parentheses, a colon and an e-mail address: the body's members;
- "Kassör: A" and "Övriga ledamöter: B" among a board's "Office: Name" lines: a post's or a
  seat's word before the colon, no municipality or party the seat is held for.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held, walked

LEAVING = (
    "Testbyns folkhögskola\n\n"
    "Skolans nya styrelse tillträdde den 1 maj. Personalen valde Anna Berg, ABC (ny), Per "
    "Lind, DEF (ny) och Eva Holm, GHI till styrelsen för den nya mandatperioden.\n\n"
    "Sex personer lämnar styrelsen: Karin Ström, tidigare ordförande, Nils Dahl, Olle Ek och "
    "Lars Wik (utsedda av kommunen), samt Gun Mark och Ulf Sten (utsedda av personalen).\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_after_a_leaving_lead_in_hold_no_seat(morph):
    got = {(person, role) for person, role, _body in held(LEAVING, "sv", morph)}
    for name in ("Karin Ström", "Nils Dahl", "Olle Ek", "Lars Wik", "Gun Mark", "Ulf Sten"):
        assert (name, "member") not in got
        assert (name, "chair") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_active_valde_names_then_till_the_body(morph):
    got = held(LEAVING, "sv", morph)
    assert ("Anna Berg", "member", "Styrelse") in got
    assert ("Per Lind", "member", "Styrelse") in got
    assert ("Eva Holm", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_active_valde_plain_run(morph):
    text = (
        "Föreningens nya styrelse\n\n"
        "Årsmötet valde Anna Berg, Per Lind och Eva Holm till styrelsen.\n"
    )
    got = held(text, "sv", morph)
    assert {("Anna Berg", "member"), ("Per Lind", "member"), ("Eva Holm", "member")} <= {
        (p, r) for p, r, _b in got
    }


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_active_valde_to_offices_and_auditors(morph):
    # "valde A till ordförande": the office stands; "till revisorer": auditors hold no seat
    text = (
        "Årsmötet\n\nÅrsmötet valde Anna Berg till ordförande och Per Lind till sekreterare. "
        "Årsmötet valde Eva Holm och Olle Ek till revisorer.\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Anna Berg", "chair") in got
    assert ("Per Lind", "secretary") in got
    assert ("Anna Berg", "member") not in got
    assert not any(p in ("Eva Holm", "Olle Ek") for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_next_sentence_after_a_leaving_lead_in(morph):
    # the lead-in holds only up to its sentence's end: the new members after it stay
    text = (
        "Föreningens nya styrelse\n\nTre personer lämnar styrelsen: Karin Ström, Nils Dahl och "
        "Olle Ek. Nya ledamöter i styrelsen är Anna Berg och Per Lind.\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Anna Berg", "member") in got
    assert ("Per Lind", "member") in got


RUN_ON = (
    "Kulturföreningen Testby Bymuseum\n\nStyrelse\n\n"
    "Nuvarande styrelse (sedan 3 mars 2021): Anna Berg ordförande, Per Lind, Kassör, Eva Holm "
    "sekreterare, Olle Ek,ledamot, Karin Ström ledamot Nils Dahl, ledamot,Lars Wik , ledamot "
    "Sara Ny ersättare, Bo Ås ersättare, Ulf Sten, revisor, Gun Mark, revisor\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_run_on_line_of_names_each_before_its_office(morph):
    got = {(p, r) for p, r, _b in held(RUN_ON, "sv", morph)}
    assert ("Anna Berg", "chair") in got
    assert ("Per Lind", "member") in got
    assert ("Eva Holm", "secretary") in got
    for name in ("Olle Ek", "Karin Ström", "Nils Dahl", "Lars Wik"):
        assert (name, "member") in got
    assert ("Sara Ny", "deputy_member") in got
    assert ("Bo Ås", "deputy_member") in got
    assert ("Sara Ny", "member") not in got
    assert not any(p in ("Ulf Sten", "Gun Mark") for p, _r in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_offices_before_names_on_a_run_on_line(morph):
    # the office before each name: no office goes to the name before it
    text = (
        "Styrelse\n\nStyrelse: ordförande Anna Berg, sekreterare Per Lind, kassör Eva Holm, "
        "ledamot Olle Ek, ersättare Karin Ström\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Anna Berg", "secretary") not in got
    assert ("Per Lind", "member") not in got


CARDS = (
    "Föreningens styrelse\n\nTa gärna kontakt med någon av våra ledamöter.\n\n"
    "Anna Berg\nAnna Berg\n\nOrdförande\n\nBibliotekarie, Testby bibliotek\n\nMaila mig\n\n"
    "Per Lind\nPer Lind\n\nFörste vice ordförande, kontaktperson för Regionförening Norr\n\n"
    "Bibliotekschef, Testby kommun\n\nMaila mig\n\n"
    "Eva Holm\nEva Holm\n\nAndre vice ordförande\n\nLektor, Testby gymnasium\n\nMaila mig\n\n"
    "Olle Ek\nOlle Ek\n\nLedamot\n\nBibliotekarie, Testby\n\nMaila mig\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_cards_with_the_name_printed_twice_and_an_office_line(morph):
    got = {(p, r) for p, r, _b in held(CARDS, "sv", morph)}
    assert ("Anna Berg", "chair") in got
    assert ("Per Lind", "vice_chair") in got
    assert ("Eva Holm", "vice_chair") in got
    assert ("Olle Ek", "member") in got
    assert ("Per Lind", "member") not in got
    assert ("Anna Berg", "member") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_card_cut_inside_the_second_copy_of_its_name(morph):
    text = CARDS + "\nMalin Ekström\nMalin Ek"
    got = {p for p, _r, _b in held(text, "sv", morph)}
    assert "Malin Ek" not in got
    assert "Malin Ekström" not in got
    assert ("Per Lind", "vice_chair") in {(p, r) for p, r, _b in held(text, "sv", morph)}


@pytest.mark.parametrize("morph", MORPHS)
def test_name_and_office_line_among_cards(morph):
    # "Name, vice ordförande" after a card: a card of its own, not the office of the card above
    text = (
        "Styrelsen\n\nBjørn Aas\n\nprofessor vid Testuniversitetet\n\nAnna Berg\n\nlektor\n\n"
        "Per Lind, vice ordförande\n\nsenior rådgivare\n\nEva Holm\n\nstudent\n\n"
        "Olle Ek\n\nforskarstuderande\n"
    )
    got = {(p, r) for p, r, _b in held(text, "sv", morph)}
    assert ("Anna Berg", "vice_chair") not in got
    assert ("Anna Berg", "member") in got
    assert ("Per Lind", "vice_chair") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_last_line_not_a_cut_copy(morph):
    # the last line another name, not the start of the one above it: both read
    text = "Styrelsen\n\nAnna Berg\nPer Lind\nEva Holm\nOlle Ek"
    got = {p for p, _r, _b in held(text, "sv", morph)}
    assert {"Eva Holm", "Olle Ek"} <= got


COMMITTEE = (
    "Om föreningen\n\nValberedningen\n\n"
    "Karin Lind (sammankallande): karin.lind@example.se\n\n"
    "Per Ek: per.ek@example.se\n\nOlle Berg: olle.berg@example.se\n\n"
    "Gemensam e-postadress till hela valberedningen: valberedningen@example.se\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_bare_body_word_over_name_and_email_lines(morph):
    got = held(COMMITTEE, "sv", morph)
    assert ("Karin Lind", "member", "Valberedningen") in got
    assert ("Per Ek", "member", "Valberedningen") in got
    assert ("Olle Berg", "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_name_and_email_lines_under_a_contact_heading(morph):
    text = (
        "Kontakt\n\nAnna Berg: anna.berg@example.se\n\nPer Lind: per.lind@example.se\n\n"
        "Eva Holm: eva.holm@example.se\n"
    )
    assert held(text, "sv", morph) == set()


POSTS_BEFORE_COLON = (
    "Testby skolförening\n\n"
    "Styrelse\n\n"
    "Ordförande: Eva Lund\n\n"
    "Kassör: Bo Ek\n\n"
    "Övriga ledamöter: Gun Berg\n\n"
    "Suppleanter: Per Holm, Sara Ny\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_before_a_colon_is_no_place_the_seat_is_for(morph):
    got = [f for f in findings(POSTS_BEFORE_COLON, "sv", morph) if f.kind == "membership"]
    seats = {(f.actor.name, f.role) for f in got}
    assert ("Bo Ek", "member") in seats
    assert ("Gun Berg", "member") in seats
    assert all(f.on_behalf_of is None for f in got)


DUTIES = (
    "Testby skolförening\n\n"
    "Skolans styrelse består av föräldrar.\n\n"
    "Styrelsen har normala styrelseuppgifter. Styrelsens uppdrag är ekonomin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_word_opening_a_compound_names_no_body(morph):
    # "styrelseuppgifter": a board's duties, no body; "Skolans styrelse" stays one
    named = {m.name for m, _span in walked(DUTIES, "sv", morph).named}
    assert "Skolans styrelse" in named
    assert not any("uppgifter" in name for name in named)
