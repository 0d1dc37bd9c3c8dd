"""hytegraph extract on layouts met in the hundred-and-fifty-second held-out set: made-up
snippets, one per mechanism, read with either word-form reader.

- a word ending in "-ansvarig" ("Programansvarig", "Projektansvarig") is a person's post, never
  a body of its own, though it begins with a body's word;
- the notice a site prints in place of an e-mail address it hides from robots ("Den här
  e-postadressen skyddas mot spambots …") is a contact detail under a name, like the address
  itself: the 'Name, Office' lines after it go on with the same list;
- a military rank, written out or abbreviated ("Kn", "Övlt", "1:e Serg"), between a post and
  a name ("Ordförande Kn Bo Ek") on a Swedish list's line is the person's rank, not part of
  the name;
- "Styrelsen består nu av A, B och C": a word of time between "består" and "av" keeps the
  composition's cue;
- "… ingår A och B med stöd av C": the person named after "med stöd av" / "med hjälp av" helps
  the body and holds no seat in it;
- "A, B och C valdes till ordinarie ledamöter", "Årsmötet valde A, B och C till ledamöter":
  seats said after the names of an annual meeting's election, with no body named in the
  sentence, are seats in the board the section spoke of, as "Till ledamöter valdes A …" are;
- "Valberedning för nästa år är A, B och C": a body opening the sentence (a term after it at
  most), then "är" and a run of names: its members; not where the body is not the sentence's
  subject ("Kontaktperson för styrelsen är A och B").
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

CLUB = (
    "Styrelse\n\n"
    "Anna Bergvik, Ordförande\n"
    "070-123 45 67\n"
    "Den här e-postadressen skyddas mot spambots. Du måste tillåta JavaScript för att se den.\n\n"
    "Karl Lindqvist, Kassör, Programansvarig\n"
    "Eva Holmberg, Programansvarig\n"
    "Olle Stensson, Sekreterare\n"
    "Per Eklund, Ledamot\n"
    "Sara Nordin, Suppleant\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_duty_word_is_no_body(morph):
    got = held(CLUB, "sv", morph)
    assert ("Olle Stensson", "secretary", "Styrelse") in got
    assert ("Per Eklund", "member", "Styrelse") in got
    assert ("Sara Nordin", "deputy_member", "Styrelse") in got
    assert not any(body == "Programansvarig" for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_hidden_address_notice_keeps_the_list(morph):
    got = held(CLUB, "sv", morph)
    assert ("Anna Bergvik", "chair", "Styrelse") in got
    assert ("Karl Lindqvist", "member", "Styrelse") in got
    assert ("Eva Holmberg", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_prose_line_between_the_lines(morph):
    # a sentence of prose (no hidden address) still ends the list's lines of posts only
    text = CLUB.replace(
        "Den här e-postadressen skyddas mot spambots. Du måste tillåta JavaScript för att se den.",
        "Föreningen har under året ordnat flera turer till fjällen och en kurs i lavinkunskap.",
    )
    got = held(text, "sv", morph)
    assert ("Eva Holmberg", "member", "Styrelse") not in got


TABLES = (
    "Valberedning Grad Namn\n"
    "Ordförande Lt Henrik Sandell\n"
    "Ledamot Kn Erik Falk\n"
    "Ledamot Mj Lennart Borg\n"
    "Ledamot 1:e Serg Rudolf Dahl\n"
    "valberedning@example.org\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_rank_between_post_and_name(morph):
    got = held(TABLES, "sv", morph)
    assert ("Henrik Sandell", "chair", "Valberedning") in got
    assert ("Erik Falk", "member", "Valberedning") in got
    assert ("Lennart Borg", "member", "Valberedning") in got
    assert ("Rudolf Dahl", "member", "Valberedning") in got
    assert not any(name.startswith(("Lt ", "Kn ", "Mj ")) for name, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_a_name_with_no_rank(morph):
    text = "Valberedning\n\nOrdförande Henrik Sandell\nLedamot Erik Falk\n"
    got = held(text, "sv", morph)
    assert ("Henrik Sandell", "chair", "Valberedning") in got
    assert ("Erik Falk", "member", "Valberedning") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_time_word_between_consists_and_of(morph):
    text = (
        "Rapport från årsmötet\n\n"
        "En ny styrelse valdes också.\n"
        "Styrelsen består nu av Anna Bergvik (ordförande), Per Eklund (vice ordförande), "
        "Eva Holmberg (sekreterare), Olle Stensson (kassör) och Sara Nordin (ledamot).\n"
    )
    # (the board named "Styrelse" or "Styrelsen")
    got = {(name, role, body.removesuffix("n")) for name, role, body in held(text, "sv", morph)}
    assert ("Anna Bergvik", "chair", "Styrelse") in got
    assert ("Per Eklund", "vice_chair", "Styrelse") in got
    assert ("Eva Holmberg", "secretary", "Styrelse") in got
    assert ("Sara Nordin", "member", "Styrelse") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_helper_after_med_stod_av_holds_no_seat(morph):
    text = (
        "Rapport från årsmötet\n\n"
        "I Båtkommittén ingår nu Hampus Lindgrén och Björn Stenlund med stöd av Per Eklund.\n"
    )
    got = held(text, "sv", morph)
    assert ("Björn Stenlund", "member", "Båtkommittén") in got
    assert ("Per Eklund", "member", "Båtkommittén") not in got


MEETING = (
    "Årsmötet\n\n"
    "Årsmötet beslutade att styrelsen ska bestå av 5 ordinarie ledamöter och 2 ersättare. "
    "Anna Bergvik valdes till ordförande. {members} Bo Eklund och Eva Lindahl valdes till "
    "ersättare i styrelsen.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
@pytest.mark.parametrize(
    "members",
    [
        "Årsmötet valde Per Eklund, Eva Holmberg och Olle Stensson till ordinarie ledamöter.",
        "Per Eklund, Eva Holmberg och Olle Stensson valdes till ordinarie ledamöter.",
    ],
)
def test_seats_said_after_the_names_of_an_election(morph, members):
    got = held(MEETING.format(members=members), "sv", morph)
    assert ("Per Eklund", "member", "Styrelsen") in got
    assert ("Eva Holmberg", "member", "Styrelsen") in got
    assert ("Olle Stensson", "member", "Styrelsen") in got
    assert ("Anna Bergvik", "chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_the_meeting_officers_elected(morph):
    # the meeting's own chair and secretary: no seats in the board
    members = "Årsmötet valde Per Eklund och Eva Holmberg till mötets ordförande och sekreterare."
    got = held(MEETING.format(members=members), "sv", morph)
    assert not any(name in ("Per Eklund", "Eva Holmberg") for name, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_auditors_elected_after_the_names(morph):
    members = "Per Eklund och Eva Holmberg valdes till revisorer och ersättare."
    got = held(MEETING.format(members=members), "sv", morph)
    assert not any(name in ("Per Eklund", "Eva Holmberg") for name, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_body_is_names(morph):
    text = (
        "Rapport från årsmötet\n\n"
        "Revisorer är Anders Falk och Johan Berglund.\n"
        "Valberedning för nästa år är Malin Holmberg, Mia Stensson och Alexander Eklund.\n"
    )
    got = held(text, "sv", morph)
    assert ("Malin Holmberg", "member", "Valberedning") in got
    assert ("Mia Stensson", "member", "Valberedning") in got
    assert ("Alexander Eklund", "member", "Valberedning") in got
    assert not any(name in ("Anders Falk", "Johan Berglund") for name, _, _ in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_leave_alone_is_names_after_a_post_of_a_body(morph):
    text = (
        "Rapport från årsmötet\n\nKontaktperson för styrelsen är Malin Holmberg och Mia Stensson.\n"
    )
    assert held(text, "sv", morph) == set()
