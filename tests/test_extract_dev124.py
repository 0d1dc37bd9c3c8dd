"""hytegraph extract on layouts met in the hundred-and-twenty-second and -third held-out sets:
made-up snippets, one per mechanism, read with either word-form reader.

- a board meeting's report ("Rapport från styrelsemöte 3/2024 …") with those present after
  "Följande deltog på mötet;", a role in a parenthesis after a name ("A (ordförande)"): the
  board's members, the board the one compound name the page gives it ("Förbundsstyrelsen
  beslutar"); on the line of others ("Övriga; …") a name with a body in its parenthesis
  ("(ungdomskommittén)") is that body's member, and the names after "Återbud;" are the
  board's members too;
- "… uusi hallitus, johon kuuluvat: A (puheenjohtaja), B (varapuheenjohtaja), …": the relative
  clause of the body's composition lets the parenthesis after each name say its role;
- a board's office headings, each over a name and "mejla": a heading of an office and another duty
  ("Sekreterare och webbansvarig") is the office's, and a member's duty with the treasurer's
  ("Medlemsansvarig och vice kassör") a member's;
- a body's name alone on a line with no colon ("Valberedning") right over a line of names
  joined by commas and "och" ("A (sammankallande), B och C"): the body's members, also after
  another person's line above it;
- "Lärarrepresentant A" on a board's list line: a member (the title is no part of the name);
- "Xn johtokunta kokoontui talkoisiin. Kuvassa vasemmalta lukien A, B, C ja D.": the people in
  the photo of the body's gathering are its members.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

BOARD_REPORT = (
    "Rapport från styrelsemöte 3/2024 som hölls tisdagen den 9 april kl 1000-1600 på "
    "kansliet, Lindvägen 7.\n\n"
    "Närvaro\n\n"
    "Följande deltog på mötet; Gunnel Åkerlund (ordförande), Tobias Wrede, Lisa Hedvall, "
    "Martin Sjögren, Elin Vikström.\n\n"
    "Övriga; Kjell Brodin (generalsekreterare), Sofie Lagerqvist (sekreterare), Amir Haddad "
    "(ungdomskommittén), Ronja Ekström (valberedningen).\n\n"
    "Föredragande; Ulla Stenberg\n\n"
    "Återbud; Petter Lindahl\n\n"
    "Förbundsstyrelsen beslutar\n\n"
    "- att godkänna budgeten för 2024.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_board_meeting_reports_present_with_roles_others_and_apologies(morph):
    got = held(BOARD_REPORT, "sv", morph)
    assert ("Gunnel Åkerlund", "chair", "Förbundsstyrelsen") in got
    for name in ("Tobias Wrede", "Lisa Hedvall", "Martin Sjögren", "Elin Vikström"):
        assert (name, "member", "Förbundsstyrelsen") in got
    assert ("Petter Lindahl", "member", "Förbundsstyrelsen") in got
    assert ("Amir Haddad", "member", "Ungdomskommittén") in got
    assert ("Ronja Ekström", "member", "Valberedningen") in got
    # the officials among the others and the speaker hold no seat
    people = {p for p, _r, _b in got}
    assert "Kjell Brodin" not in people
    assert "Sofie Lagerqvist" not in people
    assert "Ulla Stenberg" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_a_members_meetings_present_are_no_board(morph):
    # guard: the report of a meeting that is no board meeting seats no one
    got = held(BOARD_REPORT.replace("styrelsemöte", "medlemsmöte"), "sv", morph)
    assert ("Tobias Wrede", "member", "Förbundsstyrelsen") not in got
    assert ("Petter Lindahl", "member", "Förbundsstyrelsen") not in got


@pytest.mark.parametrize("morph", MORPHS)
def test_present_with_a_note_that_is_no_role_are_left(morph):
    # guard: a parenthesis that names no role ("(gäst)") leaves the run to other rules
    got = held(BOARD_REPORT.replace("Lisa Hedvall,", "Lisa Hedvall (gäst),"), "sv", morph)
    assert ("Tobias Wrede", "member", "Förbundsstyrelsen") not in got


BELONG = (
    "Vuosikokouksessa valittiin uusi johtokunta\n\n"
    "Kyläseuran vuosikokous pidettiin 14.03.2023. Vuosikokouksessa valittiin seuralle uusi "
    "johtokunta, johon kuuluvat: Mervi Hakala (puheenjohtaja), Tapio Rinne "
    "(varapuheenjohtaja), Outi Salmela (sihteeri), Kari Vuorio (rahastonhoitaja), Liisa Koski "
    "(jäsen) ja Pekka Aalto (jäsen)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_roles_in_parentheses_after_a_composition_clause(morph):
    got = held(BELONG, "fi", morph)
    assert ("Mervi Hakala", "chair", "Johtokunta") in got
    assert ("Tapio Rinne", "vice_chair", "Johtokunta") in got
    assert ("Outi Salmela", "secretary", "Johtokunta") in got
    for name in ("Kari Vuorio", "Liisa Koski", "Pekka Aalto"):
        assert (name, "member", "Johtokunta") in got
    assert ("Mervi Hakala", "member", "Johtokunta") not in got


OFFICE_HEADINGS = (
    "Styrelsen väljs på årsmötet av föreningens medlemmar. Dess sammansättning och "
    "ansvarsområden är:\n\n"
    "Ordförande\n\n"
    "Karin Lundell \u2013 mejla\n\n"
    " • Leder styrelsens arbete\n\n"
    "Sekreterare och webbansvarig\n\n"
    "Fredrik Nyström \u2013 mejla\n\n"
    " • För protokoll på styrelsemöten\n\n"
    "Medlemsansvarig och vice kassör\n\n"
    "Tove Berg \u2013 mejla\n\n"
    " • Tar emot nya familjer\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_office_headings_joined_to_another_duty(morph):
    got = held(OFFICE_HEADINGS, "sv", morph)
    assert ("Karin Lundell", "chair", "Styrelsen") in got
    assert ("Fredrik Nyström", "secretary", "Styrelsen") in got
    assert ("Tove Berg", "member", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_two_offices_joined_are_no_one_office(morph):
    # guard: "Ordförande och sekreterare" names two offices, not one with a duty
    text = OFFICE_HEADINGS.replace("Sekreterare och webbansvarig", "Ordförande och sekreterare")
    got = held(text, "sv", morph)
    assert ("Fredrik Nyström", "secretary", "Styrelsen") not in got


NOMINATORS = (
    "STYRELSE för Norrby Skytteförening\n"
    "(Vald vid årsmötet i mars 2024)\n\n"
    " • Ordförande: Mats Hedlund, 0703 11 22 33\n"
    " • Sekreterare: Eva Lindgren, 0704 22 33 44\n\n"
    "Statistikansvarig\n"
    "Eva Lindgren\n\n"
    "Valberedning\n"
    "Gustav Lind (sammankallande), Maria Ek och Jonas Falk\n\n"
    "Revisorer\n"
    "Tom Wall (ordinarie) och Ingrid Sund (suppleant)\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_line_without_colon_over_a_line_of_names(morph):
    got = held(NOMINATORS, "sv", morph)
    for name in ("Gustav Lind", "Maria Ek", "Jonas Falk"):
        assert (name, "member", "Valberedning") in got
    # the auditors under their own heading hold no seat
    people = {p for p, _r, _b in got}
    assert "Tom Wall" not in people
    assert "Ingrid Sund" not in people


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_line_over_a_sentence_is_no_list(morph):
    # guard: the line under the body's name is a sentence, not a run of names
    text = NOMINATORS.replace(
        "Gustav Lind (sammankallande), Maria Ek och Jonas Falk",
        "Gustav Lind har lett arbetet i många år",
    )
    got = held(text, "sv", morph)
    assert ("Maria Ek", "member", "Valberedning") not in got


TEACHER = (
    "Styrelsen 2023-2024\n\n"
    "  • Ordförande Annika Holmberg, 0401234567\n"
    "  • Sekreterare Jonas Wiik\n"
    "  • Maria Sundqvist\n"
    "  • Lärarrepresentant Elias Granqvist\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_group_representative_on_a_boards_list(morph):
    got = held(TEACHER, "sv", morph)
    assert ("Elias Granqvist", "member", "Styrelsen") in got
    assert not any(p.startswith("Lärarrepresentant") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_staffs_representative_is_no_member(morph):
    # guard: a staff representative attends with no seat
    got = held(TEACHER.replace("Lärarrepresentant", "Personalrepresentant"), "sv", morph)
    assert ("Elias Granqvist", "member", "Styrelsen") not in got


GATHERING = (
    "Kylämäen Marttojen johtokunta kokoontui talkoisiin. Kuvassa vasemmalta lukien Tiina "
    "Harju, Eeva Lampinen, Kaija Ojala ja Ritva Sirola.\n\n"
    "Marttojen toiminta jatkuu syksyllä tuttuun tapaan.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_photo_of_a_bodys_gathering(morph):
    got = held(GATHERING, "fi", morph)
    for name in ("Tiina Harju", "Eeva Lampinen", "Kaija Ojala", "Ritva Sirola"):
        assert (name, "member", "Kylämäen Marttojen johtokunta") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_the_photo_of_an_event_is_no_body(morph):
    # guard: a gathering of no body seats no one in the photo
    got = held(GATHERING.replace("Kylämäen Marttojen johtokunta", "Kylän väki"), "fi", morph)
    assert not got
