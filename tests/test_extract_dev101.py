"""hytegraph extract on layouts met in the hundred-and-seventh held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- an annual report's board as names and offices on alternate lines ("Eva Ek" / "Ordförande" /
  "Anna K Lund" / "Vice ordförande" / "Bo Lind" / "Kassör" / …): a middle initial is part of
  the name, a treasurer's line is a member's seat, offices grouped after a few names ("Per
  Holm" / "Gun Dahl" / "Revisor" / "Revisorssuppleant") are theirs in order (auditors hold no
  seat), and "Valberedare" under a name is a seat in the nominating committee; labels over
  names with a name above the first label ("… Bo Lind" / "Kassör" / "Eva Ek") stay labels;
- "Office Name" lines: "Kassör Bo Ek", "Studieorganisatör Eva Lind" are board members with a
  duty (the word no part of the name), an officer's post after the comma ("Ledamot Bo Ek,
  sekreterare, bitr kassör") is the seat's role, a name alone under a deputy's line is the
  second deputy and one under an auditors' line ("Revisorer Per Holm" / "Gun Dahl") no seat;
  a post of another body after the comma changes nothing;
- newspaper prose: a run of names broken by a blank line after a comma is one sentence; the
  association's chair in apposition ("Föreningens ordförande, Eva Ek, hälsade") chairs its
  board when the report's lead names the association; a chair elected "vid stämman" is the
  meeting's, no seat;
- a minutes' attendance page: "Eva Ek, S, ej tjänstgörande ersättare" is a deputy of the body
  whose deciding members the cover lists.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

ALTERNATE = (
    "ÅRSBERÄTTELSE 2021\n"
    "Styrelsen för Norrviks Astmaförening (org.nr 123456-7890) lämnar härmed följande "
    "redogörelse\nför verksamhetsåret 2021.\n"
    "Styrelsen har haft följande sammansättning:\n"
    "Gustav Lindell\nOrdförande\n"
    "Sara K Falk\nVice ordförande\n"
    "Tore Hedin\nSekreterare\n"
    "Ingrid Sjöberg\nKassör\n"
    "Olof Backman\nLedamot\n"
    "Maja Sundin\nLedamot\n"
    "Per Ekholm\nHelga Dahl\nRevisor\nRevisorssuppleant\n"
    "Nils Åkesson\nValberedare\n"
    "Medlemsantal och avgift\n"
    "Föreningen hade vid årets slut 210 medlemmar.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_names_over_their_offices_on_alternate_lines(morph):
    got = {(p, r, b.split()[0]) for p, r, b in held(ALTERNATE, "sv", morph)}
    assert ("Gustav Lindell", "chair", "Styrelsen") in got
    assert ("Sara K Falk", "vice_chair", "Styrelsen") in got
    assert ("Tore Hedin", "secretary", "Styrelsen") in got
    assert ("Ingrid Sjöberg", "member", "Styrelsen") in got
    assert ("Maja Sundin", "member", "Styrelsen") in got
    assert ("Nils Åkesson", "member", "Valberedningen") in got
    # the office under a name is not the next name's
    assert ("Sara K Falk", "chair", "Styrelsen") not in got
    assert ("Ingrid Sjöberg", "secretary", "Styrelsen") not in got
    # auditors, their offices grouped after their names: no seat
    assert not any(p in ("Per Ekholm", "Helga Dahl") for p, _r, _b in got)
    assert ("Nils Åkesson", "member", "Styrelsen") not in got


LABELS_OVER_NAMES = (
    "Distriktsstyrelse\n\n"
    "Ordinarie ledamöter\nGustav Lindell\nSara Falk\nTore Hedin\n\n"
    "Kassör\nIngrid Sjöberg\n\n"
    "Suppleant\nOlof Backman\nMaja Sundin\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_labels_over_names_after_a_name_stay_labels(morph):
    # guard: a name right above the first office line: the offices head the names below
    got = held(LABELS_OVER_NAMES, "sv", morph)
    assert ("Tore Hedin", "member", "Distriktsstyrelse") in got
    assert ("Ingrid Sjöberg", "member", "Distriktsstyrelse") in got
    assert ("Olof Backman", "deputy_member", "Distriktsstyrelse") in got
    assert ("Ingrid Sjöberg", "deputy_member", "Distriktsstyrelse") not in got


OFFICE_NAME_LINES = (
    "Verksamhetsberättelse för år 2022\n\n"
    "Styrelse och revisorer\n\n"
    "Ordförande Agneta Holm\n"
    "Kassör Rune Lidberg\n"
    "Studieorganisatör Berit Lund\n"
    "Ledamot Sara Falk, sekreterare, bitr kassör\n"
    "Ledamot Tore Hedin, vice ordförande\n"
    "Ledamot Ingrid Sjöberg\n"
    "Ersättare Olof Backman, vice sekreterare\n"
    "Maja Sundin\n\n"
    "Revisorer Per Ekholm\n"
    "Helga Dahl\n"
    "Revisorsersättare Nils Åkesson\n\n"
    "Verksamheten\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_name_lines_with_second_offices_and_bare_names(morph):
    got = held(OFFICE_NAME_LINES, "sv", morph)
    assert ("Agneta Holm", "chair", "Styrelse") in got
    assert ("Rune Lidberg", "member", "Styrelse") in got
    assert ("Berit Lund", "member", "Styrelse") in got
    assert ("Sara Falk", "secretary", "Styrelse") in got
    assert ("Tore Hedin", "vice_chair", "Styrelse") in got
    assert ("Olof Backman", "deputy_member", "Styrelse") in got
    assert ("Maja Sundin", "deputy_member", "Styrelse") in got
    people = {p for p, _r, _b in got}
    # the office is no part of the name; the auditors hold no seat
    assert not any(p.startswith(("Kassör", "Studieorganisatör", "Revisor")) for p in people)
    assert not people & {"Per Ekholm", "Helga Dahl", "Nils Åkesson"}
    assert ("Maja Sundin", "member", "Styrelse") not in got


OTHER_BODY_AFTER_COMMA = (
    "Styrelse\n\n"
    "Ledamot Sara Falk, ordförande i kommunens pensionärsråd\n"
    "Ledamot Tore Hedin\n"
    "Ledamot Ingrid Sjöberg\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_post_of_another_body_after_the_comma_is_not_the_seat(morph):
    # guard: more than the post after the comma: the member stays a member
    got = held(OTHER_BODY_AFTER_COMMA, "sv", morph)
    assert ("Sara Falk", "member", "Styrelse") in got
    assert ("Sara Falk", "chair", "Styrelse") not in got


REPORT = (
    "Distriktsstämma gav 50 000 till skolan\n\n"
    "Hembygdsföreningen Norrvik Hembygdsföreningen Norrvik, hade sin årliga Distriktsstämma i "
    "Bygdegården den 12 oktober. Hembygdsföreningens ordförande, Gustav Lindell, hälsade alla "
    "välkomna.\n\n"
    "Till ordförande vid distriktsstämman valdes Helga Dahl, som ledde mötet med van hand.\n\n"
    "Kassören, Ingrid Sjöberg, föredrog årsredovisningen för det gångna året och fick beröm.\n\n"
    "Till ledamöter i styrelsen valdes Sara Falk och omvaldes Tore Hedin, Ingrid Sjöberg, "
    "Gustav Lindell,\n\n"
    "Olof Backman, Maja Sundin och Per Ekholm. I styrelsen ingår även Nils Åkesson, Berit Lu"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_report_of_a_meeting_in_newspaper_prose(morph):
    got = held(REPORT, "sv", morph)
    assert ("Gustav Lindell", "chair", "Styrelsen") in got
    assert ("Olof Backman", "member", "Styrelsen") in got
    assert ("Per Ekholm", "member", "Styrelsen") in got
    # the meeting's own chair: no seat
    assert not any(p == "Helga Dahl" for p, _r, _b in got)


BOARD_CHAIR = (
    "Årsmöte i Bygdegården\n\n"
    "Hembygdsföreningen Norrvik hade sin årliga Distriktsstämma den 12 oktober.\n\n"
    "Till ordförande i styrelsen valdes Helga Dahl och till ledamöter Sara Falk och Tore Hedin.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_chair_elected_to_the_board_is_not_the_meetings(morph):
    # guard: "ordförande i styrelsen", not "vid stämman": the board's chair
    got = held(BOARD_CHAIR, "sv", morph)
    assert ("Helga Dahl", "chair", "Styrelsen") in got


MINUTES = (
    "1 NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Sid 1 av 9 Plats och tid Kommunhuset, tisdagen den "
    "3 maj 2022 kl Beslutande Övriga deltagande Gustav Lindell, S, ordförande Sara Falk, S Tore "
    "Hedin, M Ingrid Sjöberg, C Olof Backman, KD Helga Dahl, socialchef, föredragande Nils "
    "Åkesson, sekreterare Utses att justera Tore Hedin, M Justeringens plats och tid "
    "Socialkontoret Underskrifter Sekreterare Paragraf 12 Nils Åkesson Ordförande Justerande "
    "Gustav Lindell Tore Hedin ANSLAG/BEVIS Protokollet är justerat. Organ Socialnämnden\n\n"
    "2 NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Sid 2 av 9 Övriga deltagare Deltagare Närvarande "
    "Per Ekholm, rektor 12 Maja Sundin, M, ej tjänstgörande ersättare 12 Rune Lidberg, V, ej "
    "tjänstgörande ersättare 12\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_deputies_present_not_serving_on_an_attendance_page(morph):
    got = held(MINUTES, "sv", morph)
    assert ("Gustav Lindell", "chair", "Socialnämnden") in got
    assert ("Maja Sundin", "deputy_member", "Socialnämnden") in got
    assert ("Rune Lidberg", "deputy_member", "Socialnämnden") in got
    # an official at the meeting: no seat
    assert not any(p == "Per Ekholm" for p, _r, _b in got)
