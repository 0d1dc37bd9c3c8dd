"""hytegraph extract on layouts met in the hundred-and-eighty-second and hundred-and-eighty-fourth
held-out sets (Swedish): made-up snippets, one per mechanism, read with either word-form reader.

- a bare body word after a word saying it sits now, with a colon ("Nuvarande styrelse:"),
  heads the body's list, as "Ny styrelse:" does;
- a lead-in saying who sits in a body by a relative clause ("Vi som sitter i styrelsen är:",
  "De som ingår i valberedningen:") names the body of the list under it;
- a list line's post closed by the line's one semicolon where a colon is meant ("Kassör; Name,
  e-mail", "Ordförande; Name") is the post's label, as with a colon; a duty's label
  ("Fastighetsansvarig: Name") is a post in the body, no place the seat is for;
- a body's heading glued to the full stop closing a line of prose, no space between ("… i
  föreningen.Styrelsen 2023"), is a heading on a line of its own;
- words read as a name that the clause after them says are an organisation ("Testby Friskola
  är en ekonomisk förening") hold no seat;
- minutes' line of those present from a body the label names ("Närvarande från styrelsen: A,
  B, C, D") lists that body's members, whatever the meeting;
- an employees' deputy in one word ("arbetstagarsuppleant") is a deputy of the body;
- bulleted "Place, Name" items under a body's heading ("• Norrby, Eva Lind") are the body's
  members, the place the seat is for;
- a body's heading over its term after its owner's word in the genitive ("Föreningens
  Valberedning 2024") ends the auditors' list above it and heads a list of its own.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

# -- "Nuvarande styrelse:" ---------------------------------------------------------------------

CURRENT_BOARD = (
    "Om förskolan\n\n"
    "Testbyns förskola ägs av föräldrarna, som turas om att hjälpa till.\n\n"
    "Det här gör vi tillsammans:\n\n"
    " • Styrelsearbete för de förtroendevalda, minst två år per familj.\n"
    " • Städning av huset varannan månad.\n"
    " • Vårfest och julfest för barnen.\n"
    " • Varje familj tillhör en av tre arbetsgrupper som målar och lagar leksaker.\n\n"
    "Nuvarande styrelse:\n\n"
    " • Olle Ekblom, Ordförande\n"
    " • Sanna Lindvik, Sekreterare\n"
    " • Pontus Rask, Kassör\n"
    " • Vera Hallin, Personalansvarig\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_current_board_heading_heads_its_list(morph):
    got = held(CURRENT_BOARD, "sv", morph)
    assert ("Olle Ekblom", "chair", "Styrelse") in got
    assert ("Sanna Lindvik", "secretary", "Styrelse") in got
    assert ("Pontus Rask", "member", "Styrelse") in got
    assert ("Vera Hallin", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_current_contacts_heading(morph):
    # "Nuvarande kontaktpersoner:": no body's word after "current", no body of a list
    text = (
        "Nuvarande kontaktpersoner:\n\n • Olle Ekblom, Ordförande\n • Sanna Lindvik, Sekreterare\n"
    )
    got = held(text, "sv", morph)
    assert all(not body for _p, _r, body in got)


# -- "Vi som sitter i styrelsen är:" -----------------------------------------------------------

WHO_SITS = (
    "Vår styrelse\n\n"
    "Förskolan i Testbyn ägs av en förening med ett trettiotal familjer som medlemmar.\n\n"
    "Vi som sitter i styrelsen är:\n\n"
    "Mona Ekstedt, ordförande\n"
    "Kent Lövgren, sekreterare\n"
    "Rut Almqvist, kassör\n\n"
    "Frida Sandell, (suppleant)\n\n"
    "Tove Ekstedt, (adjungerande)\n\n"
    "Frågor till oss skickas med e-post.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_relative_clause_lead_in_names_the_body(morph):
    got = held(WHO_SITS, "sv", morph)
    assert ("Mona Ekstedt", "chair", "Styrelse") in got
    assert ("Kent Lövgren", "secretary", "Styrelse") in got
    assert ("Rut Almqvist", "member", "Styrelse") in got
    assert ("Frida Sandell", "deputy_member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_relative_clause_lead_in_for_a_nominating_committee(morph):
    text = (
        "De som ingår i valberedningen:\n\n"
        "Mona Ekstedt, sammankallande\n"
        "Kent Lövgren\n"
        "Rut Almqvist\n"
    )
    got = held(text, "sv", morph)
    assert ("Kent Lövgren", "member", "Valberedningen") in got
    assert ("Rut Almqvist", "member", "Valberedningen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_co_opted_under_the_lead_in(morph):
    got = held(WHO_SITS, "sv", morph)
    assert not any(person == "Tove Ekstedt" for person, _r, _b in got)


# -- "Kassör; Name, e-mail" --------------------------------------------------------------------

SEMICOLONS = (
    "Styrelsen 2021-2022\n\n"
    "Ordförande; Gustav Wiberg, gustav.wiberg@example.se\n"
    "Kassör; Elsa Nordin, elsa.n@example.se\n"
    "Sekreterare; Hugo Berglöf, hugo.berglof@example.se\n"
    "Fastighetsansvarig; Ida Rönn, ida@example.com\n"
    "Suppleant: Max Tegnér, max.tegner@example.se\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_post_closed_by_a_semicolon_is_its_label(morph):
    got = held(SEMICOLONS, "sv", morph)
    assert ("Gustav Wiberg", "chair", "Styrelsen") in got
    assert ("Elsa Nordin", "member", "Styrelsen") in got
    assert ("Hugo Berglöf", "secretary", "Styrelsen") in got
    assert ("Ida Rönn", "member", "Styrelsen") in got
    assert ("Max Tegnér", "deputy_member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_duty_label_is_no_place_the_seat_is_for(morph):
    text = SEMICOLONS.replace("Fastighetsansvarig;", "Fastighetsansvarig:")
    seats = [
        f
        for f in findings(text, "sv", morph)
        if f.kind == "membership" and f.actor.name == "Ida Rönn"
    ]
    assert seats
    assert all(f.on_behalf_of is None for f in seats)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_place_before_a_semicolon(morph):
    # "Norrby; Elsa Nordin": a place, no post, before the semicolon: no label read
    text = (
        "Styrelsen 2021-2022\n\n"
        "Ordförande: Gustav Wiberg\n"
        "Norrby; Elsa Nordin, elsa@example.se\n"
        "Söderby; Hugo Berglöf\n"
    )
    got = held(text, "sv", morph)
    assert ("Gustav Wiberg", "chair", "Styrelsen") in got
    assert not any(p in ("Elsa Nordin", "Hugo Berglöf") for p, _r, _b in got)


# -- "… i föreningen.Styrelsen 2023" -----------------------------------------------------------

GLUED = (
    "Styrelsen\n\n"
    "Skolan startade hösten 1998 med tjugo elever och har sedan dess vuxit till tre klasser "
    "med egen matsal. Föräldrarna hjälper till med skötseln av huset och trädgården i "
    "föreningen.Styrelsen 2021-2022\n\n"
    "Ordförande: Gustav Wiberg, gustav.wiberg@example.se\n"
    "Kassör: Elsa Nordin, elsa.n@example.se\n"
    "Sekreterare: Hugo Berglöf, hugo.berglof@example.se\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_heading_glued_to_a_full_stop_is_a_heading(morph):
    got = held(GLUED, "sv", morph)
    assert ("Gustav Wiberg", "chair", "Styrelsen") in got
    assert ("Elsa Nordin", "member", "Styrelsen") in got
    assert ("Hugo Berglöf", "secretary", "Styrelsen") in got


def test_leave_alone_a_full_stop_glued_inside_a_line():
    from hytegraph.authoring.extract.segment import lines

    # the capitalised words after the full stop do not end the line: no heading cut off
    text = (
        "Skolan startade hösten 1998 med tjugo elever och har sedan dess vuxit till tre "
        "klasser med egen matsal.Styrelsen beslutar om budgeten varje år i mars.\n"
    )
    assert len(lines(text)) == 1
    # a short line is no prose: nothing cut either
    assert len(lines("Kontakt och öppettider.Styrelsen 2021\n")) == 1


# -- "Testby Friskola är en ekonomisk förening" ------------------------------------------------

ORGANISATION = (
    "Styrelsen\n\n"
    "Norrvik Byskola är en ideell förening där medlemmarna väljer styrelsen vid årsmötet "
    "varje vår.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_words_said_to_be_an_association_hold_no_seat(morph):
    got = held(ORGANISATION, "sv", morph)
    assert not any("Norrvik" in person for person, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_person_said_to_be_a_member(morph):
    text = "Styrelsen\n\nVid årsmötet valdes Gustav Wiberg och Elsa Nordin in i styrelsen.\n"
    got = held(text, "sv", morph)
    assert ("Gustav Wiberg", "member", "Styrelsen") in got


# -- "Närvarande från styrelsen: A, B, C, D" ---------------------------------------------------

PRESENT_FROM = (
    "Protokoll ordinarie årsmöte 2022-10-05\n\n"
    "Lokal: Norrviks bibliotek\n"
    "Närvarande från styrelsen: Gustav Wiberg, Elsa Nordin, Hugo Berglöf, Ida Rönn\n\n"
    " 1. Gustav Wiberg hälsade alla välkomna.\n"
    " 2. Mötets kallelse godkändes.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_present_from_the_board_are_its_members(morph):
    got = held(PRESENT_FROM, "sv", morph)
    for person in ("Elsa Nordin", "Hugo Berglöf", "Ida Rönn"):
        assert any(p == person and r == "member" for p, r, _b in got), person


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_present_from_no_body(morph):
    # "från kommunen": a municipality's people, no seats in a body
    text = PRESENT_FROM.replace("Närvarande från styrelsen:", "Närvarande från kommunen:")
    got = held(text, "sv", morph)
    assert not any(p == "Ida Rönn" for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_two_present_from_the_board(morph):
    text = PRESENT_FROM.replace(", Hugo Berglöf, Ida Rönn", "")
    got = held(text, "sv", morph)
    assert not any(p == "Elsa Nordin" for p, _r, _b in got)


# -- "arbetstagarsuppleant" --------------------------------------------------------------------

EMPLOYEES = (
    "Föreningens styrelse består av:\n\n"
    "Gustav Wiberg, ordförande\n"
    "Elsa Nordin, ledamot\n"
    "Hugo Berglöf, arbetstagarledamot\n"
    "Ida Rönn, arbetstagarsuppleant\n"
    "Max Tegnér, arbetstagarsuppleant\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_employees_deputy_is_a_deputy(morph):
    got = held(EMPLOYEES, "sv", morph)
    assert ("Ida Rönn", "deputy_member", "Föreningens styrelse") in got
    assert ("Max Tegnér", "deputy_member", "Föreningens styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_employees_member(morph):
    got = held(EMPLOYEES, "sv", morph)
    assert ("Hugo Berglöf", "member", "Föreningens styrelse") in got


# -- "• Norrby, Eva Lind" ----------------------------------------------------------------------

PLACES = (
    "Valberedning 2023\n\n"
    " • Norrby, Lena Vikström\n"
    " • Söderby, Arne Falk\n"
    " • Västby, Siv Lundh (V12) - sammankallande\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_place_then_name_items_are_members(morph):
    got = held(PLACES, "sv", morph)
    assert ("Lena Vikström", "member", "Valberedning") in got
    assert ("Arne Falk", "member", "Valberedning") in got
    assert ("Siv Lundh", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_one_place_then_name_item(morph):
    # one such item alone: no list of that shape
    text = "Valberedning 2023\n\n • Norrby, Lena Vikström\n"
    got = held(text, "sv", morph)
    assert ("Lena Vikström", "member", "Valberedning") not in got


# -- "Föreningens Valberedning 2024" under the auditors ----------------------------------------

AUDITORS_THEN = (
    "Styrelsen 2023\n\n"
    "Ordförande: Gustav Wiberg, Norrby (kvar 1 år)\n\n"
    " • Ledamot, Elsa Nordin (nyval 2 år)\n"
    " • Suppleant, Hugo Berglöf (nyval 1 år)\n\n"
    "Föreningens revisorer 2023\n\n"
    " • Ordinarie Bo Öberg, Norrby, (kvar 1 år)\n"
    " • Suppleant Ann Hellberg (omval 1 år)\n\n"
    "Föreningens Valberedning 2023\n\n"
    " • Lena Vikström\n"
    " • Arne Falk\n"
    " • Siv Lundh\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_owned_body_over_its_term_ends_the_auditors(morph):
    got = held(AUDITORS_THEN, "sv", morph)
    assert ("Lena Vikström", "member", "Föreningens Valberedning") in got
    assert ("Siv Lundh", "member", "Föreningens Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_auditors(morph):
    got = held(AUDITORS_THEN, "sv", morph)
    assert not any(p in ("Bo Öberg", "Ann Hellberg") for p, _r, _b in got)
