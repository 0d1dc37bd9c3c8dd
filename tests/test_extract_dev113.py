"""hytegraph extract on layouts met in the hundred-and-fourteenth held-out set: made-up snippets,
one per mechanism, read with either word-form reader.

- an office elected by an annual meeting ("Förbundsstämman valde A till ordförande", "A
  valdes till ordförande i Norrby Sångarförbund vid förbundsstämman"): the meeting elects, and
  the seat is the board's (the one board the page names, else "Styrelsen"); the meeting's own
  officer ("ordförande för stämman", "stämmans ordförande") is left alone;
- a run of names in prose that gave a meeting a member ("Vid riksstämman 2019 valdes A,
  musiker till ordförande …"): a meeting has no members, and the seat is dropped.
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, held

AT_THE_MEETING = (
    "Maria Holmgren, lärare i Norrby, valdes till ordförande i Norrby Sångarförbund vid "
    "förbundsstämman i Lund den 5 maj.\n\n"
    "Sångarförbundets styrelse:\n\n"
    "Maria Holmgren, Lund\n"
    "Per Ekvall, Malmö\n"
    "Eva Lindqvist, Umeå\n"
)

THE_MEETING_ELECTS = "Förbundsstämman valde Maria Holmgren till ordförande.\n"

PASSIVE_AT_THE_MEETING = (
    "Vid förbundsstämman valdes Maria Holmgren till ordförande och Per Ekvall till vice "
    "ordförande.\n"
)

RUN_AT_THE_MEETING = (
    "Vid riksstämman 2019 valdes Karl Ström, musiker till ordförande i Musikerförbundet. "
    "Styrelsen sammanträder en gång i månaden.\n"
)

THE_MEETINGS_OWN = (
    "Till ordförande för stämman valdes Maria Holmgren. Stämmans sekreterare var Per Ekvall.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_an_office_elected_at_a_meeting_is_the_boards(morph):
    got = held(AT_THE_MEETING, "sv", morph)
    assert ("Maria Holmgren", "chair", "Sångarförbundets styrelse") in got
    assert ("Per Ekvall", "member", "Sångarförbundets styrelse") in got
    assert not any(body.casefold().endswith("stämman") for _, _, body in got)
    assert ("Maria Holmgren", "member", "Sångarförbundets styrelse") not in got
    got = held(THE_MEETING_ELECTS, "sv", morph)
    assert ("Maria Holmgren", "chair", "Styrelsen") in got
    assert not any(body.casefold().endswith("stämman") for _, _, body in got)
    got = held(PASSIVE_AT_THE_MEETING, "sv", morph)
    assert ("Maria Holmgren", "chair", "Styrelsen") in got
    assert ("Per Ekvall", "vice_chair", "Styrelsen") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_run_of_names_gives_a_meeting_no_member(morph):
    got = held(RUN_AT_THE_MEETING, "sv", morph)
    assert not any(body.casefold().endswith("stämman") for _, _, body in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_the_meetings_own_officers_are_left_alone(morph):
    got = held(THE_MEETINGS_OWN, "sv", morph)
    assert not any(body == "Styrelsen" for _, _, body in got)
