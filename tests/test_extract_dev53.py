"""hytegraph extract on layouts met in the seventy-fifth held-out set: made-up snippets, one
per mechanism, read with either word-form reader."""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, findings, held

ANNUAL_MEETING = (
    "Årsmöte i Norrbackens stödförening\n\n"
    "Den 12 mars hölls årsmöte i föreningen. Arbetet fortsätter under året.\n\n"
    "En ny styrelse valdes för verksamhetsåret 2024, följande personer ingår:\n"
    "Annika Berg (ordf), Johanna Lindell (vice ordf), Catarina Holm, Gunnel Ekman "
    "och Ida Lundin.\n\n"
    "Sven Dahlqvist, avgående ordförande och Eva Strand, styrelseledamot, avtackades för "
    "sina insatser.\n\n"
    "Styrelsen fick årsmötets uppdrag att se över föreningens stadgar.\n"
)


@pytest.mark.parametrize("morph", MORPHS)
def test_a_body_named_with_and_without_its_definite_ending_is_one_body(morph):
    got = held(ANNUAL_MEETING, "sv", morph)
    bodies = {body for _p, _r, body in got}
    assert bodies == {"Styrelse"}
    people = {(person, role) for person, role, _b in got}
    assert ("Annika Berg", "chair") in people
    assert ("Johanna Lindell", "vice_chair") in people
    assert ("Gunnel Ekman", "member") in people


@pytest.mark.parametrize("morph", MORPHS)
def test_a_departing_chair_in_an_entry_holds_no_seat(morph):
    got = {person for person, _r, _b in held(ANNUAL_MEETING, "sv", morph)}
    assert "Sven Dahlqvist" not in got
    ended = {
        f.actor.name
        for f in findings(ANNUAL_MEETING, "sv", morph)
        if f.kind == "membership" and f.status
    }
    assert "Sven Dahlqvist" in ended or not any(
        f.actor.name == "Sven Dahlqvist" for f in findings(ANNUAL_MEETING, "sv", morph)
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_two_different_bodies_leave_an_unnamed_list_without_a_body(morph):
    text = ANNUAL_MEETING.replace(
        "Styrelsen fick årsmötets uppdrag", "Föreningsrådet fick årsmötets uppdrag"
    )
    got = held(text, "sv", morph)
    assert not any(person == "Annika Berg" and body for person, _r, body in got)
