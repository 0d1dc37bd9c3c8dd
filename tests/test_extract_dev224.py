"""hytegraph extract on news of an election in sentences:

- officers listed before a body's members ("Puheenjohtaja A, varapuheenjohtaja B ja hallituksen
  jäsenet C, D") are that body's officers; a body's representative named after "ja" ("…,
  sihteerinä B ja kunnanhallituksen edustajana C") gives the body to C alone;
- "valituiksi tulivat A, B ja C" / "valituksi tuli A" as "valittiin": in the body in the
  illative before it, or, opening a sentence, in the body whose members the sentence before
  says were voted on ("Kymmenestä liittohallituksen jäsenestä äänestettiin."); a relative
  clause after a name ends the list ("…, joka pudotti äänestyksessä D"), and a comma left out
  between two names each with a note in parentheses does not;
- Swedish "A och B började som nya medlemmar" (a seat taken up), but not "föreslog
  valberedningen A som ny ordförande" (the nominating committee's proposal, no seat in it).
"""

from __future__ import annotations

import pytest

from tests.extract_snippets import MORPHS, seats


@pytest.mark.parametrize("morph", MORPHS)
def test_officers_before_the_bodys_members(morph):
    text = (
        "Perustamiskokouksessa yhdistykselle valittiin hallitus.\n\n"
        "Puheenjohtaja Riikka Lehtinen, varapuheenjohtaja Ove Lindström ja hallituksen jäsenet "
        "Johanna Närvä, Sari Päiväkkö ja Kirsi Ranta.\n"
    )
    got = seats(text, "fi", morph)
    assert ("Riikka Lehtinen", "chair", "hallitus") in got
    assert ("Ove Lindström", "vice_chair", "hallitus") in got
    assert ("Kirsi Ranta", "member", "hallitus") in got


@pytest.mark.parametrize("morph", MORPHS)
def test_a_representatives_body_is_not_the_officers(morph):
    text = (
        "Puheenjohtajana toimii Matti Könkö, sihteerinä Eero Ek ja kunnanhallituksen "
        "edustajana Sirpa Larko.\n"
    )
    got = seats(text, "fi", morph)
    assert not any(p == "Eero Ek" and b == "kunnanhallitus" for p, _r, b in got)
    # (guard) the body right after the comma is the next clause's
    text = "Puheenjohtajana toimii Matti Könkö, kunnanhallituksen edustajana Sirpa Larko.\n"
    assert not any(p == "Matti Könkö" for p, _r, _b in seats(text, "fi", morph))


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_after_the_members_voted_on(morph):
    text = (
        "Kymmenestä liittohallituksen jäsenestä äänestettiin. Valituiksi tulivat Juhani Artto "
        "(SFJ), Kari Asikainen (PJY), Anneli Salmivaara (RTTL) Anders Stranden (EPSY) sekä "
        "Riitta Happonen (SAL), joka pudotti äänestyksessä Toni Virran.\n"
    )
    got = seats(text, "fi", morph)
    people = {"Juhani Artto", "Kari Asikainen", "Anneli Salmivaara", "Anders Stranden"}
    assert {(p, "member", "liittohallitus") for p in people | {"Riitta Happonen"}} <= got
    assert not any(p.startswith("Toni") for p, _r, _b in got)


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_into_a_body(morph):
    text = (
        "Liittohallitukseen valituiksi tulivat Juhani Artto, Kari Asikainen ja Riitta Happonen.\n"
    )
    got = seats(text, "fi", morph)
    assert ("Kari Asikainen", "member", "liittohallitus") in got
    assert ("Riitta Happonen", "member", "liittohallitus") in got
    assert ("Juhani Artto", "member", "valtuusto") in seats(
        "Valtuustoon valituksi tuli Juhani Artto.\n", "fi", morph
    )


@pytest.mark.parametrize("morph", MORPHS)
def test_elected_with_no_body_voted_on(morph):
    # (guard) a vote before, but no body's members named in it
    text = "Vaaleissa äänestettiin ahkerasti. Valituiksi tulivat Juhani Artto ja Kari Asikainen.\n"
    assert seats(text, "fi", morph) == set()


def test_swedish_seats_taken_up():
    text = (
        "Mötet valde ny styrelse. Anton Frankenhaeuser fortsätter som ordförande. Sampo "
        "Noponen, Jan Bollström och Aapo Väänänen började som nya medlemmar.\n"
    )
    got = seats(text, "sv")
    assert ("Anton Frankenhaeuser", "chair", "styrelse") in got
    assert {
        ("Sampo Noponen", "member", "styrelse"),
        ("Jan Bollström", "member", "styrelse"),
        ("Aapo Väänänen", "member", "styrelse"),
    } <= got


def test_swedish_proposal_is_no_seat_in_the_nominating_committee():
    # (guard)
    text = (
        "Ingvor Bergman avsade sig sin plats i barn- och utbildningsnämnden, där hon är "
        "ordförande. Där föreslog valberedningen Centerns Eva Dahlgren som ny ordförande.\n"
    )
    assert not any(b == "valberedningen" for _p, _r, b in seats(text, "sv"))
